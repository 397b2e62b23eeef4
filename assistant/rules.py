"""Rules by question form: what a quote must hold to answer a question of that form.

Similarity ranks the sentences nearest a question; it cannot tell that the nearest one
about a meeting does not say what was said at it, or that one about a summit does not
say who will lead a delegation to it. These rules, plain English question forms with no
word of any particular article, refuse such answers (``lacks_what_is_asked``), say so
when the article never names what was asked about (``never_mentions``), and take a
claim apart from the source it is attributed to (``attributed``).

>>> lacks_what_is_asked("In what year did it open?", ["It opened on a Monday."])
True
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Container, Iterable, Sequence

from .capitals import countries_of, is_nationality, is_place
from .features import CALENDAR_NAMES, MONTH_NAMES
from .lexical import CAPITALIZED, EVERYDAY_PERSON, PAST_FORMS, STOPWORDS, stem, tokenize
from .names import AUXILIARIES, TITLES
from .schema import Citation
from .store import IndexData
from .structure import PARAGRAPH_NUMBER

# What an answer refusing a question begins with.
REFUSAL = "The article does not say"


def never_mentions(names: Sequence[str]) -> str:
    """The refusal for a question about things the article never names.

    >>> never_mentions(["Turkey", "Iran"])
    'The article does not say: it never mentions Turkey or Iran.'
    """
    return f"{REFUSAL}: it never mentions {_listed(names)}."


def as_asked(names: Sequence[str], question: str) -> list[str]:
    """``names`` as ``question`` writes them: a day with its month ("July 8", not "8").

    >>> as_asked(["8", "Turkey"], "When was that, July 8 in Turkey?")
    ['July 8', 'Turkey']
    >>> as_asked(["Maria", "Smith"], "Was it Maria Smith?")
    ['Maria Smith']
    >>> as_asked(["Military"], "The Military Committee?")
    ['Military Committee']
    """
    dated = (
        re.search(
            rf"\b(?:{MONTH_NAMES})\.?\s+{n}(?![\w-])|(?<![\w-]){n}\s+(?:{MONTH_NAMES})\b",
            question,
            re.IGNORECASE,
        )
        if n.isdigit()
        else None
        for n in names
    )
    named: list[str] = []
    for d, n in zip(dated, names, strict=True):
        if d is None and named and n in named[-1].split():
            continue  # (in the name before it, with the words after it)
        if (
            d is None
            and named
            and re.search(rf"\b{re.escape(named[-1])}\s+{re.escape(n)}\b", question)
        ):
            named[-1] += f" {n}"  # one name of two words, as written ("Maria Smith")
        elif d is None and (
            run := re.search(rf"\b{re.escape(n)}((?:\s+[A-Z][\w'’-]*)+)", question)
        ):
            # "The Military Committee?": the name the unknown word opens, which the article
            # never writes either, though it writes "Committee"
            named.append(n + run.group(1))
        else:
            named.append(d.group(0) if d else n)
    return named


def _listed(names: Sequence[str]) -> str:
    """``names`` as a sentence lists them: "Turkey, Iran or Iraq"."""
    return ", ".join(names[:-1]) + " or " + names[-1] if len(names) > 1 else names[0]


# a place, not a word before a noun ("in Brussels this year", not "at the Naples office")
_NOT_A_DETAIL = (
    r"(?!['’]s)(?!\s+(?!(?:this|that|on|in|at|during|for|to|and|or|with|right|correct)\b)[a-z])"
)


def premise_checked(question: str, missing: Sequence[str]) -> str | None:
    """A yes-or-no question checking a detail the article never gives (a place: "Is it
    true the summit is in Brussels?", "It took place in Brussels, didn't it?"; a number
    or date: "It runs from July 9 to July 12, right?"; a name beside what it names:
    "He's from NATO's Naples command, right?"), asked without it, for the article's own
    detail to answer (``shows_instead``); None for any other question, and for one about
    someone or something the article never names ("Did Turkey react?").

    >>> premise_checked("Did they meet in Paris?", ["Paris"])
    'Where did they meet?'
    >>> premise_checked("Did Ana Ruiz meet Lee in Paris?", ["Paris"])
    'Did Ana Ruiz meet Lee?'
    >>> premise_checked("And he made that trip on June 25, correct?", ["25"])
    'And he made that trip?'
    >>> premise_checked("Did Turkey react?", ["Turkey"]) is None
    True
    """
    guess = _GUESSED.match(question)
    if (
        missing
        and guess
        and all(n.lower() in guess["guess"].lower() for n in missing)
        # ("Which other countries are invited, Georgia?": besides those the article names,
        # which its answer would only repeat)
        and (re.search(r"\d", guess["guess"]) or not _BESIDES.search(guess["ask"]))
    ):
        # "How many countries are invited, 40?", "Which outlet, Reuters?": how many, which
        return guess["ask"] + "?"
    if missing and all(n[:1].isdigit() for n in missing):
        if _SINCE_GUESSED.match(question):
            return "Since when?"  # "Only since 2010, though?": since when, as the article says
        if m := _NUMBER_GUESSED.match(question):
            # "Is it 40 of them?": how many, or for a year, when
            return (
                "When was it?" if re.fullmatch(r"(?:1[89]|20)\d\d", m["n"]) else "How many of them?"
            )
    if missing and (cleft := _CLEFT.match(question)) and all(n in cleft["names"] for n in missing):
        # "Wasn't it Maria Zakharova who spoke?": who spoke, as the article says
        return f"{cleft['lead']}Who {cleft['rest']}?"
    tag = _TAG.search(question)
    if not missing or _OTHER_TIME.search(question) or not (tag or _YES_NO_ASKED.match(question)):
        return None  # "Was it held in Vilnius last year?": not this one, which the article tells
    without = question[: tag.start()] + "?" if tag else question
    if (m := _IDENTITY_CLAIMED.match(without)) and all(n in m.group("names") for n in missing):
        # "Was the person speaking Maria Zakharova?": who that was, as the article says
        return f"Who {m.group('aux').lower()} {m.group('what')}?"
    if (m := _SOURCE_CLAIMED.match(without)) and all(n in m.group("names") for n in missing):
        # "The ministry's comment came from Maria Zakharova, didn't it?": whom from
        what = re.sub(r"^(?:The|This|That)\b", lambda d: d.group(0).lower(), m.group("what"))
        return f"{m.group('lead')}Who did {what} come from?"
    if (m := _ATTRIBUTE_CLAIMED.match(without)) and all(n in m.group("value") for n in missing):
        # "Is O'Brien's title really Assistant Secretary for Near Eastern Affairs?": his
        # title, as the article gives it
        aux = (m.group("aux") or m.group("aux2")).lower()
        return f"{m.group('lead')}What {aux} {m.group('owner')} {m.group('attr')}?"
    for name in missing:
        instead = ""
        subject = opens_with(name, without)
        if name[:1].isdigit():
            # a date or a time given otherwise ("on June 25", "to July 12"), not a rank
            # ("the council's 75th vote": how many came before, which it never says)
            slot = rf"\s+(?:(?:on|from|to|until|till|through|by)\s+(?:(?:{CALENDAR_NAMES})\s+)?|"
            slot += rf"(?:{CALENDAR_NAMES})\s+){re.escape(name)}(?![\w-])"
            # or a count ("covers 40 partner countries"), which the article's count answers
            slot += rf"|(?:^\W*|\s+){re.escape(name)}(?=\s+(?:[a-z-]+\s+){{0,2}}[a-z]+s\b)"
        elif subject:
            return None  # "Turkey reacted, right?": the one asked about, not a detail
        elif re.search(rf"\b{_SPOKEN_TO}\b[^?]*?\s+to\s+{re.escape(name)}\b", without):
            # "Did he make his comments to Reuters?": to whom, as the article says
            slot = rf"\s+to\s+{re.escape(name)}\b"
            to_whom = re.match(
                rf"^(\W*(?:(?:and|so|but)[\s,]+)?)(did|does|do|has|have|had)\s+(.+?){slot}\W*$",
                without,
                re.IGNORECASE,
            )
            if to_whom and len(missing) == 1:
                return f"{to_whom[1]}Who {to_whom[2].lower()} {to_whom[3]} to?"
        elif len(missing) == 1 and (
            said := re.match(
                rf"^\W*(?:(?:and|so|but)[\s,]+)?(did|does|do|has|have|had)\s+(.+?)\s+that\s+"
                rf"{re.escape(name)}\s+({_MODAL}.*)$",
                without,
                re.IGNORECASE,
            )
        ):
            # "Did experts warn that Turkey might react?": who might, as the article says
            return f"Who {said.group(1).lower()} {said.group(2)} {said.group(3)}"
        elif re.search(rf"\s+(?:in|at)\s+(?:the\s+)?{re.escape(name)}\b{_NOT_A_DETAIL}", without):
            # where it happened ("met in Brussels"), not where one went ("go on to Yerevan"),
            # asked as where of a thing ("The summit is being held where this time?"; the
            # names of people find their own sentence)
            slot = rf"\s+(?:in|at)\s+(?:the\s+)?{re.escape(name)}\b"
            others = [n for n in question_names(without) if n != name]
            instead = "" if others else " where"
        elif (re.search(rf"\b{re.escape(name)}(?:['’]s)?\s+[a-z]", without) and tag) or re.search(
            # "NATO's Naples Joint Forces Command", "the Topchubashov Center": a name
            # inside the name of a body, which the article names otherwise
            rf"\b(?:the|[A-Z][\w-]*['’]s)\s+{re.escape(name)}\s+[A-Z]\w*",
            without,
        ):
            slot = rf"\s*\b{re.escape(name)}(?:['’]s)?\b"  # "the Naples office": a detail
        else:
            return None  # the one asked about, not a detail of it
        if not re.search(slot, without, re.IGNORECASE):
            return None
        without = re.sub(slot, instead, without, count=1, flags=re.IGNORECASE)
    # "Was that meeting held where?" as "Where was that meeting held?", the way the event
    # just told is asked of
    where = re.match(rf"^(\W*)({AUXILIARIES})\s+(.+?)\s+where\?$", without, re.IGNORECASE)
    return f"{where[1]}Where {where[2].lower()} {where[3]}?" if where else without


def detail_dropped(
    question: str, missing: Sequence[str], mentions: Callable[[str], bool]
) -> str | None:
    """A question built on a detail the article never gives, asked without it, for the
    article's own to answer (``shows_instead``): a date ("when he met Fiks on July 12"), a
    first name beside a surname the article gives ("Kamil Valiyev"), a word inside the
    name of a body ("the Russian Defense Ministry", "Shahinoglu from the Atlas
    Institute"), a source ("according to Musabeyli"); None for a question asking about
    what the article never names ("What did Turkey say?").

    >>> detail_dropped("What did Ana say on June 3?", ["3"], lambda w: False)
    'What did Ana say?'
    >>> detail_dropped("Where does Tom Lee live?", ["Tom"], lambda w: w == "Lee")
    'Where does Lee live?'
    >>> detail_dropped("What did Turkey say?", ["Turkey"], lambda w: False) is None
    True
    """
    if re.search(r"\?\s+\S", question.strip()):
        return None  # ("It was July 8, right? When did they say so?": two asks, each its own)
    for name in missing:
        name_ = re.escape(name)
        body = rf"(?:(?-i:[A-Z])[\w'’-]*\s+)*{name_}(?:\s+(?-i:[A-Z])[\w'’-]*)*"
        if name[:1].isdigit():
            slot = rf"\s+(?:(?:on|from|to|until|till|through|by)\s+(?:(?:{CALENDAR_NAMES})\s+)?|"
            slot += rf"(?:on\s+)?(?:{CALENDAR_NAMES})\s+){name_}(?:st|nd|rd|th)?(?![\w-])"
        elif (
            (
                given := re.search(
                    rf"\b{name_}\s+((?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)*)(?![\w'’-])",
                    question,
                )
            )
            # (the name the rest of it makes the article's own: not "New Azerbaijan Party",
            # whose "Azerbaijan" is a place and "Party" no word of it)
            and all(mentions(w) for w in given.group(1).split())
            and not is_place(given.group(1).split()[0])
        ):
            slot = rf"\b{name_}\s+(?={re.escape(given.group(1))})"  # a first name, misremembered
        elif re.search(
            slot := rf"(?<!\bmember)(?<!\bmembers)\s+(?:from|of|at)\s+the\s+{body}", question
        ):
            # "Shahinoglu from the Atlas Institute" (not "a member of the CSTO": the body
            # asked about)
            pass
        elif re.search(rf"\bthe\s+(?-i:[A-Z])[\w'’-]*\s+{name_}\s+(?-i:[A-Z])", question):
            slot = rf"(?<=\s){name_}\s+"  # "the Russian Defense Ministry": the body named otherwise
        elif re.search(rf",?\s*according\s+to\s+{name_}\b", question, re.IGNORECASE):
            slot = rf",?\s*according\s+to\s+{name_}\b"
        else:
            return None  # the one asked about, not a detail of it
        question = re.sub(slot, "", question, count=1, flags=re.IGNORECASE)
    return question


def opens_with(name: str, text: str) -> bool:
    """Whether ``text`` opens with ``name``, after one word at most ("Turkey reacted,
    right?", "Did Tehran's ministry say anything?"): the one it asks about, not a detail
    of it."""
    return re.match(rf"\W*(?:\w+\s+)?{re.escape(name)}\b", text) is not None


# "When was that, July 8?", "How long has it been a member, since 2004?": the reader's
# guess of a number or date after a question, which the article's answer checks
_GUESSED = re.compile(
    r"^(?P<ask>\W*(?:(?:and|so|but|ok|okay)[\s,]+)?(?:since\s+)?(?:who|whom|whose|what|which|when|"
    r"where|how)\b[^?,;]*?)\s*(?:,|;|\s[-–—])\s*(?P<guess>[^,;?\d]{0,20}\d[^,;?]{0,20}?|"
    # or a name ("Who invited them, was it Blinken?", "Which outlet was it, Reuters?")
    r"(?:(?:was|is)\s+it\s+|like\s+|maybe\s+|perhaps\s+|possibly\s+)?(?:the\s+)?"
    r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?:(?:and|of|for|the)\s+)*(?-i:[A-Z])[\w'’.-]*){0,6})\s*\?+\s*$",
    re.IGNORECASE,
)
# "What did Nastasin tell Turan?": what one named told another named
_TOLD_NAMED = re.compile(
    r"^\W*(?:(?i:and|so|but)[\s,]+)?(?i:what)\s+(?:did|does|has|had)\s+"
    r"(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)\s+(?:tell|told|say\s+to|said\s+to)\s+"
    r"(?P<to>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)\W*$"
)
# "Only since 2010, though?": the reader's guess of when something began
_SINCE_GUESSED = re.compile(
    r"^\W*(?:(?:and|so|but)[\s,]+)?(?:(?:only|just|not\s+until|not\s+before)\s+)?since\s+"
    r"(?:(?:the\s+)?(?:early|late|mid)[\s-]+)?[\w\s]{0,12}?\d[\w\s]{0,12}?"
    r"(?:,?\s*(?:though|then|right|really|i\s+think))?\W*$",
    re.IGNORECASE,
)
# "Is it 40 of them?", "Was it 30?": a number offered for what was just told
_NUMBER_GUESSED = re.compile(
    r"^\W*(?:(?:and|so|but)[\s,]+)?(?:is|was|are|were)\s+(?:it|that|there|they)\s+"
    r"(?:(?:really|only|just|about|around|roughly|over|under|more\s+than|less\s+than)\s+)*"
    r"(?P<n>\d[\d,.]*)(?:\s+of\s+them)?\W*$",
    re.IGNORECASE,
)
_BESIDES = re.compile(r"\b(?:other|others|else|besides|apart|except|another)\b", re.IGNORECASE)
# "And ...", "so ...": a lead the question keeps
_KEPT_LEAD = r"^(?P<lead>\W*(?:(?:and|so|but)[\s,]+)?)"
# "Wasn't it Maria Zakharova who spoke?", "Was it Blinken that invited them?"
_CLEFT = re.compile(
    _KEPT_LEAD + r"(?:was|is)(?:n['’]?t)?\s+it\s+(?:really\s+)?"
    r"(?P<names>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3})\s+(?:who|that)\s+"
    r"(?P<rest>[^?]{3,80}?)\s*\?\s*$",
    re.IGNORECASE,
)
_SINCE_WHEN = re.compile(r"^\W*(?:(?:and|so|but)[\s,]+)?since\s+when\b", re.IGNORECASE)
_SPOKEN_TO = r"(?:comments?|remarks?|interview|statement|spoke|speaking|talked|talking|said|told)"
_MODAL = r"(?:might|may|could|would|will|should|was|is|were|are)\b"
# "Was the person speaking Maria Zakharova?": a name offered for someone described
_IDENTITY_CLAIMED = re.compile(
    r"^\W*(?:(?:and|so|but)[\s,]+)?(?P<aux>was|is|were|are)\s+"
    # ("Are those Russia and China?": the ones just told of)
    r"(?P<what>the\s+[^?]{3,60}?|those|these|they|it|that)\s+"
    r"(?P<names>(?-i:[A-Z])[\w'’-]*(?:,?\s+(?:and\s+|or\s+)?(?-i:[A-Z])[\w'’-]*)*)\W*$",
    re.IGNORECASE,
)


# "The ministry's comment came from Maria Zakharova?": a source offered for something told
_SOURCE_CLAIMED = re.compile(
    _KEPT_LEAD + r"(?:did\s+)?(?P<what>(?:the|this|that|his|her|its|"
    r"their|(?-i:[A-Z])[\w'’-]*['’]s)\s+[^?]{2,60}?)\s+(?:came|come|comes)\s+from\s+"
    r"(?P<names>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3})\W*$",
    re.IGNORECASE,
)
# "Is O'Brien's title really X?", "His position was X, right?": an attribute's value offered
_ATTRIBUTE_CLAIMED = re.compile(
    _KEPT_LEAD + r"(?:(?P<aux>is|was)\s+)?(?P<owner>(?:the\s+)?"
    r"(?:[\w.'’-]+\s+){0,3}?[\w.'’-]+?(?:['’]s|s['’]|(?<=^his)|(?<=^her)|(?<=\shis)|(?<=\sher)))\s+"
    r"(?P<attr>(?:full\s+|official\s+|job\s+|exact\s+)?(?:title|position|role|job|post|rank|"
    r"office))\s+(?(aux)|(?P<aux2>is|was)\s+)(?:really\s+|actually\s+|definitely\s+)?"
    r"(?P<value>[^?]+?)(?:,\s*as\s+[^?]*)?\s*\?*\s*$",
    re.IGNORECASE,
)


def role_checked(question: str) -> str | None:
    """For a role given to someone named, to be checked ("Shahinoglu runs a government
    ministry, yes?", "Is Musabayov a cabinet minister?"), "Who is <Name>?": the article's
    own words for them answer it; else None.

    >>> role_checked("Ana Ruiz runs the museum, right?")
    'Who is Ana Ruiz?'
    """
    m = _ROLE_CLAIMED.match(question)
    if m is None or not (m.group(1) or _TAG.search(question)):
        return None
    claimed = question[m.end(2) :]
    if m.group(2).lower() in ("he", "she") and not (
        _ROLE_OR_RANK.search(claimed) or re.search(r"\b(?-i:[A-Z])", claimed)
    ):
        return None  # ("Is he a member of the ruling party too?": no role, no name)
    if all(is_place(w) for w in m.group(2).split()) or _RANKED.search(question):
        # ("Was Armenia the very first to confirm?": a country, no one's role; "Was
        # Oakdale the first of the towns to back it?": an order the article never gives)
        return None
    return f"Who is {m.group(2)}?"


_RANKED = re.compile(
    r"\bthe\s+(?:very\s+)?(?:first|last|only|[a-z]{3,}est)\s+(?:of|to|among|one)\b"
)


def level_checked(question: str) -> str | None:
    """For a level offered to be checked ("Is it at heads of state level?", "Heads of
    government level, right?"), "At what level is it?": the article's own level answers
    it; else None.

    >>> level_checked("Is the meeting at heads of state level?")
    'At what level is the meeting?'
    """
    # ("The invitation is for which level? President level?": the last question)
    m = _LEVEL_CLAIMED.match(re.split(r"(?<=\?)\s+", question.strip())[-1])
    if m is None:
        return None
    return f"At what level is {m.group('what') or 'it'}?"


def date_checked(question: str) -> str | None:
    """For a date offered to be checked ("Valiyev's meeting with Fiks was on July 3,
    correct?", "Was the meeting on July 3?"), "When was <it>?": the article's own date
    answers it; else None.

    >>> date_checked("The vote was on May 4, right?")
    'When was the vote?'
    """
    # ("was on 'July 3'": the date, quoted as the reader read it)
    question = re.sub(r"['‘’\x22“”]((?:\w+\s+)?\d[^'‘’\x22“”]{0,20}?)['‘’\x22“”]", r"\1", question)
    m = _DATE_CLAIMED.match(question)
    if m is None or not (m.group("tag") or m.group("aux")):
        return None
    what = re.sub(r"^(?:The|A|An)\b", lambda d: d.group(0).lower(), m.group("what"))
    what, dates = re.subn(r"\s+dates?$", "", what, flags=re.IGNORECASE)  # "the summit dates"
    verb = "is" if dates else (m.group("aux") or m.group("verb") or "was").lower()
    if (
        not m.group("aux")
        and not m.group("verb")
        and (said := re.match(r"^(\S+(?:\s+\S+){0,3}?)\s+(was|were|is|are)\s+(\S.*)$", what))
    ):
        return (
            f"When {said[2].lower()} {said[1]} {said[3]}?"  # "he was there" -> "When was he there?"
        )
    return f"When {verb} {what}?"


_DATE_CLAIMED = re.compile(
    r"^\W*(?:(?:and|so|but)\s+)?(?:(?P<aux>was|is|were|are|did(?=[^?]*\s(?:before|after|earlier\s+than|"
    r"later\s+than|prior\s+to)\s))\s+)?(?P<what>[^?,]{2,80}?)\s+"
    r"(?:(?P<verb>was|is|were|are)\s+)?(?:held\s+|happening\s+|taking\s+place\s+)?"
    # ("We ran the summit dates as July 10 to 12": its dates, told otherwise; "Did the
    # meeting take place after July 3?": when it did, not "Did it go on July 9?", which
    # asks whether it did)
    r"(?:(?:on|as|from|before|after|(?:earlier|later)\s+than|prior\s+to)\s+|(?<=\bis\s)|(?<=\bare\s)|(?<=\bwas\s)|(?<=\bwere\s))"
    rf"(?:(?:{CALENDAR_NAMES})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+"
    rf"(?:of\s+)?(?:{CALENDAR_NAMES}))(?:\s*(?:-|–|to|through|until)\s*\d{{1,2}}(?:st|nd|rd|th)?)?"
    r"(?P<tag>\s*[,;]?\s*(?:right|correct|true|yes|no|yeah|is\s+that\s+(?:right|correct|so)|"
    r"(?:isn|wasn|didn|doesn)['’]?t\s+(?:it|they|he|she|there)))?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_LEVEL_CLAIMED = re.compile(
    r"^\W*(?:(?:and|so|but)\s+)?(?:(?:is|was|will)\s+(?P<what>it|this|that|the\s+[\w\s'’-]{2,40}?)"
    r"(?:\s+be)?\s+)?(?:(?:at|on)\s+)?(?:the\s+)?(?:a\s+)?(?:[\w\s'’-]{2,40}?\s+level\b[^?]*|"
    # "Is the invitation for heads of state?": whom it is for, a level
    r"(?<=\s)for\s+(?:the\s+)?(?:heads?\s+of\s+(?:state|government)|presidents?|prime\s+"
    r"ministers?|leaders?|(?:foreign|defen[cs]e)\s+ministers?|ministers?|ambassadors?))"
    r"\?*\s*$",
    re.IGNORECASE,
)


_ROLE_CLAIMED = re.compile(
    r"^\W*(?:(?:and|so|but)\s+)?(?:(is|was|does)\s+)?(?:(?:that|this)\s+)?"
    # ("Does he run the Caspian Institute?": he, of the turns before)
    r"((?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)*|\b(?:he|she)\b)"
    # ("that Shahinoglu guy works for ...")
    r"(?:\s+(?:guy|man|woman|fellow|person|bloke|dude|chap|gentleman|lady))?"
    r"\s+(?:(?:is|was)\s+(?:a|an|the)\b|(?:a|an|the)\s|runs?\b|heads?\b|leads?\b|works?\s+(?:for|at)\b|"
    # ("Is Valiyev Azerbaijan's defense minister?")
    r"(?-i:[A-Z])[\w-]+['’]s\s+(?:[a-z-]+\s+){0,2}(?:minister|chief|head|director|leader|"
    r"secretary|spokes(?:man|woman|person)|commander|ambassador|president)\b|"
    r"chairs?\b|directs?\b|serves?\s+as\b|"
    # ("Was he from the Naples command?")
    r"from\s+(?:the|a|an|(?-i:[A-Z])[\w-]*['’]s)\s+(?:[\w'’-]+\s+){0,3}?(?:command|"
    r"institute|cent(?:er|re)|agency|ministry|office|department|committee|council|university|"
    r"foundation|bureau|service|headquarters)\b)",
    re.IGNORECASE,
)


def shows_instead(missing: Sequence[str], quotes: str, question: str) -> bool:
    """Whether ``quotes`` give a detail of the kind ``premise_checked`` took out of
    ``question``: a place for a place, a number for a number, a name for a name; for a
    guess after a question ("When was that, July 8?") the article's answer, whatever it is."""
    if _SINCE_GUESSED.match(question) and re.search(r"\bsince\b", quotes, re.IGNORECASE):
        return True  # ("Only since 2010, though?": "since gaining independence")
    if (
        (guess := _GUESSED.match(question))
        and re.search(r"\d", guess["guess"])
        and (re.search(r"\d", quotes) or _HOW_LONG.search(question) or _SINCE_WHEN.match(question))
    ):
        return True  # ("How long has it been a member, since 2004?": "since independence")
    for name in missing:
        if name[:1].isdigit():
            if not re.search(r"\d", quotes):
                return False
        elif re.search(
            rf"{_ROLE_OR_RANK.pattern}\s+{re.escape(name)}\b", question, re.I
        ) or re.search(
            rf"\b(?:(?-i:PM|MP|FM)|[Mm]ayor|[Cc]ouncill?or)\s+{re.escape(name)}\b", question
        ):
            # "Is it true that Armenian PM Pashinyan will attend?": someone else named for
            # him, not his country's "Armenia has confirmed"
            if not any(
                not any(w.lower() in question.lower() or is_place(w) for w in run.split())
                for run in _PERSON_RUN.findall(quotes)
            ):
                return False
        elif not _PLACE_SAID.search(quotes) and not any(
            w.lower() not in question.lower() for w in CAPITALIZED.findall(quotes)
        ):
            return False
    return True


def corrected(names: Sequence[str], quotes: str) -> str:
    """The answer to a question checking a detail the article never gives.

    >>> corrected(["Paris"], "They met in Lyon. [1]")
    'The article never mentions Paris; it says: They met in Lyon. [1]'
    """
    return f"The article never mentions {_listed(names)}; it says: {quotes}"


_YES_NO_ASKED = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?(?:is\s+it\s+(?:true|right|correct|accurate|so)\s+"
    r"(?:that\s+)?|(?:did|does|do|is|are|was|were|has|have|had|will)\b)",
    re.IGNORECASE,
)
# "..., right?", "..., didn't it?", "..., is that correct?": a statement to check.
# (typed in haste: "..., confirm", "... isnt it" without the question mark)
_TAG = re.compile(
    r"(?:[,;]?\s*(?:right|correct|true|yes|no|yeah|is\s+that\s+(?:right|correct|so)|am\s+i\s+right)"
    r"\s*\?|[,;]\s*(?:right|correct|true|confirm)|[,;]?\s*"
    r"(?:isn|wasn|didn|doesn|don|aren|weren|hasn|haven|hadn|won|wouldn)['’]?t\s+"
    r"(?:it|they|he|she|there)"
    r"\s*\??)\s*$",
    re.IGNORECASE,
)
# A message that opens as a question, not a statement
# (not names.AUXILIARIES: "May 5 is the date, right?" is a claim put to be checked)
_QUESTION_LED = re.compile(
    r"^\W*(?:who|whom|whose|what|when|where|which|why|how|is|are|was|were|do|does|did|has|"
    r"have|had|can|could|will|would|should)\b",
    re.IGNORECASE,
)


def claim_tagged(text: str) -> bool:
    """Whether ``text`` is a statement put to be checked ("Lee chairs it, right?").

    >>> claim_tagged("Lee chairs it, right?"), claim_tagged("Who chairs it, right?")
    (True, False)
    """
    return bool(_TAG.search(text)) and not _QUESTION_LED.match(text)


_OTHER_TIME = re.compile(
    r"\b(?:last|previous|past|next|former|earlier|ago|before|(?:1[89]|20)\d\d)\b", re.IGNORECASE
)
# A place named in a quote: "in Baku", "at the Pentagon".
# "Ana Ruiz", "Rasim Musabayov": a name of two or more capitalized words
_PERSON_RUN = re.compile(r"\b(?-i:[A-Z][a-z'’-]+)(?:\s+(?-i:[A-Z][a-z'’-]+))+\b")
_PLACE_SAID = re.compile(r"\b(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]+")


_ACCORDING = re.compile(
    r"^\s*(?:according\s+to|in\s+the\s+(?:view|words)\s+of)\s+(?P<a>[^,?]+?)\s*,\s*(?P<ca>.+)$|"
    r"^(?P<cb>.+?)[\s,]+(?:according\s+to|in\s+the\s+(?:view|words)\s+of)\s+(?P<b>[^,?]+?)\s*(?P<end>[?.!]*)\s*$|"
    # ("Why, according to Lee, should it wait?": between commas)
    r"^(?P<h>\W*\w+(?:\s+\w+)?)\s*,\s*(?:according\s+to|in\s+the\s+(?:view|words)\s+of)\s+"
    r"(?P<c>[^,?]+?)\s*,\s*(?P<t>.+)$",
    re.IGNORECASE,
)


# "What did the ministry official claim the West is trying to do?": a claim and its source.
_CLAIMED = re.compile(
    r"^\W*what\s+(?:(?:did|does|has|have|had)\s+(?P<s>.+?)\s+(?:claim|suggest|argue|allege|"
    r"accuse|assert|insist|warn|insinuate|imply|hint)s?|"
    # "What is the ministry's official accusing the West of trying to do?"
    r"(?:is|are|was|were)\s+(?P<s2>.+?)\s+(?:claim|suggest|argu|alleg|accus|assert|insist|warn|"
    r"insinuat|impl(?:y)?|hint)ing)\s+(?:that\s+)?(?P<c>(?!about\b)\S+(?:\s+\S+)+?)"
    r"\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# "accuse the West of trying to ...": what the West is doing
_ACCUSED_OF = re.compile(r"^(?P<who>.+?)\s+of\s+(?P<doing>[a-z]+ing\b.*)$", re.IGNORECASE)


def attributed(question: str) -> tuple[str | None, str]:
    """The source a question attributes its claim to, and the question without it.

    >>> attributed("According to the ministry, what is the West trying to do?")
    ('the ministry', 'what is the West trying to do?')
    >>> attributed("What is the West doing, according to Lee?")
    ('Lee', 'What is the West doing?')
    >>> attributed("Why, according to Lee, is the West waiting?")
    ('Lee', 'Why is the West waiting?')
    >>> attributed("What did Lee claim the West is doing?")
    ('Lee', 'What the West is doing?')
    >>> attributed("What is Lee accusing the West of trying to do?")
    ('Lee', 'What is the West trying to do?')
    >>> attributed("What is the West doing?")
    (None, 'What is the West doing?')
    """
    if c := _CLAIMED.match(question):
        claim = c.group("c").rstrip("?.! ")
        if of := _ACCUSED_OF.match(claim):
            claim = f"is {of['who']} {of['doing']}"  # "What is the West trying to do?"
        return c.group("s") or c.group("s2"), f"What {claim}?"
    m = _ACCORDING.match(question)
    if m is None:
        return None, question
    if m.group("a"):
        return m.group("a"), m.group("ca")
    if m.group("c"):
        return m.group("c"), f"{m.group('h')} {m.group('t')}"
    return m.group("b"), m.group("cb") + (m.group("end") or "?")


def source_named(source: str, citations: Sequence[Citation], data: IndexData) -> bool:
    """Whether the cited sentences, the sentence before each, or the sentences that
    introduce the people they name, name ``source`` speaking; a country or its people
    ("Iran's officials", "the Russian side") only the cited sentences or the one before
    (a person's introduction names no country's words: "reactions from Russia and Iran")."""
    quotes = [c.quote for c in citations]
    if any(is_place(w) for w in re.findall(r"[A-Z][\w-]*", source)):
        return _names_subject(source, " ".join(quotes), _said_before(citations, data))
    # (one speaking there: "presented by Paul Mercer" is no source of what he warned)
    return any(
        _names_subject(source, s, ()) and _REPORTED.search(s)
        for s in [*quotes, *quote_context(citations, data)]
    )


def quote_context(citations: Sequence[Citation], data: IndexData) -> list[str]:
    """The sentence before each cited one and the sentences that introduce the people
    the quotes name: what a reader of the quotes already knows ("the Foreign Ministry
    weighed in" before its official's words)."""
    return [*_said_before(citations, data), *name_context([c.quote for c in citations], data)]


def _said_before(citations: Sequence[Citation], data: IndexData) -> list[str]:
    """The sentence before each cited one, in its document."""
    return [
        data.sentences[i - 1].text
        for c in citations
        for i in [data.sentence_at(c.doc_id, c.start)]
        if i > 0 and data.sentences[i - 1].doc_id == c.doc_id
    ]


# "Who will lead the delegation?", "Which firm is going to build it?": the action asked about.
_FUTURE_AGENT = re.compile(
    # ("If Baku does go, who will head its delegation?", "who from Armenia will go?")
    r"(?:^|[,;]\s*)\W*(?:(?:and|so|but|then)\s+)?(?:who(?:\s+(?:exactly|else|from\s+[\w'’-]+))?|"
    r"which(?:\s+[^\W\d_]+){1,3}?)"
    r"(?:\s+(?:will|would|shall)|(?:['’]s|\s+is|\s+are)\s+(?:going|expected|set|slated|due|"
    r"scheduled|likely)\s+to)\s+(?:be\s+)?([^\W\d_]+)",
    re.IGNORECASE,
)
# "Who is Armenia sending to the summit?": a plan, asked in the present.
_SENDING_AGENT = re.compile(
    # "Which city is hosting?" asks where, not who plans to
    r"^\W*(?i:(?:and|so|but)\s+)?(?i:who(?:\s+exactly)?|which\s+(?!(?:city|town|country|place|"
    r"nation|state)\b)[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?)\s+(?i:is|are)\s+"
    # "Who is quoted saying ...?" asks who said it, not who plans to
    # nor "Who is warning that ...?": what someone says
    # nor "Which powers are named as possibly reacting?": who the article names
    r"(?!(?:\w+ly\s+)?(?:quoted|named|mentioned|cited|listed|identified)\b)"
    r"(?![a-z]+ing\s+that\b)(?:[\w'’-]+\s+){1,4}?([a-z]+ing)\b|"
    # "who's representing them?", "Who is attending for Armenia?"
    # "Which NATO Secretary General is chairing the summit?"
    r"^\W*(?i:(?:and|so|but)\s+)?(?i:who|which\s+(?!(?:city|town|country|place|nation|state)\b)"
    r"[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?)(?:['’]s|\s+(?i:is|are))\s+"
    # ("Who is speaking for the ministry?" asks who spoke, not who plans to)
    r"(?!(?i:saying|quoted|speaking|talking|commenting|arguing|claiming|suggesting)\b)"
    r"([a-z]+ing)\b(?!\s+that\b)"
)
# "Who ended up leading the delegation?": how it turned out, after the article
_OUTCOME_AGENT = re.compile(
    r"^\W*(?:(?:and|so|but)\s+)?who\s+(?:\w+ly\s+)?(?:ended|wound)\s+up\s+([a-z]+ing)\b",
    re.IGNORECASE,
)
_FUTURE = re.compile(r"\b(?:will|would|shall)\b|['’]ll\b", re.IGNORECASE)
# "Which country is he from?", "What nationality is Fiks?", "Where does she come from?"
_ORIGIN_ASKED = re.compile(
    r"\b(?:(?:what|which)\s+(?:country|nation|nationality)\s+(?:is|was|does|did)\s+(?P<who>.+?)\s+"
    r"(?:from|come\s+from|hail\s+from)|where\s+(?:is|was|does|did)\s+(?P<who2>.+?)\s+"
    r"(?:from|come\s+from|hail\s+from)|what\s+nationality\s+(?:is|was)\s+(?P<who3>.+?))\W*$",
    re.IGNORECASE,
)
# "By what deadline ...?", "When does Baku have to give its answer by?"
_DEADLINE_ASKED = re.compile(
    r"\bdeadlines?\b|\bby\s+when\b|\bby\s+what\s+(?:date|day|time)\b|"
    r"\b(?:have|has|had|need|needs)\s+to\b[^?]{0,40}?\bby\s*\??\s*$",
    re.IGNORECASE,
)
_DEADLINE = re.compile(
    rf"\bdeadlines?\b|\b(?:by|until|till|before|no\s+later\s+than)\s+(?:the\s+)?(?:end\s+of\s+)?"
    rf"(?:{CALENDAR_NAMES}|\d|next|this|then|the\s+(?:summit|meeting|vote|end))|\bdue\b",
    re.IGNORECASE,
)
_WHAT_YEAR = re.compile(r"\b(?:what|which)\s+years?\b", re.IGNORECASE)
_YEAR = re.compile(r"\b\d{3,4}s?\b|\bcentur(?:y|ies)\b", re.IGNORECASE)
# "What does NATO stand for?": the words its letters begin, which the answer must spell
_STANDS_FOR = re.compile(
    # ("What does the acronym NATO actually stand for?")
    r"\bwhat\s+(?:does|do|did)\s+(?:the\s+)?(?:(?:acronym|abbreviation|initials)\s+)?"
    r"([A-Za-z][A-Za-z.&]{1,9})\s+(?:even\s+|actually\s+|really\s+|exactly\s+)?"
    r"(?:stand|stands)\s+for\b|\bwhat\s+is\s+(?:the\s+)?([A-Za-z][A-Za-z.&]{1,9})\s+short\s+for\b",
    re.IGNORECASE,
)
_MINOR = frozenset("of the and for on in to a an de".split())


def _spelled_out(acronym: str, text: str) -> bool:
    """Whether ``text`` has words in a row whose initials spell ``acronym`` ("North
    Atlantic Treaty Organization" of NATO), small words in between skipped.

    >>> _spelled_out("NATO", "the North Atlantic Treaty Organization met")
    True
    >>> _spelled_out("NATO", "NATO's Partnership for Peace")
    False
    """
    letters = [ch.lower() for ch in acronym if ch.isalpha()]
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if w.lower() not in _MINOR]
    initials = "".join(w[0].lower() for w in words)
    return len(letters) > 1 and "".join(letters) in initials


HOW_OLD = re.compile(r"\bhow\s+old\b", re.IGNORECASE)
# An age: "54 years old", "515 million years ago", "a 6-month-old", "aged 54", "Ana Ruiz,
# 54,", "centuries"; not "for about 19 months", which is how long something lasts.
_AGE = re.compile(
    r"\b\d[\d,.]*\s*-?\s*(?:(?:million|billion|thousand|hundred)\s+)?"
    r"(?:years?|yrs?|months?|weeks?|days?)[\s-]+(?:old|ago)\b|"
    r"\b\d+-(?:year|month|week|day)-old\b|\bage[ds]?\s+(?:of\s+)?\d|,\s*\d{1,3}\s*,|"
    r"\b(?:centur(?:y|ies)|decades?|millenni(?:um|a))\b",
    re.IGNORECASE,
)
# ... or the year something began: "founded in 1921", "born in 1970".
_MADE_IN = re.compile(
    r"\b(?:born|built|founded|established|opened|created|constructed|completed|erected|"
    r"launched|dat(?:es|ed|ing)|since)\W+(?:\w+\W+){0,3}?\d{3,4}\b",
    re.IGNORECASE,
)

# "Did he name Azerbaijan specifically?", "Did she say anything about the port?"
_DID_MENTION = re.compile(
    # ("Has Moscow reacted to the invitation talk?": no one doing the talking)
    r"^\W*(?:(?:and|so|but|ok|okay)\W+)?(?:did|does|has|have|had)\s+"
    # ("Did Russia put out an official comment?": no one named "Russia put out an official")
    r"(?P<who>(?:(?!(?-i:\b[a-z]{2,}ed\s)|\b(?:put|make|made|give|gave|issue|release|publish|"
    r"offer|post)\s)[^?])+?)"
    # "Does the ministry's comment reveal ...?": a noun, not an act of speech
    r"(?<!['’]s)(?<!s['’])\s+(?:sa(?:y|id)\s+(?:anything|something)|mention(?:ed)?|name|talk|speak|"
    # ("Did experts say Russia may react?": experts, saying so)
    r"sa(?:y|id)(?:\s+that)?(?=\s+(?-i:[A-Z]))|"
    r"comment)(?:\s+(?:(?:about|on|of|regarding|concerning)\s+)?(?P<what>[^?]+)|\W*$)",
    re.IGNORECASE,
)
_WORDS_OF = re.compile(
    r"['’]s?\s+(?:argument|view|views|comments?|remarks?|statement|position|quote|words|case|"
    r"interview|reply|answer|response)$",
    re.IGNORECASE,
)
# Acts of speech a quote must hold in some form: asked "What did Russia threaten?",
# "suggested that ..." is no threat.
_THREAT = re.compile(r"\b(?:threat|warn)\w*", re.IGNORECASE)  # "warned it would strike"
_PROMISE = re.compile(r"\b(?:promis|pledg|vow|commit|guarant)\w*", re.IGNORECASE)
_APOLOGY = re.compile(r"\b(?:apolog\w*|regret\w*|sorry)\b", re.IGNORECASE)
_WARNING = re.compile(r"\b(?:warn|caution|threat)\w*", re.IGNORECASE)
_ACTS = (
    ("threat", _THREAT),
    ("promis", _PROMISE),
    ("pledg", _PROMISE),
    ("vow", _PROMISE),
    ("apolog", _APOLOGY),
    ("warn", _WARNING),
    ("caution", _WARNING),
)
# Words that vary less than "accuse" or "demand" ("suggested that the West is ..."
# answers what Russia accused the West of).
_ACT_ASKED = re.compile(
    # "What has Russia threatened?" as well as "Did Russia threaten?"
    r"\b(?:did|does|has|have|had|will|would)\s+(?:[\w'’-]+\s+){1,4}?(?P<act>threaten(?:ed)?|"
    r"promised?|pledged?|vow(?:ed)?|apologi[sz]ed?|warn(?:ed)?|caution(?:ed)?|"
    r"make\s+(?:any\s+)?(?:threats?|promises?|pledges?|vows?))\b",
    re.IGNORECASE,
)


def _said_as(asked: str) -> re.Pattern[str]:
    """The forms a quote may give the act asked of ("make any promises": a pledge too)."""
    word = asked.split()[-1].lower()
    return next(found for start, found in _ACTS if word.startswith(start))


# "Did O'Brien also visit Armenia on that trip?": a visit to that place.
_VISIT_ASKED = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)\W+)?(?:(?:in\s+the\s+end|finally|ultimately|eventually)\W+)?"
    r"(?:(?:on|in|at)\s+)?(?:(?:when|what\s+\w+|which\s+\w+)\s+)?"
    r"(?:did|has|had|(?P<will>will|would))\s+(?P<mid>.+?)\s+(?:also\s+)?"
    r"(?:visit|go\s+to|travel\s+to|stop\s+in|stop\s+by|fly\s+to|come\s+to|(?:show|turn)\s+up\s+(?:in|at)|"
    # ("did he also swing by Yerevan?")
    r"(?:swing|drop|pop)\s+(?:by|over\s+to|into|in\s+to)|head\s+(?:over\s+)?to)\s+"
    r"(?:the\s+)?(?P<place>(?-i:[A-Z])[\w'’-]+)(?![\w'’-])",
    re.IGNORECASE,
)
# "Has Armenia decided to go to the Washington summit?": a step on the way to an event,
# not a trip made to its place
_TO_EVENT = re.compile(
    r"(?:\s+(?-i:[A-Z])[\w'’-]*)*\s+(?:summit|meeting|conference|talks|forum|event|gathering|"
    r"session|ceremony)s?\b",
    re.IGNORECASE,
)
_DECIDING = re.compile(
    r"\b(?:decid\w*|plan\w*|agree\w*|confirm\w*|commit\w*|intend\w*|want\w*|hop\w*|chos\w*)\b",
    re.IGNORECASE,
)
# "Which other countries did he visit?", "Did he go anywhere else on that trip?"
_OTHER_STOPS = re.compile(
    r"\b(?:which|what|any)\s+other\s+(?:[\w-]+\s+)?[a-z-]+s\b[^?]*\b(?:visit|stop|go|went|travel|"
    r"tour|fly|flew)\w*|"
    r"\b(?:visit|stop|go|went|travel|tour|fly|flew)\w*\s+(?:to\s+|in\s+|by\s+)?(?:any\s+other|"
    r"anywhere\s+else|other\s+(?:countries|cities|places|capitals))\b|"
    # ("On the same trip he also visited what?": a blank to fill)
    r"\balso\s+(?:visit\w*|stopp?\w*\s+(?:in|at)|went\s+to|travel\w*\s+to)\s+(?:what|where|which)\b|"
    # "Where did he head next after leaving Azerbaijan?": the stop after the one told of
    r"\bwhere\b[^?]*\b(?:go|goes|went|head\w*|travel\w*|fly|flies|flew|mov\w*)\b[^?]*?"
    r"\b(?:next|afterwards?|after\s+(?:that|leaving|visiting)|later)\b|"
    r"\bafter\s+(?:leaving|visiting)\b[^?]*\bwhere\b",
    re.IGNORECASE,
)
# A trip to more than one place: "visits to Baku and Yerevan", "a tour of the region"
_STOPS_LISTED = re.compile(
    r"\b(?:visit|trip|tour|travel|stop)\w*\s+(?:to|in|of)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*)+"
    r"(?:,|and)\s*(?:[A-Z]|the\s+[A-Z])|\b(?:tour|trip)\s+of\s+the\s+region\b|\bvisits\b|"
    r"\bthen\s+(?:went|travel\w*|flew|head\w*)\s+(?:on\s+)?to\b|"
    r"\bafter\s+(?:leaving|visiting)\b|\b(?:went|head\w*|travel\w*|flew|moved)\s+on\s+to\b"
)
# "Has Armenia said whether it will go to Washington?": a trip to come, asked of now
_FUTURE_IN = re.compile(r"\b(?:will|would|going\s+to|plan\w*\s+to|intend\w*\s+to)\b", re.I)
# "Has he ever advised the government?": a deed of any time, which the quote must name.
_EVER = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)\W+)?(?:has|have|had|did)\s+.+?\s+ever\s+([a-z]+)",
    re.IGNORECASE,
)
# "Has it sent its foreign minister to a NATO summit before?": times before this one
_BEFORE_ASKED = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)\W+)?(?:has|have|had)\s+.+?\s+(?:before|previously|in\s+the\s+"
    r"past)\W*$",
    re.IGNORECASE,
)
_EARLIER = re.compile(
    r"\b(?:before|previous\w*|earlier|past|prior|again|already|since|long[\s-]?standing|"
    r"first|ago|former\w*|histor\w*|years?|decades?|repeated\w*|regular\w*)\b",
    re.IGNORECASE,
)
# Questions that ask of a kind of thing the quote must tell of in some word: "What else
# did he discuss there?" (other talks; not "What did he talk about?", answered by what
# he stressed), "Who pays for it?", "Who is funding the trip?" (money).
_KIND_TOLD: list[tuple[re.Pattern[str], frozenset[str]]] = [
    (
        # "What else was on his agenda during that trip?", "What else did he do there?"
        re.compile(
            r"^\W*(?:(?:and|so|but|ok|okay)\W+)?(?:[^,?]{1,60},\s*)?what\s+else\s+(?:was\s+on\s+"
            r"[^?]{1,20}?\s*agenda|did\s+[^?]{1,30}?\s+do\s+(?:during|on|in|at|while|there)\b)",
            re.IGNORECASE,
        ),
        frozenset(
            stem(w)
            for w in "agenda also discussed discussion talks talked met meeting besides addition "
            "additionally".split()
        ),
    ),
    (
        re.compile(
            r"^\W*(?:(?:and|so|but|ok|okay)\W+)?what\s+else\s+(?:did|does|do|will|would)\s+"
            r"[^?]{1,40}?\s+(?:discuss\w*|discus|negotiat\w*|talk\s+about|agree\s+on)\b",
            re.IGNORECASE,
        ),
        frozenset(
            stem(w)
            for w in "discuss discussed discussion talks talked negotiated negotiation agreed "
            "agreement deal".split()
        ),
    ),
    (
        # "What will the ministers be discussing?", "What's on the summit agenda?": talks to
        # come, told only where the article says what they are to be about
        re.compile(
            r"\b(?:will|would|going\s+to|['’]ll)\s+(?:[^?]{1,40}?\s+)?(?:be\s+)?(?:discuss\w*|"
            r"debat\w*|talk\w*\s+about)\b|\bon\s+the\s+(?:[\w-]+\s+)?agenda\b",
            re.IGNORECASE,
        ),
        frozenset(
            stem(w)
            for w in "agenda discuss discussed discussion discussions debate talks topic topics "
            "issues weigh consider review address examine focus".split()
        ),
    ),
    (
        re.compile(
            r"\bwho(?:['’]s|\s+is|\s+will|\s+would)?\s+(?:\w+\s+)?(?:pays?|paid|paying|funds?|"
            r"funded|funding|finances?|financed|financing|bankroll\w*|covers?\s+the\s+costs?|"
            r"foots?\s+the\s+bill)\b",
            re.IGNORECASE,
        ),
        frozenset(
            stem(w)
            for w in "pay pays paid payment fund funds funded funding finance financed cost "
            "costs expense expenses budget bill money grant grants".split()
        ),
    ),
    (
        # "Has the government given any official reason for waiting?": a reason told
        re.compile(
            r"\b(?:give|gave|given|giving|offer\w*|provid\w*|cite\w*|state\w*)\s+(?:an?|any)\s+"
            r"(?:\w+\s+)?(?:reason|explanation|justification|rationale)s?\b",
            re.IGNORECASE,
        ),
        frozenset(
            stem(w)
            for w in "reason reasons because explain explained explanation justify justified "
            "justification rationale cite cited citing due".split()
        ),
    ),
    (
        # "Do ordinary Azerbaijanis support it? Are there any polls?": the public's view,
        # which the quote must tell of in its own words (not an expert's or a minister's)
        re.compile(
            r"\b(?:ordinary|average|regular|everyday|common)\s+(?:people|citizens|folks?|voters|"
            r"(?-i:[A-Z])\w+s)\b|\bpublic\s+(?:opinion|support|mood|sentiment|view)s?\b|"
            r"\bgeneral\s+public\b|\b(?:opinion\s+)?polls?\b|\bpolling\b|\bsurveys?\b",
            re.IGNORECASE,
        ),
        frozenset(
            stem(w)
            for w in "public poll polls polling survey surveys citizen citizens population "
            "voter voters resident residents popular opinion ordinary society street".split()
        ),
    ),
    (
        # "What is Azerbaijan's reason for declining?": a refusal the quote must tell of
        # (not a decision still to come)
        re.compile(
            r"\b(?:why|reasons?|behind|motives?|rationale)\b[^?]*\b(?:declin\w*|refus\w*|"
            r"reject\w*|withdr[ae]w\w*|boycott\w*|snub\w*)",
            re.IGNORECASE,
        ),
        frozenset(
            stem(w)
            for w in "decline declined declining refuse refused refusal reject rejected "
            "rejection withdraw withdrew withdrawal boycott boycotted snub snubbed".split()
        ),
    ),
]
# "..., according to polling?": figures from a kind of source the quote must name
_BY_POLLS = re.compile(
    r"\baccording\s+to\s+(?:the\s+|a\s+|recent\s+|opinion\s+|public\s+)*(polls?|polling|surveys?|"
    r"census|statistics|data|figures|studies|study)\b",
    re.IGNORECASE,
)
# "Where exactly in Washington ...?": a place within the one named
_WHERE_IN = re.compile(
    r"\b(?i:where)\s+(?:(?i:exactly|precisely|specifically)\s+)?(?i:in)\s+"
    r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)"
)
# "Has he ever been to Baku?": a state, not a deed the quote must name.
_NO_DEED = frozenset("been be had got gotten gone done made said".split())
# A word for what someone is, which the question may capitalize: "the Azerbaijani General".
_ROLE_OR_RANK = re.compile(
    r"\b(?:head|director|chief|chair\w*|leader|boss|commander|general|minister|secretary|"
    r"official|spokes\w+|envoy|ambassador|deputy|"
    r"senator|governor|president|premier|king|queen|prince|experts?|analysts?|officials?)s?\b",
    re.IGNORECASE,
)
# "Is Armenia hoping to join?": a yes/no question about someone named first.
_YES_NO_OF = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)\W+)?(?:is|are|was|were|does|do|did|has|have|had|will|would|"
    # ("Is Elkhan Shahinoglu going?": of the surname, which news writes alone)
    r"can|could)\s+(?-i:(?:[A-Z][\w'’-]+\s+){0,2}([A-Z][\w-]+))(?:['’]s)?\s+(?-i:[a-z])",
    re.IGNORECASE,
)
# A name alone: "Iran", "Stefan Fiks", "James O'Brien".
_NAME_ONLY = re.compile(r"(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")
# "What is Stefan Fiks's main point?": a view of someone named
_VIEW_OF_NAMED = re.compile(
    r"^\W*(?:(?:and|so|but)\s+)?what(?:['’]s|\s+is|\s+was)\s+((?-i:[A-Z])(?:[\w-]|['’](?!s\b))*(?:\s+(?-i:[A-Z])(?:[\w-]|['’](?!s\b))*)*)"
    r"['’]s?\s+(?:main\s+|basic\s+|key\s+|overall\s+|central\s+)?(?:point|view|take|stance|"
    r"argument|line|message|opinion)\b",
    re.IGNORECASE,
)
# "Karim Valiyev, Chief of the General Staff of the Azerbaijani army, met ...": a name
# and what it is, where the article introduces the person (or a full stop: "... met with
# Stefan Fiks, Deputy Chief of Staff of NATO ... Command.")
INTRODUCED = re.compile(
    r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+),\s+((?:a|an|the)\s+)?([^,.]{3,120})(?:,|\.(?=\s|$))"
)
# "What did the minister say?": answered by someone saying something.
_WHAT_SAID = re.compile(
    r"^\W*(?:(?:besides|apart\s+from|aside\s+from|other\s+than)\s+[^,?]+,\s*)?(?:(?:and|so|but)\s+)?"
    # ("and Iran, what did its ministry say?": a side named first)
    r"(?:(?P<side>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*)\s*,\s*)?"
    r"what\s+(?:else\s+|exactly\s+|precisely\s+)?(?:did|does|do|has|have|had|will|would|(?=(?:is|are|was|were)\s+.+?\s+"
    r"(?:saying|claiming|arguing|suggesting|telling|warning)\b)(?:is|are|was|were))\s+"
    # "What does the warning tell us?" asks the writer's reading (readings.reading_given)
    # (not "What does Holt's comment reveal?": a comment, not one commenting)
    # (nor "What does the writer make of that comment?": a comment read, not made)
    r"(?P<who>.+?)(?<!['’]s)(?<!\bthat)(?<!\bthe)(?<!\bthis)(?<!\bhis)(?<!\bher)(?<!\btheir)(?<!\bits)"
    r"\s+(?:say|said|saying|tell(?!\s+(?:us|you|me)\b)|told|claim|argue|suggest|warn|caution|add|comment|"
    r"respond|reply|"
    r"announce|stress|emphasi[sz]e|underscore|highlight|point\s+out|insist|assert|mention|"
    r"discuss|talk\s+about|speak\s+about|note|explain)\b",
    re.IGNORECASE,
)
# (not "about whether Baku should go": a question he may answer without naming Baku)
_ABOUT = re.compile(
    r"\s+(?:about|of|on|regarding|concerning)\s+(?!(?:whether|if|how|why|what)\b)([^?]+)",
    re.IGNORECASE,
)


