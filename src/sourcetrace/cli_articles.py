"""What the ``sourcetrace`` commands share to read articles and the index, and to print.

The articles named on the command line (a file, standard input, a .jsonl, or --id), the
input errors met reading them, the index opened with one-line failures, and the notices
and JSON lines printed for each article.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

import click
from rich.console import Console
from rich.text import Text

from sourcetrace.api import EMPTY_INDEX_NOTICE, Index
from sourcetrace.cli_common import Failure
from sourcetrace.documents import Document
from sourcetrace.errors import InputError, SourcetraceError
from sourcetrace.report.safe import plain, safe_text


class _Errors:
    """Collects input errors, printing each as one line on standard error."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self.count = 0

    def __call__(self, error: InputError) -> None:
        self.count += 1
        self.console.print(Text.assemble(("error:", "bold red"), " ", plain(error)), soft_wrap=True)


def _open_index(db: Path | None, *, readonly: bool, create: bool = False) -> Index:
    """Open the index; only ``ingest`` makes a new one (a mistyped --db is refused)."""
    try:
        return Index.open(db, readonly=readonly, create=create)
    except SourcetraceError as exc:
        raise Failure(str(exc)) from exc


def _articles(
    article: str | None, doc_id: str | None, index: Index | None, errors: _Errors
) -> Iterator[Document]:
    """Yield the articles named on the command line."""
    from sourcetrace.readers import read_path, read_stdin

    if doc_id is not None:
        if article is not None:
            raise click.UsageError(f"give ARTICLE ({article}) or --id {doc_id}, not both")
        if index is None:
            raise click.UsageError("--id needs an index (--db)")
        try:
            yield index.get(doc_id)
        except SourcetraceError as exc:
            raise Failure(str(exc)) from exc
        return
    if article is None:
        raise click.UsageError("give an ARTICLE file, '-' for standard input, or --id ID")
    try:
        if article == "-":
            yield from read_stdin()
        else:
            yield from read_path(Path(article), on_error=errors)
    except InputError as exc:
        errors(exc)
    except Exception as exc:  # a reader's failure (a broken install), said as ingest says it
        errors(InputError(article, f"could not be read ({type(exc).__name__}: {exc})"[:300]))


def _iso_date(value: str | None) -> str | None:
    """Check that ``value`` starts with an ISO 8601 date (``2023-08-09``)."""
    if value is None:
        return None
    try:
        datetime.date.fromisoformat(value[:10])
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not an ISO 8601 date (YYYY-MM-DD)") from exc
    return value


#: ``--with-text``: the JSON carries the text its offsets point into (as read: a byte-order
#: mark removed, line endings made ``\n``, the text extracted from HTML, DOCX or PDF).
WITH_TEXT_OPTION = click.option(
    "--with-text",
    is_flag=True,
    help="With --json: add the article's text as read (article.text), which offsets index.",
)


def _print_notices(err: Console, name: str | None, notices: Sequence[str], told: set[str]) -> None:
    """Print an article's notices (a cap on the work was reached, issue 14) on stderr.

    A notice about the whole run (an empty index, an extra not installed) is printed
    the first time only; ``told`` holds those printed. The JSON output keeps every
    article's notices.
    """
    # The quotes package is heavy: imported when there are results to print.
    from sourcetrace.quotes.paraphrase import NO_MEANING_NOTICE
    from sourcetrace.quotes.syntax import NO_PARSER_NOTICE

    run_wide = (EMPTY_INDEX_NOTICE, NO_PARSER_NOTICE, NO_MEANING_NOTICE)  # not one article's
    for notice in notices:
        if notice in run_wide:
            if notice in told:
                continue
            told.add(notice)
        err.print(safe_text(f"{name}: {notice}", one_line=True))


def _check_with_text(with_text: bool, as_json: bool) -> None:
    """Refuse ``--with-text`` without ``--json`` (it would be silently ignored)."""
    if with_text and not as_json:
        raise click.UsageError("--with-text goes with --json")


def _print_json(obj: object, stream: TextIO) -> None:
    stream.write(json.dumps(obj, ensure_ascii=False) + "\n")
