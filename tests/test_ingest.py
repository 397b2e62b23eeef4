"""Ingestion: .txt/.md/.html to a Document, page furniture dropped, bad files refused plainly."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import DEFAULT_ARTICLE

from assistant.errors import (
    AssistantError,
    InputFileError,
    LimitError,
    UnsupportedFormatError,
)
from assistant.ingest import (
    DEFAULT_MAX_BYTES,
    load_document,
    make_doc_id,
    parse_document,
    unique_ids,
)

# An invented article with the furniture a news page carries: the headline printed twice
# at the top, then sharing prompts and section links after the last paragraph.
GLACIER = """Glacier Cave Reopens to Visitors After Repairs

Glacier Cave Reopens to Visitors After Repairs

The ice cave near Vatnsholt reopened on Friday after six months of repairs to its \
entrance tunnel. Engineers reinforced the walls with larch frames.

Park ranger Ingrid Solvang said about 300 visitors arrived on the first day. \
"We had a queue before sunrise," she said.

Tickets cost 4,500 kronur and must be booked online.

Share this story
Rate this article


Subscribe to our newsletter
More from Travel
"""
GLACIER_FIRST = "The ice cave near Vatnsholt reopened on Friday"
GLACIER_LAST = "Tickets cost 4,500 kronur and must be booked online."
GLACIER_FURNITURE = [
    "Share this story",
    "Rate this article",
    "Subscribe to our newsletter",
    "More from Travel",
]

HTML_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>Harbour Town Opens Floating Library | Coastline Daily</title>
<script>var tracker = "TRACKER_CODE_77"; function track(){}</script>
<style>.nav { color: red }</style></head>
<body>
<header><nav><ul>
<li><a href="/">Home</a></li><li><a href="/world">World section</a></li>
<li><a href="/sport">Sport pages</a></li><li><a href="/subscribe">Subscribe today</a></li>
</ul></nav></header>
<aside class="sidebar"><h3>Most read</h3><ul>
<li><a href="/x">Celebrity chef opens pop-up diner</a></li>
<li><a href="/y">Weather warning for the weekend</a></li></ul></aside>
<main><article>
<h1>Harbour Town Opens Floating Library</h1>
<p>The small fishing port of Merrow Bay opened a floating library on Tuesday, moored beside
the old lifeboat station. The converted ferry holds about four thousand books and a
reading room with views across the estuary.</p>
<p>Librarian Oona Castellane said the idea came from residents who wanted a quiet place to
read during the long winter months. &ldquo;People kept asking for somewhere warm with a
view,&rdquo; she said.</p>
<p>The project cost 210,000 pounds &amp; was paid for by a regional culture grant and a
crowdfunding campaign that drew donations from eleven countries.</p>
<p>The library will open four days a week and plans a children's story hour every Saturday
morning from March.</p>
</article></main>
<footer><p>Copyright 2024 Coastline Daily. All rights reserved.</p>
<a href="/privacy">Privacy policy</a> <a href="/cookies">Cookie settings</a></footer>
<script>document.write("INJECTED_SCRIPT_TEXT")</script>
</body></html>
"""
HTML_CHROME = [
    "TRACKER_CODE_77",
    "INJECTED_SCRIPT_TEXT",
    "color: red",
    "World section",
    "Subscribe today",
    "Celebrity chef",
    "Weather warning",
    "Copyright 2024",
    "Privacy policy",
    "Cookie settings",
    "<p>",
    "&amp;",
]


def write(path: Path, data: str | bytes) -> Path:
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


# -- the default article ------------------------------------------------------------------


def test_default_article_title_body_and_furniture() -> None:
    doc = load_document(DEFAULT_ARTICLE)
    assert doc.doc_id == "azerbaijan-nato-summit"
    assert doc.title == "Azerbaijan's Dilemma: To Attend or Not Attend NATO Summit in Washington"
    assert doc.source == str(DEFAULT_ARTICLE)
    # The headline (printed twice on the page) is the title, not part of the body.
    assert doc.title not in doc.text
    assert doc.text.startswith("As the NATO summit in Washington approaches")
    # The real last paragraph is kept whole; the page's trailing lines are not.
    assert doc.text.endswith("all eyes will be on Baku to see which path it chooses.")
    raw = DEFAULT_ARTICLE.read_text(encoding="utf-8")
    tail = raw[raw.index("which path it chooses.") + len("which path it chooses.") :]
    for line in (ln.strip() for ln in tail.splitlines()):
        if line:
            assert line not in doc.text
    assert doc.text == doc.text.strip()
    assert "\r" not in doc.text


