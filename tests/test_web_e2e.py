"""End to end: a real server, a real headless browser (Playwright driving Debian's chromium).

Skipped, with the reason, only when Playwright, chromium or the web extra is missing.
Each run saves a screenshot of the result page to ``tests/artifacts/`` (git-ignored).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="the web app needs: pip install 'sourcetrace[web]'")
pytest.importorskip("uvicorn", reason="the web app needs: pip install 'sourcetrace[web]'")
sync_api = pytest.importorskip(
    "playwright.sync_api", reason="end-to-end tests need: pip install 'sourcetrace[e2e]'"
)

from sourcetrace import Index  # noqa: E402
from sourcetrace.readers import read_path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROMIUM = os.environ.get("SOURCETRACE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(),
    reason=f"no chromium at {CHROMIUM}: apt-get install -y chromium (or set SOURCETRACE_CHROMIUM)",
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Serve a temporary index holding the example press release, on a free port."""
    db = tmp_path_factory.mktemp("e2e") / "e2e.db"
    with Index.open(db) as index:
        index.add(read_path(ROOT / "examples" / "press_release.txt"))
    port = _free_port()
    env = {**os.environ, "SOURCETRACE_TOKEN": ""}
    cmd = [sys.executable, "-m", "sourcetrace", "serve", "--db", str(db), "--port", str(port)]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(base + "/api/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    out = proc.stdout.read().decode() if proc.stdout else ""
                    pytest.fail(f"the server did not start:\n{out}")
                time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    profile = tempfile.mkdtemp(prefix="sourcetrace-chromium-")
    with sync_api.sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            profile,
            executable_path=CHROMIUM,
            args=CHROMIUM_ARGS,
            headless=True,
            viewport={"width": 1280, "height": 900},
        )
        try:
            yield context
        finally:
            context.close()
            shutil.rmtree(profile, ignore_errors=True)


def test_paste_trace_and_follow_a_passage(server: str, browser: Any) -> None:
    page = browser.new_page()
    errors: list[str] = []
    foreign: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("request", lambda req: None if req.url.startswith(server) else foreign.append(req.url))

    page.goto(server + "/")
    article = (ROOT / "examples" / "article.txt").read_text(encoding="utf-8")
    page.fill("textarea#text", article)
    page.click("form.trace button[type=submit]")
    page.wait_for_selector("table.sources")

    # The press release is listed as the source.
    rows = page.locator("table.sources tbody tr")
    assert rows.count() == 1
    assert "press_release" in rows.first.inner_text()
    assert page.locator("table.sources progress").count() == 2

    # Seven quotation cards, two of them altered.
    cards = page.locator("article.card.quote")
    assert cards.count() == 7
    verdicts = [v.strip().lower() for v in cards.locator(".verdict").all_inner_texts()]
    assert verdicts.count("altered") == 2, verdicts
    assert page.locator("article.card.quote.altered del, article.card.quote.altered ins").count()

    # Click the story's passage whose twin is out of sight: the source column scrolls to it.
    column = page.locator("#source-1")
    links = page.locator("#article-1 a.psg")
    assert links.count() >= 2
    target = None
    for i in reversed(range(links.count())):
        twin_id = links.nth(i).get_attribute("href")[1:]
        if not _visible_within(page, twin_id, "source-1"):
            target = (links.nth(i), twin_id)
            break
    assert target is not None, "every source passage is already in view; nothing to scroll"
    link, twin_id = target
    before = column.evaluate("el => el.scrollTop")
    link.scroll_into_view_if_needed()
    link.click()
    page.wait_for_function(
        "([id, col]) => { const t = document.getElementById(id).getBoundingClientRect();"
        " const c = document.getElementById(col).getBoundingClientRect();"
        " return t.top >= c.top && t.bottom <= c.bottom; }",
        arg=[twin_id, "source-1"],
        timeout=5000,
    )
    assert column.evaluate("el => el.scrollTop") > before
    assert "flash" in (page.locator(f"#{twin_id}").get_attribute("class") or "")
    # Same colour on both sides.
    colour = link.evaluate("el => getComputedStyle(el).backgroundColor")
    assert page.locator(f"#{twin_id}").evaluate("el => getComputedStyle(el).backgroundColor") == (
        colour
    )

    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "web_result.png"
    page.screenshot(path=str(shot), full_page=True)
    print(f"screenshot: {shot}")
    assert shot.stat().st_size > 10_000
    assert errors == []
    assert foreign == []
    page.close()


def test_results_are_readable_without_javascript(server: str, browser: Any) -> None:
    page = browser.new_page()
    browser.new_cdp_session(page).send("Emulation.setScriptExecutionDisabled", {"value": True})
    page.goto(server + "/")
    page.fill("textarea#text", (ROOT / "examples" / "article.txt").read_text(encoding="utf-8"))
    page.click("form.trace button[type=submit]")
    page.wait_for_selector("table.sources")
    assert page.evaluate("1 + 1") == 2  # Playwright's own scripts still run
    assert page.locator("article.card.quote").count() == 7
    assert page.locator("#pane-1").is_visible()  # the tabs are CSS, not script
    link = page.locator("#article-1 a.psg").last
    twin_id = link.get_attribute("href")[1:]
    link.click()
    page.wait_for_function("id => location.hash === '#' + id", arg=twin_id, timeout=5000)
    assert _visible_within(page, twin_id, "source-1")  # the browser's own anchor jump
    assert "flash" not in (page.locator(f"#{twin_id}").get_attribute("class") or "")
    page.close()


def test_script_in_a_story_shows_as_text(server: str, browser: Any) -> None:
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(server + "/")
    page.fill("textarea#text", "<script>alert('owned')</script> <img src=x onerror=alert(2)>")
    page.click("form.trace button[type=submit]")
    page.wait_for_selector("section.solo")
    assert "<script>alert('owned')</script>" in page.locator("section.solo").inner_text()
    assert dialogs == []
    page.close()


def test_add_search_and_delete_a_document(server: str, browser: Any) -> None:
    page = browser.new_page()
    page.on("dialog", lambda d: d.accept())
    page.goto(server + "/documents")
    page.fill("input[name=id]", "e2e-note")
    page.fill("input[name=title]", "A <b>note</b> from the browser")
    page.fill("textarea#doc-text", "The harbour master announced new mooring fees on Monday.")
    page.click("form:has(textarea#doc-text) button[type=submit]")
    page.wait_for_url("**/documents/e2e-note")
    assert page.locator("h1").inner_text() == "A <b>note</b> from the browser"
    page.goto(server + "/documents?q=mooring")
    assert page.locator("table.docs tbody tr").count() == 1
    page.goto(server + "/documents/e2e-note")
    page.click("form.delete button")
    page.wait_for_url("**/documents?deleted=*")
    assert "Deleted e2e-note" in page.locator(".notice").inner_text()
    page.close()


def _visible_within(page: Any, element_id: str, column_id: str) -> bool:
    return bool(
        page.evaluate(
            "([id, col]) => { const t = document.getElementById(id).getBoundingClientRect();"
            " const c = document.getElementById(col).getBoundingClientRect();"
            " return t.top >= c.top && t.bottom <= c.bottom; }",
            [element_id, column_id],
        )
    )
