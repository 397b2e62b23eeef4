"""The REST side of the web server: /api/ask, /healthz, OpenAPI, errors, concurrency."""

from __future__ import annotations

import re
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from web_support import (
    ANSWERABLE,
    UNANSWERABLE,
    WebServer,
    document_slice,
    web_bot,
    web_server,
)

__all__ = ["web_bot", "web_server"]  # fixtures used by name


def _ask(url: str, question: str, history: list[dict[str, str]] | None = None) -> httpx.Response:
    return httpx.post(
        f"{url}/api/ask", json={"question": question, "history": history or []}, timeout=60
    )


def _core(answer: dict[str, Any]) -> dict[str, Any]:
    """What two answers to the same question must share exactly (scores to 5 places)."""
    return {
        "answer": answer["answer"],
        "abstained": answer["abstained"],
        "citations": [
            (c["n"], c["doc_id"], c["start"], c["end"], c["quote"], round(c["score"], 5))
            for c in answer["citations"]
        ],
        "passages": [
            (p["doc_id"], p["chunk_id"], p["start"], p["end"]) for p in answer["passages"]
        ],
    }


def test_healthz(web_server: WebServer) -> None:
    r = httpx.get(f"{web_server.url}/healthz", timeout=10)
    assert r.status_code == 200
    assert r.json() == {"status": "ok", "documents": len(web_server.bot.documents)}
    assert r.json()["documents"] >= 1


def test_ask_answers_with_exact_citations(web_server: WebServer) -> None:
    r = _ask(web_server.url, ANSWERABLE[0])
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["abstained"] is False
    assert body["citations"], body
    assert body["text"] == body["answer"]
    for c in body["citations"]:
        # The quote is a verbatim slice of the document the server loaded.
        assert c["quote"] == document_slice(web_server.bot, c)
        assert f"[{c['n']}]" in body["answer"]
    assert body["passages"]
    # The server answers exactly what the library answers.
    direct = web_server.bot.ask(ANSWERABLE[0], history=[]).to_dict()
    assert _core(body) == _core(direct)


def test_ask_with_history_follow_up(web_server: WebServer) -> None:
    first = _ask(web_server.url, ANSWERABLE[1]).json()
    history = [
        {"role": "user", "content": ANSWERABLE[1]},
        {"role": "assistant", "content": first["answer"]},
    ]
    r = _ask(web_server.url, "Where did they meet?", history)
    assert r.status_code == 200, r.text
    body = r.json()
    for c in body["citations"]:
        assert c["quote"] == document_slice(web_server.bot, c)


def test_unanswerable_has_no_citations_when_abstaining(web_server: WebServer) -> None:
    body = _ask(web_server.url, UNANSWERABLE).json()
    assert isinstance(body["abstained"], bool)
    if body["abstained"]:
        assert body["citations"] == []
        assert body["answer"].strip()


def test_openapi_and_docs(web_server: WebServer) -> None:
    spec = httpx.get(f"{web_server.url}/openapi.json", timeout=10).json()
    assert "/api/ask" in spec["paths"] and "post" in spec["paths"]["/api/ask"]
    assert "/healthz" in spec["paths"]
    docs = httpx.get(f"{web_server.url}/docs", timeout=10)
    assert docs.status_code == 200 and "swagger" in docs.text.lower()


def test_chat_page_is_served(web_server: WebServer) -> None:
    r = httpx.get(f"{web_server.url}/", timeout=20)
    assert r.status_code == 200
    assert "<title>Article Assistant</title>" in r.text or "Article Assistant" in r.text