# "the NATO guy Fiks": a name after a description in everyday words
_DESCRIBED = re.compile(
    rf"^(?:the|that|this)\s+(?:[\w'’-]+\s+){{0,2}}?{EVERYDAY_PERSON}\s+"
    r"(?=(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?$)",
    re.IGNORECASE,
)


def _who_said(m: re.Match[str]) -> str:
    """Who ``_WHAT_SAID`` asks of: the side named first for "they" ("and Iran, what did
    they say?")."""
    side, who = m.group("side"), m.group("who")
    # ("What did Fiks himself say?": Fiks)
    who = re.sub(r"\s+(?:himself|herself|themselves|itself)$", "", who, flags=re.IGNORECASE)
    return side if side and re.fullmatch(r"they|it", who, re.IGNORECASE) else who


# "What does the story say about Baku?" asks what the article holds, not who spoke.
THE_ARTICLE = re.compile(
    r"(?:the\s+|this\s+)?(?:article|story|text|piece|report|document|page|passage|news|"
    r"author|writer|reporter|it|this|they|"
    # ("the writer" as the scorer reads it: compose.scoring_text)
    r"(?<=the\s)by|"
    # ("What does the last paragraph say?": a part of it)
    rf"(?:[\w-]+\s+)?(?:paragraph|para|graf)(?:\s+(?:{PARAGRAPH_NUMBER}))?)",
    re.IGNORECASE,
)
_REPORTED = re.compile(
    r"[\"“”]|\baccording\s+to\b|\bpoint(?:ed|s)?\s+out\b|\bweigh(?:ed|s)?\s+in\b|\bcall(?:ed|s)?\s+"
    r"(?:for|on)\b|\b(?:sa(?:y|ys|id|ying)|t(?:old|ells?)|stat(?:ed|es|ing)|argu(?:ed|es|ing)|"
    r"claim(?:ed|s)?|warn(?:ed|s|ing)?|not(?:ed|es)|add(?:ed|s)|suggest(?:ed|s)?|stress(?:ed|es)?|"
    r"emphasi[sz](?:ed|es)|underscor(?:ed|es)|highlight(?:ed|s)?|maintain(?:ed|s)?|"
    r"insist(?:ed|s)?|explain(?:ed|s)?|believ(?:ed|es)|thinks?|acknowledg(?:ed|es)|"
    r"admit(?:ted|s)?|announc(?:ed|es)|assert(?:ed|s)?|comment(?:ed|s)?|conclud(?:ed|es)|"
    r"contend(?:ed|s)?|declar(?:ed|es)|denie[sd]|describ(?:ed|es)|echo(?:ed|es)|observ(?:ed|es)|"
    r"predict(?:ed|s)?|propos(?:ed|es)|remark(?:ed|s)?|repl(?:ied|ies)|report(?:ed|s)?|"
    r"respond(?:ed|s)?|reveal(?:ed|s)?|urg(?:ed|es)|wr(?:ote|ites)|critici[sz](?:ed|es)|"
    r"prais(?:ed|es)|welcom(?:ed|es)|caution(?:ed|s)?|recommend(?:ed|s)?|ask(?:ed|s)|"
    r"express(?:ed|es)|voic(?:ed|es)|hail(?:ed|s)|condemn(?:ed|s)|blam(?:ed|es)|"
    r"promis(?:ed|es)|pledg(?:ed|es)|vow(?:ed|s)|threaten(?:ed|s)|dismiss(?:ed|es)|"
    r"reject(?:ed|s)|confirm(?:ed|s)|question(?:ed|s)|discuss(?:ed|es)|talk(?:ed|s)|spoke|"
    r"mention(?:ed|s)?)\b",
    re.IGNORECASE,
)


