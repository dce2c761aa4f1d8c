"""Speakers, twelfth round (issue 15, branch t15-spk7).

Each behaviour test fails on the code before branch t15-spk7 (main at 1c7555e); the
guards pass on both.
"""

from __future__ import annotations

from conftest import claim_speakers as _speakers
from conftest import quote_speakers as _quote_speakers
from sourcetrace.quotes.works import tidy_work_name

_LEAD = "Distress may raise the risk of dying from cancer, researchers said on Thursday.\n\n"


# --- A subject headed by the evidence a study gathered speaks for the study -----------


def test_records_of_people_in_a_place_are_the_study_not_the_place() -> None:
    text = (
        _LEAD + "The study was published in The BMJ.\n\n"
        "Medical records of more than 160,000 adults in England and Wales showed that those "
        "describing themselves as distressed were more likely to die of cancer.\n"
    )
    assert _speakers(text)["those describing themselves as"] == "study published in The BMJ"


def test_tests_in_a_named_place_are_the_study() -> None:
    text = (
        _LEAD + "The study looked at homes that kept chickens.\n\n"
        "Tests carried out in three villages in western Ethiopia showed that families "
        "that slept beneath a chicken in a cage were free of mosquitoes in the morning.\n"
    )
    assert _speakers(text)["families that slept beneath"] == "study"


def test_brain_scans_are_the_study_not_a_name() -> None:
    text = (
        _LEAD + "The study, published in the Journal of Neuroscience, looked at attention.\n\n"
        "Brain scans from 13 volunteers found that when they were engaged in a demanding "
        "visual task, the brain did not respond to sounds.\n"
    )
    assert _speakers(text)["when they were engaged"] == "study published in Journal of Neuroscience"


def test_evidence_after_a_preposition_is_no_subject() -> None:
    # Guard: "In experiments on mice, X found" is X's.
    text = (
        _LEAD + "In experiments on mice, Washington State University found that the "
        "chemical changed how the animals' genes worked.\n"
    )
    assert _speakers(text)["the chemical changed how"] == "Washington State University"


def test_a_persons_tests_are_not_read_as_evidence() -> None:
    # Guard: a capitalised word after the first one is a name, not a qualifier.
    text = (
        _LEAD + "Dr Jane Smith's tests showed that the drug lowered blood pressure in most "
        "of the patients.\n"
    )
    assert _speakers(text)["the drug lowered blood"] != "study"


# --- A name, its description and a relative clause before the cue ---------------------


def test_person_described_then_relative_clause_is_the_person() -> None:
    text = (
        _LEAD + "Dr Nadia Micali, a psychiatrist at University College London, who led the "
        "new research, said the findings show eating disorders are more common than thought.\n"
    )
    assert _speakers(text)["the findings show eating"] == "Nadia Micali"


def test_relative_clause_without_a_space_after_its_comma() -> None:
    text = (
        _LEAD + "Dr Nadia Micali, a psychiatrist at University College London,who led the "
        "new research, said the findings show eating disorders are more common than thought.\n"
    )
    assert _speakers(text)["the findings show eating"] == "Nadia Micali"


def test_person_of_a_body_with_relative_clause_and_adverb_is_the_person() -> None:
    text = (
        _LEAD + "Ian Needleman of University College London, who led the research, had "
        "previously found that Olympic athletes had poor teeth.\n"
    )
    assert _speakers(text)["Olympic athletes had poor"] == "Ian Needleman"


def test_person_who_was_not_involved_is_the_person_not_the_body() -> None:
    text = (
        _LEAD + "Peter Jenkins, a neurologist from Imperial College London, who was not "
        "involved in the study, emphasised that the research was small.\n"
    )
    assert _speakers(text)["the research was small"] == "Peter Jenkins"


def test_body_described_by_one_clause_stays_the_body() -> None:
    # Guard: one description between commas was read before.
    text = (
        _LEAD + "The Football Association, which runs the game in England, said it took "
        "concerns about head injuries extremely seriously.\n"
    )
    assert _speakers(text)["it took concerns about"] == "Football Association"


# --- A work's name ends with its venue's name ------------------------------------------


def test_weekday_after_a_journal_is_not_its_name() -> None:
    text = (
        _LEAD + "Natural redheads wait longer, according to the study, published in the "
        "journal Nature Genetics Monday.\n\nRedheads of both sexes put off having sex until "
        "later in life, according to the study.\n"
    )
    assert _speakers(text)["Redheads of both sexes"] == "study published in Nature Genetics"


def test_kind_of_journal_after_its_name_is_not_its_name() -> None:
    text = (
        _LEAD + "In a study published in the BMJ British medical journal, the team looked at "
        "commuters.\n\nCycling to work was linked to a lower risk of cancer, the study found.\n"
    )
    assert _speakers(text)["Cycling to work was"] == "study published in the BMJ"


def test_tidy_work_name_cuts_only_what_follows_a_venue() -> None:
    assert tidy_work_name("study in The BMJ medical journal") == "study in The BMJ"
    assert tidy_work_name("study published in the BMJ this week") == "study published in the BMJ"
    # Guards: a journal's own "Journal", a venue that is only a kind, a date.
    assert tidy_work_name("study published in Malaria Journal") == (
        "study published in Malaria Journal"
    )
    assert tidy_work_name("research published in a medical journal") == (
        "research published in a medical journal"
    )
    assert tidy_work_name("study published on Tuesday") == "study published on Tuesday"


# --- A quotation closed by a pronoun's attribution -------------------------------------


def test_pronoun_after_a_quotation_beats_a_subject_that_names_no_one() -> None:
    text = (
        _LEAD + "GPs should not trust medical journals which “have an axe to grind”, said "
        "Peter Weissberg, medical director of the BHF.\n\n"
        "Prestigious journals now spin data and patients and doctors need to learn to stop "
        "taking them as “gospel”, he said.\n"
    )
    assert _quote_speakers(text)["gospel"] == "Peter Weissberg"


def test_evidence_in_a_story_naming_no_study_is_not_a_study() -> None:
    # Guard: no study to speak for, so no guess.
    text = (
        "Crash driver cleared.\n\nTests on the car showed that the brakes had failed "
        "before the crash, police said.\n"
    )
    assert _speakers(text).get("the brakes had failed") != "study"
