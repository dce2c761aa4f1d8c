"""Findings of the fifteenth code review, each mended with a test that fails before.

See BENCHMARKS.md, "Fifteenth round (rev-code15)" under "Hostile text: bounded work in
`quotes` and `trace` (issue 14)".
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path
from subprocess import CompletedProcess
from typing import IO

import pytest
from click.testing import CliRunner

from conftest import EXAMPLES
from sourcetrace import Document, Index
from sourcetrace.cli import cli
from sourcetrace.errors import IndexDamagedError, NotAnIndexError
from sourcetrace.index import safety
from sourcetrace.quotes.limits import MAX_SOURCE_CHARS, long_source_notice
from sourcetrace.report.safe import output_problem, write_atomic

ENV = {**os.environ, "HF_HUB_OFFLINE": "1"}


def _sourcetrace(*args: str, stdout: IO[str] | int = subprocess.PIPE) -> CompletedProcess[str]:
    """Run the command in a subprocess (a hang in the old code fails, not blocks, the test)."""
    return subprocess.run(
        [sys.executable, "-m", "sourcetrace", *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
        timeout=60,
        check=False,
    )


# --- Reports written through a link or into a pipe or device --------------------------


def test_a_report_written_through_a_link_keeps_the_link(tmp_path: Path) -> None:
    """The old code renamed the new file over the link: the link was gone, its file stale."""
    real = tmp_path / "reports" / "story.html"
    real.parent.mkdir()
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "latest.html"
    link.symlink_to(real)
    assert output_problem(link) is None
    write_atomic(link, "new")
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in real.parent.iterdir()) == ["story.html"]  # no temporary


def test_a_dangling_link_is_checked_where_it_points(tmp_path: Path) -> None:
    link = tmp_path / "report.html"
    link.symlink_to(tmp_path / "missing" / "report.html")
    problem = output_problem(link)
    assert problem is not None and "does not exist" in problem
    assert problem.startswith(str(link))  # the user's name for it


def test_a_report_written_into_a_pipe_reaches_its_reader(tmp_path: Path) -> None:
    """The old code put a regular file where the pipe was (as root, where /dev/null was)."""
    fifo = tmp_path / "report.html"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        assert output_problem(fifo) is None
        write_atomic(fifo, "<html>report</html>")
        assert stat.S_ISFIFO(fifo.lstat().st_mode)
        assert os.read(reader, 1000) == b"<html>report</html>"
    finally:
        os.close(reader)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html"]


# --- An index path that is a pipe or a device -------------------------------------------


def test_an_index_path_that_is_a_pipe_is_refused_at_once(tmp_path: Path) -> None:
    """The old code took the pipe (size 0) for a new index; SQLite then waited on it."""
    fifo = tmp_path / "index.db"
    os.mkfifo(fifo)
    proc = _sourcetrace("list", "--db", str(fifo))  # the old code: TimeoutExpired
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        f"error: {fifo} is not a regular file (a pipe, a device or a socket), not an index "
        "file; give another --db"
    ]
    with pytest.raises(NotAnIndexError, match="not a regular file"):
        Index.open(fifo, readonly=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index.db"]  # no journal beside it


# --- Output the machine refuses: one line, not a traceback --------------------------------

_FULL = Path("/dev/full")


@pytest.mark.skipif(
    not (_FULL.exists() and stat.S_ISCHR(_FULL.stat().st_mode)), reason="needs /dev/full"
)
@pytest.mark.parametrize(
    "args",
    [
        ["settings"],
        ["settings", "--json"],
        ["quotes", "--no-db", "--json", str(EXAMPLES / "article.txt")],
    ],
)
def test_standard_output_on_a_full_disk_is_one_line(args: list[str]) -> None:
    with _FULL.open("w") as full:
        proc = _sourcetrace(*args, stdout=full)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        "error: cannot write the output: No space left on device"
    ]


def test_a_folder_where_a_corpus_output_goes_is_one_line(tmp_path: Path) -> None:
    """The old code ended the run with a traceback (IsADirectoryError) after the work."""
    db = tmp_path / "corpus.db"
    runner = CliRunner()
    got = runner.invoke(cli, ["ingest", "--db", str(db), str(EXAMPLES / "corpus.jsonl")])
    assert got.exit_code == 0, got.output
    out = tmp_path / "out"
    (out / "pairs.jsonl").mkdir(parents=True)
    got = runner.invoke(cli, ["corpus", "--db", str(db), "-o", str(out), "--no-parquet", "-j", "1"])
    assert got.exit_code == 2
    assert got.exception is None or isinstance(got.exception, SystemExit)
    assert f"error: {out / 'pairs.jsonl'}: Is a directory" in got.output
    assert "Traceback" not in got.output
    assert (out / "pairs.jsonl").is_dir()
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


# --- A .jsonl of articles whose id is too long for a file name ------------------------


def test_a_long_article_id_still_gets_its_report(tmp_path: Path, release_db: Path) -> None:
    """The old code named the report after the whole id: "File name too long" ended the run."""
    story = "Coffee cuts the risk, a study found. “It is clear,” said Dr Ann Lee."
    articles = tmp_path / "articles.jsonl"
    ids = ["a" * 300, "a" * 299 + "b", "é" * 200, "short"]
    articles.write_text(
        "".join(json.dumps({"id": i, "text": story}) + "\n" for i in ids), encoding="utf-8"
    )
    out = tmp_path / "reports"
    got = CliRunner().invoke(
        cli, ["trace", "--db", str(release_db), str(articles), "-o", str(out), "-j", "1"]
    )
    assert got.exit_code == 0, got.output
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == len(ids)  # the two long "a" ids differ by their digest
    assert "short.html" in names
    assert all(len(n.encode("utf-8")) <= 130 for n in names)


# --- A huge indexed document: the trace compares its beginning ---------------------------


def test_a_huge_indexed_document_is_compared_up_to_the_cap(
    index: Index, release_text: str, article_text: str
) -> None:
    """The old code read every candidate whole: 10 million characters held a trace 40 s."""
    huge = (release_text + "\n\n") * (MAX_SOURCE_CHARS // len(release_text) + 5)
    assert len(huge) > MAX_SOURCE_CHARS
    index.add([Document(id="huge", text=huge, kind="source")])
    result = index.trace(article_text)
    assert long_source_notice("huge", len(huge)) in result.notices
    (source,) = [s for s in result.sources if s.id == "huge"]
    assert all(p.source_end <= MAX_SOURCE_CHARS for p in source.passages)
    verdicts = [q.verdict for q in result.quotes]
    assert verdicts.count("altered") == 2 and len(verdicts) == 7
    assert {q.source.id for q in result.quotes if q.source is not None} == {"huge"}


# --- A mistyped setting names the settings meant ------------------------------------------


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("trace.Pool", "trace.pool"),
        ("verify.alterd_min", "verify.altered_min"),
        ("judge.copied_share.min_share", "judge.copied-share.min_share"),
        ("pool", "trace.pool or corpus.pool"),
    ],
)
def test_a_mistyped_setting_says_which_was_meant(typed: str, meant: str) -> None:
    got = CliRunner().invoke(cli, ["quotes", "--no-db", "--set", f"{typed}=1", "-"], input="x")
    assert got.exit_code == 2
    line = got.output.strip().splitlines()[-1]
    assert line.startswith(f"error: --set setting {typed}: no such setting; did you mean {meant}")
    assert line.endswith("? (see `sourcetrace settings`)")


def test_a_setting_like_no_other_gets_no_guess() -> None:
    got = CliRunner().invoke(cli, ["quotes", "--no-db", "--set", "colour=1", "-"], input="x")
    assert got.exit_code == 2
    assert "colour: no such setting (see `sourcetrace settings`)" in got.output


# --- A long search: neither "damaged" nor echoed whole ------------------------------------


def test_a_search_longer_than_sqlite_allows_in_a_pattern_still_searches(
    example_index: Index,
) -> None:
    """The old code called the index damaged ("re-create it") on a 60,000-character query."""
    docs, total = example_index.search("Artsakh " * 8_000)
    assert total == 1 and docs[0].id == "press_release"
    docs, total = example_index.search("x%" * 30_000)
    assert total == 0


def test_a_too_large_statement_is_not_called_damage(tmp_path: Path) -> None:
    error = safety.describe(
        sqlite3.OperationalError("LIKE or GLOB pattern too complex"), tmp_path / "i.db", 0
    )
    assert not isinstance(error, IndexDamagedError)
    assert error is not None and "too large" in str(error)


def test_list_shows_a_long_query_cut(release_db: Path) -> None:
    got = CliRunner().invoke(cli, ["list", "--db", str(release_db), "Artsakh " * 2_000])
    assert got.exit_code == 0, got.output
    assert got.output.startswith("1 document(s) matching 'Artsakh Artsakh")
    assert got.output.count("Artsakh") < 20  # the old code repeated the query whole


def test_ingest_of_standard_input_says_it_reads_files(tmp_path: Path) -> None:
    """The old code said "-: no such file or directory", as if a file were missing."""
    got = CliRunner().invoke(
        cli, ["ingest", "--db", str(tmp_path / "i.db"), "-"], input="some text\n"
    )
    assert got.exit_code == 2
    assert "error: -: standard input is not read here; save it to a file" in got.output


def test_quotes_without_an_index_says_it_ignores_every_setting() -> None:
    """The old code warned of corpus settings only: a verify threshold did nothing, unsaid."""
    got = CliRunner().invoke(
        cli, ["quotes", "--no-db", "--set", "verify.altered_min=0.5", "-"], input="x"
    )
    assert got.exit_code == 0, got.output
    assert (
        "warning: --set verify.altered_min: a trace/judge/align/verify/corpus setting; "
        "quotes without an index ignores it"
    ) in got.output
