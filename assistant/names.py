"""Names a question asks about that the article never mentions.

"How did Turkey react?" asked of an article that never names Turkey cannot be answered
from it, however close its best sentence reads ("... provoke reactions from regional
powers"). Similarity cannot see that; a word list can. One-letter slips ("Aliev" for
"Aliyev"), other forms of a name ("Iranian", "Chinese") and short acronyms ("MP", which
the article may spell out) count as mentioned, so that a name the article does hold is
not taken for a missing one.

>>> words = ArticleWords.of(["Iranian officials met the Chinese envoy in Baku."])
>>> absent_names("What did Iran and Turkey say to China in Baku?", words)
['Turkey']
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Container, Iterable, Mapping
from dataclasses import dataclass
from itertools import pairwise

from .lexical import STOPWORDS, american, stem

__all__ = ["AUXILIARIES", "DEMONYMS", "TITLES", "ArticleWords", "absent_names"]

_WORD = re.compile(r"\w+")
_CAPITALIZED = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*")
# Written before a name ("Mr Lee", "the MP Rasul Aliyev", "Gen. Ruiz").
TITLES = frozenset(
    """mr mrs ms mx dr prof sir dame madam jr sr rev mp mep msp mla cllr sen rep gov gen col
    capt lt sgt insp det supt""".split()
)
# Words a reader capitalizes that are not things the article would name: titles, and the
# article itself ("What does the Article say?").
_NOT_NAMES = TITLES | frozenset(
    """article articles story text piece report author writer reporter journalist headline
    document passage paragraph sentence summary source page assistant please thanks
    president presidents king queen premier chancellor governor mayor senator
    i i've i’ve i'm i’m i'd i’d i'll i’ll""".split()
)  # (offices: "Is it the President himself?" asks of an office, not of a name)
_SENTENCE_END = ".!?:;"
_RANKS = frozenset(
    "colonel general major captain lieutenant sergeant admiral commander marshal".split()
)
# A title with no article before it, then a lower-case word: "president aliyev".
_TITLED_LOWER = re.compile(
    r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bhis )(?<!\bher )(?<!\bits )"
    r"(?<![\w;/])(president|mr|mrs|ms|dr|senator|chancellor|pope|sheikh|emir|sultan)\.?\s+"
    r"(?![a-z]+(?:ing|ed)\b)([a-z][a-z'’-]{2,})\b"
)
# The kind of thing asked for: "which <other South Caucasus country> does ...".
# The auxiliary verbs a question's verb phrase opens with ("which country *did* ...").
AUXILIARIES = r"(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could|should|might|may)"
_WH_PHRASE = re.compile(
    rf"\b(?:which|what)\s+((?:(?!{AUXILIARIES}\b)[\w'’-]+\s+){{1,6}}?)(?={AUXILIARIES}\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ArticleWords:
    """The lower-case words of some texts, indexed for near matches."""

    words: frozenset[str]
    stems: frozenset[str]
    by_length: dict[int, frozenset[str]]
    by_start: dict[str, frozenset[str]]  # by their first three letters
    acronyms: frozenset[str] = frozenset()  # as written: "US", not the pronoun "us"
    numbers: frozenset[str] = frozenset()  # "6500" of "6,500", "5.11", "28"
    initials: frozenset[str] = frozenset()  # "pfp" of "Partnership for Peace"

    @classmethod
    def of(cls, texts: Iterable[str]) -> ArticleWords:
        texts = list(texts)
        words = {w for text in texts for w in _WORD.findall(text.lower())}
        acronyms = {a.replace(".", "") for text in texts for a in _ACRONYM.findall(text)}
        numbers = {_number(n) for text in texts for n in _NUMBER.findall(text)}
        numbers |= {n for text in texts for n in re.findall(r"\d+", text)}
        initials = {
            "".join(w[0] for w in words).lower()
            for text in texts
            for run in _TITLED_RUN.findall(text)
            for words in (run.split(), [w for w in run.split() if w[0].isupper()])
            if len(words) > 1
        }
        by_length: dict[int, set[str]] = {}
        by_start: dict[str, set[str]] = {}
        for w in words:
            by_length.setdefault(len(w), set()).add(w)
            by_start.setdefault(w[:3], set()).add(w)
        return cls(
            frozenset(words),
            frozenset(stem(w) for w in words),
            {n: frozenset(ws) for n, ws in by_length.items()},
            {k: frozenset(ws) for k, ws in by_start.items()},
            frozenset(acronyms),
            frozenset(numbers),
            frozenset(initials),
        )

    def mentions(self, word: str) -> bool:
        """Whether ``word`` or a near form of it is in the texts."""
        w = word.lower()
        if w in self.words or stem(w) in self.stems:
            return True
        if any(
            f in self.acronyms if f.isupper() else f in self.words for f in _OTHER_FORMS.get(w, ())
        ):
            return True  # "American" of "US Assistant Secretary of State"
        if sum(c.isupper() for c in word) >= 2 and w in self.initials:
            return True  # "PfP" of "Partnership for Peace"
        if len(w) < 4:
            return False
        near = (o for n in (len(w) - 1, len(w), len(w) + 1) for o in self.by_length.get(n, ()))
        return any(_near(w, o) for o in near) or any(
            _related(w, o) for o in self.by_start.get(w[:3], ())
        )


# Capitalized words in a row, with the small words between them ("Partnership for Peace")
_TITLED_RUN = re.compile(r"\b[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|the|on|de)\s+)?[A-Z][\w'’-]*)+")
_ACRONYM = re.compile(r"\b[A-Z]{2,}\b|\b(?:[A-Z]\.){2,}")
# A number as written: "6,500", "5.11", "75th", "1990s"; not "3,6" (a list).
_NUMBER = re.compile(
    r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\w.,])\d+(?:\.\d+)?(?:st|nd|rd|th|s)?(?!\w)"
)


_ABOUT_ME = re.compile(r"\b(?:i|i'm|i've|my|me|we|we're|our)\b", re.IGNORECASE)


def _number(written: str) -> str:
    return re.sub(r"(?:st|nd|rd|th|s)$", "", written.replace(",", ""))


# Other names of a country than the ones beginning like its people's ("Iranian", "Iran"):
# general English, for any article.
_PEOPLES = (
    ("american americans", ("US", "USA", "america")),
    ("british briton britons", ("UK", "britain")),
    ("dutch", ("netherlands", "holland")),
    ("swiss", ("switzerland",)),
    ("french", ("france",)),
    ("greek greeks", ("greece",)),
    ("danish danes", ("denmark",)),
    ("swedish swedes", ("sweden",)),
    ("finnish finns", ("finland",)),
    ("polish poles", ("poland",)),
    ("spanish", ("spain",)),
    ("welsh", ("wales",)),
    ("irish", ("ireland",)),
    ("thai", ("thailand",)),
    ("filipino filipinos", ("philippines",)),
    ("emirati emiratis", ("UAE", "emirates")),
)
_OTHER_FORMS = {people: forms for peoples, forms in _PEOPLES for people in peoples.split()}


def other_forms(people: str) -> tuple[str, ...]:
    """The names a people's country goes by: "US", "USA", "america" of "american"."""
    return _OTHER_FORMS.get(people.lower(), ())


