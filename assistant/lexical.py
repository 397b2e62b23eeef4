"""Lexical search: Okapi BM25 over chunks, with plain-JSON state.

Small on purpose (its one dependency is the pure-Python Snowball stemmer): the same
tokenizer and statistics also score single sentences for the answer composer, so the two
can never disagree.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import snowballstemmer

_TOKEN = re.compile(r"\w+", re.UNICODE)
# A word written with a capital: a name, or a sentence's first word.
CAPITALIZED = re.compile(r"\b[A-Z][\w’-]*")
# "he", "his", "her": a person the question leans on
SUBJECT_PRONOUN = re.compile(r"\b(?:he|she|him|his|her)\b", re.IGNORECASE)
# A word for someone's view of a matter: "Russia's line on this", "their stance"
STANCE = r"(?:line|stance|position|view|take)"
# A person in everyday words: "the NATO *guy* Fiks", "the agency *woman* Holt"
EVERYDAY_PERSON = r"(?:guy|man|woman|fellow|chap|bloke|lady|gentleman|dude)"
# A word at a question's end that only says how it is meant ("his job *exactly*?")
HOW_ASKED = r"(?:exactly|again|precisely|then)"
_SNOWBALL = snowballstemmer.stemmer("english")

# Function words carry no evidence; generic English list, nothing article-specific.
STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for
    from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just me more most my myself no nor not now of off on once only or
    other our ours ourselves out over own same she should so some such than that the their
    theirs them themselves then there these they this those through to too under until up
    very was we were what when where which while who whom why will with would you your
    yours yourself yourselves tell say said says also much many would could shall may might
    must""".split()
)


def tokenize(text: str) -> list[str]:
    """Lowercased, stemmed word tokens with stopwords removed."""
    out = []
    for tok in _TOKEN.findall(text.lower()):
        if tok in STOPWORDS or (len(tok) == 1 and not tok.isdigit()):
            continue
        out.append(stem(tok))
    return out


# Past forms no suffix rule reaches ("met" and "meet" should meet), and the verbs news
# uses for speaking to someone ("Smith told Reuters" answers "Who did Smith speak to?").
# General English, nothing from any one article. (BASE_OF: each past form's base.)
BASE_OF = {
    past: base
    for base, forms in {
        "meet": "met",
        "hold": "held",
        "win": "won",
        "take": "took taken",
        "give": "gave given",
        "make": "made",
        "begin": "began begun",
        "find": "found",
        "leave": "left",
        "see": "saw seen",
        "go": "went gone",
        "come": "came",
        "bring": "brought",
        "buy": "bought",
        "sell": "sold",
        "pay": "paid",
        "lead": "led",
        "fall": "fell fallen",
        "rise": "risen",
        "grow": "grew grown",
        "know": "knew known",
        "think": "thought",
        "write": "wrote written",
        "run": "ran",
        "choose": "chose chosen",
        "build": "built",
        "send": "sent",
        "spend": "spent",
        "lose": "lost",
        "keep": "kept",
        "feel": "felt",
        "hear": "heard",
        "break": "broke broken",
        "draw": "drew drawn",
        "drive": "drove driven",
        "fly": "flew flown",
        "strike": "struck",
        "become": "became",
        "fight": "fought",
        "teach": "taught",
        "catch": "caught",
        "seek": "sought",
        "mean": "meant",
        "stand": "stood",
        "understand": "understood",
        "get": "got gotten",
        "eat": "ate eaten",
        "forget": "forgot forgotten",
        "hide": "hid hidden",
        "ride": "rode ridden",
        "sing": "sang sung",
        "swim": "swam swum",
        "throw": "threw thrown",
        "wear": "wore worn",
        "shake": "shook shaken",
        "steal": "stole stolen",
        "freeze": "froze frozen",
        "bear": "bore born borne",
        "sink": "sank sunk",
        "shoot": "shot",
        "sit": "sat",
        "stick": "stuck",
        "swear": "swore sworn",
        "withdraw": "withdrew withdrawn",
        "undertake": "undertook undertaken",
        "overcome": "overcame",
        "oversee": "oversaw overseen",
    }.items()
    for past in forms.split()
}
_IRREGULAR = {
    **dict.fromkeys(
        (
            *("spoke", "spoken", "talk", "talked", "talking", "talks", "told"),
            *("comment", "comments", "commented", "commenting"),  # "gave his comments to"
        ),
        "speak",
    ),
    **BASE_OF,
}
# Words that say something was done: "went", "told"; with any "-ed" word, how a story
# says that something happened rather than that it is coming.
PAST_FORMS = frozenset({*BASE_OF, "spoke", "spoken", "told"})
# British spellings as American ones ("neighbours" as "neighbors"): readers type either,
# whichever the article uses. General English, a closed list where a suffix rule would
# reach other words ("hour", "four"; "timbre").
_OUR = re.compile(
    r"^(neighb|col|fav|hon|lab|behavi|harb|hum|rum|flav|arm|endeav|vap|vig|rig|val|sav|"
    r"savi|splend|od|tum|clam|cand|parl|ard|ferv|succ|demean)our"
)
_RE = r"(cent|met|theat|lit|fib|spect|lust|somb|meag|calib|sab)"  # centre, kilometre
_LOGUE = r"^(dia|cata|ana|mono|epi|pro)"
_BRITISH = [
    (_OUR, r"\1or"),
    (re.compile(rf"{_RE}re(s?)$"), r"\1er\2"),
    (re.compile(r"^(def|off|lic|pret)ence"), r"\1ense"),
    (re.compile(r"^programme"), "program"),
    (re.compile(rf"{_LOGUE}logue(s?)$"), r"\1log\2"),
    (re.compile(r"^judgement"), "judgment"),
    (re.compile(r"^ageing$"), "aging"),
]
# "organise", "analysed": -ise and -yse as -ize and -yze, except in words only ever
# written with an s ("promise", "exercise", "surprise").
_ISE = re.compile(r"^(\w{4,})([iy])s(e|es|ed|ing|ation|ations)$")
_ONLY_ISE = frozenset(
    "advert appr chast compr comprom desp disgu enterpr exerc expert franch improv merchand "
    "otherw parad prec conc prem prom superv surm surpr telev treat".split()
)