def _longest_list(text: str) -> int:
    """How many names ``text`` lists together at most ("Azerbaijan and Armenia": 2)."""
    items = [(m.end(), m.start()) for m in _LISTED.finditer(text)]
    longest = run = 1 if items else 0
    for (end, _), (_, start) in itertools.pairwise(items):
        run = run + 1 if _LIST_JOIN.search(text[end:start]) else 1
        longest = max(longest, run)
    return longest


# "list the other 28 partner countries", "what are the remaining ones?"
_OTHERS_LISTED = re.compile(
    r"\b(?:list|name|what\s+are|which\s+are|tell\s+me)\s+(?:all\s+)?(?:of\s+)?(?:the\s+)?"
    r"(?:other|remaining|rest\s+of\s+the)\s+(?:\d+\s+)?(?:[\w-]+\s+)?(?:[a-z]+s|ones)\b",
    re.IGNORECASE,
)
# "list the names of all the partner countries", "name every country invited"
_ALL_LISTED = re.compile(
    r"\b(?:list|name|what\s+are|which\s+are)\s+(?:the\s+names\s+of\s+)?(?:all|every|each)\s+"
    r"(?:of\s+)?(?:the\s+)?(?:\d+\s+)?(?:[\w-]+\s+)?([a-z]{3,})\b(?!\s+[a-z]+(?:ies|s)\b)",
    re.IGNORECASE,
)
# "How big is its army?": a size, or a count
_HOW_BIG = re.compile(r"\bhow\s+(?:big|large|small|strong|powerful)\s+(?:is|are|was|were)\b", re.I)
_SIZE = re.compile(
    r"\b(?:size|sized|large|largest|small|smallest|big|biggest|huge|vast|tiny|strength|square|"
    r"km|kilomet(?:er|re)s?|miles?|acres?|hectares?|personnel|troops|soldiers|population)\b",
    re.IGNORECASE,
)


