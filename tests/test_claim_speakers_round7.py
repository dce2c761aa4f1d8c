"""Claim speakers, seventh round (issue 15, branch t15-cspk5).

Each behaviour test fails on the code before branch t15-cspk5; the guards pass on both.
"""

from __future__ import annotations

from conftest import claim_speakers as _speakers
from sourcetrace.quotes.works import document_words

_LEAD = "Eating late may harm sleep, a study suggests.\n\n"


def test_researchers_at_a_body_in_a_place_are_the_body() -> None:
    text = (
        _LEAD + "Researchers at Karolinska Institutet in Sweden found that women with a "
        "history of infertility had denser breasts than other women.\n"
    )
    assert _speakers(text)["women with a history"] == "Karolinska Institutet"


def test_researchers_from_a_body_ending_with_a_capital_are_the_body() -> None:
    text = (
        _LEAD + "Researchers from the Centers for Disease Control and Prevention have said "
        "that 71% of American adults exceeded that 10% goal.\n"
    )
    assert _speakers(text)["71% of American adults"] == (
        "Centers for Disease Control and Prevention"
    )


def test_team_from_a_body_with_a_comma_before_the_cue_is_the_body() -> None:
    text = (
        _LEAD + "The team from the University of Sao Paulo in Brazil, found that "
        "ultra-processed foods made up more than half the total calorie intake.\n"
    )
    assert _speakers(text)["ultra-processed foods made up"] == "University of Sao Paulo"


def test_according_to_body_researchers_is_the_body() -> None:
    text = (
        _LEAD + "Researchers from Bristol University and Leicester Diabetes Centre looked "
        "into the use of statins.\n\n"
        "According to Oxford University researchers, statins prevent at least "
        "80,000 heart attacks and strokes in the UK every year.\n"
    )
    assert _speakers(text)["statins prevent at least"] == "Oxford University"


def test_scientists_from_a_country_are_not_a_body() -> None:
    # Guard: a place is no body; the rules for unnamed researchers apply.
    text = (
        _LEAD + "Scientists from Brazil found that the typical American is consuming "
        "too much added sugar.\n"
    )
    assert _speakers(text)["the typical American is"] in (None, "study")


def test_a_work_qualified_by_a_relative_clause_is_the_work() -> None:
    text = (
        _LEAD + "The study, which was conducted by a UK-based university found that even "
        "moderate activity can be enough for a health boost.\n"
    )
    assert _speakers(text)["even moderate activity can"] == "study"


def test_a_work_named_by_a_body_before_its_noun_is_the_work() -> None:
    text = (
        _LEAD + "A 2005 House of Commons report found that the deaths from clots are more "
        "than the combined total from breast cancer.\n"
    )
    assert _speakers(text)["the deaths from clots"] == "2005 House of Commons report"


def test_a_work_from_experts_at_a_body_is_the_work() -> None:
    text = (
        _LEAD + "A study from experts at Queen Mary University of London last year found "
        "that fewer than one in three women take folic acid supplements.\n"
    )
    assert _speakers(text)["fewer than one in"] == "study"


def test_a_work_named_by_its_journal_keeps_its_name() -> None:
    # Guard: "published in" names the work; the rule leaves it to the other rules.
    text = (
        _LEAD + "Research published in The British Medical Journal discovered that "
        "patients treated by older doctors have higher mortality rates.\n"
    )
    name = _speakers(text)["patients treated by older"]
    assert name is not None and name.endswith("Journal")


def test_previous_research_is_left_as_it_was() -> None:
    # Guard: the golds differ on "previous research" (blind set 2 null, sets 3-4 named).
    text = (
        _LEAD + "The findings add to evidence on sitting.\n\nPrevious research has shown "
        "that standing up for at least an hour a day helps ward off obesity.\n"
    )
    assert _speakers(text)["standing up for at"] is None


def test_he_after_a_claim_by_a_named_person_is_that_person() -> None:
    text = (
        _LEAD + "“Women find out too late,” said Babak Khoshnood of INSERM in Paris.\n\n"
        "The paper was welcomed by Jim Mills of the US National Institutes of Health.\n\n"
        "No harmful effects have been observed since fortification was enforced in the US "
        "in 1998, says Mills. It is time for European countries to follow suit, he says.\n"
    )
    assert _speakers(text)["It is time for"] == "Jim Mills"


def test_he_after_a_claim_by_a_body_stays_with_the_person_quoted() -> None:
    # Guard: a body named by a claim is no antecedent of "he".
    text = (
        _LEAD + "“Women find out too late,” said Babak Khoshnood of INSERM in Paris.\n\n"
        "The US Public Health Service recommends that all women take folic acid daily.\n\n"
        "The cost of taking supplements can also be prohibitive for some, he adds.\n"
    )
    assert _speakers(text)["The cost of taking"] == "Babak Khoshnood"


def test_a_document_subject_ends_where_the_clause_begins() -> None:
    text = (
        _LEAD + "A previous study he worked on found that the average American purchased "
        "307 kilograms of ultra-processed food in a year.\n"
    )
    assert _speakers(text)["the average American purchased"] == "previous study"


def test_a_document_described_after_its_noun_keeps_the_description() -> None:
    # Guard: words that go on describing the document stay in its name.
    assert document_words("research published on Tuesday") == "research published on Tuesday"
    assert document_words("first study of its kind") == "first study of its kind"
    assert document_words("study include the potential") == "study"
