"""Reported-claim verdicts, fifth round (issue 15): which drifts make a claim distorted."""

from __future__ import annotations

import pytest

from conftest import claim_verdict as _verdict
from sourcetrace.quotes import extract


@pytest.mark.parametrize(
    ("release", "story"),
    [
        (
            "An extra 100mg of magnesium a day could reduce the risk of stroke by 7%, the "
            "team found.",
            "The study found that an extra 100mg of magnesium a day can reduce the risk of "
            "stroke by 7%.",
        ),
        (
            "Drivers who slept less than five hours could be raising their risk of a crash, "
            "the report says.",
            "The report found that drivers who slept less than five hours can increase their "
            "risk of a crash.",
        ),
    ],
)
def test_can_and_could_state_the_same_certainty(release: str, story: str) -> None:
    claim = _verdict(release, story)
    assert claim.verdict == "supported"
    assert "same degree of certainty" in (claim.reason or "")


def test_a_hedge_dropped_is_still_stronger() -> None:
    claim = _verdict(
        "Eating processed meat may reduce asthma symptoms, the authors say.",
        "The study found that eating processed meat reduces asthma symptoms.",
    )
    assert (claim.verdict, claim.how) == ("distorted", "stronger")


def test_a_correlation_told_as_a_cause_is_still_stronger() -> None:
    claim = _verdict(
        "Commuters who cycled were associated with a lower risk of heart disease, the study found.",
        "The study found that commuters who cycled lower their risk of heart disease.",
    )
    assert claim.verdict == "distorted"


def test_a_cue_the_source_sentence_itself_uses_is_no_change() -> None:
    claim = _verdict(
        "Obesity accounted for just 14% of this association, suggesting that processed "
        "meat intake may have an independent role in asthma symptoms, say the researchers.",
        "The researchers said that processed meat intake may have an independent role in "
        "asthma symptoms.",
    )
    assert claim.verdict == "supported"
    assert "uses the claim's own words" in (claim.reason or "")


@pytest.mark.parametrize(
    ("release", "story"),
    [
        (  # the claim names no one: it tells nothing about people
            "Low doses of Manuka honey curb the growth of bacterial biofilms on plastic "
            "catheters, finds new research.",
            "According to new research, Manuka honey could curb the growth of biofilms on "
            "plastic catheters.",
        ),
        (  # the source's finding is for people too
            "Odours emitted by chickens could protect humans at risk of mosquito-borne "
            "diseases, finds a study.",
            "A study found that keeping a chicken by your bed could protect you against "
            "mosquito-borne diseases.",
        ),
    ],
)
def test_population_is_widened_only_to_people_the_claim_names(release: str, story: str) -> None:
    claim = _verdict(release, story)
    assert claim.verdict == "supported"
    assert "population not counted" in (claim.reason or "")


def test_a_finding_in_mice_told_about_people_is_still_widened() -> None:
    claim = _verdict(
        "Low doses of a new compound extended the lifespan of mice, finds new research.",
        "According to new research, low doses of a new compound extended the lifespan of people.",
    )
    assert (claim.verdict, claim.how) == ("distorted", "population")


def _claim_speaker(story: str, claim_start: str) -> str | None:
    _, claims = extract(story)
    [claim] = [c for c in claims if c.text.startswith(claim_start)]
    return claim.speaker.name


def test_researchers_are_the_body_the_story_names_for_them() -> None:
    story = (
        "Heart news\n\nResearchers from the University of Leeds studied 700,000 patients "
        "over ten years.\n\nThe researchers said that women were less likely to get the "
        "right treatment.\n\nProfessor Jane Smith, of the British Heart Foundation, which "
        "funded the work, said the results were worrying."
    )
    assert _claim_speaker(story, "women were less likely") == "University of Leeds"


def test_researchers_of_several_bodies_are_named_as_the_story_lists_them() -> None:
    # Changed back on branch t15-claims3 for claims (quotations keep no name): the blind
    # golds name the list in four stories of three sets (BENCHMARKS.md, issue 15, sixth
    # round). The t15-groups reading, kept for quotations: a tie naming several bodies
    # gives no one name, right for 3 items of the then three golds against 2 for the list.
    story = (
        "Cancer news\n\nOver nine years, a team of researchers from University College "
        "London, the University of Edinburgh, and the University of Sydney followed "
        "160,000 adults.\n\nThe researchers said that the study did not prove cause and "
        "effect.\n\nA spokesman for the Royal College of Psychiatrists said more work was "
        "needed."
    )
    assert _claim_speaker(story, "the study did not prove") == (
        "University College London, the University of Edinburgh, and the University of Sydney"
    )


def test_researchers_tied_to_a_place_only_stay_unnamed() -> None:
    story = (
        "Migraine news\n\nA team of US and German researchers analysed data from 115,000 "
        "nurses.\n\nThe researchers said that migraine should be considered a risk marker "
        "for heart disease.\n\nThe study was led by the Institute of Public Health in "
        "Berlin."
    )
    assert _claim_speaker(story, "migraine should be considered") is None


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Many cannabis users also use tobacco or alcohol, the researchers note.", "note"),
        (
            "The tool cannot say whether a given cycle ends in a baby, the authors caution.",
            "caution",
        ),
    ],
)
def test_a_plural_cue_closing_its_sentence_reports_a_claim(sentence: str, cue: str) -> None:
    _, claims = extract("Health news.\n\n" + sentence)
    [claim] = claims
    assert claim.cue == cue
    assert sentence.startswith(claim.text)


def test_a_base_form_that_closes_nothing_reported_is_no_cue() -> None:
    _, claims = extract("Health news.\n\nManufacturers add vitamins to flour.")
    assert claims == []


@pytest.mark.parametrize(
    "aside",
    [", published in the journal Thorax,", ", which has been published in the journal Thorax,"],
)
def test_a_study_is_named_by_where_the_story_says_between_commas_it_appeared(aside: str) -> None:
    story = (
        "Asthma news\n\nEating ham four times a week is linked to worse asthma.\n\n"
        f"The study{aside} followed 971 adults for seven years.\n\n"
        "The study found that the link held after weight was taken into account."
    )
    assert _claim_speaker(story, "the link held") == "study published in Thorax"
