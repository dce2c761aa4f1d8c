"""A first user's review of claim strength and alignment (issue 17, findings 2, 3 and 8)."""

from __future__ import annotations

import pytest

from sourcetrace.claims import classify_strength
from sourcetrace.claims.strength import StrengthPolicy
from sourcetrace.quotes.syntax import load_parser

needs_parser = pytest.mark.skipif(load_parser() is None, reason="needs the quotes extra")


@needs_parser
@pytest.mark.parametrize(
    ("text", "code"),
    [
        # The group acts on someone else: the modal hedges an effect.
        ("Mothers who are overweight before pregnancy can rob their baby of 17 years of life", 5),
        ("Fathers who smoke could deprive their children of healthy years", 4),
        # How the group fares: its own outcome, a verb it undergoes, no object.
        ("Parents can expect to live longer than the childless", 2),
        ("Smokers could suffer more heart attacks than non-smokers", 2),
        ("People with the syndrome can experience higher levels of visual stress", 2),
    ],
)
def test_a_modal_over_a_group_hedges_what_it_does_to_others(text: str, code: int) -> None:
    assert classify_strength(text).code == code


@needs_parser
def test_a_modal_over_a_group_the_parse_left_without_a_subject() -> None:
    # The small model reads "men" as a conjunct of "60": the clause's first noun is the group.
    text = (
        "The analysis found that at the age of 60, men and women with children on average "
        "could expect to live for another 18.4 and 23.1 years, respectively"
    )
    assert classify_strength(text).code == 2


# Finding 2: cue words read by their role (claims/roles.py; StrengthPolicy.roles, off by
# default: it lowered the held-out fold of bench_strength.py).
_ROLES = StrengthPolicy(roles=True)


@needs_parser
@pytest.mark.parametrize(
    ("text", "code"),
    [
        # A verb in a relative clause describing something else than the finding.
        (
            "The team measured telomeres - caps on the end of each strand of DNA, which "
            "protect it like the plastic tip at the end of a shoelace",
            0,
        ),
        # A verb cue used as a noun, or a participle used as an adjective.
        ("Ready meals are half the price of home cooking, excluding fuel costs", 0),
        ("The results are similar to those of an earlier study, but limited to smokers", 0),
        # What the study does, not an exposure.
        ("The public health impact of our findings is considerable", 0),
        # A relation named only in what cannot be concluded.
        (
            "As with any observational study, firm conclusions about cause and effect "
            "cannot be drawn",
            0,
        ),
        ("The authors say theirs is an observational study and cannot prove cause and effect", 0),
    ],
)
def test_a_cue_in_a_role_that_relates_nothing_does_not_count(text: str, code: int) -> None:
    assert classify_strength(text, policy=_ROLES).code == code
    assert classify_strength(text).code == 6  # the default policy reads the word alone


@needs_parser
@pytest.mark.parametrize(
    "text",
    [
        "Researchers found a gene that protects against Alzheimer's disease",
        "Vitamin D is a nutrient which protects the bones",
        "A jab which slashes pain was tested in 300 patients with arthritis",
        "A potential cause of dementia has been confirmed in footballers",
        "Coffee fuels growth of cancer cells",
        "Statins cut deaths by a third",
    ],
)
def test_a_cue_that_states_the_finding_still_counts(text: str) -> None:
    assert classify_strength(text, policy=_ROLES).code == classify_strength(text).code >= 4


# Finding 3: a main claim aligned with the release's own main statements, by words.
_RELEASE = "\n\n".join(
    [
        "Mother's weight before pregnancy may shorten the telomeres of newborn babies",
        "UNIVERSITY PRESS OFFICE",
        "A higher weight in mothers before pregnancy is associated with shorter telomeres in "
        "newborn babies, according to a study published today in a medical journal.",
        "Telomeres are structures at the ends of chromosomes that protect them from damage. "
        "Previous research suggests that overweight mothers may shorten the lives of their "
        "babies, but the evidence is mixed. To examine the association, the team studied 743 "
        "mothers, who were 17 to 44 years of age, and their babies. Data on smoking, diet and "
        "income were collected from questionnaires filled in by the mothers at the clinic.",
    ]
)


def test_a_shared_number_alone_does_not_align() -> None:
    from sourcetrace.claims.align import align

    # "17" and "years" with the methods sentence; "years" alone is one word.
    assert align("Up to 17 years of healthy life lost", _RELEASE, main_only=True) is None


def test_a_main_claim_prefers_the_release_main_statements() -> None:
    from sourcetrace.claims.align import align

    claim = "Overweight mothers can rob their baby of up to 17 years of life"
    at = align(claim, _RELEASE, main_only=True)
    assert at is not None
    assert _RELEASE[at.start : at.end].startswith("Mother's weight before pregnancy")


def test_background_and_method_sentences_are_weak_targets() -> None:
    from sourcetrace.claims.align import weak_target

    assert weak_target("Previous research suggests that parents may live longer")
    assert weak_target("To examine the association, the team studied 743 mothers")
    assert weak_target("The study was funded by the Wellcome Trust")
    assert weak_target('It is a big step," said Dr Smith, "for families."')
    assert not weak_target("Parenthood is associated with a longer life, finds research")
    assert not weak_target("A study funded by the Wellcome Trust finds that X cuts Y")