def test_default_article_keeps_every_paragraph() -> None:
    doc = load_document(DEFAULT_ARTICLE)
    raw = DEFAULT_ARTICLE.read_text(encoding="utf-8")
    paragraphs = [p.strip() for p in raw.split("\n\n") if p.strip()]
    body = [p for p in paragraphs if p != doc.title and p.endswith((".", '"', "”"))]
    assert len(body) >= 5
    for p in body:
        assert p in doc.text


def test_loading_is_stable() -> None:
    a, b = load_document(DEFAULT_ARTICLE), load_document(DEFAULT_ARTICLE)
    assert a == b


# -- invented article: furniture -------------------------------------------------------


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_repeated_headline_and_trailing_furniture_dropped(newline: str) -> None:
    doc = parse_document(GLACIER.replace("\n", newline), name="glacier-cave.txt")
    assert doc.title == "Glacier Cave Reopens to Visitors After Repairs"
    assert doc.text.startswith(GLACIER_FIRST)
    assert doc.text.endswith(GLACIER_LAST)
    assert doc.title not in doc.text
    for line in GLACIER_FURNITURE:
        assert line not in doc.text
    assert "\r" not in doc.text
    assert '"We had a queue before sunrise," she said.' in doc.text


def test_headings_inside_the_body_are_kept() -> None:
    text = (
        "Glacier Cave Reopens\n\nThe cave reopened on Friday.\n\nWhat visitors saw\n\n"
        "Blue ice walls lined the tunnel.\n"
    )
    doc = parse_document(text, name="cave.txt")
    assert doc.title == "Glacier Cave Reopens"
    assert "What visitors saw" in doc.text
    assert doc.text.endswith("Blue ice walls lined the tunnel.")


def test_article_without_headline_keeps_first_sentence() -> None:
    text = "The cave reopened on Friday. Visitors queued.\n\nIt closes in May.\n"
    doc = parse_document(text, name="cave-news.txt")
    assert doc.text == "The cave reopened on Friday. Visitors queued.\n\nIt closes in May."
    assert doc.title == "Cave news"  # from the file name


def test_last_short_sentence_is_not_furniture() -> None:
    text = "Storm Hits Coast\n\nA storm hit the coast on Monday.\n\nNobody was hurt.\n"
    doc = parse_document(text, name="storm.txt")
    assert doc.text.endswith("Nobody was hurt.")


def test_one_line_article_is_kept() -> None:
    doc = parse_document("Volcano erupts near Reykjavik\n", name="v.txt")
    assert doc.text == "Volcano erupts near Reykjavik"


def test_bom_tabs_and_control_characters_cleaned() -> None:
    data = "\ufeffRiver Festival\n\nThe\x07 river festival\x1b opens\ton Sunday.\n".encode()
    doc = parse_document(data, name="river.txt")
    assert doc.title == "River Festival"
    assert doc.text == "The river festival opens\ton Sunday."


def test_utf16_with_bom_is_read() -> None:
    text = "Harbour News\n\nThe harbour opened a new pier on Monday.\n"
    doc = parse_document(text.encode("utf-16"), name="harbour.txt")
    assert doc.text == "The harbour opened a new pier on Monday."


# -- Markdown ------------------------------------------------------------------------------


