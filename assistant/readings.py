"""Answers the writer gives in words of their own, which a reader rarely repeats: what an
event shows ("This commentary underscores ..."), how much something matters ("looms as a
pivotal moment"), who agrees with whom ("echoed this sentiment"); and a refusal the
question takes for granted that the article never tells.

Like ``forms``, each finder takes the question and the ranked candidates and returns the
candidate that answers it in that form, or None; the composer puts it first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .lexical import CAPITALIZED, STOPWORDS, stem
from .rules import WEIGHTY, names_in
from .spans import MAX_ANSWER_WORDS, Candidate, next_in_paragraph, text_of, words_in
from .store import IndexData

_LEAD = r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?"

# "What does the Russian comment show about Azerbaijan's position?", "Does the ministry's
# comment reveal anything?": the writer's reading of an event.
_READING_ASKED = re.compile(
    _LEAD + r"(?:(?:what|how)\s+(?:does|do|did|might|could|would|can)\s+(?P<a>.+?)\s+"
    # ("what does the article think that comment tells us ...?")
    r"(?:shows?|tells?\s+(?:us|you|me)|reveals?|illustrates?|underscores?|underlines?|"
    r"highlights?|signals?|suggests?|indicates?|reflects?|demonstrates?|impl(?:y|ies)|"
    r"points?\s+to)\b|"
    r"(?:does|do|did)\s+(?P<b>.+?)\s+(?:show|reveal|tell\s+us|suggest|indicate|illustrate|"
    r"underscore|signal|say)\s+(?:anything|something|much)\b)",
    re.IGNORECASE,
)
# The writer reads what came before: "This commentary underscores ...", "Such moves signal".
_READING = re.compile(
    r"^(?:This|These|That|Those|Such)\s+(?:[\w'’-]+\s+){0,3}?(?:underscor|underlin|highlight|"
    r"show|reflect|illustrat|signal|suggest|reveal|demonstrat|indicat|point|mark|emphasi[sz]|"
    r"expos|hint|confirm)\w*\b"
)


def reading_given(
    question: str, cands: list[Candidate], data: IndexData, previous: Sequence[int] = ()
) -> Candidate | None:
    """For "What does <the event> show?", the best candidate where the writer reads an
    event ("This commentary underscores ...") named in it or in the two sentences before
    (the comment of "the Russian comment" is "This commentary"; Russia is named before);
    for "Why does that matter?", the reading of the sentences ``previous`` answers quoted.

    The thing asked must be a thing, not a person: "What does Nastasin suggest?" asks what
    he said.
    """
    m = _READING_ASKED.match(question)
    thing = (m.group("a") or m.group("b")) if m else ""
    words = re.findall(r"[\w'’-]+", thing)
    # ("What does the article think that comment tells us?": the one just quoted)
    of_that = bool(previous) and bool(_THAT_READ.search(question) or _THAT_THING.search(thing))
    if not of_that and (not words or not words[-1].islower()):
        return None
    asked = _stems(w for w in words if w.lower() not in STOPWORDS)
    for c in cands:
        if not _READING.match(text_of(c, data)):
            continue
        before = [
            i
            for i in range(max(c.sentence - 2, 0), c.end_sentence + 1)
            if data.sentences[i].doc_id == data.sentences[c.sentence].doc_id
        ]
        if of_that and any(i in previous for i in before[:-1]):
            return c
        told = " ".join(data.sentences[i].text for i in before)
        if not of_that and _shares(asked, _stems(re.findall(r"[\w'’-]+", told))):
            return c
    return None


_THAT_THING = re.compile(r"\b(?:that|this|those|these)\s+[a-z]+$", re.IGNORECASE)
# "Why does that matter?", "What does it show?", asked of what was just quoted.
_THAT_READ = re.compile(
    r"\b(?:why|how)\s+(?:does|do|did|would|is)\s+(?:that|this|it)\s+(?:matter|important|"
    r"significant)\b|\bsay\s+(?:that|this|it)\s+matters\b|"
    r"\bwhat\s+(?:does|do|did)\s+(?:that|this|it)\s+(?:show|tell\s+us|reveal|suggest|signal)\b|"
    # "How does the writer read that comment?", "What does the author make of it?"
    r"\b(?:how|what)\s+(?:does|do|did)\s+the\s+(?:writer|author|reporter|journalist|article|story|"
    r"piece)\s+(?:read|interpret|see|view|take|frame|characteri[sz]e|make\s+of)\s+(?:that|this|it)\b",
    re.IGNORECASE,
)


# "How important is the summit for Azerbaijan?", "Why does it matter so much?", "the
# summit's significance": how much the writer says something matters.
_IMPORTANCE_ASKED = re.compile(
    r"\bhow\s+(?:important|significant|crucial|critical|big\s+(?:a\s+)?deal)\b|"
    r"\bwhy\s+(?:does|do|did|is|are|was|were)\s+.+?\s+(?:matter|important|significant|"
    r"crucial|critical|a\s+big\s+deal)\b|\b(?:importance|significance)\b",
    re.IGNORECASE,
)
_IMPORTANT = re.compile(
    rf"\b(?:{WEIGHTY}|importance|significance|turning\s+point|watershed|momentous|historic|"
    r"defining|high-stakes|essential)\b",
    re.IGNORECASE,
)
# "Why does that matter?" asks of what was just said, not of a thing the article weighs.
_OF_THAT = re.compile(
    r"\b(?:that|this|all\s+(?:this|that))\s+(?:matter|important|significant|crucial|critical|"
    r"mean)\b|\b(?:importance|significance)\s+of\s+(?:that|this)\b|"
    # "Why is it important to date rocks?" asks what doing so is for
    r"\b(?:is|was)\s+it\s+(?:so\s+)?(?:important|significant|crucial|critical)\s+(?:to|that)\b",
    re.IGNORECASE,
)
# "if it goes": what could follow (forms.consequences_given), not how much it matters.
_WHY = re.compile(_LEAD + r"why\b", re.IGNORECASE)
_IF = re.compile(r"\b(?:if|could|might|would)\b", re.IGNORECASE)
_ASKING = frozenset(
    stem(w)
    for w in "important importance significant significance crucial critical matter matters "
    "mean big deal much article piece story describe say according".split()
)


def importance_given(question: str, cands: list[Candidate], data: IndexData) -> Candidate | None:
    """For "How important is <it>?" and "Why does <it> matter?", the best candidate saying
    how much it matters ("looms as a pivotal moment for Azerbaijan"), holding most of the
    question's other words."""
    if not _IMPORTANCE_ASKED.search(question) or _IF.search(question) or _OF_THAT.search(question):
        return None
    asked = (
        _stems(w for w in re.findall(r"[\w'’-]+", question) if w.lower() not in STOPWORDS) - _ASKING
    )
    best, most = None, 0
    for c in cands:
        text = text_of(c, data)
        if not _IMPORTANT.search(text):
            continue
        held = len(asked & _stems(re.findall(r"[\w'’-]+", text)))
        if held > most:
            best, most = c, held
    if best is not None and _WHY.match(question):
        # "Why does it matter?": the writer says how much, then why, in the next sentence
        # ("the key advance. Earlier designs used flammable ...").
        wider = next_in_paragraph(best, data)
        if wider is not None and words_in(wider, data) <= MAX_ANSWER_WORDS:
            return wider
    return best


