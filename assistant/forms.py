"""Answers news gives beside a name, which the scorer reads as any other words: an age
("Ana Ruiz, 54, said"), a role ("head of the museum"), the outlet someone "told", a
view by the one speaking, the words someone said, how long something has lasted; and
answers a question's shape points to: a count of the kind asked, the city hosting, one
of two answers offered, a point on a scale, the one asked of reacting.

Each function takes the question and the ranked candidates and returns the candidate
that answers it in that form, or None; the composer puts it first.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence

from .capitals import is_place
from .features import CALENDAR_NAMES, FEATURE_NAMES, MONTH_NAMES
from .lexical import CAPITALIZED, HOW_ASKED, STOPWORDS, SUBJECT_PRONOUN, stem, tokenize
from .names import AUXILIARIES
from .rewrite import introduces
from .rules import (
    BODY,
    DATE_RUN,
    HOW_EXPLAINED,
    HOW_OLD,
    HOW_REACT,
    MEETING,
    QUOTED,
    REACTION_OF,
    ROLES,
    SAME_KIND,
    WHERE_MET,
    WHO_MET,
    WHO_RUNS,
    asks_when,
    group_asked,
    names_in,
    question_names,
    reactor_names,
    reports_speech,
    spoken_by,
    still_pending,
)
from .spans import (
    IN_OWN_WORDS,
    SAID_CONTENT,
    STATED,
    Candidate,
    next_in_paragraph,
    text_of,
)
from .store import IndexData
from .typed import as_claim

_F = {name: i for i, name in enumerate(FEATURE_NAMES)}


def role_holder(question: str, cands: list[Candidate], data: IndexData) -> Candidate | None:
    """For "Who runs <the thing>?", the best candidate giving a role in it: "head of
    <the thing>", "<the thing>'s director", or "<the thing> ... . Its director, ..."."""
    m = WHO_RUNS.match(question)
    if m is None:
        return None
    thing = r"\s+".join(map(re.escape, m.group(2).split()))
    # "the Atlas think tank": the body by its name, "head of the Atlas Research Center"
    names = names_in(m.group(2))
    called = rf"|\b(?:{ROLES})s?\s+(?:of|at)\s+(?:the\s+)?{re.escape(names[0])}\b" if names else ""
    role_in = re.compile(
        rf"\b(?:{ROLES})s?(?:\s+[\w-]+)?\s+(?:of|at|for)\s+(?:the\s+)?{thing}\b|"
        rf"\b{thing}(?:['’]s)?\s+(?:[\w-]+\s+)?(?:{ROLES})\b{called}",
        re.IGNORECASE,
    )
    its_role = re.compile(rf"^(?:Its|Their)\s+(?:[\w-]+\s+)?(?:{ROLES})\b")
    named = re.compile(rf"\b{thing}\b", re.IGNORECASE)
    for c in cands:
        text = text_of(c, data)
        if role_in.search(text):
            return c
        after = next_in_paragraph(c, data)
        if after and named.search(text) and its_role.match(data.sentences[after.end_sentence].text):
            return after
    return None


# "What organization does Elkhan Shahinoglu lead?", "Which firm does Ana Ruiz run?"
_WHAT_LED = re.compile(
    r"^\W*(?:(?:and|so)\s+)?(?:what|which)\s+(?:[\w-]+\s+){0,2}(?:(?:does|did|do)\s+(.+?)\s+"
    r"(?:lead|head|run|direct|chair|manage|work\s+(?:for|at|in)|serve\s+(?:in|with|at))\b|"
    r"(?:is|was)\s+(.+?)\s+(?:in\s+charge\s+of|(?:attached|assigned|posted|affiliated)\s+"
    r"(?:to|with)|part\s+of)\b|"
    # ("What organisation is he the head of?")
    r"(?:is|was)\s+(.+?)\s+the\s+(?:head|chief|leader|director|chair\w*|boss)\s+of(?=\W*$))",
    re.IGNORECASE,
)


def group_given(question: str, cands: list[Candidate], data: IndexData) -> Candidate | None:
    """For "Which committee is <Name> on?", the best candidate naming that person and a
    group of the kind asked ("Rasim Musabayov, a member of the ... Committee on ...")."""
    kinds = group_asked(question)
    # ("Which Committee does he sit on?", truecased: the kind asked is no name)
    asked = question_names(question) if kinds else []
    names = [n.split()[-1] for n in asked if stem(n.lower()) not in kinds]
    for c in cands if names else []:
        text = text_of(c, data)
        if kinds & {stem(w.lower()) for w in _WORD.findall(text)} and any(n in text for n in names):
            return c
    return None


def role_held(question: str, cands: list[Candidate], data: IndexData) -> Candidate | None:
    """For "What organization does <Name> lead?", the best candidate giving a role of
    that name ("Elkhan Shahinoglu, head of the Atlas Research Center, ...")."""
    m = _WHAT_LED.match(question)
    led = next((g for g in m.groups() if g), "") if m else ""
    names = names_in(led)
    if not names:
        return None
    name = "|".join(map(re.escape, names))
    role_of = re.compile(
        rf"\b(?:{name}),\s+(?:the\s+)?(?:[\w-]+\s+)?(?:{ROLES})\s+(?:of|at)\b", re.IGNORECASE
    )
    return next((c for c in cands if role_of.search(text_of(c, data))), None)


# A follow-up asking what "he" or "she" thinks or said.
VIEW_ASKED = re.compile(
    r"\b(?:does|did|is|was|would|do)\s+(?:he|she)\s+(?:\w+\s+)?(?:think|believe|say|saying|"
    r"argue|arguing|want|support|back|oppose|endorse|favou?r|feel|expect|suggest|mean|see|"
    r"accuse|accusing|claim|"
    r"claiming|allege|alleging|blame|blaming|insist|insisting)\b|"
    r"\b(?:in|from)\s+(?:his|her)\s+(?:view|opinion|perspective|eyes)\b|"
    # "Is he eager for the country to join?": for or against
    r"\b(?:is|was)\s+(?:he|she)\s+(?:\w+\s+)?(?:eager|keen|enthusiastic|in\s+favou?r|against|"
    r"opposed)\b|"
    r"\b(?:his|her)\s+(?:exact\s+|own\s+|main\s+|direct\s+)?(?:words|view|views|opinion|position|"
    # ("give me his direct quote about ...")
    r"stance|argument|point|take|message|line|claim|quote|quotes|quotation|reasoning|rationale|"
    r"logic|thinking)\b|"
    r"\baccording\s+to\s+(?:him|her)\b|"
    # "Is it true he wants Azerbaijan to join?"
    r"\b(?:he|she)\s+(?:really\s+|actually\s+)?(?:thinks|believes|wants|supports|backs|opposes|"
    r"favou?rs|feels|expects|argues|claims|insists)\b",
    re.IGNORECASE,
)


# "Does Shahinoglu think Azerbaijan wants to join?": the view of someone the question names.
_NAMED_VIEW = re.compile(
    # "Is the MP Musabayov in favour?": a role before the name
    # ("In what way does Musabayov say it ought to be understood?": how he sees it)
    r"^\W*(?:(?:and|so|but)\s+)?(?:(?:how|in\s+what\s+way)\s+)?(?:does|did|do|is|was|would)\s+"
    r"(?:the\s+[\w-]+\s+)?(?P<who>(?-i:[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*)*))\s+(?:\w+\s+)?(?:think|believe|say|argue|want|support|favou?r|"
    r"feel|expect|suggest|mean|see)\b",
    re.IGNORECASE,
)


# "In Musabayov's view, would attending mean joining?"
_IN_VIEW_OF = re.compile(
    r"\b(?:in|from)\s+(?P<who>(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*))['’]s?\s+(?:view|opinion|"
    r"eyes|perspective|estimation|mind|judge?ment)\b",
    re.IGNORECASE,
)


# "What were Musabayov's exact words to the news agency?"
_NAMED_WORDS = re.compile(
    r"\b(?P<who>(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*))['’]s?\s+(?:exact\s+|own\s+|actual\s+)?"
    r"(?:words|view|views|opinion|stance|argument|quote)\b",
    re.IGNORECASE,
)


def view_holder(question: str) -> str | None:
    """The person whose view a question asks by name ("Does Shahinoglu think ...?")."""
    m = _NAMED_VIEW.match(question) or _IN_VIEW_OF.search(question) or _NAMED_WORDS.search(question)
    return m.group("who") if m else None


def names_person(c: Candidate, person: str, data: IndexData) -> bool:
    """Whether the quoted span names ``person`` by surname."""
    surname = person.split()[-1]
    return re.search(rf"\b{re.escape(surname)}\b", text_of(c, data)) is not None


# "Which outlet did <Name> give his comments to?", "<Name> spoke to which newspaper?"
_OUTLET_ASKED = re.compile(
    # ("What kind of outlet is Turan?" asks what it is)
    r"\b(?:which|what)\s+(?!(?:kind|type|sort)\s+of\b)(?:[\w-]+\s+){0,2}(?:outlet|agency|"
    r"newspaper|paper|channel|station|"
    r"broadcaster|publication|media|website|magazine|radio|network)s?\b|"
    # "Who did he tell that to?", "To whom did she say it?"
    r"\bwho(?:m)?\s+(?:did|was|were|has|had)\s+.+?\s+(?:tell|told|speak|speaking|talk|"
    r"talking|say|said|give|gave|giving|make|made)\b.*?\bto\b|\bto\s+whom?\b|"
    # "How did he get that view out - who did he tell?"
    r"\bwho(?:m)?\s+did\s+(?:he|she|they)\s+tell\W*$",
    re.IGNORECASE,
)


