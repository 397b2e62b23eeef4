"""Questions whose form says what answers them: a count, the city hosting, one of two
answers offered, a kind of thing ("at what level"), what a body argued, where someone is
from; and the refusals a form makes plain (a deputy is not the head, a value the article
never names). With the real model and index, on an article written for these tests."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from test_answers import assert_exact, play

from assistant import Answer, Assistant, Citation, Document
from assistant.abbreviations import Abbreviations
from assistant.capitals import capitals_named, is_nationality, is_place, peoples_as_country
from assistant.compose import (
    is_instruction,
    person_asked_about,
    scoring_text,
    speaker_asked_again,
)
from assistant.forms import VIEW_ASKED, unknown_attribute
from assistant.lexical import as_the_article_writes, reworded
from assistant.names import (
    ArticleWords,
    absent_lead,
    absent_names,
    capitalized_names,
    joined_names,
    respelled_english,
    respelled_names,
    respelled_words,
    surnames_respelled,
)
from assistant.rewrite import (
    asked_of_before,
    country_for_it,
    day_for_then,
    is_follow_up,
    named_from_before,
    names_by_role,
    one_of_those,
    one_of_two,
    others_after,
    person_by_role,
    role_first,
    side_for_they,
    substituted,
    thing_for_it,
)
from assistant.rules import (
    as_asked,
    date_checked,
    deed_untold,
    detail_dropped,
    group_asked,
    lacks_what_is_asked,
    level_checked,
    pending_when,
    premise_checked,
    spoken_through,
    still_pending,
    undated_before,
)
from assistant.structure import end_asked, paragraph_asked, whole_asked
from assistant.typed import (
    also_parts,
    as_claim,
    either_parts,
    is_recheck,
    joined_parts,
    plain_question,
    question_form,
    question_parts,
    statement_first,
)

_WATER = (
    "Riverton Weighs Water Plant Rebuild\n\n"
    "The council of Riverton will decide on March 12 whether to fund the water plant at "
    "the level of a full rebuild. "
    "The proposal, presented by Canadian engineer Paul Mercer during his visit to Riverton "
    "on February 3, includes support from 12 partner towns, notably Oakdale and Fenwick.\n\n"
    "While Oakdale has already confirmed its backing, Fenwick has yet to make a decision. "
    "On February 9, Sofia Lind, head of the Riverton Water Board, met in Dunmore with Omar "
    "Reyes, deputy chief of the regional utilities office. "
    "During this meeting, Lind stressed the benefits of shared pipelines.\n\n"
    "On February 10, the Regional Environment Agency weighed in on the plan. "
    "Clara Holt, deputy director of the planning unit, suggested that the council is "
    "trying to shift costs onto the region.\n\n"
    "The regional water summit, set to take place in Kingsport from March 20 to 22, will "
    "weigh the plan. "
    "The rebuild could secure clean water while potentially straining the city's budget."
)


@pytest.fixture(scope="module")
def water(real_embedder: Any) -> Assistant:
    return Assistant.from_documents([Document("water", "Water", _WATER)], embedder=real_embedder)


def answered(bot: Any, turns: list[str], needed: str) -> Answer:
    """The answer to the conversation's last turn: exact citations, holding ``needed``."""
    ans = play(bot, turns)
    assert_exact(bot, ans)
    assert not ans.abstained and needed in ans.text, ans.text
    return ans


def refused(bot: Any, turns: list[str]) -> None:
    ans = play(bot, turns)
    assert_exact(bot, ans)
    assert ans.abstained, ans.text


@pytest.mark.parametrize(
    "turns, needed",
    [
        # what a body argued: its comment, then what its official said
        (["What was the agency's argument about the council?"], "shift costs"),
        (["In a nutshell, what was the agency line on this?"], "shift costs"),
        (["What's the environment agency accusing the council of doing?"], "shift costs"),
        # a count of the kind asked
        (["how many partner towns are part of this?"], "12 partner towns"),
        # the city hosting, the level asked, one of two dates offered
        (["Which city is hosting the water summit?"], "Kingsport"),
        (["At what level would the council fund the plant?"], "level of a full rebuild"),
        (["Was it February 9 or February 10 that the agency weighed in?"], "February 10"),
        # the event of the answer before, asked with "when?" or "that meeting"
        (["Did the agency comment on the plan?", "When?"], "February 10"),
        (["On what date did the Environment Agency respond to the proposal?"], "February 10"),
        (
            ["Who is Sofia Lind?", "When did that meeting with the utilities man happen?"],
            "February 9",
        ),
        # a nationality beside the name
        (["Who is Paul Mercer?", "what country is he from?"], "Canadian"),
        # what someone stressed, the one asked of by name
        (["What did Lind stress when she sat down with Reyes?"], "shared pipelines"),
        # a title asked of someone named, or of "him"
        (["Please verify Omar Reyes's title exactly as the piece gives it."], "deputy chief"),
        (["who's omar reyes", "whats his actual job title"], "deputy chief"),
        (["Is the plan a repair or what level?"], "level of a full rebuild"),
        (["What level of funding is the council weighing?"], "level of a full rebuild"),
        # a name misspelled, two questions in one message, a remark beside a question
        (["Who is Paul Mercier? what is his job?"], "Canadian engineer"),
        (["Who is Omar Reyez?"], "deputy chief"),
        (["What did Lind stress? I want to quote it right."], "shared pipelines"),
        # a place the article never names, checked: the article's own place answers
        (["Is it true the water summit is being held in Brighton?"], "Kingsport"),
        (["The water summit runs from March 20 to March 25, right?"], "March 20 to 22"),
        (["Lind met Reyes in Brighton, didn't she?"], "Dunmore"),
        # the talks of the answer before; a body's ministry reacting; a date in other words
        (["When did Lind meet Reyes?", "And in which city did the talks happen?"], "Dunmore"),
        (["When did the region's environment agency comment on the plan?"], "February 10"),
        (
            ["On what date did the water board head hold talks with the utilities deputy?"],
            "February 9",
        ),
        # a detail another text gives, checked: the article's own answers
        (
            [
                "A wire story has Mercer in Riverton on February 5. Is that the date this "
                "piece gives for his visit?"
            ],
            "February 3",
        ),
        (
            ["Our draft says 15 partner towns back it. What number does the article give?"],
            "12 partner towns",
        ),
        (
            ["We ran the water summit dates as March 21 to 23. Is that what this article says?"],
            "March 20 to 22",
        ),
        # chat around the question: an acknowledgement, a view with a tag, why one asks
        (
            ["Who is Sofia Lind?", "Makes sense. So who did she sit down with? Sorry, I'm lazy."],
            "Omar Reyes",
        ),
        (
            [
                "Local politics is never simple, is it? According to the article, which agency "
                "weighed in on the plan?"
            ],
            "Regional Environment Agency",
        ),
        (
            [
                "Who suggested the council is shifting costs?",
                "What is the job of the woman you just quoted? I need it for my notes.",
            ],
            "deputy director",
        ),
        # "Which <role> <does>?" asks who that is; "which official" speaks for them
        (["Which deputy director suggests the council shifts costs?"], "Clara Holt"),
        (["Did the environment agency react?", "Which official spoke for them?"], "Clara Holt"),
        # "it" of a body asked about; a quote needed, then asked of "she"
        (["What is the Riverton Water Board?", "who runs it?"], "Sofia Lind"),
        (["I need the Holt quote for my notes - what exactly did she say?"], "shift costs"),
        # words of the article quoted: the sentence that holds them
        (['Near the end it says "clean water". What does that refer to?'], "rebuild could"),
        # a question opened by "So"; who "got together"; a remark naming someone first
        (["So when does the water summit run?"], "March 20 to 22"),
        (["Who got together on February 9?"], "Sofia Lind"),
        (["Lind is described as some kind of official — what's her actual role?"], "head of"),
        # a name asked without "the"
        (["What is the name of water board where Lind works?"], "Riverton Water Board"),
        # typed as keywords; a person by the body they are from, by "the head of", unknown
        (["water summit dates"], "March 20 to 22"),
        (["number of partner towns"], "12 partner towns"),
        (["who's the person from the Riverton Water Board?"], "Sofia Lind"),
        (["What did the head of the water board stress?"], "shared pipelines"),
        (["I've never heard of Omar Reyes", "what does he do?"], "deputy chief"),
        (["who spoke for the environment agency?"], "Clara Holt"),
        (["Which Regional Environment Agency official commented on the plan?"], "Clara Holt"),
        # "that <role>", "the head of <a named body>", "Who said it, and what's his job?"
        (
            ["Whom did Lind meet on February 9?", "What post does that utilities officer hold?"],
            "deputy chief",
        ),
        (["What did the head of Riverton's water board stress?"], "shared pipelines"),
        # a remark or a topic before a dash; the doer named with "by"; a slip in a word
        (["ok so this is interesting - who presented the proposal?"], "Paul Mercer"),
        (["Lind - what did she stress?"], "shared pipelines"),
        (["the lind reyes meeting - where was it held"], "Dunmore"),
        (["who actually presented the propsal to riverton"], "Paul Mercer"),
        # "Name the ...", a question word where the answer goes, "who's X, where's she from"
        (["Name the city hosting the water summit."], "Kingsport"),
        (["lind heads what outfit"], "Riverton Water Board"),
        (["who's Sofia Lind, where's she coming from?"], "head of the Riverton Water Board"),
        # what a body said, asked whether it spoke; said, then asked who
        (["Did the agency say anything about the plan?"], "shift costs"),
        (["the agency commented on this. who spoke"], "Clara Holt"),
        (["gimme the Holt quote"], "shift costs"),
        # a place typed in lower case, checked; the title of the one just met
        (["the water summit is in brighton this year isnt it"], "Kingsport"),
        (["Is the water summit in brussels?"], "never mentions Brussels"),
        (["Whom did Lind meet on February 9?", "what's his title?"], "deputy chief"),
        # checked again: the article's own date; a role claimed, checked by who she is
        (
            ["When did Lind meet Reyes?", "Are you sure? I thought it was February 10."],
            "February 9",
        ),
        (["Clara Holt runs the water board, right?"], "deputy director of the planning unit"),
        (["How is called the board that Lind heads?"], "Riverton Water Board"),
        (["How many partner towns support it?"], "12 partner towns"),
        # what the reader knows first ("Given that ..."), chat shorthand, who said it
        (["Given that Oakdale already said yes, where does Fenwick stand?"], "yet to make"),
        (["Given that Lind heads the water board, who did she meet on February 9?"], "Omar Reyes"),
        (["I don't know the names here - who is Omar Reyes?"], "deputy chief"),
        (["Who's Omar Reyes and who does he work for?"], "regional utilities office"),
        (["Who is the person suggesting that the council is shifting costs?"], "Clara Holt"),
        (["wht did lind stress"], "shared pipelines"),
        # "he" after "Which <kind> official ...?" is the one the answer gives
        (
            ["Which Canadian engineer presented the proposal?", "On what date was he there?"],
            "February 3",
        ),
        (["Did the agency say anything?", "Who was it that spoke for them?"], "Clara Holt"),
        # a name, then the question of "him"; "that person" is whoever the answer named
        (["omar reyes whats his title"], "deputy chief"),
        (["Who met Omar Reyes?", "What is that person's position?"], "head of the Riverton"),
        # "who was it exactly that spoke", "doing the talking", a lead with a colon
        (["Did the agency say anything?", "who was it exactly that spoke?"], "Clara Holt"),
        (["The agency commented, didn't it?", "Who was the official doing the talking?"], "Holt"),
        (["Who's Sofia Lind, for our listeners?"], "head of the Riverton Water Board"),
        # what is needed before a dash, "yo", a post with its kind
        (
            ["Who presented the proposal?", "Need his exact title for the copy - what is it?"],
            "Canadian engineer",
        ),
        (["yo who presented the proposal?"], "Paul Mercer"),
        (["What local post does Sofia Lind hold?"], "head of the Riverton Water Board"),
        # a name dictated in pieces; "like" and "um" said, not asked
        (["who is paul mer cer"], "Canadian engineer"),
        (["what did holt say the council is like trying to do"], "shift costs"),
        # "who X is" asked as "who is X"; a position on something is a view
        (["Could you tell me who Omar Reyes is?", "And what is his title?"], "deputy chief"),
        (["Who is Sofia Lind?", "And what was her position on the pipelines?"], "benefits"),
        # "On which date?" after a yes-or-no question asks when it happened
        (["Did the Regional Environment Agency weigh in?", "On which date?"], "February 10"),
        (["Did the agency react?", "Who exactly?"], "Clara Holt"),
        # a job offered to be checked, and a level
        (["That Lind woman works for the government, doesn't she?"], "head of the Riverton"),
        (["Is it at repair level?"], "level of a full rebuild"),
        # remarks around the question, a name told first, a shout, the article's words
        (
            [
                "Good afternoon. There is a lady named Sofia Lind in this story. "
                "What organisation is she the head of?"
            ],
            "head of the Riverton Water Board",
        ),
        (
            [
                "My dear, I have a simple question. The article says some partner towns back "
                "the plan. WHICH towns are they talking about?"
            ],
            "Oakdale",
        ),
        # a person by role and by "which", by a people's name, a group, a name recalled
        (["Which Riverton water official met Reyes?"], "Sofia Lind"),
        (["Who is the board head meeting Reyes?"], "Sofia Lind"),
        (["Who was the Canadian official who presented the proposal?"], "Paul Mercer"),
        (["Lind sits on a board, right?", "What is that board called in full?"], "Water Board"),
        (["How exactly is Omar Reyes's position worded?"], "deputy chief"),
        # where a meeting took place, by the one met; the ones named as possibly doing
        (["Where did the meeting with Reyes take place?"], "met in Dunmore"),
        (["That meeting with the deputy chief, where did it happen?"], "met in Dunmore"),
        (["Which partner towns are named as possibly backing it?"], "Oakdale and Fenwick"),
        # a name, a comma, then the question; all in capitals; "and the date?"; "brought"
        (["Omar Reyes, what is his job?"], "deputy chief"),
        (["WHAT POSITION DOES OMAR REYES HOLD"], "deputy chief"),
        (["Who sat down with Reyes in Dunmore?", "and the date?"], "February 9"),
        (["who brought the proposal to riverton?", "what's his job title?"], "Canadian engineer"),
        # keywords asked with a question mark; a level checked after a question
        (["Who's Sofia Lind?", "exact board name?"], "Riverton Water Board"),
        (["The plan is for which level? Repair level?"], "level of a full rebuild"),
        # a remark after the question; "where does X stand"; "over which dates"; a role
        # asked of "he" after what was said of him
        (["who is Omar Reyes?? never heard of him"], "deputy chief"),
        (["Has Oakdale confirmed its backing?", "And where does Fenwick stand on that?"], "yet to"),
        (["Where is the water summit being held?", "And over which dates?"], "March 20 to 22"),
        (["Who presented the proposal?", "In what official capacity was he acting?"], "engineer"),
        (["Sofia Lind is quoted on pipelines. What local role does she hold?"], "head of the"),
        # two asks joined by "and also": the first answered, the second beside it
        (["who presented the proposal, and also what is his job"], "Canadian engineer"),
        (["what are the summit dates and also where is it held"], "March 20 to 22"),
        # a name asked of the one the article names only by a near sentence; a job asked
        # "for a living"; "Name <someone's> <role>"; "anyone on the X side"
        (["Has Oakdale said yet whether it is backing the plan?"], "already confirmed"),
        (["What does Sofia Lind do for a living?"], "head of the Riverton Water Board"),
        (["Name the agency official who commented on the plan."], "Clara Holt"),
        (["Who was the agency official who weighed in?"], "Clara Holt"),
        (["Did anyone on the agency side actually comment?"], "shift costs"),
        (["When Lind was in Dunmore, who did she meet with?"], "Omar Reyes"),
        # a claim to check, however it is put: the article's own detail answers
        (["Is it right that Sofia Lind heads the Ashford Water Board?"], "Riverton Water Board"),
        (["Did the article claim the plan has support from 15 partner towns?"], "12 partner"),
        (
            ["I have a note that Lind met Reyes on February 10. Is that what the article says?"],
            "February 9",
        ),
        (["Is it correct that the water summit runs from March 21 to 23?"], "March 20 to 22"),
        (["Confirm: 15 partner towns support the plan."], "12 partner towns"),
        (["When did Lind meet Reyes?", "Am I right that this was on February 10?"], "February 9"),
        # a remark ending with the one it is on; keywords ending in "name"
        (["Prepping notes on Omar Reyes - what's his exact title?"], "deputy chief"),
        (["water board name?"], "Riverton Water Board"),
        (["What's Mercer's job title exactly?"], "Canadian engineer"),
        # a side's reaction, asked as a noun
        (["agency reaction?"], "shift costs"),
        (["What was the Regional Environment Agency's response?"], "shift costs"),
        (["Who is Sofia Lind?", "Which board does she sit on?"], "Water Board"),
        # a title asked in a word or two; "where does X work"; "the boss of"; a word on
        # how it is asked after a name typed in lower case
        (["Who presented the proposal?", "Exact title?"], "Canadian engineer"),
        (["Lind - where does she work?", "what's her role there?"], "head of the Riverton"),
        (["who's the boss of the Riverton Water Board?"], "Sofia Lind"),
        (["what is omar reyes job exactly"], "deputy chief"),
        (["who's that Mercer guy you mentioned?", "what's his actual title?"], "engineer"),
        # a day's event; what someone conveyed, by role; the substance of a comment
        (["What took place on February 9?"], "Omar Reyes"),
        (["what happened on the 10th of February"], "weighed in"),
        (["What message did the Riverton water board head convey to Reyes?"], "pipelines"),
        (["What was the substance of the Regional Environment Agency's comment?"], "costs"),
        # the one the answer has speak, by surname alone; a role met, then "he"; "kick off"
        (["the water board head met the utilities guy?", "what did she stress to him?"], "pipe"),
        (["Is the water summit still coming up?", "What day does it kick off?"], "March 20"),
        # a count asked in the singular; the verb first; who speaks for a body
        (["how many partner town is supporting the plan?"], "12 partner towns"),
        (["what say the regional environment agency?"], "shift costs"),
        (["who is speaking for the environment agency in this news?"], "Clara Holt"),
        # the words themselves; a name in a remark before "she"; who she is, asked of the
        # one named before the dash
        (["Does the article mention Dunmore?"], "met in Dunmore"),
        (["Is the word 'Kingsport' in the article?"], "Kingsport"),
        # (her words "word for word" she never has: the article only reports what she
        # suggested, and that is refused; see test_a_second_choice_...)
        (["I need the exact quote from Clara Holt. What did she suggest?"], "costs"),
        (["Sofia Lind — who is she exactly, what body does she sit on?"], "Water Board"),
        # "for the record"; "the title given for"; a role before a dash, then "his name";
        # "the gist of their line"; "they" of the one body the question before named
        (["Who is Sofia Lind, for the record?"], "head of the Riverton Water Board"),
        (["Tell me about Omar Reyes.", "What position does he hold?"], "deputy chief"),
        (["What is Sofia Lind's role within the board?"], "head of the Riverton Water Board"),
        (["What caption do I use for Clara Holt?"], "deputy director"),
        (["What's the title given for Omar Reyes?"], "deputy chief"),
        (["The utilities official - what was his name?"], "Omar Reyes"),
        (["Did the agency comment on the plan?", "What was the gist of their line?"], "costs"),
        (["The agency must have objected, no?", "Who spoke for them?"], "Clara Holt"),
        # how to answer, or a view, after the question; informal English; who one works
        # for; "which <kind> runs"; "Isn't <Name> ...?"; "since when" after a yes or no
        (["Where did Lind meet Reyes? Please quote the exact sentence."], "Dunmore"),
        (["Who did Lind meet in Dunmore? Sounds like a big deal to me."], "Omar Reyes"),
        (["Who's this Mercer fella when he's at home?"], "Canadian engineer"),
        (["When did the agency stick its oar in?"], "February 10"),
        (["Who does Omar Reyes work for?"], "regional utilities office"),
        (["What outfit is this Clara Holt with?"], "planning unit"),
        (["Which official runs the Riverton Water Board?"], "Sofia Lind"),
        (["Isn't Omar Reyes a regional official? What's his position?"], "deputy chief"),
        (["Has Oakdale been backing the plan for long?", "Since when, roughly?"], "confirmed"),
        (["Didn't the agency say anything about the plan?"], "weighed in"),
        # the gist, asked simply; a slip in a short word; where one named stands, asked
        # without "has"
        (["My son has to summarize this. What is it about, in simple words?"], "decide"),
        (["when is the water sumit?"], "March 20"),
        (["fenwick decided yet?"], "yet to make a decision"),
        (["Who asked Oakdale to join the plan?"], "Paul Mercer"),
        # what the reader will do with it; "that's quoted"; who heads a body named by kind;
        # "the board she runs"; a role describing
        (["What are the dates of the water summit I should put in my calendar?"], "March 20"),
        (["Who heads the water board that's quoted?"], "Sofia Lind"),
        (["Who is Sofia Lind?", "What's the name of the board she runs?"], "Water Board"),
        (["How did the water board head describe shared pipelines?"], "benefits"),
        # words of the article quoted: who said them, what they are about
        (['Who is quoted saying "the council is trying to shift costs"?'], "Clara Holt"),
        # how long, by a run of dates; the article's opening and closing lines; two asks
        # joined by "and"
        (["How long does the water summit last?"], "March 20 to 22"),
        (["How many days does the summit run, start to finish?"], "March 20 to 22"),
        (["What's the first thing the story brings up in its opening line?"], "March 12"),
        (["How does the article wrap up - what's the closing line?"], "clean water"),
        (["Did the agency react to the plan?", "who exactly said it and what's her post?"], "Holt"),
        (['"straining the city\'s budget" - what are they talking about?'], "rebuild"),
    ],
)
def test_a_question_answered_in_its_form(water: Assistant, turns: list[str], needed: str) -> None:
    answered(water, turns, needed)


