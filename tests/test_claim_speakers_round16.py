"""Claim speakers, sixteenth round (issue 15, branch t15-cspk17).

Two reading errors of claim speakers, each seen in more than one read gold: a state body
a story names by its common noun alone ("the government has said") gave no speaker,
though the guide gives a body's name; and a study's venue written "The study is
published today in the journal Heart" was not read, so "The study found" stayed a bare
"study" where "was published in" names it. Each behaviour test fails on main before the
branch (4dbf17d); the guards pass on both.
"""

from __future__ import annotations

from conftest import claim_speakers as _speakers
from sourcetrace.quotes.works import fullest_document

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


# --- A venue after "is published" -------------------------------------------------------


_HEART = (
    "Young men with high blood pressure face risks, doctors say.\n\n"
    "The study found the risk of future high blood pressure rises to 250 per cent.\n\n"
)


def test_a_study_is_published_today_in_a_journal() -> None:
    text = _HEART + "The study is published today in the journal\xa0Heart.\n"
    assert _speakers(text)["the risk of future"] == "study published in the journal Heart"


def test_fullest_document_reads_is_published() -> None:
    text = "The report is published in the journal BMC Public Health.\n"
    assert fullest_document(text, "report", "the report") == (
        "report published in the journal BMC Public Health"
    )


def test_was_published_still_reads_as_before() -> None:
    # Guard: the past tense was read before this round, and is named the same way.
    text = _HEART + "The study was published in the journal Heart.\n"
    assert _speakers(text)["the risk of future"] == "study published in the journal Heart"


def test_a_study_that_is_not_published_in_a_venue() -> None:
    # Guard: "is published" with no venue after it names none.
    text = _HEART + "The study is published online.\n"
    assert _speakers(text)["the risk of future"] == "study"
