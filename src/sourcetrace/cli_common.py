"""Pieces the ``sourcetrace`` commands share: the --db and --jobs options, failures, progress."""

from __future__ import annotations

import errno
import importlib
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

F = TypeVar("F", bound=Callable[..., Any])

DB_OPTION = click.option(
    "--db",
    "db",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Index file (default: $SOURCETRACE_DB, else ./sourcetrace.db).",
)


def jobs_option(what: str) -> Callable[[F], F]:
    """Return the ``--jobs`` option of a command whose worker processes ``what``."""
    return click.option(
        "--jobs",
        "-j",
        default=0,
        type=click.IntRange(min=0),
        callback=lambda _ctx, _param, value: announce_jobs_cap(value),
        help=f"Processes that {what}; 0, the default: one per CPU, up to 16; at most one per CPU.",
    )


def announce_jobs_cap(jobs: int) -> int:
    """Say on standard error when ``--jobs`` is above the CPUs (the work uses fewer)."""
    from sourcetrace.parallel import jobs_notice

    if (notice := jobs_notice(jobs)) is not None:
        click.echo(notice, err=True)
    return jobs


class Failure(click.ClickException):
    """A user-facing failure: one line on standard error, exit status 2."""

    exit_code = 2

    def show(self, file: object = None) -> None:
        """Print ``error: <message>`` on one line."""
        click.echo(f"error: {_safe(self.format_message())}", err=True)


class Interrupted(click.ClickException):
    """Ctrl-C: one line saying what was saved, exit status 130 (128 + SIGINT)."""

    exit_code = 130

    def show(self, file: object = None) -> None:
        """Print ``interrupted: <what was saved>`` on one line."""
        click.echo(f"interrupted: {_safe(self.format_message())}", err=True)


#: Which extra provides each optional top-level module, for the one-line hint when one
#: is missing.
EXTRA_OF_MODULE = {
    "fastapi": "web",
    "uvicorn": "web",
    "starlette": "web",
    "multipart": "web",
    "pyarrow": "corpus",
    "matplotlib": "corpus",
    "pyspark": "spark",
    "spacy": "quotes",
    "en_core_web_sm": "quotes",
}


#: What the machine can refuse any command, whatever its input: a full disk or quota, a
#: file too large, a device error, a read-only file system, a permission, a folder where
#: a file goes (or the reverse). Reaching the command group, each is one line.
ENVIRONMENT_ERRNOS = frozenset(
    {
        errno.ENOSPC,
        errno.EDQUOT,
        errno.EFBIG,
        errno.EIO,
        errno.EROFS,
        errno.EACCES,
        errno.EPERM,
        errno.EISDIR,
        errno.ENOTDIR,
    }
)


def environment_failure(exc: OSError) -> Failure | None:
    """The one-line failure for an error of the machine (see ENVIRONMENT_ERRNOS), else None.

    An error without a file name was met writing a stream: standard output, as a rule
    (``sourcetrace list > out.txt`` on a full disk).
    """
    if exc.errno not in ENVIRONMENT_ERRNOS:
        return None
    reason = exc.strerror or str(exc)
    if exc.filename is None:
        return Failure(f"cannot write the output: {reason}")
    return Failure(f"{exc.filename}: {reason}")


