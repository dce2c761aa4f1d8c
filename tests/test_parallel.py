"""Reading inputs and tracing articles on several processes gives what one process gives."""

from __future__ import annotations

import json
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import sourcetrace.api as api
import sourcetrace.ingest as ingest
import sourcetrace.parallel as parallel
from sourcetrace import Index
from sourcetrace.cli import cli
from sourcetrace.documents import Document
from sourcetrace.errors import InputError
from sourcetrace.ingest import read_paths
from sourcetrace.parallel import spawn_pool
from test_readers import NEWS_PAGE, make_docx, make_pdf, write_jsonl


def _read(paths: list[Path], jobs: int) -> tuple[list[Document], list[tuple[str, str]]]:
    errors: list[InputError] = []
    docs = list(read_paths(paths, on_error=errors.append, jobs=jobs))
    return docs, [(e.path, e.reason) for e in errors]


def _mixed_folder(root: Path) -> Path:
    """Every reader, bad files of each kind, a clash of ids and a JSON Lines file between."""
    root.mkdir()
    (root / "a_page.html").write_text(NEWS_PAGE, encoding="utf-8")
    (root / "b_release.txt").write_text("Release B.", encoding="utf-8")
    (root / "c_empty.txt").write_text("", encoding="utf-8")
    make_docx(root / "d_statement.docx", title="Statement")
    (root / "e_broken.pdf").write_bytes(b"not a pdf at all")
    write_jsonl(root / "f_feed.jsonl", {"id": "j1", "text": "From the feed."}, "{bad json")
    (root / "g_image.png").write_bytes(b"\x89PNG")
    (root / "h_report.md").write_text("# Report\n\nFrom Markdown.", encoding="utf-8")
    (root / "h_report.txt").write_text("From text.", encoding="utf-8")  # same id
    sub = root / "sub"
    sub.mkdir()
    make_pdf(sub / "paper.pdf", ["A PDF page about the budget."])
    for i in range(20):
        (sub / f"note{i:02d}.txt").write_text(f"Note number {i}.", encoding="utf-8")
    return root


def test_parallel_read_equals_one_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[int] = []

    def pool(jobs: int, **kwargs: Any) -> ProcessPoolExecutor:
        started.append(jobs)
        return spawn_pool(jobs, **kwargs)

    monkeypatch.setattr(ingest, "spawn_pool", pool)
    folder = _mixed_folder(tmp_path / "in")
    extra = tmp_path / "extra.txt"
    extra.write_text("A file given on its own.", encoding="utf-8")
    paths = [folder, tmp_path / "missing.html", extra]
    one = _read(paths, jobs=1)
    assert not started
    two = _read(paths, jobs=2)
    assert started == [2]
    assert two == one
    docs, errors = one
    assert [d.id for d in docs][:6] == [
        "a_page",
        "b_release",
        "d_statement",
        "j1",
        "h_report",
        "sub/note00",
    ]
    assert [Path(p).name for p, _ in errors] == [
        "c_empty.txt",
        "e_broken.pdf",
        "f_feed.jsonl",
        "g_image.png",
        "h_report.txt",
        "missing.html",
    ]
    assert docs[-1].id == "extra"


def test_parallel_read_raises_the_first_problem_in_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest, "_START_FILES", 2)
    for i in range(5):
        (tmp_path / f"a{i}.txt").write_text(f"Text {i}.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("", encoding="utf-8")
    (tmp_path / "c.txt").write_text("After the bad file.", encoding="utf-8")
    seen: list[str] = []
    with pytest.raises(InputError, match="the file is empty"):
        for doc in read_paths([tmp_path], jobs=2):
            seen.append(doc.id)
    assert seen == [f"a{i}" for i in range(5)]


def test_a_few_files_start_no_processes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a pool was started for one file")

    monkeypatch.setattr(ingest, "spawn_pool", refuse)
    page = tmp_path / "page.html"
    page.write_text(NEWS_PAGE, encoding="utf-8")
    note = tmp_path / "note.txt"
    note.write_text("A short note.", encoding="utf-8")
    feed = write_jsonl(tmp_path / "feed.jsonl", {"id": "j1", "text": "From the feed."})
    docs, errors = _read([page, note, feed, tmp_path / "missing.txt", note], jobs=4)
    assert [d.id for d in docs] == ["page", "note", "j1"]  # a file given twice is read once
    assert [Path(p).name for p, _ in errors] == ["missing.txt"]


@pytest.fixture
def pools(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Start trace_many's processes from two articles on, and count the pools started."""
    started: list[int] = []

    def pool(jobs: int, **kwargs: Any) -> ProcessPoolExecutor:
        started.append(jobs)
        return spawn_pool(jobs, **kwargs)

    monkeypatch.setattr(api, "_MIN_PARALLEL", 2)
    monkeypatch.setattr(parallel, "spawn_pool", pool)
    return started


def test_trace_many_on_processes_equals_one_process(
    example_index: Index, article_text: str, release_text: str, pools: list[int]
) -> None:
    articles = [
        Document(id="story", text=article_text, date="2023-08-09"),
        Document(id="press_release", text=release_text),  # never its own source
        Document(id="early", text=article_text, date="2023-08-01"),  # before the release
        Document(id="other", text="The football club signed a new striker on Friday."),
        Document(id="lede", text=article_text.split("\n\n")[0]),
    ]
    one = [r.to_dict(include_non=True) for r in example_index.trace_many(articles, jobs=1)]
    assert not pools
    two = [r.to_dict(include_non=True) for r in example_index.trace_many(articles, jobs=2)]
    assert pools == [2]
    assert two == one
    # A single article is traced here, whatever the jobs.
    [single] = example_index.trace_many(articles[:1], jobs=2)
    assert single.to_dict(include_non=True) == one[0]
    assert pools == [2]
    assert [r["article"]["id"] for r in one] == [a.id for a in articles]
    assert [s["id"] for s in one[0]["sources"] if s["derivation"] != "non"] == ["press_release"]
    assert one[0]["quotes"]
    assert one[1]["sources"] == one[2]["sources"] == []


def test_cli_trace_of_many_articles_is_the_same_on_processes(
    example_index: Index, article_text: str, tmp_path: Path, pools: list[int]
) -> None:
    stories = write_jsonl(
        tmp_path / "stories.jsonl",
        {"id": "a", "text": article_text},
        {"id": "b", "text": "Nothing to do with any release."},
        {"id": "c", "text": article_text.replace("Stepanyan", "Stepanian")},
    )
    db = str(example_index.store.path)  # type: ignore[attr-defined]
    runner = CliRunner()
    outputs = []
    for jobs in ("1", "2"):
        result = runner.invoke(cli, ["trace", "--db", db, str(stories), "--json", "--jobs", jobs])
        assert result.exit_code == 0, result.output
        outputs.append(result.stdout)
    assert pools == [2]
    assert outputs[0] == outputs[1]
    ids = [json.loads(line)["article"]["id"] for line in outputs[0].splitlines()]
    assert ids == ["a", "b", "c"]
