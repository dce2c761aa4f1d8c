"""Cheap fixtures shared by the tests."""

from __future__ import annotations

from collections.abc import Iterator
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
