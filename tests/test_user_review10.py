"""The tenth first-user review's findings: each test fails on the code before its mend."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from sourcetrace import Document, Index
from sourcetrace.cli import cli
from sourcetrace.quotes import extract_quotes, extract_reported
from sourcetrace.quotes.spans import paragraphs

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

_FOOTBALL = (
    "Heading the ball may harm the brains of professional footballers, a study of retired "
    "players from the University of Glasgow has found. The researchers said former players "
    "were three times more likely to die of dementia than people of the same age. Stress "
    "hormones were measured in hair samples from the players. Professor Willie Stewart said "
    "the risk grew with the years a player spent in the game."
)
_CORTISOL = (
    "Stressed people are more likely to comfort eat and become fat, a study has found.\n"
    "Researchers at University College London measured the stress hormone cortisol in hair "
    "samples from 2,500 adults over four years.\n"
    "Experts said people with high levels of the stress hormone were more likely to be obese.\n"
    "Dr Sarah Jackson said the findings were consistent with earlier work.\n"
)


def test_no_accepted_source_leaves_reported_claims_unchecked(index: Index) -> None:
    # Finding 3: the trace lists an unrelated release it does not accept (derivation
    # "non"); the claims were "unsupported" against it, now "unchecked".
    index.add([Document(id="pr-foot", text=_FOOTBALL, kind="source", date="2023-01-01")])
    result = index.trace(_CORTISOL)
    assert [s.derivation for s in result.sources] == ["non"]
    assert result.reported
    assert {c.verdict for c in result.reported} == {"unchecked"}
    assert all("no source" in (c.reason or "") for c in result.reported)


def _closed_pipe_run(args: list[str], cwd: Path) -> int:
    """Run the command line with its standard output's reader gone from the start."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "sourcetrace", *args],
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert proc.stdout is not None
    proc.stdout.close()  # like `| head` that has read enough
    return proc.wait(timeout=300)


@pytest.mark.parametrize("as_json", [False, True])
def test_a_closed_pipe_does_not_lose_the_report(
    release_db: Path, tmp_path: Path, as_json: bool
) -> None:
    # Finding 8: `trace -o report.html | head` wrote no report and exited 0.
    report = tmp_path / "report.html"
    args = ["trace", "--db", str(release_db), str(EXAMPLES / "article.txt"), "-o", str(report)]
    assert _closed_pipe_run([*args, *(["--json"] if as_json else [])], tmp_path) == 0
    assert report.is_file() and "<html" in report.read_text(encoding="utf-8")


def test_a_closed_pipe_does_not_stop_the_reports_of_many_articles(
    release_db: Path, tmp_path: Path
) -> None:
    text = (EXAMPLES / "article.txt").read_text(encoding="utf-8")
    articles = tmp_path / "articles.jsonl"
    articles.write_text(
        "".join(json.dumps({"id": f"story-{i}", "text": text}) + "\n" for i in range(3)),
        encoding="utf-8",
    )
    out = tmp_path / "reports"
    args = ["trace", "--db", str(release_db), str(articles), "-o", str(out), "--jobs", "1"]
    assert _closed_pipe_run(args, tmp_path) == 0
    assert sorted(p.name for p in out.iterdir()) == [f"story-{i}.html" for i in range(3)]


