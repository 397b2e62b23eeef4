"""Twelve invented news articles with 18 reader questions each (``tests/data/news``),
written by people who never saw the scorer, and never trained on: well-formed gold
labels, and a guard on how the assistant does on them."""

from __future__ import annotations

import json
from dataclasses import astuple
from pathlib import Path
from typing import Any

import pytest
from test_answers import Tally, tally

from assistant import Assistant
from assistant.ingest import load_document

NEWS = Path(__file__).resolve().parent / "data/news"
ARTICLES = sorted(NEWS.glob("*.txt"))
KEYS = {"id", "turns", "answers", "evidence", "answerable"}


def test_there_are_news_articles_with_questions() -> None:
    assert len(ARTICLES) >= 10
    assert {p.stem for p in ARTICLES} == {p.stem for p in NEWS.glob("*.jsonl")}


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_gold_labels_match_the_article(article: Path) -> None:
    text = load_document(article).text
    items = [json.loads(x) for x in article.with_suffix(".jsonl").read_text().splitlines() if x]
    assert len({it["id"] for it in items}) == len(items), "ids must be unique"
    answerable = [it for it in items if it["answerable"]]
    # Both kinds in every article, so the guard measures answering and refusing alike.
    assert len(answerable) >= len(items) / 2 and len(answerable) < len(items)
    for it in items:
        assert set(it) == KEYS, it["id"]
        assert it["turns"] and all(t.strip() for t in it["turns"]), it["id"]
        if not it["answerable"]:
            assert it["answers"] == [] and it["evidence"] == [], it["id"]
            continue
        assert it["answers"] and it["evidence"], it["id"]
        for ev in it["evidence"]:
            assert ev in text, f"{it['id']}: evidence not verbatim in the article: {ev!r}"
        for a in it["answers"]:
            assert any(a.lower() in ev.lower() for ev in it["evidence"]), (
                f"{it['id']}: answer {a!r} is in no evidence string"
            )


def test_unseen_news_articles_regression_guard(real_embedder: Any) -> None:
    """A regression guard, not the target: today 80 of 144 answerable questions answered
    with an alias of the answer, 40 refused, 42 of 72 unanswerable ones refused (README.md,
    "News articles never trained on"). Every citation is checked exact by ``tally``."""
    total = Tally(0, 0, 0, 0, 0)
    for article in ARTICLES:
        bot = Assistant.from_files([article], embedder=real_embedder)
        t = tally(bot, article.with_suffix(".jsonl"))
        total = Tally(*(a + b for a, b in zip(astuple(total), astuple(t), strict=True)))
    assert (total.answerable, total.unanswerable) == (144, 72)
    assert total.right >= 73, total
    assert total.refused <= 47, total
    assert total.declined >= 36, total
