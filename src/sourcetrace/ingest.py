"""Read the inputs of an ingest, parsing files on several processes.

Extracting a web page's main text, or the text of a PDF or Word file, takes milliseconds
to tens of milliseconds a file: far longer than indexing the text. :func:`read_paths`
hands such files to a pool of worker processes and yields their documents in the order
and with the errors that :func:`~sourcetrace.readers.read_path` gives. JSON Lines files
stream in the calling process. A worker sends back a document or the plain facts of the
error (file, line, reason), never an exception object: a parser's exception may not pickle.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from sourcetrace.documents import Document, FileFields
from sourcetrace.errors import InputError
from sourcetrace.parallel import spawn_pool
from sourcetrace.readers import (
    ErrorHandler,
    IdLedger,
    list_files,
    read_file,
    read_located,
    report,
)

__all__ = ["read_paths"]

#: Files parsed ahead of the one the caller waits for, per worker.
_AHEAD_PER_JOB = 8
#: Files, or bytes of files, queued before worker processes are started: starting them
#: takes about half a second, longer than a few small files take to read here.
_START_FILES = 16
_START_BYTES = 4_000_000

#: What a worker sends back: the file's document, or where and why it could not be read.
_Parsed = Document | tuple[str, str, int | None]
#: A place in the output: a worker's answer to come for a file, or a problem met while
#: listing.
_Item = tuple[Future[_Parsed], Path] | InputError


def read_paths(
    paths: Iterable[str | Path],
    *,
    on_error: ErrorHandler | None = None,
    jobs: int = 1,
    fields: FileFields | None = None,
) -> Iterator[Document]:
    """Yield the documents of files, folders and JSON Lines files, as :func:`read_path`.

    One id is read once in the whole run: a later document with an id already read
    (``a.txt`` then ``a.pdf``, or a JSON Lines id given twice) is reported, not read.

    Args:
        paths: Files or folders, read in turn.
        on_error: Called with each bad file or record; reading goes on. If ``None``,
            the first problem is raised.
        jobs: Processes that parse files other than JSON Lines. With 1, or until 16
            such files (or 4 MB of them) wait to be read, files are read in this process.
        fields: Kind, date or publisher given to every document read from a file other
            than JSON Lines.

    Yields:
        The documents in the order :func:`~sourcetrace.readers.read_path` yields them.
    """
    ledger = _Admit(IdLedger(), fields, on_error)
    if jobs <= 1:
        for path in paths:
            for file, doc_id in list_files(path, on_error=on_error):
                yield from ledger.read(file, doc_id)
        return
    pool = _Pool(jobs, on_error)
    listing: list[InputError] = []  # problems met while listing, kept in their place
    try:
        for path in paths:
            for file, doc_id in list_files(path, on_error=listing.append):
                yield from ledger.files(pool.fail(listing))
                if file.suffix.lower() == ".jsonl":
                    yield from ledger.files(pool.drain())
                    yield from ledger.read(file, doc_id)
                else:
                    yield from ledger.files(pool.submit(file, doc_id))
            yield from ledger.files(pool.fail(listing))
        yield from ledger.files(pool.drain())
    finally:
        pool.close()


class _Admit:
    """Lets through the documents whose ids are new in this run, with the run's fields."""

    def __init__(
        self, ledger: IdLedger, fields: FileFields | None, on_error: ErrorHandler | None
    ) -> None:
        self.ledger = ledger
        self.fields = fields
        self.on_error = on_error

    def read(self, file: Path, doc_id: str) -> Iterator[Document]:
        """Read one file here (JSON Lines, or any file with one job) and admit its documents."""
        located = read_located(file, doc_id=doc_id, on_error=self.on_error)
        return self.ledger.admit(
            located, label=str(file), fields=self.fields, on_error=self.on_error
        )

    def files(self, parsed: Iterable[tuple[Document, Path]]) -> Iterator[Document]:
        """Admit documents read whole from files (by the pool)."""
        for doc, file in parsed:
            yield from self.ledger.admit(
                [(doc, None)], label=str(file), fields=self.fields, on_error=self.on_error
            )


def _size(file: Path) -> int:
    """Return the size of ``file`` in bytes (0 if unknown: reading it will say why)."""
    try:
        return file.stat().st_size
    except OSError:
        return 0


def _parse(path: str, doc_id: str) -> _Parsed:
    """Read one file that holds one document (runs in a worker process).

    Errors go back as plain data: an exception object may not pickle (lxml's do not).
    """
    try:
        return next(read_file(Path(path), doc_id=doc_id))
    except InputError as exc:
        return (exc.path, exc.reason, exc.line)
    except Exception as exc:  # a reader's bug must not end the batch: say what it was
        return (path, f"could not be read ({type(exc).__name__}: {exc})"[:300], None)


class _Pool:
    """Worker processes, started once enough files are queued; results kept in order."""

    def __init__(self, jobs: int, on_error: ErrorHandler | None) -> None:
        self.jobs = jobs
        self.on_error = on_error
        self.executor: ProcessPoolExecutor | None = None
        self.held: list[tuple[Path, str]] = []
        self.held_bytes = 0
        self.running: deque[_Item] = deque()

    def submit(self, file: Path, doc_id: str) -> Iterator[tuple[Document, Path]]:
        """Queue one file; yield the documents of earlier files that are due."""
        if self.executor is None:
            self.held.append((file, doc_id))
            self.held_bytes += _size(file)
            if len(self.held) < _START_FILES and self.held_bytes < _START_BYTES:
                return
            self.executor = spawn_pool(self.jobs)
            for held, held_id in self.held:
                self.running.append((self.executor.submit(_parse, str(held), held_id), held))
            self.held, self.held_bytes = [], 0
        else:
            self.running.append((self.executor.submit(_parse, str(file), doc_id), file))
        while len(self.running) > self.jobs * _AHEAD_PER_JOB:
            yield from self._settle(self.running.popleft())

    def fail(self, problems: list[InputError]) -> Iterator[tuple[Document, Path]]:
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

    def drain(self) -> Iterator[tuple[Document, Path]]:
        """Yield the documents of every queued file, in order."""
        held, self.held, self.held_bytes = self.held, [], 0
        for file, doc_id in held:  # too few to start processes for: read them here
            yield from self._settle((_parse(str(file), doc_id), file))
        while self.running:
            yield from self._settle(self.running.popleft())

    def _settle(self, item: _Item | tuple[_Parsed, Path]) -> Iterator[tuple[Document, Path]]:
        if isinstance(item, InputError):
            report(item, self.on_error)
            return
        answer, file = item
        parsed = answer.result() if isinstance(answer, Future) else answer
        if isinstance(parsed, Document):
            yield parsed, file
        else:
            path, reason, line = parsed
            report(InputError(path, reason, line=line), self.on_error)

    def close(self) -> None:
        """Stop the workers, dropping files not yet parsed."""
        if self.executor is not None:
            self.executor.shutdown(cancel_futures=True)
