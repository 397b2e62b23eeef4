"""The index on disk: round trips, damage of every kind, mismatches, failed rebuilds, reuse."""

from __future__ import annotations

import errno
import hashlib
import json
import shutil
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from conftest import DEFAULT_ARTICLE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import assistant.store as store_mod
from assistant import Assistant, Document
from assistant.errors import (
    IndexCorruptError,
    IndexMismatchError,
    IndexMissingError,
    InputFileError,
)
from assistant.lexical import ANALYZER, BM25
from assistant.store import MANIFEST, VectorStore, load_index, read_manifest

REBUILD = "python -m assistant index"
QUESTIONS = [
    "Who extended the invitation to Azerbaijan?",
    "When will the NATO summit take place?",
    "What did the Russian Foreign Ministry say?",
    "Who is Elkhan Shahinoglu?",
]
DATA_KINDS = ["documents", "sentences", "chunks", "vectors", "bm25"]


class HashEmbedder:
    """A tiny deterministic stand-in model (hashed words), for plumbing tests only."""

    model_id = "test/hash-embedder"
    dimension = 64

    def encode(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for i, text in enumerate(texts):
            for word in text.lower().split():
                digest = hashlib.sha1(word.encode("utf-8", "replace")).digest()
                h = int.from_bytes(digest[:4], "big")
                out[i, h % self.dimension] += 1.0
            out[i, -1] += 1e-3
        return out / np.linalg.norm(out, axis=1, keepdims=True)


class CountingEmbedder:
    """Wraps the real embedder and records every text it is asked to encode.

    Assistants made with it pass ``warm_up=False``: the warm-up text is not indexing work.
    """

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.model_id = inner.model_id
        self.dimension = inner.dimension
        self.encoded: list[str] = []

    def encode(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        self.encoded.extend(texts)
        return self.inner.encode(texts)

    def fits(self, texts: Sequence[str]) -> list[bool]:
        return self.inner.fits(texts)


def results(bot: Assistant) -> list[list[tuple[str, int, int, int, float]]]:
    return [
        [(p.doc_id, p.chunk_id, p.start, p.end, p.score) for p in bot.retrieve(q, k=5)]
        for q in QUESTIONS
    ]


def listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def manifest_of(folder: Path) -> dict[str, Any]:
    return json.loads((folder / MANIFEST).read_text("utf-8"))


def write_manifest(folder: Path, manifest: dict[str, Any]) -> None:
    (folder / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")


def rewrite_signed(folder: Path, table: str, change: Any) -> None:
    """Rewrite one table file with ``change(bytes) -> bytes`` and re-sign it in the
    manifest: hashes consistent, content not."""
    manifest = manifest_of(folder)
    entry = manifest["files"][table]
    path = folder / entry["file"]
    blob = change(path.read_bytes())
    path.write_bytes(blob)
    entry["sha256"] = hashlib.sha256(blob).hexdigest()
    write_manifest(folder, manifest)


def check_message(err: Exception, *needles: str) -> None:
    msg = str(err)
    assert "\n" not in msg, msg
    for needle in needles:
        assert needle in msg, msg


@pytest.fixture
def index_copy(default_index_dir: Path, default_bot: Assistant, tmp_path: Path) -> Path:
    """A private copy of the default article's index folder."""
    target = tmp_path / "index"
    shutil.copytree(default_index_dir, target)
    return target


@pytest.fixture
def article(tmp_path: Path) -> Path:
    """A private copy of the default article (same file name, so ids match)."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    return Path(shutil.copy(DEFAULT_ARTICLE, folder / DEFAULT_ARTICLE.name))


# -- VectorStore and BM25 seams ------------------------------------------------------------


def _unit(rows: int, dim: int, seed: int) -> np.ndarray:
    v = np.random.default_rng(seed).normal(size=(rows, dim)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_vector_store_search_save_load(tmp_path: Path) -> None:
    vecs = _unit(50, 16, 0)
    vs = VectorStore(16)
    assert len(vs) == 0
    scores, ids = vs.search(vecs[0], k=3)
    assert ids.shape == (1, 0)
    vs.add(vecs[:20])
    vs.add(vecs[20:])
    assert len(vs) == 50
    scores, ids = vs.search(vecs[7], k=3)
    assert ids[0, 0] == 7 and scores[0, 0] == pytest.approx(1.0, abs=1e-5)
    assert ids.shape == (1, 3) and list(scores[0]) == sorted(scores[0], reverse=True)
    assert vs.search(vecs[7], k=500)[1].shape == (1, 50)
    np.testing.assert_allclose(vs.vectors, vecs, atol=1e-6)
    path = tmp_path / "v.faiss"
    vs.save(path)
    again = VectorStore.load(path, 16)
    np.testing.assert_array_equal(again.search(vecs[3], k=5)[1], vs.search(vecs[3], k=5)[1])
    with pytest.raises(IndexCorruptError):
        VectorStore.load(path, 32)
    with pytest.raises(ValueError):
        vs.add(_unit(2, 8, 1))


def test_vector_store_goes_approximate_when_large(tmp_path: Path) -> None:
    vecs = _unit(300, 16, 2)
    vs = VectorStore(16, approximate_above=100)
    vs.add(vecs[:150])
    vs.add(vecs[150:])
    assert len(vs) == 300
    hits = [int(vs.search(vecs[i], k=1)[1][0, 0]) for i in range(0, 300, 10)]
    assert hits == list(range(0, 300, 10))
    vs.save(tmp_path / "h.faiss")
    again = VectorStore.load(tmp_path / "h.faiss", 16)
    assert len(again) == 300
    assert int(again.search(vecs[42], k=1)[1][0, 0]) == 42


def test_bm25_json_round_trip() -> None:
    texts = ["The summit is in Washington.", "Valiyev met Fiks in Baku.", "Nothing here."]
    bm = BM25.build(texts)
    again = BM25.from_json(json.loads(json.dumps(bm.to_json())))
    assert again.search("Washington summit") == bm.search("Washington summit")
    assert again.search("Baku", k=1)[0][0] == 1
    assert again.search("zzz") == []


def test_bm25_state_records_its_analyzer() -> None:
    bm = BM25.build(["Valiyev met Fiks in Baku."])
    assert bm.to_json()["analyzer"] == ANALYZER
    legacy = {k: v for k, v in bm.to_json().items() if k != "analyzer"}
    assert BM25.from_json(legacy).analyzer == "light"


def test_postings_of_an_older_tokenizer_are_rebuilt_on_load(
    default_bot: Assistant, index_copy: Path, real_embedder: Any
) -> None:
    # An index saved before the stemmer changed: its postings use other term forms (here
    # made unmatchable) and name no analyzer. Loading must not search them as they are.
    def legacy(blob: bytes) -> bytes:
        state = json.loads(blob)
        del state["analyzer"]
        state["postings"] = {t + "~old": ps for t, ps in state["postings"].items()}
        return json.dumps(state).encode()

    rewrite_signed(index_copy, "bm25", legacy)
    before = listing(index_copy)
    again = Assistant.load(index_copy, embedder=real_embedder)
    assert again.index.bm25.analyzer == ANALYZER
    assert again.index.bm25.postings == default_bot.index.bm25.postings
    assert results(again) == results(default_bot)
    assert listing(index_copy) == before  # loading reads; it never writes


# -- round trip -------------------------------------------------------------------------------


def test_saved_index_reloads_identically(
    default_bot: Assistant, index_copy: Path, real_embedder: Any
) -> None:
    again = Assistant.load(index_copy, embedder=real_embedder)
    assert again.documents == default_bot.documents
    assert again.index.sentences == default_bot.index.sentences
    assert again.index.chunks == default_bot.index.chunks
    np.testing.assert_array_equal(again.index.store.vectors, default_bot.index.store.vectors)
    assert results(again) == results(default_bot)
    manifest = read_manifest(index_copy)
    assert manifest["model"] == {"id": real_embedder.model_id, "dimension": 384}
    assert [d["doc_id"] for d in manifest["documents"]] == ["azerbaijan-nato-summit"]
    assert not [p for p in index_copy.iterdir() if ".tmp" in p.name]


def test_up_to_date_index_is_loaded_not_rebuilt(
    default_bot: Assistant, index_copy: Path, article: Path, real_embedder: Any
) -> None:
    counting = CountingEmbedder(real_embedder)
    before = listing(index_copy)
    bot = Assistant.from_files([article], index_dir=index_copy, embedder=counting, warm_up=False)
    assert counting.encoded == []
    assert listing(index_copy) == before
    assert results(bot) == results(default_bot)


# -- damage --------------------------------------------------------------------------------


def _damage(path: Path, how: str) -> None:
    blob = path.read_bytes()
    if how == "truncate":
        path.write_bytes(blob[: len(blob) // 2])
    elif how == "flip":
        i = len(blob) // 2
        path.write_bytes(blob[:i] + bytes([blob[i] ^ 0x55]) + blob[i + 1 :])
    elif how == "empty":
        path.write_bytes(b"")
    elif how == "delete":
        path.unlink()
    else:  # pragma: no cover
        raise AssertionError(how)


@pytest.mark.parametrize("how", ["truncate", "flip", "empty", "delete"])
@pytest.mark.parametrize("kind", DATA_KINDS)
def test_damaged_data_file_is_reported(
    index_copy: Path, real_embedder: Any, kind: str, how: str
) -> None:
    name = manifest_of(index_copy)["files"][kind]["file"]
    _damage(index_copy / name, how)
    with pytest.raises(IndexCorruptError) as info:
        Assistant.load(index_copy, embedder=real_embedder)
    check_message(info.value, REBUILD, str(index_copy))


@pytest.mark.parametrize(
    "content",
    [b"", b'{"format_version": 1, "model": {"id"', b"\x89PNG\x00\xff\xfe", b"[1, 2]", b"null"],
    ids=["empty", "truncated", "binary", "list", "null"],
)
def test_unreadable_manifest_is_reported(
    index_copy: Path, real_embedder: Any, content: bytes
) -> None:
    (index_copy / MANIFEST).write_bytes(content)
    with pytest.raises(IndexCorruptError) as info:
        Assistant.load(index_copy, embedder=real_embedder)
    check_message(info.value, REBUILD)


@pytest.mark.parametrize(
    "edit",
    [
        lambda m: m.pop("files"),
        lambda m: m.pop("model"),
        lambda m: m["files"].pop("chunks"),
        lambda m: m.__setitem__("files", ["x"]),
        lambda m: m["model"].__setitem__("dimension", "many"),
        lambda m: m["files"]["bm25"].__setitem__("file", "../../etc/passwd"),
        lambda m: m["files"]["vectors"].__setitem__("file", "sub/vectors.faiss"),
        lambda m: m["files"]["sentences"].__setitem__("sha256", "0" * 64),
        lambda m: m["model"].__setitem__("dimension", 128),
    ],
    ids=[
        "no-files",
        "no-model",
        "no-chunks",
        "files-list",
        "bad-dim",
        "escape",
        "subdir",
        "wrong-sha",
        "other-dim",
    ],
)
def test_inconsistent_manifest_is_reported(index_copy: Path, real_embedder: Any, edit: Any) -> None:
    manifest = manifest_of(index_copy)
    edit(manifest)
    write_manifest(index_copy, manifest)
    with pytest.raises(IndexCorruptError) as info:
        Assistant.load(index_copy, embedder=real_embedder)
    check_message(info.value, REBUILD)


def test_tables_that_disagree_are_reported(index_copy: Path, real_embedder: Any) -> None:
    # Consistent hashes, inconsistent content: a sentence row dropped, manifest re-signed.
    rewrite_signed(
        index_copy, "sentences", lambda blob: b"".join(blob.splitlines(keepends=True)[1:])
    )
    with pytest.raises(IndexCorruptError) as info:
        Assistant.load(index_copy, embedder=real_embedder)
    check_message(info.value, REBUILD)


def test_table_naming_unknown_document_is_reported(index_copy: Path, real_embedder: Any) -> None:
    rewrite_signed(
        index_copy,
        "chunks",
        lambda blob: blob.replace(b'"azerbaijan-nato-summit"', b'"someone-else"', 1),
    )
    with pytest.raises(IndexCorruptError):
        Assistant.load(index_copy, embedder=real_embedder)


# -- mismatch and missing ------------------------------------------------------------------


def test_index_of_another_model_is_a_mismatch(index_copy: Path, real_embedder: Any) -> None:
    manifest = manifest_of(index_copy)
    manifest["model"]["id"] = "sentence-transformers/some-other-model"
    write_manifest(index_copy, manifest)
    with pytest.raises(IndexMismatchError) as info:
        Assistant.load(index_copy, embedder=real_embedder)
    check_message(info.value, "some-other-model", REBUILD)


@pytest.mark.parametrize("version", [2, 0, "1", None])
def test_other_format_version_is_a_mismatch(
    index_copy: Path, real_embedder: Any, version: Any
) -> None:
    manifest = manifest_of(index_copy)
    if version is None:
        del manifest["format_version"]
    else:
        manifest["format_version"] = version
    write_manifest(index_copy, manifest)
    with pytest.raises(IndexMismatchError) as info:
        Assistant.load(index_copy, embedder=real_embedder)
    check_message(info.value, REBUILD)


def test_built_with_fake_model_then_loaded_with_real(
    tmp_path: Path, article: Path, real_embedder: Any
) -> None:
    folder = tmp_path / "idx"
    Assistant.from_files([article], index_dir=folder, embedder=HashEmbedder())
    with pytest.raises(IndexMismatchError, match="test/hash-embedder"):
        Assistant.load(folder, embedder=real_embedder)
    with pytest.raises(IndexMismatchError):
        Assistant(load_index(folder), real_embedder)
    # from_files notices the other model and rebuilds with this one.
    bot = Assistant.from_files([article], index_dir=folder, embedder=real_embedder)
    assert read_manifest(folder)["model"]["id"] == real_embedder.model_id
    assert bot.retrieve(QUESTIONS[0], k=1)


@pytest.mark.parametrize("where", ["absent", "empty-folder", "a-file"])
def test_missing_index(tmp_path: Path, real_embedder: Any, where: str) -> None:
    folder = tmp_path / "index"
    if where == "empty-folder":
        folder.mkdir()
    elif where == "a-file":
        folder.write_text("not an index")
    with pytest.raises(IndexMissingError) as info:
        Assistant.load(folder, embedder=real_embedder)
    check_message(info.value, REBUILD, str(folder))
    with pytest.raises(IndexMissingError):
        load_index(folder)


def test_missing_manifest_alone_means_missing(index_copy: Path, real_embedder: Any) -> None:
    (index_copy / MANIFEST).unlink()
    with pytest.raises(IndexMissingError):
        Assistant.load(index_copy, embedder=real_embedder)


def test_damaged_index_is_rebuilt_by_from_files(
    default_bot: Assistant, index_copy: Path, article: Path, real_embedder: Any
) -> None:
    name = manifest_of(index_copy)["files"]["vectors"]["file"]
    _damage(index_copy / name, "flip")
    bot = Assistant.from_files([article], index_dir=index_copy, embedder=real_embedder)
    assert results(bot) == results(default_bot)
    assert results(Assistant.load(index_copy, embedder=real_embedder)) == results(default_bot)


# -- failed rebuilds keep the previous index ------------------------------------------------


def test_rebuild_with_a_bad_file_keeps_the_old_index(
    default_bot: Assistant, index_copy: Path, article: Path, real_embedder: Any
) -> None:
    before = listing(index_copy)
    binary = article.parent / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(InputFileError, match=r"photo\.txt"):
        Assistant.from_files([article, binary], index_dir=index_copy, embedder=real_embedder)
    assert listing(index_copy) == before
    assert results(Assistant.load(index_copy, embedder=real_embedder)) == results(default_bot)


def _edit_article(article: Path) -> str:
    text = article.read_text("utf-8")
    old = "Experts caution that attending the summit may provoke reactions"
    assert old in text
    new_sentence = (
        "Analysts in Ganja expect the harvest festival to draw record crowds this autumn."
    )
    text = text.replace(old, new_sentence + " " + old)
    article.write_text(text, encoding="utf-8")
    return new_sentence


@pytest.mark.parametrize(
    ("fail_on", "error"),
    [
        (1, OSError(errno.ENOSPC, "No space left on device")),
        (3, OSError(errno.EIO, "I/O error")),
        (3, KeyboardInterrupt()),
        (6, OSError(errno.ENOSPC, "No space left on device")),
    ],
    ids=["first-write", "third-write", "interrupt", "manifest-write"],
)
def test_crash_while_saving_keeps_the_old_index(
    default_bot: Assistant,
    index_copy: Path,
    article: Path,
    real_embedder: Any,
    monkeypatch: pytest.MonkeyPatch,
    fail_on: int,
    error: BaseException,
) -> None:
    before = listing(index_copy)
    _edit_article(article)
    real_write = store_mod._atomic_write
    calls: list[str] = []

    def flaky(path: Path, blob: bytes) -> None:
        calls.append(path.name)
        if len(calls) == fail_on:
            raise error
        real_write(path, blob)

    monkeypatch.setattr(store_mod, "_atomic_write", flaky)
    with pytest.raises(type(error)):
        Assistant.from_files([article], index_dir=index_copy, embedder=real_embedder)
    assert len(calls) == fail_on
    if fail_on == 6:
        assert calls[-1] == MANIFEST  # five data files, then the manifest commit
    monkeypatch.undo()
    assert listing(index_copy) == before  # no new, half-written or temporary files
    assert results(Assistant.load(index_copy, embedder=real_embedder)) == results(default_bot)


# -- incremental re-indexing -----------------------------------------------------------------


def test_edit_embeds_only_changed_sentences(
    tmp_path: Path, article: Path, real_embedder: Any
) -> None:
    folder = tmp_path / "idx"
    first = CountingEmbedder(real_embedder)
    bot = Assistant.from_files([article], index_dir=folder, embedder=first, warm_up=False)
    n_sentences = len(bot.index.sentences)
    assert len(first.encoded) == len({s.text for s in bot.index.sentences}) == n_sentences
    new_sentence = _edit_article(article)

    second = CountingEmbedder(real_embedder)
    bot = Assistant.from_files([article], index_dir=folder, embedder=second, warm_up=False)
    assert second.encoded == [new_sentence]
    assert len(bot.index.sentences) == n_sentences + 1
    top = bot.retrieve("Which festival do analysts in Ganja expect to draw record crowds?", k=1)
    assert new_sentence in top[0].text
    # Vectors reused from the old index equal fresh ones.
    fresh = real_embedder.encode([s.text for s in bot.index.sentences])
    np.testing.assert_allclose(bot.index.store.vectors, fresh, atol=1e-5)

    third = CountingEmbedder(real_embedder)
    Assistant.from_files([article], index_dir=folder, embedder=third, warm_up=False)
    assert third.encoded == []
    # Data files are content-addressed: only the current generation stays.
    manifest = manifest_of(folder)
    data_files = {p.name for p in folder.iterdir() if p.name != MANIFEST and p.name != ".lock"}
    assert data_files == {f["file"] for f in manifest["files"].values()}


def test_unrelated_files_in_the_index_folder_survive(
    tmp_path: Path, article: Path, real_embedder: Any
) -> None:
    folder = tmp_path / "idx"
    folder.mkdir()
    extras = {".gitignore": "*\n!.gitignore\n", "README.md": "# index\n", "notes.txt": "mine\n"}
    for name, text in extras.items():
        (folder / name).write_text(text)
    (folder / "keep").mkdir()
    (folder / "keep" / "x.bin").write_bytes(b"\x00\x01")
    Assistant.from_files([article], index_dir=folder, embedder=real_embedder)
    _edit_article(article)
    Assistant.from_files([article], index_dir=folder, embedder=real_embedder)
    for name, text in extras.items():
        assert (folder / name).read_text() == text
    assert (folder / "keep" / "x.bin").read_bytes() == b"\x00\x01"
    assert Assistant.load(folder, embedder=real_embedder).retrieve(QUESTIONS[1], k=1)


def test_overlapping_saves_never_delete_the_committed_files(
    tmp_path: Path, article: Path, real_embedder: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two writers (``make run`` while ``index`` runs): A commits, B commits, then A cleans up.

    A's clean-up must not delete the files that B's manifest, now the committed one, names.
    """
    folder = tmp_path / "idx"
    first = Assistant.from_files([article], index_dir=None, embedder=real_embedder).index
    _edit_article(article)
    second = Assistant.from_files([article], index_dir=None, embedder=real_embedder).index
    real_cleanup = store_mod._remove_unreferenced
    other: list[threading.Thread] = []

    def cleanup_after_other_writer(target: Path, keep: set[str]) -> None:
        if not other:
            # B starts while A is between its commit and its clean-up; the writer lock
            # makes B wait for A to finish, so B's files cannot be deleted by A.
            b = threading.Thread(
                target=store_mod.save_index, args=(second, target), kwargs={"package_version": "t"}
            )
            other.append(b)
            b.start()
            b.join(timeout=1.0)
            assert b.is_alive(), "B committed while A still held the folder"
        real_cleanup(target, keep)  # then A's late clean-up

    monkeypatch.setattr(store_mod, "_remove_unreferenced", cleanup_after_other_writer)
    store_mod.save_index(first, folder, package_version="test")
    other[0].join(timeout=120)
    monkeypatch.undo()
    data = load_index(folder)  # B's manifest is committed; its files must all be there
    assert len(data.sentences) == len(second.sentences)


def test_unreadable_index_entries_are_reported(index_copy: Path, real_embedder: Any) -> None:
    name = manifest_of(index_copy)["files"]["chunks"]["file"]
    (index_copy / name).unlink()
    (index_copy / name).mkdir()
    with pytest.raises(IndexCorruptError, match="python -m assistant index"):
        Assistant.load(index_copy, embedder=real_embedder)
    (index_copy / MANIFEST).unlink()
    (index_copy / MANIFEST).mkdir()
    with pytest.raises(IndexCorruptError, match="python -m assistant index"):
        Assistant.load(index_copy, embedder=real_embedder)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=120).filter(
            lambda t: any(ch.isalnum() for ch in t)
        ),
        min_size=1,
        max_size=3,
    )
)
def test_any_text_survives_a_save_and_load(tmp_path_factory: Any, texts: list[str]) -> None:
    """Odd characters (\\u2028, NEL, quotes, emoji) in documents round-trip exactly."""
    docs = [Document(f"d{i}", f"Title {i}\u2028", t) for i, t in enumerate(texts)]
    folder = tmp_path_factory.mktemp("odd") / "idx"
    bot = Assistant.from_documents(docs, index_dir=folder, embedder=HashEmbedder())
    again = Assistant.load(folder, embedder=HashEmbedder())
    assert again.documents == bot.documents
    assert again.index.sentences == bot.index.sentences
    assert again.index.chunks == bot.index.chunks
    for d in again.documents:
        for p in again.retrieve(d.text[:50] if d.text.strip() else "x", k=3):
            assert again.document(p.doc_id).text[p.start : p.end] == p.text


def test_line_separators_in_text_round_trip(tmp_path: Path) -> None:
    text = "First line\u2028same paragraph.\x85 Next\u2029part. \x1c\x1d\x1e\x0b\x0c end."
    bot = Assistant.from_documents(
        [Document("odd", "Odd", text)], index_dir=tmp_path / "idx", embedder=HashEmbedder()
    )
    again = Assistant.load(tmp_path / "idx", embedder=HashEmbedder())
    assert again.document("odd").text == text
    assert again.index.sentences == bot.index.sentences
