"""What the article names, as a list: "Who is quoted?", "List the dates it gives."

A reader sizing up an article asks what it holds as a whole: everyone it quotes, the
people it names, each date, the countries. No one sentence answers that; the sentences
that first name each one do, quoted in the article's order.

>>> list_asked("Name everyone who is directly quoted in the article.")
'quoted'
>>> list_asked("Which dates does the piece mention?")
'dates'
>>> list_asked("Who invited Azerbaijan?") is None
True
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .capitals import is_place
from .features import DAY, WEEKDAY_NAMES
from .lexical import CAPITALIZED, STOPWORDS
from .rewrite import ROLE_WORD, people_named
from .rules import BODY, reports_speech
from .store import IndexData
from .structure import ENDED

_PEOPLE = (
    r"people|persons|individuals|officials|experts|analysts|speakers|sources|politicians|"
    r"lawmakers|parliamentarians|commentators|participants|players|actors|names|everyone|"
    r"everybody|personalities|figures"
)
_SPEAKING = r"experts|analysts|speakers|sources|commentators"
_PLACES = r"countries|nations|states|places|cities|capitals|locations"
_DATES = r"dates|days|deadlines"
_KINDS = rf"(?P<kind>{_PEOPLE}|{_PLACES}|{_DATES})"
_IN_IT = (
    r"(?:\s+(?:in|by|within|throughout)\s+(?:the|this|that)\s+(?:article|piece|story|report|text))?"
)
_MAIN = r"(?:(?:main|key|important|other|various|different)\s+)?"
_VERB = (
    r"(?P<verb>mentioned|named|quoted|cited|interviewed|listed|given|featured|referred\s+to|"
    r"mention|name|quote|cite|list|give|feature|refer\s+to|appear|speak|comment)"
)
_LIST_ASKED = [
    # "List the key dates mentioned in the piece, please.", "Name everyone who is directly
    # quoted.", "Can you list all the countries?"
    re.compile(
        r"^\W*(?:(?:please|ok|okay|so|now)[\s,]+)?(?:(?:can|could|would)\s+you\s+(?:please\s+)?)?"
        r"(?:list|name|enumerate|give\s+me|tell\s+me)\s+(?:a\s+list\s+of\s+|the\s+list\s+of\s+)?"
        r"(?:all\s+|every\s+|each\s+)?(?:of\s+)?(?:the\s+)?(?:[a-z]+\s+){0,2}?"
        rf"{_KINDS}\b(?P<qual>\s+(?:from|of|at|with)\s+[^?.,]{{1,40}}?)?"
        r"(?:\s+(?:who|that|which)\s+(?:is|are|was|were|get|gets|got)|\s+(?:it|the\s+article)"
        rf"(?:\s+(?:mentions|names|quotes|cites|gives)))?(?:\s+(?:directly\s+|\w+ly\s+)?{_VERB})?"
        rf"{_IN_IT}(?:[\s,]+please)?\W*$",
        re.IGNORECASE,
    ),
    # "Which experts are cited in the article?", "What dates does the article mention?",
    # "Which officials from NATO are named?"
    re.compile(
        r"^\W*(?:(?:and|so|ok|okay|now)[\s,]+)?(?:which|what)\s+(?:(?:other|key|main|[a-z]+)\s+)?"
        rf"{_KINDS}\b(?P<qual>\s+(?:from|of|at|with)\s+[^?.,]{{1,40}}?)?\s+"
        r"(?:are|were|is|get|gets|does\s+(?:the|this)\s+(?:article|piece|story|report|text)|"
        r"does\s+it|do\s+(?:they|you))\s+(?:\w+ly\s+)?"
        rf"{_VERB}\b{_IN_IT}\W*$",
        re.IGNORECASE,
    ),
    # "Who are the main people in the article?", "Who are the experts quoted?"
    re.compile(
        r"^\W*(?:(?:and|so|ok|okay|now)[\s,]+)?who\s+(?:are|were)\s+(?:all\s+)?the\s+"
        rf"{_MAIN}{_KINDS}(?:\s+(?:\w+ly\s+)?{_VERB})?{_IN_IT}\W*$",
        re.IGNORECASE,
    ),
    # "What are the key dates mentioned in the piece?", "What are the countries in the
    # article?" (not "What are the dates?": of the event the article is about)
    re.compile(
        r"^\W*(?:(?:and|so|ok|okay|now)[\s,]+)?(?:what|which)\s+(?:are|were)\s+(?:all\s+)?"
        rf"the\s+{_MAIN}{_KINDS}(?:\s+(?:\w+ly\s+)?{_VERB}{_IN_IT}|{_IN_IT[:-1]})\W*$",
        re.IGNORECASE,
    ),
    # "Who is quoted in the article?", "Who gets named?", "Who speaks in the story?"
    re.compile(
        r"^\W*(?:(?:and|so|ok|okay|now)[\s,]+)?who\s+(?:(?:all\s+)?(?:is|are|was|were|gets?)\s+"
        r"(?:\w+ly\s+)?(?P<verb>quoted|named|mentioned|cited|interviewed|featured)|"
        r"(?P<speaks>speaks|comments|talks))\b"
        rf"{_IN_IT}\W*$",
        re.IGNORECASE,
    ),
]
_QUOTING = re.compile(r"quot|cit|interview|speak|comment", re.IGNORECASE)
_MOST = 8  # sentences in a list answer


def list_asked(question: str) -> str | None:
    """The kind of thing ``question`` asks the article to list: "people", "quoted"
    (everyone who speaks in it), "places", "dates" or "marked" (words the article puts in
    quotation marks); None for any other question."""
    asked = _asked(question)
    return asked[0] if asked else None


def _asked(question: str) -> tuple[str, str] | None:
    """The kind of list ``question`` asks for (see ``list_asked``) and the words that
    narrow it ("from NATO"), or None."""
    wording = _WORDING.search(re.sub(r"\bword[\s-]+for[\s-]+word\b", "", question, flags=re.I))
    if _MARKED.search(question) and _WHAT_OR_ORDER.match(question) and wording:
        return "marked", ""  # "Which program name shows up in quotation marks?"
    for pattern in _LIST_ASKED:
        m = pattern.match(question)
        if m is None:
            continue
        kind = (m.groupdict().get("kind") or "people").lower()
        qual = m.groupdict().get("qual") or ""
        if re.fullmatch(_DATES, kind):
            return "dates", qual
        if re.fullmatch(_PLACES, kind):
            return "places", qual
        verb = m.groupdict().get("verb") or m.groupdict().get("speaks") or ""
        quoted = _QUOTING.match(verb) or re.fullmatch(_SPEAKING, kind)
        return ("quoted" if quoted else "people"), qual
    return None


def listed(question: str, data: IndexData, doc_id: str | None = None) -> list[int]:
    """The indexes of the sentences of document ``doc_id`` (else the first) that answer
    ``question`` as a list (see ``list_asked``), in the article's order: the sentence
    first naming each person (who speaks, for "quoted"), each sentence giving a date, the
    first naming each country or capital; empty when ``question`` asks no list or the
    article names none."""
    asked = _asked(question)
    if asked is None:
        return []
    kind, narrowed = asked
    # ("officials from NATO": NATO)
    qualifier = [w for w in CAPITALIZED.findall(narrowed) if w.lower() not in STOPWORDS]
    found: list[int] = []
    if kind == "dates":
        found = [i for i, s in _story(data, doc_id) if DAY.search(s) or _WEEKDAY.search(s)]
    elif kind == "marked":
        found = [i for i, s in _story(data, doc_id) if _QUOTE_MARK.search(s)]
    elif kind == "places":
        seen: set[str] = set()
        for i, s in _story(data, doc_id):
            new = {w for w in CAPITALIZED.findall(s) if is_place(w)} - seen
            if new:
                found.append(i)
                seen |= new
    else:
        for name, i, described in _people(data, doc_id):
            if kind == "quoted" and not _speaks(name, data, doc_id):
                continue
            if qualifier and not any(q.lower() in described.lower() for q in qualifier):
                continue
            found.append(i)
    return sorted(dict.fromkeys(found))[:_MOST]


# "in quotation marks", "shows up in quotes", "in inverted commas"
_MARKED = re.compile(
    r"\b(?:in|inside|within|between|with|using)\s+(?:quotation\s+marks|quote\s+marks|quotes|"
    r"inverted\s+commas|scare\s+quotes)\b",
    re.IGNORECASE,
)
_WHAT_OR_ORDER = re.compile(
    r"^\W*(?:(?:and|so|ok|okay|now)[\s,]+)?(?:which|what|list|name|show|give)\b", re.IGNORECASE
)
# (the words marked, not what someone said: "What did he say, in quotation marks?")
_WORDING = re.compile(
    # (not "I need his words, in quotes": what he said)
    r"(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!['’]s\s)"
    r"\b(?:names?|words?|phrases?|terms?|expressions?|titles?|labels?|programs?|programmes?)\b",
    re.IGNORECASE,
)
_QUOTE_MARK = re.compile(r"[\x22“”]")
_WEEKDAY = re.compile(rf"\b(?:{WEEKDAY_NAMES})\b", re.IGNORECASE)


def _story(data: IndexData, doc_id: str | None) -> Iterator[tuple[int, str]]:
    """The sentences of document ``doc_id`` (else the first), headline and subheadings
    left out."""
    sentences = data.sentences
    doc = doc_id or (sentences[0].doc_id if sentences else "")
    for i, s in enumerate(sentences):
        if s.doc_id == doc and ENDED.search(s.text):
            yield i, s.text


def _people(data: IndexData, doc_id: str | None) -> list[tuple[str, int, str]]:
    """Each person the article names, with the sentence first naming them and the words
    describing them there (a title before the name, an apposition after it)."""
    out: list[tuple[str, int, str]] = []
    seen: set[str] = set()
    story = list(_story(data, doc_id))
    for i, s in story:
        for name in people_named(s):
            if name in seen or all(is_place(w) for w in name.split()) or BODY.search(name):
                continue
            described = _described(name, s)
            if (
                described
                or _speaks(name, data, doc_id)
                # (news names a person again by surname alone: "Valiyev underscored ...")
                or any(_alone(name, t) for j, t in story if j != i)
                # ("Omar Kessler and Lucy Tran": one named beside a person)
                or (
                    bool(re.search(rf"\b(?:and|or)\s+{re.escape(name)}\b", s))
                    and any(p in seen for p in people_named(s))
                )
            ):
                seen.add(name)
                out.append((name, i, described))
    return out


def _alone(name: str, sentence: str) -> list[re.Match[str]]:
    """Where ``sentence`` names the person ``name`` by surname alone ("Valiyev"), not
    as a word of another name ("Alder" of "Alder Ferries")."""
    surname = re.escape(name.split()[-1])
    found = re.finditer(rf"(?<![\w'’-]){surname}(?![\w'’-])(?!\s+[A-Z])", sentence)
    return [m for m in found if not re.search(r"[A-Z][\w'’.-]*\s+$", sentence[: m.start()])]


def _described(name: str, sentence: str) -> str:
    """The title before ``name`` ("US Assistant Secretary of State ... James O'Brien") or
    the words set off after it ("Rasim Musabayov, a member of the ... Committee,"), when
    they describe a person; else ""."""
    at = sentence.find(name)
    before = re.search(
        r"((?:[A-Z][\w'’.-]*|of|for|and|the)(?:\s+(?:[A-Z][\w'’.-]*|of|for|and|the))*)\s+$",
        sentence[:at],
    )
    if before and ROLE_WORD.search(before.group(1)):
        return before.group(1)
    # ("Dutch architect Pieter Vos", "councillor Ana Ruiz": a calling before the name, not
    # "by", "firm" or "company")
    calling = re.search(r"(?:[A-Z][\w-]*\s+)?\b([a-z]{4,})\s+$", sentence[:at])
    if (
        calling
        and calling.group(1) not in STOPWORDS
        and not BODY.fullmatch(calling.group(1))
        and not _NOT_A_CALLING.fullmatch(calling.group(1))
    ):
        return calling.group(0).strip()
    after = _APPOSITION.match(sentence[at + len(name) :])
    return after.group(1) if after else ""


# Words before a name that are no calling of a person: what owns or makes things, and
# verbs and prepositions ("firm Baltic Span", "visited Oakdale", "towards Lyon")
_NOT_A_CALLING = re.compile(
    r"firm|company|outlet|newspaper|paper|channel|station|network|website|site|brand|label|"
    r"operator|carrier|maker|manufacturer|producer|retailer|supplier|club|team|band|"
    r"airline|insurer|lender|developer|contractor|charity|venue|hotel|school|river|"
    r"street|road|town|city|village|province|region|county|state|district|island|"
    r"[a-z]+(?:ed|ing|ly|ward|wards)|into|onto|upon|until|within|without|during|from|"
    r"with|towards|between|among|across|against|along|near|beside|behind|called|named",
)
# ", a member of the ... Committee,", ", head of the Atlas Research Center,"
_APPOSITION = re.compile(
    r",\s+((?:an?|the|[A-Z][\w'’-]*|head|member|chief|director|deputy|spokes\w+|leader|"
    r"founder|chair\w*|president|professor|analyst|expert)\b[^,.;]{0,120})"
)


def _speaks(name: str, data: IndexData, doc_id: str | None) -> bool:
    """Whether the person ``name`` says something in the article: a word of speaking
    after their name or surname ('"...," Ruiz said'), or after the words set off beside
    it ("Ana Ruiz, head of the club, said")."""
    for _, s in _story(data, doc_id):
        places = [m.end() for m in _alone(name, s)]
        places += [m.end() for m in re.finditer(rf"\b{re.escape(name)}\b", s)]
        for end in places:
            rest = s[end:]
            if (set_off := _APPOSITION.match(rest)) and rest[set_off.end() :].startswith(","):
                rest = rest[set_off.end() + 1 :]
            rest = re.sub(r"^\s+(?:also\s+|\w+ly\s+)?", "", rest)
            if rest[:1].islower() and reports_speech(rest[:24]):
                return True
    return False
