"""Stage state of corpus runs, kept in a SQLite file in the output folder.

Fingerprints are kept per document (keyed by a digest of its text) and verification
results per document (keyed by a digest of it and its candidate pool), each committed as
soon as a chunk is done. A killed run therefore resumes where it stopped, and a run after
new documents were added only fingerprints and verifies what involves them.

The state is a cache: a file SQLite cannot read, or one of another layout
(:data:`STATE_FORMAT`), is replaced by an empty one and the run redoes its stages, with a
notice (:attr:`State.notices`).
"""

from __future__ import annotations

import json
import sqlite3
from array import array
from collections.abc import Collection, Iterable, Iterator
from contextlib import suppress
from pathlib import Path
from typing import Any

from sourcetrace.corpus.kernels import DocKeys, Observation
from sourcetrace.results import Passage

STATE_FILE = ".corpus-state.sqlite"
#: Layout of the stored rows (observations with the accepting rule and its reason since
#: "2"); a state of another layout is rebuilt.
STATE_FORMAT = "2"
#: Up to this many fingerprints are looked up by id; more are read by a table scan.
_LOOKUP_MAX = 20_000

_SCHEMA = """
CREATE TABLE IF NOT EXISTS keys (
    id TEXT PRIMARY KEY, digest TEXT NOT NULL, shingles BLOB NOT NULL, terms TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS verified (
    id TEXT PRIMARY KEY, signature TEXT NOT NULL, observations TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS pools (id TEXT PRIMARY KEY, pool TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS stages (name TEXT PRIMARY KEY, signature TEXT NOT NULL);
"""


def _observation_json(o: Observation) -> list[Any]:
    ps = [
        [
            p.article_start,
            p.article_end,
            p.source_start,
            p.source_end,
            p.similarity,
            p.kind,
            p.article_words,
            p.matched_words,
        ]
        for p in o.passages
    ]
    return [
        o.source_id,
        o.article_coverage,
        o.source_coverage,
        ps,
        o.lead,
        o.confidence,
        o.alternate,
        o.accepted_by,
        o.reason,
    ]


def _observation(article_id: str, row: list[Any]) -> Observation:
    source_id, a_cov, s_cov, ps = row[:4]
    passages = tuple(Passage(*p) for p in ps)
    lead = bool(row[4]) if len(row) > 4 else False
    confidence = row[5] if len(row) > 5 else None
    alternate = bool(row[6]) if len(row) > 6 else False
    accepted_by = row[7] if len(row) > 7 else None
    reason = row[8] if len(row) > 8 else ""
    return Observation(
        article_id,
        source_id,
        a_cov,
        s_cov,
        passages,
        lead,
        confidence,
        alternate,
        accepted_by,
        reason,
    )


