"""Storage: the FAISS seam and the on-disk index format.

``VectorStore`` is the only code that touches FAISS (add, search, save, load), so a
distributed vector database can take its place. ``save_index``/``load_index`` write and
read the whole index folder:

* data files are named by their content hash (``chunks-<sha>.jsonl`` ...) and written
  to a temporary name, then renamed;
* ``manifest.json`` names them with their sha256 and is replaced last, in one rename:
  that rename is the commit. A crash, full disk or failed rebuild before it leaves the
  previous manifest pointing at the previous, untouched files.
"""

from __future__ import annotations

import bisect
import contextlib
import hashlib
import json
import logging
import os
import re
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np

from .abbreviations import Abbreviations
from .errors import IndexCorruptError, IndexMismatchError, IndexMissingError
from .lexical import ANALYZER, BM25, CAPITALIZED, STOPWORDS, tokenize
from .names import ArticleWords
from .schema import Chunk, Document, Sentence

log = logging.getLogger(__name__)

FORMAT_VERSION = 1
MANIFEST = "manifest.json"
_KINDS = ("documents", "sentences", "chunks", "vectors", "bm25")
REBUILD_HINT = "rebuild it with `python -m assistant index FILE... --index {dir}`"


class VectorStore:
    """Inner-product search over normalized vectors (exact, or HNSW for big corpora).

    >>> store = VectorStore(384)                    # doctest: +SKIP
    >>> store.add(vectors); store.search(q, k=5)    # doctest: +SKIP
    """

    def __init__(self, dimension: int, *, approximate_above: int = 200_000) -> None:
        import faiss

        self.dimension = dimension
        self.approximate_above = approximate_above
        self._index: Any = faiss.IndexFlatIP(dimension)
        self._vectors = np.zeros((0, dimension), dtype=np.float32)

    def __len__(self) -> int:
        return int(self._index.ntotal)

    @property
    def vectors(self) -> np.ndarray:
        """All stored vectors, row ``i`` for id ``i``."""
        return self._vectors

    def add(self, vectors: np.ndarray) -> None:
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        if vectors.ndim != 2 or vectors.shape[1] != self.dimension:
            raise ValueError(
                f"expected vectors of shape (n, {self.dimension}), got {vectors.shape}"
            )
        self._vectors = np.concatenate([self._vectors, vectors]) if len(self) else vectors
        if len(self._vectors) > self.approximate_above and _is_flat(self._index):
            self._index = self._hnsw(self._vectors)
        else:
            self._index.add(vectors)

    def _hnsw(self, vectors: np.ndarray) -> Any:
        import faiss

        # Exact search over this many vectors costs more than encoding the question.
        index = faiss.IndexHNSWFlat(self.dimension, 32, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efSearch = 128
        index.add(vectors)
        return index

    def search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Scores and ids, shape ``(n_queries, k)``; missing hits have id -1."""
        query = np.ascontiguousarray(query.reshape(-1, self.dimension), dtype=np.float32)
        k = max(1, min(k, len(self)))
        if len(self) == 0:
            return np.zeros((len(query), 0), np.float32), np.zeros((len(query), 0), np.int64)
        scores, ids = self._index.search(query, k)
        return scores, ids

    def save(self, path: Path) -> None:
        import faiss

        faiss.write_index(self._index, str(path))

    @classmethod
    def load(cls, path: Path, dimension: int) -> VectorStore:
        import faiss

        store = cls.__new__(cls)
        store.dimension = dimension
        store.approximate_above = 200_000
        try:
            store._index = faiss.read_index(str(path))
        except RuntimeError as e:
            raise IndexCorruptError(f"cannot read {path.name}: {str(e).splitlines()[0]}") from None
        if store._index.d != dimension:
            raise IndexCorruptError(
                f"{path.name} holds {store._index.d}-d vectors, not {dimension}"
            )
        store._vectors = (
            store._index.reconstruct_n(0, store._index.ntotal).astype(np.float32)
            if store._index.ntotal
            else np.zeros((0, dimension), dtype=np.float32)
        )
        return store


def _is_flat(index: Any) -> bool:
    import faiss

    return isinstance(index, faiss.IndexFlat)


@dataclass
class IndexData:
    """Everything retrieval needs, in memory."""

    documents: list[Document]
    sentences: list[Sentence]
    chunks: list[Chunk]
    store: VectorStore
    bm25: BM25
    model_id: str
    chunker: dict[str, Any]
    sources: dict[str, str] = field(default_factory=dict)  # source -> sha256 of its bytes
    # Per-sentence data the composer derives once, on first use (see compose.py).
    cache: dict[int, Any] = field(default_factory=dict, repr=False, compare=False)
    # The place each document names most (rules.story_place), found on first use.
    stories: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.doc_by_id = {d.doc_id: d for d in self.documents}
        # Which chunks hold each sentence (overlap puts some sentences in two).
        self.sentence_chunks: list[list[int]] = [[] for _ in self.sentences]
        self.chunk_sentences: list[list[int]] = [[] for _ in self.chunks]
        by_doc: dict[str, list[int]] = {}
        for si, s in enumerate(self.sentences):
            by_doc.setdefault(s.doc_id, []).append(si)
        starts = {d: [self.sentences[si].start for si in ids] for d, ids in by_doc.items()}
        for ci, c in enumerate(self.chunks):
            # A document's sentences are in text order: bisect to the chunk's first one.
            ids = by_doc.get(c.doc_id, [])
            i = bisect.bisect_left(starts.get(c.doc_id, []), c.start)
            while i < len(ids) and self.sentences[ids[i]].end <= c.end:
                self.sentence_chunks[ids[i]].append(ci)
                self.chunk_sentences[ci].append(ids[i])
                i += 1
        self.avg_sentence_tokens = (
            float(np.mean([max(1, len(tokenize(s.text))) for s in self.sentences]))
            if self.sentences
            else 1.0
        )

    @cached_property
    def cased_words(self) -> dict[str, str]:
        """Words the documents write only capitalized, and not just where a sentence
        starts (names: "Azerbaijan", "NATO"), by their lower-case form. A question typed in
        lower case ("who invited azerbaijan?") can then read its names as names."""
        capitalized: defaultdict[str, Counter[str]] = defaultdict(Counter)
        lower: set[str] = set()
        opening: list[tuple[str, str]] = []  # a sentence's first word, and the next
        for d in self.documents:
            for m in _WORD.finditer(d.text):
                word = m.group(0)
                if word.islower():
                    lower.add(word)
                elif word[0].isupper() and not _starts_sentence(d.text, m.start()):
                    capitalized[word.lower()][word] += 1
                elif word[0].isupper() and (nxt := _NEXT_NAME.match(d.text, m.end())):
                    opening.append((word, nxt.group(1)))
        # "Rasim Musabayov, a member of ...": news opens a sentence with a person's full
        # name, whose first name is then written nowhere else; a name follows it.
        for word, after in opening:
            if after.lower() in capitalized and word.lower() not in STOPWORDS:
                capitalized[word.lower()][word] += 1
        # Two-letter words ("US", "IT") are also common lower-case words: left alone.
        return {
            w: max(forms, key=lambda f: (forms[f], f))
            for w, forms in capitalized.items()
            if w not in lower and len(w) > 2
        }

    def sentence_at(self, doc_id: str, start: int) -> int:
        """The index of the sentence of ``doc_id`` that starts at ``start`` (a
        citation's start), else -1."""
        return self._sentence_starts.get((doc_id, start), -1)

    @cached_property
    def _sentence_starts(self) -> dict[tuple[str, int], int]:
        return {(s.doc_id, s.start): i for i, s in enumerate(self.sentences)}

    def listed_together(self, a: str, b: str) -> bool:
        """Whether a sentence lists ``a`` and ``b`` side by side ("Azerbaijan and
        Armenia", "Russia, Iran"): things of one kind."""
        x, y = re.escape(a), re.escape(b)
        pair = re.compile(rf"\b(?:{x}\s*(?:,|and|or|&)\s*{y}|{y}\s*(?:,|and|or|&)\s*{x})\b")
        return any(pair.search(s.text) for s in self.sentences)

    @cached_property
    def capitalized_words(self) -> dict[str, list[int]]:
        """The sentences each capitalized word occurs in, by the word as written."""
        out: dict[str, list[int]] = {}
        for i, s in enumerate(self.sentences):
            for word in dict.fromkeys(CAPITALIZED.findall(s.text)):
                out.setdefault(word, []).append(i)
        return out

    @cached_property
    def abbreviations(self) -> Abbreviations:
        """What a reader's abbreviations ("JFC", "dept") stand for in the documents."""
        return Abbreviations.of(d.text for d in self.documents)

    @cached_property
    def full_names(self) -> dict[str, str]:
        """Capitalized words the documents write only before one other ("Stefan" before
        "Fiks"), mapped to it: first names and their surnames, for a surname misspelled."""
        after: defaultdict[str, set[str]] = defaultdict(set)
        for d in self.documents:
            for m in _WORD.finditer(d.text):
                word = m.group(0)
                if word[0].isupper() and word.lower() not in STOPWORDS:
                    nxt = _NEXT_NAME.match(d.text, m.end())
                    after[word].add(nxt.group(1) if nxt else "")
        return {w: next(iter(f)) for w, f in after.items() if len(f) == 1 and "" not in f}

    @cached_property
    def article_words(self) -> ArticleWords:
        """Every word of the documents, for telling which names a question asks about
        that they never mention."""
        return ArticleWords.of(d.text for d in self.documents)


_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_NEXT_NAME = re.compile(r" ([A-Z][\w'’-]*)")


def _starts_sentence(text: str, i: int) -> bool:
    """Whether the word at ``i`` opens the text, a line, a sentence or a quotation."""
    i -= 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in '.!?:;\n"“‘(['


def save_index(data: IndexData, index_dir: str | Path, *, package_version: str) -> Path:
    """Write ``data`` to ``index_dir`` atomically; returns the manifest path."""
    folder = Path(index_dir)
    folder.mkdir(parents=True, exist_ok=True)
    # One writer at a time: another's clean-up must not delete files not yet committed.
    with _writer_lock(folder):
        return _save(data, folder, package_version)


@contextlib.contextmanager
def _writer_lock(folder: Path) -> Iterator[None]:
    import fcntl

    with open(folder / ".lock", "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _save(data: IndexData, folder: Path, package_version: str) -> Path:
    written: dict[str, dict[str, Any]] = {}
    created: list[Path] = []
    try:
        payloads: dict[str, bytes] = {
            "documents": _jsonl(
                {"doc_id": d.doc_id, "title": d.title, "text": d.text, "source": d.source}
                for d in data.documents
            ),
            "sentences": _jsonl([s.doc_id, s.start, s.end] for s in data.sentences),
            "chunks": _jsonl(
                [c.chunk_id, c.doc_id, c.start, c.end, c.n_tokens] for c in data.chunks
            ),
            "bm25": json.dumps(data.bm25.to_json(), separators=(",", ":")).encode(),
        }
        with tempfile.TemporaryDirectory(dir=folder, prefix=".tmp-") as tmp:
            vec_tmp = Path(tmp) / "vectors.faiss"
            data.store.save(vec_tmp)
            payloads["vectors"] = vec_tmp.read_bytes()
        for kind in _KINDS:
            blob = payloads[kind]
            digest = hashlib.sha256(blob).hexdigest()
            ext = {"vectors": "faiss", "bm25": "json"}.get(kind, "jsonl")
            name = f"{kind}-{digest[:16]}.{ext}"
            target = folder / name
            if not (target.exists() and _sha256(target) == digest):
                _atomic_write(target, blob)
                created.append(target)
            written[kind] = {"file": name, "sha256": digest, "bytes": len(blob)}
        manifest = {
            "format_version": FORMAT_VERSION,
            "package_version": package_version,
            "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "model": {"id": data.model_id, "dimension": data.store.dimension},
            "chunker": data.chunker,
            "counts": {
                "documents": len(data.documents),
                "sentences": len(data.sentences),
                "chunks": len(data.chunks),
                "vectors": len(data.store),
            },
            "documents": [
                {
                    "doc_id": d.doc_id,
                    "title": d.title,
                    "source": d.source,
                    "sha256": hashlib.sha256(d.text.encode()).hexdigest(),
                }
                for d in data.documents
            ],
            "sources": data.sources,
            "files": written,
        }
        _atomic_write(folder / MANIFEST, json.dumps(manifest, indent=2).encode())
    except BaseException:
        for path in created:
            with contextlib.suppress(OSError):
                path.unlink()
        raise
    _remove_unreferenced(folder, {w["file"] for w in written.values()})
    return folder / MANIFEST


def read_manifest(index_dir: str | Path) -> dict[str, Any]:
    folder = Path(index_dir)
    path = folder / MANIFEST
    hint = REBUILD_HINT.format(dir=folder)
    if not path.exists():
        if folder.exists() and not folder.is_dir():
            raise IndexMissingError(f"{folder} is a file, not an index folder; {hint}.")
        raise IndexMissingError(
            f"No index at {folder}; build it with `python -m assistant index "
            f"FILE... --index {folder}`."
        )
    try:
        manifest = json.loads(path.read_text("utf-8"))
        if not isinstance(manifest, dict):
            raise ValueError("not an object")
    except (ValueError, UnicodeDecodeError) as e:
        raise IndexCorruptError(f"The index manifest {path} is unreadable ({e}); {hint}.") from None
    except OSError as e:  # a folder in its place, no permission
        raise IndexCorruptError(
            f"Cannot read the index manifest {path} ({e.strerror}); {hint}."
        ) from None
    version = manifest.get("format_version")
    if version != FORMAT_VERSION:
        raise IndexMismatchError(
            f"The index at {folder} has format version {version!r}, this program reads "
            f"{FORMAT_VERSION}; {hint}."
        )
    return manifest


def load_index(index_dir: str | Path, *, expect_model: str | None = None) -> IndexData:
    """Read and verify an index folder written by :func:`save_index`."""
    folder = Path(index_dir)
    manifest = read_manifest(folder)
    hint = REBUILD_HINT.format(dir=folder)
    try:
        model = manifest["model"]
        model_id, dimension = str(model["id"]), int(model["dimension"])
        files = manifest["files"]
        blobs = {kind: _read_checked(folder, files[kind], hint) for kind in _KINDS}
    except (KeyError, TypeError, ValueError) as e:
        raise IndexCorruptError(
            f"The index manifest in {folder} is incomplete ({e}); {hint}."
        ) from None
    if expect_model is not None and expect_model != model_id:
        raise IndexMismatchError(
            f"The index at {folder} was built with embedding model {model_id!r}, not "
            f"{expect_model!r}; use that model, or {hint}."
        )
    try:
        documents = [
            Document(o["doc_id"], o["title"], o["text"], o.get("source", ""))
            for o in _parse_jsonl(blobs["documents"])
        ]
        by_id = {d.doc_id: d for d in documents}
        sentences = [
            Sentence(d, s, e, by_id[d].text[s:e]) for d, s, e in _parse_jsonl(blobs["sentences"])
        ]
        chunks = [
            Chunk(i, d, s, e, by_id[d].text[s:e], n)
            for i, d, s, e, n in _parse_jsonl(blobs["chunks"])
        ]
        bm25 = BM25.from_json(json.loads(blobs["bm25"]))
    except (KeyError, TypeError, ValueError, UnicodeDecodeError) as e:
        raise IndexCorruptError(
            f"The index in {folder} has an unreadable table ({e}); {hint}."
        ) from None
    with tempfile.TemporaryDirectory(prefix="assistant-faiss-") as tmp:
        vec_path = Path(tmp) / "vectors.faiss"
        vec_path.write_bytes(blobs["vectors"])
        try:
            store = VectorStore.load(vec_path, dimension)
        except IndexCorruptError as e:
            raise IndexCorruptError(f"The index in {folder} is damaged ({e}); {hint}.") from None
    if bm25.analyzer != ANALYZER and bm25.n_docs == len(chunks):
        # Postings from an older tokenizer would never match today's question terms;
        # they are rebuilt in memory from the chunk texts (milliseconds for an article)
        # rather than making the user rebuild the index. Loading never writes: the new
        # ones are saved when the index is next rebuilt for a changed corpus.
        log.info(
            "Lexical index of %s built with %r: rebuilding it with %r.",
            folder,
            bm25.analyzer,
            ANALYZER,
        )
        bm25 = BM25.build((c.text for c in chunks), k1=bm25.k1, b=bm25.b)
    if len(store) != len(sentences) or bm25.n_docs != len(chunks):
        raise IndexCorruptError(
            f"The index in {folder} is inconsistent ({len(store)} vectors for "
            f"{len(sentences)} sentences); {hint}."
        )
    return IndexData(
        documents=documents,
        sentences=sentences,
        chunks=chunks,
        store=store,
        bm25=bm25,
        model_id=model_id,
        chunker=dict(manifest.get("chunker", {})),
        sources=dict(manifest.get("sources", {})),
    )


def _read_checked(folder: Path, entry: dict[str, Any], hint: str) -> bytes:
    path = folder / str(entry["file"])
    if path.name != entry["file"] or path.parent != folder:
        raise IndexCorruptError(f"The index manifest in {folder} names a bad file; {hint}.")
    try:
        blob = path.read_bytes()
    except FileNotFoundError:
        raise IndexCorruptError(f"The index in {folder} is missing {path.name}; {hint}.") from None
    except OSError as e:  # a folder in its place, no permission
        raise IndexCorruptError(
            f"Cannot read {path.name} in {folder} ({e.strerror}); {hint}."
        ) from None
    if hashlib.sha256(blob).hexdigest() != entry["sha256"]:
        raise IndexCorruptError(
            f"The index file {path.name} in {folder} is truncated or altered; {hint}."
        )
    return blob


def _jsonl(rows: Any) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def _parse_jsonl(blob: bytes) -> list[Any]:
    # split("\n"), not splitlines(): JSON leaves \u2028, \x85 ... raw inside strings.
    return [json.loads(line) for line in blob.decode("utf-8").split("\n") if line]


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _atomic_write(path: Path, blob: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, 0o644)  # mkstemp makes 0600; an index is shared data
        with os.fdopen(fd, "wb") as f:
            f.write(blob)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _remove_unreferenced(folder: Path, keep: set[str]) -> None:
    # Another writer may have committed its own manifest since ours: keep its files too.
    try:
        committed = json.loads((folder / MANIFEST).read_text("utf-8"))["files"]
        keep = keep | {str(entry["file"]) for entry in committed.values()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return  # no readable manifest to check against: delete nothing
    for kind in _KINDS:
        for path in folder.glob(f"{kind}-*"):
            if path.name not in keep:
                with contextlib.suppress(OSError):
                    path.unlink()
