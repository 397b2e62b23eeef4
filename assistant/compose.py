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

from .edits import EDIT_FEATURE_NAMES, edit_features
from .errors import ConfigError
from .features import (
    CALENDAR_NAMES,
    FEATURE_NAMES,
    QTYPES,
    QuestionInfo,
    SentenceInfo,
    sentence_features,
    type_match,
)
from .lexical import CAPITALIZED, STOPWORDS, stem, tokenize
from .names import TITLES, absent_names
from .retrieve import Retrieval
from .rewrite import named_for_pronoun
from .rules import (
    HOW_OLD,
    ROLES,
    THE_ARTICLE,
    WHO_RUNS,
    attributed,
    lacks_what_is_asked,
    name_context,
    never_mentions,
    reports_speech,
    source_named,
    spoken_by,
    undated_event,
)
from .schema import Answer, Citation
from .store import IndexData

log = logging.getLogger(__name__)

ABSTAIN_TEXT = "The article does not say: nothing in it answers this question."
# A second sentence is quoted when the scorer rates it at least this share of the best
# one's probability, and the two together stay within the word budget: when the scorer
# cannot tell which of two sentences holds the answer, quoting both is more useful than
# guessing (SQuAD held-out: the answer is in the citations 4 points more often).
SECOND_RATIO = 0.3
MAX_ANSWER_WORDS = 70


@dataclass(frozen=True)
class Candidate:
    sentence: int  # index into IndexData.sentences
    passage_rank: int
    features: np.ndarray
    probability: float = 0.0
    last: int = -1  # last sentence of the quoted span when it runs past ``sentence``

    @property
    def end_sentence(self) -> int:
        return max(self.sentence, self.last)


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
    r"\b(ignore|disregard|forget|override|bypass)\b.{0,60}\b(instructions?|rules?|article|"
    r"story|text|document|page|piece|news|sources?|above|previous|prompt|context|"
    r"guidelines?|everything)\b|\bsystem prompt\b|"
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
    r"\b(what|how)\s+do\s+(you|u)\s+(personally\s+)?(think|feel|believe)\b",
    re.IGNORECASE | re.DOTALL,
)


_SUMMARY = re.compile(
    r"^\s*(what('s| is| are)\s+(this|the)\s+(article|story|piece|text|page|document)\s+"
    r"(\w+ly\s+)?(about|on)|(summari[sz]e|sum up|give me (a|the) (summary|gist))\b|"
    r"what('s| is) the (gist|main point|summary)\b)",
    re.IGNORECASE,
)


# Words about the article itself ("which experts does the article mention?", "according
# to the story"): they point at the text, not at anything an answer must contain.
_META = re.compile(
    r"\b(?:articles?|stor(?:y|ies)|text|piece|passage|document|author|writer|according|"
    r"mention(?:s|ed|ing)?|describ(?:e|es|ed|ing)|quot(?:e|es|ed|ing)|cit(?:e|es|ed)|stated|"
    r"named|refer(?:s|red)?|"
    # and words that only say how the question is meant ("when *exactly* is it?")
    r"exactly|actually|really|again|basically|precisely|anyway|honestly|specifically)\b",
    re.IGNORECASE,
)


_LOWER_WORD = re.compile(r"(?<![\w'’-])[^\W\d_A-Z][\w'’-]*")


