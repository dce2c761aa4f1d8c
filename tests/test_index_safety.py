"""Index safety: files that are not ours stay untouched, failures are one line, and an
empty index says that nothing was checked (issue 14).

The command-line cases run ``python -m sourcetrace`` in a subprocess, each under a
timeout, and check for one ``error:`` line, exit status 2 and no traceback.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import EXAMPLES, SHARED
from sourcetrace import Document, Index
from sourcetrace.errors import (
    IndexDamagedError,
    IndexError_,
    IndexFullError,
    IndexLockedError,
    IndexMissingError,
    NotAnIndexError,
    SchemeMismatchError,
)
from sourcetrace.index import safety, sqlite_connection
from sourcetrace.quotes import extract
from sourcetrace.quotes.verify import verify_quotes

# The shared data next to the checkout (a worktree's sibling is elsewhere).
DATA = next((p for p in (SHARED, Path("/work/shared/data")) if p.is_dir()), SHARED)
RELEASES = DATA / "insciout" / "press_releases.jsonl"
ARTICLE = EXAMPLES / "article.txt"
RELEASE = EXAMPLES / "press_release.txt"
TIMEOUT = 120


def _run(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sourcetrace", *args],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        env={**os.environ, **(env or {})},
        cwd=cwd,
        check=False,
    )


def _one_error_line(proc: subprocess.CompletedProcess[str], *needles: str) -> str:
    """Check a failed command printed one ``error:`` line (and no traceback); return it."""
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("error: ")
    for needle in needles:
        assert needle in lines[0]
    return lines[0]


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _foreign(path: Path) -> Path:
    """Someone else's SQLite database, in rollback-journal mode."""
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE users (name TEXT)")
        conn.execute("CREATE TABLE orders (id INTEGER)")
        conn.execute("INSERT INTO users VALUES ('ann')")
    conn.close()
    return path


def _releases() -> list[Document]:
    """360 press releases: the shared InSciOut ones, else made from the example's words."""
    if RELEASES.is_file():
        lines = RELEASES.read_text(encoding="utf-8").split("\n")  # texts hold U+2028
        rows = [json.loads(line) for line in lines if line.strip()]
        return [Document(id=r["id"], text=r["text"], kind=r.get("kind")) for r in rows]
    words = RELEASE.read_text(encoding="utf-8").split()
    return [
        Document(
            id=f"pr-{i}", text=" ".join(words[(i * 7 + j * 13) % len(words)] for j in range(600))
        )
        for i in range(360)
    ]


