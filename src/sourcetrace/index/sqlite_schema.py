"""The schema of the SQLite index: its tables, its FTS5 settings, and how an index is opened.

Opening checks what the file holds before anything is written, then makes the tables of a
new index or brings an index of an earlier version up to date.
"""

from __future__ import annotations

import sqlite3

from sourcetrace.errors import IndexMissingError, NotAnIndexError, SchemeMismatchError
from sourcetrace.index import safety
from sourcetrace.index.sqlite_connection import SqliteConnection

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

#: FTS5 settings of an index, set when missing: fewer, larger merges (defaults 4 and 16)
#: and a term buffer that holds a whole batch (default 1 MB), so that a batch is written
#: as one segment (the buffer alone: ~24% less ingest CPU over 100k documents).
_FTS_CONFIG = (("automerge", 8), ("crisismerge", 32), ("hashsize", 64 * 1024 * 1024))


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


class SqliteSchema(SqliteConnection):
    """Opening a :class:`~sourcetrace.index.sqlite.SqliteStore`: the checks, then the tables."""

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

    def _check_path(self, *, create: bool) -> safety.Header | None:
        """Check the file before SQLite opens it; return its header (None if new)."""
        path = self.path
        if path.is_dir():
            raise NotAnIndexError(f"{path} is a folder, not an index file; give another --db")
        if path.exists() and not path.is_file():
            # SQLite would block reading a pipe, and write its journal beside a device.
            raise NotAnIndexError(
                f"{path} is not a regular file (a pipe, a device or a socket), "
                "not an index file; give another --db"
            )
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