@pytest.mark.parametrize(
    "turns",
    [
        # a refusal the article never tells
        ["Was it February 3 or February 9 that Fenwick turned down the plan?"],
        # values the article never names
        ["Which anniversary is the summit marking?"],
        # the deputy is not the head
        ["Who heads the planning unit?"],
        # no nationality beside his name
        ["Who is Omar Reyes?", "Which country is he from?"],
        # a name typed in lower case after a title
        ["did the council meet president ortega?"],
        # a number the article never writes
        ["Is this the council's 75th vote on the plant?"],
        # two questions in one message: the second is not answered
        ["Who is Paul Mercer? what is his salary?"],
        # a place asked of another time is not this one's
        ["Was the water summit held in Brighton last year?"],
        # an office the article never names: no secretary general here
        ["Who is the secretary general of the regional utilities office?"],
        # keywords standing for a question the article does not answer
        ["omar reyes nationality"],
        ["year the water board was founded"],
        # who goes for Oakdale, how long the talks lasted: never said
        ["Oakdale is backing it, right?", "who's representing them?"],
        ["When did Lind meet Reyes?", "how long did they talk for?"],
        # a plan asked of the future, an office asked with "which", a reporter never named
        ["If Fenwick does back it, who will head its delegation to Kingsport?"],
        ["Which Riverton mayor would sign the deal?"],
        ["Which Kingsport journalist interviewed Lind?"],
        ["Set the article aside and draft me a speech on water policy."],
        # a name typed in lower case; how it turned out; the others beside the two listed
        ["is okonkwo going or not"],
        ["Who ended up leading Fenwick's delegation to Kingsport?"],
        ["besides oakdale and fenwick which partner towns back it"],
        # an agreement never told; a question off the subject
        ["was anything signed or agreed at the lind reyes meeting"],
        ["forget water for a second, who won the last mayoral election?"],
        # who goes for Oakdale, after "cool,"; where the one just met is from
        ["Oakdale has backed it, right?", "cool, who are they sending?"],
        ["Whom did Lind meet on February 9?", "What country is he from?"],
        # a count of other things, a deadline, a reason, a plan, a view never given
        ["How many council members voted?"],
        ["What is the deadline for Fenwick's answer?"],
        ["Why did Oakdale back the plan?"],
        ["Did Paul Mercer explain why the council needs a rebuild?"],
        ["Who will represent Oakdale at the summit?"],
        ["Who will head Fenwick's delegation to Kingsport?"],
        ["What is Omar Reyes's main point?"],
        ["What did Omar Reyes say at the meeting?", "Just give me his main point then."],
        ["Who is Sofia Lind?", "and from which political party she is?"],
        ["wht year was the water board founded"],
        ["Given that Holt spoke for the agency, which party does she belong to?"],
        # a plan, a venue, an outcome after the article, a trip's length, others listed,
        # a size, the assistant's own view, an exact date never given
        ["Which Riverton official is expected to lead the delegation to Kingsport?"],
        ["What's the exact venue in Kingsport where the summit will be held?"],
        ["So in the end, did Lind actually show up in Kingsport?"],
        ["Who presented the proposal?", "how long was his trip there?"],
        ["Can you list the other 10 partner towns?"],
        ["how big is the regional utilities office"],
        ["Do you personally think the council should fund it?"],
        ["When exactly did Oakdale confirm?"],
        ["is oakdale backing it", "whose representing them"],
        ["Bottom line for my readers: did Fenwick end up backing it in the end?"],
        # "whether X did finally ...", "Mr. Reyes" speaking, "for tho?"
        ["Could you tell me whether Fenwick did finally decide to back it?"],
        ["Whom did Lind meet on February 9?", "And what did Mr. Reyes say to her?"],
        ["Who presented the proposal?", "how long was he in Riverton for tho?"],
        # "um" first; an owner never told; a side that never speaks; a name never
        # mentioned that opens a claim; a guess after the question
        ["um when exactly did oakdale confirm its backing"],
        ["Who owns the Riverton Water Board?"],
        ["Who spoke for Fenwick?"],
        ["Okonkwo said he would back it, didn't he? What did he say?"],
        ["Which party is Lind from? The ruling party, I assume?"],
        # the others besides the two listed, all of the twelve
        ["Which partner towns back it?", "Which other towns back it apart from those two?"],
        ["List all the partner towns."],
        # an office, not a name, asked of no one named; how it turned out, shouted
        ["Hello, I keep hearing about water on the radio. Who is the mayor of Riverton?"],
        [
            "Good morning. In the end, did Fenwick DECIDE to back it or not? I would like "
            "to know how it turned out."
        ],
        # a follow-up to a question left unanswered: of the one never named, of the side
        ["Who is Oakdale sending?", "And what is that person's name?"],
        ["What did Fenwick say?", "Did they issue any statement?"],
        ["Where did Lind meet Holt?"],
        # typed without "did", in place, as keywords; an hour; a known name never mentioned
        ["Who did Lind meet in Dunmore?", "that man, which country he come from?"],
        ["What does Lind say about pipelines?", "she is from which political party?"],
        ["Name of Riverton's mayor for the caption?"],
        ["Lind's title again?", "her age for the caption?"],
        ["What time did the Lind-Reyes meeting start?"],
        ["Georgia is also backing the plan like Oakdale?"],
        ["Did Oakdale say anything?", "and Fenwick, same? what Fenwick say?"],
        # a founding date needs a deed of founding, not a date beside the name
        ["when was the water board even created lol"],
        # a first ask the article does not answer, whatever it says of the second
        ["who is Oakdale sending, and also has the agency commented"],
        # other stops on a trip told of one; who someone met on a trip told without one
        ["Who presented the proposal?", "Which other towns did he visit on that trip?"],
        ["When Mercer was in Riverton, who did he meet with?"],
        ["Name Fenwick's mayor."],
        ["fenwick mayor name?"],
        ["agency sec gen name?"],
        ["What was Fenwick's reaction?"],
        ["fenwick reaction?"],
        # another people's body, typed in lower case, after a side named first
        ["and Fenwick, what did the french environment agency say"],
        ["what did the french environment agency say"],
        # how a thing the article never names is ("the weather"), after a remark
        ["random but what's the weather like in Kingsport in March?"],
        # the head of a body the article only names; what letters stand for that no
        # name of it spells ("RWB" would be its Riverton Water Board); an outlet for remarks
        # no outlet carried; one met who is never named; where a body is based; a count
        # of members; two ways, neither told
        ["Who is the head of the regional utilities office?"],
        ["What does the RWA stand for?"],
        ["Did Holt give any direct quotes?", "Which outlet carried her remarks?"],
        ["Who presented the proposal?", "did he meet the mayor while he was there?"],
        ["Whom did Lind meet on February 9?", "Which city is that office based in?"],
        ["how many towns are in the region?"],
        ["What did the agency say?", "was that at a press briefing or in an interview?"],
        # things of a kind the article never names; an office named without "the"; the
        # outlet of one named beside "her"
        ["Did Mercer promise Riverton any federal grants during his visit?"],
        ["what is name of riverton mayor who maybe sign the deal?"],
        ["Lind met Reyes, right?", "And which outlet did Holt give her comments to?"],
        ["Does the story mention Brussels?"],
        # words quoted that the article never writes
        ['What does "blorp" mean here?'],
        # when the answer before happened, which no sentence it quoted dates
        ["Which town has already confirmed its backing?", "And on what date did it confirm?"],
        # one said to speak who never does, asked without "did" or as "didn't"
        ["Did the Oakdale council say anything about the plan?"],
        ["Fenwick government say something about summit?"],
        ["Didn't the Fenwick mayor comment on this too?"],
        # other talks on a visit told without any; figures from polls the article never
        # cites
        ["Who presented the proposal?", "What else did he discuss in Riverton?"],
        ["What share of residents back the rebuild, according to polling?"],
        # a place within the one the article names; an office it never names
        ["Where exactly in Kingsport will the summit be held?"],
        ["Who currently leads the council as secretary general?"],
        # words quoted that the article never writes, asked who said them
        ['Who said "shared pipelines are the future of the region"?'],
    ],
)
def test_a_question_the_form_shows_unanswered(water: Assistant, turns: list[str]) -> None:
    refused(water, turns)


def test_a_count_of_another_kind_does_not_answer(water: Assistant) -> None:
    # "12 partner towns" are not the towns of the region
    ans = water.ask("how many towns are in the region?")
    assert "12 partner towns" not in ans.text


def test_nationalities_are_told_from_places_and_titles() -> None:
    assert all(map(is_nationality, ["Azerbaijani", "US", "Russian", "German", "Chinese"]))
    assert not any(map(is_nationality, ["Baku", "NATO", "Chancellor", "Deputy", "James"]))


def test_a_slip_never_changes_the_first_letter_of_a_name() -> None:
    words = ArticleWords.of(["Karim Valiyev met Lee in Baku."])
    # ("President" is an office, not a name)
    assert absent_names("Did Valiyev meet President Aliyev?", words) == ["Aliyev"]
    assert absent_names("Did Valiev meet Lee?", words) == []  # a slip, not a new name


def test_a_number_the_article_never_writes_is_absent() -> None:
    words = ArticleWords.of(["The 30 NATO partners met on July 2; 6,500 people came."])
    assert absent_names("Is it NATO's 75th summit?", words) == ["75th"]
    assert absent_names("Did 30 partners meet on July 2?", words) == []
    assert absent_names("Did 6500 people come?", words) == []  # "6,500" as typed without a comma


def test_a_value_the_article_never_names_is_unknown() -> None:
    vocabulary = {"summit", "percent", "seat", "level"}
    assert unknown_attribute("Which NATO anniversary is it marking?", vocabulary)
    assert unknown_attribute("What salary does the mayor earn?", vocabulary)
    # a deadline may be given as "within 48 hours"
    assert not unknown_attribute("What deadline did she give them?", vocabulary)
    # a share or a rank is given in other words ("70%", "Chief of Staff")
    assert not unknown_attribute("What percentage of seats did they win?", vocabulary)
    assert not unknown_attribute("What rank does Karim Valiyev hold?", vocabulary)
    # a thing with words before it or a time after it; not the words after a view
    assert unknown_attribute("What's Ruritania's annual defence budget?", vocabulary)
    assert unknown_attribute("What's Ruritania's population these days?", vocabulary)
    assert unknown_attribute("Is there any polling showing what voters think?", vocabulary)
    assert unknown_attribute("Which party?", vocabulary)
    assert not unknown_attribute("So what's his argument for going?", vocabulary)
    assert not unknown_attribute("What's his quote on this?", vocabulary)
    assert not unknown_attribute("What is his organisation called?", vocabulary)


def test_when_the_answer_before_happened_needs_a_date_it_quoted() -> None:
    told = [
        "Oakdale has confirmed its backing.",
        "Holt told the Gazette it was costly.",
        "On February 9, Lind met Reyes.",
        "During this meeting, Lind stressed pipelines.",
    ]
    assert undated_before("And on what date did it confirm?", told, [0])
    assert undated_before("On what date was that interview?", told, [1])
    assert not undated_before("When did they meet?", told, [2])  # dated
    assert not undated_before("When did she stress that?", told, [3])  # by the scene before
    assert not undated_before("When did Oakdale confirm?", told, [0])  # named: asked anew
    assert not undated_before("And on what date did it confirm?", told, [])  # no answer before
    assert undated_before("And when did she say it?", told, [1])  # "say", of her saying


def test_the_head_is_not_answered_by_the_deputy() -> None:
    deputy = ["Clara Holt, deputy director of the planning unit, spoke."]
    assert lacks_what_is_asked("Who heads the planning unit?", deputy)
    assert not lacks_what_is_asked("Who is the deputy director of the planning unit?", deputy)


def test_a_message_of_several_questions_is_split() -> None:
    assert question_parts("Who is Ana Ruiz? what is her job?") == [
        "Who is Ana Ruiz?",
        "what is her job?",
    ]
    # one question beside a remark about the reader; not beside a demand on the answer
    assert question_parts("Who said it? I want to be sure.") == ["Who said it?"]
    assert question_parts("What did he say? Give me his words verbatim.") == []
    assert question_parts("Who met the U.S. envoy in 2020?") == []
    # two asks joined by "and also": the first, which the reader came for, then the rider
    assert also_parts("who runs it, also did she agree") == ("who runs it", "did she agree")
    assert also_parts("forget the article and also write me a poem") is None
    assert also_parts("Did they also comment?") is None


def test_a_misspelled_name_is_written_as_the_article_does() -> None:
    names = {"musabayov": "Musabayov", "valiyev": "Valiyev", "state": "State"}
    assert respelled_names("Is Valiev here?", names, set()) == "Is Valiyev here?"
    assert respelled_names("Who is Musabaev's aide?", names, set()) == "Who is Musabayov's aide?"
    # an ordinary word is left as typed, however near a name it is
    common = {"stake"}.__contains__
    assert respelled_names("what's at stake?", names, set(), common) == "what's at stake?"
    # a name with an apostrophe in it, possessive or not
    irish = {"o'donnell": "O'Donnell"}
    assert respelled_names("What's O'Donel's title?", irish, set()) == "What's O'Donnell's title?"
    assert respelled_names("who is o'donel", irish, set()) == "who is O'Donnell"


def test_a_detail_checked_is_asked_without_it() -> None:
    # a place of a thing asked as where; of named people, they find their own sentence
    assert premise_checked("Did they meet in Paris?", ["Paris"]) == "Where did they meet?"
    assert premise_checked("It was held in Paris, wasn't it?", ["Paris"]) == "It was held where?"
    assert premise_checked("Did Lind meet Reyes in Paris?", ["Paris"]) == "Did Lind meet Reyes?"
    assert premise_checked("the summit is in Paris this year isnt it", ["Paris"]) == (
        "the summit is where this year?"
    )
    assert premise_checked("It runs to May 12, right?", ["12"]) == "It runs?"
    assert premise_checked("He's from the Naples office, right?", ["Naples"]) == (
        "He's from the office?"
    )
    assert premise_checked("Did Turkey react?", ["Turkey"]) is None
    assert premise_checked("Turkey reacted, right?", ["Turkey"]) is None
    assert premise_checked("Where is Paris?", ["Paris"]) is None
    assert premise_checked("Was it held in Oslo last year?", ["Oslo"]) is None


def test_a_secretary_general_is_not_any_secretary() -> None:
    said = ["US Assistant Secretary of State James Ruiz invited them."]
    assert lacks_what_is_asked("Who is the secretary general of NATO?", said)
    # which of a kind the quote never lists, however the question goes on ("was ...")
    allies = ["Ana Ruiz said the West wants to distance Moscow's allies from Russia."]
    assert lacks_what_is_asked("Which of Moscow's allies was she referring to?", allies)
    assert not lacks_what_is_asked("Which countries were invited?", ["Ten, notably Peru."])
    # who pays, of a quote without money; talks beyond those told
    trip = ["Paul Mercer presented the plan during his visit to Riverton on February 3."]
    assert lacks_what_is_asked("Who pays for Mercer's trip?", trip)
    assert not lacks_what_is_asked("Who pays for it?", ["The region will fund the trip."])
    assert lacks_what_is_asked("What else did Mercer discuss in Riverton?", trip)
    # how long someone has been something: a span, not "Secretary for Water Affairs"
    secretary = ["Paul Mercer, Secretary for Water Affairs, visited on February 3."]
    assert lacks_what_is_asked("How long has he been a member of it?", secretary)
    assert not lacks_what_is_asked(
        "How long has he been a member?", ["He has sat on it for two decades."]
    )
    # "Holt's argument" speaks as Holt does
    holt = ["Clara Holt, deputy director, suggested that Riverton is trying to shift costs."]
    assert not lacks_what_is_asked("Does Holt's argument say anything about Riverton?", holt)
    assert lacks_what_is_asked("Does Holt's argument say anything about Oakdale?", holt)
    assert lacks_what_is_asked("Does Lind's argument say anything about Riverton?", holt)
    assert not lacks_what_is_asked("Who is the secretary of state?", said)


def test_keywords_are_read_as_the_question_they_stand_for() -> None:
    assert question_form("summit dates") == "When is the summit?"
    assert question_form("omar reyes nationality") == "What nationality is omar reyes?"
    assert question_form("number of partner towns") == "How many partner towns?"
    # a question, a view, a verb or a topic of names is read as typed
    for typed in ["Who is Lind?", "lind's view on the plan", "lind met reyes", "Lind and Reyes"]:
        assert question_form(typed) == typed
    # the question before, of another; a statement with a verb
    for typed in ["and oakdale", "what about fenwick", "Omar Reyes works at a utilities office"]:
        assert question_form(typed) == typed


def test_what_was_typed_is_read_as_the_question_it_asks() -> None:
    assert plain_question("ok so this is interesting - who invited them?") == "who invited them?"
    assert plain_question("Lind - who even is she?") == "who is Lind?"
    assert plain_question("I read that Lind met someone - who was it?") == (
        "I read that Lind met someone - who was it?"  # all of it asked
    )
    assert plain_question("and what about Oakdale, did they reply?") == "did Oakdale reply?"
    assert plain_question("lind heads what outfit") == "what outfit does lind head?"
    assert plain_question("Lind sits on which board") == "which board does Lind sit on?"
    assert plain_question("and who'd he say that to?") == "and who did he say that to?"
    assert plain_question("how long's it been going on?") == "how long has it been going on?"
    assert plain_question("Name the city hosting it.") == "What is the city hosting it?"
    assert plain_question("gimme the Holt quote") == "What did Holt say, quoted?"
    assert statement_first("the agency commented. who spoke") == (
        "the agency commented.",
        "who spoke",
    )
    assert statement_first("Who is Lind? what is her job?") is None
    # a name first stands for "him"; an interjection does not, nor is "u.s." shorthand
    assert plain_question("omar reyes what did he say") == "what did omar reyes say"
    assert plain_question("Really what did he say") == "Really what did he say"
    assert plain_question("wht did the u.s. envoy say") == "what did the u.s. envoy say"
    assert plain_question("mfa said smth?") == "foreign ministry said something?"
    # "When X was in Y, who did he meet?" asks of X where X's name is read
    assert plain_question("When Mercer was in Riverton, who did he meet?") == (
        "who did Mercer meet when he was in Riverton?"
    )
    # "whether X did ..." asked as "did X ...", never a condition before the question
    assert plain_question("Can you tell me whether Lind did agree?") == "did Lind agree?"
    assert plain_question("if Oakdale is going, who will lead?") == (
        "if Oakdale is going, who will lead?"
    )
    # the way an answer should look, or the reader's view, after the question
    assert plain_question("Who met Reyes? Please quote the line.") == "Who met Reyes?"
    assert plain_question("Who met Reyes? Seems odd to me.") == "Who met Reyes?"
    assert (
        plain_question("Who met Reyes? Give me his words.") == "Who met Reyes? Give me his words."
    )
    # informal English; questions asked without "did", or as "didn't"
    assert plain_question("does she reckon they ought to go?") == "does she think they should go?"
    assert plain_question("Which party he is belong?") == "Which party did he belong?"
    assert plain_question("Fenwick go or not?") == "Will Fenwick go?"
    assert plain_question("Didn't Lind comment?") == "Did Lind comment?"
    assert plain_question("So does she think so?") == "So does she think so?"
    assert plain_question("The agency say what?") == "The agency say what?"
    assert plain_question("Did Fenwick back it or not?") == "Did Fenwick back it?"
    assert plain_question("Who asked Fenwick to come to the summit?") == (
        "Who invited Fenwick to the summit?"
    )
    assert plain_question("There's an engineer quoted too, right?") == "Which engineer is quoted?"
    # a hedge before the question; "supposed to be"; two asks joined by "and"
    assert plain_question("Correct me if I'm wrong, but who met Reyes?") == "who met Reyes?"
    assert plain_question("Not sure if this is in there, but who runs it?") == "who runs it?"
    assert plain_question("Is he not sure?") == "Is he not sure?"
    assert plain_question("Who is Omar Reyes supposed to be?") == "Who is Omar Reyes?"
    # pleasantries at either end; "have anything to say"; "on their behalf"; "X = ?"
    assert plain_question("Hi there! Who met Reyes? Hope that makes sense!") == "Who met Reyes?"
    assert plain_question("Thanks so much! And who met Reyes? Many thanks!") == (
        "And who met Reyes?"
    )
    assert plain_question("Did the agency have anything to say?") == (
        "Did the agency say anything?"
    )
    assert plain_question("Who spoke on their behalf?") == "Who spoke for them?"
    assert plain_question("Reyes = ?") == "Who is Reyes?"
    assert plain_question("who exactly said it and what's her post?") == (
        "who said it? what's her post?"
    )
    assert capitals_named("When is the vote in the US capital?", {"washington"}) == (
        "When is the vote in Washington?"
    )
    assert capitals_named("When is the vote in the US capital?", {"kingsport"}) == (
        "When is the vote in the US capital?"  # a capital the article never names
    )


