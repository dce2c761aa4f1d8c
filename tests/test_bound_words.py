"""Bound words that say the same bound ("over" / "more than") keep a claim's figure.

A story writing "less than 10 per cent" for the release's "under 10%" gives the
release's figure with the release's bound: no numbers drift, no accusation.
"""

from __future__ import annotations

import pytest

from sourcetrace.claims.figures import bounds_kept


@pytest.mark.parametrize(
    ("claim", "release"),
    [
        ("less than 10 per cent of patients", "under 10% of patients"),
        ("fewer than 300 people", "under 300 people"),
        ("more than 2,000 women", "over 2,000 women"),
        ("just over 22 percent", "more than 22%"),
        ("as many as 40 per cent", "up to 40%"),
        ("almost 30 per cent", "nearly 30%"),
    ],
)
def test_the_same_bound_in_other_words_is_kept(claim: str, release: str) -> None:
    assert bounds_kept(claim, release)


@pytest.mark.parametrize(
    ("claim", "release"),
    [
        ("up to 42 per cent", "at least 42 percent"),
        ("over 30 per cent", "under 30%"),
        ("as few as 40 per cent", "up to 40%"),
        ("more than 10 per cent", "at most 10%"),
    ],
)
def test_another_bound_is_not_kept(claim: str, release: str) -> None:
    assert not bounds_kept(claim, release)
