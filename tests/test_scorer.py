"""The answer scorer: edit features, the tree abstainer and its shipped file."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from assistant import Assistant
from assistant.compose import QUESTION_FEATURES, Scorer, Trees
from assistant.edits import EDIT_FEATURE_NAMES, edit_features
from assistant.errors import ConfigError
from assistant.lexical import stem, tokenize

ROOT = Path(__file__).resolve().parents[1]
HARBOR = ROOT / "tests" / "data" / "harbor-bridge.txt"


def edits(question: str, sentence: str, vocabulary: set[str] | None = None) -> dict[str, float]:
    values = edit_features(question, sentence, vocabulary or set())
    assert len(values) == len(EDIT_FEATURE_NAMES)
    return dict(zip(EDIT_FEATURE_NAMES, values, strict=True))


def test_word_forms_meet() -> None:
    # Snowball's suffixes, irregular past forms, and the verbs news uses for speaking to
    # someone ("Smith told Reuters" answers "Who did Smith speak to?").
    for a, b in [
        ("invited", "invitation"),
        ("participating", "participation"),
        ("met", "meeting"),
        ("led", "leads"),
        ("told", "speaking"),
        ("spoke", "talked"),
    ]:
        assert stem(a) == stem(b), (a, b)
    assert stem("found") != stem("founded") and stem("news") != stem("new")
    assert tokenize("Who did Smith speak to?") == [stem("smith"), stem("told")]


def test_a_swapped_word_between_matching_neighbours_is_seen() -> None:
    sentence = "The kilogram-force is the force exerted by gravity on one kilogram of mass."
    swapped = edits("What is the force exerted by gravity on one ton of mass?", sentence)
    same = edits("What is the force exerted by gravity on one kilogram of mass?", sentence)
    assert swapped["edit_substituted"] == 1.0 and swapped["edit_missing"] == 1.0
    assert same["edit_substituted"] == 0.0 and same["edit_missing"] == 0.0


def test_negation_names_numbers_and_order() -> None:
    s = "In May 2000, the Parliament was relocated to Glasgow, as Mary Brown proposed."
    assert edits("In May 2010, where was the Parliament relocated?", s)["edit_number_substituted"]
    assert edits("In May 2010, where was the Parliament relocated?", s)["edit_numbers_missing"]
    assert not edits("In May 2000, where was the Parliament relocated?", s)["edit_numbers_missing"]
    assert edits("Where was the Parliament not relocated?", s)["edit_question_negated"]
    assert edits("What did Mary Smith propose?", s)["edit_name_substituted"]
    vocab = {stem(w) for w in ("glasgow", "parliament", "relocate", "brown", "edinburgh")}
    elsewhere = edits("Why did Edinburgh relocate the Parliament?", s, vocab)
    assert elsewhere["edit_names_elsewhere"] == 1.0 and elsewhere["edit_missing_in_article"] == 1.0
    assert edits(
        "What is known as swing pressure adsorption?", "This is pressure swing adsorption."
    )["edit_transposed"]
    assert edits("Which forces are balanced?", "There are no forces that are unbalanced.")[
        "edit_prefix_antonym"
    ]


def test_opposites_are_seen_absent_or_beside_the_question_words_neighbour() -> None:
    s = "Thus, the straight line path is seen as a curved line in space."
    both_present = edits("The curved line path is seen as a what line?", s)
    assert both_present["edit_antonym_aligned"] == 1.0 and both_present["edit_antonym"] == 0.0
    absent = edits("Which countries declined the invitation?", "Armenia accepted the invitation.")
    assert absent["edit_antonym"] == 1.0 and absent["edit_antonym_aligned"] == 1.0
    same = edits("Which countries accepted the invitation?", "Armenia accepted the invitation.")
    assert same["edit_antonym"] == 0.0 and same["edit_antonym_aligned"] == 0.0


def test_counts_are_capped() -> None:
    values = edits("alpha beta gamma delta epsilon zeta eta theta?", "Nothing here matches.")
    assert values["edit_missing"] == 3.0 and values["edit_missing_new"] == 3.0
    assert values["edit_question_terms"] == 8.0


def test_trees_walk_to_the_right_leaf() -> None:
    # x[1] <= 0.5 ? (x[0] <= 2 ? -1 : +1) : +3, twice over, from a baseline of 0.25
    tree = {
        "feature": [1, 0, 0, 0, 0],
        "threshold": [0.5, 2.0, 0.0, 0.0, 0.0],
        "left": [1, 3, 0, 0, 0],
        "right": [2, 4, 0, 0, 0],
        "leaf": [0, 0, 1, 1, 1],
        "value": [0.0, 0.0, 3.0, -1.0, 1.0],
    }
    stump = {
        "feature": [0],
        "threshold": [0.0],
        "left": [0],
        "right": [0],
        "leaf": [1],
        "value": [0.5],
    }
    trees = Trees.from_json([tree, tree, stump], baseline=0.25, n_features=2)
    assert trees.log_odds(np.array([1.0, 0.0])) == pytest.approx(0.25 - 2 + 0.5)
    assert trees.log_odds(np.array([2.5, 0.0])) == pytest.approx(0.25 + 2 + 0.5)
    assert trees.log_odds(np.array([0.0, 0.9])) == pytest.approx(0.25 + 6 + 0.5)
    assert trees.log_odds(np.array([2.0, 0.5])) == pytest.approx(0.25 - 2 + 0.5)  # <= goes left


def test_the_shipped_scorer_is_well_formed() -> None:
    scorer = Scorer.load()
    n_trees = len(scorer.abstainer.feature)
    assert 10 <= n_trees <= 1000
    assert scorer.abstainer.feature.max() < len(QUESTION_FEATURES)
    assert 0.0 < scorer.threshold < 1.0
    figures = scorer.meta["heldout"]["squad_heldout"]
    assert figures["answerable_refused"] <= 0.10
    p = scorer.answerable(np.zeros(len(QUESTION_FEATURES)))
    assert 0.0 <= p <= 1.0


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d["abstain"].pop("trees"),
        lambda d: d["abstain"].update(trees=[]),
        lambda d: d["abstain"]["trees"][0].update(
            left=[99] * len(d["abstain"]["trees"][0]["left"])
        ),
        lambda d: d["abstain"]["trees"][0].update(value="x"),
        lambda d: d["abstain"]["trees"][0].update(
            feature=[999] * len(d["abstain"]["trees"][0]["feature"])
        ),
        lambda d: d["abstain"]["features"].append("extra"),
    ],
    ids=["no-trees", "empty", "bad-child", "bad-value", "bad-feature", "other-features"],
)
def test_a_damaged_scorer_file_is_a_clear_error(tmp_path: Path, damage: Any) -> None:
    data = json.loads(resources.files("assistant").joinpath("data/scorer.json").read_text("utf-8"))
    damage(data)
    path = tmp_path / "scorer.json"
    path.write_text(json.dumps(data))
    with pytest.raises(ConfigError) as err:
        Scorer.load(path)
    assert "scorer" in str(err.value)


# -- on a real article, with the real model ------------------------------------------


@pytest.fixture(scope="module")
def harbor(real_embedder: Any) -> Any:
    return Assistant.from_files([HARBOR], index_dir=None, embedder=real_embedder)


@pytest.mark.parametrize(
    "question",
    [
        "How long will the tunnel be?",  # the bridge's length is given
        "Which company will design the airport?",
        "Since when has the airport operated?",
    ],
)
def test_near_misses_on_an_unseen_article_are_refused(harbor: Any, question: str) -> None:
    ans = harbor.ask(question)
    assert ans.abstained, f"{question!r} answered with {ans.text!r}"
    assert ans.citations == []


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who voted against the plan?", "Omar Kessler"),
        ("How long will the bridge be?", "620 meters"),
        ("Which company will design the bridge?", "Baltic Span"),
        ("Since when has the ferry operated?", "1952"),
    ],
)
def test_their_answerable_twins_are_answered(harbor: Any, question: str, expected: str) -> None:
    ans = harbor.ask(question)
    assert not ans.abstained and expected in ans.text, ans.text
    for c in ans.citations:
        assert harbor.document(c.doc_id).text[c.start : c.end] == c.quote
