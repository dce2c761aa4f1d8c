"""The verb of effect: statements with no cue word read by the shape of their clause."""

from __future__ import annotations

import pytest

from sourcetrace.claims import classify_strength
from sourcetrace.claims.effect import verb_of_effect
from sourcetrace.claims.strength import find_cues
from sourcetrace.quotes.syntax import load_parser

pytestmark = pytest.mark.skipif(load_parser() is None, reason="needs the quotes extra")


@pytest.mark.parametrize(
    ("text", "code", "verb", "subject", "obj"),
    [
        # An exposure acting on an outcome, the verb outside the lexicon.
        ("Air pollution stunts children's lung growth", 6, "stunts", "pollution", "growth"),
        ("Mobile phones interfere with sleep", 6, "interfere", "phones", "sleep"),
        ("Green tea guards against heart disease", 6, "guards", "tea", "disease"),
        ("Smoking ages the skin", 6, "ages", "Smoking", "skin"),
        ("Cranberry juice fends off urinary infections", 6, "fends", "juice", "infections"),
        ("Pollution speeds up ageing of the brain", 6, "speeds", "Pollution", "ageing"),
        # The same shape denied.
        ("Chocolate does not sharpen memory", 1, "does not sharpen", "Chocolate", "memory"),
        # A comparison group's outcome: correlational.
        ("Women who drink coffee have healthier hearts", 2, "have healthier", "Women", "hearts"),
        ("People who eat nuts live longer", 2, "live longer", "People", ""),
        ("Short men get less chances in life", 2, "get less", "men", "chances"),
    ],
)
def test_no_cue_effects_are_read_from_the_clause(
    text: str, code: int, verb: str, subject: str, obj: str
) -> None:
    assert not find_cues(text)
    effect = verb_of_effect(text)
    assert effect is not None
    assert (effect.code, effect.verb, effect.subject, effect.object) == (code, verb, subject, obj)
    s = classify_strength(text)
    assert s.code == code
    assert s.cues == (effect.cue,)


def test_the_label_names_verb_subject_and_object() -> None:
    s = classify_strength("Air pollution stunts children's lung growth")
    assert s.cues == ("verb of effect: 'stunts' (subject 'pollution', object 'growth')",)
    s = classify_strength("People who eat nuts live longer")
    assert s.cues == ("comparison group: 'live longer' (subject 'People')",)


@pytest.mark.parametrize(
    "text",
    [
        # The subject is a person, an organisation, a study or a count, not an exposure.
        "Stephen Hawking suffers from the disease",
        "Stiles developed the disease at the age of 60",
        "The government announced new funding for mental health",
        "Researchers surveyed 2,000 parents",
        "Thousands of drug users are prematurely ageing their hearts",
        # The object is no outcome, or only modifies another head.
        "Home-cooked meals usually exceeded energy density recommendations",
        # The body's own working is physiology, not an exposure's effect.
        "With type-2 diabetes, the pancreas doesn't produce enough insulin",
        # A verb of relating, not acting.
        "Parenthood linked to longer life",
        # A light verb is no effect ("give" was tried: "an app will give couples an idea
        # of the chances" read as causal).
        "New online app will give couples a more realistic idea of the chances of success",
        # A comparison group needs a comparative.
        "Mothers who smoke have babies",
    ],
)
def test_shapes_that_state_no_effect(text: str) -> None:
    assert verb_of_effect(text) is None


def test_not_just_is_no_denial() -> None:
    effect = verb_of_effect("The vitamin not just improves bone health but also protects")
    assert effect is None or effect.code != 1


@pytest.mark.parametrize(
    ("text", "verb", "obj"),
    [
        # A resultative: the state the verb leaves its object in is the outcome.
        ("Focusing on visual tasks leaves people deaf to sounds around them", "leaves", "deaf"),
        ("Diabetes ups risk of heart attack death by 50 per cent", "ups", "risk"),
    ],
)
def test_resultatives_and_risks_are_outcomes(text: str, verb: str, obj: str) -> None:
    effect = verb_of_effect(text)
    assert effect is not None
    assert (effect.code, effect.verb, effect.object) == (6, verb, obj)


@pytest.mark.parametrize(
    "text",
    [
        # review: a general measure alone is an economy's, an army's or a story's
        "The bank holds the rate at 5%",
        "The film captures the life of a nurse",
        "The reform streamlines the system",
        "The army launched an attack on the city",
        "Austerity hastens the decline of high streets",
        # a person or a company named is no exposure, a name no outcome
        "Jolie beats cancer",
        "Li emailed Reuters Health",
        "Google acquires Fitbit Health",
        # a question states nothing
        "Does tea soothe the mind?",
    ],
)
def test_no_effect_is_read_outside_health_or_from_names_or_questions(text: str) -> None:
    assert verb_of_effect(text) is None, text


def test_a_general_measure_with_a_health_word_and_a_body_part_are_outcomes() -> None:
    for text, obj in (
        ("Alcohol scars the pancreas", "pancreas"),
        ("Vaping scars vital organs", "organs"),
    ):
        effect = verb_of_effect(text)
        assert effect is not None and effect.object == obj, text
