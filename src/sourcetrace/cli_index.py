"""The ``sourcetrace`` commands that change or list the index: ingest, optimize, list, delete."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from sourcetrace.api import default_db_path
from sourcetrace.cli_articles import _Errors, _iso_date, _open_index, _print_json
from sourcetrace.cli_common import (
    DB_OPTION,
    Failure,
    Interrupted,
    interrupt_after,
    jobs_option,
    progress_bar,
)
from sourcetrace.cli_common import stderr as _stderr
from sourcetrace.cli_common import stdout as _stdout
from sourcetrace.documents import Document
from sourcetrace.errors import IndexError_
from sourcetrace.index.base import MAX_PAGE
from sourcetrace.report.safe import plain, safe_text


@click.command(short_help="Add documents (files, folders, .jsonl) to the index.")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@DB_OPTION
@click.option(
    "--batch-size",
    default=500,
    show_default=True,
    type=click.IntRange(min=1),
    help="Documents per commit.",
)
@click.option(
    "--optimize",
    is_flag=True,
    help="Then prepare the index for fast traces (see 'sourcetrace optimize').",
)
@jobs_option("parse files (HTML, PDF, Word)")
@click.option(
    "--kind",
    type=click.Choice(["source", "article"]),
    help="Kind of every document read from a file (not .jsonl, whose records say).",
)
@click.option(
    "--date",
    "file_date",
    callback=lambda _ctx, _param, value: _iso_date(value),
    help="Date (ISO 8601) of every document read from a file, in place of its own.",
)
@click.option("--publisher", help="Publisher of every document read from a file.")
def ingest(
    paths: tuple[Path, ...],
    db: Path | None,
    batch_size: int,
    optimize: bool,
    jobs: int,
    kind: str | None,
    file_date: str | None,
    publisher: str | None,
) -> None:
    """Add documents (files, folders, .jsonl) to the index; an id already there is replaced.

    Readers: .txt .md .html .htm .docx .pdf .jsonl. Bad files are reported one line each,
    the rest still go in, and the exit status is 2 if anything failed. Only regular files
    are read, up to 64 MiB each (16 MiB a .jsonl line); an id is read once per run.
    """
    from sourcetrace.documents import FileFields
    from sourcetrace.ingest import read_paths
    from sourcetrace.parallel import default_jobs

    try:
        fields = FileFields(kind=kind, date=file_date, publisher=publisher)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc
    err = _stderr()
    errors = _Errors(err)
    index = _open_index(db, readonly=False, create=True)
    documents = read_paths(paths, on_error=errors, jobs=jobs or default_jobs(), fields=fields)
    progress = progress_bar(err, "ingesting")
    added = 0
    try:
        with progress:
            task = progress.add_task("ingest", total=None)
            pending: list[Document] = []
            for doc in documents:
                pending.append(doc)
                if len(pending) >= batch_size:
                    with interrupt_after():
                        added += index.add(pending, batch_size=batch_size)
                    progress.update(task, completed=added)
                    pending = []
            if pending:
                with interrupt_after():
                    added += index.add(pending, batch_size=batch_size)
    except KeyboardInterrupt as exc:
        raise Interrupted(
            f"{added:,} document(s) were saved in {safe_text(default_db_path(db), one_line=True)}"
            f" ({len(index):,} in the index); the rest were not added"
        ) from exc
    except IndexError_ as exc:  # locked, disk full, damaged: what was committed stays
        raise Failure(f"{exc}; {added} document(s) were added before") from exc
    if optimize:
        with err.status("optimizing the index"):
            index.optimize()
    total = len(index)
    index.close()
    err.print(
        f"added {added} document(s) to {safe_text(default_db_path(db), one_line=True)} "
        f"({total} in the index)" + (f"; {errors.count} input error(s)" if errors.count else "")
    )
    if added >= _OPTIMIZE_HINT and not optimize:
        err.print("tip: run 'sourcetrace optimize' after a bulk load for faster traces")
    if errors.count:
        sys.exit(2)


#: Documents added by one ingest from which the tip to optimize is shown.
_OPTIMIZE_HINT = 10_000


@click.command(short_help="Prepare the index for fast traces after a bulk load.")
@DB_OPTION
def optimize(db: Path | None) -> None:
    """Prepare the index for fast traces after a bulk load.

    Merges the full-text index and records how many documents hold each term (about a
    minute for a million documents). Documents can still be added afterwards; run it
    again after the next bulk load.
    """
    index = _open_index(db, readonly=False)
    with _stderr().status("optimizing the index"):
        index.optimize()
    total = len(index)
    index.close()
    _stderr().print(f"optimized {safe_text(default_db_path(db))} ({total} documents)")


#: Longest query repeated in the title of ``list``'s table (a pasted paragraph is cut).
SHOWN_QUERY = 80


@click.command(name="list", short_help="List indexed documents, or those matching QUERY.")
@click.argument("query", required=False, default="")
@DB_OPTION
@click.option(
    "--limit", default=20, show_default=True, type=click.IntRange(0, MAX_PAGE), help="Page size."
)
@click.option(
    "--offset",
    default=0,
    show_default=True,
    type=click.IntRange(0, MAX_PAGE),
    help="Matches to skip.",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON Lines.")
def list_(query: str, db: Path | None, limit: int, offset: int, as_json: bool) -> None:
    """List indexed documents, optionally those matching QUERY (words, id, title, publisher)."""
    from rich.table import Table

    index = _open_index(db, readonly=True)
    docs, total = index.search(query, limit=limit, offset=offset)
    index.close()
    if as_json:
        for d in docs:
            _print_json({k: v for k, v in d.to_dict().items() if k != "text"}, sys.stdout)
        return
    from sourcetrace.text import shorten

    table = Table(
        title=plain(
            f"{total} document(s)" + (f" matching {shorten(query, SHOWN_QUERY)!r}" if query else "")
        ),
        title_justify="left",
    )
    for col in ("id", "kind", "date", "publisher", "title", "words"):
        table.add_column(  # ids, kinds, dates and counts whole; publishers and titles wrap
            col,
            justify="right" if col == "words" else "left",
            no_wrap=col not in ("publisher", "title"),
        )
    for d in docs:
        table.add_row(
            plain(d.id),
            plain(d.kind),
            plain(d.date),
            plain(d.publisher),
            plain(shorten(safe_text(d.title, one_line=True), 60)),
            str(len(d.text.split())),
        )
    _stdout().print(table)


@click.command(short_help="Delete documents from the index by id.")
@click.argument("doc_ids", nargs=-1, required=True)
@DB_OPTION
def delete(doc_ids: tuple[str, ...], db: Path | None) -> None:
    """Delete documents from the index by id."""
    index = _open_index(db, readonly=False)
    missing: list[str] = []
    done = 0
    try:
        for d in doc_ids:
            if not index.delete(d):
                missing.append(d)
            done += 1
    except KeyboardInterrupt as exc:
        raise Interrupted(
            f"{done - len(missing)} of the {len(doc_ids)} document(s) were deleted"
        ) from exc
    index.close()
    for d in missing:
        _stderr().print(f"error: no document with id {safe_text(repr(d))} in the index")
    if missing:
        sys.exit(2)