def test_the_html_report_says_why_each_source_was_accepted(
    release_db: Path, tmp_path: Path
) -> None:
    # Finding 6: the terminal's "why press_release (confidence 1.00): copied-share: …"
    # was missing from the report, which showed only "wholly".
    report = tmp_path / "report.html"
    args = ["trace", "--db", str(release_db), str(EXAMPLES / "article.txt"), "-o", str(report)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    with Index.open(release_db, readonly=True) as index:
        traced = index.trace((EXAMPLES / "article.txt").read_text(encoding="utf-8"))
    source = traced.accepted[0]
    assert source.accepted_by and source.confidence is not None
    page = report.read_text(encoding="utf-8")
    assert f'class="confidence">{source.confidence:.2f}<' in page
    assert f"{source.accepted_by}: " in page
    assert "copied-share" in page


_TERMS = (
    'Dr Ann Lee, who leads the clinic, said: "We saw the pipes clog up within a week of the '
    'change."\nShe called the build-up what they call "furring" in the trade, and the '
    'so-called "experts" were wrong.\n'
)


def test_the_web_page_counts_only_quotations_with_cards(tmp_path: Path) -> None:
    # Finding 9: the heading said "3 quotations" over 2 cards, counting quoted terms.
    pytest.importorskip("fastapi")
    pytest.importorskip("httpx")
    from fastapi.testclient import TestClient

    from sourcetrace.web import create_app

    path = tmp_path / "web.db"
    release = (EXAMPLES / "press_release.txt").read_text(encoding="utf-8")
    with Index.open(path) as index:
        index.add([Document(id="press_release", text=release, kind="source")])
        kinds = [q.kind for q in index.trace(_TERMS).quotes]
    assert kinds.count("quote") == 1 and kinds.count("term") == 2
    with TestClient(create_app(path), base_url="http://localhost") as client:
        page = client.post("/trace", data={"text": _TERMS, "title": "terms"})
    assert page.status_code == 200
    assert re.search(r"\b1 quotation\b", page.text)
    assert not re.search(r"\b3 quotations\b", page.text)
    assert page.text.count('class="card quote ') == 1


def test_the_web_page_says_why_each_source_was_accepted(release_db: Path) -> None:
    # Finding 6: the page gave the reason only in a tooltip, and no confidence.
    pytest.importorskip("fastapi")
    pytest.importorskip("httpx")
    from fastapi.testclient import TestClient

    from sourcetrace.web import create_app

    article = (EXAMPLES / "article.txt").read_text(encoding="utf-8")
    with TestClient(create_app(release_db), base_url="http://localhost") as client:
        page = client.post("/trace", data={"text": article, "title": "example"})
    assert page.status_code == 200
    assert re.search(r'class="confidence">\d\.\d\d<', page.text)
    assert re.search(r'class="why"><small>copied-share: ', page.text)


# -- finding 2: line breaks inside quotations ------------------------------------------

_ONE_BREAK = (
    "Researchers reported a finding on Monday.\n"
    '"Killer T-cells are extremely effective at killing off germs, but when they mistakenly\n'
    'attack our own tissues, the effects can be devastating," Sewell said.\n'
)

# A PDF's text layer: every line wrapped at a width, no blank line between paragraphs.
_PDF_LAYER = (
    "How germs may cause type-1 diabetes\n"
    "Germs could play a role in the development of Type-1 diabetes by triggering the body's\n"
    "immune system to destroy the cells that produce insulin, suggests new research.\n"
    "Previous research has shown that killer T-cells -- a type of white blood cell that\n"
    "normally protects us from germs -- play a major part in type-1 diabetes by destroying\n"
    "insulin producing cells, known as beta cells.\n"
    '"The study identified part of a bug that turns on killer T-cells so they latch onto beta\n'
    "cells. This finding sheds new light on how these killer T-cells are turned into rogues,\n"
    'leading to the development of type-1 diabetes," said lead author Andy Sewell, professor at\n'
    "Cardiff University in Britain.\n"
    '"Finding the cellular mechanisms behind the development of autoimmune diseases, such as\n'
    'type-1 diabetes, could lead to treatments that help us lead longer, healthier lives,"\n'
    "David Cole from Cardiff University noted.\n"
)


def _said(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name) for q in extract_quotes(text) if q.kind == "quote"]


def test_a_quotation_over_a_line_break_is_whole_and_keeps_its_speaker() -> None:
    assert _said(_ONE_BREAK) == [
        (
            "Killer T-cells are extremely effective at killing off germs, but when they "
            "mistakenly\nattack our own tissues, the effects can be devastating,",
            "Sewell",
        )
    ]


def test_a_pdf_text_layer_keeps_whole_quotations_speakers_and_claims() -> None:
    # Each quotation was cut at the end of its first line, with no speaker.
    said = [(" ".join(t.split()), who) for t, who in _said(_PDF_LAYER)]
    assert said == [
        (
            "The study identified part of a bug that turns on killer T-cells so they latch "
            "onto beta cells. This finding sheds new light on how these killer T-cells are "
            "turned into rogues, leading to the development of type-1 diabetes,",
            "Andy Sewell",
        ),
        (
            "Finding the cellular mechanisms behind the development of autoimmune diseases, "
            "such as type-1 diabetes, could lead to treatments that help us lead longer, "
            "healthier lives,",
            "David Cole",
        ),
    ]
    claims = [" ".join(c.text.split()) for c in extract_reported(_PDF_LAYER)]
    assert any(c.endswith("known as beta cells") for c in claims), claims


def test_hard_wrapped_paragraphs_between_blank_lines_are_one_paragraph_each() -> None:
    text = (
        "Stressed people comfort eat, a study of hair samples from thousands of adults has\n"
        "found, and the effect was largest in people who already had a high body weight.\n"
        "\n"
        'Dr Sarah Jackson, who led the work at University College London, said: "These\n'
        "results provide consistent evidence that stress is linked to higher levels of\n"
        'obesity." The team measured cortisol, which builds up in hair over the months,\n'
        "rather than in saliva or blood, where it changes with the time of day.\n"
        "\n"
        "The study was funded by the Economic and Social Research Council and appears in\n"
        "the journal Obesity, with data from the English Longitudinal Study of Ageing.\n"
    )
    assert paragraphs(text) == [
        (0, text.index("\n\n")),
        (text.index("Dr Sarah"), text.index("\n\nThe study")),
        (text.index("The study"), len(text) - 1),
    ]
    assert [who for _, who in _said(text)] == ["Sarah Jackson"]