_THOSE = re.compile(
    r"(?:those|these|the|both|them)(?:\s+(?:two|both|ones))?|both\s+of\s+them", re.IGNORECASE
)


def _root(noun: str) -> str:
    """``noun`` without its plural or "-y" ending, to find it in any number: "countr"."""
    return re.escape(re.sub(r"(?:ies|y|s)$", "", noun.lower()))


def _lists_only(excluded: str, text: str) -> bool:
    """Whether ``text`` lists the two or more names of ``excluded`` together ("notably
    Azerbaijan and Armenia") and nothing beside them: asked for the others, it names none."""
    if _THOSE.fullmatch(excluded.strip()):
        # "apart from those two": the ones just listed, when the text lists no more
        return 1 <= _longest_list(text) <= 2
    names = set(_LISTED.findall(excluded))
    items = [(m.start(), m.end(), m.group(0)) for m in _LISTED.finditer(text)]
    if len(names) < 2 or not items:
        return False
    runs = [{items[0][2]}]
    for (_, end, _), (start, _, word) in itertools.pairwise(items):
        if _LIST_JOIN.search(text[end:start]):
            runs[-1].add(word)
        else:
            runs.append({word})
    return names in runs


def reports_speech(text: str) -> bool:
    """Whether ``text`` reports what someone said or thinks (a quotation, "told", ...)."""
    return _REPORTED.search(text) is not None


def _speech_verbs(text: str) -> list[re.Match[str]]:
    """The words of speaking in ``text`` ("argued", "told"), quotation marks left out."""
    return [m for m in _REPORTED.finditer(text) if m.group(0) not in '"“”']


def _speaker_word(name: str) -> str:
    """The word of a speaker's name to find in what they said: "Russia" of "Russia's",
    "Russian" of "the Russians" (as in "the Russian Foreign Ministry")."""
    return _one_of_people(re.sub(r"['’]s$", "", name))


def _any_of(*names: str) -> str:
    """A pattern matching any of ``names`` as written."""
    return "(?:" + "|".join(re.escape(n) for n in names) + ")"


def _one_of_people(name: str) -> str:
    """ "Russian" of "Russians": the people's word a body of theirs is named with."""
    return re.sub(r"(?<=[a-z]an)s$", "", name)


_BODY_SPOKEN_FOR = re.compile(
    r"^\W*(?:(?:and|so|but)\s+)?(?:which|what)\s+(?P<kind>[a-z]{4,})\s+(?:is|was|does|did)\s+"
    r"(?P<who>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?|he|she)\s+(?:actually\s+|really\s+)?"
    r"(?:speaking\s+for|speak\s+for|with|from|representing|represent|working\s+for|work\s+for|"
    r"part\s+of)\b",
    re.IGNORECASE,
)


def spoken_through(question: str, text: str, before: str) -> bool:
    """Whether ``question`` asks what someone named said ("What did Russia say?") and
    ``text`` reports another speaking for them, as ``before``, the sentence leading into
    it, tells: "On July 3, the Russian Foreign Ministry weighed in." then "Andrei
    Nastasin, Deputy Director of the Information Department, suggested that ...".

    >>> spoken_through("What did Ruritania say?", "Ana Ruiz, its envoy, said no.",
    ...                "The Ruritanian ministry replied on Monday.")
    True
    """
    if (kind := _BODY_SPOKEN_FOR.match(question)) is not None:
        # "Which ministry is Nastasin with?": the ministry the sentence before has speak,
        # when his own names none
        asked = {stem(kind["kind"].lower())}
        who = kind["who"]
        return (
            bool(asked & _stems(before))
            and not asked & _stems(text)
            and (who.lower() in ("he", "she") or who.split()[-1] in text)
            and bool(BODY.search(before))
            and bool(_speech_verbs(text))
        )
    m = _WHAT_SAID.search(question)
    if (
        m is None
        or not _NAME_ONLY.fullmatch(m.group("who"))
        or THE_ARTICLE.fullmatch(m.group("who"))
    ):
        return False
    named = names_in(m.group("who"))
    if not named:
        return False
    last = _speaker_word(named[-1])
    # a body of the one asked speaks ("the Russian Foreign Ministry", "the Agency"), not a
    # person, who speaks for no one else ("Musabayov also highlighted ...")
    of_body = re.search(rf"\b{re.escape(last)}[\w'’-]*(?:\s+[\w'’-]+){{0,3}}", before)
    return (
        of_body is not None
        and bool(BODY.search(of_body.group(0)))
        and not spoken_by(text, [last], prefix=True)
        and bool(_speech_verbs(text))
        and spoken_by(before, [last], prefix=True, before=True)
    )


def spoken_by(
    text: str, names: Sequence[str], *, prefix: bool = False, before: bool = False
) -> bool:
    """Whether ``text`` reports what the one named by ``names`` (each word of the name
    or of the role it goes by) said or thinks: they are named before the first word of
    speaking ("Ana Ruiz, head of the club, argued that ..."), or just before or after one
    ("... ," Ruiz told Radio Nord"; "... , said Ruiz"). Not a name spoken about: "objections
    from Iran" after "arguing that" is not Iran speaking. ``prefix``: a name may begin a
    longer word ("Russia" in "Russian"). ``before``: only named before the word of
    speaking, the subject ("Musabayov highlighted Azerbaijan's role" is not Azerbaijan
    speaking).

    >>> spoken_by('Ana Ruiz, head of the club, argued that fees should fall.', ["Ruiz"])
    True
    >>> spoken_by('Ruiz argued that Iran would object.', ["Iran"])
    False
    """
    verbs = _speech_verbs(text)
    if not verbs or not names:
        return False
    end = "" if prefix else r"\b"  # prefix: "Russia" in "the Russian Foreign Ministry"
    for name in names:
        spots = [m.start() for m in re.finditer(rf"\b{re.escape(name)}{end}", text)]
        if not spots:
            return False
        if spots[0] < verbs[0].start():
            continue
        if before:
            return False
        near = any(
            0 <= v.start() - (spot + len(name)) <= 2 or 0 <= spot - v.end() <= 2
            for spot in spots
            for v in verbs
        )
        if not near:
            return False
    return True


# "When did she join?", not "When the law is broken, what ...?"
_WHEN = re.compile(
    rf"^\W*(?:(?:and|so|but)\s+)?when\s+(?:[a-z]+ly\s+)?{AUXILIARIES}\b", re.IGNORECASE
)  # ("When exactly did Armenia confirm?")
_TIME = re.compile(
    rf"\b(?:\d{{1,4}}(?:st|nd|rd|th|s)?|{CALENDAR_NAMES}|today|yesterday|tomorrow|tonight|"
    r"morning|afternoon|evening|night|noon|midnight|weeks?|months?|years?|decades?|"
    r"centur(?:y|ies)|era|age|period|times?|days?|hours?|since|during|after|before|until|"
    r"till|when|while|once|ago|later|earlier|early|late|now|then|recently|soon|next|last|"
    r"previous|following|upon|spring|summer|autumn|fall|winter|season|eve|dawn|dusk|"
    r"beginning|end|start|initially|originally|first|former|formerly|ancient|modern|"
    r"medieval|present|future|past|current|currently|already|yet|still)\b",
    re.IGNORECASE,
)
# "When was it founded?" asks for a date, or another event it came after or before:
# "since gaining independence" says how long something has lasted, not when it began.
_WHAT_DAY = re.compile(
    # ("What are the dates of the meeting?")
    r"\b(?:what|which)\s+(?:(?:is|are|was|were)\s+the\s+)?(?:date|day)s?\b",
    re.IGNORECASE,
)
# ("What day did Armenia confirm?": a date, as "exactly when" is, not "already")
_EXACTLY = re.compile(
    r"\b(?:exactly|precisely|specifically)\b|\b(?:what|which)\s+(?:day|date)\b", re.IGNORECASE
)
# How a thing came to be: "When was NATO founded / created?"
_ORIGIN = frozenset(
    stem(w) for w in "founded established created formed built constructed born invented".split()
)
_SET_UP = re.compile(r"\bset\s+(?:(?:it|them|this|that)\s+)?up\b", re.IGNORECASE)


def _deeds(text: str) -> set[str]:
    """The stems of ``text``, "set up" read as a founding ("When was NATO set up?"; "set
    to take place" founds nothing)."""
    return set(tokenize(text)) | (_ORIGIN if _SET_UP.search(text) else set())


_WHEN_PAST = re.compile(r"^\W*(?:(?:and|so|but)\s+)?when\s+(?:did|was|were|had)\b", re.IGNORECASE)
_ONCE = frozenset(
    stem(w)
    for w in "founded established created built formed launched introduced joined born started "
    "began begun opened signed invented discovered published released completed constructed "
    "elected appointed died married gain gained achieved declared won became".split()
)
_DATE = re.compile(
    rf"\d|\b(?:{CALENDAR_NAMES}|today|yesterday|tomorrow|centur(?:y|ies)|decades?|years?|"
    r"ago|last|next|recently|spring|summer|autumn|winter|after|before|during|following|"
    r"upon|until)\b",
    re.IGNORECASE,
)
# "How many member countries ...?" is not answered by "30 partner countries".
_HOW_MANY = re.compile(
    # (not "How many countries like Azerbaijan are ...?": an example, not the kind)
    rf"\bhow\s+many\s+((?:(?!(?:{AUXILIARIES}|like|such|including|besides)\b)[^\W\d_][\w'’-]*\s+)"
    rf"{{2,4}}?)(?={AUXILIARIES}\b)",
    re.IGNORECASE,
)
# "Who does he report to?", "What director does he work under?", "Who is his boss?":
# someone above a person (not "the boss of the board": its head), which a quote tells
# only in such words
_ABOVE_ASKED = re.compile(
    r"\b(?:report|reports|answer|answers)\s+(?:directly\s+)?to\W*$|\bwork(?:s|ed|ing)?\s+under\b|"
    r"\b(?:his|her|their|(?-i:[A-Z])[\w-]*['’]s)\s+(?:boss|superior|supervisor)\b",
    re.IGNORECASE,
)
_SUPERIOR_TOLD = re.compile(
    r"\b(?:reports?|reported|reporting|answers?|answered|accountable|subordinate)\s+"
    r"(?:directly\s+)?to\b|\bunder\b|\b(?:boss|superior|supervisor|manager)\b|"
    r"\b(?:headed|led|run|overseen|supervised|managed|directed|chaired)\s+by\b",
    re.IGNORECASE,
)
# "How many of the partner countries have said yes?": a part of them, which a count of
# them all does not give
_HOW_MANY_OF = re.compile(
    rf"\bhow\s+many\s+of\s+(?:the|these|those|its|their)\s+((?:[\w'’-]+\s+){{0,2}}?[a-z]{{3,}}s)\s+"
    rf"(?:[a-z]+ly\s+)?{AUXILIARIES}\b",
    re.IGNORECASE,
)
# "What percentage of ...", "what share of ...", "what proportion ..."
_SHARE_ASKED = re.compile(
    r"\b(?:what|which)\s+(?:percentage|percent|per\s+cent|share|proportion|fraction|portion)\b",
    re.IGNORECASE,
)
_SHARE = re.compile(
    r"\d|%|\b(?:percent|per\s+cent|half|third|quarter|majority|minority|most|fraction|share|"
    r"proportion|portion|all|none|few|many)\b",
    re.IGNORECASE,
)
_HOW_MANY_ANY = re.compile(r"\bhow\s+many\b", re.IGNORECASE)
_HOW_MUCH = re.compile(r"\bhow\s+much\b", re.IGNORECASE)
_AMOUNT = re.compile(
    r"[$€£¥%]|\b(?:most|half|majority|minority|percent|per\s+cent|share|fraction|all|none|"
    r"little|bulk|portion|quarter|third|entire|whole|more|less|fewer|much|double|triple|"
    r"twice|costs?|worth|price|budget|funds?|amount|level|pay|paid|payments?|wages?|salary|"
    r"stipend|allowance|rate|monthly|annual|free|fees?)\b",
    re.IGNORECASE,
)
_SOME_COUNT = re.compile(
    r"\b(?:hundreds|thousands|millions|billions|once|twice|thrice|couple|pair|both|single|"
    r"dozen|scores?|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|sixty|"
    r"seventy|eighty|ninety)\b",
    re.IGNORECASE,
)
_ANY_KIND = frozenset(
    "different distinct separate individual total other various main major known overall "
    "so-called supposed alleged".split()  # ("so-called partner countries": a hedge, no kind)
)
_COUNT = re.compile(
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"thirty|forty|fifty|hundred|thousand|million|billion|dozens?|several)\b",
    re.IGNORECASE,
)
# "Why did he vote against it?" is answered by a cause, a purpose or someone's stated
# view, not by the sentence that he voted against it.
_WHY = re.compile(
    # ("Did O'Brien explain why the US wanted Azerbaijan there?")
    r"^\W*(?:(?:and|so|but)\s+)?why\b|\b(?:explain(?:ed)?|say|said|give|gave)\s+(?:\w+\s+)?"
    r"(?:why|a\s+reason|any\s+reasons?)\b|"
    # ("What reasons did Armenia give for confirming?")
    r"^\W*(?:(?:and|so|but)\s+)?(?:what|which)\s+reasons?\s+(?:did|does|do|has|have)\s+[^?]{1,40}?\s+"
    r"(?:give|given|offer|offered|cite|cited|provide|provided)\s+for\b",
    re.IGNORECASE,
)
_REASON = re.compile(
    r"\b(?:because|since|due\s+to|owing\s+to|as\s+a\s+result|so\s+that|in\s+order\s+to|"
    r"in\s+(?:response|reaction|retaliation|protest|reply)\s+to|thanks\s+to|"
    # a purpose, not "has yet to make", "is set to take place", "has to", "is going to"
    r"(?<!\byet\s)(?<!\bset\s)(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)(?<!\bgoing\s)"
    # (a deed, not a place: "his visit to Azerbaijan"; nor a title's "for European Affairs")
    r"(?<!\babout\s)(?<!\bable\s)(?<!\blikely\s)(?<!\bexpected\s)(?<!\bwhether\s)(?<!\bhow\s)"
    # ("whether to accept", "an invitation to attend": what, not why)
    r"(?<!\binvitation\s)(?<!\bdecision\s)(?<!\bdecided\s)(?<!\bplan\s)(?<!\bplans\s)to\s+(?-i:[a-z])\w+|"
    r"for\s+(?-i:[a-z])|citing|cited|after|amid|over|reasons?|caus\w*|led\s+to|result\w*|said|"
    r"says|argu\w*|warn\w*|caution\w*|told|fear\w*|concern\w*|worr\w*)\b",
    re.IGNORECASE,
)
# "Why does he believe that?", "Why would she say so?": the grounds of a view just told
_WHY_VIEW = re.compile(
    r"^\W*(?:(?:and|so|but|then)[\s,]+)?why\s+(?:does|did|do|would|is|was)\s+(?:he|she|they|it)\s+"
    r"(?:believe|think|say|claim|suggest|argue|feel|saying|claiming|suggesting|arguing)\s+"
    r"(?:that|so|this)\W*$|"
    # "What proof does he offer?"
    r"^\W*(?:(?:and|so|but|then)[\s,]+)?(?:what|any)\s+(?:proof|evidence)\s+(?:does|did|do|has|have)\s+"
    r"(?:he|she|they|it|(?-i:[A-Z])[\w'’-]+)\s+(?:offer|give|provide|cite|present|have)\b",
    re.IGNORECASE,
)
# "When did Azerbaijan become a NATO member?": what it became, which the quote must name
_BECAME_ASKED = re.compile(
    r"\bwhen\s+(?:did|has|had|will|does|was)\s+.+?\s+(?:become|became)\s+(?:an?\s+|the\s+)?"
    r"(?:(?-i:[A-Z])[\w'’-]*\s+)*((?-i:[a-z]){3,})",
    re.IGNORECASE,
)
# "the next NATO summit after that": another one than the article's
_NEXT_ONE = re.compile(
    r"\bnext\s+(?:[\w'’-]+\s+){0,2}?(?:summit|meeting|conference|session|round|election|vote|visit|"
    r"one)\s+(?:after|following)\s+(?:that|this|it|the)\b|\bthe\s+(?:one|summit|meeting)\s+after\s+"
    r"(?:that|this|it)\b",
    re.IGNORECASE,
)
_NEXT = re.compile(r"\b(?:next|following|subsequent|succeeding)\b", re.IGNORECASE)
# "Where was the previous NATO summit held?": one before the article's
_PREVIOUS_ONE = re.compile(
    r"\b(?:the|its|their|his|her)\s+(?:previous|prior|preceding|last|earlier|past)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:summit|meeting|conference|session|round|election|vote|visit|trip)s?\b",
    re.IGNORECASE,
)
_PREVIOUS = re.compile(r"\b(?:previous\w*|prior|preceding|last|earlier|past|before)\b", re.I)
# "is not seeking NATO membership": a goal the quote denies
_DENIED = re.compile(
    r"\b(?:not|never|no\s+longer)\s+(?:be\s+|been\s+)?(?:seek\w*|pursu\w*|want\w*|plan\w*|apply\w*|"
    r"intend\w*|aim\w*|ask\w*\s+for|push\w*\s+for)\s+((?:[\w'’-]+\s+){0,2}[\w'’-]+)",
    re.IGNORECASE,
)
_NEGATED = re.compile(r"\b(?:not|never|no)\b|n['’]t\b", re.IGNORECASE)


def _denied(question: str, text: str) -> bool:
    """Whether ``text`` denies the goal ``question`` asks the reason for ("Why did he argue
    it should apply for membership?" of "it is not seeking membership")."""
    if _NEGATED.search(question):
        return False
    asked = {stem(w.lower()) for w in tokenize(question)}
    return any(
        stem(w) in asked
        for m in _DENIED.finditer(text)
        for w in m.group(1).split()
        if w.islower() and w not in STOPWORDS
    )


