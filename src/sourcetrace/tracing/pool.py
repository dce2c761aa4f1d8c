"""Judging a pool of candidates into a trace result.

:func:`_trace_pool` aligns the candidates, extends the retrieval, finds the holders of
copied text, judges every candidate under the acceptance policy and assembles the
:class:`~sourcetrace.results.TraceResult`, sources first.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from sourcetrace.confidence import ConfidenceModel, load_model
from sourcetrace.dates import document_date
from sourcetrace.documents import Document
from sourcetrace.judge import Article, Candidate, Judgement, Neighbour, judge
from sourcetrace.order import precedes
from sourcetrace.results import Passage, SharedText, SourceMatch, TraceResult
from sourcetrace.tracing.evidence import (
    _add_retold,
    _Article,
    _count_unique,
    _Evidence,
    _evidence,
    _overlap,
)
from sourcetrace.tracing.holders import (
    HOLDERS_FROM,
    _also_held,
    _better_holders,
    _exact_holders,
    _Held,
    _other_holders,
    _shared_text,
)
from sourcetrace.tracing.lookup import Finder, Retriever, _admit, _aligned, _extend
from sourcetrace.tracing.options import TraceOptions


def _model(source_may_be_absent: bool = False) -> ConfidenceModel | None:
    """The shipped confidence model, or None if the package holds none."""
    try:
        return load_model(source_may_be_absent=source_may_be_absent)
    except FileNotFoundError:
        return None


def _candidate(ev: _Evidence) -> Candidate:
    return Candidate(
        ev.doc.id,
        ev.shared,
        ev.shared_pairs,
        frozenset(ev.copied_covered),
        ev.copied,
        ev.unique_copied,
        document_date(ev.doc.date, ev.doc.text),
    )


def _trace_pool(
    art: _Article,
    listed: Sequence[Document],
    *,
    article_id: str | None,
    options: TraceOptions,
    article_date: str | None = None,
    more: Retriever | None = None,
    holding: Finder | None = None,
) -> TraceResult:
    opts = options
    n_words = len(art.words)
    pool = [_overlap(art, doc, aligned=n < opts.candidates) for n, doc in enumerate(listed)]
    found = {ev.doc.id: ev for ev in (_evidence(art, ov, opts) for ov in _aligned(pool, opts))}
    if more is not None and opts.extend_rounds:
        _extend(art, pool, found, more, opts, holding)
    retold: set[str] = set()

    def retell(doc_id: str) -> frozenset[int]:
        ev = found[doc_id]
        taken = {
            i
            for other in found.values()
            if other is not ev
            for start, end, _ in other.long_spans
            for i in range(start, end)
        }
        _add_retold(art, ev, opts, taken)
        retold.add(doc_id)
        return frozenset(ev.covered)

    # Dates are read for the aligned candidates only (a few per trace): soft evidence for
    # the judge. Which documents are offered at all reads metadata dates alone (above).
    dated = document_date(article_date, art.text)

    def judged() -> tuple[list[Candidate], list[Judgement]]:
        _count_unique(found, art)
        context = Article(
            words=n_words,
            pairs=len(art.pairs),
            pool=tuple(
                Neighbour(o.doc.id, o.shared, o.shared_pairs, o.doc.kind, o.doc.date, o.pairs)
                for o in pool
            ),
            min_pool=opts.policy.min_pool,
            date=dated,
        )
        candidates = [_candidate(ev) for ev in found.values()]
        verdicts = judge(
            candidates,
            context,
            opts.policy,
            retell=retell,
            wholly=opts.wholly,
            model=_model(opts.source_may_be_absent),
        )
        return candidates, verdicts

    candidates, verdicts = judged()
    extra: dict[str, _Held] = {}
    counts: dict[tuple[int, int], int] = {}
    accepted = [j.id for j in verdicts if j.derivation != "non"]
    if more is not None and opts.extend_rounds and len(accepted) >= HOLDERS_FROM:
        extra = _other_holders(art, accepted, found, more, opts)
        if holding is not None:
            extra.update(_exact_holders(art, accepted, found, extra, holding, counts, opts))
        better = _better_holders(art, accepted, found, extra, opts)
        if better:
            # Judged again with them: the retold passages are added afresh.
            for doc_id in retold:
                found[doc_id] = _evidence(art, found[doc_id].overlap, opts)
            retold.clear()
            for doc in better:
                _admit(art, doc, pool, {o.doc.id: o for o in pool}, found, opts)
                del extra[doc.id]
            candidates, verdicts = judged()
            accepted = [j.id for j in verdicts if j.derivation != "non"]
    dates = {c.id: c.date for c in candidates}
    sources = []
    for j in verdicts:
        ev = found[j.id]
        sources.append(
            SourceMatch(
                id=ev.doc.id,
                title=ev.doc.title,
                date=ev.doc.date,
                article_coverage=len(j.covered) / n_words,
                source_coverage=len(ev.source_covered) / max(len(ev.source), 1),
                derivation=j.derivation,
                passages=tuple(ev.passages),
                score=j.score,
                reason=j.reason,
                shared_pairs=ev.shared_pairs,
                accepted_by=j.accepted_by,
                confidence=j.confidence,
                features=j.features,
                dated=dates[j.id],
            )
        )
    sources = _unshadowed(sources, {ev.doc.id: ev.doc for ev in found.values()})
    shared: tuple[SharedText, ...] = ()
    if more is not None:
        # An index trace. Corpus mode (no retriever) keeps its pairs as before: its stage
        # state stores passages without ``also_in`` (local and Spark runs must agree).
        holders: Mapping[str, _Evidence | _Held] = found
        if opts.extend_rounds and len(accepted) >= HOLDERS_FROM:
            holders = {**found, **extra}
            shared = _shared_text(art, accepted, found, holders, holding, opts)
        elif opts.extend_rounds and accepted:
            # One source (most stories): the index is not searched for other holders (a
            # phrase query of common words costs seconds on a million documents), but
            # copied text several aligned candidates hold and it does not is listed.
            shared = _shared_text(art, accepted, found, found, None, opts)
        sources = _also_held(art, sources, holders, opts, counts, judged=found.keys())
    sources.sort(key=_listing_order)
    return TraceResult(
        article_id,
        art.text,
        tuple(sources),
        settings=opts.signature(),
        article_dated=dated,
        shared=shared,
    )


#: Share of a copied passage's article span inside a longer copied passage of another
#: source from which it is that source's, not its own; and the same for a retold sentence.
SHADOWED_COPIED = 0.8
SHADOWED_RETOLD = 0.5


def _unshadowed(
    sources: list[SourceMatch], docs: Mapping[str, Document] | None = None
) -> list[SourceMatch]:
    """Drop the passages of accepted sources that a better passage of another one spans.

    Releases share stock sentences ("This is an observational study, so no firm
    conclusions can be drawn…"): a story copying one from a source that goes on beyond it
    shows it once, with that source, not again with every other source holding the
    sentence. A copied passage lying mostly (:data:`SHADOWED_COPIED`) inside a copied
    passage of another accepted source matching more words, and a retold sentence
    lying half (:data:`SHADOWED_RETOLD`) inside one, are dropped.

    Only texts of unknown order shadow each other. Where :func:`sourcetrace.order.precedes`
    orders the two sources (``docs`` gives their dates and kinds), each keeps its
    passages: a release and another outlet's copy of it both accepted, the copied text is
    shown with the release, its origin, and with the copy, which names the release in
    ``also_in`` (the copy matches the story's own edits too, so on length alone it would
    take every passage and leave the origin none).
    """
    docs = docs or {}

    def earlier(a: str, b: str) -> bool | None:
        if a in docs and b in docs:
            return precedes(docs[a], docs[b])
        return None

    copied = [
        (m.id, p)
        for m in sources
        if m.derivation != "non"
        for p in m.passages
        if p.kind == "copied"
    ]

    def shadowed(own: str, p: Passage) -> bool:
        n = p.article_end - p.article_start
        for other, q in copied:
            overlap = min(p.article_end, q.article_end) - max(p.article_start, q.article_start)
            if other == own or overlap <= 0:
                continue
            if earlier(other, own) is not None:
                continue  # one text came first: each shows what it holds (see above)
            if p.kind == "rewritten" and overlap >= SHADOWED_RETOLD * n:
                return True
            longer = (q.matched_words, q.article_end - q.article_start) > (p.matched_words, n)
            if p.kind == "copied" and overlap >= SHADOWED_COPIED * n and longer:
                return True
        return False

    return [
        dataclasses.replace(m, passages=tuple(p for p in m.passages if not shadowed(m.id, p)))
        if m.derivation != "non"
        else m
        for m in sources
    ]


def _listing_order(m: SourceMatch) -> tuple[float, ...]:
    """Sources first, by coverage; then the other candidates, likeliest first (confidence)."""
    if m.derivation != "non":
        return (0, -m.article_coverage, -m.score)
    return (1, -(m.confidence or 0.0), -m.article_coverage, -m.score)
