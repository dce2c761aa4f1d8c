"""The Python API: an :class:`Index` of documents that articles are traced against."""

from __future__ import annotations

import dataclasses
import itertools
import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from sourcetrace.documents import Document, is_iso_date
from sourcetrace.errors import DateError, IndexError_, TextError
from sourcetrace.index import open_store
from sourcetrace.index.base import Batch, Store
from sourcetrace.language import language_check, not_english_notice, unchecked_when_not_english
from sourcetrace.results import TraceResult
from sourcetrace.settings import trace_signature
from sourcetrace.text import surrogate_at
from sourcetrace.trace import TraceOptions, trace

if TYPE_CHECKING:
    from sourcetrace.quotes.verify import VerifyOptions

DEFAULT_DB = "sourcetrace.db"
#: The notice of a trace against an index without documents.
EMPTY_INDEX_NOTICE = "the index holds no documents: nothing was checked"
#: Fewest articles :meth:`Index.trace_many` starts worker processes for: each worker
#: loads its own models, which takes longer than tracing a few articles here.
_MIN_PARALLEL = 32


def default_db_path(explicit: str | Path | None = None) -> Path:
    """Return the index path: ``explicit``, else ``$SOURCETRACE_DB``, else ``./sourcetrace.db``."""
    if explicit:
        return Path(explicit)
    return Path(os.environ.get("SOURCETRACE_DB") or DEFAULT_DB)