# "Does Shahinoglu agree with Musabayov?", "Did he side with him or disagree?", "Does
# anyone else share his view?"
_AGREEMENT_ASKED = re.compile(
    r"\b(?:(?:dis)?agree[sd]?|(?:dis)?agreeing|side[sd]?\s+with|concur\w*|echo\w*|"
    r"on\s+the\s+same\s+(?:page|side)|see\s+eye\s+to\s+eye|of\s+(?:one|the\s+same)\s+mind|"
    r"shar(?:e|es|ed|ing)\s+(?:\w+\s+){0,2}(?:view|views|opinion|sentiment|position|stance))"
    r"(?!\s+(?:to|on|upon)\b)",
    re.IGNORECASE,
)
_AGREEMENT = re.compile(
    r"\b(?:echo\w*|(?:dis)?agree[sd]?|(?:dis)?agreeing|concur\w*|sided\s+with|"
    r"shar(?:e|es|ed|ing)\s+(?:\w+\s+){0,2}(?:view|views|opinion|sentiment|position|concerns?)|"
    r"disput\w*|contradict\w*|countered|in\s+line\s+with)\b",
    re.IGNORECASE,
)


_YES_NO = re.compile(
    _LEAD + r"(?:does|do|did|is|was|are|were|has|have|had|would|will)\b", re.IGNORECASE
)
# "Does anyone agree with him?", "Who agrees with Lind?", "Is anyone on her side?"
_ANYONE_AGREES = re.compile(
    _LEAD + r"(?:(?:does|did|do)\s+(?:anyone|anybody|someone|somebody|any\s+\w+)|who|"
    r"which\s+\w+)\s+(?:else\s+)?(?:agrees?|concurs?|echo(?:es)?|sides?|shares?\s+(?:his|her)\s+\w+)"
    r"(?:\s+with)?\s+(?P<whom>[^?]*)",
    re.IGNORECASE,
)