def as_the_country(question: str, words: ArticleWords) -> str:
    """``question`` with each people's adjective that the texts of ``words`` never use
    written as the name they give the country ("the American official" as "the US
    official" where the article writes "US Assistant Secretary of State").

    >>> as_the_country("Who is the American envoy?", ArticleWords.of(["The US envoy came."]))
    'Who is the US envoy?'
    """

    def country(m: re.Match[str]) -> str:
        word = m.group(0)
        if word.lower() in words.words:
            return word
        for form in other_forms(word):
            if form in words.acronyms if form.isupper() else form in words.words:
                return form if form.isupper() else form.capitalize()
        return word

    return _PEOPLE_WORD.sub(country, question)


_PEOPLE_WORD = re.compile(
    r"\b(?:" + "|".join(p for peoples, _ in _PEOPLES for p in peoples.split()) + r")\b",
    re.IGNORECASE,
)
# The first of each row: the peoples' adjective ("American", not "Americans").
DEMONYMS = frozenset(peoples.split()[0] for peoples, _ in _PEOPLES)


def _near(a: str, b: str) -> bool:
    """One letter added, dropped or changed, or two neighbours swapped; not the first
    letter, which a slip rarely touches ("Aliyev" is not "Valiyev")."""
    if a[:1] != b[:1]:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 2 and diff[1] == diff[0] + 1:
            i, j = diff
            return a[i] == b[j] and a[j] == b[i]
        return len(diff) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return len(long) - len(short) == 1 and any(
        long[:i] + long[i + 1 :] == short for i in range(len(long))
    )


