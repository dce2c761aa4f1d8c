"""Pure kernels of corpus mode, shared by the local and the Spark engine.

Every function here takes and returns plain values, so both engines run exactly the
same code and give the same result:

1. :func:`doc_keys` fingerprints one document: sampled word n-gram hashes (copied text)
   and its content terms (the names, figures and technical words a retelling keeps).
2. :func:`key_pairs` turns the postings of one key into scored candidate pairs, and
   :func:`select_pool` picks each document's candidates from those scores.
3. :func:`verify` runs :func:`sourcetrace.trace.trace` for one document against its
   candidates only, so corpus mode judges reuse exactly as ``trace`` does.
4. :func:`resolve_pairs` orients each related pair (earlier text first) and
   :func:`clusters` groups related documents with union-find.

Scores are integers, so sums do not depend on the order an engine adds them in.

The settings (:mod:`~sourcetrace.corpus.options`), the records the kernels pass
(:mod:`~sourcetrace.corpus.records`), the orientation and corroboration of pairs
(:mod:`~sourcetrace.corpus.orient`) and the clustering
(:mod:`~sourcetrace.corpus.grouping`) have modules of their own; their public names are
importable from here too.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import math
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import lru_cache

from sourcetrace.confidence import model_version
from sourcetrace.corpus.grouping import clusters as clusters
from sourcetrace.corpus.options import CORPUS_POLICY as CORPUS_POLICY
from sourcetrace.corpus.options import SCHEME as SCHEME
from sourcetrace.corpus.options import CorpusOptions as CorpusOptions
from sourcetrace.corpus.orient import CORROBORATED as CORROBORATED
from sourcetrace.corpus.orient import STORY_LEAD as STORY_LEAD
from sourcetrace.corpus.orient import corroborated as corroborated
from sourcetrace.corpus.orient import dated_apart as dated_apart
from sourcetrace.corpus.orient import direction as direction
from sourcetrace.corpus.orient import resolve_pairs as resolve_pairs
from sourcetrace.corpus.orient import story_affinity as story_affinity
from sourcetrace.corpus.records import Cluster as Cluster
from sourcetrace.corpus.records import DocKeys as DocKeys
from sourcetrace.corpus.records import DocMeta as DocMeta
from sourcetrace.corpus.records import Observation as Observation
from sourcetrace.corpus.records import Pair as Pair
from sourcetrace.corpus.shingles import shingles
from sourcetrace.documents import Document
from sourcetrace.judge import BestPairsFallback, closed_world
from sourcetrace.order import precedes
from sourcetrace.quotes.limits import compared_part, compared_text, long_document_notice
from sourcetrace.text import cached_words, is_content, term_set, word_keys
from sourcetrace.trace import trace_pool


def text_digest(text: str) -> str:
    """Return a short digest of a text."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


def compared(doc: Document, options: CorpusOptions) -> Document:
    """Return ``doc`` cut to what corpus mode reads of it (``max_source_chars``).

    The cut of a trace's sources (:func:`~sourcetrace.quotes.limits.compared_part`); a
    document already cut, or short enough, is returned as it is.
    """
    return compared_part(doc, options.max_source_chars)


def long_notices(lengths: Mapping[str, int], options: CorpusOptions) -> list[str]:
    """Return a notice for each document longer than ``max_source_chars``, by id.

    Args:
        lengths: Each document's length in characters, by id (all or only the long).
        options: The corpus settings.
    """
    limit = options.max_source_chars
    return [long_document_notice(i, n, limit) for i, n in sorted(lengths.items()) if n > limit]


def doc_keys(doc_id: str, text: str, options: CorpusOptions) -> DocKeys:
    """Fingerprint one document: the part of it compared (see :func:`compared`).

    Args:
        doc_id: Its id.
        text: Its text.
        options: The corpus settings (``ngram``, ``sample``, ``max_source_chars``).

    Returns:
        Its sampled shingle hashes and content terms, with the digest of its whole text.

    Example:
        >>> k = doc_keys("a", "Folic acid cuts the risk of birth defects.", CorpusOptions())
        >>> k.terms[:3]
        ('acid', 'birth', 'cuts')
    """
    keys = word_keys(compared_text(text, options.max_source_chars))
    sampled = shingles(keys, options.ngram, options.sample)
    terms = {t for t in term_set(k for k in keys if is_content(k)) if len(t) > 1}
    return DocKeys(doc_id, text_digest(text), sampled, tuple(sorted(terms)))


def postings(keys: DocKeys) -> Iterator[tuple[str, str]]:
    """Yield ``(key, doc_id)`` for each key of a document (``s:`` shingles, ``t:`` terms)."""
    for h in keys.shingles:
        yield f"s:{h:x}", keys.id
    for t in keys.terms:
        yield f"t:{t}", keys.id


