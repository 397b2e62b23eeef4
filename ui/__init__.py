"""Web front end: the chat page (Gradio) and the REST API (FastAPI), in one server.

Importing ``ui`` is cheap: gradio (slow to import) is loaded only by ``ui.app`` / ``ui.chat``.
Use ``ui.app.create_app(bot)`` for an ASGI app, or ``ui.app.serve(bot)`` to run it.
"""

from __future__ import annotations

from typing import Any

__all__ = ["create_app", "serve"]


def __getattr__(name: str) -> Any:
    # Lazy: `from ui import serve` imports gradio only when it is actually asked for.
    if name in __all__:
        from ui import app

        return getattr(app, name)
    raise AttributeError(f"module 'ui' has no attribute {name!r}")