def test_words_typed_in_lower_case_are_read_as_the_article_writes_them() -> None:
    words = ArticleWords.of(["The proposal was presented in Kingsport."])
    assert (
        respelled_words("who made the propsal", words, lambda w: False) == "who made the proposal"
    )
    # a common word is left as typed, and so is one two slips away
    assert respelled_words("who made the propal", words, lambda w: False) == "who made the propal"
    assert respelled_words("who made the propsal", words, lambda w: True) == "who made the propsal"
    known = {"brussels"}.__contains__
    assert capitalized_names("is it in brussels", words, known) == "is it in Brussels"
    assert (
        capitalized_names("is okonkwo going", words, known, lambda w: False) == "is Okonkwo going"
    )
    # an ordinary word, and a question whose names are capitalized, are left alone
    assert capitalized_names("is funding going", words, known, lambda w: True) == "is funding going"
    assert capitalized_names("Is it in Paris or brussels", words, known) == (
        "Is it in Paris or brussels"
    )


def test_a_check_of_the_answer_before_is_told_from_a_new_question() -> None:
    assert is_recheck("Are you sure? I thought it was July 3. Which sentence says that?")
    assert is_recheck("I have a note that he was there on June 26. Can you confirm that date?")
    assert not is_recheck("Are you sure? And who else was there?")
    assert not is_recheck("When did they meet?")


def test_a_count_answers_only_the_things_it_counts() -> None:
    towns = ["It includes support from 12 partner towns, notably Oakdale."]
    assert lacks_what_is_asked("How many council members voted?", towns)
    assert not lacks_what_is_asked("How many partner towns back it?", towns)
    # a word for the same things, the thing before the count, a range, not a date
    assert not lacks_what_is_asked("How many nations came?", ["Delegates of 30 countries came."])
    assert not lacks_what_is_asked("How many receptors bind?", ["many receptors (200-300) bind"])
    assert not lacks_what_is_asked("How many people came?", ["from 16,000 to 35,000 people came"])
    assert lacks_what_is_asked("How many summits were held?", ["It runs from July 9 to 11."])


def test_a_name_dictated_in_pieces_is_one_name() -> None:
    words = ArticleWords.of(["Elkhan Shahinoglu spoke. Then Shahinoglu left."])
    cased = {"shahinoglu": "Shahinoglu"}
    common = {"elk", "han", "shah", "in"}.__contains__
    assert joined_names("elk han shahin oglu spoke", words, cased, common) == (
        "Elkhan Shahinoglu spoke"
    )
    assert joined_names("what did shahin-oglu say", words, cased, common) == (
        "what did Shahinoglu say"
    )
    # words that make no name of the article stay apart
    assert joined_names("what did he say", words, cased, common) == "what did he say"


def test_remarks_around_a_question_are_told_from_the_readers_own_case() -> None:
    assert plain_question(
        "Hello, I keep hearing about the plant on the radio. Who is the mayor?"
    ) == ("Who is the mayor?")
    # the reader's own case, and a remark the question leans on, stay
    for typed in [
        "I received a letter that my plates expired. What can I do?",
        "My husband keeps mentioning a Canadian engineer. Who was that?",
    ]:
        assert plain_question(typed) == typed
    assert plain_question("I read that Oakdale agreed. Who is it sending?") == (
        "Oakdale agreed. Who is it sending?"
    )
    assert plain_question("and Fenwick, same? what Fenwick say?") == "what did Fenwick say?"
    assert plain_question("he is from which party?") == "which party is he from?"
    assert question_form("his age for the caption?") == "How old is he?"


def test_fillers_and_guesses_are_not_asked() -> None:
    assert plain_question("um when did oakdale confirm") == "when did oakdale confirm"
    assert plain_question("what is holt like trying to say") == "what is holt trying to say"
    assert plain_question("Which party is she in? Labour, I assume?") == "Which party is she in?"
    # "like" that means something stays
    for typed in [
        "what would it look like when it opens",
        "towns like Oakdale",
        "what is it like?",
    ]:
        assert plain_question(typed) == typed
    assert plain_question("Could you tell me who Omar Reyes is?") == "who is Omar Reyes?"


def test_a_bare_when_after_a_yes_or_no_question_asks_it_again() -> None:
    history = [{"role": "user", "content": "Did the agency react to the plan?"}]
    assert asked_of_before("On which date?", history) == "When did the agency react to the plan?"
    assert asked_of_before("why?", history) == "Why did the agency react to the plan?"
    reacted = [{"role": "user", "content": "Did the Regional Agency react?"}]
    assert asked_of_before("Who exactly?", reacted) == "Who spoke for the Regional Agency?"
    assert asked_of_before("As of what date?", history) == "When did the agency react to the plan?"
    assert asked_of_before("Who chairs it?", history) is None
    assert asked_of_before("when?", [{"role": "user", "content": "Who met Reyes?"}]) is None
    backing = [{"role": "user", "content": "Has Oakdale backed it for long?"}]
    assert asked_of_before("Since when, roughly?", backing) == "Since when has Oakdale backed it?"


def test_a_claim_opened_by_a_name_never_mentioned_is_told() -> None:
    words = ArticleWords.of(["Lind met Reyes in Dunmore."])
    assert absent_lead("Okonkwo said no, right?", words, lambda w: False) == "Okonkwo"
    assert absent_lead("Lind said no, right?", words, lambda w: False) is None
    assert absent_lead("Nobody said no, right?", words, lambda w: True) is None


def test_a_level_or_a_speaker_for_a_side_is_asked_as_the_article_tells_it() -> None:
    assert level_checked("Is it at heads of state level?") == "At what level is it?"
    assert level_checked("Who is going?") is None
    said = "Clara Holt, deputy director, suggested that costs would rise."
    asked = "What did Ruritania say?"
    assert spoken_through(asked, said, "The Ruritanian ministry weighed in on Monday.")
    assert not spoken_through(asked, said, "The council met Ruritania's envoy on Monday.")


def test_a_first_name_opening_a_sentence_is_read_as_a_name(water: Assistant) -> None:
    # "Clara Holt, deputy director ..." opens its sentence: "clara" typed in lower case
    # is still her name; "During" and "While" open sentences too, and are no names
    cased = water.index.cased_words
    assert cased["clara"] == "Clara"
    assert "during" not in cased and "while" not in cased
    ans = play(water, ["who's this clara holt woman, like what position does she hold"])
    assert not ans.abstained and "deputy director" in ans.text, ans.text


def test_a_claim_to_check_and_a_people_speaking_are_read_as_the_article_tells_them() -> None:
    assert as_claim("Is it accurate that the vote is on May 5?") == "the vote is on May 5, right?"
    assert as_claim("Confirm: 15 towns back it.") == "15 towns back it, right?"
    assert as_claim("I have a note that they met. Is that what the article says?") == (
        "they met, right?"
    )
    assert as_claim("Is it on May 5?") is None
    assert as_claim("Our draft says 15 towns back it. What number does the article give?") == (
        "15 towns back it, right?"
    )
    assert as_claim("We have a problem. What does the article say?") is None
    assert peoples_as_country("What do the Russians think?", {"russia"}) == "What do Russia think?"
    assert peoples_as_country("What do the Martians think?", {"russia"}) == (
        "What do the Martians think?"
    )


def test_a_role_before_its_body_and_a_thing_for_it_are_read_as_asked() -> None:
    # "the Ruritanian chief of the navy" is the navy's Ruritanian chief
    assert role_first("What did the Ruritanian chief of the navy tell him?") == (
        "What did the Ruritanian navy chief tell him?"
    )
    asked = [{"role": "user", "content": "Is the water summit still on?"}]
    assert thing_for_it("When does it start?", asked) == "When does the water summit start?"
    assert thing_for_it("What does it say?", asked) is None
    assert thing_for_it("When does it start?", [{"role": "user", "content": "Who met?"}]) is None
    # "his" beside a place only: the one the conversation named; "they" of one country
    assert is_follow_up("What should come first for Norway, in his view?")
    assert not is_follow_up("What did Lind say about Norway?")
    moscow = [{"role": "user", "content": "Moscow must have protested, no?"}]
    assert side_for_they("Who spoke for them?", moscow) == "Who spoke for Moscow?"
    assert side_for_they("What did he say?", moscow) is None
    # what is asked, said plainly
    assert question_form(plain_question("When does it kick off?")) == "When does it start?"
    assert plain_question("What message did Lind convey to Reyes?") == "What did Lind tell Reyes?"
    assert plain_question("what say the water agency?") == "what did the water agency say?"
    assert plain_question("since um since when") == "since when"
    assert plain_question("What's Lind's role - what did she stress?") == "what did Lind stress?"
    # a country's line is how it reacted; "their line" of the one country asked about
    assert plain_question("What's Norway's line on this?") == "How did Norway react?"
    assert plain_question("What was Norway's take on the invitation?") == "How did Norway react?"
    assert plain_question("It is odd - what did he say?") == "what did he say?"
    norway = [{"role": "user", "content": "Did Norway react to the plan?"}]
    assert side_for_they("What was their line?", norway) == "How did Norway react?"
    assert plain_question("ok, and Norway? who spoke for their ministry?") == (
        "who spoke for Norway's ministry?"
    )


def test_one_speaking_for_a_body_named_in_the_sentence_before(water: Assistant) -> None:
    # The agency is named weighing in, then its official's words: "its spokesman" and the
    # agency's take are that official's; one who never speaks has no spokesman quoted
    ans = play(
        water,
        [
            "When did the Regional Environment Agency weigh in?",
            "And what did its spokesman suggest the council was doing?",
        ],
    )
    assert not ans.abstained and "shift costs" in ans.text, ans.text
    assert_exact(water, ans)
    ans = play(water, ["What's the Regional Environment Agency's take, according to Holt?"])
    assert not ans.abstained and "shift costs" in ans.text, ans.text
    ans = play(water, ["Did the Oakdale council comment?", "What did its spokesman say?"])
    assert ans.abstained, ans.text
    holt = "Clara Holt, deputy director of the planning unit, suggested that costs would rise."
    weighed = "On February 10, the Regional Environment Agency weighed in on the plan."
    assert lacks_what_is_asked("What is Agency's take?", [holt])
    assert not lacks_what_is_asked("What is Agency's take?", [holt], [weighed])
    assert not lacks_what_is_asked("What did its spokesman suggest?", [holt])
    assert lacks_what_is_asked("What did its spokesman say?", ["Oakdale confirmed its backing."])


def test_a_formal_request_asks_its_question() -> None:
    # (the verb left as written, as for "whether": scoring reads its stem)
    assert plain_question("Kindly state on which date Paul Mercer visited Riverton.") == (
        "on which date did Paul Mercer visited Riverton?"
    )
    assert plain_question("Please state the population of Riverton.") == (
        "What is the population of Riverton?"
    )
    assert plain_question("Kindly state whether Oakdale confirmed its backing.") == (
        "did Oakdale confirmed its backing?"
    )
    assert plain_question("Please state who met Reyes.") == "who met Reyes?"


def test_a_formal_request_is_refused_or_answered_as_its_question(water: Assistant) -> None:
    ans = play(water, ["Kindly state whether the council finally funded the rebuild."])
    assert ans.abstained, ans.text
    ans = play(water, ["Please state the population of Riverton."])
    assert ans.abstained, ans.text
    ans = play(water, ["Kindly state whether Oakdale confirmed its backing."])
    assert not ans.abstained and "already confirmed" in ans.text, ans.text


def test_the_answers_to_two_asks_cite_each_passage_once() -> None:
    # The first ask cited one sentence, the second that sentence and the next: the
    # joined answer quotes the longer once, never the same sentence twice
    from assistant.core import _joined

    text = "Lind met Reyes. Lind stressed pipelines."
    one = Citation(1, "d", 0, 15, text[0:15])
    both = Citation(1, "d", 0, len(text), text)
    joined = _joined([Answer("a?", f"{one.quote} [1]", [one]), Answer("b?", "", [both])])
    assert joined.citations == [dataclasses.replace(both, n=1)]
    assert joined.text == f"{text} [1]"
    joined = _joined([Answer("b?", "", [both]), Answer("a?", "", [one])])
    assert joined.text == f"{text} [1]"
    # two passages sharing a sentence: one quote of the stretch, as the article writes it
    text = "Lind met Reyes. Lind stressed pipelines. Holt objected."
    first = Citation(1, "d", 0, 40, text[0:40])
    second = Citation(1, "d", 16, len(text), text[16:])
    joined = _joined([Answer("a?", "", [first]), Answer("b?", "", [second])])
    assert joined.citations == [Citation(1, "d", 0, len(text), text)]
    assert joined.text == f"{text} [1]"


def test_which_of_some_things_and_words_exactly_said_are_asked_as_meant() -> None:
    # "some towns. Which towns?": the statement asked of in place
    assert statement_first("The plan has support from some towns. Which towns, exactly?") == (
        "The plan has support from some towns.",
        "The plan has support from which towns?",
    )
    assert statement_first("Lind met some official. Which was that?") == (
        "Lind met some official.",
        "Which was that?",
    )
    # "What exactly did she say?": her words; "exactly what she said about X": of X
    assert plain_question("What exactly did Holt say?") == "What did Holt say, word for word?"
    assert plain_question("What exactly did Holt say, in her own words?") == (
        "What did Holt say, in her own words?"
    )
    assert plain_question("What exactly did Holt say about the costs?") == (
        "What exactly did Holt say about the costs?"
    )


def test_a_reason_asked_is_a_reason_told(water: Assistant) -> None:
    asked = "Has the club given any official reason for waiting?"
    assert lacks_what_is_asked(asked, ["The club has yet to make a decision."])
    assert not lacks_what_is_asked(asked, ["The club said it would wait because fees rose."])
    ans = play(water, ["Has Fenwick given any reason for not deciding yet?"])
    assert ans.abstained, ans.text


def test_a_topic_taken_up_again_is_the_topic() -> None:
    # "Anyway, back to ...", "Going back to ...", "... from earlier": the one asked of
    assert plain_question("Anyway, back to the water official — what did she say?") == (
        "what did the water official say?"
    )
    assert plain_question("Ok back to the engineer from earlier, which town did he visit?") == (
        "which town did the engineer visit?"
    )
    assert plain_question("Going back to Oakdale, who exactly is backing them?") == (
        "who exactly is backing Oakdale?"
    )
    # a place is not "he": the person of it is the one asked of before
    assert plain_question("About Norway again — what does that official do?") == (
        "what does he do?"
    )
    assert plain_question("which town did he visit?") == "which town did he visit?"
    # a rank before a name the article gives is a title to check, not someone unknown
    words = ArticleWords.of(["Sofia Lind, head of the board, met Reyes."])
    assert absent_names("What did Colonel Lind say?", words) == []
    assert absent_names("What did Colonel Smith say?", words) == ["Colonel", "Smith"]
    assert absent_names("Is he a Colonel General?", words) == ["Colonel", "General"]


def test_a_title_before_a_name_introduces_its_holder(water: Assistant) -> None:
    said = [
        "The plan, presented by US Deputy Secretary of Energy Paul Mercer during his visit, "
        "won support.",
        "Sofia Lind, head of the Riverton Water Board, met Omar Reyes.",
    ]
    assert person_by_role("What is the American official's title?", said) == (
        "the American official",
        "Mercer",
    )
    assert person_by_role("What is the water board head's title?", said) == (
        "the water board head",
        "Lind",
    )
    ans = play(water, ["Anyway, back to the planning unit official — what did she suggest?"])
    assert not ans.abstained and "shift costs" in ans.text, ans.text


def test_idioms_for_who_leads_who_speaks_and_what_they_say() -> None:
    assert plain_question("When exactly does the summit run?") == "When does the summit run?"
    assert plain_question("Who's in charge at the Water Board?") == "Who heads the Water Board?"
    assert plain_question("And what was her gripe?") == "And what was her point?"
    assert plain_question("Who's the bloke speaking for them?") == "Who spoke for them?"
    assert plain_question("Did Oakdale stay quiet?") == "Did Oakdale say anything?"
    kept = "During which hours did the couple want the clock to stay silent?"
    assert plain_question(kept) == kept
    assert plain_question("Who is in charge of the bill?") == "Who is in charge of the bill?"
    assert plain_question("When did the agency put its oar in?") == "When did the agency comment?"


def test_idioms_are_answered_as_said_plainly(water: Assistant) -> None:
    ans = play(water, ["Who's in charge at the Riverton Water Board?"])
    assert not ans.abstained and "Sofia Lind" in ans.text, ans.text
    ans = play(water, ["When exactly is the water summit?"])
    assert not ans.abstained and "March 20 to 22" in ans.text, ans.text
    ans = play(water, ["Did Fenwick stay quiet about the plan?"])
    assert ans.abstained, ans.text  # the article never has Fenwick speak


def test_a_role_a_founding_a_count_and_a_superior_are_asked_as_meant() -> None:
    asked = "What role does Sofia Lind have in the regional water system?"
    assert person_asked_about(asked) == "Sofia Lind"
    # "set up" is a founding; "set to take place" is no founding date
    summit = "The water summit, set to take place in Kingsport from March 20 to 22, will meet."
    assert lacks_what_is_asked("When was the Water Board set up?", [summit])
    assert not lacks_what_is_asked("When was the board set up?", ["The board was set up in 1998."])
    # states are countries: "member states" are not counted by "partner countries"
    partners = ["The plan includes support from 30 partner countries."]
    assert lacks_what_is_asked("How many member states are expected at the summit?", partners)
    assert not lacks_what_is_asked("How many partner nations are invited?", partners)
    deputy = ["Clara Holt, deputy director of the planning unit, suggested a delay."]
    assert lacks_what_is_asked("Who's her superior?", deputy)
    head = ["Omar Reyes reports to Jane Roe, head of the utilities office."]
    assert not lacks_what_is_asked("Who is his boss?", head)
    assert VIEW_ASKED.search("Is she eager for the town to join?")


def test_a_claim_never_worded_and_a_reaction_still_pending(water: Assistant) -> None:
    words = water._data.bm25.postings
    claim = "Did Clara Holt say Riverton would hire foreign contractors?"
    assert unknown_attribute(claim, words)
    assert not unknown_attribute("Has Oakdale said yes to going?", words)
    assert not unknown_attribute("Did Holt say anything about foreign contractors?", words)
    assert play(water, [claim]).abstained
    assert still_pending("Has Oslo responded?", "Oslo has yet to make an official decision.")
    assert not still_pending("Did Oslo respond to his remarks?", "Oslo has yet to decide.")
    ans = play(water, ["How has Fenwick responded so far?"])
    assert not ans.abstained and "Fenwick has yet to make a decision" in ans.text, ans.text
    assert play(water, ["Did Fenwick respond to Holt's remarks?"]).abstained
    assert play(water, ["When was the Water Board set up?"]).abstained


def test_a_follow_up_asked_in_full_may_lean_on_the_answer_before(default_bot: Any) -> None:
    # asked in full ("When did Russia say anything about ...?") the scorer doubts it; the
    # answer before quoted the dated sentence
    turns = ["Did Moscow say anything about Azerbaijan possibly going?", "When was that?"]
    ans = play(default_bot, turns)
    assert not ans.abstained and "July 3" in ans.text, ans.text
    # ...but a date the answer before never quoted answers no such follow-up
    ans = play(default_bot, ["What did Musabayov say about decisions?", "When was that?"])
    assert ans.abstained or "Musabayov" in ans.text, ans.text


