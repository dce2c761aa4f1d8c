"""Candidate pools in memory: the local engine's grouping of the shared kernels."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping

from sourcetrace.corpus.kernels import (
    CorpusOptions,
    DocKeys,
    DocMeta,
    key_pairs,
    postings,
    retold_from,
    select_pool,
    tier_of,
)


def candidate_pools(
    keys: Iterable[DocKeys],
    options: CorpusOptions,
    meta: Mapping[str, DocMeta],
    *,
    progress: Callable[[int], None] | None = None,
) -> dict[str, tuple[str, ...]]:
    """Return every document's candidate pool (see :func:`~.kernels.select_pool`).

    Args:
        keys: The fingerprints of every document.
        options: The corpus settings.
        meta: Dates and kinds by id (candidates known to come later are left out).
        progress: Called with the number of documents read so far, now and then.

    Returns:
        Candidate ids by document id; documents without candidates are left out.
    """
    eligible = retold_from(meta, options)
    posting: dict[str, list[str]] = defaultdict(list)
    for n, k in enumerate(keys, 1):
        for key, doc_id in postings(k):
            posting[key].append(doc_id)
        if progress and n % 1000 == 0:
            progress(n)
    scores: dict[tuple[str, str], list[int]] = {}
    for key, ids in posting.items():
        if len(ids) < 2 or len(ids) > options.max_df:
            continue
        for pair, (n_shared, term_score) in key_pairs(key, ids, options, retold_from=eligible):
            acc = scores.get(pair)
            if acc is None:
                scores[pair] = [n_shared, term_score]
            else:
                acc[0] += n_shared
                acc[1] += term_score
    posting.clear()
    partners: dict[str, list[tuple[str, tuple[int, int]]]] = defaultdict(list)
    for (a, b), (n_shared, term_score) in scores.items():
        partners[a].append((b, (n_shared, term_score)))
        partners[b].append((a, (n_shared, term_score)))
    scores.clear()
    return {
        d: select_pool(p, options, tier=tier_of(meta, d), retold_from=eligible)
        for d, p in sorted(partners.items())
    }
