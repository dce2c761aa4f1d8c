"""Command-line conventions, through the real entry point in a subprocess (issue 14).

Untrusted strings printed as text, output paths and extras checked before the work,
Ctrl-C and closed pipes, $SOURCETRACE_DB, the JSON keys, the plain-text marks, and the
README's snippets. Every run is under a timeout and must not print a traceback.
"""

from __future__ import annotations

import json
import os
import random
import re
import shlex
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLES, ROOT
from sourcetrace import Document, Index

#: Markup, an emoji code, colour, a hyperlink and a window title in one title.
TITLE = "[link=https://e.x]click[/link] \x1b[31mred\x1b[0m\x1b]0;owned\x07 :100: [/]"
TITLE_SHOWN = "[link=https://e.x]click[/link] red :100: [/]"
PUBLISHER = "Daily [/] News [bold]"
HYPERLINK = "\x1b]8;;https://e.x\x1b\\here\x1b]8;;\x1b\\"
TEXT_TAIL = ' The [/] plan is "[bold]ready[/] :100:" for Monday, said Ann Lee.'


def run(
    *args: str,
    cwd: Path,
    env: dict[str, str] | None = None,
    timeout: float = 180,
    input: str | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m sourcetrace ARGS``; fail on a traceback."""
    proc = subprocess.run(
        [sys.executable, "-m", "sourcetrace", *args],
        cwd=cwd,
        env={**os.environ, "COLUMNS": "200", **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
        input=input,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with hostile.db: the example release and article under hostile metadata."""
    folder = tmp_path_factory.mktemp("hostile")
    release = (EXAMPLES / "press_release.txt").read_text(encoding="utf-8")
    article = (EXAMPLES / "article.txt").read_text(encoding="utf-8")
    rows = [
        {
            "id": "pr[/]1",
            "title": TITLE,
            "publisher": PUBLISHER,
            "text": release + TEXT_TAIL,
            "date": "2023-08-09",
            "kind": "source",
        },
        {
            "id": "news[/]2\x1b[2J",
            "title": HYPERLINK,
            "publisher": PUBLISHER,
            "text": article + TEXT_TAIL,
            "date": "2023-08-10",
            "kind": "article",
        },
    ]
    (folder / "in[red]put.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in rows) + "{not json [/]\n", encoding="utf-8"
    )
    (folder / "article[bold].txt").write_text(article + TEXT_TAIL, encoding="utf-8")
    with Index.open(folder / "hostile.db") as index:
        index.add([Document(**row) for row in rows])
    return folder


def _assert_text_only(out: str) -> None:
    """Nothing the data carried was interpreted: no escape, no emoji, no link."""
    assert "\x1b" not in out and "\x07" not in out
    assert "\N{HUNDRED POINTS SYMBOL}" not in out


def test_ingest_prints_hostile_records_and_errors_as_text(hostile: Path) -> None:
    proc = run("ingest", "--db", "ingested.db", "in[red]put.jsonl", cwd=hostile)
    assert proc.returncode == 2  # the broken line
    assert "in[red]put.jsonl:3:" in proc.stderr
    assert "added 2 document(s)" in proc.stderr
    _assert_text_only(proc.stderr)


def test_ingest_prints_file_names_and_errors_as_text(hostile: Path) -> None:
    (hostile / "bad[/b]").mkdir(parents=True, exist_ok=True)
    (hostile / "bad[/b]" / "x.jsonl").write_text("[/] not json\n", encoding="utf-8")
    proc = run("ingest", "--db", "other.db", "bad[/b]", cwd=hostile)
    assert proc.returncode == 2
    assert "bad[/b]/x.jsonl:1:" in proc.stderr
    _assert_text_only(proc.stderr)


def test_list_shows_markup_as_text(hostile: Path) -> None:
    proc = run("list", "--db", "hostile.db", cwd=hostile)
    assert proc.returncode == 0, proc.stderr
    assert "pr[/]1" in proc.stdout and "news[/]2" in proc.stdout
    assert TITLE_SHOWN in proc.stdout
    assert PUBLISHER in proc.stdout
    _assert_text_only(proc.stdout)


def test_quotes_shows_markup_as_text(hostile: Path) -> None:
    for extra in (["--no-db"], ["--db", "hostile.db"]):
        proc = run("quotes", "article[bold].txt", *extra, cwd=hostile)
        assert proc.returncode == 0, proc.stderr
        assert "[bold]ready[/] :100:" in proc.stdout
        _assert_text_only(proc.stdout)


def test_trace_shows_markup_as_text(hostile: Path) -> None:
    proc = run("trace", "--db", "hostile.db", "article[bold].txt", cwd=hostile)
    assert proc.returncode == 0, proc.stderr
    assert "pr[/]1" in proc.stdout
    assert "[bold]ready[/] :100:" in proc.stdout
    _assert_text_only(proc.stdout)
    by_id = run("trace", "--db", "hostile.db", "--id", "news[/]2\x1b[2J", "--all", cwd=hostile)
    assert by_id.returncode == 0, by_id.stderr
    assert "Sources of news[/]2 (" in by_id.stdout  # its erase-screen sequence gone
    _assert_text_only(by_id.stdout)


def test_corpus_shows_markup_as_text(hostile: Path) -> None:
    proc = run("corpus", "--db", "hostile.db", "-o", "c-out", "--no-parquet", cwd=hostile)
    assert proc.returncode == 0, proc.stderr
    assert "pr[/]1" in proc.stdout and PUBLISHER in proc.stdout
    _assert_text_only(proc.stdout)


def test_safe_text_strips_escapes_and_controls() -> None:
    from sourcetrace.report.safe import safe_text

    assert safe_text(TITLE) == TITLE_SHOWN
    assert safe_text(HYPERLINK) == "here"
    assert safe_text("a\x9b31mb\x00c\u202ed\x7f") == "abcd"
    assert safe_text("a\n\tb", one_line=True) == "a b"
    left_open = "Title\x1b]0;" + "x" * 300 + "\nnext line"
    assert safe_text(left_open) == "Title" + "x" * 46 + "\nnext line"  # "0;" and 254 x dropped
    assert safe_text("Ереван 東京 ‏עברית") == "Ереван 東京 ‏עברית"


# Output paths and optional extras, checked before the work.


@pytest.mark.parametrize("option", ["--html", "-o", "--output"])
@pytest.mark.parametrize("target", ["/nonexistent-dir/r.html", "{tmp}", "{tmp}/r.html/x"])
def test_trace_refuses_a_bad_report_path_before_the_work(
    hostile: Path, tmp_path: Path, option: str, target: str
) -> None:
    (tmp_path / "r.html").write_text("a file", encoding="utf-8")
    path = target.format(tmp=tmp_path)
    proc = run("trace", "--db", "hostile.db", "article[bold].txt", option, path, cwd=hostile)
    assert proc.returncode == 2
    assert proc.stdout == ""  # no trace was printed: refused first
    assert proc.stderr.startswith(f"error: --output {path}:"), proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_trace_report_written_by_each_name(hostile: Path, tmp_path: Path) -> None:
    for option in ("--html", "-o"):
        target = tmp_path / f"{option.strip('-')}.html"
        proc = run(
            "trace", "--db", "hostile.db", "article[bold].txt", option, str(target), cwd=hostile
        )
        assert proc.returncode == 0, proc.stderr
        assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_trace_refuses_to_write_its_html_report_under_a_json_name(
    hostile: Path, tmp_path: Path
) -> None:
    target = tmp_path / "trace.json"
    proc = run(
        "trace", "--db", "hostile.db", "article[bold].txt", "--json", "-o", str(target), cwd=hostile
    )
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr.startswith(f"error: --output {target}: "), proc.stderr
    assert "--json" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert not target.exists()


def test_corpus_refuses_bad_paths_before_the_run(hostile: Path, tmp_path: Path) -> None:
    out = tmp_path / "never"
    for args in (
        ["--html", "/nonexistent-dir/c.html"],
        ["--html", str(tmp_path)],
        ["-o", "/nonexistent-dir/out"],
        ["--out", str(hostile / "hostile.db")],
    ):
        proc = run(
            "corpus", "--db", "hostile.db", "-o", str(out), "--no-parquet", *args, cwd=hostile
        )
        assert proc.returncode == 2, proc.stderr
        assert proc.stdout == ""
        assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert not out.exists()


def _without(tmp_path: Path, module: str) -> dict[str, str]:
    """An environment in which importing ``module`` fails as if it were not installed."""
    shadow = tmp_path / "shadow" / module
    shadow.mkdir(parents=True)
    (shadow / "__init__.py").write_text(
        f"raise ModuleNotFoundError('No module named ' + repr({module!r}), name={module!r})\n"
    )
    return {"PYTHONPATH": os.pathsep.join([str(shadow.parent), os.environ.get("PYTHONPATH", "")])}


def test_corpus_without_pyarrow_says_so_before_writing(hostile: Path, tmp_path: Path) -> None:
    out = tmp_path / "c-out"
    proc = run(
        "corpus",
        "--db",
        "hostile.db",
        "-o",
        str(out),
        cwd=hostile,
        env=_without(tmp_path, "pyarrow"),
    )
    assert proc.returncode == 2
    assert "pip install 'sourcetrace[corpus]'" in proc.stderr and "--no-parquet" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert not out.exists()


def test_serve_without_the_web_extra_is_one_line(hostile: Path, tmp_path: Path) -> None:
    proc = run(
        "serve", "--db", "hostile.db", cwd=hostile, env=_without(tmp_path, "fastapi"), timeout=30
    )
    assert proc.returncode == 2
    assert proc.stderr.strip().endswith("pip install 'sourcetrace[web]'"), proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_write_atomic_leaves_the_old_file_on_failure(tmp_path: Path) -> None:
    from sourcetrace.report.safe import write_atomic

    target = tmp_path / "r.html"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(UnicodeEncodeError):
        write_atomic(target, "new \ud800")  # fails part way: cannot be encoded
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["r.html"]
    write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "new"


# Ctrl-C and closed pipes.


def _start(args: list[str], cwd: Path, **popen: Any) -> subprocess.Popen[str]:
    """Start ``python -m sourcetrace ARGS`` with its output and errors in text pipes."""
    return subprocess.Popen(
        [sys.executable, "-m", "sourcetrace", *args],
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **popen,
    )


def _ctrl_c_when(
    args: list[str], cwd: Path, ready: Callable[[subprocess.Popen[str]], bool]
) -> tuple[int, str]:
    """Start ``sourcetrace ARGS`` in its own process group and press Ctrl-C (SIGINT to
    the whole group, as a terminal does) once ``ready(process)``; return the exit status
    and standard error. Standard output is a pipe read only after the interruption."""

    def start() -> None:
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        os.setpgrp()

    proc = _start(args, cwd, preexec_fn=start)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and proc.poll() is None and not ready(proc):
        time.sleep(0.2)
    assert proc.poll() is None, "finished before the interruption: give it more work"
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=90)
    assert "Traceback" not in err, err
    return proc.returncode, err


def _blocked_writing(proc: subprocess.Popen[str]) -> bool:
    """The process waits for its full output pipe to be read, long enough for its
    workers to finish what they were given and wait idle."""
    if "pipe_write" not in Path(f"/proc/{proc.pid}/wchan").read_text():
        return False
    time.sleep(5)
    return True


def _holds_documents(db: Path) -> Callable[[subprocess.Popen[str]], bool]:
    def ready(_: subprocess.Popen[str]) -> bool:
        try:
            with Index.open(db, readonly=True) as index:
                return len(index) > 0
        except Exception:  # not created yet, or being created
            return False

    return ready


def test_ctrl_c_during_ingest_exits_130_saying_what_was_saved(tmp_path: Path) -> None:
    rng = random.Random(14)
    words = [f"w{i}" for i in range(2000)]
    with (tmp_path / "big.jsonl").open("w", encoding="utf-8") as out:
        for i in range(100_000):
            text = " ".join(rng.choice(words) for _ in range(40))
            out.write(json.dumps({"id": f"d{i}", "text": text}) + "\n")
    db = tmp_path / "big.db"
    args = ["ingest", "--db", str(db), "big.jsonl"]
    status, err = _ctrl_c_when(args, tmp_path, _holds_documents(db))
    assert status == 130, err
    match = re.fullmatch(r"interrupted: ([\d,]+) document\(s\) were saved in \S+big\.db .*\n", err)
    assert match, err
    saved = int(match.group(1).replace(",", ""))
    with Index.open(db, readonly=True) as index:
        assert 0 < saved == len(index) < 100_000


@pytest.mark.skipif(not Path("/proc/self/wchan").exists(), reason="needs Linux /proc")
def test_ctrl_c_with_worker_processes_prints_no_traceback(hostile: Path, tmp_path: Path) -> None:
    article = (EXAMPLES / "article.txt").read_text(encoding="utf-8")
    (tmp_path / "many.jsonl").write_text(
        "".join(json.dumps({"id": f"a{i}", "text": article}) + "\n" for i in range(400)),
        encoding="utf-8",
    )
    args = ["trace", "--db", str(hostile / "hostile.db"), "--json", "-j", "2", "many.jsonl"]
    status, err = _ctrl_c_when(args, tmp_path, _blocked_writing)
    assert status == 130, err
    assert err == "interrupted: nothing was saved\n"


def _close_after_one_line(args: list[str], cwd: Path) -> None:
    """Run a command, read one line of its output, close the pipe (``| head -1``)."""
    proc = _start(args, cwd)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=120) == 0, err
    assert err == ""


