"""Quotation spans, sixth round of issue 15 (branch u15-quotes, after blind set 2).

A class of error read on the second blind set and found in the first blind set too: a
headline puts the story's claim in quotation marks without anyone being quoted saying
it. Written with invented stories in the same news convention.
"""

from __future__ import annotations

import pytest

from sourcetrace.documents import Document
from sourcetrace.quotes import check, extract, scan
from sourcetrace.quotes.kinds import headline_end

BODY = (
    "\n\nBy Jo Reporter\n\n"
    "Eating lentils every day lowers blood pressure in older adults, according to new "
    "research.\n\n"
    "The study of 4,000 people found the effect was largest in men.\n\n"
    "“We were surprised by how large the effect was,” said Dr Amara Whitcombe, who led "
    "the work at the University of Leeds.\n"
)


def _kinds(text: str) -> dict[str, str]:
    return {q.text: q.kind for q in scan(text).quotes}


@pytest.mark.parametrize(
    "headline",
    [
        "Lentils 'lower blood pressure in older adults'",
        "Daily lentils ‘NOT just good for the gut’",
        "BLOOD PRESSURE WARNING: Eating lentils every day 'can lower your risk'",
        "Can lentils save your heart? Pulses 'lower blood pressure in the over-60s'",
    ],
)
def test_a_headline_claim_in_quotation_marks_is_not_a_quotation(headline: str) -> None:
    # Nobody in the story says these words: the body gives the claim as a finding.
    kinds = _kinds(headline + BODY)
    headline_quotes = [t for t in kinds if t in headline]
    assert headline_quotes
    assert all(kinds[t] == "term" for t in headline_quotes)
    assert kinds["We were surprised by how large the effect was,"] == "quote"


def test_a_headline_repeating_a_body_quotation_stays_a_quotation() -> None:
    # A guard (passes before the change too).
    # The headline shortens what the named scientist says further on: those are her words.
    text = "Lentils have ‘a surprisingly large effect on blood pressure’" + BODY.replace(
        "by how large the effect was", "by such a surprisingly large effect on pressure"
    )
    quotes = scan(text).quotes
    head = [q for q in quotes if q.text == "a surprisingly large effect on blood pressure"]
    assert [q.kind for q in head] == ["quote"]
    assert head[0].speaker.name == "Amara Whitcombe"


def test_a_headline_naming_its_speaker_stays_a_quotation() -> None:
    # A guard (passes before the change too).
    text = "Dr Whitcombe: 'Lentils beat pills for blood pressure'" + BODY
    kinds = _kinds(text)
    assert kinds["Lentils beat pills for blood pressure"] == "quote"


def test_a_first_line_that_is_a_sentence_is_not_a_headline() -> None:
    # Guard: a lead sentence (closed by a full stop) keeps the quotation rules of the body.
    lead = "Lentils 'lower blood pressure in older adults', the researchers found today."
    assert headline_end(lead + BODY) == 0
    assert headline_end("Lentils 'lower blood pressure'" + BODY) > 0
    assert headline_end("Lentils 'lower blood pressure'") == 0  # nothing after it


@pytest.mark.parametrize(
    ("british", "american"),
    [("ageing", "aging"), ("judgement", "judgment"), ("acknowledgements", "acknowledgments")],
)
def test_a_silent_e_kept_in_british_spelling_is_the_same_word(british: str, american: str) -> None:
    # The guide ignores British/American spelling; "ageing" for "aging" was an edit.
    words = "of the population will change the pattern of care"
    source = f"“The {american} {words},” she said."
    article = f"Dr Mary Lowe said: “The {british} {words}.”"
    quotes, claims = extract(article)
    [quote], _ = check(article, quotes, claims, sources=[Document(id="release", text=source)])
    assert quote.verdict == "verbatim", quote.edits
