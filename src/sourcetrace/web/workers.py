"""Heavy work (tracing, reading uploads) in a few worker processes, each under a deadline.

The web server's own process only moves bytes: every trace and every parse of an
uploaded file runs in a worker process, so a hostile text cannot hold the event loop
or the interpreter lock, and ``/api/health`` keeps answering. A job that runs past its
deadline is stopped for real: its worker is killed and replaced, and the client gets
503 with a message.

Workers are forked from a small fork server started once (``forkserver``), which has
imported sourcetrace and loaded the language model already (:mod:`._preload`), so a
replacement is ready at once. Each opens
the index read-only; the server's process keeps the only writing connection.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import resource
import signal
import threading
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from sourcetrace.api import Index
from sourcetrace.errors import DocumentNotFoundError, IndexError_, SourcetraceError
from sourcetrace.trace import MAX_CHARS
from sourcetrace.web import service

log = logging.getLogger("sourcetrace.web")


@dataclass(frozen=True, slots=True)
class WorkPolicy:
    """How much work the web app takes on, and for how long.

    Attributes:
        processes: Worker processes that trace and read uploads side by side.
        deadline: Seconds a request may wait for a worker and have it work; past
            that the worker is stopped and the client gets 503.
        max_text: The longest text, in characters, traced or checked in one
            request; longer ones get 413 before any work starts. By default the
            longest text a trace reads (:data:`sourcetrace.trace.MAX_CHARS`): a
            longer one would be cut, and would not be done within ``deadline``.
        warm: Start the workers (and load the language model) when the app starts,
            rather than on the first request.
        niceness: How much lower the workers' CPU priority is than the server's, so
            that answering (``/api/health``, pages, reads) stays quick while they work.
        memory: The most memory (address space, in bytes) a worker may use; a job
            that needs more is stopped (503) and its worker replaced. ``0``: no limit.
    """

    processes: int = 2
    deadline: float = 20.0
    max_text: int = MAX_CHARS
    warm: bool = False
    niceness: int = 10
    memory: int = 4_000_000_000


DEFAULT_POLICY = WorkPolicy()
"""The limits ``sourcetrace serve`` uses unless told otherwise."""


class WorkUnavailableError(SourcetraceError):
    """The work could not be done in time, or its worker stopped (HTTP 503)."""

    status = 503


class WorkFailedError(Exception):
    """A worker met an error no client input explains (HTTP 500, details in the log)."""


# --- in the worker process -------------------------------------------------------------

_index: Index | None = None


def _open(path: str) -> Index:
    global _index
    if _index is None:
        _index = Index.open(path, readonly=True)
    return _index


def _trace(path: str, article: service.Article) -> Any:
    return service.trace(_open(path), article)


def _trace_stored(path: str, doc_id: str) -> Any:
    index = _open(path)
    doc = index.get(doc_id)
    return doc, index.trace_document(doc)


def _read_article(path: str, data: bytes, filename: str) -> Any:
    return service.article_from_upload(data, filename)


def _read_documents(path: str, data: bytes, filename: str, doc_id: str | None) -> Any:
    return service.documents_from_upload(data, filename, doc_id=doc_id)


def _warm(path: str) -> None:
    """Load what the first trace would: the index and the language model."""
    service.trace(_open(path), service.Article(text='He said: "Ready." It is ready.'))


JOBS: dict[str, Callable[..., Any]] = {
    "trace": _trace,
    "trace_stored": _trace_stored,
    "read_article": _read_article,
    "read_documents": _read_documents,
}
"""The jobs a worker runs, by name; each takes the index path first."""


def _worker_main(conn: Connection, path: str, niceness: int, memory: int) -> None:
    """Run jobs from ``conn`` until it closes; answer each with ``(kind, payload)``."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the server handles Ctrl-C and stops us
    if niceness > 0:
        os.nice(niceness)
    if memory > 0:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    try:
        _warm(path)
    except Exception:
        log.debug("warm-up failed", exc_info=True)
    while True:
        try:
            job, args = conn.recv()
        except (EOFError, OSError):
            return
        try:
            answer: tuple[str, Any] = ("ok", JOBS[job](path, *args))
        except service.RequestError as exc:
            answer = ("request", (str(exc), exc.problems, exc.status))
        except DocumentNotFoundError as exc:
            answer = ("not_found", exc.doc_id)
        except IndexError_ as exc:  # its class says locked or damaged: sent as it is
            answer = ("index", _portable(exc))
        except SourcetraceError as exc:
            answer = ("index", SourcetraceError(str(exc)))
        except MemoryError:
            conn.send(("memory", None))
            return  # what a failed allocation left behind is not to be trusted: stop
        except (Exception, RecursionError) as exc:
            log.exception("job %s failed", job)
            answer = ("crash", f"{type(exc).__name__}: {exc}")
        conn.send(answer)


# --- in the server process -------------------------------------------------------------


@dataclass(eq=False, slots=True)
class _Worker:
    process: BaseProcess
    conn: Connection


def _context() -> multiprocessing.context.ForkServerContext:
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["sourcetrace.web.workers", "sourcetrace.web._preload"])
    return ctx