def unshouted(question: str, words: ArticleWords, common: Callable[[str], bool]) -> str:
    """``question`` with each word typed in capitals for emphasis ("did Azerbaijan DECIDE
    to go?") in lower case: an ordinary word (``common``) that the texts of ``words``
    never write as an acronym ("NATO", "US" stay).

    >>> unshouted("I want the EXACT words of the NATO man", ArticleWords.of(["NATO met."]),
    ...           lambda w: w in {"exact", "nato"})
    'I want the exact words of the NATO man'
    """
    if question.isupper():
        return question  # all in capitals: scoring reads it in lower case

    def lower(m: re.Match[str]) -> str:
        word = m.group(0)
        low = word.lower()
        if word in words.acronyms or not (low in STOPWORDS or common(low)):
            return word
        return low

    return re.sub(r"\b[A-Z]{4,}\b", lower, question)  # ("USA", "WHO" may be names)


def joined_names(
    question: str,
    words: ArticleWords,
    cased: Mapping[str, str],
    common: Callable[[str], bool] = lambda word: True,
) -> str:
    """``question`` with each name typed in pieces ("musa bayov", "elk-han"), as speech
    to text splits a long foreign name, written as the article does: two or three words
    in a row that together make, or one slip from, one of its names (``cased``, among
    its ``words``), or a word of it that is no ordinary English (``common``) and so a
    name that only starts its sentences ("Elkhan Shahinoglu, head of ...").

    >>> joined_names("what did musa bayov say", ArticleWords.of(["Musabayov spoke."]),
    ...              {"musabayov": "Musabayov"})
    'what did Musabayov say'
    """
    typed = list(re.finditer(r"[A-Za-z]+", question))
    out: list[str] = []
    done = i = 0
    while i < len(typed):
        for n in (3, 2):
            run = typed[i : i + n]
            if len(run) < n or any(
                question[x.end() : y.start()] not in (" ", "-") for x, y in pairwise(run)
            ):
                continue
            low = "".join(x.group(0) for x in run).lower()
            if len(low) < 6 or any(x.group(0).lower() in cased for x in run):
                continue
            if low in words.words and low not in cased and not common(low):
                found = {low.capitalize()}
            else:
                found = (
                    {cased[low]}
                    if low in cased
                    else {
                        cased[key]
                        for key in words.by_start.get(low[:3], ())
                        if key in cased and len(key) >= 7 and _near(low, key)
                    }
                )
            if len(found) == 1:
                out += [question[done : run[0].start()], found.pop()]
                done, i = run[-1].end(), i + n - 1
                break
        i += 1
    return "".join([*out, question[done:]])


# Letters of Turkic and other Latin alphabets as English spells the names written in them
# ("Şahinoğlu" as "Shahinoglu", "Elxan" as "Elkhan")
_AS_ENGLISH = (("ş", "sh"), ("ç", "ch"), ("ğ", "g"), ("ı", "i"), ("ə", "a"), ("x", "kh"))


def transliterated(question: str, cased: Mapping[str, str]) -> str:
    """``question`` with each name written in another Latin alphabet ("Elxan Şahinoğlu")
    as the article writes it, where spelled the English way it is one of its names
    (``cased``).

    >>> transliterated("Who is Elxan Şahinoğlu?", {"elkhan": "Elkhan", "shahinoglu": "Shahinoglu"})
    'Who is Elkhan Shahinoglu?'
    """

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        low = word.lower()
        if low in cased:
            return word
        for a, b in _AS_ENGLISH:
            low = low.replace(a, b)
        low = "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))
        return cased.get(low, word)

    return re.sub(r"(?<![\w'’-])[^\W\d_]{3,}(?![\w'’-])", fix, question)