_TALKED = re.compile(
    r"\b(?:speak|spoke|talk|told|tell|comment|interview|said|say|quoted|statement|shar|gave|"
    r"give|voic|express|remark)",
    re.IGNORECASE,
)


# News names the outlet as whom someone "told" or spoke to.
_TOLD_OUTLET = re.compile(
    r"\b(?:told|telling|speaking to|speaking with|spoke to|spoke with|in an interview with|"
    r"said to)\s+(?:the\s+)?[A-Z]"
)


# "To which outlet were those remarks made?": words the answer before quoted
_THOSE_WORDS = re.compile(
    r"\b(?:those|these|that|this|the)\s+(?:remarks?|comments?|words|statements?|quotes?|"
    r"interview|claims?)\b",
    re.IGNORECASE,
)


def outlet_told(
    question: str, cands: list[Candidate], data: IndexData, about: str | None, query: str = ""
) -> Candidate | None:
    """For "Which outlet did <Name> speak to?", the best candidate where <Name> (or the
    person "he" stands for) "told" someone named ("Musabayov told Turan"). ``query``: the
    question as searched, with the one before it when it leans on it ("to which outlet?"
    after "Musabayov gave comments")."""
    if not (_OUTLET_ASKED.search(question) and _TALKED.search(f"{question} {query}")):
        return None
    names = question_names(question) + CAPITALIZED.findall(about or "")
    if not names and (SUBJECT_PRONOUN.search(question) or _THOSE_WORDS.search(question)):
        # "Which outlet carried his remarks?" after "Did Nastasin give quotes?" went
        # unanswered: he is the one the question before named, who speaks in the article
        names = [
            n
            for n in question_names(query)
            if not BODY.search(n)  # ("a foreign Affairs Committee" speaks for no one named)
            and any(spoken_by(text_of(c, data), [n.split()[-1]]) for c in cands)
        ]
    # Only names the article uses can place the speaker ("the MP" is not one).
    names = [n for n in names if any(n in d.text for d in data.documents)]
    for c in cands:
        text = text_of(c, data)
        if _TOLD_OUTLET.search(text) and (not names or any(n in text for n in names)):
            return c
    return None


# "What is the view of <someone> on ...?", "What does <someone> think about ...?"
_VIEW_OF = re.compile(
    r"\b(?:view|views|opinion|position|stance|take|thoughts?|perspective)\s+(?:of|from)\s+"
    r"(?P<a>.+?)\s+(?:on|about|regarding|concerning|toward|towards)\b|"
    # "What exactly did Musabayov say to Turan about participating?"
    r"\b(?:what|how)(?:\s+\w+ly)?\s+(?:does|did|do)\s+(?P<b>.+?)\s+(?:think|believe|feel|say)"
    r"\s+(?:to\s+(?-i:[A-Z])[\w'’-]+\s+)?(?:about|of|on|regarding)\b|"
    r"\bwhere\s+(?:does|did)\s+(?P<c>.+?)\s+stand\b|"
    # "Does Shahinoglu think Azerbaijan should attend?": whether he does, in his words
    r"^\W*(?:(?:and|so|but)\s+)?(?:does|did|would)\s+(?P<g>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)"
    r"\s+(?:really\s+|actually\s+)?(?:think|believe|want|feel|support|back|favou?r|oppose)\b|"
    # "What was the Russian line?", "What's the official's argument about the West?"
    r"\b(?:what|how)(?:['’]s|\s+(?:is|was|are|were))\s+(?!(?:the|a|an|his|her|its|their)\s+"
    r"(?:view|opinion|position|stance|take|line|argument|claim|accusation|message|point)\b)"
    r"(?P<d>.+?)(?:['’]s?)?\s+(?:view|views|"
    r"opinion|position(?!\s+(?:in|at|with|within)\b)|stance|take|line|argument|claim|"
    r"accusation|message|point|complaint|grievance|objection|criticism)\b|"
    # "What did Valiyev stress when he met Fiks?"
    r"\bwhat(?:\s+(?:exactly|precisely))?\s+(?:did|does|has|had)\s+(?P<f>.+?)\s+(?:say|stress|emphasi[sz]e|underscore|"
    r"highlight|note|warn|tell\s+\w+)\b|"
    # "What's the ministry accusing the West of?", "What did it claim?"
    r"\bwhat(?:['’]s|(?:\s+(?:exactly|precisely))?\s+(?:is|was|are|were|did|does|do|has|have))\s+"
    r"(?P<e>.+?)\s+"
    r"(?:accus|claim|alleg|argu|contend|insist|charg)\w*\b",
    re.IGNORECASE,
)


_NEGATED = re.compile(r"\b(?:not|never)\b|n['’]t\b", re.IGNORECASE)


def view_given(question: str, cands: list[Candidate], data: IndexData) -> Candidate | None:
    """For "What is the view of <someone> on ...?", the best candidate where that someone,
    by name or by the role the question gives ("the head of the Atlas Research Center"),
    is the one speaking: the scorer reads "view" as a word the answer lacks."""
    m = _VIEW_OF.search(question)
    if m is None:
        return None
    subject = next((g for g in m.groups() if g), "")
    if _NEGATED.search(subject):
        return None  # "What has the UN not claimed it to be?": what no one said
    if m["g"] and is_place(m["g"]):
        return None  # "Does Baku want to join?": the country's aim, not one speaker's view
    names = [re.sub(r"['’]s$", "", w) for w in names_in(subject)]
    if not names:
        return None
    spoken = [c for c in cands if spoken_by(text_of(c, data), names)]
    # Of their sentences, the one holding most of what the view is about ("participating").
    topic = {
        stem(w.lower()) for w in _WORD.findall(question[m.end() :]) if w.lower() not in STOPWORDS
    }
    verbatim = bool(IN_OWN_WORDS.search(question))
    view = max(
        spoken,
        key=lambda c: (
            verbatim and bool(QUOTED.search(text_of(c, data))),  # "in his own words"
            len(topic & {stem(w.lower()) for w in _WORD.findall(text_of(c, data))}),
            bool(STATED.search(text_of(c, data))),  # what they think, not what they named
        ),
        default=None,
    )
    if view is None or SAID_CONTENT.search(text_of(view, data)):
        return view
    # "On July 3, the ministry weighed in.": that it spoke; what it said is in the next
    # sentence of the paragraph, when that one reports speech.
    wider = next_in_paragraph(view, data)
    said = wider is not None and reports_speech(data.sentences[wider.end_sentence].text)
    return wider if said else view


def met_by(question: str, cands: list[Candidate], data: IndexData) -> Candidate | None:
    """For "Who did <someone> meet?", the best candidate where that someone meets or
    talks with anyone ("Karim Valiyev ... met in Baku with Stefan Fiks"): the scorer reads
    "sit down with" as words the answer lacks."""
    m = WHO_MET.search(question)
    if m is None:
        return None
    names = names_in(m.group(1) or m.group(2))
    if not names:
        return None
    surname = _surname(names)
    meeting = [c for c in cands if surname.search(t := text_of(c, data)) and MEETING.search(t)]
    # "During this meeting, Valiyev underscored ..." names no one he met; "Valiyev ... met
    # in Baku with Stefan Fiks" does
    return next(
        (c for c in meeting if _OTHER_PERSON.search(surname.sub("", text_of(c, data)))),
        meeting[0] if meeting else None,
    )


def meeting_place_given(question: str, cands: list[Candidate], data: IndexData) -> Candidate | None:
    """For "Where did the meeting with Reyes take place?", the best candidate where
    everyone the question names meets in a place ("Lind ... met in Dunmore with Omar
    Reyes"): "take place" reads closer to a summit "set to take place in Kingsport"."""
    if not WHERE_MET.search(question):
        return None
    # someone met, not "the NATO meeting", which may be any
    names = [n.split()[-1] for n in question_names(question) if not n.isupper()]
    for c in cands if names else []:
        text = text_of(c, data)
        if (
            _MET.search(text)
            and _IN_PLACE.search(text)
            and all(re.search(rf"\b{re.escape(n)}\b", text) for n in names)
        ):
            return c
    return None


_MET = re.compile(r"\b(?:met|meets|meeting|talks|talked)\b", re.IGNORECASE)
_IN_PLACE = re.compile(r"\b(?:in|at)\s+(?-i:[A-Z])[\w'’-]+", re.IGNORECASE)


# A person's full name: two capitalized words, not at the start of a sentence.
_OTHER_PERSON = re.compile(r"(?<=[\w,] )[A-Z][a-z]+ [A-Z][a-z'’]+\b(?! (?:[A-Z]|of\b))")


# "What exactly did Musabayov tell Turan?": what someone told the one named.
_TOLD_WHOM = re.compile(
    r"^\W*(?:(?:and|so|but)\s+)?what\s+(?:\w+ly\s+)?(?:did|does|has|had)\s+(?P<who>.+?)\s+"
    r"(?:tell|say\s+to|told|said\s+to)\s+(?P<to>(?-i:[A-Z])[\w'’-]+)",
    re.IGNORECASE,
)


