"""Claim strength, population and advice of single statements."""

from __future__ import annotations

import pytest

from sourcetrace.claims import classify_advice, classify_population, classify_strength


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Coffee drinkers are at an increased risk of stroke", 2),
        ("Drinking coffee is associated with a longer life", 2),
        ("Researchers found a link between coffee and stroke", 3),
        ("Heading the ball may be linked to dementia", 3),
        ("Fish oil may reduce the risk of dementia", 4),
        ("Standing for five minutes can reduce the chance of diabetes", 5),
        ("Smoking causes lung cancer", 6),
        ("A daily pill cuts heart attacks by a third", 6),
        ("Physiotherapy is no better than rest at home", 1),
        ("Moderate drinking does not appear to affect fertility", 1),
        ("The study surveyed 2,000 adults in Wales", 0),
    ],
)
def test_strength_codes(text: str, code: int) -> None:
    assert classify_strength(text).code == code


def test_strength_names_its_cues() -> None:
    s = classify_strength("New research suggests vitamin D could help fight colds")
    assert s.name == "conditional_causal"
    assert s.cues == ("could help fight",)


def test_nouns_that_look_like_verbs_state_no_cause() -> None:
    # "health" and "treatment" begin like "heal" and "treat" but are not verbs.
    assert classify_strength("Health treatment was offered at the clubs").code == 0


def test_population() -> None:
    assert classify_population("The drug shrank tumours in mice").population == "non_human"
    assert classify_population("Women who run live longer").population == "human"
    assert classify_population("The effect was seen in mice and in humans").population == "mixed"
    context = "Mice were fed the diet. In mice given the drug, tumours shrank. The mice lived."
    p = classify_population("The drug shrank tumours", context=context)
    assert p.population == "non_human" and p.from_context


def test_advice() -> None:
    assert classify_advice("Pregnant women should avoid liquorice").advice == "explicit"
    assert classify_advice("Smokers may benefit from quitting early").advice == "implicit"
    assert classify_advice("Liquorice was linked to preterm birth").advice == "none"


def test_cue_keys_only_skip_patterns_that_cannot_match() -> None:
    from dataclasses import replace

    from sourcetrace.claims.strength import CUES, StrengthPolicy

    plain = StrengthPolicy(cues=tuple(replace(c, keys=()) for c in CUES))
    for text in (
        "Insoles do nothing to ward off running injuries",
        "Coffee drinkers had no increased risks of stroke",
        "Fish oil could be the key to a longer life",
        "Smokers were more prone to infections than non-smokers",
    ):
        assert classify_strength(text) == classify_strength(text, policy=plain)