def respelled_names(
    question: str,
    cased: Mapping[str, str],
    vocabulary: Container[str],
    common: Callable[[str], bool] = lambda word: False,
) -> str:
    """``question`` with each name it misspells ("Karim Valiev", "Musabaev") written as
    the article does: a word the article never uses that is one slip from one of its
    names (``cased``, e.g. ``IndexData.cased_words``), or two from a long one that starts
    alike. ``vocabulary`` holds the stems the article uses; words in it, and words
    ``common`` says are ordinary English ("stake" is not "State"), are left as typed.

    >>> respelled_names("Who is Rasim Musabaev?", {"musabayov": "Musabayov"}, set())
    'Who is Rasim Musabayov?'
    """

    def fix(m: re.Match[str]) -> str:
        word, possessive = m.group(1), m.group(2) or ""
        low = word.lower()
        if len(low) < 5 or low in cased or stem(low) in vocabulary or common(low):
            return m.group(0)
        found = {
            cased[name]
            for name in cased
            if not (name.startswith(low) or low.startswith(name))
            and (
                _near(low, name)
                or (len(low) >= 7 and name[:3] == low[:3] and _within_two(low, name))
            )
        }
        return found.pop() + possessive if len(found) == 1 else m.group(0)

    return _NAME_WORD.sub(fix, question)


def surnames_respelled(
    question: str,
    full_names: Mapping[str, str],
    vocabulary: Container[str],
    *,
    lowered: bool = False,
) -> str:
    """``question`` with a surname it misspells after a first name ("Stefan Fix") written
    as the article does, where the article writes that first name only before that
    surname (``full_names``: "Stefan" to "Fiks") and the word typed is no word of it
    (``vocabulary``, its stems) but starts alike or is two slips from it. ``lowered``:
    the message was typed all in lower case, so a surname heard as a word ("stefan fix")
    is one too, when it starts with the same letter and is two slips from it.

    >>> surnames_respelled("What is Stefan Fix's title?", {"Stefan": "Fiks"}, set())
    "What is Stefan Fiks's title?"
    >>> surnames_respelled("is stefan fix with nato", {"Stefan": "Fiks"}, set(), lowered=True)
    'is stefan Fiks with nato'
    """

    def fix(m: re.Match[str]) -> str:
        first, typed, rest = m.group(1), m.group(2), m.group(3) or ""
        surname = full_names.get(first)
        low = typed.lower()
        if surname is None or typed == surname:
            return m.group(0)
        if stem(low) in vocabulary and stem(low) != stem(surname.lower()):
            return m.group(0)  # "Foreign Minister" is no "Foreign Ministry"
        if low[:2] == surname[:2].lower() or _within_two(low, surname.lower()):
            return f"{first} {surname}{rest}"
        return m.group(0)

    for first, surname in full_names.items() if lowered else ():
        m = re.search(rf"\b{re.escape(first.lower())}\s+([a-z][\w-]*)\b", question)
        if (
            m
            and m.group(1)[0] == surname[0].lower()
            and stem(m.group(1)) not in vocabulary
            and _within_two(m.group(1), surname.lower())
        ):
            question = f"{question[: m.start(1)]}{surname}{question[m.end(1) :]}"
    return _FULL_NAME.sub(fix, question)


_FULL_NAME = re.compile(r"\b((?-i:[A-Z])[\w-]+)\s+((?-i:[A-Z])[\w-]+)(['’]s)?(?![\w'’-])")


def begun_names(question: str, cased: Mapping[str, str]) -> str:
    """``question`` with a name the reader only half remembers ("Shahin-something",
    "Musa whatever") as the one name of the article (``cased``, e.g.
    ``IndexData.cased_words``) that starts so; as typed when none or several do.

    >>> begun_names("What did Shahin-something say?", {"shahinoglu": "Shahinoglu"})
    'What did Shahinoglu say?'
    """

    def fix(m: re.Match[str]) -> str:
        start = (m.group(1) or m.group(2)).lower()
        found = {name for low, name in cased.items() if low.startswith(start) and low != start}
        return found.pop() if len(found) == 1 else m.group(0)

    return _BEGUN.sub(fix, question)


