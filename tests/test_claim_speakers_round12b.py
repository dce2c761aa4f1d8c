"""Speakers and spans, twelfth round (issue 15, branch t15-spk8).

Each behaviour test fails on main before branch t15-spk8 (cb40650); the guards pass on
both.
"""

from __future__ import annotations

from conftest import claim_speakers as _speakers
from sourcetrace.quotes import scan

_LEAD = "Smoking will kill a billion people this century, experts said on Thursday.\n\n"


def _claims(text: str) -> dict[str, str]:
    """Each claim's first four words, with its whole text."""
    return {" ".join(c.text.split()[:4]): c.text for c in scan(text).reported}


# --- "WHO" is the World Health Organization, not the pronoun "who" ------------------


def test_who_in_capitals_is_the_body_spelled_out() -> None:
    text = (
        _LEAD + "The World Health Organisation (WHO) met in Geneva on Monday.\n\n"
        "Health experts from the World Health Organisation (WHO) predict that lung disease "
        "will soon be the most common cause of death on the globe.\n"
    )
    assert _speakers(text)["lung disease will soon"] == "World Health Organisation"


def test_a_name_with_its_initials_in_brackets_is_the_name() -> None:
    text = (
        _LEAD + "Smoking is the world's biggest preventable killer, with a predicted death "
        "toll of a billion, according to the World Health Organization (WHO).\n"
    )
    assert _speakers(text)["Smoking is the world's"] == "World Health Organization"


def test_the_who_said_is_the_body() -> None:
    text = (
        _LEAD + "A report came from the World Health Organization in Geneva.\n\n"
        "The WHO said that flu vaccines should be given to all older adults this winter.\n"
    )
    assert _speakers(text)["flu vaccines should be"] == "World Health Organization"


def test_the_pronoun_who_is_still_no_name() -> None:
    text = (
        _LEAD + "The committee met on Monday in Geneva, and the doctors, who said that flu "
        "vaccines should be given to all older adults, left early.\n"
    )
    assert "World Health Organization" not in _speakers(text).values()


# --- Initials spelled out where the story names the body in full -------------------


def test_the_fa_is_the_football_association() -> None:
    text = (
        "Football and dementia\n\nThe Football Association met the family of Jeff Astle "
        "on Friday.\n\nThe FA said that it would look closely at the research on heading "
        "the ball.\n"
    )
    assert _speakers(text)["it would look closely"] == "Football Association"


def test_initials_the_story_never_spells_out_stay() -> None:
    text = (
        "Football and dementia\n\nFiona Adams met the family of Jeff Astle on Friday.\n\n"
        "The FA said that it would look closely at the research on heading the ball.\n"
    )
    assert _speakers(text)["it would look closely"] == "FA"


def test_spelled_out_takes_the_spelling_before_the_initials() -> None:
    from sourcetrace.quotes.acronyms import is_acronym, spelled_out

    text = "The World Health Organization met. Later the World Health Organisation said WHO"
    assert spelled_out(text, "WHO", text.rindex("WHO")) == "World Health Organisation"
    assert spelled_out(text, "NHS") is None
    assert is_acronym("WHO") and not is_acronym("Who") and not is_acronym("I")


# --- A place's or person's role: not the place, not the person ------------------------


def test_a_places_top_doctor_is_not_the_place() -> None:
    text = (
        _LEAD + "England’s top doctor last year warned there are no safe levels of drinking "
        "for anyone at all.\n"
    )
    assert _speakers(text)["there are no safe"] is None


def test_a_persons_family_is_not_the_person() -> None:
    text = (
        _LEAD + "Jeff Astle died in 2002.\n\n"
        "Ernie Moss's family say they don't need further research on heading the ball.\n"
    )
    assert _speakers(text)["they don't need further"] is None


def test_a_bodys_researchers_and_staff_stay_the_owner() -> None:
    text = (
        _LEAD + "West Ham United's medical staff said athletes often had worse teeth than "
        "the general population.\n\nCardiff University’s researchers found that the drug "
        "cut deaths by half in older men.\n"
    )
    speakers = _speakers(text)
    assert speakers["athletes often had worse"] == "West Ham United"
    assert speakers["the drug cut deaths"] == "Cardiff University"


# --- A claim's closing attribution is not its content -----------------------------


def test_a_closing_according_to_is_cut_from_the_claim() -> None:
    text = (
        _LEAD + "A study in Ethiopia found that while mosquitoes have a taste for human "
        "blood, they are repelled by the smell of chickens, according to a paper in the "
        "Malaria Journal.\n"
    )
    claim = _claims(text)["while mosquitoes have a"]
    assert claim.endswith("repelled by the smell of chickens")


def test_a_closing_they_added_and_said_name_are_cut() -> None:
    text = (
        _LEAD + "One analysis found that women who took aspirin had an increased risk of "
        "heart attack, they added.\n\nThe new study shows it is helpful for everyone else "
        "as well, said Forouhi.\n\nThe inquiry found that the brakes had failed long before "
        "the crash, police said.\n"
    )
    claims = _claims(text)
    assert claims["women who took aspirin"].endswith("increased risk of heart attack")
    assert claims["it is helpful for"].endswith("everyone else as well")
    assert claims["the brakes had failed"].endswith("long before the crash")


def test_a_short_claim_keeps_its_tail_rather_than_vanish() -> None:
    text = _LEAD + "They think it is hygienic, according to a separate study in July.\n"
    assert "it is hygienic, according" in " ".join(_claims(text).values())


# --- A body's name cut at its own "of", "for", "in" or "and" ------------------------


def test_a_name_cut_at_its_joiner_is_made_whole() -> None:
    text = (
        _LEAD + "A study by University College London and Britain’s National Hospital for "
        "Neurology and Neurosurgery showed that four brains were badly damaged.\n\n"
        "A study published in the journal, Archives of Disease in Childhood concludes that "
        "the UK should add folic acid to flour.\n"
    )
    speakers = _speakers(text)
    assert speakers["four brains were badly"] == "National Hospital for Neurology and Neurosurgery"
    assert speakers["the UK should add"] == "Archives of Disease in Childhood"


def test_two_bodies_joined_by_and_are_not_one_name() -> None:
    text = (
        _LEAD + "Last year, the British Medical Association and Food Standards Agency called "
        "for white flour to be fortified with folic acid.\n\nBut the report’s authors from "
        "Cambridge University and UCL say that leading a healthy lifestyle is the safest way.\n"
    )
    speakers = _speakers(text)
    assert speakers["white flour to be"] == "Food Standards Agency"
    assert speakers["leading a healthy lifestyle"] == "UCL"
