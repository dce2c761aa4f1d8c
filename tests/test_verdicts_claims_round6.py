"""Reported-claim verdicts, sixth round (issue 15): a figure written another way.

Each behaviour test fails on the code before branch t15-claims3; the guards pass on both.
"""

from __future__ import annotations

from conftest import claim_verdict as _verdict


def test_one_year_is_the_sources_a_year() -> None:
    claim = _verdict(
        "Significant differences persisted after a year, with an average fall of 20% in the "
        "pain score among those treated with acupuncture.",
        "The study found that one year after treatment, acupuncture patients had an average "
        "20 percent fall in their pain score.",
    )
    assert claim.verdict == "supported"
    # Read as the same duration (branch t17-pol12), no number is changed at all; before,
    # a changed "one" was withdrawn as the source's "a year" in another form.
    reason = claim.reason or ""
    assert "numbers changed" not in reason or "another form" in reason


def test_a_percentage_is_the_sources_share_in_n() -> None:
    claim = _verdict(
        "Fibromyalgia affects up to one in 20 people in the population, the researchers said.",
        "The researchers said that fibromyalgia affects up to 5 percent of people in the "
        "population.",
    )
    assert claim.verdict == "supported"


def test_a_different_share_is_still_numbers() -> None:
    # Guard: 6 percent is not one in 20.
    claim = _verdict(
        "Fibromyalgia affects up to one in 20 people in the population, the researchers said.",
        "The researchers said that fibromyalgia affects up to 6 percent of people in the "
        "population.",
    )
    assert (claim.verdict, claim.how) == ("distorted", "numbers")


def test_another_share_in_n_is_still_numbers() -> None:
    # Guard (review): "one in 10" is not the source's "one in 20", though both hold "one".
    claim = _verdict(
        "Fibromyalgia affects up to one in 10 people in the population, the researchers said.",
        "The researchers said that fibromyalgia affects up to one in 20 people in the population.",
    )
    assert (claim.verdict, claim.how) == ("distorted", "numbers")


def test_one_against_two_is_still_numbers() -> None:
    # Guard: "one" is a figure when the source gives another for the same thing.
    claim = _verdict(
        "Two patients in the treated group died within a month of surgery, the study found.",
        "The study found that one patient in the treated group died within a month of surgery.",
    )
    assert (claim.verdict, claim.how) == ("distorted", "numbers")


def test_one_cycle_is_the_sources_first_cycle() -> None:
    claim = _verdict(
        "A 30 year old woman has a 46% chance of having a baby from the first complete cycle "
        "of IVF, the researchers said.",
        "The researchers said that a 30-year-old woman has a 46 percent chance of having a "
        "baby after one cycle of IVF.",
    )
    assert claim.verdict == "supported"


def test_fifty_per_cent_is_the_sources_half() -> None:
    claim = _verdict(
        "Half of the patients given the drug recovered within a week, the study found.",
        "The study found that 50 per cent of the patients given the drug recovered within a week.",
    )
    assert claim.verdict == "supported"


def test_pence_are_the_sources_pounds() -> None:
    claim = _verdict(
        "The doctors call for a minimum unit price for alcohol of £0.50, the report says.",
        "The report says that doctors call for a minimum unit price for alcohol of 50p.",
    )
    assert claim.verdict == "supported"


def test_a_third_is_not_fifty_per_cent() -> None:
    # Guard: a fraction other than the claim's percentage is still a numbers change.
    claim = _verdict(
        "A third of the patients given the drug recovered within a week, the study found.",
        "The study found that 50 per cent of the patients given the drug recovered within a week.",
    )
    assert (claim.verdict, claim.how) == ("distorted", "numbers")
