"""Claim speakers, seventeenth session (issue 15, branch t15-cspk17): two reading errors.

A state body a story names by its common noun alone ("However, the government has said
…", "The Government said …") gave no speaker, though the guide gives a body's name and
the read golds name it each time they meet it (3 of 3). A document named with the journal
that published it ("the latest research, published in the journal Diabetes Care") was
named by the journal alone, which the names' NER check then dropped (no speaker); the
document speaks (2 read golds, both naming it). Each behaviour test fails on main before
the branch (4dbf17d); the guards pass on both.
"""

from __future__ import annotations

from conftest import claim_speakers as _speakers

_LEAD = "A small tax on alcohol could cut violence, a study suggests.\n\n"


# --- A state body named by its noun ---------------------------------------------------


def test_the_government_in_lower_case_is_the_government() -> None:
    text = (
        _LEAD + "However, the government has said it is not planning to pursue any further "
        "taxes on alcohol.\n"
    )
    assert _speakers(text)["it is not planning"] == "government"


def test_the_government_capitalised_is_named_too() -> None:
    text = (
        _LEAD + "The Government said all patients admitted to hospital should be assessed "
        "for their risk of clots.\n"
    )
    assert _speakers(text)["all patients admitted to"] == "government"


def test_a_fuller_name_of_the_government_is_kept() -> None:
    # Guard: the story's fuller name for it stays the speaker.
    text = (
        _LEAD + "The tax was backed by the Scottish Government on Monday.\n\n"
        "The Government said all patients should be assessed for their risk of clots.\n"
    )
    assert _speakers(text)["all patients should be"] == "Scottish Government"


def test_a_government_official_is_no_body() -> None:
    # Guard: an official is a person of a kind, no name.
    text = _LEAD + "A government official said the tax would not be raised.\n"
    assert _speakers(text)["the tax would not"] is None


# --- A document with its journal, not the journal alone ---------------------------------


def test_research_published_in_a_journal_is_the_research() -> None:
    text = (
        "Sitting is bad for you.\n\nBut the latest research, published in the journal "
        "Diabetes Care, found that breaking up long periods of sitting helps.\n"
    )
    assert _speakers(text)["breaking up long periods"] == (
        "research published in the journal Diabetes Care"
    )


def test_findings_published_online_by_a_journal_are_the_findings() -> None:
    text = (
        "Fish may ease asthma.\n\nAccording to the findings published online by the "
        "journal Thorax, four or more weekly servings seem to have the greatest impact.\n"
    )
    assert _speakers(text)["four or more weekly"] == (
        "findings published online by the journal Thorax"
    )


def test_a_study_by_a_body_stays_the_body() -> None:
    # Guard: a body is no venue; "by Harvard University" names who did the work.
    text = (
        "Fish may ease asthma.\n\nA study by Harvard University found that four or more "
        "weekly servings help.\n"
    )
    assert _speakers(text)["four or more weekly"] == "Harvard University"


def test_a_government_committee_cut_short_is_no_government() -> None:
    # Guard: "A government …" is indefinite, and here the committee spoke.
    text = (
        _LEAD + "A government advisory committee on nutrition has already warned of the "
        "low levels of the vitamin in the UK population.\n"
    )
    assert _speakers(text)["of the low levels"] is None
