"""Retrieval: dense (sentence vectors in FAISS) and BM25 (chunks) fused by reciprocal rank.

Sentences are what is embedded, so a chunk's dense score is the best similarity of
any sentence in it: a question usually matches one sentence, and a chunk's single
mean vector would blur it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .embed import Embedder
from .errors import ConfigError
from .schema import Passage
from .store import IndexData


@dataclass
class Retrieval:
    """Passages for one query, plus what the composer reuses (no second encoding)."""

    query: str
    query_vector: np.ndarray
    passages: list[Passage]


class Retriever:
    """Hybrid search over an index.

    >>> r = Retriever(data, embedder); r.retrieve("Who came?", k=3)  # doctest: +SKIP
    """

    def __init__(
        self,
        data: IndexData,
        embedder: Embedder,
        *,
        dense_candidates: int = 100,
        lexical_candidates: int = 50,
        rrf_k: int = 60,
    ) -> None:
        for name, value in (
            ("dense_candidates", dense_candidates),
            ("lexical_candidates", lexical_candidates),
            ("rrf_k", rrf_k),
        ):
            if value < 1:
                raise ConfigError(f"{name}={value} must be at least 1.")
        self.data = data
        self.embedder = embedder
        self.dense_candidates = dense_candidates
        self.lexical_candidates = lexical_candidates
        self.rrf_k = rrf_k

    def encode_query(self, query: str) -> np.ndarray:
        return self.embedder.encode([query])[0]

    def retrieve(
        self, query: str, k: int = 5, *, query_vector: np.ndarray | None = None
    ) -> Retrieval:
        data = self.data
        qv = self.encode_query(query) if query_vector is None else query_vector
        dense: dict[int, float] = {}
        if len(data.store):
            scores, ids = data.store.search(qv[None, :], self.dense_candidates)
            for score, sid in zip(scores[0], ids[0], strict=True):
                if sid < 0:
                    continue
                for ci in data.sentence_chunks[int(sid)]:
                    if float(score) > dense.get(ci, -1.0):
                        dense[ci] = float(score)
        lexical = dict(data.bm25.search(query, self.lexical_candidates))
        fused: dict[int, float] = {}
        for ranking in (
            sorted(dense, key=lambda c: (-dense[c], c)),
            sorted(lexical, key=lambda c: (-lexical[c], c)),
        ):
            for rank, ci in enumerate(ranking):
                fused[ci] = fused.get(ci, 0.0) + 1.0 / (self.rrf_k + rank + 1)
        order = sorted(fused, key=lambda c: (-fused[c], -dense.get(c, -1.0), c))[: max(k, 0)]
        passages = []
        for ci in order:
            c = data.chunks[ci]
            passages.append(
                Passage(c.doc_id, c.chunk_id, c.start, c.end, c.text, round(fused[ci], 6))
            )
        return Retrieval(query, qv, passages)
