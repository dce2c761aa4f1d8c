"""Engine spark: the shared kernels through PySpark, on any cluster or in local mode.

The stages are those of the local engine, expressed as RDD operations over the same pure
functions (:mod:`sourcetrace.corpus.kernels`): fingerprints are exploded into postings,
grouped by key into scored pairs, reduced per pair, grouped per document into candidate
pools, joined with the candidates' texts and verified. Only the observations come back to
the driver, which orients, clusters and writes them as the local engine does.

PySpark is imported only when this engine is chosen (``pip install 'sourcetrace[spark]'``).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sourcetrace.corpus.kernels import (
    CorpusOptions,
    Observation,
    add_scores,
    compared,
    doc_keys,
    key_pairs,
    long_notices,
    postings,
    retold_from,
    select_pool,
    tier_of,
    verify,
)
from sourcetrace.corpus.local import EMPTY_NOTICE, RunOutput, RunStats, doc_meta
from sourcetrace.documents import Document
from sourcetrace.errors import MissingExtraError
from sourcetrace.index import open_store


def spark_session(master: str = "local[*]") -> Any:
    """Return a Spark session for corpus runs (created if none is active).

    Raises:
        MissingExtraError: PySpark is not installed.
    """
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise MissingExtraError("engine spark", "spark") from exc
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    session = (
        SparkSession.builder.master(master)
        .appName("sourcetrace-corpus")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.memory", "4g")
        .config("spark.python.worker.reuse", "true")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    return session


def _pool_docs(
    item: tuple[str, tuple[tuple[tuple[str, ...], Iterable[Document]], Document]],
) -> tuple[Document, list[Document]]:
    _, ((pool_ids, cands), doc) = item
    by_id = {d.id: d for d in cands}
    return doc, [by_id[i] for i in pool_ids if i in by_id]


def run_spark(
    db: Path,
    options: CorpusOptions,
    *,
    master: str = "local[*]",
    session: Any = None,
    partitions: int | None = None,
) -> RunOutput:
    """Find every reuse relation among the indexed documents with Spark.

    Args:
        db: The index file (read by the driver).
        options: The corpus settings.
        master: The Spark master URL, used when no ``session`` is given.
        session: An active Spark session to use (left running); else one is created
            for this run and stopped at its end.
        partitions: Partitions of the document set (default: Spark's parallelism x 4).

    Returns:
        The observations of every document's trace and the documents' metadata.

    Raises:
        MissingExtraError: PySpark is not installed.
    """
    stats = RunStats()
    own = session is None
    spark = spark_session(master) if own else session
    try:
        t0 = time.perf_counter()
        store = open_store(db, readonly=True)
        docs = list(store.iter_documents())
        store.close()
        meta = {d.id: doc_meta(d) for d in docs}
        stats.documents = len(docs)
        if not docs:
            stats.notices.append(EMPTY_NOTICE)
        stats.notices += long_notices({d.id: len(d.text) for d in docs}, options)
        # What the kernels read of each (they cut it again, to no effect): a huge
        # document is not shipped to the executors whole.
        docs = [compared(d, options) for d in docs]
        sc = spark.sparkContext
        n_parts = partitions or max(2, sc.defaultParallelism * 4)
        opts = options
        rdd = sc.parallelize([(d.id, d) for d in docs], n_parts).cache()
        keys = rdd.map(lambda kv: doc_keys(kv[0], kv[1].text, opts))
        shared_meta = sc.broadcast(meta)
        pairs = (
            keys.flatMap(postings)
            .groupByKey()
            .flatMap(
                lambda kv: key_pairs(
                    kv[0], kv[1], opts, retold_from=retold_from(shared_meta.value, opts)
                )
            )
            .reduceByKey(add_scores)
        )
        pools = (
            pairs.flatMap(lambda x: [(x[0][0], (x[0][1], x[1])), (x[0][1], (x[0][0], x[1]))])
            .groupByKey()
            .map(
                lambda kv: (
                    kv[0],
                    select_pool(
                        kv[1],
                        opts,
                        tier=tier_of(shared_meta.value, kv[0]),
                        retold_from=retold_from(shared_meta.value, opts),
                    ),
                )
            )
            .cache()
        )
        cand_texts = (
            pools.flatMap(lambda kv: [(c, kv[0]) for c in kv[1]])
            .join(rdd)
            .map(lambda x: (x[1][0], x[1][1]))
            .groupByKey()
        )
        observations: list[Observation] = (
            pools.join(cand_texts)
            .join(rdd)
            .map(_pool_docs)
            .flatMap(lambda dp: verify(dp[0], dp[1], opts))
            .collect()
        )
        stats.fingerprinted = stats.verified = len(docs)
        stats.seconds["spark"] = time.perf_counter() - t0
    finally:
        if own:
            spark.stop()
    observations.sort(key=lambda o: (o.article_id, o.source_id))
    return RunOutput(observations, meta, stats)
