"""A read-only in-memory store over one document's candidate pool.

Corpus mode verifies a document by running :func:`sourcetrace.trace.trace` against its
candidates only. This store holds them, returns them in the candidate order the corpus
kernels chose, and measures term rarity inside the pool, so the trace's result depends on
nothing outside the pool.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from functools import lru_cache

from sourcetrace.documents import Document
from sourcetrace.errors import DocumentNotFoundError, IndexError_
from sourcetrace.index.base import Batch
from sourcetrace.text import cached_words, term_set


@lru_cache(maxsize=8192)
def doc_terms(text: str) -> frozenset[str]:
    """Return the index terms of a text (cached: a document sits in many pools)."""
    return term_set(cached_words(text).keys)


class PoolStore:
    """The :class:`~sourcetrace.index.base.Store` interface over a few documents.

    Args:
        docs: The documents (the traced one and its candidates).
        order: Candidate ids in the order :meth:`candidates` returns them.
    """

    scheme = "corpus-pool.v1"

    def __init__(self, docs: Sequence[Document], *, order: Sequence[str]) -> None:
        self._docs = {d.id: d for d in docs}
        self._order = [i for i in order if i in self._docs]
        self._df: Counter[str] = Counter()
        for d in self._docs.values():
            self._df.update(doc_terms(d.text))

    def batch(self) -> AbstractContextManager[Batch]:
        """Not supported: the pool is read-only."""
        raise IndexError_("a candidate pool is read-only")

    def add(self, docs: Iterable[Document], *, batch_size: int = 500) -> int:
        """Not supported: the pool is read-only."""
        raise IndexError_("a candidate pool is read-only")

    def get(self, doc_id: str) -> Document:
        """Return one document of the pool."""
        try:
            return self._docs[doc_id]
        except KeyError:
            raise DocumentNotFoundError(doc_id) from None

    def get_many(self, doc_ids: Sequence[str]) -> dict[str, Document]:
        """Return the pool documents with these ids, in the order asked."""
        return {i: self._docs[i] for i in doc_ids if i in self._docs}

    def delete(self, doc_id: str) -> bool:
        """Not supported: the pool is read-only."""
        raise IndexError_("a candidate pool is read-only")

    def count(self) -> int:
        """Return the number of documents in the pool."""
        return len(self._docs)

    def ids(self) -> Iterator[str]:
        """Yield the ids of the pool."""
        yield from self._docs

    def iter_documents(self) -> Iterator[Document]:
        """Yield the documents of the pool."""
        yield from self._docs.values()

    def doc_freqs(self, terms: Iterable[str]) -> Mapping[str, int]:
        """Return how many pool documents hold each term (absent terms left out)."""
        return {t: self._df[t] for t in terms if t in self._df}

    def candidates(
        self, terms: Sequence[str], *, limit: int, budget: int | None = None
    ) -> list[tuple[str, float]]:
        """Return the candidates in the chosen order (``terms`` and ``budget`` unused)."""
        n = len(self._order)
        return [(d, float(n - i)) for i, d in enumerate(self._order[:limit])]

    def search(
        self, query: str = "", *, limit: int = 20, offset: int = 0
    ) -> tuple[list[Document], int]:
        """Return a page of the pool (the query is ignored)."""
        docs = list(self._docs.values())
        return docs[offset : offset + limit], len(docs)

    def optimize(self) -> None:
        """Nothing to prepare: a pool lives in memory."""

    def close(self) -> None:
        """Nothing to release."""
