"""Hostile and broken inputs through the real command line: one line each, never a traceback.

Every input is generated here (no big file is committed: the large ones are sparse or
compress to nothing, devices are reached through symbolic links, pipes made with
``os.mkfifo``). Each case runs ``python -m sourcetrace ingest`` in a subprocess under a
timeout, with good files before and after the bad one, and checks: exit status 2, no
traceback, one ``error:`` line naming the file (and line) and the reason, nothing else on
standard error but the summary, and every good file of the batch in the index.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import rezip_docx as rezip
from sourcetrace import Index
from test_readers import NEWS_PAGE, make_docx, make_pdf

TIMEOUT = 60
GOOD_LINE = {"id": "feed-good", "text": "A good record in the same file."}


def sourcetrace(
    *args: str | Path, stdin: bytes | None = None, timeout: float = TIMEOUT
) -> subprocess.CompletedProcess[str]:
    """Run the command line as a user would, through ``python -m sourcetrace``."""
    result = subprocess.run(
        [sys.executable, "-m", "sourcetrace", *map(str, args)],
        input=stdin,
        capture_output=True,
        timeout=timeout,
        check=False,
    )
    return subprocess.CompletedProcess(
        result.args,
        result.returncode,
        result.stdout.decode("utf-8", "replace"),
        result.stderr.decode("utf-8", "replace"),
    )


def indexed(db: Path) -> dict[str, str]:
    """Return the index's documents as ``{id: text}``."""
    with Index.open(db, readonly=True) as index:
        return {doc.id: doc.text for doc in index}


def error_lines(stderr: str) -> list[str]:
    assert "Traceback" not in stderr, stderr
    lines = stderr.splitlines()
    stray = [line for line in lines if not line.startswith(("error:", "added "))]
    assert not stray, f"unexpected lines on standard error: {stray}"
    return [line for line in lines if line.startswith("error:")]


def assert_one_error(result: subprocess.CompletedProcess[str], where: str, reason: str) -> str:
    """Check the exit status and that exactly one error line names ``where`` and ``reason``."""
    assert result.returncode == 2, result.stderr
    [line] = error_lines(result.stderr)
    assert f"{where}: " in line, line
    assert reason in line, line
    return line


# --------------------------------------------------------------------------- makers


def jsonl_with(path: Path, bad_line: str) -> Path:
    """A JSON Lines file whose second line is ``bad_line`` between two good records."""
    other = {"id": "feed-after", "text": "Another good record after the bad line."}
    path.write_text(
        json.dumps(GOOD_LINE) + "\n" + bad_line + "\n" + json.dumps(other) + "\n",
        encoding="utf-8",
    )
    return path


def rezip_docx(path: Path, change: Callable[[bytes], bytes]) -> Path:
    """A Word file whose main part is passed through ``change``."""
    source = make_docx(path.with_name("source-" + path.name))
    path.write_bytes(rezip(source.read_bytes(), change))
    source.unlink()
    return path


def encrypted_pdf(path: Path, *, password: str) -> Path:
    from pypdf import PdfReader, PdfWriter

    plain = make_pdf(path.with_name("plain-" + path.name), ["A secret page of text."])
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(user_password=password, owner_password="owner", algorithm="AES-256")
    with path.open("wb") as handle:
        writer.write(handle)
    plain.unlink()
    return path


def fifo(path: Path) -> Path:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes on this system")
    os.mkfifo(path)
    return path


def device(path: Path, target: str) -> Path:
    if not Path(target).exists():
        pytest.skip(f"no {target} on this system")
    path.symlink_to(target)
    return path


def sparse(path: Path, size: int) -> Path:
    with path.open("wb") as handle:
        handle.truncate(size)
    return path


def huge_line_jsonl(path: Path) -> Path:
    long = json.dumps({"id": "huge", "text": "x" * (17 * 1024 * 1024)})
    return jsonl_with(path, long)


