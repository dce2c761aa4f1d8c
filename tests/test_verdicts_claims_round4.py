"""Reported-claim verdicts, fourth round (issue 15): classes of false ``distorted``."""

from __future__ import annotations

import pytest

from sourcetrace.claims import compare
from sourcetrace.documents import Document
from sourcetrace.quotes import check, extract


@pytest.mark.parametrize(
    ("release", "story"),
    [
        (
            "Women with migraine have a higher risk of heart disease than women who do not "
            "have migraine, the researchers found.",
            "The study found that women with migraine have a higher risk of heart disease.",
        ),
        (
            "Parents had a lower risk of death in old age than those who didn't have children.",
            "The study found that parents of grown-up children had a lower risk of death in "
            "old age.",
        ),
    ],
)
def test_a_negation_describing_a_compared_group_is_not_a_polarity_change(
    release: str, story: str
) -> None:
    source = Document(id="release", text=release)
    article = "Health news.\n\n" + story
    quotes, claims = extract(article)
    _, claims = check(article, quotes, claims, sources=[source])
    [claim] = claims
    assert claim.how != "polarity"
    assert claim.verdict == "supported"


def test_a_negation_of_the_finding_itself_is_still_a_polarity_change() -> None:
    source = Document(
        id="release",
        text="The trial found that the drug did not lower blood pressure in older patients.",
    )
    article = (
        "Health news.\n\nThe study found that the drug lowered blood pressure in older patients."
    )
    quotes, claims = extract(article)
    _, claims = check(article, quotes, claims, sources=[source])
    [claim] = claims
    assert (claim.verdict, claim.how) == ("distorted", "polarity")


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        (
            "People with MS had an almost double risk of dementia and psoriasis a 29% risk",
            "MS (an almost doubling in risk) and psoriasis (29% heightened risk).",
        ),
        ("Waiting lists have tripled since 2010", "Waiting lists trebled since 2010."),
        ("The number of cases halved in 10 years", "Cases saw a halving over 10 years."),
    ],
)
def test_a_multiplier_in_another_word_form_is_the_same_number(claim: str, source: str) -> None:
    drift = compare(claim, source)
    assert not drift.numbers_changed, drift.reason


def test_a_changed_multiplier_is_still_a_number_change() -> None:
    drift = compare("Waiting lists have tripled since 2010", "Waiting lists doubled since 2010.")
    assert drift.numbers_changed


@pytest.mark.parametrize(
    ("sentence", "claims", "speaker"),
    [
        (
            "Half of childhood infections are resistant to standard antibiotics, according to "
            "researchers who say that children are at risk from superbugs.",
            [
                "Half of childhood infections are resistant to standard antibiotics",
                "children are at risk from superbugs",
            ],
            None,
        ),
        (
            "GPs might need to change what they prescribe to children, said researchers who "
            "found that antibiotics were starting to fail.",
            [
                "GPs might need to change what they prescribe to children",
                "antibiotics were starting to fail",
            ],
            None,
        ),
        (
            "Electronic cigarettes helped 18,000 people quit smoking last year, according to a "
            "study which suggests they are on course to save thousands of lives.",
            [
                "Electronic cigarettes helped 18,000 people quit smoking last year",
                "they are on course to save thousands of lives",
            ],
            "study",
        ),
    ],
)
def test_a_relative_clause_after_the_speaker_reports_a_second_claim(
    sentence: str, claims: list[str], speaker: str | None
) -> None:
    _, found = extract("Health news.\n\n" + sentence)
    assert [c.text for c in found] == claims
    assert {c.speaker.name for c in found} == {speaker}


def test_a_relative_clause_that_reports_nothing_adds_no_claim() -> None:
    _, found = extract(
        "Health news.\n\nThe drug lowers blood pressure in older adults, according to a study "
        "which followed patients for ten years."
    )
    assert [c.text for c in found] == ["The drug lowers blood pressure in older adults"]


