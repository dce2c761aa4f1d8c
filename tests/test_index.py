"""The SQLite store: replace on re-ingest, schemes, concurrency, crash safety."""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from sourcetrace import Document, Index
from sourcetrace.errors import DocumentNotFoundError, SchemeMismatchError


def _doc(i: int, text: str = "") -> Document:
    return Document(
        id=f"d{i}",
        text=text or f"document number {i} about topic {i % 7}",
        title=f"Title {i}",
        publisher="Outlet",
    )


def test_add_get_and_metadata_round_trip(index: Index) -> None:
    doc = Document(
        id="a",
        text="Some text.",
        title="T",
        date="2024-01-02",
        publisher="P",
        author="A",
        url="https://example.org/a",
        kind="source",
        meta={"outlet": "x", "n": 3},
    )
    assert index.add([doc]) == 1
    assert index.get("a") == doc


def test_reingest_replaces_the_document(index: Index) -> None:
    index.add([Document(id="a", text="the old zebra text")])
    index.add([Document(id="a", text="the new giraffe text")])
    assert len(index) == 1
    assert index.get("a").text == "the new giraffe text"
    # The full-text index follows the replacement: the old words are gone.
    assert index.search("zebra")[1] == 0
    assert index.search("giraffe")[1] == 1


def test_delete_and_missing(index: Index) -> None:
    index.add([_doc(1)])
    assert index.delete("d1")
    assert not index.delete("d1")
    with pytest.raises(DocumentNotFoundError):
        index.get("d1")


def test_batch_commits_once_and_rolls_back_on_error(index: Index) -> None:
    with index.batch() as b:
        b.add(_doc(1))
        b.add(_doc(2))
    assert len(index) == 2
    with pytest.raises(RuntimeError), index.batch() as b:
        b.add(_doc(3))
        raise RuntimeError("boom")
    assert len(index) == 2


def test_search_pages(index: Index) -> None:
    index.add(_doc(i) for i in range(30))
    page, total = index.search("", limit=10, offset=20)
    assert total == 30
    assert [d.id for d in page] == [f"d{i}" for i in range(20, 30)]
    page, total = index.search("Title 7")
    assert "d7" in [d.id for d in page]


def _fts_ok(path: Path) -> None:
    """Fail if the full-text index disagrees with the documents (FTS5's own check)."""
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO docs_fts(docs_fts, rank) VALUES ('integrity-check', 1)")


def test_same_id_twice_in_one_batch_keeps_the_last(tmp_path: Path) -> None:
    path = tmp_path / "i.db"
    with Index.open(path) as index:
        index.add([_doc(1, "the zebra text"), _doc(2), _doc(1, "the giraffe text")])
        with index.batch() as b:
            b.add(_doc(3, "an okapi"))
            b.add(_doc(3, "a tapir"))
        assert len(index) == 3
        assert index.get("d1").text == "the giraffe text"
        assert index.search("zebra")[1] == 0
        assert index.search("giraffe")[1] == 1
        assert [d.id for d in index.search("tapir")[0]] == ["d3"]
        assert index.search("okapi")[1] == 0
        assert index.store.doc_freqs(["giraffe", "zebra", "tapir"]) == {"giraffe": 1, "tapir": 1}
    _fts_ok(path)


def test_mixed_new_and_replaced_documents_stay_indexed(tmp_path: Path) -> None:
    path = tmp_path / "i.db"
    with Index.open(path) as index:
        index.add([_doc(i, f"word{i} shared") for i in range(10)], batch_size=4)
        index.delete("d9")
        # Replacements (rowid kept) and new documents (rowid above all) in one batch.
        index.add([_doc(i, f"fresh{i} shared") for i in range(5, 15)], batch_size=100)
        assert len(index) == 15
        assert index.search("shared")[1] == 15
        assert index.search("word7")[1] == 0
        assert index.search("fresh7")[1] == 1
        assert index.search("fresh14")[1] == 1
    _fts_ok(path)


