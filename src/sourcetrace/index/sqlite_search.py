"""Reading the SQLite index: documents by id, counts, candidates, phrases held, search.

Counts and document frequencies are cached per connection until the index changes.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from typing import Any

from sourcetrace.documents import Document
from sourcetrace.errors import DocumentNotFoundError
from sourcetrace.index.base import check_page
from sourcetrace.index.sqlite_rows import _COLUMNS, _chunks, _document
from sourcetrace.index.sqlite_schema import SqliteSchema

#: At most this many (document, term) postings are scored by one candidate query: the
#: query's terms are taken in the caller's order, skipping any that would pass the budget,
#: so a query costs about the same in a million documents as in ten thousand.
POSTINGS_BUDGET = 10_000
#: A candidate query: the best ranked rowids of the full-text index alone. Joining
#: ``docs`` in the same statement looked up the ``docs`` row of every document matched
#: (thousands per query at a million documents) before sorting, not only of the ``LIMIT``
#: kept: 2.6x the query's CPU (issue 16, fifth round). The ids of the rows kept are read
#: afterwards. Equal scores keep the scan's (rowid) order, as they did with the join.
_RANKED = (
    "SELECT rowid, -bm25(docs_fts) FROM docs_fts WHERE docs_fts MATCH ? "
    "ORDER BY bm25(docs_fts) LIMIT ?"
)
#: Longest search (``list QUERY``, the web app's search box) also matched as a substring
#: of ids, titles and publishers; a longer one (a pasted paragraph) is matched by its
#: words alone. SQLite refuses a LIKE pattern over 50,000 bytes.
MAX_SUBSTRING_QUERY = 1_000
#: Cached document frequencies per connection, cleared when the index changes.
_DF_CACHE_MAX = 1_000_000


#: A character the full-text index keeps in a term (a phrase without one matches nothing).
_TOKEN_RE = re.compile(r"\w")


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


@contextmanager
def _savepoint(conn: sqlite3.Connection, name: str) -> Iterator[None]:
    """Run the block's statements in one savepoint (one read transaction), released after.

    On an error the savepoint is released too, and the block's error is the one raised.
    """
    conn.execute(f"SAVEPOINT {name}")
    try:
        yield
    except BaseException:
        with suppress(sqlite3.Error):  # the first error is the one to report
            conn.execute(f"RELEASE {name}")
        raise
    conn.execute(f"RELEASE {name}")


class SqliteReader(SqliteSchema):
    """The reads of a :class:`~sourcetrace.index.sqlite.SqliteStore`."""

    def _cache(self) -> dict[str, Any]:
        """Return this connection's cache of counts, emptied whenever the index changed.

        ``PRAGMA data_version`` changes when another connection commits, and
        ``total_changes`` when this one writes.
        """
        conn = self._conn
        version = (conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes)
        cache: dict[str, Any] | None = getattr(self._local, "cache", None)
        if cache is None or cache["version"] != version:
            cache = {"version": version, "count": None, "df": {}, "stats": self._stats_current()}
            self._local.cache = cache
        return cache

    def _stats_current(self) -> bool:
        """Say whether the term statistics of the last :meth:`optimize` are up to date."""
        rows = dict(
            self._conn.execute(
                "SELECT key, value FROM meta WHERE key IN ('generation', 'term_stats')"
            ).fetchall()
        )
        return "term_stats" in rows and rows["term_stats"] == rows.get("generation", "0")

    def get(self, doc_id: str) -> Document:
        """Return one document by id.

        Raises:
            DocumentNotFoundError: No document has this id.
        """
        with self._guard():
            row = self._conn.execute(
                f"SELECT {_COLUMNS} FROM docs WHERE id = ?", (doc_id,)
            ).fetchone()
            if row is not None:
                return _document(row, self.path)
        if row is None:
            raise DocumentNotFoundError(doc_id)
        return _document(row)

    def get_many(self, doc_ids: Sequence[str]) -> dict[str, Document]:
        """Return the documents with these ids that exist, keyed by id."""
        out: dict[str, Document] = {}
        with self._guard():
            for chunk, marks in _chunks(list(dict.fromkeys(doc_ids))):
                for row in self._conn.execute(
                    f"SELECT {_COLUMNS} FROM docs WHERE id IN ({marks})", chunk
                ):
                    out[row[0]] = _document(row, self.path)
        return out

    def count(self) -> int:
        """Return the number of documents."""
        with self._guard():
            cache = self._cache()
            if cache["count"] is None:
                cache["count"] = int(self._conn.execute("SELECT count(*) FROM docs").fetchone()[0])
        return int(cache["count"])

    def ids(self) -> Iterator[str]:
        """Yield every document id in insertion order."""
        with self._guard():
            for (doc_id,) in self._conn.execute("SELECT id FROM docs ORDER BY rowid"):
                yield doc_id

    def iter_documents(self) -> Iterator[Document]:
        """Yield every document in insertion order."""
        with self._guard():
            for row in self._conn.execute(f"SELECT {_COLUMNS} FROM docs ORDER BY rowid"):
                yield _document(row, self.path)

    def doc_freqs(self, terms: Iterable[str]) -> Mapping[str, int]:
        """Return how many documents contain each index term (absent terms are left out).

        FTS5 counts a term's documents by reading its whole posting list, so the counts
        are cached for as long as the index does not change.
        """
        with self._guard():
            return self._doc_freqs(terms)

    def _doc_freqs(self, terms: Iterable[str]) -> Mapping[str, int]:
        cache = self._cache()
        known: dict[str, int] = cache["df"]
        table = "term_stats" if cache["stats"] else "docs_vocab"
        unique = list(dict.fromkeys(terms))
        missing = [t for t in unique if t not in known]
        if len(known) + len(missing) > _DF_CACHE_MAX:
            known.clear()
            missing = unique
        for chunk, marks in _chunks(missing):
            found = dict(
                self._conn.execute(
                    f"SELECT term, doc FROM {table} WHERE term IN ({marks})", chunk
                ).fetchall()
            )
            known.update({t: int(found.get(t, 0)) for t in chunk})
        return {t: known[t] for t in unique if known[t]}

    def candidates(
        self, terms: Sequence[str], *, limit: int, budget: int | None = None
    ) -> list[tuple[str, float]]:
        """Return up to ``limit`` ``(doc_id, score)`` ranked by BM25 over any of ``terms``.

        Higher scores are better (SQLite's bm25() is negated). Terms are taken in the
        given order (put the most telling first); absent terms are dropped, and so is any
        term whose documents would take the query past ``budget`` postings (default
        :data:`POSTINGS_BUDGET`).
        """
        with self._guard():
            return self._candidates(terms, limit=limit, budget=budget)

    def _candidates(
        self, terms: Sequence[str], *, limit: int, budget: int | None
    ) -> list[tuple[str, float]]:
        budget = POSTINGS_BUDGET if budget is None else budget
        dfs = self.doc_freqs(terms)
        chosen: list[str] = []
        postings = 0
        for term in dict.fromkeys(terms):
            df = dfs.get(term, 0)
            if df and (not chosen or postings + df <= budget):
                chosen.append(term)
                postings += df
        if not chosen:
            return []
        query = " OR ".join(_fts_phrase(t) for t in chosen)
        conn = self._conn
        # One read transaction for both statements, as the join was one statement: a
        # write committed in between cannot give a rowid ranked another document's id.
        with _savepoint(conn, "candidates"):
            ranked = conn.execute(_RANKED, (query, limit)).fetchall()
            ids = self._ids_of([rowid for rowid, _ in ranked])
        return [(ids[rowid], float(score)) for rowid, score in ranked if rowid in ids]

    def holding(
        self, phrases: Sequence[str], *, limit: int, exclude: Collection[str] = ()
    ) -> tuple[list[str], int]:
        """Return the documents whose text holds every phrase word for word, and their count.

        Each phrase is matched as the index splits words (case, accents and punctuation
        aside), in the text only (not the title). Returns the ids of the first ``limit``
        such documents in index order (``exclude`` left out), and how many there are.
        """
        with self._guard():
            return self._holding(phrases, limit=limit, exclude=exclude)

    def _holding(
        self, phrases: Sequence[str], *, limit: int, exclude: Collection[str]
    ) -> tuple[list[str], int]:
        kept = [p for p in phrases if _TOKEN_RE.search(p)]
        if not kept:
            return [], 0
        query = " AND ".join(f"text : {_fts_phrase(p)}" for p in kept)
        conn = self._conn
        with _savepoint(conn, "holding"):
            skip: set[int] = set()
            for chunk, marks in _chunks(list(exclude)):
                rows = conn.execute(f"SELECT rowid FROM docs WHERE id IN ({marks})", chunk)
                skip.update(r for (r,) in rows)
            rowids = [
                r
                for (r,) in conn.execute(
                    "SELECT rowid FROM docs_fts WHERE docs_fts MATCH ? ORDER BY rowid", (query,)
                )
                if r not in skip
            ]
            ids = self._ids_of(rowids[:limit])
        return [ids[r] for r in rowids[:limit] if r in ids], len(rowids)

    def _ids_of(self, rowids: Sequence[int]) -> dict[int, str]:
        """Return the ids of the documents with these rowids (one look-up per rowid)."""
        out: dict[int, str] = {}
        for chunk, marks in _chunks(rowids):
            out.update(
                self._conn.execute(f"SELECT rowid, id FROM docs WHERE rowid IN ({marks})", chunk)
            )
        return out

    def search(
        self, query: str = "", *, limit: int = 20, offset: int = 0
    ) -> tuple[list[Document], int]:
        """Find documents by words (full text), or by id, title or publisher substring.

        Args:
            query: Words to look for; empty lists every document.
            limit: Page size.
            offset: How many matches to skip.

        Returns:
            The page of documents and the total number of matches.

        Raises:
            ValueError: If ``limit`` or ``offset`` is negative or too large.
        """
        check_page(limit, offset)
        with self._guard():
            return self._search(query, limit=limit, offset=offset)

    def _search(self, query: str, *, limit: int, offset: int) -> tuple[list[Document], int]:
        conn = self._conn
        query = query.strip()
        if not query:
            total = self.count()
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM docs ORDER BY rowid LIMIT ? OFFSET ?", (limit, offset)
            ).fetchall()
            return [_document(r, self.path) for r in rows], total
        like = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        words = [w for w in query.split() if w]
        fts = " ".join(_fts_phrase(w) for w in words)
        where = "rowid IN (SELECT rowid FROM docs_fts WHERE docs_fts MATCH :fts)"
        if len(query) <= MAX_SUBSTRING_QUERY:
            where = (
                "id LIKE :like ESCAPE '\\' OR title LIKE :like ESCAPE '\\' "
                f"OR publisher LIKE :like ESCAPE '\\' OR {where}"
            )
        params = {"like": like, "fts": fts, "limit": limit, "offset": offset}
        total = int(conn.execute(f"SELECT count(*) FROM docs WHERE {where}", params).fetchone()[0])
        rows = conn.execute(
            f"SELECT {_COLUMNS} FROM docs WHERE {where} ORDER BY rowid LIMIT :limit OFFSET :offset",
            params,
        ).fetchall()
        return [_document(r, self.path) for r in rows], total