def test_the_comma_of_a_figure_after_according_to_does_not_end_the_speaker() -> None:
    _, found = extract(
        "Health news.\n\nThe drug lowers blood pressure in older adults, according to a study "
        "of 4,000 patients."
    )
    assert [(c.text, c.speaker.name) for c in found] == [
        ("The drug lowers blood pressure in older adults", "study of 4,000 patients")
    ]


@pytest.mark.parametrize(
    ("sentence", "claim", "cue"),
    [
        (
            "The authors point out that they are not encouraging anyone to take up drinking.",
            "they are not encouraging anyone to take up drinking",
            "point",
        ),
        (
            "Researchers at Harvard Medical School add that the research could pave the way "
            "for larger studies.",
            "the research could pave the way for larger studies",
            "add",
        ),
        (
            "The researchers caution that they did not study repeat heart attacks at all.",
            "they did not study repeat heart attacks at all",
            "caution",
        ),
        (
            "The researchers calculated that retirement was as good a predictor as exercise.",
            "retirement was as good a predictor as exercise",
            "calculated",
        ),
    ],
)
def test_a_plural_present_cue_with_that_reports_a_claim(
    sentence: str, claim: str, cue: str
) -> None:
    _, found = extract("Health news.\n\n" + sentence)
    assert [(c.text, c.cue) for c in found] == [(claim, cue)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Manufacturers add vitamins to flour as part of legislation in many countries.",
        "Health officials note the rise in cases among young people in the region.",
        "The charities stress the importance of early diagnosis for every family.",
    ],
)
def test_a_base_form_without_that_is_not_a_cue(sentence: str) -> None:
    _, found = extract("Health news.\n\n" + sentence)
    assert found == []


@pytest.mark.parametrize(
    ("sentence", "claim", "speaker"),
    [
        (
            "Fussy eating has been linked to behavioural problems in children, according to "
            "the study, published in the Archives of Disease in Childhood.",
            "Fussy eating has been linked to behavioural problems in children",
            # The study, named by where the story says it appeared (fifth round).
            "study published in Archives of Disease in Childhood",
        ),
        (
            "Workers exposed to the fields were twice as likely to develop ALS, according to "
            "researchers led by Roel Vermeulen, a professor at Utrecht University.",
            "Workers exposed to the fields were twice as likely to develop ALS",
            "Roel Vermeulen",
        ),
        (
            "According to the study, fussy eating has been linked to behavioural problems.",
            "fussy eating has been linked to behavioural problems",
            "study",
        ),
    ],
)
def test_what_follows_the_comma_after_a_closing_according_to_describes_the_speaker(
    sentence: str, claim: str, speaker: str
) -> None:
    _, found = extract("Health news.\n\n" + sentence)
    assert [(c.text, c.speaker.name) for c in found] == [(claim, speaker)]


def test_an_infinitive_of_purpose_is_not_a_report() -> None:
    _, found = extract(
        "Health news.\n\nScientists tested the insects to find out what kind of blood they "
        "fed on, and the nurse took the chance to show them some of the ways to eat better."
    )
    assert found == []


@pytest.mark.parametrize(
    ("sentence", "claim", "speaker"),
    [
        (
            "Chris Askew, chief executive of Diabetes UK, has warned there is a crisis "
            "surrounding the illness.",
            "there is a crisis surrounding the illness",
            "Chris Askew",
        ),
        (
            "Cornelius Katona, medical director at the Helen Bamber Foundation, said the "
            "findings were worrying for all refugees.",
            "the findings were worrying for all refugees",
            "Cornelius Katona",
        ),
        (
            "The study, published in The BMJ, said their effect on heart attack risk was "
            "almost immediate.",
            "their effect on heart attack risk was almost immediate",
            "study published in The BMJ",
        ),
        (
            "A study of 6,120 women, published in the BMJ, found that drinking had little "
            "effect on conception.",
            "drinking had little effect on conception",
            "study",
        ),
        (
            "The new study on 264,337 people, 52% of whom were women, found cycling to work "
            "is linked to a lower risk of cancer.",
            "cycling to work is linked to a lower risk of cancer",
            "new study",
        ),
    ],
)
def test_a_description_between_commas_is_not_the_speaker(
    sentence: str, claim: str, speaker: str
) -> None:
    _, found = extract("Health news.\n\n" + sentence)
    assert [(c.text, c.speaker.name) for c in found] == [(claim, speaker)]


