"""Speakers are people or bodies the story names (issue 15): never places or fragments."""

from __future__ import annotations

import pytest

from sourcetrace.quotes import extract, speakers


def test_a_pronoun_goes_to_the_person_not_the_place_named_last() -> None:
    article = (
        "Patients in poorer areas were less likely to get the drug.\n\n"
        "Dr Claudia Marsh said it could be down to differing health policies, pointing out "
        "that Scotland and Northern Ireland spend more on health.\n\n"
        "She added: “When access to any treatment is rationed, wealthier patients are "
        "better equipped to get around the restrictions.”"
    )
    quotes, _ = extract(article)
    assert [q.speaker.name for q in quotes] == ["Claudia Marsh"]


def test_a_place_before_a_name_is_not_the_speaker() -> None:
    article = (
        "Residents of the town are worried about the plans.\n\n"
        "Eastbank resident Joan Pike, 71, said: “Nobody asked us what we wanted for the "
        "park before they started digging.”"
    )
    quotes, _ = extract(article)
    assert [q.speaker.name for q in quotes] == ["Joan Pike"]


def test_a_role_of_a_body_gives_the_body() -> None:
    article = (
        "Nurses are leaving the profession in record numbers.\n\n"
        "A Department of Health spokesman said: “Our plans will see a thousand more "
        "nurses in training by next year.”"
    )
    quotes, _ = extract(article)
    assert [q.speaker.name for q in quotes] == ["Department of Health"]


def test_a_researcher_described_before_the_name_is_that_person() -> None:
    article = (
        "Vitamin D pills may cut colds.\n\n"
        "“The effects are strongest in those with the lowest levels,” lead researcher "
        "Adrian Morton said in a statement."
    )
    quotes, _ = extract(article)
    assert [q.speaker.name for q in quotes] == ["Adrian Morton"]


def test_a_headline_quotation_repeated_below_takes_the_named_speaker() -> None:
    article = (
        "Cycling ‘offers major gains for public health’\n\n"
        "Cycling to work cuts the risk of heart disease, a study suggests.\n\n"
        "Dr Jason Gill, of the University of Glasgow, said the findings were clear.\n\n"
        "Safer roads would bring “major gains for public health,” he added."
    )
    quotes, _ = extract(article)
    assert [q.speaker.name for q in quotes] == ["Jason Gill", "Jason Gill"]


def test_past_the_pair_budget_a_repeated_quotation_stays_unnamed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    article = (
        "Cycling ‘offers major gains for public health’\n\n"
        "Cycling to work cuts the risk of heart disease, a study suggests.\n\n"
        "Dr Jason Gill, of the University of Glasgow, said the findings were clear.\n\n"
        "Safer roads would bring “major gains for public health,” he added."
    )
    monkeypatch.setattr(speakers, "_MAX_REPEAT_PAIRS", 0)  # a hostile text's thousands
    quotes, _ = extract(article)
    assert [q.speaker.name for q in quotes] == [None, "Jason Gill"]


def test_an_unnamed_quotation_repeated_nowhere_stays_unnamed() -> None:
    article = (
        "Cycling ‘offers major gains for public health’\n\n"
        "Dr Jason Gill, of the University of Glasgow, said: “Safer roads matter.”"
    )
    quotes, _ = extract(article)
    assert [q.speaker.name for q in quotes] == [None, "Jason Gill"]


def test_a_body_whose_name_ends_with_a_place_can_speak() -> None:
    article = (
        "Vitamin news.\n\nLast year Public Health England revealed that people were "
        "generally not getting the recommended 10 micrograms of vitamin D a day."
    )
    _, claims = extract(article)
    [claim] = claims
    # NameBook keeps "Health England" (a known quirk); the point is that it is not dropped.
    assert (claim.speaker.name or "").endswith("Health England")
