"""Engine local: the shared kernels on every core of one machine.

Documents stream from the index in chunks; fingerprints and verification results are
committed to the stage state (:mod:`sourcetrace.corpus.state`) chunk by chunk, so memory
stays bounded by the chunk size plus the candidate postings, a killed run resumes, and a
run after new documents were added redoes only the work that involves them.

Each stage's cache is keyed by the settings that shape it: fingerprints by
:data:`FINGERPRINT_SETTINGS` (made again, all of them, when one changes), candidate pools
and verification results by every corpus setting (:meth:`CorpusOptions.signature`). Pairs,
clusters and publishers are made anew from the observations on every run. So a run with
other settings gives what a first run with them would.
"""

from __future__ import annotations

import hashlib
import multiprocessing as mp
import signal
import sqlite3
import time
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from sourcetrace.corpus.candidates import CandidateIndex, update_pools
from sourcetrace.corpus.kernels import (
    SCHEME,
    CorpusOptions,
    DocKeys,
    DocMeta,
    Observation,
    doc_keys,
    long_notices,
    pool_signature,
    text_digest,
    verify,
)
from sourcetrace.corpus.state import STATE_FILE, State, rebuilt_notice
from sourcetrace.corpus.state import damaged as state_damaged
from sourcetrace.corpus.state import remove as remove_state
from sourcetrace.documents import Document
from sourcetrace.index import open_store
from sourcetrace.index.base import Store
from sourcetrace.parallel import capped_jobs, cpus

T = TypeVar("T")
R = TypeVar("R")

#: The candidate postings and pair scores kept beside the stage state between runs.
INDEX_FILE = ".corpus-candidates.npz"

#: The corpus settings a fingerprint (:func:`~.kernels.doc_keys`) depends on: stored
#: fingerprints made under other values of these are all made again.
FINGERPRINT_SETTINGS = ("ngram", "sample", "max_source_chars")

#: ``progress(stage, done, total)``: called as a stage advances.
Progress = Callable[[str, int, int], None]


@dataclass(slots=True)
class RunStats:
    """What a run did: documents seen, work done and reused, seconds per stage.

    ``notices`` says, a line each, what the reader must know (an empty index, a damaged
    cache rebuilt).
    """

    documents: int = 0
    fingerprinted: int = 0
    verified: int = 0
    reused: int = 0
    seconds: dict[str, float] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)


#: The notice of a run over an index holding no document.
EMPTY_NOTICE = "the index holds no documents: nothing to compare"


def fingerprint_signature(options: CorpusOptions) -> str:
    """Return a digest of the settings fingerprints are made with (and the scheme)."""
    text = "|".join([SCHEME, *(f"{n}={getattr(options, n)!r}" for n in FINGERPRINT_SETTINGS)])
    return hashlib.blake2b(text.encode(), digest_size=8).hexdigest()


@dataclass(frozen=True, slots=True)
class RunOutput:
    """The observations of a run and the metadata of every document."""

    observations: list[Observation]
    meta: dict[str, DocMeta]
    stats: RunStats


def doc_meta(doc: Document) -> DocMeta:
    """Return the metadata corpus mode needs (the publisher falls back to ``outlet``)."""
    outlet = doc.meta.get("outlet") if doc.meta else None
    publisher = doc.publisher or (str(outlet) if outlet else None)
    return DocMeta(doc.id, doc.date, doc.kind, publisher)


_worker_store: Store | None = None
_worker_options: CorpusOptions | None = None


def _init_worker(db: str, options: CorpusOptions) -> None:
    global _worker_store, _worker_options
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _worker_store = open_store(Path(db), readonly=True)
    _worker_options = options


def _keys_task(item: tuple[str, str]) -> DocKeys:
    assert _worker_options is not None
    return doc_keys(item[0], item[1], _worker_options)


def _verify_task(item: tuple[str, tuple[str, ...]]) -> list[Observation]:
    assert _worker_store is not None and _worker_options is not None
    doc_id, pool = item
    docs = _worker_store.get_many([doc_id, *pool])
    return verify(docs[doc_id], [docs[i] for i in pool if i in docs], _worker_options)