_GROUNDS = re.compile(
    r"\b(?:because|since|due\s+to|owing\s+to|as\s+a\s+result|citing|cited|given\s+that|"
    r"pointing\s+to|evidence|proof|reasons?)\b",
    re.IGNORECASE,
)
_MATTERS = re.compile(r"\bmatters?\b", re.IGNORECASE)
# Words saying how much something weighs ("a pivotal moment"), here and in readings.py.
WEIGHTY = r"pivotal|crucial|critical|key|vital|significant|important|decisive|landmark|milestone"
_WEIGHT = re.compile(
    rf"\b(?:{WEIGHTY}|underscor\w*|highlight\w*|underlin\w*|illustrat\w*|signal\w*|reflect\w*)\b",
    re.IGNORECASE,
)
# "Who did O'Brien meet during the trip?": a meeting he was at, not someone else's.
WHO_MET = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+){0,2}(?:who(?:m)?(?:\s+else)?|(?:which|what)(?!\s+(?:date|day|time|year|"
    r"month|week|place|city|town|country|venue|location)\b)(?:\s+[\w'’-]+){1,3}?)\s+"
    # ("Which ministry does he speak for?" asks whose voice he is, not whom he met)
    r"(?:(?:did|does|will|has|had)\s+(.+?)\s+(?:meet|hold\s+talks|talk|speak|sit\s+down|confer)\b"
    r"(?!\s+(?:for|about|of|on\s+behalf)\b)|"
    # "Who was he talking to?", "Who was Valiyev meeting?"; not "what was he talking about"
    r"(?:was|is|were)\s+(.+?)\s+(?:meeting|holding\s+talks|talking|speaking|sitting\s+down|"
    r"conferring)(?=\s+(?:to|with)\b|\W*$))",
    re.IGNORECASE,
)
# "Where did the meeting with Reyes take place?"
WHERE_MET = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?(?:where|in\s+(?:which|what)\s+(?:city|town|place|"
    r"country))\b.*\b(?:meet\w*|met|talks)\b",
    re.IGNORECASE,
)
MEETING = re.compile(
    r"\b(?:me(?:e)?t(?:s|ing|ings)?|talks|talked|spoke|speak|sat\s+down|conferred|told|"
    r"interview\w*|hosted|received)\b",
    re.IGNORECASE,
)
# "Did she end up going?" asks how it turned out: the story must say she went.
_OUTCOME = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay|well|whether|if)[\s,]+){0,2}(?:did|has|have|had)\b.*?\b(?:end(?:ed)?\s+up|eventually|"
    r"ultimately|finally)\s+([^\W\d_]+)|"
    # "so did they go in the end?"
    r"^\W*(?:(?:and|so|but|ok|okay|well)[\s,]+){0,2}(?:did|has|have|had)\s+(?:(?:the|a|an)\s+"
    r"[\w'’-]+|he|she|it|they|we|(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*))\s+([a-z]+)\b[^?]*?"
    r"\bin\s+the\s+end\b|"
    # "In the end, did Azerbaijan decide to go?"
    r"^\W*(?:(?:and|so|but|ok|okay|well)[\s,]+){0,2}(?:in\s+the\s+end|ultimately|eventually|"
    r"finally)[\s,]+(?:did|has|have|had)\s+(?:(?:the|a|an)\s+[\w'’-]+|he|she|it|they|we|"
    r"(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*))\s+([a-z]+)\b|"
    # "Did Azerbaijan, in the end, attend the summit?"
    r"^\W*(?:(?:and|so|but|ok|okay|well)[\s,]+){0,2}(?:did|has|have|had)\s+(?:(?:the|a|an)\s+"
    r"[\w'’-]+|he|she|it|they|we|(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*))\s*,\s*(?:in\s+the\s+"
    r"end|ultimately|eventually|finally|at\s+last)\s*,\s*([a-z]+)\b",
    re.IGNORECASE,
)
# A quotation of a few words, not a quoted name ("Partnership for Peace").
QUOTED = re.compile(r"[\"“](?:[^\"“”\s]+\s+){3,}[^\"“”]*[\"”]")
# "What did Nastasin say, word for word?", "Can you quote him directly?", "any quotes from
# him?": words in quotation marks, not what the article says he suggested
_WORDS_ASKED = re.compile(
    r"\bword\s+for\s+word\b|\bverbatim\b|\b(?:exact|actual|own)\s+words\b|"
    r"\bquote\s+(?:him|her|them|(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)*)\s+directly\b|"
    r"\bdirect(?:ly)?\s+quot\w*|\bany\s+quotes?\b",
    re.IGNORECASE,
)
# (what was said, not "What's his title, word for word?")
_SPEECH = re.compile(
    r"\b(?:say|said|says|quot\w*|words|statements?|comments?|remarks?|told|tell|put\s+it)\b",
    re.IGNORECASE,
)
# "Which party does she belong to?": news names a group with its kind ("a member of the
# Green Party", "of the budget committee"), so the answer holds the kind asked for.
_MEMBER_OF = re.compile(
    r"^\W*(?:(?:and|so|but)\s+)?(?:which|what)\s+(?:[\w'’-]+\s+){0,2}?([\w'’-]+)\s+"
    r"(?:does|did|do|is|was|are|were|has|have)\s+.+?\s+(?:belong(?:s|ed)?\s+to|(?:an?\s+)?"
    r"members?\s+of|(?:a\s+)?part\s+of|affiliated\s+with|from|sit\s+on|serve\s+on)\W*$|"
    # "Which party is he in?": a group, not "Which city is the summit in?"
    r"^\W*(?:(?:and|so|but)\s+)?(?:which|what)\s+(?:[\w'’-]+\s+)?(party|committee|group|"
    r"organi[sz]ation|union|alliance|team|club|coalition|faction|bloc)\s+(?:is|was|are|were)\s+"
    r".+?\s+(?:in|with|on)\W*$|"
    # "Which party does he represent in parliament?"
    r"^\W*(?:(?:and|so|but)\s+)?(?:which|what)\s+(?:[\w'’-]+\s+)?(party|faction|bloc|coalition)\s+"
    r"(?:does|did|do)\s+.+?\s+(?:represent|belong\s+to|run\s+for|sit\s+with|stand\s+for)\b|"
    # "and from which political party he is?"
    r"^\W*(?:(?:and|so|but)\s+)?(?:from|in|of|with)\s+(?:which|what)\s+(?:[\w'’-]+\s+)?(party|"
    r"committee|group|organi[sz]ation|union|alliance|team|club|coalition|faction|bloc)\b|"
    # "Does he belong to the ruling party or the opposition?": a party, where none is named
    r"^\W*(?:(?:and|so|but)\s+)?(?:does|did|do|is|was|are|were)\s+.+?\s+(?:belong(?:s|ed)?\s+to|"
    r"(?:an?\s+)?members?\s+of|(?:a\s+)?part\s+of|in|from|with)\s+(?:the|a|an|any)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(party|faction|bloc|coalition)\b",
    re.IGNORECASE,
)


def group_asked(question: str) -> set[str]:
    """The stems of the kind of group ``question`` asks someone is part of ("Which
    party does she belong to?": party); a panel may be any of its words ("committee",
    "commission"); empty for any group at all ("What body is he in?") or no such
    question."""
    m = _MEMBER_OF.search(question)
    kind = next(g for g in m.groups() if g).lower() if m else ""
    if not kind or kind in _ANY_GROUP or kind in _NAMING:
        return set()
    # "What parliamentary panel ...?" of "the ... Committee on International Relations"
    return set(_PANEL) if stem(kind) in _PANEL else {stem(kind)}


# Words for any group at all: "What parliamentary body is he a member of?" is answered by
# whatever body it is.
# ("Which NATO HQ is he from?": whichever command or office it is)
_ANY_GROUP = frozenset(
    "body bodies organization organisation group institution outfit headquarters hq".split()
)
# "What name does the article give the program he is part of?": a name, of any group
_NAMING = frozenset("name names word words term title label".split())
_PANEL = frozenset(stem(w) for w in "committee commission panel board".split())
# "Who is the director of ...?" is not answered by its deputy director.
_UNDER = r"(?:deputy|vice|assistant|associate|former|acting|interim)"
# "How long has she been minister?" asks for a duration; "How long is the bridge?" for
# any measure.
_HOW_LONG = re.compile(rf"\bhow\s+long\s+({AUXILIARIES})\b", re.IGNORECASE)
_DURATION = re.compile(
    r"\b(?:since|decades?|centur(?:y|ies)|years?|months?|weeks?|days?|hours?|minutes?|"
    # ("for two terms", "for a decade"; not "Secretary of State for European Affairs")
    r"\d{4}s?|for\s+(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|many|"
    r"some|over|more|nearly|almost|about|most|much|long|the\s+past|the\s+last))\b",
    re.IGNORECASE,
)
# "How long did the meeting last / will it take?" asks for a span of time, not a date.
_HOW_LONG_LAST = re.compile(
    rf"\bhow\s+long\s+(?:{AUXILIARIES})\s+.+?\b(?:last|take|run|continue|go\s+on|stay|remain)|"
    # "How long did they talk for?", "how long did they meet?"
    r"\bhow\s+long\s+(?:did|does|do|will|would|was|were)\s+.+?\s+for\W*$|"
    r"\bhow\s+long\s+(?:did|does|do|will|would)\s+.+?\s+(?:talk|meet|speak|chat|confer|"
    r"negotiate)\W*$|"
    # "How long was his visit?", "how long was his trip there?"
    r"\bhow\s+long\s+(?:is|was|were|will\s+be)\s+(?:the|his|her|their|its|that|this|"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*['’]s)\s+"
    r"(?:\w+\s+)?(?:visit|trip|stay|meeting|talks|summit|conference|session|tour|interview)\b|"
    # "How long was he in Azerbaijan?": a stay
    r"\bhow\s+long\s+(?:was|were|is|are)\s+(?:he|she|they|(?-i:[A-Z])[\w'’-]+)\s+"
    r"(?:in|at|there|away|abroad)\b",
    re.IGNORECASE,
)
# "How many days did it last?": a count of a unit of time, which the quote must give.
_HOW_MANY_UNITS = re.compile(
    r"\bhow\s+many\s+(seconds|minutes|hours|days|nights|weeks|months|years|decades|times)\b",
    re.IGNORECASE,
)
# "from July 9 to 11": a run of dates is how long it runs
_DATE_RUN = (
    r"\bfrom\s+(?:\w+\s+)?\d{1,4}(?:st|nd|rd|th)?\s*(?:to|until|till|through|-|–)\s*"
    r"(?:\w+\s+)?\d{1,4}\b"
)
DATE_RUN = re.compile(_DATE_RUN, re.IGNORECASE)
_HOW_OFTEN = re.compile(r"\bhow\s+(?:often|frequently|regularly)\b", re.IGNORECASE)
_FREQUENCY = re.compile(
    r"\b(?:every|each|often|regularly|routinely|annual(?:ly)?|yearly|weekly|monthly|daily|"
    r"quarterly|times|twice|once|frequent(?:ly)?|periodic(?:ally)?|seldom|rarely|always|"
    r"usually|sometimes|occasionally|repeatedly|again|per\s+(?:year|month|week|day))\b",
    re.IGNORECASE,
)
_SPAN = re.compile(
    r"\b(?:\d+(?:[.,]\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|twenty|thirty|forty|fifty|sixty|hundred|several|few|many|some)[\s-]+"
    r"(?:\w+[\s-]+)?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|"
    r"decades?|centur(?:y|ies))\b|\b(?:overnight|all\s+(?:day|night|week)|until|till|"
    r"minutes|hours|days|weeks|months|years|decades|centuries)\b|" + _DATE_RUN,
    re.IGNORECASE,
)
# "Which venue / building in Washington hosts it?" asks for a place the question does not
# name, not the city it does.
_VENUE = re.compile(
    r"\bwhere\s+in\s+(?:the\s+)?[A-Z]|"  # "Where in Washington will it be held?"
    r"\b(?:(?:which|what)\s+(?:[\w-]+\s+)?|what(?:['’]s|\s+is|\s+was)\s+the\s+(?:exact|specific|"
    r"precise|actual)\s+)(?P<kind>venue|building|"
    r"hotel|hall|room|stadium|arena|"
    r"cent(?:re|er)|site|address|street|square|palace|auditorium|campus|hospital)s?\b",
    re.IGNORECASE,
)
_AT_PLACE = re.compile(r"\b(?:at|in|inside|on|near)\s+(?:the\s+)?([A-Z][\w'’-]*)")
_AT_VENUE = re.compile(
    r"\b(?:at|inside)\s+(?:the\s+)?([A-Z][\w'’-]*)|"
    # (the whole name: "What research center does he head?" of "the Atlas Research Center")
    r"\b((?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*)\s+(?:Venue|Building|Hotel|Hall|Room|Stadium|Arena|"
    r"Cent(?:re|er)|Palace|"
    r"Auditorium|Campus|Hospital|Street|Square)\b"
)
# "Which outlet did he speak to?", and the quote telling one: "Musabayov told Turan".
_OUTLET = re.compile(
    r"\b(?:which|what)\s+(?!(?:kind|type|sort)\s+of\b)(?:[\w-]+\s+){0,2}(?:outlet|agency|"
    r"newspaper|paper|channel|station|broadcaster|publication|website|magazine|network)s?\b",
    re.IGNORECASE,
)
_TALKED_TO = re.compile(
    r"\b(?:speak|spoke|talk|told|tell|say|said|gave|give|giving|shar|comment|interview)\w*\b"
    r".*\bto\b",
    re.IGNORECASE,
)
_TOLD_OUTLET = re.compile(
    r"\b(?:told|telling|tells|tell)\s+(?:the\s+)?[A-Z]|\b(?:said|speaking|spoke|talking)\s+to\s+"
    r"(?:the\s+)?[A-Z]|\binterview\w*\s+(?:with|to|by)\s+(?:the\s+)?[A-Z]"
)
# "Did he meet the president?", "did Valiyev meet with any ministers": the one met
_MET_WHOM = re.compile(
    # (not "Did O'Brien's visit happen ...?": his visit, not his visiting)
    r"^\W*(?i:(?:and|so|but|ok|okay)[\s,]+)?(?i:did|has|had|will|would)\s+[\w'’ -]+?(?<!['’]s)\s+"
    r"(?:meet|meet\s+with|see|visit|talk\s+(?:to|with)|speak\s+(?:to|with))\s+"
    r"(?:the\s+|any\s+|a\s+|an\s+|its\s+|their\s+)?(?:[a-z][\w-]*\s+){0,2}?(?P<whom>[a-z][\w-]*)"
    r"(?:\s+(?:while|when|during|in|on|at|there|that|this|before|after)\b[^?]*)?\W*$"
)
_ANYONE_MET = frozenset(
    "anyone anybody someone somebody him her them others else one people officials".split()
)
# "Where did he say it?": the venue, outlet or place of words, which news may not give
_WHERE_SAID = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?where\s+(?:did|does|has|had|was|were)\s+"
    r"(?P<who>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*)\s+(?:say|said|make|made|give|gave|tell|told|speak|spoke|comment|commented|saying|making)"
    r"(?:\s+(?:it|that|this|those|these|them|so|the\s+(?:remarks?|comments?|statement)))?\b"
    r"(?!\s+(?:about|of|on|regarding)\b)",
    re.IGNORECASE,
)
_SAID_WHERE = re.compile(
    r"\b(?:told|interview\w*|briefing|press|conference|speech|broadcast|radio|television|TV|"
    r"newspaper|wrote|post(?:ed)?|at\s+(?:a|an|the)\b|(?:in|at)\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)
# "Which country is the command based in?": where a body sits, which news says so
_BASED_ASKED = re.compile(
    r"\b(?:based(?!\s+(?:on|upon)\b)|headquartered)\b|"
    # "In which country is the Brunssum command located?": a body's seat (not "Where is
    # the summit located?", an event's place)
    r"\b(?:command|office|unit|agency|department|ministry|institute|cent(?:er|re)|"
    r"organi[sz]ation|headquarters|think\s+tank)(?:\s+[\w'’-]+){0,3}?\s+located\b",
    re.IGNORECASE,
)
# "Which NATO command is he based at?": the body he serves in, not where it is
_BASED_WITH = re.compile(
    r"\b(?:which|what)\s+(?:[\w'’-]+\s+){0,2}(?:command|office|unit|agency|department|ministry|"
    r"institute|cent(?:er|re)|organi[sz]ation|body|division|headquarters)\s+(?:is|was|are|were)\s+"
    r"(?:he|she|they|(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*)\s+based\s+(?:at|with|in)\b",
    re.IGNORECASE,
)
_BASED = re.compile(r"\b(?:based|headquarter\w*|seat)\b|-based\b", re.IGNORECASE)
_NEWS_OUTLET = re.compile(
    r"\b(?:which|what)\s+(?:[\w-]+\s+){0,2}(?:outlet|newspaper|news\s+agency|publication|"
    r"broadcaster|magazine)s?\b",
    re.IGNORECASE,
)
_REMARKS = re.compile(
    r"\b(?:remarks?|comments?|quotes?|quoted|statements?|words|interview\w*|told|tell|said|say|"
    r"spoke|speak|talk\w*|carr(?:y|ied|ies)|report\w*|publish\w*|ran)\b",
    re.IGNORECASE,
)
# "according to Reuters", "the Herald reported", "Reuters quoted him as saying"
_CARRIED_BY = re.compile(
    r"\baccording\s+to\s+(?:the\s+)?[A-Z]|\b[A-Z][\w'’.-]*\s+(?:reported|quoted|cited|published)\b"
)
# "Which Turan journalist interviewed him?": a reporter the quote must name as one.
_WHICH_REPORTER = re.compile(
    r"^\W*(?i:(?:and|so|but)\s+)?(?i:which|what)\s+(?:[A-Z][\w'’-]*\s+)*(?P<who>journalist|reporter|"
    r"correspondent|interviewer|editor|columnist|anchor|presenter)s?\b",
)
# "How many members does NATO have?": a count of members, not of its partners.
# ("How many members are in the parliament?" may be answered by "129 MSPs")
_HOW_MANY_MEMBERS = re.compile(
    r"\bhow\s+many\s+(?:member\s+\w+|members)\s+(?:does|do|did)\s+.+?\s+have\b|"
    # "how many countries are in nato?", "how many nations belong to it?"
    r"\bhow\s+many\s+(?:countries|nations|states|members)\s+(?:are|were)\s+(?:there\s+)?"
    r"(?:in|members\s+of|part\s+of)\s+(?:the\s+)?(?:(?-i:[A-Z]{2,})|alliance|union|bloc)\b|"
    r"\bhow\s+many\s+(?:countries|nations|states)\s+(?:belong\s+to|make\s+up)\b",
    re.IGNORECASE,
)
# "Apart from Azerbaijan and Armenia, which other countries ...?": the others.
_EXCEPT = re.compile(
    r"\b(?:apart\s+from|besides|aside\s+from|other\s+than|except(?:\s+for)?|beyond)\s+"
    # (typed without the comma: "besides azerbaijan and armenia which states ...")
    r"(?P<x>[^,?]+?)(?=\s*[,?]|\s+(?:which|what|who|whom|where|when|how|did|does|do|is|are|was|"
    r"were|has|have|will)\b|\s*$)",
    re.IGNORECASE,
)
_LISTED = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)\s*$")
_MEASURE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"thirty|forty|fifty|hundred|thousand|million|several|few|many|half|dozen|decades?|"
    r"centur(?:y|ies)|years?|months?|weeks?|days?|hours?|minutes?|long|short|brief)\b",
    re.IGNORECASE,
)
# "Which of Moscow's allies did he name?", "Which countries was he talking about?": the
# ones named, listed after the word for them.
_WHICH_OF = re.compile(
    r"\bwhich\s+of\s+(?:the\s+|these\s+|those\s+|(?:his|her|their|its)\s+|[\w-]+['’]s\s+)?"
    r"(?:[\w-]+\s+)?(?P<kind>[a-z]+s)\b",
    re.IGNORECASE,
)
_WHICH_NAMED = re.compile(
    r"\bwhich\s+(?:specific\s+|particular\s+)?(?:[\w-]+\s+){0,2}?(?P<kind>[a-z]+s)\b.*?"
    r"\b(?:specifically|in\s+particular|by\s+name|talking\s+about|referring\s+to|name|named|"
    r"mention|mentioned|list|listed|single\s+out|mean|meant|have\s+in\s+mind|had\s+in\s+mind)\b",
    re.IGNORECASE,
)
_NAME_WHICH = re.compile(
    r"\b(?:name|list|mention|specify|say)\s+which\s+(?:[\w-]+\s+){0,2}?(?P<kind>[a-z]+s)\b",
    re.IGNORECASE,
)
# A list after the word for its members: "powers such as Russia", "countries, notably A".
_LIST_AFTER = r"\s*[,:—–-]?\s*(?:such\s+as|including|like|namely|notably|especially|[A-Z])"
# "What nationality is he?", "Which country is Stefan Fiks from?"
_NATIONALITY = re.compile(
    r"\bnationality\b|\b(?:what|which)\s+country\s+(?:is|was|are|were|does|did)\s+.+?\s+"
    r"(?:from|come\s+from|a\s+citizen\s+of)\b",
    re.IGNORECASE,
)
# A word for where someone is from: "Azerbaijani", "Russian", "Chinese", "Turkish", "US".
_DEMONYM = re.compile(r"\b(?:[A-Z][a-z]+(?:an|ese|ish|i|ch)|US|U\.S\.|UK|U\.K\.)\b")
# "How did Iran respond?": answered by what Iran did.
HOW_REACT = re.compile(
    # ("Has Baku given an official answer?": a noun, not "Has Baku answered?")
    rf"(?:^|[,;:])\W*(?:(?:and|so|but|ok)\s+)?(?:how\s+)?{AUXILIARIES}\s+"
    # (not "Did experts say Russia may react?": what they said, not Russia reacting)
    r"((?:(?!\b(?:say|says|said|warn|warns|warned|think|thinks|fear|fears|expect|expects|"
    r"believe|believes|caution|cautions|cautioned)\s+(?:that\s+)?(?-i:[A-Z])).)+?)(?<!['’]s)(?<!s['’])"
    # (not "How does the writer read that comment?": a comment read, not made)
    r"(?<!\ban)(?<!\ba)(?<!\bofficial)(?<!\bfinal)(?<!\bclear)(?<!\bthat)(?<!\bthe)(?<!\bthis)"
    r"\s+(?:react|respond|"
    r"repl(?:y|ie)|answer|comment|say\s+anything|said\s+anything|(?:issue|make|release|put\s+out)\s+"
    r"(?:a|any|some|an\s+official)\s+(?:statement|comment|response))",
    re.IGNORECASE,
)
# "How did their minister explain the decision?": that person speaking (not "How does the
# article explain it?")
HOW_EXPLAINED = re.compile(
    rf"^\W*(?:(?:and|so|but|ok)\s+)?how\s+{AUXILIARIES}\s+"
    r"(?!(?:the\s+|this\s+)?(?:article|piece|writer|author|report|story|text)\b)"
    r"([^?]+?)(?<!['’]s)\s+(?:explain|justify)\b",
    re.IGNORECASE,
)


