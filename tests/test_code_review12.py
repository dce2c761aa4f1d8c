"""Findings of the twelfth code review, each mended with a test that fails before.

See BENCHMARKS.md, "Twelfth round (2026-12-01, branch rev-code12): code review".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import EXAMPLES, claim_verdict
from sourcetrace import Document, Index
from sourcetrace.claims.drift import Change
from sourcetrace.claims.story import summary
from sourcetrace.claims.traced import check_story
from sourcetrace.cli import cli

RELEASE = "Children adjust their intake of food when they are given larger portions.\n"


def test_a_partial_negation_in_the_claim_is_no_reversal() -> None:
    """ "not all children adjust" negates a quantity, not "adjust": no polarity accusation."""
    r = claim_verdict(
        RELEASE, "The researchers said that not all children adjust their intake of food.\n"
    )
    assert (r.verdict, r.how) != ("distorted", "polarity"), r.reason


def test_a_partial_negation_in_the_source_is_no_reversal() -> None:
    release = "Screening will benefit some but not all people at high risk of diabetes.\n"
    r = claim_verdict(
        release, "Dr Ann Lee said screening will benefit people at high risk of diabetes.\n"
    )
    assert (r.verdict, r.how) != ("distorted", "polarity"), r.reason


def test_a_denial_of_the_shared_words_is_still_a_reversal() -> None:
    """The guard: a negation right before a shared word still reverses it."""
    r = claim_verdict(
        RELEASE, "The researchers said that children do not adjust their intake of food.\n"
    )
    assert (r.verdict, r.how) == ("distorted", "polarity"), r.reason


@pytest.mark.parametrize("before", ["", "A study of eating was published on Monday.\n\n"])
def test_both_sections_say_a_claim_the_verdict_finds_reversed_is_distorted(before: str) -> None:
    """The ``reported`` verdict and the ``claims`` section read one sentence alike.

    The verdict's negation check (``distorted``, ``polarity``) was not in the claims
    section's drift, which said "same" of that very claim and left it out of the summary:
    for a claim in the lede (a main statement) and for one further down (a reported claim).
    """
    story = (
        "Health news\n\n"
        "Portions and children\n\n"
        + before
        + "The researchers said that children do not adjust their intake of food.\n"
    )
    checked = check_story(story, [Document(id="release", text=RELEASE)], store=None)
    [reported] = checked.reported
    assert (reported.verdict, reported.how) == ("distorted", "polarity")
    [claim] = [c for c in checked.claims if c.start <= reported.start < c.end]
    assert claim.kind == ("reported" if before else "main")
    assert claim.drift is not None and claim.drift.distorted and claim.drift.polarity_reversed
    assert claim.drift.changes[0] == Change("polarity", "not adjust", "")
    assert "polarity reversed" in (summary(checked.claims) or "")


def test_a_claim_without_content_words_is_unchecked_not_unsupported() -> None:
    """ "they would do it" gives nothing to compare: thin evidence is said, not guessed."""
    r = claim_verdict(RELEASE, "Dr Ann Lee said that they would do it.\n")
    assert r.verdict == "unchecked" and r.source is None and r.nearest is None
    assert "no content words" in (r.reason or "")


@pytest.mark.parametrize(
    "args", [["--offset", "99999999999999999999"], ["--limit", "99999999999999999999"]]
)
def test_list_refuses_a_page_sqlite_cannot_take_without_a_traceback(
    tmp_path: Path, args: list[str]
) -> None:
    """``list --offset 1e20`` ended in an OverflowError traceback from SQLite."""
    db = tmp_path / "i.db"
    with Index.open(db) as index:
        index.add([Document(id="release", text=RELEASE)])
    result = CliRunner().invoke(cli, ["list", "--db", str(db), *args])
    assert result.exit_code == 2, result.output
    assert "not in the range" in result.output
    assert not isinstance(result.exception, OverflowError)


def test_a_search_page_out_of_range_is_a_value_error_naming_it(tmp_path: Path) -> None:
    with Index.open(tmp_path / "i.db") as index:
        index.add([Document(id="release", text=RELEASE)])
        with pytest.raises(ValueError, match="offset must be from 0"):
            index.search(offset=2**64)
        with pytest.raises(ValueError, match="limit must be from 0"):
            index.search(limit=-1)
        assert [d.id for d in index.search(limit=1)[0]] == ["release"]


def _example_index(tmp_path: Path) -> Index:
    index = Index.open(tmp_path / "ex.db")
    release = (EXAMPLES / "press_release.txt").read_text(encoding="utf-8")
    index.add([Document(id="pr", text=release, kind="source", date="2023-08-09")])
    return index


@pytest.mark.parametrize("date", ["10 August 2023", "yesterday", "2023-13-45"])
def test_a_date_not_iso_is_refused_not_compared_as_text(tmp_path: Path, date: str) -> None:
    """ "10 August 2023" sorted before "2023-08-09" as text: the source was dropped silently."""
    article = (EXAMPLES / "article.txt").read_text(encoding="utf-8")
    with _example_index(tmp_path) as index:
        assert [s.id for s in index.trace(article, quotes=False).sources] == ["pr"]
        with pytest.raises(ValueError, match="ISO 8601"):
            index.trace(article, article_date=date, quotes=False)
        with pytest.raises(ValueError, match="ISO 8601"):
            index.trace_document(Document(id="a", text=article, date=date), quotes=False)
        later = index.trace(article, article_date="2023-08-10T09:00:00", quotes=False)
        assert [s.id for s in later.sources] == ["pr"]


def test_exclude_as_one_string_is_refused_not_read_as_characters(tmp_path: Path) -> None:
    article = (EXAMPLES / "article.txt").read_text(encoding="utf-8")
    with _example_index(tmp_path) as index:
        with pytest.raises(TypeError, match=r"exclude=\['pr'\]"):
            index.trace(article, exclude="pr", quotes=False)  # type: ignore[arg-type]
        assert index.trace(article, exclude=["pr"], quotes=False).sources == ()
        with pytest.raises(TypeError, match="text must be a str"):
            index.trace(article.encode(), quotes=False)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        (Document(id="a", text="Some text.", kind="release"), "invalid kind 'release'"),
        (Document(id="a", text="Some text.", date="10 August 2023"), "invalid date"),
        (Document(id=" ", text="Some text."), "the id must be"),
        (Document(id="a", text="  \n"), "the text must be"),
    ],
)
def test_the_index_refuses_a_document_the_ingest_schema_refuses(
    tmp_path: Path, doc: Document, message: str
) -> None:
    """Documents built in code skipped the readers' checks and were stored as given."""
    with Index.open(tmp_path / "i.db") as index:
        with pytest.raises(ValueError, match=message):
            index.add([doc])
        with pytest.raises(ValueError, match=message), index.batch() as batch:
            batch.add(doc)
        assert len(index) == 0
        index.add([Document(id="a", text="Some text.", kind="source", date="2023-08-09")])
        assert len(index) == 1
