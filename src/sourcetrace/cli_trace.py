"""The ``sourcetrace`` commands that read articles: trace and quotes."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import sys
from pathlib import Path

import click

from sourcetrace.api import DEFAULT_DB, default_db_path
from sourcetrace.cli_articles import (
    WITH_TEXT_OPTION,
    _articles,
    _check_with_text,
    _Errors,
    _iso_date,
    _open_index,
    _print_json,
    _print_notices,
)
from sourcetrace.cli_common import (
    DB_OPTION,
    Failure,
    Interrupted,
    check_output,
    drop_closed_stdout,
    jobs_option,
    output_option,
)
from sourcetrace.cli_common import stderr as _stderr
from sourcetrace.cli_common import stdout as _stdout
from sourcetrace.cli_settings import MIN_CONFIDENCE_OPTION, SET_OPTION, settings_from, warn_unused
from sourcetrace.documents import Document
from sourcetrace.language import language_check, not_english_notice
from sourcetrace.report.safe import safe_text, write_atomic
from sourcetrace.settings import registry

#: Output names that promise JSON: the HTML report is never written under them.
_JSON_SUFFIXES = frozenset({".json", ".jsonl"})

#: Longest name of a report file named after its article's id, in UTF-8 bytes (before
#: ".html"): file systems take 255 bytes a name, and the temporary file written first
#: adds about twenty. A longer id is cut and given a digest of itself.
MAX_REPORT_NAME = 120


def _html_target(html: Path, doc: Document, many: bool, taken: set[str]) -> Path:
    """Where the report of ``doc`` goes: ``html``, or for many a file in that folder.

    A file is named after its article's id, with characters unsafe in file names made
    ``_``; two ids that give the same name ("a/b", "a_b") get "-2", "-3", … rather than
    one report silently replacing the other. ``taken`` holds the names given so far.
    """
    if not many:
        return html
    html.mkdir(parents=True, exist_ok=True)
    safe = _report_name(doc.id)
    name, n = safe, 1
    while name.lower() in taken:  # lower: a case-insensitive file system
        n += 1
        name = f"{safe}-{n}"
    taken.add(name.lower())
    return html / f"{name}.html"


def _report_name(doc_id: str) -> str:
    """A file name for the report of ``doc_id``, at most :data:`MAX_REPORT_NAME` bytes.

    Characters unsafe in file names become ``_``; a longer id is cut and ends with ten
    hex digits of its SHA-1, so that two long ids sharing their start still differ.
    """
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in doc_id)
    if len(safe.encode("utf-8")) <= MAX_REPORT_NAME:
        return safe
    digest = hashlib.sha1(doc_id.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    head = safe.encode("utf-8")[: MAX_REPORT_NAME - len(digest) - 1]
    return f"{head.decode('utf-8', 'ignore')}-{digest}"


@click.command(short_help="Find the sources an article reuses, and check its quotations.")
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


@click.command(name="quotes", short_help="Find an article's quotations and who said them.")
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
    path = _quotes_index(db, no_db)
    if path is None:  # extraction alone reads no setting
        every = dict.fromkeys(key.split(".", 1)[0] for key in registry())  # its sections
        warn_unused(assignments, "quotes without an index", every)
    else:
        warn_unused(assignments, "quotes", ["corpus"])
    err = _stderr()
    errors = _Errors(err)
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
            lang = result.language
        else:
            scanned = q.scan(doc.text)  # within the caps of q.LIMITS, with notices
            found, claims = list(scanned.quotes), list(scanned.reported)
            checked = language_check(doc.text)  # no verdicts; the extraction is English
            lang = None if checked.looks_english else checked
            notices = (*scanned.notices, *(() if lang is None else (not_english_notice(lang),)))
        data: dict[str, object] = {
            "article": {"id": doc.id, "chars": len(doc.text)}
            | ({"text": doc.text} if with_text else {}),
            "quotes": [x.to_dict() for x in found],
            "reported": [x.to_dict() for x in claims],
        }
        if notices:
            data["notices"] = list(notices)
            _print_notices(err, doc.id or article, notices, told)
        if lang is not None:
            data["language"] = lang.to_dict()
        if as_json:
            _print_json(data, sys.stdout)
        else:
            render_quotes(data, console=out)
    if index is not None:
        index.close()
    if errors.count:
        sys.exit(2)