@pytest.fixture(scope="module")
def real_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index of the example release and 360 press releases (about 2.6 MB)."""
    path = tmp_path_factory.mktemp("real") / "real.db"
    with Index.open(path) as index:
        index.add([Document(id="press_release", text=RELEASE.read_text(encoding="utf-8"))])
        index.add(_releases())
    return path


def _copy(index: Path, to: Path) -> Path:
    shutil.copyfile(index, to)
    return to


# --- files that are not ours ---------------------------------------------------------


@pytest.mark.parametrize("command", ["ingest", "list", "trace", "quotes"])
def test_a_foreign_sqlite_file_is_refused_and_left_byte_identical(
    tmp_path: Path, command: str
) -> None:
    db = _foreign(tmp_path / "app.db")
    before = _sha256(db)
    args = {
        "ingest": ["ingest", "--db", str(db), str(RELEASE)],
        "list": ["list", "--db", str(db)],
        "trace": ["trace", "--db", str(db), str(ARTICLE)],
        "quotes": ["quotes", "--db", str(db), str(ARTICLE)],
    }[command]
    line = _one_error_line(_run(*args), "is not a sourcetrace index", "orders, users")
    assert "give another --db" in line
    assert _sha256(db) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["app.db"]  # no -wal, no -shm
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    db = tmp_path / "notes.db"
    db.write_bytes(b"my notes, not a database\n" * 10)
    before = _sha256(db)
    _one_error_line(_run("ingest", "--db", str(db), str(RELEASE)), "not a SQLite database")
    assert _sha256(db) == before


def test_an_index_of_a_newer_scheme_is_refused_before_any_write(tmp_path: Path) -> None:
    db = tmp_path / "newer.db"
    with Index.open(db) as index:
        index.add([Document(id="a", text="some text")])
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE meta SET value = 'fts5-future.v9' WHERE key = 'scheme'")
    conn.close()
    # An index that an earlier version would upgrade on open (settings missing).
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM docs_fts_config WHERE k = 'hashsize'")
    conn.close()
    before = _sha256(db)
    _one_error_line(_run("ingest", "--db", str(db), str(RELEASE)), "fts5-future.v9")
    assert _sha256(db) == before
    with pytest.raises(SchemeMismatchError):
        Index.open(db)
    assert _sha256(db) == before


def test_a_table_called_meta_without_a_scheme_is_not_an_index(tmp_path: Path) -> None:
    db = tmp_path / "meta.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE meta (k TEXT, v TEXT)")
    conn.close()
    before = _sha256(db)
    with pytest.raises(NotAnIndexError, match=r"it has tables meta\)"):
        Index.open(db)
    assert _sha256(db) == before


def test_an_empty_file_or_database_becomes_an_index(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    empty.touch()
    proc = _run("ingest", "--db", str(empty), str(RELEASE))
    assert proc.returncode == 0, proc.stderr
    no_tables = tmp_path / "no_tables.db"
    sqlite3.connect(no_tables).execute("VACUUM").connection.close()
    with Index.open(no_tables) as index:
        assert index.add([Document(id="a", text="a text")]) == 1
    with Index.open(empty, readonly=True) as index:
        assert len(index) == 1


# --- missing indexes and folders -----------------------------------------------------


def test_a_missing_folder_is_refused_without_creating_anything(tmp_path: Path) -> None:
    db = tmp_path / "nonexist" / "x.db"
    _one_error_line(
        _run("ingest", "--db", str(db), str(RELEASE)), "does not exist", "give another --db"
    )
    assert not db.parent.exists()


def test_open_without_create_refuses_a_missing_or_empty_index(tmp_path: Path) -> None:
    typo = tmp_path / "nothere.db"
    with pytest.raises(IndexMissingError, match="no index there"):
        Index.open(typo, create=False)
    assert not typo.exists()
    typo.touch()
    with pytest.raises(IndexMissingError, match="no sourcetrace index yet"):
        Index.open(typo, create=False)
    assert typo.stat().st_size == 0
    Index.open(typo).close()  # ingest's default: create
    Index.open(typo, create=False).close()


@pytest.mark.parametrize("command", [["list"], ["delete", "d1"], ["optimize"]])
def test_only_ingest_makes_a_new_index(tmp_path: Path, command: list[str]) -> None:
    db = tmp_path / "nothere.db"
    _one_error_line(_run(*command, "--db", str(db)), "no index there")
    assert not db.exists()


# --- read-only folders ---------------------------------------------------------------


@pytest.fixture
def read_only_folder(tmp_path: Path, real_index: Path) -> Iterator[Path]:
    """A folder holding a real index, bind-mounted read-only onto itself.

    The tests run as root, whom permission bits (chmod 0o555) do not stop, so a
    read-only mount is the way to make SQLite fail to create the index's shared-memory
    file for real; where mounting is not allowed the test is skipped, and
    test_read_only_falls_back_to_immutable covers the same path by monkeypatching.
    """
    folder = tmp_path / "ro"
    folder.mkdir()
    _copy(real_index, folder / "index.db")
    folder.chmod(0o555)
    mounted = subprocess.run(["mount", "--bind", str(folder), str(folder)], check=False)
    if mounted.returncode != 0:
        pytest.skip("cannot bind-mount here")
    remount = ["mount", "-o", "remount,ro,bind", str(folder)]
    try:
        if subprocess.run(remount, check=False).returncode != 0:
            pytest.skip("cannot remount read-only here")
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)
        folder.chmod(0o755)


def test_an_index_in_a_read_only_folder_can_be_read(read_only_folder: Path) -> None:
    db = read_only_folder / "index.db"
    with pytest.raises(OSError):
        (read_only_folder / "probe").touch()
    listed = _run("list", "--db", str(db), "--json", "--limit", "1000")
    assert listed.returncode == 0, listed.stderr
    assert len(listed.stdout.splitlines()) == 361
    traced = _run("trace", "--db", str(db), "--json", str(ARTICLE))
    assert traced.returncode == 0, traced.stderr
    assert json.loads(traced.stdout)["sources"][0]["id"] == "press_release"
    quoted = _run("quotes", "--db", str(db), "--json", str(ARTICLE))
    assert quoted.returncode == 0, quoted.stderr
    assert {q["verdict"] for q in json.loads(quoted.stdout)["quotes"]} <= {
        "verbatim",
        "altered",
    }
    with Index.open(db, readonly=True) as index:
        assert getattr(index.store, "immutable", False)
    # Writing there is one line, not a traceback.
    _one_error_line(_run("ingest", "--db", str(db), str(RELEASE)), str(db))


def test_read_only_falls_back_to_immutable(
    tmp_path: Path, real_index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As root, a read-only folder cannot be made by permission bits: make ``mode=ro``
    # fail the way SQLite fails there (it cannot create the -shm file) instead.
    db = _copy(real_index, tmp_path / "index.db")
    real_connect = sqlite3.connect

    def connect(database: str, *args: object, **kwargs: object) -> sqlite3.Connection:
        if str(database).endswith("?mode=ro"):
            raise sqlite3.OperationalError("unable to open database file")
        return real_connect(database, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sqlite_connection.sqlite3, "connect", connect)
    with Index.open(db, readonly=True) as index:
        assert getattr(index.store, "immutable", False)
        assert len(index) == 361
        assert index.trace(ARTICLE.read_text(encoding="utf-8")).sources[0].id == "press_release"
    # Writes still waiting in the WAL would be missed by an immutable reader: refused.
    Path(f"{db}-wal").write_bytes(b"\0" * 32)
    with pytest.raises(IndexError_, match=r"last writes are in index\.db-wal"):
        Index.open(db, readonly=True)


# --- locks, full disks, damage -------------------------------------------------------


def test_a_lock_held_by_another_writer_is_a_clear_line(tmp_path: Path, real_index: Path) -> None:
    db = _copy(real_index, tmp_path / "index.db")
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        proc = _run("ingest", "--db", str(db), str(ARTICLE), env={safety.BUSY_TIMEOUT_ENV: "0.5"})
        line = _one_error_line(
            proc,
            f"the index {db} is locked by another writer; waited 0.5 s",
            "0 document(s) were added before",
        )
        assert "not a sourcetrace index" not in line
        # Readers are not held up by a writer.
        assert _run("list", "--db", str(db)).returncode == 0
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert _run("ingest", "--db", str(db), str(ARTICLE)).returncode == 0


def test_a_locked_index_that_needs_an_upgrade_is_not_called_foreign(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    Index.open(db).close()
    with sqlite3.connect(db) as conn:  # a setting an index of an earlier version lacks
        conn.execute("DELETE FROM docs_fts_config WHERE k = 'hashsize'")
    conn.close()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(IndexLockedError, match=r"locked by another writer; waited 0\.2 s"):
            Index.open(db, busy_timeout=0.2)
        with Index.open(db, readonly=True) as reader:  # reading needs no lock
            assert len(reader) == 0
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_bad_busy_timeout_setting_is_one_line(tmp_path: Path) -> None:
    proc = _run(
        "ingest", "--db", str(tmp_path / "i.db"), str(RELEASE), env={safety.BUSY_TIMEOUT_ENV: "x"}
    )
    _one_error_line(proc, "SOURCETRACE_BUSY_TIMEOUT='x' is not a number of seconds")


def test_a_full_disk_rolls_back_the_batch_and_keeps_the_index(tmp_path: Path) -> None:
    db = tmp_path / "i.db"
    with Index.open(db) as index:
        index.add([Document(id="keep", text="kept before the disk filled up")])
        pages = index.store._conn.execute("PRAGMA page_count").fetchone()[0]  # type: ignore[attr-defined]
        # SQLite's own page limit stands in for a full disk: SQLITE_FULL either way.
        index.store._conn.execute(f"PRAGMA max_page_count = {pages + 2}")  # type: ignore[attr-defined]
        big = [Document(id=f"b{i}", text=f"word{i} " * 5000) for i in range(20)]
        with pytest.raises(IndexFullError, match=r"is full .*the index is intact"):
            index.add(big, batch_size=20)
        assert len(index) == 1
        assert index.get("keep").text == "kept before the disk filled up"
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.execute("INSERT INTO docs_fts(docs_fts) VALUES ('integrity-check')")
    conn.close()


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 600 KB tmpfs (skipped where mounting is not allowed)."""
    folder = tmp_path / "small"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", str(folder)], check=False
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


