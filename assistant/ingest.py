"""Ingestion: turn a ``.txt``, ``.md`` or ``.html`` file into a :class:`Document`.

The stored ``Document.text`` is the reference for every offset downstream, so all
clean-up happens here, once: line endings, Markdown markup, HTML site chrome, and page
furniture (a repeated headline, short trailing lines such as sharing prompts).
"""

from __future__ import annotations

import hashlib
import html
import logging
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from .errors import InputFileError, LimitError, UnsupportedFormatError
from .schema import Document

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text", ""}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES

DEFAULT_MAX_BYTES = 20_000_000

_SENTENCE_END = re.compile(r"[.!?:;…\"'”’)\]]\s*$")
_WORD = re.compile(r"\w+", re.UNICODE)


def load_document(
    path: str | Path, *, doc_id: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Document:
    """Read one article file.

    >>> doc = load_document("corpus/azerbaijan-nato-summit.txt")  # doctest: +SKIP
    >>> doc.text[:10]  # doctest: +SKIP
    """
    p = Path(path)
    if p.is_dir():
        raise InputFileError(f"{p} is a folder; give the article files inside it instead.")
    if not p.exists():
        raise InputFileError(f"File not found: {p}. Check the path and try again.")
    suffix = p.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise UnsupportedFormatError(
            f"{p.name}: unsupported file type {suffix!r}; give a .txt, .md or .html article."
        )
    size = p.stat().st_size
    if size > max_bytes:
        raise LimitError(
            f"{p.name} is {size:,} bytes, over the limit of {max_bytes:,}; "
            "split the file or raise the limit."
        )
    try:
        data = p.read_bytes()
    except OSError as e:
        raise InputFileError(f"Cannot read {p}: {e.strerror}.") from None
    return parse_document(data, name=p.name, suffix=suffix, doc_id=doc_id, source=str(p))


def parse_document(
    data: bytes | str,
    *,
    name: str = "article.txt",
    suffix: str | None = None,
    doc_id: str | None = None,
    source: str = "",
) -> Document:
    """Parse article content already in memory (an upload or pasted text)."""
    suffix = (suffix if suffix is not None else Path(name).suffix).lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise UnsupportedFormatError(
            f"{name}: unsupported file type {suffix!r}; give a .txt, .md or .html article."
        )
    raw = _decode(data, name, is_html=suffix in HTML_SUFFIXES)
    if suffix in HTML_SUFFIXES:
        title, text = _from_html(raw)
    elif suffix in MARKDOWN_SUFFIXES:
        title, text = _from_markdown(raw)
    else:
        title, text = "", raw
    title, text = clean_text(text, title)
    if not _WORD.search(text):
        raise InputFileError(f"{name} has no readable text; give a file with the article in it.")
    return Document(
        doc_id=doc_id or make_doc_id(name),
        title=title or _title_from_name(name),
        text=text,
        source=source or name,
    )


def make_doc_id(name: str) -> str:
    """A stable, URL-safe id from a file name: ``"My Article.txt" -> "my-article"``."""
    stem = Path(name).stem
    ascii_stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_stem.lower()).strip("-")[:60]
    if not slug:
        slug = "doc-" + hashlib.sha1(stem.encode("utf-8", "replace")).hexdigest()[:8]
    return slug


def unique_ids(docs: Iterable[Document]) -> list[Document]:
    """Give documents that share an id a suffix derived from their source, keeping order."""
    out: list[Document] = []
    seen: set[str] = set()
    for d in docs:
        doc_id = d.doc_id
        if doc_id in seen:
            digest = hashlib.sha1((d.source or d.text).encode("utf-8", "replace")).hexdigest()
            doc_id = f"{d.doc_id}-{digest[:6]}"
            n = 2
            while doc_id in seen:
                doc_id, n = f"{d.doc_id}-{digest[:6]}-{n}", n + 1
            d = Document(doc_id, d.title, d.text, d.source)
        seen.add(doc_id)
        out.append(d)
    return out


def clean_text(text: str, title: str = "") -> tuple[str, str]:
    """Normalize whitespace and drop page furniture; returns ``(title, text)``.

    Rules are structural, never phrase lists: the first line is the headline when it
    reads like one (short, no closing punctuation) and is dropped from the body, as are
    its repeats at the top; short lines without closing punctuation at the very end of
    the page (sharing prompts, section links) are dropped.
    """
    text = _drop_controls(text.replace("\r\n", "\n").replace("\r", "\n"))
    title = " ".join(_drop_controls(title).split())
    lines = [ln.rstrip() for ln in text.split("\n")]

    def first_content(i: int) -> int:
        while i < len(lines) and not lines[i].strip():
            i += 1
        return i

    i = first_content(0)
    if i < len(lines) and _looks_like_heading(lines[i]):
        head = lines[i].strip()
        if not title or _same(head, title):
            title = title or head
            while i < len(lines) and _same(lines[i], head):
                i = first_content(i + 1)
    if title:
        while i < len(lines) and _same(lines[i], title):
            i = first_content(i + 1)
    body = lines[i:]
    # A page ends with furniture when its last lines are short and unpunctuated; a
    # real last paragraph ends with a sentence, so keep it.
    while body and (not body[-1].strip() or _is_trailing_furniture(body[-1])):
        if not body[-1].strip() or _has_sentence_before(body):
            body.pop()
        else:
            break
    cleaned = re.sub(r"\n{3,}", "\n\n", "\n".join(body)).strip()
    if not _WORD.search(cleaned):
        # A one-line "article" is all headline: keep it as the text rather than lose it.
        cleaned = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return title.strip(), cleaned


