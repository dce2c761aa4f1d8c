"""Tests for sourcetrace.readers: every format on real small input, and every bad input."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from sourcetrace.documents import Document
from sourcetrace.errors import InputError
from sourcetrace.readers import (
    SUPPORTED_SUFFIXES,
    read_bytes,
    read_docx,
    read_html,
    read_html_string,
    read_jsonl,
    read_path,
    read_pdf,
    read_stdin,
    read_text_file,
)

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

NEWS_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Council approves 12 million euro budget | Daily Gazette</title>
  <meta property="og:title" content="Council approves 12 million euro budget">
  <meta property="og:site_name" content="Daily Gazette">
  <meta name="author" content="Jane Reporter">
  <meta property="article:published_time" content="2024-03-05T10:00:00+01:00">
  <link rel="canonical" href="https://gazette.example.com/news/council-budget">
</head>
<body>
  <header class="site-header"><a href="/">Daily Gazette</a></header>
  <nav>
    <ul>
      <li><a href="/">Home</a></li>
      <li><a href="/politics">Politics</a></li>
      <li><a href="/sport">Sport</a></li>
      <li><a href="/subscribe">Subscribe for full access today</a></li>
    </ul>
  </nav>
  <main>
    <article>
      <h1>Council approves 12 million euro budget</h1>
      <p class="byline">By Jane Reporter</p>
      <p>The city council on Tuesday approved a budget of 12 million euros for the coming
      year, after a debate in the town hall that lasted more than four hours.</p>
      <p>"This budget protects the services people rely on every day," said mayor Anna
      Berg, who first proposed the plan to the council in January.</p>
      <p>Opposition members argued that the money set aside for roads was far too low and
      promised to raise the issue again when the council meets in the autumn session.</p>
    </article>
  </main>
  <footer>
    <p>Copyright 2024 Daily Gazette Media Group. All rights reserved.</p>
    <a href="/privacy">Privacy policy</a> <a href="/contact">Contact the newsroom</a>
  </footer>
</body>
</html>
"""


def collect(path: Path | str) -> tuple[list[Document], list[InputError]]:
    """Read ``path`` with an error handler; return the documents and the errors."""
    errors: list[InputError] = []
    docs = list(read_path(path, on_error=errors.append))
    return docs, errors


def write_jsonl(path: Path, *lines: Any) -> Path:
    """Write each line as JSON, or as given when it is already a string."""
    path.write_text(
        "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n",
        encoding="utf-8",
    )
    return path


def make_docx(path: Path, *, title: str | None = None) -> Path:
    import docx

    document = docx.Document()
    if title is not None:
        document.core_properties.title = title
    document.add_heading("Ministry announces water plan", level=1)
    document.add_paragraph("The ministry said on Monday that new pipes will be laid.")
    document.add_paragraph("")  # an empty paragraph is skipped
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Region"
    table.cell(0, 1).text = "Budget"
    table.cell(1, 0).text = "North"
    table.cell(1, 1).text = "4 million"
    document.add_paragraph("Work starts in the spring, the minister added.")
    document.save(str(path))
    return path


def make_pdf(path: Path, pages: list[str], *, title: str | None = None) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    if title is not None:
        pdf.set_title(title)
    pdf.set_font("Helvetica", size=12)
    for text in pages:
        pdf.add_page()
        if text:
            pdf.multi_cell(0, 10, text)
        else:  # a page with a drawing and no text, like a scan
            pdf.rect(20, 20, 100, 60, style="F")
    pdf.output(str(path))
    return path


# --------------------------------------------------------------------------- examples


def test_example_press_release() -> None:
    [doc] = read_path(EXAMPLES / "press_release.txt")
    assert doc.id == "press_release"
    assert doc.title is not None
    assert doc.title.startswith("The Human Rights Activists Have Expressed Their Stance")
    assert doc.text.startswith(doc.title)  # the title stays in the text
    assert "Lachin corridor" in doc.text


def test_example_article_has_no_title_when_first_line_is_a_paragraph() -> None:
    doc = read_text_file(EXAMPLES / "article.txt")
    assert doc.id == "article"
    first_line = doc.text.split("\n", 1)[0]
    assert len(first_line) > 200
    assert doc.title is None
    assert doc.text.startswith("Artsakh’s Human Rights Defender Gegham Stepanyan")