def agreement_given(
    question: str, cands: list[Candidate], data: IndexData, about: str | None = None
) -> Candidate | None:
    """For "Does <someone> agree with <another>?", the best candidate saying that someone
    agrees or not ("Shahinoglu ... echoed this sentiment"): the one asked of named in it
    when the question names them first, or ``about`` when it asks of "he"."""
    m = _AGREEMENT_ASKED.search(question)
    if m and (anyone := _ANYONE_AGREES.match(question)):
        # "Does anyone agree with Musabayov?", "Who agrees with him?": the one who echoes
        # him, in the sentence after his (which names someone else)
        agreed = names_in(anyone["whom"]) or CAPITALIZED.findall(about or "")
        if not agreed:
            return None
        whom = re.compile(rf"\b{re.escape(agreed[-1])}\b")
        for c in cands:
            text = text_of(c, data)
            told = data.sentences[c.sentence - 1].text if c.sentence > 0 else ""
            if _AGREEMENT.search(text) and whom.search(told) and not whom.search(text):
                return c
        return None
    if m is None or not _YES_NO.match(question):
        return None  # "Who disagrees with the timetable?" is left to the scorer
    before = names_in(question[: m.start()]) or CAPITALIZED.findall(about or "")
    if not before:
        return None  # "Does anyone agree?": no one to look for
    for c in cands:
        text = text_of(c, data)
        if _AGREEMENT.search(text) and all(
            re.search(rf"\b{re.escape(w)}\b", text) for w in before[-1:]
        ):
            return c
    return None


