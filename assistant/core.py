"""The public entry point: ``Assistant`` ties ingestion, indexing, retrieval and composition."""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from . import __version__
from .capitals import as_countries, capitals_named, is_place, peoples_as_country
from .chunk import Chunker
from .compose import (
    ABSTAIN_TEXT,
    Composer,
    cited_text,
    is_instruction,
    phrase_quoted,
    refers_back,
    sentences_cited,
    speaker_asked_again,
    speaker_of_words,
    truecased,
    unsaid_quote,
)
from .embed import Embedder, SentenceTransformerEmbedder
from .errors import (
    ConfigError,
    IndexCorruptError,
    IndexMismatchError,
    IndexMissingError,
    InputFileError,
    LimitError,
    QuestionError,
)
from .indexer import build_index
from .ingest import DEFAULT_MAX_BYTES, SUPPORTED_SUFFIXES, load_document, unique_ids
from .lexical import as_the_article_writes
from .listing import listed
from .names import (
    absent_lead,
    absent_names,
    as_the_country,
    begun_names,
    capitalized_names,
    joined_names,
    respelled_english,
    respelled_names,
    respelled_words,
    surnames_respelled,
    transliterated,
    unshouted,
)
from .retrieve import Retriever
from .rewrite import (
    after_refusal,
    asked_of_before,
    country_for_it,
    dated_by_name,
    day_for_then,
    introduces,
    introduces_name,
    named_from_before,
    names_by_role,
    one_of_those,
    one_of_two,
    others_after,
    pair_for_they,
    person_by_role,
    person_met,
    person_referred_to,
    rewrite,
    role_first,
    role_question,
    side_for_they,
    substituted,
    the_one_named,
    thing_for_it,
)
from .rules import (
    as_asked,
    claim_tagged,
    corrected,
    date_checked,
    detail_dropped,
    level_checked,
    never_mentions,
    opens_with,
    pending_when,
    premise_checked,
    question_names,
    rank_untold,
    role_checked,
    shows_instead,
    undated_before,
)
from .schema import Answer, Citation, Document, Passage
from .spans import quoted_sentences, recalled_in, recalls_event
from .store import IndexData, load_index, read_manifest, save_index
from .tokens import get_encoding
from .typed import (
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

log = logging.getLogger(__name__)

History = Sequence[dict[str, str]]


class Assistant:
    """Answers questions about articles, quoting them.

    >>> bot = Assistant.from_files(["corpus/article.txt"], index_dir="index")  # doctest: +SKIP
    >>> answer = bot.ask("Who was invited?")                                   # doctest: +SKIP
    >>> answer.text, answer.citations[0].quote                                 # doctest: +SKIP
    """

    def __init__(
        self,
        data: IndexData,
        embedder: Embedder,
        *,
        composer: Composer | None = None,
        k: int = 5,
        max_question_chars: int = 2000,
        max_history_turns: int = 50,
        index_dir: str | Path | None = None,
        warm_up: bool = True,
    ) -> None:
        if k < 1:
            raise ConfigError(f"k={k} must be at least 1.")
        if max_question_chars < 1:
            raise ConfigError(f"max_question_chars={max_question_chars} must be at least 1.")
        if data.model_id != embedder.model_id:
            raise IndexMismatchError(
                f"The index was built with embedding model {data.model_id!r}, but the "
                f"assistant was given {embedder.model_id!r}; use the same model or rebuild "
                "the index."
            )
        self._data = data
        self._embedder = embedder
        self._retriever = Retriever(data, embedder)
        self._composer = composer or Composer()
        # The sentences introducing someone ("Ana Ruiz, head of the club, ..."), for
        # questions naming them by role; found on the first such question.
        self._introductions: list[str] | None = None
        self.k = k
        self.max_question_chars = max_question_chars
        self.max_history_turns = max_history_turns
        self.index_dir = Path(index_dir) if index_dir is not None else None
        if warm_up:
            # Load the model and run torch once now, so the first question is not the slow one.
            embedder.encode(["warm up"])

    # -- construction -----------------------------------------------------------
    @classmethod
    def from_files(
        cls,
        paths: Sequence[str | Path],
        index_dir: str | Path | None = "index",
        *,
        embedder: Embedder | None = None,
        chunker: Chunker | None = None,
        progress: bool = False,
        max_file_bytes: int = DEFAULT_MAX_BYTES,
        max_documents: int = 1000,
        **options: Any,
    ) -> Assistant:
        """Build the index of ``paths`` in ``index_dir``, or load it when it is up to date.

        ``index_dir=None`` keeps the index in memory only. Unchanged sentences are not
        embedded again.
        """
        if isinstance(paths, (str, Path)):
            paths = [paths]
        files = _expand(paths)
        if not files:
            raise InputFileError(
                "No article files given; name one or more .txt, .md or .html files."
            )
        if len(files) > max_documents:
            raise LimitError(
                f"{len(files)} files is over the limit of {max_documents} articles; index fewer "
                "files or raise max_documents."
            )
        blobs = {str(p): _sha256_file(p) for p in files}
        embedder = embedder or SentenceTransformerEmbedder()
        chunker = chunker or Chunker()
        previous: IndexData | None = None
        if index_dir is not None and (Path(index_dir) / "manifest.json").exists():
            try:
                manifest = read_manifest(index_dir)
                current = (
                    manifest.get("model", {}).get("id") == embedder.model_id
                    and manifest.get("chunker") == chunker.settings()
                    and _same_sources(manifest.get("sources", {}), blobs)
                )
                previous = load_index(index_dir)
                if current:
                    log.info("index in %s is up to date", index_dir)
                    return cls(previous, embedder, index_dir=index_dir, **options)
            except (IndexCorruptError, IndexMismatchError, IndexMissingError) as e:
                log.warning("rebuilding the index: %s", e)
                previous = None
        docs = unique_ids(load_document(p, max_bytes=max_file_bytes) for p in files)
        return cls._build(docs, blobs, index_dir, embedder, chunker, previous, progress, **options)

    @classmethod
    def from_documents(
        cls,
        documents: Sequence[Document],
        index_dir: str | Path | None = None,
        *,
        embedder: Embedder | None = None,
        chunker: Chunker | None = None,
        progress: bool = False,
        **options: Any,
    ) -> Assistant:
        """Index documents already in memory (pasted text, uploads, evaluation sets)."""
        docs = unique_ids(documents)
        if not docs:
            raise InputFileError("No documents given; give at least one article.")
        sources = {f"{d.doc_id}:memory": hashlib.sha256(d.text.encode()).hexdigest() for d in docs}
        embedder = embedder or SentenceTransformerEmbedder()
        chunker = chunker or Chunker()
        return cls._build(docs, sources, index_dir, embedder, chunker, None, progress, **options)

    @classmethod
    def _build(
        cls,
        docs: list[Document],
        sources: dict[str, str],
        index_dir: str | Path | None,
        embedder: Embedder,
        chunker: Chunker,
        previous: IndexData | None,
        progress: bool,
        **options: Any,
    ) -> Assistant:
        data = build_index(
            docs, embedder, chunker, previous=previous, sources=sources, progress=progress
        )
        if index_dir is not None:
            save_index(data, index_dir, package_version=__version__)
            log.info("saved the index in %s", index_dir)
        return cls(data, embedder, index_dir=index_dir, **options)

    @classmethod
    def load(
        cls, index_dir: str | Path = "index", *, embedder: Embedder | None = None, **options: Any
    ) -> Assistant:
        """Open a built index; a clear error when it is missing, damaged or from another model.

        >>> bot = Assistant.load("index")  # doctest: +SKIP
        """
        read_manifest(index_dir)  # a missing index fails here, before the model loads
        embedder = embedder or SentenceTransformerEmbedder()
        data = load_index(index_dir, expect_model=embedder.model_id)
        return cls(data, embedder, index_dir=index_dir, **options)

    # -- accessors ----------------------------------------------------------------
    @property
    def documents(self) -> list[Document]:
        return list(self._data.documents)

    def document(self, doc_id: str) -> Document:
        try:
            return self._data.doc_by_id[doc_id]
        except KeyError:
            raise InputFileError(f"No document with id {doc_id!r} in this index.") from None

    @property
    def embedder(self) -> Embedder:
        return self._embedder

    @property
    def index(self) -> IndexData:
        return self._data

    # -- questions ----------------------------------------------------------------
    def retrieve(self, question: str, k: int | None = None) -> list[Passage]:
        """The ``k`` best passages for ``question``, best first, with exact offsets."""
        q = self._check_question(question)
        if k is not None and (not isinstance(k, int) or k < 1):
            raise ConfigError(f"k={k!r} must be a whole number of at least 1.")
        return self._retriever.retrieve(q, k or self.k).passages

    def ask(self, question: str, history: History | None = None) -> Answer:
        """Answer ``question`` from the article, or say that it does not.

        ``history`` is the conversation so far: ``[{"role": "user"|"assistant",
        "content": str}, ...]``, oldest first.

        >>> bot.ask("Where is the summit?").text  # doctest: +SKIP
        """
        asked = self._check_question(question)
        history_turns = self._check_history(history)
        # "the first person you mentioned", "the date you gave earlier": as written before
        asked = named_from_before(asked, history_turns)
        # "Musabayov sits on a committee, I think.", then "Which one?": which committee
        asked = one_of_those(asked, history_turns) or asked
        also = also_parts(asked)
        if also is not None:
            return self._ask_also(asked, also, history)
        # "Hi! Can you tell me who ...?" is searched and scored as "who ...?", and so is
        # every earlier question it may lean on.
        # A British spelling is read as the article's American one ("neighbours"), and
        # a reporting verb as the one it uses ("stress" as "underscore"), and a capital
        # standing for its government as the country ("Will Moscow object?").
        vocabulary = self._data.bm25.postings

        def as_written(text: str) -> str:
            # "invitaton" as "invitation"; typed in lower case, "is it in brussels" names
            # Brussels (before any name is written as the article does: "is bayramov going")
            words = self._data.article_words
            lowered = text.islower()
            text = begun_names(text, self._data.cased_words)  # "Shahin-something"
            text = transliterated(text, self._data.cased_words)  # "Elxan Şahinoğlu"
            text = respelled_words(text, words, _common_word)
            text = capitalized_names(text, words, _known_name, _common_word)
            text = as_the_country(text, words)  # "the American official" as "the US official"
            text = capitals_named(text, vocabulary)  # "in the US capital" as "in Washington"
            text = peoples_as_country(text, words.words)  # "What do the Russians think?"
            text = respelled_names(text, self._data.cased_words, vocabulary, _common_word)
            # "Stefan Fix", "stefan fix"
            text = surnames_respelled(text, self._data.full_names, vocabulary, lowered=lowered)
            return as_countries(as_the_article_writes(text, vocabulary), vocabulary)

        def plain(text: str) -> str:
            # "musa bayov", as dictation splits a name, is one word before all else is read
            words = self._data.article_words
            # "who invted them?", "what yeer": ordinary English misspelled, as meant
            text = respelled_english(text, words, _english(), _common_word)
            # "the JFC", "the State Dept": as the article writes them (before the shouted
            # are read: "JFC" is no shout)
            text = self._data.abbreviations.spelled_out(text)
            # ("did Azerbaijan DECIDE to go?": shouted, not a name; all of it shouted is read
            # in lower case, its names then written as the article does)
            text = text.lower() if text.isupper() else unshouted(text, words, _common_word)
            return plain_question(joined_names(text, words, self._data.cased_words, _common_word))

        def asked_as(text: str) -> Answer:
            # another wording of the question, read as a typed one is (``turns`` as they
            # stand when it is asked)
            return self._ask(self._by_name(as_written(plain(text))), turns)

        typed_q = plain(asked)
        q = self._by_name(as_written(question_form(typed_q)))
        typed = [
            {**t, "content": question_form(plain(t["content"]))} if t["role"] == "user" else t
            for t in history_turns
        ]
        # Earlier questions typed in lower case name their people as the article does
        # ("russia's reaction", then "and iran's?"), for reading the follow-ups by them.
        cased = self._data.cased_words
        # ("the army chief met someone, who was it?", then "his job?": the one met, not
        # the army chief, who is named as the article names him; "Which NATO officer met
        # him?" stays a question of who, whose answer "he" is)
        turns = [
            {**t, "content": truecased(self._by_name(as_written(t["content"]), which=False), cased)}
            if t["role"] == "user"
            else t
            for t in _without_asides(typed)
        ]
        users = [i for i, t in enumerate(turns) if t["role"] == "user"]
        if users and is_recheck(asked):
            # "Are you sure? I thought it was July 3.": the article says what it said
            last = users[-1]
            again = self._ask(self._by_name(turns[last]["content"]), turns[:last])
            return dataclasses.replace(again, question=asked)
        # ("Our draft says 32 countries. What number does the article give?": a claim to
        # check, not a remark to lean on)
        lead = None if is_instruction(asked) or as_claim(q) else statement_first(typed_q)
        if lead is not None:
            # "moscow commented on this. who spoke": the question leans on what was said
            said = as_written(lead[0])
            told = self._ask(self._by_name(said), turns)
            turns = [*turns, *_exchange(truecased(said, cased), told)]
            q = self._by_name(as_written(question_form(plain_question(lead[1]))))
        # "Someone says it "can and should" take part." then "Who was that?": who said those
        # words, which the sentence holding them answers
        last_said = next((t["content"] for t in reversed(turns) if t["role"] == "user"), "")
        quoting = asked
        if who_said := speaker_asked_again(q, last_said):
            q = quoting = who_said
        # "Apart from A and B it names no others." then "So which other ones?": A and B
        q = others_after(q, turns) or q
        leaning = after_refusal(q, turns)
        # "Did they issue a statement?" after "What did Iran say?" went unanswered
        answer = self._ask(leaning or q, turns)
        if leaning == "":  # "What is that person's name?" of one the article never named
            answer = dataclasses.replace(answer, text=ABSTAIN_TEXT, citations=[], abstained=True)
        # "Is it accurate that the summit is in Brussels?" is checked as "It is in
        # Brussels, right?" is
        claim = as_claim(q) or q
        if answer.abstained and claim != q and not _SWEEPING.search(claim):
            # "Would it be correct to say the army chief met NATO officers in Baku?": the
            # claim, asked as "..., right?", the form in which the article's details check it
            # (not "that nobody opposed it": what no one sentence can bear out)
            held = self.ask(claim, history)
            answer = answer if held.abstained else held
        missing = absent_names(claim, self._data.article_words) if answer.abstained else []
        checked = premise_checked(claim, missing)
        if checked is not None and all(n[:1].isdigit() for n in missing):
            # "The summit runs July 10 to 12, right?": when it runs, asked as such
            checked = date_checked(claim) or checked
        if checked is None and answer.abstained and missing:
            # "When did Kamil Valiyev meet Fiks?", "What did he stress on July 12?": the
            # question without the slip
            checked = detail_dropped(claim, missing, self._data.article_words.mentions)
        if checked is not None:
            # "Is it true the summit is in Brussels?": the article's own place answers,
            # saying that the one asked of is not named.
            alone = asked_as(checked)
            quotes = " ".join(c.quote for c in alone.citations)
            if not alone.abstained and shows_instead(missing, quotes, claim):
                answer = dataclasses.replace(
                    alone, text=corrected(as_asked(missing, claim), alone.text)
                )
        if (
            answer.abstained
            and not missing
            and (bare := _AFFILIATED.sub(lambda m: m[1] or f"{m[2]} ", claim, count=1)) != claim
        ):
            # "What did Andrei Nastasin from the Russian MFA say?": the one named, whoever
            # the reader says he is with (which only dilutes what is scored)
            alone = asked_as(bare)
            answer = answer if alone.abstained else dataclasses.replace(alone, question=asked)
        if answer.abstained and not missing and (owned := _OWNED_AT.match(claim)):
            # "What's Nastasin's department at the ministry?": his department, wherever the
            # reader places it
            alone = self._ask(f"{owned[1]}{owned[2]}", turns)
            answer = answer if alone.abstained else dataclasses.replace(alone, question=asked)
        if answer.abstained and not missing and (titled := _TITLE_OF_DESCRIBED.match(claim)):
            # "What's the title of the Russian official?": the one "Who is the Russian
            # official?" finds, introduced with the title
            alone = asked_as(f"Who is {titled['who'] or titled['owner']}?")
            # (only where it introduces someone: "the Iranian official" is no one there)
            if not alone.abstained and introduces(alone.citations[0].quote):
                answer = dataclasses.replace(alone, question=asked)
        role = (
            (role_checked(claim) or level_checked(claim) or date_checked(claim))
            if answer.abstained
            else None
        )
        if role is not None:
            # "Shahinoglu runs a government ministry, yes?": who he is, as the article says
            who = self._ask(role, turns)
            named = role[len("Who is ") : -1] if role.startswith("Who is ") else ""
            if (
                named
                and _EITHER_KIND.search(claim)
                and not any(introduces_name(c.quote, named) for c in who.citations)
            ):
                # "Is Turan a newspaper or an agency?" of a name the article only mentions
                # ("told Turan"): which it is, it never says
                who = dataclasses.replace(who, abstained=True)
            if not who.abstained and not rank_untold(claim, cited_text(who.citations)):
                # ("Was he from the Naples command?": the one the article never names, said)
                fixed = _guess_corrected(who, missing, claim, asked) if missing else None
                answer = fixed or dataclasses.replace(who, question=asked)
        if (
            answer.abstained
            and _CHECK_ASKED.search(asked)
            and (
                claim_said := _quoted_claim(asked)
                or _quoted_claim([t["content"] for t in history or () if t["role"] == "user"][-1:])
            )
        ):
            # "Script: "On July 4, Moscow's ministry responded." Is July 4 right?": the
            # claim checked, as "..., right?" is
            held = self.ask(f"{claim_said.rstrip('.!,;')}, right?", history)
            answer = answer if held.abstained else dataclasses.replace(held, question=asked)
        beside = None  # (a remark, the question beside it)
        if answer.abstained and missing:
            if remark := _REMARK_THEN_WH.match(typed_q):
                beside = remark[1], remark[2]  # "We say experts warn of Turkey. Which ...?"
            elif (after := _WH_THEN_REMARK.match(typed_q)) and _SAYS_SO.search(after[2]):
                beside = after[2], after[1]  # "What is his title? The draft calls him ..."
        if beside and not absent_names(beside[1], self._data.article_words):
            # the question, the remark's names the article never gives said so
            then = self.ask(beside[1], history)
            if not then.abstained:
                text = corrected(as_asked(missing, beside[0]), then.text)
                answer = dataclasses.replace(then, text=text, question=asked)
        parts = question_parts(typed_q)
        if answer.abstained and parts and not is_instruction(asked):
            # "Who is Karim Valiev? what is his position?": asked as one, neither part is
            # scored well; asked in turn, the second leaning on the first, each may be.
            said = typed_q.replace(parts[0], " ").strip() if len(parts) == 1 else ""
            # "I need the exact quote from Ana Ruiz. What did she say?": the remark says
            # who "she" is, as a turn of its own before the question
            before = [*turns, *_exchange(truecased(said, cased), answer)] if said else turns
            answer = self._ask_parts([as_written(p) for p in parts], before) or answer
        if (
            not answer.abstained
            and len(parts) == 2
            and not is_instruction(asked)
            and self._neither_answered(parts, history)
        ):
            # "Azerbaijan's FM name? Leading delegation?": answered as one (or part by
            # part) by what scores well for the words; asked in full, each in turn, the
            # article answers neither
            answer = dataclasses.replace(answer, text=ABSTAIN_TEXT, citations=[], abstained=True)
        if (
            not answer.abstained
            and len(parts) == 2
            and not is_instruction(asked)
            # ("Nastasin is with Baku's ministry, right? Which ...?": a claim tagged so)
            and ((put := as_claim(parts[0])) or claim_tagged(parts[0]))
            and _WH_LED.match(plain_question(parts[1]))
        ):
            # "Am I right that Armenia confirmed? Which official will represent it?": the
            # question after the check is the one asked, the check leading to it
            checked_first = self.ask(parts[0], history)
            then = self.ask(parts[1], [*(history or []), *_exchange(parts[0], checked_first)])
            # ("Has Tehran issued a statement? What did it say?": of a claim the article
            # does not bear out, nothing)
            # (a claim only tagged "right?" refuses nothing: "Something about the West, right?
            # What did he suggest?" is a guess, then the question)
            if put and (
                then.abstained or (checked_first.abstained and _LEANS_BACK.search(parts[1]))
            ):
                answer = dataclasses.replace(
                    answer, text=ABSTAIN_TEXT, citations=[], abstained=True
                )
            elif not then.abstained and (
                not self._cited(dataclasses.replace(answer, citations=answer.citations[:1]))
                <= self._cited(then)
                or (len(answer.citations) == 1 and self._cited(answer) < self._cited(then))
            ):
                # ("Nastasin is with Baku's ministry, right? Which is he speaking for?": the
                # question's answer, where the two read as one open on what it does not
                # quote, or quote less of it)
                answer = dataclasses.replace(then, question=asked)
        if answer.abstained and len(parts) == 2 and not is_instruction(asked):
            words = self._data.article_words
            wrong = absent_names(parts[0], words)
            if wrong and premise_checked(parts[0], wrong) is not None:
                # "They met in Brussels, didn't they? Where did they meet?": the detail
                # checked, corrected by the article's own, answers the question after it
                claimed = self.ask(parts[0], history)
                if not claimed.abstained:
                    answer = dataclasses.replace(claimed, question=asked)
            elif not wrong and _WHEN_LED.match(parts[1]) and (dated := date_checked(parts[0])):
                # "The meeting wasn't on July 3, was it? When did it happen?": when it was
                then = self.ask(dated, history)
                answer = answer if then.abstained else dataclasses.replace(then, question=asked)
            elif (
                wrong
                and _WH_LED.match(parts[1])
                and not absent_names(parts[1], words)
                # (not "Did Tehran's ministry say anything? Who said what?": of the one
                # the article never names, nothing)
                and not any(opens_with(n, parts[0]) for n in wrong)
            ):
                # "Wasn't he from NATO's Naples command? Which command was he with?": the
                # question after the guess, its answer naming what the article never does
                # ("Which office was he with?": the one the guess was of)
                then = self.ask(_of_the_one_named(parts[0], parts[1], wrong), history)
                answer = _guess_corrected(then, wrong, parts[0], asked) or answer
            elif (
                not wrong
                and _WH_AFTER_LEAD.match(parts[0])
                and not _WH_LED.match(parts[1])
                and len(parts[1].split()) <= _GUESS_WORDS
                and _A_GUESS.match(parts[1])
                # ("Brussels, I'd assume?": a place, though it opens the sentence)
                and (guessed := absent_names(parts[1], words, opening=is_place))
            ):
                # "Where did they meet? Brussels, I'd assume?", "Who spoke? Was it Maria
                # Zakharova?": the question, its answer naming what the article does
                # instead of the reader's guess
                then = self.ask(parts[0], history)
                answer = _guess_corrected(then, guessed, parts[1], asked) or answer
            elif (
                not wrong
                and _WH_AFTER_LEAD.match(parts[0])
                and not _WH_LED.match(parts[1])
                and len(parts[1].split()) <= _GUESS_WORDS // 2
                and _A_GUESS.match(parts[1])
                # ("Is he a NATO deputy?", not "Like, is there any quote from her?": a
                # question of its own)
                and (_IS_IT.match(parts[1]) or not _ASKING.search(parts[1]))
                and not absent_names(parts[1], words, opening=is_place)
            ):
                # "What level are they invited at? Like presidents?": the question, the
                # article's answer showing what the guess of no name of its own gets wrong
                then = self.ask(parts[0], history)
                answer = answer if then.abstained else dataclasses.replace(then, question=asked)
        if (
            (answer.abstained or speaker_of_words(quoting) or refers_back(quoting))
            and not is_instruction(asked)
            and not missing
            # ('It says "told Turan" - is Turan a newspaper or an agency?': which, it never
            # says, where it says the words)
            and not (answer.abstained and _EITHER_KIND.search(q))
            and (cited := phrase_quoted(quoting, self._data))
        ):
            # "Near the end it says "the alliance". Who is that?": where the article says it
            # (the passages searched for the question stay the refused answer's)
            answer = _citing(answer, cited)
        doc = answer.passages[0].doc_id if answer.passages else None
        if not missing and (found := listed(q, self._data, doc)):
            # "Who is quoted in the article?", "List the dates it gives.": the sentence
            # first naming each, no one sentence the answer
            answer = _citing(answer, sentences_cited(found, self._data))
        if not answer.abstained and unsaid_quote(asked, self._data):
            # "Who said "NATO's door remains open"?" of an article that never writes it
            answer = dataclasses.replace(answer, text=ABSTAIN_TEXT, citations=[], abstained=True)
        # (a capital as its country: "Yerevan has said ..." names Armenia)
        lead_name = absent_lead(
            as_written(typed_q), self._data.article_words, _common_word, _known_name
        )
        heard = absent_names(typed_q, self._data.article_words) if _IN_ARTICLE.search(asked) else []
        if heard and not answer.abstained:
            # "I heard President Aliyev said he'd skip it. Is that in this article?": of one
            # it never names
            answer = dataclasses.replace(
                answer, text=never_mentions(heard), citations=[], abstained=True
            )
        if lead_name is not None and not answer.abstained and lead_name not in answer.text:
            # "Aliyev said he won't go, hasn't he?" of an article that never names him
            text = never_mentions([lead_name])
            answer = dataclasses.replace(answer, text=text, citations=[], abstained=True)
        joined = joined_parts(asked) if not is_instruction(asked) else None
        if (
            joined is not None
            and answer.abstained
            and _HOW_MANY.match(joined[0])
            and _WHICH_ONES.match(joined[1])
        ):
            # "How many regional powers might react, and which ones?": which they are, the
            # article naming them where it gives no number
            which = self.ask(_HOW_MANY.sub(r"\1Which ", joined[0], count=1), history)
            if not which.abstained:
                answer, joined = dataclasses.replace(which, question=asked), None
        if joined is not None and answer.abstained:
            # "Which command is he from, and how many troops does it have?": refused as one
            # for what the article never says, answered for the first ask, which it does
            alone = self._ask_also(asked, joined, history)
            answer = answer if alone.abstained else alone
        elif (
            joined is not None
            and _WHO_FIRST.match(joined[0])
            and _LEANS.search(joined[1])
            and self.ask(joined[0], history).abstained
        ):
            # "Who would Baku send as its minister, and has he commented?": answered as one
            # by what others said; the second leans on the first, which the article never
            # answers
            answer = dataclasses.replace(answer, text=ABSTAIN_TEXT, citations=[], abstained=True)
        either = either_parts(asked) if answer.abstained and not is_instruction(asked) else None
        if either is not None:
            # "Was President Aliyev invited himself, or at what level is Azerbaijan
            # invited?": the reader's other choice, answered where the first is not
            # ("Did the author interview Lind, or which outlet did she speak to?": Lind)
            other = self.ask(_of_the_one_named(either[0], either[1]), history)
            answer = answer if other.abstained else dataclasses.replace(other, question=asked)
        elif (
            answer.abstained
            and not is_instruction(asked)
            and (offered := _OR_ELSE.match(typed_q))
            and not absent_names(offered[1], self._data.article_words)
        ):
            # "Is it asking for its president, or someone at a lower level?": the question
            # of the first choice, whose answer tells which it is
            first = self.ask(f"{offered[1]}?", history)
            answer = answer if first.abstained else dataclasses.replace(first, question=asked)
        if (
            answer.abstained
            and not is_instruction(asked)
            and (lower := _LOWER_RANK.search(typed_q))
            and (deed := _RANKED_DEED.search(typed_q[: lower.start()]))
        ):
            # "Is it the president who's invited, or someone lower down?", "Are they asked
            # to send their president, or is it a lower-level thing?": at what level, which
            # the article may give where it names no one
            done = "invited" if deed[1].lower() in _INVITING else deed[1].lower()
            level = self.ask(f"At what level is someone {done}?", history)
            answer = answer if level.abstained else dataclasses.replace(level, question=asked)
        return dataclasses.replace(answer, question=asked)

    def _ask_parts(self, parts: list[str], turns: list[dict[str, str]]) -> Answer | None:
        """The answers to the questions of one message, asked one after the other, as
        one answer; None unless the article answers each of them ("Who is the foreign
        minister? he will be the one to go?" is not answered by whoever goes)."""
        found: list[Answer] = []
        history = list(turns)
        for part in parts:
            answer = self._ask(self._by_name(part), history)
            if answer.abstained:
                return None
            history += _exchange(part, answer)
            found.append(answer)
        return _joined(found)

    def _neither_answered(self, parts: list[str], history: History | None) -> bool:
        """Whether the article answers neither of two questions asked in one message,
        the second asked after the first (its "he" the one the first names)."""
        first = self.ask(parts[0], history)
        if not first.abstained:
            return False
        second = self.ask(parts[1], [*(history or []), *_exchange(parts[0], first)])
        return second.abstained

    def _ask_also(self, asked: str, parts: tuple[str, str], history: History | None) -> Answer:
        """The answer to "what are the dates, and also how many days is it": the first
        ask, which the reader came for, then the second where the article answers it too;
        refused when the article does not answer the first ("who is their foreign
        minister, and also has he said anything?" is not answered by what others said)."""
        first = self.ask(parts[0], history)
        if first.abstained:
            return dataclasses.replace(first, question=asked)
        turns = [*(history or []), *_exchange(parts[0], first)]
        second = self.ask(parts[1], turns)
        found = [first] if second.abstained else [first, second]
        return dataclasses.replace(_joined(found), question=asked)

    def _by_name(self, q: str, *, which: bool = True) -> str:
        """``q`` with a person it names by role ("the army chief") named as the article
        names them, when it introduces one person so ("Karim Valiyev, Chief of the
        General Staff of the Azerbaijani army"). ``which``: whether "Which <role> ...?"
        is named too; an earlier question read for its people keeps it, so that "he"
        after it is the one its answer gave."""
        # "the head of the think tank" is asked as "the think tank head"
        reordered = role_first(q)
        if not names_by_role(reordered):
            return q  # most questions: no scan of the article for introductions
        if self._introductions is None:
            self._introductions = [s.text for s in self._data.sentences if introduces(s.text)]
        asked, strict = q, reordered != q
        q = reordered
        # "Does the think-tank head agree with the parliamentarian?": both, one at a time
        for _ in range(2):
            found = person_by_role(q, self._introductions, strict=strict)
            if not found:
                break
            if re.match(_WHO_IS_ROLE.format(re.escape(found[0])), q, re.IGNORECASE):
                # "Who was the coastguard officer in charge during the rescue?" asks who
                # that person is, however the question goes on
                return f"Who is {found[1]}?"
            asks_which = found[0].lower().startswith("which ")
            if asks_which and (_PLANNED.search(q) or not which):
                break  # "Which official is expected to lead it?": a plan, asked as such
            if asks_which and re.match(
                _WHICH_ROLE_DID.format(re.escape(found[0])), q, re.IGNORECASE
            ):
                # "Which member of parliament argues Baku should attend?": who that is,
                # whose introduction says what he argues
                return f"Who is {found[1]}?"
            q = q.replace(found[0], found[1], 1)
        return q if q != reordered else asked  # no one found: as asked

    def _ask(self, q: str, turns: list[dict[str, str]]) -> Answer:
        # "What about Azerbaijan?" after "Has Armenia confirmed?" is that question again,
        # about Azerbaijan: asked in full, it is searched and scored as one.
        cased = truecased(q, self._data.cased_words)  # "and iran's?" names Iran
        full = (
            substituted(cased, turns, self._data.listed_together)
            or role_question(q, turns)
            or the_one_named(q, turns)  # "Did Moscow comment?", then "Who was the official?"
            or asked_of_before(q, turns)  # "Did Russia react?", then "When?"
            or thing_for_it(q, turns)  # "Is the summit still on?", then "When does it start?"
            or country_for_it(q, turns)  # "Was Armenia invited too?", then "Has it said yes?"
            or day_for_then(q, turns)  # "There's a date, June 28.", then "What happened then?"
            or side_for_they(q, turns)  # "Moscow protested, no?", then "Who spoke for them?"
            or pair_for_they(q, turns)  # "Who did Lind meet?", then "Did they sign a deal?"
            or one_of_two(q, turns)  # "... Chile and Peru.", then "Has the second one signed?"
            or dated_by_name(q, turns)  # "Who invited them?", then "When was he there?"
        )
        in_full = None
        answers = [h["content"] for h in turns if h.get("role") == "assistant"]
        if full is not None and answers and pending_when(full, answers[-1]):
            # "Has Oslo decided? || When?" of an answer telling it has yet to
            return Answer(q, ABSTAIN_TEXT, [], [], True, 0.0, full)
        if full is not None:
            in_full = self._composer.compose(
                full, self._retriever.retrieve(full, self.k), self._data
            )
            in_full = dataclasses.replace(in_full, question=q)
            if not in_full.abstained and not self._recalled_elsewhere(q, in_full, turns):
                return in_full
        query = rewrite(q, turns)
        retrieval = self._retriever.retrieve(query, self.k)
        previous: list[int] = []
        about = None
        if query != q:  # a follow-up: what the answer before it quoted, and whom it asks of
            previous = self._quoted_last(turns)
            about = person_referred_to(q, turns)
        users = [h["content"] for h in turns if h.get("role") == "user"]
        if previous and users and not _ASKED_OR_BID.match(users[-1]):
            # "Musabayov spoke to Turan.", then "When?": of that, dated nowhere near it
            sentences = [s.text for s in self._data.sentences]
            if undated_before(q, sentences, previous, told=True):
                return Answer(q, ABSTAIN_TEXT, [], retrieval.passages, True, 0.0, query)
        answer = self._composer.compose(q, retrieval, self._data, previous=previous, about=about)
        met = person_met(q, turns) if answer.abstained and about else None
        if met is not None and met != about:
            # "Who did Fiks meet? || What did he stress?": Fiks stressed nothing, the one he
            # met did; "he" is whichever of the two the article tells doing it.
            other = self._composer.compose(q, retrieval, self._data, previous=previous, about=met)
            answer = answer if other.abstained else other
        if in_full is None or answer.abstained:
            return in_full or answer
        # "Did Moscow say anything about going? || When was that?": asked in full, a long
        # question the scorer doubts; asked of the answer before, its dated sentence. Only
        # an answer opening on a sentence just quoted: a date the answer before never
        # quoted is not what "that" was.
        opens = self._cited(dataclasses.replace(answer, citations=answer.citations[:1]))
        return answer if opens <= set(previous) else in_full

    def _recalled_elsewhere(self, q: str, answer: Answer, turns: list[dict[str, str]]) -> bool:
        """Whether ``q`` asks where or when the event just told of happened and
        ``answer`` gives it from no sentence the answer before quoted ("Did Russia say
        anything about it? || When was that?": asked in full, the summit's dates outscore
        the date of the answer just given, which is what is asked)."""
        if not recalls_event(q):
            return False
        kept = self._cited(answer) & set(self._quoted_last(turns))
        return not recalled_in(q, kept, self._data)

    def _quoted_last(self, turns: list[dict[str, str]]) -> list[int]:
        """The sentences the last answer in ``turns`` quoted."""
        answers = [h["content"] for h in turns if h.get("role") == "assistant"]
        return quoted_sentences(answers[-1], self._data) if answers else []

    def _cited(self, answer: Answer) -> set[int]:
        """The sentences under ``answer``'s citations (found by their offsets)."""
        return {
            i
            for c in answer.citations
            for i, s in enumerate(self._data.sentences)
            if s.doc_id == c.doc_id and s.start < c.end and c.start < s.end
        }

    def ask_stream(self, question: str, history: History | None = None) -> Iterator[str | Answer]:
        """Yield the answer text in pieces as it is written, then the ``Answer`` itself."""
        answer = self.ask(question, history)
        yield from re.findall(r"\S+\s*", answer.text)
        yield answer

    def example_questions(self, n: int = 4) -> list[str]:
        """A few questions about the loaded articles, built from their most named subjects."""
        counts: Counter[str] = Counter()
        first_seen: dict[str, int] = {}
        for sentence in self._data.sentences:
            # Names inside a sentence: its first word is capitalized whatever it is.
            for m in _NAME.finditer(sentence.text, 1):
                name = m.group(0)
                if name.lower() in _CALENDAR:
                    continue
                counts[name] += 1
                first_seen.setdefault(name, len(first_seen))
        ranked = sorted(counts, key=lambda k: (-counts[k], first_seen[k]))
        # Only questions the assistant can answer: an example that is refused teaches nothing.
        questions = ["What is the article about?"]
        for name in ranked:
            if len(questions) >= n:
                break
            question = f"What does the article say about {name}?"
            if not self.ask(question).abstained:
                questions.append(question)
        return questions[:n]

    # -- validation ------------------------------------------------------------------
    def _check_question(self, question: Any) -> str:
        if not isinstance(question, str):
            raise QuestionError("The question must be text.")
        cleaned = " ".join(_printable(question).split())
        if not cleaned:
            raise QuestionError("The question is empty; type a question about the article.")
        if len(question) > self.max_question_chars:
            raise QuestionError(
                f"The question is {len(question):,} characters long; the limit is "
                f"{self.max_question_chars:,}. Ask something shorter."
            )
        return cleaned

    def _check_history(self, history: Any) -> list[dict[str, str]]:
        if history is None:
            return []
        if not isinstance(history, (list, tuple)):
            raise QuestionError("history must be a list of {role, content} messages.")
        turns = []
        for i, turn in enumerate(list(history)[-self.max_history_turns :]):
            if (
                not isinstance(turn, dict)
                or turn.get("role") not in ("user", "assistant")
                or not isinstance(turn.get("content"), str)
            ):
                raise QuestionError(
                    f'history item {i + 1} must be {{"role": "user" or "assistant", '
                    '"content": text}.'
                )
            content = _printable(turn["content"][: self.max_question_chars])
            turns.append({"role": turn["role"], "content": content})
        return turns


# One to four capitalized words, apostrophes allowed ("James O'Brien", "NATO"), after a space.
_WORD_CAP = r"(?:[A-Z][a-z]*['’][A-Z][a-z]+|[A-Z][a-z]+|[A-Z]{2,})"
# "Who was <the role phrase>?", maybe with where or when ("... in charge during the rescue")
# Words of a plan or a guess, not of what was done ("is expected to", "will").
_PLANNED = re.compile(
    r"\b(?:will|would|shall|going\s+to|expected|set\s+to|slated|due\s+to|likely|plans?|"
    r"planning|might|may)\b",
    re.IGNORECASE,
)
# "Is it asking for its president, or someone at a lower level?": a yes-or-no question,
# then another choice (not "..., or not?", nor a question of its own)
_OR_ELSE = re.compile(
    r"^\W*((?:(?:and|so|but)[\s,]+)?(?:is|are|was|were|did|does|do|has|have|will|would)\s+"
    r"[^?,]{8,120}?),\s*or\s+(?!not\b|(?:is|are|was|were|did|does|do|has|have|will|would|can|"
    r"could|who|whom|what|when|where|which|why|how)\b)[^?,]{2,50}\?*\s*$",
    re.IGNORECASE,
)
# ", or someone lower down?", ", or a more junior official?": the other choice a rank
_LOWER_RANK = re.compile(
    r",?\s*\bor\s+(?:is\s+it\s+|was\s+it\s+|just\s+)?(?:someone|somebody|anyone|a|an|one|some)\s+"
    r"(?:[\w-]+\s+)?"
    r"(?:lower|more\s+junior|less\s+senior|junior|lower-(?:ranking|level)|(?:at|of)\s+a\s+"
    r"lower\s+(?:level|rank))\b[^?,]*\?*\s*$",
    re.IGNORECASE,
)
_RANKED_DEED = re.compile(
    r"\b(invited|going|attending|sent|send|sending|coming|asked|expected|travell?ing)\b",
    re.IGNORECASE,
)
_INVITING = frozenset(("invited", "asked", "sent", "send", "sending"))
# "that nobody opposed it": a claim no one sentence can bear out
_SWEEPING = re.compile(
    r"\b(?:nobody|no\s+one|none|never|no|not|all|every\w*|only|always)\b|n['’]t\b", re.I
)
# "What did it say?": a question leaning on the one before
_LEANS_BACK = re.compile(r"\b(?:it|its|he|she|they|them|his|her|their|that|this)\b", re.I)
# "Which command was he with?", "And when did it happen?": a question of its own
_WH_LED = re.compile(
    r"^\W*(?:(?:and|so|but|then)[\s,]+)?(?:who|whom|whose|what|when|where|which|how)\b",
    re.IGNORECASE,
)
_NO_PERSON = re.compile(r"['’]s?$|^[A-Z]{2,}$")  # "NATO's", "NATO": no one "he" is
_PERSON = re.compile(r"\b(?:he|she|him)\b", re.IGNORECASE)
# ("Besides that program, what body ...?")
_WH_AFTER_LEAD = re.compile(
    r"^\W*(?:[^,?]{1,40},\s*)?(?:(?:and|so|but|then)[\s,]+)?(?:who|whom|whose|what|when|where|"
    r"which|how)\b",
    re.IGNORECASE,
)
_HOW_MANY = re.compile(r"^(\W*(?:(?:and|so|but)[\s,]+)?)how\s+many\s+", re.IGNORECASE)
_WHICH_ONES = re.compile(
    r"^\W*(?:and\s+)?(?:which|what)\s+(?:ones?|are\s+they|were\s+they)\b[^?]{0,30}\?*\s*$",
    re.IGNORECASE,
)
# "Andrei Nastasin from the Russian MFA": someone named in full, and whom they are with
_AFFILIATED = re.compile(
    r"\b((?-i:[A-Z])[\w'’-]+\s+(?-i:[A-Z])[\w'’-]+)\s+(?:from|of|at|with)\s+the\s+"
    r"(?:(?-i:[A-Z])[\w'’-]*\s+){0,4}(?-i:[A-Z])[\w'’-]*\b"
    # "Who from State carried the invite?": whoever carried it, wherever the reader
    # places them
    r"|^\W*((?i:(?:and\s+|so\s+)?who))\s+(?:from|at|with)\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z])[\w'’.-]*\s+){1,4}(?=[a-z])"
)
# A question or a request ("gimme the gist of the meeting"), not a statement
_ASKED_OR_BID = re.compile(
    r"^\W*(?:(?:ok|okay|so|and|now|then)[\s,]+)?(?:gimme|give|tell|show|explain|summari[sz]e|"
    r"describe|list|name|quote|find|please|who|whom|whose|what|when|where|which|why|how|is|are|"
    r"was|were|do|does|did|has|have|had|can|could|will|would|should)\b|.*\?\s*$",
    re.IGNORECASE | re.DOTALL,
)
# "What's Nastasin's department at the ministry?": an attribute of someone named, and
# where the reader places it
_OWNED_AT = re.compile(
    r"^(\W*(?:what|which)(?:['’]s|\s+is|\s+was)\s+(?-i:[A-Z])[\w'’-]+['’]s\s+[a-z]+)\s+"
    r"(?:at|in|with|within|inside)\s+(?:the|his|her|their)\s+[a-z]+(?:\s+[a-z]+)?(\W*)$",
    re.IGNORECASE,
)
# "What's the title of the Russian official?", "the official from the ministry's title?":
# the title of one the reader describes, whom "Who is ...?" finds where the article
# introduces them
_DESCRIBED_TITLE = (
    r"(?:exact\s+|official\s+|job\s+|full\s+)?(?:title|position|post|job\s+title|rank)"
)
_DESCRIBED = (
    r"the\s+(?!(?:article|story|piece)\b)[^?,]{0,50}?\b(?:official|spokes\w+|diplomat|"
    r"envoy|representative|officer|general|expert|analyst|lawmaker|parliamentarian|guy|man|"
    r"woman)\b(?:\s+(?:from|at|of|in)\s+the\s+[^?,]{3,50}?)?"
)
_TITLE_OF_DESCRIBED = re.compile(
    rf"^\W*(?:(?:and|so|but)\s+)?(?:what|which)(?:['’]s|\s+is|\s+was)\s+(?:"
    rf"(?:the\s+)?{_DESCRIBED_TITLE}\s+of\s+(?P<who>{_DESCRIBED})|"
    rf"(?P<owner>{_DESCRIBED})['’]s\s+{_DESCRIBED_TITLE})"
    r"(?:\s+again)?\s*(?:,[^?]*)?\?\s*$",
    re.IGNORECASE,
)
# "Is that in this article?", "Does the article say so?": whether it tells what was said
_IN_ARTICLE = re.compile(
    r"\b(?:is|was)\s+(?:that|this|it)\s+(?:(?:mentioned|covered|reported|said)\s+)?in\s+"
    r"(?:this|the)\s+"
    r"(?:article|story|piece|text|report)\b|\bdoes\s+(?:this|the)\s+(?:article|story|piece|text|"
    r"report)\s+(?:say|mention|report|confirm)\s+(?:that|this|so|it)\W*$",
    re.IGNORECASE,
)
# "Is that number right?", "Check the location for me?", "Is APA the outlet named?"
_CHECK_ASKED = re.compile(
    r"\b(?:is|are)\s+(?:that|this|it|these|those|the\s+[\w-]+|[\w-]+(?:\s+\d+)?)\s+"
    r"(?:(?:number|date|day|figure|name|title|place|location)\s+)?(?:right|correct|accurate)\b|"
    r"\bcheck\s+(?:the\s+[\w-]+|that|this|it)\b|\bis\s+that\s+the\s+right\s+\w+|"
    r"\bis\s+(?-i:[A-Z])[\w'’-]*\s+the\s+[\w-]+\s+(?:named|mentioned|given|cited)\b",
    re.IGNORECASE,
)
_QUOTED_CLAIM = re.compile(r"[\"“]((?-i:[A-Z])[^\"”]{12,200}?)[\"”]")
# "We say experts warn of Turkey. Which regional powers does the article name?"
_REMARK_THEN_WH = re.compile(
    r"^(.{8,300}?[.!])\s+((?:who|whom|what|which|when|where|how)\b[^?]*\?)\s*$",
    re.IGNORECASE | re.DOTALL,
)
# "... a newspaper or an agency?": two kinds offered
_EITHER_KIND = re.compile(r"\ban?\s+[^?]+?\s+or\s+an?\s+[\w-]+", re.IGNORECASE)
# "Draft says July 1.", "The script calls him ...": a source's claim, not a guess
_SAYS_SO = re.compile(
    r"\b(?:drafts?|notes?|script|copy|sources?|colleagues?|editors?|wire|says|said|calls?|"
    r"called|names?|named|lists?|listed|gives?|puts?|has\s+it)\b",
    re.IGNORECASE,
)
# "What date was it? Draft says July 1.": a question, then a remark checked by its answer
_WH_THEN_REMARK = re.compile(
    r"^((?:who|whom|what|which|when|where|how)\b[^?]*\?)\s+([^?]{4,200}?[.!]?)\s*$",
    re.IGNORECASE | re.DOTALL,
)
_IS_IT = re.compile(r"^\W*(?:(?:or|so|and)\s+)?(?:was|is|were)\s+(?:it|that|he|she|they)\b", re.I)
_ASKING = re.compile(
    r"\b(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could|who|what|when|where|"
    r"which|why|how)\b",
    re.IGNORECASE,
)
# A guess after a question is short: "Brussels, I'd assume?", "Was it Maria Zakharova?"
_GUESS_WORDS = 14
# (not "Are they going to discuss Ukraine there?", a question of its own)
_A_GUESS = re.compile(
    r"^\W*(?:(?:or|so|and)\s+)?(?:(?:was|is|were)\s+(?:it|that|he|she|they)\b|it\s+(?:was|is)\b|"
    r"correct\s+me\b|i\s+(?:assume|guess|think|suppose|believe|bet)\b|just\b|maybe\b|perhaps\b|"
    r"probably\b|like\b|some\b|an?\b|"
    r"(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*\s*(?:[,?]|$))",
    re.IGNORECASE,
)
_WHEN_LED = re.compile(
    r"^\W*(?:(?:and|so|but|then)[\s,]+)?(?:when|(?:on\s+)?what\s+(?:date|day))\b", re.IGNORECASE
)
_WHO_IS_ROLE = (
    r"^\W*(?:(?:and|so|but|ok)\s+)?who(?:\s+(?:is|was)|['’]s)\s+{}(?:\W*$|\s+(?:in|at|on|for|of|"
    # ("Who is the MP arguing Azerbaijan should go?")
    r"from|during|quoted|mentioned|named|cited|who|that|[a-z]+ing)\b)"
)
# The verb after "Which <role>" when the role is who acts ("... argues", "... said"), not
# whom the question asks about ("Which MP did he quote?").
_WHICH_ROLE_DID = (
    r"^\W*(?:[^,?]{{3,60}},\s*)?(?:(?:and|so|but|ok)\s+)?{}\s+(?!(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could|should|might|"
    r"may|must)\b)[a-z]+(?:s|ed)\b"
)
_NAME = re.compile(rf"(?<=[ (\"“]){_WORD_CAP}(?: {_WORD_CAP}){{0,3}}\b(?!['’])")


_CALENDAR = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split()
)


