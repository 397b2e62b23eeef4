"""Rules that refuse what similarity cannot tell from an answer: a name the article never
mentions (assistant/names.py), and quotes that lack the one kind of thing a question can
only be answered with (rules.lacks_what_is_asked)."""

from __future__ import annotations

import pytest

from assistant.names import ArticleWords, absent_names
from assistant.rules import lacks_what_is_asked, spoken_by, undated_event

_TEXT = (
    "Iranian and Chinese officials met Mayor Lena Ostrowski-Berg in Baku on Monday. "
    "The Member of Parliament (MP) Rasul Aliyev said NATO would decide by July. "
    "Gandhi's writings were quoted at the Scottish Parliament."
)
WORDS = ArticleWords.of([_TEXT])


@pytest.mark.parametrize(
    "question, absent",
    [
        ("How did Turkey react to the meeting?", ["Turkey"]),
        ("What did Iran and Turkey say to China?", ["Turkey"]),  # Iranian, Chinese
        ("What did Aliev say?", []),  # a spelling slip of a name it holds
        ("What did Ghandi write?", ["Ghandi"]),  # two letters off is another name
        ("What did Ostrowski say in Baku?", []),  # one part of a hyphenated name
        ("What did Ostrowski-Smith say?", ["Ostrowski-Smith"]),
        ("What did Mr Aliyev say about NATO's plans?", []),  # a title; a possessive
        ("What did the MP say?", []),  # short acronyms may be spelled out
        ("What did UNESCO say about Baku?", ["UNESCO"]),
        ("Summary please. Who met Lena Ostrowski-Berg?", []),  # "Who" starts a sentence
        ("Turkey's reaction?", []),  # the first word is capitalized whatever it is
        ("What Did The Mayor Say About Paris?", []),  # title case: capitals mean nothing
        ("WHAT DID TURKEY SAY?", []),  # all capitals
        ("What does the Article say about the MP?", []),  # the article itself
        ("What did I miss about the Parliament?", []),
        ("What happened in Paris and in Paris?", ["Paris"]),  # once each
        ("Which other European city did Lena visit?", []),  # what the answer is
        ("Which city did Lena visit after Paris?", ["Paris"]),
        ("What did the Danish minister do?", ["Danish"]),
    ],
)
def test_absent_names(question: str, absent: list[str]) -> None:
    assert absent_names(question, WORDS) == absent


def test_no_text_mentions_nothing() -> None:
    assert absent_names("What did Lena say?", ArticleWords.of([])) == ["Lena"]
    assert absent_names("", WORDS) == []