def truecased(question: str, cased: Mapping[str, str]) -> str:
    """``question`` with each lower-case word the article only ever writes capitalized
    (``cased``, e.g. ``IndexData.cased_words``) written as the article does, so that
    "who is lucy tran" reads its name as a name.

    >>> truecased("who invited azerbaijan?", {"azerbaijan": "Azerbaijan"})
    'who invited Azerbaijan?'
    >>> truecased("did azerbaijans ministry reply?", {"azerbaijan": "Azerbaijan"})
    'did Azerbaijans ministry reply?'
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
    "according" or "mentioned", so they read as words the answer lacks; so do words
    that only say how the question is meant ("when *exactly* ...", "his title *again*").
    "by" is a function word, and keeps a name after it reading as a name.

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
    return _TITLE.sub(untitled, _META.sub(swap, text))


_TITLE = re.compile(rf"\b((?i:{'|'.join(sorted(TITLES))}))\b\.?\s+(?=[A-Z])")


_NAME = r"([A-Z][\w'’.-]*(?:\s+(?:(?:von|van|der|de|da|du|al|bin|la|le)\s+)*[A-Z][\w'’.-]*){0,4})"
# "Who is <Name>?", "What does <Name> do?", "What is <Name>'s role?": who a person is.
_WHO_IS = re.compile(
    rf"^\s*(?:(?i:who)(?:\s+(?i:is|was)|['’]s)\s+{_NAME}|(?i:what\s+does)\s+{_NAME}\s+(?i:do)|"
    rf"(?i:what(?:\s+is|['’]s))\s+{_NAME}(?:['’]s?)?\s+(?:[a-z-]+\s+)?(?i:role|job|position|title)"
    r"(?:\s+(?i:at|in|with|for)\s+[\w\s'’.-]+)?|"
    rf"(?i:what|which)\s+(?i:role|job|position|title|post)\s+(?i:does|did)\s+{_NAME}\s+"
    r"(?i:hold|have|occupy|fill))\s*\?*\s*$"
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


_NEXT_ASKED = re.compile(
    r"^\W*(?:(?:so|and|ok|okay|then|well)[\s,]+)?what(?:['’]s|\s+is|\s+happens|\s+will\s+happen|"
    r"\s+comes)\s+next(?:\s+then)?\W*$",
    re.IGNORECASE,
)
# A sentence about what is to come.
_AHEAD = re.compile(
    r"\b(?:will|would|next|approach(?:es|ing)?|expected|due|set\s+to|plans?\s+to|upcoming|"
    r"coming|soon|later|remains?\s+to\s+be\s+seen)\b|['’]ll\b",
    re.IGNORECASE,
)


def is_summary_request(question: str) -> bool:
    """Whether ``question`` asks what the article is about as a whole."""
    return bool(_SUMMARY.search(question))


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
        infos = [_info(data, si) for si in order]
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
                previous=None if first else _info(data, si - 1),
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
                THE_ARTICLE.fullmatch(source) or source_named(source, alone.citations, data)
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
        cands = _answer_spans(cands, data)
        answerable = self.answerability(text, cands, data)
        if not _shares_a_word(text, retrieval.query, data):
            answerable = 0.0
        if cands and is_summary_request(question):
            # News is written lead first: the opening sentence of the best-matching
            # article is its own summary.
            doc_id = data.sentences[cands[0].sentence].doc_id
            lead = next(i for i, s in enumerate(data.sentences) if s.doc_id == doc_id)
            cands = _answer_spans([Candidate(lead, 0, cands[0].features, 1.0)], data) or cands
            answerable = 1.0
        if cands and _NEXT_ASKED.match(question):
            # "So what happens next?": news ends on what comes next ("The council will
            # vote in June."), when its closing sentence looks ahead.
            doc_id = data.sentences[cands[0].sentence].doc_id
            end = max(i for i, s in enumerate(data.sentences) if s.doc_id == doc_id)
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
            span = _going_on(span, previous, data, self.max_answer_words)
            if _only_quotes(top, previous) and _adds_question_words(top, span, q, data):
                answerable = self.threshold
            # "What is Andrei Nastasin's role?", then "When did his ministry comment?": the
            # best sentence sits next to the one just quoted, in its paragraph, and holds
            # the kind of thing asked (a date): the story told around the answer before.
            beside = any(
                abs(top.sentence - p) == 1 and _same_paragraph(data, top.sentence, p)
                for p in previous
            )
            if q.qtype in _TYPED and beside and type_match(q, _info(data, top.sentence)):
                answerable = self.threshold
        if about and cands and _VIEW_ASKED.search(question):
            # "Who is Rasim Musabayov?", then "Does he think Azerbaijan should attend?": the
            # scorer reads "he" as no one, so the lead sentence about attending outscores
            # his own words; the view asked is where the article names him.
            # Of the sentences where that person speaks, the one holding most of what is
            # asked ("Does he think they'll *join*?"), then the likeliest.
            own = [
                c
                for c in cands
                if _names_person(c, about, data)
                and reports_speech(_text(c, data))
                and c.probability >= 0.1 * cands[0].probability
            ]
            if own:
                asked = q.terms - q.names
                view = max(
                    own,
                    key=lambda c: (
                        len(asked & _terms(data, c.sentence, c.end_sentence)),
                        c.probability,
                    ),
                )
                cands = [view, *(c for c in cands if c is not view)]
                # The person is known and speaks in the article: that is their view.
                answerable = max(answerable, self.threshold)
        lasting = _duration_given(cased, cands, data)
        if lasting is not None:
            # "How long has Azerbaijan worked with NATO?": "since gaining independence"
            # answers it; the scorer reads it as a question for a number.
            cands = [lasting, *(c for c in cands if c is not lasting)]
        person = person_asked_about(cased)
        intro = _introduction(person, cands, data) if person and cands else None
        if intro is not None:
            # News introduces a person where it first names them ("Lucy Tran, a
            # councillor, ..."): that sentence answers "Who is Lucy Tran?", and SQuAD, which
            # the abstainer learned from, has no such questions to teach it so.
            cands = [intro, *(c for c in cands if c.sentence != intro.sentence)]
            answerable = max(answerable, self.threshold)
        given = (
            _age_given(cased, cands, data)
            or _role_holder(cased, cands, data)
            or _role_held(cased, cands, data)
            or _outlet_told(cased, cands, data, about)
            or _view_given(cased, cands, data)
            or _said_by(cased, cands, data)
        )
        if given is not None:
            # "Lucy Tran, 54, said ...", "Lucy Tran, head of the museum, ...", "Tran told
            # Radio Nord": news gives an age, a role or an outlet beside the name, which the
            # scorer reads as any other number or words ("Who runs the museum?" shares no
            # word with "head of").
            cands = [given, *(c for c in cands if c is not given)]
            answerable = max(answerable, self.threshold)
        # A name the article never mentions ("How did Turkey react?") is a question it
        # cannot answer, however near its best sentence reads.
        missing = [] if is_summary_request(question) else absent_names(question, data.article_words)
        unknown = _unknown_attribute(cased, data.bm25.postings)
        if (
            not cands
            or answerable < self.threshold
            or missing
            or unknown
            or is_instruction(question)
        ):
            return Answer(
                question=question,
                text=never_mentions(missing) if missing else ABSTAIN_TEXT,
                citations=[],
                passages=retrieval.passages,
                abstained=True,
                confidence=round(answerable, 4),
                query=retrieval.query,
            )
        best = cands[0].probability
        chosen = [quoted_span(cands[0], q, data, self.max_answer_words)]
        chosen[0] = _going_on(chosen[0], previous, data, self.max_answer_words)
        words = _words(chosen[0], data)
        for c in cands[1 : self.max_sentences]:
            n = _words(c, data)
            if any(c.sentence <= o.end_sentence and o.sentence <= c.end_sentence for o in chosen):
                continue  # already quoted as part of the first span
            if c.probability >= self.second_ratio * best and words + n <= self.max_answer_words:
                chosen.append(c)
                words += n
        # Read in document order, as the article tells it.
        chosen.sort(key=lambda c: c.sentence)
        citations = []
        for n, c in enumerate(chosen, start=1):
            first, last = data.sentences[c.sentence], data.sentences[c.end_sentence]
            quote = data.doc_by_id[first.doc_id].text[first.start : last.end]
            citations.append(
                Citation(n, first.doc_id, first.start, last.end, quote, round(c.probability, 4))
            )
        citations = verified(citations, data)
        quotes = [c.quote for c in citations]
        # The rules check "What did he stress?" as "What did <the person> stress?": the
        # scorer reads the question as asked (named, it drifted to their introduction).
        checked = named_for_pronoun(cased, about) if about else cased
        if (
            not citations
            or lacks_what_is_asked(checked, quotes, name_context(quotes, data))
            or undated_event(checked, _marked(citations, data))
        ):
            # The confidence stays the scorer's: what it thought before the rule refused.
            sure = round(answerable, 4) if citations else 0.0
            return Answer(
                question, ABSTAIN_TEXT, [], retrieval.passages, True, sure, retrieval.query
            )
        text = " ".join(f"{c.quote} [{c.n}]" for c in citations)
        return Answer(
            question=question,
            text=text,
            citations=citations,
            passages=retrieval.passages,
            abstained=False,
            confidence=round(answerable, 4),
            query=retrieval.query,
        )


def _role_holder(question: str, cands: list[Candidate], data: IndexData) -> Candidate | None:
    """For "Who runs <the thing>?", the best candidate giving a role in it: "head of
    <the thing>", "<the thing>'s director", or "<the thing> ... . Its director, ..."."""
    m = WHO_RUNS.match(question)
    if m is None:
        return None
    thing = r"\s+".join(map(re.escape, m.group(2).split()))
    role_in = re.compile(
        rf"\b(?:{ROLES})s?(?:\s+[\w-]+)?\s+(?:of|at|for)\s+(?:the\s+)?{thing}\b|"
        rf"\b{thing}(?:['’]s)?\s+(?:[\w-]+\s+)?(?:{ROLES})\b",
        re.IGNORECASE,
    )
    its_role = re.compile(rf"^(?:Its|Their)\s+(?:[\w-]+\s+)?(?:{ROLES})\b")
    named = re.compile(rf"\b{thing}\b", re.IGNORECASE)
    for c in cands:
        text = _text(c, data)
        if role_in.search(text):
            return c
        after = _next_in_paragraph(c, data)
        if after and named.search(text) and its_role.match(data.sentences[after.end_sentence].text):
            return after
    return None


