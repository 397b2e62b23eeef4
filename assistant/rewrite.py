"""Follow-up questions: make a question that leans on the conversation stand alone.

"What date did he comment?" after "Who is Andrei Nastasin?" is searched as the question
plus the conversation's last topic, so retrieval does not drift to whatever "he" matches
best on its own. Questions that already name their subject are left as they are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lexical import tokenize

_PRONOUNS = re.compile(
    r"\b(he|she|it|they|him|her|them|his|hers|its|their|theirs|this|that|these|those|there|"
    r"then|the same|the other|one)\b",
    re.IGNORECASE,
)
_CONTINUATION = re.compile(
    r"^\s*(and|but|also|so|or|what about|how about|what else|anything else|more|why|"
    r"how come|really|ok|okay)\b",
    re.IGNORECASE,
)
_NAME = re.compile(r"\b[A-Z][\w'’-]*(?:\s+(?:of|de|al|the|for|and)?\s*[A-Z][\w'’-]*)*")


def is_follow_up(question: str) -> bool:
    """Whether ``question`` probably needs the conversation to be understood."""
    content = tokenize(question)
    if _CONTINUATION.search(question) or len(content) <= 1:
        return True
    has_name = any(m.start() > 0 for m in _NAME.finditer(question))
    return bool(_PRONOUNS.search(question)) and not has_name and len(content) <= 6


def rewrite(question: str, history: Sequence[dict[str, str]]) -> str:
    """The search query for ``question`` given earlier turns (oldest first).

    >>> rewrite("What date did he comment?",
    ...         [{"role": "user", "content": "Who is Andrei Nastasin?"},
    ...          {"role": "assistant", "content": "He is a deputy director."}])
    'What date did he comment? Who is Andrei Nastasin?'
    """
    if not history or not is_follow_up(question):
        return question
    users = [h["content"] for h in history if h.get("role") == "user" and h.get("content")]
    if not users:
        return question
    context = users[-1]
    # A follow-up to a follow-up borrows the topic from one turn further back too.
    if len(users) >= 2 and is_follow_up(context):
        context = f"{context} {users[-2]}"
    return f"{question.strip()} {context.strip()}"
