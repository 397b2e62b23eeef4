"""The article's paragraphs by place: "the third paragraph", "the last one".

A reader with the article in front of them asks by its layout ("How does the second
paragraph begin?", "In the closing paragraph, what could go wrong?"). Paragraphs are the
article's own, blank line to blank line, counted from the first after the headline (a line
that ends no sentence, as a headline or a subheading, is none).

>>> paragraph_asked("Which word opens the third paragraph?")
3
>>> paragraph_asked("In the closing paragraph, what could go wrong?")
-1
>>> paragraph_asked("What does the article say?") is None
True
"""

from __future__ import annotations

import re

from .store import IndexData

_ORDINALS = {
    "first": 1,
    "1st": 1,
    "opening": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "fifth": 5,
    "5th": 5,
    "sixth": 6,
    "6th": 6,
    "seventh": 7,
    "7th": 7,
    "eighth": 8,
    "8th": 8,
    "ninth": 9,
    "9th": 9,
    "tenth": 10,
    "10th": 10,
    "last": -1,
    "final": -1,
    "closing": -1,
    "concluding": -1,
    "penultimate": -2,
    "second-to-last": -2,
    "next-to-last": -2,
}
_PARAGRAPH = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, _ORDINALS), key=len, reverse=True)) + r")\s+"
    r"(?:paragraph|para|graf)\b",
    re.IGNORECASE,
)
# "How does the second paragraph begin?", "Which word opens the third paragraph?", "What
# is the first sentence of the last paragraph?": its first sentence
_OPENING = re.compile(
    r"\b(?:begins?|start(?:s|ing)?|opens?|(?:first|opening)\s+(?:sentence|line|words?))\b"
    r"(?!\s+(?:paragraph|para)\b)",
    re.IGNORECASE,
)
# "How does the final paragraph end?", "What is the last sentence of the fourth paragraph?"
_CLOSING = re.compile(
    r"\b(?:ends?|close[sd]?|finish(?:es)?|wraps?\s+up|(?:last|final|closing)\s+(?:sentence|line|"
    r"words?))\b(?!\s+(?:paragraph|para)\b)",
    re.IGNORECASE,
)


# A sentence ended ("...", "...?\""): a headline or a subheading ends none
ENDED = re.compile(r"[.!?…][\"'”’)\]]*\s*$")


def paragraph_asked(question: str) -> int | None:
    """The paragraph ``question`` names by place: 1 for the first, -1 for the last
    ("paragraph four", "para 2" as well); None when it names none."""
    if m := _PARAGRAPH.search(question):
        return _ORDINALS[m.group(1).lower()]
    if m := _NUMBERED.search(question):
        n = m.group(1).lower()
        return int(n) if n.isdigit() else _CARDINALS.index(n) + 1
    return None


_CARDINALS = "one two three four five six seven eight nine ten".split()
# A paragraph's number after the word: "paragraph four", "para 2"
PARAGRAPH_NUMBER = rf"\d{{1,2}}|{'|'.join(_CARDINALS)}"
# "paragraph four", "para 2", "graf 3"
_NUMBERED = re.compile(
    rf"\b(?:paragraph|para|graf)\s+({PARAGRAPH_NUMBER})\b(?!\s*(?:%|percent))",
    re.IGNORECASE,
)


def paragraph_sentences(data: IndexData, n: int, doc_id: str | None = None) -> list[int]:
    """The indexes of the sentences of paragraph ``n`` (as ``paragraph_asked`` counts) of
    document ``doc_id`` (else the first); empty when it has no such paragraph."""
    sentences = data.sentences
    doc = doc_id or (sentences[0].doc_id if sentences else "")
    text = data.doc_by_id[doc].text if doc in data.doc_by_id else ""
    paragraphs: list[list[int]] = []
    for i, s in enumerate(sentences):
        if s.doc_id != doc:
            continue
        if not paragraphs or "\n\n" in text[sentences[paragraphs[-1][-1]].end : s.start]:
            paragraphs.append([])
        paragraphs[-1].append(i)
    # (a headline or a subheading, no sentence ended, is no paragraph of the story)
    paragraphs = [p for p in paragraphs if ENDED.search(sentences[p[-1]].text)]
    k = n - 1 if n > 0 else len(paragraphs) + n
    return paragraphs[k] if 0 <= k < len(paragraphs) else []


# Words of a question asking what a paragraph says, nothing else asked of it
_OF_ITS_WHOLE = frozenset(
    """what whats is in the this that does do say says about cover covers contain contains
    tell us me mention mentions describe describes deal with talk discuss discusses
    summarize summarise sum up give gist of paragraph para graf article story piece
    please can you could""".split()
)


def whole_asked(question: str) -> bool:
    """Whether ``question`` asks what a paragraph it names says, as a whole ("What does
    the last paragraph say?", "What's in the first paragraph?").

    >>> whole_asked("What does the last paragraph say?"), whole_asked("Who speaks in it?")
    (True, False)
    """
    m = _PARAGRAPH.search(question) or _NUMBERED.search(question)
    if m is None:
        return False
    rest = question[: m.start()] + " " + question[m.end() :]
    words = re.findall(r"[a-z]+", rest.lower().replace("what's", "whats"))
    return all(w in _OF_ITS_WHOLE for w in words)


def end_asked(question: str) -> int | None:
    """For a question asking how a paragraph it names begins (0) or ends (-1), which of
    its sentences answers; None for any other question ("In the last paragraph, what could
    go wrong?" asks what that paragraph says)."""
    if paragraph_asked(question) is None:
        return None
    if _OPENING.search(question):
        return 0
    return -1 if _CLOSING.search(question) else None
