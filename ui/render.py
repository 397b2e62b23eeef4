"""HTML for the chat page, built only from escaped text.

Nothing here imports gradio, so it is cheap to import and to test. Every piece of text that
comes from an article, a question or an answer goes through :func:`esc` before it is put
next to markup, so markup inside an article is shown literally and never runs in the page.
The chat messages are plain HTML (no Markdown syntax is relied on): the Chatbot is
configured with LaTeX off, and escaped text cannot open Markdown constructs that matter
(links and images need ``[`` ``](`` which we never emit around user text).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

# A citation marker in answer text, e.g. "[1]" or "[12]".
_MARKER = re.compile(r"\[(\d{1,3})\]")
# How much document text to show on each side of a quote when no passage contains it.
_CONTEXT_CHARS = 160


class CitationLike(Protocol):
    """The fields of ``assistant.Citation`` that the page uses."""

    n: int
    doc_id: str
    start: int
    end: int
    quote: str


class PassageLike(Protocol):
    """The fields of ``assistant.Passage`` that the page uses."""

    doc_id: str
    start: int
    end: int
    text: str


class DocumentLike(Protocol):
    """The fields of ``assistant.Document`` that the page uses."""

    doc_id: str
    title: str
    text: str


class AnswerLike(Protocol):
    """The fields of ``assistant.Answer`` that the page uses."""

    text: str
    abstained: bool

    @property
    def citations(self) -> Sequence[Any]: ...

    @property
    def passages(self) -> Sequence[Any]: ...


@dataclass(frozen=True)
class Span:
    """A highlighted range ``[start, end)`` of a document, with the citation numbers it carries."""

    start: int
    end: int
    labels: tuple[int, ...]


def esc(text: str) -> str:
    """Escape text for HTML content and attribute values."""
    return html.escape(text, quote=True)


def _multiline(text: str) -> str:
    """Escape text and keep its line breaks (the chat renders HTML, not plain text)."""
    return esc(text).replace("\r\n", "\n").replace("\n", "<br>")


def merge_spans(spans: Iterable[tuple[int, int, int]], length: int) -> list[Span]:
    """Clip ``(start, end, n)`` ranges to ``[0, length)`` and merge the overlapping ones.

    Overlapping quotes are merged so that the emitted ``<mark>`` tags never nest or cross.
    """
    clipped = sorted(
        (max(0, s), min(length, e), n) for s, e, n in spans if min(length, e) > max(0, s)
    )
    merged: list[Span] = []
    for start, end, n in clipped:
        if merged and start < merged[-1].end:
            last = merged[-1]
            labels = last.labels if n in last.labels else (*last.labels, n)
            merged[-1] = Span(last.start, max(last.end, end), labels)
        else:
            merged.append(Span(start, end, (n,)))
    return merged


def highlight(
    text: str,
    spans: Iterable[tuple[int, int, int]],
    *,
    offset: int = 0,
    labels: bool = False,
) -> str:
    """Escape ``text`` and wrap the given ranges in ``<mark>``.

    ``spans`` hold offsets into the document; ``offset`` is where ``text`` starts in it, so a
    passage can be highlighted with document offsets. Each slice is escaped on its own, so
    the marks can never split an HTML entity. ``labels`` adds the citation number after each
    mark (in the article, where neighbouring quotes would otherwise run together).
    """
    local = [(s - offset, e - offset, n) for s, e, n in spans]
    out: list[str] = []
    pos = 0
    for span in merge_spans(local, len(text)):
        out.append(esc(text[pos : span.start]))
        label = ",".join(str(n) for n in span.labels)
        out.append(
            f'<mark class="cite-mark" data-cite="{label}" title="[{label}]">'
            f"{esc(text[span.start : span.end])}</mark>"
        )
        if labels:
            out.append(f'<sup class="mark-n">{label}</sup>')
        pos = span.end
    out.append(esc(text[pos:]))
    return "".join(out)


def _with_markers(text: str) -> str:
    """Escape answer text and style its ``[n]`` citation markers, keeping them visible."""
    out: list[str] = []
    pos = 0
    for m in _MARKER.finditer(text):
        out.append(_multiline(text[pos : m.start()]))
        out.append(f'<span class="cite-ref">[{m.group(1)}]</span>')
        pos = m.end()
    out.append(_multiline(text[pos:]))
    return "".join(out)


def user_message(question: str) -> str:
    """A user's question as chat HTML."""
    return _multiline(question)


def partial_answer(text: str) -> str:
    """An answer still streaming in."""
    return f'<div class="answer streaming">{_with_markers(text)}<span class="cursor">▍</span></div>'


def answer_message(answer: AnswerLike) -> str:
    """A finished answer as chat HTML: cited text, or a visibly different abstention."""
    if answer.abstained:
        return (
            '<div class="abstain-note"><strong>Not in the article.</strong> '
            f"{_with_markers(answer.text)}</div>"
        )
    return f'<div class="answer">{_with_markers(answer.text)}</div>'