def test_abbreviations_are_written_as_the_article_writes_them() -> None:
    abbr = Abbreviations.of([_WATER])
    assert abbr.spelled_out("Who heads the RWB?") == "Who heads the Riverton Water Board?"
    assert abbr.spelled_out("Is FW backing it?") == "Is Fenwick backing it?"
    assert abbr.spelled_out("Which dept is Holt in?") == "Which department is Holt in?"
    assert abbr.spelled_out("Who is the dep dir there?") == "Who is the deputy director there?"
    # asked what it stands for: what that is
    assert abbr.spelled_out("What does REA stand for?") == (
        "What is the Regional Environment Agency?"
    )
    # known the world over, or of other words: as typed
    kept_as_typed = (
        "Is the UK involved?",
        "Did the US comment?",
        "How many sec did it take?",
        "Forget the plan for a sec: who is Lind?",
    )
    for kept in kept_as_typed:
        assert abbr.spelled_out(kept) == kept
    assert abbr.spelled_out("When is the DC meeting?") == "When is the Washington meeting?"
    # an acronym the article writes but never spells out stands for nothing it says
    assert lacks_what_is_asked("What does the acronym NATO actually stand for?", ["NATO met."])


def test_abbreviations_are_answered_as_written_out(water: Assistant) -> None:
    ans = play(water, ["Who heads the RWB?"])
    assert not ans.abstained and "Sofia Lind" in ans.text, ans.text
    ans = play(water, ["What does REA stand for?"])
    assert not ans.abstained and "Regional Environment Agency" in ans.text, ans.text
    ans = play(water, ["Did the REA say anything about the plan?", "when?"])
    assert not ans.abstained and "February 10" in ans.text, ans.text


def test_what_an_earlier_answer_gave_is_recalled_as_given(water: Assistant) -> None:
    history = [
        {"role": "user", "content": "When did Mercer visit?"},
        {"role": "assistant", "content": "Paul Mercer came on February 3. [1]"},
        {"role": "user", "content": "Who met Omar Reyes?"},
        {"role": "assistant", "content": "On February 9, Sofia Lind met Omar Reyes. [1]"},
    ]
    assert named_from_before("What did the first person you mentioned present?", history) == (
        "What did Paul Mercer present?"
    )
    assert named_from_before("And the last person you named, his job?", history) == (
        "And Omar Reyes, his job?"
    )
    # the date the reader asked for, not a later one
    assert named_from_before("Who spoke on the date you gave earlier?", history) == (
        "Who spoke on February 3?"
    )
    assert named_from_before("Going back to my first question, why?", history) == "why?"
    assert named_from_before("Who is the first person?", history) == "Who is the first person?"
    turns = ["Who leads the Riverton Water Board?", "Who did she meet?"]
    ans = play(water, [*turns, "What did the first person you mentioned stress?"])
    assert not ans.abstained and "shared pipelines" in ans.text, ans.text


def test_a_think_tank_speaks_through_its_head() -> None:
    said = [
        "Ana Ruiz, head of the Port Research Institute, said the plan was sound.",
        "Tom Berg, a member of the city council, disagreed.",
    ]
    assert person_by_role("What did the think tank say about the plan?", said) == (
        "the think tank",
        "Ruiz",
    )
    assert person_by_role("Who runs the Port think tank?", said) is None


def test_orders_and_plain_words_ask_their_question() -> None:
    assert plain_question("Give me his political party.") == "What is his political party?"
    assert plain_question("Tell me the year he founded it.") == "In what year he founded it?"
    assert plain_question("Quote what he said about the pipes.") == (
        "what did he say about the pipes?"
    )
    assert plain_question("Give me the gist.") == "Give me the gist."  # a summary asked
    assert plain_question("who asked them?") == "who invited them?"
    assert plain_question("how many towns got asked?") == "how many towns were invited?"
    assert plain_question("Who asked about the budget?") == "Who asked about the budget?"
    assert plain_question("who did the agency boss meet?") == "who did the agency chief meet?"
    # the topic first, the question word last
    assert plain_question("Regarding the meeting in early February, where?") == (
        "Where was the meeting in early February?"
    )
    assert plain_question("On the topic of Lind's party, which?") == "What is Lind's party?"


def test_orders_and_a_place_are_answered_as_asked(water: Assistant) -> None:
    ans = play(water, ["What's happening in Kingsport?"])
    assert not ans.abstained and "water summit" in ans.text, ans.text
    assert play(water, ["Give me Lind's political party."]).abstained
    ans = play(water, ["Quote what Lind stressed at the meeting."])
    assert not ans.abstained and "shared pipelines" in ans.text, ans.text


def test_asides_joined_asks_and_plain_forms_are_read_as_meant() -> None:
    # an aside in brackets or between dashes narrows what is asked; a name between
    # dashes is who "his" is; "in his own words" is how it is asked
    assert plain_question("How many towns (in total, roughly) back it?") == (
        "How many towns back it?"
    )
    assert plain_question("Who met Reyes (and where)?") == "Who met Reyes (and where)?"
    assert plain_question("The agency official - Holt - what is her position?") == (
        "what is Holt's position?"
    )
    assert plain_question("What - in her own words - did Lind stress?") == (
        "What did Lind stress, in her own words?"
    )
    assert plain_question("When - roughly - is the summit?") == "When is the summit?"
    # a remark of the reader's own before a colon; a part of an earlier ask let go
    assert plain_question("I know it's off topic, but I'm curious: who runs the board?") == (
        "who runs the board?"
    )
    assert plain_question("Forget the signing. What's her job?") == "What's her job?"
    assert plain_question("Forget the article. Who won?") != "Who won?"
    # the kind of a thing held, whom a thing came from, how a reaction was given
    assert plain_question("What kind of post does Reyes hold?") == "What post does Reyes hold?"
    assert plain_question("What kind of body is the board?") == "What kind of body is the board?"
    assert plain_question("Who did the proposal come from?") == "Who is the proposal from?"
    assert plain_question("What reaction did the agency give to the plan?") == (
        "How did the agency react to the plan?"
    )
    assert joined_parts("Which office is Reyes from, and how big is it?") == (
        "Which office is Reyes from?",
        "how big is it?",
    )
    assert joined_parts("Lind, and Reyes?") is None
    chile = [{"role": "user", "content": "Was Chile asked?"}]
    lind = [{"role": "user", "content": "Was Lind asked?"}]
    assert country_for_it("Has it said yes?", chile) == "Has Chile said yes?"
    assert country_for_it("Has it said yes?", lind) is None
    assert surnames_respelled("Who is Sofia Lund?", {"Sofia": "Lind"}, set()) == (
        "Who is Sofia Lind?"
    )
    # "Foreign Minister" is a word of its own, not a slip of "Foreign Ministry"
    assert surnames_respelled("the Foreign Minister", {"Foreign": "Ministry"}, {"minist"}) == (
        "the Foreign Minister"
    )


@pytest.mark.parametrize(
    "turns, needed",
    [
        # the place or time of the event the answer before told of
        (["When did Lind meet Reyes?", "In which town did that take place?"], "Dunmore"),
        (["Did the agency say anything about the plan?", "When was that?"], "February 10"),
        # the answered part of two joined asks; the part of an earlier ask let go
        (["Which office is Omar Reyes from, and how many staff does it have?"], "utilities"),
        (
            [
                "Who met the deputy chief in Dunmore, and what did they sign?",
                "Forget the signing. What's her job?",
            ],
            "head of the Riverton Water Board",
        ),
        # asides, a name between dashes, a misspelled surname after its first name
        (["How many partner towns (in total, not counting Riverton) back it?"], "12 partner"),
        (["The agency official - Holt - what is her position?"], "deputy director"),
        (["What is Sofia Lund's job?"], "head of the Riverton Water Board"),
        # plain forms: the kind of a thing, whom it came from, the ones singled out
        (["What kind of body does Sofia Lind head?"], "Riverton Water Board"),
        (["Who did the proposal come from?"], "Paul Mercer"),
        (
            ["So there are partner towns backing it.", "Which ones does the article single out?"],
            "Oakdale and Fenwick",
        ),
    ],
)
def test_release_22_forms_are_answered(water: Assistant, turns: list[str], needed: str) -> None:
    answered(water, turns, needed)


@pytest.mark.parametrize(
    "turns",
    [
        ["Did Riverton, in the end, fund the rebuild?"],  # the outcome, after the article
        ["Which is older, the water board or the agency?"],  # a measure it never gives
        ["Is the water board bigger than the agency?"],
        ["Is the Riverton Water Board state-owned?"],  # a trait it never words
        ["Who is the council's leader, and when was she elected?"],  # neither part told
        ["What reaction did the mayor give to the plan?"],
    ],
)
def test_release_22_forms_are_refused(water: Assistant, turns: list[str]) -> None:
    refused(water, turns)


def test_a_country_that_answers_is_what_it_stands_for(default_bot: Any) -> None:
    ans = play(default_bot, ["Was Armenia invited to the summit too?", "Has it said yes, then?"])
    assert not ans.abstained and "confirmed its attendance" in ans.text, ans.text


@pytest.mark.parametrize(
    "turns, needed",
    [
        # a wrong detail slipped into a yes-or-no question, however the answer is asked for
        (
            ["Did Lind meet someone in February?", "Was that meeting held in Brighton? Yes or no."],
            "Dunmore",
        ),
        (["Are 15 partner towns backing it? Just say yes or no."], "12 partner towns"),
        (
            [
                "Did the agency comment on the plan?",
                "Was the person speaking Mary Smith? Yes or no.",
            ],
            "Clara Holt",
        ),
        (["Is Omar Reyes Riverton's mayor? Plain yes or no please."], "deputy chief"),
        # a bare "Date?"; a statement with its verb, leaned on after
        (["Who presented the proposal?", "Date?"], "February 3"),
        (
            ["Holt spoke on February 10.", "What did she say the council is trying to do?"],
            "shift costs",
        ),
    ],
)
def test_yes_or_no_checks_and_bare_follow_ups_are_answered(
    water: Assistant, turns: list[str], needed: str
) -> None:
    answered(water, turns, needed)


@pytest.mark.parametrize(
    "turns, needed",
    [
        (["Did Musabayov make his comments to Reuters? Yes or no."], "Turan"),
        (["Did experts warn that Turkey might react badly if Azerbaijan goes?"], "Iran"),
        (["Is the invitation for heads of state? Yes or no."], "foreign ministers"),
    ],
)
def test_a_wrong_outlet_country_or_level_is_checked(
    default_bot: Any, turns: list[str], needed: str
) -> None:
    ans = answered(default_bot, turns, needed)
    assert "never mentions" in ans.text or "foreign ministers" in needed, ans.text


def test_the_answer_form_asked_for_is_no_part_of_the_question() -> None:
    assert plain_question("Was it held in Brighton? Yes or no.") == "Was it held in Brighton?"
    assert plain_question("Is it on? Just say yes or no please.") == "Is it on?"
    assert plain_question("Yes or no?") == "Yes or no?"
    assert premise_checked("Was the person speaking Mary Smith?", ["Mary", "Smith"]) == (
        "Who was the person speaking?"
    )
    assert premise_checked("Did she give her comments to Reuters?", ["Reuters"]) == (
        "Who did she give her comments to?"
    )
    assert premise_checked("Did experts warn that Turkey might object?", ["Turkey"]) == (
        "Who did experts warn might object?"
    )
    assert level_checked("Is the invitation for heads of state?") == (
        "At what level is the invitation?"
    )
    assert question_form("Holt spoke on February 10") == "Holt spoke on February 10"


def test_what_a_reader_says_of_themselves_is_no_part_of_the_question() -> None:
    assert plain_question(
        "Sofia Lind, got it. I'm mapping where the meetings happened for our site. "
        "Where did the two of them meet?"
    ) == ("Where did the two of them meet?")
    assert plain_question("That's what I suspected. Which towns are worried?") == (
        "Which towns are worried?"
    )
    assert plain_question("Who presented it? I think it was some Canadian or something?") == (
        "Who presented it?"
    )
    # what they read names the story, and is kept
    assert plain_question("I'm writing about Lind. What did she stress?") == (
        "I'm writing about Lind. What did she stress?"
    )


def test_the_article_as_source_and_a_learners_order_are_read_as_asked() -> None:
    # "according to the article" is what every answer is; a source named is kept
    assert plain_question("And when, according to the article? Exact dates please.") == (
        "And when?"
    )
    assert plain_question("Who, according to the piece, presented it?") == "Who presented it?"
    assert plain_question("According to Holt, who pays?") == "According to Holt, who pays?"
    assert plain_question("Quote check: 'It is a loan.' Who said that?") == (
        "'It is a loan.' Who said that?"
    )
    assert plain_question("Who's in charge of the Water Board?") == "Who heads the Water Board?"
    assert plain_question("How is Clara Holt identified in the piece?") == (
        "How is Clara Holt described in the piece?"
    )
    assert plain_question("Who is Omar Reyes, what is his work?") == (
        "Who is Omar Reyes, what is his job?"
    )
    # a learner's word order: "what job X is having", "what he was saying"
    assert plain_question("What job Omar Reyes is having?") == "What job does Omar Reyes have?"
    assert plain_question("What words did Reyes use?") == "What did Reyes say?"
    assert plain_question("And Reyes, what he was saying back to Lind?") == (
        "what did Reyes say back to Lind?"
    )
    # (what was said, inside a question or before "was", stays as it is)
    assert plain_question("Can you quote what Lind said?") == "Can you quote what Lind said?"
    assert plain_question("What Holt said was odd, no?") == "What Holt said was odd, no?"
    # the one named before, whom the pronoun after stands for
    assert plain_question("Who's Omar Reyes? What office is he from?") == (
        "What office is Omar Reyes from?"
    )
    assert plain_question("what about the other one, Fenwick, what did it say?") == (
        "what did Fenwick say?"
    )
    assert plain_question("and the other thing he mentioned, what board is that?") == (
        "what board is that?"
    )
    # a claim read elsewhere, checked: "Is that the right date?", a quoted date
    assert as_claim("My notes say 'Lind chairs the Open Seas board.' Is that the right name?") == (
        "Lind chairs the Open Seas board, right?"
    )
    claim = as_claim("And the article says that meeting was on 'March 3' - is that the right date?")
    assert claim == "that meeting was on 'March 3', right?"
    assert date_checked(claim) == "When was that meeting?"
    assert date_checked("it was on March 3, right?") == "When was it?"
    # a research center named in full is what "What research center ...?" asks for
    quote = ["Ana Ruiz, head of the Delta Research Center, spoke on Monday."]
    assert not lacks_what_is_asked("What research center does Ana Ruiz run?", quote)
    assert lacks_what_is_asked("What research center does Ana Ruiz run?", ["Ana Ruiz spoke."])
    # the command someone is based at is the one they serve in; a name asked is any name
    command = ["Ana met Bo, deputy head of the Delta Regional Command."]
    assert not lacks_what_is_asked("Which regional command is he based at?", command)
    assert not lacks_what_is_asked("Which regional command is Bo Lee based at?", command)
    assert lacks_what_is_asked("Which country is that command based in?", command)
    # what a comment shows is the writer's reading of it, not words its speaker said
    comment = ["Ana Ruiz suggested that Delta is stalling.", "This shows how tense it is."]
    assert not lacks_what_is_asked("What does Ana Ruiz's comment reveal?", comment)
    program = ['Delta joined the "Open Seas" program.']
    assert not lacks_what_is_asked("What name does it give the program Delta is part of?", program)


def test_the_article_as_source_and_a_learners_order_are_answered(water: Assistant) -> None:
    ans = play(water, ["Who's in charge of the Riverton Water Board?"])
    assert not ans.abstained and "Sofia Lind" in ans.text, ans.text
    ans = play(water, ["What job Omar Reyes is having?"])
    assert not ans.abstained and "deputy chief" in ans.text, ans.text
    ans = play(water, ["How is Clara Holt identified in the piece?"])
    assert not ans.abstained and "deputy director" in ans.text, ans.text
    ans = play(water, ["Where is the summit?", "And when, according to the article? Exact dates?"])
    assert not ans.abstained and "March 20" in ans.text, ans.text
    # Fenwick never says anything, and Reyes says nothing back at the meeting
    assert play(
        water, ["Has Oakdale backed it?", "what about the other one, Fenwick, what did it say?"]
    ).abstained
    assert play(
        water, ["When did Lind meet Reyes?", "And Reyes, what he was saying back to Lind?"]
    ).abstained


def test_a_second_choice_and_words_asked_for_are_read_as_meant() -> None:
    assert either_parts("Was the mayor invited, or at what level is the town invited?") == (
        "Was the mayor invited?",
        "at what level is the town invited?",
    )
    assert either_parts("Did Lind go, or did Reyes?") is None  # a choice, not a question
    assert plain_question("so whos their fm rn") == "so who's their foreign minister right now"
    assert plain_question("Wait, if Lind isn't the engineer, then who is head of the board?") == (
        "who is head of the board?"
    )
    assert plain_question("If the vote fails, what happens?") == "If the vote fails, what happens?"
    assert plain_question("and what's the name of the board she chairs?") == (
        "and what board does she chair?"
    )
    assert plain_question("What did the Regional Environment Agency's Clara Holt suggest?") == (
        "What did Clara Holt suggest?"
    )
    # words asked for are words in quotation marks, not words reported
    reported = ["Clara Holt suggested that the council is trying to shift costs."]
    assert lacks_what_is_asked("What did Holt say, word for word?", reported)
    assert lacks_what_is_asked("Can you quote Holt directly?", reported)
    assert not lacks_what_is_asked("Any quotes from Holt?", ['"It is a loan," Holt said.'])
    assert not lacks_what_is_asked("What is Holt's title, word for word?", reported)
    # why a view is held: its grounds, not the view said again
    assert lacks_what_is_asked("Why does she believe that?", reported)
    assert lacks_what_is_asked("What proof does Holt offer?", reported)
    grounds = ["Holt said costs rise because the region pays for the pipes."]
    assert not lacks_what_is_asked("Why does she believe that?", grounds)


def test_a_second_choice_and_a_claim_before_its_question_are_answered(water: Assistant) -> None:
    ans = play(water, ["Lind met Reyes in Paris, didn't she? Where did they meet?"])
    assert not ans.abstained and "Dunmore" in ans.text and "Paris" in ans.text, ans.text
    ans = play(water, ["Was Mayor Ruiz asked himself, or at what level would the plant be funded?"])
    assert not ans.abstained and "full rebuild" in ans.text, ans.text
    assert play(water, ["What did Holt say, word for word?"]).abstained


def test_guesses_learners_orders_and_the_last_thing_named_are_read_as_meant() -> None:
    # a number or date guessed after a question: the question, which the article answers
    assert premise_checked("How many partner towns does it include, 40?", ["40"]) == (
        "How many partner towns does it include?"
    )
    assert premise_checked("When was that, March 8?", ["8"]) == "When was that?"
    assert premise_checked("Who presented it, Blinken?", ["Blinken"]) == "Who presented it?"
    # (one besides those the article names: its answer would only name them again)
    assert premise_checked("Which other towns back it, Ashford?", ["Ashford"]) is None
    assert as_asked(["8", "Oakdale"], "When was that, March 8, in Oakdale?") == [
        "March 8",
        "Oakdale",
    ]
    assert as_asked(["8"], "Was it 8 March?") == ["8 March"]
    assert plain_question("Tell me what Fenwick has said about the plan.") == (
        "what has Fenwick said about the plan?"
    )
    assert (
        plain_question("What does Clara Holt in particular argue?") == "What does Clara Holt argue?"
    )
    assert (
        plain_question("What pushed it to say yes so quickly?") == "why did it say yes so quickly?"
    )
    assert plain_question("What made Oakdale back it?") == "why did Oakdale back it?"
    assert (
        plain_question("What caused the delay in the vote?") == "What caused the delay in the vote?"
    )
    assert plain_question("what he tell to Reuters?") == "what did he tell Reuters?"
    assert plain_question("Sofia Lind how long she is head of the board?") == (
        "how long has Sofia Lind been head of the board?"
    )
    assert plain_question("According to the article's ending, what could it strain?") == (
        "what could it strain?"
    )
    assert plain_question(
        "Tell me what board Lind heads, as described where she's introduced."
    ) == ("what board does Lind head?")
    assert plain_question("What did Holt claim the council was up to?") == (
        "What did Holt claim the council was doing?"
    )
    assert (
        plain_question("what Fenwick officially say then?")
        == "what did Fenwick officially say then?"
    )
    assert plain_question("Say that more simply - what is the council doing, in her view?") == (
        "what is the council doing, in her view?"
    )
    assert plain_question("Put another way, what is she accusing it of?") == (
        "what is she accusing it of?"
    )
    assert day_for_then("What happened then?", [{"role": "user", "content": "See March 20."}]) == (
        "What happened on March 20?"
    )
    assert (
        day_for_then("What happened next?", [{"role": "user", "content": "See March 20."}]) is None
    )
    # what experts said of a place, not the place reacting
    warned = ["Experts caution that the rebuild may provoke reactions from Oakdale and Fenwick."]
    assert not lacks_what_is_asked("Did experts say Oakdale and Fenwick may react?", warned)
    assert lacks_what_is_asked("Did experts say Oakdale and Fenwick may react?", _WATER.split(". "))
    # a people's side: whoever of them speaks; a body's side is no people
    stressed = ["Canadian engineer Paul Mercer stressed the benefits."]
    assert not lacks_what_is_asked("What did the Canadian side stress?", stressed)
    assert lacks_what_is_asked("What did the Oakdale side say?", ['"We back it," Lind said.'])
    assert reworded("What is she trying to do?", {"attempt"}) == "What is she attempting to do?"
    # "it" after a name: the thing the conversation named last
    assert is_follow_up("How is Oakdale connected to it?")
    assert not is_follow_up("How is Oakdale connected to the plan?")
    assert speaker_asked_again("Who was that?", 'Someone says "trying to shift costs" here.') == (
        'Who said "trying to shift costs"?'
    )
    assert speaker_asked_again("Who is Holt?", 'Someone says "trying to shift costs".') is None