def told_to(
    question: str, cands: list[Candidate], data: IndexData, about: str | None = None
) -> Candidate | None:
    """For "What did <someone> tell <Outlet>?", the best candidate where that someone
    told it or spoke to it ("... ," Musabayov told Turan"); "he" is ``about``, the one the
    conversation is about."""
    m = _TOLD_WHOM.match(question)
    who = m.group("who") if m else ""
    names = names_in(about if about and who.lower() in ("he", "she") else who)
    if m is None or not names:
        return None
    to = re.escape(m.group("to"))
    told = re.compile(rf"\b(?:told|telling|to|with)\s+(?:the\s+)?{to}\b")
    who = _surname(names)
    return next((c for c in cands if told.search(t := text_of(c, data)) and who.search(t)), None)


def reaction_given(question: str, cands: list[Candidate], data: IndexData) -> Candidate | None:
    """For "Did Russia comment?", "How did the ministry react?" and "When did Moscow
    react?", the best candidate where the one asked about speaks ("the Russian Foreign
    Ministry weighed in"), sentence by sentence: the scorer ranks the sentences naming
    the summit and the comment higher."""
    # ("Am I right that Moscow has reacted?": that it reacted, checked)
    question = as_claim(question) or question
    m = (
        HOW_REACT.search(question)
        or HOW_EXPLAINED.search(question)  # "How did Shahinoglu explain his position?"
        or _WHEN_REACTED.match(question)
        or _REACTED.match(question)
        or REACTION_OF.match(question)  # "What was Russia's reaction?"
    )
    # "Kaldoria's other trading partners" are not Kaldoria; "Russia's foreign ministry" is
    owned = m and (o := _OWNED.search(m.group(1))) and not BODY.search(m.group(1)[o.end() - 1 :])
    named = reactor_names(m.group(1)) if m and not owned else []
    if not named:
        return None
    for c in cands:
        if any(
            spoken_by(data.sentences[i].text, named, prefix=True, before=True) for i in _span(c)
        ):
            return c
    # "How has Azerbaijan responded so far?": "Azerbaijan has yet to make an official
    # decision", where it does not speak
    return next((c for c in cands if still_pending(question, text_of(c, data))), None)


_OWNED = re.compile(r"['’]s?\s+\w")
# "When did Moscow react to the invitation?", "On what date did it officially comment?"
_WHEN_REACTED = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?(?:(?:on|at|in)\s+)?(?:when|what\s+(?:date|day|time))\s+"
    r"(?:did|has|had|does|do)\s+(.+?)\s+(?:\w+ly\s+)?(?:react|respond|reply|comment|weigh\s+in)\b",
    re.IGNORECASE,
)


# "Russia commented on this, right?", "moscow reacted.": said, to be checked
_REACTED = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?((?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*)\s+"
    r"(?:has\s+|had\s+|did\s+)?(?:\w+ly\s+|already\s+)?(?:reacted|responded|replied|commented|"
    r"weighed\s+in|said\s+something|spoke\s+out|(?:issued|released|put\s+out|made|gave)\s+"
    r"(?:a|an|its)\s+(?:\w+\s+)?(?:statement|response|comment|reaction))\b",
    re.IGNORECASE,
)


def _span(c: Candidate) -> range:
    return range(c.sentence, c.end_sentence + 1)


# "Who spoke for the Russian side?", "Who spoke on behalf of Moscow's diplomatic service?"
_SPOKE_FOR = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?who\s+"
    # ("who is the person that talk for Russia?")
    r"(?:(?:is|was)\s+the\s+(?:person|one|man|woman|official|guy)\s+(?:that|who)\s+)?"
    r"(?:spoke|speaks?|talk(?:s|ed)?|commented|responded|"
    r"(?:was|is)\s+speaking)\s+(?:for|on\s+behalf\s+of)\s+(?P<who>.+?)"
    r"(?:\s+(?:about|on|regarding|over)\b.*)?\W*$",
    re.IGNORECASE,
)


# "Who from Russia commented on the summit?": who spoke for it
_FROM_SIDE_SPOKE = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?who\s+from\s+(?P<who>(?:the\s+)?(?-i:[A-Z])[\w'’-]*"
    r"(?:\s+(?-i:[A-Z])[\w'’-]*)*)\s+(?:spoke|commented|responded|reacted|weighed\s+in)"
    r"(?:\s+(?:about|on|regarding|over|to)\b.*)?\W*$",
    re.IGNORECASE,
)


def _spoke_for(question: str) -> re.Match[str] | None:
    """The match of "Who spoke for Russia?" or "Who from Russia commented?", its side
    as ``who``."""
    return _SPOKE_FOR.match(question) or _FROM_SIDE_SPOKE.match(question)


# "Did Iran put out its own statement?": whether that side spoke
# A side by name ("Iran", "the Regional Agency") and a statement it may put out
_SIDE_NAMED = r"(?P<who>(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*)"
_A_STATEMENT = (
    r"(?:a|an|any|its\s+own|their\s+own)\s+(?:official\s+|formal\s+|public\s+)?"
    r"(?:statement|response|reaction|comment)s?\b"
)
_STATEMENT_PUT_OUT = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?(?:did|has|have|had|will)\s+" + _SIDE_NAMED +
    # ("Has Iran's government itself issued ...?": Iran, by whoever speaks for it)
    r"(?:['’]s\s+(?:government|leadership|authorities|officials|(?:foreign\s+)?ministry))?"
    r"(?:\s+(?:itself|themselves))?\s+(?:\w+ly\s+)?"
    r"(?:put\s+out|issued?|released?|make|made|give|given|publish(?:ed)?)\s+(?:"
    + _A_STATEMENT
    +
    # "Did Baku's ministry give anything on the record?"
    r"|anything\s+(?:on\s+the\s+record|official|formal|public)\b)",
    re.IGNORECASE,
)
_STATEMENT_CLAIMED = re.compile(
    r"^\W*" + _SIDE_NAMED + r"(?:['’]s\s+(?:government|leadership|authorities|officials))?\s+"
    r"(?:has|have|had|did)?\s*(?:\w+\s+)?(?:put\s+out|issued|released|made|gave|given|published)\s+"
    + _A_STATEMENT,
    re.IGNORECASE,
)


# "Which Russian Foreign Ministry official commented on the matter?", "Who is the agency
# official who weighed in?"
_WHICH_OFFICIAL = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?(?:which|who\s+(?:is|was)\s+the)\s+(?P<who>.+?)\s+"
    # ("Which Russian government body commented?", "Which ministry official is named?")
    r"(?:(?:government|state)\s+)?"
    r"(?:official|spokes\w+|representative|diplomat|(?P<body>body|agency|ministry|department|office))\s+"
    r"(?:(?:who|that|which)\s+)?(?:commented|spoke|responded|reacted|weighed\s+in|"
    r"(?:is|was|gets|got)\s+(?:named|mentioned|quoted|cited))\b",
    re.IGNORECASE,
)


