"""Related documents grouped into clusters with union-find (:func:`clusters`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from sourcetrace.corpus.options import CorpusOptions
from sourcetrace.corpus.records import Cluster, DocMeta, Pair, _day


def _kind(meta: Mapping[str, DocMeta], doc_id: str) -> str | None:
    m = meta.get(doc_id)
    return m.kind if m else None


def _origin_key(meta: DocMeta, in_degree: int) -> tuple[Any, ...]:
    day = _day(meta)
    return (day is None, day or "", meta.kind != "source", in_degree, meta.id)


def _join_min(meta: Mapping[str, DocMeta], pair: Pair, options: CorpusOptions) -> float:
    """The target coverage from which ``pair`` merges its two documents' clusters."""
    both_sources = _kind(meta, pair.source_id) == _kind(meta, pair.target_id) == "source"
    return options.source_cluster_min if both_sources else options.cluster_min


def clusters(
    pairs: Iterable[Pair], meta: Mapping[str, DocMeta], options: CorpusOptions
) -> list[Cluster]:
    """Group documents sharing a text (union-find) and name each group's origin.

    Each document joins the cluster of its best source (the one it takes the most from)
    when it takes at least ``cluster_min`` of its words from it, or when that source is a
    ``source`` (a release) and it is not; a release joins another release's cluster only
    from ``source_cluster_min`` (shared stock text does not merge two releases).

    Args:
        pairs: The oriented pairs.
        meta: Dates and kinds by id.
        options: The corpus settings.

    Returns:
        The clusters, largest first, then by origin id.
    """
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    in_degree: dict[str, int] = defaultdict(int)
    best: dict[str, Pair] = {}
    for p in pairs:
        in_degree[p.target_id] += 1
        find(p.source_id)
        find(p.target_id)
        held = best.get(p.target_id)
        if held is None or (p.target_coverage, held.source_id) > (
            held.target_coverage,
            p.source_id,
        ):
            best[p.target_id] = p
    for p in best.values():
        released = _kind(meta, p.source_id) == "source" and _kind(meta, p.target_id) != "source"
        if released or p.target_coverage >= _join_min(meta, p, options):
            ra, rb = find(p.source_id), find(p.target_id)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = defaultdict(list)
    for x in list(parent):
        groups[find(x)].append(x)
    out = []
    for members in groups.values():
        if len(members) < 2:
            continue
        keyed = sorted(members, key=lambda m: _origin_key(meta.get(m, DocMeta(m)), in_degree[m]))
        origin = keyed[0]
        rest = sorted(keyed[1:], key=lambda m: (_day(meta.get(m, DocMeta(m))) or "~", m))
        out.append(Cluster(f"c:{origin}", origin, (origin, *rest)))
    out.sort(key=lambda c: (-len(c.members), c.origin_id))
    return out
