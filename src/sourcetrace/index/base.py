"""The interface every document store implements."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from typing import Protocol

from sourcetrace.documents import Document

#: The largest page size or number of matches to skip a search takes (the largest
#: integer SQLite stores).
MAX_PAGE = 2**63 - 1


def check_page(limit: int, offset: int) -> None:
    """Refuse a page size or an offset a search cannot take.

    Raises:
        ValueError: Naming the value, when it is negative or above :data:`MAX_PAGE`.
    """
    for name, value in (("limit", limit), ("offset", offset)):
        if not 0 <= value <= MAX_PAGE:
            raise ValueError(f"{name} must be from 0 to {MAX_PAGE:,}, got {value:,}")


class Batch(Protocol):
    """Documents added inside one transaction (see :meth:`Store.batch`)."""

    def add(self, doc: Document) -> None:
        """Add or replace one document."""


class Store(Protocol):
    """A persistent collection of documents with a full-text index over them.

    A store opens only what is already one of its indexes (or nothing yet), and turns
    the failures of its storage that a user can meet (another writer holding the lock,
    a full disk, a damaged file) into :class:`~sourcetrace.errors.IndexError_`
    subclasses with one-line messages; a failed write leaves earlier ones intact.
    """

    scheme: str

    def batch(self) -> AbstractContextManager[Batch]:
        """Return a context in which added documents are committed once, at the end."""

    def add(self, docs: Iterable[Document], *, batch_size: int = 500) -> int:
        """Add or replace documents, committing every ``batch_size``; return the count."""

    def get(self, doc_id: str) -> Document:
        """Return one document by id (raises DocumentNotFoundError)."""

    def get_many(self, doc_ids: Sequence[str]) -> dict[str, Document]:
        """Return the documents with these ids that exist, keyed by id."""

    def delete(self, doc_id: str) -> bool:
        """Delete one document; return whether it existed."""

    def count(self) -> int:
        """Return the number of documents."""

    def ids(self) -> Iterator[str]:
        """Yield every document id in insertion order."""

    def iter_documents(self) -> Iterator[Document]:
        """Yield every document in insertion order."""

    def doc_freqs(self, terms: Iterable[str]) -> Mapping[str, int]:
        """Return how many documents contain each index term (absent terms are left out)."""

    def candidates(
        self, terms: Sequence[str], *, limit: int, budget: int | None = None
    ) -> list[tuple[str, float]]:
        """Return up to ``limit`` ``(doc_id, score)`` pairs ranked by BM25 over ``terms``.

        ``budget`` caps the postings scored (terms past it are dropped); None is the
        store's own default.
        """

    def holding(
        self, phrases: Sequence[str], *, limit: int, exclude: Collection[str] = ()
    ) -> tuple[list[str], int]:
        """Return the documents holding every phrase word for word, and their count.

        The ids are the first ``limit`` in index order; ``exclude`` is left out of both.
        """

    def search(
        self, query: str = "", *, limit: int = 20, offset: int = 0
    ) -> tuple[list[Document], int]:
        """Find documents by words, id, title or publisher; return a page and the total."""

    def optimize(self) -> None:
        """Prepare the index for fast look-ups after a bulk load (see the SQLite store)."""

    def close(self) -> None:
        """Release the database connection."""