class Index:
    """A persistent index of documents, and the entry point for tracing articles.

    Example:
        >>> from sourcetrace import Document, Index
        >>> index = Index.open("news.db")  # doctest: +SKIP
        >>> index.add([Document(id="pr-1", text="...")])  # doctest: +SKIP
        >>> result = index.trace("An article ...")  # doctest: +SKIP
        >>> [s.id for s in result.sources]  # doctest: +SKIP
    """

    def __init__(self, store: Store) -> None:
        if isinstance(store, (str, os.PathLike)):
            # Index("news.db") would fail later, deep inside a trace, with no hint why.
            raise TypeError(f"Index() takes a Store; open the file with Index.open({str(store)!r})")
        self.store = store

    @classmethod
    def open(
        cls,
        path: str | Path | None = None,
        *,
        backend: str = "sqlite",
        readonly: bool = False,
        create: bool = True,
        busy_timeout: float | None = None,
    ) -> Index:
        """Open the index at ``path`` (see :func:`default_db_path`).

        An existing file is opened only if it is a sourcetrace index of this version's
        scheme, or holds nothing yet; anything else is refused before a byte is written.

        Args:
            path: The database file; its folder must exist.
            backend: The store backend.
            readonly: Open without the right to write (the index must exist). Works in a
                read-only folder too.
            create: Make a new index when there is none at ``path`` (the default, as
                ``ingest`` does). With False a missing or empty file is refused, so that
                a mistyped path is not silently served as an empty index.
            busy_timeout: Seconds a write waits for another writer before failing
                (default 60, or ``$SOURCETRACE_BUSY_TIMEOUT``).

        Raises:
            IndexMissingError: No index at ``path`` (and ``create`` is False or
                ``readonly`` is True), or its folder does not exist.
            NotAnIndexError: The file is something else (it is left untouched).
            SchemeMismatchError: The index was built by another fingerprinting scheme.
            IndexDamagedError: The file is corrupt.
            IndexLockedError: Another writer kept the lock past ``busy_timeout``.

        Example:
            >>> Index.open("nothere.db", create=False)  # doctest: +SKIP
            Traceback (most recent call last):
            sourcetrace.errors.IndexMissingError: nothere.db: no index there; ...
        """
        where = default_db_path(path)
        try:
            return cls(
                open_store(
                    where,
                    backend=backend,
                    readonly=readonly,
                    create=create,
                    busy_timeout=busy_timeout,
                )
            )
        except sqlite3.DatabaseError as exc:
            raise IndexError_(f"{where}: not a usable sourcetrace index ({exc})") from exc

    def add(self, documents: Iterable[Document], *, batch_size: int = 500) -> int:
        """Add or replace documents; return how many were written."""
        return self.store.add(documents, batch_size=batch_size)

    def batch(self) -> AbstractContextManager[Batch]:
        """Add documents in one transaction: ``with index.batch() as b: b.add(doc)``."""
        return self.store.batch()

    def get(self, doc_id: str) -> Document:
        """Return one document (raises :class:`~sourcetrace.errors.DocumentNotFoundError`)."""
        return self.store.get(doc_id)

    def delete(self, doc_id: str) -> bool:
        """Delete one document; return whether it existed."""
        return self.store.delete(doc_id)

    def __len__(self) -> int:
        return self.store.count()

    def __iter__(self) -> Iterator[Document]:
        return self.store.iter_documents()

    def search(
        self, query: str = "", *, limit: int = 20, offset: int = 0
    ) -> tuple[list[Document], int]:
        """Find documents by words, id, title or publisher; return a page and the total."""
        return self.store.search(query, limit=limit, offset=offset)

    def trace(
        self,
        text: str,
        *,
        article_id: str | None = None,
        article_date: str | None = None,
        exclude: Iterable[str] = (),
        options: TraceOptions | None = None,
        quotes: bool = True,
        verify: VerifyOptions | None = None,
        claims: bool = True,
    ) -> TraceResult:
        """Find the indexed documents an article was written from.

        See :func:`sourcetrace.trace.trace` for the arguments. With ``quotes`` (the
        default), the article's quotations and reported claims are extracted and
        verified against its sources and the index (:mod:`sourcetrace.quotes`), with
        the verdict thresholds ``verify``. On an index without documents, the verdicts
        are ``unchecked`` and the result's ``notices`` say so. With ``claims`` (the
        default, and only with ``quotes``), its main statements and reported claims are
        labelled (strength, population, advice) and compared with the source sentences
        they came from (:mod:`sourcetrace.claims`).

        Raises:
            TypeError: ``text`` is not a string, or ``exclude`` is a string (give a list
                of ids).
            DateError: ``article_date`` is not ISO 8601 ("10 August 2023" would be
                compared as text with the documents' dates).
            TextError: ``text`` holds a lone surrogate (half of a UTF-16 pair), which
                is not a character.
        """
        skip = _checked_call(text, article_date, exclude)
        notices = (EMPTY_INDEX_NOTICE,) if self.store.count() == 0 else ()
        result = trace(
            self.store,
            text,
            article_id=article_id,
            article_date=article_date,
            exclude=skip,
            options=options,
        )
        if notices:
            result = dataclasses.replace(result, notices=(*notices, *result.notices))
        # The digest of every setting in force, the verdicts' thresholds included.
        result = dataclasses.replace(result, settings=trace_signature(options, verify))
        if not quotes:
            return result
        # The sources the article derives from. With none, its quotations are still
        # looked up in the index (under the stricter rules for documents that are not a
        # source) and its reported claims are ``unchecked``: a release the trace did not
        # accept is no evidence either way about what the story claims.
        derived = [s.id for s in result.sources if s.derivation != "non"]
        docs = self.store.get_many(derived)
        from sourcetrace.claims.traced import check_story
        from sourcetrace.quotes.limits import compared_part

        checked = check_story(
            text,
            [compared_part(docs[i]) for i in derived if i in docs],  # as the trace read them
            store=self.store,
            exclude=[*skip, *([article_id] if article_id else [])],
            verify=verify,
            claims=claims,
        )
        found = checked.scan
        found_claims: tuple[object, ...] = checked.claims
        claim_notices = checked.notices
        # English rules read the verdicts: on a story that does not look English they are
        # unchecked, and a notice says so (:mod:`sourcetrace.language`).
        lang = language_check(text)
        told = () if lang.looks_english else (not_english_notice(lang),)
        return dataclasses.replace(
            result,
            quotes=tuple(unchecked_when_not_english(found.quotes, lang)),
            reported=tuple(unchecked_when_not_english(checked.reported, lang)),
            claims=found_claims,
            notices=(*result.notices, *found.notices, *claim_notices, *told),
            language=None if lang.looks_english else lang,
        )

    def trace_many(
        self,
        articles: Iterable[Document],
        *,
        jobs: int = 1,
        options: TraceOptions | None = None,
        quotes: bool = True,
        verify: VerifyOptions | None = None,
    ) -> Iterator[TraceResult]:
        """Trace many articles, on ``jobs`` worker processes; yield results in their order.

        Each article is traced as by :meth:`trace_document` (its id and date are used),
        with quotation checks unless ``quotes`` is false. Each worker opens the index
        read-only; other processes may keep writing to it. With ``jobs`` 1, fewer than
        32 articles (starting workers takes seconds) or an index that is not a file,
        everything runs in this process; ``jobs`` above the CPUs is lowered to them.
        """
        path = getattr(self.store, "path", None)
        todo = iter(articles)
        first = list(itertools.islice(todo, _MIN_PARALLEL)) if jobs > 1 and path else []
        if len(first) < _MIN_PARALLEL:
            for doc in itertools.chain(first, todo):
                yield self.trace_document(doc, options=options, quotes=quotes, verify=verify)
            return
        from sourcetrace.parallel import capped_jobs, in_order, spawn_pool

        jobs = capped_jobs(jobs)
        calls = (
            (_trace_in_worker, (doc, options, quotes, verify))
            for doc in itertools.chain(first, todo)
        )
        with spawn_pool(jobs, initializer=_open_in_worker, initargs=(str(path),)) as pool:
            yield from in_order(pool, calls, ahead=4 * jobs)

    def trace_document(
        self,
        doc: Document,
        *,
        options: TraceOptions | None = None,
        quotes: bool = True,
        verify: VerifyOptions | None = None,
    ) -> TraceResult:
        """Trace a document (its id and date are used: it never matches itself).

        Raises:
            DateError: The document's date is not ISO 8601.
        """
        if doc.date is not None and not is_iso_date(doc.date):
            raise DateError(
                f"document {doc.id!r}: date {doc.date!r} is not an ISO 8601 date or "
                "timestamp (e.g. 2023-08-09)"
            )
        return self.trace(
            doc.text,
            article_id=doc.id,
            article_date=doc.date,
            options=options,
            quotes=quotes,
            verify=verify,
        )

    def optimize(self) -> None:
        """Prepare the index for fast traces after a bulk load.

        Merges the full-text index and records each term's document count (see
        :meth:`sourcetrace.index.sqlite.SqliteStore.optimize`). Documents can still be
        added afterwards; run it again after the next bulk load.
        """
        self.store.optimize()

    def close(self) -> None:
        """Close the database connection."""
        self.store.close()

    def __enter__(self) -> Index:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


