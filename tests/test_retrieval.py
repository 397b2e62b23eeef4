"""Retrieval on the default article: gold evidence in the top passages, exact offsets."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import DEFAULT_ARTICLE, SHARED

from assistant import Assistant
from assistant.schema import Passage

SEED = SHARED / "eval" / "seed_dev.jsonl"
needs_seed = pytest.mark.skipif(
    not SEED.exists(), reason=f"{SEED} is absent (the shared folder is not mounted)"
)
QUESTIONS = [
    "Who invited Azerbaijan?",
    "When did Karim Valiyev meet Stefan Fiks?",
    "What did the Russian Foreign Ministry say on July 3?",
    "What is the GDP of Armenia?",
    "summit",
]
#: Share of answerable seed items whose evidence must be in the top 3 passages.
MIN_HIT_RATE = 0.9


def load_seed() -> list[dict[str, Any]]:
    return [json.loads(line) for line in SEED.read_text("utf-8").splitlines() if line.strip()]


def top_passages(bot: Assistant, turns: list[str], k: int = 3) -> list[Passage]:
    """Top-``k`` passages for the last turn; earlier turns are played as a conversation."""
    if len(turns) == 1:
        return bot.retrieve(turns[0], k=k)
    history: list[dict[str, str]] = []
    for turn in turns[:-1]:
        ans = bot.ask(turn, history=history)
        history += [{"role": "user", "content": turn}, {"role": "assistant", "content": ans.text}]
    return bot.ask(turns[-1], history=history).passages[:k]


def check_exact(bot: Assistant, passages: list[Passage]) -> None:
    for p in passages:
        assert bot.document(p.doc_id).text[p.start : p.end] == p.text


@needs_seed
def test_seed_evidence_in_top3(default_bot: Assistant, record_property: Any) -> None:
    items = [it for it in load_seed() if it["answerable"] and it["evidence"]]
    assert items
    doc = default_bot.documents[0]
    misses = []
    for item in items:
        for ev in item["evidence"]:
            assert ev in doc.text, f"{item['id']}: evidence not in the stored article: {ev!r}"
        passages = top_passages(default_bot, item["turns"])
        assert 1 <= len(passages) <= 3
        check_exact(default_bot, passages)
        if not any(ev in p.text for ev in item["evidence"] for p in passages):
            misses.append(item["id"])
    rate = 1 - len(misses) / len(items)
    record_property("seed_top3_hit_rate", round(rate, 3))
    print(
        f"\nseed top-3 evidence hit rate: {rate:.1%} ({len(items) - len(misses)}/{len(items)});"
        f" misses: {misses}"
    )
    assert rate >= MIN_HIT_RATE, f"hit rate {rate:.1%}, misses {misses}"


@needs_seed
def test_seed_answers_cite_exactly(default_bot: Assistant) -> None:
    for item in load_seed():
        history: list[dict[str, str]] = []
        for turn in item["turns"]:
            ans = default_bot.ask(turn, history=history)
            history += [
                {"role": "user", "content": turn},
                {"role": "assistant", "content": ans.text},
            ]
            check_exact(default_bot, ans.passages)
            for c in ans.citations:
                assert default_bot.document(c.doc_id).text[c.start : c.end] == c.quote
            if ans.abstained:
                assert ans.citations == []


@pytest.mark.parametrize("question", QUESTIONS)
def test_passages_are_exact_ranked_and_bounded(default_bot: Assistant, question: str) -> None:
    n_chunks = len(default_bot.index.chunks)
    for k in (1, 3, n_chunks, n_chunks + 10):
        passages = default_bot.retrieve(question, k=k)
        assert 1 <= len(passages) <= min(k, n_chunks)
        check_exact(default_bot, passages)
        scores = [p.score for p in passages]
        assert scores == sorted(scores, reverse=True)
        assert len({p.chunk_id for p in passages}) == len(passages)
        # Asking for more never reorders the best ones.
        assert passages[:1] == default_bot.retrieve(question, k=1)


def test_retrieval_is_deterministic(default_bot: Assistant) -> None:
    first = [default_bot.retrieve(q, k=3) for q in QUESTIONS]
    again = [default_bot.retrieve(q, k=3) for q in QUESTIONS]
    assert first == again


def test_reloaded_index_gives_identical_results(
    default_bot: Assistant, default_index_dir: Path, real_embedder: Any, tmp_path: Path
) -> None:
    copy = tmp_path / "index"
    shutil.copytree(default_index_dir, copy)
    again = Assistant.load(copy, embedder=real_embedder)
    for q in QUESTIONS:
        assert again.retrieve(q, k=5) == default_bot.retrieve(q, k=5)
        a, b = again.ask(q), default_bot.ask(q)
        assert a.to_dict() == b.to_dict()


def test_passages_name_chunks_of_the_index(default_bot: Assistant) -> None:
    by_id = {c.chunk_id: c for c in default_bot.index.chunks}
    for p in default_bot.retrieve(QUESTIONS[0], k=5):
        c = by_id[p.chunk_id]
        assert (c.doc_id, c.start, c.end, c.text) == (p.doc_id, p.start, p.end, p.text)


def test_right_document_among_several(real_embedder: Any, tmp_path: Path) -> None:
    other = tmp_path / "floating-library.txt"
    other.write_text(
        "Harbour Town Opens Floating Library\n\n"
        "The fishing port of Merrow Bay opened a floating library on Tuesday. The converted "
        "ferry holds about four thousand books.\n\n"
        "Librarian Oona Castellane said residents wanted a quiet place to read in winter.\n",
        encoding="utf-8",
    )
    bot = Assistant.from_files([DEFAULT_ARTICLE, other], index_dir=None, embedder=real_embedder)
    assert {d.doc_id for d in bot.documents} == {"azerbaijan-nato-summit", "floating-library"}
    lib = bot.retrieve("How many books does the ferry hold?", k=1)[0]
    assert lib.doc_id == "floating-library" and "four thousand books" in lib.text
    nato = bot.retrieve("Who is Karim Valiyev?", k=1)[0]
    assert nato.doc_id == "azerbaijan-nato-summit" and "Karim Valiyev" in nato.text
    for q in ("Who is the librarian?", "Where is the NATO summit?"):
        check_exact(bot, bot.retrieve(q, k=4))
