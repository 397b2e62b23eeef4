"""REST error handling with stand-in bots (no server, no gradio): status codes and bodies."""

from __future__ import annotations

import threading
import time
from typing import Any, ClassVar

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from assistant.errors import IndexMissingError, LimitError, QuestionError
from ui.api import BodySizeLimit, add_api_routes, install_error_handlers


class _Answer:
    def to_dict(self) -> dict[str, Any]:
        return {
            "question": "q",
            "answer": "ok",
            "text": "ok",
            "abstained": True,
            "confidence": 0.0,
            "query": "q",
            "citations": [],
            "passages": [],
        }


class _Bot:
    """Answers instantly, or raises / sleeps as told."""

    documents: ClassVar[list[Any]] = []

    def __init__(self, behaviour: Exception | float | None = None) -> None:
        self.behaviour = behaviour
        self.release = threading.Event()

    def ask(self, question: str, history: Any = None) -> _Answer:
        if isinstance(self.behaviour, Exception):
            raise self.behaviour
        if isinstance(self.behaviour, float):
            self.release.wait(self.behaviour)
        return _Answer()


def _client(bot: _Bot, timeout_s: float = 60) -> TestClient:
    app = FastAPI()
    install_error_handlers(app)
    add_api_routes(app, bot, request_timeout_s=timeout_s)
    app.add_middleware(BodySizeLimit, max_bytes=10_000)
    return TestClient(app, raise_server_exceptions=False)


@pytest.mark.parametrize(
    ("error", "status"),
    [
        (QuestionError("The question is empty; type one."), 422),
        (LimitError("Too many; load fewer."), 413),
        (IndexMissingError("No index; build it first."), 404),
    ],
)
def test_assistant_errors_keep_their_status_and_sentence(error: Exception, status: int) -> None:
    r = _client(_Bot(error)).post("/api/ask", json={"question": "Who?"})
    assert r.status_code == status
    assert r.json() == {"error": str(error)}


def test_a_bug_is_a_json_500_without_traceback() -> None:
    r = _client(_Bot(RuntimeError("secret internals"))).post("/api/ask", json={"question": "Who?"})
    assert r.status_code == 500
    assert "secret" not in r.text and "Traceback" not in r.text
    assert set(r.json()) == {"error"}


def test_slow_answer_times_out_with_504() -> None:
    bot = _Bot(5.0)
    started = time.monotonic()
    r = _client(bot, timeout_s=0.3).post("/api/ask", json={"question": "Who?"})
    bot.release.set()
    assert r.status_code == 504
    assert "error" in r.json()
    assert time.monotonic() - started < 4


def test_declared_body_over_the_limit_is_413() -> None:
    r = _client(_Bot()).post("/api/ask", json={"question": "x" * 20_000})
    assert r.status_code == 413 and "error" in r.json()
