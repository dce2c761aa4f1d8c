"""A claim's closing attribution by a written work or with another reporting verb is cut.

"…, a new study today revealed" and "…, reports BBC News" name the claim's source, not
its content: the guide's span ends before their comma.
"""

from __future__ import annotations

import pytest

from sourcetrace.quotes.claim_tails import closing_attribution


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Ultra-processed foods make up half the calories in the diet, a new study "
            "today revealed",
            "Ultra-processed foods make up half the calories in the diet",
        ),
        (
            "The coating stops bacteria forming layers on plastic, reports BBC News",
            "The coating stops bacteria forming layers on plastic",
        ),
        ("Sugar taxes cut obesity, the report concluded", "Sugar taxes cut obesity"),
        ("Vaping harms the lungs, doctors warned", "Vaping harms the lungs"),
    ],
)
def test_a_closing_attribution_is_cut(sentence: str, content: str) -> None:
    at = closing_attribution(sentence, 0, len(sentence))
    assert at is not None
    assert sentence[:at] == content


@pytest.mark.parametrize(
    "sentence",
    [
        "Patients who took the drug did better than the study predicted",
        "The risk rose, a finding that surprised the team",
    ],
)
def test_content_is_not_cut(sentence: str) -> None:
    assert closing_attribution(sentence, 0, len(sentence)) is None