def test_markdown_markup_removed_and_paragraphs_kept() -> None:
    md = (
        "# Glacier Cave Reopens\n\n"
        "The cave near **Vatnsholt** reopened, says the [park service](https://example.org).\n\n"
        "## Visitors\n\n"
        "- About 300 people came on the *first* day.\n"
        "- Tickets cost `4,500` kronur.\n\n"
        "> It was worth the wait.\n\n"
        "---\n\n"
        "```\ncode_block_should_go()\n```\n\n"
        "<!-- editor note: hidden -->\n"
        "The cave closes in May.\n"
    )
    for newline in ("\n", "\r\n"):
        doc = parse_document(md.replace("\n", newline), name="cave.md")
        assert doc.title == "Glacier Cave Reopens"
        assert doc.text == (
            "The cave near Vatnsholt reopened, says the park service.\n\n"
            "Visitors\n\n"
            "About 300 people came on the first day.\n"
            "Tickets cost 4,500 kronur.\n\n"
            "It was worth the wait.\n\n"
            "The cave closes in May."
        )


def test_markdown_front_matter_dropped() -> None:
    md = (
        "---\ntitle: Glacier Cave\ndate: 2024-01-01\ntags:\n  - travel\n---\n\n"
        "# Glacier Cave Reopens\n\nThe cave reopened on Friday.\n\n---\n\nIt closes in May.\n"
    )
    doc = parse_document(md, name="cave.md")
    assert doc.title == "Glacier Cave Reopens"
    assert doc.text == "The cave reopened on Friday.\n\nIt closes in May."
    toml = '+++\ntitle = "Cave"\n+++\nThe cave reopened on Friday.\n'
    assert parse_document(toml, name="cave.md").text == "The cave reopened on Friday."
    # Rules that fence ordinary text are not front matter.
    ruled = "---\nThe cave reopened on Friday.\n---\nIt closes in May.\n"
    assert "The cave reopened on Friday." in parse_document(ruled, name="cave.md").text


# -- HTML ----------------------------------------------------------------------------------


def test_html_keeps_the_article_and_drops_site_chrome(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path / "floating-library.html", HTML_PAGE))
    assert doc.doc_id == "floating-library"
    assert doc.title == "Harbour Town Opens Floating Library"
    assert doc.text.startswith("The small fishing port of Merrow Bay opened a floating library")
    assert "plans a children's story hour every Saturday" in doc.text
    assert "210,000 pounds & was paid for" in doc.text  # entities decoded
    assert "“People kept asking for somewhere warm with a view,” she said." in doc.text
    for chrome in HTML_CHROME:
        assert chrome not in doc.text, chrome


def test_html_declared_charset_is_honoured() -> None:
    page = (
        '<html><head><meta charset="iso-8859-1"><title>Café</title></head><body><article>'
        "<p>The café on Rue Lépine reopened on Monday after a long renovation of its old "
        "terrace, and the owners said the first week was fully booked by regulars.</p>"
        "</article></body></html>"
    )
    doc = parse_document(page.encode("latin-1"), name="cafe.html")
    assert "The café on Rue Lépine reopened on Monday" in doc.text


def test_tiny_html_page_falls_back_to_page_text() -> None:
    page = "<html><body><script>bad()</script><p>Short note.</p></body></html>"
    doc = parse_document(page, name="note.html")
    assert "Short note." in doc.text
    assert "bad()" not in doc.text


def test_script_only_html_is_refused() -> None:
    page = "<html><head><script>var x = 1;</script></head><body></body></html>"
    with pytest.raises(InputFileError, match="no readable text"):
        parse_document(page, name="empty.html")


# -- ids and titles ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("My Article.txt", "my-article"),
        ("azerbaijan-nato-summit.txt", "azerbaijan-nato-summit"),
        ("Zürich_Café NEWS.md", "zurich-cafe-news"),
        ("report.2024.06.html", "report-2024-06"),
        ("a" * 100 + ".txt", "a" * 60),
    ],
)
def test_doc_ids_are_slugs(name: str, expected: str) -> None:
    assert make_doc_id(name) == expected
    assert make_doc_id(name) == make_doc_id(name)


def test_non_ascii_name_gets_a_stable_hashed_id() -> None:
    a = make_doc_id("Статья.txt")
    assert a.startswith("doc-") and len(a) == 12
    assert a == make_doc_id("Статья.txt")
    assert a != make_doc_id("Новости.txt")


