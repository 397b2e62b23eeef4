"""Shared session fixtures: one real embedding model and one default-article Assistant.

Both are expensive (the model loads in seconds, the index embeds the article), so each
is made once per session and reused; tests that change an index copy it first
(``shutil.copytree(default_index_dir, tmp_path / "index")``) and never touch the shared one.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_ARTICLE = ROOT / "corpus" / "azerbaijan-nato-summit.txt"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def real_embedder() -> Any:
    """The packaged all-MiniLM-L6-v2 (``SentenceTransformerEmbedder()``), loaded once."""
    from assistant.embed import SentenceTransformerEmbedder

    embedder = SentenceTransformerEmbedder()
    embedder.model  # noqa: B018 - load now, not inside the first timed-out test
    return embedder


@pytest.fixture(scope="session")
def default_index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where ``default_bot`` keeps its index; read-only for tests (copy it to change it)."""
    return tmp_path_factory.mktemp("default-index") / "index"


@pytest.fixture(scope="session")
def default_bot(real_embedder: Any, default_index_dir: Path) -> Any:
    """``Assistant.from_files([default article], index_dir=...)`` with the real model."""
    from assistant import Assistant

    return Assistant.from_files(
        [str(DEFAULT_ARTICLE)], index_dir=default_index_dir, embedder=real_embedder
    )


def _index_state() -> dict[str, str]:
    folder = ROOT / "index"
    if not folder.is_dir():
        return {}
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and p.name != ".lock"
    }


@pytest.fixture(scope="session", autouse=True)
def users_index_untouched() -> Iterator[None]:
    """The suite never writes the user's own ``index/`` (``make run`` serves it): an
    ``Assistant.from_files`` without ``index_dir=None`` once replaced it with a test
    article's index."""
    before = _index_state()
    yield
    assert _index_state() == before, "a test wrote the user's index/ folder"
