"""Figures in claims compared in all their forms (issue 15, eleventh round, m-figures).

One reading of figures (:func:`sourcetrace.claims.figures.figures`) serves both the
check that a claim's figure is in none of the story's sources (``figures_absent``:
``unsupported``) and the drift's "numbers changed" (``distorted``): a figure its source
gives in another form, or rounded, is the source's. Labels ("COVID-19", "SARS-CoV-2")
are no figures, a year is compared with years, a run of thousands of digits is no figure
and breaks nothing. The behaviour tests fail on the code before branch m-figures.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from sourcetrace import Document, Index
from sourcetrace.claims import compare
from sourcetrace.claims.figures import figures, figures_absent, figures_new
from sourcetrace.quotes import check, extract
from sourcetrace.quotes.model import Reported
from sourcetrace.quotes.verify import VerifyOptions

# The claim's figure | the source's form of the same figure.
SAME = [
    ("a 2-fold risk", "twice the risk"),
    ("a 2x rise in the risk", "the risk doubled"),
    ("33% of patients", "one in three patients"),
    ("1 in 3 patients", "33% of patients"),
    ("60% of patients", "sixty per cent of patients"),
    ("15% of adults", "Fifteen percent of adults"),
    ("15,000 people", "fifteen thousand people"),
    ("1/3 of patients", "a third of patients"),
    ("the 2nd trial", "the second trial"),
    ("1.5m people", "1,500,000 people"),
    ("1.5 million people", "1,500,000 people"),
    ("a $10M grant", "a $10,000,000 grant"),
    ("1.5 million people", "one and a half million people"),
    ("$2,000,000,000", "two billion dollars"),
    ("12 eggs", "a dozen eggs"),
    ("a 45.0% rise", "a 45% rise"),
    ("a 45% lower risk", "a 44.7% lower risk"),
    ("67% fewer", "two thirds fewer"),
    ("66% fewer", "two-thirds fewer"),
    ("10,000 steps", "10 000 steps"),
    ("a 3-fold risk", "the risk trebled"),
    ("a 50% increased risk", "1.5 times the risk"),
    ("a 30 per cent higher risk", "a risk 1.3 times as high"),
]


@pytest.mark.parametrize(("claim", "source"), SAME)
def test_a_figure_the_source_gives_in_another_form_is_not_absent(claim: str, source: str) -> None:
    assert figures_absent(claim, source) == []


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("1.5m people", "1,500,000 people"),
        ("263 450 people", "263,450 people"),
        ("a 45.0% rise", "a 45% rise"),
        ("a 41% rise", "a 41.3% rise"),
        ("a 2-fold rise", "a rise of twice"),
    ],
)
def test_a_figure_in_another_form_is_no_changed_number(claim: str, source: str) -> None:
    drift = compare(f"Cycling cuts the risk: {claim}.", f"Cycling cuts the risk: {source}.")
    assert not drift.numbers_changed, drift.reason


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("a 45% lower risk", "a 12% lower risk"),
        ("a 45% lower risk", "a 44.1% lower risk"),  # 44.1 rounds to 44
        ("34% of patients", "one in three patients"),
        ("a 3-fold risk", "twice the risk"),
        ("a 50% lower risk", "1.5 times the risk"),
        ("1,600,000 people", "1.5 million people"),
        ("the 3rd trial", "the second trial"),
    ],
)
def test_a_different_figure_is_still_absent(claim: str, source: str) -> None:
    # Guard: the forms read do not make every figure agree.
    assert figures_absent(claim, source) != []


def test_a_different_figure_is_still_a_changed_number() -> None:
    drift = compare("Cycling cuts the risk by 45%.", "Cycling cuts the risk by 12%.")
    assert drift.numbers_changed


@pytest.mark.parametrize("claim", ["SARS-CoV-2 infections", "COVID19 patients", "H1N1 flu"])
def test_a_label_glued_to_digits_is_no_figure(claim: str) -> None:
    assert figures_absent(claim, "the coronavirus and flu") == []
    assert figures(claim) == []


def test_a_figure_after_a_hyphen_is_a_figure_unless_a_name() -> None:
    assert [f.words for f in figures("COVID-19 in the over-65s since mid-2019")] == [
        "65s",
        "2019",
    ]


def test_a_year_is_compared_with_years_only() -> None:
    [year] = figures("published in 2019")
    assert year.is_year
    assert figures_new("published in 2019", "with 2,019 patients") == ["2019"]
    # Guard: a year before a plural may be a count; it still is the source's year.
    assert figures_new("in 2011 refugees made up 12%", "in 2011, refugees made up 12%") == []
    # A story dates what its release need not: a year is not an absent figure.
    assert figures_absent("in 2019 the study found", "the study, published last year") == []


_RELEASE = (
    "Active commuting by bicycle is associated with a substantial decrease in the risk of "
    "death from cancer and cardiovascular disease, compared with commuting by car, finds a "
    "study in The BMJ today."
)
_NOTES = "Notes to editors: the study followed 263,450 participants of UK Biobank."
_STORY = (
    "Health news.\n\nThe study found that among 263,450 people commuting by bicycle is "
    "associated with a substantial decrease in the risk of death from cancer and "
    "cardiovascular disease, compared with commuting by car."
)


def _claim(sources: list[Document], options: VerifyOptions | None = None) -> Reported:
    quotes, claims = extract(_STORY)
    _, checked = check(_STORY, quotes, claims, sources=sources, options=options)
    [claim] = checked
    return claim


def test_a_figure_in_another_source_of_the_story_is_carried() -> None:
    sources = [Document(id="release", text=_RELEASE), Document(id="notes", text=_NOTES)]
    claim = _claim(sources)
    assert claim.verdict == "supported", claim.reason


def test_a_figure_in_no_source_is_not_carried_and_the_setting_turns_it_off() -> None:
    sources = [Document(id="release", text=_RELEASE)]
    claim = _claim(sources)
    assert claim.verdict == "unsupported"
    assert "263,450" in (claim.reason or "")
    off = dataclasses.replace(VerifyOptions(), figures_absent=False)
    assert _claim(sources, off).verdict == "supported"


def test_thousands_of_digits_in_a_release_break_no_trace(tmp_path: Path) -> None:
    release = _RELEASE + " Archive code " + "7" * 5000 + " decades, 9" + "1" * 5000 + "%."
    with Index.open(tmp_path / "big.db") as index:
        index.add([Document(id="release", text=release)])
        result = index.trace(_STORY.replace("263,450", "12"))
    [claim] = result.to_dict()["reported"]
    assert claim["verdict"] == "unsupported"  # its "12" is in no source
    assert figures("code " + "7" * 5000) == []


def test_a_share_is_the_sources_when_both_its_parts_are() -> None:
    # Guards (as on the branch point): a share also agrees by both its parts, never by
    # one alone, and "N in <year>" is no share.
    assert figures_new("one in 20 adults", "of 20 adults, one") == []
    assert figures_new("one in 10 adults", "one in 20 adults") == ["one in 10"]
    assert figures_absent("rose by 20 in 2019", "rose 20 points in 2019") == []


def test_a_grouped_figure_before_a_comma_is_one_figure() -> None:
    # Guard (as on the branch point): "18,000," is 18000, not 18 and 000.
    assert [f.words for f in figures("estimated at 18,000, might seem small")] == ["18,000"]
    assert figures_new("estimated at 18,000, might seem small", "some 18,000 people") == []
