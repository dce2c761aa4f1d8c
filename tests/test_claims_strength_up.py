"""The verb "up" before a risk raises it (issue 17, seventeenth session)."""

from __future__ import annotations

import pytest

from sourcetrace.claims import classify_strength
from sourcetrace.claims.strength import find_cues


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # After a modal the bare form raises a risk, hedged as any causal verb.
        ("Sleeping pills can up your chance of a fall by a third", 5),
        ("Night shifts may up bowel cancer risk, a study suggests", 4),
        ("Skipping breakfast could up the odds of obesity", 4),
        # Its inflected forms need no modal.
        ("Loneliness ups the risk of an early death", 6),
        ("Smoking upped the likelihood of a stroke", 6),
        # Denied, it states no relation.
        ("Moderate drinking does not up the risk of dementia", 1),
    ],
)
def test_up_before_a_risk_raises_it(text: str, code: int) -> None:
    assert classify_strength(text).code == code


@pytest.mark.parametrize(
    "text",
    [
        # A particle of another verb, or "up to" an amount: no verb of raising.
        "Patients should weigh up the risks with their doctor",
        "The clinic will set up a risk register",
        "Screening can pick up the risk early",
        "The tablets may up to double the risk",
    ],
)
def test_up_as_a_particle_or_an_amount_is_no_cue(text: str) -> None:
    assert not [h for h in find_cues(text) if "up" in h.words.lower().split()]
