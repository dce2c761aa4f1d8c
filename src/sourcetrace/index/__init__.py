"""The document store behind one interface, and a factory that picks a backend by name."""

from __future__ import annotations

from pathlib import Path

from sourcetrace.index.base import Store
from sourcetrace.index.sqlite import SCHEME, SqliteStore

BACKENDS = ("sqlite",)


def open_store(
    path: str | Path,
    *,
    backend: str = "sqlite",
    readonly: bool = False,
    create: bool = True,
    busy_timeout: float | None = None,
) -> Store:
    """Open (or create) a document store.

    Args:
        path: Where the index lives.
        backend: Which store to use; only ``"sqlite"`` ships today.
        readonly: Open without the right to write.
        create: Make a new index when there is none at ``path`` (never when readonly).
        busy_timeout: Seconds to wait for another writer (default: the store's own).

    Returns:
        The opened store.

    Raises:
        ValueError: For an unknown backend name.
        IndexError_: The index is missing, not an index, of another scheme, damaged or
            locked (see :class:`~sourcetrace.index.sqlite.SqliteStore`).
    """
    if backend == "sqlite":
        return SqliteStore(path, readonly=readonly, create=create, busy_timeout=busy_timeout)
    raise ValueError(f"unknown index backend {backend!r}; choose one of {', '.join(BACKENDS)}")


__all__ = ["BACKENDS", "SCHEME", "SqliteStore", "Store", "open_store"]
