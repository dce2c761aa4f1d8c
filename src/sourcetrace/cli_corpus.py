"""The ``sourcetrace corpus`` command: argument parsing only (see :mod:`sourcetrace.corpus`)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import click
from rich.console import Console
from rich.progress import TaskID

from sourcetrace.api import default_db_path
from sourcetrace.cli_common import DB_OPTION, Failure, progress_bar, stderr
from sourcetrace.cli_settings import SET_OPTION, settings_from
from sourcetrace.corpus import ENGINES, run_corpus
from sourcetrace.errors import SourcetraceError


@click.command("corpus")
@DB_OPTION
@click.option(
    "--out",
    "out",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("corpus-out"),
    show_default=True,
    help="Folder for pairs, clusters and publishers (.jsonl and .parquet) and stage state.",
)
@click.option(
    "--engine",
    type=click.Choice(ENGINES),
    default="local",
    show_default=True,
    help="local: every core of this machine; spark: PySpark (needs the 'spark' extra).",
)
@click.option(
    "--master",
    default="local[*]",
    show_default=True,
    help="Spark master URL (engine spark only).",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Processes of engine local (default: every core).",
)
@click.option(
    "--html",
    "html_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Also write a self-contained HTML report with charts here.",
)
@click.option(
    "--closed-world",
    is_flag=True,
    help="Every article was written from a document of the corpus: draw candidates by "
    "term rarity among the sources, and attach an article with no source found to its "
    "best earlier candidate.",
)
@click.option(
    "--parquet/--no-parquet",
    default=True,
    show_default=True,
    help="Write Parquet twins of the JSON Lines files (needs the 'corpus' extra).",
)
@click.option(
    "--claims/--no-claims",
    default=False,
    show_default=True,
    help="Also give each publisher the share of its stories whose main claim is stronger "
    "than its source's (slower: reads every derived story and its source).",
)
@SET_OPTION
def corpus(
    db: Path | None,
    out: Path,
    engine: str,
    master: str,
    workers: int | None,
    html_path: Path | None,
    closed_world: bool,
    parquet: bool,
    claims: bool,
    assignments: tuple[str, ...],
) -> None:
    """Find every reuse relation among the indexed documents.

    Writes pairs.jsonl, clusters.jsonl and publishers.jsonl (with Parquet twins) to
    --out and prints a summary. Runs are incremental and resumable with engine local.
    """
    options = settings_from(assignments).corpus
    if closed_world:
        options = dataclasses.replace(options, closed_world=True)
    err = stderr()
    if out.exists() and not out.is_dir():
        raise Failure(f"{out}: --out must be a folder, not a file")
    progress = progress_bar(err)
    tasks: dict[str, TaskID] = {}

    def advance(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = progress.add_task(stage, total=total)
        progress.update(tasks[stage], completed=done, total=total)

    try:
        with progress:
            result = run_corpus(
                default_db_path(db),
                out,
                engine="spark" if engine == "spark" else "local",
                master=master,
                options=options,
                workers=workers,
                parquet=parquet,
                progress=advance,
                claims=claims,
            )
        if html_path is not None:
            from sourcetrace.corpus.report import write_html

            write_html(result, html_path)
    except SourcetraceError as exc:
        raise Failure(str(exc)) from exc
    from sourcetrace.corpus.report import print_summary

    print_summary(result, Console())
    if html_path is not None:
        Console().print(f"report written to {html_path}", highlight=False)