# "What organization does Elkhan Shahinoglu lead?", "Which firm does Ana Ruiz run?"
_WHAT_LED = re.compile(
    r"^\W*(?:(?:and|so)\s+)?(?:what|which)\s+(?:[\w-]+\s+){0,2}(?:does|did|do)\s+(.+?)\s+"
    r"(?:lead|head|run|direct|chair|manage)\b",
    re.IGNORECASE,
)


def _role_held(question: str, cands: list[Candidate], data: IndexData) -> Candidate | None:
    """For "What organization does <Name> lead?", the best candidate giving a role of
    that name ("Elkhan Shahinoglu, head of the Atlas Research Center, ...")."""
    m = _WHAT_LED.match(question)
    names = [w for w in CAPITALIZED.findall(m.group(1)) if w.lower() not in STOPWORDS] if m else []
    if not names:
        return None
    name = "|".join(map(re.escape, names))
    role_of = re.compile(
        rf"\b(?:{name}),\s+(?:the\s+)?(?:[\w-]+\s+)?(?:{ROLES})\s+(?:of|at)\b", re.IGNORECASE
    )
    return next((c for c in cands if role_of.search(_text(c, data))), None)


# A follow-up asking what "he" or "she" thinks or said.
_VIEW_ASKED = re.compile(
    r"\b(?:does|did|is|was|would|do)\s+(?:he|she)\s+(?:\w+\s+)?(?:think|believe|say|saying|"
    r"argue|arguing|want|support|favou?r|feel|expect|suggest|mean|see)\b|"
    r"\b(?:in|from)\s+(?:his|her)\s+(?:view|opinion|perspective|eyes)\b|"
    r"\b(?:his|her)\s+(?:exact\s+|own\s+)?(?:words|view|views|opinion|position|stance|argument)\b|"
    r"\baccording\s+to\s+(?:him|her)\b",
    re.IGNORECASE,
)