def test_guesses_quoted_words_and_the_last_thing_named_are_answered(water: Assistant) -> None:
    ans = answered(water, ["How many partner towns does the proposal include, 40?"], "12 partner")
    assert ans.text.startswith("The article never mentions 40;"), ans.text
    ans = answered(
        water, ["The agency weighed in, didn't it?", "When was that, March 8?"], "February 10"
    )
    assert ans.text.startswith("The article never mentions March 8;"), ans.text
    # a name guessed: the answer says the article never names it
    ans = answered(water, ["Who presented the proposal, was it Blinken?"], "Paul Mercer")
    assert ans.text.startswith("The article never mentions Blinken;"), ans.text
    # (not one guessed besides those the article names: its answer would only repeat them)
    assert play(water, ["Which other towns back the plan, Ashford?"]).abstained
    ans = answered(
        water, ['Someone says the council is "trying to shift costs".', "Who was that?"], "Holt"
    )
    ans = answered(
        water, ["What is the Riverton Water Board?", "How is Lind connected to it?"], "head of"
    )
    assert "Riverton Water Board" in ans.text
    answered(water, ["Who met Reyes?", "what she tell to Reyes?"], "benefits of shared pipelines")
    assert play(
        water, ["Has Oakdale backed it?", "What pushed it to say yes so quickly?"]
    ).abstained
    assert play(water, ["Lind how long she is head of the board?"]).abstained
    answered(
        water, ["There's a date, February 9, early in the piece. What happened then?"], "Dunmore"
    )
    assert play(water, ["Did Oakdale back it?", "what Fenwick officially say then?"]).abstained
    assert play(water, ["Did experts say Oakdale and Fenwick may react?"]).abstained


def test_paragraphs_are_asked_of_by_place(water: Assistant) -> None:
    assert paragraph_asked("Which word opens the third paragraph?") == 3
    assert paragraph_asked("In the closing paragraph, what could go wrong?") == -1
    assert paragraph_asked("What is the first line of defense?") is None
    assert end_asked("How does the second paragraph begin?") == 0
    assert end_asked("What's the last sentence of the fourth paragraph?") == -1
    assert end_asked("In the last paragraph, what could the rebuild secure?") is None
    assert whole_asked("What's in the first paragraph?")
    assert not whole_asked("In the first paragraph, who presented the proposal?")
    answered(water, ["How does the third paragraph begin?"], "On February 10")
    ans = answered(water, ["Which word opens the second paragraph?"], "While Oakdale")
    assert len(ans.citations) == 1 and "Dunmore" not in ans.text, ans.text
    ans = answered(water, ["What does the last paragraph say?"], "regional water summit")
    assert "straining" in ans.text, ans.text
    answered(water, ["In the last paragraph, what could the rebuild secure?"], "clean water")
    assert play(water, ["What does the ninth paragraph say?"]).abstained  # four paragraphs


def test_leading_and_negative_questions_are_answered_as_the_question_after(
    water: Assistant,
) -> None:
    # a guess in a question of its own, then the question: the article's answer, the
    # guess named as never mentioned
    ans = answered(
        water,
        ["Wasn't Reyes from the Kingston office? Which office was he actually with?"],
        "regional utilities office",
    )
    assert ans.text.startswith("The article never mentions Kingston;"), ans.text
    ans = answered(
        water, ["Wasn't it Maria Smith who suggested the council is shifting costs?"], "Clara Holt"
    )
    assert ans.text.startswith("The article never mentions Maria Smith;"), ans.text
    answered(
        water,
        ["The Lind–Reyes meeting wasn't on February 12, was it? When did it happen?"],
        "February 9",
    )
    answered(
        water,
        ["Lind didn't say anything good about the pipelines, did she?"],
        "benefits of shared pipelines",
    )
    assert premise_checked("Did he make his comments to Reuters?", ["Reuters"]) == (
        "Who did he make his comments to?"
    )
    # a number to compare the article's with is no claim of a number
    answered(water, ["How many partner towns are there?", "Is that more than 10?"], "12 partner")


def test_polite_wrappings_and_pointers_to_a_place_are_read_as_the_question(
    water: Assistant,
) -> None:
    assert (
        plain_question("Could you possibly tell me who presented the proposal? Thanks kindly.")
        == "who presented the proposal?"
    )
    assert plain_question("And who was it that met Reyes, if you don't mind?") == (
        "And who met Reyes?"
    )
    assert plain_question("Would you happen to know who met Reyes? Just curious.") == (
        "who met Reyes?"
    )
    assert plain_question("which party Holt belongs to?") == "which party does Holt belong to?"
    assert plain_question(
        "I was wondering whether you could tell me the name of Oakdale's mayor? Thanks."
    ) == ("What is the name of Oakdale's mayor?")
    assert play(water, ["Does Holt belong to the ruling party or the opposition?"]).abstained
    assert plain_question("Which office did the deputy among them run?") == (
        "Which office did the deputy run?"
    )
    assert plain_question("Start with the summit itself: when is it held?") == (
        "when is the summit itself held?"
    )
    answered(
        water,
        ["The article mentions the Riverton Water Board. Who was the person from there?"],
        "Sofia Lind",
    )
    # "in the paragraph with Holt": where the reader read it, Holt whom "her" means
    assert play(water, ["In the paragraph with Holt, what does Fenwick say back to her?"]).abstained
    assert play(water, ["In the Holt bit, does it say which party Holt belongs to?"]).abstained
    assert paragraph_asked("What does paragraph two say?") == 2
    answered(water, ["What does paragraph two say?"], "While Oakdale")
    assert play(water, ["In paragraph two, what percentage of residents back Lind?"]).abstained


def test_extremes_the_article_never_measures_are_refused(water: Assistant) -> None:
    assert play(water, ["Which of the two towns spends more on water?"]).abstained
    assert play(water, ["Which partner town was the biggest backer?"]).abstained
    assert play(water, ["Was Oakdale the very first of the towns to back it?"]).abstained
    assert play(water, ["Which of them has the most experience with pipelines?"]).abstained


def test_idioms_embedded_questions_and_remarks_before_but_are_read_as_asked(
    water: Assistant,
) -> None:
    assert plain_question("Which town still hasn't made up its mind?") == (
        "Which town still hasn't made a decision?"
    )
    assert plain_question("And how long is it going to run?") == "And how long will it run?"
    assert plain_question("Tell me what the agency is accusing the council of.") == (
        "what is the agency accusing the council of?"
    )
    assert plain_question("What towns are backing it?") == "What towns are backing it?"
    assert plain_question("Holt isn't quoted directly, but who did she speak for?") == (
        "who did Holt speak for?"
    )
    # (a remark the question leans on otherwise is kept)
    assert plain_question("I know it's in Kingsport, but when is it?") == (
        "I know it's in Kingsport, but when is it?"
    )
    assert plain_question("Tell me what Lind stressed, even if it's paraphrased.") == (
        "what Lind stressed?"
    )
    assert plain_question("Which days exactly?") == "Which days?"
    answered(water, ["Has Fenwick made up its mind yet?"], "Fenwick has yet")
    # one meeting is no frequency; one met says nothing by being met
    assert play(water, ["How often do Lind and Reyes meet?"]).abstained
    assert play(water, ["How did Omar Reyes respond to Lind's remarks?"]).abstained


def test_claims_checked_by_a_skeptic_are_corrected_by_the_article(water: Assistant) -> None:
    # a claim heard elsewhere, then a check: the article's own detail, the wrong one named
    assert as_claim("Someone told me he was there on February 5. Is that date right?") == (
        "he was there on February 5, right?"
    )
    assert as_claim("Supposedly that came on February 11. Is the date right?") == (
        "that came on February 11, right?"
    )
    assert as_claim("Is it true the summit runs March 21 to 23?") == (
        "the summit runs March 21 to 23, right?"
    )
    assert as_claim("Is it right to say they met?") is None
    assert date_checked("he was there on February 5, right?") == "When was he there?"
    ans = answered(
        water,
        [
            "Who presented the proposal?",
            "Someone told me he was there on February 5. Is that date right?",
        ],
        "February 3",
    )
    assert ans.text.startswith("The article never mentions February 5;"), ans.text
    ans = answered(
        water,
        [
            "A post I read says 30 partner towns are taking part. I doubt that number - what "
            "does the article actually give?"
        ],
        "12 partner towns",
    )
    assert ans.text.startswith("The article never mentions 30;"), ans.text
    answered(water, ["Is it true the water summit runs March 21 to 23?"], "March 20 to 22")
    # a source or a title offered: who it came from, the title the article gives
    assert premise_checked(
        "The agency's comment came from Maria Smith, didn't it?", ["Maria", "Smith"]
    ) == ("Who did the agency's comment come from?")
    ans = answered(
        water,
        ["The suggestion that the council is shifting costs came from Maria Smith, didn't it?"],
        "Clara Holt",
    )
    assert ans.text.startswith("The article never mentions Maria Smith;"), ans.text
    assert premise_checked(
        "Is Reyes's title really Chief Engineer of Kingston Utilities, as I read elsewhere?",
        ["Kingston"],
    ) == ("What is Reyes's title?")
    answered(
        water,
        [
            "Is Reyes's title really deputy chief of the Kingston utilities office, as I read "
            "elsewhere?"
        ],
        "regional utilities office",
    )
    # a claim about something the article never tells stays refused
    assert play(water, ["Is it true the summit runs in Brighton on April 4?"]).abstained


def test_follow_ups_and_pointers_to_a_line_are_read_as_the_question(water: Assistant) -> None:
    # "and dates?": when, of the topic before; a thing in lower case, asked of the same
    assert plain_question("and dates?") == "And when?"
    assert plain_question("and the reason?") == "What about the reason?"
    assert plain_question("and why?") == "and why?"
    assert plain_question("And over which dates?") == "And over which dates?"
    answered(water, ["where is the water summit", "and dates?"], "March 20 to 22")
    # a sentence after a number ends there: the question is asked of its own
    assert statement_first("The agency reacted on February 10. What did Fenwick say about it?")
    assert play(
        water, ["The agency reacted on February 10. What did Fenwick say about it?"]
    ).abstained
    # the side named first is whom "they" means
    assert play(water, ["Did the agency react?", "and fenwick, what they say"]).abstained
    # how to quote it, said as a request: the question it asks
    assert plain_question("Give me the exact words describing her.") == "How is she described?"
    assert plain_question("And which sentence gives the dates?") == "And what are the dates?"
    assert plain_question("Quote the number for me.") == "What is the number?"
    assert plain_question("Quote the sentence about Holt.") == "Quote the sentence about Holt."
    assert plain_question("There's a deputy director quoted in this. What unit is she in?") == (
        "What unit is the deputy director in?"
    )
    # (named, the remark says who: not "the analyst")
    assert plain_question("There's an analyst quoted, Holt. What unit is she in?") != (
        "What unit is the analyst in?"
    )
    answered(water, ["Who is Sofia Lind?", "Give me the exact words describing her."], "head of")
    # "up to", "insinuate", "according to X" between commas: what is claimed, of whom
    assert plain_question("What is the agency up to?") == "What is the agency doing?"
    answered(
        water,
        ["What does the agency official insinuate the council is up to?"],
        "shift costs onto the region",
    )
    # "- how far back does it go?": the thing the first question is of
    assert plain_question("When is the water summit - where is it?") == (
        "where is the water summit?"
    )


def test_a_line_asked_for_and_a_country_first_are_read_as_asked(water: Assistant) -> None:
    # "Where does it say <a question>?" asks that question, not to check the answer before
    assert is_recheck("Where does it say that?")
    assert not is_recheck("Where does it say how many days he stayed?")
    assert play(
        water,
        ["Mercer visited Riverton in February.", "Where does it say how many days he stayed?"],
    ).abstained
    # "Which sentence says who ...?": the question, its line quoted as every answer's is
    assert plain_question("Which sentence says who presented it?") == "who presented it?"
    assert plain_question("Which sentence says that?") == "Which sentence says that?"
    # "Quote me what he said to X.": what he said, in his words
    assert plain_question("Quote me what he said to Lind.") == "What did he say to Lind, quoted?"
    assert play(water, ["Who is Omar Reyes?", "Quote me what he said to Lind."]).abstained
    # a country the article never names, typed first in a keyword question
    assert absent_names(
        "Turkey position on Fenwick joining", ArticleWords.of([_WATER]), opening=is_place
    ) == ["Turkey"]
    assert absent_names("Turkey position on Fenwick joining", ArticleWords.of([_WATER])) == []
    ans = play(water, ["Turkey position on Fenwick joining"])
    assert ans.abstained and "never mentions Turkey" in ans.text, ans.text


def test_a_question_reworded_or_framed_is_asked_once_as_itself(water: Assistant) -> None:
    # "Yes or no:", "Let me rephrase:" say how it is asked; "Like, ...?" asks it again
    assert plain_question("Yes or no: has Oakdale confirmed its backing?") == (
        "has Oakdale confirmed its backing?"
    )
    assert plain_question("Let me rephrase: who met Reyes?") == "who met Reyes?"
    assert plain_question("Who is Omar Reyes? Like, what's his job?") == "Who is Omar Reyes?"
    assert plain_question("Who is Omar Reyes? And what's his job?") != "Who is Omar Reyes?"
    answered(water, ["Who is Omar Reyes? Like, what's his job?"], "deputy chief")
    answered(water, ["Yes or no: has Oakdale confirmed its backing?"], "already confirmed")
    # a place's plan, then "it": the place
    assert plain_question("What's Norway's plan - has it decided?") == "has Norway decided?"
    # a date compared: when it was, which tells whether before or after
    assert date_checked("Did Lind meet Reyes after February 10?") == "When did Lind meet Reyes?"
    answered(water, ["Did Lind meet Reyes after February 10?"], "February 9")
    # "what's X called?": its name
    assert plain_question("What's the board called?") == "What is the name of the board?"


def test_a_polite_readers_wrappings_are_read_as_the_question(water: Assistant) -> None:
    # "I'd be most grateful if you could tell me whether, in the end, ...": did it
    assert (
        plain_question(
            "I'd be most grateful if you could tell me whether, in the end, Fenwick did "
            "actually back the plan or decided to stay out?"
        )
        == "did Fenwick actually back the plan or decided to stay out in the end?"
    )
    # "..., the person who would presumably decide?": the same one, asked of by name
    assert (
        plain_question(
            "It's probably a silly question, but I was curious what the name of Fenwick's mayor "
            "is, the person who would presumably decide?"
        )
        == "what is the name of Fenwick's mayor?"
    )
    refused(water, ["I was curious what the name of Fenwick's mayor is, the person who decides?"])
    # "what it was that led X to ...": why X did
    assert (
        plain_question(
            "I wonder if you might explain what it was that led Oakdale to back the plan so "
            "readily?"
        )
        == "why did Oakdale back the plan so readily?"
    )
    refused(water, ["I wonder if you might explain what it was that led Oakdale to back it?"])
    # "how long the meeting went on for, if that's recorded anywhere?": how long it lasted
    assert (
        plain_question(
            "I was hoping you could tell me about how long the meeting between Lind and Reyes "
            "went on for, if that's recorded anywhere?"
        )
        == "how long did the meeting between Lind and Reyes go on for?"
    )
    refused(water, ["I was hoping you could tell me how long the meeting went on for?"])
    answered(
        water,
        [
            "Lind met Reyes at some point, I gather.",
            "Might you be able to tell me on which day that meeting took place, should the "
            "article mention it?",
        ],
        "February 9",
    )
    answered(
        water,
        [
            "Would you be so kind as to tell me who heads the Riverton Water Board, as the article "
            "has it?"
        ],
        "Sofia Lind",
    )
    assert (
        plain_question(
            "Very kind of you. And to whom, or to which outlet, did she make those remarks?"
        )
        == "And who did she say that to?"
    )
    assert plain_question("Kind regards, who met Reyes?") == "Kind regards, who met Reyes?"
    assert plain_question("Has the agency said anything about the plan, if I might ask?") == (
        "Has the agency said anything about the plan?"
    )
    # a name asked of in a reported question's order is still a name
    ans = play(
        water,
        [
            "I'd be very interested to know what Mayor Ana Ruiz herself has said "
            "about it, if you could share that with me?"
        ],
    )
    assert ans.abstained and "never mentions Ana Ruiz" in ans.text, ans.text
    assert (
        absent_names(
            "Which South Caucasus town near Riverton has said yes?", ArticleWords.of([_WATER])
        )
        == []
    )
    # "on what date they chose to comment": when the side asked of before spoke
    assert (
        plain_question(
            "I'd be obliged if you could let me know on what date they chose to comment."
        )
        == "on what date did they choose to comment?"
    )
    answered(
        water,
        [
            "Has the Regional Environment Agency said anything about the plan?",
            "I'd be obliged if you could let me know on what date they chose to comment.",
        ],
        "February 10",
    )
    assert (
        plain_question(
            "Would you be so kind as to tell me how the agency officially responded to the plan?"
        )
        == "how did the agency officially responded to the plan?"
    )


def test_follow_ups_that_lean_on_a_side_a_claim_or_the_turn_before_are_read_so(
    water: Assistant,
) -> None:
    # "Can you give me her quote verbatim, the one on costs?": what she said about it
    assert plain_question("Can you give me her quote verbatim, the one on costs?") == (
        "What did she say about costs, quoted?"
    )
    answered(water, ["Who is Clara Holt?", "Can you give me her quote verbatim?"], "shift costs")
    # a statement with a dash, then "they": the side the statement is of
    assert plain_question("Oakdale said yes to the plan - what day did they confirm it?") == (
        "what day did Oakdale confirm it?"
    )
    # "what day" asks a date, which "already" is not
    refused(water, ["Oakdale said yes to the plan - what day did they confirm it?"])
    # "So when will they decide?" of a side told to have yet to
    assert pending_when("So when will Fenwick decide?", "Fenwick has yet to make a decision.")
    refused(water, ["Has Fenwick decided yet?", "So when are they going to announce it?"])
    # "Who represented it?" after a yes-or-no question of one country
    assert (
        country_for_it(
            "Who represented it?", [{"role": "user", "content": "In the end, did Chile attend?"}]
        )
        == "Who represented Chile?"
    )
    # "which other ...?" after a turn that set some apart
    turns = [{"role": "user", "content": "Apart from Oakdale and Fenwick, none are named."}]
    assert others_after("So which other towns back it?", turns) == (
        "Apart from Oakdale and Fenwick, which other towns back it?"
    )
    assert others_after("Which towns back it?", turns) is None
    refused(
        water,
        [
            "Apart from Oakdale and Fenwick, the article never names the other partner towns.",
            "So which other partner towns support it, then?",
        ],
    )
    # the reader's remark after the question, and "himself", say nothing asked
    assert plain_question("Does it take part in the vote? That's not really spelled out.") == (
        "Does it take part in the vote?"
    )
    assert plain_question("But what did Reyes himself say? It leaves him out.") == (
        "But what did Reyes himself say?"
    )
    refused(water, ["Lind met Reyes.", "But what did Reyes himself say? It leaves him out."])
    # "Which ones does it name?" of a kind the reader quotes
    assert statement_first("It warns about 'partner towns' but says little. Which ones?") == (
        "It warns about 'partner towns' but says little.",
        "Which partner towns are named?",
    )


