"""One server: the Gradio chat page at ``/`` and the REST API beside it (``/api/ask``,
``/healthz``, OpenAPI docs at ``/docs``).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from typing import Any

# Set before gradio is imported: no telemetry and no hub look-ups (the machine is offline).
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")

import fastapi
import gradio as gr

from ui.api import MAX_BODY_BYTES, BodySizeLimit, add_api_routes, install_error_handlers
from ui.chat import THEME, build_blocks
from ui.style import CSS

log = logging.getLogger("ui.app")

#: Chat answers running at once; more wait in gradio's queue (2 cores: more would only thrash).
CHAT_CONCURRENCY = 8


def _default_factory(bot: Any) -> Callable[[Sequence[str]], Any]:
    """Build a session's in-memory assistant that shares ``bot``'s loaded embedding model."""

    from_files = type(bot).from_files

    def build(paths: Sequence[str]) -> Any:
        # progress=True: the page follows the core's indexing progress bar (track_tqdm).
        return from_files(
            list(paths),
            index_dir=None,
            embedder=bot.embedder,
            progress=True,
            max_question_chars=bot.max_question_chars,
        )

    return build


def create_app(
    bot: Any,
    *,
    max_upload_bytes: int = 2_000_000,
    max_articles: int = 5,
    request_timeout_s: float = 60,
    bot_factory: Callable[[Sequence[str]], Any] | None = None,
) -> fastapi.FastAPI:
    """The ASGI app serving ``bot`` (an ``assistant.Assistant``).

    ``max_upload_bytes`` bounds an article a user brings (files and pasted text together),
    ``max_articles`` the number of articles in one load, ``request_timeout_s`` one REST
    answer. ``bot_factory(paths)`` builds a session's own assistant (default: the bot's
    class ``from_files`` with an in-memory index and the shared embedder).
    """
    if max_upload_bytes <= 0 or max_articles <= 0 or request_timeout_s <= 0:
        raise ValueError("max_upload_bytes, max_articles and request_timeout_s must be > 0")
    app = fastapi.FastAPI(
        title="Article Assistant",
        summary="Answers questions about a news article, quoting it verbatim with citations.",
        version="1",
        docs_url="/docs",
        redoc_url=None,
    )
    install_error_handlers(app)
    add_api_routes(app, bot, request_timeout_s=request_timeout_s)
    app.add_middleware(BodySizeLimit, max_bytes=MAX_BODY_BYTES)

    blocks = build_blocks(
        bot,
        bot_factory=bot_factory or _default_factory(bot),
        max_upload_bytes=max_upload_bytes,
        max_articles=max_articles,
    )
    blocks.queue(default_concurrency_limit=CHAT_CONCURRENCY, max_size=256)
    # Mounted last, at "/": the API routes above are matched first.
    return gr.mount_gradio_app(
        app,
        blocks,
        path="/",
        theme=THEME,
        css=CSS,
        ssr_mode=False,  # server-side rendering needs Node; plain client rendering is enough
        # Gradio refuses far larger uploads outright (bounding disk use); anything between
        # our limit and this reaches load_article, which explains the limit in plain words.
        max_file_size=4 * max_upload_bytes,
        footer_links=["api"],
        show_error=False,  # unexpected errors are logged, never shown to users
    )


def serve(
    bot: Any,
    host: str = "127.0.0.1",
    port: int = 7860,
    *,
    log_level: str = "info",
    **limits: Any,
) -> None:
    """Run the server in the foreground until interrupted (``limits`` go to create_app)."""
    import uvicorn

    app = create_app(bot, **limits)
    shown = "localhost" if host in ("127.0.0.1", "0.0.0.0", "::") else host
    print(
        f"Chat page: http://{shown}:{port}/   REST API docs: http://{shown}:{port}/docs", flush=True
    )
    uvicorn.run(app, host=host, port=port, log_level=log_level, timeout_graceful_shutdown=5)
