"""The web app's "how the story's claims compare with the source" section."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web app needs: pip install 'sourcetrace[web]'")
pytest.importorskip("httpx", reason="the in-process client needs httpx")

from fastapi.testclient import TestClient

from sourcetrace import Document, Index
from sourcetrace.web import create_app


@pytest.fixture
def client(tmp_path: Path, release_text: str) -> Iterator[TestClient]:
    path = tmp_path / "web.db"
    with Index.open(path) as index:
        index.add([Document(id="press_release", text=release_text, date="2023-08-09")])
    with TestClient(create_app(path), base_url="http://127.0.0.1") as c:
        yield c


def test_result_page_shows_the_lede_as_distorted(client: TestClient, article_text: str) -> None:
    page = client.post("/trace", data={"text": article_text})
    assert page.status_code == 200
    assert "claims compare with the source" in page.text
    assert "<mark>called on influential international rights groups</mark>" in page.text
    assert "actor changed" in page.text


def test_api_trace_carries_claims(client: TestClient, article_text: str) -> None:
    got = client.post("/api/trace", json={"text": article_text}).json()
    lede = got["claims"][0]
    assert lede["kind"] == "main" and lede["drift"]["actor_changed"]
