"""The chat page: a Gradio Blocks app over a shared ``Assistant`` (imports gradio: slow).

Per browser session the page keeps the conversation (plain text, passed to the core as
history) and, when the user brings an article, an in-memory ``Assistant`` built for it that
shares the default bot's embedding model. Everything shown is escaped by ``ui.render``.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import gradio as gr

from assistant import AssistantError
from ui import render

log = logging.getLogger("ui.chat")

#: File types a user may bring (the core reads each of them as an article).
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
#: Earlier messages passed to the core with a follow-up; older turns rarely matter.
MAX_HISTORY_MESSAGES = 20
#: A session's own article is dropped after this long without use, to bound memory.
SESSION_TTL_S = 2 * 3600
#: Longest question the page sends on (the core applies its own limit as well).
MAX_QUESTION_CHARS = 4000

BotFactory = Callable[[list[str]], Any]

THEME = gr.themes.Soft(
    primary_hue="indigo",
    neutral_hue="slate",
    # Local font stacks only: the page must not fetch web fonts (offline-first).
    font=["Inter", "ui-sans-serif", "system-ui", "Segoe UI", "Helvetica", "Arial", "sans-serif"],
    font_mono=["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace"],
    radius_size="md",
).set(
    # A firmer accent than Soft's pastel default, so the main action reads as one.
    button_primary_background_fill="*primary_600",
    button_primary_background_fill_hover="*primary_700",
    button_primary_text_color="white",
    block_radius="10px",
)

HEADER = """
<div id="app-header">
  <div class="brand-mark" aria-hidden="true">§</div>
  <div>
    <h1>Article Assistant</h1>
    <p>Ask about the article. Every answer quotes it word for word, with numbered sources;
    when the article does not say, the assistant says so. Runs fully offline.</p>
  </div>
