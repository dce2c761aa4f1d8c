"""The HTTP API and pages through an in-process client (no network, no browser)."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web app needs: pip install 'sourcetrace[web]'")
pytest.importorskip("httpx", reason="the in-process client needs httpx")

from fastapi.testclient import TestClient
from markupsafe import escape

from sourcetrace import Document, Index
from sourcetrace.web import create_app
from sourcetrace.web.security import is_loopback

TOKEN = "s3cret-token"
BASE = "http://localhost"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def db(tmp_path: Path, release_text: str) -> Path:
    path = tmp_path / "web.db"
    with Index.open(path) as index:
        index.add(
            [
                Document(
                    id="press_release",
                    text=release_text,
                    title="Human Rights Defender calls on rights groups",
                    date="2023-08-09",
                    publisher="Ombudsman of Artsakh",
                    kind="source",
                )
            ]
        )
    return path


@pytest.fixture
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(db), base_url=BASE) as c:
        yield c


@pytest.fixture
def guarded(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(db, token=TOKEN), base_url=BASE) as c:
        yield c


def test_health(client: TestClient) -> None:
    r = client.get("/api/health")
    assert r.status_code == 200
    assert r.json()["status"] == "ok"
    assert r.json()["documents"] == 1
    assert client.head("/api/health").status_code == 200
    assert client.head("/").status_code == 200


def test_trace_finds_the_release_and_checks_quotes(client: TestClient, article_text: str) -> None:
    r = client.post("/api/trace", json={"text": article_text, "date": "2023-08-09"})
    assert r.status_code == 200
    data = r.json()
    assert data["article"]["chars"] == len(article_text)
    assert [s["id"] for s in data["sources"]] == ["press_release"]
    source = data["sources"][0]
    assert source["derivation"] in {"wholly", "partially"}
    passage = source["passages"][0]
    assert article_text[passage["article_start"] : passage["article_end"]].strip()
    verdicts = [q["verdict"] for q in data["quotes"]]
    assert len(verdicts) == 7
    assert verdicts.count("altered") == 2
    assert {"speaker", "cue", "source", "similarity", "edits"} <= set(data["quotes"][0])


def test_trace_matches_the_cli_json(client: TestClient, db: Path, article_text: str) -> None:
    with Index.open(db) as index:
        expected = index.trace(article_text).to_dict()
    got = client.post("/api/trace", json={"text": article_text}).json()
    assert got == expected


def test_quotes_endpoint(client: TestClient, article_text: str) -> None:
    r = client.post("/api/quotes", json={"text": article_text})
    assert r.status_code == 200
    data = r.json()
    assert set(data) == {"article", "quotes", "reported"}
    altered = [q for q in data["quotes"] if q["verdict"] == "altered"]
    assert len(altered) == 2
    assert all(q["edits"] and q["source"]["id"] == "press_release" for q in altered)
    assert all(q["speaker"]["name"] == "Gegham Stepanyan" for q in data["quotes"])


def test_trace_with_no_source_is_empty_not_an_error(client: TestClient) -> None:
    r = client.post("/api/trace", json={"text": "The weather was mild on Tuesday."})
    assert r.status_code == 200
    assert r.json()["sources"] == []


def test_a_date_before_the_release_excludes_it(client: TestClient, article_text: str) -> None:
    r = client.post("/api/trace", json={"text": article_text, "date": "2020-01-01"})
    assert r.json()["sources"] == []


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ({}, "text"),
        ({"text": ""}, "text"),
        ({"text": "   "}, "empty"),
        ({"text": 42}, "text"),
        ({"text": "x", "date": "yesterday"}, "invalid date"),
        ({"text": "x", "colour": "red"}, "colour"),
    ],
)
def test_trace_rejects_bad_input_with_a_clear_message(
    client: TestClient, body: dict[str, object], fragment: str
) -> None:
    r = client.post("/api/trace", json=body)
    assert r.status_code == 422
    assert fragment in r.json()["error"]


@pytest.mark.parametrize("path", ["/api/trace", "/api/quotes", "/api/documents"])
def test_malformed_json_is_400(client: TestClient, path: str) -> None:
    r = client.post(
        path, content=b'{"text": "unfinished', headers={"content-type": "application/json"}
    )
    assert r.status_code == 400
    assert "malformed JSON" in r.json()["error"]
    assert "Traceback" not in r.text


def test_add_get_search_and_delete(client: TestClient) -> None:
    doc = {"id": "pr-2", "text": "The ministry announced a new bridge.", "title": "Bridge", "x": 1}
    r = client.post("/api/documents", json=doc)
    assert r.status_code == 201
    assert r.json() == {"added": 1, "ids": ["pr-2"]}
    got = client.get("/api/documents/pr-2").json()
    assert got["text"] == doc["text"]
    assert got["x"] == 1  # unknown fields are kept as metadata
    found = client.get("/api/documents", params={"q": "bridge"}).json()
    assert [d["id"] for d in found["documents"]] == ["pr-2"]
    assert "text" not in found["documents"][0]
    assert client.delete("/api/documents/pr-2").json() == {"deleted": "pr-2"}
    assert client.get("/api/documents/pr-2").status_code == 404
    assert client.delete("/api/documents/pr-2").status_code == 404


def test_add_a_list_is_all_or_nothing(client: TestClient) -> None:
    good = {"id": "a", "text": "alpha text"}
    bad = {"id": "b", "text": "beta", "date": "soon", "kind": "rumour"}
    r = client.post("/api/documents", json=[good, bad, {"text": "no id"}])
    assert r.status_code == 422
    body = r.json()
    assert "2 of 3" in body["error"]
    assert any(p.startswith("item 2:") and "date" in p for p in body["problems"])
    assert any(p.startswith("item 3:") and "'id'" in p for p in body["problems"])
    assert client.get("/api/documents/a").status_code == 404
    r = client.post("/api/documents", json=[good, {"id": "b", "text": "beta"}])
    assert r.json()["added"] == 2


@pytest.mark.parametrize(
    ("body", "fragment"),
    [([], "empty"), (["text"], "expected a JSON object"), ({"id": "x"}, "text"), (7, "object")],
)
def test_add_rejects_bad_documents(client: TestClient, body: object, fragment: str) -> None:
    r = client.post("/api/documents", json=body)
    assert r.status_code == 422
    assert fragment in r.json()["error"]


def test_ids_with_slashes_and_spaces(client: TestClient) -> None:
    client.post("/api/documents", json={"id": "2023/press release", "text": "Slash and space."})
    assert client.get("/api/documents/2023/press%20release").json()["id"] == "2023/press release"
    page = client.get("/documents/2023%2Fpress%20release")
    assert page.status_code == 200
    assert "Slash and space." in page.text


def test_pagination(client: TestClient) -> None:
    docs = [{"id": f"doc-{i:02d}", "text": f"Numbered document {i}."} for i in range(30)]
    client.post("/api/documents", json=docs)
    first = client.get("/api/documents", params={"limit": 10}).json()
    assert first["total"] == 31
    assert len(first["documents"]) == 10
    last = client.get("/api/documents", params={"limit": 10, "offset": 30}).json()
    assert [d["id"] for d in last["documents"]] == ["doc-29"]
    ids = [
        d["id"]
        for off in range(0, 31, 10)
        for d in client.get("/api/documents", params={"limit": 10, "offset": off}).json()[
            "documents"
        ]
    ]
    assert len(ids) == len(set(ids)) == 31
    assert client.get("/api/documents", params={"limit": 0}).status_code == 422
    assert client.get("/api/documents", params={"limit": 1000}).status_code == 422
    assert client.get("/api/documents", params={"offset": -1}).status_code == 422
    page2 = client.get("/documents", params={"page": 2})
    assert page2.status_code == 200
    assert "26–31 of 31" in page2.text
    assert 'rel="prev"' in page2.text


def test_search_by_publisher_title_and_words(client: TestClient) -> None:
    for q in ("Ombudsman", "Defender calls", "Lachin"):
        ids = [d["id"] for d in client.get("/api/documents", params={"q": q}).json()["documents"]]
        assert ids == ["press_release"], q
    assert client.get("/api/documents", params={"q": "zebra"}).json()["total"] == 0


def test_markup_in_a_document_is_shown_as_text(client: TestClient) -> None:
    evil = '<script>alert("x")</script> <img src=x onerror=alert(1)>'
    client.post("/api/documents", json={"id": "evil<b>", "text": evil, "title": evil})
    assert client.get("/api/documents/evil<b>").json()["text"] == evil
    for path in ("/documents/evil%3Cb%3E", "/documents", "/documents?q=script"):
        page = client.get(path)
        assert page.status_code == 200
        assert "<script>alert" not in page.text
        assert "<img src=x" not in page.text
        assert "&lt;script&gt;" in page.text


def test_markup_in_a_traced_story_is_escaped(client: TestClient, article_text: str) -> None:
    story = "<script>alert(1)</script>\n\n" + article_text
    page = client.post("/trace", data={"text": story, "title": "<b>bold</b>"})
    assert page.status_code == 200
    assert "<script>alert(1)" not in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text
    assert "<b>bold</b>" not in page.text
    assert "content-security-policy" in page.headers


def test_write_token_rule(guarded: TestClient) -> None:
    doc = {"id": "t", "text": "Token test."}
    r = guarded.post("/api/documents", json=doc)
    assert r.status_code == 401
    assert "token" in r.json()["error"]
    assert r.headers["www-authenticate"] == "Bearer"
    wrong = {"Authorization": "Bearer nope"}
    assert guarded.post("/api/documents", json=doc, headers=wrong).status_code == 401
    assert guarded.post("/api/documents", json=doc, headers=AUTH).status_code == 201
    assert guarded.delete("/api/documents/t").status_code == 401
    assert guarded.delete("/api/documents/t", headers=AUTH).status_code == 200
    # Reads and traces stay open.
    assert guarded.get("/api/documents").status_code == 200
    assert guarded.post("/api/trace", json={"text": "Open to all."}).status_code == 200
    # The forms take the token in a field.
    form = {"id": "f", "text": "Form text."}
    assert guarded.post("/documents", data=form).status_code == 401
    r = guarded.post("/documents", data={**form, "token": TOKEN}, follow_redirects=False)
    assert r.status_code == 303
    assert guarded.post("/delete", data={"id": "f"}).status_code == 401
    assert guarded.post("/delete", data={"id": "f", "token": TOKEN}).status_code == 200
    assert 'name="token"' in guarded.get("/documents").text


def test_loopback_addresses() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.4")
    assert not is_loopback("example.org")


def test_serve_refuses_a_public_address_without_a_token(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from sourcetrace.cli import cli

    monkeypatch.delenv("SOURCETRACE_TOKEN", raising=False)
    result = CliRunner().invoke(cli, ["serve", "--db", str(db), "--host", "0.0.0.0"])
    assert result.exit_code == 2
    assert "SOURCETRACE_TOKEN" in result.output


def test_body_size_limit(db: Path) -> None:
    with TestClient(create_app(db, max_body=1000), base_url=BASE) as small:
        r = small.post("/api/trace", json={"text": "word " * 400})
        assert r.status_code == 413
        assert "1,000 bytes" in r.json()["error"]
        # A streamed body without Content-Length is counted as it arrives.
        chunks = iter([b'{"text": "', b"x" * 800, b"y" * 800, b'"}'])
        r = small.post("/api/trace", content=chunks, headers={"content-type": "application/json"})
        assert r.status_code == 413
        page = small.post("/trace", data={"text": "word " * 400})
        assert page.status_code == 413
        assert "<h1>413</h1>" in page.text
        assert small.post("/api/trace", json={"text": "short"}).status_code == 200


def test_cross_site_form_posts_are_refused(client: TestClient) -> None:
    r = client.post(
        "/delete", data={"id": "press_release"}, headers={"Origin": "http://evil.example"}
    )
    assert r.status_code == 403
    r = client.post(
        "/delete", data={"id": "press_release"}, headers={"Sec-Fetch-Site": "cross-site"}
    )
    assert r.status_code == 403
    assert client.get("/api/documents/press_release").status_code == 200
    same = {"Sec-Fetch-Site": "same-origin", "Origin": BASE}
    r = client.post("/delete", data={"id": "press_release"}, headers=same, follow_redirects=False)
    assert r.status_code == 303


def test_unexpected_errors_never_leak_a_traceback(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sourcetrace.web.workers import WorkerPool

    async def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("secret internal detail at /srv/code.py line 12")

    monkeypatch.setattr(WorkerPool, "run", boom)
    with TestClient(create_app(db), base_url=BASE, raise_server_exceptions=False) as c:
        for r in (
            c.post("/api/trace", json={"text": "anything"}),
            c.post("/trace", data={"text": "anything"}),
        ):
            assert r.status_code == 500
            assert "Traceback" not in r.text
            assert "secret internal detail" not in r.text
            assert "internal error" in r.text


def test_pages_render(client: TestClient, article_text: str) -> None:
    home = client.get("/")
    assert home.status_code == 200
    assert 'action="/trace"' in home.text
    result = client.post("/trace", data={"text": article_text})
    assert result.status_code == 200
    html = result.text
    assert "press_release" in html
    assert html.count('class="card quote') == 7
    assert html.count('class="card quote altered"') == 2
    assert 'id="a1-0"' in html and 'href="#s1-0"' in html
    assert 'id="s1-0"' in html and 'href="#a1-0"' in html
    assert "<progress" in html
    assert "Reported claims" in html
    assert "<del" in html and "<ins" in html
    doc = client.get("/documents/press_release")
    assert "Ombudsman of Artsakh" in doc.text
    traced = client.get("/trace", params={"id": "press_release"})
    assert traced.status_code == 200
    assert client.get("/documents/nope").status_code == 404
    assert "no document" in client.get("/documents/nope").text


def test_trace_an_uploaded_file(client: TestClient, article_text: str) -> None:
    files = {"file": ("story.txt", article_text.encode(), "text/plain")}
    r = client.post("/trace", files=files)
    assert r.status_code == 200
    assert r.text.count('class="card quote') == 7
    bad = client.post("/trace", files={"file": ("story.exe", b"MZ", "application/octet-stream")})
    assert bad.status_code == 422
    assert "cannot trace this file type" in bad.text
    empty = client.post("/trace", data={"text": "  "})
    assert empty.status_code == 422
    assert "empty" in empty.text


def test_add_by_upload_and_paste_then_delete(client: TestClient) -> None:
    jsonl = b'{"id": "u1", "text": "First upload."}\n{"id": "u2", "text": "Second."}\n'
    r = client.post(
        "/documents",
        files={"file": ("batch.jsonl", jsonl, "application/jsonl")},
        follow_redirects=False,
    )
    assert r.status_code == 303
    assert "added=2" in r.headers["location"]
    r = client.post(
        "/documents",
        data={"id": "p1", "text": "Pasted text.", "kind": "source", "date": "2023-01-02"},
        follow_redirects=False,
    )
    assert r.headers["location"] == "/documents/p1"
    bad = client.post("/documents", data={"id": "p2", "text": "x", "date": "later"})
    assert bad.status_code == 422
    assert "invalid date" in bad.text
    assert 'value="p2"' in bad.text  # the form keeps what was typed
    r = client.post("/delete", data={"id": "p1"}, follow_redirects=False)
    assert r.status_code == 303
    assert client.get("/api/documents/p1").status_code == 404


def test_openapi_and_docs_are_self_served(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    for path in ("/api/trace", "/api/quotes", "/api/documents", "/api/health"):
        assert path in schema["paths"]
    assert "/api/documents/{doc_id}" in schema["paths"]
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "POST" in docs.text and "/api/trace" in docs.text
    assert "cdn" not in docs.text.lower()
    assert "https://" not in docs.text
    assert client.get("/static/app.js").status_code == 200


def test_unknown_api_paths_answer_json(client: TestClient) -> None:
    r = client.get("/api/nothing")
    assert r.status_code == 404
    assert r.json() == {"error": "Not Found"}
    assert client.put("/api/health").status_code == 405


def test_concurrent_traces_all_succeed(client: TestClient, article_text: str) -> None:
    # Each story carries words never seen before, so every request stems new words
    # while the others do (a shared stemmer object once corrupted concurrent traces).
    rng = random.Random(4)

    def story() -> str:
        made_up = " ".join(
            "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(4, 12)))
            + rng.choice(["ing", "ed", "ness", "ations", "ly"])
            for _ in range(1500)
        )
        return article_text + "\n\n" + made_up + "."

    stories = [story() for _ in range(16)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(lambda t: client.post("/api/trace", json={"text": t}), stories))
    assert [r.status_code for r in answers] == [200] * len(stories)
    assert all(r.json()["sources"][0]["id"] == "press_release" for r in answers)


def test_odd_requests_get_clear_client_errors(client: TestClient) -> None:
    deep = client.post(
        "/api/documents", content=b"[" * 100_000, headers={"content-type": "application/json"}
    )
    assert deep.status_code == 400
    plain = client.post(
        "/api/trace", content=b'{"text": "hi"}', headers={"content-type": "text/plain"}
    )
    assert plain.status_code == 422
    assert "application/json" in plain.json()["error"]
    assert client.get("/api/documents", params={"offset": 10**20}).status_code == 422
    assert client.get("/documents", params={"page": 10**20}).status_code == 200
    assert client.get("/documents", params={"page": "x"}).status_code == 422
    assert client.get("/trace", params={"id": "nope"}).status_code == 404


def test_an_empty_index_says_nothing_was_checked(tmp_path: Path, article_text: str) -> None:
    with TestClient(create_app(tmp_path / "empty.db", create=True), base_url=BASE) as c:
        page = c.post("/trace", data={"text": article_text})
        api = c.post("/api/trace", json={"text": article_text}).json()
        css = c.get("/static/passages.css").text + c.get("/static/app.css").text
    assert page.status_code == 200
    html = page.text
    assert api["notices"] and {q["verdict"] for q in api["quotes"]} == {"unchecked"}
    for notice in api["notices"]:
        assert f'<p class="notice caution" role="status">{escape(notice)}</p>' in html
    assert html.count('class="card quote unchecked"') == len(api["quotes"]) > 0
    assert 'class="card quote not_found"' not in html
    # The unchecked cards and their badges have a neutral colour of their own, not red.
    rules = dict(re.findall(r"^([^{}\n]+?)\s*\{([^}]*)\}", css, flags=re.M))
    assert "var(--muted)" in rules[".card.unchecked"]
    assert "#eef0f3" in rules[".card.unchecked .verdict"]


def test_a_trace_with_sources_has_no_notice(client: TestClient, article_text: str) -> None:
    html = client.post("/trace", data={"text": article_text}).text
    assert "notice caution" not in html


def _damage(path: Path) -> None:
    """Overwrite every page of the index but the first with garbage."""
    data = bytearray(path.read_bytes())
    data[4096:] = random.Random(7).randbytes(len(data) - 4096)
    path.write_bytes(bytes(data))


def test_a_damaged_index_answers_503_with_the_message(db: Path, article_text: str) -> None:
    with Index.open(db) as index:
        index.add([Document(id=f"filler-{i}", text=article_text + f" {i}") for i in range(40)])
    with TestClient(create_app(db), base_url=BASE, raise_server_exceptions=False) as c:
        _damage(db)
        answers = {
            "search": c.get("/api/documents", params={"q": "defender"}),
            "trace": c.post("/api/trace", json={"text": article_text}),  # in a worker
            "page": c.get("/documents", params={"q": "defender"}),
            "stored": c.get("/trace", params={"id": "press_release"}),
        }
    for what, r in answers.items():
        assert r.status_code == 503, (what, r.status_code, r.text[:300])
        assert "is damaged" in r.text and "re-create it" in r.text, what
        assert "internal error" not in r.text and "Traceback" not in r.text
    assert answers["search"].json()["error"].startswith("the index cannot be used: ")


def test_a_locked_index_answers_503_and_when_to_retry(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    monkeypatch.setenv("SOURCETRACE_BUSY_TIMEOUT", "0.2")
    with TestClient(create_app(db), base_url=BASE, raise_server_exceptions=False) as c:
        writer = sqlite3.connect(db, isolation_level=None)
        writer.execute("BEGIN IMMEDIATE")  # another process holds the write lock
        try:
            r = c.post("/api/documents", json={"id": "n", "text": "A new text."})
        finally:
            writer.execute("ROLLBACK")
            writer.close()
        assert r.status_code == 503, r.text
        assert "locked by another writer" in r.json()["error"]
        assert r.headers["Retry-After"] == "5"
        assert c.post("/api/documents", json={"id": "n", "text": "A new text."}).status_code == 201