#: The index a worker process of :meth:`Index.trace_many` traces against.
_WORKER_INDEX: Index | None = None


def _checked_call(text: object, article_date: object, exclude: Iterable[str]) -> tuple[str, ...]:
    """Refuse arguments of :meth:`Index.trace` that would be misread silently; return the ids.

    A date that is not ISO 8601 ("10 August 2023") was compared as text with the
    documents' dates, so that the article's own source could be dropped as later; a
    string as ``exclude`` was read as its characters.

    Raises:
        TypeError: ``text`` is not a string, or ``exclude`` is one.
        DateError: ``article_date`` is not an ISO 8601 date or timestamp (a ValueError).
        TextError: ``text`` holds a lone surrogate (a ValueError).
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    if (at := surrogate_at(text)) is not None:
        # spaCy's tokenizer failed on it deep inside the quotation stage.
        raise TextError(
            f"text holds a lone surrogate \\u{ord(text[at]):04x} at character {at}, which is "
            "not a character: repair the text, e.g. decode its bytes as UTF-8"
        )
    if isinstance(exclude, str):
        raise TypeError(f"exclude takes document ids, e.g. exclude=[{exclude!r}], not a string")
    if article_date is not None and not (
        isinstance(article_date, str) and is_iso_date(article_date)
    ):
        raise DateError(
            f"article_date {article_date!r} is not an ISO 8601 date or timestamp (e.g. 2023-08-09)"
        )
    return tuple(exclude)


def _open_in_worker(path: str) -> None:
    global _WORKER_INDEX
    _WORKER_INDEX = Index.open(path, readonly=True)


def _trace_in_worker(
    doc: Document, options: TraceOptions | None, quotes: bool, verify: VerifyOptions | None
) -> TraceResult:
    assert _WORKER_INDEX is not None, "the worker's index is opened by its initializer"
    return _WORKER_INDEX.trace_document(doc, options=options, quotes=quotes, verify=verify)