def _pipelined(
    pool: mp.pool.Pool,
    func: Callable[[T], R],
    chunks: Iterable[list[T]],
    chunksize: Callable[[int], int],
) -> Iterator[tuple[list[T], list[R]]]:
    """Map ``func`` over each chunk on the pool, one chunk ahead of the caller.

    While the workers process a chunk, this process reads the next one and the caller
    stores the results of the previous one, so neither side waits for the other.
    """
    ahead: tuple[list[T], mp.pool.MapResult[R]] | None = None
    for items in chunks:
        job = pool.map_async(func, items, chunksize=chunksize(len(items)))
        if ahead is not None:
            yield ahead[0], ahead[1].get()
        ahead = items, job
    if ahead is not None:
        yield ahead[0], ahead[1].get()


def _chunks(items: Iterator[tuple[str, str]], size: int) -> Iterator[list[tuple[str, str]]]:
    chunk: list[tuple[str, str]] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run_local(
    db: Path,
    out_dir: Path,
    options: CorpusOptions,
    *,
    workers: int | None = None,
    chunk: int = 500,
    progress: Progress | None = None,
) -> RunOutput:
    """Find every reuse relation among the indexed documents on this machine.

    Args:
        db: The index file.
        out_dir: The output folder, which also holds the stage state.
        options: The corpus settings.
        workers: Processes to use (default: every core; never more than the cores).
        chunk: Documents per unit of work committed to the state.
        progress: Called as stages advance.

    Returns:
        The observations of every document's trace and the documents' metadata.
    """
    path = out_dir / STATE_FILE
    try:
        return _run_local(db, out_dir, options, workers, chunk, progress)
    except sqlite3.DatabaseError as exc:
        if not state_damaged(path):
            raise  # not the state's fault (the index's): reported as it is
        why = str(exc)
    # The state opened but was damaged further in: it is a cache, made again.
    remove_state(path)
    output = _run_local(db, out_dir, options, workers, chunk, progress)
    output.stats.notices.insert(0, rebuilt_notice(path, why))
    return output


def _run_local(
    db: Path,
    out_dir: Path,
    options: CorpusOptions,
    workers: int | None,
    chunk: int,
    progress: Progress | None,
) -> RunOutput:
    """Run the stages of :func:`run_local` once."""
    stats = RunStats()
    store = open_store(db, readonly=True)
    state = State(out_dir)
    stats.notices += state.notices
    n_workers = capped_jobs(workers) if workers else cpus()
    ctx = mp.get_context("fork")
    report = progress or (lambda stage, done, total: None)
    try:
        with ctx.Pool(n_workers, _init_worker, (str(db), options)) as pool:
            t0 = time.perf_counter()
            meta, digests = _fingerprint(store, state, pool, options, chunk, stats, report)
            stats.seconds["fingerprint"] = time.perf_counter() - t0
            t0 = time.perf_counter()
            stamps = {i: f"{d}|{meta[i].date}|{meta[i].kind}" for i, d in digests.items()}
            pools = _candidates(state, stamps, meta, options, report, stats.notices)
            stats.seconds["candidates"] = time.perf_counter() - t0
            t0 = time.perf_counter()
            _verify(state, pool, stamps, pools, options, chunk, stats, report)
            stats.seconds["verify"] = time.perf_counter() - t0
        observations = list(state.iter_observations(set(digests)))
        if not digests:
            stats.notices.append(EMPTY_NOTICE)
    finally:
        state.close()
        store.close()
    return RunOutput(observations, meta, stats)