@lru_cache(maxsize=8192)  # (asked of every word of every question)
def american(tok: str) -> str:
    """The American spelling of a lowercase British one; other words as they are.

    >>> american("neighbours"), american("organised"), american("promise")
    ('neighbors', 'organized', 'promise')
    """
    for british, us in _BRITISH:
        tok = british.sub(us, tok)
    m = _ISE.match(tok)
    if m and m.group(1) not in _ONLY_ISE:
        tok = f"{m.group(1)}{m.group(2)}z{m.group(3)}"
    return tok


_OR = re.compile(_OUR.pattern.replace("our", "or(?!ou)"))
_AMERICAN = [
    (_OR, r"\1our"),
    (re.compile(rf"{_RE}er(s?)$"), r"\1re\2"),
    (re.compile(r"^(def|off|lic|pret)ense"), r"\1ence"),
    (re.compile(r"^program(s?)$"), r"programme\1"),
    (re.compile(rf"{_LOGUE}log(s?)$"), r"\1logue\2"),
    (re.compile(r"^(\w{4,})([iy])z(e|es|ed|ing|ation|ations)$"), r"\1\2s\3"),
]


@lru_cache(maxsize=8192)  # (asked of every word of every question)
def british(tok: str) -> str:
    """The British spelling of a lowercase American one, where it differs by rule."""
    for us, uk in _AMERICAN:
        tok = us.sub(uk, tok)
    return tok


def respelled(text: str, vocabulary: Container[str]) -> str:
    """``text`` with each word the article spells the other way (British or American,
    by the stems in ``vocabulary``) spelled as the article does: "neighbours" finds
    "neighbors", "center" finds "centre".

    >>> respelled("Its neighbours?", {"neighbor"}), respelled("The center?", {"centr"})
    ('Its neighbors?', 'The centre?')
    """

    def us(m: re.Match[str]) -> str:
        word = m.group(0)
        low = word.lower()
        if stem(low) in vocabulary:
            return word
        alt = next((a for a in (american(low), british(low)) if a != low), low)
        if alt == low or stem(alt) not in vocabulary:
            return word
        return alt.upper() if word.isupper() else alt.capitalize() if word[0].isupper() else alt

    return _LETTERS.sub(us, text)


