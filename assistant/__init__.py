"""Answer questions about a news article, grounded in it and citing it verbatim.

>>> from assistant import Assistant                                     # doctest: +SKIP
>>> bot = Assistant.from_files(["corpus/article.txt"], index_dir="index")  # doctest: +SKIP
>>> bot.ask("Who was invited?").citations[0].quote                      # doctest: +SKIP

Importing this package is cheap: the model, FAISS and the web stack load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "Answer",
    "Assistant",
    "AssistantError",
    "Chunk",
    "Chunker",
    "Citation",
    "Document",
    "Embedder",
    "Passage",
    "SentenceTransformerEmbedder",
    "__version__",
    "load_document",
    "parse_document",
]

_LAZY = {
    "Assistant": "assistant.core",
    "Chunker": "assistant.chunk",
    "Embedder": "assistant.embed",
    "SentenceTransformerEmbedder": "assistant.embed",
    "load_document": "assistant.ingest",
    "parse_document": "assistant.ingest",
    "Answer": "assistant.schema",
    "Chunk": "assistant.schema",
    "Citation": "assistant.schema",
    "Document": "assistant.schema",
    "Passage": "assistant.schema",
    "AssistantError": "assistant.errors",
}

if TYPE_CHECKING:
    from .chunk import Chunker
    from .core import Assistant
    from .embed import Embedder, SentenceTransformerEmbedder
    from .errors import AssistantError
    from .ingest import load_document, parse_document
    from .schema import Answer, Chunk, Citation, Document, Passage


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'assistant' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