# "Who would go, and has he commented?": a second question of whoever the first asks for
# (not "Which outlet did he talk to, and what did he say?": "he" of the turns before)
_WHO_FIRST = re.compile(r"^\W*(?:(?:and|so|but)[\s,]+)?who\b(?![^?]*\b(?:he|she|they)\b)", re.I)
_LEANS = re.compile(r"\b(?:he|she|him|his|her|they|them|their)\b", re.IGNORECASE)


def _of_the_one_named(first: str, second: str, left_out: Sequence[str] = ()) -> str:
    """``second`` with its "he" or "she" written as the one person ``first`` names (not
    counting ``left_out``), when it names one: "which outlet did he speak to?" after "Did
    the author interview Holt?" asks Holt's."""
    named = [
        n
        for n in question_names(first)
        if n not in left_out and not _NO_PERSON.search(n) and not is_place(n)
    ]
    return _PERSON.sub(named[0], second, count=1) if len(named) == 1 else second


def _guess_corrected(then: Answer, guessed: Sequence[str], guess: str, asked: str) -> Answer | None:
    """``then``, the answer to the question a reader's guess went with, saying the article
    never mentions what was ``guessed`` in ``guess``; None when ``then`` gives nothing of
    the kind instead (or was refused)."""
    quotes = " ".join(c.quote for c in then.citations)
    if then.abstained or not shows_instead(guessed, quotes, guess):
        return None
    text = corrected(as_asked(guessed, guess), then.text)
    return dataclasses.replace(then, text=text, question=asked)