_LETTERS = re.compile(r"[A-Za-z]+")
# Reporting verbs news uses for one another ("Valiyev underscored ..." answers "What did he
# stress?"), and its formal word for a plain one ("attempting to" for "trying to"). General
# English; a question's word is swapped for the article's only when the article never uses
# the question's.
_SAME_VERB = (
    ("stress", "emphasize", "underscore", "underline", "highlight"),
    ("warn", "caution"),
    ("argue", "contend", "maintain"),
    ("attempt", "try"),
)


def as_the_article_writes(text: str, vocabulary: Container[str]) -> str:
    """``text`` with its spelling and its reporting verbs as the article (the stems in
    ``vocabulary``) writes them: ``respelled``, then ``reworded``; and "everyone will be
    watching" as "all eyes will be on" where it writes of eyes."""
    text = reworded(respelled(text, vocabulary), vocabulary)
    if stem("eyes") in vocabulary:
        # "Which city will everyone be watching?" of "all eyes will be on Baku"
        text = _ALL_WATCHING.sub(lambda m: f"all eyes {m.group(1) or ''}on", text)
    return text


_ALL_WATCHING = re.compile(
    r"\b(?:everyone|everybody|the\s+world)\s+((?:be|is|are|was|were)\s+)?(?:watching|looking\s+at|"
    r"focused\s+on|focusing\s+on)\b",
    re.IGNORECASE,
)


def reworded(text: str, vocabulary: Container[str]) -> str:
    """``text`` with each reporting verb the article never uses (by the stems in
    ``vocabulary``) swapped for one of the same sense that it does. When it uses several,
    and ``vocabulary`` is a ``BM25.postings`` map, the one written in a passage with most
    of the question's other words ("stress when he met the officer": "underscored" in
    "During this meeting, Valiyev underscored ...", not "emphasizing" elsewhere).

    >>> reworded("What did he stress?", {"underscor"})
    'What did he underscore?'
    """
    near: dict[str, Any] = {}

    def fit(word: str) -> tuple[int, int]:
        if not near:  # only for a question that needs it: a set per question word
            near.update(_passages_by_term(text, vocabulary))
        passages = [i for i, _ in near.get(stem(word), ())]
        shared = [sum(i in ps for ps in near["*"]) for i in passages]
        # the passage sharing most, then (a tie) the verb most often beside those words
        return max(shared, default=0), sum(shared)

    def same(m: re.Match[str]) -> str:
        word = m.group(0)
        asked = stem(american(word.lower()))
        if asked in vocabulary:
            return word
        for group, stems in zip(_SAME_VERB, _SAME_VERB_STEMS, strict=True):
            if asked in stems:
                used = [w for w in group if stem(w) in vocabulary]
                if not used:
                    return word
                return _as_inflected(max(used, key=fit) if len(used) > 1 else used[0], word, group)
        return word

    return _LETTERS.sub(same, text)


def _as_inflected(base: str, like: str, group: tuple[str, ...]) -> str:
    """``base`` ("caution", "underscore") with the ending ``like`` ("warning", "stressed")
    puts on its own word of ``group``: "cautioning", "underscored"; so "Who is warning
    that ...?" stays a question about someone warning."""
    lower = american(like.lower())
    own = next((g for g in group if lower.startswith(g.rstrip("e"))), None)
    if own is None or lower == own:
        return base
    ending = lower[len(own.rstrip("e")) :]
    if ending in ("ing", "ed"):
        return base.rstrip("e") + ending
    if ending in ("es", "s"):
        return base + ("es" if base.endswith(("s", "sh", "ch", "x", "z")) else "s")
    return base


def _passages_by_term(text: str, vocabulary: Container[str]) -> dict[str, Any]:
    """The postings of the reporting verbs (by stem), and under "*" the passage ids of
    each other word of ``text``: empty unless ``vocabulary`` is a postings map."""
    if not isinstance(vocabulary, dict):
        return {"*": []}
    verbs = frozenset().union(*_SAME_VERB_STEMS)
    out: dict[str, Any] = {v: vocabulary[v] for v in verbs if v in vocabulary}
    out["*"] = [
        {i for i, _ in vocabulary[t]} for t in set(tokenize(text)) - verbs if t in vocabulary
    ]
    return out