def _names_person(c: Candidate, person: str, data: IndexData) -> bool:
    """Whether the quoted span names ``person`` by surname."""
    surname = person.split()[-1]
    return re.search(rf"\b{re.escape(surname)}\b", _text(c, data)) is not None


# "Which outlet did <Name> give his comments to?", "<Name> spoke to which newspaper?"
_OUTLET_ASKED = re.compile(
    r"\b(?:which|what)\s+(?:[\w-]+\s+){0,2}(?:outlet|agency|newspaper|paper|channel|station|"
    r"broadcaster|publication|media|website|magazine|radio|network)s?\b|"
    # "Who did he tell that to?", "To whom did she say it?"
    r"\bwho(?:m)?\s+(?:did|was|were|has|had)\s+.+?\s+(?:tell|told|speak|speaking|talk|"
    r"talking|say|said)\b.*?\bto\b|\bto\s+whom\b",
    re.IGNORECASE,
)
_TALKED = re.compile(
    r"\b(?:speak|spoke|talk|told|tell|comment|interview|said|say|quoted|statement)", re.IGNORECASE
)
# News names the outlet as whom someone "told" or spoke to.
_TOLD_OUTLET = re.compile(
    r"\b(?:told|telling|speaking to|speaking with|spoke to|spoke with|in an interview with|"
    r"said to)\s+(?:the\s+)?[A-Z]"
)