# "Is Armenia going?", "Will Azerbaijan attend?", "Has Baku decided?": where someone named
# stands on a step, which news tells as "has yet to decide", "has confirmed", "plans to".
_STEP_ASKED = re.compile(
    # ("azerbaijan going to the summit?", typed without "is")
    _LEAD + r"(?:(?:is|are|will|would|has|have|does|did)\s+)?(?:the\s+)?(?P<who>(?-i:[A-Z][\w'’-]+"
    r"(?:\s+[A-Z][\w'’-]+)*))\s+(?:\w+ly\s+)?"
    # "Has Armenia said yet whether it's going?", "has armenia said its going": where it
    # stands, said or not
    r"(?:(?:said|announced|indicated|signall?ed)\s+(?:yet\s+)?(?:(?:whether|if|that)\s+)?"
    r"(?:it|they|he|she)(?:['’]s|['’]re|s|\s+is|\s+are|\s+will|\s+would)?\s+)?"
    r"(?:said\s+(?:yes|no)\b|going|go|attend\w*|participat\w*|take\s+part|"
    r"taking\s+part|join\w*|show\s+up|showing\s+up|com(?:e|ing)|decid\w*|confirm\w*|plan\w*|"
    r"sign\w*|accept\w*|send\w*|made\s+up\s+(?:its|their|his|her)\s+mind|"
    # ("Has Yerevan committed to sending people?", not "committed to NATO")
    r"committ?(?:ed|s|ing)?\s+to\s+(?:send|attend|go|com|participat|tak|join)\w*|"
    # ("Has Armenia made a decision?", as the question's "made up its mind" is read)
    r"(?:reached|made|taken)\s+(?:a|an|its|their|any)\s+(?:\w+\s+)?decision|"
    r"given\s+(?:an?\s+)?(?:official\s+|final\s+)?(?:answer|response|reply|decision))\b",
    re.IGNORECASE,
)
# "Where does Armenia stand?" (after "Has Azerbaijan decided?"): the same step
_STAND_ASKED = re.compile(
    _LEAD + r"where\s+(?:does|do|did)\s+(?:the\s+)?(?P<who>(?-i:[A-Z][\w'’-]+"
    r"(?:\s+[A-Z][\w'’-]+)*))\s+(?:now\s+)?stand\b",
    re.IGNORECASE,
)
# "What is Armenia's official position on attending?": where it stands on the step
_POSITION_ASKED = re.compile(
    _LEAD + r"what(?:['’]s|\s+is|\s+was)\s+(?:the\s+)?(?P<who>(?-i:[A-Z][\w'’-]+"
    r"(?:\s+[A-Z][\w'’-]+)*))['’]s?\s+(?:[\w-]+\s+)?(?:position|stance|status|decision)\s+(?:on|about|"
    r"regarding)\s+(?:attend\w*|going|participat\w*|taking\s+part|joining|the\s+invitation)\b",
    re.IGNORECASE,
)
_STANDING = (
    r"(?:has|have|had)\s+(?:\w+\s+)?yet\s+to|(?:has|have|had)\s+(?:already\s+)?(?:confirmed|"
    r"decided|declined|agreed|accepted|refused)|confirmed|decided|declined|accepted|refused|"
    r"(?:is|are)\s+(?:still\s+)?(?:undecided|expected\s+to|set\s+to|planning\s+to)|plans?\s+to|"
    r"will\s+(?:not\s+)?(?:attend|go|take\s+part|participate|join|send)"
)


def standing_given(question: str, cands: list[Candidate], data: IndexData) -> Candidate | None:
    """For "Is Armenia going?" and "Will Azerbaijan attend?", the best candidate where the
    one asked of stands somewhere on the step ("Azerbaijan has yet to make an official
    decision", "Armenia has already confirmed its attendance"), not one only naming it."""
    m = (
        _STEP_ASKED.match(question)
        or _STAND_ASKED.match(question)
        or _POSITION_ASKED.match(question)
    )
    if m is None:
        return None
    who = re.escape(re.sub(r"['’]s$", "", m.group("who")))
    stands = re.compile(rf"\b{who}(?:['’]s)?\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_STANDING})\b")
    return next((c for c in cands if stands.search(text_of(c, data))), None)


