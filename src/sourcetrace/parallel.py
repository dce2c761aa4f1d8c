"""Worker processes for batch work: clean starts, no orphans, results in order."""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, TypeVar

__all__ = ["capped_jobs", "cpus", "default_jobs", "in_order", "jobs_notice", "spawn_pool"]

T = TypeVar("T")

#: Most worker processes started when none is asked for (each holds its own caches).
_MAX_DEFAULT_JOBS = 16
#: How often a worker checks that the process that started it is still there.
_WATCH_SECONDS = 0.5


def cpus() -> int:
    """Return the CPUs this process may run on: the most worker processes ever started.

    More workers than CPUs only compete for them (and each holds its own caches), so an
    asked number above this is lowered to it (:func:`capped_jobs`).
    """
    n = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, n or 1)


def default_jobs() -> int:
    """Return the number of worker processes used when none is asked for: the CPUs."""
    return min(cpus(), _MAX_DEFAULT_JOBS)


def capped_jobs(jobs: int) -> int:
    """Return ``jobs`` worker processes, at most :func:`cpus` (at least 1)."""
    return max(1, min(jobs, cpus()))


def jobs_notice(jobs: int) -> str | None:
    """Say, in one line, that ``jobs`` is lowered to :func:`cpus` (None if it is not)."""
    cap = cpus()
    if jobs <= cap:
        return None
    return f"--jobs {jobs}: this machine has {cap} CPU(s); using {cap} worker processes"


def spawn_pool(
    jobs: int,
    *,
    initializer: Callable[..., None] | None = None,
    initargs: tuple[Any, ...] = (),
) -> ProcessPoolExecutor:
    """Return a pool of ``jobs`` worker processes that exit when this process is gone.

    Workers are spawned: they start clean, not as copies of this process with its
    threads (a progress bar's) and open database connections. ``initializer`` runs in
    each worker first. ``jobs`` is lowered to the CPUs (:func:`capped_jobs`).
    """
    return ProcessPoolExecutor(
        capped_jobs(jobs),
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_start_worker,
        initargs=(os.getpid(), initializer, initargs),
    )


def in_order(
    pool: ProcessPoolExecutor, calls: Iterable[tuple[Callable[..., T], tuple[Any, ...]]], ahead: int
) -> Iterator[T]:
    """Run ``(function, args)`` calls on ``pool``; yield their results in the calls' order.

    At most ``ahead`` calls are submitted beyond the result being waited for, so a long
    input is never held in memory whole.
    """
    running: deque[Future[T]] = deque()
    try:
        for fn, args in calls:
            running.append(pool.submit(fn, *args))
            if len(running) > ahead:
                yield running.popleft().result()
        while running:
            yield running.popleft().result()
    finally:  # stopped early (Ctrl-C, a closed pipe): calls not started never run
        for future in running:
            future.cancel()


def _start_worker(
    parent: int, initializer: Callable[..., None] | None, initargs: tuple[Any, ...]
) -> None:
    """Watch the parent process, then run the pool's own initializer."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _watch_parent(parent)
    if initializer is not None:
        initializer(*initargs)


def _watch_parent(pid: int) -> None:
    """Make this worker exit once the process that started it is gone.

    A killed parent cannot stop its workers, which would otherwise wait for work for
    ever. An orphan's parent changes (to init or a subreaper), which a thread notices.
    """

    def watch() -> None:
        while os.getppid() == pid:
            time.sleep(_WATCH_SECONDS)
        os._exit(0)

    threading.Thread(target=watch, name="sourcetrace-parent-watch", daemon=True).start()