def test_duplicate_ids_made_unique_in_order(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    one = load_document(write(tmp_path / "a" / "news.txt", "First news item is here."))
    two = load_document(write(tmp_path / "b" / "news.txt", "Second news item is here."))
    out = unique_ids([one, two, one])
    ids = [d.doc_id for d in out]
    assert ids[0] == "news"
    assert len(set(ids)) == 3
    assert [d.text for d in out] == [one.text, two.text, one.text]
    assert [d.doc_id for d in unique_ids([one, two, one])] == ids  # deterministic


def test_title_from_file_name_when_no_headline() -> None:
    doc = parse_document("It rained all day in the valley.", name="valley_weather-report.txt")
    assert doc.title == "Valley weather report"


# -- bad inputs: a specific error, one plain line that names the file and says what to do ---


def _check_message(err: AssistantError, filename: str, advice: tuple[str, ...]) -> None:
    msg = str(err)
    assert "\n" not in msg and msg.strip() == msg
    assert filename in msg
    assert any(word in msg.lower() for word in advice), msg
    assert "Traceback" not in msg


BAD_FILES = [
    ("empty.txt", b"", InputFileError, ("give",)),
    ("blank.txt", b"  \n\t\r\n   \n", InputFileError, ("give",)),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01", InputFileError, ("give",)),
    ("nul.md", b"Some text\x00with a NUL byte inside", InputFileError, ("give",)),
    (
        "latin.txt",
        "Café crème, très bon. Ça coûte cher.".encode("latin-1"),
        InputFileError,
        ("utf-8",),
    ),
    ("report.pdf", b"%PDF-1.4\n", UnsupportedFormatError, (".txt",)),
    ("notes.docx", b"PK\x03\x04", UnsupportedFormatError, (".txt",)),
    ("punct.txt", b"!!! ... ??? ---", InputFileError, ("give",)),
]


@pytest.mark.parametrize(
    ("name", "data", "error", "advice"), BAD_FILES, ids=[b[0] for b in BAD_FILES]
)
def test_bad_files_raise_specific_errors(
    tmp_path: Path, name: str, data: bytes, error: type[AssistantError], advice: tuple[str, ...]
) -> None:
    path = write(tmp_path / name, data)
    with pytest.raises(error) as info:
        load_document(path)
    _check_message(info.value, name, advice)
    with pytest.raises(error):
        parse_document(data, name=name)


def test_unsupported_format_is_an_input_file_error() -> None:
    assert issubclass(UnsupportedFormatError, InputFileError)
    assert UnsupportedFormatError.status_code == 415


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputFileError) as info:
        load_document(tmp_path / "nowhere.txt")
    _check_message(info.value, "nowhere.txt", ("check the path",))


def test_folder_instead_of_file(tmp_path: Path) -> None:
    folder = tmp_path / "articles.txt"
    folder.mkdir()
    with pytest.raises(InputFileError) as info:
        load_document(folder)
    _check_message(info.value, "articles.txt", ("give the article files",))


def test_huge_file_over_the_default_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:  # sparse: no need to write 20 MB
        f.truncate(DEFAULT_MAX_BYTES + 1)
    with pytest.raises(LimitError) as info:
        load_document(path)
    _check_message(info.value, "huge.txt", ("split the file", "raise the limit"))
    assert LimitError.status_code == 413


def test_file_over_a_configured_limit(tmp_path: Path) -> None:
    path = write(tmp_path / "long.txt", "A sentence that repeats. " * 100)
    with pytest.raises(LimitError, match=r"long\.txt"):
        load_document(path, max_bytes=1000)
    assert load_document(path, max_bytes=10_000).text.startswith("A sentence that repeats.")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file(tmp_path: Path) -> None:
    path = write(tmp_path / "locked.txt", "A locked article.")
    path.chmod(0)
    try:
        with pytest.raises(InputFileError, match=r"locked\.txt"):
            load_document(path)
    finally:
        path.chmod(0o644)


def test_lone_surrogates_in_pasted_text_are_dropped() -> None:
    # Text from a JSON body can carry lone surrogates; they cannot be stored as UTF-8.
    doc = parse_document("Bridge Opens\n\nThe bridge\ud800 opened on Monday.\udfff", name="b.txt")
    doc.text.encode("utf-8")
    doc.title.encode("utf-8")
    assert doc.text == "The bridge opened on Monday."
