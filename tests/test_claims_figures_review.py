"""Figures a code review found read wrongly after the eleventh round's m-figures.

Figures in digits are never "cut short" ("2 million" is not "2.9 million"); a scale word
or a currency's suffix is the figure's magnitude ("10 million" is not "10 billion", nor
"1.5 per cent"); a date, decade, time of day or century a claim gives is not a figure its
release must hold (``figures_absent`` is a final ``unsupported``). Each case failed on
the merged m-figures code.
"""

from __future__ import annotations

import pytest

from sourcetrace.claims import compare
from sourcetrace.claims.figures import figures_absent


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("2 million people", "2.9 million people"),
        ("a 2-fold risk", "a 2.9-fold risk"),
        ("45% of patients", "45.9% of patients"),
        ("10 million people", "10 billion people"),
        ("a £10m grant", "a £10bn grant"),
        ("5 thousand people", "5 million people"),
        ("1.5 million people", "1.5 per cent of people"),
    ],
)
def test_a_different_figure_or_magnitude_is_absent_and_changed(claim: str, source: str) -> None:
    assert figures_absent(claim, source) != []
    assert compare(f"The study counted {claim}.", f"The study counted {source}.").numbers_changed


@pytest.mark.parametrize(
    "claim",
    [
        "cycling to work has risen since the 1990s",
        "the clinic opened on 12 March 2020 to patients",
        "admissions rose in 2019/20 across England",
        "the drug is best taken at 9am with food",
        "the practice dates from the 19th century",
    ],
)
def test_a_date_or_time_is_not_a_figure_the_release_must_hold(claim: str) -> None:
    assert figures_absent(claim, "Cycling to work is good for the heart.") == []


def test_a_share_in_words_may_still_be_cut_short() -> None:
    assert figures_absent("66% of patients", "two thirds of patients") == []


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("a 3-fold risk", "a threefold risk"),
        ("a 10-fold rise", "a tenfold rise"),
        ("1-in-10 people", "10% of people"),
        ("10% of people", "1-in-10 people"),
    ],
)
def test_one_word_folds_and_hyphenated_shares_are_the_same_figure(claim: str, source: str) -> None:
    assert figures_absent(claim, source) == []
    assert not compare(f"The study found {claim}.", f"The study found {source}.").numbers_changed


def test_a_rise_told_before_its_percentage_is_times_too() -> None:
    assert (
        figures_absent("admissions rose by 50% in a year", "admissions were 1.5 times higher") == []
    )
    assert figures_absent("admissions rose by 60% in a year", "admissions were 1.5 times higher")