def test_closed_pipe_ends_quietly_json(tmp_path: Path) -> None:
    rows = (
        json.dumps({"id": f"doc-{i}", "title": f"Document number {i}", "text": "Some words."})
        for i in range(3000)
    )
    (tmp_path / "many.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert run("ingest", "--db", "m.db", "many.jsonl", cwd=tmp_path).returncode == 0
    _close_after_one_line(["list", "--json", "--db", "m.db", "--limit", "3000"], tmp_path)


def test_closed_pipe_ends_quietly_tables(tmp_path: Path) -> None:
    rows = (
        json.dumps({"id": f"a{i}", "text": f'"We open school {i} on Monday," said Ann Lee.'})
        for i in range(60)
    )
    (tmp_path / "a.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    _close_after_one_line(["quotes", "--no-db", "a.jsonl"], tmp_path)


# Conventions.


def test_quotes_honours_sourcetrace_db(hostile: Path, tmp_path: Path) -> None:
    article = str(hostile / "article[bold].txt")
    env = {"SOURCETRACE_DB": str(hostile / "hostile.db")}
    verified = run("quotes", article, "--json", cwd=tmp_path, env=env)
    assert verified.returncode == 0, verified.stderr
    verdicts = {q["verdict"] for q in json.loads(verified.stdout)["quotes"]}
    assert "verbatim" in verdicts
    for extra, more_env in (([], {"SOURCETRACE_DB": ""}), (["--no-db"], env)):
        plain = run("quotes", article, "--json", *extra, cwd=tmp_path, env=more_env)
        assert plain.returncode == 0, plain.stderr
        assert {q["verdict"] for q in json.loads(plain.stdout)["quotes"]} == {None}


def test_trace_json_always_has_quotes_and_reported(hostile: Path) -> None:
    proc = run("trace", "--db", "hostile.db", "-", "--json", cwd=hostile, input="Nothing said.")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["quotes"] == [] and data["reported"] == []


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("example")
    proc = run("ingest", "--db", "ex.db", str(EXAMPLES / "press_release.txt"), cwd=folder)
    assert proc.returncode == 0, proc.stderr
    return folder


def test_significant_edits_are_marked_in_plain_text(example: Path) -> None:
    proc = run("trace", "--db", "ex.db", str(EXAMPLES / "article.txt"), cwd=example)
    assert proc.returncode == 0, proc.stderr
    assert re.search(r"![-+]\w", proc.stdout), proc.stdout
    assert "! an edit that can change the meaning" in proc.stdout


def test_tables_cut_no_word(example: Path) -> None:
    texts = [
        (EXAMPLES / n).read_text(encoding="utf-8") for n in ("article.txt", "press_release.txt")
    ]
    known = set(re.findall(r"[^\W\d_]+", " ".join(texts)))

    def shown(columns: str) -> set[str]:
        proc = run(
            "trace",
            "--db",
            "ex.db",
            str(EXAMPLES / "article.txt"),
            cwd=example,
            env={"COLUMNS": columns},
        )
        assert proc.returncode == 0, proc.stderr
        return set(re.findall(r"[^\W\d_]+", proc.stdout))

    # Printed so wide that nothing wraps, the report's own words (labels, reasons) are
    # whole; a narrower terminal may wrap lines but must show no word that is not one of
    # them or of the texts: a word cut in two shows as two fragments that are neither.
    whole = shown("1000") | known
    for columns in ("80", "160"):
        assert shown(columns) - whole == set(), f"cut words at {columns} columns"


def test_help_is_never_cut_mid_sentence(tmp_path: Path) -> None:
    proc = run("--help", cwd=tmp_path)
    commands = proc.stdout.split("Commands:")[1].strip().splitlines()
    assert len(commands) >= 8
    for line in commands:
        assert not line.rstrip().endswith("..."), line
        assert line.rstrip().endswith("."), line


def test_old_option_names_still_work(hostile: Path, tmp_path: Path) -> None:
    for args in (
        ["--workers", "1", "--out", str(tmp_path / "a")],
        ["--jobs", "1", "-o", str(tmp_path / "b")],
    ):
        proc = run("corpus", "--db", "hostile.db", "--no-parquet", *args, cwd=hostile)
        assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "a" / "pairs.jsonl").read_text() == (
        tmp_path / "b" / "pairs.jsonl"
    ).read_text()
    assert "--workers" not in run("corpus", "--help", cwd=tmp_path).stdout


def test_serve_takes_jobs_and_the_old_workers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn
    from click.testing import CliRunner

    from sourcetrace.cli import cli

    Index.open(tmp_path / "s.db").close()
    asked: list[int] = []
    monkeypatch.setattr(uvicorn, "run", lambda *a, **kw: asked.append(kw.get("workers", 1)))
    for args in ((), ("--jobs", "3"), ("-j", "2"), ("--workers", "4")):
        result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "s.db"), *args])
        assert result.exit_code == 0, result.output
    assert asked == [1, 3, 2, 4]
    shown = CliRunner().invoke(cli, ["serve", "--help"]).output
    assert "--jobs" in shown and "--workers" not in shown


# The README's snippets run as written.


def _blocks(language: str) -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(rf"^```{language}\n(.*?)^```", text, flags=re.S | re.M)


def test_readme_python_blocks_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = _blocks("python")
    assert blocks
    shutil.copytree(EXAMPLES, tmp_path / "examples")  # the README runs from the checkout
    monkeypatch.chdir(tmp_path)
    for n, block in enumerate(blocks):
        namespace: dict[str, Any] = {"__name__": f"readme_block_{n}"}
        exec(compile(block, f"README.md python block {n + 1}", "exec"), namespace)


def test_readme_quickstart_commands_run(tmp_path: Path) -> None:
    quickstart = _blocks("bash")[0]
    shutil.copytree(EXAMPLES, tmp_path / "examples")
    commands = [shlex.split(c) for c in quickstart.replace("\\\n", " ").split("&&")]
    commands = [c for c in commands if c and c[0] == "sourcetrace"]
    assert len(commands) >= 2
    for command in commands:
        proc = run(*command[1:], cwd=tmp_path)
        assert proc.returncode == 0, (command, proc.stderr)
    assert "press_release" in proc.stdout
    assert (tmp_path / "report.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
