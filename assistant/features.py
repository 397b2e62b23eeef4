"""Features of a (question, candidate sentence) pair for the answer scorer.

No reader model ships offline, so whether a sentence answers a question is judged from
signals a small trained model can weigh: bi-encoder similarity, BM25, how much of the
question (and which of its names and numbers) the sentence covers, whether it holds
the kind of thing asked for (a person, a date, a number, a place), and where it sits.
All rules are about English question words and shapes, never about any one article.
"""

from __future__ import annotations

import functools
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

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_DATE = re.compile(
    rf"\b(?:(?:{_MONTHS})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{_MONTHS})|(?:1[5-9]|20)\d{{2}}s?|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|"
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
        ("which year", "when"),
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
    match = _type_match(q, s)
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
        math.log1p(len(q.text.split())),
        bigram_overlap,
        context_gain,
        q_oov,
        q_name_oov,
        focus_oov,
        *qtype_onehot,
        *[o * match for o in qtype_onehot],
    ]


def _type_match(q: QuestionInfo, s: SentenceInfo) -> float:
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


# Unanswerable questions that look answerable are usually an answerable question with
# one edit: a word swapped for a neighbour of its kind ("closed" -> "open", one name for
# another), a "not" added, a condition the text never states. These features look for
# the traces of such an edit between the question and its best sentence.
EDIT_FEATURE_NAMES: tuple[str, ...] = (
    "edit_substituted",  # a question word whose two neighbours surround another word
    "edit_substituted_one_side",  # ... with only one content neighbour in place
    "edit_missing",  # question content words the sentence lacks
    "edit_missing_in_article",  # ... that the article uses elsewhere
    "edit_missing_new",  # ... that the article never uses
    "edit_numbers_missing",
    "edit_question_negated",  # the question negates, the sentence does not
    "edit_sentence_negated",
    "edit_transposed",  # "pressure swing" asked as "swing pressure"
    "edit_prefix_antonym",  # "activated" asked as "deactivated"
    "edit_name_substituted",  # a name in the sentence's slot, but another one
    "edit_number_substituted",
    "edit_longest_run",  # longest run of question content words adjacent in the sentence too
    "edit_names_elsewhere",  # question names the article has, but not in this sentence
    "edit_question_terms",
    "edit_antonym",  # the question has a word whose opposite the sentence has instead
    "edit_antonym_aligned",  # ... the opposite standing beside the question word's neighbour
)
# Common English opposites (adjectives, comparatives, directions, verbs of change): the
# commonest one-word edit that turns an answerable question into an unanswerable one.
_OPPOSITES = """
more/less more/fewer most/least larger/smaller largest/smallest higher/lower
highest/lowest greater/lesser bigger/smaller biggest/smallest longer/shorter
longest/shortest older/younger oldest/youngest older/newer oldest/newest earlier/later
earliest/latest first/last before/after above/below inside/outside internal/external
interior/exterior positive/negative positively/negatively odd/even increase/decrease
increase/reduce increasing/decreasing increased/decreased rise/fall rising/falling
raised/lowered raise/lower gain/lose gain/loss win/lose won/lost victory/defeat
winner/loser open/closed opened/closed strong/weak stronger/weaker strongest/weakest
strength/weakness hot/cold warm/cool warmer/cooler heating/cooling heated/cooled
north/south east/west northern/southern eastern/western northeast/southwest
northwest/southeast upper/lower top/bottom front/back maximum/minimum max/min
maximal/minimal major/minor majority/minority private/public legal/illegal
natural/artificial direct/indirect true/false same/different similar/different
common/rare success/failure successful/unsuccessful accept/reject accepted/rejected
accept/decline accepted/declined approve/reject approved/rejected confirm/deny
confirmed/denied allow/prohibit allowed/banned include/exclude included/excluded
include/omit import/export imports/exports input/output inputs/outputs buy/sell
bought/sold start/end started/ended begin/end beginning/end early/late fast/slow
faster/slower heavy/light heavier/lighter wide/narrow deep/shallow thick/thin
full/empty rich/poor richer/poorer wealthy/poor modern/ancient new/old young/old
male/female men/women man/woman boys/girls right/left straight/curved once/twice
single/multiple always/never all/none many/few add/subtract added/removed
attract/repel attractive/repulsive attraction/repulsion push/pull absorb/emit
permanent/temporary primary/secondary inner/outer inward/outward domestic/foreign
domestic/international national/international national/local global/local
urban/rural dry/wet light/dark high/low large/small big/small long/short good/bad
best/worst better/worse agree/disagree support/oppose supported/opposed pro/anti
expand/contract entry/exit enter/leave join/leave joined/left arrive/depart
arrival/departure birth/death born/died living/dead alive/dead war/peace
friend/enemy ally/enemy allies/enemies offense/defense offensive/defensive
attack/defend upstream/downstream ascending/descending past/future previous/next
prior/subsequent superior/inferior senior/junior inbound/outbound
overestimate/underestimate visible/invisible possible/impossible finite/infinite
stable/unstable known/unknown likely/unlikely able/unable common/uncommon
complete/incomplete correct/incorrect equal/unequal regular/irregular
responsible/irresponsible relevant/irrelevant sufficient/insufficient
dependent/independent active/inactive accurate/inaccurate formal/informal
official/unofficial popular/unpopular voluntary/involuntary conscious/unconscious
even/uneven clockwise/counterclockwise clockwise/anticlockwise cause/effect plus/minus
parent/child parents/children create/destroy created/destroyed construct/demolish
built/destroyed solid/liquid solid/gas liquid/gas freeze/melt frozen/melted
summer/winter spring/autumn day/night daytime/nighttime sunrise/sunset
morning/evening land/sea land/water sky/ground love/hate guilty/innocent
legal/criminal profit/loss surplus/deficit employer/employee advantage/disadvantage
benefit/harm vertical/horizontal vertically/horizontally parallel/perpendicular
convex/concave forward/backward forwards/backwards upward/downward upwards/downwards
"""