def still_pending(question: str, text: str) -> bool:
    """Whether ``question`` asks only whether or how one side has reacted ("How has Oslo
    responded so far?"), and ``text`` tells that side has yet to: no reaction, told.
    A reaction to something ("Did Oslo respond to those remarks?") is not that.

    >>> still_pending("Has Oslo responded?", "Oslo has yet to make an official decision.")
    True
    >>> still_pending("Did Oslo respond to his remarks?", "Oslo has yet to decide.")
    False
    >>> still_pending("How did Oslo react?", "Oslo has yet to decide.")
    False
    """
    m = HOW_REACT.search(question)
    if m is None or not _NOTHING_MORE.match(question, m.end()):
        return False
    if not re.search(r"(?:react|respond|repl(?:y|ie)|answer)$", m.group(0), re.IGNORECASE):
        return False  # "Did Oslo issue any statement?" is not answered by its delay
    if not re.search(r"\b(?:has|have)\b|\b(?:so\s+far|yet)\W*$", question, re.IGNORECASE):
        return False  # "How did Oslo react?" asks of a reaction made, not of one awaited
    side = re.sub(r"^(?:the\s+)?", "", m.group(1).strip(), flags=re.IGNORECASE)
    if not CAPITALIZED.fullmatch(side):
        return False  # "Azerbaijan's foreign ministry", "the State Department ... in"
    return _told_pending(side, text)


def pending_when(question: str, answer_before: str) -> bool:
    """Whether ``question`` asks when one side did something ("When has Oslo decided?",
    asked in full from "Has Oslo decided? || When?") that ``answer_before`` tells it has
    yet to do: no date can answer it.

    >>> pending_when("When has Oslo decided?", "Oslo has yet to make a decision. [1]")
    True
    >>> pending_when("When has Oslo decided?", "Oslo decided on May 2. [1]")
    False
    """
    m = _WHEN_SIDE.match(question)
    return m is not None and asks_when(question) and _told_pending(m.group(1), answer_before)


def _told_pending(side: str, text: str) -> bool:
    """Whether ``text`` tells that ``side`` has yet to act ("Oslo has yet to decide")."""
    pending = rf"\b{re.escape(side)}\s+(?:has|have|is|are)\s+(?:yet\s+to|not\s+yet)\b"
    return re.search(pending, text) is not None


# "When has Oslo decided?", "When did the council agree?": the side asked of
_WHEN_SIDE = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?when\s+(?:has|have|did|does|do|will|is|was)\s+"
    r"(?:the\s+)?((?-i:[A-Z])[\w'’-]*)\b",
    re.IGNORECASE,
)
_NOTHING_MORE = re.compile(r"\w*(?:\s+(?:so\s+far|yet|at\s+all|already))?\W*$", re.IGNORECASE)


# "What was Russia's reaction?", "what is the iran reaction": a reaction asked of a side
REACTION_OF = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?what(?:['’]s|\s+is|\s+was|\s+has\s+been)\s+(?:the\s+)?"
    r"((?-i:[A-Z])[\w'’-]*?(?:\s+(?-i:[A-Z])[\w'’-]*?)*)(?:['’]s?)?\s+(?:official\s+|first\s+)?"
    r"(?:reaction|response|reply)\b",
    re.IGNORECASE,
)
# "and Iran gave some official statement about it?": said, to be checked
_GAVE_STATEMENT = re.compile(
    r"(?:^|[,;:])\W*(?:(?:and|so|but|ok)\s+)?((?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*)\s+"
    r"(?:gave|issued|made|released|put\s+out|published)\s+(?:a|an|any|some)\s+(?:official\s+)?"
    r"(?:statement|comment|response|reply)",
    re.IGNORECASE,
)
# "Did they sign any agreement?": an agreement is named when one was made.
_AGREEMENT_ASKED = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?(?:(?:did|has|have|had|was|were)\b.*|"
    # "What agreements did they sign?"; not "what if we are offered a deal?"
    r"(?:what|which)\s+(?:[\w-]+\s+)?)\b"
    r"(?:agreements?|deals?|treat(?:y|ies)|accords?|pacts?|memorand(?:um|a)|contracts?)\b|"
    # "Was anything signed or agreed at the meeting?", "Did they agree on anything?"
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?(?:was|were|did|has|have|had)\b.*?\b(?:(?:anything|"
    r"something)\s+(?:signed|agreed)|(?:sign|agree)\s+(?:on\s+|to\s+)?(?:anything|something))\b",
    re.IGNORECASE,
)
_AGREEMENT = re.compile(
    r"\b(?:agree\w*|deals?|treat(?:y|ies)|accords?|pacts?|memorand(?:um|a)|contracts?|signed|"
    r"signing)\b",
    re.IGNORECASE,
)


# A military rank the reader names ("is he a colonel general?"): a post is no rank
_RANK_GUESSED = re.compile(
    r"\b(?P<rank>(?:colonel|lieutenant|major|brigadier)[\s-]+general|colonel|captain|admiral|"
    r"brigadier|sergeant|corporal|field\s+marshal|rear\s+admiral|vice\s+admiral)\b",
    re.IGNORECASE,
)
# A leaving, which a visit's date does not date
_DEPARTED = re.compile(
    r"\b(?:depart\w*|leav(?:e|es|ing)|left|fl(?:y|ew|own)\s+(?:out|home|back)|exit(?:ed)?)\b",
    re.IGNORECASE,
)
# (asked: "his rank", "is he a colonel general?")
_RANK_ASKED = re.compile(
    r"\brank|\b(?:is|was|isn['’]t|wasn['’]t)\s+(?:he|she|(?-i:[A-Z])[\w'’-]+)\s+(?:really\s+|actually\s+)?"
    r"an?\s+(?:\w+\s+)?(?:colonel|lieutenant|major|brigadier|captain|admiral|sergeant|corporal|"
    r"field|rear|vice)\b",
    re.IGNORECASE,
)
# "What does Partnership for Peace even mean?": what a name means, which an article that
# only names it does not tell (not "What does that mean?", of what was just quoted)
_NAME_MEANING = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)\W+)?what\s+(?:does|do)\s+(?:the\s+)?(?P<thing>[^?]{3,50}?)\s+"
    r"(?:even\s+|actually\s+|really\s+|exactly\s+)?mean\W*$",
    re.IGNORECASE,
)
_NOT_A_NAME = re.compile(
    r"^(?:that|this|it|he|she|they|his|her|their|its|those|these|all\s+this|word|term|phrase|"
    r"expression)\b|['’]s\b",
    re.IGNORECASE,
)
_DEFINES = re.compile(
    r"\b(?:means?|meaning|refers?\s+to|stands?\s+for|defined|known\s+as|short\s+for|aims?\s+to)\b",
    re.IGNORECASE,
)


def rank_untold(question: str, text: str) -> bool:
    """Whether ``question`` names a military rank that ``text`` does not give.

    >>> rank_untold("Is he a colonel general?", "Ana Ruiz, Chief of the General Staff")
    True
    """
    ranked = _RANK_GUESSED.search(question)
    if ranked is None or not _RANK_ASKED.search(question):
        return False  # ("Colonel Valiyev met a NATO officer. What is his position?")
    return not re.search(rf"\b{re.escape(ranked['rank'])}\b", text, re.IGNORECASE)


def lacks_what_is_asked(
    question: str, quotes: Sequence[str], context: Sequence[str] = (), story: str = ""
) -> bool:
    """Whether the quotes lack the one kind of thing ``question`` can only be answered
    with: a year for "In what year ...?", an age for "How old ...?", a reporting verb or
    a quotation by the one asked about for "What did <someone> say/stress/discuss ...?",
    a cause, a purpose or someone's stated view for "Why ...?",
    the deed done for "Did <someone> end up <doing> ...?", a date for "When was it
    founded?" (an event that happens once), a word of time for "When did ...?", the
    thing counted, of the kind asked, for "How many <kind> <things> ...?", a duration for
    "How long has ...?" and a span of time for "How long did it last?", none but the
    listed ones for "Apart from A and B, which other ...?" when the quote lists just A and
    B, a place the question does not name for "Which venue in <city> ...?", the one asked
    about for "How did <someone> react?" and "Did
    <someone> respond?", the kind of group asked for in "Which party does <someone> belong
    to?", the role itself, not its deputy, for "Who is the director of ...?", someone
    named beside the office for "Who is <country>'s foreign minister?", and for "Who will
    <do> ...?" the action or any word about the future; a quotation for words asked
    "word for word" or "directly", and grounds ("because", "evidence") for "Why does he
    believe that?" and "What proof does he offer?".
    Articles say who *has* done things; asked who *will*, the sentences about the same
    subject come nearest, and no similarity score tells them from an answer.
    ``context``: other sentences about the people the quotes name ("Mayor Tom Hale" for a
    quote saying "Hale said"), so that "the mayor" counts as named. ``story``: the place
    the article is about (see ``story_place``), which "What did Iran say about <it>?"
    needs no sentence to name.

    >>> lacks_what_is_asked("Who will lead it?", ["The team met on Monday."])
    True
    >>> lacks_what_is_asked("Who will lead it?", ["Ana Ruiz will head the team."])
    False
    >>> lacks_what_is_asked("How old is Ana Ruiz?", ["On July 2, Ana Ruiz met Lee."])
    True
    >>> lacks_what_is_asked("What did the mayor say?", ["Hale said no."], ["Mayor Tom Hale"])
    False
    """
    text = " ".join(quotes)
    if _WORDS_ASKED.search(question) and _SPEECH.search(question) and not QUOTED.search(text):
        return True  # "What did Nastasin say, word for word?" of what the article reports
    if (
        (meant := _NAME_MEANING.match(question))
        and not _NOT_A_NAME.search(meant["thing"])
        and len(meant["thing"].split()) <= 5
        and not _DEFINES.search(text)
        and not _spelled_out(meant["thing"], text)
    ):
        return True  # "What does Partnership for Peace even mean?" of where it is named
    if _DEPARTED.search(question) and asks_when(question) and not _DEPARTED.search(text):
        return True  # "When did he leave Azerbaijan?" of "during his visit ... on June 28"
    if rank_untold(question, text):
        return True  # "His rank - is he a colonel general?" of "Chief of the General Staff"
    if _AGREEMENT_ASKED.search(question) and not _AGREEMENT.search(text):
        return True
    if (m := _TOLD_NAMED.match(question)) and not any(
        re.search(rf"\b{re.escape(m['who'].split()[-1])}\b", s) and m["to"] in s
        for s in _SENTENCE_END.split(text)
    ):
        return True  # "What did Nastasin tell Turan?" of what another told it
    if (m := _BECAME_ASKED.search(question)) and stem(m.group(1).lower()) not in _stems(text):
        return True  # "When did it become a NATO member?" of a quote with no membership
    if _ABOVE_ASKED.search(question) and not _SUPERIOR_TOLD.search(text):
        # "Who does Valiyev report to?", "What director does he work under?" of a quote
        # giving no one above him
        return True
    if _NEXT_ONE.search(question) and not _NEXT.search(text):
        return True  # "When is the next summit after that?" of the one the article is about
    if _PREVIOUS_ONE.search(question) and not _PREVIOUS.search(text):
        return True  # "Where was the last summit held?" of the coming one
    if _DEADLINE_ASKED.search(question) and not _DEADLINE.search(text):
        return True  # "By when must Baku answer?" of the dates of other things
    if _WHAT_YEAR.search(question):
        return not _YEAR.search(text)
    if m := _STANDS_FOR.search(question):
        return not _spelled_out(m.group(1) or m.group(2), text)
    if HOW_OLD.search(question):
        return not (_AGE.search(text) or _MADE_IN.search(text))
    if (m := _WHAT_SAID.search(question)) and not THE_ARTICLE.fullmatch(said_by := _who_said(m)):
        # "What did Iran's government officially say?": who spoke, not how
        speaker = re.sub(r"(?:\s+[a-z]+ly)+$", "", said_by, flags=re.IGNORECASE)
        speaker = re.sub(r"^(?:Mr|Mrs|Ms|Dr)\.?\s+", "", speaker)  # "Mr. Fiks" is Fiks
        speaker = _DESCRIBED.sub("", speaker)  # "the NATO guy Fiks" is Fiks
        if not _REPORTED.search(text) or not (
            _names_subject(speaker, text, context) or _unnamed_spokesman_speaks(speaker, text)
        ):
            return True
        # "What did Stefan Fiks say?", "What has Iran said?": the one named speaking, not
        # met by the speaker or named in what another said
        named = names_in(speaker)
        # a name, not a description ("the Azerbaijani general")
        if (
            named
            and _NAME_ONLY.fullmatch(speaker)
            and not BODY.search(speaker)
            and not _ROLE_OR_RANK.search(speaker)
        ):
            last = _speaker_word(named[-1])
            if not any(spoken_by(s, [last], prefix=True) for s in _SENTENCE_END.split(text)):
                return True
        # "What did Nastasin say about Armenia's decision?": Armenia, in what he said.
        topic = question[m.end() :]
        about = _ABOUT.match(topic)
        names = (
            _asked_names(f"X {about.group(1)}") - {_story_of(question, story)} if about else set()
        )
        return bool(names) and not _said_of(names, speaker, text)
    if (m := _VIEW_OF_NAMED.match(question)) and not any(
        # "What is Stefan Fiks's main point?": his, said by him (or by one speaking for
        # him: "Russia's take" in its ministry official's words, the ministry named before)
        spoken_by(s, [m.group(1).split()[-1]], prefix=True)
        for s in [*_SENTENCE_END.split(text), *(context if _speech_verbs(text) else ())]
    ):
        return True
    if (m := _DID_MENTION.search(question)) and not THE_ARTICLE.fullmatch(
        re.sub(r"\s+(?:[a-z]+ly|really|even)$", "", m.group("who"), flags=re.IGNORECASE)
    ):  # ("Does the article really say ...?")
        # "Did he name Azerbaijan?", "Did Shahinoglu say anything about Armenia?": the
        # name, in a sentence where the one asked about speaks ("Musabayov's argument":
        # Musabayov, speaking; "Did Musabayov really mention it?": Musabayov).
        speaker = re.sub(r"\s+(?:[a-z]+ly|even)$", "", _WORDS_OF.sub("", m.group("who")))
        if not _names_subject(_SIDE.sub(r"\1", speaker), text, context):
            return True  # "Did Iran's government say anything?" of others speaking
        names = _asked_names(f"X {m.group('what') or ''}")
        if _SAID_ABOUT.search(question):
            names -= {_story_of(question, story)}
        if names and not _said_of(names, speaker, text, speaking=True):
            return True
    visit = _VISIT_ASKED.search(question)
    if visit and _TO_EVENT.match(question, visit.end()) and _DECIDING.search(visit["mid"]):
        visit = None
    # ("When did he visit Baku?" of "his visit to Azerbaijan": the capital's country)
    place = _any_of(visit.group("place"), *countries_of(visit.group("place"))) if visit else ""
    if visit and not re.search(
        # "Will Azerbaijan go to Washington?": a trip not yet made, told by the place
        rf"\b{place}"
        if visit.group("will") or _FUTURE_IN.search(visit.group("mid"))
        else rf"\b(?:visit\w*|trip|travel\w*|went|go(?:es|ing)?|arriv\w*|flew|stop\w*)\s+"
        # ("When did Fiks visit Baku?" of "met in Baku with Stefan Fiks": there, meeting)
        rf"(?:[\w'’-]+\s+){{0,3}}?{place}|\bm(?:et|eets|eeting)\s+in\s+{place}",
        text,
    ):
        return True  # "Did O'Brien also visit Armenia?" of "his visit to Azerbaijan"
    if _OTHER_STOPS.search(question) and not _STOPS_LISTED.search(text):
        return True  # "Which other countries did he visit?" of "his visit to Azerbaijan"
    if (
        (m := _EVER.search(question))
        and m.group(1).lower() not in _NO_DEED
        and stem(m.group(1).lower()) not in _stems(text)
    ):
        return True  # "Has he ever advised the government?": never said he did
    if _BEFORE_ASKED.search(question) and not _EARLIER.search(text):
        return True  # "Has it sent its minister to a summit before?" of this one summit
    if any(asked.search(question) and not _stems(text) & told for asked, told in _KIND_TOLD):
        return True  # "What else did he discuss in Baku?" of a visit told without talks
    if (m := _BY_POLLS.search(question)) and stem(m.group(1).lower()) not in _stems(text):
        return True  # "What share support it, according to polling?" of no poll
    if (m := _WHERE_IN.search(question)) and not re.search(
        rf"\b(?:at|in|inside)\s+(?:the\s+)?(?!{re.escape(m.group(1))}\b)(?!(?i:{CALENDAR_NAMES})\b)[A-Z]",
        text,
    ):
        return True  # "Where exactly in Washington will it be held?" of "in Washington"
    if (m := _WHERE_SAID.match(question)) and not any(
        re.search(rf"\b{re.escape(m['who'].split()[-1])}\b", s) and _SAID_WHERE.search(s)
        for s in _SENTENCE_END.split(text)
    ):
        return True  # "Where did he say it - a briefing?" of words no venue or outlet carried
    if (m := _YES_NO_OF.match(question)) and not re.search(rf"\b{re.escape(m.group(1))}", text):
        return True  # "Is Armenia hoping to join NATO?" of a sentence about another country
    if (m := _ACT_ASKED.search(question)) and not _said_as(m.group("act")).search(text):
        return True  # "What did Russia threaten to do?" with no threat in the quote
    if m := WHO_MET.search(question):
        # News names a person in full once, then by surname: "Musabayov told Turan".
        who = tokenize(m.group(1) or m.group(2))[-1:]
        return not any(
            MEETING.search(t) and set(who) <= set(tokenize(t)) for t in _SENTENCE_END.split(text)
        )
    if (m := _ORIGIN_ASKED.search(question)) and (
        named := names_in(m.group("who") or m.group("who2") or m.group("who3"))
    ):
        # "Which country is Stefan Fiks from?": a nationality beside his name
        return _origin_untold(re.sub(r"['’]s$", "", named[-1]), text)
    if _WHY_VIEW.search(question):
        # "Why does he believe that?": a ground for the view, not the view said again
        return not _GROUNDS.search(text)
    if _WHY.search(question):
        if _denied(question, " ".join([text, *context])):
            # "Why should it apply for membership?" of "it is not seeking membership" (said
            # there or where the one quoted speaks again)
            return True
        # "Why does that matter?" is answered by how much it weighs, or what it shows
        weighed = _MATTERS.search(question) and _WEIGHT.search(text)
        return not (_REASON.search(text) or weighed)
    if m := _OUTCOME.search(question):
        return not _done(next(g for g in m.groups() if g), text)
    asked = _deeds(question)
    if _WHEN_PAST.search(question) and _ONCE & asked:
        # "When was that center founded?": a date in a sentence about the center
        subject = asked - _ONCE
        # a founding needs a deed of once beside its date ("It was founded in 1921", "the
        # center opened in 1998"): a date beside NATO's name ("The NATO summit ... July 9")
        # is no founding date
        origin = bool(_ORIGIN & asked)
        return not any(
            _DATE.search(t)
            and (_ONCE & _deeds(t) if origin else (not subject or (subject | _ONCE) & _deeds(t)))
            for t in _SENTENCE_END.split(text)
        )
    if asks_when(question) and _EXACTLY.search(question):
        # "When exactly did Armenia confirm?": a date, of what is asked
        return not _DATE.search(text) or _dated_elsewhere(question, text)
    if asks_when(question):
        return not _TIME.search(text) or _dated_elsewhere(question, text)
    if _WHAT_TIME.search(question) and not _CLOCK.search(text):
        return True  # "What time did the meeting start?" of "On July 2, ... met"
    if WHERE_MET.search(question) and not any(
        # ("the Valiyev-Fiks meeting": both of them)
        all(
            re.search(rf"\b{re.escape(n)}\b", t)
            for name in question_names(question)
            for n in re.split(r"[\s-]+", name)[-1:] + name.split("-")[:-1]
        )
        for t in _SENTENCE_END.split(text)
    ):
        return True  # "Where did Lind meet Holt?" of a meeting with someone else
    if kinds := group_asked(question):
        return not kinds & _stems(text)
    if (
        (m := _HOW_MANY_HEAD.search(question))
        and not _TIME_UNITS.fullmatch(m.group(1))
        and _counts_other_things(m.group(1), text)
    ):
        return True  # "How many NATO members are there?" of "30 partner countries"
    if (
        (m := _HOW_MANY_OF.search(question))
        and _counts_all_of(m.group(1), text)
        # (not "How many of the partner countries are invited?" of "The invitation ...
        # includes 30 partner countries": the count of those it asks about; nor "How many
        # of those countries are there?")
        and (part_did := set(tokenize(question[m.end() :])))
        and not part_did & set(tokenize(text))
    ):
        return True  # "How many of the partner countries have said yes?" of "30 partner countries"
    if m := _HOW_MANY.search(question):
        return _counts_otherwise(m.group(1), text)
    if _HOW_MANY_ANY.search(question) and not (_COUNT.search(text) or _SOME_COUNT.search(text)):
        return True  # "How many countries take part?" with no number at all
    if _HOW_MUCH.search(question) and not (
        _COUNT.search(text) or _SOME_COUNT.search(text) or _AMOUNT.search(text)
    ):
        return True  # "How much of its budget goes to it?" with no amount or share
    if _SHARE_ASKED.search(question) and not _SHARE.search(text):
        return True  # "What percentage of people back it?" with no share at all
    if (m := _VENUE.search(question)) and not any(
        p.lower() not in question.lower() and not _CALENDAR.fullmatch(p)
        for found in (_AT_PLACE if m.group("kind") is None else _AT_VENUE).finditer(text)
        if (p := next(g for g in found.groups() if g))
    ):
        # "Which venue is it in?" is not answered by "in Washington": a place named
        # with "at" ("at the Rex Hall"), or one of the kind asked ("... Convention Center")
        return True
    # (a name, not "the MP")
    named = [n for n in question_names(question) if not n.isupper()]
    if _OUTLET.search(question) and _TALKED_TO.search(question) and named:
        # "Which outlet did Shahinoglu say that to?": he told one, in the quote
        surname = re.escape(re.sub(r"['’]s$", "", named[-1]).split()[-1])
        if not any(
            re.search(rf"\b{surname}\b", t) and _TOLD_OUTLET.search(t)
            for t in _SENTENCE_END.split(text)
        ):
            return True
    if (
        _NEWS_OUTLET.search(question)
        and _REMARKS.search(question)
        and not (_TOLD_OUTLET.search(text) or _CARRIED_BY.search(text))
    ):
        return True  # "Which outlet carried his remarks?" of remarks no outlet carried
    met = _MET_WHOM.match(question)
    whom = met.group("whom").lower() if met else ""
    if whom and whom not in _ANYONE_MET and stem(whom) not in _stems(text):
        return True  # "Did he meet the president while there?": the one met, named
    if (
        _BASED_ASKED.search(question)
        and not _BASED.search(text)
        and not _BASED_WITH.search(question)
    ):
        return True  # "Which country is that command based in?" of where it met
    if (m := _WHICH_REPORTER.search(question)) and stem(m.group("who")) not in _stems(text):
        return True
    if (m := _HOW_MANY_MEMBERS.search(question)) and not re.search(
        rf"{_COUNT.pattern}[\s-]+(?:[\w-]+\s+){{0,2}}?members?\b", text, re.IGNORECASE
    ):
        return True  # "How many members does NATO have?" of "30 partner countries"
    if _HOW_LONG_LAST.search(question):
        return not _SPAN.search(text)
    if _OTHERS_LISTED.search(question) and _longest_list(text) < 3:
        return True  # "Can you list the other 28 partner countries?" of "notably A and B"
    if (m := _ALL_LISTED.search(question)) and any(
        int(n) > _longest_list(text)
        for n in re.findall(rf"\b(\d+)\s+(?:[\w-]+\s+)?{_root(m.group(1))}\w*", text, re.I)
    ):
        return True  # "List all the partner countries." of "30 partner countries, notably A and B"
    if _HOW_BIG.search(question) and not (_SIZE.search(text) or _counted(text)):
        return True  # "How big is Azerbaijan's army?": no size, no count
    if (m := _EXCEPT.search(question)) and _lists_only(m.group("x"), text):
        return True
    if _HOW_LONG_LAST.search(question):
        return not _SPAN.search(text)  # "How long did they talk for?" is not "on July 2"
    if _HOW_OFTEN.search(question) and not _FREQUENCY.search(text):
        return True  # "How often do they meet?" of one meeting on July 2
    if m := _HOW_LONG.search(question):
        wanted = _DURATION if m.group(1).lower() in ("has", "have", "had") else _MEASURE
        return not wanted.search(text)
    if (
        (m := _HOW_MANY_UNITS.search(question))
        and not re.search(
            rf"{_COUNT.pattern}[\s-]+(?:[\w-]+\s+)?{m.group(1)[:-1]}", text, re.IGNORECASE
        )
        # ("How many days does the summit last?" of "from July 9 to 11": counted on it)
        and not (m.group(1).lower() in ("days", "nights") and DATE_RUN.search(text))
    ):
        return True  # "How many days did his visit last?" of "his visit on June 28"
    if m := (
        HOW_REACT.search(question)
        or HOW_EXPLAINED.search(question)
        or _GAVE_STATEMENT.search(question)
        or REACTION_OF.match(question)
    ):
        # "Did Azerbaijan respond?": Azerbaijan speaking, not named in what others say.
        # ("anyone on the Russian side": the Russians; "the NATO side": NATO speaking)
        side = _WORDS_OF.sub("", _SIDE.sub(r"\1", m.group(1)))  # ("Musabayov's argument")
        named = reactor_names(side)
        if still_pending(question, text):
            return False  # "How has Azerbaijan responded?" of "Azerbaijan has yet to decide"
        if named and not _speech_verbs(text) and not any(is_place(w) for w in named):
            return True  # "How did Fiks respond to him?" of a sentence where he is only met
        return not _names_subject(side, text, context) or (
            bool(named)
            and bool(_speech_verbs(text))
            # sentence by sentence: "Experts caution ... Russia. The Russian Ministry
            # weighed in." has Russia speaking in the second
            and not any(spoken_by(t, named, prefix=True) for t in _SENTENCE_END.split(text))
        )
    m = _WHICH_OF.search(question) or _WHICH_NAMED.search(question) or _NAME_WHICH.search(question)
    # "Which countries did he mean by Moscow's allies?": the kind as the quote words it
    # ("Which level: heads of state or foreign ministers?": not kinds, the choices offered)
    tail = re.split(r"[:;,]", question[m.end() :])[0] if m else ""
    # ("Which of Moscow's allies was he referring to?": "allies", not "was")
    found = re.findall(r"\b[a-z]{3,}s\b", m.group(0) + tail) if m else []
    kinds = {k for k in found if k.lower() not in STOPWORDS}
    if m and any(_unlisted(k, text) for k in kinds):
        return True
    if _NATIONALITY.search(question) and _nationless(question, text):
        return True
    m = _WHO_HOLDS.search(question) or _OFFICE_NAME.search(question)
    if (
        m
        and not _named_beside(m.group(1), text, question)
        # ("Who is the Russian ministry's spokesperson?": the one it has speak, introduced)
        and not (m.group(1).lower().startswith("spokes") and _INTRODUCED_SPEAKING.search(text))
    ):
        return True
    held = _HOLDER_DID.match(question)
    if held and not _named_beside(held.group(1), text, question):
        # "Has Azerbaijan's foreign minister said whether he'll go?": only of one the
        # article names in that office
        return True
    if (
        m
        and re.match(r"[\s-]+general\b", question[m.end() :], re.IGNORECASE)
        and not re.search(rf"\b{m.group(1)}[\s-]+general\b", text, re.IGNORECASE)
    ):
        return True  # "the secretary general" is not any secretary
    if _SUPERIOR_ASKED.search(question):
        # "Who's his boss?" of "Nastasin, Deputy Director of ...": a role above his, told
        roles = _ROLE.findall(text)
        if len(_UNDER_ROLE.findall(text)) >= len(roles):
            return True
    # ("Who will head the delegation?" is a plan: the future's check below)
    if (m := WHO_RUNS.match(question)) and not _FUTURE.match(m.group(1) or ""):
        if m.group(1):
            # "Who leads the delegation?" is answered by a head of it, not by the delegation.
            verb = stem(m.group(1).split()[-1].lower())
            # "the delegation if it goes": the body, without the condition
            thing = re.split(r"\s+(?:if|when|once|after|at|in|during)\s+", m.group(2))[0]
            if not _role_in(thing, text) and verb not in set(tokenize(text)):
                return True
        elif not (
            # ("the head of the office" is not its deputy chief, unless a deputy is asked)
            _role_in(
                m.group(2), text if _UNDER_ASKED.search(question) else _UNDER_ROLE.sub("", text)
            )
            or _LED_BY.search(text)
        ):
            return True  # "Who is the head of the alliance?" is not the head of a center
        if not _UNDER_ASKED.search(question):
            # "Who heads the department?" is not answered by its deputy director
            roles = _ROLE.findall(text)
            return bool(roles) and len(_UNDER_ROLE.findall(text)) >= len(roles)
    m = (
        _FUTURE_AGENT.search(question)
        or _SENDING_AGENT.search(question)
        or _OUTCOME_AGENT.search(question)
    )
    if m is None:
        return False
    acted = next((g for g in m.groups() if g), None)
    if not acted or acted.lower() in STOPWORDS or acted.lower() in _FEELINGS:
        return False  # ("Which countries will be angry if it goes?": a reaction, not a plan)
    # "who will head its delegation?": the heading of a delegation, in one sentence ("head
    # of the Atlas Research Center" is another)
    after = re.match(
        r"\s+(?:(?:the|its|their|his|her|a|an)\s+|[A-Z][\w-]*['’]s\s+)?([a-z][\w-]+)",
        question[m.end() :],
    )
    done = [stem(acted.lower())] + ([stem(after.group(1))] if after else [])
    # "Ana Ruiz will head the team" answers who will lead it
    said = [_LEADING if d in _LEADING else {d} for d in done]
    if any(
        # a word about the future by the deed or its thing ("Karl Berg will head it"), not
        # anywhere ("... will not partake in decision-making" is no one representing it)
        _FUTURE.search(t)
        and (
            any(d & _stems(t) for d in said)
            # "Armenia confirmed it will attend": what the one asked of will do
            or (any(n in t for n in names_in(question)) and not _WILL_NOT.search(t))
        )
        for t in _SENTENCE_END.split(text)
    ):
        return False
    return not any(all(d & _stems(t) for d in said) for t in _SENTENCE_END.split(text))


