"""Tenth round of issue 17: a study's question states no relation; a difference is a comparison.

Each test but the guards fails at the branch point (5bcebea).
"""

from __future__ import annotations

import pytest

from sourcetrace.claims import classify_strength
from sourcetrace.claims.aims import asked
from sourcetrace.claims.main import main_statement
from sourcetrace.claims.strength import StrengthPolicy


@pytest.mark.parametrize(
    "text",
    [
        "The team wanted to find out if vitamin D prevents colds",
        "Researchers also assessed whether changes in physical activity levels affected risk "
        "of death",
        "The researchers then looked at whether a high body mass index was linked to the disease",
        "So a team of researchers set out to determine the association between radiotherapy "
        "and second cancers",
        "To find out if parenthood might help stave off death in older age, the researchers "
        "tracked the lifespan of 1.4 million people",
        "But no study has assessed whether workplace factors might affect fertility",
    ],
)
def test_a_question_states_no_relation(text: str) -> None:
    found = classify_strength(text)
    assert found.code == 0
    assert found.cues  # the question's words say why


def test_the_rule_is_a_policy() -> None:
    text = "The team wanted to find out if vitamin D prevents colds"
    assert classify_strength(text, policy=StrengthPolicy(aims=False)).code == 6


def test_what_was_found_after_the_question_governs() -> None:
    text = "They tested whether tea cuts stroke risk and found that it lowers blood pressure"
    found = classify_strength(text)
    assert found.code == 6
    assert found.cues == ("lowers",)


@pytest.mark.parametrize(
    "text",
    [
        # Guards (pass at the branch point too): a condition inside a finding is no question.
        "A study has shown that if you shave or wax, you increase your risk of an infection",
        "A new study suggests if you trim your hair you are more likely to get an infection",
        "It is reassuring to know that if they drink a little, it will not prevent pregnancy",
    ],
)
def test_a_condition_inside_a_finding_is_no_question(text: str) -> None:
    assert asked(text) == []
    off = classify_strength(text, policy=StrengthPolicy(aims=False))
    assert classify_strength(text) == off


def test_question_span_ends_where_the_finding_is_reported() -> None:
    text = "They tested whether tea cuts stroke risk and found it does."
    assert [text[a:b].strip() for a, b in asked(text)] == ["tested whether tea cuts stroke risk"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Once-weekly GLP-1 receptor agonists differ in their efficacy and safety profiles", 2),
        ("The study finds the difference in life expectancy persists into old age", 2),
        ("U.S. deaths from guns and cars vary by state", 2),
        ("Survival did not differ between the two groups", 1),
    ],
)
def test_a_difference_between_groups_is_a_comparison(text: str, code: int) -> None:
    assert classify_strength(text).code == code


def test_a_quoted_finding_is_not_the_main_statement() -> None:
    text = (
        "Parents live longer\n\n"
        "If you survive toddler tantrums and teenage angst, you may be rewarded with a long "
        "life.\n\n"
        '"Coffee may lower the risk of stroke in older adults," the researchers concluded in '
        "the report.\n\n"
        "The study followed 1.4 million people in Sweden for many years.\n"
    )
    chosen = main_statement(text)
    assert chosen is not None
    assert text[chosen.start : chosen.end].startswith("If you survive")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("University of Leicester involved in study into cholesterol-lowering pill", 0),
        ("Bottles of the abortion-inducing drug were seized at the border", 0),
        # The verb the statement states still counts beside the modifier.
        ("Cholesterol-lowering statins reduce the risk of blood clots", 6),
    ],
)
def test_a_hyphenated_modifier_names_a_kind_of_thing(text: str, code: int) -> None:
    assert classify_strength(text).code == code


def test_the_verb_stated_governs_over_the_modifier() -> None:
    assert classify_strength("Cholesterol-lowering statins reduce the risk of clots").cues == (
        "reduce",
    )


def test_a_lede_that_only_asks_yields_to_the_finding() -> None:
    text = (
        "Heading and dementia\n\n"
        "The question of whether heading a football could cause brain damage has long "
        "troubled scientists.\n\n"
        "Now a study has found that heading is linked to dementia in former players.\n"
    )
    chosen = main_statement(text)
    assert chosen is not None
    assert text[chosen.start : chosen.end].startswith("Now a study")


@pytest.mark.parametrize(
    "text",
    [
        "Asthma affects 4.3 million adults and 1.1 million children in Britain",
        "Gout is a common form of arthritis, affecting one in 40 people in the UK",
        "The condition affects up to 5 percent of the population, the doctor said",
    ],
)
def test_affecting_a_count_of_people_is_how_common(text: str) -> None:
    assert classify_strength(text).code == 0


def test_affecting_an_outcome_is_still_an_effect() -> None:
    # Guard (passes at the branch point too).
    assert classify_strength("Air pollution affects the memory of older adults").code == 6


@pytest.mark.parametrize(
    "text",
    [
        "Patients and clinicians need greater transparency to make informed decisions",
        "Women are highly motivated to make healthy changes during pregnancy",
        "Caring for yourself is one of the best ways to make sure your baby is born healthy",
        "Players are making huge amounts of money in the Premier League",
    ],
)
def test_make_as_a_light_verb_states_no_effect(text: str) -> None:
    assert classify_strength(text).code == 0


def test_make_as_a_causative_is_still_an_effect() -> None:
    # Guard (passes at the branch point too).
    assert classify_strength("Being a parent makes you live longer").code == 6


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Glioblastoma is the most common type of primary brain tumour in adults", 0),
        ("Female sterilisation is one of the most common contraception methods worldwide", 0),
        # Guards (pass at the branch point too): a predicate compares.
        ("Colds and flu are most common during winter and spring", 2),
        ("Younger, college-educated women were the most likely to groom themselves", 2),
    ],
)
def test_a_superlative_naming_a_thing_is_no_comparison(text: str, code: int) -> None:
    assert classify_strength(text).code == code


@pytest.mark.parametrize(
    "text",
    [
        "Cooking a nutritious homemade meal for your baby may seem like the best way to start",
        'You may want to reconsider shaving the hair "down there."',
        "This is what vitamin D deficiency can look like",
    ],
)
def test_a_modal_over_a_verb_of_mind_states_no_effect(text: str) -> None:
    assert classify_strength(text).code == 0


def test_a_modal_over_an_outcome_is_still_hedged() -> None:
    # Guard (passes at the branch point too).
    assert classify_strength("Thousands of patients could need more surgery").code == 4


@pytest.mark.parametrize(
    "text",
    [
        "About 12% of adults in the US are affected by osteoarthritis of the knee",
        "Each year, around 5,000 pregnancies in Europe are affected by neural tube defects",
        "Most studies reported that knowledge of the practice was limited among professionals",
        "There are limited safety data for its use in young people with asthma",
    ],
)
def test_a_count_affected_or_a_limited_thing_states_no_effect(text: str) -> None:
    assert classify_strength(text).code == 0


@pytest.mark.parametrize(
    "text",
    [
        # Guards (pass at the branch point too).
        "Players' performance on the pitch is affected by bad teeth",
        "The drug limited the damage to the heart muscle",
    ],
)
def test_an_affected_outcome_or_the_verb_limited_is_still_an_effect(text: str) -> None:
    assert classify_strength(text).code == 6