class WorkerPool:
    """A few worker processes over one index, each job under the policy's deadline.

    Args:
        index_path: The index file the workers open read-only.
        policy: How many workers, and the deadline.

    Example:
        >>> pool = WorkerPool("news.db", WorkPolicy(processes=1))  # doctest: +SKIP
        >>> result = await pool.run("trace", service.Article(text="..."))  # doctest: +SKIP
    """

    def __init__(self, index_path: str | Path, policy: WorkPolicy = DEFAULT_POLICY) -> None:
        self.path = str(index_path)
        self.policy = policy
        self._idle: asyncio.Queue[_Worker] | None = None
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False

    async def start(self) -> None:
        """Start the workers now (otherwise the first job does)."""
        self._queue()

    def _queue(self) -> asyncio.Queue[_Worker]:
        if self._idle is None:
            self._idle = asyncio.Queue()
            for _ in range(max(1, self.policy.processes)):
                self._idle.put_nowait(self._spawn())
        return self._idle

    def _spawn(self) -> _Worker:
        ctx = _context()
        parent, child = ctx.Pipe()
        args = (child, self.path, self.policy.niceness, self.policy.memory)
        process = ctx.Process(target=_worker_main, args=args, daemon=True)
        process.start()
        child.close()
        worker = _Worker(process, parent)
        with self._lock:
            self._all.add(worker)
        return worker

    def _kill(self, worker: _Worker) -> None:
        with self._lock:
            self._all.discard(worker)
        worker.process.kill()
        worker.process.join(5)
        worker.conn.close()

    async def run(self, job: str, *args: Any, what: str = "the trace") -> Any:
        """Run ``job`` in a worker and return its result.

        Args:
            job: A name in :data:`JOBS`.
            *args: Its arguments after the index path (picklable).
            what: What the job is, for the message when it takes too long.

        Raises:
            service.RequestError: The job found the client's input unusable.
            DocumentNotFoundError: The job looked up an id that is not indexed.
            WorkUnavailableError: No worker was free in time, the job ran past the
                deadline, or its worker died; the worker is replaced.
            IndexError_: The index could not be used (locked, damaged…), by its class.
            SourcetraceError: Another failure the library reported, with its message.
            WorkFailedError: Anything else (a bug), with the worker's message.
        """
        if self._closed:
            raise WorkUnavailableError("the server is shutting down")
        loop = asyncio.get_running_loop()
        deadline = self.policy.deadline
        end = loop.time() + deadline
        idle = self._queue()
        try:
            worker = await asyncio.wait_for(idle.get(), deadline)
        except TimeoutError:
            raise WorkUnavailableError(
                f"the server is busy: no worker was free for {deadline:g} s; try again later"
            ) from None
        healthy = False
        try:
            await loop.run_in_executor(None, worker.conn.send, (job, args))
            ready = loop.create_future()
            loop.add_reader(worker.conn.fileno(), _settle, ready)
            try:
                await asyncio.wait_for(ready, max(end - loop.time(), 0.001))
            finally:
                loop.remove_reader(worker.conn.fileno())
            kind, payload = await asyncio.wait_for(
                loop.run_in_executor(None, worker.conn.recv), max(end - loop.time(), 1.0)
            )
            if kind == "memory":
                gigabytes = self.policy.memory / 1e9
                raise WorkUnavailableError(
                    f"{what} needed more than {gigabytes:g} GB of memory and was stopped; "
                    "try a shorter text"
                )
            healthy = True
        except TimeoutError:
            log.warning("%s ran past %g s; stopping worker %s", job, deadline, worker.process.pid)
            raise WorkUnavailableError(
                f"{what} took longer than {deadline:g} s and was stopped; try a shorter text"
            ) from None
        except (EOFError, OSError) as exc:
            log.error("worker %s stopped during %s: %s", worker.process.pid, job, exc)
            raise WorkUnavailableError(
                f"{what} stopped unexpectedly (the server may be short of memory); "
                "try a shorter text"
            ) from None
        finally:
            if healthy:
                idle.put_nowait(worker)
            else:
                await loop.run_in_executor(None, self._replace, worker, idle, loop)
        return _answer(kind, payload)

    def _replace(
        self, worker: _Worker, idle: asyncio.Queue[_Worker], loop: asyncio.AbstractEventLoop
    ) -> None:
        """Kill a worker and put a fresh one in its place (in a thread: this waits)."""
        self._kill(worker)
        if not self._closed:
            fresh = self._spawn()
            loop.call_soon_threadsafe(idle.put_nowait, fresh)

    def close(self) -> None:
        """Stop every worker."""
        self._closed = True
        with self._lock:
            workers = list(self._all)
        for worker in workers:
            self._kill(worker)


def _settle(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


def _portable(exc: IndexError_) -> SourcetraceError:
    """The index error as one that crosses the pipe: its class and message, no cause."""
    try:
        return type(exc)(str(exc))
    except TypeError:  # a subclass with another signature
        return IndexError_(str(exc))


def _answer(kind: str, payload: Any) -> Any:
    """Return a worker's result, or raise the error it reported."""
    if kind == "ok":
        return payload
    if kind == "request":
        message, problems, status = payload
        error = service.RequestError(message, problems)
        error.status = status
        raise error
    if kind == "not_found":
        raise DocumentNotFoundError(payload)
    if kind == "index":
        raise payload if isinstance(payload, SourcetraceError) else SourcetraceError(payload)
    raise WorkFailedError(payload)