# "What time did it start?": an hour of the day, not a date
_WHAT_TIME = re.compile(
    r"\b(?:at\s+)?what\s+time\b(?!\s+(?:period|frame|span|scale|of\s+year))|\bwhat\s+hour\b",
    re.IGNORECASE,
)
_CLOCK = re.compile(
    r"\b\d{1,2}(?::\d\d)?\s*(?:a\.?m\b|p\.?m\b|h\b|o['’]clock)|\b\d{1,2}:\d\d\b|\bnoon\b|"
    r"\bmidnight\b|\bmorning\b|\bafternoon\b|\bevening\b|\bnight\b|\bdawn\b",
    re.IGNORECASE,
)
_FEELINGS = frozenset(
    "angry upset unhappy happy mad annoyed worried concerned nervous offended furious "
    "displeased irritated uneasy pleased glad".split()
)
_WILL_NOT = re.compile(r"\b(?:will|would|shall)\s+not\b|\b(?:won|wouldn)['’]t\b", re.IGNORECASE)
# Words for leading a body, one for another ("will head" answers "who will lead").
_LEADING = frozenset(stem(w) for w in "lead head run chair direct".split())


def _origin_untold(surname: str, text: str) -> bool:
    """Whether no sentence of ``text`` gives where the one named ``surname`` is from: a
    nationality in the clause naming them or in the one after it ("Karim Valiyev, Chief of
    the General Staff of the *Azerbaijani* army"; "*US* Assistant Secretary ... James
    O'Brien"), not one elsewhere in the sentence."""
    for sentence in _SENTENCE_END.split(text):
        clauses = re.split(r",\s+", sentence)
        for i, clause in enumerate(clauses):
            if re.search(rf"\b{re.escape(surname)}\b", clause):
                near = " ".join(clauses[i : i + 2])
                if any(is_nationality(w) for w in CAPITALIZED.findall(near)):
                    return False
    return True


def _unnamed_spokesman_speaks(speaker: str, text: str) -> bool:
    """For "its spokesman" (whoever speaks for the one asked about before, unnamed in
    the question), whether ``text`` has a person introduced speaking: "Ana Ruiz, head of
    the club, said"; not a town that "confirmed"."""
    spokesman = re.fullmatch(r"(?:its|their|his|her)\s+(\w+)", speaker, re.IGNORECASE)
    return (
        spokesman is not None
        and stem(spokesman.group(1).lower()) in _SPEAKERS
        and any(
            spoken_by(s, [person.group(1).split()[-1]], before=True)
            for s in _SENTENCE_END.split(text)
            for person in INTRODUCED.finditer(s)
        )
    )


def _said_of(names: set[str], speaker: str, text: str, *, speaking: bool = False) -> bool:
    """Whether one sentence of ``text`` is about ``speaker`` and holds every one of
    ``names`` (with a word of speaking too, when ``speaking``): Armenia, in what Nastasin
    said."""
    return any(
        all(re.search(rf"\b{re.escape(n)}", s) for n in names)
        for s in _SENTENCE_END.split(text)
        if _names_subject(speaker, s, ()) and (not speaking or _speech_verbs(s))
    )


# "Did Russia say anything about Azerbaijan attending?": of the matter, not the words
_SAID_ABOUT = re.compile(
    r"\b(?:sa(?:y|id)\s+(?:anything|something|much)|comment(?:ed)?|react(?:ed)?)\s+"
    r"(?:about|on|regarding|concerning|to)\b",
    re.IGNORECASE,
)
# "Did he name Azerbaijan specifically?": the name itself, in his words
_BY_NAME = re.compile(
    r"\b(?:by\s+name|specifically|directly|explicitly|name[ds]?|mention\w*)\b", re.IGNORECASE
)


def _story_of(question: str, story: str) -> str:
    """``story`` (see ``story_place``), which a question asking what was said "about" it
    needs no sentence to name, unless it asks for the name itself; else ""."""
    return "" if _BY_NAME.search(question) else story


def story_place(sentences: Iterable[str]) -> str:
    """The place ``sentences`` name most, the one a news story is about ("" if none).

    >>> story_place(["Oslo voted.", "Bergen and Oslo agreed.", "In May, Oslo paid."])
    'Oslo'
    """
    named = Counter(w for s in sentences for w in CAPITALIZED.findall(s))
    return next((w for w, _ in named.most_common() if is_place(w)), "")


def reactor_names(subject: str) -> list[str]:
    """The names by which ``subject`` of "How did <subject> react?" speaks: "Valiyev"
    of "Karim Valiyev" (news names a person in full once), all of "the Russian Foreign
    Ministry"."""
    # ("the Russians" speak as "the Russian Foreign Ministry")
    named = [_one_of_people(n) for n in names_in(subject)]
    if _NAME_ONLY.fullmatch(subject) and not BODY.search(subject):
        return named[-1:]
    return named


def _names_subject(subject: str, text: str, context: Sequence[str]) -> bool:
    """Whether a sentence of ``text`` (or of ``context``) is about ``subject`` ("Iran's
    foreign ministry"): it holds every name of it, its last word and at least half its
    words. One sentence: "Azerbaijan" in one and "the Russian Foreign Ministry" in the
    next do not make Azerbaijan's foreign ministry."""
    # ("the Azerbaijani side": its people, whoever speaks for them; not "the NATO side",
    # which any sentence naming NATO would be)
    if (side := _SIDE_OF.match(subject)) and is_nationality(side.group(1)):
        subject = side.group(1)
    names = {t for w in CAPITALIZED.findall(subject) for t in tokenize(w)} - TITLES
    # ("the iranian ministry", typed in lower case: a people's word is a name all the same)
    names |= {t for w in subject.split() if is_nationality(w.capitalize()) for t in tokenize(w)}
    words = [w for w in tokenize(subject) if w not in TITLES]
    if _NAME_ONLY.fullmatch(subject) and len(words) > 1 and not BODY.search(subject):
        # A person named in full, whom news goes on calling by surname: "Valiyev underscored"
        names, words = set(words[-1:]), words[-1:]
    if len(words) > 1 and words[-1] in _SPEAKERS:
        words = words[:-1]  # "the ministry *official*": news names the ministry, or the man
    head = set(words[-1:])  # "Kellerby's *fishermen*": who, of all the subject's words
    for sentence in [*_SENTENCE_END.split(text), *context]:
        known = set(tokenize(sentence))
        # "Russia's foreign ministry" is "the Russian Foreign Ministry"
        # ("the Iranian ministry" is Iran's, as the article may write it)
        known |= {
            n
            for n in names
            for k in known
            if (k.startswith(n) or n.startswith(k)) and len(k) > 2 and abs(len(k) - len(n)) <= 3
        }
        if names <= known and head <= known and 2 * sum(w in known for w in words) >= len(words):
            return True
    return False


_SIDE_OF = re.compile(r"^(?:the\s+)?([\w'’-]+)\s+side$", re.IGNORECASE)
_SIDE = re.compile(
    r"^(?:(?:any|some)(?:one|body)\s+(?:on|from|in)\s+)?(?:the\s+)?(.+?)\s+(?:side|camp)(?:\s+[a-z]+ly)*$",
    re.IGNORECASE,
)
# Words for whoever speaks for a body, which news replaces by the person's name and role.
_SPEAKERS = frozenset(
    stem(w)
    for w in "official officials spokesman spokeswoman spokesperson representative "
    # "the Russian fellow": a person of Russia's, any who speaks for it
    "guy fellow man woman person gentleman lady bloke dude".split()
)
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[\"“‘(]?[A-Z0-9])")


def name_context(quotes: Sequence[str], data: IndexData, most: int = 3) -> list[str]:
    """The sentences of the article that share a name with the quotes, for names that
    occur in at most ``most`` sentences (a person, not the article's main subject): where
    "Hale said" is, "Mayor Tom Hale" introduced him."""
    names = {w for q in quotes for w in names_in(q)}
    found: set[int] = set()
    for name in names:
        hits = data.capitalized_words.get(name, [])
        if len(hits) <= most:
            found.update(hits)
    return [data.sentences[i].text for i in sorted(found)]


# "Information Department", "Atlas Research Center": a body, not a person.
BODY = re.compile(
    r"\b(?:department|ministry|committee|council|cent(?:er|re)|institute|agency|assembly|"
    r"parliament|command|forces|army|party|union|university|company|bank|office|service|"
    r"commission|board|authority|bureau|court|foundation|association|organi[sz]ation|group|corporation|"
    r"program(?:me)?|partnership|government|embassy|relations|affairs|staff)s?\b",
    re.IGNORECASE,
)
ROLES = (
    r"head|director|chief|chair|chairman|chairwoman|chairperson|leader|president|manager|"
    r"boss|owner|founder|editor|governor|mayor|principal|commander|coach|captain|ceo"
)
_RUN_VERBS = (
    r"runs|heads|leads|directs|chairs|manages|is\s+in\s+charge\s+of|"
    r"(?:will|would)\s+(?:lead|head|run|chair|direct)"
)
# "Who runs the Atlas Research Center?", "Who is the head of the museum?", "Which expert
# runs it?"
WHO_RUNS = re.compile(
    rf"^\W*(?:(?:and|so|but)\s+)?(?:who|which(?:\s+[\w-]+){{1,2}}?(?=\s+(?:{_RUN_VERBS})))(?:\s+({_RUN_VERBS})|(?:\s+(?:is|was)|['’]s)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:{ROLES})\s+"
    r"(?:of|at))\s+(?:the\s+)?(.+?)[\s?.!]*$",
    re.IGNORECASE,
)
_ROLE = re.compile(rf"\b(?:{ROLES})s?\b", re.IGNORECASE)


def _role_in(thing: str, text: str) -> bool:
    """Whether ``text`` gives a role in ``thing`` ("head of the Atlas Research Center" for
    "the Atlas think tank"), by its names or its last word; any role when it has neither."""
    words = [w for w in re.findall(r"[\w'’-]+", thing) if w.lower() not in STOPWORDS]
    marks = {w for w in words if w[0].isupper()} | set(words[-1:])
    if not marks:
        return bool(_ROLE.search(text))
    mark = "|".join(map(re.escape, sorted(marks)))
    return bool(
        re.search(
            rf"\b(?:{ROLES})s?(?:\s+[\w-]+)?\s+(?:of|at|for)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,4}}?"
            rf"(?:{mark})|\b(?:{mark})(?:['’]s)?\s+(?:[\w-]+\s+)?(?:{ROLES})s?\b|"
            # "Karl Berg will head the delegation"
            rf"\b(?:head|lead|led|run|ran|chair|direct|manag)\w*\s+(?:the\s+)?"
            rf"(?:[\w'’-]+\s+){{0,3}}?(?:{mark})|"
            # "<the association> ... . Its director general, ...": named just before
            rf"(?:^|[.!?]\s+)(?:Its|Their)\s+(?:[\w-]+\s+)?(?:{ROLES})\b",
            text,
            re.IGNORECASE,
        )
    )