def _quoted_claim(texts: str | Sequence[str]) -> str | None:
    """The first quoted statement of four words or more in ``texts`` (a script's line:
    "On July 4, Moscow's ministry responded."), or None."""
    for text in [texts] if isinstance(texts, str) else texts:
        for m in _QUOTED_CLAIM.finditer(text):
            if len(m.group(1).split()) >= 4:
                return m.group(1)
    return None


def _citing(answer: Answer, cited: list[Citation]) -> Answer:
    """``answer`` quoting ``cited``, sentences the article itself points to (the passages
    searched for the question stay the answer's)."""
    return dataclasses.replace(
        answer, text=cited_text(cited), citations=cited, abstained=False, confidence=1.0
    )


def _exchange(question: str, answer: Answer) -> list[dict[str, str]]:
    """A question and its answer as two turns of a conversation's history."""
    return [{"role": "user", "content": question}, {"role": "assistant", "content": answer.text}]


def _joined(found: Sequence[Answer]) -> Answer:
    """The answers to the asks of one message as one answer, each passage cited once."""

    def inside(c: Citation, o: Citation) -> bool:
        return c.doc_id == o.doc_id and o.start <= c.start and c.end <= o.end

    def overlapping(c: Citation, o: Citation) -> bool:
        return c.doc_id == o.doc_id and c.start < o.end and o.start < c.end

    cited: list[Citation] = []
    for c in (c for a in found for c in a.citations):
        # (a quote inside one already cited is cited already; one holding a quote cited
        # before cites it again, in place of it)
        if any(inside(c, o) for o in cited):
            continue
        cited = [o for o in cited if not inside(o, c)]
        for i, o in enumerate(cited):
            if overlapping(c, o):
                # two passages sharing a sentence are one stretch of the article: both
                # quotes are its text, so the one quote runs from the first start to the
                # last end
                first, last = (o, c) if o.start <= c.start else (c, o)
                quote = first.quote + last.quote[first.end - last.start :]
                cited[i] = dataclasses.replace(first, end=last.end, quote=quote)
                break
        else:
            cited.append(c)
    citations = [dataclasses.replace(c, n=i) for i, c in enumerate(cited, start=1)]
    return dataclasses.replace(
        found[0],
        text=cited_text(citations),
        citations=citations,
        confidence=max(a.confidence for a in found),
    )


