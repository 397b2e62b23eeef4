"""Lexical search: Okapi BM25 over chunks, with plain-JSON state.

Small and dependency-free on purpose: the same tokenizer and statistics also score
single sentences for the answer composer, so the two can never disagree.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

_TOKEN = re.compile(r"\w+", re.UNICODE)

# Function words carry no evidence; generic English list, nothing article-specific.
STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for
    from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just me more most my myself no nor not now of off on once only or
    other our ours ourselves out over own same she should so some such than that the their
    theirs them themselves then there these they this those through to too under until up
    very was we were what when where which while who whom why will with would you your
    yours yourself yourselves tell say said says also much many would could shall may might
    must""".split()
)


def tokenize(text: str) -> list[str]:
    """Lowercased word tokens with stopwords removed and a light plural/possessive fold."""
    out = []
    for tok in _TOKEN.findall(text.lower()):
        if tok in STOPWORDS or (len(tok) == 1 and not tok.isdigit()):
            continue
        out.append(stem(tok))
    return out


def stem(tok: str) -> str:
    """A light suffix folder (plurals, -ing, -ed, final e): "invited" and "invite" meet."""
    if len(tok) > 4 and tok.endswith("ies"):
        return tok[:-3] + "y"
    if len(tok) > 3 and tok.endswith("s") and not tok.endswith(("ss", "us", "is")):
        tok = tok[:-1]
    if len(tok) > 5 and tok.endswith("ing"):
        tok = tok[:-3]
        if len(tok) > 2 and tok[-1] == tok[-2] and tok[-1] not in "lsz":
            tok = tok[:-1]
    elif len(tok) > 4 and tok.endswith("ed") and not tok.endswith("eed"):
        tok = tok[:-2]
        if len(tok) > 2 and tok[-1] == tok[-2] and tok[-1] not in "lsz":
            tok = tok[:-1]
    if len(tok) > 4 and tok.endswith("e"):
        tok = tok[:-1]
    return tok


@dataclass
class BM25:
    """Okapi BM25 over a fixed list of texts.

    >>> bm = BM25.build(["the cat sat", "a dog barked"])
    >>> bm.search("dog", k=1)[0][0]
    1
    """

    k1: float = 1.2
    b: float = 0.75
    n_docs: int = 0
    avgdl: float = 0.0
    doc_len: list[int] = field(default_factory=list)
    postings: dict[str, list[tuple[int, int]]] = field(default_factory=dict)

    @classmethod
    def build(cls, texts: Iterable[str], *, k1: float = 1.2, b: float = 0.75) -> BM25:
        bm = cls(k1=k1, b=b)
        for i, text in enumerate(texts):
            toks = tokenize(text)
            bm.doc_len.append(len(toks))
            for term, tf in Counter(toks).items():
                bm.postings.setdefault(term, []).append((i, tf))
        bm.n_docs = len(bm.doc_len)
        bm.avgdl = (sum(bm.doc_len) / bm.n_docs) if bm.n_docs else 0.0
        return bm

    def idf(self, term: str) -> float:
        df = len(self.postings.get(term, ()))
        return math.log(1.0 + (self.n_docs - df + 0.5) / (df + 0.5))

    def search(self, query: str, k: int = 10) -> list[tuple[int, float]]:
        """``(doc_index, score)`` of the best ``k`` texts, best first."""
        scores: dict[int, float] = {}
        avgdl = self.avgdl or 1.0
        for term in set(tokenize(query)):
            idf = self.idf(term)
            for i, tf in self.postings.get(term, ()):
                norm = tf + self.k1 * (1 - self.b + self.b * self.doc_len[i] / avgdl)
                scores[i] = scores.get(i, 0.0) + idf * tf * (self.k1 + 1) / norm
        best = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
        return best[:k]

    def score_texts(self, query: str, texts: Sequence[str], avg_len: float) -> list[float]:
        """BM25 of ``query`` against arbitrary texts, using this index's IDF."""
        q = set(tokenize(query))
        avg_len = avg_len or 1.0
        out = []
        for text in texts:
            toks = tokenize(text)
            tf = Counter(toks)
            s = 0.0
            for term in q:
                f = tf.get(term, 0)
                if f:
                    norm = f + self.k1 * (1 - self.b + self.b * len(toks) / avg_len)
                    s += self.idf(term) * f * (self.k1 + 1) / norm
            out.append(s)
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "k1": self.k1,
            "b": self.b,
            "doc_len": self.doc_len,
            "postings": {t: [list(p) for p in ps] for t, ps in self.postings.items()},
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> BM25:
        bm = cls(k1=float(data["k1"]), b=float(data["b"]))
        bm.doc_len = [int(x) for x in data["doc_len"]]
        bm.postings = {t: [(int(i), int(f)) for i, f in ps] for t, ps in data["postings"].items()}
        bm.n_docs = len(bm.doc_len)
        bm.avgdl = (sum(bm.doc_len) / bm.n_docs) if bm.n_docs else 0.0
        return bm