# "Who is the Russian Foreign Ministry spokesperson?", "What is the name of the Russian
# spokesman?": who spoke for that side
_SIDE_SPOKESPERSON = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?(?:who\s+(?:is|was)|what(?:['’]s|\s+is|\s+was)\s+the\s+"
    r"(?:full\s+)?name\s+of)\s+the\s+(?P<who>(?-i:[A-Z])[^?]{1,60}?)(?:['’]s)?\s+"
    r"(?:spokes(?:man|woman|person)|official\s+spokes(?:man|woman|person))\s*\?*\s*$",
    re.IGNORECASE,
)


def asks_which_official(question: str) -> bool:
    """Whether ``question`` asks which official of a side spoke ("Which Russian Foreign
    Ministry official commented?"), which the scorer may answer with any official."""
    return bool(_WHICH_OFFICIAL.match(question) or _SIDE_SPOKESPERSON.match(question))


def side_speaks(question: str, text: str) -> bool | None:
    """For "Who spoke for Iran?", whether a sentence of ``text`` has Iran speaking (a
    Foreign Ministry "weighed in"); None for any other question.

    >>> side_speaks("Who spoke for Iran?", "Ruiz warned of objections from Iran.")
    False
    >>> side_speaks("Did Iran issue a statement?", "Ruiz warned of objections from Iran.")
    False
    """
    m = (
        _spoke_for(question)
        or _WHICH_OFFICIAL.match(question)
        or _STATEMENT_PUT_OUT.match(question)
        # "Tehran has issued an official statement, right?": that it spoke, checked
        or _STATEMENT_CLAIMED.match(as_claim(question) or question)
    )
    # a side by its name alone ("Iran", "the Regional Agency"), not "the union in Harlow",
    # whose branch "objected"
    if m is None or not re.fullmatch(r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*", m["who"]):
        return None
    named = reactor_names(m.group("who"))
    if not named:
        return None
    sentences = re.split(r"(?<=[.!?])\s+", text)
    return any(spoken_by(s, named, prefix=True, before=True) for s in sentences)


def spokesperson_given(question: str, cands: list[Candidate], data: IndexData) -> Candidate | None:
    """For "Who spoke for the Russian side?" and "Which Russian Foreign Ministry official
    commented?", the best candidate where that side speaks,
    with the next sentence when that one introduces who spoke ("On July 3, the Russian
    Foreign Ministry weighed in." "Andrei Nastasin, Deputy Director of ..., suggested
    ...")."""
    m = (
        _spoke_for(question)
        or _WHICH_OFFICIAL.match(question)
        or _SIDE_SPOKESPERSON.match(question)
    )
    named = reactor_names(m.group("who")) if m else []
    return _speaking(cands, named, data, body=bool(m and m.groupdict().get("body")))


_THE = re.compile(r"^the\s+", re.IGNORECASE)
# "What did Russia say about it?", "Did Moscow react?", "Has Iran commented?": what that
# side said
_SIDE_SAID = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?(?:(?:what|how)\s+)?(?:did|does|has|have|had)\s+"
    + _SIDE_NAMED
    + r"\s+(?:\w+ly\s+)?"
    r"(?:say|said|think|react(?:ed)?|respond(?:ed)?|repl(?:y|ied)|comment(?:ed)?|"
    r"weigh(?:ed)?\s+in)\b",
    re.IGNORECASE,
)


def side_heard_given(question: str, cands: list[Candidate], data: IndexData) -> Candidate | None:
    """For "What did Russia say about it?" and "Did Moscow give anything on the record?",
    the best candidate where that side speaks (its Foreign Ministry "weighed in", not
    "reactions from regional powers such as Russia"), with the next sentence when that one
    introduces who spoke; else None.

    >>> bool(_SIDE_SAID.match("Did Russia say anything about the summit?"))
    True
    """
    m = _SIDE_SAID.match(question) or _STATEMENT_PUT_OUT.match(question)
    # (a country or its capital: a person asked of is the scorer's to read)
    named = reactor_names(m.group("who")) if m and is_place(_THE.sub("", m.group("who"))) else []
    return _speaking(cands, named, data)


def _speaking(
    cands: list[Candidate], named: list[str], data: IndexData, *, body: bool = False
) -> Candidate | None:
    """The best of ``cands`` where one of ``named`` speaks (a body of theirs where
    ``body``), with the next sentence when that one introduces who spoke."""
    for c in cands if named else []:
        if not any(
            spoken_by(data.sentences[i].text, named, prefix=True, before=True) for i in _span(c)
        ):
            continue
        if body and not BODY.search(text_of(c, data)):
            continue  # "Which Oakdale body commented?" of "Oakdale has confirmed", no body's
        if introduces(text_of(c, data)):
            return c
        wider = next_in_paragraph(c, data)
        if wider is not None and introduces(data.sentences[wider.end_sentence].text):
            return wider
    return None


# "Was it July 2 or July 3 that the ministry weighed in?": two answers offered.
_EITHER = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?(?:was|is|were|are|did|does)\s+(?:it|that|this|they|he|she)"
    r"\s+(?P<a>.+?)\s+or\s+(?P<b>.+?)\s+(?:that|when|who|which|where)\s+(?P<rest>.+?)\W*$",
    re.IGNORECASE,
)


def choice_given(question: str, cands: list[Candidate], data: IndexData) -> Candidate | None:
    """For "Was it A or B that <something happened>?", the likeliest of the best three
    candidates that holds one of A and B, not both, and all but one word of what happened:
    the scorer reads the answer not given as a word the sentence lacks."""
    m = _EITHER.match(question)
    if m is None:
        return None
    told = {stem(w.lower()) for w in _WORD.findall(m.group("rest"))} - STOPWORDS
    options = [re.compile(rf"(?<!\w){re.escape(m.group(k))}(?!\w)", re.IGNORECASE) for k in "ab"]
    for c in cands[:3]:
        text = text_of(c, data)
        held = {stem(w.lower()) for w in _WORD.findall(text)}
        if sum(bool(o.search(text)) for o in options) == 1 and len(told - held) <= 1:
            return c
    return None


# "At what level was it invited?", "heads of state or what level?": a point on a scale,
# "the level of ..." ("to what length", "what class of" ask otherwise).
_SCALES = r"level|scale|extent|degree|grade|tier|stage|rank|standard"
_WHAT_KIND = re.compile(
    r"(?:\b(?:at|on|to|under)|\bor|^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?(?=(?:what|which)\s+\w+\s+of\b))"
    r"\s*(?:what|which)\s+"
    rf"(?P<kind>{_SCALES})\b",
    re.IGNORECASE,
)


def kind_given(question: str, cands: list[Candidate], data: IndexData) -> Candidate | None:
    """For "At what level was Azerbaijan invited?", the candidate that gives a thing of
    that kind ("at the level of foreign ministers"), when only one of them does: the
    scorer reads "level" as one word of many."""
    m = _WHAT_KIND.search(question)
    if m is None:
        return None
    kind = re.compile(rf"\b{re.escape(m.group('kind'))}s?\s+of\b", re.IGNORECASE)
    giving = [c for c in cands if kind.search(text_of(c, data))]
    if not giving:
        # "At what rank ...?" of "at the level of foreign ministers": the scale in its
        # other words
        giving = [c for c in cands if _SCALE_OF.search(text_of(c, data))]
    return giving[0] if len(giving) == 1 else None


_SCALE_OF = re.compile(rf"\b(?:{_SCALES})s?\s+of\b", re.IGNORECASE)


# "What is the name of the NATO program Azerbaijan is involved in?": the kind of thing
# ("program"), named beside it ("NATO's "Partnership for Peace" program").
_NAME_OF = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?what(?:['’]s|\s+is|\s+was)\s+the\s+(?:full\s+|official\s+)?"
    r"name\s+of\s+(?:(?:the|a|an|its|their|this|that)\s+)?(?P<kind>(?:[\w'’-]+\s+){0,3}?[\w-]+)"
    r"(?=\s+(?:that|which|who|where|in\s+which|(?-i:[A-Z])|[\w'’-]+\s+(?:is|are|was|were|has|have|"
    r"did|does)\b)|\W*$)",
    re.IGNORECASE,
)


def name_given(question: str, cands: list[Candidate], data: IndexData) -> Candidate | None:
    """For "What is the name of the <kind> ...?", the best candidate naming a thing of that
    kind: a name in capitals or quotation marks just before the kind's word ("the
    "Partnership for Peace" program", "the Milli Majlis Committee")."""
    m = _NAME_OF.match(question)
    if m is None:
        return None
    kind = re.escape(m.group("kind").split()[-1])
    named = re.compile(
        r"(?:[\"“][^\"”]{2,80}[\"”]|(?!(?:The|A|An|This|That|These|Those|Its|Their|His|Her)\b)"
        r"[A-Z][\w'’-]+(?:\s+(?:(?:of|for|and|the)\s+)?[A-Z][\w'’-]+)*)"
        rf"\s+(?i:{kind})s?\b"
    )
    return next((c for c in cands if named.search(text_of(c, data))), None)


def _surname(names: Sequence[str]) -> re.Pattern[str]:
    """The last of ``names`` as a whole word, without "'s": "Valiyev" of "Valiyev's"."""
    last = re.sub(r"['’]s$", "", names[-1])
    return re.compile(rf"\b{re.escape(last)}\b")


# "Who said Azerbaijan can and should participate?": the words said, asked back.
_WHO_SAID = re.compile(
    # "Which lawmaker says showing up would not amount to a commitment?"
    r"^\W*(?:(?:and|so|but)\s+)?(?:who|which\s+(?:[\w-]+\s+)?(?:lawmakers?|officials?|experts?|"
    r"analysts?|persons?|people|politicians?|legislators?|MPs?|speakers?|commentators?|"
    r"spokes\w+|diplomats?|ministers?|leaders?|councillors?|council\s+members?|one))\s+(?:\w+ly\s+)?(?:(?:is|was)\s+(?:\w+ly\s+)?quoted\s+"
    r"(?:as\s+)?saying|said|says|stated|argued|argues|claimed|claims|warned|"
    r"noted|maintained|maintains|insisted|asserted|suggested|suggests|believes|thinks|thought)"
    r"\s+(?:that\s+)?(?P<claim>.+?)\W*$",
    re.IGNORECASE,
)


_WORD = re.compile(r"[\w'’-]+")


def said_by(question: str, cands: list[Candidate], data: IndexData) -> Candidate | None:
    """For "Who said <words>?", the best candidate holding four or more of those words in
    a row, as the question gives them (function words included: "can and should
    participate" is what was said; the scorer sees only "participate")."""
    m = _WHO_SAID.match(question)
    if m is None:
        return None
    claim = _WORD.findall(m.group("claim").lower())
    runs = [_common_run(claim, _WORD.findall(text_of(c, data).lower())) for c in cands]
    longest = max(runs, default=0)
    return cands[runs.index(longest)] if longest >= 4 else None


def _common_run(a: Sequence[str], b: Sequence[str]) -> int:
    """The length of the longest run of words ``a`` and ``b`` share."""
    best, row = 0, [0] * (len(b) + 1)
    for x in a:
        prev = 0
        for j, y in enumerate(b, start=1):
            prev, row[j] = row[j], (prev + 1 if x == y else 0)
            best = max(best, row[j])
    return best


_HOW_LONG_HAS = re.compile(r"\bhow\s+long\s+(?:has|have|had)\b", re.IGNORECASE)


_LASTING = re.compile(
    r"\bsince\b|\blong-?standing\b|\bfor\s+(?:the\s+(?:past|last)\s+)?(?:\d+|an?|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|twenty|thirty|several|many|some)\s+(?:[\w-]+\s+)?"
    r"(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies))\b",
    re.IGNORECASE,
)


def duration_given(question: str, cands: list[Candidate], data: IndexData) -> Candidate | None:
    """For "How long has <something> been ...?", a candidate nearly as likely as the best
    that names all the question's names and says since when or for how long."""
    if not cands or not _HOW_LONG_HAS.search(question):
        return None
    # ("How long has it already been cooperating with NATO?": "already" misleads the scorer;
    # one of the likeliest saying since when the question's doing began answers it)
    doing = set(tokenize(question)) - {"long", *tokenize(" ".join(CAPITALIZED.findall(question)))}
    return _near_best_saying(_LASTING, cands, data) or next(
        (
            c
            for c in cands[:4]
            if c.features[_F["name_missing"]] == 0
            and _LASTING.search(said := text_of(c, data))
            and doing & set(tokenize(said))
        ),
        None,
    )


# "How long does the summit last?", "How many days does it run?"
_HOW_LONG_RUNS = re.compile(
    r"\bhow\s+(?:long|many\s+days)\s+(?:does|do|will|would|is|are|did|was)\s+(.+?)\s+"
    r"(?:last|run|take|continue|go\s+on)\b",
    re.IGNORECASE,
)


def span_given(question: str, cands: list[Candidate], data: IndexData) -> Candidate | None:
    """For "How long does the summit last?", one of the likeliest candidates that gives
    a run of dates ("from July 9 to 11") for the thing asked, every word of it ("the
    summit", not "their meeting"): the scorer reads the question as one for a number of
    days, which news seldom writes."""
    m = _HOW_LONG_RUNS.search(question)
    asked = {w for w in tokenize(m.group(1)) if w not in STOPWORDS} if m else set()
    if not asked:
        return None  # ("How long did it last?": of what, the rules tell)
    return next(
        (
            c
            for c in cands[:4]
            for said in [text_of(c, data)]
            if asked <= set(tokenize(said)) and DATE_RUN.search(said)
        ),
        None,
    )


def _near_best_saying(
    said: re.Pattern[str], cands: list[Candidate], data: IndexData
) -> Candidate | None:
    """The first candidate at least half as likely as the best that names all the
    question's names and holds ``said``."""
    top = cands[0].probability
    return next(
        (
            c
            for c in cands
            if c.probability >= 0.5 * top
            and c.features[_F["name_missing"]] == 0
            and said.search(text_of(c, data))
        ),
        None,
    )


def doer_given(question: str, cands: list[Candidate], data: IndexData) -> Candidate | None:
    """For "Who invited Azerbaijan to the summit?", the likeliest candidate at least a
    third as likely as the best that names the doer with "by" right after a word of the
    question ("The invitation, extended by ... James O'Brien"): the scorer likes the
    sentence that repeats the question's words ("an invitation to attend") better."""
    m = _WHO_DID.match(question)
    if m is None or not cands or _spoke_for(question):
        return None  # ("Who commented for Moscow on the invitation?": not who invited)
    asked = set(tokenize(m.group(1)))
    top = cands[0].probability
    for c in cands:
        if c.probability < top / 3:
            continue
        text = text_of(c, data)
        for by in _BY_NAME.finditer(text):
            if asked & set(tokenize(text[max(0, by.start() - 40) : by.start()])):
                return c
    return None


# "who invited ...", "who actually handed ...": who did what the question says
_WHO_DID = re.compile(
    r"^\W*(?:and\s+|so\s+)?who\s+((?:[a-z]+ly\s+)?(?:[a-z]+ed|brought|gave|made|sent|took|wrote|"
    r"put|set)\b.*)",
    re.I,
)
_BY_NAME = re.compile(r"\bby\s+(?:(?:[A-Z][\w'’.-]*|of|for|and|the)\s+){0,12}[A-Z][\w'’-]+")


def date_given(question: str, cands: list[Candidate], data: IndexData) -> Candidate | None:
    """For "On what date did the army chief hold talks with the Brunssum deputy?", a
    candidate nearly as likely as the best that names all the question's names and gives
    a date ("On July 2, Karim Valiyev ... met ... Stefan Fiks, Deputy Chief of Staff of
    NATO Brunssum ..."): the scorer reads "hold talks" as words the answer lacks."""
    names = [re.sub(r"['’]s$", "", n) for n in question_names(question)]
    if not asks_when(question) or not cands or not names:
        return None  # "when was his center founded?": no one named to find the date by
    # each name as the question writes it, in the sentence itself
    top = cands[0].probability
    return next(
        (
            c
            for c in cands
            if c.probability >= 0.5 * top
            and _CALENDAR_DATE.search(text := text_of(c, data))
            and all(n in text for n in names)
        ),
        None,
    )


_CALENDAR_DATE = re.compile(
    rf"\b(?:{CALENDAR_NAMES})\s+\d{{1,2}}\b|\b\d{{1,2}}\s+(?:{CALENDAR_NAMES})\b|\b(?:1[5-9]|20)\d\d\b",
    re.IGNORECASE,
)
# "Does the article mention Brunssum?", "Is the word 'Brunssum' in the article?", "Where
# does the story talk about the ferry?": the words themselves, where the article has them
_ARTICLE = r"(?:the\s+)?(?:article|story|piece|text|report)"
_MENTION_ASKED = re.compile(
    rf"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?(?:(?:does|did|do)\s+{_ARTICLE}|where\s+(?:does|did)\s+"
    rf"{_ARTICLE})\s+(?:ever\s+|actually\s+)?(?:mention|name|refer\s+to|talk\s+about|bring\s+up|use)"
    r"\s+(?:the\s+(?:word|name|term|phrase)\s+)?[\"“‘']?(?P<a>[^\"”’'?]+?)[\"”’']?\s*(?:\?|$|\.)|"
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?(?:is|are)\s+(?:the\s+)?(?:word|name|term|phrase)s?\s+"
    rf"[\"“‘']?(?P<b>[^\"”’'?]+?)[\"”’']?\s+(?:(?:used|mentioned|found)\s+)?(?:anywhere\s+)?in\s+{_ARTICLE}\b",
    re.IGNORECASE,
)


def mention_given(question: str, cands: list[Candidate], data: IndexData) -> Candidate | None:
    """For "Does the article mention Brunssum?", the best candidate holding those words
    as written (in any case); None when none does (a name never mentioned is then told
    as such)."""
    m = _MENTION_ASKED.search(question)
    words = (m.group("a") or m.group("b")).split() if m else []
    if all(w.lower() in STOPWORDS for w in words):
        return None  # "Where does the article mention that?": of the answer before
    said = re.compile(r"(?<![\w'’-])" + r"\s+".join(map(re.escape, words)) + r"(?![\w-])", re.I)
    return next((c for c in cands if said.search(text_of(c, data))), None)


# "What took place on July 2?", "what happened on the 3rd of July": the day's event
_ON_DAY = re.compile(
    r"^\W*(?:(?:and|so|ok)[\s,]+)?what\s+(?:happened|happens|took\s+place|occurred|went\s+on|"
    r"was\s+(?:going\s+on|happening)|did\s+(?:\w+\s+)?happen)\s+(?:on\s+)?(?:the\s+)?"
    rf"(?:(?P<m1>{MONTH_NAMES})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"\s+(?:of\s+)?(?P<m2>{MONTH_NAMES}))\W*$",
    re.IGNORECASE,
)


def day_told(question: str, cands: list[Candidate], data: IndexData) -> Candidate | None:
    """For "What happened on July 2?", the best candidate dated that day ("On July 2,
    Ann Lee met ..."), however the question writes it ("the 2nd of July"): the scorer
    reads "took place" as words the answer lacks."""
    m = _ON_DAY.match(question)
    if m is None:
        return None
    month, day = (m.group("m1") or m.group("m2"))[:3], int(m.group("d1") or m.group("d2"))
    dated = re.compile(
        rf"\b{month}[a-z]*\.?\s+0?{day}(?!\d)|(?<!\d)0?{day}(?:st|nd|rd|th)?\s+(?:of\s+)?{month}",
        re.IGNORECASE,
    )
    return next((c for c in cands if dated.search(text_of(c, data))), None)


# "What's happening in Washington?", "Anything going on in Baku?": the place's event
_HAPPENING_IN = re.compile(
    r"^\W*(?:(?:and|so|ok|okay)[\s,]+)?(?:what(?:['’]s|\s+is|\s+was)\s+(?:happening|going\s+on|"
    r"taking\s+place|planned)|(?:is\s+|was\s+)?(?:there\s+)?anything\s+(?:happening|going\s+on|"
    r"taking\s+place|planned)|what\s+(?:happens|happened|took\s+place|will\s+happen))\s+in\s+"
    r"(?P<place>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*)\W*$",
    re.IGNORECASE,
)


def place_told(question: str, cands: list[Candidate], data: IndexData) -> Candidate | None:
    """For "What's happening in Washington?", the best candidate naming that place with
    something done there ("The summit, set to take place in Washington ..."): the scorer
    reads "happening" as a word the answer lacks."""
    m = _HAPPENING_IN.match(question)
    if m is None:
        return None
    there = re.compile(rf"\b(?:in|at)\s+{re.escape(m.group('place'))}\b")
    return next((c for c in cands if there.search(text_of(c, data))), None)


_HOW_MANY = re.compile(r"\bhow\s+many\s+((?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)", re.IGNORECASE)
_COUNT = (
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozens?|hundreds|"
    r"thousands|millions?)\s+"
)


def count_given(question: str, cands: list[Candidate], data: IndexData) -> Candidate | None:
    """For "How many partner countries are part of it?", a candidate nearly as likely as
    the best that names all the question's names and counts the thing asked ("30 partner
    countries"): the scorer reads "part of this" as words the answer lacks."""
    m = _HOW_MANY.search(question)
    if m is None or not cands:
        return None
    words = [w for w in m.group(1).lower().split() if w not in STOPWORDS]
    # "partner nations" of "30 partner countries": a word for the same things
    stems = [
        next(
            (k for kind in SAME_KIND if stem(w) in kind for k in kind if k in data.bm25.postings),
            stem(w),
        )
        for w in words
    ]
    if not stems or any(s not in data.bm25.postings for s in stems):
        return None  # "How many species of rotifers ...?" of an article without rotifers
    # "30 partner countries" counts "partner countries", and "countries" asked alone
    # (NATO's members) is not them: every word after the count is one the question asks
    asked = "(?:" + "|".join(re.escape(s) + r"\w*" for s in stems) + ")"
    counted = re.compile(rf"{_COUNT}(?:{asked}\s+){{0,2}}{asked}\b", re.IGNORECASE)
    return _near_best_saying(counted, cands, data)


# "Which city is hosting the summit?", "Where will the talks be held?"
_HOST_ASKED = re.compile(
    r"^(?=.*\b(?:where|(?:what|which)\s+(?:city|town|country|place|location|state|capital|"
    r"nation)))(?=.*\b(?:host\w*|held|hold|holding)\b)",
    re.IGNORECASE,
)
# "set to take place in Washington", "will be held in Oslo", "hosted by Kenya"
_HOSTED = re.compile(
    r"\b(?:takes?|took|taking)\s+place\s+(?:in|at)\s+(?:the\s+)?[A-Z]|"
    r"\b(?:held|hosted|hosts?|hosting)\s+(?:in|at|by)\s+(?:the\s+)?[A-Z]"
)


_VENUE_WORD = re.compile(r"\b(?:venue|building|hall|hotel|site|exact\s+(?:place|location))\b", re.I)


def host_given(question: str, cands: list[Candidate], data: IndexData) -> Candidate | None:
    """For "Which city is hosting the summit?", the best candidate that names all the
    question's names and says where something takes place or is held: the scorer reads
    "hosting" as a word the answer lacks, and any sentence with a place as an answer."""
    if not _HOST_ASKED.search(question) or _VENUE_WORD.search(question):
        return None  # ("the exact venue in Washington": a place in the city, not the city)
    return next(
        (
            c
            for c in cands[:5]
            if c.features[_F["name_missing"]] == 0 and _HOSTED.search(text_of(c, data))
        ),
        None,
    )


# "What is his salary?", "What's on the agenda for the summit?": one thing of the person
# or event, by a word the article never uses.
_ATTRIBUTE = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?what(?:['’]s|\s+is|\s+was|\s+are|\s+were)\s+"
    # "What is Musabayov's political party?" as "What is his party?"
    # ("What's Azerbaijan's annual defence budget?", "... population these days?")
    r"(?:(?:his|her|its|their|(?-i:[A-Z])[\w'’-]+['’]s)\s+"
    # (words before the thing, not "his take on going", "his quote on this")
    r"(?:(?!(?:on|for|of|about|in|to|with|at|by|from|over|than|this|that|it)\b)[a-z]+\s+){0,2}?"
    # (not "What is his organisation called?", "What's the summit about?")
    r"(?!(?:called|named|about|like|for|doing|saying|up|known)\b)(?P<thing>[a-z]+)"
    r"(?:\s+(?:these\s+days|nowadays|now|today|currently|right\s+now|at\s+the\s+moment))?\W*$|"
    r"on\s+(?:the|its|their)\s+(?P<listed>[a-z]+)\b)|"
    # "random but what's the weather like in Baku?": how a thing is, by its name
    r"^\W*(?:(?:[a-z]+\s+){0,2}?(?:and|so|but|ok|okay)[\s,]+)?what(?:['’]s|\s+is|\s+was|\s+are|"
    r"\s+were|\s+will\s+be)\s+the\s+(?P<like>[a-z]+)\s+like\b|"
    # "Is there a deadline for it?", "Name a specific exercise they held."
    r"^\W*(?:(?:is|are|was|were)\s+there\s+(?:a|an|any|one)\s+"
    # ("Is there any other NATO body ...?": the body, not "other")
    r"(?:(?:other|more|further|additional)\s+)?"
    r"(?:(?:specific|particular|official|fixed|set|single|possible|potential)\s+)?|"
    r"name\s+(?:a|an|one)\s+(?:specific|particular)\s+)"
    r"(?!(?:other|more|further|additional)\b)"
    r"(?P<any>[a-z]+(?:\s+[a-z]+){0,2}?)(?=\s+(?:for|from|to|of|that|in|on|with|by|about|"
    r"between|at|which|who|they|it|he|she|has|have|had|was|were|is|are)\b|\s+(?-i:[A-Z])|"
    # ("Is there any polling showing ...?"; "Is there a summit as well?": the summit)
    r"\s+[a-z]+ing\b|\s+(?:too|also|as\s+well|either)\W*$|\W*$)",
    re.IGNORECASE,
)


# Words for what any article may give in other words: a role, a view, what was said.
_GENERIC_THINGS = frozenset(
    stem(w)
    for w in "name names title role job position post age view views opinion stance take "
    "argument point claim reaction response answer reply comment comments remarks words "
    "quote quotes quotation "  # ("What is his quote?": what he is quoted saying)
    "counterpoint counterpoints counterargument counterarguments rebuttal "
    "complaint complaints concern concerns objection objections criticism grievance accusation "
    "message statement background story plan plans goal aim purpose reason "
    "table line mind minds horizon cards "  # "what's on the line?": idioms
    "risk risks danger chance chances way sign signs word news update time date "
    "example mention place number phone website site page link office form contact "
    "address person option rank "
    # ties of any kind: "a parliamentary connection" may be a delegation to an assembly
    "connection connections tie ties relation relations relationship link links "
    # a body of any name: "any NATO parliamentary body" may be its "Assembly"
    "body bodies group organization organisation institution forum event kind type sort".split()
)


# "Which anniversary is it marking?", "By what deadline does it have to answer?": the
# thing asked, by a noun just before the verb.
_WHICH_THING = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?(?:(?:by|in|on|at|for|from|to|under|with)\s+)?"
    r"(?:what|which)\s+(?:(?-i:[A-Z])[\w'’-]*\s+)*(?P<which>[a-z]+)(?:(?:\s+(?:of|for|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?\s+"
    # ("Which party?": asked of the one before; "(could you clarify) which anniversary of
    # the Alliance the summit is meant to mark?", embedded)
    r"(?:(?:is|was|are|were|does|did|do|has|have|had|will)\b|(?:the|its|his|her|their)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:is|was|are|were)\b)|\W*$)",
    re.IGNORECASE,
)
# Values an article states in those words when it gives them at all ("Which rank does
# he hold?" is answered by "Chief of the General Staff", "Which outlet?" by a name, and a
# deadline by "within 48 hours": none of those is here).
_VALUES = frozenset(
    stem(w) for w in "anniversary budget salary wage fee birthday party population".split()
)


# "Which specific Partnership for Peace exercises ...?": things of a kind, one by one
_SPECIFIC_THING = re.compile(
    r"\b(?:which|what)\s+(?:specific|particular|individual|concrete)\s+"
    r"(?:(?-i:[A-Z])[\w'’-]*\s+(?:(?:for|of|and|on)\s+)?)*(?:(?-i:[a-z])[\w-]+\s+)?"
    r"(?P<thing>(?-i:[a-z])[\w-]+s)\b",
    re.IGNORECASE,
)
# ...but for what any article tells in words of its own ("which specific words?")
_TOLD_ANYHOW = frozenset(
    "words quotes remarks comments terms phrases details points reasons examples things "
    "names titles roles days dates people ones".split()
)
# Who stands behind a body: owners, funders, founders, which news rarely gives.
_WHO_OWNS = re.compile(
    r"\bwho\s+(?:\w+ly\s+)?(owns|owned|funds|funded|finances|financed|founded|sponsors|"
    r"sponsored|bankrolls|bankrolled)\b",
    re.IGNORECASE,
)


# "Did Fiks promise any military aid during the meeting?", "Are there any pending
# cases against it?": a yes or no on things of a kind, by the noun after "any"
_ANY_OF = re.compile(
    # ("How did the talks end - was any agreement signed?": the second ask)
    r"(?:^\W*|\s[-–—]\s*)(?:(?:and|so|but|ok|okay)[\s,]+)?(?:does|do|did|will|would|could|can|has|have|had|is|"
    r"are|was|were)\b[^?]*?\bany\s+(?P<things>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
    r"(?=\s+(?:for|from|to|of|that|in|on|with|by|about|against|under|during|at|which|who|before|"
    r"after|while|when|if|there|yet|so\s+far)\b|\W*$)",
    re.IGNORECASE,
)
# "How will it affect oil pipeline deals?", "Will flights to Baku be disrupted?": what it
# has an effect on, which an article that never names it cannot tell
_EFFECT_ON = re.compile(
    r"\b(?:affect|affects|change|changes|impact|disrupt|disrupts|alter|raise|lower|hurt|boost|"
    r"cut|halt|suspend)\s+(?:the\s+|my\s+|our\s+|their\s+|its\s+|any\s+)?"
    r"(?P<thing>[a-z][a-z-]+(?:\s+(?:and\s+|or\s+)?[a-z][a-z-]+){0,3}?)"
    r"(?=\s+(?:i|we|you|that|which|running|for|in|at|on|through|from|to|between)\b|\W*$|\s*[?.,;])",
    re.IGNORECASE,
)
_EFFECT_BORNE = re.compile(
    r"\b(?:(?:whether|if)(?=\s+(?:\S+\s+){1,5}?(?:will|would|could|might|may|are\s+going\s+to)\s)|"
    r"will|would|could|might)\s+(?:the\s+|any\s+|my\s+|our\s+)?"
    r"(?P<thing>[a-z][a-z-]+(?:\s+[\w-]+){0,4}?)\s+(?:(?:will|would|could|might|may|are\s+going\s+to)\s+)?"
    r"be\s+(?:disrupted|affected|hit|cancel+ed|delayed|suspended|halted|closed|raised|cut)\b",
    re.IGNORECASE,
)
# "Did Musabayov say that Azerbaijan would send troops?": a claim put to one named
_CLAIM_CHECKED = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?(?:did|does|has|had)\s+(?-i:[A-Z][\w'’-]*)"
    r"(?:\s+(?-i:[A-Z][\w'’-]*))*\s+(?:say|said|claim|suggest|argue|state|mention|promise|"
    # (a clause: not "said yes to going", "said anything about it", "said if it's going")
    r"pledge|announce)\w*\s+(?:that\s+)?(?P<claim>(?:(?-i:[A-Z])|(?:he|she|it|they|we|there|"
    r"the|its|his|her|their)\s)[^?]+?)\W*$",
    re.IGNORECASE,
)
# "Was that at a press briefing or in an interview?", "Is Turan a newspaper or an
# agency?": two ways it may have been
_THIS_OR_THAT = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?(?:was|is|were|are|did|does)\s+(?:it|that|this|they|he|"
    r"she|(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)*(?=\s+an?\s+[^?]+\s+or\s+an?\s))"
    r"\s+(?P<a>[^?]+?)\s+or\s+(?P<b>[^?]+?)\W*$",
    re.IGNORECASE,
)


def _told_apart(a: str, b: str) -> tuple[list[str], list[str]]:
    """The stems of the words each of two alternatives has and the other lacks."""
    words_a, words_b = (
        [stem(w.lower()) for w in _WORD.findall(x) if w.lower() not in STOPWORDS] for x in (a, b)
    )
    return [w for w in words_a if w not in words_b], [w for w in words_b if w not in words_a]


# "Is that outlet state-owned?", "Was he pro-Western?": a trait in a compound word
_IS_COMPOUND = re.compile(
    r"^\W*(?:(?:and|so|but)\s+)?(?:is|was|are|were)\s+(?:[\w'’]+\s+){1,4}?(?:\w+ly\s+)?"
    r"([a-z]+-[a-z]+(?:-[a-z]+)?)\W*$",
    re.IGNORECASE,
)


def unknown_attribute(question: str, vocabulary: Container[str]) -> bool:
    """Whether ``question`` asks "What is his <thing>?" or "Which <thing> is ...?" of a
    thing the article never names, in any form ("salary", "anniversary"): no sentence
    can hold it."""
    # ("what's his job exactly?": a word on how it is asked is no thing)
    question = re.sub(rf"\s+{HOW_ASKED}(?=\W*$)", "", question, flags=re.I)
    if m := _WHICH_THING.match(question):
        thing = stem(m.group("which").lower())
        if thing in _VALUES and thing not in vocabulary:
            return True
    if (
        (m := _SPECIFIC_THING.search(question))
        and m["thing"].lower() not in _TOLD_ANYHOW
        and stem(m["thing"].lower()) not in vocabulary
    ):
        return True  # "Which specific exercises has the army taken part in?", of none
    if (m := _WHO_OWNS.search(question)) and stem(m.group(1).lower()) not in vocabulary:
        return True  # "who owns that agency?" of an article that never says "own"
    if (m := _THIS_OR_THAT.match(question)) and not any(
        w in vocabulary for own in _told_apart(m.group("a"), m.group("b")) for w in own
    ):
        # "was that at a briefing or in an interview?", of neither; "is he a lieutenant
        # general or a major general?" of an article whose "general" tells neither apart
        return True
    if (m := _ANY_OF.search(question)) and not _ASKER.search(question):
        # "Did he promise them any military aid?" of an article that never says either
        # word ("any say in decisions" may be its "partake in decision-making")
        words = [stem(w) for w in m.group("things").lower().split() if w not in STOPWORDS]
        if len(words) > 1 and _none_known(words, vocabulary):
            return True
    for m in (_EFFECT_ON.search(question), _EFFECT_BORNE.search(question)):
        words = [
            stem(w)
            for w in _WORD.findall(m.group("thing") if m else "")
            if w.islower() and w not in STOPWORDS and len(w) > 2
        ]
        if words and _none_known(words, vocabulary):
            return True  # "Is it going to change the customs duties I pay?"
    if m := _CLAIM_CHECKED.match(question):
        # "Did Musabayov say Azerbaijan would send troops to NATO missions?": a claim the
        # article never words, in any form of any of its words, is no claim it reports
        words = [
            stem(w.lower())
            for w in _WORD.findall(m.group("claim"))
            if w.lower() not in STOPWORDS
            and w.islower()
            and len(w) > 2
            and not re.fullmatch(AUXILIARIES, w)
        ]
        if len(words) > 1 and _none_known(words, vocabulary):
            return True
    if (m := _IS_COMPOUND.match(question)) and not any(
        stem(w) in vocabulary for w in (m.group(1).split("-")[-1], m.group(1).replace("-", ""))
    ):
        # "Is that outlet state-owned?" of an article that never says "owned" (nor, for
        # "long-standing", "longstanding")
        return True
    m = _ATTRIBUTE.match(question)
    if m is None or (m.group("any") and _ASKER.search(question)):
        return False  # "Is there a number I can call?": what the reader may do
    # the noun at the end of "a specific military exercise"
    asked = m.group("thing") or m.group("listed") or m.group("like") or m.group("any")
    if _CONSEQUENCE.fullmatch(asked.split()[-1]):
        return False  # "Is there a possible downside?": what could follow, however worded
    return _none_known([stem(asked.split()[-1].lower())], vocabulary)


def _none_known(stems: Sequence[str], vocabulary: Container[str]) -> bool:
    """Whether none of ``stems`` is a word of the article or a thing any article may
    name in its own words ("statement", "plan")."""
    return not any(w in vocabulary or w in _GENERIC_THINGS for w in stems)


def age_given(question: str, cands: list[Candidate], data: IndexData) -> Candidate | None:
    """For "How old is <Name>?", the best candidate giving an age after that name
    ("Ana Ruiz, 54, said ...")."""
    if not HOW_OLD.search(question):
        return None
    names = question_names(question)
    if not names:
        return None
    name = "|".join(map(re.escape, names))
    after_name = re.compile(rf"\b(?:{name})(?:\s+[A-Z][\w'’-]*)*\s*,\s*(?:aged\s+)?\d{{1,3}}\s*,")
    for c in cands:
        text = text_of(c, data)
        if after_name.search(text):
            return c
    return None


# "What's the downside for Azerbaijan if it attends?", "Which countries might be upset if
# it goes?": what a step could bring, which news states hedged ("attending may provoke
# reactions", "could reaffirm ... while potentially straining ties"), in words a reader
# rarely repeats.
# "What good thing can it bring?": the upside asked
_GOOD_IN_IT = r"good\s+(?:things?|sides?|points?|about|for)"
_CONSEQUENCE = re.compile(
    r"\b(?:upside|downside|risks?|risky|dangers?|dangerous|advantages?|"
    r"disadvantages?|gain|lose|cost|stakes?|consequences?|implications?|repercussions?|"
    r"ramifications?|impact|affect|effects?|mean\s+for|do\s+(?:for|to)|upset|anger|angry|annoy\w*|"
    r"(?:ticked|pissed|teed)\s+off|mad|furious|twitchy|nervous|uneasy|bothered|irk\w*|irritat\w*|offend\w*|antagoni[sz]\w*|displeas\w*|"
    r"react\w*\s+badly|take\s+offen[cs]e|(?:not|n['’]t)\s+like|(?:not|n['’]t)\s+(?:be\s+)?happy|unhappy|backlash|"
    # ("Which neighbours might object?", not "even if Russia and Iran object")
    r"(?:might|may|could|would|will)\s+(?:\w+\s+)?(?:object|protest|complain|react|retaliate)|worr(?:y|ied|ies)|concerns?|pros\s+and\s+cons|"
    # ("What do experts warn attending might cause?")
    r"(?:might|may|could|would|will)\s+(?:cause|provoke|lead\s+to|result\s+in)|"
    # ("what could happen to it if it goes?")
    r"(?:might|may|could|would|will)\s+happen\s+(?:to|if)\b|"
    r"trade-?offs?|jeopardi[sz]e|hurt|harm|damage|strain|help|dilemma|"
    # ("what could be bad about going?", "what could go wrong?", "who might get prickly?",
    # "which countries maybe react bad?", "get their noses out of joint", "what good thing
    # can it bring?")
    r"bad\s+(?:about|for|in)|go\s+wrong|prickly|touchy|react\w*\s+bad(?:ly)?|"
    rf"noses?\s+out\s+of\s+joint|up\s+in\s+arms|{_GOOD_IN_IT}|"
    # ("could going sour things with the neighbours?", "could it cause them trouble?")
    r"(?:sour|spoil)\w*\s+(?:things|relations|ties|matters)|"
    r"(?:cause|make|create|bring|land)\w*\s+(?:[\w'’-]+\s+){0,2}?(?:trouble|problems?|headaches?|"
    r"difficult(?:y|ies)|friction|tensions?)|fallout|blowback|"
    r"(?:tough|tricky|hard|difficult|delicate)\s+(?:call|decision|choice)|riding\s+on)\b",
    re.IGNORECASE,
)
# Asked of a step not yet taken: a conditional, a modal, or a word that is always so.
_HYPOTHETICAL = re.compile(
    r"\b(?:if|could|might|may|maybe|perhaps|would|possible|possibly|potential(?:ly)?|upside|downside|"
    r"stakes?|pros\s+and\s+cons|trade-?offs?|risky|risks?|gain\s+or\s+lose|dilemma|"
    r"(?:tough|tricky|hard|difficult|delicate)\s+(?:call|decision|choice)|riding\s+on)\b",
    re.IGNORECASE,
)
_HEDGED = re.compile(
    r"\b(?:could|may|might|would|potential(?:ly)?|risks?|risking|threaten\w*)\b", re.IGNORECASE
)
# "Did he threaten them with consequences?" asks what was done, not what could follow.
_DEED_ASKED = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)\W+)?(?:did|has|have|had|was|were)\b|"
    r"\b(?:when|what\s+year|how\s+many|how\s+much)\b|"
    r"^\W*(?:who|what|which\s+\w+)\s+\w+ed\b",  # "Who realized that the effects ..."
    re.IGNORECASE,
)


