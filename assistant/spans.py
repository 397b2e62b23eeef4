"""Which sentences a quote spans: the best sentence, with the one before it when that
sets the scene and the next ones when the story carries on there ("On July 3, the
ministry weighed in. Andrei Nastasin ... suggested ..."), within the word budget.

A ``Candidate`` is a scored sentence (or run of sentences) of the index: the composer
ranks them; these functions decide how far the quote around the best one reaches, and
read back which sentences an earlier answer quoted.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from .capitals import is_place
from .features import CALENDAR_NAMES, QuestionInfo, SentenceInfo, type_match
from .lexical import CAPITALIZED, stem, tokenize
from .rewrite import SPEAKER_ASKED
from .rules import BODY, QUOTED, reports_speech, story_place
from .schema import Citation
from .store import IndexData

MAX_ANSWER_WORDS = 70


@dataclass(frozen=True)
class Candidate:
    """A sentence of the index (or a run of them, to ``last``) with its features and the
    scorer's probability that it answers the question."""

    sentence: int  # index into IndexData.sentences
    passage_rank: int
    features: np.ndarray
    probability: float = 0.0
    last: int = -1  # last sentence of the quoted span when it runs past ``sentence``

    @property
    def end_sentence(self) -> int:
        return max(self.sentence, self.last)


def is_lead_in(text: str) -> bool:
    """A heading or a question in the article: what answers it is what follows it."""
    stripped = text.rstrip("\"'”’)] ")
    return stripped.endswith("?") or (
        len(text.split()) <= 12 and not stripped.endswith((".", "!", ";", ":", ","))
    )


def answer_spans(cands: list[Candidate], data: IndexData) -> list[Candidate]:
    """Point lead-ins (FAQ questions, headings) at the text after them, and quote a bare
    "Yes." together with the sentence that explains it; keep the best score per span."""
    sentences = data.sentences

    def same_doc(i: int, doc_id: str) -> bool:
        return i < len(sentences) and sentences[i].doc_id == doc_id

    best: dict[tuple[int, int], Candidate] = {}
    for c in cands:
        start, last = c.sentence, c.sentence
        doc_id = sentences[start].doc_id
        while same_doc(start + 1, doc_id) and is_lead_in(data.sentences[start].text):
            start = last = start + 1
        if is_lead_in(data.sentences[start].text):
            continue  # a lead-in with nothing after it answers nothing
        if len(data.sentences[start].text.split()) < 3 and same_doc(start + 1, doc_id):
            last = start + 1
        elif (
            start > 0
            and same_paragraph(data, start - 1, start)
            and len(data.sentences[start - 1].text.split()) < 3
            and not is_lead_in(data.sentences[start - 1].text)
        ):
            start -= 1  # the bare "Yes." before the sentence that explains it
        key = (start, last)
        if key not in best or c.probability > best[key].probability:
            best[key] = Candidate(start, c.passage_rank, c.features, c.probability, last)
    return sorted(best.values(), key=lambda c: (-c.probability, c.sentence))


def quoted_span(
    c: Candidate, q: QuestionInfo, data: IndexData, max_words: int = MAX_ANSWER_WORDS
) -> Candidate:
    """The span quoted when ``c`` is the best sentence: with the sentence before it when
    that one sets the scene the question asks for, and the one after it when that one
    carries on with what the question asks; never past ``max_words``."""
    for widen in (_with_setting, _with_continuation, _with_actor, _with_what_was_said):
        wider = widen(c, q, data)
        if wider is not c and words_in(wider, data) <= max_words:
            c = wider
    return c


# Question types whose answer is a thing a sentence holds on its own: a name, a date, a
# place, a number.
TYPED = frozenset({"who", "when", "where", "howmany", "howmuch"})


def _with_setting(c: Candidate, q: QuestionInfo, data: IndexData) -> Candidate:
    """News sets the scene in one sentence ("On July 3, the ministry weighed in.") and says
    what happened in the next: when the best sentence lacks the kind of thing asked for
    and the sentence before it, in the same paragraph, holds it, quote the two together."""
    first = c.sentence
    if q.qtype not in TYPED or first == 0 or not same_paragraph(data, first - 1, first):
        return c
    if type_match(q, sentence_info(data, first)) or not type_match(
        q, sentence_info(data, first - 1)
    ):
        return c
    return Candidate(first - 1, c.passage_rank, c.features, c.probability, c.end_sentence)


