"""A small stand-in for ``assistant.Assistant`` with the same methods, for fast UI tests.

It answers by word overlap over the article's sentences and quotes them verbatim, so its
citations obey the same contract as the real ones (quote == document text slice).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from assistant.errors import QuestionError
from assistant.schema import Answer, Citation, Document, Passage

_WORD = re.compile(r"[A-Za-z0-9']+")
_SENT = re.compile(r"[^.!?\n]+[.!?]?")
_STOP = {
    "the",
    "a",
    "an",
    "of",
    "to",
    "in",
    "is",
    "was",
    "and",
    "or",
    "did",
    "does",
    "who",
    "what",
    "when",
    "where",
    "which",
    "how",
    "why",
    "on",
    "at",
    "for",
    "with",
    "by",
}


class FakeError(QuestionError):
    """A user's mistake, as the real core reports it: a plain sentence and an HTTP status."""


class FakeAssistant:
    """Word-overlap answers over sentences; thread-safe because it holds no mutable state."""

    def __init__(self, documents: Sequence[Document]) -> None:
        self._docs = {d.doc_id: d for d in documents}
        self.embedder = object()
        self.max_question_chars = 2000
        self.calls = 0
        self._lock = threading.Lock()

    @classmethod
    def from_files(
        cls, paths: Sequence[str | Path], index_dir: Any = None, embedder: Any = None, **_: Any
    ) -> FakeAssistant:
        docs = []
        for p in paths:
            path = Path(p)
            if path.suffix.lower() not in {".txt", ".md", ".html", ".htm"}:
                raise FakeError(f"{path.name} is not a .txt, .md or .html file; convert it first.")
            text = path.read_text(encoding="utf-8").strip()
            if not text:
                raise FakeError(f"{path.name} is empty; choose a file with article text.")
            title = text.splitlines()[0][:120]
            docs.append(Document(path.stem, title, text, str(path)))
        bot = cls(docs)
        if embedder is not None:
            bot.embedder = embedder
        return bot

    @property
    def documents(self) -> list[Document]:
        return list(self._docs.values())

    def document(self, doc_id: str) -> Document:
        return self._docs[doc_id]

    def example_questions(self, n: int = 4) -> list[str]:
        return ["Who invited Azerbaijan?", "When is the summit?", "What is the weather on Mars?"][
            :n
        ]

    def ask(self, question: str, history: Sequence[dict[str, str]] | None = None) -> Answer:
        *_, last = self.ask_stream(question, history)
        assert isinstance(last, Answer)
        return last

    def ask_stream(
        self, question: str, history: Sequence[dict[str, str]] | None = None
    ) -> Iterator[str | Answer]:
        if not isinstance(question, str) or not question.strip():
            raise FakeError("The question is empty; type a question about the article.")
        if len(question) > 2000:
            raise FakeError("The question is too long; keep it under 2000 characters.")
        with self._lock:
            self.calls += 1
        words = {w.lower() for w in _WORD.findall(question)} - _STOP
        best: tuple[int, Document, int, int] | None = None
        for doc in self._docs.values():
            for m in _SENT.finditer(doc.text):
                s = m.group(0)
                lead = len(s) - len(s.lstrip())
                start, end = m.start() + lead, m.end()
                score = len(words & {w.lower() for w in _WORD.findall(s)})
                if score and (best is None or score > best[0]):
                    best = (score, doc, start, end)
        if best is None or best[0] < 2:
            text = "The article does not say."
            for piece in text.split(" "):
                yield piece + " "
            yield Answer(question, text, abstained=True, query=question)
            return
        score, doc, start, end = best
        quote = doc.text[start:end]
        text = f"{quote} [1]"
        for piece in re.findall(r"\S+\s*", text):
            yield piece
        cit = Citation(1, doc.doc_id, start, end, quote, float(score))
        pas = Passage(doc.doc_id, 0, start, end, quote, float(score))
        yield Answer(question, text, [cit], [pas], False, 0.9, question)


def default_fake(path: str | Path) -> FakeAssistant:
    """A fake over the default article file."""
    return FakeAssistant.from_files([path])