def test_example_corpus_matches_the_text_files() -> None:
    docs = list(read_jsonl(EXAMPLES / "corpus.jsonl"))
    assert [d.id for d in docs] == ["hrd-artsakh-2023-08-09", "news-2023-08-09-stepanyan"]
    source, article = docs
    assert (source.kind, source.date, source.publisher) == (
        "source",
        "2023-08-09",
        "Human Rights Defender of Artsakh",
    )
    assert article.kind == "article"
    assert article.publisher is None
    assert source.text.strip() == read_text_file(EXAMPLES / "press_release.txt").text.strip()
    assert article.text.strip() == read_text_file(EXAMPLES / "article.txt").text.strip()


# --------------------------------------------------------------------------- plain text


def test_text_file_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "statement.txt"
    path.write_bytes("\ufeff\r\n  Minister’s statement  \r\nWe will act.\r\n".encode())
    doc = read_text_file(path)
    assert doc.id == "statement"
    assert doc.title == "Minister’s statement"
    assert doc.text == "\n  Minister’s statement  \nWe will act.\n"
    assert "\ufeff" not in doc.text


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "notepad.txt"
    path.write_bytes("Café opens\nToday.".encode("utf-16"))
    assert read_text_file(path).text == "Café opens\nToday."


def test_markdown_title_loses_hashes(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("# Quarterly results\n\nRevenue rose.\n", encoding="utf-8")
    doc = read_text_file(path)
    assert doc.title == "Quarterly results"
    assert doc.text.startswith("# Quarterly results")


def test_undecodable_bytes_name_the_byte_and_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("First line\nCaf\xe9 au lait\n".encode("latin-1"))
    with pytest.raises(InputError) as info:
        read_text_file(path)
    assert info.value.path == str(path)
    assert info.value.line == 2
    assert "not valid UTF-8 text (byte 0xE9 at offset 14)" in info.value.reason
    assert "save the file as UTF-8" in info.value.reason


@pytest.mark.parametrize("content", [b"", b"  \n\t\r\n"])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match="empty"):
        list(read_path(path))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file") as info:
        list(read_path(tmp_path / "nowhere.txt"))
    assert info.value.path == str(tmp_path / "nowhere.txt")


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    path = tmp_path / "secret.txt"
    path.write_text("classified", encoding="utf-8")
    real_open = os.open

    def open_denied(file: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if Path(file) == path:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", open_denied)
    with pytest.raises(InputError, match="permission denied") as info:
        list(read_path(path))
    assert str(path) in str(info.value)


# --------------------------------------------------------------------------- HTML


def test_html_news_page(tmp_path: Path) -> None:
    path = tmp_path / "council.html"
    path.write_text(NEWS_PAGE, encoding="utf-8")
    doc = read_html(path)
    assert doc.id == "council"
    assert "approved a budget of 12 million euros" in doc.text
    assert '"This budget protects the services people rely on every day," said mayor' in doc.text
    assert "autumn session." in doc.text
    for boilerplate in ("Subscribe", "Politics", "Copyright", "All rights reserved", "Privacy"):
        assert boilerplate not in doc.text
    assert "\n\nOpposition members argued" in doc.text  # paragraphs are blocks
    assert doc.title == "Council approves 12 million euro budget"
    assert doc.date == "2024-03-05"
    assert doc.author == "Jane Reporter"
    assert doc.url == "https://gazette.example.com/news/council-budget"
    assert doc.publisher == "Daily Gazette"


def test_html_charset_from_the_page(tmp_path: Path) -> None:
    page = NEWS_PAGE.replace("utf-8", "iso-8859-1").replace("mayor Anna", "mayor Zoë")
    path = tmp_path / "latin.htm"
    path.write_bytes(page.encode("iso-8859-1"))
    assert "said mayor Zoë Berg" in read_html(path).text


def test_html_string() -> None:
    doc = read_html_string(NEWS_PAGE, doc_id="upload-1")
    assert doc.id == "upload-1"
    assert "Opposition members argued" in doc.text
    assert "Contact the newsroom" not in doc.text


@pytest.mark.parametrize(
    "page",
    [
        "<html><head><title>App</title></head><body><script>render()</script>"
        "<div id='root'></div></body></html>",
        "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        "<footer>Copyright 2024</footer></body></html>",
    ],
    ids=["javascript-app", "links-only"],
)
def test_html_without_main_text(tmp_path: Path, page: str) -> None:
    path = tmp_path / "shell.html"
    path.write_text(page, encoding="utf-8")
    with pytest.raises(InputError, match="no main text found in the HTML") as info:
        read_html(path)
    assert info.value.path == str(path)


# --------------------------------------------------------------------------- Word


def test_docx_paragraphs_tables_and_title(tmp_path: Path) -> None:
    doc = read_docx(make_docx(tmp_path / "water.docx", title="Water plan 2024"))
    assert doc.id == "water"
    assert doc.title == "Water plan 2024"
    assert doc.text == (
        "Ministry announces water plan\n\n"
        "The ministry said on Monday that new pipes will be laid.\n\n"
        "Region\tBudget\n\n"
        "North\t4 million\n\n"
        "Work starts in the spring, the minister added."
    )


def test_docx_merged_cell_is_read_once(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 2))
    merged.text = "Results by region"
    for column, text in enumerate(["North", "South", "East"]):
        table.cell(1, column).text = text
    path = tmp_path / "merged.docx"
    document.save(str(path))
    assert read_docx(path).text == "Results by region\n\nNorth\tSouth\tEast"


