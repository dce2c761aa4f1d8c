"""Corpus mode: every reuse relation among the indexed documents.

Each document is fingerprinted, paired with candidates sharing copied text or
distinctive terms, traced against those candidates (the same judging as ``trace``), and
the pairs found are oriented, clustered and summarised per publisher. The pure kernels in
:mod:`sourcetrace.corpus.kernels` run either on every core of this machine
(:mod:`~sourcetrace.corpus.local`) or through PySpark (:mod:`~sourcetrace.corpus.spark`).

Example:
    >>> from sourcetrace.corpus import run_corpus
    >>> result = run_corpus("news.db", "out/")  # doctest: +SKIP
    >>> result.pairs[0].source_id  # doctest: +SKIP
"""

from __future__ import annotations

import functools
import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from sourcetrace.corpus.kernels import (
    Cluster,
    CorpusOptions,
    DocMeta,
    Observation,
    Pair,
    clusters,
    compared,
    dated_apart,
    resolve_pairs,
    retold_from,
    story_affinity,
)
from sourcetrace.corpus.local import Progress, RunStats, run_local
from sourcetrace.corpus.outputs import cluster_rows, pair_row, publisher_rows, write_outputs
from sourcetrace.dates import DocDate, document_date
from sourcetrace.documents import Document
from sourcetrace.errors import IndexError_
from sourcetrace.order import precedes
from sourcetrace.report.safe import write_atomic

Engine = Literal["local", "spark"]
ENGINES: tuple[Engine, ...] = ("local", "spark")


@dataclass(frozen=True, slots=True)
class CorpusResult:
    """The outcome of a corpus run.

    Attributes:
        pairs: Every reuse relation, oriented source first.
        clusters: Groups of documents sharing a text, largest first.
        publishers: Per-publisher statistics (``publishers.jsonl`` rows).
        meta: Every document's date, kind and publisher.
        stats: What the run did and how long each stage took.
        files: The output files written.
    """

    pairs: list[Pair]
    clusters: list[Cluster]
    publishers: list[dict[str, Any]]
    meta: dict[str, DocMeta]
    stats: RunStats
    files: list[Path]


def run_corpus(
    db: str | Path,
    out_dir: str | Path,
    *,
    engine: Engine = "local",
    options: CorpusOptions | None = None,
    master: str = "local[*]",
    workers: int | None = None,
    chunk: int = 500,
    parquet: bool = True,
    progress: Progress | None = None,
    claims: bool = False,
) -> CorpusResult:
    """Find every reuse relation among the documents of an index and write the outputs.

    Args:
        db: The index file.
        out_dir: Where ``pairs``, ``clusters`` and ``publishers`` (``.jsonl`` and
            ``.parquet``) and the local engine's stage state go.
        engine: ``local`` (every core of this machine) or ``spark``.
        options: The corpus settings.
        master: The Spark master URL (engine ``spark`` only).
        workers: Processes of the local engine (default: every core).
        chunk: Documents per unit of work the local engine commits to its state.
        parquet: Also write Parquet twins (needs the ``corpus`` extra).
        progress: Called as long stages advance.
        claims: Also compare each derived story's main claim with its source's and give
            each publisher the share whose claim is stronger (``claims_*`` columns; see
            :mod:`sourcetrace.claims.outlets`).

    Returns:
        The pairs, clusters and publisher statistics.

    Raises:
        IndexError_: ``db`` is not an index.
        MissingExtraError: The Spark engine or Parquet output lacks its packages.
    """
    opts = options or CorpusOptions()
    db_path, out = Path(db), Path(out_dir)
    if not db_path.exists():
        raise IndexError_(f"{db_path}: no index there; run 'sourcetrace ingest' first")
    if engine == "spark":
        from sourcetrace.corpus.spark import run_spark

        run = run_spark(db_path, opts, master=master)
    else:
        run = run_local(db_path, out, opts, workers=workers, chunk=chunk, progress=progress)
    t0 = time.perf_counter()
    affinity = _affinity(db_path, run.observations, run.meta, opts)
    pairs = resolve_pairs(run.observations, run.meta, opts, affinity=affinity)
    groups = clusters(pairs, run.meta, opts)
    publishers = publisher_rows(pairs, run.meta)
    if claims:
        _add_claims(db_path, pairs, run.meta, publishers, opts)
    tables = {
        "pairs": [pair_row(p) for p in pairs],
        "clusters": cluster_rows(groups, pairs, run.meta),
        "publishers": publishers,
    }
    files = write_outputs(out, tables, parquet=parquet)
    _write_settings(out, opts)
    run.stats.seconds["outputs"] = time.perf_counter() - t0
    return CorpusResult(pairs, groups, publishers, run.meta, run.stats, files)


