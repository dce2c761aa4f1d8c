"""Cheap fixtures shared by the tests."""

from __future__ import annotations

import io
import json
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from sourcetrace import Document, Index
from sourcetrace.quotes import check, extract, scan
from sourcetrace.quotes.model import Reported
from sourcetrace.quotes.verify import VerifyOptions

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


def quote_speakers(text: str) -> dict[str, str | None]:
    """Each quotation of ``text`` (not terms), with its speaker's name."""
    return {q.text: q.speaker.name for q in scan(text).quotes if q.kind == "quote"}


def claim_speakers(text: str) -> dict[str, str | None]:
    """Each reported claim's first four words, with its speaker's name."""
    return {
        " ".join(c.text.split()[:4]): (c.speaker.name if c.speaker else None)
        for c in scan(text).reported
    }


def claim_verdict(release: str, story: str) -> Reported:
    """The one reported claim of ``story`` (after a headline), checked against ``release``."""
    article = "Health news.\n\n" + story
    quotes, claims = extract(article)
    _, claims = check(article, quotes, claims, sources=[Document(id="release", text=release)])
    [claim] = claims
    return claim


def quote_verdict(
    article: str, release: Document
) -> tuple[str | None, list[tuple[str, str, bool]]]:
    """The one quotation of ``article`` checked against ``release``: verdict and edits."""
    quotes, claims = extract(article)
    checked, _ = check(article, quotes, claims, sources=[release], options=VerifyOptions())
    [quote] = [q for q in checked if q.kind == "quote"]
    return quote.verdict, [(e.source_text, e.quote_text, e.significant) for e in quote.edits]


def write_read_and_held_out_pair(data: Path, story: str, lede: str) -> None:
    """Write a two-pair ``insciout`` strength file: one pair on a read fold, one on fold 4.

    The story's ``lede`` (coded 2) against its release's first line (coded 4), for a release
    whose ``crc32 % 5`` fold is 0-3 and one on fold 4; only the read pair's texts are written,
    so a benchmark that reads a held-out text fails.
    """

    def fold(release_id: str) -> int:
        return zlib.crc32(release_id.encode()) % 5

    read = next(f"pr-t-{i}" for i in range(50) if fold(f"pr-t-{i}") != 4)
    held = next(f"pr-t-{i}" for i in range(50) if fold(f"pr-t-{i}") == 4)
    ins = data / "insciout"
    ins.mkdir()
    release = "Fish oil may slow memory loss\n\nFish oil may slow memory loss in older people.\n"

    def statement(text: str, where: str, code: int) -> dict[str, object]:
        s = where.index(text)
        return {"start": s, "end": s + len(text), "text": text, "strength": code}

    rows = [
        {
            "story_id": f"news-{rid}",
            "release_id": rid,
            "story_statement": statement(lede, story, 2),
            "release_statement": statement("Fish oil may slow memory loss", release, 4),
        }
        for rid in (read, held)
    ]
    (ins / "strength_dev.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    (ins / "news_dev.jsonl").write_text(json.dumps({"id": f"news-{read}", "text": story}) + "\n")
    (ins / "press_releases.jsonl").write_text(json.dumps({"id": read, "text": release}) + "\n")


def run_on_read_and_held_out_pair(
    data: Path, main: Callable[..., None], story: str, lede: str, *args: str
) -> list[str]:
    """Run a benchmark's ``main`` on :func:`write_read_and_held_out_pair`'s data.

    Returns the lines it printed; it fails if it reads a held-out text (they are not
    written).
    """
    write_read_and_held_out_pair(data, story, lede)
    lines: list[str] = []
    main(["--data", str(data), *args], out=lines.append)
    return lines


@pytest.fixture(scope="session")
def spark() -> Iterator[Any]:
    """One local Spark session for the engine-parity tests (skipped without the extra)."""
    pytest.importorskip("pyspark", reason="engine spark needs the 'spark' extra")
    from sourcetrace.corpus.spark import spark_session

    session = spark_session("local[2]")
    yield session
    session.stop()