def _outlet_told(
    question: str, cands: list[Candidate], data: IndexData, about: str | None
) -> Candidate | None:
    """For "Which outlet did <Name> speak to?", the best candidate where <Name> (or the
    person "he" stands for) "told" someone named ("Musabayov told Turan")."""
    if not (_OUTLET_ASKED.search(question) and _TALKED.search(question)):
        return None
    names = _names_in(question) + CAPITALIZED.findall(about or "")
    # Only names the article uses can place the speaker ("the MP" is not one).
    names = [n for n in names if any(n in d.text for d in data.documents)]
    for c in cands:
        text = _text(c, data)
        if _TOLD_OUTLET.search(text) and (not names or any(n in text for n in names)):
            return c
    return None


# "What is the view of <someone> on ...?", "What does <someone> think about ...?"
_VIEW_OF = re.compile(
    r"\b(?:view|views|opinion|position|stance|take|thoughts?|perspective)\s+(?:of|from)\s+"
    r"(?P<a>.+?)\s+(?:on|about|regarding|concerning|toward|towards)\b|"
    r"\b(?:what|how)\s+(?:does|did|do)\s+(?P<b>.+?)\s+(?:think|believe|feel|say)\s+"
    r"(?:about|of|on|regarding)\b|"
    r"\bwhere\s+(?:does|did)\s+(?P<c>.+?)\s+stand\b|"
    r"\b(?:what|how)(?:['’]s|\s+(?:is|was|are|were))\s+(?P<d>.+?)['’]s?\s+(?:view|views|"
    r"opinion|position|stance|take)\b",
    re.IGNORECASE,
)


def _view_given(question: str, cands: list[Candidate], data: IndexData) -> Candidate | None:
    """For "What is the view of <someone> on ...?", the best candidate where that someone,
    by name or by the role the question gives ("the head of the Atlas Research Center"),
    is the one speaking: the scorer reads "view" as a word the answer lacks."""
    m = _VIEW_OF.search(question)
    subject = next((g for g in m.groups() if g), "") if m else ""
    names = [
        re.sub(r"['’]s$", "", w) for w in CAPITALIZED.findall(subject) if w.lower() not in STOPWORDS
    ]
    if not names:
        return None
    return next((c for c in cands if spoken_by(_text(c, data), names)), None)


# "Who said Azerbaijan can and should participate?": the words said, asked back.
_WHO_SAID = re.compile(
    r"^\W*(?:(?:and|so|but)\s+)?who\s+(?:said|says|stated|argued|argues|claimed|claims|warned|"
    r"noted|maintained|maintains|insisted|asserted|suggested|suggests|believes|thinks|thought)"
    r"\s+(?:that\s+)?(?P<claim>.+?)\W*$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[\w'’-]+")


def _said_by(question: str, cands: list[Candidate], data: IndexData) -> Candidate | None:
    """For "Who said <words>?", the best candidate holding four or more of those words in
    a row, as the question gives them (function words included: "can and should
    participate" is what was said; the scorer sees only "participate")."""
    m = _WHO_SAID.match(question)
    if m is None:
        return None
    claim = _WORD.findall(m.group("claim").lower())
    runs = [_common_run(claim, _WORD.findall(_text(c, data).lower())) for c in cands]
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