def consequences_given(question: str, cands: list[Candidate], data: IndexData) -> list[Candidate]:
    """For "What could <step> cost / bring / mean?" and "Who might be upset?", the
    candidates (at most two, best first) that say what could follow ("may provoke",
    "could reaffirm"): readers asking for "the risk" mean one or the other."""
    if not (
        _CONSEQUENCE.search(question)
        and _HYPOTHETICAL.search(question)
        and not _DEED_ASKED.search(question)
        and not _ASKER.search(question)
        and _ASKED.search(question)
    ):
        return []
    if len(_foreign_words(question, data.bm25.postings)) > 1:
        return []  # "Would it affect its gas deals with the EU?": not what the article weighs
    hedged = [c for c in cands if _HEDGED.search(text_of(c, data))]
    # "attending may provoke" says what could follow; "potential objections" only names it
    modal = [c for c in hedged if _MODAL.search(text_of(c, data))]
    if _WEIGHED.search(question) and not _WHO_OR_WHICH.search(question):
        # "the upside?", "what's at stake?": the sentence weighing both ("could reaffirm
        # ... while potentially straining ...")
        modal = [c for c in modal if _BOTH_SIDES.search(text_of(c, data))] + modal
    ranked = list(dict.fromkeys(c.sentence for c in modal)) or [c.sentence for c in hedged[:1]]
    return [next(c for c in cands if c.sentence == i) for i in ranked[:2]]


