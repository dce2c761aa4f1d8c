"""What a first user's review found: each test fails on the code before its mend."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from sourcetrace import Document, Index
from sourcetrace.claims.figures import figures_agree, numbers
from sourcetrace.claims.story import story_claims
from sourcetrace.cli import cli
from sourcetrace.quotes import extract_quotes, extract_reported
from sourcetrace.quotes.model import Reported, SourceSpan
from sourcetrace.report.safe import output_problem

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


@pytest.fixture
def db(release_db: Path) -> Path:
    """The example release's index (conftest's ``release_db``)."""
    return release_db


def test_an_output_place_that_refuses_files_is_refused_before_the_work() -> None:
    # /proc passes the permission bits for root, yet no file can be made there.
    problem = output_problem(Path("/proc/report.html"))
    assert problem is not None and problem.startswith("/proc/report.html: cannot create files")


def test_article_and_id_together_are_refused(db: Path) -> None:
    article = str(EXAMPLES / "article.txt")
    result = CliRunner().invoke(cli, ["trace", "--db", str(db), "--id", "press_release", article])
    assert result.exit_code == 2
    assert "not both" in result.output


def test_no_db_and_db_together_are_refused(db: Path) -> None:
    article = str(EXAMPLES / "article.txt")
    result = CliRunner().invoke(cli, ["quotes", article, "--no-db", "--db", str(db)])
    assert result.exit_code == 2
    assert "not both" in result.output


def test_an_empty_folder_is_an_error_not_nothing_to_do(db: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    for args in (["trace", "--db", str(db), str(empty)], ["ingest", "--db", str(db), str(empty)]):
        result = CliRunner().invoke(cli, args)
        assert result.exit_code != 0, args
        assert "no files in this folder" in result.output


def test_reports_of_ids_that_make_one_file_name_do_not_replace_each_other(
    db: Path, tmp_path: Path
) -> None:
    stories = tmp_path / "stories.jsonl"
    stories.write_text(
        json.dumps({"id": "a/b", "text": "A first story about folic acid in flour."})
        + "\n"
        + json.dumps({"id": "a_b", "text": "A second story about bread and flour."})
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "reports"
    result = CliRunner().invoke(cli, ["trace", "--db", str(db), str(stories), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["a_b-2.html", "a_b.html"]


def test_a_reader_failure_in_trace_is_one_line(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sourcetrace.readers as readers

    def broken(*_args: object, **_kwargs: object) -> Document:
        raise ImportError("No module named 'trafilatura'")

    monkeypatch.setattr(readers, "html_document", broken)
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>Some news.</p></body></html>", encoding="utf-8")
    result = CliRunner().invoke(cli, ["trace", "--db", str(db), str(page)])
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    assert "could not be read (ImportError" in result.output


def test_json_always_carries_claims(db: Path, tmp_path: Path) -> None:
    story = tmp_path / "hello.txt"
    story.write_text("hello world", encoding="utf-8")
    result = CliRunner().invoke(cli, ["trace", "--db", str(db), str(story), "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["claims"] == [] and out["claims_summary"] is None


def test_index_given_a_path_says_how_to_open_it() -> None:
    with pytest.raises(TypeError, match=r"Index.open\('news.db'\)"):
        Index("news.db")  # type: ignore[arg-type]


def test_speaker_mentions_are_the_words_at_their_offsets() -> None:
    text = (
        "Fish oil helps the heart.\n\n"
        '"Little is known about how they act together," said one of the researchers '
        "Dipak Ramji from Cardiff University.\u00a0\n\n"
        "The findings, published in the journal PLOS ONE, showed that the mix lowered "
        "the risk of disease in cells."
    )
    speakers = [q.speaker for q in extract_quotes(text)] + [
        r.speaker for r in extract_reported(text)
    ]
    mentioned = [s for s in speakers if s is not None and s.mention_start is not None]
    assert mentioned
    for s in mentioned:
        assert text[s.mention_start : s.mention_end] == s.mention


def test_labels_are_no_figures() -> None:
    assert numbers("people with type 2 diabetes, phase 3 trials and Covid-19") == []
    assert numbers("The findings, published in the journal PLOS ONE, showed") == []
    # A headline in capitals keeps its figures.
    assert numbers("TWO GLASSES OF WINE A DAY") == [("TWO", "2")]


def test_decades_are_years() -> None:
    assert figures_agree("over the last 20 years", "over the last two decades")
    assert not figures_agree("over the last 30 years", "over the last two decades")


def test_a_claim_the_verdict_found_unsupported_gets_no_source_sentence_in_the_claims() -> None:
    story = (
        "Diabetes cases treble\n\n"
        "Cases of diabetes have trebled over two decades, a study found.\n\n"
        "The charity said that every week there are over 100 amputations due to diabetes."
    )
    release = Document(
        id="pr",
        text=(
            "Diabetes on the rise\n\nThe number of people with diabetes has trebled over "
            "two decades. Amputations due to diabetes were counted in 80 hospitals in 2013."
        ),
    )
    claim = next(r for r in extract_reported(story) if "amputations" in r.text)
    unsupported = Reported(
        claim.text, claim.start, claim.end, claim.speaker, claim.cue, verdict="unsupported"
    )
    found = {c.text: c for c in story_claims(story, sources=[release], reported=[unsupported])}
    assert found[claim.text].source is None and found[claim.text].drift is None


def test_a_main_statement_is_compared_with_the_sentence_its_verdict_found() -> None:
    story = (
        "Diabetes raises risk\n\n"
        "Diabetics were 56 per cent more likely to die, the researchers said.\n\n"
        "Other news follows here for the reader."
    )
    release = Document(
        id="pr",
        text=(
            "Diabetes raises death risk by around 50 per cent\n\n"
            "The cohort was followed for ten years in Wales.\n\n"
            "Diabetics were 56 per cent more likely to die than others in the cohort."
        ),
    )
    claim = next(r for r in extract_reported(story) if "56" in r.text)
    at = release.text.index("Diabetics")
    checked = Reported(
        claim.text,
        claim.start,
        claim.end,
        claim.speaker,
        claim.cue,
        verdict="supported",
        source=SourceSpan("pr", at, len(release.text)),
    )
    lede = next(
        c
        for c in story_claims(story, sources=[release], reported=[checked])
        if c.kind == "main" and c.role == "lede"
    )
    assert lede.source is not None and "56 per cent" in lede.source.text
    assert lede.drift is not None and not lede.drift.numbers_changed


@pytest.mark.parametrize(
    "sentence",
    [
        "The team examined what happens when omega-3 acids (found in marine fish oil), "
        "flavanols (found in cocoa) and phytosterols are combined.",
        "Only 30% of children got enough iron (recommended to be 6.9 micrograms per day).",
        "Salt intake was three times higher than recommended for most of the children.",
        "Breast milk is highly recommended for babies in their first six months of life.",
    ],
)
def test_participles_that_report_nobody_are_no_claims(sentence: str) -> None:
    assert extract_reported(sentence) == []


def test_the_terminal_shows_each_source_confidence(db: Path) -> None:
    result = CliRunner().invoke(cli, ["trace", "--db", str(db), str(EXAMPLES / "article.txt")])
    assert result.exit_code == 0, result.output
    assert "why press_release (confidence 1.00): copied-share:" in result.output


def test_a_passage_over_two_paragraphs_gives_its_element_id_once(db: Path, tmp_path: Path) -> None:
    from sourcetrace.report.segments import paragraphs, segments

    text = "First paragraph of the passage.\n\nSecond paragraph of the same passage."
    paras = paragraphs(segments(text, [(6, 60)]))
    marked = [s for p in paras for s in p if s.mark == 0]
    assert len(marked) == 2 and [s.first for s in marked] == [True, False]
    story = tmp_path / "story.txt"
    release = (EXAMPLES / "press_release.txt").read_text(encoding="utf-8")
    story.write_text(release.replace(". ", ".\n\n", 3), encoding="utf-8")
    html = tmp_path / "r.html"
    result = CliRunner().invoke(cli, ["trace", "--db", str(db), str(story), "-o", str(html)])
    assert result.exit_code == 0, result.output
    ids = re.findall(r'\bid="([^"]+)"', html.read_text(encoding="utf-8"))
    assert len(ids) == len(set(ids))


def test_accepted_leaves_out_the_candidates_judged_non() -> None:
    from sourcetrace.results import SourceMatch, TraceResult

    def match(i: str, derivation: str) -> SourceMatch:
        return SourceMatch(i, None, None, 0.0, 0.0, derivation, ())  # type: ignore[arg-type]

    result = TraceResult("a", "text", (match("s", "partially"), match("n", "non")))
    assert [s.id for s in result.accepted] == ["s"]
    assert [s["id"] for s in result.to_dict()["sources"]] == ["s"]
    assert [s["id"] for s in result.to_dict(include_non=True)["sources"]] == ["s", "n"]