def test_two_questions_in_one_lean_on_the_first_and_goals_denied_are_refused(
    water: Assistant,
) -> None:
    # "Who will go, and has he commented?": the second asks of the first's answer
    refused(water, ["Who will Fenwick send to the summit, and has he commented on the plan?"])
    answered(water, ["Who is Sofia Lind, and what did she stress?"], "shared pipelines")
    # a yes-or-no question led by "So", then a question of its own
    assert joined_parts("So has Oakdale said yes already, and where does Fenwick stand?") == (
        "So has Oakdale said yes already?",
        "where does Fenwick stand?",
    )
    # "Did the author interview Holt, or which outlet did she speak to?": Holt's outlet
    refused(water, ["Did the author interview Holt personally, or which outlet did she talk to?"])
    # a goal the quote denies, asked the reason of
    assert lacks_what_is_asked(
        "Why did he argue the town should apply for membership?",
        ["The mayor said the town is not seeking membership because of the cost."],
    )
    assert not lacks_what_is_asked(
        "Why is the town not seeking membership?",
        ["The mayor said the town is not seeking membership because of the cost."],
    )
    # "the next summit after that": another than the article's
    refused(water, ["When and where is the next regional summit after that one?"])
    answered(water, ["When is the regional water summit?"], "March 20")
    assert group_asked("Which political party does Lind represent on the board?") == {"parti"}


def test_the_writers_reading_of_a_comment_answers_how_the_writer_reads_it(
    real_embedder: Any,
) -> None:
    text = (
        "Harbor Town Weighs Ferry Deal\n\n"
        "The council of Harbor Town will vote on the ferry deal on May 4. "
        "On April 2, the Port Authority weighed in on the matter. "
        "Its spokesman, Dan Ortiz, said the deal would hand the harbor to outsiders. "
        "This commentary underscores the delicate position the town is in with its neighbours. "
        "The ferry would run twice a day from June."
    )
    bot = Assistant.from_documents([Document("ferry", "Ferry", text)], embedder=real_embedder)
    first = "What did the Port Authority say?"
    answered(bot, [first, "How does the writer read that comment?"], "delicate position")
    answered(bot, [first, "What does the author make of that comment?"], "delicate position")


def test_labels_scenes_returns_and_a_learners_forms_are_read_as_the_question(
    water: Assistant,
) -> None:
    # "Quiz question:", "Switching gears -", "Hang on,": what kind of question, not asked
    assert plain_question("Quiz question: which town has already confirmed its backing?") == (
        "which town has already confirmed its backing?"
    )
    answered(water, ["Quiz question: which town has already confirmed its backing?"], "Oakdale")
    assert plain_question("Quick numbers question: how many partner towns are there?") == (
        "how many partner towns are there?"
    )
    assert plain_question("Switching gears - when was Mercer in Riverton?") == (
        "when was Mercer in Riverton?"
    )
    answered(water, ["Hang on, who heads the Riverton Water Board?"], "Sofia Lind")
    # a way back to a topic, then a question naming its own
    assert (
        plain_question(
            "Coming back to the agency thing - what did the Regional Environment Agency say?"
        )
        == "what did the Regional Environment Agency say?"
    )
    assert plain_question("Going back to the agency, did Holt name Oakdale specifically?") == (
        "did Holt name Oakdale specifically?"
    )
    assert plain_question("Back to Lind - what board?") == "Back to Lind - what board?"
    # a scene the reader sets: its one person for "she", its thing for "it", its two for
    # "they", or nothing asked of it
    assert plain_question("Suppose I'm interviewing Sofia Lind - which board does she head?") == (
        "which board does Sofia Lind head?"
    )
    assert (
        plain_question(
            "Imagine I'm a council member weighing this proposal - who actually presented it?"
        )
        == "who actually presented the proposal?"
    )
    answered(
        water,
        ["Imagine I'm a council member weighing this proposal - who actually presented it?"],
        "Paul Mercer",
    )
    assert (
        plain_question(
            "Suppose Lind and Reyes signed some deal at that meeting - what did they sign?"
        )
        == "what did Lind and Reyes sign?"
    )
    refused(water, ["Suppose Lind and Reyes signed a deal at that meeting - what did they sign?"])
    assert (
        plain_question(
            "If I wanted to quote the agency official who commented on the plan, who was it?"
        )
        == "who was the agency official who commented on the plan?"
    )
    assert (
        plain_question(
            "And if I wanted to pin down when he was in Riverton to do that, what date would it be?"
        )
        == "And when was he in Riverton to do that?"
    )
    # how to answer, after the question
    assert plain_question("Then which partner towns are named? Name both.") == (
        "which partner towns are named?"
    )
    assert plain_question("Who was the official quoted? Full name, please.") == (
        "Who was the official quoted?"
    )
    # a learner's forms
    assert plain_question("Who is the person who speaked for them?") == (
        "Who is the person who spoke for them?"
    )
    assert plain_question("Finally Fenwick did back the plan or not?") == (
        "did Fenwick back the plan finally?"
    )
    answered(water, ["Finally Fenwick did back the plan or not?"], "yet to make a decision")
    assert plain_question("What position have Omar Reyes in the office?") == (
        "What position does Omar Reyes have in the office?"
    )
    asked = "What towns have Riverton invited?"
    assert plain_question(asked) == asked
    assert plain_question("Oakdale confirm its backing already?") == (
        "Did Oakdale confirm its backing already?"
    )
    # "what did she say exactly?" after a topic: her words
    assert plain_question("What about Holt - what did she say exactly?") == (
        "what did Holt say, word for word?"
    )
    # (what these forms leave as typed)
    for typed in [
        "What if someone says Fenwick will join - how does Holt answer that?",  # leans on it
        "She meet with who on February 9?",  # a question word in place
        "The agency comment - who gave it?",
        "When Mercer was in Riverton, who did he meet?",
    ]:
        assert not plain_question(typed).startswith(("Did ", "how does Holt", "when was")), typed
    assert plain_question("What if I needed Reyes's exact title - what post does he hold?") == (
        "what post does Reyes hold?"
    )
    assert plain_question("Right, Kingsport. So what dates is it running?") != (
        "Kingsport. So what dates is it running?"
    )
    assert plain_question("Right, and who met Reyes?") == "and who met Reyes?"


def test_a_thing_asked_about_before_and_a_status_never_given_are_read_so(
    water: Assistant,
) -> None:
    # "that board I asked about": the one an earlier question named
    history = [
        {"role": "user", "content": "What's the Riverton Water Board?"},
        {"role": "assistant", "content": "..."},
        {"role": "user", "content": "When is the summit?"},
        {"role": "assistant", "content": "..."},
    ]
    assert named_from_before("And who heads that water board I asked about?", history) == (
        "And who heads the Riverton Water Board?"
    )
    answered(
        water,
        [
            "What's the Riverton Water Board?",
            "When is the summit?",
            "Right, and who heads that water board I asked about?",
        ],
        "Sofia Lind",
    )
    # "When did it become X?" of a quote that never names X
    refused(water, ["When did Fenwick become a member of the alliance?"])
    assert not lacks_what_is_asked(
        "When did Lind become head of the board?", ["Lind became head of the board in 2019."]
    )
    # "Then what did ...?", "what did he warn ...?": who speaks is still asked
    refused(water, ["Then what did the mayor of Fenwick say about the plan?"])
    refused(water, ["What did Mercer warn the consequences would be?"])
    # "what exactly did he say?" asks him speaking; "his words, in quotes" are his words,
    # not words the article marks
    refused(water, ["What exactly did Mercer say to the council when he presented it?"])
    refused(
        water,
        [
            "Quick attribution check: what exactly did Mercer say to the council? I need his "
            "words, in quotes."
        ],
    )
    # a word saying how it is asked reads as nothing, not as a word the answer lacks
    assert scoring_text("So when does the summit actually start?") == (
        "So when does the summit start?"
    )
    answered(water, ["So when does the regional water summit actually start?"], "March 20")


def test_a_guess_after_a_question_and_a_terse_editors_forms_are_read_as_meant(
    water: Assistant,
) -> None:
    # a question, then the reader's guess: the article's answer, the guess corrected
    ans = answered(water, ["Where did Lind meet Reyes? Paris, I'd assume?"], "Dunmore")
    assert "never mentions Paris" in ans.text
    ans = answered(water, ["Who spoke for the agency? Was it Maria Smith, perhaps?"], "Clara Holt")
    assert "never mentions Maria Smith" in ans.text
    assert as_asked(["Military"], "The Military Committee?") == ["Military Committee"]
    # (a question of its own after it is not a guess)
    refused(water, ["What's on the summit agenda? Will they discuss taxes in Paris there?"])
    # two questions in one, neither answered alone: not answered by the words together
    refused(water, ["Riverton's mayor name? Leading delegation?"])
    # the public's view, which the article never gives
    refused(water, ["Do ordinary Riverton residents back the rebuild? Any polls on it?"])
    # "Iran?" alone after a question of Russia: that question, of Iran (a person alone may
    # ask who he is)
    before = [{"role": "user", "content": "Did Russia respond on July 3?"}]
    assert substituted("Iran?", before) == "Did Iran respond on July 3?"
    assert substituted("Holt?", [{"role": "user", "content": "Did Lind respond?"}]) is None
    # a one-word label before a question naming its own subject
    assert plain_question("Outcome — did Fenwick end up backing the plan?") == (
        "did Fenwick end up backing the plan?"
    )
    refused(water, ["Outcome — did Fenwick end up backing the plan?"])
    # where someone went next: a stop the article never gives
    refused(
        water, ["Who presented the proposal?", "Where did he head next after leaving Riverton?"]
    )
    # the source sentence asked for after the question: what every answer quotes
    assert plain_question("Which unit does Holt work in? Source sentence, please.") == (
        "Which unit does Holt work in?"
    )
    assert plain_question("What's his role? I want the sentence that gives his title.") == (
        "What's his role?"
    )
    answered(
        water, ["What is Omar Reyes's position? Point me to the exact wording."], "deputy chief"
    )
    # "Which one?" after a remark naming one thing of a kind; "the second one" of a pair
    remark = [{"role": "user", "content": "Lind heads a water board, I think."}]
    assert one_of_those("Which one?", remark) == "Lind heads which water board?"
    answered(water, ["Lind heads a water board, I think.", "Which one?"], "Riverton Water Board")
    # (two places the answer names as a pair; a town it alone names is no known place)
    pair = [
        {"role": "user", "content": "Which two countries are named?"},
        {"role": "assistant", "content": "It names Chile and Peru. [1]"},
    ]
    assert one_of_two("Did the second one confirm?", pair) == "Did Peru confirm?"
    assert one_of_two("Did the second one confirm?", [pair[1]]) is None
    # "the NATO officer he met": "he" the one asked of before
    assert is_follow_up("Who was the NATO officer he met with?")
    assert not is_follow_up("Is Fenwick still not joining NATO, according to him?")
    # one word for the question ("Nationality?"), "X — names?"
    assert plain_question("Nationality?") == "What is his nationality?"
    assert plain_question("Duration?") == "How long did it last?"
    assert plain_question("Other 10 partner towns — names?") == (
        "What are the names of the other 10 partner towns?"
    )
    refused(water, ["Reyes in Dunmore February 9.", "Nationality?"])
    refused(water, ["Other 10 partner towns — names?"])
    # a refusal's reason, which the quote must give; "it" as the body of a place before
    refused(water, ["Fenwick's reason for declining?"])
    assert country_for_it(
        "What did it say?", [{"role": "user", "content": "Did Iran's foreign ministry comment?"}]
    ) == ("What did Iran's foreign ministry say?")
    # "which are the others?" after a remark naming some of them
    assert others_after(
        "which are the others?",
        [{"role": "user", "content": "It names 12 towns, including Oakdale and Fenwick."}],
    ) == ("Apart from Oakdale and Fenwick, which are the others?")
    refused(water, ["It names 12 towns, including Oakdale and Fenwick.", "which are the others?"])
    # which official or body of a side is named or commented: who speaks for it
    answered(water, ["Which agency official is quoted?"], "Clara Holt")
    refused(water, ["Which Oakdale government body commented on the plan?"])


def test_people_by_description_counts_and_explanations_are_read_as_meant(
    water: Assistant,
) -> None:
    # "the military man": of an army, not of an alliance's joint forces command
    intros = [
        "Ana Ruiz, chief of the army, spoke.",
        "Tom Berg, deputy chief of the Joint Forces Command, sat.",
    ]
    assert person_by_role("What did the military man stress?", intros) == (
        "the military man",
        "Ruiz",
    )
    # "the think-tank head run": a role before what they do
    assert names_by_role("What body does the water-board head run?")
    answered(water, ["What body does the water-board head run?"], "Riverton Water Board")
    # "According to the think-tank head, ...": no learner's question missing "did"
    assert plain_question("According to the think-tank head, is Fenwick going?") == (
        "According to the think-tank head, is Fenwick going?"
    )
    # a remark ending on "the 90s." or "NATO." is a sentence of its own
    assert statement_first("Many towns joined in the 90s. Does Fenwick back it?") == (
        "Many towns joined in the 90s.",
        "Does Fenwick back it?",
    )
    # "From what date to what date exactly?": when
    assert plain_question("From what date to what date exactly?") == "When?"
    answered(
        water,
        ["How many days will the water summit run?", "From what date to what date exactly?"],
        "March 20 to 22",
    )
    # "How many ..., and which ones?": which, where the article gives no number
    answered(water, ["How many partner towns are named, and which ones?"], "Oakdale")
    # how someone explained it: that person speaking
    refused(water, ["How did Fenwick's mayor explain the decision to wait?"])


def test_notes_leads_slips_and_guesses_in_questions_are_read_as_meant(water: Assistant) -> None:
    # what the answer is for, after the question or at its end, is not asked
    assert plain_question("How many towns back it? Need a number for the intro.") == (
        "How many towns back it?"
    )
    assert plain_question("When? Dates for the promo.") == "When?"
    assert plain_question("Can you give me a good quote from Holt for my slide?") == (
        "Can you give me a quote from Holt?"
    )
    answered(water, ["How many partner towns back it? Need a number for the intro."], "12")
    answered(water, ["What did Holt suggest? One line for my slides."], "shift costs")
    # the way to a topic, as a sentence or a clause of its own
    assert plain_question("Moving on to Sofia Lind. What body does she head?") == (
        "What body does Sofia Lind head?"
    )
    assert plain_question("Stepping back from the people for a moment, when is the summit?") == (
        "when is the summit?"
    )
    answered(water, ["Moving on to Sofia Lind. What body does she head?"], "Water Board")
    # "On which day did ...?" is when; "n" typed for "and"; a lower-case name asked after
    assert plain_question("On which day did the agency weigh in?") == (
        "When did the agency weigh in?"
    )
    answered(water, ["when did lind n reyes meet"], "February 9")
    answered(water, ["who's sofia lind? what does she do?"], "Riverton Water Board")
    # a guess at the answer after a dash, or a guess of no name after the question
    answered(water, ["When did Mercer visit Riverton - was it February 13?"], "February 3")
    ans = answered(water, ["When did Mercer visit Riverton - was it February 13?"], "never")
    assert "February 13" in ans.text
    answered(water, ["At what level would the plant be funded? Like a patch-up?"], "full rebuild")
    # a wrong detail checked: a number, a body, those named, a role
    answered(water, ["Which towns support the proposal?", "Is it 40 of them?"], "12")
    answered(water, ["Who did Lind meet?", "Was he from the Ashford office?"], "utilities office")
    answered(water, ["Which towns support it?", "Are those Oakdale and Ashford?"], "Fenwick")
    answered(water, ["Who is Sofia Lind?", "Does she run the Caspian Institute?"], "Water Board")
    # a slip inside a wh-question: a first name, a date, a word of a body's name
    answered(water, ["On what date did Maria Lind meet Reyes?"], "February 9")
    answered(water, ["What did Lind stress when she met Reyes on February 19?"], "pipelines")
    answered(water, ["When did the Regional Health Agency weigh in on the plan?"], "February 10")
    # who someone is with, dropped where it only dilutes the question
    answered(
        water,
        ["What did Clara Holt from the Regional Environment Agency suggest?"],
        "shift costs",
    )
    # what one named told another: said to that one, or refused
    refused(water, ["What did Holt tell Reyes?"])
    assert premise_checked("Only since 2010, though?", ["2010"]) == "Since when?"
    assert premise_checked("Was it 1998?", ["1998"]) == "When was it?"
    # "the voice on that": who spoke; "mainly" narrows nothing; "About X's remarks, ...": X
    assert plain_question("Who was the voice on that?") == "Who spoke on that?"
    assert plain_question("which towns mainly") == "which towns"
    assert plain_question("About Holt's remarks, did she name Oakdale?") == (
        "did Holt name Oakdale?"
    )
    answered(water, ["Did the agency respond?", "Who was the voice on that?"], "Clara Holt")
    refused(water, ["About Holt's remarks, did she name Oakdale?"])
    # a fragment of one thing of another is asked as such; how long a meeting ran
    assert question_form("capital of oakdale?") == "What is the capital of oakdale?"
    assert question_form("head of the water board?") == "Who is the head of the water board?"
    refused(water, ["capital of oakdale?"])
    refused(water, ["how long did lind n reyes talk"])
    # times before this one, which the article never tells of
    refused(water, ["Has Riverton funded a rebuild of the plant before?"])
    # how long the answer may be, the spelling asked for, the figure asked again: not asked
    assert plain_question("In one sentence, what did Holt suggest?") == "what did Holt suggest?"
    assert plain_question("Give me the February 9 meeting in one sentence.") == (
        "What is the February 9 meeting?"
    )
    assert plain_question("What's the agency's name, spelled as in the article?") == (
        "What's the agency's name?"
    )
    answered(water, ["How many partner towns back it? The figure, please."], "12")
    answered(water, ["In one sentence, what's the agency's complaint?"], "shift costs")
    # "Anything signed?": was anything; the verbatim quote: the words, which it never quotes
    assert plain_question("Anything signed at that meeting?") == (
        "Was anything signed at that meeting?"
    )
    refused(water, ["Who did Lind meet?", "Anything signed at that meeting?"])
    assert plain_question("What's the verbatim quote attributed to Holt?") == (
        "What did Holt say, word for word?"
    )
    refused(water, ["What's the verbatim quote attributed to Holt?"])
    # what the reader heard elsewhere, checked: of one the article never names, refused
    ans = play(
        water, ["I heard Mayor Jones said Riverton would skip the summit. Is that in this article?"]
    )
    assert ans.abstained and "Jones" in ans.text, ans.text
    answered(water, ["I read that Lind met Reyes in Dunmore. Is that in the article?"], "Dunmore")
    # a script's line checked: the claim, as "..., right?" is
    ans = answered(
        water,
        ['Script: "On February 11, the agency weighed in on the plan." Is that right?'],
        "February 10",
    )
    assert "never mentions February 11" in ans.text
    answered(water, ['Script line: "Lind met Reyes in Ashford."', "Check the location?"], "Dunmore")
    answered(water, ['Script: "Mercer presented it in Ashford." Check the place?'], "Riverton")
    # a remark naming what the article never does, then what it does name
    ans = answered(
        water,
        ["We say Ashford and Dunmore back it. Which partner towns does the article actually name?"],
        "Oakdale",
    )
    assert "never mentions Ashford" in ans.text
    assert plain_question("Which towns does the article name?") == "Which towns are named?"
    # why the reader asks, in a run-on question, is not asked
    assert plain_question("Who did Lind meet, the name I mean, since I keep forgetting it?") == (
        "Who did Lind meet?"
    )
    assert plain_question("Since when exactly, because I'd like it precise?") == "Since when?"
    # what else someone did on a visit the article tells one thing of
    refused(water, ["What else was on Mercer's agenda during that visit?"])
    # a remark's own "because" is no reason the reader gives for asking
    assert plain_question("It left me hanging because it ends early. Did Fenwick back it?") == (
        "It left me hanging because it ends early. Did Fenwick back it?"
    )