def test_docx_without_title_property(tmp_path: Path) -> None:
    doc = read_docx(make_docx(tmp_path / "untitled.docx"))
    assert doc.title is None
    assert doc.text.startswith("Ministry announces water plan")


def test_docx_without_text(tmp_path: Path) -> None:
    import docx

    path = tmp_path / "blank.docx"
    docx.Document().save(str(path))
    with pytest.raises(InputError, match="has no text"):
        read_docx(path)


def test_docx_that_is_not_a_word_file(tmp_path: Path) -> None:
    path = tmp_path / "fake.docx"
    path.write_text("just text with the wrong suffix", encoding="utf-8")
    with pytest.raises(InputError, match=r"not a Word \.docx document"):
        read_docx(path)


# --------------------------------------------------------------------------- PDF


def test_pdf_text_layer_pages_and_title(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "report.pdf",
        ["Annual report of the agency.", "Second page: spending fell by 3 percent."],
        title="Annual report",
    )
    doc = read_pdf(path)
    assert doc.id == "report"
    assert doc.title == "Annual report"
    assert doc.text == "Annual report of the agency.\n\nSecond page: spending fell by 3 percent."


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "scan.pdf", ["", ""])
    with pytest.raises(InputError) as info:
        read_pdf(path)
    assert info.value.reason == "PDF has no text layer (scanned?); run OCR first"


def test_pdf_that_is_not_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"this is not a PDF at all")
    with pytest.raises(InputError, match="not a readable PDF"):
        read_pdf(path)


# --------------------------------------------------------------------------- JSON Lines


def test_jsonl_fields_aliases_and_meta(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "corpus.jsonl",
        {
            "id": "r1",
            "text": "The release text.",
            "title": "Release",
            "date": "2023-08-09T14:30:00Z",
            "outlet": "Ministry",
            "author": "Press office",
            "url": "https://example.org/r1",
            "kind": "source",
            "lang": "en",
            "tags": ["water", "budget"],
        },
        "",
        {"id": 42, "text": "An article.", "publisher": "Gazette", "outlet": "Gazette Online"},
    )
    first, second = read_jsonl(path)
    assert first == Document(
        id="r1",
        text="The release text.",
        title="Release",
        date="2023-08-09T14:30:00Z",
        publisher="Ministry",
        author="Press office",
        url="https://example.org/r1",
        kind="source",
        meta={"outlet": "Ministry", "lang": "en", "tags": ["water", "budget"]},
    )
    assert second.id == "42"
    assert second.publisher == "Gazette"  # publisher wins over outlet
    assert second.meta == {"outlet": "Gazette Online"}


def test_jsonl_bad_line_is_reported_and_the_rest_read(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "mixed.jsonl",
        {"id": "a", "text": "first"},
        '{"id": "b", "text": "broken',
        {"id": "c", "text": "third"},
    )
    docs, errors = collect(path)
    assert [d.id for d in docs] == ["a", "c"]
    [error] = errors
    assert error.line == 2
    assert error.reason.startswith("malformed JSON: Unterminated string")
    assert str(error).startswith(f"{path}:2: malformed JSON")


def test_jsonl_bad_line_raises_without_handler(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "bad.jsonl", {"id": "a", "text": "ok"}, "{not json}")
    reader = read_jsonl(path)
    assert next(reader).id == "a"
    with pytest.raises(InputError, match="malformed JSON") as info:
        next(reader)
    assert info.value.line == 2