#: name -> (make the bad file in a folder, where the error points, what it says)
CASES: dict[str, tuple[Callable[[Path], Path], str, str]] = {
    "json nested 10,000 deep": (
        lambda d: jsonl_with(
            d / "deep.jsonl", '{"id": "d", "text": "t", "x": ' + "[" * 10_000 + "]" * 10_000 + "}"
        ),
        "deep.jsonl:2",
        "nested too deeply",
    ),
    "a 5,000-digit number": (
        lambda d: jsonl_with(
            d / "number.jsonl", '{"id": "n", "text": "t", "n": ' + "9" * 5000 + "}"
        ),
        "number.jsonl:2",
        "4300 digits",
    ),
    "a lone surrogate": (
        lambda d: jsonl_with(d / "surrogate.jsonl", '{"id": "s", "text": "bad \\ud800 half"}'),
        "surrogate.jsonl:2",
        "field 'text' holds a lone surrogate",
    ),
    "a lone surrogate in a metadata key": (
        lambda d: jsonl_with(d / "key.jsonl", '{"id": "k", "text": "t", "\\udfff": 1}'),
        "key.jsonl:2",
        "lone surrogate",
    ),
    "a record line over the limit": (
        lambda d: huge_line_jsonl(d / "huge_line.jsonl"),
        "huge_line.jsonl:2",
        "line longer than 16 MiB",
    ),
    "a docx truncated inside its XML": (
        lambda d: rezip_docx(d / "truncated.docx", lambda xml: xml[: len(xml) // 2]),
        "truncated.docx",
        "not a Word .docx document (XMLSyntaxError",
    ),
    "a docx cut short": (
        lambda d: _cut(make_docx(d / "cut.docx")),
        "cut.docx",
        "not a Word .docx document (BadZipFile",
    ),
    "a docx with an oversized text node": (
        lambda d: rezip_docx(
            d / "oversized.docx",
            lambda xml: xml.replace(
                b"</w:body>",
                b"<w:p><w:r><w:t>" + b"a" * 11_000_000 + b"</w:t></w:r></w:p></w:body>",
            ),
        ),
        "oversized.docx",
        "not a Word .docx document (XMLSyntaxError",
    ),
    "an AES-encrypted PDF": (
        lambda d: encrypted_pdf(d / "locked.pdf", password="secret"),
        "locked.pdf",
        "encrypted PDF, no password",
    ),
    "a symlink to /dev/zero": (
        lambda d: device(d / "zero.txt", "/dev/zero"),
        "zero.txt",
        "is a device, not a regular file",
    ),
    "a .jsonl symlink to /dev/urandom": (
        lambda d: device(d / "random.jsonl", "/dev/urandom"),
        "random.jsonl",
        "is a device, not a regular file",
    ),
    "a FIFO named .txt": (
        lambda d: fifo(d / "f.txt"),
        "f.txt",
        "is a named pipe (FIFO), not a regular file",
    ),
    "a FIFO named .jsonl": (
        lambda d: fifo(d / "f.jsonl"),
        "f.jsonl",
        "is a named pipe (FIFO), not a regular file",
    ),
    "a file of NUL bytes": (
        lambda d: _write(d / "nul.txt", b"\0" * 4096),
        "nul.txt",
        "binary data",
    ),
    "a file of control characters": (
        lambda d: _write(d / "controls.txt", bytes(range(1, 9)) * 100),
        "controls.txt",
        "binary data",
    ),
    "an HTML page of NUL bytes": (
        lambda d: _write(d / "page.html", b"\0" * 100),
        "page.html",
        "binary data",
    ),
    "a web page over its limit": (
        lambda d: _write(d / "big.html", b"<html><body>" + b"<p>Words.</p>" * 700_000),
        "big.html",
        "web page too large (9 MiB; the limit for HTML is 8 MiB)",
    ),
    "a file over the size limit": (
        lambda d: sparse(d / "huge.txt", 65 * 1024 * 1024),
        "huge.txt",
        "file too large (65 MiB; the limit is 64 MiB)",
    ),
}


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _cut(path: Path) -> Path:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def good_files(folder: Path) -> tuple[Path, Path]:
    first = folder / "good_first.txt"
    first.write_text("The first good file of the batch.", encoding="utf-8")
    last = folder / "zz_good_last.md"
    last.write_text("# Last\n\nThe last good file of the batch.", encoding="utf-8")
    return first, last


@pytest.mark.parametrize("case", CASES)
def test_bad_input_is_one_line_and_the_batch_goes_on(tmp_path: Path, case: str) -> None:
    make, where, reason = CASES[case]
    folder = tmp_path / "in"
    folder.mkdir()
    first, last = good_files(folder)
    bad = make(folder)
    db = tmp_path / "index.db"
    result = sourcetrace("ingest", "--db", db, first, bad, last)
    assert_one_error(result, str(folder / where), reason)
    docs = indexed(db)
    assert {"good_first", "zz_good_last"} <= set(docs)
    if bad.suffix == ".jsonl" and bad.is_file() and not bad.is_symlink():
        assert {"feed-good", "feed-after"} <= set(docs)  # the file's other lines
    assert f"added {len(docs)} document(s)" in result.stderr


def test_a_folder_of_bad_inputs_on_the_worker_pool(tmp_path: Path) -> None:
    """16+ files start the worker pool: errors cross it as lines, with their line numbers."""
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(20):
        (folder / f"note{i:02d}.txt").write_text(f"Good note number {i}.", encoding="utf-8")
    rezip_docx(folder / "b_truncated.docx", lambda xml: xml[: len(xml) // 2])
    rezip_docx(folder / "c_truncated.docx", lambda xml: xml[: len(xml) // 3])
    (folder / "d_latin1.txt").write_bytes(b"First line\nSecond line\nCaf\xe9\n")
    device(folder / "e_zero.txt", "/dev/zero")
    fifo(folder / "f_pipe.txt")
    make_pdf(folder / "g_paper.pdf", ["A good PDF page."])
    (folder / "h_page.html").write_text(NEWS_PAGE, encoding="utf-8")
    db = tmp_path / "index.db"
    result = sourcetrace("ingest", "--db", db, "--jobs", "2", folder)
    assert result.returncode == 2
    lines = error_lines(result.stderr)
    assert len(lines) == 5, lines
    assert "b_truncated.docx: not a Word .docx document (XMLSyntaxError" in lines[0]
    assert "c_truncated.docx: not a Word .docx document" in lines[1]
    assert f"{folder / 'd_latin1.txt'}:3: not valid UTF-8" in lines[2]
    assert "e_zero.txt: is a device" in lines[3]
    assert "f_pipe.txt: is a named pipe" in lines[4]
    docs = indexed(db)
    assert {f"note{i:02d}" for i in range(20)} | {"g_paper", "h_page"} == set(docs)
    assert "added 22 document(s)" in result.stderr


def test_a_failed_file_does_not_claim_its_id(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _cut(make_docx(folder / "corrupt.docx"))
    make_pdf(folder / "corrupt.pdf", ["The PDF with the same name is fine."])
    db = tmp_path / "index.db"
    result = sourcetrace("ingest", "--db", db, folder)
    assert_one_error(result, str(folder / "corrupt.docx"), "not a Word .docx document")
    assert indexed(db) == {"corrupt": "The PDF with the same name is fine."}


def test_files_with_one_stem_do_not_replace_each_other(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("From the text file.", encoding="utf-8")
    (tmp_path / "a.html").write_text(NEWS_PAGE, encoding="utf-8")
    make_pdf(tmp_path / "a.pdf", ["From the PDF."])
    db = tmp_path / "index.db"
    result = sourcetrace(
        "ingest", "--db", db, *(tmp_path / f"a.{s}" for s in ("txt", "html", "pdf"))
    )
    assert result.returncode == 2
    lines = error_lines(result.stderr)
    assert [line.split(": ")[1] for line in lines] == [
        str(tmp_path / "a.html"),
        str(tmp_path / "a.pdf"),
    ]
    assert all(f"id 'a' is also the id of {tmp_path / 'a.txt'}" in line for line in lines)
    assert indexed(db) == {"a": "From the text file."}
    assert "added 1 document(s)" in result.stderr


def test_repeated_ids_in_one_file_are_named_and_counted(tmp_path: Path) -> None:
    records = [("x", 1), ("y", 2), ("x", 3), ("z", 4), ("y", 5), ("x", 6), ("w", 7)]
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "".join(json.dumps({"id": i, "text": f"Record {n}."}) + "\n" for i, n in records),
        encoding="utf-8",
    )
    db = tmp_path / "index.db"
    result = sourcetrace("ingest", "--db", db, feed)
    assert result.returncode == 2
    lines = error_lines(result.stderr)
    assert [re.search(r"feed\.jsonl:(\d+): id '(\w)'", line).groups() for line in lines] == [  # type: ignore[union-attr]
        ("3", "x"),
        ("5", "y"),
        ("6", "x"),
    ]
    assert f"was already read at {feed}:1" in lines[0]
    assert indexed(db) == {"x": "Record 1.", "y": "Record 2.", "z": "Record 4.", "w": "Record 7."}
    assert "added 4 document(s)" in result.stderr
    assert "(4 in the index)" in result.stderr


# --------------------------------------------------------------------------- read right


def test_utf16_without_a_mark_and_utf16_json_lines_are_read(tmp_path: Path) -> None:
    (tmp_path / "le.txt").write_bytes("Café opens today.\nMore text.".encode("utf-16-le"))
    (tmp_path / "be.txt").write_bytes("Ünïcode big end.".encode("utf-16-be"))

    def lines(prefix: str) -> str:
        return "".join(
            json.dumps({"id": f"{prefix}{i}", "text": f"Récord {i}"}) + "\n" for i in range(3)
        )

    (tmp_path / "marked.jsonl").write_bytes(lines("r").encode("utf-16"))
    (tmp_path / "bare.jsonl").write_bytes(lines("q").encode("utf-16-le"))
    db = tmp_path / "index.db"
    result = sourcetrace("ingest", "--db", db, tmp_path / "le.txt", tmp_path / "be.txt",
                         tmp_path / "marked.jsonl", tmp_path / "bare.jsonl")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert error_lines(result.stderr) == []
    docs = indexed(db)
    assert docs["le"] == "Café opens today.\nMore text."
    assert docs["be"] == "Ünïcode big end."
    assert docs["r2"] == "Récord 2"
    assert docs["q1"] == "Récord 1"


def test_sniffed_types_win_over_a_text_suffix(tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_text(NEWS_PAGE, encoding="utf-8")
    pdf = make_pdf(tmp_path / "paper.pdf", ["A PDF saved under a text name."])
    pdf.rename(tmp_path / "paper.txt")
    db = tmp_path / "index.db"
    result = sourcetrace("ingest", "--db", db, tmp_path / "page.txt", tmp_path / "paper.txt")
    assert result.returncode == 0, result.stderr
    docs = indexed(db)
    assert "<" not in docs["page"]
    assert "Opposition members argued" in docs["page"]
    assert "Subscribe for full access" not in docs["page"]  # the navigation is left out
    assert docs["paper"] == "A PDF saved under a text name."


def test_html_on_standard_input_is_read_as_a_page(tmp_path: Path) -> None:
    result = sourcetrace("quotes", "-", "--json", stdin=NEWS_PAGE.encode())
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [q["text"] for q in data["quotes"]] == [
        "This budget protects the services people rely on every day,"
    ]
    assert data["article"]["chars"] < len(NEWS_PAGE) / 2


def test_pypdf_repair_warnings_stay_off_the_screen(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "damaged.pdf", ["A damaged but readable PDF."])
    pdf.write_bytes(re.sub(rb"startxref\s+\d+", b"startxref\n99999", pdf.read_bytes()))
    db = tmp_path / "index.db"
    result = sourcetrace("ingest", "--db", db, pdf)
    assert result.returncode == 0, result.stderr
    assert error_lines(result.stderr) == []
    assert result.stderr.count("\n") == 1, result.stderr
    assert indexed(db) == {"damaged": "A damaged but readable PDF."}


def test_an_encrypted_pdf_without_a_user_password_is_read(tmp_path: Path) -> None:
    pdf = encrypted_pdf(tmp_path / "open.pdf", password="")
    db = tmp_path / "index.db"
    result = sourcetrace("ingest", "--db", db, pdf)
    assert result.returncode == 0, result.stderr
    assert indexed(db) == {"open": "A secret page of text."}


def test_kind_date_and_publisher_for_files(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("A statement by the ministry.", encoding="utf-8")
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "j", "text": "A record.", "kind": "article"}) + "\n")
    db = tmp_path / "index.db"
    result = sourcetrace("ingest", "--db", db, "--kind", "source", "--date", "2023-08-09",
                         "--publisher", "Ministry", note, feed)  # fmt: skip
    assert result.returncode == 0, result.stderr
    with Index.open(db, readonly=True) as index:
        doc, record = index.get("note"), index.get("j")
    assert (doc.kind, doc.date, doc.publisher) == ("source", "2023-08-09", "Ministry")
    assert (record.kind, record.date, record.publisher) == ("article", None, None)


@pytest.mark.parametrize(
    ("option", "value", "reason"),
    [("--date", "9 August", "not an ISO 8601 date"), ("--kind", "memo", "'memo' is not one of")],
)
def test_bad_file_fields_are_refused(tmp_path: Path, option: str, value: str, reason: str) -> None:
    note = tmp_path / "note.txt"
    note.write_text("A note.", encoding="utf-8")
    result = sourcetrace("ingest", "--db", tmp_path / "index.db", option, value, note)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert reason in result.stderr
    assert not (tmp_path / "index.db").exists()