def _with_continuation(c: Candidate, q: QuestionInfo, data: IndexData) -> Candidate:
    """...and names the actor in one sentence and what it did in the next ("The ministry
    weighed in. Its deputy director suggested that ..."): when the next sentence of the
    same paragraph holds a question word the quoted span lacks (not a name, which the
    span already places), quote it too."""
    wider = next_in_paragraph(c, data)
    return wider if wider is not None and adds_question_words(c, wider, q, data) else c


def marked(citations: Sequence[Citation], data: IndexData) -> list[tuple[str, bool]]:
    """The sentences of the cited articles in order, each with whether a citation quotes it."""
    docs = {c.doc_id for c in citations}
    return [
        (s.text, any(c.doc_id == s.doc_id and c.start <= s.start < c.end for c in citations))
        for s in data.sentences
        if s.doc_id in docs
    ]


def _with_actor(c: Candidate, q: QuestionInfo, data: IndexData) -> Candidate:
    """...and for "Who spoke for the ministry?", when the span names no one the question
    does not (a date is no one), and the next sentence of the paragraph does, quote it
    too: "On July 3, the ministry weighed in. Andrei Nastasin, its deputy director, ..."."""
    # A body is no one: "the Russian Foreign Ministry weighed in" names no one new.
    asks_who = q.qtype == "who" or bool(_WHICH_PERSON.search(q.text) or _ROLE_ASKED.search(q.text))
    if not asks_who or _new_names(q, data, c.sentence, c.end_sentence) - _bodies(text_of(c, data)):
        return c
    wider = next_in_paragraph(c, data)
    if wider is None or not _new_names(q, data, wider.end_sentence, wider.end_sentence):
        return c
    return wider


def _bodies(text: str) -> set[str]:
    """The words (stemmed) of the bodies ``text`` names ("Russian Foreign Ministry")."""
    runs = _CAPITALIZED_RUN.findall(text)
    return {stem(w.lower()) for run in runs if BODY.search(run) for w in run.split()}


# "Which Russian official commented?" asks who, as "Who commented?" does.
_WHICH_PERSON = re.compile(
    r"\bwhich\s+(?:[\w-]+\s+){0,2}?(?:officials?|spokes(?:man|woman|person)|ministers?|"
    r"diplomats?|persons?|people|experts?|analysts?|lawmakers?|politicians?|leaders?|"
    r"representatives?|officers?|envoys?)\b",
    re.IGNORECASE,
)
# "What was the Russian official's position in the ministry?": a role is held by someone.
_ROLE_ASKED = re.compile(
    r"\b(?:position|title|role|job|post|rank)\b(?!\s+(?:on|about|regarding|toward|towards)\b)",
    re.IGNORECASE,
)
_CAPITALIZED_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+")


# "What did the ministry say?", "How did Russia react?": asks for what was said.
_SAID_ASKED = re.compile(
    r"\bwhat\s+(?:did|does|do|has|have|had)\s+.+?\s+(?:say|tell|claim|suggest|argue|state|"
    r"comment|respond|reply)\b|\bhow\s+(?:did|does|has|have)\s+.+?\s+(?:react|respond|reply)\b|"
    # "Did Moscow say anything?", "Has the ministry commented?", "What was their line?"
    r"\b(?:did|has|have|had)\s+.+?\s+(?:(?:say|said)\s+anything|comment(?:ed)?|react(?:ed)?|"
    r"respond(?:ed)?|repl(?:y|ied)|weigh(?:ed)?\s+in)\b|"
    r"\bwhat\s+(?:was|is)\s+.+?(?:['’]s?|\btheir|\bits|\bhis|\bher)\s+(?:line|reaction|response|"
    r"message|comment|statement)\b",
    re.IGNORECASE,
)


# What someone said, not only that they spoke: a quotation or a "that" clause.
SAID_CONTENT = re.compile(r"[\"“”:]|\bthat\b", re.IGNORECASE)
# "in his own words", "quote him": a quotation asked for.
IN_OWN_WORDS = re.compile(
    r"\b(?:own|exact|actual)\s+words\b|\bput\s+it\b|\bquote|\bverbatim\b|\bword\s+for\s+word\b",
    re.IGNORECASE,
)
# A view stated: such a quotation or a "that" clause ("maintains that ...").
STATED = re.compile(rf"{QUOTED.pattern}|\bthat\b", re.IGNORECASE)


