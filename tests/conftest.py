"""Cheap fixtures shared by the tests."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from sourcetrace import Document, Index

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared" / "data"


@pytest.fixture
def release_text() -> str:
    return (EXAMPLES / "press_release.txt").read_text(encoding="utf-8")


@pytest.fixture
def article_text() -> str:
    return (EXAMPLES / "article.txt").read_text(encoding="utf-8")


@pytest.fixture
def index(tmp_path: Path) -> Iterator[Index]:
    idx = Index.open(tmp_path / "index.db")
    yield idx
    idx.close()


@pytest.fixture
def example_index(index: Index, release_text: str) -> Index:
    index.add([Document(id="press_release", text=release_text, kind="source", date="2023-08-09")])
    return index


@pytest.fixture
def release_db(tmp_path: Path) -> Path:
    """An index file holding the example press release, ingested by the command line."""
    from click.testing import CliRunner

    from sourcetrace.cli import cli

    path = tmp_path / "release.db"
    result = CliRunner().invoke(
        cli, ["ingest", "--db", str(path), str(EXAMPLES / "press_release.txt")]
    )
    assert result.exit_code == 0, result.output
    return path


def rezip_docx(docx: bytes, change: Callable[[bytes], bytes]) -> bytes:
    """The Word file ``docx`` with its main part (``word/document.xml``) passed through
    ``change``, every part deflated: for broken, truncated or inflating documents."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx)) as old, zipfile.ZipFile(out, "w") as new:
        for item in old.infolist():
            data = old.read(item.filename)
            if item.filename == "word/document.xml":
                data = change(data)
            new.writestr(item.filename, data, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()
