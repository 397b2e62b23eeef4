"""Features of a (question, candidate sentence) pair for the answer scorer.

No reader model ships offline, so whether a sentence answers a question is judged from
signals a small trained model can weigh: bi-encoder similarity, BM25, how much of the
question (and which of its names and numbers) the sentence covers, whether it holds
the kind of thing asked for (a person, a date, a number, a place), and where it sits.
All rules are about English question words and shapes, never about any one article.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np

from .lexical import STOPWORDS, stem, tokenize

QTYPES = ("who", "when", "where", "howmany", "howmuch", "what", "which", "why", "how", "yesno", "other")

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_DATE = re.compile(
    rf"\b(?:(?:{_MONTHS})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{_MONTHS})|(?:1[5-9]|20)\d{{2}}s?|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|"
    r"century|centuries|decade|\d+(?:st|nd|rd|th)\b|ago|since|until|during|era|period|age|"
    r"spring|summer|autumn|winter|morning|evening|night|week|month|year)",
    re.IGNORECASE,
)
_NUMBER = re.compile(
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|hundred|thousand|million|billion|trillion|dozen|half|"
    r"percent|several)\b|%|\$|€|£",
    re.IGNORECASE,
)
_CAPITAL_WORD = re.compile(r"\b[A-Z][\w'’-]+")
_NEGATION = re.compile(r"\b(?:not|no|never|none|neither|nor|without)\b|n't", re.IGNORECASE)
_PLACE_PREP = re.compile(r"\b(?:in|at|from|near|to|into|across|throughout)\s+(?:the\s+)?[A-Z]")
_WORD = re.compile(r"\w+")


def question_type(question: str) -> str:
    q = question.lower()
    if re.search(r"\bhow (many|long|old|far|often)\b", q):
        return "howmany"
    if re.search(r"\bhow much\b", q):
        return "howmuch"
    for word, qtype in (
        ("who", "who"), ("whom", "who"), ("whose", "who"), ("when", "when"),
        ("what year", "when"), ("what date", "when"), ("which year", "when"),
        ("where", "where"), ("why", "why"), ("which", "which"), ("what", "what"), ("how", "how"),
    ):
        if re.search(rf"\b{word}\b", q):
            return qtype
    if re.match(r"\s*(is|are|was|were|do|does|did|can|could|will|would|has|have|had|should)\b", q):
        return "yesno"
    return "other"


@dataclass(frozen=True)
class QuestionInfo:
    """What the features need from the question, computed once per question."""

    text: str
    qtype: str
    terms: frozenset[str]
    names: frozenset[str]  # capitalized words not at the start, stemmed lowercase
    numbers: frozenset[str]
    negated: bool

    @classmethod
    def of(cls, question: str) -> QuestionInfo:
        names = set()
        for m in _CAPITAL_WORD.finditer(question):
            word = m.group(0).lower()
            if m.start() > 0 and word not in STOPWORDS:
                names.add(stem(word.replace("’", "'").split("'")[0]))
        numbers = {n for n in re.findall(r"\d[\d,.]*\d|\d", question)}
        return cls(
            text=question,
            qtype=question_type(question),
            terms=frozenset(tokenize(question)),
            names=frozenset(names),
            numbers=frozenset(numbers),
            negated=bool(_NEGATION.search(question)),
        )


FEATURE_NAMES: tuple[str, ...] = (
    "bias",
    "dense",
    "dense_gap",
    "dense_rank_inv",
    "bm25_rel",
    "bm25_log",
    "overlap",
    "idf_overlap",
    "missing_idf",
    "name_cover",
    "name_missing",
    "number_missing",
    "novel",
    "type_match",
    "type_miss",
    "passage_rank_inv",
    "in_top_passage",
    "first_in_doc",
    "length_log",
    "negation_mismatch",
    "top_dense",
    "q_len_log",
) + tuple(f"qtype_{t}" for t in QTYPES) + tuple(f"qtype_{t}_match" for t in QTYPES)


def sentence_features(
    q: QuestionInfo,
    text: str,
    *,
    dense: float,
    dense_max: float,
    dense_rank: int,
    bm25: float,
    bm25_max: float,
    idf: dict[str, float],
    passage_rank: int,
    first_in_doc: bool,
) -> np.ndarray:
    """The feature vector for one candidate sentence, in ``FEATURE_NAMES`` order."""
    s_terms = set(tokenize(text))
    q_terms = q.terms
    overlap = len(q_terms & s_terms) / len(q_terms) if q_terms else 0.0
    total_idf = sum(idf.get(t, 1.0) for t in q_terms) or 1.0
    idf_overlap = sum(idf.get(t, 1.0) for t in q_terms & s_terms) / total_idf
    missing = [idf.get(t, 1.0) for t in q_terms - s_terms]
    max_idf = max((idf.get(t, 1.0) for t in q_terms), default=1.0) or 1.0
    missing_idf = max(missing, default=0.0) / max_idf
    lowered = text.lower()
    s_words = {stem(w) for w in _WORD.findall(lowered)}
    name_hits = sum(1 for n in q.names if n in s_words)
    name_cover = name_hits / len(q.names) if q.names else 1.0
    number_missing = float(any(n not in text for n in q.numbers))
    novel = len(s_terms - q_terms) / len(s_terms) if s_terms else 0.0
    match = _type_match(q, text, s_words)
    neg_mismatch = float(q.negated != bool(_NEGATION.search(text)))
    qtype_onehot = [1.0 if q.qtype == t else 0.0 for t in QTYPES]
    values = [
        1.0,
        dense,
        dense - dense_max,
        1.0 / (1 + dense_rank),
        bm25 / bm25_max if bm25_max > 0 else 0.0,
        math.log1p(bm25),
        overlap,
        idf_overlap,
        missing_idf,
        name_cover,
        float(len(q.names) - name_hits),
        number_missing,
        novel,
        match,
        1.0 - match,
        1.0 / (1 + passage_rank),
        float(passage_rank == 0),
        float(first_in_doc),
        math.log1p(len(text.split())),
        neg_mismatch,
        dense_max,
        math.log1p(len(q.text.split())),
        *qtype_onehot,
        *[o * match for o in qtype_onehot],
    ]
    return np.asarray(values, dtype=np.float32)


def _type_match(q: QuestionInfo, text: str, s_words: set[str]) -> float:
    """Whether the sentence holds the kind of thing the question asks for."""
    new_names = [
        m.group(0)
        for m in _CAPITAL_WORD.finditer(text)
        if m.start() > 0 and stem(m.group(0).lower()) not in q.names
        and m.group(0).lower() not in STOPWORDS
    ]
    if q.qtype == "who":
        return float(bool(new_names))
    if q.qtype == "when":
        return float(bool(_DATE.search(text)))
    if q.qtype in ("howmany", "howmuch"):
        return float(any(m.group(0) not in q.text for m in _NUMBER.finditer(text)))
    if q.qtype == "where":
        return float(bool(new_names) and bool(_PLACE_PREP.search(text)))
    if q.qtype == "why":
        return float(bool(re.search(r"\b(because|since|due to|so that|in order to|as a result|"
                                    r"led to|caused|reason)\b", text, re.IGNORECASE)))
    return float(bool(new_names) or bool(_NUMBER.search(text)) or len(s_words) > 8)