# "Shahin-something", "Musa whatever", "Val-what's-his-name": a name's start, the rest
# forgotten (a capital before a space: "say something" is no name)
_BEGUN = re.compile(
    r"(?<![\w'’-])(?:((?-i:[A-Z])[a-z]{2,})\s+|([A-Za-z][a-z]{2,})-)(?:something|whatever|"
    r"what['’]?s[- ](?:his|her)[- ]name|whatsit|whatsisname)(?![\w'’-])",
    re.IGNORECASE,
)


def respelled_words(question: str, words: ArticleWords, common: Callable[[str], bool]) -> str:
    """``question`` with each lower-case word of five letters or more that the article
    never uses and that is one slip from exactly one word it does ("invitaton", "sumit") written
    as the article does; words ``common`` says are ordinary English are left as typed.

    >>> respelled_words("who handed over the invitaton?", ArticleWords.of(["The invitation."]),
    ...                 lambda w: False)
    'who handed over the invitation?'
    """

    def fix(m: re.Match[str]) -> str:
        w = m.group(0)
        if len(w) < 5 or w in words.words or stem(w) in words.stems or common(w):
            return w
        near = {
            o
            for n in (len(w) - 1, len(w), len(w) + 1)
            for o in words.by_length.get(n, ())
            if _near(w, o)
        }
        return near.pop() if len(near) == 1 else w

    return _LOWER_WORD.sub(fix, question)


_VOWELS = frozenset("aeiou")
_ENDINGS = ("s", "es", "ed", "d", "ing", "ly", "er", "ers", "ies", "ied")


def _inflected(word: str, english: Mapping[tuple[str, int], frozenset[str]]) -> bool:
    """Whether ``word`` is a form of an ``english`` word ("textiles", "hoped", "stopping"),
    which no slip made."""
    for end in _ENDINGS:
        base = word[: -len(end)]
        if word.endswith(end) and len(base) > 2:
            tried = (base, base + "e", base + "y", base[:-1] if base[-1:] == base[-2:-1] else "")
            if any(b in english.get((b[:1], len(b)), ()) for b in tried):
                return True
    return False


def _vowel_slip(typed: str, meant: str) -> bool:
    """Whether ``typed`` differs from ``meant`` by the commonest slip of spelling: a vowel
    changed, dropped or added ("outlit", "ministery") or a letter doubled or not
    ("formaly")."""
    if len(typed) == len(meant):
        diff = [i for i in range(len(typed)) if typed[i] != meant[i]]
        return len(diff) == 1 and {typed[diff[0]], meant[diff[0]]} <= _VOWELS
    short, long = (typed, meant) if len(typed) < len(meant) else (meant, typed)
    i = next((i for i in range(len(short)) if short[i] != long[i]), len(short))
    return long[i] in _VOWELS or long[i] == long[i - 1 : i] or long[i] == long[i + 1 : i + 2]


def respelled_english(
    question: str,
    words: ArticleWords,
    english: Mapping[tuple[str, int], frozenset[str]],
    common: Callable[[str], bool],
) -> str:
    """``question`` with each lower-case word of five letters or more that is neither
    the article's nor ordinary English (``common``) but one slip from an ``english`` word
    (by first letter and length; "invted", "positon", "thnik") written as that word: the
    one it is nearest, else the one the article uses, else the one a vowel or a doubled
    letter tells ("ministery" as "ministry", not "minister"). A word of five letters is
    read as another only with two letters swapped, as short names are near many words
    ("turan").

    >>> english = {("t", 4): frozenset({"turn"}), ("t", 5): frozenset({"think"}),
    ...            ("i", 7): frozenset({"invited"})}
    >>> respelled_english("who invted turan? thnik", ArticleWords.of(["A turn."]),
    ...                   english, lambda w: False)
    'who invited turan? think'
    """

    def by_name(m: re.Match[str]) -> bool:
        # "andrey nastasin": a first name beside a name of the article's, however near a word
        before = re.search(r"([\w'’-]+)[ \t]+$", question[: m.start()])
        after = re.match(r"[ \t]+([\w'’-]+)", question[m.end() :])
        near = [n[1].lower() for n in (before, after) if n]
        return any(w in words.words and w not in STOPWORDS and not common(w) for w in near)

    def fix(m: re.Match[str]) -> str:
        w = m.group(0)
        if len(w) < 5 or w in words.words or stem(w) in words.stems or common(w):
            return w
        if _inflected(w, english) or by_name(m) or american(w) != w:
            return w  # (a British spelling is no slip: "emphasise" is not "emphasis")
        near = [
            o
            for n in ((5,) if len(w) == 5 else (len(w) - 1, len(w), len(w) + 1))
            for o in english.get((w[0], n), ())
            if _near(w, o) and (len(w) > 5 or sorted(w) == sorted(o))
        ]
        slips = [o for o in near if _vowel_slip(w, o)]
        if w[-1] == "y" and w[:-1] in english.get((w[0], len(w) - 1), ()):
            # "twitchy" is a word of its own; "formaly" is "formally" misspelled
            return slips[0] if len(slips) == 1 else w
        for narrowed in (near, [o for o in near if stem(o) in words.stems], slips):
            if len(narrowed) == 1:
                return narrowed[0]
        return w

    return _LOWER_WORD.sub(fix, question)


