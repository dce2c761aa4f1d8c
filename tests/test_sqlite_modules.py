"""The SQLite store's entry point keeps its public names after the split into layers."""

from __future__ import annotations

from pathlib import Path

import sourcetrace.index.sqlite as sqlite_module
from sourcetrace.documents import Document
from sourcetrace.index import (
    open_store,
    sqlite_connection,
    sqlite_rows,
    sqlite_schema,
    sqlite_search,
)

# Every public name ``sourcetrace.index.sqlite`` defined before the split, and where it
# lives now (``SqliteStore`` stays).
MOVED = {
    "SCHEME": sqlite_schema,
    "POSTINGS_BUDGET": sqlite_search,
    "SqliteBatch": sqlite_rows,
}


def test_public_names_are_still_imported_from_sqlite() -> None:
    for name, module in MOVED.items():
        assert getattr(sqlite_module, name) is getattr(module, name), name
    assert sqlite_module.SqliteStore.__module__ == "sourcetrace.index.sqlite"
    assert set(sqlite_module.__all__) == {*MOVED, "SqliteStore"}


def test_the_store_has_every_layer_and_each_method_once() -> None:
    """The layers stack in one line (connection, schema, reads, store), none overriding."""
    layers = (
        sqlite_connection.SqliteConnection,
        sqlite_schema.SqliteSchema,
        sqlite_search.SqliteReader,
        sqlite_module.SqliteStore,
    )
    assert sqlite_module.SqliteStore.__mro__ == (*reversed(layers), object)
    seen: dict[str, type] = {}
    for layer in layers:
        own = {n for n, v in vars(layer).items() if callable(v) or isinstance(v, property)}
        assert not own & seen.keys(), (layer, own & seen.keys())
        seen.update(dict.fromkeys(own, layer))


def test_the_store_opened_by_the_factory_is_the_entry_points(tmp_path: Path) -> None:
    store = open_store(tmp_path / "i.db")
    try:
        assert type(store) is sqlite_module.SqliteStore
        store.add([Document(id="d1", text="a zebra met a lion")])
        assert store.scheme == sqlite_module.SCHEME
        assert [d for d, _ in store.candidates(["zebra"], limit=5)] == ["d1"]
    finally:
        store.close()
