"""The command line: ingest, trace, list, delete, through click's runner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import EXAMPLES
from sourcetrace import Index
from sourcetrace.cli import cli


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def db(tmp_path: Path, runner: CliRunner) -> Path:
    path = tmp_path / "ex.db"
    result = runner.invoke(cli, ["ingest", "--db", str(path), str(EXAMPLES / "press_release.txt")])
    assert result.exit_code == 0, result.output
    return path


def test_trace_json_and_html(db: Path, tmp_path: Path, runner: CliRunner) -> None:
    html = tmp_path / "r.html"
    article = str(EXAMPLES / "article.txt")
    result = runner.invoke(cli, ["trace", "--db", str(db), article, "--json", "--html", str(html)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout.splitlines()[0])
    assert [s["id"] for s in data["sources"]] == ["press_release"]
    assert html.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_trace_terminal_report_from_stdin(db: Path, runner: CliRunner) -> None:
    text = (EXAMPLES / "article.txt").read_text(encoding="utf-8")
    result = runner.invoke(cli, ["trace", "--db", str(db), "-"], input=text)
    assert result.exit_code == 0, result.output
    assert "press_release" in result.stdout


def test_trace_jsonl_gives_one_line_per_article(
    db: Path, tmp_path: Path, runner: CliRunner
) -> None:
    text = (EXAMPLES / "article.txt").read_text(encoding="utf-8")
    articles = tmp_path / "a.jsonl"
    articles.write_text(
        json.dumps({"id": "a1", "text": text})
        + "\n{broken\n"
        + json.dumps({"id": "a2", "text": "Nothing to see here at all."})
        + "\n",
        encoding="utf-8",
    )
    result = runner.invoke(cli, ["trace", "--db", str(db), str(articles), "--json"])
    assert result.exit_code == 2
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert [x["article"]["id"] for x in lines] == ["a1", "a2"]
    assert lines[1]["sources"] == []
    assert f"{articles}:2: malformed JSON" in result.stderr


def test_trace_by_id_and_missing_id(db: Path, runner: CliRunner) -> None:
    ok = runner.invoke(cli, ["trace", "--db", str(db), "--id", "press_release", "--json"])
    assert ok.exit_code == 0
    assert json.loads(ok.stdout)["sources"] == []  # never its own source
    bad = runner.invoke(cli, ["trace", "--db", str(db), "--id", "nope"])
    assert bad.exit_code == 2
    assert "nope" in bad.stderr
    assert "Traceback" not in bad.output


def test_trace_without_an_index_is_a_clear_error(tmp_path: Path, runner: CliRunner) -> None:
    result = runner.invoke(
        cli, ["trace", "--db", str(tmp_path / "none.db"), str(EXAMPLES / "article.txt")]
    )
    assert result.exit_code == 2
    assert "no index there" in result.stderr


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("latin.txt", b"caf\xe9 au lait", "UTF-8"),
        ("data.csv", b"a,b\n", "unsupported"),
        ("bad.jsonl", b'{"id": "x"}\n', "missing field 'text'"),
        ("bad2.jsonl", b'{"text": "no id"}\n', "missing field 'id'"),
        ("bad3.jsonl", b"{nope\n", "malformed JSON"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_the_rest_goes_in(
    db: Path, tmp_path: Path, runner: CliRunner, name: str, content: bytes, reason: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text("A good document about something else entirely.", encoding="utf-8")
    result = runner.invoke(cli, ["ingest", "--db", str(db), str(bad), str(good)])
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1
    assert str(bad) in errors[0] and reason in errors[0]
    assert "Traceback" not in result.output
    with Index.open(db, readonly=True) as idx:
        assert set(idx.store.ids()) == {"press_release", "good"}


def test_missing_path_and_unreadable_directory_entry(
    db: Path, tmp_path: Path, runner: CliRunner
) -> None:
    result = runner.invoke(cli, ["ingest", "--db", str(db), str(tmp_path / "missing.txt")])
    assert result.exit_code == 2
    assert "no such file" in result.stderr


def test_list_and_delete(db: Path, runner: CliRunner) -> None:
    listed = runner.invoke(cli, ["list", "--db", str(db), "--json"])
    assert [json.loads(x)["id"] for x in listed.stdout.splitlines()] == ["press_release"]
    gone = runner.invoke(cli, ["delete", "--db", str(db), "press_release", "ghost"])
    assert gone.exit_code == 2
    assert "ghost" in gone.stderr
    with Index.open(db, readonly=True) as idx:
        assert len(idx) == 0


def test_a_file_that_is_not_an_index_is_a_clear_error(tmp_path: Path, runner: CliRunner) -> None:
    bad = tmp_path / "bad.db"
    bad.write_text("not a database", encoding="utf-8")
    result = runner.invoke(cli, ["trace", "--db", str(bad), str(EXAMPLES / "article.txt")])
    assert result.exit_code == 2
    assert "is not a sourcetrace index" in result.stderr
    assert bad.read_text(encoding="utf-8") == "not a database"


def test_bad_options_are_usage_errors(db: Path, runner: CliRunner) -> None:
    article = str(EXAMPLES / "article.txt")
    bad_date = runner.invoke(cli, ["trace", "--db", str(db), "--date", "9 Aug", article])
    assert bad_date.exit_code == 2 and "ISO 8601" in bad_date.stderr
    bad_batch = runner.invoke(cli, ["ingest", "--db", str(db), "--batch-size", "0", article])
    assert bad_batch.exit_code == 2


def test_optimize_command_and_ingest_flag(db: Path, tmp_path: Path, runner: CliRunner) -> None:
    article = str(EXAMPLES / "article.txt")
    before = runner.invoke(cli, ["trace", "--db", str(db), article, "--json"])
    result = runner.invoke(cli, ["optimize", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "optimized" in result.output
    after = runner.invoke(cli, ["trace", "--db", str(db), article, "--json"])
    assert after.stdout == before.stdout
    other = tmp_path / "other.db"
    release = str(EXAMPLES / "press_release.txt")
    result = runner.invoke(cli, ["ingest", "--optimize", "--db", str(other), release])
    assert result.exit_code == 0, result.output
    with Index.open(other, readonly=True) as index:
        assert index.store.doc_freqs(["rights"])["rights"] == 1
        assert index.store._cache()["stats"]