def test_a_plural_present_cue_then_where_it_was_written_then_that_reports_a_claim() -> None:
    _, found = extract(
        "Health news.\n\nResearchers report in The BMJ that e-cigarettes helped smokers quit "
        "last year."
    )
    assert [(c.text, c.cue) for c in found] == [
        ("e-cigarettes helped smokers quit last year", "report")
    ]


def test_a_bare_document_speaker_takes_the_fullest_description_the_story_gives() -> None:
    _, found = extract(
        "Health news.\n\nPainkillers raise the risk of heart attack within a week, a study "
        "published in the British Medical Journal has shown.\n\nThe study found that taking "
        "any dose for a month was linked to a higher risk.\n\nA major new study warns that "
        "painkillers can raise heart attack risk by half."
    )
    assert [c.speaker.name for c in found] == [
        "study published in the British Medical Journal",
        "study published in the British Medical Journal",
    ]


def test_a_bare_document_stays_bare_when_the_story_names_several_venues() -> None:
    _, found = extract(
        "Health news.\n\nOne study published in The BMJ and another study published in The "
        "Lancet looked at painkillers.\n\nThe study found that taking any dose for a month was "
        "linked to a higher risk."
    )
    assert [c.speaker.name for c in found] == ["study"]


@pytest.mark.parametrize(
    ("sentence", "claims"),
    [
        (
            "Researchers report in The BMJ that e-cigarettes helped more smokers quit last "
            "year, estimating that there were 54,000 extra quitters.",
            [
                "e-cigarettes helped more smokers quit last year",
                "there were 54,000 extra quitters",
            ],
        ),
        (
            "Campaigns to cut salt could save millions of lives for a dollar a person, "
            "researchers calculated.",
            ["Campaigns to cut salt could save millions of lives for a dollar a person"],
        ),
        (
            "Recent NHS guidance has advised that more people at lower risk be offered the drugs.",
            ["more people at lower risk be offered the drugs"],
        ),
        ("The GP advised patients to rest for a week after the operation.", []),
    ],
)
def test_more_cues_of_estimates_and_advice(sentence: str, claims: list[str]) -> None:
    _, found = extract("Health news.\n\n" + sentence)
    assert [c.text for c in found] == claims


@pytest.mark.parametrize(
    ("sentence", "claim", "speaker"),
    [
        (
            "But further analysis of a sub-group of patients suggested a link between distress "
            "and cancer death remained.",
            "a link between distress and cancer death remained",
            "further analysis",
        ),
    ],
)
def test_a_qualified_document_or_researcher_subject_reports(
    sentence: str, claim: str, speaker: str | None
) -> None:
    _, found = extract("Health news.\n\n" + sentence)
    assert [(c.text, c.speaker.name) for c in found] == [(claim, speaker)]


def test_a_long_description_between_commas_does_not_hide_the_subject() -> None:
    _, found = extract(
        "Health news.\n\nThe findings, based on data collected by GP services in the UK "
        "between 1991 and 2014, also show a marked increase in life expectancy."
    )
    assert [c.text for c in found] == ["a marked increase in life expectancy"]


def test_that_before_a_question_word_still_reports_a_claim() -> None:
    _, found = extract(
        "Health news.\n\nScientists discovered that when given to fruit flies in low doses the "
        "drug extended their lives.\n\nThe study explains why more of us get colds in winter."
    )
    assert [c.text for c in found] == [
        "when given to fruit flies in low doses the drug extended their lives"
    ]
