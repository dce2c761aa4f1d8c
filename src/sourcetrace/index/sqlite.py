"""The default store: one SQLite file in WAL mode with an FTS5 index over the texts.

One process may write while others read. Every batch is one transaction, so a process
killed mid-ingest leaves each committed batch intact and nothing half-written.

The store is built in layers, each in its own module, each importing only the earlier
ones: the per-thread connection (``sqlite_connection``), the schema and how an index is
opened (``sqlite_schema``), documents as rows (``sqlite_rows``) and the reads
(``sqlite_search``). This module adds the writes and the maintenance, and stays the entry
point: every public name of the layers imports from here.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sourcetrace.documents import Document
from sourcetrace.index import safety
from sourcetrace.index.sqlite_rows import _BUMP, SqliteBatch, _insert_rows, _row
from sourcetrace.index.sqlite_schema import SCHEME
from sourcetrace.index.sqlite_search import POSTINGS_BUDGET, SqliteReader

__all__ = ["POSTINGS_BUDGET", "SCHEME", "SqliteBatch", "SqliteStore"]


class SqliteStore(SqliteReader):
    """Documents in a SQLite database (WAL mode) with an FTS5 full-text index.

    An existing file is used only if it is a sourcetrace index of this scheme, or holds
    nothing yet (a zero-byte file, a database without tables); every check is made
    before anything is written, so a file refused is left byte-identical. Failures of
    SQLite later on (another writer holding the lock, a full disk, a damaged file) are
    raised as :class:`~sourcetrace.errors.IndexError_` subclasses with one-line messages.

    Args:
        path: The database file. Its folder must exist.
        readonly: Open without the right to write. In a folder where SQLite cannot create
            its shared-memory file, the index is read as immutable.
        create: Make a new index when there is none at ``path`` (never when ``readonly``).
        busy_timeout: Seconds to wait for another writer; default :func:`busy_timeout`.

    Raises:
        IndexMissingError: No index at ``path`` and none is to be created, or its folder
            does not exist.
        NotAnIndexError: The file is not a sourcetrace index (it is left untouched).
        SchemeMismatchError: The file was built by another fingerprinting scheme.
        IndexDamagedError: The file is corrupt.
        IndexLockedError: Another writer held the lock past the busy timeout.
    """

    scheme = SCHEME

    def __init__(
        self,
        path: str | Path,
        *,
        readonly: bool = False,
        create: bool = True,
        busy_timeout: float | None = None,
    ) -> None:
        self.path = Path(path)
        self.readonly = readonly
        self.busy_timeout = safety.busy_timeout() if busy_timeout is None else busy_timeout
        self.immutable = False
        self._ready = False
        self._local = threading.local()
        header = self._check_path(create=create and not readonly)
        try:
            self._open(header, create=create)
        except BaseException:
            self.close()
            raise

    def optimize(self) -> None:
        """Prepare the index for fast look-ups after a bulk load.

        Merges the full-text index into one segment (a look-up reads one b-tree instead
        of one per segment) and records how many documents hold each term, so that
        term rarity is read from a table instead of being counted over whole posting
        lists. The recorded counts are used until the next write; run it again after
        the next bulk load. Takes about a minute for a million news-sized documents.
        """
        with self._guard():
            self._conn.execute("INSERT INTO docs_fts(docs_fts) VALUES ('optimize')")
        with self._transaction() as conn:
            conn.execute("DELETE FROM term_stats")
            conn.execute("INSERT INTO term_stats (term, doc) SELECT term, doc FROM docs_vocab")
            conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) SELECT 'term_stats', "
                "COALESCE((SELECT value FROM meta WHERE key = 'generation'), '0')"
            )
        with self._guard():
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    @contextmanager
    def batch(self) -> Iterator[SqliteBatch]:
        """Add documents in one transaction, committed when the block ends.

        Example:
            >>> with store.batch() as b:  # doctest: +SKIP
            ...     b.add(Document(id="pr-1", text="..."))
        """
        batch = SqliteBatch()
        with self._transaction() as conn:
            yield batch
            _insert_rows(conn, batch.rows)
            conn.execute(_BUMP)

    def add(self, docs: Iterable[Document], *, batch_size: int = 500) -> int:
        """Add or replace documents, committing every ``batch_size`` documents.

        Args:
            docs: The documents; an id already indexed is replaced.
            batch_size: Documents per transaction.

        Returns:
            How many documents were written.
        """
        total = 0
        pending: list[tuple[Any, ...]] = []
        for doc in docs:
            pending.append(_row(doc))
            if len(pending) >= batch_size:
                total += self._write(pending)
                pending = []
        if pending:
            total += self._write(pending)
        return total

    def _write(self, rows: list[tuple[Any, ...]]) -> int:
        with self._transaction() as conn:
            _insert_rows(conn, rows)
            conn.execute(_BUMP)
        return len(rows)

    def delete(self, doc_id: str) -> bool:
        """Delete one document; return whether it existed."""
        with self._transaction() as conn:
            cur = conn.execute("DELETE FROM docs WHERE id = ?", (doc_id,))
            conn.execute(_BUMP)
        return cur.rowcount > 0
