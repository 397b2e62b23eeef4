"""Edit features: traces of a one-word edit between a question and its best sentence.

Unanswerable questions that look answerable are usually an answerable question with
one edit: a word swapped for a neighbour of its kind ("closed" -> "open", one name for
another), a "not" added, a condition the text never states. The abstainer
(``compose.Scorer``) weighs these against how sure the sentence ranking is. English
question and word shapes only; nothing here names any article's content.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Container

from .features import _CAPITAL_WORD, _NEGATION, _WORD
from .lexical import STOPWORDS, stem

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
    "edit_prefix_antonym",  # "balanced" asked as "unbalanced"
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
