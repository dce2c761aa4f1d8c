"""The ``sourcetrace`` command: argument parsing only; the work is done by the library."""

from __future__ import annotations

import dataclasses
import datetime
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

import click
from rich.console import Console
from rich.text import Text

from sourcetrace.api import DEFAULT_DB, EMPTY_INDEX_NOTICE, Index, default_db_path
from sourcetrace.cli_common import (
    DB_OPTION,
    Failure,
    Interrupted,
    check_output,
    drop_closed_stdout,
    interrupt_after,
    jobs_option,
    missing_extra,
    output_option,
    progress_bar,
    quiet_closed_pipe,
)
from sourcetrace.cli_common import stderr as _stderr
from sourcetrace.cli_common import stdout as _stdout
from sourcetrace.cli_settings import (
    MIN_CONFIDENCE_OPTION,
    SET_OPTION,
    settings,
    settings_from,
    warn_unused,
)
from sourcetrace.documents import Document
from sourcetrace.errors import IndexError_, InputError, SourcetraceError
from sourcetrace.index.base import MAX_PAGE
from sourcetrace.report.safe import plain, safe_text, write_atomic


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


class _Group(click.Group):
    """The command group, turning what a user can cause into one line and an exit status.

    A closed pipe (``sourcetrace trace ... | head``) ends the command quietly with
    status 0; Ctrl-C gives status 130 (a command that saved something says what); a
    missing optional package names its ``pip install``; a library error is one line.
    """

    def invoke(self, ctx: click.Context) -> Any:
        try:
            out = super().invoke(ctx)
            sys.stdout.flush()
            return out
        except BrokenPipeError:
            quiet_closed_pipe()
        except KeyboardInterrupt as exc:
            if ctx.invoked_subcommand in _READ_ONLY:
                raise Interrupted("nothing was saved") from exc
            raise Interrupted("what was committed before stays; the index is usable") from exc
        except ImportError as exc:
            failure = missing_extra(exc, f"sourcetrace {ctx.invoked_subcommand or ''}".strip())
            if failure is None:
                raise
            raise failure from exc
        except SourcetraceError as exc:
            raise Failure(safe_text(exc, one_line=True)) from exc


#: Commands that have saved nothing when Ctrl-C reaches the group (trace says what
#: reports it wrote itself).
_READ_ONLY = frozenset({"list", "quotes", "trace"})


@click.group(
    cls=_Group,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(package_name="sourcetrace")
def cli() -> None:
    """Trace news text to the sources it reuses, and check its quotations."""


@cli.command(short_help="Add documents (files, folders, .jsonl) to the index.")
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


@cli.command(short_help="Prepare the index for fast traces after a bulk load.")
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


#: Output names that promise JSON: the HTML report is never written under them.
_JSON_SUFFIXES = frozenset({".json", ".jsonl"})


def _html_target(html: Path, doc: Document, many: bool, taken: set[str]) -> Path:
    """Where the report of ``doc`` goes: ``html``, or for many a file in that folder.

    A file is named after its article's id, with characters unsafe in file names made
    ``_``; two ids that give the same name ("a/b", "a_b") get "-2", "-3", … rather than
    one report silently replacing the other. ``taken`` holds the names given so far.
    """
    if not many:
        return html
    html.mkdir(parents=True, exist_ok=True)
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in doc.id)
    name, n = safe, 1
    while name.lower() in taken:  # lower: a case-insensitive file system
        n += 1
        name = f"{safe}-{n}"
    taken.add(name.lower())
    return html / f"{name}.html"


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