def test_ingest_on_a_full_disk_is_one_line_and_keeps_the_index(small_disk: Path) -> None:
    db = small_disk / "i.db"
    assert _run("ingest", "--db", str(db), str(RELEASE)).returncode == 0
    releases = small_disk.parent / "releases.jsonl"
    releases.write_text(
        "".join(json.dumps({"id": d.id, "text": d.text}) + "\n" for d in _releases()),
        encoding="utf-8",
    )
    proc = _run("ingest", "--db", str(db), "--batch-size", "50", str(releases))
    _one_error_line(proc, "is full", "document(s) were added before")
    listed = _run("list", "--db", str(db), "--json", "--limit", "1000")
    assert listed.returncode == 0, listed.stderr
    ids = [json.loads(line)["id"] for line in listed.stdout.splitlines()]
    assert ids[0] == "press_release"
    assert (len(ids) - 1) % 50 == 0  # whole batches only
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def _damage(path: Path, at: float, size: int = 64 * 1024) -> Path:
    """Overwrite ``size`` bytes from the ``at`` share of the file with noise."""
    with path.open("r+b") as f:
        f.seek(int(path.stat().st_size * at))
        f.write(bytes((i * 151 + 7) % 256 for i in range(size)))
    return path


@pytest.mark.parametrize("command", ["ingest", "trace", "list"])
def test_a_damaged_index_is_one_line(tmp_path: Path, real_index: Path, command: str) -> None:
    db = _damage(_copy(real_index, tmp_path / "index.db"), 0.5)
    args = {
        "ingest": ["ingest", "--db", str(db), str(ARTICLE)],
        "trace": ["trace", "--db", str(db), str(ARTICLE)],
        "list": ["list", "--db", str(db)],
    }[command]
    line = _one_error_line(_run(*args), f"{db} is damaged", "re-create it")
    assert "added" not in line


