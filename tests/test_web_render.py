"""The page's HTML builders: every piece of user or article text comes out escaped."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from ui import render

EVIL = '<script>window.__pwned=1</script> & <img src=x onerror="window.__pwned=1"> "q" \'s'


@dataclass
class Doc:
    doc_id: str
    title: str
    text: str


@dataclass
class Cit:
    n: int
    doc_id: str
    start: int
    end: int
    quote: str


@dataclass
class Pas:
    doc_id: str
    start: int
    end: int
    text: str


@dataclass
class Ans:
    text: str
    abstained: bool = False
    citations: list[Cit] = field(default_factory=list)
    passages: list[Pas] = field(default_factory=list)


def _strip_tags(fragment: str) -> str:
    """The text a browser would show for our own markup (tags dropped, entities decoded)."""
    return html.unescape(re.sub(r"<[^>]*>", "", fragment))


def test_no_raw_markup_survives() -> None:
    doc = Doc("d<1>", f"Title {EVIL}", f"Intro. {EVIL} End.")
    start = doc.text.index("<img")
    cit = Cit(1, doc.doc_id, start, start + 20, doc.text[start : start + 20])
    ans = Ans(f"{EVIL} [1]", citations=[cit])
    outputs = [
        render.user_message(EVIL),
        render.partial_answer(EVIL),
        render.answer_message(ans),
        render.answer_message(Ans(EVIL, abstained=True)),
        render.error_message(EVIL),
        render.info_message(EVIL),
        render.status_note(EVIL, ok=False),
        render.sources_panel(ans, lambda _id: doc),
        render.article_panel([doc], [cit]),
        render.article_heading([doc], custom=True),
    ]
    for out in outputs:
        assert "<script" not in out and "<img" not in out, out
        assert "&lt;script&gt;" in out or "&lt;img" in out


def test_markers_are_kept_and_styled() -> None:
    out = render.answer_message(Ans("Mr O'Brien invited them. [1] Also [2]."))
    assert '<span class="cite-ref">[1]</span>' in out
    assert '<span class="cite-ref">[2]</span>' in out
    assert _strip_tags(out) == "Mr O'Brien invited them. [1] Also [2]."


def test_abstention_looks_different() -> None:
    assert "abstain-note" in render.answer_message(Ans("The article does not say.", True))
    assert "abstain-note" not in render.answer_message(Ans("Yes. [1]"))


def test_sources_use_containing_passage_else_document_window() -> None:
    text = "First sentence here. The quoted sentence is this one. Last sentence."
    doc = Doc("d", "T", text)
    s = text.index("The quoted")
    e = text.index("one.") + 4
    cit = Cit(1, "d", s, e, text[s:e])
    with_passage = render.sources_panel(
        Ans("x [1]", citations=[cit], passages=[Pas("d", 0, len(text), text)]), lambda _: doc
    )
    assert f'<mark class="cite-mark" data-cite="1" title="[1]">{text[s:e]}</mark>' in with_passage
    assert _strip_tags(with_passage).count("First sentence here.") == 1
    without = render.sources_panel(Ans("x [1]", citations=[cit]), lambda _: doc)
    assert "<mark" in without and "Last sentence." in without
    no_doc = render.sources_panel(Ans("x [1]", citations=[cit]), lambda _: None)
    assert text[s:e] in no_doc


@given(
    text=st.text(alphabet=st.sampled_from(list("ab <>&\"'\n")), max_size=60),
    raw=st.lists(
        st.tuples(st.integers(-5, 70), st.integers(-5, 70), st.integers(1, 4)), max_size=5
    ),
)
def test_highlight_preserves_text_and_marks_exactly_the_spans(
    text: str, raw: list[tuple[int, int, int]]
) -> None:
    out = render.highlight(text, raw)
    # The visible text is the document text, unchanged.
    assert _strip_tags(out) == text
    # Marks never nest, and what they cover is exactly the union of the clipped spans.
    assert "<mark" not in re.sub(r"<mark[^>]*>[^<]*</mark>", "", out)
    covered: set[int] = set()
    for s, e, _ in raw:
        covered.update(range(max(0, s), min(len(text), e)))
    marked: set[int] = set()
    pos = 0
    for piece in re.split(r"(<mark[^>]*>[^<]*</mark>)", out):
        plain = _strip_tags(piece)
        if piece.startswith("<mark"):
            marked.update(range(pos, pos + len(plain)))
        pos += len(plain)
    assert marked == covered


def test_article_panel_marks_cited_spans_per_document() -> None:
    a = Doc("a", "A", "alpha beta gamma")
    b = Doc("b", "B", "delta epsilon")
    out = render.article_panel([a, b], [Cit(1, "b", 0, 5, "delta")])
    assert out.count("<mark") == 1 and ">delta</mark>" in out
    assert "alpha beta gamma" in out


def test_upload_paths_must_stay_inside_the_upload_folder(tmp_path: Path) -> None:
    from ui.chat import _is_within

    root = tmp_path / "uploads"
    (root / "abc").mkdir(parents=True)
    inside = root / "abc" / "article.txt"
    inside.write_text("x")
    outside = tmp_path / "secret.txt"
    outside.write_text("x")
    (root / "link.txt").symlink_to(outside)
    assert _is_within(inside, root)
    assert not _is_within(root / ".." / "secret.txt", root)
    assert not _is_within(outside, root)
    assert not _is_within(root / "link.txt", root)  # a symlink pointing out is outside
