"""Questions asking the article for a list: everyone it quotes or names, its dates.

Played on a story written for these tests (no one of the default article's), with the
real embedder and index: the answer quotes the sentence first naming each one, checked
against the source."""

from __future__ import annotations

from typing import Any

import pytest
from test_answers import assert_exact, play

from assistant import Assistant, Document
from assistant.listing import list_asked

_SCHOOL = (
    "Lakeside Board Delays School Merger\n\n"
    "The school board of Lakeside voted on Monday to delay the merger of its two high "
    "schools until September 2027. "
    "The plan, drawn up by Dutch architect Pieter Vos during a visit on April 14, would "
    "move 900 pupils to a single campus.\n\n"
    "Maya Okafor, chair of the parents' council, said the delay gave families time to "
    "prepare. "
    "Board member Tom Reilly warned that costs would rise with every month of waiting.\n\n"
    "The board will hold a public hearing on May 2, and Okafor said she expected a large "
    "turnout. "
    "The Lakeside Ferry Company, which runs the school boats, has not commented."
)


@pytest.fixture(scope="module")
def school(real_embedder: Any) -> Assistant:
    return Assistant.from_documents([Document("school", "School", _SCHOOL)], embedder=real_embedder)


def test_a_list_asked_is_told_from_a_question_of_one_thing() -> None:
    assert list_asked("Name everyone who is directly quoted in the article.") == "quoted"
    assert list_asked("Which experts are cited in the article?") == "quoted"
    assert list_asked("Who is quoted?") == "quoted"
    assert list_asked("Who are the main people in the story?") == "people"
    assert list_asked("Which officials from the board are named?") == "people"
    assert list_asked("List the key dates mentioned in the piece, please.") == "dates"
    assert list_asked("What dates does the article mention?") == "dates"
    assert list_asked("Which countries are mentioned?") == "places"
    # one thing asked, not a list
    assert list_asked("What are the dates?") is None
    assert list_asked("Who is named as head of the council?") is None
    assert list_asked("Name the architect who drew up the plan.") is None
    assert list_asked("Who invited them?") is None


def test_everyone_quoted_is_listed_by_the_sentence_naming_them(school: Assistant) -> None:
    ans = play(school, ["Who is quoted in the article?"])
    assert_exact(school, ans)
    assert not ans.abstained
    assert "Maya Okafor, chair of the parents' council, said" in ans.text, ans.text
    assert "Tom Reilly warned" in ans.text, ans.text
    # named, but saying nothing: no one quoted; a company is no person
    assert "Pieter Vos" not in ans.text and "Ferry Company" not in ans.text, ans.text
    assert len(ans.citations) == 2


def test_everyone_named_and_every_date_are_listed_in_order(school: Assistant) -> None:
    ans = play(school, ["Who are the people in the article?"])
    assert_exact(school, ans)
    quotes = [c.quote for c in ans.citations]
    assert [q for q in quotes if "Pieter Vos" in q], quotes  # a calling before the name
    assert [q for q in quotes if "Maya Okafor" in q] and [q for q in quotes if "Reilly" in q]
    assert [c.start for c in ans.citations] == sorted(c.start for c in ans.citations)
    ans = play(school, ["List the dates mentioned in the piece, please."])
    assert_exact(school, ans)
    for day in ("Monday", "April 14", "May 2"):
        assert day in ans.text, ans.text


def test_a_list_the_article_cannot_give_is_not_made_up(school: Assistant) -> None:
    # no country or capital in it: the question is read as any other, and refused
    ans = play(school, ["Which countries are mentioned in the article?"])
    assert_exact(school, ans)
    assert ans.abstained or "Dutch" in ans.text, ans.text
    # of someone the article never mentions, no one
    assert play(school, ["Which experts from Unicef are quoted?"]).abstained


def test_the_default_article_quotes_its_experts(default_bot: Any) -> None:
    ans = play(default_bot, ["Which experts are cited in the article?"])
    assert_exact(default_bot, ans)
    for name in ("Musabayov", "Shahinoglu", "Nastasin"):
        assert name in ans.text, ans.text


def test_words_in_quotation_marks_are_listed(default_bot: Any) -> None:
    assert list_asked("Which words show up in quotation marks?") == "marked"
    assert list_asked("Did she say it in quotes?") is None
    ans = play(default_bot, ["Which program name shows up in quotation marks in the article?"])
    assert_exact(default_bot, ans)
    assert all('"' in c.quote for c in ans.citations), ans.text
    assert "Partnership for Peace" in ans.text, ans.text
    # what someone said, word for word, is no list of the words marked
    assert list_asked("What did she say, word for word, in quotation marks?") is None
