"""Pieces the ``sourcetrace`` commands share: the --db and --jobs options, failures, progress."""

from __future__ import annotations

from collections.abc import Callable
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
        help=f"Processes that {what}; 0, the default: one per CPU, up to 16.",
    )


class Failure(click.ClickException):
    """A user-facing failure: one line on standard error, exit status 2."""

    exit_code = 2

    def show(self, file: object = None) -> None:
        """Print ``error: <message>`` on one line."""
        click.echo(f"error: {self.format_message()}", err=True)


def stderr() -> Console:
    """A console on standard error that never wraps a message over several lines."""
    return Console(stderr=True, soft_wrap=True)


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