# "Why did Azerbaijan turn down the invitation?": a refusal taken for granted.
_REFUSAL = (
    r"refus\w*|declin\w*|reject\w*|turn(?:s|ed|ing)?\s+(?:\w+\s+)?down|boycott\w*|snub\w*|"
    r"withdr[ae]w\w*|cancel\w*|veto\w*|skip\w*|pull(?:s|ed|ing)?\s+out|back(?:s|ed|ing)?\s+out|"
    r"opt(?:s|ed|ing)?\s+out|said\s+no"
)
# Asked of someone named: "How many signatures were rejected?" may be the article's
# "invalid" in other words; "Why did Armenia decline?" needs a refusal by Armenia.
_REFUSAL_ASKED = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?(?:why|when)\s+(?:did|does|do|has|have|had|is|are|"
    rf"was|were)\s+(?:the\s+)?(?-i:[A-Z]).*\b(?:{_REFUSAL})\b|"
    # "Which countries have declined?", "Who refused?"
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?(?:who|which\s+[\w-]+)\s+(?:(?:have|has|had|did)\s+)?"
    rf"(?:{_REFUSAL})\b|"
    # "Was it June 28 or July 2 that Azerbaijan turned down the invitation?"
    rf"^\W*(?:was|is)\s+it\s+.+?\s+(?:that|when)\s+.*\b(?:{_REFUSAL})\b",
    re.IGNORECASE,
)
_REFUSED = re.compile(rf"\b(?:{_REFUSAL})\b", re.IGNORECASE)
_MAYBE = re.compile(r"\b(?:would|could|might|may|should|if)\b", re.IGNORECASE)


def untold_refusal(question: str, data: IndexData) -> bool:
    """Whether ``question`` asks about a refusal ("Why did Armenia decline?") of which the
    article holds no word at all: its premise is not the article's. "Did Armenia decline?"
    is asked, not taken for granted, and is left to the answer."""
    if _MAYBE.search(question):
        return False  # "Why might it skip the summit?" weighs a refusal, not one made
    return bool(_REFUSAL_ASKED.search(question)) and not any(
        _REFUSED.search(d.text) for d in data.documents
    )


def untold_view(question: str, data: IndexData) -> bool:
    """Whether ``question`` asks what a person the article names said or thinks of a
    thing it names ("What does Lind think about Oakdale?") and no sentence naming that
    person names the thing: their view of something else is no view of it."""
    m = _VIEW_OF_NAMED.search(question)
    if m is None:
        return False
    who, what = m["who"], re.sub(r"['’]s$", "", m["what"])
    if who.lower() in STOPWORDS or what.lower() in STOPWORDS or who.lower() == what.lower():
        return False
    named = re.compile(rf"\b{re.escape(who)}\b")
    # (a person, introduced by full name: "Tom Hale", not "Russia" or "the West")
    full = re.compile(rf"\b(?-i:[A-Z])[\w'’-]+\s+{re.escape(who)}\b")
    if what.lower() not in data.article_words.words or not any(
        full.search(s.text) for s in data.sentences
    ):
        return False
    said = " ".join(s.text.lower() for s in data.sentences if named.search(s.text))
    root = what.lower()[: max(4, len(what) - 2)]  # ("Armenian" is of Armenia)
    return not re.search(rf"\b{re.escape(root)}", said)


def untold_action(question: str, data: IndexData) -> bool:
    """Whether ``question`` asks what a side it names would do if something happened
    ("What would Russia do if Azerbaijan went?") and no sentence has that side doing
    anything to come ("Russia would ...", "Moscow may respond ..."): what it did is no
    answer to what it would do."""
    m = _WHAT_WOULD_DO.search(question)
    who = (m["who"] or m["who2"]) if m else ""
    if m is None or who.lower() in STOPWORDS:
        return False
    coming = re.compile(
        rf"\b{re.escape(who)}[\w'’]*(?:\s+[\w'’,-]+){{0,5}}?\s+(?:would|will|could|may|might|"
        r"plans?|intends?|threaten\w*|vow\w*|pledge\w*|promise\w*|is\s+(?:set|poised|expected|"
        r"likely)\s+to)\b"
    )
    return not any(coming.search(s.text) for s in data.sentences)