</div>
"""


def _is_within(path: Path, folder: Path) -> bool:
    """True when ``path`` resolves inside ``folder`` (no ``..`` or symlink escape)."""
    try:
        path.resolve().relative_to(folder.resolve())
    except (ValueError, OSError):
        return False
    return True


def _clean(text: Any) -> Any:
    """Replace lone surrogates a crafted client can send (no tokenizer takes them)."""
    if isinstance(text, str):
        return text.encode("utf-8", "replace").decode("utf-8")
    return "" if text is None else text


def _mb(n: int) -> str:
    """A size in words; two decimals in MB so "2.04 MB" never reads like a 2 MB limit."""
    return f"{n / 1_000_000:.2f} MB" if n >= 1_000_000 else f"{max(1, round(n / 1000)):,} kB"


def build_blocks(
    bot: Any,
    *,
    bot_factory: BotFactory,
    max_upload_bytes: int = 2_000_000,
    max_articles: int = 5,
) -> gr.Blocks:
    """Build the chat page for ``bot``; ``bot_factory(paths)`` builds a session's own bot."""
    default_docs = list(bot.documents)
    try:
        default_examples = list(bot.example_questions(4))
    except Exception:  # examples are a nicety: never let them stop the server from starting
        log.exception("example_questions failed")
        default_examples = []
    # Pasted text is written here (under gradio's own upload folder), under fixed names.
    upload_root = Path(gr.utils.get_upload_folder())

    def current(session_bot: Any) -> Any:
        return session_bot if session_bot is not None else bot

    def doc_lookup(b: Any) -> Callable[[str], Any]:
        def get(doc_id: str) -> Any:
            try:
                return b.document(doc_id)
            except Exception:  # an unknown id just shows the quote without context
                return None

        return get

    # ---- asking -------------------------------------------------------------------------
    def respond(
        question: str,
        chat: list[dict[str, Any]] | None,
        history: list[dict[str, str]] | None,
        session_bot: Any,
    ) -> Iterator[tuple[Any, ...]]:
        """Stream an answer into the chat, then fill the sources and article panels."""
        chat = list(chat or [])
        history = list(history or [])
        b = current(session_bot)
        question = _clean(question).strip()
        if not question:
            yield gr.skip(), chat, history, gr.skip(), gr.skip()
            return
        chat.append({"role": "user", "content": render.user_message(question)})
        # The assistant's own limit (``serve --max-question-chars``), checked here too so
        # that a long paste is turned away before any work.
        limit = getattr(b, "max_question_chars", MAX_QUESTION_CHARS)
        if len(question) > limit:
            chat.append(
                {
                    "role": "assistant",
                    "content": render.error_message(
                        f"The question is {len(question):,} characters long; keep it to "
                        f"{limit:,} characters."
                    ),
                }
            )
            yield "", chat, history, gr.skip(), gr.skip()
            return
        chat.append({"role": "assistant", "content": render.partial_answer("")})
        yield "", chat, history, gr.skip(), gr.skip()

        text = ""
        answer: Any = None
        try:
            for item in b.ask_stream(question, history[-MAX_HISTORY_MESSAGES:]):
                if isinstance(item, str):
                    text += item
                    chat[-1] = {"role": "assistant", "content": render.partial_answer(text)}
                    yield gr.skip(), chat, history, gr.skip(), gr.skip()
                else:
                    answer = item
        except AssistantError as exc:
            chat[-1] = {"role": "assistant", "content": render.error_message(str(exc))}
            yield gr.skip(), chat, history, gr.skip(), gr.skip()
            return
        except Exception:
            log.exception("answering failed")
            chat[-1] = {
                "role": "assistant",
                "content": render.error_message(
                    "Something went wrong while answering; the error was logged. Try again."
                ),
            }
            yield gr.skip(), chat, history, gr.skip(), gr.skip()
            return
        if answer is None:  # the core's contract: the stream ends with the Answer
            log.error("ask_stream ended without an Answer")
            chat[-1] = {
                "role": "assistant",
                "content": render.error_message("No answer came back; try again."),
            }
            yield gr.skip(), chat, history, gr.skip(), gr.skip()
            return
        chat[-1] = {"role": "assistant", "content": render.answer_message(answer)}
        history += [
            {"role": "user", "content": question},
            {"role": "assistant", "content": answer.text},
        ]
        yield (
            gr.skip(),
            chat,
            history,
            render.sources_panel(answer, doc_lookup(b)),
            render.article_panel(b.documents, answer.citations),
        )

    def clear(session_bot: Any) -> tuple[Any, ...]:
        b = current(session_bot)
        return [], [], render.sources_panel(None, doc_lookup(b)), render.article_panel(b.documents)

    def pick_example(sample: Any) -> str:
        # A Dataset click gives the sample row: a one-element list holding the question.
        if isinstance(sample, (list, tuple)):
            return str(sample[0]) if sample else ""
        return str(sample or "")

    # ---- bringing an article ------------------------------------------------------------
    def load_article(
        files: Sequence[str] | str | None,
        pasted: str | None,
        chat: list[dict[str, Any]] | None,
        # track_tqdm: the core's embedding progress bar drives the page's progress bar.
        progress: gr.Progress = gr.Progress(track_tqdm=True),  # noqa: B008 - gradio's idiom
    ) -> tuple[Any, ...]:
        """Build an in-memory assistant for the user's article(s); the chat then uses it."""
        chat = list(chat or [])
        paths = [files] if isinstance(files, str) else list(files or [])
        pasted = (pasted or "").strip()

        def fail(message: str) -> tuple[Any, ...]:
            # Keep the conversation and the user's input; add the message to both places.
            chat.append({"role": "assistant", "content": render.error_message(message)})
            skips = (gr.skip(),) * 7
            return (gr.skip(), chat, *skips, render.status_note(message, ok=False))

        if not paths and not pasted:
            return fail("Choose a .txt, .md or .html file, or paste the article text, first.")
        count = len(paths) + (1 if pasted else 0)
        if count > max_articles:
            return fail(f"{count} articles were given; load at most {max_articles} at a time.")
        total = len(pasted.encode("utf-8"))
        for p in paths:
            path = Path(p)
            # Only files that gradio itself stored in its upload folder are read: a path
            # sent by a crafted client request cannot point the server at other files.
            if not _is_within(path, upload_root) or not path.is_file():
                return fail("The uploaded file could not be found; upload it again.")
            if path.suffix.lower() not in ARTICLE_SUFFIXES:
                return fail(
                    f"{path.name} is not a .txt, .md or .html file; "
                    "save the article in one of these formats and upload it again."
                )
            total += path.stat().st_size
        if total > max_upload_bytes:
            return fail(
                f"The article is {_mb(total)}; the limit is {_mb(max_upload_bytes)}. "
                "Load a shorter article."
            )

        tmpdir: str | None = None
        try:
            progress(0.05, desc="Reading the article")
            if pasted:
                upload_root.mkdir(parents=True, exist_ok=True)
                tmpdir = tempfile.mkdtemp(prefix="pasted-", dir=upload_root)
                pasted_path = Path(tmpdir) / "pasted-article.txt"  # fixed name: never user's
                pasted_path.write_text(pasted + "\n", encoding="utf-8")
                paths.append(str(pasted_path))
            progress(0.2, desc="Splitting and embedding the article (this can take a while)")
            new_bot = bot_factory([str(p) for p in paths])
            progress(0.9, desc="Preparing example questions")
            try:
                examples = list(new_bot.example_questions(4))
            except Exception:
                log.exception("example_questions failed")
                examples = []
            progress(1.0, desc="Ready")
        except AssistantError as exc:
            return fail(str(exc))
        except Exception:
            log.exception("building an article assistant failed")
            return fail("The article could not be loaded; the error was logged. Try again.")
        finally:
            if tmpdir is not None:
                shutil.rmtree(tmpdir, ignore_errors=True)

        docs = list(new_bot.documents)
        names = ", ".join(f"“{d.title or d.doc_id}”" for d in docs)
        chars = sum(len(d.text) for d in docs)
        message = f"Loaded {names} ({chars:,} characters). Ask a question about it."
        return (
            new_bot,
            [{"role": "assistant", "content": render.info_message(message)}],
            [],
            render.sources_panel(None, doc_lookup(new_bot)),
            render.article_panel(docs),
            render.article_heading(docs, custom=True),
            gr.Dataset(samples=[[q] for q in examples]),
            None,
            "",
            render.status_note(message, ok=True),
        )

    def use_default() -> tuple[Any, ...]:
        return (
            None,
            [],
            [],
            render.sources_panel(None, doc_lookup(bot)),
            render.article_panel(default_docs),
            render.article_heading(default_docs, custom=False),
            gr.Dataset(samples=[[q] for q in default_examples]),
            render.status_note("Back to the default article.", ok=True),
        )

    # ---- an API-only endpoint for gradio_client users ------------------------------------
    def ask(question: str, history: list[dict[str, str]] | None = None) -> dict[str, Any]:
        """Answer a question about the default article; returns ``Answer.to_dict()``."""
        try:
            return dict(bot.ask(_clean(question), list(history or [])).to_dict())
        except AssistantError as exc:
            raise gr.Error(str(exc), print_exception=False) from None
        except Exception:
            log.exception("the ask endpoint failed")
            raise gr.Error(
                "The server failed to answer; the error was logged. Try again.",
                print_exception=False,
            ) from None

    # ---- layout ---------------------------------------------------------------------------
    # delete_cache: uploaded files older than two hours are removed every hour (privacy, disk).
    with gr.Blocks(
        title="Article Assistant", analytics_enabled=False, delete_cache=(3600, 7200)
    ) as demo:
        session_bot = gr.State(None, time_to_live=SESSION_TTL_S)
        history = gr.State([])
        gr.HTML(HEADER, elem_id="header-box")
        heading = gr.HTML(render.article_heading(default_docs, custom=False), elem_id="heading")
        with gr.Row(equal_height=False, elem_id="main-row"):
            with gr.Column(scale=3, min_width=360, elem_id="chat-col"):
                chatbot = gr.Chatbot(
                    value=[],
                    elem_id="chat",
                    show_label=False,
                    height=520,
                    # Messages are escaped HTML built by ui.render; LaTeX would turn "$"
                    # in an article into math, so it is off.
                    latex_delimiters=[],
                    sanitize_html=True,
                    line_breaks=False,
                    feedback_options=None,
                    buttons=["copy"],
                    placeholder=(
                        "<div class='chat-empty'><strong>Ask anything about the article."
                        "</strong><br>Answers quote it with numbered sources [1].</div>"
                    ),
                )
                with gr.Row(elem_id="ask-row"):
                    question = gr.Textbox(
                        placeholder="Ask a question about the article…",
                        show_label=False,
                        lines=1,
                        max_lines=4,
                        scale=6,
                        autofocus=True,
                        container=False,
                        elem_id="question",
                    )
                    send = gr.Button(
                        "Ask", variant="primary", scale=1, min_width=90, elem_id="ask-btn"
                    )
                examples = gr.Dataset(
                    components=[question],
                    samples=[[q] for q in default_examples],
                    label="Try asking",
                    elem_id="examples",
                    layout="gallery",
                )
                with gr.Row(elem_id="tools-row"):
                    clear_btn = gr.Button(
                        "Clear conversation", size="sm", variant="secondary", elem_id="clear-btn"
                    )
            with (
                gr.Column(scale=2, min_width=320, elem_id="side-col"),
                gr.Tabs(elem_id="side-tabs"),
            ):
                with gr.Tab("Sources", id="tab-sources", elem_id="tab-sources"):
                    sources = gr.HTML(
                        render.sources_panel(None, doc_lookup(bot)), elem_id="sources"
                    )
                with gr.Tab("Article", id="tab-article", elem_id="tab-article"):
                    article = gr.HTML(render.article_panel(default_docs), elem_id="article")
                with gr.Tab("Your article", id="tab-upload", elem_id="tab-upload"):
                    gr.Markdown(
                        f"Chat about your own article: upload up to {max_articles} "
                        f".txt, .md or .html files, or paste its text "
                        f"(at most {_mb(max_upload_bytes)}). It stays in this browser "
                        "session only.",
                        elem_classes=["upload-help"],
                    )
                    upload = gr.File(
                        label="Article file(s)",
                        file_count="multiple",
                        file_types=list(ARTICLE_SUFFIXES),
                        type="filepath",
                        elem_id="upload",
                        height=130,
                    )
                    pasted = gr.Textbox(
                        label="…or paste the article text",
                        lines=8,
                        max_lines=8,
                        elem_id="paste",
                    )
                    with gr.Row():
                        load_btn = gr.Button(
                            "Use this article", variant="primary", elem_id="load-btn"
                        )
                        default_btn = gr.Button(
                            "Default article", variant="secondary", elem_id="default-btn"
                        )
                    status = gr.HTML("", elem_id="load-status")

        ask_inputs = [question, chatbot, history, session_bot]
        ask_outputs = [question, chatbot, history, sources, article]
        question.submit(respond, ask_inputs, ask_outputs, api_name="chat", show_progress="hidden")
        send.click(
            respond, ask_inputs, ask_outputs, api_visibility="private", show_progress="hidden"
        )
        examples.click(
            pick_example, [examples], [question], api_visibility="private", queue=False
        ).then(respond, ask_inputs, ask_outputs, api_visibility="private", show_progress="hidden")
        for clearing in (clear_btn.click, chatbot.clear):  # the button and the chat's own
            clearing(
                clear,
                [session_bot],
                [chatbot, history, sources, article],
                api_visibility="private",
                queue=False,
            )
        load_btn.click(
            load_article,
            [upload, pasted, chatbot],
            [
                session_bot,
                chatbot,
                history,
                sources,
                article,
                heading,
                examples,
                upload,
                pasted,
                status,
            ],
            api_visibility="private",
            show_progress_on=[status],
            # Building an index is the heaviest work here: one at a time on a small machine.
            concurrency_limit=1,
            concurrency_id="build",
        )
        default_btn.click(
            use_default,
            None,
            [session_bot, chatbot, history, sources, article, heading, examples, status],
            api_visibility="private",
            queue=False,
        )
        gr.api(ask, api_name="ask")
    return demo
