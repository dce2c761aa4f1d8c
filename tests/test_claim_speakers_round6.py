"""Claim speakers, sixth round (issue 15): pronouns and capitalised subjects.

Each behaviour test fails on the code before branch t15-claims3; the guards pass on both.
"""

from __future__ import annotations

from conftest import claim_speakers as _speakers

_LEAD = "Eating late may harm sleep, a study suggests.\n\n"


def test_they_after_the_researchers_is_their_body() -> None:
    text = (
        _LEAD + "Children filled in food diaries and researchers from University College "
        "London analysed the results.\n\n"
        "They found that average daily calorie intake exceeded the recommended amount.\n\n"
        "They warned that eating too many calories would lead to obesity later in life.\n"
    )
    got = _speakers(text)
    assert got["average daily calorie intake"] == "University College London"
    assert got["eating too many calories"] == "University College London"


def test_it_after_a_sentence_about_the_study_is_the_study() -> None:
    text = (
        _LEAD + "The study involved 2,267 middle aged and older Finnish men and women.\n\n"
        "It found people with high levels of pessimism were more likely to die of heart "
        "disease.\n"
    )
    assert _speakers(text)["people with high levels"] == "study"


def test_it_after_an_unrelated_sentence_stays_unnamed() -> None:
    text = (
        _LEAD + "The weather in Helsinki was cold for most of the year.\n\n"
        "It found people with high levels of pessimism were more likely to die of heart "
        "disease.\n"
    )
    assert _speakers(text)["people with high levels"] is None


def test_a_body_opening_the_sentence_is_named_in_full() -> None:
    text = (
        _LEAD + "The UK's Medicines and Healthcare products Regulatory Agency (MHRA) says it "
        "will continue to monitor all side-effects of the device. But it says the device "
        "is safe to use for most women.\n"
    )
    got = _speakers(text)
    name = "Medicines and Healthcare products Regulatory Agency"
    assert got["it will continue to"] == name
    assert got["the device is safe"] == name


def test_a_named_study_opening_the_sentence_is_the_speaker() -> None:
    text = (
        _LEAD + "The Multicentre Study of Self-harm in England found that the number of "
        "episodes involving men rose after 2008.\n"
    )
    got = _speakers(text)
    assert got["the number of episodes"] == "Multicentre Study of Self-harm in England"


def test_a_capitalised_adjective_before_researchers_is_no_name() -> None:
    text = (
        _LEAD + "The work was done by researchers at University College London.\n\n"
        "British researchers found the first signs that footballers may suffer brain "
        "damage.\n"
    )
    assert _speakers(text)["the first signs that"] == "University College London"


def test_common_noun_tied_to_a_body_is_not_read_as_its_name() -> None:
    # Guard: "Scientists at the University of X" is the researchers' tie, not a body named
    # "Scientists at the University of X".
    text = (
        _LEAD + "Scientists at the University of Southampton found honey kills bacteria "
        "on catheters.\n"
    )
    assert _speakers(text)["honey kills bacteria on"] == "University of Southampton"


def test_a_person_opening_the_sentence_is_still_the_person() -> None:
    # Guard: a titled name before its cue keeps the person reading.
    text = (
        _LEAD + "Professor Jane Smith, of Oxford University, said the results were "
        "encouraging for patients.\n"
    )
    assert _speakers(text)["the results were encouraging"] == "Jane Smith"


def test_a_person_named_with_their_body_is_the_person() -> None:
    text = (
        _LEAD + "In agreement with the comment, Dr Janette Young from the University of South "
        "Australia said her previous pet research has been dismissed as trivial.\n"
    )
    assert _speakers(text)["her previous pet research"] == "Janette Young"
