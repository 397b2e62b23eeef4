"""Chunking: exact offsets, nothing lost, token bounds, and the embedding model's own limit.

Property tests feed odd text (unicode, emoji, CJK without spaces, no punctuation, very
long sentences, blank lines, \\r\\n, control characters, punctuation runs that are one
BPE token but hundreds of word pieces) to the segmenter, the chunker and the parser.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from assistant.chunk import Chunker, trim
from assistant.errors import AssistantError, ConfigError
from assistant.ingest import parse_document
from assistant.schema import Chunk, Document, Sentence
from assistant.segment import split_sentences
from assistant.tokens import get_encoding

# -- odd text ---------------------------------------------------------------------------

PIECES = [
    "The cat sat.",
    "Dr. Smith arrived",
    "U.S. officials said",
    "J. R. Tolkien",
    "e.g. this",
    "naïve café",
    "Zürich",
    "Кто это?",
    "誰ですか",
    "東京都は日本の首都である",
    "中文没有空格也没有标点符号",
    "مرحبا بالعالم",
    "שלום",
    "🙂",
    "👩‍👩‍👧‍👦",
    "🇦🇿",
    "e\u0301",
    "\u202e",
    "\u200b",
    "\x00",
    "\x07",
    "\x1b[31m",
    "\t",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\n\n\n\n",
    "...",
    "?!",
    "…",
    '"Quoted."',
    "(aside)",
    "[1]",
    "3.14",
    "1,000,000",
    "12345678901234567890",
    "=" * 40,
    "-" * 30,
    "*" * 25,
    "∮∯∰∱∲",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "ﷺ",
    "\u0000\u0001",
    "\ufeff",
    "\u2028",
    "word",
    "another",
    "sentence",
    "ends",
    "Here",
    "A",
    "a",
]

odd_text = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=60).map("".join),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=40).map(" ".join),
    st.text(max_size=400),
    st.text(alphabet=st.sampled_from("ab .\n!?"), max_size=300),
)


def long_runs(draw_text: str, times: int) -> str:
    return draw_text * times


very_long = st.builds(
    long_runs,
    st.sampled_from(["word ", "中文字符", "=", "∮", "😀", "ab", "x.y ", "-", "1234", "é"]),
    st.integers(min_value=50, max_value=1500),
)

CHUNKERS = [Chunker(), Chunker(max_tokens=40, overlap_tokens=10, max_sentence_tokens=16)]
ENC = get_encoding("cl100k_base")


def n_tokens(text: str) -> int:
    return len(ENC.encode(text, disallowed_special=()))


def check_split(
    doc: Document, sentences: list[Sentence], chunks: list[Chunk], chunker: Chunker
) -> None:
    """Every invariant of ``Chunker.split`` on one document."""
    text = doc.text
    # Exact offsets, trimmed, non-empty, in order, not overlapping.
    prev_end = 0
    for s in sentences:
        assert s.doc_id == doc.doc_id
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text
        assert trim(text, s.start, s.end) == (s.start, s.end)
        assert s.start >= prev_end
        prev_end = s.end
        assert n_tokens(s.text) <= chunker.max_sentence_tokens
    for i, c in enumerate(chunks):
        assert c.doc_id == doc.doc_id
        assert text[c.start : c.end] == c.text
        assert c.n_tokens == n_tokens(c.text)
        if i:
            assert c.chunk_id == chunks[i - 1].chunk_id + 1
            assert c.start > chunks[i - 1].start and c.end > chunks[i - 1].end
    # Chunks are whole sentences.
    starts = {s.start for s in sentences}
    ends = {s.end for s in sentences}
    for c in chunks:
        assert c.start in starts and c.end in ends
        inside = [s for s in sentences if c.start <= s.start and s.end <= c.end]
        assert inside, c
        if len(inside) > 1:
            assert c.n_tokens <= chunker.max_tokens, (c.n_tokens, c.text)
    # Nothing lost: every non-space character is in a sentence and in a chunk.
    in_sentence = bytearray(len(text))
    in_chunk = bytearray(len(text))
    for s in sentences:
        in_sentence[s.start : s.end] = b"\x01" * (s.end - s.start)
    for c in chunks:
        in_chunk[c.start : c.end] = b"\x01" * (c.end - c.start)
    for i, ch in enumerate(text):
        if not ch.isspace():
            assert in_sentence[i], (i, ch)
            assert in_chunk[i], (i, ch)
    assert bool(sentences) == bool(text.strip())
    assert bool(chunks) == bool(sentences)


# -- segmenter ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dr. Smith came. He left!", ["Dr. Smith came.", "He left!"]),
        ("The U.S. team won. Fans cheered.", ["The U.S. team won.", "Fans cheered."]),
        ("J. R. Tolkien wrote it. Really?", ["J. R. Tolkien wrote it.", "Really?"]),
        ('"Go now." She went.', ['"Go now."', "She went."]),
        ("It cost 3.5 million. Wow…  Next one", ["It cost 3.5 million.", "Wow…", "Next one"]),
        ("Heading\nBody text here. More", ["Heading", "Body text here.", "More"]),
        ("no punctuation at all in this line", ["no punctuation at all in this line"]),
        ("東京は晴れ。大阪は雨。", ["東京は晴れ。大阪は雨。"]),
        ("   \n\n  ", []),
        ("", []),
    ],
)
def test_split_sentences_examples(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in split_sentences(text)] == expected


@settings(max_examples=300, deadline=None)
@given(odd_text)
def test_split_sentences_offsets_exact_and_complete(text: str) -> None:
    spans = split_sentences(text)
    covered = set()
    last = 0
    for s, e in spans:
        assert last <= s < e <= len(text)
        assert not text[s].isspace() and not text[e - 1].isspace()
        assert "\n" not in text[s:e]
        covered.update(range(s, e))
        last = e
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())


# -- chunker ----------------------------------------------------------------------------


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(odd_text, very_long), st.sampled_from(range(len(CHUNKERS))))
def test_chunker_properties_on_odd_text(text: str, which: int) -> None:
    chunker = CHUNKERS[which]
    doc = Document("d", "t", text)
    sentences, chunks = chunker.split(doc)
    check_split(doc, sentences, chunks, chunker)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([*PIECES, "The end. ", "Next! "]), min_size=50, max_size=400))
def test_chunker_properties_on_long_documents(pieces: list[str]) -> None:
    chunker = CHUNKERS[1]
    doc = Document("d", "t", "".join(pieces))
    sentences, chunks = chunker.split(doc, first_chunk_id=7)
    check_split(doc, sentences, chunks, chunker)
    if chunks:
        assert chunks[0].chunk_id == 7


def test_windows_overlap_and_advance() -> None:
    text = " ".join(f"Sentence number {i} talks about topic {i}." for i in range(60))
    chunker = Chunker(max_tokens=40, overlap_tokens=12, max_sentence_tokens=16)
    doc = Document("d", "t", text)
    sentences, chunks = chunker.split(doc)
    check_split(doc, sentences, chunks, chunker)
    assert len(chunks) > 5
    for a, b in pairwise(chunks):
        assert b.start < a.end  # overlap: the next window starts inside this one
        assert b.end > a.end
    no_overlap = Chunker(max_tokens=40, overlap_tokens=0, max_sentence_tokens=16)
    _, flat = no_overlap.split(doc)
    for a, b in pairwise(flat):
        assert b.start > a.end


def test_no_space_script_is_cut_without_losing_text() -> None:
    text = "東京都は日本の首都であり人口が多い" * 40  # no spaces, no sentence punctuation
    chunker = Chunker(max_tokens=60, overlap_tokens=10, max_sentence_tokens=20)
    doc = Document("d", "t", text)
    sentences, chunks = chunker.split(doc)
    check_split(doc, sentences, chunks, chunker)
    assert "".join(s.text for s in sentences) == text
    assert len(sentences) > 10


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_tokens": 8},
        {"overlap_tokens": 160},
        {"overlap_tokens": -1},
        {"max_sentence_tokens": 4},
        {"max_tokens": 50, "max_sentence_tokens": 60, "overlap_tokens": 10},
    ],
)
def test_bad_chunker_settings(kwargs: dict[str, int]) -> None:
    with pytest.raises(ConfigError):
        Chunker(**kwargs)


def test_unknown_encoding_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="cl100k_base"):
        Chunker(encoding="nope").count("x")


def test_offline_tiktoken_matches_reference() -> None:
    assert get_encoding("cl100k_base").encode("hello world") == [15339, 1917]


@pytest.mark.parametrize("damage", [b"", b"garbage", None], ids=["empty", "garbage", "truncated"])
def test_damaged_tiktoken_cache_is_repaired_offline(tmp_path: Path, damage: bytes | None) -> None:
    """A bad file in the cache must not send tiktoken to the network (there is none)."""
    from assistant.tokens import _URLS

    url = _URLS["cl100k_base"]
    target = tmp_path / hashlib.sha1(url.encode()).hexdigest()
    if damage is None:
        get_encoding("cl100k_base")  # the good file, from this process's cache dir
        good = _cache_dir_file(url)
        damage = good.read_bytes()[: good.stat().st_size // 2]
    target.write_bytes(damage)
    code = "from assistant.tokens import get_encoding; print(get_encoding().encode('hello world'))"
    env = {**os.environ, "TIKTOKEN_CACHE_DIR": str(tmp_path), "HTTPS_PROXY": "http://127.0.0.1:9"}
    proc = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip() == "[15339, 1917]"


def _cache_dir_file(url: str) -> Path:
    from assistant.tokens import _cache_dir

    return _cache_dir() / hashlib.sha1(url.encode()).hexdigest()


# -- the embedding model's own limit --------------------------------------------------


@pytest.fixture(scope="module")
def fits(real_embedder: Any) -> Any:
    return real_embedder.fits


def word_pieces(embedder: Any, text: str) -> int:
    return len(embedder.model.tokenizer(text, add_special_tokens=True)["input_ids"])


@pytest.mark.parametrize(
    "text",
    [
        "=" * 3000,  # one BPE token per 64 '=', one word piece each
        "Intro line. " + "-" * 1500 + " " + "*" * 1500 + " Outro line.",
        "." * 5000,
        "_" * 2000 + " " + "#" * 2000 + " Title",
        "See " + "/" * 3000 + " path. " + " ".join(["...."] * 300),
    ],
    ids=["equals", "dashes-stars", "dots", "underscores-hashes", "slashes-dots"],
)
def test_word_piece_heavy_text_is_split_not_truncated(
    real_embedder: Any, fits: Any, text: str
) -> None:
    chunker = Chunker()
    doc = Document("d", "t", text)
    # Within the BPE bounds per sentence, far over the model's word-piece limit.
    assert word_pieces(real_embedder, text) > 3 * n_tokens(text)
    assert word_pieces(real_embedder, text) > 4 * real_embedder.max_tokens
    sentences, chunks = chunker.split(doc, fits=fits)
    check_split(doc, sentences, chunks, chunker)
    assert all(fits([s.text for s in sentences]))
    assert all(fits([c.text for c in chunks]))
    for span in [*sentences, *chunks]:
        assert word_pieces(real_embedder, span.text) <= real_embedder.max_tokens


def test_windows_that_do_not_fit_become_single_sentences_once() -> None:
    # A stand-in limit: a window holding two or more "Zeta" sentences does not fit.
    def fits(texts: Any) -> list[bool]:
        return [t.count("Zeta") < 2 for t in texts]

    text = " ".join(
        f"Zeta sentence {i} is here." if i % 3 else f"Alpha sentence {i} is here."
        for i in range(40)
    )
    chunker = Chunker(max_tokens=40, overlap_tokens=15, max_sentence_tokens=16)
    doc = Document("d", "t", text)
    sentences, chunks = chunker.split(doc, fits=fits, first_chunk_id=3)
    check_split(doc, sentences, chunks, chunker)  # ordered, no duplicates, nothing lost
    assert all(fits([c.text for c in chunks]))
    assert [c.chunk_id for c in chunks] == list(range(3, 3 + len(chunks)))
    assert len({(c.start, c.end) for c in chunks}) == len(chunks)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(odd_text, very_long))
def test_every_span_fits_the_model(real_embedder: Any, text: str) -> None:
    chunker = Chunker()
    doc = Document("d", "t", text)
    sentences, chunks = chunker.split(doc, fits=real_embedder.fits)
    check_split(doc, sentences, chunks, chunker)
    spans = [x.text for x in [*sentences, *chunks]]
    assert all(real_embedder.fits(spans))


def test_default_article_chunks(default_bot: Any) -> None:
    data = default_bot.index
    doc = data.documents[0]
    check_split(doc, data.sentences, data.chunks, Chunker())
    assert all(default_bot.embedder.fits([c.text for c in data.chunks]))
    assert len(data.chunks) >= 2


# -- parse then chunk: anything in, an AssistantError or exact offsets out ---------------


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        odd_text,
        st.text(st.characters(exclude_categories=[]), max_size=200),  # lone surrogates too
        st.binary(max_size=300),
        st.text(max_size=200).map(str.encode),
    ),
    st.sampled_from(["a.txt", "a.md", "a.html", "a", "a.pdf"]),
)
def test_parse_document_never_crashes(data: Any, name: str) -> None:
    try:
        doc = parse_document(data, name=name)
    except AssistantError as e:
        assert "\n" not in str(e) and str(e)
        return
    assert doc.text == doc.text.strip() and doc.text
    doc.text.encode("utf-8")  # storable
    assert "\r" not in doc.text
    chunker = CHUNKERS[1]
    sentences, chunks = chunker.split(doc)
    check_split(doc, sentences, chunks, chunker)


@settings(max_examples=100, deadline=None)
@given(odd_text)
def test_parse_document_keeps_plain_sentences_verbatim(text: str) -> None:
    assume(any(ch.isalnum() for ch in text))
    line = "The river rose by three metres on Tuesday morning."
    try:
        doc = parse_document(f"{line}\n\n{text}\n\n{line}", name="x.txt")
    except AssistantError:
        return
    assert line in doc.text
