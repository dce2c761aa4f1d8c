"""The :class:`Document` value. Readers live in :mod:`sourcetrace.readers`."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

KINDS = ("source", "article")
#: Why a lone surrogate is refused, and the fix.
_NOT_TEXT = "not a character: repair the text, e.g. decode its bytes as UTF-8"


@dataclass(frozen=True, slots=True)
class Document:
    """One text in the index: a press release, a statement, a transcript or a story.

    Attributes:
        id: Unique id within the index. Re-adding an id replaces the document.
        text: The full text; every offset sourcetrace reports points into it.
        title: Headline or title, if known.
        date: Publication date as ISO 8601 (``YYYY-MM-DD`` or a full timestamp).
        publisher: Outlet or organisation that published it.
        author: Byline, if known.
        url: Where it was published.
        kind: ``"source"`` (release, statement) or ``"article"`` (news), if known.
        meta: Any further fields, kept as given.
    """

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    publisher: str | None = None
    author: str | None = None
    url: str | None = None
    kind: str | None = None
    meta: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the document as a JSON-ready dict (the ingest JSON Lines schema)."""
        out: dict[str, Any] = {"id": self.id, "text": self.text}
        for name in ("title", "date", "publisher", "author", "url", "kind"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        out.update(self.meta)
        return out


def is_iso_date(value: str) -> bool:
    """Return whether ``value`` is an ISO 8601 date or timestamp Python can parse."""
    for parse in (date.fromisoformat, datetime.fromisoformat):
        try:
            parse(value)
        except ValueError:
            continue
        return True
    return False


def check_document(doc: Document) -> None:
    """Refuse a document the ingest schema refuses, as the readers do.

    A document built in code reaches the index without a reader: an unknown kind
    ("release") or a date that is not ISO 8601 ("10 August 2023") would be kept and then
    silently misread when texts are ordered (a later date compared as text).

    A text holding a lone surrogate (U+D800-U+DFFF, half of a UTF-16 pair that
    ``json.loads`` or ``bytes.decode(errors="surrogateescape")`` can leave) cannot be
    stored: SQLite failed with a ``UnicodeEncodeError`` naming no document.

    Raises:
        DocumentError: Naming the document and the field at fault.
    """
    from sourcetrace.errors import DocumentError
    from sourcetrace.text import surrogate_at

    def fail(reason: str) -> DocumentError:
        return DocumentError(f"document {doc.id!r}: {reason}")

    if not isinstance(doc.id, str) or not doc.id.strip():
        raise fail("the id must be a non-empty string")
    if not isinstance(doc.text, str) or not doc.text.strip():
        raise fail("the text must be a non-empty string")
    if doc.kind is not None and doc.kind not in KINDS:
        expected = " or ".join(repr(k) for k in KINDS)
        raise fail(f"invalid kind {doc.kind!r}: expected {expected} (or none)")
    if doc.date is not None and not (isinstance(doc.date, str) and is_iso_date(doc.date)):
        raise fail(f"invalid date {doc.date!r}: expected ISO 8601, e.g. 2023-08-09")
    for name in ("id", "text", "title", "publisher", "author", "url"):
        value = getattr(doc, name)
        if isinstance(value, str) and (at := surrogate_at(value)) is not None:
            raise fail(f"the {name} holds a lone surrogate at character {at} ({_NOT_TEXT})")


@dataclass(frozen=True, slots=True)
class FileFields:
    """Fields given for every document read from a file (not JSON Lines) in one run.

    What the file says of itself (a PDF's or a page's date, say) is replaced by the
    fields set here; ``ingest --kind/--date/--publisher`` builds one.

    Attributes:
        kind: ``"source"`` or ``"article"``.
        date: An ISO 8601 date or timestamp.
        publisher: The outlet or organisation.

    Raises:
        ValueError: ``kind`` or ``date`` is not valid, with the value and what is expected.
    """

    kind: str | None = None
    date: str | None = None
    publisher: str | None = None

    def __post_init__(self) -> None:
        if self.kind is not None and self.kind not in KINDS:
            expected = " or ".join(repr(k) for k in KINDS)
            raise ValueError(f"invalid kind {self.kind!r}: expected {expected}")
        if self.date is not None and not is_iso_date(self.date):
            raise ValueError(f"invalid date {self.date!r}: expected ISO 8601, e.g. 2023-08-09")

    def apply(self, doc: Document) -> Document:
        """Return ``doc`` with the fields set here in place of its own."""
        given = {
            name: value
            for name in ("kind", "date", "publisher")
            if (value := getattr(self, name)) is not None
        }
        return dataclasses.replace(doc, **given) if given else doc