ANALYZER = "snowball-english-2"  # recorded with the BM25 state: a change rebuilds it


@lru_cache(maxsize=1 << 17)
def stem(tok: str) -> str:
    """The Snowball (Porter 2) English stem of a lowercase word, after folding irregular
    verb forms: "invited" and "invitation" meet, and so do "met" and "meet".

    >>> stem("invitation") == stem("invited"), stem("met") == stem("meeting")
    (True, True)
    """
    return _SNOWBALL.stemWord(_IRREGULAR.get(tok, tok))


# The groups of reporting verbs as stems, for ``reworded``.
_SAME_VERB_STEMS = tuple(frozenset(stem(w) for w in group) for group in _SAME_VERB)


@dataclass
class BM25:
    """Okapi BM25 over a fixed list of texts.

    >>> bm = BM25.build(["the cat sat", "a dog barked"])
    >>> bm.search("dog", k=1)[0][0]
    1
    """

    k1: float = 1.2
    b: float = 0.75
    n_docs: int = 0
    avgdl: float = 0.0
    doc_len: list[int] = field(default_factory=list)
    postings: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    analyzer: str = ANALYZER  # the tokenizer the postings were built with

    @classmethod
    def build(cls, texts: Iterable[str], *, k1: float = 1.2, b: float = 0.75) -> BM25:
        bm = cls(k1=k1, b=b)
        for i, text in enumerate(texts):
            toks = tokenize(text)
            bm.doc_len.append(len(toks))
            for term, tf in Counter(toks).items():
                bm.postings.setdefault(term, []).append((i, tf))
        bm.n_docs = len(bm.doc_len)
        bm.avgdl = (sum(bm.doc_len) / bm.n_docs) if bm.n_docs else 0.0
        return bm

    def idf(self, term: str) -> float:
        df = len(self.postings.get(term, ()))
        return math.log(1.0 + (self.n_docs - df + 0.5) / (df + 0.5))

    def search(self, query: str, k: int = 10) -> list[tuple[int, float]]:
        """``(doc_index, score)`` of the best ``k`` texts, best first."""
        scores: dict[int, float] = {}
        avgdl = self.avgdl or 1.0
        for term in set(tokenize(query)):
            idf = self.idf(term)
            for i, tf in self.postings.get(term, ()):
                norm = tf + self.k1 * (1 - self.b + self.b * self.doc_len[i] / avgdl)
                scores[i] = scores.get(i, 0.0) + idf * tf * (self.k1 + 1) / norm
        best = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
        return best[:k]

    def score_texts(self, query: str, texts: Sequence[str], avg_len: float) -> list[float]:
        """BM25 of ``query`` against arbitrary texts, using this index's IDF."""
        q = set(tokenize(query))
        avg_len = avg_len or 1.0
        out = []
        for text in texts:
            toks = tokenize(text)
            tf = Counter(toks)
            s = 0.0
            for term in q:
                f = tf.get(term, 0)
                if f:
                    norm = f + self.k1 * (1 - self.b + self.b * len(toks) / avg_len)
                    s += self.idf(term) * f * (self.k1 + 1) / norm
            out.append(s)
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "analyzer": self.analyzer,
            "k1": self.k1,
            "b": self.b,
            "doc_len": self.doc_len,
            "postings": {t: [list(p) for p in ps] for t, ps in self.postings.items()},
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> BM25:
        # States written before the field existed used the light suffix folder.
        bm = cls(k1=float(data["k1"]), b=float(data["b"]), analyzer=data.get("analyzer", "light"))
        bm.doc_len = [int(x) for x in data["doc_len"]]
        bm.postings = {t: [(int(i), int(f)) for i, f in ps] for t, ps in data["postings"].items()}
        bm.n_docs = len(bm.doc_len)
        bm.avgdl = (sum(bm.doc_len) / bm.n_docs) if bm.n_docs else 0.0
        return bm
