"""The ``sourcetrace corpus`` command: argument parsing only (see :mod:`sourcetrace.corpus`)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import click
from rich.console import Console
from rich.progress import TaskID

from sourcetrace.api import default_db_path
from sourcetrace.cli_common import (
    DB_OPTION,
    Failure,
    Interrupted,
    announce_jobs_cap,
    check_output,
    output_option,
    progress_bar,
    require,
    stderr,
    stdout,
)
from sourcetrace.cli_settings import SET_OPTION, settings_from
from sourcetrace.corpus import ENGINES, run_corpus
from sourcetrace.errors import SourcetraceError
from sourcetrace.report.safe import safe_text

#: Where ``corpus`` writes when no -o/--output is given.
DEFAULT_OUT = Path("corpus-out")


@click.command("corpus", short_help="Find every reuse relation among the indexed documents.")
@DB_OPTION
@output_option(
    f"Folder for pairs, clusters and publishers (.jsonl and .parquet) and stage state "
    f"[default: {DEFAULT_OUT}].",
    "--out",
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
    "--jobs",
    "-j",
    type=click.IntRange(min=0),
    default=0,
    callback=lambda _ctx, _param, value: announce_jobs_cap(value),
    help="Processes of engine local; 0, the default: every core (never more).",
)
@click.option(  # the old name of --jobs, still accepted
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    hidden=True,
    callback=lambda _ctx, _param, value: value and announce_jobs_cap(value),
)
@click.option(
    "--html",
    "html_path",
    type=click.Path(path_type=Path),
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
    output: Path | None,
    engine: str,
    master: str,
    jobs: int,
    workers: int | None,
    html_path: Path | None,
    closed_world: bool,
    parquet: bool,
    claims: bool,
    assignments: tuple[str, ...],
) -> None:
    """Find every reuse relation among the indexed documents.

    Writes pairs.jsonl, clusters.jsonl and publishers.jsonl (with Parquet twins) to
    --output and prints a summary. Runs are incremental and resumable with engine local.
    """
    out = output or DEFAULT_OUT
    check_output(out, folder=True)
    # A report inside --out is checked with it: the run creates that folder.
    if html_path is not None and (out.exists() or not _same_path(html_path.parent, out)):
        check_output(html_path, option="--html")
    if engine == "spark":
        require("pyspark", "engine spark")
    if parquet:
        require("pyarrow", "Parquet output", alternative="or pass --no-parquet")
    if html_path is not None:
        require("matplotlib", "the HTML report (--html)")
    options = settings_from(assignments).corpus
    if closed_world:
        options = dataclasses.replace(options, closed_world=True)
    err = stderr()
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
                workers=jobs or workers,
                parquet=parquet,
                progress=advance,
                claims=claims,
            )
        if html_path is not None:
            from sourcetrace.corpus.report import write_html

            write_html(result, html_path)
    except KeyboardInterrupt as exc:
        raise Interrupted(
            f"the finished stages are saved in {safe_text(out, one_line=True)}; run the same "
            "command again to resume"
            if engine == "local"
            else "nothing was saved (engine spark does not resume)"
        ) from exc
    except SourcetraceError as exc:
        raise Failure(safe_text(exc, one_line=True)) from exc
    from sourcetrace.corpus.report import print_summary

    for notice in result.stats.notices:
        err.print(safe_text(notice, one_line=True))
    console: Console = stdout()
    print_summary(result, console)
    if html_path is not None:
        console.print(f"report written to {safe_text(html_path, one_line=True)}")


def _same_path(a: Path, b: Path) -> bool:
    """Whether two paths, neither of which need exist, name the same place."""
    return a.resolve() == b.resolve()