# "What would Russia do if Azerbaijan goes?", "Did he say what Iran will do in response?"
_WHAT_WOULD_DO = re.compile(
    r"\bwhat\s+(?P<who>(?-i:[A-Z])[\w'’-]+)\s+(?:would|will|might|could|(?:is|was)\s+going\s+to|"
    r"plans?\s+to|intends?\s+to)\s+do\s+(?:if|when|once|should|in\s+(?:response|retaliation|"
    r"return))\b|"
    # "What consequences did he say Russia would impose if ...?"
    r"\bwhat\s+(?:[\w-]+\s+)?(?:consequences?|measures?|steps?|actions?|retaliation|"
    r"penalt(?:y|ies)|sanctions?|punishments?|response)\s+(?:did|does|has|had)\s+"
    r"(?:he|she|they|it|(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)*)\s+"
    r"(?:say|warn|threaten|signal|suggest)\s+(?:that\s+)?(?P<who2>(?-i:[A-Z])[\w'’-]+)\s+"
    r"(?:would|will|might|could|may)\s+\w+",
    re.IGNORECASE,
)


def untold_reply(question: str, data: IndexData) -> bool:
    """Whether ``question`` asks how someone named answered someone else named ("Did
    Nastasin respond to Musabayov?", "How did Shahinoglu respond to what the Russian
    ministry said?") and no sentence naming the first holds every word of the second: a
    reply is told with both."""
    m = _REPLY_TO.search(question)
    whom = (m["said"] or m["named"] or m["by"] or "") if m else ""
    if m is None or not CAPITALIZED.search(whom):
        return False  # "How did Moscow react to all this?": to the story, told anywhere
    words = [
        w.lower()
        for w in re.findall(r"[\w'’-]+", whom)
        if w.lower() not in STOPWORDS and w.lower() not in _SAYING and not w.endswith("ly")
    ]
    who = re.sub(r"['’]s$", "", m["who"].split()[-1])
    roots = [w[: max(4, len(w) - 2)] for w in words]
    return bool(roots) and not any(
        re.search(rf"\b{re.escape(who)}", s.text)
        and all(re.search(rf"\b{re.escape(r)}", s.text, re.IGNORECASE) for r in roots)
        for s in data.sentences
    )


# "Did Nastasin respond to Musabayov directly?", "How did Fiks react to what Valiyev said?"
_REPLY_TO = re.compile(
    r"\b(?P<who>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)*)\s+(?:\w+ly\s+)?(?:respond|reply|"
    r"react|answer)(?:ed)?\s+(?:\w+ly\s+)?to\s+"
    # someone's words, not an event ("react to Azerbaijan possibly going" is to the story)
    r"(?:what\s+(?P<said>[^?.,;]+?)\s+(?:said|says|had\s+said|wrote|claimed|argued|suggested)\b|"
    # ("those comments from Nastasin")
    r"(?:those|these|the|his|her|their)\s+(?:comments|remarks|words|statements?|claims?)\s+(?:from|by|of)\s+"
    r"(?P<by>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)*)|"
    r"(?P<named>(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)*)(?:['’]s?\s+(?:remarks|"
    r"comments|words|statement|claims?|argument|views?|criticism))?"
    r"(?=\s*(?:directly|personally|publicly|at\s+all)?\s*(?:[?.,;!]|$)))",
)
_SAYING = frozenset(
    "said say says saying remarks remark comments comment statement statements claim claims "
    "words argument view views".split()
)


# "What does Lind think about Oakdale going?": a named person's view of a named thing
_VIEW_OF_NAMED = re.compile(
    r"\b(?:what|how)\s+(?:did|does|do|has)\s+(?:(?-i:[A-Z])[\w'’-]+\s+){0,2}"
    r"(?P<who>(?-i:[A-Z])[\w'’-]+)\s+(?:say|said|"
    r"think|feel|make)\s+(?:about|of|on|regarding)\s+(?:the\s+)?(?P<what>(?-i:[A-Z])[\w'’-]+)",
    re.IGNORECASE,
)


