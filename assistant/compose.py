"""Composition: pick the sentences that answer, quote them verbatim, or abstain.

A small network (weights in ``data/scorer.json``, trained by ``scripts/train_scorer.py``)
scores every sentence of the retrieved passages; boosted trees over question-level
evidence (how sure the ranking is, and traces of a one-word edit between the question
and its best sentence) judge whether the article answers at all. Below the calibrated
threshold the assistant says the article does not say. Every citation is a slice of the document
text and is checked against it before the answer is returned.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import re
from collections.abc import Container, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from .capitals import is_place
from .edits import EDIT_FEATURE_NAMES, edit_features
from .errors import ConfigError
from .features import (
    FEATURE_NAMES,
    QTYPES,
    QuestionInfo,
    SentenceInfo,
    sentence_features,
    type_match,
)
from .forms import (
    VIEW_ASKED,
    age_given,
    asks_which_official,
    choice_given,
    consequences_given,
    count_given,
    date_given,
    day_told,
    doer_given,
    duration_given,
    echoed_given,
    group_given,
    host_given,
    kind_given,
    meeting_place_given,
    mention_given,
    met_by,
    name_given,
    names_person,
    outlet_told,
    place_told,
    reaction_given,
    role_held,
    role_holder,
    said_by,
    side_heard_given,
    side_speaks,
    span_given,
    spokesperson_given,
    told_to,
    unknown_attribute,
    view_given,
    view_holder,
)
from .lexical import HOW_ASKED, STOPWORDS, stem, tokenize
from .names import TITLES, absent_names
from .readings import (
    agreement_given,
    importance_given,
    reading_given,
    standing_given,
    untold_action,
    untold_body,
    untold_comparison,
    untold_office,
    untold_refusal,
    untold_reply,
    untold_view,
)
from .retrieve import Retrieval
from .rewrite import named_for_pronoun
from .rules import (
    QUOTED,
    REFUSAL,
    THE_ARTICLE,
    as_asked,
    asks_when,
    attributed,
    deed_untold,
    lacks_what_is_asked,
    never_mentions,
    quote_context,
    reports_speech,
    source_named,
    spoken_through,
    story_place,
    undated_before,
    undated_event,
)
from .schema import Answer, Citation
from .spans import (
    IN_OWN_WORDS,
    MAX_ANSWER_WORDS,
    STATED,
    TYPED,
    Candidate,
    adds_question_words,
    answer_spans,
    going_on,
    marked,
    name_recalled,
    only_quotes,
    places_counted,
    places_recalled,
    quoted_span,
    recalled_event,
    same_paragraph,
    sentence_info,
    speaker_recalled,
    terms_of,
    text_of,
    words_in,
)
from .store import IndexData
from .structure import end_asked, paragraph_asked, paragraph_sentences, whole_asked

log = logging.getLogger(__name__)

ABSTAIN_TEXT = f"{REFUSAL}: nothing in it answers this question."
# A second sentence is quoted when the scorer rates it at least this share of the best
# one's probability, and the two together stay within the word budget: when the scorer
# cannot tell which of two sentences holds the answer, quoting both is more useful than
# guessing (SQuAD held-out: the answer is in the citations 4 points more often).
SECOND_RATIO = 0.3
# How near the threshold a question must score for a form that reads a count to answer it.
NEAR = 0.75


@dataclass(frozen=True)
class Trees:
    """Boosted regression trees, padded to one shape so that all are walked at once."""

    feature: np.ndarray  # (trees, nodes) int: the feature a node splits on
    threshold: np.ndarray  # (trees, nodes): go left when the feature is <= this
    left: np.ndarray  # (trees, nodes) int
    right: np.ndarray  # (trees, nodes) int
    leaf: np.ndarray  # (trees, nodes) bool
    value: np.ndarray  # (trees, nodes): a leaf's contribution to the log-odds
    baseline: float
    depth: int

    @classmethod
    def from_json(
        cls, trees: list[dict[str, list[float]]], baseline: float, n_features: int
    ) -> Trees:
        if not trees:
            raise ValueError("no trees")
        width = max(len(t["value"]) for t in trees)

        def pad(key: str, fill: float, dtype: Any) -> np.ndarray:
            out = np.full((len(trees), width), fill, dtype=dtype)
            for i, t in enumerate(trees):
                out[i, : len(t[key])] = t[key]
            return out

        left, right = pad("left", 0, np.int64), pad("right", 0, np.int64)
        leaf = pad("leaf", True, bool)
        if (left < 0).any() or (left >= width).any() or (right < 0).any() or (right >= width).any():
            raise ValueError("a child index points outside its tree")
        feature = pad("feature", 0, np.int64)
        if (feature < 0).any() or (feature >= n_features).any():
            raise ValueError("a split on a feature the scorer does not have")
        return cls(
            feature=feature,
            threshold=pad("threshold", 0.0, np.float64),
            left=left,
            right=right,
            leaf=leaf,
            value=pad("value", 0.0, np.float64),
            baseline=float(baseline),
            depth=width,  # a path never visits more nodes than its tree has
        )

    def log_odds(self, q: np.ndarray) -> float:
        rows = np.arange(len(self.feature))
        node = np.zeros(len(rows), dtype=np.int64)
        for _ in range(self.depth):
            at_leaf = self.leaf[rows, node]
            if at_leaf.all():
                break
            go_left = q[self.feature[rows, node]] <= self.threshold[rows, node]
            child = np.where(go_left, self.left[rows, node], self.right[rows, node])
            node = np.where(at_leaf, node, child)
        return self.baseline + float(self.value[rows, node].sum())


@dataclass(frozen=True)
class Scorer:
    """The sentence ranker (a one-hidden-layer network over standardized features) and
    the abstainer (boosted trees over question-level evidence), with its threshold.

    Small enough to ship as JSON and to run in NumPy in well under a millisecond.
    """

    mean: np.ndarray
    scale: np.ndarray
    hidden_weights: np.ndarray
    hidden_bias: np.ndarray
    output_weights: np.ndarray
    output_bias: float
    abstainer: Trees
    threshold: float
    meta: dict[str, Any]

    @classmethod
    def load(cls, path: str | Path | None = None) -> Scorer:
        """The shipped scorer, or one saved by the training script at ``path``."""
        try:
            if path is None:
                raw = resources.files("assistant").joinpath("data/scorer.json").read_text("utf-8")
            else:
                raw = Path(path).read_text("utf-8")
            data = json.loads(raw)
        except (OSError, ValueError) as e:
            raise ConfigError(
                f"Cannot read the answer scorer ({e}); reinstall the package."
            ) from None
        if list(data.get("features", [])) != list(FEATURE_NAMES) or list(
            data.get("abstain", {}).get("features", [])
        ) != list(QUESTION_FEATURES):
            raise ConfigError(
                "The answer scorer was trained on other features; retrain it with "
                "`python scripts/train_scorer.py`."
            )
        try:
            return cls(
                mean=np.asarray(data["mean"], dtype=np.float64),
                scale=np.asarray(data["scale"], dtype=np.float64),
                hidden_weights=np.asarray(data["hidden_weights"], dtype=np.float64),
                hidden_bias=np.asarray(data["hidden_bias"], dtype=np.float64),
                output_weights=np.asarray(data["output_weights"], dtype=np.float64),
                output_bias=float(data["output_bias"]),
                abstainer=Trees.from_json(
                    data["abstain"]["trees"], data["abstain"]["baseline"], len(QUESTION_FEATURES)
                ),
                threshold=float(data["abstain"]["threshold"]),
                meta=dict(data.get("meta", {})),
            )
        except (KeyError, TypeError, ValueError, IndexError) as e:
            raise ConfigError(
                f"The answer scorer file is incomplete ({e}); reinstall the package."
            ) from None

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        """Per candidate sentence: the probability that it holds the answer."""
        h = np.maximum(((x - self.mean) / self.scale) @ self.hidden_weights + self.hidden_bias, 0.0)
        return _sigmoid(h @ self.output_weights + self.output_bias)

    def answerable(self, q: np.ndarray) -> float:
        """Per question (``question_features``): the probability that the article answers it."""
        return float(_sigmoid(self.abstainer.log_odds(np.nan_to_num(q))))


def _sigmoid(z: Any) -> Any:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


_F = {name: i for i, name in enumerate(FEATURE_NAMES)}

QUESTION_FEATURES: tuple[str, ...] = (
    "bias",
    "p1",
    "p2",
    "p_gap",
    "p1_logit",
    "best_dense",
    "max_dense",
    "max_idf_overlap",
    "max_bigram_overlap",
    "max_name_cover",
    "best_missing_idf",
    "best_type_match",
    "q_oov",
    "q_name_oov",
    "focus_oov",
    "q_len_log",
    "n_candidates_log",
    "best_name_cover",
    "best_number_missing",
    "best_negation_mismatch",
    "best_idf_overlap",
    "best_bigram_overlap",
    "best_bm25_rel",
    "best_context_gain",
    "p1_type_match",
    "p1_name_missing",
    *tuple(f"qtype_{t}" for t in QTYPES),
    *EDIT_FEATURE_NAMES,
)


def question_features(probs: np.ndarray, x: np.ndarray, edit: Sequence[float]) -> np.ndarray:
    """Question-level evidence for abstention, from the scored candidates and the
    ``edit_features`` of the best one."""
    order = np.argsort(-probs, kind="stable")
    p1 = float(probs[order[0]])
    p2 = float(probs[order[1]]) if len(order) > 1 else 0.0
    best = x[order[0]]
    return np.asarray(
        [
            1.0,
            p1,
            p2,
            p1 - p2,
            float(np.log(p1 + 1e-6) - np.log(1 - p1 + 1e-6)),
            best[_F["dense"]],
            float(x[:, _F["dense"]].max()),
            float(x[:, _F["idf_overlap"]].max()),
            float(x[:, _F["bigram_overlap"]].max()),
            float(x[:, _F["name_cover"]].max()),
            best[_F["missing_idf"]],
            best[_F["type_match"]],
            best[_F["q_oov"]],
            best[_F["q_name_oov"]],
            best[_F["focus_oov"]],
            best[_F["q_len_log"]],
            float(np.log1p(len(x))),
            best[_F["name_cover"]],
            best[_F["number_missing"]],
            best[_F["negation_mismatch"]],
            best[_F["idf_overlap"]],
            best[_F["bigram_overlap"]],
            best[_F["bm25_rel"]],
            best[_F["context_gain"]],
            p1 * best[_F["type_match"]],
            p1 * best[_F["name_missing"]],
            *[best[_F[f"qtype_{t}"]] for t in QTYPES],
            *edit,
        ],
        dtype=np.float64,
    )


# Requests to drop the article or reveal instructions are not questions about it.
_INSTRUCTION = re.compile(
    r"\b(ignore|disregard|forget|override|bypass|never\s+mind)\b.{0,60}\b(instructions?|rules?|article|"
    r"story|text|document|page|piece|news|sources?|above|previous|prompt|context|"
    r"guidelines?|everything)\b|\bsystem prompt\b|"
    # "Ignoring the piece entirely: what is ...?" (not "Is Baku ignoring the article's ...")
    r"^\W*(ignoring|disregarding|forgetting)\s+(the|this|that)\s+(article|story|text|piece)\b|"
    # "forget nato for a second, who won the last election?": a question off the subject
    r"\b(forget|never\s+mind|leave)\s+(about\s+)?[\w'’ -]{1,30}?\s+(for\s+(a|one)\s+(second|sec|"
    r"moment|minute|bit)|aside)\b|\bchang(e|ing)\s+(of\s+|the\s+)?subject\b|"
    # "tell me from what you know": the assistant's knowledge, not the article's
    r"\bfrom\s+(what\s+you\s+know|your\s+(own\s+)?(knowledge|memory|training))\b|"
    # "Set the article aside and draft me a speech"
    r"\b(set|put|leave)\s+(the\s+|this\s+)?(article|story|text|piece)\s+aside\b|"
    r"\byou are now\b|\bpretend (to be|you)\b|\bjailbreak|\bdeveloper mode\b|"
    # "Tell me a joke about economists": something to make up, not to look up.
    r"\b(write|tell|compose|make up|give|sing)\s+(me\s+|us\s+)?(a|an|some|another)\s+"
    r"([\w-]+\s+){0,2}(jokes?|poems?|limericks?|haikus?|songs?|riddles?|raps?|sonnets?)\b|"
    # "Can you give me a recipe for plov?", asked as a request ("Why did he write an essay?"
    # is a question about the article).
    r"(^\W*|\b(can|could|would|will)\s+(you|u)\s+|\bplease\s+)(write|give|draft|compose|"
    r"make)\s+(me\s+|us\s+)?(a|an|some|another)\s+([\w-]+\s+){0,3}(recipes?|stor(y|ies)|"
    r"essays?|op-?eds?|speech(es)?|tweets?|itinerar(y|ies))\b|"
    # "Just give me your own opinion": the assistant's view, which the article cannot give.
    r"\b(your|ur|yr)\s+(own\s+|personal\s+|honest\s+)?(opinion|view|take|verdict|thoughts)\b|"
    r"\b(what|how)\s+do\s+(you|u)\s+(personally\s+)?(think|feel|believe)\b|"
    r"\bdo\s+(you|u)\s+(personally|yourself)\s+(think|feel|believe)\b",
    re.IGNORECASE | re.DOTALL,
)


# Words quoted, not a quoted name: four or more words between quotation marks.


_SUMMARY = re.compile(
    r"^\s*((in\s+a\s+nutshell|in\s+(one|a)\s+(line|sentence|word)|in\s+short|briefly|"
    r"tl;?\s*dr|so|ok(ay)?)\W+)*"
    r"(what('s|s| is| are)\s+(this|the)\s+(article|story|piece|text|page|document)\s+"
    r"(\w+ly\s+)?(about|on)|(summari[sz]e|sum up|give me (a|the) (summary|gist))\b|"
    # ("What is it about, in simple words?")
    r"what('s|s| is) (this|it) (all )?about([\s,]+(in\s+(simple|plain|a\s+few|few|short|easy)\s+"
    r"(words|terms|english)|simply|briefly|in\s+short|in\s+brief|in\s+a\s+nutshell))?\W*$|"
    r"what('s|s| is) the (gist|main point|summary|headline( point)?|(key )?takeaway)\b|"
    r"what('s|s| is) the (main )?point of (this|the) (article|story|piece|text|report)\b|"
    r"^\W*(tl;?\s*dr|tldr)(\s+(of|for)\s+(this|the)\s+\w+)?(\s+in\s+one\s+(line|sentence))?\W*$|"
    # "what's the big question Azerbaijan is wrestling with here?"; not "the main issue of X"
    r"what('s|s| is) the (big|main|key|central) (question|issue|dilemma)(?=\W*$|\s+here\b|"
    r"(\s+[\w'’-]+){1,2}\s+(is|are)\s+(wrestling|grappling|facing|weighing|dealing)\b))",
    re.IGNORECASE,
)


# Words about the article itself ("which experts does the article mention?", "according
# to the story"): they point at the text, not at anything an answer must contain.
_META = re.compile(
    r"\b(?:articles?|stor(?:y|ies)|text|piece|passage|document|author|writer|according|"
    r"mention(?:s|ed|ing)?|describ(?:e|es|ed|ing)|quot(?:e|es|ed|ing)|cit(?:e|es|ed)|stated|"
    r"named|refer(?:s|red)?)\b",
    re.IGNORECASE,
)
# Words that only say how the question is meant ("when *exactly* is it?", "when does it
# *actually* start?"): left out (a function word in their place read as one more word the
# answer lacks: "when does the summit by start?" was refused)
_HOW_MEANT = re.compile(
    r"\s*\b(?:exactly|actually|really|again|basically|precisely|anyway|honestly|specifically)\b",
    re.IGNORECASE,
)


# (not right after "he", "they": "Does he state whether ...?" holds a verb, not the
# "State" of "Secretary of State")
_LOWER_WORD = re.compile(
    r"(?<![\w'’-])(?<!\bhe )(?<!\bshe )(?<!\bthey )(?<!\bwe )(?<!\bI )(?<!\byou )"
    r"[^\W\d_A-Z][\w'’-]*"
)


def truecased(question: str, cased: Mapping[str, str]) -> str:
    """``question`` with each lower-case word the article only ever writes capitalized
    (``cased``, e.g. ``IndexData.cased_words``) written as the article does, so that
    "who is lucy tran" reads its name as a name.

    >>> truecased("who invited azerbaijan?", {"azerbaijan": "Azerbaijan"})
    'who invited Azerbaijan?'
    >>> truecased("did azerbaijans ministry reply?", {"azerbaijan": "Azerbaijan"})
    'did Azerbaijans ministry reply?'
    >>> truecased("does he state it?", {"state": "State"})
    'does he state it?'
    """

    def case(m: re.Match[str]) -> str:
        word = m.group(0)
        base, possessive = (word[:-2], word[-2:]) if word[-2:] in ("'s", "’s") else (word, "")
        if word in cased:
            return cased[word]
        if not possessive and len(word) > 5 and word[-1] == "s" and word[:-1] in cased:
            base, possessive = word[:-1], "s"  # "azerbaijans foreign ministry"
        return cased.get(base, base) + possessive

    return _LOWER_WORD.sub(case, question)


def scoring_text(question: str, vocabulary: Container[str] = ()) -> str:
    """The question as the scorer reads it: lower case when typed all in capitals (which
    would read as all names), and words about the article itself ("mentioned", "according
    to the story") replaced by "by" unless the article uses them: an article rarely says
    "according" or "mentioned", so they read as words the answer lacks. "by" is a
    function word, and keeps a name after it reading as a name. Words that only say how
    the question is meant ("when *exactly* ...", "his title *again*") are left out.

    >>> scoring_text("According to Lee, which rivers does the article mention?")
    'by to Lee, which rivers does the by by?'
    """
    text = question.lower() if question.isupper() else question

    def swap(m: re.Match[str]) -> str:
        return m.group(0) if stem(m.group(0).lower()) in vocabulary else "by"

    def untitled(m: re.Match[str]) -> str:
        return m.group(0) if m.group(1).lower() in vocabulary else ""

    # "Mr Hale" where the article writes "Tom Hale": a title it never uses would read as
    # a name the answer lacks.
    def unmeant(m: re.Match[str]) -> str:
        return m.group(0) if stem(m.group(0).strip().lower()) in vocabulary else ""

    return _TITLE.sub(untitled, _META.sub(swap, _HOW_MEANT.sub(unmeant, text))).strip()


_TITLE = re.compile(rf"\b((?i:{'|'.join(sorted(TITLES))}))\b\.?\s+(?=[A-Z])")


_NAME = r"([A-Z][\w'’.-]*(?:\s+(?:(?:von|van|der|de|da|du|al|bin|la|le)\s+)*[A-Z][\w'’.-]*){0,4})"
# "Who is <Name>?", "What does <Name> do?", "What is <Name>'s role?": who a person is.
_WHO_IS = re.compile(
    # "Who's Musabayov, quoted in the piece?" (the reader asked for "the MP quoted")
    rf"^\s*(?:(?i:and|so|but)\s+)?(?:(?i:who)(?:\s+(?i:is|was)|['’]s)\s+(?:(?i:this|that)\s+)?{_NAME}(?:\s+(?i:guy|man|woman|fellow|person|exactly|again))?(?:,?\s+(?:(?i:you|they|it)\s+)?(?i:quoted|mentioned|cited|named)"
    rf"(?:\s+(?i:in|by)\s+(?i:the|this)\s+[a-z]+)?)?"
    # "who's Shahinoglu, where's he coming from?": who he is, asked twice
    # ("elkhan shahinoglu who is he where does he work", dictated with no comma)
    r"(?:\s*(?:,|\band\b|\s)\s*(?i:where(?:['’]s|\s+is|\s+does)\s+(?:he|she)\s+(?:coming\s+|come\s+)?"
    r"from|what(?:['’]s|\s+is)\s+(?:his|her)\s+(?:background|deal|story|role|job|title|position)|"
    r"what\s+does\s+(?:he|she)\s+do|who\s+does\s+(?:he|she)\s+work\s+for|"
    r"(?:like\s+)?what\s+(?:position|role|job|title|post)\s+does\s+(?:he|she)\s+(?:hold|have)|"
    r"where\s+(?:does|did)\s+(?:he|she)\s+work|"
    r"what\s+does\s+(?:he|she)\s+work\s+(?:for|as|on)|"
    # "who is he exactly, what body does he sit on?"
    r"(?:what|which)\s+(?:body|committee|group|organi[sz]ation|panel)\s+(?:does|is)\s+(?:he|she)\s+"
    r"(?:sit\s+on|on|in|part\s+of|belong\s+to|serve\s+on|work\s+for)|"
    # "Who's Elkhan Shahinoglu, for our listeners?"
    r"for\s+(?:our|my|the)\s+(?:listeners|readers|viewers|audience|record)))?|"
    # "What's the title given for Stefan Fiks?"
    rf"(?i:what(?:['’]s|\s+is)\s+(?:the\s+)?(?:exact\s+|full\s+|official\s+)?(?:title|role|job|"
    rf"position)\s+(?:given|used|listed)?\s*(?:for|of))\s+{_NAME}|"
    rf"(?i:what\s+does)\s+{_NAME}\s+(?i:do)(?:\s+(?i:for\s+(?:a\s+)?(?:living|work)))?|"
    rf"(?i:where\s+does)\s+{_NAME}\s+(?i:work)|"
    # "Who does Ann Lee work for?", "What outfit is this Ann Lee with?"
    rf"(?i:who(?:m)?\s+does)\s+{_NAME}\s+(?i:work\s+for|represent)|"
    # ("Which NATO HQ is Stefan Fiks from?": a kind of body, whoever's)
    r"(?i:what|which)\s+(?:(?-i:[A-Z])[\w'’-]*\s+)?(?i:organi[sz]ation|outfit|body|agency|group|"
    r"company|institution|unit|headquarters|hq|office|branch|division|directorate|service|"
    rf"command|department)\s+(?i:is|does)\s+(?:(?i:this|that)\s+)?{_NAME}\s+(?i:with|from|part\s+of|"
    r"in|work\s+for|belong\s+to|represent)|"
    rf"(?i:what(?:\s+is|['’]s))\s+{_NAME}(?:['’]s?)?\s+(?:[a-z-]+\s+){{0,2}}(?i:role|job|position|title|"
    r"post)"
    r"(?:\s+(?i:at|in|with|for|within|inside)\s+[\w\s'’.-]+)?|"
    # "What caption do I use for Rasim Musabayov?": his name and title, for the screen
    rf"(?i:what\s+caption\s+(?:do|should|would|can|could)\s+(?:i|we)\s+(?:use|put|give|run))\s+"
    rf"(?i:for|under|with)\s+{_NAME}|"
    rf"(?i:what|which)\s+(?:[A-Za-z]+\s+)?(?i:role|job|position|title|post)\s+(?i:does|did)\s+{_NAME}\s+"
    # ("What role does Karim Valiyev have in Azerbaijan's military?")
    r"(?i:hold|have|occupy|fill)(?:\s+(?i:at|in|with|for|within|inside)\s+[\w\s'’.-]+)?|"
    # "What's the name of the general who heads the army staff?", the general named
    rf"(?i:what(?:['’]s|\s+is|\s+was)\s+the\s+(?:full\s+)?name\s+of)\s+{_NAME}"
    r"(?:\s+(?i:who|that)\s+[^?]*)?)"
    # ("what is stefan fiks job exactly": a word on how it is meant)
    rf"(?:\s+(?i:{HOW_ASKED}))?\s*\?*\s*$"
)


def person_asked_about(question: str) -> str | None:
    """The name in a question asking who a person is ("Who is <Name>?", "What does <Name>
    do?", "What is <Name>'s role?"), else None.

    >>> person_asked_about("Who is Lucy Tran?")
    'Lucy Tran'
    """
    m = _WHO_IS.match(question)
    name = next((g for g in m.groups() if g), None) if m else None
    return re.sub(r"['’]s$", "", name) if name else None


# "What is James O'Brien's exact title as given in the piece?", "whats his actual job
# title": the title of someone named, or of the one "he" stands for.
# (a name, not the question word before it: "What's Mercer's job title?")
_NOT_ASKING = r"(?<![\w'’])(?!(?i:what|who|which|where|when|how|whats)\b)"
_TITLE_OF = re.compile(
    # (a title or a job, which only a person has: "Azerbaijan's position" is a stance)
    rf"{_NOT_ASKING}{_NAME}['’]s?\s+(?:[a-z-]+\s+){{0,2}}(?i:job|title|affiliation)\b|"
    # "How exactly is Karim Valiyev's position worded?": his title, as written
    rf"{_NOT_ASKING}{_NAME}['’]s?\s+(?:official\s+)?(?i:position|post|rank|role)\s+(?i:worded|phrased|written|"
    r"given|described|listed|spelled|spelt)\b"
)
_HIS_TITLE = re.compile(
    r"\b(?:his|her)\s+(?:[a-z-]+\s+){0,2}(?:job|title|occupation|profession|affiliation|"
    r"post)\b|"
    # "In what official capacity was he acting?", "What role does he hold?"
    r"\bin\s+what\s+(?:\w+\s+)?capacity\b|"
    r"\bwhat\s+(?:\w+\s+)?(?:role|post|title|job|office|position)\s+(?:does|did)\s+(?:he|she)\s+"
    r"(?:hold|have|occupy|fill)\b|"
    # "who is he?" of the one the conversation just told of
    r"^\W*(?:(?:and|so|ok)\s+)?who(?:['’]s|\s+is|\s+was)\s+(?:he|she)\W*$|"
    # "what does he do?": for a living, not about something
    r"\bwhat\s+(?:does|did)\s+(?:he|she)\s+do(?:\s+for\s+(?:a\s+)?(?:living|work))?\W*$",
    re.IGNORECASE,
)


def titled_person(question: str, about: str | None = None) -> str | None:
    """The person whose title or job ``question`` asks anywhere in it, by name or, when
    the conversation says who "he" is (``about``), by "his".

    >>> titled_person("Please verify Stefan Fiks's title for me, exactly as written.")
    'Stefan Fiks'
    """
    m = _TITLE_OF.search(question)
    name = next((g for g in m.groups() if g), None) if m else None
    if m is not None and name and m.start() > 0:
        return name
    return about if about and _HIS_TITLE.search(question) else None


_NEXT_ASKED = re.compile(
    r"^\W*(?:(?:so|and|ok|okay|then|well)[\s,]+)?what(?:['’]s|\s+is|\s+happens|\s+will\s+happen|"
    r"\s+comes)\s+next(?:\s+then)?\W*$|"
    # "So what is everyone watching for?", "the bottom line about what to watch for next?"
    r"\bwhat\s+(?:to|should\s+(?:we|i|readers)|is\s+everyone|are\s+(?:people|we|they|observers))"
    r"\s+(?:watch|look\s+out|wait)\w*\s+for\b|"
    r"\b(?:who|whose\s+(?:choice|decision|move|call))(?:['’]s|\s+is|\s+are)\s+(?:everyone|people|"
    r"observers|all\s+eyes)\s+(?:watching|waiting\s+on|waiting\s+for|looking\s+at)\b",
    re.IGNORECASE,
)
# A sentence about what is to come.
_AHEAD = re.compile(
    r"\b(?:will|would|next|approach(?:es|ing)?|expected|due|set\s+to|plans?\s+to|upcoming|"
    r"coming|soon|later|remains?\s+to\s+be\s+seen)\b|['’]ll\b",
    re.IGNORECASE,
)


# Verbs of holding a view, which every view answers and none need hold.
_HOLDING = frozenset(
    stem(w) for w in "think believe say feel want suppose reckon consider argue view".split()
)
# Verbs of being in a body, which the body's name answers: "Which committee does he sit on?"
_BELONGING = frozenset(stem(w) for w in "sit serve belong".split())
# Words that stress a question rather than ask anything: "which committee exactly?"
_FILLER = frozenset(
    stem(w) for w in "exactly precisely specifically actually really again just".split()
)


def is_summary_request(question: str) -> bool:
    """Whether ``question`` asks what the article is about as a whole."""
    return bool(_SUMMARY.search(question) or _OPENING_ASKED.search(question))


def _line_asked(places: str, verbs: str) -> re.Pattern[str]:
    """A question asking for a line of the article: "its opening line", "the last
    sentence of the story", "how does the article end?" (not "the first line of
    defense")."""
    article = r"(?:article|story|piece|text|report)"
    return re.compile(
        # (a paragraph is the whole of one: structure.paragraph_asked)
        rf"\b(?:the|its|{article}['’]s)\s+(?:very\s+)?(?:{places})\s+(?:line|sentence)\b"
        rf"(?!\s+of\b(?!\s+(?:the|this)\s+{article}))|"
        rf"\bhow\s+does\s+(?:the\s+|this\s+)?{article}\s+(?:{verbs})\b",
        re.IGNORECASE,
    )


# "What's the first thing the story brings up in its opening line?": the lead;
# "How does the article wrap up - what's the closing line?": its last sentence
_OPENING_ASKED = _line_asked("opening|first", "start|begin|open")
_CLOSING_ASKED = _line_asked(
    "closing|last|final|concluding", r"end|close|wrap\s+up|finish|conclude"
)


# "Is he in favour of Baku going or against?", "Should Azerbaijan go, according to him?"
_STANCE_ASKED = re.compile(
    r"\b(?:in\s+favou?r|for\s+or\s+against|or\s+against|oppos\w+|(?:should|ought\s+to)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:go|attend|participate|take\s+part|send|show\s+up|be\s+there|"
    r"accept|stay\s+away)|"
    # "Does he want Azerbaijan to go or to stay away?"
    r"wants?\s+(?:[\w'’-]+\s+){0,2}?to\s+(?:go|attend|participate|take\s+part|be\s+there)|"
    r"or\s+(?:to\s+)?stay\s+(?:away|home|out))\b",
    re.IGNORECASE,
)
# What someone says should be done: "it can and should participate", "we must take part".
_RECOMMENDS = re.compile(
    r"\b(?:should|must|ought\s+to|needs?\s+to|has\s+to|have\s+to)\s+(?!not\b|never\b|be\s+seen\b)\w+",
    re.IGNORECASE,
)


def is_instruction(question: str) -> bool:
    """Whether ``question`` asks the assistant to drop its rules rather than about the article."""
    return bool(_INSTRUCTION.search(question))


class Composer:
    """Extractive answers with checked, verbatim citations.

    >>> composer = Composer()                                     # doctest: +SKIP
    >>> answer = composer.compose(question, retrieval, data)      # doctest: +SKIP
    """

    def __init__(
        self,
        scorer: Scorer | None = None,
        *,
        threshold: float | None = None,
        max_sentences: int = 2,
        second_ratio: float = SECOND_RATIO,
        max_answer_words: int = MAX_ANSWER_WORDS,
    ) -> None:
        self.scorer = scorer or Scorer.load()
        self.threshold = self.scorer.threshold if threshold is None else threshold
        if not 0.0 <= self.threshold <= 1.0:
            raise ConfigError(f"threshold={self.threshold} must be between 0 and 1.")
        if max_sentences < 1:
            raise ConfigError(f"max_sentences={max_sentences} must be at least 1.")
        if not 0.0 < second_ratio <= 1.0:
            raise ConfigError(f"second_ratio={second_ratio} must be above 0 and at most 1.")
        if max_answer_words < 1:
            raise ConfigError(f"max_answer_words={max_answer_words} must be at least 1.")
        self.max_sentences = max_sentences
        self.second_ratio = second_ratio
        self.max_answer_words = max_answer_words

    def candidates(self, question: str, retrieval: Retrieval, data: IndexData) -> list[Candidate]:
        """Every sentence of the retrieved passages, with features and probability."""
        seen: dict[int, int] = {}
        for rank, p in enumerate(retrieval.passages):
            for si in data.chunk_sentences[p.chunk_id]:
                seen.setdefault(si, rank)
        if not seen:
            return []
        order = list(seen)
        q = QuestionInfo.of(question)
        infos = [sentence_info(data, si) for si in order]
        dense = data.store.vectors[order] @ retrieval.query_vector
        query_terms = (
            QuestionInfo.of(retrieval.query).terms if retrieval.query != question else q.terms
        )
        idf = {t: data.bm25.idf(t) for t in q.terms | query_terms}
        bm25 = [_bm25(query_terms, info, idf, data) for info in infos]
        dense_max, bm25_max = float(dense.max()), max(bm25)
        ranks = np.empty(len(order), dtype=np.int64)
        ranks[np.argsort(-dense, kind="stable")] = np.arange(len(order))
        rows = [
            sentence_features(
                q,
                info,
                dense=float(dense[i]),
                dense_max=dense_max,
                dense_rank=int(ranks[i]),
                bm25=bm25[i],
                bm25_max=bm25_max,
                idf=idf,
                passage_rank=seen[si],
                first_in_doc=first,
                previous=None if first else sentence_info(data, si - 1),
                vocabulary=data.bm25.postings,
            )
            for i, (si, info) in enumerate(zip(order, infos, strict=True))
            for first in (si == 0 or data.sentences[si - 1].doc_id != data.sentences[si].doc_id,)
        ]
        x = np.asarray(rows, dtype=np.float64)
        probs = self.scorer.probabilities(x)
        return [Candidate(si, seen[si], x[i], float(probs[i])) for i, si in enumerate(order)]

    def answerability(self, question: str, cands: list[Candidate], data: IndexData) -> float:
        """The probability that the article answers, from candidates sorted best first."""
        if not cands:
            return 0.0
        probs = np.asarray([c.probability for c in cands])
        edit = edit_features(question, data.sentences[cands[0].sentence].text, data.bm25.postings)
        return self.scorer.answerable(
            question_features(probs, np.stack([c.features for c in cands]), edit)
        )

    def compose(
        self,
        question: str,
        retrieval: Retrieval,
        data: IndexData,
        *,
        previous: Sequence[int] = (),
        about: str | None = None,
    ) -> Answer:
        """The answer to ``question`` from the retrieved passages. ``previous``: the
        sentences the answer before it quoted, when ``question`` is a follow-up;
        ``about``: the person its "he" or "she" stands for, when the conversation says."""
        answer = self._compose(question, retrieval, data, previous, about)
        source, claim = attributed(question)
        if answer.abstained and source is not None:
            # "According to the ministry, what is the West trying to do?": news names the
            # source in one sentence and what it said in the next, which then lacks the
            # source's name. Refused as asked, the claim is scored alone, and the source
            # must be named there, just before, or where the people quoted are introduced.
            alone = self._compose(claim, retrieval, data, previous, about)
            if not alone.abstained and (
                THE_ARTICLE.fullmatch(source)
                or source_named(source, alone.citations, data)
                # "Did Moscow react? || What did their guy claim the West is up to?": the one
                # the answer before quoted speaking, whoever "their guy" is
                or (
                    _REFERRED_SOURCE.fullmatch(source) is not None
                    and bool(alone.citations)
                    and all(
                        data.sentence_at(c.doc_id, c.start) in previous and reports_speech(c.quote)
                        for c in alone.citations
                    )
                )
            ):
                return dataclasses.replace(alone, question=question)
        return answer

    def _compose(
        self,
        question: str,
        retrieval: Retrieval,
        data: IndexData,
        previous: Sequence[int],
        about: str | None = None,
    ) -> Answer:
        # Typed in lower case ("who is lucy tran"), the name is still the article's name
        # (for the rules; the scorer learned from questions as SQuAD's writers typed them,
        # and read truecased, the default article's questions were answered a little worse).
        cased = truecased(question, data.cased_words)
        text = scoring_text(question, data.bm25.postings)
        q = QuestionInfo.of(text)
        cands = sorted(
            self.candidates(text, retrieval, data), key=lambda c: (-c.probability, c.sentence)
        )
        cands = answer_spans(cands, data)
        answerable = self.answerability(text, cands, data)
        if not _shares_a_word(text, retrieval.query, data):
            answerable = 0.0
        if previous and undated_before(question, [s.text for s in data.sentences], previous):
            # "Who did she talk to? || When was that interview?": no date the answer quoted
            return Answer(
                question, ABSTAIN_TEXT, [], retrieval.passages, True, 0.0, retrieval.query
            )
        if cands and is_summary_request(question):
            # News is written lead first: the opening sentence of the best-matching
            # article is its own summary.
            lead, _ = _doc_bounds(data, data.sentences[cands[0].sentence].doc_id)
            cands = answer_spans([Candidate(lead, 0, cands[0].features, 1.0)], data) or cands
            answerable = 1.0
        if cands and _CLOSING_ASKED.search(question):
            _, end = _doc_bounds(data, data.sentences[cands[0].sentence].doc_id)
            cands = [Candidate(end, 0, cands[0].features, 1.0)]
            answerable = max(answerable, self.threshold)
        where = paragraph_asked(question) if cands else None
        if where is not None:
            inside = paragraph_sentences(data, where, data.sentences[cands[0].sentence].doc_id)
            if (pick := end_asked(question)) is not None and inside:
                # "How does the second paragraph begin?": its first sentence
                cands = [Candidate(inside[pick], 0, cands[0].features, 1.0)]
                answerable = max(answerable, self.threshold)
            elif whole_asked(question) and inside:
                # "What does the last paragraph say?": all of it
                cands = [Candidate(inside[0], 0, cands[0].features, 1.0, last=inside[-1])]
                answerable = max(answerable, self.threshold)
            else:
                # "In the last paragraph, what could go wrong?": what that one says (of a
                # paragraph the article does not have, nothing)
                cands = [c for c in cands if c.sentence in inside] or cands if inside else []
        if cands and _NEXT_ASKED.search(question):
            # "So what happens next?": news ends on what comes next ("The council will
            # vote in June."), when its closing sentence looks ahead.
            _, end = _doc_bounds(data, data.sentences[cands[0].sentence].doc_id)
            if _AHEAD.search(data.sentences[end].text):
                cands = [Candidate(end, 0, cands[0].features, 1.0)]
                answerable = max(answerable, self.threshold)
        if cands and previous and answerable < self.threshold:
            # "Who is Claire Dunmore?", then "What did she say about the table?": scored
            # without the name it leans on, the follow-up looks unanswered; its best
            # sentence being the one just quoted, with the next one holding a word the
            # question asks for, says otherwise.
            top = cands[0]
            span = quoted_span(top, q, data, self.max_answer_words)
            span = going_on(span, previous, data, self.max_answer_words)
            if only_quotes(top, previous) and adds_question_words(top, span, q, data):
                answerable = self.threshold
            # "Who is Rasim Musabayov?", then "Which committee exactly?": a detail of the
            # sentence just quoted, every word the question asks for in it.
            asked = q.terms - q.names - _FILLER - _BELONGING
            told = terms_of(data, top.sentence, top.end_sentence)
            if (
                only_quotes(top, previous)
                and asked
                # (a word as the start of a longer one: "a part in" of "partake in")
                and all(t in told or any(w.startswith(t) for w in told) for t in asked)
            ):
                answerable = self.threshold
            # "What is Andrei Nastasin's role?", then "When did his ministry comment?": the
            # best sentence sits next to the one just quoted, in its paragraph, and holds
            # the kind of thing asked (a date): the story told around the answer before.
            beside = any(
                abs(top.sentence - p) == 1 and same_paragraph(data, top.sentence, p)
                for p in previous
            )
            if (
                q.qtype in TYPED
                and beside
                and type_match(q, sentence_info(data, top.sentence))
                # "who funds it?": any name is a "who", but the story told is of funding
                and (
                    not asked
                    or asked & terms_of(data, top.sentence, top.end_sentence)
                    or any(asked & terms_of(data, p, p) for p in previous)
                )
            ):
                answerable = self.threshold
            # "A Russian reaction is in the piece? || And what did they accuse the West
            # of?": the sentence after the one just quoted names what the question names
            # and that one does not (who "they" are, the sentence before told)
            named = q.names & terms_of(data, top.sentence, top.end_sentence)
            if beside and named and not any(named & terms_of(data, p, p) for p in previous):
                answerable = self.threshold
        held = about if about and VIEW_ASKED.search(question) else view_holder(cased)
        if held and cands:
            # "Who is Rasim Musabayov?", then "Does he think Azerbaijan should attend?": the
            # scorer reads "he" as no one, so the lead sentence about attending outscores
            # his own words; the view asked is where the article names him.
            # Of the sentences where that person speaks, the one holding most of what is
            # asked ("Does he think they'll *join*?"), then the likeliest; asked "in his
            # own words", the one quoting him.
            verbatim = bool(IN_OWN_WORDS.search(question))
            own = [
                c
                for c in cands
                if names_person(c, held, data)
                and reports_speech(text_of(c, data))
                # "he" read as no one is a guess; a name asked is not, nor his own words
                and (held != about or verbatim or c.probability >= 0.1 * cands[0].probability)
            ]
            if own:
                # "Does he think going means committing?": what he thinks about, not "think"
                asked = q.terms - q.names - _HOLDING
                # "Is he in favour of going or against?": what he says should be done
                stance = bool(_STANCE_ASKED.search(question))
                view = max(
                    own,
                    key=lambda c: (
                        verbatim and bool(QUOTED.search(text_of(c, data))),
                        _said_of_asked(asked, held, text_of(c, data)),
                        stance and bool(_RECOMMENDS.search(text_of(c, data))),
                        # what they think ("maintains that ..."), not what they mentioned
                        bool(STATED.search(text_of(c, data))),
                        c.probability,
                    ),
                )
                cands = [view, *(c for c in cands if c is not view)]
                # The person is known and speaks in the article: that is their view.
                answerable = max(answerable, self.threshold)
        # The rules check "What did he stress?" as "What did <the person> stress?": the
        # scorer reads the question as asked (named, it drifted to their introduction).
        checked = named_for_pronoun(cased, about) if about else cased
        lasting = duration_given(cased, cands, data) or span_given(cased, cands, data)
        if lasting is None and answerable >= NEAR * self.threshold:
            # "How many partner countries are part of this?": "30 partner countries", which
            # the scorer found nearly likely enough; SQuAD's near misses ("How many species
            # of rotifers ...?" of "26 species") mostly score far lower.
            # ("On what date was he there?": the date of whoever "he" is)
            lasting = count_given(cased, cands, data) or date_given(checked, cands, data)
        if lasting is not None:
            # "How long has Azerbaijan worked with NATO?": "since gaining independence"
            # answers it; the scorer reads it as a question for a number.
            cands = [lasting, *(c for c in cands if c is not lasting)]
            answerable = max(answerable, self.threshold)
        doer = doer_given(cased, cands, data) if answerable >= self.threshold else None
        if doer is not None:
            cands = [doer, *(c for c in cands if c is not doer)]
        person = person_asked_about(cased) or titled_person(cased, about)
        intro = _introduction(person, cands, data) if person and cands else None
        if intro is not None:
            # News introduces a person where it first names them ("Lucy Tran, a
            # councillor, ..."): that sentence answers "Who is Lucy Tran?", and SQuAD, which
            # the abstainer learned from, has no such questions to teach it so.
            cands = [intro, *(c for c in cands if c.sentence != intro.sentence)]
            answerable = max(answerable, self.threshold)
        given = (
            recalled_event(cased, retrieval.query, cands, previous, data)
            or speaker_recalled(cased, cands, previous, data)
            or name_recalled(cased, cands, previous, data)
            or places_recalled(cased, cands, previous, data)
            or places_counted(cased, cands, data)
            or age_given(cased, cands, data)
            or role_holder(cased, cands, data)
            or role_held(checked, cands, data)
            or group_given(checked, cands, data)
            or outlet_told(cased, cands, data, about, retrieval.query)
            # ("where does Armenia stand?" is on the step, where it is told, not a view)
            or standing_given(cased, cands, data)
            or view_given(cased, cands, data)
            or said_by(cased, cands, data)
            or met_by(checked, cands, data)
            or meeting_place_given(checked, cands, data)
            or name_given(checked, cands, data)
            or told_to(cased, cands, data, about)
            or reading_given(cased, cands, data, previous)
            or importance_given(cased, cands, data)
            or agreement_given(cased, cands, data, about)
            or host_given(cased, cands, data)
            or reaction_given(cased, cands, data)
            or day_told(cased, cands, data)
            or place_told(cased, cands, data)
            or mention_given(cased, cands, data)
            # (only where the scorer found nothing: "Who speaks for the nurses' union in
            # Harlow Valley?" is better read by it than by the town speaking)
            or (
                (
                    answerable < self.threshold
                    or asks_which_official(cased)
                    # ("Who spoke for Russia?" of a sentence where an expert speaks of it)
                    or (bool(cands) and side_speaks(cased, text_of(cands[0], data)) is False)
                )
                and spokesperson_given(cased, cands, data)
            )
            or side_heard_given(cased, cands, data)
            or choice_given(cased, cands, data)
            or kind_given(cased, cands, data)
            or echoed_given(checked, cands, data)
        )
        following = [] if given is not None else consequences_given(cased, cands, data)
        if following:
            # "What's the downside of going?": what the article says could follow, both
            # sentences when it says it twice ("may provoke", "could ... while straining").
            given = following[0]
            rest = [dataclasses.replace(c, probability=given.probability) for c in following[1:]]
            cands = [given, *rest, *(c for c in cands if all(c is not f for f in following))]
        if given is not None:
            # "Lucy Tran, 54, said ...", "Lucy Tran, head of the museum, ...", "Tran told
            # Radio Nord": news gives an age, a role or an outlet beside the name, which the
            # scorer reads as any other number or words ("Who runs the museum?" shares no
            # word with "head of").
            cands = [given, *(c for c in cands if c is not given)]
            answerable = max(answerable, self.threshold)
        # A name the article never mentions ("How did Turkey react?") is a question it
        # cannot answer, however near its best sentence reads.
        missing = (
            []
            if is_summary_request(question)
            else absent_names(question, data.article_words, opening=is_place)
        )
        unknown = (
            unknown_attribute(cased, data.bm25.postings)
            or untold_refusal(cased, data)
            or untold_comparison(cased, data)
            or untold_view(checked, data)  # ("What does he think about Oakdale?": of him)
            or untold_action(checked, data)  # ("Did he say what Russia would do if ...?")
            or untold_reply(checked, data)  # ("Did Nastasin respond to Musabayov?")
            or untold_body(cased, data)  # ("What does the Atlas Research Center do?")
            or untold_office(cased, data)  # ("a message from the NATO Secretary General?")
        )
        if (
            not cands
            or answerable < self.threshold
            or missing
            or unknown
            or is_instruction(question)
        ):
            return Answer(
                question=question,
                text=never_mentions(as_asked(missing, question)) if missing else ABSTAIN_TEXT,
                citations=[],
                passages=retrieval.passages,
                abstained=True,
                confidence=round(answerable, 4),
                query=retrieval.query,
            )
        through = next((w for c in cands[:4] if (w := _spoken_through(checked, c, data))), None)
        if through is not None:
            # "What did Russia say?": its ministry "weighed in", then its official spoke
            cands = [through, *(c for c in cands if c.sentence != through.last)]
        best = cands[0].probability
        chosen = [quoted_span(cands[0], q, data, self.max_answer_words)]
        chosen[0] = going_on(chosen[0], previous, data, self.max_answer_words)
        words = words_in(chosen[0], data)
        for c in cands[1 : self.max_sentences]:
            n = words_in(c, data)
            if any(c.sentence <= o.end_sentence and o.sentence <= c.end_sentence for o in chosen):
                continue  # already quoted as part of the first span
            if c.probability >= self.second_ratio * best and words + n <= self.max_answer_words:
                chosen.append(c)
                words += n
        citations = _cited(chosen, data)
        if self._refused(checked, citations, data):
            # The confidence stays the scorer's: what it thought before the rule refused.
            sure = round(answerable, 4) if citations else 0.0
            return Answer(
                question, ABSTAIN_TEXT, [], retrieval.passages, True, sure, retrieval.query
            )
        text = cited_text(citations)
        return Answer(
            question=question,
            text=text,
            citations=citations,
            passages=retrieval.passages,
            abstained=False,
            confidence=round(answerable, 4),
            query=retrieval.query,
        )

    @staticmethod
    def _refused(question: str, citations: list[Citation], data: IndexData) -> bool:
        """Whether the rules find ``citations`` do not answer ``question``."""
        quotes = [c.quote for c in citations]
        return (
            not citations
            or lacks_what_is_asked(
                question,
                quotes,
                quote_context(citations, data),
                _story(data, citations[0].doc_id),
            )
            or side_speaks(question, " ".join(quotes)) is False  # "Who spoke for Iran?"
            or deed_untold(question, quotes, data.bm25.postings)  # "Which members objected?"
            # (the article's sentences are marked only for a question asking when)
            or (asks_when(question) and undated_event(question, marked(citations, data)))
        )


# A source the conversation names: "he", "their guy", "her ministry"
_REFERRED_SOURCE = re.compile(
    r"(?:he|she|they|(?:their|his|her|its)\s+[\w-]+(?:\s+[\w-]+)?)", re.IGNORECASE
)
# A phrase the reader quotes: "Near the end it says "the alliance". Who is that?"
_OF_THE_WORDS = re.compile(
    r"\b(?:means?|meant|meaning|refers?\s+to|referring\s+to|talking\s+about|stands?\s+for|"
    r"(?:it|article|story|piece|text)\s+(?:says|said|calls?|writes)|words?|phrases?|terms?|"
    # "Who is quoted saying "..."?": whose words they are
    r"expressions?|saying|quoted|lines?|sentences?|passages?)\b",
    re.IGNORECASE,
)
# '"echoed this sentiment" - whose sentiment?': words pointing back, which the sentence
# before them names
_POINTS_BACK = re.compile(
    r"\b(?:this|that|these|those|such|the\s+(?:matter|same|latter|former))\b", re.IGNORECASE
)
# '"since gaining independence" - which program does it single out?': asked of the words
_ASKED_OF_QUOTED = re.compile(
    r"^\s*[\"“](?P<words>[^\"“”]{3,200})[\"”][^\"“”]*\b(?:it|this|that|he|she|they|him|her|them)\b",
    re.IGNORECASE,
)
_REFERENT_ASKED = re.compile(
    r"\b(?:whose|refers?|referring|refer\s+to|echo(?:es|ed|ing)?|points?\s+(?:back\s+)?to|"
    r"pointing\s+(?:back\s+)?to)\b",
    re.IGNORECASE,
)
# "Who said "..."?", "Which official is quoted saying "..."?": the speaker of the words
_SPEAKER_OF_WORDS = re.compile(
    r"\b(?:whom?|which\s+[\w-]+)\b[^\"“]*\b(?:sa(?:y|ys|id|ying)|wrote|writes|quoted|uttered)\b",
    re.IGNORECASE,
)


def speaker_of_words(question: str) -> bool:
    """Whether ``question`` asks who said words it quotes ("Who said "we must go"?"),
    which the sentence holding them answers, whatever else scores higher."""
    return bool(_SPEAKER_OF_WORDS.search(question) and _QUOTED_PHRASE.search(question))


def unsaid_quote(question: str, data: IndexData) -> bool:
    """Whether ``question`` asks who said words it quotes ("Who said "NATO's door remains
    open"?") of which the article never writes one: no one in it said them."""
    if not speaker_of_words(question):
        return False
    for m in _QUOTED_PHRASE.finditer(question):
        words = [w for w in tokenize(m.group(1)) if w not in STOPWORDS]
        if len(m.group(1).split()) >= 3 and any(w not in data.bm25.postings for w in words):
            return True
    return False


# (in single quotes too: "quoted saying Baku 'can and should' take part", not "O'Brien's")
_QUOTED_PHRASE = re.compile(r"(?:[\"“]|(?<![\w'’])['‘])([^\"“”]{3,80}?)(?:[\"”]|['’](?![\w'’]))")


# "Who was that?", "And who said it?": asked of the one who said words quoted just before
_WHO_WAS_THAT = re.compile(
    r"^\W*(?:(?:and|so|ok|okay)[\s,]+)?who\s+(?:said|says|was|is)\s+(?:that|it|this|so)\s*\?*\s*$",
    re.IGNORECASE,
)


def speaker_asked_again(question: str, before: str) -> str | None:
    """For "Who was that?" after a turn quoting words (``before``: "Someone says it "can
    and should" take part."), who said those words; else None.

    >>> speaker_asked_again("Who was that?", 'Someone says "we must go" here.')
    'Who said "we must go"?'
    """
    m = _QUOTED_PHRASE.search(before) if _WHO_WAS_THAT.match(question) else None
    return f'Who said "{m.group(1).strip()}"?' if m else None


def refers_back(question: str) -> bool:
    """Whether ``question`` asks what words it quotes point back to ("'This commentary
    underscores' -- whose commentary is that?"), which the sentence before them tells.

    >>> refers_back('"echoed this sentiment" - whose sentiment was he echoing?')
    True
    >>> refers_back('What does "regional powers" mean?')
    False
    """
    return bool(_REFERENT_ASKED.search(question)) and any(
        _POINTS_BACK.search(m.group(1)) for m in _QUOTED_PHRASE.finditer(question)
    )


def phrase_quoted(question: str, data: IndexData) -> list[Citation] | None:
    """For a question quoting words of the article ("What does "regional powers" mean,
    and which countries are they?"), the citation of the first sentence that holds them,
    which is where the article tells what they stand for (and of the sentence before it,
    for words pointing back to it: "whose sentiment is "echoed this sentiment"?"); None
    when it quotes no words of it, or asks
    nothing of them ("A "Members Debate" is held before what?" asks what the sentence
    holding them tells, if it does)."""
    asks_speaker = speaker_of_words(question)
    of_words = _OF_THE_WORDS.search(question) or asks_speaker or refers_back(question)
    lead = _ASKED_OF_QUOTED.match(question)
    if not (of_words or lead):
        return None
    for m in _QUOTED_PHRASE.finditer(question):
        phrase = " ".join(m.group(1).strip(" ,.?!").lower().split())
        if len(phrase) < 3:
            continue
        for si, sentence in enumerate(data.sentences):
            if phrase in " ".join(sentence.text.lower().split()):
                first = si
                if (
                    si > 0
                    and data.sentences[si - 1].doc_id == sentence.doc_id
                    and _POINTS_BACK.search(phrase)
                    and _REFERENT_ASKED.search(question)
                ):
                    first = si - 1  # "This commentary": the one the sentence before reports
                elif asks_speaker and si > 0 and same_paragraph(data, si - 1, si):
                    # '"...," Ruiz said.' after "Ana Ruiz, head of the club, ...": who she is
                    before = data.sentences[si - 1].text
                    named = re.findall(r"(?<=[\s,.”\"])([A-Z][\w'’-]+)", sentence.text)
                    if any(
                        re.search(rf"\b[A-Z][\w'’-]+\s+{re.escape(n)}\b", before) for n in named
                    ):
                        first = si - 1
                zeros = np.zeros(len(FEATURE_NAMES))
                cited = _cited([Candidate(first, 0, zeros, 1.0, last=si)], data)
                if (
                    not of_words
                    and lead
                    and lacks_what_is_asked(
                        question[lead.end("words") + 1 :].strip(" -–—:,."), [c.quote for c in cited]
                    )
                ):
                    return None  # '"set to take place in Washington" - which venue is it?'
                return cited
    return None


def cited_text(citations: Sequence[Citation]) -> str:
    """An answer's text: each quote with its citation mark.

    >>> cited_text([Citation(1, "d", 0, 9, "They met.")])
    'They met. [1]'
    """
    return " ".join(f"{c.quote} [{c.n}]" for c in citations)


def sentences_cited(indexes: Sequence[int], data: IndexData) -> list[Citation]:
    """The checked citations of the sentences at ``indexes``, in document order."""
    zeros = np.zeros(len(FEATURE_NAMES))
    return _cited([Candidate(i, 0, zeros, 1.0) for i in indexes], data)


def _spoken_through(question: str, c: Candidate, data: IndexData) -> Candidate | None:
    """``c`` with the sentence before it, when that one tells who it speaks for (see
    ``rules.spoken_through``); else None."""
    first = c.sentence
    if first == 0 or c.end_sentence != first or not same_paragraph(data, first - 1, first):
        return None
    if not spoken_through(question, data.sentences[first].text, data.sentences[first - 1].text):
        return None
    return dataclasses.replace(c, sentence=first - 1, last=first)


def _said_of_asked(asked: frozenset[str] | set[str], person: str, text: str) -> int:
    """How many of the ``asked`` stems ``text`` holds, outside the words introducing
    ``person`` ("Rasim Musabayov, a member of the ... Committee, maintains that ...": a
    "member" of what describes him, not what he says). A long stem counts in a longer
    word ("member" in "membership")."""
    surname = re.escape(person.split()[-1])
    said = set(tokenize(re.sub(rf"\b{surname},[^,]*,", surname, text)))
    return sum(any(t == a or (len(a) >= 5 and t.startswith(a)) for t in said) for a in asked)


def _cited(chosen: list[Candidate], data: IndexData) -> list[Citation]:
    """The checked citations of ``chosen``, in document order, as the article tells it."""
    citations = []
    for n, c in enumerate(sorted(chosen, key=lambda c: c.sentence), start=1):
        first, last = data.sentences[c.sentence], data.sentences[c.end_sentence]
        quote = data.doc_by_id[first.doc_id].text[first.start : last.end]
        citations.append(
            Citation(n, first.doc_id, first.start, last.end, quote, round(c.probability, 4))
        )
    return verified(citations, data)


def _introduction(name: str, cands: list[Candidate], data: IndexData) -> Candidate | None:
    """The first sentence that names ``name``, in the document of the best candidate that
    does (else any document), as a candidate; None when no sentence names it."""
    plain = re.escape(name.replace("’", "'"))
    pattern = re.compile(rf"(?<!\w){plain}(?!\w)")
    first: dict[str, int] = {}
    for si, sentence in enumerate(data.sentences):
        if sentence.doc_id not in first and pattern.search(sentence.text.replace("’", "'")):
            first[sentence.doc_id] = si
    if not first:
        return None
    docs = [data.sentences[c.sentence].doc_id for c in cands]
    doc_id = next((d for d in docs if d in first), next(iter(first)))
    # Its citation keeps the ranker's score for it when the ranker saw it at all.
    seen = next((c for c in cands if c.sentence == first[doc_id]), cands[0])
    intro = Candidate(first[doc_id], seen.passage_rank, seen.features, seen.probability)
    spans = answer_spans([intro], data)
    return spans[0] if spans else None


def _story(data: IndexData, doc_id: str) -> str:
    """The place ``doc_id`` names most (``rules.story_place``), found once per document."""
    if doc_id not in data.stories:
        data.stories[doc_id] = story_place(s.text for s in data.sentences if s.doc_id == doc_id)
    return data.stories[doc_id]


def _doc_bounds(data: IndexData, doc_id: str) -> tuple[int, int]:
    """The first and last sentence of document ``doc_id``."""
    ids = [i for i, s in enumerate(data.sentences) if s.doc_id == doc_id]
    return ids[0], ids[-1]


def _shares_a_word(question: str, query: str, data: IndexData) -> bool:
    """Whether the question (or its rewrite) has a content word the article uses. One
    that has none (punctuation only, another language, another subject altogether) can
    only be matched by embedding similarity, which is a guess, not grounding."""
    terms = {*tokenize(question), *tokenize(query)}  # the terms QuestionInfo would hold
    return any(t in data.bm25.postings for t in terms)


def _bm25(
    terms: frozenset[str], info: SentenceInfo, idf: dict[str, float], data: IndexData
) -> float:
    """BM25 of a sentence, with the chunk index's IDF and sentence-length normalization."""
    k1, b = data.bm25.k1, data.bm25.b
    norm = k1 * (1 - b + b * info.n_terms / data.avg_sentence_tokens)
    score = 0.0
    for term, tf in info.term_counts:
        if term in terms:
            score += idf[term] * tf * (k1 + 1) / (tf + norm)
    return score


def verified(citations: list[Citation], data: IndexData) -> list[Citation]:
    """Keep only citations whose quote is exactly its slice of the document, renumbered."""
    good: list[Citation] = []
    for c in citations:
        doc = data.doc_by_id.get(c.doc_id)
        if (
            doc is None
            or not (0 <= c.start < c.end <= len(doc.text))
            or doc.text[c.start : c.end] != c.quote
        ):
            log.error("dropped a citation that does not match its source: %r", c)
            continue
        good.append(Citation(len(good) + 1, c.doc_id, c.start, c.end, c.quote, c.score))
    return good
