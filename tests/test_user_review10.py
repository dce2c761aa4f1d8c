"""The tenth first-user review's findings: each test fails on the code before its mend."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sourcetrace import Document, Index

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

_FOOTBALL = (
    "Heading the ball may harm the brains of professional footballers, a study of retired "
    "players from the University of Glasgow has found. The researchers said former players "
    "were three times more likely to die of dementia than people of the same age. Stress "
    "hormones were measured in hair samples from the players. Professor Willie Stewart said "
    "the risk grew with the years a player spent in the game."
)
_CORTISOL = (
    "Stressed people are more likely to comfort eat and become fat, a study has found.\n"
    "Researchers at University College London measured the stress hormone cortisol in hair "
    "samples from 2,500 adults over four years.\n"
    "Experts said people with high levels of the stress hormone were more likely to be obese.\n"
    "Dr Sarah Jackson said the findings were consistent with earlier work.\n"
)


def test_no_accepted_source_leaves_reported_claims_unchecked(index: Index) -> None:
    # Finding 3: the trace lists an unrelated release it does not accept (derivation
    # "non"); the claims were "unsupported" against it, now "unchecked".
    index.add([Document(id="pr-foot", text=_FOOTBALL, kind="source", date="2023-01-01")])
    result = index.trace(_CORTISOL)
    assert [s.derivation for s in result.sources] == ["non"]
    assert result.reported
    assert {c.verdict for c in result.reported} == {"unchecked"}
    assert all("no source" in (c.reason or "") for c in result.reported)


def _closed_pipe_run(args: list[str], cwd: Path) -> int:
    """Run the command line with its standard output's reader gone from the start."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "sourcetrace", *args],
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert proc.stdout is not None
    proc.stdout.close()  # like `| head` that has read enough
    return proc.wait(timeout=300)


@pytest.mark.parametrize("as_json", [False, True])
def test_a_closed_pipe_does_not_lose_the_report(
    release_db: Path, tmp_path: Path, as_json: bool
) -> None:
    # Finding 8: `trace -o report.html | head` wrote no report and exited 0.
    report = tmp_path / "report.html"
    args = ["trace", "--db", str(release_db), str(EXAMPLES / "article.txt"), "-o", str(report)]
    assert _closed_pipe_run([*args, *(["--json"] if as_json else [])], tmp_path) == 0
    assert report.is_file() and "<html" in report.read_text(encoding="utf-8")


def test_a_closed_pipe_does_not_stop_the_reports_of_many_articles(
    release_db: Path, tmp_path: Path
) -> None:
    text = (EXAMPLES / "article.txt").read_text(encoding="utf-8")
    articles = tmp_path / "articles.jsonl"
    articles.write_text(
        "".join(json.dumps({"id": f"story-{i}", "text": text}) + "\n" for i in range(3)),
        encoding="utf-8",
    )
    out = tmp_path / "reports"
    args = ["trace", "--db", str(release_db), str(articles), "-o", str(out), "--jobs", "1"]
    assert _closed_pipe_run(args, tmp_path) == 0
    assert sorted(p.name for p in out.iterdir()) == [f"story-{i}.html" for i in range(3)]