def _affinity(
    db: Path, observations: list[Observation], meta: dict[str, DocMeta], options: CorpusOptions
) -> dict[str, dict[str, int]] | None:
    """The closed world's :func:`story_affinity` of the leads, texts read from the index."""
    if not options.closed_world or options.story_lead_ratio <= 0:
        return None
    from sourcetrace.index import open_store

    retold = retold_from(meta, options)
    store = open_store(db, readonly=True)

    def read(ids: list[str]) -> dict[str, Document]:
        """The documents of ``ids`` as the engines read them (see :func:`compared`)."""
        return {i: compared(d, options) for i, d in store.get_many(ids).items()}

    @functools.cache
    def dated(doc_id: str) -> DocDate | None:
        doc = read([doc_id]).get(doc_id)
        return document_date(doc.date, doc.text) if doc is not None else None

    def apart(candidate: str, article: str) -> bool:
        return dated_apart(options.trace.policy, dated(candidate), dated(article))

    def may_source(candidate: str, article: str) -> bool:
        earlier = precedes(
            meta.get(candidate, DocMeta(candidate)), meta.get(article, DocMeta(article))
        )
        return retold(candidate) and earlier is True and not apart(candidate, article)

    try:
        return story_affinity(
            observations,
            lambda ids: {i: d.text for i, d in read(list(ids)).items()},
            may_source,
            apart=apart,
            max_holders=options.story_pair_max_holders,
        )
    finally:
        store.close()


def _write_settings(out: Path, options: CorpusOptions) -> None:
    """Write ``settings.json``: the digest of the settings in force (the cache key), the policy."""
    record = {
        "signature": options.signature(),
        "policy": options.trace.policy.signature(),
        "options": repr(options),
    }
    write_atomic(out / "settings.json", json.dumps(record, indent=1) + "\n")


__all__ = [
    "ENGINES",
    "Cluster",
    "CorpusOptions",
    "CorpusResult",
    "Engine",
    "Pair",
    "run_corpus",
]


def _add_claims(
    db: Path,
    pairs: list[Pair],
    meta: dict[str, DocMeta],
    rows: list[dict[str, Any]],
    options: CorpusOptions,
) -> None:
    """Add each publisher's ``claims_*`` figures to its row (issue 17).

    Stories and sources are read as the engines read them (:func:`compared`).

    Each story is compared with the documents it derives from that come before it by
    the one rule of :func:`sourcetrace.order.precedes` (a release before a story, an
    earlier day before a later one), most of its text first, as ``trace`` compares it: a
    sibling story of another outlet, or a release of the same day as another release,
    is no source of its main claim.
    """
    from sourcetrace.claims.outlets import outlet_claims
    from sourcetrace.index import open_store

    earlier: dict[str, list[Pair]] = {}
    for p in pairs:
        src, tgt = meta.get(p.source_id, DocMeta(p.source_id)), meta.get(p.target_id)
        if tgt is not None and precedes(src, tgt) is True:
            earlier.setdefault(p.target_id, []).append(p)
    derived = {
        t: [p.source_id for p in sorted(ps, key=lambda p: (-p.target_coverage, p.source_id))]
        for t, ps in earlier.items()
    }
    store = open_store(db, readonly=True)
    try:
        figures = outlet_claims(
            sorted(derived.items()),
            {i: m.publisher for i, m in meta.items()},
            lambda ids: {i: compared(d, options) for i, d in store.get_many(list(ids)).items()},
            store=store,
        )
    finally:
        store.close()
    for row in rows:
        got = figures.get(row["publisher"], {})
        row["claims_compared"] = got.get("claims_compared", 0)
        row["claims_stronger"] = got.get("claims_stronger", 0)
        row["claims_stronger_share"] = got.get("claims_stronger_share")