def _fingerprint(
    store: Store,
    state: State,
    pool: mp.pool.Pool,
    options: CorpusOptions,
    chunk: int,
    stats: RunStats,
    report: Progress,
) -> tuple[dict[str, DocMeta], dict[str, str]]:
    """Fingerprint the documents whose text is new or changed; return meta and digests.

    Every document is fingerprinted again when the settings of the stored fingerprints
    (:func:`fingerprint_signature`) differ from ``options``'.
    """
    signature = fingerprint_signature(options)
    if state.stage("fingerprint") != signature:
        state.reset_keys(signature)
    known = state.known_digests()
    total = store.count()
    meta: dict[str, DocMeta] = {}
    digests: dict[str, str] = {}
    long: dict[str, int] = {}

    def todo() -> Iterator[tuple[str, str]]:
        for n, doc in enumerate(store.iter_documents(), 1):
            meta[doc.id] = doc_meta(doc)
            digest = text_digest(doc.text)
            digests[doc.id] = digest
            if len(doc.text) > options.max_source_chars:
                long[doc.id] = len(doc.text)
            if n % 1000 == 0:
                report("fingerprint", n, total)
            if known.get(doc.id) != digest:
                yield doc.id, doc.text

    for _, keys in _pipelined(pool, _keys_task, _chunks(todo(), chunk * 4), lambda _: 64):
        state.put_keys(keys)
        stats.fingerprinted += len(keys)
    report("fingerprint", total, total)
    stats.documents = len(digests)
    stats.notices += long_notices(long, options)
    return meta, digests


def _candidates(
    state: State,
    stamps: dict[str, str],
    meta: dict[str, DocMeta],
    options: CorpusOptions,
    report: Progress,
    notices: list[str],
) -> dict[str, tuple[str, ...]]:
    """Bring the candidate pools up to date with the documents; return them all.

    ``stamps`` holds, per document, its text digest with its date and kind. The
    postings and pair scores of the last run are kept beside the state
    (:data:`INDEX_FILE`), so only the pools whose scores moved are chosen again; they
    are read only when the state holds the pools they were kept with (a state deleted
    or rebuilt holds none, and every pool is chosen again). A damaged file of them is
    rebuilt, with a line in ``notices``.
    """
    h = hashlib.blake2b(f"{options.signature()}|{INDEX_FILE}".encode(), digest_size=12)
    for doc_id in sorted(stamps):
        h.update(f"{doc_id}={stamps[doc_id]}\n".encode())
    signature = h.hexdigest()
    if state.stage("candidates") == signature:
        report("candidates", 1, 1)
        return state.pools()
    report("candidates", 0, 1)
    digest = {d: s.split("|", 1)[0] for d, s in stamps.items()}

    def keys(only: Collection[str] | None) -> Iterator[DocKeys]:
        return (k for k in state.iter_keys(only) if digest.get(k.id) == k.digest)

    path = state.path.with_name(INDEX_FILE)
    if state.stage("candidates") is None:
        index = CandidateIndex.empty(options.signature())
    else:
        index = CandidateIndex.load(path, options.signature(), on_damage=notices.append)
    changed = update_pools(index, stamps, keys, meta, options)
    state.update_pools(changed, set(stamps), signature)
    index.save(path)
    report("candidates", 1, 1)
    return state.pools()


def _verify(
    state: State,
    pool: mp.pool.Pool,
    digests: dict[str, str],
    pools: dict[str, tuple[str, ...]],
    options: CorpusOptions,
    chunk: int,
    stats: RunStats,
    report: Progress,
) -> None:
    """Verify every document whose pool (or text, date, kind) changed since last verified.

    ``digests`` holds, per document, its text digest with its date and kind.
    """
    done = state.signatures()
    todo: list[tuple[str, tuple[str, ...], str]] = []
    for doc_id in sorted(digests):
        cands = pools.get(doc_id, ())
        sig = pool_signature((doc_id, digests[doc_id]), [(c, digests[c]) for c in cands], options)
        if done.get(doc_id) == sig:
            stats.reused += 1
        else:
            todo.append((doc_id, cands, sig))
    total = len(todo)
    report("verify", 0, total)
    # A document without candidates has nothing to be derived from: no worker needed.
    alone: list[tuple[str, str, list[Observation]]] = [
        (d, sig, []) for d, cands, sig in todo if not cands
    ]
    state.put_verified(alone)
    stats.verified += len(alone)
    work = [x for x in todo if x[1]]
    signature = {d: sig for d, _, sig in work}
    chunks = ([(d, c) for d, c, _ in work[i : i + chunk]] for i in range(0, len(work), chunk))
    for part, results in _pipelined(pool, _verify_task, chunks, lambda n: max(1, n // 16)):
        state.put_verified(
            (d, signature[d], obs) for (d, _), obs in zip(part, results, strict=True)
        )
        stats.verified += len(part)
        report("verify", stats.verified, total)
