"""The writer's own words for what an event shows, how much it matters and who agrees,
a refusal the question takes for granted, and "the meeting" of the answer before: with
the real model and index, on an article written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from test_answers import assert_exact, play

from assistant import Assistant, Document
from assistant.compose import Composer
from assistant.lexical import reworded
from assistant.names import ArticleWords, absent_names
from assistant.readings import agreement_given, reading_given, untold_refusal
from assistant.retrieve import Retrieval
from assistant.rules import lacks_what_is_asked

_PORT = (
    "Port Ellis Weighs Ferry Subsidy\n\n"
    "The council of Port Ellis will vote on June 4 on whether to subsidise a new ferry "
    "link to the islands. "
    "Councillor Mara Voss, who chairs the transport committee, said the link could cut "
    "travel times in half. "
    '"I think the town can and should pay for it," Voss told Radio Nord. '
    "Harbour master Ines Duarte echoed this view, arguing that the islands need a "
    "reliable service. "
    "Lena Park, head of the Nord Policy Institute, said the link would pay for itself. "
    "The island council has already confirmed its support, while Port Ellis has yet to "
    "make a final decision.\n\n"
    "On May 2, Mayor Tom Hale met shipping firms in Dunmore to discuss the fares. "
    "The firms warned that fuel costs had doubled since last year. "
    "This warning underscores the financial pressure facing the project.\n\n"
    "On May 3, the Transport Ministry weighed in on the plan. "
    "Anna Berg, a deputy director at the ministry, said state money could cover a third. "
    "The subsidy could keep the islands connected while potentially draining the town's "
    "reserves.\n\n"
    "The vote looms as a pivotal moment for the islanders. "
    "Without a subsidy, the old boat service would end in the autumn."
)


@pytest.fixture(scope="module")
def port(real_embedder: Any) -> Assistant:
    return Assistant.from_documents([Document("port", "Port", _PORT)], embedder=real_embedder)


@pytest.mark.parametrize(
    "turns, needed",
    [
        # what an event shows: "This warning underscores", the firms named before it
        (["What does the firms' warning show?"], "This warning underscores"),
        (["What does the shipping firms' warning tell us about the project?"], "financial"),
        (["Does the firms' comment reveal anything about the project?"], "This warning"),
        # how much it matters: "pivotal", and asked why, the sentence saying why after it
        (["How important is the vote for the islanders?"], "pivotal moment"),
        (["Why does the vote matter so much?"], "old boat service would end"),
        # who agrees: "echoed this view"
        (["Does Duarte agree with Voss?"], "echoed this view"),
        (["Who is Ines Duarte?", "did she side with Voss or disagree?"], "echoed"),
        # "the meeting" and "it" of the answer before
        (["Who did Tom Hale meet on May 2?", "Where did the meeting take place?"], "Dunmore"),
        (["tell me about the talks on fares", "where did it happen?"], "Dunmore"),
        # the outlet comments were given to, the gist and what everyone waits for
        (["Who is Mara Voss?", "Who did she give her comments to?"], "Radio Nord"),
        (["whats this article about"], "will vote on June 4"),
        (["so what is everyone watching for?"], "would end in the autumn"),
        (["so who's everyone watching now?"], "would end in the autumn"),
        # the person behind a body's word, asked after it
        (["Did the ministry say anything?", "who said it?"], "Anna Berg"),
        (
            ["When did the ministry weigh in?", "what's the title of the official who spoke?"],
            "deputy director",
        ),
        (["When did the ministry weigh in?", "who made the comment?"], "Anna Berg"),
        # a detail of the sentence just quoted; the reading of it
        (["Who is Mara Voss?", "which committee exactly?"], "transport committee"),
        (["What did the firms warn?", "why does that matter?"], "This warning underscores"),
        # said in so many words; both sides weighed
        (["Who is quoted saying 'the town can and should pay for it'?"], "Voss told"),
        (["How does the article sum up the trade-off?"], "while potentially draining"),
        (["Who is warning that fuel costs had doubled?"], "The firms warned"),
        (["Which councillor says the town can and should pay for it?"], "Voss told"),
        # where someone stands on a step; whom they met; who runs a body named otherwise
        (["Is Port Ellis going to pay for the ferry?"], "has yet to make a final decision"),
        (["Who did Tom Hale sit down with on May 2?"], "met shipping firms"),
        (["What date did Hale and the firms meet?"], "On May 2"),
        (["who runs the Nord think tank?"], "Lena Park"),
        # a name beside its kind; a role asked in more words; a view asked of "she"
        (["What is the name of the institute Lena Park heads?"], "Nord Policy Institute"),
        (["What's Voss's official job title?"], "chairs the transport committee"),
        (
            [
                "What is Voss's overall stance on the subsidy?",
                "Does she think the link would cut travel times?",
            ],
            "cut travel times in half",
        ),
    ],
)
def test_answers_the_writer_gives_in_words_of_their_own(
    port: Assistant, turns: list[str], needed: str
) -> None:
    ans = play(port, turns)
    assert not ans.abstained and any(needed in c.quote for c in ans.citations), ans
    assert_exact(port, ans)


@pytest.mark.parametrize(
    "question",
    [
        "Why did Port Ellis reject the ferry plan?",  # it has not voted yet
        "Why did Voss turn down the subsidy?",
        "Which firms have declined to bid?",
    ],
)
def test_a_refusal_the_article_never_tells_is_refused(port: Assistant, question: str) -> None:
    ans = play(port, [question])
    assert ans.abstained, ans
    assert_exact(port, ans)


def test_what_is_not_a_reading_an_agreement_or_a_refusal_taken_for_granted(
    port: Assistant, real_embedder: Any
) -> None:
    asked = "What does the firms' warning show?"
    retrieval = Retrieval(asked, real_embedder.encode([asked])[0], port.retrieve(asked, 5))
    cands = sorted(
        Composer().candidates(asked, retrieval, port.index), key=lambda c: -c.probability
    )
    assert reading_given(asked, cands, port.index) is not None
    # What a person suggests is what they said, not the writer's reading of it.
    assert reading_given("What does Voss suggest?", cands, port.index) is None
    # Agreement of someone named, asked yes or no; not "who disagrees with X?"
    assert agreement_given("Does Duarte agree with Voss?", cands, port.index) is not None
    assert agreement_given("Who disagrees with the fares?", cands, port.index) is None
    assert agreement_given("Did they agree to a deal?", cands, port.index) is None
    # Asked, not taken for granted; or of a thing the article may word otherwise.
    for question in (
        "Did Port Ellis reject the plan?",
        "How many signatures were rejected?",
        "Why might Voss reject the plan?",
    ):
        assert not untold_refusal(question, port.index), question
    assert untold_refusal("Why did Voss reject the plan?", port.index)


def test_a_reporting_verb_is_swapped_in_the_form_it_was_asked() -> None:
    assert reworded("Who is warning that it could fail?", {"caution"}) == (
        "Who is cautioning that it could fail?"
    )
    assert reworded("What did he stress?", {"underscor"}) == "What did he underscore?"
    assert reworded("He stresses it; they stressed it.", {"underscor"}) == (
        "He underscores it; they underscored it."
    )


def test_a_people_s_name_counts_as_its_country_s() -> None:
    words = ArticleWords.of(["The US envoy visited. Let us go."])
    assert absent_names("When did the American diplomat visit?", words) == []
    assert absent_names("Did the British envoy visit?", words) == ["British"]
    # "us" the pronoun is no country
    assert absent_names("Did the American envoy visit?", ArticleWords.of(["Let us go."]))


def test_a_noun_with_a_possessive_is_no_act_of_speech() -> None:
    """ "Does the ministry's comment reveal ...?" asks of a comment, not whether the
    ministry commented on "reveal anything"."""
    quote = ["This commentary underscores the balancing act Baku faces."]
    assert not lacks_what_is_asked(
        "Does the Russian Ministry's comment reveal anything about Baku's position?", quote
    )
    assert lacks_what_is_asked("Did the Russian Ministry comment on Armenia?", quote)