def untold_comparison(question: str, data: IndexData) -> bool:
    """Whether ``question`` compares two things ("Which is older, NATO or the programme?",
    "Is Armenia's army bigger than Azerbaijan's?") by a measure of which the article holds
    no word ("old", "older", "oldest" all absent): a guess from what it says of each."""
    words = data.article_words.words
    if m := _EXTREME.search(question):
        # "Which of them has the most experience?", "Which summit was the biggest?",
        # "Which of the two spends more on it?", "Was Armenia the very first to confirm?"
        word = next(w for w in m.group("what", "est", "verb", "ord") if w).lower()
        if word in words:
            return False
        # ("the least demanded" of an article writing "demand")
        root = re.sub(r"(?:i?est|e?s|ed|ing)$", "", word) if not m.group("ord") else word
        root = re.sub(r"([bdgmnpt])\1$", r"\1", root)
        return len(root) >= 3 and not any(w.startswith(root) for w in words)
    m = _COMPARED.search(question)
    if m is None:
        return False
    more = m.group("more") or m.group("more2")
    word = (more or m.group("er") or m.group("er2") or m.group("est")).lower()
    if word in words:
        return False
    root = word if more else re.sub(r"(?:i?er|i?est)$", "", word)
    root = re.sub(r"([bdgmnpt])\1$", r"\1", root)  # "bigger": "big"
    return len(root) >= 3 and not any(w.startswith(root) for w in words)


_COMPARED = re.compile(
    _LEAD + r"(?:(?:which|who)\s+(?:one\s+|of\s+(?:them|the\s+two)\s+)?(?:is|was|are|were|has|"
    r"had)\s+(?:(?:more|less)\s+(?P<more>[a-z]{3,})|(?P<er>[a-z]{2,}er)|the\s+(?P<est>[a-z]{2,}est))"
    r"\s*[,:-]?\s+[^?]*\bor\b|"
    r"(?:is|are|was|were)\s+[^?]{2,60}?\s+(?:(?:more|less)\s+(?P<more2>[a-z]{3,})|"
    r"(?P<er2>[a-z]{2,}er))\s+than\b)",
    re.IGNORECASE,
)


