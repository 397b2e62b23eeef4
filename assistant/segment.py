"""Sentence segmentation with exact character offsets, for any language-agnostic prose.

Lines are hard boundaries (headings, list items and paragraphs each stand alone);
inside a line, a sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quotes
or brackets) followed by space and a capital, digit, quote or bracket -- unless the word
before it is a known abbreviation or a single initial.
"""

from __future__ import annotations

import re

# Generic English abbreviations after which a period rarely ends a sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sr jr st mt ft gen col lt sgt capt cmdr adm gov sen rep pres rev hon
    messrs mmes no nos vol vols fig figs approx dept est inc ltd co corp jan feb mar apr
    jun jul aug sep sept oct nov dec e.g i.e vs etc al cf ca u.s u.k u.n a.m p.m""".split()
)
_CANDIDATE = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[\w(])", re.UNICODE)
_LINE = re.compile(r"[^\n]+")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` offsets of the sentences of ``text``, whitespace trimmed.

    >>> t = "Dr. Smith came. He left!"
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['Dr. Smith came.', 'He left!']
    """
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        start = line.start()
        for m in _CANDIDATE.finditer(text, line.start(), line.end()):
            if _is_abbreviation(text, start, m.start()) or not _next_starts_sentence(
                text, m.end(), line.end()
            ):
                continue
            _add(spans, text, start, m.end())
            start = m.end()
        _add(spans, text, start, line.end())
    return spans


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


def _is_abbreviation(text: str, sent_start: int, dot: int) -> bool:
    if text[dot] != ".":
        return False
    j = dot
    while j > sent_start and not text[j - 1].isspace() and text[j - 1] not in "(\"'“‘":
        j -= 1
    word = text[j:dot]
    if not word:
        return False
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True  # an initial, as in "J. Smith"
    return word.lower().rstrip(".") in _ABBREVIATIONS


def _next_starts_sentence(text: str, pos: int, line_end: int) -> bool:
    i = pos
    while i < line_end and (text[i].isspace() or text[i] in "\"'“‘«([)"):
        i += 1
    if i >= line_end:
        return True
    ch = text[i]
    # Lowercase after a period is usually an abbreviation or a decimal-like token.
    return not ch.islower()