def test_one_line_paragraphs_keep_their_lines() -> None:
    # A guard (passes before the change too): a quotation over two paragraphs, with the
    # opening mark repeated, and a short heading without punctuation.
    text = (
        "Heart study\n"
        '"We found the effect in every group we looked at.\n'
        '"It was larger in older people," said Dr Ann Lee.\n'
    )
    assert len(paragraphs(text)) == 3
    assert _said(text)[0][1] == "Ann Lee"


# -- finding 7: offsets a user can map ---------------------------------------------------


@pytest.mark.parametrize("command", ["trace", "quotes"])
def test_with_text_gives_the_text_every_offset_points_into(
    release_db: Path, tmp_path: Path, command: str
) -> None:
    # A UTF-8 byte-order mark and CRLF line ends: offsets are into the text as read.
    article = (EXAMPLES / "article.txt").read_text(encoding="utf-8")
    path = tmp_path / "story_crlf.txt"
    path.write_bytes(b"\xef\xbb\xbf" + article.replace("\n", "\r\n").encode("utf-8"))
    args = [command, "--db", str(release_db), str(path), "--json", "--with-text"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    text = data["article"]["text"]
    assert text == article and len(text) == data["article"]["chars"]
    assert data["quotes"] and data["reported"]
    for item in [*data["quotes"], *data["reported"]]:
        assert text[item["start"] : item["end"]] == item["text"]
    for source in data.get("sources", []):
        assert source["passages"]
        for p in source["passages"]:
            assert p["article_end"] <= len(text)
    # Without the flag the JSON stays as it was.
    plain = CliRunner().invoke(cli, args[:-1])
    assert "text" not in json.loads(plain.stdout)["article"]


# -- finding 1: quotations are checked against the original, not a later copy -----------

_RELEASE = (
    "The Ministry of Health announced on Wednesday a national programme to add folic acid "
    'to bread flour from January. "We do not expect the price of a loaf to rise by more '
    'than one penny, and millers will be compensated for the new equipment they need," '
    "said Health Minister Anna Reyes. The programme is expected to prevent about 200 birth "
    "defects a year, according to the ministry's estimates published alongside the "
    "announcement."
)
# Another outlet's copy, the day after, dropping "not"; the story copies the copy.
_COPY = (
    "Bread flour will contain folic acid from January under a national programme the "
    'Ministry of Health announced on Wednesday. "We expect the price of a loaf to rise by '
    "more than one penny, and millers will be compensated for the new equipment they "
    'need," said Health Minister Anna Reyes. The programme is expected to prevent about '
    "200 birth defects a year, according to the ministry's estimates published alongside "
    "the announcement."
)


def test_a_quotation_is_checked_against_the_release_not_a_later_copy(index: Index) -> None:
    index.add(
        [
            Document(id="pr-1", text=_RELEASE, kind="source", date="2023-08-09"),
            Document(id="daily-1", text=_COPY, kind="article", date="2023-08-10"),
        ]
    )
    result = index.trace(_COPY, article_date="2023-08-11")
    assert {s.id for s in result.accepted} == {"pr-1", "daily-1"}
    [quote] = [q for q in result.quotes if q.kind == "quote"]
    assert quote.verdict == "altered" and quote.source is not None
    assert quote.source.id == "pr-1"
    assert [(e.kind, e.source_text, e.significant) for e in quote.edits] == [
        ("delete", "do not", True)
    ]
    # What the release holds is checked against it, claims too.
    assert all(c.source is None or c.source.id == "pr-1" for c in result.reported)


def test_what_only_the_later_text_holds_is_still_found_there(index: Index) -> None:
    # A guard (passes before the change too): a quotation only the copy holds is
    # checked against the copy.
    added = _COPY + ' "Bakers welcome the change," said Tom Hale, a baker in Leeds.'
    index.add(
        [
            Document(id="pr-1", text=_RELEASE, kind="source", date="2023-08-09"),
            Document(id="daily-1", text=added, kind="article", date="2023-08-10"),
        ]
    )
    result = index.trace(added, article_date="2023-08-11")
    baker = next(q for q in result.quotes if q.text.startswith("Bakers"))
    assert baker.verdict == "verbatim" and baker.source is not None
    assert baker.source.id == "daily-1"


def test_split_originals_uses_the_one_order_rule() -> None:
    from sourcetrace.origins import split_originals

    release = Document(id="pr", text="x", kind="source")
    undated = Document(id="a", text="x", kind="article")
    early = Document(id="b", text="x", kind="article", date="2023-01-01")
    late = Document(id="c", text="x", kind="article", date="2023-01-05")
    originals, later = split_originals([late, undated, release, early])
    assert [d.id for d in originals] == ["pr"] and [d.id for d in later] == ["c", "a", "b"]
    originals, later = split_originals([late, early])
    assert [d.id for d in originals] == ["b"] and [d.id for d in later] == ["c"]
    assert split_originals([undated, late]) == ([undated, late], [])
