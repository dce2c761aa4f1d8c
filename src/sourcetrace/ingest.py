"""Read the inputs of an ingest, parsing files on several processes.

Extracting a web page's main text, or the text of a PDF or Word file, takes milliseconds
to tens of milliseconds a file: far longer than indexing the text. :func:`read_paths`
hands such files to a pool of worker processes and yields their documents in the order
and with the errors that :func:`~sourcetrace.readers.read_path` gives. JSON Lines files
stream in the calling process.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from sourcetrace.documents import Document
from sourcetrace.errors import InputError
from sourcetrace.parallel import spawn_pool
from sourcetrace.readers import (
    ErrorHandler,
    list_files,
    read_file,
    read_jsonl,
    read_path,
    report,
)

__all__ = ["read_paths"]

#: Files parsed ahead of the one the caller waits for, per worker.
_AHEAD_PER_JOB = 8
#: Files, or bytes of files, queued before worker processes are started: starting them
#: takes about half a second, longer than a few small files take to read here.
_START_FILES = 16
_START_BYTES = 4_000_000

#: What a worker sends back: the file's document, or the reason it could not be read.
_Parsed = Document | tuple[str, str]
#: A place in the output: a worker's answer to come, or a problem met while listing.
_Item = Future[_Parsed] | InputError


def read_paths(
    paths: Iterable[str | Path], *, on_error: ErrorHandler | None = None, jobs: int = 1
) -> Iterator[Document]:
    """Yield the documents of files, folders and JSON Lines files, as :func:`read_path`.

    Args:
        paths: Files or folders, read in turn.
        on_error: Called with each bad file or record; reading goes on. If ``None``,
            the first problem is raised.
        jobs: Processes that parse files other than JSON Lines. With 1, or until 16
            such files (or 4 MB of them) wait to be read, files are read in this process.

    Yields:
        The documents in the order :func:`~sourcetrace.readers.read_path` yields them.
    """
    if jobs <= 1:
        for path in paths:
            yield from read_path(path, on_error=on_error)
        return
    pool = _Pool(jobs, on_error)
    listing: list[InputError] = []  # problems met while listing, kept in their place
    try:
        for path in paths:
            for file, doc_id in list_files(path, on_error=listing.append):
                yield from pool.fail(listing)
                if file.suffix.lower() == ".jsonl":
                    yield from pool.drain()
                    yield from _guarded(read_jsonl(file, on_error=on_error), on_error)
                else:
                    yield from pool.submit(file, doc_id)
            yield from pool.fail(listing)
        yield from pool.drain()
    finally:
        pool.close()


def _guarded(docs: Iterator[Document], on_error: ErrorHandler | None) -> Iterator[Document]:
    """Yield ``docs``, reporting an :class:`InputError` that ends them."""
    try:
        yield from docs
    except InputError as exc:
        report(exc, on_error)


def _size(file: Path) -> int:
    """Return the size of ``file`` in bytes (0 if unknown: reading it will say why)."""
    try:
        return file.stat().st_size
    except OSError:
        return 0


def _parse(path: str, doc_id: str) -> _Parsed:
    """Read one file that holds one document (runs in a worker process)."""
    try:
        return next(read_file(Path(path), doc_id=doc_id))
    except InputError as exc:  # sent back as plain data: InputError does not pickle
        return (exc.path, exc.reason)


class _Pool:
    """Worker processes, started once enough files are queued; results kept in order."""

    def __init__(self, jobs: int, on_error: ErrorHandler | None) -> None:
        self.jobs = jobs
        self.on_error = on_error
        self.executor: ProcessPoolExecutor | None = None
        self.held: list[tuple[Path, str]] = []
        self.held_bytes = 0
        self.running: deque[_Item] = deque()

    def submit(self, file: Path, doc_id: str) -> Iterator[Document]:
        """Queue one file; yield the documents of earlier files that are due."""
        if self.executor is None:
            self.held.append((file, doc_id))
            self.held_bytes += _size(file)
            if len(self.held) < _START_FILES and self.held_bytes < _START_BYTES:
                return
            self.executor = spawn_pool(self.jobs)
            for held, held_id in self.held:
                self.running.append(self.executor.submit(_parse, str(held), held_id))
            self.held, self.held_bytes = [], 0
        else:
            self.running.append(self.executor.submit(_parse, str(file), doc_id))
        while len(self.running) > self.jobs * _AHEAD_PER_JOB:
            yield from self._settle(self.running.popleft())

    def fail(self, problems: list[InputError]) -> Iterator[Document]:
        """Queue problems met while listing files, after the files queued before them."""
        if not problems:
            return
        if self.executor is None:  # nothing runs: read the held files, then report
            yield from self.drain()
            for exc in problems:
                report(exc, self.on_error)
        else:
            self.running.extend(problems)
        problems.clear()

    def drain(self) -> Iterator[Document]:
        """Yield the documents of every queued file, in order."""
        held, self.held, self.held_bytes = self.held, [], 0
        for file, doc_id in held:  # too few to start processes for: read them here
            yield from self._settle(_parse(str(file), doc_id))
        while self.running:
            yield from self._settle(self.running.popleft())

    def _settle(self, item: _Item | _Parsed) -> Iterator[Document]:
        parsed = item.result() if isinstance(item, Future) else item
        if isinstance(parsed, Document):
            yield parsed
        elif isinstance(parsed, InputError):
            report(parsed, self.on_error)
        else:
            report(InputError(*parsed), self.on_error)

    def close(self) -> None:
        """Stop the workers, dropping files not yet parsed."""
        if self.executor is not None:
            self.executor.shutdown(cancel_futures=True)
