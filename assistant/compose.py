"""Composition: pick the sentences that answer, quote them verbatim, or abstain.

A small logistic model (weights in ``data/scorer.json``, trained by
``scripts/train_scorer.py``) scores every sentence of the retrieved passages; the best
one is the answer when its probability clears the calibrated threshold, otherwise the
assistant says the article does not say. Every citation is a slice of the document
text and is checked against it before the answer is returned.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from .errors import ConfigError
from .features import FEATURE_NAMES, QuestionInfo, sentence_features
from .retrieve import Retrieval
from .schema import Answer, Citation
from .store import IndexData

log = logging.getLogger(__name__)

ABSTAIN_TEXT = "The article does not say: nothing in it answers this question."


@dataclass(frozen=True)
class Candidate:
    sentence: int  # index into IndexData.sentences
    passage_rank: int
    features: np.ndarray
    probability: float = 0.0


@dataclass(frozen=True)
class Scorer:
    """Logistic regression over standardized features, with its abstention threshold."""

    weights: np.ndarray
    mean: np.ndarray
    scale: np.ndarray
    threshold: float
    meta: dict[str, Any]

    @classmethod
    def load(cls, path: str | Path | None = None) -> Scorer:
        """The shipped scorer, or one saved by the training script at ``path``."""
        try:
            if path is None:
                raw = resources.files("assistant").joinpath("data/scorer.json").read_text("utf-8")
            else:
                raw = Path(path).read_text("utf-8")
            data = json.loads(raw)
        except (OSError, ValueError) as e:
            raise ConfigError(f"Cannot read the answer scorer ({e}); reinstall the package.") from None
        if list(data.get("features", [])) != list(FEATURE_NAMES):
            raise ConfigError(
                "The answer scorer was trained on other features; retrain it with "
                "`python scripts/train_scorer.py`."
            )
        return cls(
            weights=np.asarray(data["weights"], dtype=np.float64),
            mean=np.asarray(data["mean"], dtype=np.float64),
            scale=np.asarray(data["scale"], dtype=np.float64),
            threshold=float(data["threshold"]),
            meta=dict(data.get("meta", {})),
        )

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        z = ((x - self.mean) / self.scale) @ self.weights
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


class Composer:
    """Extractive answers with checked, verbatim citations.

    >>> composer = Composer()                                     # doctest: +SKIP
    >>> answer = composer.compose(question, retrieval, data)      # doctest: +SKIP
    """

    def __init__(
        self,
        scorer: Scorer | None = None,
        *,
        threshold: float | None = None,
        max_sentences: int = 2,
        second_ratio: float = 0.8,
        max_answer_words: int = 70,
    ) -> None:
        self.scorer = scorer or Scorer.load()
        self.threshold = self.scorer.threshold if threshold is None else threshold
        if not 0.0 <= self.threshold <= 1.0:
            raise ConfigError(f"threshold={self.threshold} must be between 0 and 1.")
        if max_sentences < 1:
            raise ConfigError(f"max_sentences={max_sentences} must be at least 1.")
        self.max_sentences = max_sentences
        self.second_ratio = second_ratio
        self.max_answer_words = max_answer_words

    def candidates(self, question: str, retrieval: Retrieval, data: IndexData) -> list[Candidate]:
        """Every sentence of the retrieved passages, with features and probability."""
        seen: dict[int, int] = {}
        for rank, p in enumerate(retrieval.passages):
            for si in data.chunk_sentences[p.chunk_id]:
                seen.setdefault(si, rank)
        if not seen:
            return []
        order = list(seen)
        q = QuestionInfo.of(question)
        dense = data.store.vectors[order] @ retrieval.query_vector
        texts = [data.sentences[si].text for si in order]
        bm25 = data.bm25.score_texts(retrieval.query, texts, data.avg_sentence_tokens)
        idf = {t: data.bm25.idf(t) for t in q.terms}
        dense_max, bm25_max = float(dense.max()), max(bm25)
        dense_rank = {si: r for r, si in enumerate(np.asarray(order)[np.argsort(-dense)].tolist())}
        rows = []
        for i, si in enumerate(order):
            s = data.sentences[si]
            rows.append(
                sentence_features(
                    q,
                    s.text,
                    dense=float(dense[i]),
                    dense_max=dense_max,
                    dense_rank=dense_rank[si],
                    bm25=bm25[i],
                    bm25_max=bm25_max,
                    idf=idf,
                    passage_rank=seen[si],
                    first_in_doc=si == 0 or data.sentences[si - 1].doc_id != s.doc_id,
                )
            )
        x = np.stack(rows)
        probs = self.scorer.probabilities(x)
        return [
            Candidate(si, seen[si], x[i], float(probs[i])) for i, si in enumerate(order)
        ]

    def compose(self, question: str, retrieval: Retrieval, data: IndexData) -> Answer:
        cands = sorted(
            self.candidates(question, retrieval, data), key=lambda c: (-c.probability, c.sentence)
        )
        best = cands[0].probability if cands else 0.0
        if not cands or best < self.threshold:
            return Answer(
                question=question,
                text=ABSTAIN_TEXT,
                citations=[],
                passages=retrieval.passages,
                abstained=True,
                confidence=round(best, 4),
                query=retrieval.query,
            )
        chosen = [cands[0]]
        words = len(data.sentences[cands[0].sentence].text.split())
        for c in cands[1 : self.max_sentences]:
            n = len(data.sentences[c.sentence].text.split())
            if (
                c.probability >= max(self.threshold, self.second_ratio * best)
                and words + n <= self.max_answer_words
            ):
                chosen.append(c)
                words += n
        # Read in document order, as the article tells it.
        chosen.sort(key=lambda c: c.sentence)
        citations = []
        for n, c in enumerate(chosen, start=1):
            s = data.sentences[c.sentence]
            citations.append(
                Citation(n, s.doc_id, s.start, s.end, s.text, round(c.probability, 4))
            )
        citations = verified(citations, data)
        if not citations:
            return Answer(question, ABSTAIN_TEXT, [], retrieval.passages, True, 0.0, retrieval.query)
        text = " ".join(f"{c.quote} [{c.n}]" for c in citations)
        return Answer(
            question=question,
            text=text,
            citations=citations,
            passages=retrieval.passages,
            abstained=False,
            confidence=round(best, 4),
            query=retrieval.query,
        )


def verified(citations: list[Citation], data: IndexData) -> list[Citation]:
    """Keep only citations whose quote is exactly its slice of the document, renumbered."""
    good = []
    for c in citations:
        doc = data.doc_by_id.get(c.doc_id)
        if doc is None or not (0 <= c.start < c.end <= len(doc.text)) or doc.text[c.start : c.end] != c.quote:
            log.error("dropped a citation that does not match its source: %r", c)
            continue
        good.append(Citation(len(good) + 1, c.doc_id, c.start, c.end, c.quote, c.score))
    return good