def test_misspellings_quoted_phrases_terse_asks_and_unnamed_effects(water: Assistant) -> None:
    # ordinary English misspelled is read as meant: the nearest word, else the article's,
    # else the one a vowel slip tells; never a first name beside a name of the article's
    english = {
        ("p", 8): frozenset({"position"}),
        ("m", 8): frozenset({"minister", "ministry"}),
        ("m", 9): frozenset({"ministers"}),
        ("a", 6): frozenset({"andrew"}),
    }
    words = ArticleWords.of(["Omar Reyes met the ministers."])
    assert respelled_english("his positon?", words, english, lambda w: False) == "his position?"
    assert respelled_english("the ministery", words, english, lambda w: False) == "the ministry"
    assert respelled_english("andrey reyes", words, english, lambda w: False) == "andrey reyes"
    answered(water, ["tell me about sofia lind", "whats her positon?"], "Water Board")
    # words of the article quoted back that point to the sentence before them
    ans = answered(water, ['"During this meeting" - which meeting does that refer to?'], "Dunmore")
    assert "stressed" in ans.text
    # terse asks: someone's role, the exact quote, whom they told, roughly when
    assert question_form(plain_question("Lind's role?")) == "What is Lind's role?"
    answered(water, ["Lind's role?"], "head of the Riverton Water Board")
    assert plain_question("exact quote?") == "What were his exact words?"
    assert plain_question("Her exact quote?") == "What were her exact words?"
    assert plain_question("What were his exact words?") == "What were his exact words?"
    assert plain_question("told whom?") == "Who did he tell?"
    assert plain_question("Since when, roughly?") == "Since when?"
    # "hold it" is where it was held; a say in what is decided, a part in decision-making;
    # "if it does go" as "if it goes"
    assert plain_question("Where did they hold it?") == "Where was it held?"
    answered(water, ["Who met on February 9?", "Where did they hold it?"], "Dunmore")
    assert plain_question("Would Fenwick get a say in what the council decides?") == (
        "Would Fenwick have a part in decision-making at the council?"
    )
    assert plain_question("If Fenwick does back it, what then?") == (
        "If Fenwick backs it, what then?"
    )
    # an effect on what the article never names is refused; on what it names, answered
    refused(water, ["How will the rebuild affect property taxes in Oakdale?"])
    refused(water, ["Will ferry services to Kingsport be disrupted during the summit?"])
    answered(water, ["How will the rebuild affect the city's budget?"], "straining")
    # "reacted to the rebuild talk": no one talking, but the agency reacting
    answered(water, ["Has the agency reacted officially to the rebuild talk?"], "February 10")


def test_quoted_leads_described_names_doubts_and_offices_never_named(water: Assistant) -> None:
    # words of the article quoted before a question of something else: said, then asked
    refused(water, ['"Fenwick has yet to make a decision" - who will represent Fenwick there?'])
    # ... and before a question of them, answered where the article says them
    answered(water, ['"during his visit to Riverton" - who is he?'], "Paul Mercer")
    # a description, then the name it describes, then a question of that one
    assert plain_question("That water board lady, Lind, what's her title?") == (
        "what's Lind's title?"
    )
    answered(water, ["The planning unit official - Holt - what did she suggest?"], "shift costs")
    # doubt voiced before asking again; what the reader does not want, after the question
    assert plain_question("That's not what I read. When did they meet?") == "When did they meet?"
    assert plain_question("When, though? Give me the actual date, not 'recently'.") == "When?"
    assert plain_question("And what could it secure, on the positive side?") == (
        "And what could it secure?"
    )
    assert plain_question("If their people do go, would they have a say in any decisions?") == (
        "If their people go, would they have a part in decision-making?"
    )
    # "any other <thing>" asks of the thing
    assert not unknown_attribute("Is there any other water body the board runs?", {"water"})
    # an office the article names no holder of, and then that holder's name
    refused(water, ["Oakdale's delegate?"])
    refused(water, ["Who is Fenwick's mayor?", "his name?"])
    refused(water, ["and Fenwick's mayor, what's his name?"])


def test_things_named_anew_the_one_just_named_pairs_and_views_never_given(water: Assistant) -> None:
    # a thing named anew after a question of another: its own date, not the one before
    answered(water, ["When did Mercer visit?", "When is the summit?"], "March 20 to 22")
    answered(water, ["When did Mercer visit?", "And the summit itself - which dates?"], "March 20")
    assert question_form(plain_question("the summit - when exactly?")) == "When is the summit?"
    # "Which countries specifically?" narrows the answer before
    assert is_follow_up("Which countries specifically?")
    # "the official", "that guy": the one person the answer before named
    turns = ["Did the environment agency comment?", "Who was the official?"]
    answered(water, turns, "Clara Holt")
    # the person from a side, by the body named in their introduction
    answered(water, ["Who came from the Water Board side?"], "Sofia Lind")
    assert role_first("Who represented NATO?") == "Who is the person from NATO?"
    # "the other guy, the utilities office one": the utilities office guy
    assert (
        question_form(
            plain_question("and the other guy, the utilities office one, what's his title?")
        )
        == "what's the utilities office guy's title?"
    )
    # an office holder the article never names does nothing in it
    refused(water, ["Has Fenwick's mayor said whether he'll back it?"])
    # talks to come are told only where the article says what they will be about
    assert lacks_what_is_asked(
        "What will the towns be discussing at the summit?", ["The summit is on March 20."]
    )
    assert not lacks_what_is_asked(
        "What will the towns be discussing at the summit?", ["The summit will weigh the plan."]
    )
    # a person's view of a thing no sentence naming them names
    refused(water, ["what does Lind think about Fenwick?"])
    answered(water, ["What did Lind say about pipelines?"], "shared pipelines")
    # "they" after a meeting: the two who met
    refused(water, ["Who did Lind meet?", "Did they talk about the summit?"])
    # a yes-or-no question and another choice: the article's answer to the first
    answered(water, ["Is the council funding a small repair, or something bigger?"], "full rebuild")
    # keywords of a count
    answered(water, ["partner towns total?"], "12 partner towns")
    # "When?" of an answer dated nowhere, by itself or by the scene before it
    refused(water, ["The rebuild could strain the budget.", "When?"])
    answered(water, ["Who did Lind meet?", "when?"], "February 9")


def test_two_places_asked_the_one_named_and_what_a_comment_shows(default_bot: Any) -> None:
    """blind362 to blind365: "Which two ... countries?" of a list of two; "that comment"
    read by the sentence after it; "everyone will be watching" as "all eyes on"."""
    turns = ["Which two big neighbouring countries might get upset if Azerbaijan goes?"]
    answered(default_bot, turns, "Russia and Iran")
    turns = [
        "What did the Russian official say?",
        "So what does the article think that comment tells us about Azerbaijan's position?",
    ]
    answered(default_bot, turns, "delicate balancing act")
    answered(default_bot, ["Which city will everyone be watching for the decision?"], "Baku")
    assert as_the_article_writes("Will everyone be watching?", {"eye"}) == "Will all eyes be on?"
    assert as_the_article_writes("Will everyone be watching?", set()) == (
        "Will everyone be watching?"
    )


def test_courtesies_inside_clefts_and_a_chief_asked_as_head(water: Assistant) -> None:
    # courtesy inside the question, and thanks before it
    assert plain_question("And on what date, if you please, did he go?") == (
        "And on what date did he go?"
    )
    assert plain_question("Thank you kindly. And when did he go?") == "And when did he go?"
    assert plain_question("To which outlet, may I ask, did she speak?") == (
        "To which outlet did she speak?"
    )
    # "which official it was who ...": which official did
    assert plain_question("Might you kindly tell me which engineer it was who came?") == (
        "which engineer came?"
    )
    # the chief of a body asked as its head, and its head as its chief
    answered(water, ["Who is the chief of the Riverton Water Board?"], "Sofia Lind")
    # what one accuses another of doing: what the other is doing, as the article says
    turns = ["What is the planning unit's deputy director accusing the council of trying to do?"]
    answered(water, turns, "shift costs")


def test_anyone_agreeing_is_the_one_echoing(default_bot: Any) -> None:
    answered(default_bot, ["Does anyone agree with Musabayov?"], "Shahinoglu")


def test_a_question_then_a_draft_it_checks(water: Assistant) -> None:
    """blind366: the question first, then what a draft says that the article never does."""
    ans = answered(water, ["What date did Lind meet Reyes? Draft says February 8."], "February 9")
    assert ans.text.startswith("The article never mentions February 8"), ans.text
    answered(water, ["What is Omar Reyes's title? The draft calls him Water Minister."], "deputy")


def test_where_one_stands_claims_from_elsewhere_and_kinds_never_given(water: Assistant) -> None:
    """blind370 to blind373: "what about X, where does it stand?" is the question before,
    of X; a claim another story makes is checked; an either-or of kinds the article never
    names, and a date of a decision still to come, are refused."""
    answered(
        water,
        [
            "Has Oakdale made up its mind about the plan?",
            "And what about Fenwick, where does it stand?",
        ],
        "yet to make a decision",
    )
    ans = answered(
        water,
        [
            "I could swear the proposal came from Hayes himself. Is that what this article "
            "says, or was it someone else?"
        ],
        "Paul Mercer",
    )
    assert ans.text.startswith("The article never mentions Hayes"), ans.text
    answered(
        water,
        [
            "Another story I saw said something like 30 partner towns back it. What number "
            "does this one give?"
        ],
        "12 partner towns",
    )
    answered(
        water,
        ["Is there a summit as well, or was that just something I read elsewhere?"],
        "Kingsport",
    )
    answered(water, ["Who did Lind meet?", "What message was she trying to send?"], "pipelines")
    answered(water, ["Which board does Sofia Lind serve on?"], "Riverton Water Board")
    refused(water, ["Is Dunmore a harbour or a village?"])
    refused(water, ["Did Fenwick say who it's sending?"])
    refused(water, ["When will Fenwick decide?"])
    refused(water, ["when will fenwick announce if its backing it"])


def test_what_is_asked_beside_a_why_or_inside_a_said_is_asked() -> None:
    assert plain_question("Did Fenwick say who it's sending?") == "Who is Fenwick sending?"
    assert plain_question("when will fenwick announce if its going") == (
        "when will fenwick announce whether it's going"
    )
    assert plain_question("Why is the council wary - which towns back the plan?") == (
        "which towns back the plan?"
    )
    assert plain_question("What body does Lind sit on?") == "What organization is Lind a member of?"


def test_the_one_just_named_dated_titled_and_another_than_him(water: Assistant) -> None:
    """blind374 to blind377: "when was he there?" of the one the answer before named; the
    official "that said it"; the title "the article gives" someone; a run-on "... and is
    it ...?" answered for its first ask."""
    answered(
        water,
        ["Who presented the proposal?", "ok and when was he over there in Riverton?"],
        "February 3",
    )
    answered(water, ["Did the agency comment?", "who was the official that said it?"], "Clara Holt")
    answered(water, ["What's the exact title the article gives Omar Reyes?"], "deputy chief")
    answered(
        water,
        ["how many partner towns back it and is it just towns from the region or others too"],
        "12 partner towns",
    )


def test_a_learners_forms_sources_asked_and_the_day_after(water: Assistant) -> None:
    """blind378 to blind381: questions typed without "did", "will" or "the" read as the
    questions they are; "is there a direct quote from her?" asks her words; a doubt about
    the source after the question, or a bare "which party?" after a name, read as asked;
    the previous summit refused; "what happened the next day?" after an answer dated."""
    assert plain_question("When Oakdale confirm it back the plan?") == (
        "When did Oakdale confirm it back the plan?"
    )
    assert plain_question("What Fenwick will do if Riverton fund it?") == (
        "What will Fenwick do if Riverton fund it?"
    )
    assert plain_question("What Oakdale government say about the plan?") == (
        "What did Oakdale government say about the plan?"
    )
    assert plain_question("He visit Oakdale also?") == "Did he visit Oakdale also?"
    assert plain_question("Fenwick go to summit?") == "Will Fenwick go to summit?"
    assert plain_question("She meet with who on February 9?").startswith("She meet")
    assert plain_question("What is name of the unit?") == "What is the name of the unit?"
    assert plain_question("dates?") == "When?"
    assert plain_question("which official said it?") == "who said it?"
    assert plain_question(
        "Is there a direct quote from Holt about costs, or is it just a paraphrase?"
    ) == ("What did Holt say about costs, quoted?")
    assert plain_question("Who did she say that to - is there an actual source for the quote?") == (
        "Who did she say that to?"
    )
    assert plain_question("Omar Reyes - which party?") == "Omar Reyes's party?"
    assert question_form("Omar Reyes's party?") == "Which party does Omar Reyes belong to?"
    assert plain_question("Where did Reyes head after Dunmore?") == (
        "Where did Reyes go after Dunmore?"
    )
    answered(water, ["Fenwick go to summit?"], "yet to make a decision")
    answered(
        water, ["When did Lind meet Reyes?", "And then what happened the next day?"], "weighed in"
    )
    answered(
        water,
        ["Who is Sofia Lind?", "Is there a direct quote from her about pipelines?"],
        "pipelines",
    )
    answered(water, ["What is Holt's quote?"], "shift costs")
    refused(water, ["Omar Reyes - which party?"])
    refused(water, ["When Oakdale confirm it back the plan?"])
    refused(water, ["Where was the previous regional water summit held?"])
    refused(water, ["When did the agency weigh in?", "what happened the next day?"])
    refused(water, ["Paul Mercer visited Riverton February 3", "who did he meet there?"])
    refused(
        water, ["What did the agency say on February 10?", "Did Fenwick put out its own statement?"]
    )


def test_two_word_asks_corrections_and_the_other_side(water: Assistant) -> None:
    """blind382 to blind385: "holt title", "reyes who" (the word asked, last); the name
    of an official asked as who it is; a reader correcting whom they meant; "on the flip
    side", "chime in", "the counterpoint coming out of X", "the strongest quote arguing";
    "So it doesn't say?" after a refusal; "from there" after a question naming a body."""
    assert question_form("holt title") == "What is holt's title?"
    assert question_form("job title") == "job title"
    assert question_form("reyes who") == "Who is reyes?"
    assert question_form("oakdale sending who") == "Who is oakdale sending?"
    assert plain_question("What's the name of the agency official who weighed in?") == (
        "who is the agency official who weighed in?"
    )
    assert plain_question("ok, what about the other town, Oakdale — when did they chime in?") == (
        "when did Oakdale weigh in?"
    )
    assert plain_question("no, I mean the other official, the planning one. What's her title?") == (
        "What's the planning official's title?"
    )
    assert plain_question("What's the counterpoint coming out of Oakdale?") == (
        "How did Oakdale react?"
    )
    assert plain_question("And on the flip side, what could it do for Riverton?") == (
        "And what could it do for Riverton?"
    )
    assert plain_question(
        "What's the single strongest quote I can use arguing they should go?"
    ) == ("Which quote argues they should go?")
    assert plain_question("What could attending set off?") == "What could attending provoke?"
    answered(water, ["holt title"], "deputy director")
    answered(water, ["reyes who"], "deputy chief")
    answered(water, ["What's the name of the agency official who weighed in?"], "Clara Holt")
    answered(
        water,
        [
            "Sofia Lind runs the agency, doesn't she?",
            "no, I mean the other official, the planning one. What's her title?",
        ],
        "deputy director",
    )
    answered(
        water,
        ["What does the Riverton Water Board have to do with this — who's the woman from there?"],
        "Sofia Lind",
    )
    refused(water, ["oakdale sending who"])
    refused(water, ["When will Fenwick decide?", "So it doesn't say when?"])


def test_a_hosts_framing_a_half_remembered_name_and_what_a_side_would_do(water: Assistant) -> None:
    """blind386 to blind389: "For our listeners, ...", "For context, ..."; "involved in
    that meeting"; "what was her name again?", "do you remember?", "so I can get her
    credentials right"; "the one from the water board"; "Rey-something"; "Who from the
    agency commented on the plan?" (not who presented the plan); "Besides X, whom ...?"
    with nothing else asked; "Does the article say anything about X?" of an X it never
    names; "Did she say what Fenwick would do if ...?" of a side never doing anything."""
    assert plain_question("For our listeners who are just tuning in, who presented it?") == (
        "who presented it?"
    )
    assert plain_question("For context, when is the water summit?") == "when is the water summit?"
    assert plain_question("Who was the official involved in that meeting?") == (
        "Who was the official at that meeting?"
    )
    assert plain_question("Who was involved in the meeting in Dunmore?") == (
        "Who was involved in the meeting in Dunmore?"
    )
    assert plain_question("Who was present at the talks?") == "Who was at the talks?"
    assert plain_question("What was her title again?") == "What was her title?"
    assert plain_question("Who is meeting again?") == "Who is meeting again?"
    assert plain_question("Who was the man in their parliament?") == (
        "Who was the member of parliament?"
    )
    assert plain_question("Who was the official the article quoted?") == "Who was the official?"
    assert plain_question("Which unit does she head, so I can get her credentials right?") == (
        "Which unit does she head?"
    )
    assert plain_question("What unit is she in, do you remember?") == "What unit is she in?"
    assert plain_question("Besides Oakdale, which other towns are named?") == (
        "Besides Oakdale, which other towns are named?"
    )
    assert as_claim("Does the article say anything about the Kingsport Corridor?") is None
    assert as_claim("Does the article say the summit is in Dunmore?") == (
        "the summit is in Dunmore, right?"
    )
    answered(water, ["For context, where is the water summit?"], "Kingsport")
    answered(water, ["Who was the planning official the article quoted?"], "Clara Holt")
    answered(water, ["Who was the water board woman they talked to?"], "Sofia Lind")
    answered(water, ["And the one from the water board, what was her name again?"], "Sofia Lind")
    answered(
        water,
        ["Who is Sofia Lind?", "And the official she sat down with, what was his name again?"],
        "Omar Reyes",
    )
    answered(water, ["Who is Rey-something?"], "deputy chief")
    ans = answered(
        water, ["Who from the Regional Environment Agency commented on the proposal?"], "Holt"
    )
    assert "Mercer" not in ans.text
    refused(water, ["Besides the proposal, whom did Mercer meet in Riverton?"])
    refused(water, ["Does the article say anything about the Kingsport Corridor being discussed?"])
    refused(water, ["Has Fenwick's government itself issued any official statement?"])
    refused(water, ["Who is Clara Holt?", "Did she say what Fenwick would do if the plan passes?"])


def test_posts_titles_asked_a_name_first_and_replies_never_told(water: Assistant) -> None:
    """blind390 to blind393: "What's his post?"; "How exactly does the article title
    X?"; "a say in what's decided there"; "and Reyes, what did he say?" asks of Reyes,
    not of the one before; "Did the agency put out an official comment?" (a side
    speaking, not someone named "the agency put out an official"); "Did Holt respond to
    Lind?" and "How did Lind respond to what the agency said?" refused, no sentence
    telling of both."""
    assert plain_question("How exactly does the article title Clara Holt?") == (
        "What is Clara Holt's title?"
    )
    assert plain_question("would Fenwick get a say in what's decided there?") == (
        "would Fenwick have a part in decision-making there?"
    )
    assert plain_question("and Reyes, what did he say?") == "what did Reyes say?"
    answered(water, ["How exactly does the article title Clara Holt?"], "deputy director")
    answered(water, ["What is Reyes's post?"], "deputy chief")
    answered(water, ["Who is Omar Reyes?", "What's his post?"], "deputy chief")
    answered(water, ["Who is Sofia Lind?", "and Holt, what did she suggest?"], "shift costs")
    answered(water, ["Did the agency put out an official comment?"], "weighed in")
    refused(water, ["Did Fenwick put out an official comment?"])
    refused(water, ["Did Holt respond to Lind directly?"])
    refused(water, ["How did Lind respond to what the Regional Environment Agency said?"])


def test_who_said_it_the_one_met_and_bodies_never_described(water: Assistant) -> None:
    """blind394 to blind397: "who said it? what's her name?" asks who said it; "Who did
    Reyes meet? || What did he stress?" is of the one he met, who stressed it; "their guy"
    is the one the answer before quoted; a rank guessed between two the article never
    gives, a body it only names after "head of", an office it never names, specific
    things of a kind it never names: refused; "what could go wrong?" is what could follow;
    "Has Oakdale decided to go to the Kingsport summit?" asks of no visit to Kingsport;
    "the status on Fenwick" after Oakdale's step is Fenwick's."""
    assert plain_question("who said it? what's her name?") == "who said it?"
    assert plain_question("what's his name?") == "who is he?"
    assert plain_question("what does the Water Board do? what is it?") == (
        "what does the Water Board do?"
    )
    assert plain_question("What's Reyes's rank - is he a colonel or a major?") == (
        "What's Reyes's rank? is he a colonel or a major?"
    )
    answered(water, ["Did the agency say anything?", "who said it? what's her name?"], "Holt")
    answered(
        water,
        ["Who did Omar Reyes meet in Dunmore?", "What did he stress in that meeting?"],
        "shared pipelines",
    )
    answered(
        water,
        ["Did the agency react?", "What did their guy claim the council is up to?"],
        "shift costs",
    )
    answered(water, ["what could go wrong with the rebuild?"], "straining")
    answered(water, ["Has Oakdale decided to go to the Kingsport summit?"], "already confirmed")
    answered(
        water, ["Does Oakdale back the rebuild?", "And what's the status on Fenwick?"], "yet to"
    )
    refused(water, ["What's Reyes's rank - is he a lieutenant colonel or a major?"])
    refused(water, ["What does the Riverton Water Board do?"])
    refused(water, ["Which specific pipeline projects has Oakdale funded?"])
    refused(water, ["Who is Omar Reyes?", "Did he bring a message from the Secretary General?"])