def _drop_controls(text: str) -> str:
    """Without control characters (tabs and newlines kept), BOMs and lone surrogates (which
    text pasted into a JSON body can carry and UTF-8 cannot store)."""
    return "".join(
        ch
        for ch in text.replace("\ufeff", "")
        if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cs")
    )


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _looks_like_heading(line: str) -> bool:
    s = line.strip()
    return 0 < len(s) <= 200 and len(s.split()) <= 25 and not s.endswith((".", "!", ",", ";"))


def _is_trailing_furniture(line: str) -> bool:
    s = line.strip()
    return len(s.split()) <= 6 and not _SENTENCE_END.search(s)


def _has_sentence_before(body: list[str]) -> bool:
    return any(_SENTENCE_END.search(ln.strip()) for ln in body[:-1] if ln.strip())


def _title_from_name(name: str) -> str:
    stem = Path(name).stem.replace("_", " ").replace("-", " ").strip()
    return stem[:1].upper() + stem[1:] if stem else "Untitled article"


def _decode(data: bytes | str, name: str, *, is_html: bool) -> str:
    if isinstance(data, str):
        return data
    if not data.strip():
        raise InputFileError(f"{name} is empty; give a file with the article's text.")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputFileError(f"{name} looks like a binary file; give a .txt, .md or .html article.")
    for encoding in (
        ("utf-8-sig", "utf-16") if data.startswith((b"\xff\xfe", b"\xfe\xff")) else ("utf-8-sig",)
    ):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    if is_html:
        m = re.search(rb"charset=[\"']?([A-Za-z0-9_-]+)", data[:4096])
        if m:
            try:
                return data.decode(m.group(1).decode("ascii"))
            except (LookupError, UnicodeDecodeError):
                pass
    raise InputFileError(
        f"{name} is not UTF-8 text; save it as UTF-8 (e.g. `iconv -t UTF-8`) and try again."
    )


_MD_RULES: list[tuple[re.Pattern[str], str]] = [
    # YAML/TOML front matter: a fenced block of "key: value" lines at the very top.
    (re.compile(r"\A(---|\+\+\+)[ \t]*\n[\w-]+[ \t]*[:=].*?\n\1[ \t]*(\n|\Z)", re.S), ""),
    (re.compile(r"^```.*?^```[ \t]*$", re.M | re.S), ""),
    (re.compile(r"<!--.*?-->", re.S), ""),
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    # [ \t], not \s, at line edges: \s would eat the blank line before a block.
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.M), r"\1"),
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.M), ""),
    (re.compile(r"^[ \t]*[-*+][ \t]+", re.M), ""),
    (re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$", re.M), ""),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"`([^`\n]+)`"), r"\1"),
]


def _from_markdown(raw: str) -> tuple[str, str]:
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")  # the rules match line ends at \n
    title = ""
    m = re.search(r"^[ \t]{0,3}#[ \t]+(.+?)[ \t]*#*[ \t]*$", raw, re.M)
    if m:
        title = m.group(1).strip()
    text = raw
    for pattern, repl in _MD_RULES:
        text = pattern.sub(repl, text)
    return title, text


def _from_html(raw: str) -> tuple[str, str]:
    import trafilatura  # slow import; only HTML needs it

    text = trafilatura.extract(
        raw,
        include_comments=False,
        include_tables=True,
        include_links=False,
        include_images=False,
        favor_precision=True,
        deduplicate=True,
    )
    title = ""
    meta = trafilatura.extract_metadata(raw)
    if meta is not None and meta.title:
        title = meta.title
    if not text or not _WORD.search(text):
        # Short or unusual pages defeat the article extractor; fall back to the page text
        # without scripts and styles rather than refusing the file.
        text = _html_to_text(raw)
    return html.unescape(title).strip(), text


def _html_to_text(raw: str) -> str:
    import lxml.html

    try:
        tree = lxml.html.fromstring(raw)
    except (ValueError, TypeError, lxml.etree.ParserError):
        return ""
    for bad in tree.xpath("//script|//style|//noscript|//template|//head"):
        bad.drop_tree()
    blocks = []
    for el in tree.iter("p", "h1", "h2", "h3", "h4", "li", "blockquote", "pre", "td"):
        s = " ".join(el.text_content().split())
        if s:
            blocks.append(s)
    if not blocks:
        blocks = [" ".join(tree.text_content().split())]
    return "\n\n".join(blocks)
