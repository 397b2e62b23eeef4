"""Abbreviations a reader types ("JFC", "the PfP program", "the US asst sec", "the Russian
MFA"), written out as the article writes them, so that they are searched, scored and
checked as its words and not refused as names it never mentions.

Three kinds, each only where the article settles it:

- initials of a run of capitalized words the article writes ("JFC" of "Joint Forces
  Command", "PfP" of "Partnership for Peace"), where one run alone has them;
- a country or place typed as two capitals ("AZ" of "Azerbaijan"): the one name of the
  article that begins with the first letter and holds the second;
- the clipped words and initials of general English ("dept", "govt", "cmte", "MFA", "DC"),
  written out only where the article uses the word they stand for (or, for the few of
  world knowledge, always: "DC" is Washington whatever the article says).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

# A run of capitalized words, with the small words names hold ("Partnership for Peace").
# (on one line: a headline runs into no sentence)
_RUN = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+(?:(?:of|for|and|the|on|de)[ \t]+)*[A-Z][\w'’-]*)+")
# Typed as an abbreviation: two to five letters, two or more of them capitals ("JFC", "PfP",
# "AZ"), maybe with a possessive ("AZ's").
_TYPED = re.compile(r"(?<![\w'’.-])([A-Z][A-Za-z]{1,4})(?=(?:['’]s)?(?![\w-]))")
# Clipped words of general English, maybe with a full stop.
_CLIPPED = {
    "dept": "department",
    "depts": "departments",
    "asst": "assistant",
    "sec": "secretary",
    "secy": "secretary",
    "cmte": "committee",
    "cttee": "committee",
    "govt": "government",
    "gov't": "government",
    "intl": "international",
    "natl": "national",
    "org": "organization",
    "orgs": "organizations",
    "mil": "military",
    "admin": "administration",
    "dir": "director",
    "dep": "deputy",
    "pres": "president",
    "amb": "ambassador",
    "info": "information",
    "hq": "headquarters",
    "rep": "representative",
    "reps": "representatives",
    "spox": "spokesperson",
}
# ...of which these also read otherwise ("30 sec", "the amb", "mil" a thousand): written
# out only where the article uses the word they stand for
_AMBIGUOUS = frozenset("sec mil dir dep pres amb info rep reps".split())
_CLIPPED_TYPED = re.compile(
    rf"(?<![\w'’-])({'|'.join(sorted(map(re.escape, _CLIPPED), key=len, reverse=True))})\.?"
    r"(?![\w'’-])",
    re.IGNORECASE,
)
# "What does JFC stand for?", "is PfP short for something?"
STANDS_FOR = re.compile(
    r"\bstands?\s+for\b|\bshort\s+for\b|\bfull\s+(?:form|version)\b|\bacronym\b|"
    r"\babbreviat\w*|\bspelled\s+out\b|\bspell\s+(?:it|that|this)\s+out\b",
    re.IGNORECASE,
)
# Initials known the world over, kept as typed: "UK" is no "Ukraine", "MP" a title.
_KEEP = frozenset(
    "UK UN EU US USA UAE UNSC IMF WHO WTO OSCE CIS GCC AU ICC ICJ NGO CEO TV PR AI GDP MP MEP "
    "OK".split()
)
# Initials of general English, as the article may write each (its own wording first).
_KNOWN = {
    "mfa": ("Ministry of Foreign Affairs", "Foreign Ministry"),
    "mod": ("Ministry of Defence", "Ministry of Defense", "Defence Ministry", "Defense Ministry"),
    "fm": ("foreign minister", "Foreign Minister"),
    "pm": ("prime minister", "Prime Minister"),
    "dc": ("Washington",),
}


@dataclass(frozen=True)
class Abbreviations:
    """What a reader's abbreviations stand for in one article.

    >>> abbr = Abbreviations.of(["Fiks, of NATO Brunssum Joint Forces Command, met Lind."])
    >>> abbr.spelled_out("Which JFC is he from?")
    'Which Joint Forces Command is he from?'
    """

    initials: dict[str, str] = field(default_factory=dict)  # "jfc" -> "Joint Forces Command"
    names: frozenset[str] = frozenset()  # words capitalized within a sentence
    words: frozenset[str] = frozenset()  # every word, in lower case
    text: str = ""  # the article, in lower case (for the words of a phrase in a row)

    @classmethod
    def of(cls, texts: Iterable[str]) -> Abbreviations:
        texts = list(texts)
        found: dict[str, set[str]] = {}
        for t in texts:
            for m in _RUN.finditer(t):
                for run in _sub_runs(m.group(0).split()):
                    # both ways of reading initials: "PfP" and "PP" of "Partnership for Peace"
                    for key in {
                        "".join(w[0] for w in run),
                        "".join(w[0] for w in run if w[0].isupper()),
                    }:
                        if len(key) > 1:
                            found.setdefault(key.lower(), set()).add(" ".join(run))
        written = {w.lower() for t in texts for w in re.findall(r"\w+", t)}
        initials = {
            k: runs.pop() for k, runs in found.items() if len(runs) == 1 and k not in written
        }
        # (names within a sentence: "Glucocorticoids" opening one is no name for "GI")
        names = frozenset(re.findall(r"(?<=[a-z,;] )[A-Z][a-z][\w-]+", " ".join(texts)))
        return cls(initials, names, frozenset(written), " ".join(texts).lower())

    def spelled_out(self, question: str) -> str:
        """``question`` with each abbreviation the article settles written out; asked
        what one stands for ("JFC - what does that stand for?"), what that is."""
        written: list[str] = []

        def typed(m: re.Match[str]) -> str:
            out = self._typed(m)
            if out != m.group(1):
                written.append(out)
            return out

        spelled = _TYPED.sub(typed, question)
        if len(written) == 1 and STANDS_FOR.search(question):
            return f"What is the {written[0]}?"
        return _CLIPPED_TYPED.sub(self._clipped, spelled)

    def _typed(self, m: re.Match[str]) -> str:
        typed = m.group(1)
        key = typed.lower()
        if (
            sum(c.isupper() for c in typed) < 2
            or typed.upper() in _KEEP
            or re.fullmatch(r"[IVXLC]+", typed)  # "Part II"
            or key in self.words
        ):
            return typed  # a word ("Who") or one the article writes ("NATO", "US")
        ways = _KNOWN.get(key, ())
        # ("DC" is Washington where the article names it, whatever else has those initials)
        known = next((w for w in ways if w.lower() in self.text), None)
        if known or key in self.initials:
            return known or self.initials[key]
        if ways:
            return ways[0]
        if len(typed) == 2:
            # "AZ": the one name beginning with "A" that holds a "z" ("Azerbaijan", of which
            # "Azerbaijani" is a form)
            near = sorted(
                {n for n in self.names if n[0] == typed[0] and typed[1].lower() in n[1:].lower()},
                key=len,
            )
            if near and all(n.startswith(near[0]) for n in near):
                return near[0]
        return typed

    def _clipped(self, m: re.Match[str]) -> str:
        typed = m.group(1).lower()
        word = _CLIPPED[typed]
        if re.search(r"\b(?:a|one|\d+)\s+$", m.string[: m.start()], re.IGNORECASE):
            return m.group(0)  # "forget it for a sec", "30 sec": a measure, not a word cut
        if typed in _AMBIGUOUS and not re.search(rf"\b{word[:-1]}", self.text):
            return m.group(0)  # the article has no such word: "sec" may be a second
        return word.capitalize() if m.group(1)[0].isupper() else word


def _sub_runs(words: list[str]) -> Iterable[list[str]]:
    """Each stretch of ``words`` of two or more that begins and ends with a capital."""
    for i, first in enumerate(words):
        if not first[0].isupper():
            continue
        for j in range(i + 1, len(words)):
            if words[j][0].isupper():
                yield [re.sub(r"['’]s$", "", w) for w in words[i : j + 1]]