def term_weight(df: int, options: CorpusOptions) -> int:
    """Return the integer weight of a term held by ``df`` documents (rarer is heavier).

    ``df`` is rounded down to a power of two, so documents added later rarely change
    the weights (and with them the candidate pools an incremental run must redo).
    """
    return round(1000 * math.log(1 + options.max_df / (1 << (df.bit_length() - 1))))


def key_pairs(
    key: str,
    doc_ids: Iterable[str],
    options: CorpusOptions,
    *,
    retold_from: Callable[[str], bool] | None = None,
) -> Iterator[tuple[tuple[str, str], tuple[int, int]]]:
    """Yield the candidate pairs one key gives, scored.

    Args:
        key: A key from :func:`postings`.
        doc_ids: Every document holding it.
        options: The corpus settings (``max_df``, ``max_term_holders``,
            ``closed_world``).
        retold_from: Whether a document may be retold from (see
            :func:`retold_from`); a term key pairs only documents of which one may.
            Default: every document may.

    Yields:
        ``((a, b), (shared_shingles, term_score))`` with ``a < b``.
    """
    ids = sorted(set(doc_ids))
    if key.startswith("s:"):
        if len(ids) < 2 or len(ids) > options.max_df:
            return
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                yield (a, b), (1, 0)
        return
    eligible = retold_from or (lambda _: True)
    ok = [eligible(d) for d in ids]
    n_eligible = sum(ok)
    if len(ids) < 2 or n_eligible == 0 or not _term_pairs_ok(len(ids), n_eligible, options):
        return
    score = (0, term_weight(_term_df(len(ids), n_eligible, options), options))
    for i, a in enumerate(ids):
        for j in range(i + 1, len(ids)):
            if ok[i] or ok[j]:
                yield (a, ids[j]), score


def _term_pairs_ok(holders: int, eligible: int, options: CorpusOptions) -> bool:
    """Whether a term held by ``holders`` documents (``eligible`` may be retold from) pairs."""
    if options.closed_world:
        return eligible <= options.max_df and holders <= options.max_term_holders
    return holders <= options.max_df


def _term_df(holders: int, eligible: int, options: CorpusOptions) -> int:
    """The document frequency a term is weighted by (see :func:`term_weight`).

    With ``closed_world``, rarity among the documents that may be retold from: a term of
    one release and of the sixty stories written from it is as distinctive of that
    release as a term no story repeats. Otherwise every holder counts.
    """
    return eligible if options.closed_world else holders


def add_scores(x: tuple[int, int], y: tuple[int, int]) -> tuple[int, int]:
    """Add two ``(shared_shingles, term_score)`` scores."""
    return x[0] + y[0], x[1] + y[1]


def select_pool(
    scored: Iterable[tuple[str, tuple[int, int]]],
    options: CorpusOptions,
    *,
    tier: Callable[[str], bool | None] | None = None,
    retold_from: Callable[[str], bool] | None = None,
) -> tuple[str, ...]:
    """Choose one document's candidates from its scored partners.

    Partners sharing ``min_shared`` shingles (copied text) are all kept, up to
    ``max_copies``; then the ``pool`` partners sharing the most distinctive terms (a
    retelling and its topical neighbours, which the trace needs to judge it), chosen
    separately among the partners known to come earlier and those of unknown order.
    Partners known to come later are left out: they find this document from their side.

    Args:
        scored: ``(partner_id, (shared_shingles, term_score))``.
        options: The corpus settings.
        tier: Whether a partner comes before this document (True), after it (False)
            or is of unknown order (None); default: unknown for every partner.
        retold_from: Whether a partner may be chosen by its terms (see
            :func:`retold_from`); default: every partner may.

    Returns:
        The candidate ids, best first.
    """
    order = tier or (lambda _: None)
    items = [x for x in scored if order(x[0]) is not False]
    items.sort(key=lambda x: (-x[1][0], -x[1][1], x[0]))
    copies = [d for d, (n, _) in items if n >= options.min_shared][: options.max_copies]
    chosen = dict.fromkeys(copies)
    eligible = retold_from or (lambda _: True)
    by_terms = sorted(
        (x for x in items if eligible(x[0])), key=lambda x: (-x[1][1], -x[1][0], x[0])
    )
    for group in (True, None):
        for d, _ in [x for x in by_terms if order(x[0]) is group][: options.pool]:
            chosen.setdefault(d)
    rank = {d: i for i, (d, _) in enumerate(items)}
    return tuple(sorted(chosen, key=rank.__getitem__))