@functools.cache
def _opposites() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for pair in _OPPOSITES.split():
        a, b = (stem(w) for w in pair.split("/"))
        if a != b:
            table.setdefault(a, set()).add(b)
            table.setdefault(b, set()).add(a)
    return {w: frozenset(o) for w, o in table.items()}


_ANTONYM_PREFIXES = ("dis", "un", "non", "in", "im", "ir", "il")
_NUMERAL = re.compile(r"\d[\d,.]*\d|\d")


def _content(word: str) -> bool:
    return word not in STOPWORDS and not (len(word) == 1 and not word.isdigit())


def edit_features(question: str, sentence: str, vocabulary: Container[str]) -> list[float]:
    """Traces of a one-word edit between ``question`` and ``sentence``, in
    ``EDIT_FEATURE_NAMES`` order; counts are capped at 3."""
    q_raw, s_raw = _WORD.findall(question), _WORD.findall(sentence)
    qw, sw = [stem(w.lower()) for w in q_raw], [stem(w.lower()) for w in s_raw]
    s_set = set(sw)
    positions: dict[str, list[int]] = {}
    for j, w in enumerate(sw):
        positions.setdefault(w, []).append(j)
    both = one = missing = in_article = new = 0
    name_sub = number_sub = False
    for i, w in enumerate(qw):
        if not _content(w) or w in s_set:
            continue
        missing += 1
        in_article += w in vocabulary
        new += w not in vocabulary
        left = qw[i - 1] if i > 0 else None
        right = qw[i + 1] if i + 1 < len(qw) else None
        found_both = found_one = False
        for neighbour, step in ((left, 1), (right, -1)):
            if neighbour is None:
                continue
            for j in positions.get(neighbour, ()):
                k = j + step
                if not 0 <= k < len(sw) or sw[k] == w:
                    continue
                if step == 1 and right is not None and k + 1 < len(sw) and sw[k + 1] == right:
                    found_both = True
                if _content(neighbour) and _content(sw[k]):
                    found_one = True
                if i > 0 and q_raw[i][0].isupper() and s_raw[k][0].isupper():
                    name_sub = True
                if q_raw[i][0].isdigit() and s_raw[k][0].isdigit():
                    number_sub = True
        both += found_both
        one += found_one
    numbers_missing = sum(1 for n in set(_NUMERAL.findall(question)) if n not in sentence)
    q_neg, s_neg = bool(_NEGATION.search(question)), bool(_NEGATION.search(sentence))
    qc = [w for w in qw if _content(w)]
    sc = [w for w in sw if _content(w)]
    s_pairs = set(itertools.pairwise(sc))
    transposed = sum(
        1 for a, b in itertools.pairwise(qc) if (b, a) in s_pairs and (a, b) not in s_pairs
    )
    antonyms = sum(
        1
        for w in qw
        if w not in s_set
        for p in _ANTONYM_PREFIXES
        if (w.startswith(p) and w[len(p) :] in s_set) or p + w in s_set
    )
    run = 0
    for i in range(len(qc)):
        for j in positions.get(qc[i], ()):
            k = 0
            while i + k < len(qc) and j + k < len(sw) and qc[i + k] == sw[j + k]:
                k += 1
            run = max(run, k)
    names = {stem(m.group(0).lower()) for m in _CAPITAL_WORD.finditer(question) if m.start() > 0}
    elsewhere = sum(1 for n in names if n not in s_set and n in vocabulary)
    opposite = opposite_aligned = 0
    table = _opposites()
    for i, w in enumerate(qw):
        others = table.get(w)
        if not others:
            continue
        # "start" against a sentence with "begin ... end": a word sharing an opposite
        # with the question's word is its paraphrase, so the opposite proves nothing.
        paraphrased = any(table.get(t, frozenset()) & others for t in s_set - others)
        opposite += w not in s_set and bool(others & s_set) and not paraphrased
        left = qw[i - 1] if i > 0 else None
        right = qw[i + 1] if i + 1 < len(qw) else None
        opposite_aligned += any(
            t in others
            and ((k > 0 and sw[k - 1] == left) or (k + 1 < len(sw) and sw[k + 1] == right))
            for k, t in enumerate(sw)
        )
    capped = [
        min(v, 3)
        for v in (
            both,
            one,
            missing,
            in_article,
            new,
            numbers_missing,
            float(q_neg and not s_neg),
            float(s_neg and not q_neg),
            transposed,
            antonyms,
        )
    ]
    return [
        *map(float, capped),
        float(name_sub),
        float(number_sub),
        run / max(len(qc), 1),
        float(elsewhere),
        float(len(qc)),
        float(min(opposite, 3)),
        float(min(opposite_aligned, 3)),
    ]