def capitalized_names(
    question: str,
    words: ArticleWords,
    known_name: Callable[[str], bool],
    common: Callable[[str], bool] = lambda word: True,
) -> str:
    """A question typed in lower case (but maybe its first letter) with each word the
    article never uses that reads as a name capitalized, so that it is read as a name the
    article does not mention: one ``known_name`` says is a well-known name ("brussels",
    "georgia"), or a word of no ordinary English (``common``) standing bare where a
    subject does ("is bayramov going", "who is yerevan sending", "zakharova spoke").

    >>> capitalized_names("is the summit in brussels?", ArticleWords.of(["In Washington."]),
    ...                   lambda w: w == "brussels")
    'is the summit in Brussels?'
    """
    if question[1:] != question[1:].lower():
        return question  # names written capitalized: "Is it in Brussels?"
    bare = {m.start(1) for m in _BARE_SUBJECT.finditer(question)}

    def cap(m: re.Match[str]) -> str:
        w = m.group(1)
        if len(w) < 4 or w in STOPWORDS or w in _NOT_NAMES or words.mentions(w):
            return m.group(0)
        if not known_name(w) and (m.start(1) not in bare or common(w)):
            return m.group(0)
        return w.capitalize() + (m.group(2) or "")

    return _NAME_WORD.sub(cap, question)


# A word with no article before it, then a verb: a subject, and with no article, a name.
_BARE_SUBJECT = re.compile(
    r"(?:^\W*|\b(?:is|was|are|were|did|does|has|had|will|would|can|could|should)\s+|[,.;]\s*)"
    r"([a-z]{4,})(?=\s+(?:[a-z]+ing|[a-z]+ed|said|says|spoke|speaks|met|meets|went|told|"
    r"himself|herself|is|was|has|will)\b)"
)


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")
# (a name may hold an apostrophe: "O'Brian" for "O'Brien")
_NAME_WORD = re.compile(r"(?<![\w'’-])([^\W\d_]+(?:['’][^\W\d_]{2,})?)(['’]s)?(?![\w'’-])")


def _within_two(a: str, b: str) -> bool:
    """Whether at most two letters added, dropped or changed turn ``a`` into ``b``."""
    if abs(len(a) - len(b)) > 2:
        return False
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
        if min(row) > 2:
            return False
    return row[-1] <= 2


