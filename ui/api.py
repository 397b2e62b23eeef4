"""The REST side of the server: ``POST /api/ask``, ``GET /api/documents`` and ``GET /healthz``.

No gradio import here. Every failure a client can cause answers a 4xx JSON body
``{"error": "<plain sentence>"}``; a bug answers a 500 with the same shape and no traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any, Literal

import anyio
import anyio.to_thread
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, StrictStr, field_validator
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant import AssistantError

log = logging.getLogger("ui.api")

#: Largest JSON body accepted on /api/ routes; a question with its history is far smaller.
MAX_BODY_BYTES = 1_000_000
#: Bounds on what one request may make the server do (the core applies its own limits too).
MAX_QUESTION_CHARS = 10_000
MAX_HISTORY_MESSAGES = 100
MAX_MESSAGE_CHARS = 20_000


def _encodable(text: str) -> str:
    """JSON can carry lone surrogates ("\\ud800") that no text model can take: a 422."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("contains an invalid character (a lone surrogate)") from None
    return text


class Message(BaseModel):
    """One earlier turn of the conversation."""

    role: Literal["user", "assistant"]
    content: StrictStr = Field(max_length=MAX_MESSAGE_CHARS)

    _check_content = field_validator("content")(_encodable)


class AskRequest(BaseModel):
    """A question about the loaded article, with the conversation so far."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"question": "Who invited Azerbaijan to the summit?", "history": []},
            ]
        }
    )

    # StrictStr: a number or a list is a client's mistake, not something to coerce.
    question: StrictStr = Field(max_length=MAX_QUESTION_CHARS)
    history: list[Message] = Field(default_factory=list, max_length=MAX_HISTORY_MESSAGES)

    _check_question = field_validator("question")(_encodable)


class CitationOut(BaseModel):
    n: int
    doc_id: str
    start: int
    end: int
    quote: str
    score: float = 0.0


class PassageOut(BaseModel):
    doc_id: str
    chunk_id: int
    start: int
    end: int
    text: str
    score: float


class AnswerOut(BaseModel):
    """``Answer.to_dict()``: ``answer`` carries markers ``[n]`` that refer to ``citations``."""

    question: str
    answer: str
    text: str
    abstained: bool
    confidence: float
    query: str = ""
    citations: list[CitationOut]
    passages: list[PassageOut]


class ErrorOut(BaseModel):
    error: str


class HealthOut(BaseModel):
    status: str
    documents: int


class DocumentOut(BaseModel):
    doc_id: str
    title: str
    source: str
    chars: int


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse(status_code=status, content={"error": message})


def _validation_message(exc: RequestValidationError) -> tuple[int, str]:
    """Turn pydantic's error list into one plain sentence (and 400 for unparsable JSON)."""
    errors = list(exc.errors())
    if not errors:
        return 422, "The request body is not valid."
    first = errors[0]
    kind = str(first.get("type", ""))
    loc = [str(p) for p in first.get("loc", ()) if p != "body"]
    where = ".".join(loc) or "body"
    hint = ' Send JSON like {"question": "Who was invited?", "history": []}.'
    if kind == "json_invalid":
        return 400, "The request body is not valid JSON." + hint
    if where == "body":
        return 422, (
            "The request body must be a JSON object sent with "
            "'Content-Type: application/json'." + hint
        )
    if kind == "missing":
        return 422, f"The field '{where}' is required." + hint
    if kind == "literal_error" and loc and loc[-1] == "role":
        return 422, f'\'{where}\' must be "user" or "assistant".'
    msg = str(first.get("msg", "is not valid"))
    return 422, f"The field '{where}' is not valid: {msg}." + hint


class BodySizeLimit:
    """Refuse ``/api/`` requests whose declared body is too large, before reading it."""

    def __init__(self, app: Callable[..., Awaitable[None]], max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(
        self,
        scope: MutableMapping[str, Any],
        receive: Callable[[], Awaitable[MutableMapping[str, Any]]],
        send: Callable[[MutableMapping[str, Any]], Awaitable[None]],
    ) -> None:
        if scope["type"] == "http" and str(scope.get("path", "")).startswith("/api/"):
            for name, value in scope.get("headers", []):
                if name == b"content-length":
                    try:
                        size = int(value)
                    except ValueError:
                        size = -1
                    if size < 0 or size > self.max_bytes:
                        response = _error(
                            413,
                            f"The request body is larger than {self.max_bytes} bytes; "
                            "send a shorter question and history.",
                        )
                        await response(scope, receive, send)
                        return
        await self.app(scope, receive, send)


def install_error_handlers(app: FastAPI) -> None:
    """Make every error a JSON ``{"error": ...}`` body; never a traceback."""

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        status, message = _validation_message(exc)
        return _error(status, message)

    @app.exception_handler(AssistantError)
    async def _assistant(_: Request, exc: AssistantError) -> JSONResponse:
        return _error(int(getattr(exc, "status_code", 400)), str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _error(exc.status_code, str(exc.detail))

    @app.exception_handler(Exception)
    async def _bug(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error while answering a request", exc_info=exc)
        return _error(500, "The server failed to answer; the error was logged. Try again.")


def add_api_routes(
    app: FastAPI,
    bot: Any,
    *,
    request_timeout_s: float = 60,
    max_concurrent: int = 8,
) -> None:
    """Add the REST routes for ``bot`` (an ``assistant.Assistant``) to ``app``."""
    # A limiter of its own, so REST traffic cannot take every worker thread from the chat page.
    limiter = anyio.CapacityLimiter(max_concurrent)

    @app.post(
        "/api/ask",
        tags=["assistant"],
        summary="Ask a question about the loaded article",
        response_model=None,
        responses={
            200: {"model": AnswerOut, "description": "The answer with verbatim citations"},
            400: {"model": ErrorOut, "description": "The body is not JSON"},
            413: {"model": ErrorOut, "description": "The body is too large"},
            422: {"model": ErrorOut, "description": "The question or history is not valid"},
            504: {"model": ErrorOut, "description": "The answer took too long"},
        },
    )
    async def ask(body: AskRequest) -> JSONResponse:
        """Answer ``question`` from the article, citing it; ``history`` holds earlier turns."""
        history = [m.model_dump() for m in body.history]
        try:
            with anyio.fail_after(request_timeout_s):
                # The core is blocking and thread-safe: run it in a worker thread so the
                # event loop keeps serving other requests (and the chat page) meanwhile.
                answer = await anyio.to_thread.run_sync(
                    bot.ask, body.question, history, abandon_on_cancel=True, limiter=limiter
                )
        except TimeoutError:
            return _error(
                504,
                f"The answer took longer than {request_timeout_s:g} s; try again in a moment.",
            )
        return JSONResponse(answer.to_dict())

    @app.get("/api/documents", tags=["assistant"], response_model=list[DocumentOut])
    def documents() -> list[DocumentOut]:
        """The articles the assistant answers from."""
        return [
            DocumentOut(doc_id=d.doc_id, title=d.title, source=str(d.source), chars=len(d.text))
            for d in bot.documents
        ]

    @app.get("/healthz", tags=["service"], response_model=HealthOut)
    def healthz() -> HealthOut:
        """Liveness: the server is up and how many articles are loaded."""
        return HealthOut(status="ok", documents=len(bot.documents))
