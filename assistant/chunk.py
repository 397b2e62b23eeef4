"""Chunking: sentence-aligned, token-bounded windows with overlap, exact offsets.

Two kinds of span come out of a document: ``Sentence`` units (what is embedded and
what answers quote) and ``Chunk`` windows of whole sentences (what retrieval returns as
passages). Both are bounded by tiktoken tokens and, when a ``fits`` check is given
(the embedding model's own word-piece limit), checked against it: a span that does not
fit is split, never left for the model to truncate.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .errors import ConfigError
from .schema import Chunk, Document, Sentence
from .segment import split_sentences
from .tokens import get_encoding

Fits = Callable[[Sequence[str]], list[bool]]


@dataclass(frozen=True)
class Chunker:
    """Split documents into sentences and overlapping chunks.

    >>> chunker = Chunker(max_tokens=160, overlap_tokens=40)  # doctest: +SKIP
    >>> sentences, chunks = chunker.split(doc)                 # doctest: +SKIP
    """

    max_tokens: int = 160
    overlap_tokens: int = 40
    max_sentence_tokens: int = 80
    encoding: str = "cl100k_base"

    def __post_init__(self) -> None:
        if self.max_tokens < 16:
            raise ConfigError(f"max_tokens={self.max_tokens} is too small; use 16 or more.")
        if not 0 <= self.overlap_tokens < self.max_tokens:
            raise ConfigError(
                f"overlap_tokens={self.overlap_tokens} must be >= 0 and below "
                f"max_tokens={self.max_tokens}."
            )
        if not 8 <= self.max_sentence_tokens <= self.max_tokens:
            raise ConfigError(
                f"max_sentence_tokens={self.max_sentence_tokens} must be between 8 and "
                f"max_tokens={self.max_tokens}."
            )

    def settings(self) -> dict[str, object]:
        return {
            "max_tokens": self.max_tokens,
            "overlap_tokens": self.overlap_tokens,
            "max_sentence_tokens": self.max_sentence_tokens,
            "encoding": self.encoding,
        }

    def count(self, text: str) -> int:
        return len(get_encoding(self.encoding).encode(text, disallowed_special=()))

    def split(
        self, doc: Document, *, first_chunk_id: int = 0, fits: Fits | None = None
    ) -> tuple[list[Sentence], list[Chunk]]:
        """Sentences and chunks of ``doc``; every span's text equals its slice of the text."""
        text = doc.text
        spans: list[tuple[int, int]] = []
        for s, e in split_sentences(text):
            spans.extend(self._bounded(text, s, e, self.max_sentence_tokens))
        if fits is not None:
            spans = _enforce_fit(text, spans, fits)
        spans = [(s, e) for s, e in (trim(text, *span) for span in spans) if s < e]
        sentences = [Sentence(doc.doc_id, s, e, text[s:e]) for s, e in spans]
        tokens = [self.count(t.text) for t in sentences]
        chunks: list[Chunk] = []
        for i, j in self._windows(text, spans, tokens):
            start, end = spans[i][0], spans[j - 1][1]
            chunks.append(
                Chunk(first_chunk_id + len(chunks), doc.doc_id, start, end, text[start:end], 0)
            )
        if fits is not None:
            chunks = self._fit_chunks(text, spans, chunks, fits, first_chunk_id)
        chunks = [
            Chunk(c.chunk_id, c.doc_id, c.start, c.end, c.text, self.count(c.text)) for c in chunks
        ]
        return sentences, chunks

    def _windows(
        self, text: str, spans: list[tuple[int, int]], tokens: list[int]
    ) -> list[tuple[int, int]]:
        """Greedy windows ``[i, j)`` of sentences within ``max_tokens``, overlapping.

        A window is measured as the text it will hold: the whitespace between sentences
        costs tokens too, and BPE merges across a boundary, so sums of parts can be off.
        """
        out: list[tuple[int, int]] = []
        n, i = len(tokens), 0
        while i < n:
            j = i + 1
            while j < n and self.count(text[spans[i][0] : spans[j][1]]) <= self.max_tokens:
                j += 1
            out.append((i, j))
            if j >= n:
                break
            k, overlap = j, 0
            while k - 1 > i and overlap + tokens[k - 1] <= self.overlap_tokens:
                k -= 1
                overlap += tokens[k]
            i = k
        return out

    def _bounded(self, text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
        start, end = trim(text, start, end)  # measured as stored: trimming can add tokens
        if start >= end:
            return []
        if self.count(text[start:end]) <= limit:
            return [(start, end)]
        mid = _cut_point(text, start, end)
        return self._bounded(text, start, mid, limit) + self._bounded(text, mid, end, limit)

    def _fit_chunks(
        self,
        text: str,
        spans: list[tuple[int, int]],
        chunks: list[Chunk],
        fits: Fits,
        first_chunk_id: int,
    ) -> list[Chunk]:
        ok = fits([c.text for c in chunks])
        if all(ok):
            return chunks
        # Rare (scripts that tokenize far finer in word pieces than in BPE): cut the
        # offending window into single-sentence windows, which fit by construction --
        # once each, and only for sentences that no fitting window already holds.
        held = [False] * len(spans)  # sentence i lies in a fitting window
        starts = [s for s, _ in spans]
        for c, fit in zip(chunks, ok, strict=True):
            if fit:
                for i in range(bisect_left(starts, c.start), bisect_right(starts, c.end)):
                    held[i] = held[i] or spans[i][1] <= c.end
        out = [c for c, fit in zip(chunks, ok, strict=True) if fit]
        for c, fit in zip(chunks, ok, strict=True):
            if fit:
                continue
            for i in range(bisect_left(starts, c.start), bisect_right(starts, c.end)):
                s, e = spans[i]
                if e <= c.end and not held[i]:
                    held[i] = True
                    out.append(Chunk(0, c.doc_id, s, e, text[s:e], 0))
        out.sort(key=lambda c: (c.start, c.end))
        return [
            Chunk(first_chunk_id + i, c.doc_id, c.start, c.end, c.text, 0)
            for i, c in enumerate(out)
        ]


def _enforce_fit(text: str, spans: list[tuple[int, int]], fits: Fits) -> list[tuple[int, int]]:
    ok = fits([text[s:e] for s, e in spans]) if spans else []
    out: list[tuple[int, int]] = []
    for (s, e), good in zip(spans, ok, strict=True):
        if good or e - s <= 1:
            out.append((s, e))
        else:
            mid = _cut_point(text, s, e)
            out.extend(_enforce_fit(text, [(s, mid), (mid, e)], fits))
    return out


def _cut_point(text: str, start: int, end: int) -> int:
    """A split point near the middle, at whitespace when there is some, never at an edge."""
    mid = (start + end) // 2
    for radius in range(0, (end - start) // 2):
        for pos in (mid - radius, mid + radius):
            if start < pos < end and text[pos].isspace():
                return pos
    return max(start + 1, min(mid, end - 1))


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past surrounding whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