@pytest.mark.parametrize(
    ("record", "reason"),
    [
        ({"text": "no id"}, "missing field 'id'"),
        ({"id": "x"}, "missing field 'text'"),
        ({"id": "", "text": "t"}, "field 'id' must be a non-empty string (or an integer)"),
        ({"id": True, "text": "t"}, "field 'id' must be a non-empty string (or an integer)"),
        ({"id": "x", "text": "   "}, "field 'text' must be a non-empty string"),
        ({"id": "x", "text": ["a"]}, "field 'text' must be a non-empty string"),
        ({"id": "x", "text": "t", "kind": "blog"}, "invalid kind 'blog'"),
        ({"id": "x", "text": "t", "date": "09/08/2023"}, "invalid date '09/08/2023'"),
        ({"id": "x", "text": "t", "date": "2023-13-01"}, "expected ISO 8601"),
        ({"id": "x", "text": "t", "title": 7}, "field 'title' must be a string"),
        (["id", "text"], "expected a JSON object, got list"),
    ],
)
def test_jsonl_invalid_records(tmp_path: Path, record: Any, reason: str) -> None:
    path = write_jsonl(tmp_path / "c.jsonl", {"id": "good", "text": "fine"}, record)
    docs, errors = collect(path)
    assert [d.id for d in docs] == ["good"]
    [error] = errors
    assert error.line == 2
    assert reason in error.reason
    assert error.path == str(path)