# "What if I need help with my benefits?" asks what the reader can do, not what a step in
# the story could bring (a help page's questions are of that kind).
_ASKER = re.compile(r"\b(?:i|i'm|i've|me|my|mine|we|our|us|you|your)\b", re.IGNORECASE)
# A question, not "Yes that would help": a question word, a modal or auxiliary first, or
# a word that asks it alone ("and the upside?").
_ASKED = re.compile(
    r"\b(?:what|whats|which|who|whom|how|why|upside|downside|stakes?)\b|"
    r"^\W*(?:could|would|might|may|will|can|is|are|does|do)\b",
    re.IGNORECASE,
)
_MODAL = re.compile(r"\b(?:could|may|might|would)\b", re.IGNORECASE)
_WEIGHED = re.compile(
    r"\b(?:upside|downside|stakes?|gain|lose|cost|mean\s+for|do\s+for|affect|impact|"
    rf"{_GOOD_IN_IT}|"
    r"effects?|implications?|consequences?|pros\s+and\s+cons|trade-?offs?|"
    r"(?:dis)?advantages?|benefits?|dilemma|(?:tough|tricky|hard|difficult|delicate)\s+"
    r"(?:call|decision|choice))\b",
    re.IGNORECASE,
)
_WHO_OR_WHICH = re.compile(r"\b(?:who|whom|which)\b", re.IGNORECASE)
_BOTH_SIDES = re.compile(
    r"\b(?:while|whereas|but|though|although|yet|at\s+the\s+same\s+time|on\s+the\s+other\s+hand)\b",
    re.IGNORECASE,
)
# Words any such question may use that an article need not: "if it shows up", "analysts".
_PLAIN = frozenset(
    "get gets getting got show shows showing turn turns go goes going went come comes "
    "happen happens end ends make makes take takes according article story piece report "
    "analysts experts observers say says said think writer author seem seems "
    # (how the article tells it: "What risk does the report identify should it decide to?")
    "identify identifies mention mentions flag flags cite cites list lists "
    "decide decides decided choose chooses chose opt opts "
    "specific specifically particular exact exactly precisely "
    # ("There is a downside as well, right?": a claim checked)
    "well right correct true".split()
)


