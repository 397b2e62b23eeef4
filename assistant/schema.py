"""Typed values handed from one pipeline stage to the next.

Every offset is a character offset into ``Document.text``; for any value here with
``start``/``end`` and text, ``document.text[start:end] == text`` holds.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal


@dataclass(frozen=True)
class Document:
    """One article: ``text`` is the reference that all offsets point into."""

    doc_id: str
    title: str
    text: str
    source: str = ""


@dataclass(frozen=True)
class Sentence:
    """A sentence (or a piece of an over-long one) of a document: the unit that is embedded."""

    doc_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Chunk:
    """A token-bounded window of whole sentences, with overlap to its neighbours."""

    chunk_id: int
    doc_id: str
    start: int
    end: int
    text: str
    n_tokens: int


@dataclass(frozen=True)
class Passage:
    """A chunk retrieved for a question, with its fused retrieval score."""

    doc_id: str
    chunk_id: int
    start: int
    end: int
    text: str
    score: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Citation:
    """A verbatim quote: ``quote == document(doc_id).text[start:end]``, checked when made."""

    n: int
    doc_id: str
    start: int
    end: int
    quote: str
    score: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


Role = Literal["user", "assistant"]


@dataclass(frozen=True)
class Answer:
    """What ``Assistant.ask`` returns.

    ``text`` carries markers ``[n]`` that refer to ``citations`` (1-based). When the
    article does not answer, ``abstained`` is true, ``citations`` is empty and ``text``
    says so. ``confidence`` is the scorer's probability that the article answers; a
    refusal by rule (a request to drop the article, a name it never mentions, a quote
    lacking the kind of thing asked for) keeps it, so it can be above the threshold.
    """

    question: str
    text: str
    citations: list[Citation] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
    abstained: bool = False
    confidence: float = 0.0
    query: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "answer": self.text,
            "text": self.text,
            "abstained": self.abstained,
            "confidence": self.confidence,
            "query": self.query,
            "citations": [c.to_dict() for c in self.citations],
            "passages": [p.to_dict() for p in self.passages],
        }