def _related(a: str, b: str) -> bool:
    """Forms of one name: "Iran"/"Iranian", "China"/"Chinese", "Turkey"/"Turkish"."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    common = 0
    for x, y in zip(short, long, strict=False):
        if x != y:
            break
        common += 1
    return common == len(short) >= 4 or (common >= 4 and common >= len(short) - 2)


def absent_lead(
    question: str,
    words: ArticleWords,
    common: Callable[[str], bool],
    known: Callable[[str], bool] = lambda word: False,
) -> str | None:
    """The name ``question`` opens with, when the texts of ``words`` never mention it and
    it is no ordinary English word (``common``) or is a well-known name (``known``):
    "Aliyev said he would not go, didn't he?", "Georgia is invited too?". ``absent_names``
    passes over a question's first word, which is capitalized whatever it is.

    >>> absent_lead("Ruiz said no, right?", ArticleWords.of(["Lee spoke."]), lambda w: False)
    'Ruiz'
    """
    # a subject doing something ("Aliyev said", "Aliyev has"), not "Unsurprisingly, ..."
    # nor "Unreserved matters are ..."
    m = re.match(
        r"^\W*([A-Z][a-z][\w-]{2,})(?:['’]s)?\s+(?:has|had|is|was|will|would|"
        r"did|does|said|says|told|thinks|thought|wants|wanted|[a-z]{2,}ed)\b",
        question,
    )
    if m is None or question.isupper():
        return None
    word = m.group(1)
    low = word.lower()
    if low in STOPWORDS or low in _NOT_NAMES or (common(low) and not known(low)):
        return None
    return None if words.mentions(word) else word


_COMPARED = re.compile(
    r"\b(?:(?:more|less|fewer|greater|bigger|larger|smaller|higher|lower|longer|shorter)\s+than|"
    r"over|under|above|below|beyond|exceed(?:s|ed|ing)?|at\s+(?:least|most))\s+$",
    re.IGNORECASE,
)


def absent_names(
    question: str,
    words: ArticleWords,
    most: int = 3,
    opening: Callable[[str], bool] | None = None,
) -> list[str]:
    """The capitalized words of ``question`` (names) that the texts of ``words`` never
    mention, in question order, at most ``most`` of them. Words that start a sentence,
    titles ("Mr"), words about the article itself, words describing the kind of answer
    ("which South Caucasus country") and acronyms of up to three letters are not read as
    names; nor is anything in a question typed all in capitals or in title case. Numbers
    the texts never write come first ("75th", "1998"): asked of, they are as unknown. A
    first word that ``opening`` accepts (a country: "Turkey position on it?") is a name
    all the same.

    >>> absent_names("Did Mr Lee visit Paris?", ArticleWords.of(["Lee lives in Lyon."]))
    ['Paris']
    """
    if question.isupper():
        return []
    described = [
        m.span(1)
        for m in _WH_PHRASE.finditer(question)
        # ("which South Caucasus country has", not "what Lucy Tran herself has said":
        # names only, the words are the subject, asked in the order of a reported question)
        if any(w.islower() and not w.endswith(("self", "selves")) for w in m.group(1).split())
    ]
    found = []
    for m in _CAPITALIZED.finditer(question):
        before = question[: m.start()].rstrip(" \t\n\"'“‘([")
        if (not before or before[-1] in _SENTENCE_END) and not (opening and opening(m.group(0))):
            continue
        if any(a <= m.start() < b for a, b in described):
            continue  # "which South Caucasus country": what the answer is, not a subject
        after = re.match(r"\s+([A-Z][\w'’-]+)", question[m.end() :])
        if m.group(0).lower() in _RANKS and after and words.mentions(after.group(1)):
            continue  # "Colonel Lind" of Lind: a rank to check, not someone unknown
        found.append(re.sub(r"['’]s?$", "", m.group(0)))
    # A number the article never writes: "Is this NATO's 75th summit?", "In 1998, ...?"
    numbers = [
        m.group(0)
        for m in _NUMBER.finditer(question)
        if _number(m.group(0)) not in words.numbers
        # ("Is that more than 25?": a measure to compare the article's with, not a claim)
        and not _COMPARED.search(question[: m.start()])
    ]
    if _ABOUT_ME.search(question):
        numbers = []  # "I am 20, does that matter?": the reader's own, not asked of
    if any(len(w) > 1 and w.lower() in STOPWORDS for w in found):
        return numbers[:most]  # "What Did The Minister Say": capitals say nothing about names
    # "did he see president aliyev?": typed in lower case, a word right after a bare
    # title is a name all the same
    # (only in a question typed all in lower case: "president outside of Egypt" is not)
    for m in _TITLED_LOWER.finditer("" if question != question.lower() else question):
        name = re.sub(r"['’]s?$", "", m.group(2))
        if name not in STOPWORDS and not words.mentions(name):
            found.append(name.capitalize())
    out = list(dict.fromkeys(numbers))[:most]
    for name in found:
        if name.lower() in _NOT_NAMES:
            continue
        if name.isupper() and len(name) <= 3:
            continue
        parts = [p for p in re.split(r"[-'’]", name) if len(p) > 1]
        if name not in out and any(not words.mentions(p) for p in parts):
            out.append(name)
            if len(out) >= most:
                break  # enough to say so; a long list of capitals costs no more
    return out[:most]
