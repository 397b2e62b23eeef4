"""Indexing: documents -> sentences and chunks -> vectors -> ``IndexData``.

Embeddings of sentences already in a previous index (same model, same text) are
reused, so re-indexing embeds only what is new or changed.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import numpy as np

from .chunk import Chunker
from .embed import Embedder
from .lexical import BM25
from .schema import Chunk, Document, Sentence
from .store import IndexData, VectorStore

log = logging.getLogger(__name__)

_BATCH = 256


def build_index(
    documents: Sequence[Document],
    embedder: Embedder,
    chunker: Chunker,
    *,
    previous: IndexData | None = None,
    sources: dict[str, str] | None = None,
    progress: bool = False,
) -> IndexData:
    """Split, embed and index ``documents``.

    >>> data = build_index(docs, SentenceTransformerEmbedder(), Chunker())  # doctest: +SKIP
    """
    fits = getattr(embedder, "fits", None)
    sentences: list[Sentence] = []
    chunks: list[Chunk] = []
    for doc in documents:
        s, c = chunker.split(doc, first_chunk_id=len(chunks), fits=fits)
        sentences.extend(s)
        chunks.extend(c)

    known: dict[str, np.ndarray] = {}
    if previous is not None and previous.model_id == embedder.model_id:
        known = {s.text: v for s, v in zip(previous.sentences, previous.store.vectors, strict=True)}
    todo = sorted({s.text for s in sentences if s.text not in known}, key=len)
    log.info(
        "indexing %d documents: %d sentences (%d to embed, %d reused), %d chunks",
        len(documents),
        len(sentences),
        len(todo),
        len(sentences) - len(todo),
        len(chunks),
    )
    known.update(zip(todo, _encode(embedder, todo, progress), strict=True))

    dimension = embedder.dimension
    vectors = (
        np.stack([known[s.text] for s in sentences]).astype(np.float32)
        if sentences
        else np.zeros((0, dimension), dtype=np.float32)
    )
    store = VectorStore(dimension)
    store.add(vectors)
    return IndexData(
        documents=list(documents),
        sentences=sentences,
        chunks=chunks,
        store=store,
        bm25=BM25.build(c.text for c in chunks),
        model_id=embedder.model_id,
        chunker=chunker.settings(),
        sources=dict(sources or {}),
    )


def _encode(embedder: Embedder, texts: list[str], progress: bool) -> list[np.ndarray]:
    """Encode length-sorted texts in slices, with one progress bar over all of them."""
    if not texts:
        return []
    from tqdm.auto import tqdm

    out: list[np.ndarray] = []
    with tqdm(
        total=len(texts), desc="Embedding sentences", unit="sent", disable=not progress
    ) as bar:
        for i in range(0, len(texts), _BATCH):
            batch = texts[i : i + _BATCH]
            out.extend(embedder.encode(batch))
            bar.update(len(batch))
    return out
