"""The document store behind one interface, and a factory that picks a backend by name."""

from __future__ import annotations

from pathlib import Path

from sourcetrace.index.base import Store
from sourcetrace.index.sqlite import SCHEME, SqliteStore

BACKENDS = ("sqlite",)


def open_store(path: str | Path, *, backend: str = "sqlite", readonly: bool = False) -> Store:
    """Open (or create) a document store.

    Args:
        path: Where the index lives.
        backend: Which store to use; only ``"sqlite"`` ships today.
        readonly: Open without the right to write.

    Returns:
        The opened store.

    Raises:
        ValueError: For an unknown backend name.
    """
    if backend == "sqlite":
        return SqliteStore(path, readonly=readonly)
    raise ValueError(f"unknown index backend {backend!r}; choose one of {', '.join(BACKENDS)}")


__all__ = ["BACKENDS", "SCHEME", "SqliteStore", "Store", "open_store"]