class State:
    """The stage state of one output folder.

    Args:
        out_dir: The output folder (created if missing).
    """

    def __init__(self, out_dir: Path) -> None:
        out_dir.mkdir(parents=True, exist_ok=True)
        self.path = out_dir / STATE_FILE
        #: What the reader must know: a damaged or outdated state file was rebuilt.
        self.notices: list[str] = []
        try:
            self._conn = self._open()
        except sqlite3.DatabaseError as exc:
            remove(self.path)
            self.notices.append(rebuilt_notice(self.path, exc))
            self._conn = self._open()

    def _open(self) -> sqlite3.Connection:
        """Open the state file, laid out as :data:`STATE_FORMAT` (emptied if it was not)."""
        conn = sqlite3.connect(self.path, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.executescript(_SCHEMA)
            row = conn.execute("SELECT signature FROM stages WHERE name = 'format'").fetchone()
            if row is None or row[0] != STATE_FORMAT:
                with conn:
                    conn.execute("BEGIN")
                    for table in ("keys", "verified", "pools", "stages"):
                        conn.execute(f"DELETE FROM {table}")
                    conn.execute("INSERT INTO stages VALUES ('format', ?)", (STATE_FORMAT,))
        except sqlite3.DatabaseError:
            conn.close()
            raise
        return conn

    def known_digests(self) -> dict[str, str]:
        """Return the text digest each fingerprinted document had."""
        return dict(self._conn.execute("SELECT id, digest FROM keys").fetchall())

    def reset_keys(self, signature: str) -> None:
        """Forget every fingerprint: they were made under other settings (``signature``'s)."""
        with self._conn:
            self._conn.execute("BEGIN")
            self._conn.execute("DELETE FROM keys")
            self._conn.execute(
                "INSERT OR REPLACE INTO stages VALUES ('fingerprint', ?)", (signature,)
            )

    def put_keys(self, keys: Iterable[DocKeys]) -> None:
        """Store fingerprints in one transaction."""
        rows = [
            (k.id, k.digest, array("q", k.shingles).tobytes(), "\n".join(k.terms)) for k in keys
        ]
        with self._conn:
            self._conn.execute("BEGIN")
            self._conn.executemany("INSERT OR REPLACE INTO keys VALUES (?, ?, ?, ?)", rows)

    def iter_keys(self, only: Collection[str] | None = None) -> Iterator[DocKeys]:
        """Yield every stored fingerprint, or those of the documents in ``only``."""
        for doc_id, digest, blob, terms in self._key_rows(only):
            if only is not None and doc_id not in only:
                continue
            shingles = array("q")
            shingles.frombytes(blob)
            yield DocKeys(doc_id, digest, shingles, tuple(terms.split("\n") if terms else ()))

    def _key_rows(self, only: Collection[str] | None) -> Iterator[tuple[str, str, bytes, str]]:
        """Read the rows of ``only`` by id when they are few, else scan the table."""
        if only is None or len(only) > _LOOKUP_MAX:
            yield from self._conn.execute("SELECT * FROM keys ORDER BY id")
            return
        wanted = sorted(only)
        for i in range(0, len(wanted), 500):
            part = wanted[i : i + 500]
            marks = ", ".join("?" * len(part))
            yield from self._conn.execute(
                f"SELECT * FROM keys WHERE id IN ({marks}) ORDER BY id", part
            )

    def signatures(self) -> dict[str, str]:
        """Return the pool signature each verified document was verified with."""
        return dict(self._conn.execute("SELECT id, signature FROM verified").fetchall())

    def put_verified(self, rows: Iterable[tuple[str, str, list[Observation]]]) -> None:
        """Store verification results ``(doc_id, signature, observations)``."""
        data = [(i, sig, json.dumps([_observation_json(o) for o in obs])) for i, sig, obs in rows]
        with self._conn:
            self._conn.execute("BEGIN")
            self._conn.executemany("INSERT OR REPLACE INTO verified VALUES (?, ?, ?)", data)

    def iter_observations(self, ids: set[str]) -> Iterator[Observation]:
        """Yield the stored observations of the documents in ``ids``."""
        for doc_id, text in self._conn.execute("SELECT id, observations FROM verified"):
            if doc_id in ids:
                for row in json.loads(text):
                    yield _observation(doc_id, row)

    def stage(self, name: str) -> str | None:
        """Return the signature a stage last finished with, if any."""
        row = self._conn.execute("SELECT signature FROM stages WHERE name = ?", (name,)).fetchone()
        return row[0] if row else None

    def finish(self, name: str, signature: str) -> None:
        """Record that a stage finished with this signature."""
        self._conn.execute("INSERT OR REPLACE INTO stages VALUES (?, ?)", (name, signature))

    def update_pools(
        self, changed: dict[str, tuple[str, ...]], live: set[str], signature: str
    ) -> None:
        """Store the pools chosen again, drop those of removed documents, finish the stage.

        Args:
            changed: Pools by document id; an empty one is dropped.
            live: Every current document; pools of the others are dropped.
            signature: The candidates stage's signature.
        """
        with self._conn:
            self._conn.execute("BEGIN")
            gone = [
                (i,)
                for (i,) in self._conn.execute("SELECT id FROM pools")
                if i not in live or (i in changed and not changed[i])
            ]
            self._conn.executemany("DELETE FROM pools WHERE id = ?", gone)
            self._conn.executemany(
                "INSERT OR REPLACE INTO pools VALUES (?, ?)",
                ((i, "\n".join(p)) for i, p in changed.items() if p),
            )
            self._conn.execute(
                "INSERT OR REPLACE INTO stages VALUES ('candidates', ?)", (signature,)
            )

    def pools(self) -> dict[str, tuple[str, ...]]:
        """Return the stored candidate pools."""
        return {
            i: tuple(p.split("\n")) if p else ()
            for i, p in self._conn.execute("SELECT id, pool FROM pools")
        }

    def close(self) -> None:
        """Close the state file."""
        self._conn.close()


def rebuilt_notice(path: Path, why: object) -> str:
    """Return the one-line notice of a state file rebuilt because it could not be read."""
    return f"{path}: could not be read ({why}); it is a cache, rebuilt from the index"


def damaged(path: Path) -> bool:
    """Whether the state file at ``path`` fails SQLite's own check.

    Opening a damaged file may succeed (the damage lies in pages not read yet), so a
    run that fails on a database error asks this of its state before blaming it.
    """
    try:
        conn = sqlite3.connect(path)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return True
    return rows != [("ok",)]


def remove(path: Path) -> None:
    """Delete the state file at ``path`` and SQLite's files beside it."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()