def _common_word(word: str) -> bool:
    """Whether ``word`` is ordinary English or a well-known name: one token of the
    tokenizer, which learned whole words only for frequent ones ("stake", "Hollywood";
    not "valiev", "musabaev")."""
    encoding = get_encoding("cl100k_base")
    return any(len(encoding.encode(f" {w}")) == 1 for w in (word, word.capitalize()))


@functools.cache
def _english() -> dict[tuple[str, int], frozenset[str]]:
    """Ordinary English words of four letters or more, by first letter and length: the
    tokenizer's whole lower-case words, which it learned for frequent ones only."""
    encoding = get_encoding("cl100k_base")
    by_length: dict[tuple[str, int], set[str]] = {}
    for token in range(encoding.n_vocab):
        try:
            word = encoding.decode_single_token_bytes(token).decode()
        except (KeyError, UnicodeDecodeError):
            continue
        if word[:1] == " " and len(word) > 4 and word[1:].isalpha() and word[1:].islower():
            by_length.setdefault((word[1], len(word) - 1), set()).add(word[1:])
    return {n: frozenset(ws) for n, ws in by_length.items()}


def _known_name(word: str) -> bool:
    """Whether lower-case ``word`` is a well-known name: one token of the tokenizer
    capitalized ("Brussels", "Georgia") but not as typed, which is how a name, not an
    ordinary word, is learned from text."""
    encoding = get_encoding("cl100k_base")
    return len(encoding.encode(f" {word.capitalize()}")) == 1 < len(encoding.encode(f" {word}"))


