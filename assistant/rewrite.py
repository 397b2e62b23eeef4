"""Follow-ups that lean on the conversation made to stand alone.

"What date did he comment?" after "Who is Andrei Nastasin?" is searched as the question
plus the conversation's last topic, so retrieval does not drift to whatever "he" matches
best on its own. Questions that already name their subject are left as they are.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterable, Sequence

from .capitals import country_of_people, is_nationality, is_place
from .features import CALENDAR_NAMES, DAY, MONTH_NAMES
from .lexical import CAPITALIZED, STANCE, STOPWORDS, SUBJECT_PRONOUN, stem, tokenize
from .names import other_forms
from .rules import BODY, INTRODUCED, MEETING, REFUSAL, ROLES, question_names, reports_speech

_PRONOUNS = re.compile(
    r"\b(he|she|it|they|him|her|them|his|hers|its|their|theirs|this|that|these|those|there|"
    r"then|the same|the other|one|ones)\b",
    re.IGNORECASE,
)
_PERSON = re.compile(r"\b(he|she|they|him|her|them|his|hers|their|theirs)\b", re.IGNORECASE)
_HIS_HER = re.compile(r"\b(?:his|her)\b", re.IGNORECASE)
# "the NATO officer he met": one "he" met, "he" being the one before
_KIND_HE = re.compile(
    r"\b(?i:the)\s+(?:[A-Z]{2,}\s+)?[a-z]+\s+(?:(?:who|whom|that)\s+)?(?i:he|she|they)\s+[a-z]+"
)
_HE_ASKED = re.compile(
    r"\b(?:does|did|is|was|has|had|will|would|can|could)\s+(?:he|she)\b", re.IGNORECASE
)
_THE_END = re.compile(r"\bthe\s+$", re.IGNORECASE)
_THAT_KIND = re.compile(r"\b(?i:that|this)\s+[A-Z]{2,}\s+[a-z]{3,}\b")
_CONTINUATION = re.compile(
    r"^\s*(and|but|also|so|or|what about|how about|what else|what other|anything else|more|why|"
    r"how come|really|ok|okay)\b",
    re.IGNORECASE,
)
_AND = re.compile(r"^\s*(?:and|but|also|or)\b[\s,]*(?!(?:what|how)\s+about\b)", re.IGNORECASE)
# "... connected to it?", "... part of that?": a thing named before, as the last words
_LAST_OBJECT = re.compile(
    r"\b(?:to|with|about|of|for|on|in|from|at|towards?|against|into)\s+(?:it|them|that|this)"
    r"\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# "Which countries specifically?": which of those the answer before told of
_NARROWED = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?(?:which|what|who)(?:\s+[a-z]+){0,2}\s+"
    r"(?:specifically|exactly|precisely|in\s+particular)\W*$",
    re.IGNORECASE,
)
# "Who was the official?", "who's that guy?": a person the answer before named
_WHO_WAS_THE_ONE = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?(?:who(?:\s+(?:was|is)|['’]s)|"
    # ("What was the name of the official who spoke?", "Who's the named official?")
    r"what(?:\s+(?:was|is)|['’]s)\s+the\s+name\s+of)\s+(?:the|that|this)\s+"
    r"(?:(?:named|quoted|cited)\s+)?"
    r"(?:official|person|man|woman|guy|spokes(?:man|woman|person)|representative|expert|"
    r"officer|diplomat|analyst)(?:\s+exactly)?"
    # ("who was the official that said it?")
    r"(?:\s+(?:that|who)\s+(?:(?:said|made|gave)\s+(?:it|that|this|so|them)|spoke|"
    r"commented|responded|reacted|weighed\s+in))?\W*$",
    re.IGNORECASE,
)
_NAME = re.compile(r"\b[A-Z][\w'’-]*(?:\s+(?:of|de|al|the|for|and)?\s*[A-Z][\w'’-]*)*")
# "that comment", "those remarks": a thing the answer before told of
_THAT_TOLD = re.compile(
    r"\b(?:that|this|those|these)\s+(?:comments?|commentary|remarks?|statements?|words|quotes?|"
    r"claims?|warnings?|"
    r"meetings?|talks|visits?|invitations?|decisions?|dates?|events?|reactions?|responses?|replies)\b",
    re.IGNORECASE,
)


def is_follow_up(question: str) -> bool:
    """Whether ``question`` probably needs the conversation to be understood."""
    content = tokenize(question)
    if len(content) <= 1 or _NARROWED.match(question):
        return True
    if _CONTINUATION.search(question):
        # "And who said Azerbaijan can and should participate?" carries its own topic;
        # the question before it would only pull retrieval back to the last answer.
        named = any(m.start() > 0 for m in _NAME.finditer(question))
        topic = len(content) >= 3 or (named and len(content) >= 2)
        return not (_AND.match(question) and topic and not _PRONOUNS.search(question))
    names = [m for m in _NAME.finditer(question) if m.start() > 0]
    # "What did he stress when he met the NATO officer?": the person comes first, as a
    # pronoun; the name after it is only part of what is asked about him.
    person = _PERSON.search(question)
    if person and names and person.start() < names[0].start() and len(content) <= 10:
        return True
    if _HIS_HER.search(question) and names and all(is_place(m.group(0)) for m in names):
        return len(content) <= 10  # "What should come first for Baku, in his view?": his
    if names and _LAST_OBJECT.search(question):
        return len(content) <= 6  # "How is Azerbaijan connected to it?": to the last topic
    that = _THAT_TOLD.search(question)
    if that and names and that.start() < names[0].start() and len(content) <= 12:
        # "How does the writer read that comment, and what does it show about Baku?": the
        # comment just quoted, whatever is named after it
        return True
    if (
        names
        and all(m.group(0).isupper() for m in names)
        and (_KIND_HE.search(question) or _THAT_KIND.search(question))
    ):
        # "Who was the NATO officer he met with?", "What position does that NATO
        # interlocutor hold?": the one before, NATO a kind
        return len(content) <= 6
    if (
        names
        and _HE_ASKED.search(question)
        and all(_THE_END.search(question[: m.start()]) for m in names)
    ):
        # "Which committee of the Milli Majlis does he sit on?": a body named with "the"
        # is not who "he" is
        return len(content) <= 12
    return bool(_PRONOUNS.search(question)) and not names and len(content) <= 6


def _said(history: Sequence[dict[str, str]], role: str) -> list[str]:
    """What ``role`` ("user" or "assistant") said in ``history``, turn by turn, oldest
    first; empty turns left out."""
    return [h["content"] for h in history if h.get("role") == role and h.get("content")]


def rewrite(question: str, history: Sequence[dict[str, str]]) -> str:
    """The search query for ``question`` given earlier turns (oldest first).

    >>> rewrite("What date did he comment?",
    ...         [{"role": "user", "content": "Who is Andrei Nastasin?"},
    ...          {"role": "assistant", "content": "He is a deputy director."}])
    'What date did he comment? Who is Andrei Nastasin?'
    """
    recalled = _recalls(question, history) or _asks_speaker(question)
    if not history or not (is_follow_up(question) or recalled):
        return question
    users = _said(history, "user")
    if not users:
        return question
    context = users[-1]
    # A follow-up to a follow-up borrows the topic from one turn further back too.
    if len(users) >= 2 and is_follow_up(context):
        context = f"{context} {users[-2]}"
    return f"{question.strip()} {context.strip()}"


def asked_of_before(question: str, history: Sequence[dict[str, str]]) -> str | None:
    """ "When?" or "On which date?" after a yes-or-no question ("Did Russia react to the
    invitation?") asks that question with the word asked ("When did Russia react to the
    invitation?"), and "Who exactly?" after "Did Moscow react?" asks who spoke for it;
    None for any other question.

    >>> asked_of_before("On which date?",
    ...                 [{"role": "user", "content": "Did Russia react to the plan?"}])
    'When did Russia react to the plan?'
    """
    users = _said(history, "user")
    if users and _BARE_WHO.match(question) and (said := _YES_NO_REACTED.match(users[-1])):
        return f"Who spoke for {said.group('who')}?"  # "Did Moscow react?", then "Who?"
    m = _BARE_WH.match(question)
    yes_no = _YES_NO.match(users[-1]) if m and users else None
    if m is None or yes_no is None:
        return None
    wh = m.group("wh").lower()
    asked = "Why" if wh in ("why", "how come") else "Where" if wh == "where" else "When"
    rest = yes_no.group("rest")
    if re.match(r"since\s+when", wh):
        # "Has it worked with them for long?", then "Since when?"
        asked, rest = "Since when", re.sub(r"\s+for\s+(?:long|a\s+long\s+time|years)$", "", rest)
    return f"{asked} {yes_no.group('aux').lower()} {rest}?"


def thing_for_it(question: str, history: Sequence[dict[str, str]]) -> str | None:
    """ "What day does it start?" after "Is the summit still coming up?" asks "What day
    does the summit start?": the thing the yes-or-no question before was about; None
    for any other question.

    >>> thing_for_it("When does it open?",
    ...              [{"role": "user", "content": "Is the new bridge finished?"}])
    'When does the new bridge open?'
    """
    users = _said(history, "user")
    named = _WHAT_IS_NAMED.match(users[-1]) if users else None
    if named and (
        _WHO_RUNS_IT.match(question)
        # ("How is Lind connected to it?": a person asked of beside it)
        or (_LAST_OBJECT.search(question) and re.search(r"\bit\W*$", question, re.I))
    ):
        # "What is the Atlas Research Center?", then "who runs it?"
        return re.sub(r"\bit\b(?=\W*$)", named.group(1), question, count=1)
    thing = _YES_NO_THING.match(users[-1]) if users else None
    if thing is None or not _IT_DOES.search(question):
        return None
    return _IT_DOES.sub(lambda m: f"{m.group(1)} {thing.group(1)}", question, count=1)


# "What happened then?", "And what took place that day?"
_HAPPENED_THEN = re.compile(
    r"^\W*(?:(?:and|so|ok|okay)[\s,]+)?what\s+(?:happened|took\s+place|went\s+on)\s+"
    r"(?:then|that\s+day|on\s+that\s+(?:day|date))\W*$",
    re.IGNORECASE,
)


def day_for_then(question: str, history: Sequence[dict[str, str]]) -> str | None:
    """ "What happened then?" after a question or remark naming one day ("There's a date,
    June 28, early in the piece.") asks what happened that day; None for any other.

    >>> day_for_then("What happened then?", [{"role": "user", "content": "It says May 4."}])
    'What happened on May 4?'
    """
    users = _said(history, "user")
    if m := _HAPPENED_NEXT.match(question):
        # "And then what happened the next day?" after an answer dated July 2: July 3
        answers = _said(history, "assistant")
        days = DAY.findall(m["day"] or "") or (DAY.findall(users[-1]) if users else [])
        days = days or (list(dict.fromkeys(DAY.findall(answers[-1]))) if answers else [])
        step = -1 if (m["dir"] or m["dir2"]).lower() in ("before", "previous") else 1
        day = _day_moved(days[0], step) if len(days) == 1 else None
        return f"What happened on {day}?" if day else None
    days = DAY.findall(users[-1]) if users and _HAPPENED_THEN.match(question) else []
    return f"What happened on {days[0]}?" if len(days) == 1 else None


def _day_moved(day: str, step: int) -> str | None:
    """ "July 3" for "July 2" moved one day on (None for a day not written "July 2").

    >>> _day_moved("March 31", 1)
    'April 1'
    """
    try:
        moved = datetime.datetime.strptime(f"{day} 2001", "%B %d %Y") + datetime.timedelta(step)
    except ValueError:
        return None
    return f"{moved:%B} {moved.day}"


_HAPPENED_NEXT = re.compile(
    r"^\W*(?:(?:and|so|ok|okay)[\s,]+)?(?:then[\s,]+)?what\s+(?:happened|took\s+place|went\s+on)"
    r"\s+(?:next\s+|then\s+)?(?:on\s+)?(?:the\s+(?P<dir>next|following|previous)\s+day|the\s+day\s+"
    r"(?P<dir2>after|before)(?:\s+(?:that|it|(?P<day>\w+\s+\d{1,2})))?)\W*$",
    re.IGNORECASE,
)


def country_for_it(question: str, history: Sequence[dict[str, str]]) -> str | None:
    """ "Has it said yes?" after "Was Armenia invited too?" asks "Has Armenia said yes?":
    a country that answers or decides, named first in the yes-or-no question before;
    None for any other question.

    >>> country_for_it("Has it agreed?", [{"role": "user", "content": "Was Chile asked?"}])
    'Has Chile agreed?'
    """
    users = _said(history, "user")
    named = _YES_NO_COUNTRY.match(users[-1]) if users else None
    if named is None or not is_place(named.group(1)):
        return None
    country = named.group(1)
    if re.search(r"['’]s$", country):
        # "Did Chile's foreign ministry comment?", then "What did it say?": the ministry
        after = re.match(r"\s+((?:[a-z]+\s+){0,2}[a-z]+)", users[-1][named.end() :])
        words = after.group(1).split() if after else []
        ends = next((i for i, w in enumerate(words) if BODY.fullmatch(w)), None)
        country = country[:-2] if ends is None else f"{country} {' '.join(words[: ends + 1])}"
    if m := _WHO_FOR_IT.search(question):
        # "Did Chile go in the end?", then "Who represented it?": who represented Chile
        return f"{question[: m.end() - 2]}{country}{question[m.end() :]}"
    if not _IT_DECIDES.search(question):
        return None
    return _IT_DECIDES.sub(lambda m: f"{m.group(1)} {country}", question, count=1)


_YES_NO_COUNTRY = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?(?:(?:in\s+the\s+end|finally|ultimately|eventually)[\s,]+)?"
    r"(?:is|was|has|did|does|will)\s+((?-i:[A-Z])[\w'’-]+)\b",
    re.IGNORECASE,
)
_WHO_FOR_IT = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?who\s+(?:(?:will|would|is|was|did)\s+)?(?:represent\w*|led|"
    r"leads?|leading|head\w*|spoke\s+for|speaks?\s+for|went\s+for|go(?:es)?\s+for)\s+it\b",
    re.IGNORECASE,
)
_IT_DECIDES = re.compile(
    r"\b(has|have|did|does|will|is)\s+it\b(?=\s+(?:\w+ly\s+)?(?:said|say|decided|decide|agreed|"
    r"agree|confirmed|confirm|accepted|accept|responded|respond|replied|reply|answered|answer|"
    r"committed|commit|signed|sign|going|attending|turned|turn)\b)",
    re.IGNORECASE,
)
# "Is the summit still coming up?", "Was the meeting in Baku?": the thing asked of
_YES_NO_THING = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?(?:is|was|will|has|did|does)\s+"
    r"(the\s+(?:[\w-]+\s+){0,2}?(?!(?:still|already|really|also|going)\b)[\w-]+)\s+"
    r"(?:still|already|really|also|going|set|happening|coming|approaching|over|finished|held|"
    r"planned|scheduled|in|on|at|taking)\b",
    re.IGNORECASE,
)
_WHAT_IS_NAMED = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?what(?:['’]s|\s+is|\s+was)\s+"
    r"(the\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)+)\W*$",
    re.IGNORECASE,
)
_WHO_RUNS_IT = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?who\s+(?:runs|leads|heads|directs|chairs|is\s+in\s+"
    r"charge\s+of)\s+it\W*$",
    re.IGNORECASE,
)
_IT_DOES = re.compile(r"\b(does|did|will|is|was)\s+it\b(?!\s+(?:say|mean|matter)\b)", re.IGNORECASE)


_BARE_WHO = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?(?:who|by\s+whom|who\s+was\s+it|who\s+did)"
    r"(?:\s+(?:exactly|then|precisely))?"
    # "who exactly said it?": who spoke for them
    r"(?:\s+(?:said|says|spoke|did)\s+(?:it|that|so|this))?\W*$",
    re.IGNORECASE,
)
_YES_NO_REACTED = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?(?:did|has|have|had)\s+(?P<who>(?:the\s+)?(?-i:[A-Z])[^?]*?)\s+"
    r"(?:\w+ly\s+)?(?:react|respond|reply|comment|weigh\s+in|say\s+anything|speak\s+out)\b",
    re.IGNORECASE,
)
_BARE_WH = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?(?P<wh>when|since\s+when|where|why|how\s+come|"
    r"(?:(?:on|as\s+of|since)\s+)?(?:which|what)\s+(?:date|day))"
    r"(?:[\s,]+(?:exactly|then|was\s+that|roughly|approximately|about))?\W*$",
    re.IGNORECASE,
)
_YES_NO = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?(?P<aux>did|does|do|has|have|had|is|are|was|were|"
    r"will)\s+(?P<rest>(?-i:[A-Z])[^?]*?|the\s[^?]*?)\W*$",
    re.IGNORECASE,
)


def _asks_speaker(question: str) -> bool:
    """Whether ``question`` asks, without a name, who spoke or what was said."""
    named = any(m.start() > 0 for m in _NAME.finditer(question))
    return not named and len(tokenize(question)) <= 6 and bool(SPEAKER_ASKED.search(question))


# "Where did the meeting take place?" after "Who did Valiyev meet?": "the meeting" is the
# one the conversation just told of.
_WHERE_OR_WHEN = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?(?:where|when|(?:in\s+)?(?:which|what)\s+(?:city|town|"
    r"place|location|country)|(?:on\s+)?what\s+(?:date|day))\b",
    re.I,
)
_WHICH_THING = re.compile(r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?which\s+([a-z]{3,})\b", re.I)
_THE_THING = re.compile(r"\bthe\s+([a-z]{3,})\b")
_THAT_THING = re.compile(r"\b(?:that|this)\s+([a-z]{3,})\b")
_NOT_RECALLED = frozenset(stem(w) for w in "article story piece text report news author".split())


# "Who said it?", "What's the title of the official who spoke?", "What was the gist of
# what they said?": the one who spoke, after an answer telling that someone did.
SPEAKER_ASKED = re.compile(
    r"\bwho\s+(?:actually\s+|really\s+|exactly\s+)?(?:said|says|made|gave|issued|voiced|spoke|"
    r"commented|was\s+speaking|"
    r"(?:was|is)\s+behind)\b|"
    r"\b(?:title|name|role|position|job)\s+of\s+(?:the\s+)?(?:official|person|man|woman|"
    r"spokes\w+|one|representative)\s+(?:who|that)\b|"
    r"\b(?:official|person|spokes\w+)\s+behind\b|\bgist\s+of\s+what\b|"
    r"\bwhat\s+(?:did|do|does)\s+(?:they|it)\s+(?:say|claim|argue)\b|"
    r"\bwhat(?:['’]s|\s+is|\s+was)\s+(?:their|its)\s+(?:claim|argument|point|message)\b",
    re.IGNORECASE,
)


def _recalls(question: str, history: Sequence[dict[str, str]]) -> bool:
    """Whether a short question of place or time without names speaks of "the <thing>"
    the last exchange (question or answer) named, in any form ("the meeting" of "met"),
    or asks "which <thing>" of it in a word or two."""
    if not (_WHERE_OR_WHEN.match(question) or _WHICH_THING.match(question)):
        return False
    said = [h.get("content") or "" for h in history[-2:]]
    last = set(tokenize(" ".join(said)))
    # "When did that meeting with the NATO guy take place?": "that" points back, names
    # and all
    if any((w := stem(m.group(1))) in last for m in _THAT_THING.finditer(question)):
        return True
    if any(m.start() > 0 for m in _NAME.finditer(question)) or len(tokenize(question)) > 6:
        return False
    things = list(_THE_THING.finditer(question))
    if (m := _WHICH_THING.match(question)) and len(tokenize(question)) <= 3:
        things.append(m)  # "Which committee exactly?" of "a member of the ... Committee"
    if any(MEETING.fullmatch(m.group(1)) for m in things) and any(map(MEETING.search, said)):
        return True  # "the talks" of "met in Baku"
    return any((w := stem(m.group(1))) in last and w not in _NOT_RECALLED for m in things)


_ELLIPSIS = re.compile(
    r"^\s*(?i:(?:and|but|so|ok|okay)\b[\s,]*)?(?i:(?:what|how)\s+about\s+|"
    # "And what's the status on Azerbaijan?"
    r"what(?:['’]s|\s+is)\s+the\s+(?:status|situation|story|position|latest)\s+"
    r"(?:on|with|for|of|from|in)\s+)?"
    r"(?P<subject>(?i:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
    # ("And what's the status on the Azerbaijani side?": Azerbaijan)
    r"(?P<side>\s+(?i:side|camp))?"
    # "What about Azerbaijan, where does it stand?": the same question of it
    r"(?:\s*[,;:–—-]+\s*(?i:where\s+(?:does|do|did)\s+(?:it|they|he|she)\s+stand"
    r"(?:\s+on\s+(?:it|that|this))?(?:\s+now)?))?\s*\?*\s*$"
)
_LEAD = re.compile(r"\s*(?i:and|but|so|ok|okay|what|how)\b")
# A run of capitalized words after the first word: the name a question is about.
_NAME_RUN = re.compile(r"(?<!^)(?<![\w'’-])[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")


def substituted(
    question: str,
    history: Sequence[dict[str, str]],
    alike: Callable[[str, str], bool] | None = None,
) -> str | None:
    """The question an elliptical follow-up stands for: "What about Azerbaijan?" or "And
    Azerbaijan?" after "Has Armenia confirmed its attendance?" asks "Has Azerbaijan
    confirmed its attendance?". None when ``question`` is not such a follow-up, or the
    question before it does not name exactly one thing to put it in place of. When it
    names several ("Is Armenia going to the Washington summit?"), ``alike(name,
    subject)`` picks the one the new subject stands beside (the article lists
    "Azerbaijan and Armenia" together, never Washington).

    >>> substituted("What about Azerbaijan?",
    ...             [{"role": "user", "content": "Has Armenia confirmed its attendance?"}])
    'Has Azerbaijan confirmed its attendance?'
    >>> substituted("And what about Armenia, where does it stand?",
    ...             [{"role": "user", "content": "Has Azerbaijan decided yet?"}])
    'Has Armenia decided yet?'
    """
    m = _ELLIPSIS.match(question)
    if not m or _LEAD.match(m.group("subject")):
        return None
    # "and Iran's?" after "How did Russia react?": Iran, in Russia's place
    subject = re.sub(r"['’]s$", "", m.group("subject"))
    if m["side"]:
        country = country_of_people(re.sub(r"^the\s+", "", subject, flags=re.IGNORECASE))
        if country is None:
            return None
        subject = country
    # "Iran?" alone after "Did Russia respond?": a country for a country (not "Fiks?",
    # which may ask who he is)
    alone = not _LEAD.match(question)
    if alone and not is_place(subject):
        return None
    users = _said(history, "user")
    if not users:
        return None
    before = substituted(users[-1], history[: _index_of_last_user(history)], alike) or users[-1]
    names = list(_NAME_RUN.finditer(before))
    if alone:
        names = [n for n in names if is_place(re.sub(r"['’]s$", "", n.group(0)))]
    if len(names) > 1 and alike is not None:
        bare = re.sub(r"^the\s+", "", subject, flags=re.IGNORECASE)
        names = [n for n in names if alike(re.sub(r"['’]s$", "", n.group(0)), bare)]
    if len(names) != 1:
        return None
    name = names[0]
    # Keep a possessive on the name being replaced ("Armenia's" -> "Azerbaijan's").
    possessive = re.search(r"['’]s$", name.group(0))
    tail = possessive.group(0) if possessive else ""
    head = before[: name.start()]
    if re.search(r"\bthe\s+$", head, re.IGNORECASE):
        subject = re.sub(r"^the\s+", "", subject, flags=re.IGNORECASE)
    return head + subject + tail + before[name.end() :]


def _index_of_last_user(history: Sequence[dict[str, str]]) -> int:
    return max((i for i, h in enumerate(history) if h.get("role") == "user"), default=0)


# "What's his official title again?" after a question naming one person: that person's role.
_ROLE_OF_PRONOUN = re.compile(
    r"^\W*(?:(?:and|so|ok|okay)\W+)?what(?:['’]s|\s+is|\s+was)\s+(?:his|her)\s+"
    # ("his position on going" is his view)
    r"(?:[\w-]+\s+)?(?:role|job|position(?!\s+(?:on|about|regarding|towards?)\b)|title|post)\b"
    r"[\w\s]*\?*\s*$|"
    # "Exact title?", "and his job?": the title, in a word or two
    r"^\W*(?:and\s+)?(?:(?:his|her|the)\s+)?(?:(?:exact|full|official|actual|job)\s+)?"
    r"(?:role|job|title|position|post)(?:\s+(?:again|exactly|then))?\W*$",
    re.IGNORECASE,
)
_ASKS_WHO = re.compile(
    r"^\W*(?:and\s+)?(?:who(?!(?:\s+(?:is|was)|['’]s)\s+(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\W*$)|"
    # "Which US official delivered it?"
    r"which\s+(?:[\w-]+\s+){0,2}?(?:official|minister|diplomat|person|officer|envoy|expert|"
    r"analyst|lawmaker|politician|leader|representative|spokes(?:man|woman|person)|councill?or|"
    r"delegate|mayor|governor|senator|ambassador))\b",
    re.IGNORECASE,
)


# "he met someone from NATO, who was it?": asked who, at the end
_WHO_AFTER = re.compile(r"[,;]\s*who\s+(?:was|is)\s+(?:it|that|he|she)\W*$", re.IGNORECASE)
_WHO_DID = re.compile(r"^\W*(?:and\s+)?whom?\s+(?:did|does|do|will|would|has|had)\b", re.IGNORECASE)
# ("who's james o'brien, the us guy who went there": the name, then what the reader knows)
_WHO_IS = re.compile(
    r"^\W*(?:and\s+)?who(?:['’]s|\s+is|\s+was)\s+[\w'’ -]+?(?:,[^?]*)?\W*$", re.IGNORECASE
)


def role_question(question: str, history: Sequence[dict[str, str]]) -> str | None:
    """ "What's his job title?" after "What did James O'Brien do on June 28?" asks "What
    is James O'Brien's role?", which the article answers where it introduces him. None
    unless the question before names exactly one person (two or more capitalized words).

    >>> role_question("what's his title again?",
    ...               [{"role": "user", "content": "What did Ann Lee do on June 28?"}])
    "What is Ann Lee's role?"
    """
    asks = _ROLE_OF_PRONOUN.match(question)
    person = _person_named_before(history, identity=True) if asks else None
    return f"What is {person}'s role?" if person else None


def the_one_named(question: str, history: Sequence[dict[str, str]]) -> str | None:
    """ "Who was the official?" after an answer naming one person the question before
    did not ("Did the ministry comment?", answered by "... Ann Lee, its deputy head,
    said ...") asks who that person is; None for any other question.

    >>> the_one_named("Who was the official?",
    ...               [{"role": "user", "content": "Did the ministry comment?"},
    ...                {"role": "assistant", "content": "Ann Lee, its deputy head, said no."}])
    'Who is Ann Lee?'
    """
    if not _WHO_WAS_THE_ONE.match(question):
        return None
    users, answers = _said(history, "user"), _said(history, "assistant")
    if not users or not answers:
        return None
    asked = {w.lower() for w in re.findall(r"[\w'’-]+", users[-1])}
    people = _not_asked(people_named(answers[-1]), asked)
    return f"Who is {people[0]}?" if len(people) == 1 else None


# "when was he over there?": when someone was somewhere or did something
_WHEN_HE = re.compile(
    r"^\W*(?:(?:ok|okay|and|so|then)[\s,]+)*(?:when|on\s+what\s+(?:date|day)|what\s+day)\s+"
    r"(?:was|did|is|will|does)\s+(?:he|she)\s+(?:\w+\s+)?(?:in|at|there|over|vis\w*|go|went|"
    # (not "When did he give that interview?": an event of his the article may not date)
    r"come|came|arriv\w*|travel\w*|get|got)\b",
    re.IGNORECASE,
)


def dated_by_name(question: str, history: Sequence[dict[str, str]]) -> str | None:
    """ "When was he in Azerbaijan?" asked of the one person the question before named,
    by name: the question before, searched with it, finds its own sentence, not his date;
    None for any other question.

    >>> dated_by_name("ok and when was he over there?",
    ...               [{"role": "user", "content": "What did Ann Lee do?"},
    ...                {"role": "assistant", "content": "Ann Lee visited Oslo."}])
    'ok and when was Ann Lee over there?'
    """
    if not _WHEN_HE.match(question):
        return None
    person = person_referred_to(question, history)
    return named_for_pronoun(question, person) if person else None


def _person_named_before(
    history: Sequence[dict[str, str]], *, identity: bool = False
) -> str | None:
    """The one person the last user question named, if it named exactly one; when it
    asked who ("Who heads the center?") or named no one, the one person its answer named
    that the question did not. After "Who did Valiyev meet?", "he" is Valiyev, unless
    ``identity``: "What country is he from?" asks of the one just met."""
    users = _said(history, "user")
    if not users:
        return None
    # "The MP says they should attend. Does the Atlas guy agree?": the one asked about, not
    # the one the remark before the question names
    pieces = re.split(r"(?<=[.!])\s+(?=[A-Z])", users[-1].strip())
    if len(pieces) > 1 and pieces[-1].endswith("?") and question_names(pieces[-1]):
        users = [*users[:-1], pieces[-1]]
    answers = [h.get("content") or "" for h in history if h.get("role") == "assistant"]
    answered = people_named(answers[-1] if answers else "")
    # "what's musabayov's view?", "who is shahinoglu?" name him by one word, typed in
    # lower case: the answer's person of that name.
    asked = _words_of(users[-1])
    by_word = [p for p in answered if set(p.lower().split()) & asked]
    # "What is Musabayov's stance?": one name, the one speaking in the answer
    speaking = [
        n
        for n in dict.fromkeys(re.sub(r"['’]s$", "", w) for w in question_names(users[-1]))
        if answers and _speaks(answers[-1], n)
    ]
    if not by_word and len(speaking) == 1:
        by_word = speaking
    named = people_named(users[-1]) or by_word
    if _ASKS_WHO.match(users[-1]) and _WHO_DID.match(users[-1]) and named and not identity:
        people = named  # "Who did Valiyev meet?", then "What did he stress?": Valiyev
    elif (_ASKS_WHO.match(users[-1]) or _WHO_AFTER.search(users[-1])) and not (
        _WHO_IS.match(users[-1]) and by_word
    ):
        people = _not_asked(answered, asked)
        if len(people) > 1 and answers:
            people = _the_one_described(users[-1], answers[-1], people)
        if not people and answers:
            # "Who told Turan ...?" answered "... ," Musabayov told Turan": one surname
            people = [n for n in _speakers(answers[-1]) if n.lower() not in asked]
    else:
        # "What did the think tank's head say?": no one named, the answer names them;
        # "shahinoglu quote on nato events": the one of that surname speaking in it
        spoke = [n for n in _speakers(answers[-1]) if n.lower() in asked] if answers else []
        # "some politician said they should go", then "who is he?": the one speaking
        heard = _speakers(answers[-1]) if answers and _SOMEONE.search(users[-1]) else []
        # "Which member of parliament is quoted?", answered '"...," Musabayov told Turan':
        # the one speaking, named by surname alone
        alone = _speakers(answers[-1]) if answers and not question_names(users[-1]) else []
        people = people_named(users[-1]) or by_word or answered or spoke or heard or alone
        if len(people) > 1 and people == answered:
            # "Did the head of the General Staff meet NATO officers?", answered "Karim
            # Valiyev, Chief of the General Staff ..., met ... Stefan Fiks, Deputy Chief of
            # Staff of ...": the one whose title the question gives
            people = _the_one_titled(users[-1], answers[-1], people)
    return re.sub(r"['’]s$", "", people[0]) if len(people) == 1 else None


_DEED = re.compile(
    r"\b(?:met|meet\w*|spoke|speak\w*|visit\w*|hosted|talked|"
    r"stressed|underscored)\b",
    re.IGNORECASE,
)
_TITLE_WORD = re.compile(
    r"\b(?:head|chief|director|deputy|chair\w*|general|commander|minister|secretary|"
    r"spokes\w+|member|leader|president)\b",
    re.IGNORECASE,
)


def _the_one_titled(question: str, answer: str, people: list[str]) -> list[str]:
    """Of ``people``, the one whose title in ``answer`` (the words after "<name>,") holds
    more of the question's capitalized words than any other's; else all of them.

    >>> _the_one_titled("Did the Harbour Board chair speak?",
    ...     "Ann Lee, chair of the Harbour Board, met Tom Hale, a clerk.", ["Ann Lee", "Tom Hale"])
    ['Ann Lee']
    """

    def stems(text: str) -> set[str]:
        # ("Azerbaijan's" of "Azerbaijani")
        return {w[:6].lower() for w in re.findall(r"\b[A-Z][\w-]*", text)}

    # the words describing the one who did it, before the deed ("the head of Azerbaijan's
    # General Staff met NATO officers": not NATO's), and only where a title is given
    subject = _DEED.split(question, maxsplit=1)[0]
    if not _TITLE_WORD.search(subject):
        return people
    asked = stems(subject.split(None, 1)[1] if " " in subject else "")
    held = {
        p: len(asked & stems(m.group(1)))
        if (m := re.search(rf"{re.escape(p)},([^,]+)", answer))
        else 0
        for p in people
    }
    best = max(held.values())
    described = [p for p, n in held.items() if n == best]
    return described if best and len(described) == 1 else people


# Someone told of without a name: "some politician guy said ...", "an expert argued ..."
_SOMEONE = re.compile(
    r"\b(?:some|someone|somebody|a|an|one)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:said|says|argued|told|claimed|thinks)\b",
    re.I,
)


def _the_one_described(question: str, answer: str, people: list[str]) -> list[str]:
    """Of the people an answer to "Which US official delivered it?" names, the one whose
    sentence, or the one before it, says what the question calls them ("US", of "US
    Assistant Secretary ... James O'Brien"; "Russian", of "the Russian Foreign Ministry
    weighed in. Andrei Nastasin ..."); else the ones its first quote names."""
    m = re.match(r"^\W*(?:and\s+)?which\s+((?:[\w-]+\s+){1,2}?)[a-z]+\b", question, re.IGNORECASE)
    said = [w.lower() for w in m.group(1).split()] if m else []
    sentences = re.split(r"(?<=[.!?])\s+(?:\[\d+\]\s*)?", answer)
    described = [
        p
        for p in people
        if said
        and any(
            # ("Russian" of "Russia"; "US" only as a word)
            p in t
            and any(
                re.search(
                    rf"\b{re.escape(w)}" + ("" if len(w) > 3 else r"\b"), f"{before} {t}", re.I
                )
                for w in said
            )
            for before, t in zip(["", *sentences], sentences, strict=False)
        )
    ]
    if len(described) == 1:
        return described
    first = answer.split("[1]")[0]
    return [p for p in people if p in first] or people


def _speaks(text: str, name: str) -> bool:
    """Whether ``name`` is the subject of a word of speaking in ``text`` ("Musabayov told
    Turan"), not its object ("highlighted Azerbaijan's involvement")."""
    return any(
        reports_speech(text[m.end() : m.end() + 24])
        for m in re.finditer(rf"\b{re.escape(name)}\b(?!['’])\s+(?:also\s+)?", text)
    )


def _speakers(text: str) -> list[str]:
    """The single capitalized words of ``text`` that speak in it ("Musabayov told")."""
    # ("Azerbaijan's involvement": a possessive is no speaker)
    found = (m.group(1) for m in re.finditer(r"(?<![\w'’-])([A-Z][\w'’-]+)(?<!['’]s)\s", text))
    return list(
        dict.fromkeys(
            n
            for n in found
            if n.lower() not in STOPWORDS and not BODY.search(n) and _speaks(text, n)
        )
    )


def people_named(text: str) -> list[str]:
    """Two or more capitalized words in a row: "James O'Brien", not "June" of "June 28"
    nor "The NATO" at the start of a sentence."""
    out = []
    # a run within one sentence: not "Russia. This" ("Gen. Lee" is one name, a full stop
    # after a word of three letters or more ends a sentence)
    runs = (
        r
        for m in _CAPITALIZED_RUN.finditer(text)
        # ("visited Azerbaijan June 28": the month of a date is no part of a name)
        for r in re.split(
            r"(?<=\w{3}\.)\s+",
            _DATED_END.sub("", m.group(0)) if re.match(r"\s*\d", text[m.end() :]) else m.group(0),
        )
    )
    for run in runs:
        words = run.split()
        # "... for Eurasian Affairs James O'Brien": the person after the body.
        bodies = [i for i, w in enumerate(words) if BODY.fullmatch(w)]
        words = words[bodies[-1] + 1 :] if bodies else words
        # "Mayor Tom Hale" is Tom Hale; "Deputy Director" alone is no one.
        # ("Who's Stefan Fiks?": the question word is no part of the name)
        while words and (
            re.sub(r"['’]s$", "", words[0].lower()) in STOPWORDS
            or ROLE_WORD.fullmatch(words[0])
            or re.fullmatch(r"\w+n['’]t", words[0], re.IGNORECASE)  # "Isn't Ann Lee ...?"
        ):
            words = words[1:]
        # ("o'brien baku trip": the place after a name is no part of it)
        while len(words) > 1 and is_place(re.sub(r"['’]s$|\.$", "", words[-1])):
            words = words[:-1]
        # ("... from Clara Holt." ends a sentence, not a name)
        name = re.sub(r"(?<=\w{3})\.$", "", " ".join(words))
        # Two words that are no role and no acronym: "US Assistant Secretary" is an office.
        named = [w for w in words if not (ROLE_WORD.fullmatch(w) or w.isupper())]
        if len(named) > 1 and not _CALENDAR.search(name) and not BODY.search(name):
            out.append(name)
    return out


ROLE_WORD = re.compile(
    rf"(?:{ROLES}|deputy|vice|minister|secretary|assistant|general|senator|governor|"
    r"ambassador|spokes(?:man|woman|person)|mr|mrs|ms|dr|prof)s?\.?",
    re.IGNORECASE,
)

_CAPITALIZED_RUN = re.compile(r"(?<![\w'’-])[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+")
_CALENDAR = re.compile(rf"\b(?:{CALENDAR_NAMES})\b")
_DATED_END = re.compile(rf"\s+(?:{MONTH_NAMES})$", re.IGNORECASE)


def after_refusal(question: str, history: Sequence[dict[str, str]]) -> str | None:
    """A follow-up to a question the article did not answer (the last answer in
    ``history`` a refusal), as asked of what that question named: "Did they issue a
    statement?" after "What did Iran say?" asks "Did Iran issue a statement?"; and "" for
    one asking of whom that question sought ("What is that person's name?" after "Who
    is Armenia sending?"), whom the article never names. None for any other question.

    >>> after_refusal("And what is his name?", [
    ...     {"role": "user", "content": "Who is Ruritania sending?"},
    ...     {"role": "assistant", "content": "The article does not say: nothing."}])
    ''
    """
    users = _said(history, "user")
    answers = [h.get("content") or "" for h in history if h.get("role") == "assistant"]
    if not users or not answers or not answers[-1].startswith(REFUSAL):
        return None
    if _NOT_SAID_CHECKED.match(question):
        return ""  # "So it doesn't say the year?": it does not, as the answer said
    if any(m.start() > 0 for m in _NAME.finditer(question)):
        return None  # a question of its own: "And what did Russia say?"
    # ("Armenia confirmed. Who is it sending?": the question, after what was said)
    before = re.split(r"(?<=[.!?])\s+", users[-1].strip())[-1]
    if _ASKS_WHO.match(before) and (
        (
            _PLAN.search(before)
            and (SUBJECT_PRONOUN.search(question) or _THAT_PERSON.search(question))
        )
        # "his name?" after "Who is Azerbaijan's foreign minister?"
        or _NAME_OF_THEM.search(question)
        # "and when was that announced?" after "Which official will represent it?"
        or (_PLAN.search(before) and _THAT_MADE_KNOWN.match(question))
    ):
        return ""  # the one the article never named: "Who is Armenia sending?"
    named = [m.group(0) for m in _NAME.finditer(before) if m.start() > 0]
    # ("What did he say about whether they should go?": he is the one named, they others)
    if (
        len(set(named)) == 1
        and (they := _THEY.search(question))
        and not SUBJECT_PRONOUN.search(question)
    ):
        possessive = "'s" if they.group(0).lower() == "their" else ""
        return _THEY.sub(named[0] + possessive, question, count=1)
    return None


def others_after(question: str, history: Sequence[dict[str, str]]) -> str | None:
    """ "Which other countries are invited?" after "Apart from Chile and Peru, it names no
    others." asks "Apart from Chile and Peru, which other countries are invited?": the
    ones the turn before set apart; None for any other question.

    >>> others_after("So which other towns joined?",
    ...              [{"role": "user", "content": "Besides Ely and Diss, none are named."}])
    'Apart from Ely and Diss, which other towns joined?'
    """
    lead = _WHICH_OTHER.match(question)
    users = _said(history, "user")
    if lead is None or _SET_APART.search(question) or not users:
        return None
    answers = _said(history, "assistant")
    # ("Azerbaijan and Armenia are invited, right?", or an answer "..., notably Chile and
    # Peru": the ones the conversation has named; not for "What other countries are
    # mentioned?", which asks the article's list)
    m = _SET_APART.search(users[-1])
    if m is None and answers and _OTHER_PLACES.search(question) and not _MENTIONS.search(question):
        pairs = (p for p in _PLACE_PAIR.finditer(users[-1]) if _all_places(p.group(1)))
        m = next(pairs, None) or _SET_APART.search(answers[-1])
    if m is None:
        return None
    body = question[lead.start(1) :]
    return f"Apart from {m.group(1)}, {body[0].lower()}{body[1:]}"


def one_of_two(question: str, history: Sequence[dict[str, str]]) -> str | None:
    """ "Has the second one confirmed?" after an answer naming two places as a pair
    ("notably Chile and Peru") asks "Has Peru confirmed?"; None for any other question,
    or after an answer naming no such pair (of known places), or several.

    >>> one_of_two("Has the second one confirmed?",
    ...            [{"role": "user", "content": "Which two countries does it name?"},
    ...             {"role": "assistant", "content": "It names Chile and Peru. [1]"}])
    'Has Peru confirmed?'
    """
    m = _NTH_ONE.search(question)
    users = _said(history, "user")
    answers = _said(history, "assistant")
    # (asked of a pair: "Which two towns are named?"; not "the second one" of "Which came
    # first, the visit or the meeting?")
    if m is None or not answers or not users or not _ASKED_TWO.search(users[-1]):
        return None
    pairs = {(a, b) for a, b in _PAIR.findall(answers[-1]) if is_place(a) and is_place(b)}
    if len(pairs) != 1:
        return None
    first, second = pairs.pop()
    return question[: m.start()] + (first if m.group(1) else second) + question[m.end() :]


_ASKED_TWO = re.compile(r"\b(?:two|both|pair)\b|\bwhich\s+(?:[\w-]+\s+){0,2}[a-z]+s\b", re.I)
_NTH_ONE = re.compile(r"\bthe\s+(?:(first|former)|second|latter)(?:\s+one)?\b", re.IGNORECASE)
_NAMED = r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
_PAIR = re.compile(rf"{_NAMED}\s+and\s+{_NAMED}")


def one_of_those(question: str, history: Sequence[dict[str, str]]) -> str | None:
    """ "Which one?" after a remark naming a kind of thing ("Lind sits on a city
    committee, I think.") asks which: "Lind sits on which city committee?"; None for any
    other question, and after a question.

    >>> one_of_those("Which one?",
    ...              [{"role": "user", "content": "Lind sits on a city committee, I think."}])
    'Lind sits on which city committee?'
    """
    users = _said(history, "user")
    if not _WHICH_ONE.match(question) or not users:
        return None
    said = _HEDGE_END.sub("", users[-1].strip())
    if said.endswith("?") or len(_A_KIND.findall(said)) != 1:
        return None
    return _A_KIND.sub(r"which \1", said).rstrip(" .!") + "?"


_WHICH_ONE = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?which\s+one(?:\s+(?:is\s+it|was\s+it|exactly))?\W*$",
    re.IGNORECASE,
)
# ", I think.", ", right?", ", if I remember correctly": how sure the reader is
_HEDGE_END = re.compile(
    r"\s*,?\s*(?:i\s+(?:think|believe|guess|reckon)|right\s*\?|if\s+i\s+remember(?:\s+\w+)?|"
    r"apparently|it\s+seems)\s*[.!]?\s*$",
    re.IGNORECASE,
)
# "a parliamentary committee": one thing of a kind, at the end of the remark
_A_KIND = re.compile(r"\b(?:a|an)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)(?=\s*[.!]?\s*$)")


# "which other countries ...?", asked after a turn that set some apart
_WHICH_OTHER = re.compile(
    # ("which are the others?" after "30 countries, including Chile and Peru.")
    r"^\W*(?:(?:and|so|but|then|ok|okay)[\s,]+)?((?:which|what)\s+(?:other|(?:are|were)\s+the\s+"
    r"(?:others|rest)\b))\b",
    re.IGNORECASE,
)
# ("which other NATO links did he bring up?" after "Russia and Iran": not places)
_OTHER_PLACES = re.compile(
    r"\bother\s+(?:[\w-]+\s+)?(?:countries|nations|states|partners|cities|capitals|places|"
    r"neighbou?rs|members|towns)\b",
    re.IGNORECASE,
)
_MENTIONS = re.compile(r"\b(?:mention\w*|name[ds]?|list\w*|cite[ds]?)\b", re.IGNORECASE)
_PLACE_PAIR = re.compile(
    r"\b((?-i:[A-Z])[\w'’-]*(?:\s*,\s*(?-i:[A-Z])[\w'’-]*)*,?\s+and\s+(?-i:[A-Z])[\w'’-]*)"
)


def _all_places(names: str) -> bool:
    return all(is_place(n) for n in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", names) if n)


_SET_APART = re.compile(
    r"\b(?:apart\s+from|besides|aside\s+from|other\s+than|except(?:\s+for)?|including|notably|"
    r"such\s+as)\s+"
    r"((?-i:[A-Z])[\w'’-]*(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+)(?-i:[A-Z])[\w'’-]*)*)",
    re.IGNORECASE,
)


def pair_for_they(question: str, history: Sequence[dict[str, str]]) -> str | None:
    """ "Did they talk about the summit?" after "Who did Lind meet?", answered by a
    sentence naming two people meeting, asks it of both ("Did Lind and Reyes talk about
    the summit?"); None for any other question.

    >>> pair_for_they("Did they sign anything?",
    ...               [{"role": "user", "content": "Who did Ann Lee meet?"},
    ...                {"role": "assistant", "content": "Ann Lee met Tom Berg in Oslo."}])
    'Did Lee and Berg sign anything?'
    """
    users, answers = _said(history, "user"), _said(history, "assistant")
    m = _THEY_DID.match(question)
    if m is None or not users or not answers or not MEETING.search(users[-1]):
        return None
    people = list(dict.fromkeys(people_named(answers[-1])))
    if len(people) != 2 or not MEETING.search(answers[-1]):
        return None
    pair = " and ".join(p.split()[-1] for p in people)
    return question[: m.start("they")] + pair + question[m.end("they") :]


# "Did they talk about ...?": the two just told of, meeting (not "Where did they meet?",
# which the sentence told answers)
_THEY_DID = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?(?:did|do|have|had|were)\s+(?P<they>they)\b",
    re.IGNORECASE,
)


def side_for_they(question: str, history: Sequence[dict[str, str]]) -> str | None:
    """ "Who spoke for them?" after "Moscow must have protested, no?" asks "Who spoke for
    Moscow?": the one country or body the question before named; None for any other
    question than who speaks for "them" ("when did they confirm?" is of the answer).

    >>> side_for_they("Who spoke for them?",
    ...               [{"role": "user", "content": "Did the Harbour Authority object?"}])
    'Who spoke for the Harbour Authority?'
    """
    users = _said(history, "user")
    they = _THEY_ALL.search(question)
    stance = bool(_THEIR_STANCE.match(question))
    spoke = bool(_WHEN_THEY_SPOKE.match(question))
    if not users or not they or not (stance or spoke or _SPOKE_FOR_THEM.search(question)):
        return None  # ("when did they confirm?": of whatever the answer before told)
    runs = (_ASKING_WORD.sub("", m.group(0)) for m in _NAME.finditer(users[-1]))
    sides = {r for r in runs if r and (is_place(r.split()[0]) or BODY.search(r))}
    if spoke and not sides and (subject := _YES_NO_COUNTRY.match(users[-1])):
        sides = {subject.group(1)}  # "Has Fenwick decided? || When will they announce it?"
    if len(sides) != 1:
        return None
    side = sides.pop()
    if BODY.search(side) and re.search(rf"\bthe\s+{re.escape(side)}", users[-1], re.IGNORECASE):
        side = f"the {side}"  # ("the Harbour Authority": a body is "the" body)
    if stance:
        return f"How did {side} react?" if is_place(side.split()[0]) else None
    possessive = "'s" if they.group(0).lower() == "their" else ""
    asked = question[: they.start()] + side + possessive + question[they.end() :]
    # ("Which official spoke for them?" is who did: "official" is a word of many sentences)
    return re.sub(r"\bwhich\s+[a-z]+(?=\s+spoke\b)", "who", asked, count=1, flags=re.IGNORECASE)


_THEY_ALL = re.compile(r"\b(?:they|them|their)\b", re.IGNORECASE)
# "On what date did they choose to comment?" after "Has Moscow said anything?", "So when
# will they announce it?" after "Has Baku decided?": when the side asked of speaks or acts
_WHEN_THEY_SPOKE = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?(?:when|(?:on\s+)?(?:what|which)\s+(?:date|day))\s+"
    r"(?:did|will|(?:are|were)\s+(?=they\s+(?:going|expected|due|set)\s+to\b))\s*they\s+"
    r"(?:(?:going|expected|due|set)\s+to\s+)?(?:(?:first|choose\s+to|decide\s+to|actually|finally)\s+)?"
    r"(?:comment|react|respond|reply|speak|say\s+(?:so|that|it|anything)|weigh\s+in|"
    # (what they will do, not "when did they confirm?": that they did may be all it tells)
    r"(?<!did\sthey\s)(?:announce|decide|confirm|make\s+(?:a|the|their|an\s+official)\s+"
    r"(?:decision|announcement)))\b",
    re.IGNORECASE,
)
# "Who spoke for them?", "who was their spokesman?": who speaks for a side
_SPOKE_FOR_THEM = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?(?:who|which\s+(?:official|person|spokes\w+|minister|"
    r"diplomat))\b[^?]*?\b(?:for|on\s+behalf\s+of)\s+them\b|"
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?who\s+(?:is|was)\s+their\s+(?:spokes\w+|official|"
    r"representative|envoy)\b",
    re.IGNORECASE,
)
# "What was their line?", "what's their stance": the view of the side asked about before
_THEIR_STANCE = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?what(?:['’]s|\s+is|\s+was)\s+their\s+"
    rf"(?:official\s+)?{STANCE}(?:\s+on\s+(?:this|that|it))?\W*$",
    re.IGNORECASE,
)
# A word capitalized for opening the question: "Did the Harbour Authority ..."
_ASKING_WORD = re.compile(
    r"^(?:(?:Did|Does|Do|Has|Have|Had|Is|Was|Were|Are|Will|Would|Who|What|When|Where|Why|How|"
    r"Which|And|So|But)\s+)+(?:the\s+)?"
)


_THAT_PERSON = re.compile(
    r"\b(?:that|this|the)\s+(?:person|official|man|woman|guy|individual|one)\b", re.IGNORECASE
)
_NAME_OF_THEM = re.compile(
    r"\b(?:his|her|their)\s+(?:full\s+)?names?\b|\bwhat\s+(?:is|was)\s+(?:he|she)\s+called\b",
    re.IGNORECASE,
)
# "So it doesn't say the year?", "The article never mentions it, then?"
_NOT_SAID_CHECKED = re.compile(
    r"^\W*(?:(?:so|and|ok|okay|then|right)[\s,]+)*(?:it|the\s+(?:article|story|piece|text|report)|"
    r"they|there['’]?s)\s+(?:(?:does|did)\s*n['’]?o?t|does\s+not|did\s+not|never|really\s+does\s*n['’]?t)\s+"
    r"(?:say|mention|give|tell|name|state|specify|report|cover|list|include)\b",
    re.IGNORECASE,
)
# A plan, of which news rarely names who: "Who is Armenia sending?", "who will lead it?"
_PLAN = re.compile(
    r"\b(?:will|would|shall|going\s+to|sending|send|expected|represent\w*|lead\w*)\b",
    re.IGNORECASE,
)
_THEY = re.compile(r"\b(?:they|their)\b", re.IGNORECASE)
_THAT_MADE_KNOWN = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?(?:when|where|how)\s+(?:was|were|is|has|had)\s+"
    r"(?:that|this|it|the\s+choice|the\s+decision)\s+(?:been\s+)?(?:announced|decided|confirmed|"
    r"revealed|reported|made\s+public|made\s+known|disclosed)\b",
    re.IGNORECASE,
)


def person_referred_to(question: str, history: Sequence[dict[str, str]]) -> str | None:
    """The one person the question before named (two or more capitalized words), when
    ``question`` refers to someone as "he" or "she" and the question before did not ask
    who (then "he" is whoever the answer named); the one ``question`` itself names before
    "his" ("Which outlet did Shahinoglu give his comments to?"), when it names one person
    and no "he" comes first."""
    if not SUBJECT_PRONOUN.search(question):
        return None
    if m := _TOPIC_FIRST.match(question):
        return m.group(1)  # "and Shahinoglu, what did he say?": the one named first
    # "Which outlet did Shahinoglu give his comments to?": his own, not the last one's
    own = _OWN.search(question)
    before = question[: own.start()] if own else ""
    # ("Did he name Azerbaijan in his remarks?": his, not Azerbaijan's)
    named = [n for n in question_names(before) if not BODY.search(n) and not is_place(n)]
    if SUBJECT_PRONOUN.search(before):
        named = []
    if len(named) == 1:
        return named[0]
    return _person_named_before(history, identity=bool(_IDENTITY.search(question)))


def person_met(question: str, history: Sequence[dict[str, str]]) -> str | None:
    """After "Who did Fiks meet?", the one person its answer named that the question did
    not ("Valiyev"): whom "he" may mean in "What did he stress in that meeting?" when the
    one asked of (read first, see ``person_referred_to``) is told doing no such thing.

    >>> person_met("What did he stress?", [
    ...     {"role": "user", "content": "Who did Fiks meet?"},
    ...     {"role": "assistant", "content": "Karim Valiyev met Stefan Fiks. [1]"}])
    'Karim Valiyev'
    """
    users = _said(history, "user")
    answers = _said(history, "assistant")
    if not (SUBJECT_PRONOUN.search(question) and users and answers):
        return None
    if not (_ASKS_WHO.match(users[-1]) and _WHO_DID.match(users[-1])):
        return None
    people = _not_asked(people_named(answers[-1]), _words_of(users[-1]))
    return people[0] if len(people) == 1 else None


def _words_of(question: str) -> set[str]:
    """The lower-case words of ``question``, a possessive's "'s" left off."""
    return {re.sub(r"['’]s$", "", w) for w in re.findall(r"[\w'’-]+", question.lower())}


def _not_asked(people: Iterable[str], asked: set[str]) -> list[str]:
    """``people`` (once each, in order) but those a word of ``asked`` names."""
    return [p for p in dict.fromkeys(people) if not set(p.lower().split()) & asked]


_OWN = re.compile(r"\b(?:his|her)\s+(?!(?:the|a|an|that|this|to|about|and)\b)[a-z]", re.IGNORECASE)
# "What country is he from?", "what's his title?": who someone is
_IDENTITY = re.compile(
    r"\b(?:what|which)\s+(?:country|nationality)\b|\bnationality\b|\bwhere\s+(?:is|was|does)\s+"
    r"(?:he|she)\s+(?:come\s+|coming\s+)?from\b|\bwho\s+is\s+(?:he|she)\b|\b(?:his|her)\s+"
    r"(?:title|role|job|position(?!\s+(?:on|about|regarding|towards?)\b)|background|rank|post)\b|"
    r"\bwhat\s+does\s+(?:he|she)\s+do\b",
    re.IGNORECASE,
)


# "And Shahinoglu, what did he say?", "Musabayov - does he agree?"
_TOPIC_FIRST = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay|now|what\s+about|how\s+about)[\s,]+)?"
    r"((?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)*)\s*[,:–—-]+\s*"
    r"(?:what|how|when|where|why|who|which|did|does|do|is|was|has|had|will|would)\b",
    re.IGNORECASE,
)


def named_for_pronoun(question: str, person: str) -> str:
    """``question`` with "he"/"she"/"him" as ``person`` and "his"/"her" as theirs."""

    def name(m: re.Match[str]) -> str:
        return f"{person}'s" if m.group(0).lower() in ("his", "her") else person

    return SUBJECT_PRONOUN.sub(name, question)


# "the army chief", "the think tank head", "the Azerbaijani MP": a person by what they are.
_BY_ROLE = re.compile(
    # "the head" alone may be anyone's head: chief, head, director, commander need a word
    # before them ("the army chief")
    # ("the think-tank guy", "the think tank one": so may guy, man, person and one)
    r"\b(?:the|that|this|which)\s+((?:(?!(?:of|the|a|an|in|on|for|to|and)\b)[\w'’-]+\s+){1,3}?"
    r"(?:chief|head|director|commander|guy|man|woman|fellow|person|individual|gentleman|"
    r"lady|dude|bloke|one|official|representative)|"
    r"(?:(?!(?:of|the|a|an|in|on|for|to|and)\b)[\w-]+\s+){0,3}?"
    r"(?:general|mp|lawmaker|parliamentarian|legislator|minister|diplomat|envoy|analyst|"
    # ("What did the think tank say?": a think tank speaks through its head, but "who
    # runs the think tank?" asks who that is)
    r"expert|parliament\s+member|member\s+of\s+(?:the\s+)?parliament|officer|"
    r"think[\s-]tank(?=\s+(?:say|said|says|think|thinks|want|wants|argu\w*|suggest\w*|claim\w*|"
    r"believ\w*|feel\w*|make\s+of)\b)))\b"
    # the person, not "the general theory" or "the chief of staff"
    r"(?=\s*(?:[?.,!;:]|$)|\s+(?:say|said|says|think|thinks|thought|see|sees|saw|sound|"
    r"sounded|feel|feels|believe|believes|want|wants|mean|meant|suggest\w*|claim\w*|describ\w*|"
    r"characteri[sz]\w*|"
    r"argu\w*|make|makes|made|making|happen\w*|take|took|emphasi[sz]\w*|stress\w*|underscor\w*|highlight\w*|warn\w*|tell|told|"
    r"talk\w*|speak\w*|spoke|meet|meets|met|visit\w*|invit\w*|host\w*|receiv\w*|welcom\w*|"
    r"is|was|has|had|did|does|do|will|would|can|could|quoted|"
    r"mentioned|named|(?:dis)?agree\w*|echo\w*|hold|holds|held|work\w*|represent\w*|in|at|on|"
    # ("What organization does the think-tank head run?")
    r"run|runs|ran|lead|leads|led|heads|chairs?|belong\w*|sits?|sat|serv\w*|"
    r"about|to|from|with|and|or|who|that)\b|"
    r"['’]s\b)",
    re.IGNORECASE,
)
# Who stands in for the role, not in it: "deputy director".
_UNDER_WORDS = frozenset("deputy vice assistant associate acting interim".split())
# Offices named "<noun> general": "the NATO secretary general", "the attorney general".
_OFFICE_GENERAL = frozenset(
    "secretary attorney surgeon governor inspector auditor solicitor comptroller "
    "postmaster adjutant consul procurator prosecutor director".split()
)
_TOP = frozenset("head chief director leader boss".split())
# Role words that say nothing of the role: "the think-tank guy" is known by the rest.
_ANYONE = frozenset(
    "guy man woman fellow person individual gentleman lady dude bloke one official "
    "representative".split()
)
# "the other one", "the first guy": which of several, not what they are
_WHICH_OF = frozenset(
    "other same first second third last next previous new old only right wrong main "
    "latest earlier later former latter".split()
)
# Words for what someone is, as the article's introduction may word them.
_ROLE_SENSE = {
    "mp": ("member", "parliament", "parliamentary"),
    "lawmaker": ("member", "parliament", "parliamentary"),
    "parliamentarian": ("member", "parliament", "parliamentary"),
    "legislator": ("member", "parliament", "parliamentary"),
    "parliament": ("member", "parliamentary"),  # "the member of parliament"
    "tank": ("research", "institute", "center", "centre"),
    # "the analyst", "the expert": of a research body, which is what they are there
    "analyst": ("research", "institute", "center", "centre"),
    "expert": ("research", "institute", "center", "centre"),
    # (not "forces": "police forces", or an alliance's joint forces, are no army)
    "military": ("army", "defence", "defense"),
    "officer": ("chief", "staff", "commander", "command"),
    # "the head of Azerbaijan's army" is its Chief of the General Staff
    "head": ("chief", "leader"),
    "chief": ("head",),
}
# "extended by US Assistant Secretary of State for European Affairs James O'Brien during":
# a title before the name, in capitals, with its "of", "for" and "and"
_TITLED = re.compile(
    r"(?<![\w'’-])((?:[A-Z][\w'’-]* )(?:(?:of|for|and|the) |[A-Z][\w'’-]* ){0,12}?)"
    r"([A-Z][a-z][\w'’-]* [A-Z][\w'’-]*[a-z])(?= (?!(?:of|for|and|the)\b)[a-z]|[,.;:])"
)


def _introduced(sentence: str) -> list[tuple[str, str]]:
    """The people ``sentence`` introduces, each as their name and what they are: "Ana
    Ruiz, head of the club," and "Club Head Ana Ruiz said"."""
    found = [(m.group(1), m.group(3)) for m in INTRODUCED.finditer(sentence)]
    named = {name for name, _ in found}
    found += [
        (m.group(2), m.group(1).strip())
        for m in _TITLED.finditer(sentence)
        if m.group(1).strip() and m.group(2) not in named and not BODY.search(m.group(2))
    ]
    return found


def role_first(question: str) -> str:
    """``question`` with "the head of the think tank" said as "the think tank head", the
    order the role phrases are read in.

    >>> role_first("What did the head of the think tank say?")
    'What did the think tank head say?'
    """
    # "Who heads the think tank?": who its head is (not "Who heads the Atlas Center?",
    # which role_holder reads by the name)
    question = _WHO_HEADS.sub(r"\1Who is the \2 head?", question)
    # "Who came from the NATO side?", "Who represented NATO?": the person from it
    question = _WHO_FROM.sub(r"\1Who is the person from \2?", question)
    return _ROLE_OF.sub(lambda m: f"the {m.group(1) or ''}{m.group(3)} {m.group(2)}", question)


_WHO_HEADS = re.compile(
    r"^(\W*(?:(?:and|so|but)\s+)?)who\s+(?:heads|leads|runs|directs|chairs)\s+(?:the|that|this)\s+"
    r"((?:(?-i:[a-z])[\w-]*\s+){0,2}(?-i:[a-z])[\w-]*)\s*\?*\s*$",
    re.IGNORECASE,
)


_WHO_FROM = re.compile(
    r"^(\W*(?:(?:and|so|but)\s+)?)who\s+(?:(?:was|is|came|comes|attended|spoke)\s+(?:from|for)|"
    r"represented|represents)\s+(?:the\s+)?"
    r"((?-i:[A-Z])[\w'’-]+(?:\s+(?:of\s+)?(?-i:[A-Z])[\w'’-]+)*)(?:\s+side)?\s*\?*\s*$",
    re.IGNORECASE,
)
_ROLE_OF = re.compile(
    # ("the Azerbaijani chief of general staff": the general staff's Azerbaijani chief)
    r"\bthe\s+([A-Z][\w-]+\s+)?(head|chief|director|leader|boss)\s+of\s+(?:the\s+)?"
    # ("the director of his department" is someone else's director)
    r"((?:(?!(?:of|the|a|an|in|on|for|to|and|his|her|its|their|my|our|your)\b)[A-Za-z][\w'’-]*\s+)"
    r"{0,2}?(?!(?:of|the|a|an|in|on|for|to|and)\b)[a-z][\w-]*)"
    r"(?=\s+(?:say|said|says|think|thinks|thought|believe|believes|want|wants|argue\w*|claim\w*|"
    r"tell|told|tells|convey\w*|stress\w*|meet|met|give|gave|"
    r"is|was|has|had|did|does|do|will|would)\b|\s*[?.,!]|['’]s\b)",
)


def names_by_role(question: str) -> bool:
    """Whether ``question`` names someone by role ("the army chief") or by the body they
    are from ("the person from the Atlas Research Center")."""
    return bool(_BY_ROLE.search(question) or _FROM_BODY.search(question))


# "the person from the Atlas Research Center", "the official at the Water Board"
_FROM_BODY = re.compile(
    r"\bthe\s+(?:person|guy|man|woman|official|one|fellow|expert|analyst|representative|"
    r"spokes\w+)\s+(?:from|at|of|with)\s+(?:the\s+)?"
    r"(?P<body>(?-i:[A-Z])[\w'’-]+(?:\s+(?:of\s+)?(?-i:[A-Z])[\w'’-]+)*)",
    re.IGNORECASE,
)


def _person_from(question: str, sentences: Sequence[str]) -> tuple[str, str] | None:
    """The phrase "the person from <body>" of ``question`` and the surname of the one
    person the article introduces as part of that body."""
    m = _FROM_BODY.search(question)
    if m is None:
        return None
    body = {w.lower() for w in re.findall(r"[\w'’-]+", m.group("body"))} - {"of"}
    found = {
        intro.group(1).split()[-1]
        for sentence in sentences
        for intro in INTRODUCED.finditer(sentence)
        if not BODY.search(intro.group(1))
        and body <= set(re.findall(r"[\w'’-]+", intro.group(3).lower()))
    }
    return (m.group(0), found.pop()) if len(found) == 1 else None


def introduces_name(sentence: str, name: str) -> bool:
    """Whether ``sentence`` introduces ``name`` (or someone whose name holds it) by what
    they are.

    >>> introduces_name("Ana Ruiz, head of the club, spoke in Dunmore.", "Ruiz")
    True
    >>> introduces_name("Ana Ruiz, head of the club, spoke in Dunmore.", "Dunmore")
    False
    """
    return any(name in who.split() or name == who for who, _ in _introduced(sentence))


def introduces(sentence: str) -> bool:
    """Whether ``sentence`` introduces someone: a name, then what they are, in commas, or
    a title before a name."""
    return bool(_introduced(sentence))


def person_by_role(
    question: str, sentences: Sequence[str], *, strict: bool = False
) -> tuple[str, str] | None:
    """The role phrase of ``question`` ("the army chief") and the surname of the one
    person the article introduces with most of its words ("Karim Valiyev, Chief of the
    General Staff of the Azerbaijani army"); None when no phrase, no match or a tie.
    ``strict``: the words before the role must describe them too ("the head of the
    think tank" asked as "the think tank head").

    >>> person_by_role("What did the army chief say?",
    ...                ["Ana Ruiz, chief of the army, spoke.", "Tom Berg, a fisherman, sat."])
    ('the army chief', 'Ruiz')
    """
    if from_body := _person_from(question, sentences):
        return from_body
    m = _BY_ROLE.search(question)
    if m is None or m.group(1).split()[-1].istitle():
        return None  # "the Presiding Officer" is a title, which the article names as such
    # "the think-tank head": the words of "think tank"
    *described, role = re.findall(r"\w+", m.group(1).lower())
    if role == "general" and described and described[-1] in _OFFICE_GENERAL:
        return None
    if role in _ANYONE and _WHICH_OF.intersection(described):
        return None  # "the secretary general" is an office, not an army's general
    roles = {role, *_ROLE_SENSE.get(role, ())}
    # the one at the top ("the office head" is its chief, not its deputy chief); an
    # officer may be a deputy
    heads = roles if role in _TOP else {role}
    asked = {x for w in described for x in (w, *_ROLE_SENSE.get(w, ()))}
    # "the American official" of "US Assistant Secretary of State ... James O'Brien"
    asked |= {f.lower() for w in described for f in other_forms(w)}
    # "the Atlas analyst": a name of what they are part of, which places them alone
    proper = {w.lower() for w in CAPITALIZED.findall(m.group(1)) if not is_nationality(w)}
    peoples = [
        {w, *(f.lower() for f in other_forms(w))}
        for w in described
        if is_nationality(w.capitalize())
    ]
    best: dict[str, int] = {}
    for sentence in sentences:
        for name, what in _introduced(sentence):
            if BODY.search(name):
                continue
            said = set(re.findall(r"[\w-]+", what.lower()))
            surname = name.split()[-1]
            if not (roles & said or role in _ANYONE or proper & said):
                continue  # "the Azerbaijani foreign minister" is not the Azerbaijani general
            if strict and not asked & said:
                continue  # "the head of the delegation" is not the head of a think tank
            if not {*described, role} & _UNDER_WORDS and re.search(
                rf"\b(?:{'|'.join(_UNDER_WORDS)})\s+(?:{'|'.join(map(re.escape, heads))})\b",
                what,
                re.I,
            ):
                continue  # "the department director" is not its deputy director
            # what they are counts twice what describes it ("the Azerbaijani *MP*")
            score = 2 * len(roles & said) + len(asked & said)
            # "the Azerbaijani officer": one the article calls Azerbaijani, before NATO's
            score += 2 * sum(bool(forms & said) for forms in peoples)
            best[surname] = max(best.get(surname, 0), score)
    ranked = sorted(best.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] == 0 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return m.group(0), ranked[0][0]


def named_from_before(question: str, history: Sequence[dict[str, str]]) -> str:
    """``question`` with what it recalls of earlier answers written out: "the first person
    you mentioned" as that person, "the date you gave earlier" as that date; "going back
    to my first question," dropped (what follows asks it).

    >>> named_from_before(
    ...     "What did the first person you mentioned say?",
    ...     [{"role": "user", "content": "Who met?"},
    ...      {"role": "assistant", "content": "Ann Lee met Tom Berg. [1]"}],
    ... )
    'What did Ann Lee say?'
    """
    question = _MY_QUESTION.sub("", question)
    answers = [  # each answer, with the question it answered
        (h.get("content") or "", before.get("content") or "")
        for before, h in zip([{}, *history], history, strict=False)
        if h.get("role") == "assistant"
    ]
    if m := _PERSON_MENTIONED.search(question):
        people = [p for text, _ in answers for p in people_named(text)]
        if people:
            who = people[-1] if m.group(1).lower() == "last" else people[0]
            question = question[: m.start()] + who + question[m.end() :]
    if m := _THING_ASKED_ABOUT.search(question):
        # "that research center I asked about": the one an earlier question named
        kind = m.group(1).lower().split()
        asked = [h.get("content") or "" for h in history if h.get("role") == "user"]
        named = [
            run
            for text in reversed(asked)
            for run in re.findall(r"(?<![\w'’-])(?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*", text)
            if run.lower().split()[-len(kind) :] == kind
        ]
        if named:
            question = f"{question[: m.start()]}the {named[0]}{question[m.end() :]}"
    if m := _DATE_MENTIONED.search(question):
        # the date the reader asked for, else the first one told
        dated = [
            (d, bool(_WHEN_ASKED.search(a))) for text, a in answers for d in _DATES.findall(text)
        ]
        asked_for = [d for d, asked in dated if asked]
        if dated:
            day = asked_for[-1] if asked_for else dated[0][0]
            question = question[: m.start()] + f"on {day}" + question[m.end() :]
    return question


# "that research center I asked about": a thing an earlier question named
_THING_ASKED_ABOUT = re.compile(
    r"\b(?:that|the)\s+((?:[a-z]+\s+){0,2}[a-z]+)\s+(?:i|we)\s+(?:asked|was\s+asking|inquired)\s+"
    r"(?:you\s+)?about(?:\s+(?:earlier|before|first|at\s+first|a\s+moment\s+ago))?\b",
    re.IGNORECASE,
)
# "Going back to my first question, ...": what follows is the question
_MY_QUESTION = re.compile(
    r"^\W*(?:(?:ok|okay|so|and|now|anyway|right)[\s,]+)*(?:(?:going|coming|getting)\s+)?"
    r"back\s+to\s+(?:my|the)\s+(?:first|earlier|previous|original|opening|other|last)\s+"
    r"question\s*[,:;–—-]\s*",
    re.IGNORECASE,
)
_PERSON_MENTIONED = re.compile(
    r"\bthe\s+(first|last)\s+(?:person|one|man|woman|guy|official|expert|name)\s+(?:you|u)\s+"
    r"(?:mentioned|named|cited|quoted|gave|brought\s+up)(?:\s+(?:earlier|before|first|at\s+first))?\b",
    re.IGNORECASE,
)
_DATE_MENTIONED = re.compile(
    r"\b(?:on\s+)?(?:the|that)\s+(?:date|day)\s+(?:you|u)\s+(?:gave|mentioned|said|told\s+me|"
    r"named)(?:\s+(?:earlier|before|first|at\s+first))?\b",
    re.IGNORECASE,
)
_DATES = re.compile(rf"\b(?i:{MONTH_NAMES})\s+\d{{1,2}}(?:\s*(?:to|-|–)\s*\d{{1,2}})?\b")
_WHEN_ASKED = re.compile(r"\bwhen\b|\b(?:date|day)s?\b", re.IGNORECASE)
