"""Classes of misreading found in the fifteenth session's first-user review.

- "at (low / high) risk" naming the group studied is no finding of a correlation;
- a fraction of a scale word ("a quarter of a million") is a count, not a share.
"""

from __future__ import annotations

import pytest

from sourcetrace.claims.figures import figures_agree, figures_new
from sourcetrace.claims.strength import classify_strength


@pytest.mark.parametrize(
    "text",
    [
        "Women at high risk of breast cancer should consider the drug",
        "Healthy people at low risk of heart disease took part",
        "those at risk of falls",
        "Patients at increased risk of stroke were given aspirin",
    ],
)
def test_at_risk_naming_the_group_is_no_finding(text: str) -> None:
    assert classify_strength(text).code == 0


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Smokers are at higher risk of lung cancer", 2),
        ("Obese people are at an increased risk of cancer", 2),
        ("Drinkers are particularly at risk", 2),
        ("children were not at risk", 1),
        ("it puts people at greater risk of overdose", 6),
    ],
)
def test_at_risk_after_a_verb_stays_a_finding(text: str, code: int) -> None:
    assert classify_strength(text).code == code


def test_drug_statement_keeps_its_verb_not_the_group() -> None:
    hits = classify_strength("Statins benefit healthy people at low risk of heart disease").cues
    assert hits == ("benefit",)


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("a quarter of a million people died", "250,000 people died"),
        ("half a million people", "500,000 people"),
        ("three-quarters of a million patients", "750,000 patients"),
    ],
)
def test_fraction_of_a_scale_word_is_a_count(claim: str, source: str) -> None:
    assert figures_agree(claim, source)
    assert figures_new(claim, source) == []


def test_fraction_alone_stays_a_share() -> None:
    assert figures_agree("three quarters of patients", "75% of patients")
    assert figures_new("half a million people", "half of people") == ["half a million"]
