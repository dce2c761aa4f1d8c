"""The rows of the SQLite index: documents to rows and back, and writing them.

A batch of rows is written to ``docs`` and to the full-text index by a few statements,
not one per document.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from sourcetrace.documents import Document, check_document
from sourcetrace.errors import IndexDamagedError

_UPSERT = """
INSERT INTO docs (id, title, date, publisher, author, url, kind, meta, text)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT(id) DO UPDATE SET
    title = excluded.title, date = excluded.date, publisher = excluded.publisher,
    author = excluded.author, url = excluded.url, kind = excluded.kind,
    meta = excluded.meta, text = excluded.text
"""

_COLUMNS = "id, title, date, publisher, author, url, kind, meta, text"


def _row(doc: Document) -> tuple[Any, ...]:
    check_document(doc)  # every write path: add, batch
    meta = json.dumps(dict(doc.meta), ensure_ascii=False) if doc.meta else None
    return (
        doc.id,
        doc.title,
        doc.date,
        doc.publisher,
        doc.author,
        doc.url,
        doc.kind,
        meta,
        doc.text,
    )


def _document(row: Sequence[Any], path: Path) -> Document:
    doc_id, title, date, publisher, author, url, kind, meta, text = row
    try:
        extra = json.loads(meta) if meta else {}
    except ValueError as exc:
        raise IndexDamagedError(
            f"{path} is damaged (document {doc_id!r} has unreadable metadata); re-create it"
        ) from exc
    return Document(
        id=doc_id,
        text=text,
        title=title,
        date=date,
        publisher=publisher,
        author=author,
        url=url,
        kind=kind,
        meta=extra,
    )


#: Counts every committed write, so that term statistics know whether they are current.
_BUMP = (
    "INSERT INTO meta (key, value) VALUES ('generation', '1') ON CONFLICT(key) DO UPDATE "
    "SET value = CAST(value AS INTEGER) + 1"
)


_FTS_COLUMNS = "rowid, title, text"


def _chunks(items: Sequence[Any], size: int = 500) -> Iterator[tuple[Sequence[Any], str]]:
    """Yield slices of ``items`` with the ``?`` marks of an ``IN (...)`` list for each."""
    for i in range(0, len(items), size):
        chunk = items[i : i + size]
        yield chunk, ",".join("?" * len(chunk))


def _insert_rows(conn: sqlite3.Connection, rows: Iterable[tuple[Any, ...]]) -> int:
    """Write document rows inside the open transaction; return how many were written.

    The full-text index is written by a few statements per batch, not per row: FTS5
    writes out its pending terms as a new segment at every statement that writes to
    it (a trigger's included), and a segment per document made ingest several times
    slower. A replaced document keeps its rowid; its old text leaves the full-text
    index before the row is updated. Within one batch the last row of an id wins.
    """
    unique = list({row[0]: row for row in rows}.values())
    if not unique:
        return 0
    # New rowids are always above the largest one (rowid without AUTOINCREMENT).
    floor = conn.execute("SELECT coalesce(max(rowid), 0) FROM docs").fetchone()[0]
    replaced: list[int] = []
    for ids, marks in _chunks([row[0] for row in unique]):
        found = conn.execute(f"SELECT rowid FROM docs WHERE id IN ({marks})", ids)
        replaced.extend(rowid for (rowid,) in found)
    for rowids, marks in _chunks(replaced):
        _full_text(conn, f"rowid IN ({marks})", rowids, delete=True)
    conn.executemany(_UPSERT, unique)
    _full_text(conn, "rowid > ?", (floor,))
    for rowids, marks in _chunks(replaced):
        _full_text(conn, f"rowid IN ({marks})", rowids)
    return len(unique)


def _full_text(
    conn: sqlite3.Connection, where: str, params: Sequence[Any], *, delete: bool = False
) -> None:
    """Put the ``docs`` rows matching ``where`` in the full-text index (or take them out).

    One statement for them all: FTS5 writes one segment for it.
    """
    command, value = ("docs_fts, ", "'delete', ") if delete else ("", "")
    conn.execute(
        f"INSERT INTO docs_fts({command}{_FTS_COLUMNS}) SELECT {value}{_FTS_COLUMNS} "
        f"FROM docs WHERE {where}",
        params,
    )


class SqliteBatch:
    """Collects documents for a transaction; they are written when the block ends."""

    def __init__(self) -> None:
        self.rows: list[tuple[Any, ...]] = []

    @property
    def added(self) -> int:
        """How many documents were added so far."""
        return len(self.rows)

    def add(self, doc: Document) -> None:
        """Add or replace one document."""
        self.rows.append(_row(doc))