JSON = {"content-type": "application/json"}
BAD_BODIES: list[tuple[str, dict[str, Any]]] = [
    ("no body", {}),
    ("not json", {"content": b"{question: hi", "headers": JSON}),
    ("form encoded", {"data": {"question": "hi"}}),
    ("json list", {"json": ["Who?"]}),
    ("json string", {"json": "Who?"}),
    ("missing question", {"json": {"history": []}}),
    ("question null", {"json": {"question": None}}),
    ("question number", {"json": {"question": 42}}),
    ("question list", {"json": {"question": ["Who?"]}}),
    ("empty question", {"json": {"question": ""}}),
    ("lone surrogate", {"content": b'{"question": "Who \\ud800?"}', "headers": JSON}),
    (
        "surrogate in history",
        {
            "content": b'{"question": "Who?", "history": [{"role": "user", "content": "\\udc00"}]}',
            "headers": JSON,
        },
    ),
    ("blank question", {"json": {"question": "   \n\t "}}),
    ("too long question", {"json": {"question": "Who? " * 5000}}),
    ("history not list", {"json": {"question": "Who?", "history": "hi"}}),
    ("history item not object", {"json": {"question": "Who?", "history": ["hi"]}}),
    ("bad role", {"json": {"question": "Who?", "history": [{"role": "system", "content": "x"}]}}),
    ("missing content", {"json": {"question": "Who?", "history": [{"role": "user"}]}}),
    ("content number", {"json": {"question": "Who?", "history": [{"role": "user", "content": 3}]}}),
    (
        "too large body",
        {"json": {"question": "Who?", "history": [{"role": "user", "content": "x" * 15000}] * 90}},
    ),
]


@pytest.mark.parametrize("kwargs", [b for _, b in BAD_BODIES], ids=[n for n, _ in BAD_BODIES])
def test_bad_bodies_get_4xx_json(web_server: WebServer, kwargs: dict[str, Any]) -> None:
    r = httpx.post(f"{web_server.url}/api/ask", timeout=30, **kwargs)
    assert 400 <= r.status_code < 500, (r.status_code, r.text[:300])
    body = r.json()
    assert set(body) == {"error"}
    assert isinstance(body["error"], str) and body["error"].strip()
    assert "Traceback" not in body["error"]


def test_wrong_method_and_unknown_route_are_json_4xx(web_server: WebServer) -> None:
    r = httpx.get(f"{web_server.url}/api/ask", timeout=10)
    assert 400 <= r.status_code < 500  # the gradio mount answers unknown GETs
    r = httpx.get(f"{web_server.url}/api/nope", timeout=10)
    assert 400 <= r.status_code < 500


def test_32_concurrent_questions_match_single_user(web_server: WebServer) -> None:
    questions = [*ANSWERABLE, UNANSWERABLE]
    expected = {q: _core(_ask(web_server.url, q).json()) for q in questions}
    n = 32
    results: list[Any] = [None] * n
    barrier = threading.Barrier(n)

    def worker(i: int) -> None:
        q = questions[i % len(questions)]
        with httpx.Client(timeout=120) as client:
            barrier.wait(timeout=30)  # all 32 requests start together
            r = client.post(f"{web_server.url}/api/ask", json={"question": q, "history": []})
        results[i] = (q, r.status_code, r.json())

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(n)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=180)
    elapsed = time.monotonic() - started
    assert all(r is not None for r in results), "some requests never finished"
    for q, status, body in results:
        assert status == 200, body
        assert _core(body) == expected[q], q
        for c in body["citations"]:
            assert c["quote"] == document_slice(web_server.bot, c)
    print(f"32 concurrent questions answered in {elapsed:.2f} s")


def test_answer_streams_end_to_end_quickly(web_server: WebServer) -> None:
    """A warm question answers well within the request timeout."""
    started = time.monotonic()
    r = _ask(web_server.url, ANSWERABLE[2])
    assert r.status_code == 200
    assert time.monotonic() - started < 10


def test_markers_refer_to_citations(web_server: WebServer) -> None:
    body = _ask(web_server.url, ANSWERABLE[0]).json()
    numbers = {int(m) for m in re.findall(r"\[(\d+)\]", body["answer"])}
    assert numbers <= {c["n"] for c in body["citations"]}
