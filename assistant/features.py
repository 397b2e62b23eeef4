"""Features of a (question, candidate sentence) pair for the answer scorer.

No reader model ships offline, so whether a sentence answers a question is judged from
signals a small trained model can weigh: bi-encoder similarity, BM25, how much of the
question (and which of its names and numbers) the sentence covers, whether it holds
the kind of thing asked for (a person, a date, a number, a place), and where it sits.
All rules are about English question words and shapes, never about any one article.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Container
from dataclasses import dataclass

from .lexical import STOPWORDS, stem, tokenize

QTYPES = (
    "who",
    "when",
    "where",
    "howmany",
    "howmuch",
    "what",
    "which",
    "why",
    "how",
    "yesno",
    "other",
)

MONTH_NAMES = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
WEEKDAY_NAMES = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
CALENDAR_NAMES = f"{MONTH_NAMES}|{WEEKDAY_NAMES}"
# A day of a month: "July 8", "Jul. 8", "8 July"
_DAY_OF_MONTH = rf"(?:{MONTH_NAMES})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{MONTH_NAMES})"
DAY = re.compile(rf"\b(?:{_DAY_OF_MONTH})\b", re.IGNORECASE)
_DATE = re.compile(
    rf"\b(?:{_DAY_OF_MONTH}|(?:1[5-9]|20)\d{{2}}s?|"
    rf"{WEEKDAY_NAMES}|yesterday|today|tomorrow|"
    r"century|centuries|decade|\d+(?:st|nd|rd|th)\b|ago|spring|summer|autumn|winter|"
    r"weeks?|months?|years?)\b",
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
# The noun a question asks about; an article that never uses it rarely answers.
_FOCUS = re.compile(
    r"\bhow (?:many|much) (\w+)|\b(?:what|who|which)(?:'s| is| was| are| were) (?:the |an? )?"
    r"(\w+) (?:of|in|for|at|on|to)\b",
    re.IGNORECASE,
)
_REASON = re.compile(
    r"\b(because|since|due to|so that|in order to|as a result|led to|caused|reason)\b",
    re.IGNORECASE,
)


# Words opening a question that ask nothing ("So when does it run?"): the length of a
# question is read without them.
_FILLER = re.compile(r"^\W*(?:(?:so|and|but|ok|okay|well|now|anyway)\b[\s,]*)+", re.I)


def question_type(question: str) -> str:
    q = question.lower()
    if re.search(r"\bhow (many|long|old|far|often)\b", q):
        return "howmany"
    if re.search(r"\bhow much\b", q):
        return "howmuch"
    for word, qtype in (
        ("who", "who"),
        ("whom", "who"),
        ("whose", "who"),
        ("when", "when"),
        ("what year", "when"),
        ("what date", "when"),
        # "which dates", "which day": a date asked, as "when" asks it
        (r"which (?:years?|dates?|days?|months?)", "when"),
        ("where", "where"),
        ("why", "why"),
        ("which", "which"),
        ("what", "what"),
        ("how", "how"),
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
    bigrams: frozenset[tuple[str, str]]
    focus: frozenset[str]  # the thing asked about: "how many <troops>", "what is the <capital> of"

    @classmethod
    def of(cls, question: str) -> QuestionInfo:
        names = set()
        for m in _CAPITAL_WORD.finditer(question):
            if m.start() > 0 and m.group(0).lower() not in STOPWORDS:
                names.update(tokenize(m.group(0)))
        numbers = {n for n in re.findall(r"\d[\d,.]*\d|\d", question)}
        toks = tokenize(question)
        return cls(
            text=question,
            qtype=question_type(question),
            bigrams=frozenset(itertools.pairwise(toks)),
            terms=frozenset(toks),
            names=frozenset(names),
            numbers=frozenset(numbers),
            negated=bool(_NEGATION.search(question)),
            focus=frozenset(
                t for m in _FOCUS.finditer(question) for g in m.groups() if g for t in tokenize(g)
            ),
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
    "bigram_overlap",
    "context_gain",
    "q_oov",
    "q_name_oov",
    "focus_oov",
    *tuple(f"qtype_{t}" for t in QTYPES),
    *tuple(f"qtype_{t}_match" for t in QTYPES),
)


@dataclass(frozen=True)
class SentenceInfo:
    """What the features need from a sentence, computed once per sentence and cached."""

    text: str
    terms: frozenset[str]
    term_counts: tuple[tuple[str, int], ...]
    n_terms: int
    words: frozenset[str]
    names: frozenset[str]  # capitalized words not at the start, stemmed lowercase
    numbers: tuple[str, ...]
    has_date: bool
    has_place: bool
    has_reason: bool
    negated: bool
    n_words: int
    bigrams: frozenset[tuple[str, str]]

    @classmethod
    def of(cls, text: str) -> SentenceInfo:
        toks = tokenize(text)
        counts: dict[str, int] = {}
        for t in toks:
            counts[t] = counts.get(t, 0) + 1
        names = {
            t
            for m in _CAPITAL_WORD.finditer(text)
            if m.start() > 0 and m.group(0).lower() not in STOPWORDS
            for t in tokenize(m.group(0))
        }
        return cls(
            text=text,
            terms=frozenset(counts),
            term_counts=tuple(counts.items()),
            n_terms=len(toks),
            words=frozenset(stem(w) for w in _WORD.findall(text.lower())),
            names=frozenset(names),
            numbers=tuple(m.group(0) for m in _NUMBER.finditer(text)),
            has_date=bool(_DATE.search(text)),
            has_place=bool(_PLACE_PREP.search(text)),
            has_reason=bool(_REASON.search(text)),
            negated=bool(_NEGATION.search(text)),
            n_words=len(text.split()),
            bigrams=frozenset(itertools.pairwise(toks)),
        )


def sentence_features(
    q: QuestionInfo,
    s: SentenceInfo,
    *,
    dense: float,
    dense_max: float,
    dense_rank: int,
    bm25: float,
    bm25_max: float,
    idf: dict[str, float],
    passage_rank: int,
    first_in_doc: bool,
    previous: SentenceInfo | None,
    vocabulary: Container[str],
) -> list[float]:
    """The feature vector for one candidate sentence, in ``FEATURE_NAMES`` order."""
    q_terms = q.terms
    shared = q_terms & s.terms
    overlap = len(shared) / len(q_terms) if q_terms else 0.0
    total_idf = sum(idf.get(t, 1.0) for t in q_terms) or 1.0
    idf_overlap = sum(idf.get(t, 1.0) for t in shared) / total_idf
    missing = [idf.get(t, 1.0) for t in q_terms - s.terms]
    max_idf = max((idf.get(t, 1.0) for t in q_terms), default=1.0) or 1.0
    missing_idf = max(missing, default=0.0) / max_idf
    name_hits = sum(1 for n in q.names if n in s.words)
    name_cover = name_hits / len(q.names) if q.names else 1.0
    number_missing = float(any(n not in s.text for n in q.numbers))
    novel = len(s.terms - q_terms) / len(s.terms) if s.terms else 0.0
    match = type_match(q, s)
    neg_mismatch = float(q.negated != s.negated)
    qtype_onehot = [1.0 if q.qtype == t else 0.0 for t in QTYPES]
    bigram_overlap = len(q.bigrams & s.bigrams) / len(q.bigrams) if q.bigrams else 0.0
    # The subject of an answer sentence is often named in the sentence before it.
    context_gain = (
        len((q_terms & previous.terms) - s.terms) / len(q_terms) if previous and q_terms else 0.0
    )
    q_oov = sum(1 for t in q_terms if t not in vocabulary) / len(q_terms) if q_terms else 0.0
    q_name_oov = sum(1 for n in q.names if n not in vocabulary) / len(q.names) if q.names else 0.0
    focus_oov = float(any(t not in vocabulary for t in q.focus))
    return [
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
        math.log1p(s.n_words),
        neg_mismatch,
        dense_max,
        math.log1p(len(_FILLER.sub(" ", q.text).split())),
        bigram_overlap,
        context_gain,
        q_oov,
        q_name_oov,
        focus_oov,
        *qtype_onehot,
        *[o * match for o in qtype_onehot],
    ]


def type_match(q: QuestionInfo, s: SentenceInfo) -> float:
    """Whether the sentence holds the kind of thing the question asks for."""
    new_names = bool(s.names - q.names)
    if q.qtype == "who":
        return float(new_names)
    if q.qtype == "when":
        return float(s.has_date)
    if q.qtype in ("howmany", "howmuch"):
        return float(any(n not in q.text for n in s.numbers))
    if q.qtype == "where":
        return float(new_names and s.has_place)
    if q.qtype == "why":
        return float(s.has_reason)
    return float(new_names or bool(s.numbers) or len(s.words) > 8)