def _with_what_was_said(c: Candidate, q: QuestionInfo, data: IndexData) -> Candidate:
    """...and for "What did the ministry say?", when the span says only that someone
    spoke ("the ministry weighed in on the matter") and the next sentence of the paragraph
    reports what was said, quote it too."""
    said = text_of(c, data)
    if not _SAID_ASKED.search(q.text) or not reports_speech(said) or SAID_CONTENT.search(said):
        return c
    wider = next_in_paragraph(c, data)
    if wider is None or not reports_speech(data.sentences[wider.end_sentence].text):
        return c
    return wider


def _new_names(q: QuestionInfo, data: IndexData, first: int, last: int) -> set[str]:
    """The names in sentences ``first`` to ``last`` that the question lacks, months and
    weekdays left out."""
    names: set[str] = set()
    for i in range(first, last + 1):
        names |= sentence_info(data, i).names
    return names - q.names - _CALENDAR


# As ``SentenceInfo.names`` holds them: stemmed.
_CALENDAR = frozenset(stem(w) for w in CALENDAR_NAMES.split("|"))


def going_on(c: Candidate, previous: Sequence[int], data: IndexData, max_words: int) -> Candidate:
    """A follow-up whose best sentence is the one the answer before it quoted asks for
    more of the same ("Who is Gregor Petit?" then "What did he take with him?"): quote on
    into the next sentence of the paragraph, where the story goes on."""
    wider = next_in_paragraph(c, data) if only_quotes(c, previous) else None
    return wider if wider is not None and words_in(wider, data) <= max_words else c


def next_in_paragraph(c: Candidate, data: IndexData) -> Candidate | None:
    """``c`` with the next sentence added, when that one is in the same paragraph."""
    last = c.end_sentence
    if last + 1 >= len(data.sentences) or not same_paragraph(data, last, last + 1):
        return None
    return Candidate(c.sentence, c.passage_rank, c.features, c.probability, last + 1)


def text_of(c: Candidate, data: IndexData) -> str:
    return " ".join(data.sentences[i].text for i in range(c.sentence, c.end_sentence + 1))


def only_quotes(c: Candidate, sentences: Sequence[int]) -> bool:
    """Whether every sentence of ``c`` is one of ``sentences``."""
    return set(range(c.sentence, c.end_sentence + 1)) <= set(sentences)


def terms_of(data: IndexData, first: int, last: int) -> set[str]:
    """The terms of sentences ``first`` to ``last``, both included."""
    out: set[str] = set()
    for i in range(first, last + 1):
        out |= sentence_info(data, i).terms
    return out


def adds_question_words(c: Candidate, wider: Candidate, q: QuestionInfo, data: IndexData) -> bool:
    """Whether the sentences ``wider`` adds after ``c`` hold a question word (not a name)
    that ``c`` lacks."""
    quoted = terms_of(data, c.sentence, c.end_sentence)
    added = terms_of(data, c.end_sentence + 1, wider.end_sentence)
    return bool((q.terms - q.names - quoted) & added)


def quoted_sentences(history_answer: str, data: IndexData) -> list[int]:
    """The sentences an earlier answer of this assistant quoted: its text is verbatim quotes
    followed by ``[n]`` markers. Text that is not found in the article gives nothing."""
    out: list[int] = []
    for piece in re.split(r"\s*\[\d+\]\s*", history_answer):
        piece = piece.strip()
        if len(piece) < 12:
            continue
        for doc in data.documents:
            at = doc.text.find(piece)
            if at < 0:
                continue
            out.extend(
                i
                for i, s in enumerate(data.sentences)
                if s.doc_id == doc.doc_id and s.start < at + len(piece) and at < s.end
            )
            break
    return out


def same_paragraph(data: IndexData, i: int, j: int) -> bool:
    """Whether sentences ``i`` < ``j`` are in one document with no blank line between."""
    a, b = data.sentences[i], data.sentences[j]
    return a.doc_id == b.doc_id and "\n\n" not in data.doc_by_id[a.doc_id].text[a.end : b.start]


def words_in(c: Candidate, data: IndexData) -> int:
    return sum(len(data.sentences[i].text.split()) for i in range(c.sentence, c.end_sentence + 1))


def sentence_info(data: IndexData, si: int) -> SentenceInfo:
    info = data.cache.get(si)
    if info is None:
        info = data.cache[si] = SentenceInfo.of(data.sentences[si].text)
    return info