def _without_asides(turns: list[dict[str, str]]) -> list[dict[str, str]]:
    """The conversation (its questions already plain) without requests that are not
    about the article ("unrelated, but can you give me a recipe?") and their replies: "he"
    after one still means the person asked about before it."""
    out: list[dict[str, str]] = []
    skipping = False
    for t in turns:
        if t["role"] == "user":
            skipping = is_instruction(t["content"])
        if not skipping:
            out.append(t)
    return out


def _printable(text: str) -> str:
    """Control, format and lone surrogate characters become spaces (they break tokenizers)."""
    return "".join(" " if unicodedata.category(ch) in ("Cc", "Cf", "Cs") else ch for ch in text)


def _expand(paths: Sequence[str | Path]) -> list[Path]:
    files: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(
                f
                for f in p.iterdir()
                if f.is_file()
                and f.suffix.lower() in SUPPORTED_SUFFIXES
                and not f.name.startswith(".")
            )
            if not found:
                raise InputFileError(f"{p} holds no .txt, .md or .html files.")
            files.extend(found)
        elif not p.exists():
            raise InputFileError(f"File not found: {p}. Check the path and try again.")
        else:
            files.append(p)
    # The same file named twice (directly and through its folder) is one document.
    unique: dict[Path, Path] = {}
    for f in files:
        unique.setdefault(f.resolve(), f)
    return list(unique.values())


def _sha256_file(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as e:
        raise InputFileError(f"Cannot read {path}: {e.strerror}.") from None


def _same_sources(old: dict[str, str], new: dict[str, str]) -> bool:
    key = lambda d: sorted((Path(p).name, h) for p, h in d.items())  # noqa: E731
    return key(old) == key(new)
