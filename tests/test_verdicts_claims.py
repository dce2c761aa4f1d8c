"""Reported claims (issue 15): the patterns news uses, speakers and verdicts with reasons."""

from __future__ import annotations

import pytest

from sourcetrace.documents import Document
from sourcetrace.quotes import check, extract


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        (
            "The study found that people who cycled to work had fewer heart attacks.",
            "people who cycled to work had fewer heart attacks",
            "study",
        ),
        (
            "Professor Jill Pell warned that the benefits could be smaller for older people.",
            "the benefits could be smaller for older people",
            "Jill Pell",
        ),
        (
            "According to the report, hospital waiting times have doubled since 2010.",
            "hospital waiting times have doubled since 2010",
            "report",
        ),
        (
            "Hospital waiting times have doubled since 2010, according to the report.",
            "Hospital waiting times have doubled since 2010",
            "report",
        ),
        (
            "Charity head George Nolan urged NHS England to end the postcode lottery.",
            "NHS England to end the postcode lottery",
            "George Nolan",
        ),
        (
            "Dr Ann Reyes believes the drug could help thousands of patients each year.",
            "the drug could help thousands of patients each year",
            "Ann Reyes",
        ),
    ],
)
def test_claim_patterns_give_the_content_and_its_speaker(
    sentence: str, content: str, speaker: str
) -> None:
    article = "Health news of the week.\n\n" + sentence
    _, claims = extract(article)
    assert [(c.text, c.speaker.name) for c in claims] == [(content, speaker)]


def test_researchers_are_the_one_research_body_the_story_names() -> None:
    article = (
        "A team at the University of Leeds studied 4,000 women.\n\n"
        "The researchers said that women who slept less had higher blood pressure."
    )
    _, claims = extract(article)
    assert [c.speaker.name for c in claims] == ["University of Leeds"]


def test_a_claim_inside_quotation_marks_is_a_quotation_not_a_claim() -> None:
    article = "Health news.\n\nShe said: “We found that the effect was large in every group.”"
    _, claims = extract(article)
    assert claims == []


def test_a_stronger_claim_is_distorted_with_how_and_the_source_sentence() -> None:
    source = Document(
        id="release",
        text="The researchers found that drinking coffee may lower the risk of liver disease.",
    )
    article = (
        "Health news.\n\nThe study found that drinking coffee lowers the risk of liver disease."
    )
    quotes, claims = extract(article)
    _, claims = check(article, quotes, claims, sources=[source])
    [claim] = claims
    assert (claim.verdict, claim.how) == ("distorted", "stronger")
    assert claim.nearest is not None and claim.nearest.id == "release"
    assert claim.reason and "stronger" in claim.reason


def test_an_unsupported_claim_shows_the_nearest_sentence_checked() -> None:
    source = Document(
        id="release",
        text="Walking to work was linked to a lower risk of heart disease in the study.",
    )
    article = (
        "Health news.\n\nThe study found that cycling to work halves the risk of cancer in men."
    )
    quotes, claims = extract(article)
    _, claims = check(article, quotes, claims, sources=[source])
    [claim] = claims
    assert claim.verdict == "unsupported"
    assert claim.nearest is not None and claim.reason
    assert claim.to_dict()["nearest"]["id"] == "release"


def test_a_negation_in_another_clause_of_the_source_is_not_a_polarity_change() -> None:
    source = Document(
        id="release",
        text="Patients received poorer care when qualified nurses were diluted with assistants, "
        "although the study did not measure costs.",
    )
    article = (
        "Health news.\n\nThe study found that patients received poorer care when qualified "
        "nurses were diluted with assistants."
    )
    quotes, claims = extract(article)
    _, claims = check(article, quotes, claims, sources=[source])
    [claim] = claims
    assert claim.verdict == "supported"


def test_a_negation_of_the_shared_words_is_a_polarity_change() -> None:
    source = Document(
        id="release",
        text="The researchers found that the drug did not reduce deaths among older patients.",
    )
    article = "Health news.\n\nThe study found that the drug reduced deaths among older patients."
    quotes, claims = extract(article)
    _, claims = check(article, quotes, claims, sources=[source])
    [claim] = claims
    assert (claim.verdict, claim.how) == ("distorted", "polarity")


@pytest.mark.parametrize(
    ("article", "speakers"),
    [
        (
            # The subject's head is the name it opens with, not the body in its clause.
            "Health news.\n\nProfessor Peter Griffiths, who worked on the study at "
            "Southampton University, said the plan was a risky experiment for patients.",
            ["Peter Griffiths"],
        ),
        (
            # "some scientists" are other people than the study's researchers.
            "Health news.\n\nResearchers at the University of Leeds ran the trial. The "
            "study found that vitamin D cut colds in children. But some scientists believe "
            "that fortifying food with vitamin D will not be enough.",
            ["study", None],
        ),
        (
            # "It" after a claim of the study is the study.
            "Health news.\n\nThe study found that people lie more when nobody checks them. "
            "It also found that people lie less when they are paid to be honest.",
            ["study", "study"],
        ),
    ],
)
def test_claim_speakers_of_appositives_indefinite_groups_and_it(
    article: str, speakers: list[str | None]
) -> None:
    _, claims = extract(article)
    assert [c.speaker.name for c in claims] == speakers


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        (
            "Cycling to work cuts the risk of heart disease by almost half, research suggests.",
            "Cycling to work cuts the risk of heart disease by almost half",
            "research",
        ),
        (
            "Unborn children suffer no harm when their mothers take flu medication, a study "
            "of some 700,000 women said Wednesday.",
            "Unborn children suffer no harm when their mothers take flu medication",
            "study of some 700,000 women",
        ),
        (
            "The new worldwide study now suggests that the vitamin cuts the risk of infections.",
            "the vitamin cuts the risk of infections",
            "new worldwide study",
        ),
    ],
)
def test_a_cue_closing_its_sentence_and_a_described_document(
    sentence: str, content: str, speaker: str
) -> None:
    _, claims = extract("Health news.\n\n" + sentence)
    assert [(c.text, c.speaker.name) for c in claims] == [(content, speaker)]
