"""The chat page in headless Chromium: a cited answer, its highlighted source, and safety.

Screenshots go to tests/artifacts/ (git-ignored) for a person to look at.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from web_support import (
    ANSWERABLE,
    ARTIFACTS,
    CHROMIUM,
    CHROMIUM_ARGS,
    UNANSWERABLE,
    WebServer,
    web_bot,
    web_server,
)

__all__ = ["web_bot", "web_server"]  # fixtures used by name

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not os.path.exists(CHROMIUM),
        reason=f"headless browser tests need Chromium at {CHROMIUM} (apt-get install chromium)",
    ),
]

ANSWER_DONE = "#chat .answer:not(.streaming), #chat .abstain-note, #chat .error-note"
TIMEOUT_MS = 30_000

EVIL_ARTICLE = """Lighthouse Keepers Report

The old lighthouse on Cape Verity was repainted in May by a crew of five volunteers.

<script>window.__pwned=1</script> The keeper of the lighthouse is Marta Olsen, who has \
looked after the tower for twelve years.

<img src=x onerror="window.__pwned=1"> Visitors may climb the lighthouse tower on Sundays \
between ten and four o'clock.
"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser: Any, web_server: WebServer) -> Iterator[Any]:
    """A fresh page (its own gradio session) that records any request leaving this machine."""
    context = browser.new_context(viewport={"width": 1360, "height": 1000})
    pg = context.new_page()
    pg.set_default_timeout(TIMEOUT_MS)
    outside: list[str] = []
    local = ("http://127.0.0.1", "http://localhost", "data:", "blob:", "about:")
    pg.on("request", lambda r: None if r.url.startswith(local) else outside.append(r.url))
    pg.outside_requests = outside
    pg.goto(web_server.url + "/")
    pg.wait_for_selector("#question textarea")
    yield pg
    context.close()


def _ask(page: Any, question: str) -> Any:
    before = page.locator(ANSWER_DONE).count()
    page.fill("#question textarea", question)
    page.click("#ask-btn")
    page.wait_for_function(
        "([sel, n]) => document.querySelectorAll(sel).length > n", arg=[ANSWER_DONE, before]
    )
    return page.locator(ANSWER_DONE).last


def _tab(page: Any, name: str) -> None:
    page.get_by_role("tab", name=name, exact=True).click()


def _wait_uploaded(page: Any, name: str) -> None:
    """Wait until the file component lists the uploaded file (its upload finished)."""
    page.locator(f"#upload .file-preview td.filename[aria-label={name!r}]").wait_for()


def _shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


def test_cited_answer_with_highlighted_source(page: Any) -> None:
    answer = _ask(page, ANSWERABLE[0])
    assert "answer" in (answer.get_attribute("class") or "")
    assert answer.locator(".cite-ref").first.inner_text() == "[1]"
    mark = page.locator("#sources mark.cite-mark").first
    mark.wait_for()
    quote = mark.inner_text().strip()
    assert quote and quote.split()[0] in answer.inner_text()
    _shot(page, "web-chat.png")
    _tab(page, "Article")
    article_mark = page.locator("#article mark.cite-mark").first
    article_mark.wait_for(state="visible")
    assert article_mark.inner_text().strip() == quote
    _shot(page, "web-article.png")
    assert page.outside_requests == [], "the page must work offline"


def test_follow_up_abstention_and_clear(page: Any) -> None:
    _ask(page, ANSWERABLE[1])
    _ask(page, "Where did they meet?")  # a follow-up: history goes with it
    assert page.locator("#chat .message-row, #chat [data-testid='user']").count() >= 2
    last = _ask(page, UNANSWERABLE)
    cls = last.get_attribute("class") or ""
    if "abstain-note" in cls:  # an abstention looks different and cites nothing
        assert last.locator(".cite-ref").count() == 0
        _shot(page, "web-abstain.png")
    page.click("#clear-btn")
    page.wait_for_function("(sel) => document.querySelectorAll(sel).length === 0", arg=ANSWER_DONE)
    assert "Ask a question" in page.locator("#sources").inner_text()


def test_example_question_click_answers(page: Any) -> None:
    # Gradio fills the example buttons after the question box appears: on a busy machine
    # the first read can come before their text (one CI run read an empty button).
    page.wait_for_function(
        "() => { const b = document.querySelector('#examples button');"
        " return !!b && b.innerText.trim().length > 0; }"
    )
    example = page.locator("#examples button").first
    text = example.inner_text().strip()
    assert text
    example.click()
    page.wait_for_selector(ANSWER_DONE)
    assert text in page.locator("#chat").inner_text()


def _assert_not_pwned(page: Any) -> None:
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("img[src='x']").count() == 0
    assert page.locator("script", has_text="__pwned").count() == 0


def test_pasted_markup_is_shown_literally_and_never_runs(page: Any) -> None:
    _tab(page, "Your article")
    page.fill("#paste textarea", EVIL_ARTICLE)
    page.click("#load-btn")
    page.wait_for_selector("#load-status .status-ok, #load-status .status-error")
    assert page.locator("#load-status .status-ok").count() == 1, page.inner_text("#load-status")
    assert "Lighthouse" in page.inner_text("#heading")
    _assert_not_pwned(page)
    answer = _ask(page, "Who is the keeper of the lighthouse?")
    assert "Marta Olsen" in answer.inner_text() or "abstain" in (
        answer.get_attribute("class") or ""
    )
    _tab(page, "Article")
    text = page.locator("#article .article-text").inner_text()
    assert "<script>window.__pwned=1</script>" in text
    assert '<img src=x onerror="window.__pwned=1">' in text
    _assert_not_pwned(page)
    _shot(page, "web-own-article.png")
    assert page.outside_requests == []


def test_uploaded_markup_file_is_shown_literally(page: Any, tmp_path: Path) -> None:
    evil = tmp_path / "evil <b>name<i>.txt"  # markup in the file name too
    evil.write_text(EVIL_ARTICLE, encoding="utf-8")
    _tab(page, "Your article")
    page.set_input_files("#upload input[type=file]", str(evil))
    _wait_uploaded(page, evil.name)
    page.click("#load-btn")
    page.wait_for_selector("#load-status .status-ok, #load-status .status-error")
    assert page.locator("#load-status .status-ok").count() == 1, page.inner_text("#load-status")
    _tab(page, "Article")
    text = page.locator("#article .article-text").inner_text()
    assert "<script>window.__pwned=1</script>" in text
    _assert_not_pwned(page)


def test_too_large_article_gets_a_clear_message(page: Any, tmp_path: Path) -> None:
    """The test server's limit is 200 kB: a pasted text and a file over it are refused."""
    too_long = "A long sentence about nothing at all. " * 6000  # about 230 kB
    _tab(page, "Your article")
    page.fill("#paste textarea", too_long)
    page.click("#load-btn")
    status = page.locator("#load-status .status-error")
    status.wait_for()
    assert "limit is 200 kB" in status.inner_text()
    assert "limit is 200 kB" in page.locator("#chat").inner_text()
    page.fill("#paste textarea", "")
    big = tmp_path / "big.txt"
    big.write_text(too_long, encoding="utf-8")
    page.set_input_files("#upload input[type=file]", str(big))
    _wait_uploaded(page, "big.txt")
    page.click("#load-btn")
    page.wait_for_function("() => document.querySelectorAll('#chat .error-note').length >= 2")
    assert "limit is 200 kB" in page.locator("#chat .error-note").last.inner_text()
    assert "Traceback" not in page.locator("#chat").inner_text()
    # The default article is still the one in use.
    assert "Lighthouse" not in page.inner_text("#heading")
