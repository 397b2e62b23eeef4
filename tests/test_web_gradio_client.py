"""The chat page's own API, as ``gradio_client`` users (and the page) reach it."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from web_support import ANSWERABLE, WebServer, document_slice, web_bot, web_server

__all__ = ["web_bot", "web_server"]  # fixtures used by name

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")


@pytest.fixture(scope="module")
def client(web_server: WebServer) -> Iterator[Any]:
    from gradio_client import Client

    c = Client(web_server.url + "/", verbose=False)
    yield c
    c.close()  # stop its heartbeat stream so the server can shut down cleanly


def test_api_lists_only_the_public_endpoints(client: Any) -> None:
    info = client.view_api(print_info=False, return_format="dict")
    names = set(info["named_endpoints"])
    assert {"/chat", "/ask"} <= names
    # Clearing, loading articles and example clicks are page-only events.
    assert not any("load_article" in n or "clear" in n for n in names), names


def test_ask_endpoint_returns_a_cited_answer(client: Any, web_server: WebServer) -> None:
    result = client.predict(ANSWERABLE[0], [], api_name="/ask")
    assert result["abstained"] is False
    assert result["citations"]
    for c in result["citations"]:
        assert c["quote"] == document_slice(web_server.bot, c)
        assert f"[{c['n']}]" in result["answer"]


def test_chat_endpoint_streams_into_the_chatbot(client: Any, web_server: WebServer) -> None:
    job = client.submit(ANSWERABLE[1], [], api_name="/chat")
    textbox, chat, sources, article = job.result(timeout=60)
    assert textbox in ("", {"__type__": "update"})  # cleared early, then left alone
    assert chat[0]["role"] == "user" and ANSWERABLE[1].split()[0] in str(chat[0]["content"])
    last = str(chat[-1]["content"])
    assert chat[-1]["role"] == "assistant"
    assert 'class="cite-ref">[1]</span>' in last
    assert '<mark class="cite-mark"' in sources
    assert '<mark class="cite-mark"' in article
    # Streaming: the job produced intermediate chat states before the final one.
    assert len(job.outputs()) >= 2


@pytest.mark.parametrize("size", [3000, 5000])
def test_chat_endpoint_reports_user_errors_in_the_chat(client: Any, size: int) -> None:
    _, chat, _, _ = client.predict("x" * size, [], api_name="/chat")
    assert "error-note" in str(chat[-1]["content"])
    assert "2,000" in str(chat[-1]["content"])  # the assistant's own limit, said once
    assert "Traceback" not in str(chat)


def test_follow_up_sends_the_conversation_as_history(
    web_server: WebServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gradio_client import Client

    seen: list[tuple[str, list[dict[str, str]]]] = []
    original = web_server.bot.ask_stream

    def spy(question: str, history: Any = None) -> Iterator[Any]:
        seen.append((question, list(history or [])))
        yield from original(question, history)

    monkeypatch.setattr(web_server.bot, "ask_stream", spy)
    fresh = Client(web_server.url + "/", verbose=False)  # a new session: empty history
    try:
        _, chat, _, _ = fresh.predict(ANSWERABLE[1], [], api_name="/chat")
        fresh.predict("Where did they meet?", chat, api_name="/chat")
    finally:
        fresh.close()
    assert seen[0] == (ANSWERABLE[1], [])
    question, history = seen[1]
    assert question == "Where did they meet?"
    assert history[0] == {"role": "user", "content": ANSWERABLE[1]}
    # The assistant turn is the answer's plain text (with markers), not the page's HTML.
    assert history[1]["role"] == "assistant" and "<" not in history[1]["content"]
    assert history[1]["content"] == web_server.bot.ask(ANSWERABLE[1]).text