# "Where did it happen?", "When was the meeting?", "And in which city did the talks
# happen?": the event the answer before told of.
_EVENT_RECALLED = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?(?:where|when|(?:in\s+)?(?:which|what)\s+(?:city|town|"
    # ("and the date?", "the place?")
    r"place|location|country)|(?:on\s+)?what\s+(?:date|day)|(?:the\s+)?(?:date|day|place|city|venue)|"
    r"(?:over|on|in)\s+(?:which|what)\s+(?:dates|days))"
    r"(?:\s+(?:did|does|do|was|is|were|will)\s+"
    # "that meeting with the NATO guy"
    r"(?:it|that|this|(?:the|that|this)\s+[a-z]+(?:\s+(?:with|between|of)\s+(?:the\s+)?"
    r"[\w'’-]+(?:\s+[\w'’-]+)?)?)\s*(?:happen|take\s+place|be\s+held|held|occur|start|begin)?"
    # "When?", "where exactly?"
    r"|\s+exactly|\s+was\s+that)?\W*$",
    re.IGNORECASE,
)


# ("What day did it take place?" asks a date)
_PLACE_WORD = re.compile(
    r"\b(?:city|town|(?<!take\s)(?<!took\s)place|location|country|venue)\b", re.IGNORECASE
)


def recalls_event(question: str) -> bool:
    """Whether ``question`` asks only where or when the event just told of happened
    ("When was that?", "And in which city did that take place?")."""
    return bool(_EVENT_RECALLED.match(question))


def recalled_in(question: str, sentences: Iterable[int], data: IndexData) -> bool:
    """Whether one of ``sentences`` gives the place or the time ``question`` recalls."""
    q = _recalled_kind(question)
    return any(type_match(q, sentence_info(data, i)) > 0 for i in sentences)


def _recalled_kind(question: str) -> QuestionInfo:
    q = QuestionInfo.of(question)
    if q.qtype in ("where", "when"):
        return q
    # "In which city did that take place?" asks a place, "on what day" a date
    return dataclasses.replace(q, qtype="where" if _PLACE_WORD.search(question) else "when")


def recalled_event(
    question: str, query: str, cands: list[Candidate], previous: Sequence[int], data: IndexData
) -> Candidate | None:
    """For "Where did it happen?" after an answer telling of an event, that answer's
    sentence when it gives the place or time asked (scored alone, "take place" and the
    lead's summit outscore "met in Baku"); of two, the one nearest the search ``query``
    (which holds the question before: "the military meeting")."""
    if not previous or not recalls_event(question):
        return None
    q, asked = _recalled_kind(question), QuestionInfo.of(query).terms
    thing = _THING_RECALLED.search(question)
    told_of = set(tokenize(thing.group(1))) if thing else set()
    if told_of and not any(told_of & sentence_info(data, p).terms for p in previous):
        # "When was O'Brien there? || When is the summit?": a thing the answer before never
        # named, asked of where the article gives its date
        return None
    told = [
        c
        for c in cands
        if c.sentence in previous and type_match(q, sentence_info(data, c.sentence)) > 0
    ]
    return max(told, key=lambda c: len(asked & sentence_info(data, c.sentence).terms), default=None)


def name_recalled(
    question: str, cands: list[Candidate], previous: Sequence[int], data: IndexData
) -> Candidate | None:
    """For "What is that committee called in full?" after an answer naming one ("a
    member of the Milli Majlis Committee on ..."), that answer's sentence holding the
    thing: the scorer, reading "called in full", looks elsewhere."""
    m = _NAME_RECALLED.search(question) if previous else None
    if m is None:
        return None
    thing = stem(next(g for g in m.groups() if g).lower())
    for c in cands:
        words = {stem(w.lower()) for w in _WORDS.findall(text_of(c, data))}
        if c.sentence in previous and thing in words:
            return c
    return None


def places_recalled(
    question: str, cands: list[Candidate], previous: Sequence[int], data: IndexData
) -> Candidate | None:
    """For "With which countries?" after an answer telling of a step's risks, that
    answer's sentence naming most countries ("reactions from regional powers such as
    Russia and Iran"): the scorer, reading "countries", finds a count of them elsewhere."""
    if not previous or not _WHICH_PLACES.match(question):
        return None
    asked = {w.lower() for w in CAPITALIZED.findall(question)}

    def places(c: Candidate) -> int:
        found = CAPITALIZED.findall(text_of(c, data))
        return sum(is_place(w) and w.lower() not in asked for w in dict.fromkeys(found))

    told = [c for c in cands if c.sentence in previous and places(c)]
    return max(told, key=places, default=None)


def places_counted(question: str, cands: list[Candidate], data: IndexData) -> Candidate | None:
    """For "Which two neighbouring countries might object?", the likeliest sentence naming
    just that many places the question does not ("regional powers such as Russia and
    Iran"): the scorer, reading "countries", finds a count of them elsewhere. With no
    number ("Which neighbours might react?"), a list of two or more, when the likeliest
    sentence names no place ("straining ties with influential neighbors")."""
    m = _PLACES_COUNTED.search(question)
    if m is None or not cands:
        return None
    wanted = _COUNT_WORDS[m.group(1).lower()] if m.group(1) else 0
    asked = {w.lower() for w in CAPITALIZED.findall(question)}
    if not wanted:
        # ("which countries could get upset?": others than the one the story is about,
        # the place it names most)
        asked |= {story_place(s.text for s in data.sentences).lower()} - {""}

    def new_places(text: str) -> set[str]:
        return {w.lower() for w in CAPITALIZED.findall(text) if is_place(w)} - asked

    if not wanted and new_places(text_of(cands[0], data)):
        return None  # "Which countries have confirmed?": the likeliest names one

    def listed(c: Candidate) -> bool:
        # places written as one list ("Russia and Iran"), those asked of left out
        for run in _PLACE_LIST.finditer(text_of(c, data)):
            names = re.split(r",\s*(?:and\s+)?|\s+and\s+", run.group(0))
            found = len(new_places(" ".join(names)))
            if all(is_place(w) for w in names) and (found == wanted or (not wanted and found > 1)):
                return True
        return False

    return next((c for c in cands if listed(c)), None)


_COUNT_WORDS = {"two": 2, "both": 2, "three": 3, "four": 4}
_PLACE_LIST = re.compile(r"[A-Z][\w'’-]*(?:(?:,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w'’-]*)+")
# "Which two big neighbouring countries ...?", "Which neighbours might react?"
_PLACES_COUNTED = re.compile(
    r"\bwhich\s+(?:(two|both|three|four)\s+)?(?:[a-z]+\s+){0,3}?(?:countries|nations|states|"
    r"powers|neighbou?rs|capitals)\b",
    re.IGNORECASE,
)
# "With which countries?", "Which kind of countries?", "From which nations exactly?"
_WHICH_PLACES = re.compile(
    r"^\W*(?:(?:and|so|but)[\s,]+)?(?:(?:with|from|to|in|of|by|for|against)\s+)?(?:which|what)\s+"
    r"(?:(?:kind|sort|type)s?\s+of\s+)?(?:[a-z]+\s+)?(?:countries|nations|states|powers|neighbou?rs)"
    r"(?:\s*,?\s*(?:specifically|exactly|precisely|in\s+particular))?\W*$",
    re.IGNORECASE,
)


# "What is that committee called?", "the full name of that programme?"
_NAME_RECALLED = re.compile(
    r"\b(?:that|this|the\s+same)\s+([a-z]{3,})\s+(?:(?:is|was)\s+)?(?:called|named|known\s+as|"
    r"spelled|spelt)\b|"
    r"\bname\s+of\s+(?:that|this|the\s+same)\s+([a-z]{3,})\b|"
    # ("exact committee name?", asked as "What is the full name of the committee?")
    r"\b(?:full|exact|official|complete)\s+name\s+of\s+(?:the|his|her|their)\s+([a-z]{3,})\b|"
    r"\b(?:that|this)\s+([a-z]{3,})['’]s\s+(?:full\s+|official\s+|exact\s+)?name\b",
    re.IGNORECASE,
)
_WORDS = re.compile(r"[\w'’-]+")
# "When is the summit?": the thing named, not "it" or "that meeting"
_THING_RECALLED = re.compile(r"\b(?i:the)\s+((?-i:[a-z])[a-z]{2,})\b(?!\s+(?:with|between|of)\b)")


def speaker_recalled(
    question: str, cands: list[Candidate], previous: Sequence[int], data: IndexData
) -> Candidate | None:
    """For "Who said it?" after an answer quoting a body that spoke ("On July 3, the
    ministry weighed in."), that sentence and the next, where the story names the person
    ("Andrei Nastasin, Deputy Director ..., suggested ...")."""
    if not previous or not SPEAKER_ASKED.search(question):
        return None
    q = QuestionInfo.of(question)
    for c in cands:
        text = text_of(c, data)
        if c.sentence not in previous or not reports_speech(text):
            continue
        bodies = _bodies(text)
        if not bodies or _new_names(q, data, c.sentence, c.end_sentence) - bodies:
            continue  # no body spoke, or someone is named already
        wider = next_in_paragraph(c, data)
        if wider is None:
            continue
        last = wider.end_sentence
        said = data.sentences[last].text
        if reports_speech(said) and _new_names(q, data, last, last) - _bodies(said):
            return wider
    return None