# "Which neighbouring big players ...?": the kind of answer asked for
_KIND_ASKED = re.compile(
    r"^\W*(?:(?:and|so|but)\s+)?(?:which|what)(?:\s+[a-z]+){1,3}?"
    r"(?=\s+(?:do|does|did|are|is|might|may|could|would|will)\b)",
    re.IGNORECASE,
)


def _foreign_words(question: str, vocabulary: Container[str]) -> set[str]:
    """The question's words the article never uses, but for the ones asking what follows."""
    asked = _CONSEQUENCE.sub(" ", _HYPOTHETICAL.sub(" ", question))
    # ("Which big players might get annoyed?": the kind asked for is the answer's, not a
    # topic the article would have to weigh)
    asked = _KIND_ASKED.sub(" ", asked, count=1)
    return {
        t
        for t in re.findall(r"[^\W\d_]+", asked.lower())
        if t not in STOPWORDS and t not in _PLAIN and len(t) > 2 and stem(t) not in vocabulary
    }


# "Whose sentiment did she echo?", "Who was Lee agreeing with?": whose words the one
# named took up
_ECHO_ASKED = re.compile(
    r"\b(?:whose\s+(?:sentiment|view|point|argument|position|opinion|idea|line|words|thinking|"
    r"stance)s?\s+(?:did|does|was|is)\s+(?P<a>[\w'’ -]+?)\s+|"
    r"who\s+(?:did|does|was|is)\s+(?P<b>[\w'’ -]+?)\s+)(?:echo|echoing|share|sharing|second|"
    r"seconding|repeat|repeating|agree\s+with|agreeing\s+with|side\s+with|siding\s+with)\b",
    re.IGNORECASE,
)
# "... echoed this sentiment", "... shared that view": words pointing back to the
# sentence before
_ECHOES = re.compile(
    r"\b(?:echo\w*|shar\w+|second\w*|repeat\w*)\s+(?:this|that|the\s+same|these|those|such)\s+"
    r"(?:\w+\s+)?(?:sentiment|view|point|argument|position|opinion|idea|line|concern|"
    r"assessment|stance)s?\b",
    re.IGNORECASE,
)


def echoed_given(question: str, cands: list[Candidate], data: IndexData) -> Candidate | None:
    """For "Whose sentiment did Lee echo?", the sentence where Lee "echoed this sentiment"
    quoted with the one before it, whose words "this" points back to; None when no
    candidate says so of the one asked of."""
    m = _ECHO_ASKED.search(question)
    if m is None:
        return None
    who = re.sub(r"['’]s$", "", (m["a"] or m["b"]).split()[-1])
    for c in cands:
        text = data.sentences[c.sentence].text
        before = c.sentence - 1
        if (
            _ECHOES.search(text)
            and re.search(rf"\b{re.escape(who)}\b", text)
            and before >= 0
            and data.sentences[before].doc_id == data.sentences[c.sentence].doc_id
        ):
            return Candidate(before, c.passage_rank, c.features, c.probability, last=c.sentence)
    return None