def error_message(message: str) -> str:
    """A problem the user can fix, shown as a plain sentence in the chat."""
    return f'<div class="error-note">{_multiline(message)}</div>'


def info_message(message: str) -> str:
    """A neutral notice in the chat (e.g. a new article was loaded)."""
    return f'<div class="info-note">{_multiline(message)}</div>'


def _window(text: str, offset: int, start: int, end: int) -> tuple[str, int, bool, bool]:
    """Clip ``text`` (which starts at ``offset`` in its document) to a window around the
    quote ``[start, end)``, cut at whitespace so it neither begins nor ends mid-word."""
    lo = max(0, start - offset - _CONTEXT_CHARS)
    hi = min(len(text), end - offset + _CONTEXT_CHARS)
    if lo > 0:
        space = text.find(" ", lo, start - offset)
        lo = space + 1 if space != -1 else lo
    if hi < len(text):
        space = text.rfind(" ", end - offset, hi)
        hi = space if space != -1 else hi
    return text[lo:hi], offset + lo, lo > 0, hi < len(text)


def _context(
    citation: CitationLike,
    passages: Sequence[PassageLike],
    document: DocumentLike | None,
) -> tuple[str, int, bool, bool]:
    """The text around a quote: from the passage that contains it, else from the document.

    Returns ``(text, offset_of_text_in_document, cut_at_start, cut_at_end)``.
    """
    for p in passages:
        if p.doc_id == citation.doc_id and p.start <= citation.start and citation.end <= p.end:
            return _window(p.text, p.start, citation.start, citation.end)
    if document is not None:
        return _window(document.text, 0, citation.start, citation.end)
    return citation.quote, citation.start, False, False


def sources_panel(
    answer: AnswerLike | None,
    get_document: Callable[[str], DocumentLike | None],
) -> str:
    """The sources panel: each cited passage, with its quote highlighted."""
    if answer is None:
        return (
            '<div class="sources empty-note">Ask a question: the passages that the answer '
            "quotes will appear here, with each quote highlighted.</div>"
        )
    if answer.abstained or not answer.citations:
        return (
            '<div class="sources empty-note">No passage of the article answers this question, '
            "so nothing is cited.</div>"
        )
    cards: list[str] = []
    for c in answer.citations:
        doc = get_document(c.doc_id)
        text, offset, cut_start, cut_end = _context(c, answer.passages, doc)
        body = highlight(text, [(c.start, c.end, c.n)], offset=offset)
        body = ("… " if cut_start else "") + body + (" …" if cut_end else "")
        title = esc(doc.title) if doc is not None and doc.title else esc(c.doc_id)
        cards.append(
            f'<div class="source-card" id="source-{c.n}">'
            f'<div class="source-head"><span class="cite-ref">[{c.n}]</span>'
            f'<span class="source-title" title="{title}">{title}</span>'
            f'<span class="source-pos">chars {c.start}–{c.end}</span></div>'
            f'<div class="source-body">{body}</div></div>'
        )
    return f'<div class="sources">{"".join(cards)}</div>'


def article_panel(
    documents: Sequence[DocumentLike],
    citations: Sequence[CitationLike] = (),
) -> str:
    """The article(s) as readable text, with the spans cited by the last answer highlighted."""
    if not documents:
        return '<div class="article empty-note">No article is loaded.</div>'
    parts: list[str] = []
    for doc in documents:
        spans = [(c.start, c.end, c.n) for c in citations if c.doc_id == doc.doc_id]
        title = doc.title or doc.doc_id
        # When the text opens with its own title, show it once, as the heading; the body
        # keeps document offsets so the highlights still land on the right characters.
        body_start = 0
        lead = len(doc.text) - len(doc.text.lstrip())
        title_end = lead + len(title)
        if doc.text.startswith(title, lead) and all(s >= title_end for s, _, _ in spans):
            body_start = title_end
            while body_start < len(doc.text) and doc.text[body_start].isspace():
                body_start += 1
        body = highlight(doc.text[body_start:], spans, offset=body_start, labels=True)
        parts.append(
            f'<article class="article-doc" data-doc="{esc(doc.doc_id)}">'
            f'<h3 class="article-title">{esc(title)}</h3>'
            f'<div class="article-text">{body}</div></article>'
        )
    return f'<div class="article">{"".join(parts)}</div>'


def article_heading(documents: Sequence[DocumentLike], *, custom: bool) -> str:
    """One line saying which article the chat is about."""
    if not documents:
        return '<div class="current-article">No article loaded.</div>'
    titles = ", ".join(esc(d.title or d.doc_id) for d in documents)
    kind = "Your article" if custom else "Article"
    return (
        f'<div class="current-article"><span class="current-kind">{kind}</span>'
        f'<span class="current-title">{titles}</span></div>'
    )


def status_note(message: str, *, ok: bool) -> str:
    """The result of loading an article, next to the upload controls."""
    cls = "status-ok" if ok else "status-error"
    return f'<div class="{cls}">{_multiline(message)}</div>'
