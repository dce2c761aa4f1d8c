"""The :class:`Document` value. Readers live in :mod:`sourcetrace.readers`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

KINDS = ("source", "article")


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
