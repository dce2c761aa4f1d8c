"""The passage colours and verdict cards have one stylesheet: the report's and the web's.

The HTML report inlines ``report/styles/passages.css`` (it stays self-contained) and the
web app serves the same file, linked before its own sheet.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import pytest

from sourcetrace import Index
from sourcetrace.report import render_html

pytest.importorskip("fastapi", reason="the web app needs: pip install 'sourcetrace[web]'")

from fastapi.testclient import TestClient

from sourcetrace.web import create_app

SHEET = files("sourcetrace.report").joinpath("styles", "passages.css").read_text("utf-8")


def test_the_report_inlines_the_sheet_and_links_nothing(
    example_index: Index, article_text: str
) -> None:
    result = example_index.trace(article_text)
    page = render_html(result, sources={}, title="Example")
    assert ".card.unchecked {" in SHEET
    assert SHEET in page
    assert "<link" not in page


def test_the_web_app_serves_the_same_sheet_before_its_own(
    tmp_path: Path, article_text: str
) -> None:
    with TestClient(create_app(tmp_path / "w.db", create=True), base_url="http://localhost") as c:
        served = c.get("/static/passages.css")
        page = c.post("/trace", data={"text": article_text}).text
        app_css = c.get("/static/app.css").text
    assert served.status_code == 200
    assert served.headers["content-type"].startswith("text/css")
    assert served.text == SHEET
    assert page.index('href="/static/passages.css"') < page.index('href="/static/app.css"')
    assert ".card.unchecked {" not in app_css
