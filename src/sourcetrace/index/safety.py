"""Checks made before an index file is read or written, and SQLite failures in words.

An existing file is used as an index only when it is one: its header must be SQLite's,
and it must hold no tables or a ``meta`` table naming the scheme. These checks only
read, so a file that is not ours is left byte-identical.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from sourcetrace.errors import (
    IndexDamagedError,
    IndexError_,
    IndexFullError,
    IndexLockedError,
    NotAnIndexError,
)

#: The first 16 bytes of every SQLite database file.
SQLITE_MAGIC = b"SQLite format 3\x00"
#: How long a writer waits for another one to finish, in seconds, unless
#: ``$SOURCETRACE_BUSY_TIMEOUT`` says otherwise.
BUSY_TIMEOUT_S = 60.0
BUSY_TIMEOUT_ENV = "SOURCETRACE_BUSY_TIMEOUT"
#: Indexes up to this size get ``PRAGMA quick_check`` whenever they are opened; larger
#: ones only get the header check, and damage is reported when a query meets it. The
#: check reads every page: 0.05 s at 34 MiB, 0.15 s at 72 MiB, 0.28 s at 133 MiB and
#: 0.61 s at 270 MiB from the page cache (BENCHMARKS.md), so 64 MiB costs about 0.13 s.
QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024
#: Tables listed by name when a file is refused as not an index.
_SHOWN_TABLES = 8

State = Literal["empty", "index"]


def busy_timeout() -> float:
    """Return the seconds a writer waits for another (``$SOURCETRACE_BUSY_TIMEOUT``).

    Raises:
        IndexError_: The variable is set but is not a number of seconds.
    """
    raw = os.environ.get(BUSY_TIMEOUT_ENV, "").strip()
    if not raw:
        return BUSY_TIMEOUT_S
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not 0 <= value < 1e6:
        raise IndexError_(f"${BUSY_TIMEOUT_ENV}={raw!r} is not a number of seconds")
    return value


@dataclass(frozen=True, slots=True)
class Header:
    """What the first 100 bytes of a SQLite file say.

    Attributes:
        page_size: Bytes per page.
        pages: Pages the file holds by its header, or None when the count is stale.
    """

    page_size: int
    pages: int | None


def check_header(path: Path) -> Header | None:
    """Read an existing file's header; None for a zero-byte file (a new index).

    Raises:
        NotAnIndexError: The file is not a SQLite database.
        IndexDamagedError: It starts like one but its header is broken or it is cut short.
    """
    size = path.stat().st_size
    if size == 0:
        return None
    with path.open("rb") as f:
        head = f.read(100)
    if not head.startswith(SQLITE_MAGIC):
        raise NotAnIndexError(
            f"{path} is not a sourcetrace index (not a SQLite database); give another --db"
        )
    if len(head) < 100:
        raise IndexDamagedError(f"{path} is damaged (its header is cut short); re-create it")
    raw = int.from_bytes(head[16:18], "big")
    page_size = 65536 if raw == 1 else raw
    if page_size < 512 or page_size & (page_size - 1):
        raise IndexDamagedError(f"{path} is damaged (page size {raw} in its header); re-create it")
    change_counter = head[24:28]
    pages = int.from_bytes(head[28:32], "big") if head[92:96] == change_counter else None
    if pages is not None and size < pages * page_size:
        raise IndexDamagedError(
            f"{path} is damaged (cut short: {size:,} bytes of {pages * page_size:,}); re-create it"
        )
    return Header(page_size=page_size, pages=pages)


def user_tables(conn: sqlite3.Connection) -> list[str]:
    """Return the names of the tables in a database, SQLite's own left out."""
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
        "ESCAPE '\\' ORDER BY name"
    ).fetchall()
    return [name for (name,) in rows]


def classify(conn: sqlite3.Connection, path: Path) -> tuple[State, str | None]:
    """Say whether a database is empty or a sourcetrace index, and its scheme; read only.

    Raises:
        NotAnIndexError: It holds tables but is not a sourcetrace index.
    """
    tables = user_tables(conn)
    if not tables:
        return "empty", None
    scheme = None
    if "meta" in tables:
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'scheme'").fetchone()
        except sqlite3.OperationalError:  # a table named meta without our columns
            row = None
        scheme = row[0] if row else None
    if scheme is None:
        shown = ", ".join(tables[:_SHOWN_TABLES])
        more = f" and {len(tables) - _SHOWN_TABLES} more" if len(tables) > _SHOWN_TABLES else ""
        raise NotAnIndexError(
            f"{path} is not a sourcetrace index (it has tables {shown}{more}); give another --db"
        )
    return "index", str(scheme)


def quick_check(conn: sqlite3.Connection, path: Path) -> None:
    """Run ``PRAGMA quick_check`` on an index small enough for it to be cheap.

    Raises:
        IndexDamagedError: The check found damage.
    """
    try:
        size = path.stat().st_size
    except OSError:
        return
    if size > QUICK_CHECK_MAX_BYTES:
        return
    first = conn.execute("PRAGMA quick_check(1)").fetchone()
    if first is None or first[0] != "ok":
        found = _one_line(str(first[0])) if first else "no answer"
        raise IndexDamagedError(f"{path} is damaged ({found}); re-create it")


def _one_line(message: str) -> str:
    """SQLite's multi-line report as one line, without its ``*** in database ***`` banner."""
    return " ".join(message.replace("*** in database main ***", "").split())


#: What SQLite says when one statement passes its limits (a LIKE pattern over 50,000
#: bytes, an expression tree over 1,000 deep, too many terms): the request is at fault.
_TOO_LARGE = (
    "pattern too complex",
    "is too large",
    "too big",
    "too many terms",
    "too many columns",
    "too many SQL variables",
)


def describe(exc: sqlite3.Error, path: Path, waited: float) -> IndexError_ | None:
    """Turn a SQLite failure into a one-line error naming the index, or None for a bug.

    Args:
        exc: What SQLite raised.
        path: The index file.
        waited: The busy timeout in force, in seconds.
    """
    if isinstance(exc, sqlite3.ProgrammingError | sqlite3.InterfaceError):
        return None  # a mistake in the code, not a state of the file
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in str(exc):
        return IndexLockedError(
            f"the index {path} is locked by another writer; waited {waited:g} s"
        )
    if name == "SQLITE_FULL":
        return IndexFullError(
            f"the disk holding {path} is full ({exc}); nothing of the last batch was "
            "written, the index is intact"
        )
    if name.startswith("SQLITE_READONLY"):
        return IndexError_(f"{path} cannot be written ({exc}); give a writable --db")
    if name.startswith("SQLITE_CANTOPEN") or "unable to open" in str(exc):
        return IndexError_(
            f"{path} cannot be opened ({exc}); check that it and its folder can be written"
        )
    if name.startswith("SQLITE_IOERR"):
        return IndexError_(f"{path}: input/output error ({exc})")
    if name.startswith("SQLITE_NOMEM"):
        return IndexError_(f"{path}: out of memory ({exc})")
    if name == "SQLITE_TOOBIG" or any(m in str(exc) for m in _TOO_LARGE):
        # A limit on one statement (a search of 60,000 characters), not a state of the file.
        return IndexError_(f"{path}: SQLite refused the request as too large ({exc})")
    if isinstance(exc, sqlite3.DatabaseError):
        # Corruption, a file that stopped being a database, tables gone missing, a text
        # that no longer decodes: the index is not what this version wrote.
        return IndexDamagedError(f"{path} is damaged ({_one_line(str(exc))}); re-create it")
    return None