@cli.command(short_help="Find the sources an article reuses, and check its quotations.")
@click.argument("article", required=False)
@click.option("--id", "doc_id", help="Trace a document already in the index.")
@DB_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print JSON (JSON Lines for many).")
@output_option(
    "Write a self-contained HTML report here (a folder of reports for a .jsonl of articles).",
    "--html",
)
@click.option("--all", "show_all", is_flag=True, help="Also list candidates judged 'non'.")
@click.option(
    "--date",
    callback=lambda _ctx, _param, value: _iso_date(value),
    help="The article's date (ISO 8601); later documents are not sources.",
)
@jobs_option("trace a .jsonl of articles")
@SET_OPTION
@MIN_CONFIDENCE_OPTION
@WITH_TEXT_OPTION
def trace(
    article: str | None,
    doc_id: str | None,
    db: Path | None,
    as_json: bool,
    output: Path | None,
    show_all: bool,
    date: str | None,
    jobs: int,
    assignments: tuple[str, ...],
    min_confidence: float | None,
    with_text: bool = False,
) -> None:
    """Find the indexed sources ARTICLE reuses, with aligned passages and coverage.

    ARTICLE is a file, '-' for standard input, or a .jsonl of articles; --id traces a
    document already in the index.
    """
    from sourcetrace.parallel import default_jobs
    from sourcetrace.report import render_html, render_terminal

    _check_with_text(with_text, as_json)
    html = output
    many_articles = bool(article and article.endswith(".jsonl"))
    if html is not None and not many_articles and html.suffix.lower() in _JSON_SUFFIXES:
        raise Failure(
            f"--output {html}: this option writes the HTML report; "
            f"for JSON use --json (e.g. --json > {html.name})"
        )
    check_output(html, folder=many_articles)
    chosen = settings_from(assignments, min_confidence)
    warn_unused(assignments, "trace", ["corpus"])
    # With reports to write, a closed pipe (``-o report.html | head``, ``2>&1 | head``)
    # must not stop them: neither output's console ends the command.
    err = _stderr(keep_going=html is not None)
    errors = _Errors(err)
    index = _open_index(db, readonly=True)
    out = _stdout(keep_going=html is not None)
    docs = [
        dataclasses.replace(doc, date=date or doc.date)
        for doc in _articles(article, doc_id, index, errors)
    ]
    many = len(docs) > 1 or bool(article and article.endswith(".jsonl"))
    if many:
        results = index.trace_many(
            docs, jobs=jobs or default_jobs(), options=chosen.trace, verify=chosen.verify
        )
    else:  # a single file is not matched by its id (its file name)
        results = (
            index.trace(
                doc.text,
                article_id=doc.id if doc_id else None,
                article_date=doc.date,
                options=chosen.trace,
                verify=chosen.verify,
            )
            for doc in docs
        )
    written = 0
    taken: set[str] = set()
    told: set[str] = set()
    try:
        for doc, result in zip(docs, results, strict=True):
            _print_notices(err, doc.id or article, result.notices, told)
            # The report first: what the terminal shows may be cut short by its reader.
            if html is not None:
                shown = [s.id for s in (result.sources if show_all else result.accepted)]
                page = render_html(
                    result, sources=index.store.get_many(shown), title=doc.title or doc.id
                )
                target = _html_target(html, doc, many, taken)
                write_atomic(target, page)
                written += 1
                err.print(f"wrote {safe_text(target, one_line=True)}")
            if as_json:
                try:
                    data = result.to_dict(include_non=show_all, include_text=with_text)
                    _print_json(data, sys.stdout)
                    if html is not None:
                        sys.stdout.flush()  # a closed pipe is found here, not at the end
                except BrokenPipeError:
                    if html is None:
                        raise
                    drop_closed_stdout()  # the remaining reports are still written
            else:
                render_terminal(result, console=out, show_all=show_all)
    except KeyboardInterrupt as exc:
        saved = f"{written} report(s) were written in {html}" if written else "nothing was saved"
        raise Interrupted(safe_text(saved, one_line=True)) from exc
    except OSError as exc:
        if isinstance(exc, BrokenPipeError):
            raise
        raise Failure(f"cannot write the report: {safe_text(exc, one_line=True)}") from exc
    index.close()
    if errors.count:
        sys.exit(2)


def _quotes_index(db: Path | None, no_db: bool) -> Path | None:
    """The index ``quotes`` verifies against: --db, $SOURCETRACE_DB, ./sourcetrace.db if there."""
    if no_db:
        if db is not None:
            raise click.UsageError(f"give --db {db} or --no-db, not both")
        return None
    if db is not None or os.environ.get("SOURCETRACE_DB"):
        return default_db_path(db)
    return Path(DEFAULT_DB) if Path(DEFAULT_DB).is_file() else None


@cli.command(name="quotes", short_help="Find an article's quotations and who said them.")
@click.argument("article")
@click.option(
    "--db",
    "db",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Verify each quotation against this index (default: $SOURCETRACE_DB, else "
    "./sourcetrace.db if it exists, else extraction only).",
)
@click.option("--no-db", is_flag=True, help="Extraction only: verify against no index.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (JSON Lines for many).")
@SET_OPTION
@WITH_TEXT_OPTION
def quotes_(
    article: str,
    db: Path | None,
    no_db: bool,
    as_json: bool,
    assignments: tuple[str, ...],
    with_text: bool = False,
) -> None:
    """Find ARTICLE's quotations and reported claims, with speakers (and verdicts with an index).

    ARTICLE is a file, '-' for standard input, or a .jsonl of articles.
    """
    from sourcetrace import quotes as q
    from sourcetrace.report.terminal import render_quotes

    _check_with_text(with_text, as_json)
    chosen = settings_from(assignments)
    warn_unused(assignments, "quotes", ["corpus"])
    err = _stderr()
    errors = _Errors(err)
    path = _quotes_index(db, no_db)
    index = _open_index(path, readonly=True) if path is not None else None
    out = _stdout()
    told: set[str] = set()
    for doc in _articles(article, None, index, errors):
        if index is not None:
            result = index.trace(
                doc.text,
                article_id=doc.id,
                article_date=doc.date,
                options=chosen.trace,
                verify=chosen.verify,
            )
            found, claims, notices = list(result.quotes), list(result.reported), result.notices
        else:
            scanned = q.scan(doc.text)  # within the caps of q.LIMITS, with notices
            found, claims = list(scanned.quotes), list(scanned.reported)
            notices = scanned.notices
        data: dict[str, object] = {
            "article": {"id": doc.id, "chars": len(doc.text)}
            | ({"text": doc.text} if with_text else {}),
            "quotes": [x.to_dict() for x in found],
            "reported": [x.to_dict() for x in claims],
        }
        if notices:
            data["notices"] = list(notices)
            _print_notices(err, doc.id or article, notices, told)
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


@cli.command(name="list", short_help="List indexed documents, or those matching QUERY.")
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
        title=plain(f"{total} document(s)" + (f" matching {query!r}" if query else "")),
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


@cli.command(short_help="Delete documents from the index by id.")
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


def main() -> None:
    """Run the command line, turning library errors into one-line messages."""
    try:
        cli(standalone_mode=True)
    except SourcetraceError as exc:  # pragma: no cover - safety net at the edge
        _stderr().print(f"error: {safe_text(exc, one_line=True)}")
        sys.exit(2)


from sourcetrace.cli_serve import serve  # noqa: E402  (the web command, issue 4)

serve.short_help = "Serve the web app and HTTP API over the index."  # never cut
cli.add_command(serve)


from sourcetrace.cli_corpus import corpus  # noqa: E402

cli.add_command(corpus)
settings.short_help = "List the settings --set can change."  # never cut
cli.add_command(settings)
