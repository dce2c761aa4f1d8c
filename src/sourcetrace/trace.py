"""Trace an article to the indexed documents it was written from.

Three stages, each a plain function over plain data:

1. **Retrieve** candidates by BM25 over the article's most distinctive words (the
   rarest names, figures and terms it holds), so sources it retells in its own words are
   found as well as sources it copies.
2. **Align** each candidate: copied passages word by word (:mod:`sourcetrace.align`),
   then retold sentences, matched by the weighted share of their distinctive word stems
   found in one source sentence (:mod:`sourcetrace.sentences`).
3. **Judge** each candidate from the evidence under the acceptance policy of
   :mod:`sourcetrace.judge`: how much of the article it accounts for that no better
   source already explains, and how specific the shared content is, measured against a
   deeper pool of retrieved documents (the article's topical neighbours) that are not
   aligned. Each candidate also gets a confidence (:mod:`sourcetrace.confidence`).

:func:`trace` retrieves the candidates from an index; :func:`trace_pool` judges a pool
chosen by the caller (corpus mode).

The stages live in :mod:`sourcetrace.tracing`: the settings
(:mod:`~sourcetrace.tracing.options`), the article and each candidate's aligned evidence
(:mod:`~sourcetrace.tracing.evidence`), the further retrievals and look-ups of what is not
yet explained (:mod:`~sourcetrace.tracing.lookup`), the other documents holding copied
text (:mod:`~sourcetrace.tracing.holders`) and the judging of a pool into a result
(:mod:`~sourcetrace.tracing.pool`). This module is the entry point and keeps the public
names importable from here; the constants are read in the module that defines them (set
them there, not here).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from sourcetrace.documents import Document
from sourcetrace.index.base import Store
from sourcetrace.order import precedes
from sourcetrace.quotes.limits import (
    MAX_SOURCE_CHARS,
    compared_part,
    long_source_notice,
    searched_end,
)
from sourcetrace.results import TraceResult
from sourcetrace.tracing.evidence import EDITED_SENTENCE_EDITS as EDITED_SENTENCE_EDITS
from sourcetrace.tracing.evidence import OUTMATCH_DENSITY as OUTMATCH_DENSITY
from sourcetrace.tracing.evidence import OUTMATCH_WORDS as OUTMATCH_WORDS
from sourcetrace.tracing.evidence import STRAY_EDGE_WORDS as STRAY_EDGE_WORDS
from sourcetrace.tracing.evidence import WHOLE_SENTENCES as WHOLE_SENTENCES
from sourcetrace.tracing.evidence import _article
from sourcetrace.tracing.evidence import content_pairs as content_pairs
from sourcetrace.tracing.holders import HOLDER_HITS as HOLDER_HITS
from sourcetrace.tracing.holders import HOLDERS_FROM as HOLDERS_FROM
from sourcetrace.tracing.holders import SAME_TEXT as SAME_TEXT
from sourcetrace.tracing.lookup import EXTEND_FROM as EXTEND_FROM
from sourcetrace.tracing.lookup import LOOKUP_HOLDERS as LOOKUP_HOLDERS
from sourcetrace.tracing.lookup import LOOKUP_MAX_DOCS as LOOKUP_MAX_DOCS
from sourcetrace.tracing.lookup import LOOKUP_RUN as LOOKUP_RUN
from sourcetrace.tracing.lookup import POOL_COPY_SHARE as POOL_COPY_SHARE
from sourcetrace.tracing.lookup import PROBE_UNRELATED as PROBE_UNRELATED
from sourcetrace.tracing.lookup import SENTENCE_HITS as SENTENCE_HITS
from sourcetrace.tracing.lookup import SENTENCE_PAIRS as SENTENCE_PAIRS
from sourcetrace.tracing.lookup import SENTENCE_TERMS as SENTENCE_TERMS
from sourcetrace.tracing.lookup import Finder as Finder
from sourcetrace.tracing.lookup import Retriever as Retriever
from sourcetrace.tracing.options import MAX_CHARS as MAX_CHARS
from sourcetrace.tracing.options import TraceOptions as TraceOptions
from sourcetrace.tracing.pool import SHADOWED_COPIED as SHADOWED_COPIED
from sourcetrace.tracing.pool import SHADOWED_RETOLD as SHADOWED_RETOLD
from sourcetrace.tracing.pool import _trace_pool


def trace(
    store: Store,
    text: str,
    *,
    article_id: str | None = None,
    article_date: str | None = None,
    exclude: Collection[str] = (),
    options: TraceOptions | None = None,
    max_chars: int = MAX_CHARS,
) -> TraceResult:
    """Find the indexed documents an article was written from.

    Args:
        store: The index to search.
        text: The article's text.
        article_id: Its id, if indexed: it is never offered as its own source.
        article_date: Its date (ISO 8601): documents dated later are not offered.
        exclude: Ids of documents never to offer as sources.
        options: Trace settings.
        max_chars: Longest text traced (see :data:`MAX_CHARS`).

    Returns:
        The sources, best first, with aligned passages and coverage figures.
    """
    opts = options or TraceOptions()
    end = searched_end(text, max_chars)
    if end < len(text):
        # A hostile or huge text (issue 14): trace its beginning, and say so.
        notice = (
            f"The text has {len(text):,} characters: its sources were traced from the first "
            f"{end:,} only, and coverage is of those (limit: {max_chars:,} characters)."
        )
        part = trace(
            store,
            text[:end],
            article_id=article_id,
            article_date=article_date,
            exclude=exclude,
            options=opts,
            max_chars=max_chars,
        )
        return dataclasses.replace(part, article_text=text, notices=(*part.notices, notice))
    art, ranked = _article(text, store.count(), store.doc_freqs)
    if not art.words:
        return TraceResult(article_id, text, (), settings=opts.signature())
    depth = max(opts.pool, opts.candidates)
    hits = store.candidates(ranked[: opts.query_terms], limit=depth + 1)
    skip = {article_id, *exclude}
    article = _ArticleDate(article_date)
    long_docs: dict[str, int] = {}

    def fetch(ids: Sequence[str]) -> list[Document]:
        """The documents of ``ids`` that may precede the article, cut to what is compared."""
        got = store.get_many(ids)
        docs = [got[i] for i in ids if i in got and precedes(got[i], article) is not False]
        long_docs.update((d.id, len(d.text)) for d in docs if len(d.text) > MAX_SOURCE_CHARS)
        return [compared_part(d) for d in docs]

    listed = fetch([doc_id for doc_id, _ in hits if doc_id not in skip][:depth])

    def more(terms: Sequence[str], seen: Collection[str], limit: int) -> list[Document]:
        hits = store.candidates(terms, limit=len(seen) + len(skip) + limit)
        return fetch([d for d, _ in hits if d not in seen and d not in skip][:limit])

    excluded = [i for i in skip if i is not None]

    def holding(
        phrases: Sequence[str], seen: Collection[str], limit: int
    ) -> tuple[list[Document], int]:
        ids, total = store.holding(phrases, limit=len(seen) + limit, exclude=excluded)
        return fetch([d for d in ids if d not in seen][:limit]), total

    result = _trace_pool(
        art,
        listed,
        article_id=article_id,
        article_date=article_date,
        options=opts,
        more=more,
        holding=holding,
    )
    if not long_docs:
        return result
    told = tuple(long_source_notice(i, n) for i, n in long_docs.items())
    return dataclasses.replace(result, notices=(*result.notices, *told))


@dataclass(frozen=True, slots=True)
class _ArticleDate:
    """An article as :func:`sourcetrace.order.precedes` reads it: a date, no kind."""

    date: str | None
    kind: str | None = None


def trace_pool(
    text: str,
    pool: Sequence[Document],
    *,
    n_docs: int,
    doc_freqs: Callable[[Iterable[str]], Mapping[str, int]],
    article_id: str | None = None,
    article_date: str | None = None,
    options: TraceOptions | None = None,
) -> TraceResult:
    """Judge an article against a given pool of candidates (no retrieval).

    Corpus mode chooses each document's candidates itself and calls this; :func:`trace`
    retrieves them from an index first.

    Args:
        text: The article's text.
        pool: The candidates, best first; the first ``options.candidates`` are aligned.
        n_docs: Number of documents the term rarity is measured over.
        doc_freqs: How many of them hold each term.
        article_id: The article's id.
        article_date: Its date (ISO 8601), if known: read as evidence only (see
            :class:`sourcetrace.judge.DatedStandOut`); the pool is taken as given.
        options: Trace settings.

    Returns:
        The sources, best first, with aligned passages and coverage figures.
    """
    opts = options or TraceOptions()
    art, _ = _article(text, n_docs, doc_freqs)
    if not art.words:
        return TraceResult(article_id, text, (), settings=opts.signature())
    return _trace_pool(art, pool, article_id=article_id, article_date=article_date, options=opts)


def trace_many(
    store: Store, docs: Sequence[Document], *, options: TraceOptions | None = None
) -> list[TraceResult]:
    """Trace several articles (see :func:`trace`)."""
    return [
        trace(store, d.text, article_id=d.id, article_date=d.date, options=options) for d in docs
    ]