# "a regime under the leadership of Hassan al-Turabi", "a council led by Ann Lee"
_LED_BY = re.compile(r"\b(?:leadership\s+of|(?:led|headed|chaired|directed)\s+by)\s+[A-Z]")
# "Who is his superior?", "who's her boss": one above someone named
_SUPERIOR_ASKED = re.compile(
    r"\bwho(?:['’]s|\s+is|\s+was)\s+(?:[\w'’-]+\s+){0,3}?(?:boss|superior|manager|supervisor)\b|"
    # "Which Secretary of State does O'Brien report to?"
    r"^\W*(?:(?:and|so)\s+)?(?:who|whom|which\s+[^?]{2,40}?)\s+(?:does|did|do)\s+[^?]+?\s+"
    r"(?:report|answer)\s+to\b",
    re.IGNORECASE,
)
_UNDER_ROLE = re.compile(rf"\b{_UNDER}[\s-]+(?:{ROLES})s?\b", re.IGNORECASE)
_UNDER_ASKED = re.compile(rf"\b{_UNDER}\b", re.IGNORECASE)
_OFFICES = (
    rf"{ROLES}|minister|secretary|ambassador|spokes(?:person|man|woman)|premier|chancellor|"
    r"king|queen|treasurer|dean|delegate|envoy|representative"
)
# "Who is Azerbaijan's foreign minister?", "What's the name of the mayor?": a person.
# "Andrei Nastasin, Deputy Director of ..., suggested": someone introduced, speaking
_INTRODUCED_SPEAKING = re.compile(
    r"\b(?-i:[A-Z])[\w'’-]+\s+(?-i:[A-Z])[\w'’-]+,\s+[^,.]{3,100},\s+(?:said|says|suggested|"
    r"stated|told|argued|noted|added|warned|claimed|insisted|explained|asserted|maintained)\b"
)
_WHO_HOLDS = re.compile(
    # ("Which Azerbaijani foreign minister would travel?": the office asked, by "which")
    # ("If it goes, who is its foreign minister?": the office, whatever the clause before)
    r"^\W*(?:(?:if|once|when|assuming)\s+[^,?]{3,80},\s*)?(?:(?:and|so|but)\s+)?"
    r"(?:which(?=(?:\s+[\w'’-]+){0,3}?\s+(?:minister|secretary|ambassador|"
    r"mayor|governor)\b)|who\s+(?:is|was)|who['’]s|"
    # "Who currently leads NATO as Secretary General?"
    r"who\s+(?:[a-z]+ly\s+)?(?:leads|heads|runs|serves)\s+(?:[\w'’.-]+\s+){0,4}?as|"
    r"what(?:\s+is|['’]s)\s+(?:the\s+)?"
    # (the office, not what a clause says they do: "the name of Valiyev who heads ...")
    rf"name\s+of)\s+(?:the\s+)?(?:(?!(?:who|that|which)\b)[\w'’.-]+\s+){{0,4}}?({_OFFICES})s?\b",
    re.IGNORECASE,
)
# "What's the foreign minister's name?"
_OFFICE_NAME = re.compile(
    r"^\W*(?:(?:and|so|but)\s+)?what(?:\s+is|['’]s)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?"
    rf"({_OFFICES})s?['’]s?\s+name\b",
    re.IGNORECASE,
)
_OFFICE = re.compile(rf"(?:{_OFFICES})s?", re.IGNORECASE)
# "Has Azerbaijan's foreign minister said ...?", "Did the president confirm?": one holding
# an office does something
_HOLDER_DID = re.compile(
    r"^\W*(?:(?:and|so|but)[\s,]+)?(?:has|have|had|did|does|will|would|is|was)\s+"
    # ("Is the Azerbaijani president going?": the office of a country)
    r"(?:the|(?-i:[A-Z])[\w-]+['’]s)\s+(?:(?-i:[a-z])[\w-]+\s+|(?-i:[A-Z][a-z]+)\s+){0,2}?"
    r"(minister|president|ambassador|spokes(?:person|man|woman)|premier|chancellor|mayor|"
    r"governor)\s+(?!of\b)(?-i:[a-z])",
    re.IGNORECASE,
)
_CALENDAR = re.compile(CALENDAR_NAMES, re.IGNORECASE)


# "Which NATO members objected to it?", "Who protested?": who did a deed, the verb
# right after "who" or the kind of doer ("which <up to four words>")
_WHO_DID_IT = re.compile(
    rf"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?(?:who\s+|which\s+(?:(?!{AUXILIARIES}\b)[\w'’-]+\s+)"
    r"{1,4}?)(?:[a-z]+ly\s+)?(?-i:([a-z]{3,}ed))\b",
    re.IGNORECASE,
)
# Taking a side on something: which news reports, and which no paraphrase of another deed
# ("formed" told as "unified") answers
_STANCES = frozenset(
    stem(w)
    for w in "objected opposed protested rejected condemned boycotted vetoed resisted blocked "
    "backed supported endorsed welcomed approved praised refused declined".split()
)


def deed_untold(question: str, quotes: Sequence[str], vocabulary: Container[str]) -> bool:
    """Whether ``question`` asks who took a side ("Which members objected?") in a way
    the article tells of somewhere, in any form ("objections"), and the quotes do not:
    they are about something else.

    >>> deed_untold("Who objected?", ["Ana Ruiz met Lee."], {"object", "meet"})
    True
    >>> deed_untold("Who objected?", ["Lee objected."], {"object"})
    False
    """
    m = _WHO_DID_IT.match(question)
    deed = stem(m[1].lower()) if m else ""
    return deed in _STANCES and deed in vocabulary and deed not in tokenize(" ".join(quotes))


def _named_beside(office: str, text: str, question: str) -> bool:
    """Whether a sentence of ``text`` names someone the question does not, in the clause
    around ``office``: "Ann Lee, the foreign minister," or "Foreign Minister Ann Lee", not
    "talks at the level of foreign ministers"."""
    asked = {w.lower() for w in re.findall(r"[\w'’-]+", question)}
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        words = re.findall(r"[\w'’-]+", sentence)
        # Any sentence starts with a capital: its first word is a name when another
        # follows it ("Ann Lee said") or a comma does ("Lee, the mayor, said").
        if words and not re.match(r"\W*\S+(?:,|\s+[A-Z])", sentence):
            words[0] = words[0].lower()
        for i, w in enumerate(words):
            word = w.lower().rstrip("'’")
            # "foreign ministers" are an office, not the one holding it
            o = office.lower()  # ("Who is the Foreign Minister?" typed with capitals)
            # ("the boss of the staff" is how a reader says its chief or head, and "the
            # head of the General Staff" its chief)
            heads = (
                ("chief", "head", "leader") if o in ("boss", "head", "chief", "leader") else (o,)
            )
            if not word.startswith(heads) or word in {
                h + end for h in heads for end in ("s", "es")
            }:
                continue
            for near in words[max(0, i - 12) : i + 6]:
                if (
                    near[0].isupper()
                    and near.lower() not in asked
                    and near.lower() not in STOPWORDS
                    and not _OFFICE.fullmatch(near)
                    and not _CALENDAR.fullmatch(near)
                ):
                    return True
    return False


def _unlisted(kind: str, text: str) -> bool:
    """Whether ``text`` speaks of ``kind`` ("allies") and never lists any after the word:
    "distance Moscow's allies from Russia" names none of them."""
    spots = [m.end() for m in re.finditer(rf"\b{re.escape(kind)}\b", text, re.IGNORECASE)]
    return bool(spots) and not any(re.match(_LIST_AFTER, text[end:]) for end in spots)


def _nationless(question: str, text: str) -> bool:
    """Whether no clause of ``text`` around the person the question names says where
    they are from ("Stefan Fiks, Deputy Chief of Staff of NATO ... Command" does not;
    "Karim Valiyev, Chief of the General Staff of the Azerbaijani army" does)."""
    names = question_names(question)
    if not names:
        return False
    surname = re.escape(names[-1])
    # The clause before the name and the apposition after it, up to the next comma.
    around = re.compile(rf"[^,.;]*\b{surname}\b(?:,[^,.;]*)?")
    named = re.compile(rf"\b(?:{'|'.join(map(re.escape, names))})\b")  # "Stefan" is no demonym
    return not any(_DEMONYM.search(named.sub("", m.group(0))) for m in around.finditer(text))


def _dated_elsewhere(question: str, text: str) -> bool:
    """Whether the only dates of a quote of several sentences come after the sentence
    that holds what the question asks about, in sentences that hold none of it:
    "Armenia has confirmed. On July 2, Valiyev met Fiks." does not date the confirming.
    (A date before is the scene news sets: "On July 3, the ministry weighed in.")"""
    asked = _asked_terms(question, CAPITALIZED.findall(question))
    sentences = _SENTENCE_END.split(text)
    if not asked or len(sentences) < 2:
        return False
    holds = [bool(asked & set(tokenize(s))) for s in sentences]
    dated = [bool(_DATE.search(s)) for s in sentences]
    if not any(holds) or any(h and d for h, d in zip(holds, dated, strict=True)):
        return False
    first = holds.index(True)
    # (the scene is set where a sentence opens: "On July 3, ..."; "... during his visit on
    # June 28, includes ..." dates that visit, not what the next sentence tells)
    return not any(
        (m := _DATE.search(s)) is not None and m.start() <= 12 for s in sentences[:first]
    )


def names_in(text: str) -> list[str]:
    """The capitalized words of ``text``, function words left out."""
    return [w for w in CAPITALIZED.findall(text) if w.lower() not in STOPWORDS]


def question_names(question: str) -> list[str]:
    """The capitalized words of ``question`` but the one it opens with (typed in lower
    case, "when did Armenia confirm?" opens with none), function words left out: its
    names."""
    opening = len(question) - len(question.lstrip(" \t\"'“‘([¿¡"))
    return [
        m.group(0)
        for m in CAPITALIZED.finditer(question)
        if m.start() > opening and m.group(0).lower() not in STOPWORDS
    ]


def _asked_names(question: str) -> set[str]:
    """The names of ``question``, months and weekdays left out."""
    return {w for w in question_names(question) if not _CALENDAR.fullmatch(w)}


def _asked_terms(question: str, names: Iterable[str]) -> set[str]:
    """The terms of a when-question that say what happened: not "date" or "day", and
    not ``names``."""
    return set(tokenize(question)) - _GENERIC_WHEN - {stem(n.lower()) for n in names}


def asks_when(question: str) -> bool:
    """Whether ``question`` asks when something happened ("When did ...?", "On what date
    ...?")."""
    return bool(_WHEN.search(question) or _WHAT_DAY.search(question))


def undated_event(question: str, sentences: Sequence[tuple[str, bool]]) -> bool:
    """Whether ``question`` asks when something happened ("On what date did Armenia
    confirm?") that a sentence of the article tells without a date ("Armenia has already
    confirmed its attendance"), while no dated sentence the answer quotes holds any of it
    ("... on June 28, includes ... Azerbaijan and Armenia"): the date is another event's.
    ``sentences``: the article's sentences in order, each with whether it is quoted. A
    sentence after one that opens with its date ("On July 3, the ministry weighed in.") is
    dated by it.
    """
    if not asks_when(question):
        return False
    names = _asked_names(question)
    asked = _asked_terms(question, names)
    if not asked or not names:
        return False
    dated = [s for s, quoted in sentences if quoted and _DATE.search(s)]
    if not dated:
        return False  # no date quoted ("when disturbed")

    def scene(i: int) -> bool:
        return i > 0 and bool(_DATE.search(" ".join(sentences[i - 1][0].split()[:5])))

    # "When did Armenia confirm participation?": what it did is the word after its name;
    # "participation from 30 countries" on June 28 is not its confirming
    subject = re.escape(next(iter(names))) if len(names) == 1 else None
    after = re.search(rf"\b{subject}\s+([a-z]+)", question) if subject else None
    verb = stem(after.group(1)) if after and stem(after.group(1)) in asked else None
    # ("When will Azerbaijan decide?" of "has yet to make an official decision")
    forms = {verb, re.sub(r"d$", "s", verb)} if verb else set()
    # ("When will Fenwick decide?" of "The council will decide on March 12": another's)
    if verb and not any(
        forms & set(tokenize(s)) and names <= set(re.findall(r"[\w'’-]+", s)) for s in dated
    ):
        for i, (s, _) in enumerate(sentences):
            told_it = forms & set(tokenize(s)) and names <= set(re.findall(r"[\w'’-]+", s))
            if told_it and not _DATE.search(s) and not scene(i):
                return True
    if any(asked & set(tokenize(s)) for s in dated):
        return False  # the date is of what was asked

    for i, (s, _) in enumerate(sentences):
        told = asked & set(tokenize(s)) and names <= set(re.findall(r"[\w'’-]+", s))
        if told and not _DATE.search(s) and not scene(i):
            return True
    if asked & _SPOKEN:
        # "When did Musabayov give that interview?": the interview is where he speaks
        # ("... , Musabayov told Turan"), undated, and the date quoted is another's.
        # The speaker is the first run of names ("When did the Russian Foreign Ministry
        # comment on Azerbaijan's attendance?": the ministry, not Azerbaijan).
        run = re.search(
            r"(?<![\w'’-])[A-Z][\w’-]*(?:\s+[A-Z][\w’-]*)*",
            re.sub(r"^\W*\w+", "", question),  # (not the question's own first word)
        )
        surname = [w for w in CAPITALIZED.findall(run.group(0)) if w in names][-1:] if run else []
        speaks = [i for i, (s, _) in enumerate(sentences) if surname and spoken_by(s, surname)]
        # (quoted or not: "When did Musabayov give that interview?" answered with his
        # undated words beside July 2's meeting is still another's date)
        if speaks and not any(_DATE.search(sentences[i][0]) or scene(i) for i in speaks):
            return True
    return False


def undated_before(
    question: str, sentences: Sequence[str], previous: Sequence[int], *, told: bool = False
) -> bool:
    """Whether ``question`` asks, of the answer before, when its event happened ("Which
    country has confirmed? || And on what date did it confirm?", "Who did he give his
    comments to? || On what date was that interview?"), and no sentence that answer
    quoted is dated, by itself or by the sentence before it ("On July 3, the ministry
    weighed in. Its official suggested ..."). ``sentences``: the article's, in order;
    ``previous``: the indices the answer before quoted. ``told``: the turn before was the
    reader's statement ("Musabayov spoke to Turan."), of which a bare "When?" asks."""
    bare = told and bool(_BARE_WHEN.match(question))  # "On which date?": of what was told
    if not previous or not (bare or asks_when(question)) or _asked_names(question):
        return False
    asked = _asked_terms(question, set()) - _GENERIC_WHEN
    # ("when did he say it?": "say" is a word of any question, but asks of his saying)
    asked |= {stem(w) for w in re.findall(r"[a-z]+", question.lower())} & _SPOKEN
    quoted = [sentences[i] for i in previous]
    if not (asked or bare) or any(_DATE.search(s) for s in quoted):
        return False
    if any(i > 0 and _DATE.search(" ".join(sentences[i - 1].split()[:5])) for i in previous):
        return False  # dated by the scene set before it
    if bare:
        return True
    held = any(asked & set(tokenize(s)) for s in quoted)
    spoken = bool(asked & _SPOKEN) and any(reports_speech(s) for s in quoted)
    return held or spoken


_BARE_WHEN = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?(?:when|(?:on\s+)?(?:what|which)\s+(?:date|day)s?)"
    r"(?:\s+(?:was|is|did)\s+(?:that|it|this))?(?:\s+exactly)?\W*$",
    re.IGNORECASE,
)
_SPOKEN = frozenset(
    stem(w)
    for w in "interview comment comments remark remarks statement say said tell told speak "
    "spoke talk talked".split()
)


_GENERIC_WHEN = frozenset(
    stem(w) for w in ("date", "day", "time", "exactly", "happen", "took", "take", "place")
)


def _done(verb: str, text: str) -> bool:
    """Whether ``text`` says ``verb`` ("going", "attend") was done: "went", "attended",
    not "to attend" or "attending"."""
    wanted = stem(verb.lower())
    return any(
        (w.endswith("ed") or w in PAST_FORMS) and stem(w) == wanted
        for w in re.findall(r"[\w'’-]+", text.lower())
    )


def _counts_all_of(things: str, text: str) -> bool:
    """Whether every count in ``text`` counts ``things`` as a whole ("30 partner
    countries" of "the partner countries"): none is the part of them asked about."""
    heads = _kind_of(things.split()[-1].lower())
    # (a day of a date or a year counts nothing: "on June 28, includes 30 ...")
    counts = [c for c in _numbers(text) if not re.fullmatch(r"(?:1[5-9]|20)\d\d", c.group(0))]
    return bool(counts) and all(
        heads & {stem(w.lower()) for w in re.findall(r"[\w'’-]+", text[c.end() : c.end() + 40])[:3]}
        for c in counts
    )


def _counts_otherwise(phrase: str, text: str) -> bool:
    """Whether ``text`` counts the thing ``phrase`` names ("member countries") only as
    something else: a number before its last word, with a word of it missing
    ("30 partner countries")."""
    words = [w.lower() for w in phrase.split() if w.lower() not in STOPWORDS]
    if len(words) < 2:
        return False
    kinds = [stem(w) for w in words[:-1] if w not in _ANY_KIND]
    # ("How many NATO member states ...?" of "30 partner countries": states are countries)
    heads = _kind_of(words[-1])
    after = (
        re.findall(r"[\w'’-]+", text[m.end() : m.end() + 80])[:4] for m in _COUNT.finditer(text)
    )
    counted = any(heads & {stem(w.lower()) for w in four} for four in after)
    said = _stems(text)
    return counted and any(w not in said for w in kinds)


def _kind_of(word: str) -> set[str]:
    """The stems of ``word`` and the words for the same kind of thing ("nations" of
    "countries")."""
    return next((k for k in SAME_KIND if stem(word) in k), {stem(word)})


def _counts_other_things(head: str, text: str) -> bool:
    """Whether ``text`` counts things, each count of a thing named ("30 partner
    countries"), and none of them ``head`` or a word for the same ("nations" of
    "countries"); dates are not counts."""
    kinds = _kind_of(head.lower())
    counts = [
        (text[max(0, c.start() - 40) : c.start()], text[c.end() : c.end() + 60])
        for c in _numbers(text)
        if not re.match(r"\s+of\b", text[c.end() :])  # "one of the ...": no count
    ]
    if not counts:
        return not _SOME_COUNT.search(text)  # no count at all ("hundreds of" is one)
    for before, after in counts:
        # the thing after the count ("512-bit primes") or just before it ("many
        # receptors (around 200-300)")
        near = re.findall(r"[^\W_]+", after)[:4] + re.findall(r"[^\W_]+", before)[-3:]
        if kinds & {stem(w.lower()) for w in near}:
            return False
    counts = [(b, a) for b, a in counts if not re.match(r"\s*(?:to|-|–|and)\s*\d", a)]
    return all(re.match(r"\s*(?:[\w-]+\s+){0,2}?[a-z]+s\b", after) for _, after in counts)


def _counted(text: str) -> bool:
    """Whether ``text`` counts anything: a number that is no date, or "hundreds of"."""
    return bool(_SOME_COUNT.search(text) or _numbers(text))


def _numbers(text: str) -> list[re.Match[str]]:
    """The numbers of ``text`` that are no part of a date ("July 9 to 11")."""
    return [c for c in _COUNT.finditer(text) if not _DATE_BEFORE.search(text[: c.start()])]


_DATE_BEFORE = re.compile(rf"\b(?:{CALENDAR_NAMES})\s+(?:\d+\s*(?:to|-|–|and)\s*)?$", re.I)


# "How many NATO members ...?", "how many deputies sit ...?": the thing counted
_HOW_MANY_HEAD = re.compile(
    r"\bhow\s+many\s+(?:(?!(?:of|are|is|were|was|do|did|does|have|has|will|would|can)\b)"
    # ("how many partner country is invited", typed in the singular: "is" is no head)
    r"[\w-]+\s+){0,3}?(?!(?:is|was|has|does|this|its|thus|us|yes)\b)([a-z]+s|people|men|women|"
    r"children)\b",
    re.IGNORECASE,
)
_TIME_UNITS = re.compile(
    r"(?:second|minute|hour|day|week|month|year|decade|centurie|time)s", re.IGNORECASE
)
# Words counting the same things (general English)
SAME_KIND = [
    {stem(w) for w in group.split()}
    for group in (
        "countries nations states",
        "people persons individuals residents citizens inhabitants",
        "delegates representatives envoys",
        "troops soldiers",
    )
]


def _stems(text: str) -> set[str]:
    """The stem of every word of ``text``, stopwords included."""
    return {stem(w) for w in re.findall(r"[\w'’-]+", text.lower())}
