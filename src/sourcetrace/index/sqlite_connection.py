"""The connection of the SQLite index: one per thread, with SQLite's failures as one-line errors.

A connection is read-write, read-only, or immutable in a folder where SQLite cannot create
the WAL's shared-memory file. Writes run in one transaction each.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from urllib.request import pathname2url

from sourcetrace.errors import IndexError_, IndexLockedError
from sourcetrace.index import safety


def _no_shared_memory(exc: sqlite3.OperationalError) -> bool:
    """Say whether opening read-only failed for want of the WAL's shared-memory file."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_CANTOPEN", "SQLITE_READONLY")) or "unable to open" in str(exc)


class SqliteConnection:
    """The per-thread connection of a :class:`~sourcetrace.index.sqlite.SqliteStore`.

    A base class: the store's constructor sets the attributes declared here.
    """

    path: Path
    readonly: bool
    busy_timeout: float
    immutable: bool
    _ready: bool
    _local: threading.local

    def _wal(self, conn: sqlite3.Connection) -> None:
        """Switch to WAL mode, waiting up to the busy timeout for other connections.

        Changing the journal mode needs the file to itself, and SQLite answers "busy" at
        once rather than wait (while another process creates the same new index, say).
        """
        deadline = time.monotonic() + self.busy_timeout
        while True:
            try:
                conn.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                busy = isinstance(safety.describe(exc, self.path, 0), IndexLockedError)
                if not busy or time.monotonic() > deadline:
                    raise
                time.sleep(0.02)

    @staticmethod
    def _rollback(conn: sqlite3.Connection) -> None:
        """Roll back the open transaction, if SQLite has not already done it."""
        if conn.in_transaction:
            with suppress(sqlite3.Error):
                conn.execute("ROLLBACK")

    @contextmanager
    def _guard(self) -> Iterator[None]:
        """Turn the SQLite failures a user can meet into one-line errors."""
        try:
            yield
        except sqlite3.Error as exc:
            error = safety.describe(exc, self.path, self.busy_timeout)
            if error is None:
                raise
            raise error from exc

    @property
    def _conn(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            with self._guard():
                conn = self._connect()
                conn.execute("PRAGMA synchronous=NORMAL")
                conn.execute(f"PRAGMA busy_timeout={int(self.busy_timeout * 1000)}")
                conn.execute("PRAGMA cache_size=-262144")
                conn.execute("PRAGMA mmap_size=2147418112")  # the most SQLite allows
            self._local.conn = conn
        return conn

    def _connect(self) -> sqlite3.Connection:
        """Open a connection: read-write, read-only, or immutable in a read-only folder."""
        timeout = self.busy_timeout
        if not self.readonly:
            conn = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
            # Takes effect only when the file is created: news-sized texts fit one page.
            conn.execute("PRAGMA page_size=16384")
            if self._ready:  # never before the file is known to be an index of ours
                self._wal(conn)
            return conn
        url = pathname2url(str(self.path.absolute()))
        if not self.immutable:
            probe: sqlite3.Connection | None = None
            try:  # SQLite opens lazily: the first read meets a missing -shm file
                probe = sqlite3.connect(f"file:{url}?mode=ro", uri=True, timeout=timeout)
                probe.isolation_level = None
                probe.execute("SELECT count(*) FROM sqlite_master").fetchone()
                return probe
            except sqlite3.OperationalError as exc:
                if probe is not None:
                    probe.close()
                if not _no_shared_memory(exc):
                    raise
            self._immutable_ok()
            self.immutable = True
        conn = sqlite3.connect(f"file:{url}?immutable=1", uri=True, timeout=timeout)
        conn.isolation_level = None
        return conn

    def _immutable_ok(self) -> None:
        """Refuse to read as immutable an index whose last writes are still in its WAL."""
        wal = Path(f"{self.path}-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise IndexError_(
                f"{self.path} cannot be read here: its last writes are in {wal.name}, and "
                "SQLite cannot open its shared-memory file in this read-only folder; "
                "open it once where it can be written"
            )

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """Run the block in one write transaction: committed at its end, else rolled back.

        SQLite failures leave as one-line errors (see :meth:`_guard`); the index keeps
        every earlier transaction.
        """
        conn = self._conn
        with self._guard():
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                self._rollback(conn)
                raise

    def close(self) -> None:
        """Release this thread's database connection."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None
