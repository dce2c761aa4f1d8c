"""A fraction of a scale word ("a quarter of a million") is a count, not a share.

Found in the fifteenth session's review of the figures a claim is checked by.
"""

from __future__ import annotations

import pytest

from sourcetrace.claims.figures import figures_agree, figures_new


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
