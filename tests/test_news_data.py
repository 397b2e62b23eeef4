"""Invented news articles with 18 reader questions each, written by people who never saw
the scorer, and never trained on: twelve in ``tests/data/news``, four more in
``tests/data/news2`` written after the refusal rules, and three in ``tests/data/news3``
written later still. Well-formed gold labels, and a guard on how the assistant does on
them."""

from __future__ import annotations

from dataclasses import astuple
from pathlib import Path
from typing import Any

import pytest
from test_answers import Tally, check_gold_labels, read_items, tally

from assistant import Assistant
from assistant.ingest import load_document

NEWS = Path(__file__).resolve().parent / "data/news"
ARTICLES = sorted(NEWS.glob("*.txt"))
NEWS2 = Path(__file__).resolve().parent / "data/news2"
ARTICLES2 = sorted(NEWS2.glob("*.txt"))
NEWS3 = Path(__file__).resolve().parent / "data/news3"
ARTICLES3 = sorted(NEWS3.glob("*.txt"))


def tally_all(articles: list[Path], embedder: Any) -> Tally:
    """``tally`` summed over articles, each asked in its own in-memory index."""
    total = Tally(0, 0, 0, 0, 0)
    for article in articles:
        bot = Assistant.from_files([article], index_dir=None, embedder=embedder)
        t = tally(bot, article.with_suffix(".jsonl"))
        total = Tally(*(a + b for a, b in zip(astuple(total), astuple(t), strict=True)))
    return total


def test_there_are_news_articles_with_questions() -> None:
    assert len(ARTICLES) >= 10 and len(ARTICLES2) == 4 and len(ARTICLES3) == 3
    for folder, articles in ((NEWS, ARTICLES), (NEWS2, ARTICLES2), (NEWS3, ARTICLES3)):
        assert {p.stem for p in articles} == {p.stem for p in folder.glob("*.jsonl")}


@pytest.mark.parametrize("article", ARTICLES + ARTICLES2 + ARTICLES3, ids=lambda p: p.stem)
def test_gold_labels_match_the_article(article: Path) -> None:
    items = read_items(article.with_suffix(".jsonl"))
    answerable = [it for it in items if it["answerable"]]
    # Both kinds in every article, so the guard measures answering and refusing alike.
    assert len(answerable) >= len(items) / 2 and len(answerable) < len(items)
    # One alias differs from its evidence in case only ("orchards"): case is not checked.
    check_gold_labels(items, load_document(article).text, answer_case=False)


def test_unseen_news_articles_regression_guard(real_embedder: Any) -> None:
    """A regression guard, not the target: today 78 of 144 answerable questions answered
    with an alias of the answer, 43 refused, 53 of 72 unanswerable ones refused (README.md,
    "News articles never trained on"). Every citation is checked exact by ``tally``."""
    total = tally_all(ARTICLES, real_embedder)
    assert (total.answerable, total.unanswerable) == (144, 72)
    assert total.right >= 73, total
    assert total.refused <= 47, total
    assert total.declined >= 50, total


def test_news_written_after_the_refusal_rules_guard(real_embedder: Any) -> None:
    """``tests/data/news2``: 4 articles, 48 answerable and 24 unanswerable questions,
    written after this release's refusal rules and measured once, before and after them
    (README.md): 29 right, 14 refused, 15 of 24 refused before; 29, 14, 17 after."""
    total = tally_all(ARTICLES2, real_embedder)
    assert (total.answerable, total.unanswerable) == (48, 24)
    assert total.right >= 27, total
    assert total.refused <= 16, total
    assert total.declined >= 15, total


def test_news_written_after_this_release_rules_guard(real_embedder: Any) -> None:
    """``tests/data/news3``: 3 articles, 36 answerable and 18 unanswerable questions,
    written late in the release that added the wrapping, office and outcome rules, and
    measured before being read: 16 right, 13 refused, 13 of 18 refused, as with the code
    before that release (README.md); 16, 13, 15 after the how-old and why rules; 18, 13,
    13 with the averaged ranker of the release after."""
    total = tally_all(ARTICLES3, real_embedder)
    assert (total.answerable, total.unanswerable) == (36, 18)
    assert total.right >= 17, total
    assert total.refused <= 14, total
    assert total.declined >= 12, total
