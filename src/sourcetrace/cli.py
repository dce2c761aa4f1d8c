"""The ``sourcetrace`` command: argument parsing only; the work is done by the library."""

from __future__ import annotations

import dataclasses
import datetime
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

import click
from rich.console import Console

from sourcetrace.api import Index, default_db_path
from sourcetrace.cli_common import DB_OPTION, Failure, jobs_option, progress_bar
from sourcetrace.cli_common import stderr as _stderr
from sourcetrace.documents import Document
from sourcetrace.errors import InputError, SourcetraceError


class _Errors:
    """Collects input errors, printing each as one line on standard error."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self.count = 0

    def __call__(self, error: InputError) -> None:
        self.count += 1
        self.console.print(
            f"[bold red]error:[/] {error}", markup=True, highlight=False, soft_wrap=True
        )


def _open_index(db: Path | None, *, readonly: bool) -> Index:
    try:
        return Index.open(db, readonly=readonly)
    except SourcetraceError as exc:
        raise Failure(str(exc)) from exc


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="sourcetrace")
def cli() -> None:
    """Trace news text to the sources it reuses, and check its quotations."""


@cli.command()
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
def ingest(
    paths: tuple[Path, ...], db: Path | None, batch_size: int, optimize: bool, jobs: int
) -> None:
    """Add documents (files, folders, .jsonl) to the index; an id already there is replaced.

    Readers: .txt .md .html .htm .docx .pdf .jsonl. Bad files are reported one line each,
    the rest still go in, and the exit status is 2 if anything failed.
    """
    from sourcetrace.ingest import read_paths
    from sourcetrace.parallel import default_jobs

    err = _stderr()
    errors = _Errors(err)
    index = _open_index(db, readonly=False)
    documents = read_paths(paths, on_error=errors, jobs=jobs or default_jobs())
    progress = progress_bar(err, "ingesting")
    added = 0
    with progress:
        task = progress.add_task("ingest", total=None)
        pending: list[Document] = []
        for doc in documents:
            pending.append(doc)
            if len(pending) >= batch_size:
                added += index.add(pending, batch_size=batch_size)
                progress.update(task, completed=added)
                pending = []
        if pending:
            added += index.add(pending, batch_size=batch_size)
    if optimize:
        with err.status("optimizing the index"):
            index.optimize()
    total = len(index)
    index.close()
    err.print(
        f"added {added} document(s) to {default_db_path(db)} ({total} in the index)"
        + (f"; {errors.count} input error(s)" if errors.count else "")
    )
    if added >= _OPTIMIZE_HINT and not optimize:
        err.print("tip: run 'sourcetrace optimize' after a bulk load for faster traces")
    if errors.count:
        sys.exit(2)


#: Documents added by one ingest from which the tip to optimize is shown.
_OPTIMIZE_HINT = 10_000


@cli.command()
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
    _stderr().print(f"optimized {default_db_path(db)} ({total} documents)")


def _articles(
    article: str | None, doc_id: str | None, index: Index | None, errors: _Errors
) -> Iterator[Document]:
    """Yield the articles named on the command line."""
    from sourcetrace.readers import read_path, read_stdin

    if doc_id is not None:
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


def _iso_date(value: str | None) -> str | None:
    """Check that ``value`` starts with an ISO 8601 date (``2023-08-09``)."""
    if value is None:
        return None
    try:
        datetime.date.fromisoformat(value[:10])
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not an ISO 8601 date (YYYY-MM-DD)") from exc
    return value


def _html_target(html: Path, doc: Document, many: bool) -> Path:
    if not many:
        return html
    html.mkdir(parents=True, exist_ok=True)
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in doc.id)
    return html / f"{safe}.html"


@cli.command()
@click.argument("article", required=False)
@click.option("--id", "doc_id", help="Trace a document already in the index.")
@DB_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print JSON (JSON Lines for many).")
@click.option(
    "--html",
    type=click.Path(path_type=Path),
    help="Write a self-contained HTML report (a folder of reports for a .jsonl of articles).",
)
@click.option("--all", "show_all", is_flag=True, help="Also list candidates judged 'non'.")
@click.option(
    "--date",
    callback=lambda _ctx, _param, value: _iso_date(value),
    help="The article's date (ISO 8601); later documents are not sources.",
)
@jobs_option("trace a .jsonl of articles")
def trace(
    article: str | None,
    doc_id: str | None,
    db: Path | None,
    as_json: bool,
    html: Path | None,
    show_all: bool,
    date: str | None,
    jobs: int,
) -> None:
    """Find the indexed sources ARTICLE reuses, with aligned passages and coverage."""
    from sourcetrace.parallel import default_jobs
    from sourcetrace.report import render_html, render_terminal

    err = _stderr()
    errors = _Errors(err)
    index = _open_index(db, readonly=True)
    out = Console()
    docs = [
        dataclasses.replace(doc, date=date or doc.date)
        for doc in _articles(article, doc_id, index, errors)
    ]
    many = len(docs) > 1 or bool(article and article.endswith(".jsonl"))
    if many:
        results = index.trace_many(docs, jobs=jobs or default_jobs())
    else:  # a single file is not matched by its id (its file name)
        results = (
            index.trace(doc.text, article_id=doc.id if doc_id else None, article_date=doc.date)
            for doc in docs
        )
    for doc, result in zip(docs, results, strict=True):
        for notice in result.notices:  # a cap on the work was reached (issue 14)
            err.print(f"{doc.id or article}: {notice}", markup=False, highlight=False)
        if as_json:
            _print_json(result.to_dict(include_non=show_all), sys.stdout)
        else:
            render_terminal(result, console=out, show_all=show_all)
        if html is not None:
            shown = [s.id for s in result.sources if show_all or s.derivation != "non"]
            page = render_html(
                result, sources=index.store.get_many(shown), title=doc.title or doc.id
            )
            target = _html_target(html, doc, many)
            target.write_text(page, encoding="utf-8")
            err.print(f"wrote {target}")
    index.close()
    if errors.count:
        sys.exit(2)


@cli.command(name="quotes")
@click.argument("article")
@click.option(
    "--db",
    "db",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Verify each quotation against this index (default: extraction only).",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON (JSON Lines for many).")
def quotes_(article: str, db: Path | None, as_json: bool) -> None:
    """Find ARTICLE's quotations and reported claims, with speakers (and verdicts with --db).

    ARTICLE is a file, '-' for standard input, or a .jsonl of articles.
    """
    from sourcetrace import quotes as q
    from sourcetrace.report.terminal import render_quotes

    err = _stderr()
    errors = _Errors(err)
    index = _open_index(db, readonly=True) if db is not None else None
    out = Console()
    for doc in _articles(article, None, index, errors):
        if index is not None:
            result = index.trace(doc.text, article_id=doc.id, article_date=doc.date)
            found, claims, notices = result.quotes, result.reported, result.notices
        else:
            scanned = q.scan(doc.text)
            found, claims, notices = scanned.quotes, scanned.reported, scanned.notices
        data: dict[str, object] = {
            "article": {"id": doc.id, "chars": len(doc.text)},
            "quotes": [x.to_dict() for x in found],
            "reported": [x.to_dict() for x in claims],
        }
        if notices:
            data["notices"] = list(notices)
            for notice in notices:  # a cap on the work was reached (issue 14)
                err.print(f"{doc.id or article}: {notice}", markup=False, highlight=False)
        if as_json:
            _print_json(data, sys.stdout)
        else:
            render_quotes(data, console=out)
    if index is not None:
        index.close()
    if errors.count:
        sys.exit(2)


def _print_json(obj: object, stream: TextIO) -> None:
    stream.write(json.dumps(obj, ensure_ascii=False) + "\n")


@cli.command(name="list")
@click.argument("query", required=False, default="")
@DB_OPTION
@click.option("--limit", default=20, show_default=True)
@click.option("--offset", default=0, show_default=True)
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
    table = Table(title=f"{total} document(s)" + (f" matching {query!r}" if query else ""))
    for col in ("id", "kind", "date", "publisher", "title", "words"):
        table.add_column(col)
    for d in docs:
        table.add_row(
            d.id,
            d.kind or "",
            d.date or "",
            d.publisher or "",
            (d.title or "")[:60],
            str(len(d.text.split())),
        )
    Console().print(table)


@cli.command()
@click.argument("doc_ids", nargs=-1, required=True)
@DB_OPTION
def delete(doc_ids: tuple[str, ...], db: Path | None) -> None:
    """Delete documents from the index by id."""
    index = _open_index(db, readonly=False)
    missing = [d for d in doc_ids if not index.delete(d)]
    index.close()
    for d in missing:
        _stderr().print(f"error: no document with id {d!r} in the index")
    if missing:
        sys.exit(2)


def main() -> None:
    """Run the command line, turning library errors into one-line messages."""
    try:
        cli(standalone_mode=True)
    except SourcetraceError as exc:  # pragma: no cover - safety net at the edge
        _stderr().print(f"error: {exc}")
        sys.exit(2)


from sourcetrace.cli_serve import serve  # noqa: E402  (the web command, issue 4)

cli.add_command(serve)


from sourcetrace.cli_corpus import corpus  # noqa: E402

cli.add_command(corpus)