def test_jsonl_undecodable_line(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_bytes(b'{"id": "a", "text": "caf\xe9"}\n{"id": "b", "text": "ok"}\n')
    docs, errors = collect(path)
    assert [d.id for d in docs] == ["b"]
    assert errors[0].line == 1
    assert "not valid UTF-8" in errors[0].reason


def test_jsonl_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "none.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    with pytest.raises(InputError, match="empty"):
        list(read_jsonl(path))


# --------------------------------------------------------------------------- dispatch


def test_unsupported_type(tmp_path: Path) -> None:
    path = tmp_path / "sheet.xlsx"
    path.write_bytes(b"PK")
    with pytest.raises(InputError) as info:
        list(read_path(path))
    assert info.value.reason == (
        "unsupported file type '.xlsx' (expected .txt, .md, .html, .htm, .docx, .pdf, .jsonl)"
    )
    assert set(SUPPORTED_SUFFIXES) == {".txt", ".md", ".html", ".htm", ".docx", ".pdf", ".jsonl"}


def test_suffix_is_case_insensitive(tmp_path: Path) -> None:
    path = tmp_path / "LOUD.TXT"
    path.write_text("Shouted text.", encoding="utf-8")
    [doc] = read_path(path)
    assert (doc.id, doc.text) == ("LOUD", "Shouted text.")


def test_directory_walk(tmp_path: Path) -> None:
    (tmp_path / "b_release.txt").write_text("Release B.", encoding="utf-8")
    (tmp_path / "a_page.html").write_text(NEWS_PAGE, encoding="utf-8")
    (tmp_path / "notes.md").write_text("# Notes\n", encoding="utf-8")
    sub = tmp_path / "2023"
    sub.mkdir()
    (sub / "b_release.txt").write_text("Another release B, one folder down.", encoding="utf-8")
    write_jsonl(sub / "feed.jsonl", {"id": "j1", "text": "From the feed."})
    make_pdf(sub / "report.pdf", ["A PDF page."])
    (tmp_path / ".hidden.txt").write_text("secret", encoding="utf-8")
    hidden_dir = tmp_path / ".git"
    hidden_dir.mkdir()
    (hidden_dir / "config.txt").write_text("not a document", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")

    docs, errors = collect(tmp_path)
    assert [d.id for d in docs] == [
        "a_page",
        "b_release",
        "notes",
        "2023/b_release",
        "j1",
        "2023/report",
    ]
    assert docs[1].text == "Release B."
    assert docs[3].text == "Another release B, one folder down."
    assert [(Path(e.path).name, e.reason.split(" (")[0]) for e in errors] == [
        ("empty.txt", "the file is empty"),
        ("image.png", "unsupported file type '.png'"),
    ]
    # The same folder read on its own: its files are now at the top, so ids are stems.
    assert [d.id for d in read_path(sub)] == ["b_release", "j1", "report"]


def test_directory_walk_order_is_sorted_and_repeatable(tmp_path: Path) -> None:
    for name in ("c.txt", "a.txt", "b.txt"):
        (tmp_path / name).write_text(f"Text {name}", encoding="utf-8")
    assert [d.id for d in read_path(tmp_path)] == ["a", "b", "c"]
    assert list(read_path(tmp_path)) == list(read_path(tmp_path))


def test_directory_walk_raises_without_handler(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("fine", encoding="utf-8")
    (tmp_path / "b.csv").write_text("x,y", encoding="utf-8")
    reader = read_path(tmp_path)
    assert next(reader).id == "a"
    with pytest.raises(InputError, match=r"unsupported file type '\.csv'"):
        next(reader)


def test_directory_walk_reports_clashing_ids(tmp_path: Path) -> None:
    (tmp_path / "report.md").write_text("From Markdown.", encoding="utf-8")
    (tmp_path / "report.txt").write_text("From text.", encoding="utf-8")
    docs, errors = collect(tmp_path)
    assert [d.text for d in docs] == ["From Markdown."]
    [error] = errors
    assert error.path == str(tmp_path / "report.txt")
    assert "id 'report' is also the id of" in error.reason


# --------------------------------------------------------------------------- bytes, stdin


def test_read_bytes_dispatches_on_filename(tmp_path: Path) -> None:
    [text] = read_bytes(b"Plain upload.", filename="upload.TXT")
    assert (text.id, text.text) == ("upload", "Plain upload.")
    [html] = read_bytes(NEWS_PAGE.encode(), filename="page.html", doc_id="u7")
    assert html.id == "u7"
    assert "Opposition members argued" in html.text
    docx_bytes = make_docx(tmp_path / "w.docx").read_bytes()
    [word] = read_bytes(docx_bytes, filename="w.docx")
    assert "North\t4 million" in word.text
    pdf_bytes = make_pdf(tmp_path / "p.pdf", ["Uploaded PDF."]).read_bytes()
    assert read_bytes(pdf_bytes, filename="p.pdf")[0].text == "Uploaded PDF."
    feed = b'{"id": "a", "text": "one"}\n{"id": "b", "text": "two"}\n'
    assert [d.id for d in read_bytes(feed, filename="feed.jsonl")] == ["a", "b"]


def test_read_bytes_errors_name_the_upload() -> None:
    with pytest.raises(InputError, match=r"^report\.odt: unsupported file type '\.odt'"):
        read_bytes(b"x", filename="report.odt")
    errors: list[InputError] = []
    docs = read_bytes(b'{"id": "a"}\n{"id": "b", "text": "ok"}', filename="f.jsonl",
                      on_error=errors.append)  # fmt: skip
    assert [d.id for d in docs] == ["b"]
    assert str(errors[0]) == "f.jsonl:1: missing field 'text'"


def fake_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_read_stdin_text(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_stdin(monkeypatch, b"Piped article\nwith two lines.\n")
    [doc] = read_stdin()
    assert doc == Document(
        id="stdin", text="Piped article\nwith two lines.\n", title="Piped article"
    )


def test_read_stdin_jsonl_and_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_stdin(monkeypatch, b'{"id": "s1", "text": "one"}\n{"id": "s2"}\n')
    errors: list[InputError] = []
    assert [d.id for d in read_stdin(fmt="jsonl", on_error=errors.append)] == ["s1"]
    assert str(errors[0]) == "-:2: missing field 'text'"
    fake_stdin(monkeypatch, b"")
    with pytest.raises(InputError, match=r"^-: the input is empty"):
        list(read_stdin())
    with pytest.raises(InputError, match="unsupported input format 'rtf'"):
        list(read_stdin(fmt="rtf"))


# --------------------------------------------------------------------------- metadata


def test_docx_core_properties_give_title_author_and_date(tmp_path: Path) -> None:
    import datetime

    import docx

    document = docx.Document(str(make_docx(tmp_path / "w.docx")))
    document.core_properties.title = "Water plan"
    document.core_properties.author = "Press Office"
    document.core_properties.created = datetime.datetime(2023, 8, 9, 10, 30)
    document.save(str(tmp_path / "w.docx"))
    doc = read_docx(tmp_path / "w.docx")
    assert (doc.title, doc.author, doc.date) == ("Water plan", "Press Office", "2023-08-09")


def test_docx_template_properties_are_not_the_files(tmp_path: Path) -> None:
    doc = read_docx(make_docx(tmp_path / "blank.docx"))  # python-docx's template: 2013
    assert (doc.author, doc.date) == (None, None)


def test_pdf_metadata_gives_author_and_date(tmp_path: Path) -> None:
    import datetime

    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_title("Budget")
    pdf.set_author("Finance Ministry")
    pdf.set_creation_date(datetime.datetime(2024, 3, 5, 9, 0, tzinfo=datetime.UTC))
    pdf.set_font("Helvetica", size=12)
    pdf.add_page()
    pdf.multi_cell(0, 10, "The budget text.")
    pdf.output(str(tmp_path / "budget.pdf"))
    doc = read_pdf(tmp_path / "budget.pdf")
    assert (doc.title, doc.author, doc.date) == ("Budget", "Finance Ministry", "2024-03-05")


def test_file_fields_replace_the_files_own_and_are_checked(tmp_path: Path) -> None:
    from sourcetrace import FileFields, read_path

    page = tmp_path / "page.html"
    page.write_text(NEWS_PAGE, encoding="utf-8")
    [doc] = read_path(page, fields=FileFields(kind="article", date="2024-03-06"))
    assert (doc.kind, doc.date, doc.publisher) == ("article", "2024-03-06", "Daily Gazette")
    with pytest.raises(ValueError, match="invalid date '06/03/2024'"):
        FileFields(date="06/03/2024")
    with pytest.raises(ValueError, match="invalid kind 'news'"):
        FileFields(kind="news")


def test_read_path_is_public() -> None:
    import sourcetrace

    assert "read_path" in sourcetrace.__all__
    [doc] = sourcetrace.read_path(EXAMPLES / "press_release.txt")
    assert doc.id == "press_release"


# --------------------------------------------------------------------------- sniffing


def test_sniff_tells_formats_by_their_bytes() -> None:
    from sourcetrace.files import sniff

    assert sniff(b"%PDF-1.7\n...") == "pdf"
    assert sniff(b"PK\x03\x04rest") == "zip"
    assert sniff("Plain text here.".encode("utf-16-le")) == "utf-16-le"
    assert sniff("Plain text here.".encode("utf-16-be")) == "utf-16-be"
    assert sniff("Plain".encode("utf-16")) in ("utf-16-le", "utf-16-be")
    assert sniff(b"\0" * 10) == "binary"
    assert sniff(bytes(range(1, 32)) * 3) == "binary"
    assert sniff(b"  \n<!DOCTYPE html><html>") == "html"
    assert sniff(b"<p>a paragraph in a text file</p>") == "text"
    assert sniff("Déjà vu, 東京.\tTabs\r\n".encode()) == "text"


def test_bytes_and_stdin_are_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = '{"id": "u", "text": "UTF-16 record"}\n'.encode("utf-16-le")
    assert [d.text for d in read_bytes(lines, filename="f.jsonl")] == ["UTF-16 record"]
    fake_stdin(monkeypatch, NEWS_PAGE.encode())
    [doc] = read_stdin()
    assert doc.title == "Council approves 12 million euro budget"
    assert "<" not in doc.text
    with pytest.raises(InputError, match=r"^upload\.txt: binary data"):
        read_bytes(b"\x00\x01\x02" * 50, filename="upload.txt")


def test_repeated_ids_and_a_file_given_twice(tmp_path: Path) -> None:
    feed = write_jsonl(
        tmp_path / "feed.jsonl", {"id": "a", "text": "one"}, {"id": "a", "text": "two"}
    )
    docs, errors = collect(feed)
    assert [d.text for d in docs] == ["one"]
    assert [(e.line, "id 'a' was already read at" in e.reason) for e in errors] == [(2, True)]
    from sourcetrace.ingest import read_paths

    note = tmp_path / "note.txt"
    note.write_text("A note.", encoding="utf-8")
    twice: list[InputError] = []
    docs = list(read_paths([note, feed, tmp_path / "." / "note.txt", feed], on_error=twice.append))
    assert [d.id for d in docs] == ["note", "a"]
    assert [e.line for e in twice] == [2]  # the repeated record, once: the file again is quiet


def test_streams_and_lines_are_bounded() -> None:
    from sourcetrace.files import read_limited, read_lines

    assert read_limited(io.BytesIO(b"x" * 10), label="-", limit=10) == b"x" * 10
    with pytest.raises(InputError, match=r"^-: input too large"):
        read_limited(io.BytesIO(b"x" * 11), label="-", limit=10)
    handle = io.BufferedReader(io.BytesIO(b"short\n" + b"y" * 50 + b"\nlast\n"))
    lines = list(read_lines(handle, label="f.jsonl", limit=20))
    assert [n for n, _ in lines] == [1, 2, 3]
    assert lines[0][1] == b"short\n"
    assert isinstance(lines[1][1], InputError)
    assert str(lines[1][1]).startswith("f.jsonl:2: line longer than")
    assert lines[2][1] == b"last\n"