@pytest.mark.parametrize(
    "question, quote, lacks",
    [
        ("ok so did Peru end up going or not?", "Peru faces a decision: whether to go.", True),
        ("When did Peru gain independence?", "It has traded since gaining independence.", True),
        ("When did Peru gain independence?", "Peru gained independence in 1821.", False),
        ("what about Oman, did Muscat say anything?", "The ministry in Lima weighed in.", True),
        ("what's the foreign minister's name?", "The foreign ministry weighed in.", True),
        ("what's the foreign minister's name?", "Foreign Minister Ana Ruiz spoke.", False),
        ("How many countries take part?", "Peru takes part in the programme.", True),
        ("How many countries take part?", "Hundreds of countries take part.", False),
        ("Who else did Ana Ruiz meet on her trip?", "Ana Ruiz visited Lima on June 2.", True),
        ("Which political party is he in?", "Aliyev sits on the budget committee.", True),
        ("Which political party is he in?", "Aliyev, of the Green Party, said no.", False),
        ("Which city is the summit in?", "The summit takes place in Lima.", False),  # no group
        ("Did the summit take place in the end?", "The summit took place in Lima.", False),
        ("Did the summit take place in the end?", "The summit may take place in May.", True),
        ("Did Oman's ministry issue any statement?", "Ruiz argued that Peru should go.", True),
        ("Did he name which allies he meant?", "He said the West courts Moscow's allies.", True),
        (
            "Besides the invitation, what else did Ana Ruiz discuss in Lima?",
            "The invitation, extended by Ana Ruiz in Lima on June 2, includes Peru.",
            True,
        ),
        # What someone said about a name holds that name in what they said.
        ("What did Ruiz say about Peru's decision?", "Ruiz said the West is wrong.", True),
        ("What did Ruiz say about Peru's decision?", "Ruiz said Peru was right.", False),
        ("What did Ruiz say about the plan?", "Ruiz said the West is wrong.", False),  # no name
        # An agreement asked of is named when one was made.
        ("Did they sign any agreement?", "Ruiz met Lee in Lima on May 2.", True),
        ("Did the meeting produce a deal?", "Ruiz met Lee in Lima on May 2.", True),
        ("Did they sign any agreement?", "Ruiz and Lee signed a trade pact.", False),
        ("so did they go in the end, what happened", "All eyes are on Lima.", True),
        ("so did they go in the end?", "Peru went to the summit in July.", False),
        # A reaction is the one asked about speaking, not named in what others say.
        ("did Peru respond to that?", "Ruiz argued that Peru should not worry.", True),
        ("did Peru respond to that?", "Peru's ministry responded on Monday.", False),
        ("Which specific allies did he name?", "He said the West courts Moscow's allies.", True),
        ("Which of Moscow's allies did he name?", "He said the West courts Moscow's allies.", True),
        ("Which allies was he talking about?", "He said the West courts Moscow's allies.", True),
        ("Which of the powers did experts name?", "They fear powers such as Iran and Oman.", False),
        ("Which two partner countries are named?", "Ten partner countries, notably Peru.", False),
        # A nationality is said around the name, not anywhere in the sentence.
        (
            "What nationality is Tomas Berg?",
            "Lena Ostrowski, chief of the Polish navy, met Tomas Berg, deputy head of the "
            "Joint Forces Command.",
            True,
        ),
        (
            "What nationality is Lena Ostrowski?",
            "Lena Ostrowski, chief of the Polish navy, met Tomas Berg, deputy head of the "
            "Joint Forces Command.",
            False,
        ),
        # The date after what was asked belongs to the next sentence's event; a date
        # before it sets the scene.
        (
            "On what date did Peru confirm?",
            "Peru has confirmed its attendance. On July 2, Berg met Ostrowski.",
            True,
        ),
        (
            "When did the ministry weigh in?",
            "On July 3, the ministry weighed in. Its deputy said the plan is wrong.",
            False,
        ),
        ("In what year was the museum founded?", "It was founded in 1921.", False),
        ("Which year did it open?", "It opened in the 1990s.", False),
        ("In what year was the first test?", "It began in the 2nd century BCE.", False),
        ("In what year did Lee join the council?", "Lee met the staff on July 2.", True),
        ("How old is Ana Ruiz?", "Its director, Ana Ruiz, 54, said so.", False),
        ("How old are the fossils?", "They date to about 515 million years ago.", False),
        ("How old must a member be?", "Members must be over the age of 18.", False),
        ("How old is the museum?", "The museum, founded in 1921, holds maps.", False),
        ("How old is Karl Berg?", "On July 2, Karl Berg met Ana Ruiz in Lyon.", True),
        ("How old is Mayor Karl Berg?", "His plan closes it for 19 months in 2025.", True),
        ("Who did Ann Lee meet in Lyon?", "Ann Lee went to Lyon. Ruiz met Berg there.", True),
        ("Who did Ann Lee meet in Lyon?", "In Lyon, Lee met Tom Berg.", False),
        ("Who did Ann Lee talk to?", '"No," Lee told Radio Nord.', False),
        ("Why did Lee vote against the plan?", "The votes against came from Lee and Ruiz.", True),
        ("Why did Lee vote against the plan?", "Lee said it would cost too much.", False),
        ("Why was the bridge shut?", "It was shut because of cracks.", False),
        ("How old is Karl Berg?", "Karl Berg, a 54-year-old farmer, said no.", False),
        ("How old is the bridge?", "The bridge, built in 1962, is closed.", False),
        ("What did Lee say about the plan?", "Lee said the plan was too costly.", False),
        ("What did Lee tell reporters?", '"It is too costly," Lee added.', False),
        ("What did the ministry say?", "According to the ministry, it was late.", False),
        ("What did Lee say about the plan?", "Lee met Ruiz in Lyon on Monday.", True),
        ("What does the story say about Lyon?", "Lee met Ruiz in Lyon on Monday.", False),
        ("What does it say about Lyon?", "Lee met Ruiz in Lyon on Monday.", False),
        ("Who will lead the delegation?", "Karl Berg will head the delegation.", False),
        ("Who will lead the delegation?", "Karl Berg is leading the delegation.", False),
        ("Who will lead the delegation?", "The delegation met NATO in Baku.", True),
        ("And which firm is going to build it?", "The bridge was approved in May.", True),
        ("Who will be the next mayor?", "The town elected a mayor in May.", False),  # "be"
        ("Who is Armenia sending to the summit?", "Armenia confirmed it will attend.", False),
        ("Who is Armenia sending to the summit?", "Armenia has confirmed attendance.", True),
        ("Who is Tomas Relling?", "Tomas Relling, the minister, said so.", False),
        ("Who led the delegation?", "The delegation met NATO in Baku.", False),  # not asked
        ("When will the summit start?", "The summit opened in Baku.", True),  # no time
        ("When did Lee join the council?", "Lee, the council's chair, said no.", True),
        ("When did Lee join the council?", "Lee joined it after the 2019 vote.", False),
        ("When did the museum reopen?", "It reopened on Saturday.", False),
        ("When the law is broken, what is it called?", "It is called a crime.", False),
        ("How long has Lee been mayor?", "Lee, the mayor, said no.", True),
        ("How long has Lee been mayor?", "Lee has been mayor since 2019.", False),
        ("How long is the bridge?", "The bridge is 1.2 kilometres long.", False),
        ("How did Iran respond to the invitation?", "Russia criticised the invitation.", True),
        ("How did Iran respond to the invitation?", "Iran called it a provocation.", False),
        ("How did he react?", "He left the room.", False),  # nothing named to look for
        ("Did Iran respond to the invitation?", "Russia criticised the invitation.", True),
        ("Did Iran comment on it?", "Iran said it would not.", False),
        # The one asked about is named in one sentence, not pieced together from two.
        ("Did Iran's ministry respond?", "Iran was named. The Russian ministry said no.", True),
        ("Did Iran's ministry respond?", "Iran's ministry said no. Russia agreed.", False),
        ("When did Lee join the council?", "Lee has sat with it since his youth.", True),
        ("When was the museum founded?", "It has grown since its founding.", True),
        ("When was the museum founded?", "It was founded after the war.", False),
        ("When was the museum founded?", "It was founded in 1921.", False),
        ("When was the museum founded?", "It was founded last spring.", False),
        ("When is the museum open?", "It is open while the fair runs.", False),  # not once
        ("How many member states does it have?", "It counts 30 partner states.", True),
        ("How many partner states are taking part?", "It counts 30 partner states.", False),
        ("How many different species are there?", "There are two species.", False),
        ("How many states does it have?", "It counts 30 partner states.", False),
        ("Who is the director of the museum?", "Ana Ruiz, its deputy director, said so.", True),
        (
            "Who is the director of the museum?",
            "Its director, Ana Ruiz, and deputy director Lee.",
            False,
        ),
        ("Who is the deputy director of it?", "Ana Ruiz, its deputy director, said so.", False),
        ("What did Lee stress at the meeting?", "Lee met Ruiz in Lyon.", True),
        ("What did Lee stress at the meeting?", "Lee stressed the costs.", False),
        ("What else did Lee discuss with them?", "Lee discussed trade with Ruiz.", False),
        ("What else did Lee discuss with them?", "Lee visited Lyon in May.", True),
        ("Which political party does Lee belong to?", "Lee, a member of the arts committee", True),
        ("which party is lee from", "Lee, a member of the arts committee, said so.", True),
        ("Which party is Lee a member of?", "Lee, of the Green Party, said so.", False),
        ("What committee is Lee part of?", "Lee, a member of the arts committee", False),
        ("Who is Lyon's mayor?", "Talks were held at the level of mayors in June.", True),
        ("Who is Lyon's mayor?", "The Paris mayors' summit opens in June.", True),
        ("What did the council officially say?", "Lee said the officials had left.", True),
        ("What did the council officially say?", "The council said it had left.", False),
        ("Which Danish firm is going to build it?", "The bridge was approved in May.", True),
        ("Who is Lyon's mayor?", "Mayor Ana Ruiz of Lyon met Lee.", False),
        ("What's the name of the mayor?", "Ana Ruiz, the mayor, met Lee.", False),
        ("Who is the mayor?", "The council met the mayor on Monday about the budget.", True),
        ("Did Lee end up going to Lyon?", "Lee faces a choice: whether to go to Lyon.", True),
        ("So did they end up attending?", "Their attendance is not yet confirmed.", True),
        ("Did Lee end up going to Lyon?", "In the end, Lee went to Lyon.", False),
        ("Did they eventually attend?", "They attended on Monday.", False),
        # letters spelled out or not; an outlet that carried the remarks or none
        ("What does UNHCR stand for?", "UNHCR staff met Lee in Lyon.", True),
        ("What does WHO stand for?", "The World Health Organization met.", False),
        ("Which outlet carried his remarks?", "Lee said the plan would fail.", True),
        ("Which outlet carried his remarks?", "Lee told Radio Lyon it would fail.", False),
        ("Which newspaper published her comments?", "The Courier reported her view.", False),
        # the one met, named or not; where a body is based; a body's head, not its deputy
        ("Did he meet the president while there?", "Lee met the mayor in Lyon.", True),
        ("Did he meet the mayor while there?", "Lee met the mayor in Lyon.", False),
        ("Which country is the command based in?", "Lee met its deputy in Lyon.", True),
        ("Which city is the firm based in?", "The Lyon-based firm won.", False),
        ("Who is the head of the port authority?", "Ana Ruiz heads the city's museum.", True),
        ("Who is the head of the port authority?", "Ana Ruiz, head of the port authority.", False),
        ("Who is the head of the port?", "Ana Ruiz, deputy head of the port, and Lee met.", True),
        ("Who was the leader of the regime?", "It fell under the leadership of Ana Ruiz.", False),
        ("How many countries are in NATO?", "It invited 30 partner countries.", True),
        ("How many countries are in NATO?", "NATO has 32 member countries.", False),
    ],
)
def test_lacks_what_is_asked(question: str, quote: str, lacks: bool) -> None:
    assert lacks_what_is_asked(question, [quote]) is lacks