def test_damage_met_by_a_query_is_one_error(
    tmp_path: Path, real_index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # On an index too large for the quick check at open, the damage is met by a query.
    monkeypatch.setattr(safety, "QUICK_CHECK_MAX_BYTES", 0)
    db = _damage(_copy(real_index, tmp_path / "index.db"), 0.3)
    with Index.open(db, readonly=True) as index:
        with pytest.raises(IndexDamagedError, match=r"is damaged .*re-create it"):
            index.trace(ARTICLE.read_text(encoding="utf-8"))
        with pytest.raises(IndexDamagedError):
            list(index)


def test_a_truncated_index_is_damaged(tmp_path: Path, real_index: Path) -> None:
    db = _copy(real_index, tmp_path / "index.db")
    with db.open("r+b") as f:
        f.truncate(db.stat().st_size // 2)
    before = _sha256(db)
    with pytest.raises(IndexDamagedError, match="cut short"):
        Index.open(db)
    assert _sha256(db) == before


# --- an empty index says nothing was checked -----------------------------------------


def test_an_empty_index_gives_unchecked_verdicts_and_a_notice(tmp_path: Path) -> None:
    db = tmp_path / "empty.db"
    Index.open(db).close()
    proc = _run("trace", "--db", str(db), "--json", str(ARTICLE))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["notices"] == ["the index holds no documents: nothing was checked"]
    assert len(data["quotes"]) == 7
    assert {q["verdict"] for q in data["quotes"]} == {"unchecked"}
    assert {r["verdict"] for r in data["reported"]} == {"unchecked"}
    shown = _run("quotes", "--db", str(db), str(ARTICLE))
    assert shown.returncode == 0, shown.stderr
    assert "notice: the index holds no documents" in shown.stdout
    assert "not_found" not in shown.stdout
    assert "unchecked" in shown.stdout
    page = tmp_path / "r.html"
    assert _run("trace", "--db", str(db), "--html", str(page), str(ARTICLE)).returncode == 0
    html = page.read_text(encoding="utf-8")
    assert 'class="notice"' in html
    assert 'class="card not_found"' not in html


def test_an_index_with_documents_keeps_not_found(tmp_path: Path) -> None:
    db = tmp_path / "other.db"
    with Index.open(db) as index:
        index.add([Document(id="x", text="Pasta recipes with tomatoes, basil and garlic. " * 20)])
        result = index.trace(ARTICLE.read_text(encoding="utf-8"))
    assert result.notices == ()
    assert {q.verdict for q in result.quotes} == {"not_found"}


def test_quotations_without_anything_to_check_against_are_unchecked() -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    found, _ = extract(text)
    assert {q.verdict for q in verify_quotes(text, found)} == {"unchecked"}
    release = Document(id="pr", text=RELEASE.read_text(encoding="utf-8"))
    checked = verify_quotes(text, found, sources=[release])
    assert "unchecked" not in {q.verdict for q in checked}


def test_a_new_index_waits_for_another_process_creating_it(tmp_path: Path) -> None:
    # Another process holds the write lock on the new file (creating the same index):
    # the switch to WAL mode, made after the checks, gets "busy" from SQLite at once,
    # without waiting; it is retried until the lock is gone or the busy timeout passes.
    path = tmp_path / "new.db"
    path.touch()
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("CREATE TABLE pending (x)")
    other.execute("DROP TABLE pending")
    release = threading.Timer(0.5, lambda: other.execute("COMMIT"))
    release.start()
    try:
        with Index.open(path, busy_timeout=10) as index:
            assert index.add([Document(id="a", text="a text")]) == 1
    finally:
        release.join()
        other.close()