def _duration_given(question: str, cands: list[Candidate], data: IndexData) -> Candidate | None:
    """For "How long has <something> been ...?", a candidate nearly as likely as the best
    that names all the question's names and says since when or for how long."""
    if not cands or not _HOW_LONG_HAS.search(question):
        return None
    top = cands[0].probability
    return next(
        (
            c
            for c in cands
            if c.probability >= 0.5 * top
            and c.features[_F["name_missing"]] == 0
            and _LASTING.search(_text(c, data))
        ),
        None,
    )


# "What is his salary?": one thing of the person or thing before, by a word the article
# never uses.
_ATTRIBUTE = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)[\s,]+)?what(?:['’]s|\s+is|\s+was|\s+are|\s+were)\s+"
    r"(?:his|her|its|their)\s+(?P<thing>[a-z]+)\W*$",
    re.IGNORECASE,
)
# Words for what any article may give in other words: a role, a view, what was said.
_GENERIC_THINGS = frozenset(
    stem(w)
    for w in "name names title role job position post age view views opinion stance take "
    "argument point claim reaction response answer reply comment comments remarks words "
    "message statement background story plan plans goal aim purpose reason".split()
)


def _unknown_attribute(question: str, vocabulary: Container[str]) -> bool:
    """Whether ``question`` asks "What is his <thing>?" of a thing the article never
    names, in any form ("salary"): no sentence can hold it."""
    m = _ATTRIBUTE.match(question)
    if m is None:
        return False
    thing = stem(m.group("thing").lower())
    return thing not in vocabulary and thing not in _GENERIC_THINGS


def _names_in(question: str) -> list[str]:
    """The capitalized words of ``question`` after its first, function words left out."""
    return [w for w in CAPITALIZED.findall(question)[1:] if w.lower() not in STOPWORDS]


def _age_given(question: str, cands: list[Candidate], data: IndexData) -> Candidate | None:
    """For "How old is <Name>?", the best candidate giving an age after that name
    ("Ana Ruiz, 54, said ...")."""
    if not HOW_OLD.search(question):
        return None
    names = _names_in(question)
    if not names:
        return None
    name = "|".join(map(re.escape, names))
    after_name = re.compile(rf"\b(?:{name})(?:\s+[A-Z][\w'’-]*)*\s*,\s*(?:aged\s+)?\d{{1,3}}\s*,")
    for c in cands:
        text = _text(c, data)
        if after_name.search(text):
            return c
    return None


def _is_lead_in(text: str) -> bool:
    """A heading or a question in the article: what answers it is what follows it."""
    stripped = text.rstrip("\"'”’)] ")
    return stripped.endswith("?") or (
        len(text.split()) <= 12 and not stripped.endswith((".", "!", ";", ":", ","))
    )


def _answer_spans(cands: list[Candidate], data: IndexData) -> list[Candidate]:
    """Point lead-ins (FAQ questions, headings) at the text after them, and quote a bare
    "Yes." together with the sentence that explains it; keep the best score per span."""
    sentences = data.sentences

    def same_doc(i: int, doc_id: str) -> bool:
        return i < len(sentences) and sentences[i].doc_id == doc_id

    best: dict[tuple[int, int], Candidate] = {}
    for c in cands:
        start, last = c.sentence, c.sentence
        doc_id = sentences[start].doc_id
        while same_doc(start + 1, doc_id) and _is_lead_in(data.sentences[start].text):
            start = last = start + 1
        if _is_lead_in(data.sentences[start].text):
            continue  # a lead-in with nothing after it answers nothing
        if len(data.sentences[start].text.split()) < 3 and same_doc(start + 1, doc_id):
            last = start + 1
        elif (
            start > 0
            and _same_paragraph(data, start - 1, start)
            and len(data.sentences[start - 1].text.split()) < 3
            and not _is_lead_in(data.sentences[start - 1].text)
        ):
            start -= 1  # the bare "Yes." before the sentence that explains it
        key = (start, last)
        if key not in best or c.probability > best[key].probability:
            best[key] = Candidate(start, c.passage_rank, c.features, c.probability, last)
    return sorted(best.values(), key=lambda c: (-c.probability, c.sentence))


def quoted_span(
    c: Candidate, q: QuestionInfo, data: IndexData, max_words: int = MAX_ANSWER_WORDS
) -> Candidate:
    """The span quoted when ``c`` is the best sentence: with the sentence before it when
    that one sets the scene the question asks for, and the one after it when that one
    carries on with what the question asks; never past ``max_words``."""
    for widen in (_with_setting, _with_continuation, _with_actor, _with_what_was_said):
        wider = widen(c, q, data)
        if wider is not c and _words(wider, data) <= max_words:
            c = wider
    return c


# Question types whose answer is a thing a sentence holds on its own: a name, a date, a
# place, a number.
_TYPED = frozenset({"who", "when", "where", "howmany", "howmuch"})


def _with_setting(c: Candidate, q: QuestionInfo, data: IndexData) -> Candidate:
    """News sets the scene in one sentence ("On July 3, the ministry weighed in.") and says
    what happened in the next: when the best sentence lacks the kind of thing asked for
    and the sentence before it, in the same paragraph, holds it, quote the two together."""
    first = c.sentence
    if q.qtype not in _TYPED or first == 0 or not _same_paragraph(data, first - 1, first):
        return c
    if type_match(q, _info(data, first)) or not type_match(q, _info(data, first - 1)):
        return c
    return Candidate(first - 1, c.passage_rank, c.features, c.probability, c.end_sentence)


def _with_continuation(c: Candidate, q: QuestionInfo, data: IndexData) -> Candidate:
    """...and names the actor in one sentence and what it did in the next ("The ministry
    weighed in. Its deputy director suggested that ..."): when the next sentence of the
    same paragraph holds a question word the quoted span lacks (not a name, which the
    span already places), quote it too."""
    wider = _next_in_paragraph(c, data)
    return wider if wider is not None and _adds_question_words(c, wider, q, data) else c


def _marked(citations: Sequence[Citation], data: IndexData) -> list[tuple[str, bool]]:
    """The sentences of the cited articles in order, each with whether a citation quotes it."""
    docs = {c.doc_id for c in citations}
    return [
        (s.text, any(c.doc_id == s.doc_id and c.start <= s.start < c.end for c in citations))
        for s in data.sentences
        if s.doc_id in docs
    ]


def _with_actor(c: Candidate, q: QuestionInfo, data: IndexData) -> Candidate:
    """...and for "Who spoke for the ministry?", when the span names no one the question
    does not (a date is no one), and the next sentence of the paragraph does, quote it
    too: "On July 3, the ministry weighed in. Andrei Nastasin, its deputy director, ..."."""
    if q.qtype != "who" or _new_names(q, data, c.sentence, c.end_sentence):
        return c
    wider = _next_in_paragraph(c, data)
    if wider is None or not _new_names(q, data, wider.end_sentence, wider.end_sentence):
        return c
    return wider


# "What did the ministry say?", "How did Russia react?": asks for what was said.
_SAID_ASKED = re.compile(
    r"\bwhat\s+(?:did|does|do|has|have|had)\s+.+?\s+(?:say|tell|claim|suggest|argue|state|"
    r"comment|respond|reply)\b|\bhow\s+(?:did|does|has|have)\s+.+?\s+(?:react|respond|reply)\b",
    re.IGNORECASE,
)
# What someone said, not only that they spoke: a quotation or a "that" clause.
_SAID_CONTENT = re.compile(r"[\"“”:]|\bthat\b", re.IGNORECASE)


def _with_what_was_said(c: Candidate, q: QuestionInfo, data: IndexData) -> Candidate:
    """...and for "What did the ministry say?", when the span says only that someone
    spoke ("the ministry weighed in on the matter") and the next sentence of the paragraph
    reports what was said, quote it too."""
    said = _text(c, data)
    if not _SAID_ASKED.search(q.text) or not reports_speech(said) or _SAID_CONTENT.search(said):
        return c
    wider = _next_in_paragraph(c, data)
    if wider is None or not reports_speech(data.sentences[wider.end_sentence].text):
        return c
    return wider


def _new_names(q: QuestionInfo, data: IndexData, first: int, last: int) -> set[str]:
    """The names in sentences ``first`` to ``last`` that the question lacks, months and
    weekdays left out."""
    names: set[str] = set()
    for i in range(first, last + 1):
        names |= _info(data, i).names
    return names - q.names - _CALENDAR


# As ``SentenceInfo.names`` holds them: stemmed.
_CALENDAR = frozenset(stem(w) for w in CALENDAR_NAMES.split("|"))


def _going_on(c: Candidate, previous: Sequence[int], data: IndexData, max_words: int) -> Candidate:
    """A follow-up whose best sentence is the one the answer before it quoted asks for
    more of the same ("Who is Gregor Petit?" then "What did he take with him?"): quote on
    into the next sentence of the paragraph, where the story goes on."""
    wider = _next_in_paragraph(c, data) if _only_quotes(c, previous) else None
    return wider if wider is not None and _words(wider, data) <= max_words else c


def _next_in_paragraph(c: Candidate, data: IndexData) -> Candidate | None:
    """``c`` with the next sentence added, when that one is in the same paragraph."""
    last = c.end_sentence
    if last + 1 >= len(data.sentences) or not _same_paragraph(data, last, last + 1):
        return None
    return Candidate(c.sentence, c.passage_rank, c.features, c.probability, last + 1)


def _text(c: Candidate, data: IndexData) -> str:
    return " ".join(data.sentences[i].text for i in range(c.sentence, c.end_sentence + 1))


def _only_quotes(c: Candidate, sentences: Sequence[int]) -> bool:
    """Whether every sentence of ``c`` is one of ``sentences``."""
    return set(range(c.sentence, c.end_sentence + 1)) <= set(sentences)


def _terms(data: IndexData, first: int, last: int) -> set[str]:
    """The terms of sentences ``first`` to ``last``, both included."""
    out: set[str] = set()
    for i in range(first, last + 1):
        out |= _info(data, i).terms
    return out


def _adds_question_words(c: Candidate, wider: Candidate, q: QuestionInfo, data: IndexData) -> bool:
    """Whether the sentences ``wider`` adds after ``c`` hold a question word (not a name)
    that ``c`` lacks."""
    quoted = _terms(data, c.sentence, c.end_sentence)
    added = _terms(data, c.end_sentence + 1, wider.end_sentence)
    return bool((q.terms - q.names - quoted) & added)


def quoted_sentences(history_answer: str, data: IndexData) -> list[int]:
    """The sentences an earlier answer of this assistant quoted: its text is verbatim quotes
    followed by ``[n]`` markers. Text that is not found in the article gives nothing."""
    out: list[int] = []
    for piece in re.split(r"\s*\[\d+\]\s*", history_answer):
        piece = piece.strip()
        if len(piece) < 12:
            continue
        for doc in data.documents:
            at = doc.text.find(piece)
            if at < 0:
                continue
            out.extend(
                i
                for i, s in enumerate(data.sentences)
                if s.doc_id == doc.doc_id and s.start < at + len(piece) and at < s.end
            )
            break
    return out


def _same_paragraph(data: IndexData, i: int, j: int) -> bool:
    """Whether sentences ``i`` < ``j`` are in one document with no blank line between."""
    a, b = data.sentences[i], data.sentences[j]
    return a.doc_id == b.doc_id and "\n\n" not in data.doc_by_id[a.doc_id].text[a.end : b.start]


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
    spans = _answer_spans([intro], data)
    return spans[0] if spans else None


def _shares_a_word(question: str, query: str, data: IndexData) -> bool:
    """Whether the question (or its rewrite) has a content word the article uses. One
    that has none (punctuation only, another language, another subject altogether) can
    only be matched by embedding similarity, which is a guess, not grounding."""
    terms = {*tokenize(question), *tokenize(query)}  # the terms QuestionInfo would hold
    return any(t in data.bm25.postings for t in terms)


def _words(c: Candidate, data: IndexData) -> int:
    return sum(len(data.sentences[i].text.split()) for i in range(c.sentence, c.end_sentence + 1))


def _info(data: IndexData, si: int) -> SentenceInfo:
    info = data.cache.get(si)
    if info is None:
        info = data.cache[si] = SentenceInfo.of(data.sentences[si].text)
    return info


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