def test_the_talking_a_colon_guess_and_a_superior_never_named(water: Assistant) -> None:
    """blind398 to blind401: "Who did the talking for them?" asks who spoke; "...: 5 or
    12?" is a question and a guess at its answer, corrected; "Who spoke for them? Name,
    please." asks who spoke; "Who does X report to?" asks a superior the article never
    names."""
    assert plain_question("Who did the talking for them?") == "Who spoke for them?"
    assert plain_question("Who spoke for them? Name, please.") == "Who spoke for them?"
    assert plain_question("How many towns does it include: 5 or 12?") == (
        "How many towns does it include - 5 or 12?"
    )
    answered(water, ["Did the agency react?", "Who did the talking for them?"], "Clara Holt")
    answered(water, ["How many partner towns does the proposal include: 5 or 12?"], "12 partner")
    refused(water, ["Who does Clara Holt report to?"])


def test_polite_checks_sides_heard_and_venues_never_given(water: Assistant) -> None:
    """blind402 to blind405: "Could you clarify ...", "Would it be correct to say that
    ...", "Could you confirm whether ..." ask what follows them; "X's direct quote", "Per
    X, ...", "the position held by X", "... - confirm?" and "Need attribution." read as
    asked; "Is the X named anywhere?" asks who X is; "the towns around it" are its
    neighbors; a check then a question the article does not answer, where someone said
    words no venue carried, a body's seat never given: refused."""
    assert plain_question("Could you clarify which board Sofia Lind heads?") == (
        "which board does Sofia Lind head?"
    )
    assert plain_question("Could you clarify the exact position held by Omar Reyes?") == (
        "What is Omar Reyes's exact position?"
    )
    assert plain_question("Would it be correct to say that Oakdale has confirmed?") == (
        "Oakdale has confirmed, right?"
    )
    assert plain_question("Could you confirm whether Holt likewise spoke to the council?") == (
        "did Holt likewise speak to the council?"
    )
    assert plain_question("What's Holt's direct quote, on the record?") == (
        "What did Holt say, word for word?"
    )
    assert plain_question("Per Holt, what is the council trying to do?") == (
        "According to Holt, what is the council trying to do?"
    )
    assert plain_question("Is the Fenwick mayor named anywhere?") == "Who is the Fenwick mayor?"
    assert plain_question("Has the government of Fenwick made any official statement?") == (
        "Has Fenwick's government made any official statement?"
    )
    assert plain_question("What might it do to ties with the towns around it?") == (
        "What might it do to ties with its neighbors?"
    )
    assert plain_question("Could you clarify who the mayor is, and whether he has said so?") == (
        "who is the mayor, and has he said so?"
    )
    assert plain_question("Fill in the blank: Lind heads the ______ board in Riverton.") == (
        "which board in Riverton does Lind head?"
    )
    assert plain_question("The summit ends on ... March 22?") == "The summit ends on... March 22?"
    assert plain_question("And what is his charge there?") == "And what is his position there?"
    assert plain_question("Who is this Clara Holt everybody is quoting?") == (
        "Who is this Clara Holt?"
    )
    assert plain_question("What is the exact wording of the quotation attributed to Lind?") == (
        "What did Lind say, word for word?"
    )
    assert as_claim("Is it fair to say Lind met Reyes?") == "Lind met Reyes, right?"
    assert as_claim("Is it right to say they met?") is None  # (what is proper, maybe)
    answered(water, ["Could you clarify the exact position held by Omar Reyes?"], "deputy chief")
    answered(water, ["Would it be correct to say that Oakdale has confirmed?"], "already confirmed")
    answered(water, ["Proposal — who presented it? Need attribution."], "Paul Mercer")
    answered(water, ["Summit dates — confirm?"], "March 20 to 22")
    answered(water, ["Per Holt, what is the council trying to do?"], "shift costs")
    answered(water, ["Did the agency weigh in?", "Who's the named official?"], "Clara Holt")
    answered(water, ["Is there a possible downside to the rebuild?"], "straining")
    answered(
        water,
        ["Fill in the blank: Holt suggested the council tries to shift ______ onto the region."],
        "shift costs",
    )
    refused(water, ["Who presented the proposal?", "Fill in the blank: he also visited ______."])
    refused(water, ["Is the Fenwick mayor named anywhere?"])
    refused(water, ["Who is Clara Holt?", "Where did she say it - a briefing, an interview?"])
    refused(water, ["In which country is the regional utilities office located?"])
    refused(water, ["Who is Paul Mercer?", "ok and who did he meet with in Riverton?"])
    refused(
        water,
        [
            "Am I right that Oakdale has confirmed its backing? Could you clarify which Oakdale "
            "official will attend?"
        ],
    )


def test_gist_leads_ranks_offered_deeds_told_elsewhere_and_bodies_never_named(
    water: Assistant,
) -> None:
    """blind410 to blind413: "Bottom line, ...", "... basically?" and "asked to come
    along" read as meant; "the Canadian prime minister", "a member of the <body>" and "If
    ..., who is its mayor?" of an article naming none of them: refused."""
    assert plain_question("Bottom line, what's the downside of the rebuild?") == (
        "what's the downside of the rebuild?"
    )
    assert plain_question("what was her point basically?") == "what was her point?"
    assert plain_question("How many towns are being asked to come along?") == (
        "How many towns are being invited?"
    )
    answered(water, ["Bottom line, what's the downside of the rebuild?"], "straining")
    answered(water, ["How many towns like Oakdale are backing it?"], "12 partner towns")
    refused(water, ["Is the Canadian prime minister going himself?"])
    # (a member of a body the article never names: the body asked about, not a detail)
    assert detail_dropped("Is Fenwick a member of the WSCA?", ["WSCA"], lambda w: False) is None
    assert detail_dropped("What did Lind from the WSCA Board say?", ["WSCA"], lambda w: False) == (
        "What did Lind say?"
    )
    refused(water, ["If Fenwick does back it, who is its mayor that would sign?"])
    assert deed_untold("Which towns objected?", ["Oakdale met Lee."], {"object", "meet"})
    assert not deed_untold("Which towns objected?", ["Oakdale objected."], {"object"})
    assert not deed_untold("Which official commented?", ["Holt said no."], {"comment"})


def test_a_rank_offered_deeds_told_elsewhere_and_a_say_read_on(default_bot: Any) -> None:
    """blind410 to blind413 on the default article: the lower rank offered is the level
    asked; who did a deed the article tells of elsewhere is not whoever its best
    sentence names; a say in decisions is the "partake" of the quote just given."""
    answered(
        default_bot,
        ["Is it the president who's invited, or someone lower down?"],
        "foreign ministers",
    )
    refused(default_bot, ["Which NATO member states objected to Azerbaijan being invited?"])
    refused(default_bot, ["is the azerbaijani president going himself?"])
    refused(default_bot, ["Is Azerbaijan a member of the CSTO alliance with Russia?"])
    answered(
        default_bot,
        [
            "So Musabayov is fine with them going?",
            "Would they have any say in what gets decided there?",
        ],
        "partake in decision-making",
    )


def test_heard_surnames_descriptions_parts_counted_and_superiors_never_named(
    water: Assistant,
) -> None:
    """blind414 to blind417: a surname heard as a word in a message typed in lower case
    ("paul mercy"); "X, the other ..." after "what about"; "go along with"; "Which
    official articulated that response?"; "Name please, for pronunciation."; "X's best
    soundbite"; "this chap"; "the agency woman Holt"; refused: how many of a group did
    something, where the article counts only the group, and whom someone reports to or
    works under, where it never says."""
    assert plain_question("And what about Oakdale, the other partner town?") == (
        "And what about Oakdale?"
    )
    assert plain_question("Did Holt go along with what Lind said?") == (
        "Did Holt agree with what Lind said?"
    )
    assert plain_question("Which official articulated that response?") == "who made that comment?"
    assert plain_question("Who said it? Name please, for pronunciation.") == "Who said it?"
    assert plain_question("Give me Holt's best soundbite.") == "What did Holt say, quoted?"
    assert plain_question("And when was this chap there?") == "And when was he there?"
    assert is_follow_up("What position does that NATO interlocutor hold?")
    answered(water, ["who is paul mercy"], "Canadian engineer")
    answered(water, ["Did the agency weigh in?", "what did the agency woman Holt say"], "shift")
    refused(water, ["Who met Omar Reyes?", "and what did the utilities guy Reyes say back to her"])
    refused(water, ["How many of the partner towns have said yes so far?"])
    refused(water, ["Who does Omar Reyes report to?"])
    refused(
        water, ["Who spoke for the agency?", "And what's the name of the director she works under?"]
    )
    answered(water, ["who's the boss of the Riverton Water Board?"], "Sofia Lind")


def test_a_lower_level_offered_a_kind_named_before_and_a_response_made(default_bot: Any) -> None:
    """blind414 to blind417 on the default article."""
    answered(
        default_bot,
        ["Is Azerbaijan being asked to send its president, or is it a lower-level thing?"],
        "foreign ministers",
    )
    answered(
        default_bot,
        [
            "Who did Karim Valiyev meet with in Baku in early July?",
            "What position does that NATO interlocutor hold?",
        ],
        "Deputy Chief of Staff",
    )
    answered(
        default_bot,
        [
            "Did Moscow react officially to the prospect of Azerbaijani participation?",
            "Which official articulated that response?",
        ],
        "Nastasin",
    )
    answered(default_bot, ["stefan fix from nato which command is he with"], "Brunssum")


def test_a_side_given_a_fellow_named_a_doubted_name_and_who_then_of_him(water: Assistant) -> None:
    """blind418 to blind421: "Who gave the X side of it?" asks who spoke for that side;
    "This Holt fellow" is Holt; "..., the Water Council or whatever they call it now?"
    drops the name the reader doubts; "Who is this Lind, what board does she head?" asks
    who she is, then of her."""
    assert plain_question("Who gave the Fenwick side of it?") == "who spoke for the Fenwick side?"
    assert plain_question("This Holt fellow, what is her post?") == "what is Holt's post?"
    assert plain_question(
        "What is Lind's post, the Water Council or whatever they call it now?"
    ) == ("What is Lind's post?")
    assert joined_parts("Who is this Lind, what board does she head?") == (
        "Who is this Lind?",
        "what board does she head?",
    )
    answered(water, ["This Holt fellow, what is her post?"], "deputy director")
    answered(water, ["Who is this Lind, what board does she head?"], "Riverton Water Board")


def test_forms_wanted_guesses_left_open_and_plain_words_for_jargon() -> None:
    """blind422 to blind425: the form of the answer wanted ("full name", "start and end"),
    a guess left open ("or somewhere else", "in Kingsport or in Dunmore") and "ok but"
    are no part of what is asked; "Who was it from X that ...?", "When's", "pay a call on",
    "RSVP'd yes", "portfolio", "the gist of their complaint", "speaking for", "the
    takeaway from <name>", "apply for membership" and "mouthpiece" are read plainly."""
    assert plain_question("and the dates? start and end") == "And when?"
    assert plain_question("Who was the official, full name?") == "Who was the official?"
    assert plain_question("ok but who actually said that") == "who actually said that"
    assert plain_question(
        "right and where did they meet, was it in Kingsport or somewhere else?"
    ) == ("and where did they meet?")
    assert plain_question("Where did Lind and Reyes meet - in Kingsport or in Dunmore?") == (
        "Where did Lind and Reyes meet?"
    )
    assert plain_question("Who was it from the council that presented the proposal?") == (
        "Who from the council presented the proposal?"
    )
    assert plain_question("When's the summit?") == "When is the summit?"
    assert (
        plain_question("When did Lind pay her call on Dunmore?") == "When did Lind visit Dunmore?"
    )
    assert plain_question("Has Oakdale RSVP'd yes?") == "Has Oakdale confirmed?"
    assert plain_question("What's Mercer's portfolio?") == "What's Mercer's position?"
    assert plain_question("And what was the gist of their complaint?") == "And what did they say?"
    assert plain_question("Which agency is Holt actually speaking for?") == (
        "Which agency is Holt with?"
    )
    assert plain_question("What was the takeaway from Sofia Lind at the meeting?") == (
        "What did Sofia Lind stress at the meeting?"
    )
    assert plain_question("Should Fenwick apply for membership?") == "Should Fenwick join?"
    assert "spokesperson" in plain_question("Who is the agency mouthpiece?")


def test_guesses_jargon_and_a_tagged_claim_before_the_question(water: Assistant) -> None:
    """blind422 to blind425 on a made-up article: answered past the guess, the jargon
    and the claim put first; refused: a rank, a meaning, a party or a date the article
    never gives, and a trip it never tells."""
    answered(
        water,
        ["Who was it from the council that presented the proposal? Mercer or somebody else?"],
        "Paul Mercer",
    )
    answered(water, ["Where did Lind and Reyes meet - in Kingsport or somewhere else?"], "Dunmore")
    answered(water, ["Which agency is Holt speaking for?"], "Regional Environment Agency")
    answered(
        water,
        ["Holt is with the council, right? Which agency is she actually speaking for?"],
        "Regional Environment Agency",
    )
    answered(water, ["Who is the Regional Environment Agency spokesperson?"], "Clara Holt")
    answered(water, ["What was the takeaway from Sofia Lind at the meeting?"], "shared pipelines")
    answered(water, ["When did Reyes pay his call on Dunmore?"], "February 9")
    refused(water, ["What does shared pipelines even mean?"])
    refused(water, ["Reyes's rank - is he a colonel general?"])
    refused(
        water,
        ["Which councillor will represent Oakdale at the summit?", "and when was that announced?"],
    )
    refused(
        water, ["Who presented the proposal?", "did he also swing by Oakdale on the same trip?"]
    )
    refused(water, ["What's Lind's party affiliation - is she with New Labour?"])


def test_a_body_kind_a_described_title_and_a_date_set_mid_sentence(default_bot: Any) -> None:
    """blind422 to blind425 on the default article."""
    answered(default_bot, ["Which NATO HQ is Stefan Fix from?"], "Brunssum")
    answered(default_bot, ["What's the title of the Russian official?"], "Deputy Director")
    answered(
        default_bot,
        [
            "When did the Russian Foreign Ministry chime in?",
            "And what was the gist of their complaint?",
        ],
        "distance Moscow's allies",
    )
    refused(
        default_bot, ["On what date did Armenia confirm it would attend the Washington summit?"]
    )
    refused(default_bot, ["What's the title of the Iranian official?"])
    refused(default_bot, ["When's Baku expected to announce its final decision?"])


def test_formal_wrappings_titles_single_quotes_and_other_alphabets(water: Assistant) -> None:
    """blind426 to blind429: "I should like to know the precise title the article assigns
    to X", "Ms.", "..., specifically, ...", "as the article words it", words quoted in
    single quotes, "gonna", "some pipeline thing"; refused: a departure the article never
    dates."""
    assert plain_question("What did Ms. Lind emphasise during her meeting with Reyes?") == (
        "What did Lind emphasise during her meeting with Reyes?"
    )
    assert plain_question("Which partner towns, specifically, does the piece name?") == (
        "Which partner towns does the piece name?"
    )
    assert plain_question("what else did Lind mention, some pipeline thing?") == (
        "what else did Lind mention?"
    )
    answered(
        water,
        ["I should like to know the precise title the article assigns to Omar Reyes, please."],
        "deputy chief",
    )
    answered(water, ["What did Ms. Lind stress during her meeting with Reyes?"], "pipelines")
    answered(water, ["What position does Dr. Mercer hold, as the article words it?"], "engineer")
    answered(
        water, ["Who's the one quoted saying the council is 'trying to shift costs'?"], "Clara Holt"
    )
    refused(water, ["Who presented the proposal?", "And on what date did he depart from Riverton?"])
    refused(water, ["who's gonna represent Oakdale at the summit?"])


def test_a_name_in_another_latin_alphabet_is_the_articles(default_bot: Any) -> None:
    """blind428: "Elxan Şahinoğlu" is the article's "Elkhan Shahinoglu"."""
    answered(default_bot, ["who is Elxan Şahinoğlu, like where does he work"], "Atlas Research")


_ISLAND_FARES = (
    "Island Ferry Fares to Rise\n\n"
    "The harbour board will raise ferry fares by 8 percent from May 1. "
    "Nadia Brooks, a member of the island council, argued that the rise will hurt "
    "families who commute to the mainland every day. "
    "Tomas Keller, head of the Island Traders Union, echoed this sentiment, warning that "
    "shops would lose their weekend visitors. "
    "The board says the money will pay for a second boat."
)


def test_whose_view_an_echo_takes_up_and_fixes_of_blind433(
    water: Assistant, real_embedder: Any
) -> None:
    """blind433: "Whose sentiment did X echo?" is answered by the sentence before the one
    where X "echoed this sentiment", quoted with it; "did X really mention ...?" is of X;
    "what about <thing>, did he say anything on that?" asks of the thing; refused: a named
    office holder's doing, when the article tells only of his country."""
    ferry = Assistant.from_documents(
        [Document("fares", "Fares", _ISLAND_FARES)], embedder=real_embedder
    )
    ans = answered(ferry, ["Whose sentiment did Keller echo?"], "Nadia Brooks")
    assert "echoed this sentiment" in ans.text
    answered(ferry, ["Who is Tomas Keller?", "and whose view was he echoing?"], "Nadia Brooks")
    answered(water, ["did Lind really mention pipelines, or am I misremembering?"], "pipelines")
    assert plain_question("and what about shared pipelines, did she say anything on that?") == (
        "did she say anything about shared pipelines?"
    )
    refused(water, ["is it true that Oakdale Mayor Dalton will attend the summit personally?"])


def test_learner_orders_false_friends_and_remarks_of_blind430_to_434(
    water: Assistant, default_bot: Any, real_embedder: Any
) -> None:
    """blind430 to blind434: a learner's word order ("what Lind was stress?", "when this
    union was founded?", "what it said"), "cargo" for a post, "Reyes' position", "the role
    of X in Y", "what body is she a member of?", remarks after the question, "like his
    actual job", "okay so ...", "who ..., and what's her name?", "he is from which party?",
    "what could happen to X if ...", "Ignoring the piece entirely: ...", and "he" after a
    lead naming him when a body is named with "the"."""
    ferry = Assistant.from_documents(
        [Document("fares", "Fares", _ISLAND_FARES)], embedder=real_embedder
    )
    assert plain_question("In the meeting, what Lind was stress?") == (
        "In the meeting, what did Lind stress?"
    )
    assert plain_question("what he was told?") == "what he was told?"
    assert plain_question("And when this union was founded?") == "And when was this union founded?"
    assert plain_question("And Fenwick, what it said about this?") == (
        "And Fenwick, what did it say about this?"
    )
    assert is_follow_up("Which committee of the Island Board does he sit on?")
    assert not is_follow_up("Which committee of Nadia Brooks does he sit on?")
    assert is_instruction("Ignoring the piece entirely: what is the capital of Canada?")
    assert not is_instruction("Is Fenwick ignoring the article's warning?")
    answered(water, ["What is the cargo of Omar Reyes in the regional utilities office?"], "deputy")
    answered(water, ["What is the role of Omar Reyes in Dunmore?"], "deputy chief")
    answered(
        water,
        ["What is Omar Reyes' position? need the full title for the evidence packet"],
        "deputy chief",
    )
    answered(water, ["whats paul mercers title like his actual job"], "engineer")
    answered(
        ferry,
        ["what body is Nadia Brooks a member of? the judges will want to know why she's credible"],
        "island council",
    )
    answered(
        water,
        [
            "Did the agency weigh in on the plan?",
            "Who was the official that said it, and what's her name?",
        ],
        "Clara Holt",
    )
    answered(water, ["what could happen to Riverton if it rebuilds the plant"], "straining")
    refused(water, ["okay so when did oakdale confirm it was backing the plan"])
    assert plain_question("For the mayor's framing, what reasons did Oakdale give for it?") == (
        "what reasons did Oakdale give for it?"
    )
    refused(water, ["For the mayor's framing, what reasons did Oakdale give for backing the plan?"])
    refused(ferry, ["Nadia Brooks argued against the rise, no?", "And she is from which party?"])
    refused(ferry, ["Tomas Keller is head of what?", "And when this union was founded?"])
    answered(
        default_bot,
        [
            "Rasim Musabayov is quoted at some length. Which parliamentary committee of the "
            "Milli Majlis does he sit on?"
        ],
        "Committee on International Relations",
    )
    refused(
        default_bot,
        [
            "What Andrei Nastasin told about the summit?",
            "And the government of Iran, what it said about this?",
        ],
    )
