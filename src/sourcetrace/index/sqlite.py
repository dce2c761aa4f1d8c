"""The default store: one SQLite file in WAL mode with an FTS5 index over the texts.

One process may write while others read. Every batch is one transaction, so a process
killed mid-ingest leaves each committed batch intact and nothing half-written.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
import time
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any
from urllib.request import pathname2url

from sourcetrace.documents import Document, check_document
from sourcetrace.errors import (
    DocumentNotFoundError,
    IndexDamagedError,
    IndexError_,
    IndexLockedError,
    IndexMissingError,
    NotAnIndexError,
    SchemeMismatchError,
)
from sourcetrace.index import safety
from sourcetrace.index.base import check_page

#: The fingerprinting scheme: how texts are split into index terms. Bump the version
#: whenever that changes; an index built with another scheme is refused.
SCHEME = "fts5-unicode61-nodiacritics.v1"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS docs (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT,
    date TEXT,
    publisher TEXT,
    author TEXT,
    url TEXT,
    kind TEXT,
    meta TEXT,
    text TEXT NOT NULL
);
CREATE VIRTUAL TABLE IF NOT EXISTS docs_fts USING fts5(
    title, text, content='docs', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE IF NOT EXISTS docs_vocab USING fts5vocab(docs_fts, 'row');
CREATE TABLE IF NOT EXISTS term_stats (term TEXT PRIMARY KEY, doc INTEGER NOT NULL) WITHOUT ROWID;
-- New and replaced documents enter the full-text index one batch at a time (see
-- _insert_rows): per-row triggers made FTS5 write a segment per document. Indexes of
-- earlier versions had those triggers; they are dropped when opened for writing.
DROP TRIGGER IF EXISTS docs_ai;
DROP TRIGGER IF EXISTS docs_au;
CREATE TRIGGER IF NOT EXISTS docs_ad AFTER DELETE ON docs BEGIN
    INSERT INTO docs_fts(docs_fts, rowid, title, text)
    VALUES ('delete', old.rowid, old.title, old.text);
END;
"""

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


#: At most this many (document, term) postings are scored by one candidate query: the
#: query's terms are taken in the caller's order, skipping any that would pass the budget,
#: so a query costs about the same in a million documents as in ten thousand.
POSTINGS_BUDGET = 10_000
#: A candidate query: the best ranked rowids of the full-text index alone. Joining
#: ``docs`` in the same statement looked up the ``docs`` row of every document matched
#: (thousands per query at a million documents) before sorting, not only of the ``LIMIT``
#: kept: 2.6x the query's CPU (issue 16, fifth round). The ids of the rows kept are read
#: afterwards. Equal scores keep the scan's (rowid) order, as they did with the join.
_RANKED = (
    "SELECT rowid, -bm25(docs_fts) FROM docs_fts WHERE docs_fts MATCH ? "
    "ORDER BY bm25(docs_fts) LIMIT ?"
)
#: FTS5 settings of an index, set when missing: fewer, larger merges (defaults 4 and 16)
#: and a term buffer that holds a whole batch (default 1 MB), so that a batch is written
#: as one segment (the buffer alone: ~24% less ingest CPU over 100k documents).
_FTS_CONFIG = (("automerge", 8), ("crisismerge", 32), ("hashsize", 64 * 1024 * 1024))
#: Cached document frequencies per connection, cleared when the index changes.
_DF_CACHE_MAX = 1_000_000


#: A character the full-text index keeps in a term (a phrase without one matches nothing).
_TOKEN_RE = re.compile(r"\w")


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


#: Counts every committed write, so that term statistics know whether they are current.
_BUMP = (
    "INSERT INTO meta (key, value) VALUES ('generation', '1') ON CONFLICT(key) DO UPDATE "
    "SET value = CAST(value AS INTEGER) + 1"
)


_FTS_COLUMNS = "rowid, title, text"


def _statements(script: str) -> list[str]:
    """Split a script of complete statements (triggers included) into statements."""
    out: list[str] = []
    pending = ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--"):
            continue
        pending += line
        if sqlite3.complete_statement(pending):
            out.append(pending.strip())
            pending = ""
    return out