@contextmanager
def interrupt_after() -> Iterator[None]:
    """Hold Ctrl-C back until the block ends (a commit and the count of what it saved).

    Without it, an interrupt landing between a batch's commit and the update of the count
    would make ``interrupted: N saved`` understate what the index holds. A Ctrl-C during
    the block is noted and raised as :class:`KeyboardInterrupt` when it ends. Outside the
    main thread (where handlers cannot be set) nothing is held.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []

    def note(signum: int, _frame: object) -> None:
        caught.append(signum)

    previous = signal.signal(signal.SIGINT, note)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if caught:
        raise KeyboardInterrupt


def missing_extra(exc: ImportError, feature: str) -> Failure | None:
    """The one-line failure for an optional package that is not installed, else None."""
    name = (exc.name or "").split(".")[0]
    extra = EXTRA_OF_MODULE.get(name)
    if extra is None:
        return None
    return Failure(f"{feature} needs {name}: pip install 'sourcetrace[{extra}]'")


def require(module: str, feature: str, *, alternative: str = "") -> None:
    """Fail with the pip command, before any work, if the optional ``module`` is missing.

    Args:
        module: The module to import, e.g. ``"pyarrow"``.
        feature: What needs it, e.g. ``"Parquet output"``.
        alternative: A way to do without it, added to the message (``"or pass --no-parquet"``).
    """
    try:
        importlib.import_module(module)
    except ImportError as exc:
        extra = EXTRA_OF_MODULE.get(module.split(".")[0], module)
        raise Failure(
            f"{feature} needs {module}: pip install 'sourcetrace[{extra}]'"
            + (f", {alternative}" if alternative else "")
        ) from exc


def check_output(path: Path | None, *, folder: bool = False, option: str = "--output") -> None:
    """Fail before any work if ``path`` (a file, or a folder) cannot be written."""
    from sourcetrace.report.safe import output_problem

    if path is None:
        return
    problem = output_problem(path, folder=folder)
    if problem is not None:
        raise Failure(f"{option} {problem}")


def output_option(help_text: str, *aliases: str) -> Callable[[F], F]:
    """Return the ``-o/--output`` option of a command that writes files (old names kept).

    Args:
        help_text: What is written there.
        aliases: Earlier names of the option, still accepted.
    """
    return click.option(
        "-o",
        "--output",
        *aliases,
        "output",
        type=click.Path(path_type=Path),  # checked by check_output, in one line
        default=None,
        help=help_text,
    )


def quiet_closed_pipe() -> None:
    """Exit with status 0, saying nothing, once standard output's reader is gone.

    ``sourcetrace trace ... | head`` is a normal way to look at the start of the output.
    """
    drop_closed_stdout()
    sys.exit(0)


def drop_closed_stdout(fd: int | None = None) -> None:
    """Send standard output (or the stream ``fd``) nowhere from now on: its reader is gone.

    What is still buffered, and what is printed later, is dropped without an error, so a
    command with files still to write can go on writing them (``| head``, or ``2>&1 |
    head`` for standard error).

    Args:
        fd: The file descriptor whose reader is gone; standard output's by default.
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno() if fd is None else fd)
    os.close(devnull)


class _Console(Console):
    """A Rich console that ends the command quietly on a closed pipe (Rich exits 1).

    With ``keep_going`` it does not end the command: what it prints is dropped and the
    command goes on (it has files to write).
    """

    keep_going = False

    def on_broken_pipe(self) -> None:
        """Exit with status 0 without a word (or, with ``keep_going``, print nothing more)."""
        self.quiet = True
        if self.keep_going:
            drop_closed_stdout(self.file.fileno())  # this console's stream, not stdout's
            return
        quiet_closed_pipe()


def stdout(*, keep_going: bool = False) -> Console:
    """A console on standard output that shows strings as they are: no markup, no emoji.

    Args:
        keep_going: When the output's reader is gone, drop what is printed and let the
            command go on (it still writes files) rather than end it with status 0.
    """
    console = _Console(markup=False, emoji=False, highlight=False)
    console.keep_going = keep_going
    return console


def _safe(message: str) -> str:
    from sourcetrace.report.safe import safe_text

    return safe_text(message, one_line=True)


def stderr(*, keep_going: bool = False) -> Console:
    """A console on standard error that never wraps a message over several lines.

    Markup, emoji codes and highlighting are off: messages carry file names and ids.

    Args:
        keep_going: When the error stream's reader is gone (``2>&1 | head``), drop what
            is printed and let the command go on (it still writes files).
    """
    console = _Console(stderr=True, soft_wrap=True, markup=False, emoji=False, highlight=False)
    console.keep_going = keep_going
    return console


def progress_bar(console: Console, label: str = "{task.description}") -> Progress:
    """A progress bar on ``console``, shown only in a terminal and gone when done."""
    return Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        disable=not console.is_terminal,
        transient=True,
    )