def retold_from(meta: Mapping[str, DocMeta], options: CorpusOptions) -> Callable[[str], bool]:
    """Return whether a document may be retold from: its kind is one of ``retold_kinds``.

    Example:
        >>> f = retold_from({"pr": DocMeta("pr", kind="source")}, CorpusOptions())
        >>> f("pr"), f("story")
        (True, False)
    """
    kinds = options.retold_kinds
    if kinds is None:
        return lambda _: True
    allowed = frozenset(kinds)
    return lambda doc_id: (m := meta.get(doc_id)) is not None and m.kind in allowed


def tier_of(meta: Mapping[str, DocMeta], doc_id: str) -> Callable[[str], bool | None]:
    """Return the ``tier`` function of :func:`select_pool` for one document."""
    doc = meta.get(doc_id, DocMeta(doc_id))
    return lambda other: precedes(meta.get(other, DocMeta(other)), doc)


def pool_signature(
    doc: tuple[str, str], pool: Sequence[tuple[str, str]], options: CorpusOptions
) -> str:
    """Return a digest of everything :func:`verify` reads, to key its cached result.

    Args:
        doc: The traced document's ``(id, text digest)``.
        pool: Its candidates' ``(id, text digest)``, in order.
        options: The corpus settings.

    The confidence model's version is part of it: observations carry confidences.
    """
    absent = options.trace.source_may_be_absent
    version = model_version(source_may_be_absent=True) if absent else model_version()
    parts = [options.signature(), str(version), *doc, *(f"{i}={d}" for i, d in pool)]
    return hashlib.blake2b("|".join(parts).encode(), digest_size=12).hexdigest()


def verify(doc: Document, pool: Sequence[Document], options: CorpusOptions) -> list[Observation]:
    """Trace one document against its candidates and return the sources it reuses.

    Candidates known to come later (by date or kind) are never offered. Those known to
    come earlier are traced first, as ``trace`` would against an index of sources; then
    the candidates of unknown order (undated stories among themselves: wire copy,
    siblings retelling one release), so a story's siblings do not hide its release.

    Each tier is judged by :func:`sourcetrace.trace.trace_pool` under the trace's
    policy; with ``closed_world``, an article's earlier tier is judged under
    :func:`sourcetrace.judge.closed_world` of it (its best candidate by shared pairs is
    accepted when no rule accepts any). With ``corroborate`` or ``closed_world``, that
    candidate is returned as a lead (``Observation.lead``), and with ``closed_world``
    the tier's other candidates as alternate leads, for :func:`resolve_pairs` to report
    the one corroborated (see :func:`corroborated`).

    The trace sees only ``doc`` and its pool; term rarity is measured inside that pool
    (the document's topical neighbourhood), so the result depends on nothing else and
    can be cached, and an incremental run gives the same result as a full one.

    Each document, article or candidate, is read up to ``max_source_chars`` (see
    :func:`compared`); passages' offsets still point into the whole texts.

    Args:
        doc: The document traced as the article.
        pool: Its candidates (see :func:`select_pool`), best first.
        options: The corpus settings.

    Returns:
        One observation per candidate judged ``wholly`` or ``partially`` a source.
    """
    doc = compared(doc, options)
    pool = [compared(c, options) for c in pool]
    earlier = [c for c in pool if precedes(c, doc) is True]
    peers = [c for c in pool if precedes(c, doc) is None]
    out: list[Observation] = []
    for tier in (earlier, peers):
        if not tier:
            continue
        policy = options.trace.policy
        fallback = options.closed_world or options.corroborate
        if tier is earlier and fallback and doc.kind == "article":
            policy = closed_world(policy)
        topts = dataclasses.replace(
            options.trace, candidates=max(options.trace.candidates, len(tier)), policy=policy
        )
        df: Counter[str] = Counter()
        for d in (doc, *tier):
            df.update(doc_terms(d.text))
        result = trace_pool(
            doc.text,
            tier,
            n_docs=len(tier) + 1,
            doc_freqs=functools.partial(_known, df),
            article_id=doc.id,
            article_date=doc.date,
            options=topts,
        )
        picked = any(s.accepted_by == BestPairsFallback.name for s in result.sources)
        alternates = picked and options.closed_world
        out += [
            Observation(
                doc.id,
                s.id,
                s.article_coverage,
                s.source_coverage,
                s.passages,
                lead=picked,
                confidence=s.confidence,
                alternate=s.derivation == "non",
                accepted_by=s.accepted_by,
                reason=s.reason,
            )
            for s in result.sources
            if alternates or s.derivation != "non"
        ]
    return out


def _known(counts: Mapping[str, int], terms: Iterable[str]) -> dict[str, int]:
    """Return the counts of the terms counted (absent terms left out)."""
    return {t: counts[t] for t in terms if t in counts}


@lru_cache(maxsize=8192)
def doc_terms(text: str) -> frozenset[str]:
    """Return the index terms of a text (cached: a document sits in many pools)."""
    return term_set(cached_words(text).keys)