def test_an_index_with_the_old_triggers_is_not_indexed_twice(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    Index.open(path).close()
    with sqlite3.connect(path) as conn:  # the per-row triggers of earlier versions
        conn.executescript(
            "CREATE TRIGGER docs_ai AFTER INSERT ON docs BEGIN INSERT INTO docs_fts"
            "(rowid, title, text) VALUES (new.rowid, new.title, new.text); END;"
            "CREATE TRIGGER docs_au AFTER UPDATE ON docs BEGIN INSERT INTO docs_fts"
            "(docs_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);"
            "INSERT INTO docs_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);"
            "END;"
        )
        conn.execute("DELETE FROM docs_fts_config WHERE k = 'hashsize'")
    with Index.open(path) as index:
        index.add([_doc(1, "a zebra"), _doc(2, "a zebra and a lion")])
        index.add([_doc(2, "a lion alone")])
        assert index.store.doc_freqs(["zebra", "lion"]) == {"zebra": 1, "lion": 1}
    _fts_ok(path)
    with sqlite3.connect(path) as conn:  # the settings it lacked were added
        config = dict(conn.execute("SELECT k, v FROM docs_fts_config").fetchall())
    assert config["hashsize"] == 64 * 1024 * 1024


def test_refuses_an_index_of_another_scheme(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    Index.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value = 'ngram-minhash.v0' WHERE key = 'scheme'")
    with pytest.raises(SchemeMismatchError, match=r"ngram-minhash\.v0"):
        Index.open(path)


def _writer(path: str, n: int) -> None:
    idx = Index.open(path)
    for i in range(n):
        idx.add([_doc(i, "word " * 200 + str(i))])
    idx.close()


def test_reads_while_another_process_writes(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    Index.open(path).close()
    proc = mp.get_context("spawn").Process(target=_writer, args=(str(path), 400))
    proc.start()
    reader = Index.open(path, readonly=True)
    seen = []
    while proc.is_alive():
        seen.append(len(reader))  # never blocks on the writer, never raises
        reader.search("word", limit=5)
        time.sleep(0.005)
    proc.join()
    assert proc.exitcode == 0
    assert len(reader) == 400
    assert seen == sorted(seen)
    reader.close()


def _slow_writer(path: str) -> None:
    idx = Index.open(path)
    i = 0
    while True:
        idx.add([_doc(j) for j in range(i, i + 50)], batch_size=50)
        i += 50


def test_a_process_killed_mid_ingest_loses_nothing_committed(tmp_path: Path) -> None:
    path = tmp_path / "crash.db"
    idx = Index.open(path)
    idx.add([Document(id="keep", text="committed before the crash")])
    idx.close()
    proc = mp.get_context("spawn").Process(target=_slow_writer, args=(str(path),))
    proc.start()
    deadline = time.time() + 30
    while time.time() < deadline:
        with sqlite3.connect(path) as conn:
            if conn.execute("SELECT count(*) FROM docs").fetchone()[0] > 500:
                break
        time.sleep(0.05)
    assert proc.pid is not None
    os.kill(proc.pid, signal.SIGKILL)
    proc.join()
    idx = Index.open(path)
    n = len(idx)
    assert n > 500
    assert n % 50 == 1  # whole batches only, plus the first document
    assert idx.get("keep").text == "committed before the crash"
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.execute("INSERT INTO docs_fts(docs_fts) VALUES ('integrity-check')")
    assert idx.search("committed")[1] == 1
    idx.close()


def test_counts_follow_writes_from_any_connection(tmp_path: Path) -> None:
    path = tmp_path / "i.db"
    reader = Index.open(path)
    assert reader.store.doc_freqs(["zebra"]) == {}
    assert len(reader) == 0
    with Index.open(path) as writer:
        writer.add([_doc(1, "a zebra and another zebra"), _doc(2, "one zebra")])
    assert reader.store.doc_freqs(["zebra", "lion"]) == {"zebra": 2}
    assert len(reader) == 2
    reader.add([_doc(3, "zebra again")])
    assert reader.store.doc_freqs(["zebra"]) == {"zebra": 3}
    assert reader.store.delete("d1")
    assert reader.store.doc_freqs(["zebra"]) == {"zebra": 2}
    reader.close()


def test_candidates_skip_terms_past_the_postings_budget(
    index: Index, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sourcetrace.index import sqlite_search

    index.add([_doc(i, f"common words {'rare' if i == 3 else 'plain'}") for i in range(10)])
    monkeypatch.setattr(sqlite_search, "POSTINGS_BUDGET", 5)
    # "common" (10 documents) would pass the budget after "rare" (1): only "rare" is asked.
    assert [d for d, _ in index.store.candidates(["rare", "common"], limit=5)] == ["d3"]
    # A first term is always asked, however common.
    assert len(index.store.candidates(["common"], limit=20)) == 10


def test_optimize_records_term_counts_until_the_next_write(tmp_path: Path) -> None:
    path = tmp_path / "i.db"
    with Index.open(path) as index:
        index.add([_doc(i, f"zebra {'lion' if i % 2 else 'tiger'}") for i in range(6)])
        before = index.trace("a zebra met a lion", quotes=False)
        index.optimize()
        assert index.store.doc_freqs(["zebra", "lion", "gnu"]) == {"zebra": 6, "lion": 3}
        after = index.trace("a zebra met a lion", quotes=False)
        assert after == before
    # Read from the recorded table (not counted over the postings) by a new reader, ...
    conn = sqlite3.connect(path)
    conn.execute("UPDATE term_stats SET doc = 99 WHERE term = 'zebra'")
    conn.commit()
    conn.close()
    with Index.open(path, readonly=True) as reader:
        assert reader.store.doc_freqs(["zebra"]) == {"zebra": 99}
    # ... and no longer once a write made it stale.
    with Index.open(path) as index:
        index.add([_doc(10, "zebra")])
        assert index.store.doc_freqs(["zebra", "lion"]) == {"zebra": 7, "lion": 3}
        assert index.store.delete("d10")
        assert index.store.doc_freqs(["zebra"]) == {"zebra": 6}


def test_opening_a_current_index_writes_nothing(tmp_path: Path) -> None:
    from sourcetrace.errors import IndexLockedError

    path = tmp_path / "i.db"
    with Index.open(path) as index:
        index.add([_doc(1)])
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer, busy for longer than we wait
    try:
        with Index.open(path, busy_timeout=0.2) as index:  # no write, so no wait
            assert len(index) == 1
            with pytest.raises(IndexLockedError, match=r"waited 0\.2 s"):
                index.add([_doc(2)])
            assert len(index) == 1
    finally:
        holder.execute("ROLLBACK")
        holder.close()
