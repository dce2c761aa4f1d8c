"""Typed exceptions. Each names what is at fault and, where it can, the fix."""

from __future__ import annotations


class SourcetraceError(Exception):
    """Base class for every error sourcetrace raises on purpose."""


class InputError(SourcetraceError):
    """A document or article could not be read.

    Args:
        path: The file at fault (``"-"`` for standard input).
        reason: What is wrong, in words a user can act on.
        line: The 1-based line number, for JSON Lines input.
    """

    def __init__(self, path: str, reason: str, *, line: int | None = None) -> None:
        self.path = path
        self.reason = reason
        self.line = line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")


class IndexError_(SourcetraceError):
    """The index cannot be used as asked (wrong scheme, missing, corrupt)."""


class SchemeMismatchError(IndexError_):
    """The index was built with another fingerprinting scheme than this version uses."""


class IndexMissingError(IndexError_):
    """No index at the path given, and it was not to be created."""


class NotAnIndexError(IndexError_):
    """The file exists but is not a sourcetrace index; it was left untouched."""


class IndexLockedError(IndexError_):
    """Another process held the write lock for longer than the busy timeout."""


class IndexFullError(IndexError_):
    """The disk (or SQLite's page limit) is full; the last transaction was rolled back."""


class IndexDamagedError(IndexError_):
    """The index file is corrupt; it must be re-created."""


class DocumentError(SourcetraceError, ValueError):
    """A document given to the index breaks the ingest schema.

    An empty id or text, an unknown kind, a date that is not ISO 8601.
    """


class DateError(SourcetraceError, ValueError):
    """A date given to a trace is not ISO 8601 (it would be compared as text)."""


class TextError(SourcetraceError, ValueError):
    """An article's text cannot be analysed: it holds a lone surrogate, not a character."""


class DocumentNotFoundError(SourcetraceError):
    """No document with the given id is in the index."""

    def __init__(self, doc_id: str) -> None:
        self.doc_id = doc_id
        super().__init__(f"no document with id {doc_id!r} in the index")


class MissingExtraError(SourcetraceError):
    """An optional feature needs packages that are not installed."""

    def __init__(self, feature: str, extra: str, *, also: str = "") -> None:
        tail = f" {also}" if also else ""
        super().__init__(
            f"{feature} needs optional packages: pip install 'sourcetrace[{extra}]'{tail}"
        )