def test_a_long_list_of_unknown_names_is_cut_short() -> None:
    """A question of the longest allowed size, all capitalized words the article lacks:
    three are enough to say so (and the search for near forms stops there)."""
    question = "What about " + " ".join(f"Zq{i:04d}x" for i in range(220)) + "?"
    assert len(question) <= 2000
    assert absent_names(question, WORDS) == ["Zq0000x", "Zq0001x", "Zq0002x"]


@pytest.mark.parametrize(
    "text, names, speaking",
    [
        ("Ana Ruiz, head of the club, argued that fees should fall.", ["Ruiz"], True),
        ("Ana Ruiz, head of the club, argued that fees should fall.", ["club"], True),
        ('"Fees must fall," Ruiz told Radio Nord.', ["Ruiz"], True),
        ('"Fees must fall," said Ruiz.', ["Ruiz"], True),
        ("Ruiz argued that Iran would object.", ["Iran"], False),  # spoken about
        ("Experts caution that Iran may react.", ["Iran"], False),
        ("Ruiz met the mayor on Monday.", ["Ruiz"], False),  # no speaking at all
        ("Ana Ruiz argued that fees should fall.", ["Ruiz", "Lee"], False),  # Lee absent
    ],
)
def test_who_is_speaking(text: str, names: list[str], speaking: bool) -> None:
    assert spoken_by(text, names) is speaking


_DATED = [
    ("On July 3, the ministry weighed in.", True),
    ("Ana Ruiz, its deputy head, suggested that the plan is wrong.", False),
    ("Peru has already confirmed its attendance.", True),
    ("The invitation, extended on June 28, includes Chile and Peru.", True),
]


@pytest.mark.parametrize(
    "question, other_event",
    [
        ("On what date did Peru confirm its attendance?", True),  # June 28 is the invitation's
        ("When did Ana Ruiz suggest that?", False),  # the sentence before opens with its date
        ("When was the invitation extended?", False),  # the date is of what was asked
        ("When did Peru confirm?", True),
        ("Where did Peru confirm?", False),  # not a when-question
    ],
)
def test_a_date_of_another_event_does_not_answer_when(question: str, other_event: bool) -> None:
    assert undated_event(question, _DATED) is other_event
