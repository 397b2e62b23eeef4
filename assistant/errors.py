"""Errors a user can cause, each carrying a plain sentence that says how to fix it.

The CLI prints ``str(error)`` on one line and exits non-zero; the web UI shows it in the
chat and the REST API answers it as a 4xx JSON body. Anything that is not an
``AssistantError`` is a bug in this package, not a user's mistake.
"""

from __future__ import annotations


class AssistantError(Exception):
    """Base class: a problem the user can fix; the message says how."""

    #: HTTP status the REST API answers with.
    status_code = 400


class InputFileError(AssistantError):
    """A file the user gave cannot be read as an article (missing, empty, binary, ...)."""


class UnsupportedFormatError(InputFileError):
    """A file whose extension is not one of the supported article formats."""

    status_code = 415


class QuestionError(AssistantError):
    """A question that cannot be asked (empty, too long, not text)."""

    status_code = 422


class IndexMissingError(AssistantError):
    """No index where one was expected."""

    status_code = 404


class IndexCorruptError(AssistantError):
    """An index whose files are truncated, altered or unreadable."""

    status_code = 500


class IndexMismatchError(AssistantError):
    """An index built with another embedding model, chunker settings or format version."""

    status_code = 409


class ConfigError(AssistantError, ValueError):
    """A constructor argument or option with a value that cannot work."""


class LimitError(AssistantError):
    """A configured limit was exceeded (upload size, article count, ...)."""

    status_code = 413


class ModelLoadError(AssistantError):
    """The embedding model could not be loaded (wrong name or path, no network for a hub id)."""

    status_code = 500