_EXTREME = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)*(?:(?:which|who)\s+(?:(?:one|of\s+(?:them|these|those|the\s+(?:two|three))|"
    r"[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+)?(?:(?:is|was|are|were|has|had|have)\s+(?:got\s+)?the\s+"
    r"(?:(?:most|least)\s+(?P<what>[a-z]{3,})|(?P<est>[a-z]{2,}est)\b)|"
    r"(?P<verb>[a-z]{3,}(?:s|ed))\s+(?:the\s+)?(?:more|less|most|least)\b(?!\s+than\b))|"
    r"(?:is|was|are|were)\s+[^?]{2,40}?\s+the\s+(?:very\s+)?(?P<ord>first|last|only)\s+"
    r"(?:of|among|to|one)\b)",
    re.IGNORECASE,
)


def _stems(words: Iterable[str]) -> set[str]:
    return {stem(w.lower()) for w in words}


def _shares(asked: set[str], told: set[str]) -> bool:
    """Whether a word asked is told, or begins one ("comment" of "commentary")."""
    return any(a in told or any(len(a) >= 5 and t.startswith(a) for t in told) for a in asked)


# "What does the Atlas Research Center do?", "What is the Milli Majlis, exactly?"
_BODY_ASKED = re.compile(
    _LEAD + r"what(?:['’]s|\s+is|\s+does|\s+do)\s+the\s+(?P<name>(?-i:[A-Z])[\w'’-]*"
    r"(?:\s+(?:(?:of|for|and|on)\s+)?(?-i:[A-Z])[\w'’-]*)*)\s*,?\s*(?:(?:actually|exactly|even|"
    r"really)\s+)?(?:do|does|doing|exactly|actually)?\W*$",
    re.IGNORECASE,
)
# A name told only as where someone works or what something is in or went to: "head of
# the Atlas Research Center", "participation in the Assembly", "told Turan"
_DEPENDENT = re.compile(
    r"\b(?:of|in|at|from|with|to|for|by|into|on|within|under|inside|told|telling)\s+"
    r"(?:the\s+)?[\"“]?$",
    re.IGNORECASE,
)


def untold_body(question: str, data: IndexData) -> bool:
    """Whether ``question`` asks what a body the article names is or does ("What does the
    Atlas Research Center do?") and the article names it only after a preposition ("head
    of the Atlas Research Center"): it never says what that body is. A body it names
    otherwise ("NATO's "Partnership for Peace" program") may be told, and is left to the
    answer."""
    m = _BODY_ASKED.match(question)
    if m is None:
        return False
    name = m["name"]
    seen = False
    for d in data.documents:
        for at in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", d.text):
            seen = True
            if not _DEPENDENT.search(d.text[max(0, at.start() - 30) : at.start()]):
                return False
    return seen


# Offices of two words, which an article names as such when it names them at all ("the
# secretary general" is not its "Assistant Secretary" nor its "General Staff")
_OFFICE = re.compile(
    r"\b(?:secretary[\s-]+general|prime[\s-]+minister|vice[\s-]+president|"
    r"attorney[\s-]+general|(?:defen[cs]e|interior|finance|justice)[\s-]+minister)s?\b",
    re.IGNORECASE,
)


def untold_office(question: str, data: IndexData) -> bool:
    """Whether ``question`` names an office ("Did he bring a message from the NATO
    Secretary General?") that the article never names: as unknown as a name it never
    mentions.

    >>> from types import SimpleNamespace
    >>> article = SimpleNamespace(documents=[SimpleNamespace(text="The Prime Minister spoke.")])
    >>> untold_office("Did the secretary general speak?", article)
    True
    >>> untold_office("Did the prime minister speak?", article)
    False
    """
    if _GUESSING.search(question):
        return False  # "Was it the NATO Secretary General?": a guess the answer corrects
    texts = [re.sub(r"[\s-]+", " ", d.text.lower()) for d in data.documents]
    for m in _OFFICE.finditer(question):
        office = re.sub(r"[\s-]+", " ", m.group(0).lower()).removesuffix("s")
        source = _FROM_OFFICE.search(question[: m.start()]) or _OFFICE_SAYS.match(
            question[m.end() :]
        )
        if source and not any(office in t for t in texts):
            return True
    return False


# The office as the one speaking or sending: "a message from the NATO Secretary General",
# "What does the Prime Minister think?", "Did the prime minister comment?"
_FROM_OFFICE = re.compile(
    r"\b(?:from|by|of)\s+(?:the\s+)?(?:[\w'’-]+\s+)?$|"
    r"^\W*(?:what|how|did|does|do|has|have|will|would)\s+(?:\w+\s+)?(?:the\s+)?(?:[\w'’-]+\s+)?$",
    re.IGNORECASE,
)
_OFFICE_SAYS = re.compile(
    r"\s+(?:\w+ly\s+)?(?:think|thinks|say|says|said|comment\w*|react\w*|respond\w*|want\w*|"
    r"believ\w*|feel\w*|sent|send\w*|announc\w*|stat\w*)\b",
    re.IGNORECASE,
)
# A guess or a check, which the answer corrects: "... or ...?", "..., didn't it?", "I think"
_GUESSING = re.compile(
    r"\bor\b|\b(?:right|correct|true|isn['’]?t\s+it|didn['’]?t\s+(?:it|he|she|they)|"
    r"wasn['’]?t\s+(?:it|he|she)|i\s+think|i\s+thought|i\s+assume|i\s+guess|"
    r"(?:was|is)\s+(?:it|he|she|that)\s+(?:the|a|an)\b)|\?\?",
    re.IGNORECASE,
)