def _no_shared_memory(exc: sqlite3.OperationalError) -> bool:
    """Say whether opening read-only failed for want of the WAL's shared-memory file."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_CANTOPEN", "SQLITE_READONLY")) or "unable to open" in str(exc)


@contextmanager
def _savepoint(conn: sqlite3.Connection, name: str) -> Iterator[None]:
    """Run the block's statements in one savepoint (one read transaction), released after.

    On an error the savepoint is released too, and the block's error is the one raised.
    """
    conn.execute(f"SAVEPOINT {name}")
    try:
        yield
    except BaseException:
        with suppress(sqlite3.Error):  # the first error is the one to report
            conn.execute(f"RELEASE {name}")
        raise
    conn.execute(f"RELEASE {name}")


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


class SqliteStore:
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

    def _open(self, header: safety.Header | None, *, create: bool) -> None:
        """Check what the file holds, then (and only then) make or upgrade the index."""
        readonly = self.readonly
        conn = self._conn
        with self._guard():
            state, scheme = safety.classify(conn, self.path)
            if state == "empty" and (readonly or not create):
                raise IndexMissingError(
                    f"{self.path} holds no sourcetrace index yet; "
                    f"run 'sourcetrace ingest --db {self.path} FILES' first"
                )
            if scheme is not None and scheme != SCHEME:
                raise SchemeMismatchError(
                    f"{self.path} was built with fingerprinting scheme {scheme!r}, but this "
                    f"sourcetrace uses {SCHEME!r}; rebuild it with 'sourcetrace ingest --db NEW.db'"
                )
            if header is not None:
                safety.quick_check(conn, self.path)
            self._ready = True
            if not readonly:
                self._wal(conn)
                if state == "empty":
                    self._create(conn)
                else:
                    self._upgrade(conn)

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

    def _check_path(self, *, create: bool) -> safety.Header | None:
        """Check the file before SQLite opens it; return its header (None if new)."""
        path = self.path
        if path.is_dir():
            raise NotAnIndexError(f"{path} is a folder, not an index file; give another --db")
        if path.exists():
            return safety.check_header(path)
        if not create:
            raise IndexMissingError(
                f"{path}: no index there; run 'sourcetrace ingest --db {path} FILES' first"
            )
        if not path.parent.is_dir():
            raise IndexMissingError(
                f"{path}: the folder {path.parent} does not exist; create it or give another --db"
            )
        return None

    def _create(self, conn: sqlite3.Connection) -> None:
        """Make the tables of a new index in one transaction."""
        config = "".join(
            f"INSERT INTO docs_fts(docs_fts, rank) VALUES ('{option}', {value});\n"
            for option, value in _FTS_CONFIG
        )
        scheme = SCHEME.replace("'", "''")
        conn.executescript(
            f"BEGIN IMMEDIATE;\n{_SCHEMA}{config}"
            f"INSERT OR IGNORE INTO meta (key, value) VALUES ('scheme', '{scheme}');\nCOMMIT;"
        )

    def _upgrade(self, conn: sqlite3.Connection) -> None:
        """Bring an index of an earlier version up to date, writing only if it must."""
        objects = {
            name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type != 'index'")
        }
        have = {k for (k,) in conn.execute("SELECT k FROM docs_fts_config")}
        missing = [(o, v) for o, v in _FTS_CONFIG if o not in have]
        stale = bool({"docs_ai", "docs_au"} & objects) or not (
            {"docs_ad", "docs_vocab", "term_stats"} <= objects
        )
        if not stale and not missing:
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(_SCHEMA):
                conn.execute(statement)
            # Settings an index of an earlier version lacks; any set are kept.
            for option, value in missing:
                conn.execute("INSERT INTO docs_fts(docs_fts, rank) VALUES (?, ?)", (option, value))
            conn.execute("COMMIT")
        except BaseException:
            self._rollback(conn)
            raise

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

    def _cache(self) -> dict[str, Any]:
        """Return this connection's cache of counts, emptied whenever the index changed.

        ``PRAGMA data_version`` changes when another connection commits, and
        ``total_changes`` when this one writes.
        """
        conn = self._conn
        version = (conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes)
        cache: dict[str, Any] | None = getattr(self._local, "cache", None)
        if cache is None or cache["version"] != version:
            cache = {"version": version, "count": None, "df": {}, "stats": self._stats_current()}
            self._local.cache = cache
        return cache

    def _stats_current(self) -> bool:
        """Say whether the term statistics of the last :meth:`optimize` are up to date."""
        rows = dict(
            self._conn.execute(
                "SELECT key, value FROM meta WHERE key IN ('generation', 'term_stats')"
            ).fetchall()
        )
        return "term_stats" in rows and rows["term_stats"] == rows.get("generation", "0")

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

    def get(self, doc_id: str) -> Document:
        """Return one document by id.

        Raises:
            DocumentNotFoundError: No document has this id.
        """
        with self._guard():
            row = self._conn.execute(
                f"SELECT {_COLUMNS} FROM docs WHERE id = ?", (doc_id,)
            ).fetchone()
            if row is not None:
                return _document(row, self.path)
        if row is None:
            raise DocumentNotFoundError(doc_id)
        return _document(row)

    def get_many(self, doc_ids: Sequence[str]) -> dict[str, Document]:
        """Return the documents with these ids that exist, keyed by id."""
        out: dict[str, Document] = {}
        with self._guard():
            for chunk, marks in _chunks(list(dict.fromkeys(doc_ids))):
                for row in self._conn.execute(
                    f"SELECT {_COLUMNS} FROM docs WHERE id IN ({marks})", chunk
                ):
                    out[row[0]] = _document(row, self.path)
        return out

    def delete(self, doc_id: str) -> bool:
        """Delete one document; return whether it existed."""
        with self._transaction() as conn:
            cur = conn.execute("DELETE FROM docs WHERE id = ?", (doc_id,))
            conn.execute(_BUMP)
        return cur.rowcount > 0

    def count(self) -> int:
        """Return the number of documents."""
        with self._guard():
            cache = self._cache()
            if cache["count"] is None:
                cache["count"] = int(self._conn.execute("SELECT count(*) FROM docs").fetchone()[0])
        return int(cache["count"])

    def ids(self) -> Iterator[str]:
        """Yield every document id in insertion order."""
        with self._guard():
            for (doc_id,) in self._conn.execute("SELECT id FROM docs ORDER BY rowid"):
                yield doc_id

    def iter_documents(self) -> Iterator[Document]:
        """Yield every document in insertion order."""
        with self._guard():
            for row in self._conn.execute(f"SELECT {_COLUMNS} FROM docs ORDER BY rowid"):
                yield _document(row, self.path)

    def doc_freqs(self, terms: Iterable[str]) -> Mapping[str, int]:
        """Return how many documents contain each index term (absent terms are left out).

        FTS5 counts a term's documents by reading its whole posting list, so the counts
        are cached for as long as the index does not change.
        """
        with self._guard():
            return self._doc_freqs(terms)

    def _doc_freqs(self, terms: Iterable[str]) -> Mapping[str, int]:
        cache = self._cache()
        known: dict[str, int] = cache["df"]
        table = "term_stats" if cache["stats"] else "docs_vocab"
        unique = list(dict.fromkeys(terms))
        missing = [t for t in unique if t not in known]
        if len(known) + len(missing) > _DF_CACHE_MAX:
            known.clear()
            missing = unique
        for chunk, marks in _chunks(missing):
            found = dict(
                self._conn.execute(
                    f"SELECT term, doc FROM {table} WHERE term IN ({marks})", chunk
                ).fetchall()
            )
            known.update({t: int(found.get(t, 0)) for t in chunk})
        return {t: known[t] for t in unique if known[t]}

    def candidates(
        self, terms: Sequence[str], *, limit: int, budget: int | None = None
    ) -> list[tuple[str, float]]:
        """Return up to ``limit`` ``(doc_id, score)`` ranked by BM25 over any of ``terms``.

        Higher scores are better (SQLite's bm25() is negated). Terms are taken in the
        given order (put the most telling first); absent terms are dropped, and so is any
        term whose documents would take the query past ``budget`` postings (default
        :data:`POSTINGS_BUDGET`).
        """
        with self._guard():
            return self._candidates(terms, limit=limit, budget=budget)

    def _candidates(
        self, terms: Sequence[str], *, limit: int, budget: int | None
    ) -> list[tuple[str, float]]:
        budget = POSTINGS_BUDGET if budget is None else budget
        dfs = self.doc_freqs(terms)
        chosen: list[str] = []
        postings = 0
        for term in dict.fromkeys(terms):
            df = dfs.get(term, 0)
            if df and (not chosen or postings + df <= budget):
                chosen.append(term)
                postings += df
        if not chosen:
            return []
        query = " OR ".join(_fts_phrase(t) for t in chosen)
        conn = self._conn
        # One read transaction for both statements, as the join was one statement: a
        # write committed in between cannot give a rowid ranked another document's id.
        with _savepoint(conn, "candidates"):
            ranked = conn.execute(_RANKED, (query, limit)).fetchall()
            ids = self._ids_of([rowid for rowid, _ in ranked])
        return [(ids[rowid], float(score)) for rowid, score in ranked if rowid in ids]

    def holding(
        self, phrases: Sequence[str], *, limit: int, exclude: Collection[str] = ()
    ) -> tuple[list[str], int]:
        """Return the documents whose text holds every phrase word for word, and their count.

        Each phrase is matched as the index splits words (case, accents and punctuation
        aside), in the text only (not the title). Returns the ids of the first ``limit``
        such documents in index order (``exclude`` left out), and how many there are.
        """
        with self._guard():
            return self._holding(phrases, limit=limit, exclude=exclude)

    def _holding(
        self, phrases: Sequence[str], *, limit: int, exclude: Collection[str]
    ) -> tuple[list[str], int]:
        kept = [p for p in phrases if _TOKEN_RE.search(p)]
        if not kept:
            return [], 0
        query = " AND ".join(f"text : {_fts_phrase(p)}" for p in kept)
        conn = self._conn
        with _savepoint(conn, "holding"):
            skip: set[int] = set()
            for chunk, marks in _chunks(list(exclude)):
                rows = conn.execute(f"SELECT rowid FROM docs WHERE id IN ({marks})", chunk)
                skip.update(r for (r,) in rows)
            rowids = [
                r
                for (r,) in conn.execute(
                    "SELECT rowid FROM docs_fts WHERE docs_fts MATCH ? ORDER BY rowid", (query,)
                )
                if r not in skip
            ]
            ids = self._ids_of(rowids[:limit])
        return [ids[r] for r in rowids[:limit] if r in ids], len(rowids)

    def _ids_of(self, rowids: Sequence[int]) -> dict[int, str]:
        """Return the ids of the documents with these rowids (one look-up per rowid)."""
        out: dict[int, str] = {}
        for chunk, marks in _chunks(rowids):
            out.update(
                self._conn.execute(f"SELECT rowid, id FROM docs WHERE rowid IN ({marks})", chunk)
            )
        return out

    def search(
        self, query: str = "", *, limit: int = 20, offset: int = 0
    ) -> tuple[list[Document], int]:
        """Find documents by words (full text), or by id, title or publisher substring.

        Args:
            query: Words to look for; empty lists every document.
            limit: Page size.
            offset: How many matches to skip.

        Returns:
            The page of documents and the total number of matches.

        Raises:
            ValueError: If ``limit`` or ``offset`` is negative or too large.
        """
        check_page(limit, offset)
        with self._guard():
            return self._search(query, limit=limit, offset=offset)

    def _search(self, query: str, *, limit: int, offset: int) -> tuple[list[Document], int]:
        conn = self._conn
        query = query.strip()
        if not query:
            total = self.count()
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM docs ORDER BY rowid LIMIT ? OFFSET ?", (limit, offset)
            ).fetchall()
            return [_document(r, self.path) for r in rows], total
        like = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        words = [w for w in query.split() if w]
        fts = " ".join(_fts_phrase(w) for w in words)
        where = (
            "id LIKE :like ESCAPE '\\' OR title LIKE :like ESCAPE '\\' "
            "OR publisher LIKE :like ESCAPE '\\' "
            "OR rowid IN (SELECT rowid FROM docs_fts WHERE docs_fts MATCH :fts)"
        )
        params = {"like": like, "fts": fts, "limit": limit, "offset": offset}
        total = int(conn.execute(f"SELECT count(*) FROM docs WHERE {where}", params).fetchone()[0])
        rows = conn.execute(
            f"SELECT {_COLUMNS} FROM docs WHERE {where} ORDER BY rowid LIMIT :limit OFFSET :offset",
            params,
        ).fetchall()
        return [_document(r, self.path) for r in rows], total

    def close(self) -> None:
        """Release this thread's database connection."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None
