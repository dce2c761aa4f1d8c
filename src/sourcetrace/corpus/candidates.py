"""Candidate pools on one machine: the shared kernels' scores, computed over flat arrays.

A pair of documents scores what :func:`~.kernels.key_pairs` and :func:`~.kernels.add_scores`
give it, key by key (the Spark engine applies those kernels as they are): one for each
sampled shingle both hold, and the weight of each content term both hold when one of them
may be retold from. Here the postings are NumPy arrays sorted by key, so the ~10^8
postings of a million documents take about a gigabyte, and pairs come out of vectorised
operations on the groups of documents sharing a key instead of a dictionary per key.
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping

import numpy as np
import numpy.typing as npt

from sourcetrace.corpus.kernels import (
    CorpusOptions,
    DocKeys,
    DocMeta,
    retold_from,
    select_pool,
    term_weight,
    tier_of,
)

Ints = npt.NDArray[np.int64]


def _group_pairs(
    postings: array[int], holders: array[int] | Ints, max_df: int
) -> tuple[Ints, Ints, Ints]:
    """Return every pair of documents sharing a key held by 2 to ``max_df`` documents.

    Args:
        postings: The key of each posting (64-bit integers).
        holders: The document (an index) of each posting; a key holds a document once.
        max_df: Keys held by more documents pair none.

    Returns:
        ``(low, high, df)``: the two documents of each pair (low < high) and how many
        documents hold the key that pairs them, one row per (key, pair).
    """
    empty = np.empty(0, dtype=np.int64)
    if len(postings) == 0:
        return empty, empty, empty
    keys = np.frombuffer(postings, dtype=np.int64)
    docs = np.asarray(holders, dtype=np.int64)
    order = np.argsort(keys)
    k, d = keys[order], docs[order]
    starts = np.flatnonzero(np.concatenate(([True], k[1:] != k[:-1])))
    sizes = np.diff(np.append(starts, len(k)))
    lows, highs, dfs = [empty], [empty], [empty]
    for size in range(2, max_df + 1):
        first = starts[sizes == size]
        if len(first) == 0:
            continue
        block = d[first[:, None] + np.arange(size)]
        i, j = np.triu_indices(size, 1)
        a, b = block[:, i].ravel(), block[:, j].ravel()
        lows.append(np.minimum(a, b))
        highs.append(np.maximum(a, b))
        dfs.append(np.full(len(a), size, dtype=np.int64))
    return np.concatenate(lows), np.concatenate(highs), np.concatenate(dfs)


def _sum_by_pair(codes: Ints, values: Ints) -> tuple[Ints, Ints]:
    """Return the distinct pair codes and the sum of ``values`` for each."""
    unique, inverse = np.unique(codes, return_inverse=True)
    sums = np.bincount(inverse, weights=values, minlength=len(unique))
    return unique, sums.astype(np.int64)


#: ``keys(only)``: the fingerprints of the documents in ``only``, or of every document.
KeySource = Callable[[Collection[str] | None], Iterable[DocKeys]]


def candidate_pools(
    keys: KeySource,
    options: CorpusOptions,
    meta: Mapping[str, DocMeta],
    *,
    progress: Callable[[int], None] | None = None,
) -> dict[str, tuple[str, ...]]:
    """Return every document's candidate pool (see :func:`~.kernels.select_pool`).

    Args:
        keys: Returns the fingerprints of the given documents, or of every document
            (each id once); asked first for the documents that may be retold from (their
            terms are the only ones that pair anything), then for all.
        options: The corpus settings.
        meta: Dates and kinds by id (candidates known to come later are left out).
        progress: Called with the number of documents read so far, now and then.

    Returns:
        Candidate ids by document id, sorted by id; documents without candidates are
        left out.
    """
    eligible = retold_from(meta, options)
    pairing_terms: set[str] = set()
    for k in keys({d for d in meta if eligible(d)}):
        pairing_terms.update(k.terms)
    ids: list[str] = []
    sh_keys, sh_sizes = array("q"), array("q")
    term_ids: dict[str, int] = {}
    t_keys, t_docs = array("q"), array("q")
    for n, k in enumerate(keys(None), 1):
        d = len(ids)
        ids.append(k.id)
        sh_keys.extend(k.shingles)
        sh_sizes.append(len(k.shingles))
        for t in pairing_terms.intersection(k.terms) if pairing_terms else ():
            t_keys.append(term_ids.setdefault(t, len(term_ids)))
            t_docs.append(d)
        if progress and n % 1000 == 0:
            progress(n)
    n_docs = len(ids)
    sh_docs = np.repeat(np.arange(n_docs, dtype=np.int64), np.frombuffer(sh_sizes, np.int64))
    low, high, _ = _group_pairs(sh_keys, sh_docs, options.max_df)
    del sh_keys, sh_docs
    sh_codes, sh_counts = _sum_by_pair(low * n_docs + high, np.ones(len(low), dtype=np.int64))
    low, high, df = _group_pairs(t_keys, t_docs, options.max_df)
    retold = np.array([eligible(i) for i in ids], dtype=bool)
    keep = retold[low] | retold[high] if len(low) else np.empty(0, dtype=bool)
    weights = np.array([0] + [term_weight(s, options) for s in range(1, options.max_df + 1)])
    t_codes, t_scores = _sum_by_pair((low * n_docs + high)[keep], weights[df[keep]])
    codes = np.union1d(sh_codes, t_codes)
    shingles = np.zeros(len(codes), dtype=np.int64)
    shingles[np.searchsorted(codes, sh_codes)] = sh_counts
    terms = np.zeros(len(codes), dtype=np.int64)
    terms[np.searchsorted(codes, t_codes)] = t_scores
    partners: dict[str, list[tuple[str, tuple[int, int]]]] = defaultdict(list)
    for code, n_shared, term_score in zip(
        codes.tolist(), shingles.tolist(), terms.tolist(), strict=True
    ):
        a, b = divmod(code, n_docs)
        partners[ids[a]].append((ids[b], (n_shared, term_score)))
        partners[ids[b]].append((ids[a], (n_shared, term_score)))
    return {
        d: select_pool(p, options, tier=tier_of(meta, d), retold_from=eligible)
        for d, p in sorted(partners.items())
    }
