"""Two classes a code review found that can make a false accusation (issues 15 and 17).

A negation a partial word limits ("may not necessarily lead to") hedges a relation, it
does not deny it; a concessive clause after a reporting "that" ("found that whilst X …,
Y") leaves the finding to its main clause; a duration the release gives in another unit
("12 months" / "a year") and "1,000s" / "thousands" are the same figure.
"""

from __future__ import annotations

import pytest

from sourcetrace.claims import classify_strength
from sourcetrace.claims.figures import figures_absent, figures_agree
from sourcetrace.claims.strength import StrengthPolicy


@pytest.mark.parametrize(
    "text",
    [
        "Dense breasts may not necessarily lead to breast cancer",
        "Eating fish does not always reduce the risk of dementia",
    ],
)
def test_a_partial_negation_hedges_rather_than_denies(text: str) -> None:
    assert classify_strength(text).name == "conditional_causal"
    off = StrengthPolicy(partial_negation=False)
    assert classify_strength(text, policy=off).name == "no_relationship"


def test_a_plain_negation_still_denies() -> None:
    assert classify_strength("Eating fish does not reduce the risk of dementia").code == 1


def test_a_concessive_clause_after_a_reporting_that_yields_to_the_main_clause() -> None:
    text = (
        "A study has found that whilst older people with a higher level of education have "
        "better memory function, it does not protect them from decline"
    )
    assert classify_strength(text).name == "no_relationship"


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("followed for 12 months", "followed for a year"),
        ("within 24 hours of the operation", "within a day of the operation"),
        ("for two weeks", "for 14 days"),
        ("a 12-month trial", "a one-year trial"),
        ("52 weeks later", "a year later"),
        ("18 months", "1.5 years"),
        ("1,000s of patients", "thousands of patients"),
    ],
)
def test_the_same_duration_or_scale_in_other_words_is_not_absent(claim: str, source: str) -> None:
    assert figures_absent(claim, source) == []
    assert figures_agree(claim, source)


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("4 weeks", "a month"),  # no exact conversion
        ("30 days", "a month"),
        ("2 years", "18 months"),
        ("12 patients", "a year"),  # a count, not a duration
        ("24 people", "a day"),
    ],
)
def test_durations_that_differ_stay_absent(claim: str, source: str) -> None:
    assert figures_absent(claim, source) != []


def test_duration_values_are_exact() -> None:
    from sourcetrace.claims.durations import duration_values  # new in this round

    assert duration_values(2, "weeks") == [("h", 336.0)]
    assert ("mo", 12.0) in duration_values(365, "days")
    assert all(kind == "h" for kind, _ in duration_values(30, "days"))
