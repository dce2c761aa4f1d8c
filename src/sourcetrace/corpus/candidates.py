"""Candidate pools on one machine: the shared kernels' scores, computed over flat arrays.

A pair of documents scores what :func:`~.kernels.key_pairs` and :func:`~.kernels.add_scores`
give it, key by key (the Spark engine applies those kernels as they are): one for each
sampled shingle both hold, and the weight of each content term both hold when one of them
may be retold from. Here the postings and pair scores are NumPy arrays kept between runs
(:mod:`~.candidate_index`), so the ~10^8 postings of a million documents take about a
gigabyte, and a run after a few documents were added re-chooses only the pools whose
scores moved.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from sourcetrace.corpus.candidate_index import CandidateIndex, KeySource
from sourcetrace.corpus.kernels import CorpusOptions, DocMeta, retold_from, select_pool, tier_of

__all__ = ["CandidateIndex", "KeySource", "candidate_pools", "choose_pools", "update_pools"]


def choose_pools(
    index: CandidateIndex,
    slots: Collection[int],
    meta: Mapping[str, DocMeta],
    options: CorpusOptions,
) -> dict[str, tuple[str, ...]]:
    """Return the pool of each given slot's document (empty when it has no candidate)."""
    eligible = retold_from(meta, options)
    ids = index.ids
    out: dict[str, tuple[str, ...]] = {}
    for slot, partners in index.partners(slots).items():
        doc = ids[slot]
        scored = [(ids[p], score) for p, score in partners]
        out[doc] = select_pool(scored, options, tier=tier_of(meta, doc), retold_from=eligible)
    return out


def update_pools(
    index: CandidateIndex,
    versions: Mapping[str, str],
    keys: KeySource,
    meta: Mapping[str, DocMeta],
    options: CorpusOptions,
) -> dict[str, tuple[str, ...]]:
    """Update ``index`` to the given documents; return the pools that may have changed.

    Args:
        index: The index of the last run (or an empty one).
        versions: Every document's version stamp (text digest, date, kind), by id.
        keys: Returns fingerprints by id.
        meta: Dates and kinds by id.
        options: The corpus settings.

    Returns:
        The pools chosen again, by document id (empty when a document has no candidate
        any more); every other document's pool is as the last run left it.
    """
    eligible = retold_from(meta, options)
    slots = index.update(versions, keys, meta, eligible, options)
    return choose_pools(index, slots, meta, options)


def candidate_pools(
    keys: KeySource,
    options: CorpusOptions,
    meta: Mapping[str, DocMeta],
) -> dict[str, tuple[str, ...]]:
    """Return every document's candidate pool (see :func:`~.kernels.select_pool`), anew.

    Args:
        keys: Returns the fingerprints of the given documents, or of every document.
        options: The corpus settings.
        meta: Dates and kinds by id, for every document (candidates known to come later
            are left out).

    Returns:
        Candidate ids by document id, sorted by id; documents without candidates are
        left out.
    """
    index = CandidateIndex.empty(options.signature())
    versions = dict.fromkeys(meta, "")
    pools = update_pools(index, versions, keys, meta, options)
    return {d: p for d, p in sorted(pools.items()) if p}
