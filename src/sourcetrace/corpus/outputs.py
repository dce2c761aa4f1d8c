"""The outputs of a corpus run: JSON Lines files, each with a Parquet twin.

* ``pairs.jsonl``: ``source_id`` (the earlier or original text), ``target_id``,
  ``source_coverage``, ``target_coverage``, ``derivation``, ``direction`` (null when
  nothing orders the two), ``accepted_by``, ``confidence``, ``reason`` and ``passages``
  as in ``trace --json`` (``article_*`` offsets point into the target);
* ``clusters.jsonl``: ``cluster_id``, ``origin_id``, ``members`` and a ``timeline`` (each
  member's date, publisher and the share of it taken from the cluster);
* ``publishers.jsonl``: per publisher, its documents, the shares wholly and partially
  derived from another document, and its most reused sources.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from sourcetrace.corpus.kernels import Cluster, DocMeta, Pair
from sourcetrace.errors import MissingExtraError
from sourcetrace.report.safe import atomic_path

FILES = ("pairs", "clusters", "publishers")
#: The formats each file may be written in.
SUFFIXES = (".jsonl", ".parquet")


def pair_row(p: Pair) -> dict[str, Any]:
    """Return one pair as a ``pairs.jsonl`` row."""
    return {
        "source_id": p.source_id,
        "target_id": p.target_id,
        "source_coverage": round(p.source_coverage, 4),
        "target_coverage": round(p.target_coverage, 4),
        "derivation": p.derivation,
        "direction": p.direction,
        "accepted_by": p.accepted_by,
        "confidence": None if p.confidence is None else round(p.confidence, 4),
        "reason": p.reason,
        "passages": [x.to_dict() for x in p.passages],
    }


def cluster_rows(
    clusters: Sequence[Cluster], pairs: Sequence[Pair], meta: Mapping[str, DocMeta]
) -> list[dict[str, Any]]:
    """Return the ``clusters.jsonl`` rows, each with its timeline."""
    taken: dict[str, float] = defaultdict(float)
    for p in pairs:
        taken[p.target_id] = max(taken[p.target_id], p.target_coverage)
    rows = []
    for c in clusters:
        timeline = []
        for m in c.members:
            info = meta.get(m, DocMeta(m))
            timeline.append(
                {
                    "id": m,
                    "date": info.date,
                    "publisher": info.publisher,
                    "kind": info.kind,
                    "reused": round(taken.get(m, 0.0), 4),
                }
            )
        rows.append(
            {
                "cluster_id": c.cluster_id,
                "origin_id": c.origin_id,
                "members": list(c.members),
                "timeline": timeline,
            }
        )
    return rows


def publisher_rows(
    pairs: Sequence[Pair], meta: Mapping[str, DocMeta], *, top: int = 5
) -> list[dict[str, Any]]:
    """Return per-publisher statistics (documents without a publisher are left out).

    Args:
        pairs: The oriented pairs.
        meta: Every document's metadata.
        top: How many most reused sources to list per publisher.
    """
    best: dict[str, str] = {}
    with_text: set[str] = set()  # targets with at least one aligned passage
    sources: dict[str, Counter[str]] = defaultdict(Counter)
    for p in pairs:
        if best.get(p.target_id) != "wholly":
            best[p.target_id] = p.derivation
        if p.passages:
            with_text.add(p.target_id)
        publisher = meta[p.target_id].publisher if p.target_id in meta else None
        if publisher:
            sources[publisher][p.source_id] += 1
    docs: Counter[str] = Counter(m.publisher for m in meta.values() if m.publisher)
    wholly: Counter[str] = Counter()
    partially: Counter[str] = Counter()
    no_text: Counter[str] = Counter()  # partially, and no pair of theirs aligned any text
    for doc_id, verdict in best.items():
        publisher = meta[doc_id].publisher if doc_id in meta else None
        if publisher:
            (wholly if verdict == "wholly" else partially)[publisher] += 1
            if verdict != "wholly" and doc_id not in with_text:
                no_text[publisher] += 1
    rows = []
    for publisher, n in sorted(docs.items(), key=lambda x: (-x[1], x[0])):
        ranked = sorted(sources[publisher].items(), key=lambda x: (-x[1], x[0]))[:top]
        rows.append(
            {
                "publisher": publisher,
                "documents": n,
                "wholly": wholly[publisher],
                "partially": partially[publisher],
                "wholly_share": round(wholly[publisher] / n, 4),
                "partially_share": round(partially[publisher] / n, 4),
                "partially_no_text": no_text[publisher],
                "partially_no_text_share": round(no_text[publisher] / n, 4),
                "top_sources": [{"id": i, "reused": k} for i, k in ranked],
            }
        )
    return rows


def _parquet(path: Path, name: str, rows: list[dict[str, Any]]) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise MissingExtraError("Parquet output", "corpus") from exc
    schema = _SCHEMAS[name](pa)
    table = pa.Table.from_pylist(rows, schema=schema)
    with atomic_path(path) as tmp:
        pq.write_table(table, tmp)


def _pairs_schema(pa: Any) -> Any:
    passage = pa.struct(
        [
            ("article_start", pa.int64()),
            ("article_end", pa.int64()),
            ("source_start", pa.int64()),
            ("source_end", pa.int64()),
            ("similarity", pa.float64()),
            ("kind", pa.string()),
        ]
    )
    return pa.schema(
        [
            ("source_id", pa.string()),
            ("target_id", pa.string()),
            ("source_coverage", pa.float64()),
            ("target_coverage", pa.float64()),
            ("derivation", pa.string()),
            ("direction", pa.string()),
            ("accepted_by", pa.string()),
            ("confidence", pa.float64()),
            ("reason", pa.string()),
            ("passages", pa.list_(passage)),
        ]
    )


def _clusters_schema(pa: Any) -> Any:
    member = pa.struct(
        [
            ("id", pa.string()),
            ("date", pa.string()),
            ("publisher", pa.string()),
            ("kind", pa.string()),
            ("reused", pa.float64()),
        ]
    )
    return pa.schema(
        [
            ("cluster_id", pa.string()),
            ("origin_id", pa.string()),
            ("members", pa.list_(pa.string())),
            ("timeline", pa.list_(member)),
        ]
    )


def _publishers_schema(pa: Any) -> Any:
    source = pa.struct([("id", pa.string()), ("reused", pa.int64())])
    return pa.schema(
        [
            ("publisher", pa.string()),
            ("documents", pa.int64()),
            ("wholly", pa.int64()),
            ("partially", pa.int64()),
            ("wholly_share", pa.float64()),
            ("partially_share", pa.float64()),
            ("partially_no_text", pa.int64()),
            ("partially_no_text_share", pa.float64()),
            ("top_sources", pa.list_(source)),
            # With claims (run_corpus(claims=True)); null otherwise.
            ("claims_compared", pa.int64()),
            ("claims_stronger", pa.int64()),
            ("claims_stronger_share", pa.float64()),
        ]
    )


_SCHEMAS = {
    "pairs": _pairs_schema,
    "clusters": _clusters_schema,
    "publishers": _publishers_schema,
}


def write_outputs(
    out_dir: Path, tables: Mapping[str, list[dict[str, Any]]], *, parquet: bool = True
) -> list[Path]:
    """Write each table as JSON Lines and, with ``parquet``, as Parquet.

    Each file is written to a temporary file renamed into place, so a failure part way
    (disk full, Ctrl-C) leaves the previous run's file whole and no partial one. A file
    of a format not written this run (the Parquet twins of an earlier run, without
    ``parquet``) is removed: it would no longer match.

    Args:
        out_dir: The output folder (created if missing).
        tables: Rows by file name (``pairs``, ``clusters``, ``publishers``).
        parquet: Also write the Parquet twins (needs the ``corpus`` extra).

    Returns:
        The files written.

    Raises:
        MissingExtraError: ``parquet`` is asked for but pyarrow is not installed.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, rows in tables.items():
        path = out_dir / f"{name}.jsonl"
        with atomic_path(path) as tmp, tmp.open("w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        written.append(path)
        if parquet:
            pq_path = out_dir / f"{name}.parquet"
            _parquet(pq_path, name, rows)
            written.append(pq_path)
    for name in tables:
        for suffix in SUFFIXES:
            stale = out_dir / f"{name}{suffix}"
            if stale not in written:
                stale.unlink(missing_ok=True)
    return written
