"""The index's two-statement reads share one savepoint, released even when they fail.

``candidates`` and ``holding`` each read in one savepoint, so that a write committed
between their statements cannot pair a rowid with another document's id. A read that
fails half way must still release it: a connection left inside the savepoint would hold
its read transaction open and keep the next write waiting.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcetrace import Index
from sourcetrace.documents import Document


def _failing_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Index:
    index = Index.open(tmp_path / "i.db")
    index.add([Document(id="a", text="The council approved the harbour budget on Tuesday.")])

    def fail(rowids: object) -> dict[int, str]:
        raise RuntimeError("interrupted")

    monkeypatch.setattr(index.store, "_ids_of", fail)
    return index


def test_a_failed_candidate_read_releases_its_savepoint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = _failing_index(tmp_path, monkeypatch)
    with pytest.raises(RuntimeError, match="interrupted"):
        index.store.candidates(["harbour", "budget"], limit=5)
    assert not index.store._conn.in_transaction
    index.close()


def test_a_failed_holding_read_releases_its_savepoint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = _failing_index(tmp_path, monkeypatch)
    with pytest.raises(RuntimeError, match="interrupted"):
        index.store.holding(["harbour budget"], limit=5)
    assert not index.store._conn.in_transaction
    index.close()


def test_a_read_that_succeeds_leaves_no_transaction_open(tmp_path: Path) -> None:
    with Index.open(tmp_path / "i.db") as index:
        index.add([Document(id="a", text="The council approved the harbour budget on Tuesday.")])
        assert [d for d, _ in index.store.candidates(["harbour"], limit=5)] == ["a"]
        assert index.store.holding(["harbour budget"], limit=5) == (["a"], 1)
        assert not index.store._conn.in_transaction
