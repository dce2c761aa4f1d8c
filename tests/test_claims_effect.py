"""The verb of effect: statements with no cue word read by the shape of their clause."""

from __future__ import annotations

import pytest

from sourcetrace.claims import classify_strength
from sourcetrace.claims.effect import verb_of_effect
from sourcetrace.claims.strength import StrengthPolicy, find_cues
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
    "text",
    [
        "The research was funded by the Wellcome Trust",
        "Dementia costs the UK economy over £26billion a year",
        "Zhen Li told Reuters Health in an email",
        "Home-cooked meals usually exceeded energy density recommendations",
    ],
)
def test_a_verb_on_an_object_needs_an_exposure_and_an_outcome(text: str) -> None:
    # Without the typing the parse's predicate rule read each as causal.
    assert classify_strength(text, policy=StrengthPolicy(typed_effects=False)).code == 6
    assert classify_strength(text).code == 0


@pytest.mark.parametrize(
    ("text", "code", "cue"),
    [
        # A passive whose agent is an exposure keeps the predicate rule's reading.
        ("Ethiopian scientists have discovered mosquitoes are repulsed by the smell of chicken",
         6, "repulsed by"),
        # A resultative: the state the verb leaves its object in is the outcome.
        ("Focusing on visual tasks leaves people deaf to sounds around them", 6,
         "verb of effect: 'leaves' (subject 'Focusing', object 'deaf')"),
        ("Diabetes ups risk of heart attack death by 50 per cent", 6,
         "verb of effect: 'ups' (subject 'Diabetes', object 'risk')"),
    ],
)  # fmt: skip
def test_typed_effects_keep_exposures_acting_on_outcomes(text: str, code: int, cue: str) -> None:
    s = classify_strength(text)
    assert (s.code, s.cues) == (code, (cue,))
