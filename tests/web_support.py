"""Shared helpers and session fixtures for the web tests (``tests/test_web_*.py``).

One real ``Assistant`` over the default article (conftest's ``default_bot`` when there is
one, else built here; either way its index is in a pytest temp folder) and one server
(uvicorn in a background thread on a free 127.0.0.1 port) serve every web test of a session.
Set ``ASSISTANT_WEB_FAKE=1`` to use the word-overlap fake of ``web_fake.py`` instead (fast
UI iteration while the core changes).

The fixtures are imported into each test module; pytest then sees one definition per
module, so the instances are cached on the pytest config to stay one per session.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus" / "azerbaijan-nato-summit.txt"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
#: Questions the default article answers, and one it does not.
ANSWERABLE = [
    "Who extended the invitation to Azerbaijan?",
    "When did Karim Valiyev meet Stefan Fiks?",
    "Has Armenia confirmed its attendance?",
]
UNANSWERABLE = "What is the population of Brazil?"
USE_FAKE = os.environ.get("ASSISTANT_WEB_FAKE", "") == "1"


@dataclass
class WebServer:
    """A running server: its base URL, the bot it serves, and how to stop it."""

    url: str
    bot: Any
    server: Any
    thread: threading.Thread

    def stop(self) -> None:
        # Open event streams (gradio heartbeats) would otherwise be reported as cancelled
        # tasks when the session ends; that is expected here, not an error.
        logging.getLogger("uvicorn.error").setLevel(logging.CRITICAL)
        self.server.should_exit = True
        self.server.force_exit = True
        self.thread.join(timeout=10)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(app: Any, bot: Any, *, timeout_s: float = 30) -> WebServer:
    """Run ``app`` with uvicorn in a daemon thread and wait until it accepts requests."""
    import uvicorn

    port = free_port()
    config = uvicorn.Config(
        app, host="127.0.0.1", port=port, log_level="warning", timeout_graceful_shutdown=2
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="web-test-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout_s
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    return WebServer(f"http://127.0.0.1:{port}", bot, server, thread)


def make_bot(request: pytest.FixtureRequest, index_dir: Path) -> Any:
    """The default-article bot: real core, or the fake when ASSISTANT_WEB_FAKE=1.

    When tests/conftest.py offers the session's ``default_bot`` (same article, its index in
    a pytest temp folder), it is reused: one model load and one index build per session.
    """
    if USE_FAKE:
        from web_fake import default_fake

        return default_fake(CORPUS)
    try:
        return request.getfixturevalue("default_bot")
    except pytest.FixtureLookupError:
        pass
    from assistant import Assistant

    return Assistant.from_files([str(CORPUS)], index_dir=str(index_dir))


def _cached(request: pytest.FixtureRequest, name: str) -> Any:
    return getattr(request.config, name, None)


@pytest.fixture(scope="session")
def web_bot(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """One Assistant over the default article, its index in a temp folder."""
    bot = _cached(request, "_web_bot")
    if bot is None:
        started = time.monotonic()
        bot = make_bot(request, tmp_path_factory.mktemp("web-index") / "index")
        request.config._web_bot = bot  # type: ignore[attr-defined]
        request.config._web_timings = {"bot_s": time.monotonic() - started}  # type: ignore[attr-defined]
    return bot


@pytest.fixture(scope="session")
def web_server(request: pytest.FixtureRequest, web_bot: Any) -> WebServer:
    """The app of ``ui.app.create_app`` served on a free local port, once per session."""
    server = _cached(request, "_web_server")
    if server is None:
        started = time.monotonic()
        from ui.app import create_app

        app = create_app(web_bot, max_upload_bytes=200_000, max_articles=3)
        server = start_server(app, web_bot)
        request.config._web_server = server  # type: ignore[attr-defined]
        request.config._web_timings["server_s"] = time.monotonic() - started  # type: ignore[attr-defined]
        request.config.add_cleanup(server.stop)
    return server


def document_slice(bot: Any, citation: dict[str, Any]) -> str:
    """The text a citation points at, from the bot's own document."""
    return str(bot.document(citation["doc_id"]).text[citation["start"] : citation["end"]])
