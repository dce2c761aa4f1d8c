"""Strength labels when a statement's cues disagree: null rather than a wrong rank.

A modal verb whose subject is people ("Parents can expect to live longer") tells how a
group fares (code 2); when it governs a causal verb ("Four people would need to take
supplements to prevent one infection") it could as well hedge that effect (4), and reading
it as correlational made a story's "can protect" look stronger than its source: such a
statement is not ranked (0). So is one saying its relation is not established ("a
clinically useful effect remains uncertain"); a hedge opening the predicate of a causal
subject ("the lower benefits … could be down to") governs as one before the word would.
"""

from __future__ import annotations

import pytest

from sourcetrace.claims import classify_strength, compare
from sourcetrace.quotes.syntax import load_parser

NNT = "Four people would need to take supplements to prevent one infection."


@pytest.fixture(autouse=True)
def _parser() -> None:
    if load_parser() is None:
        pytest.skip("needs the quotes extra (the people-subject rule reads the parse)")


def test_a_modal_governing_a_causal_verb_is_not_ranked() -> None:
    s = classify_strength(NNT)
    assert s.code == 0 and s.cues == ("would need … prevent",)


def test_a_modal_of_how_people_fare_stays_correlational() -> None:
    # A guard (passes before the mend too): the people-subject rule still holds alone.
    assert classify_strength("Parents can expect to live longer.").code == 2


def test_can_protect_is_not_called_stronger_than_the_unranked_source() -> None:
    d = compare("Taking extra vitamin D can protect against colds", NNT)
    assert d.strength is None and not d.distorted
    # The reason shows the cues behind both labels, so the reader sees why.
    assert d.reason == (
        'strength not compared: the claim states that it can cause ("can protect"); '
        'the source no relationship ("would need … prevent"): a source stating no '
        "relationship gives no certainty to rank the claim's against"
    )


def test_a_hedged_predicate_after_the_causal_word_governs() -> None:
    s = classify_strength(
        "Experts said the lower benefits seen for walking compared to cycling could be down "
        "to several factors."
    )
    assert s.code == 4 and s.cues == ("benefits … could",)


DOUBT = (
    "In a linked editorial, researchers who recently questioned the evidence for use of "
    "vitamin D supplements to prevent disease, say a clinically useful effect remains "
    "uncertain and requires confirmation in well-designed trials"
)


def test_a_relation_said_to_be_uncertain_states_none() -> None:
    s = classify_strength(DOUBT)
    assert s.code == 0 and s.cues == ("effect remains uncertain",)
    # Nothing is asserted there for a denial to reverse.
    d = compare("There is no evidence of a link to disease risk", DOUBT)
    assert not d.polarity_reversed and not d.distorted


def test_a_finding_then_an_open_question_keeps_the_finding() -> None:
    # A guard (passes before the mend too): doubt about another clause is not the finding's.
    assert classify_strength("Fish oil reduces dementia risk, but why is unknown.").code == 6


def test_a_polarity_verdict_against_a_doubting_sentence_is_not_distorted() -> None:
    import dataclasses

    from conftest import claim_verdict
    from sourcetrace import Document
    from sourcetrace.claims.story import agreed, story_claims
    from sourcetrace.quotes.model import SourceSpan

    release = "Vitamin D and colds\n\nThe trial ran for a year. " + DOUBT + ".\n"
    story = "Vitamin D news\n\nOther experts said there is no evidence of a link to disease risk.\n"
    claim = "there is no evidence of a link to disease risk"
    at = release.index(DOUBT)
    # The verification reads the doubt itself (it used to say distorted, polarity, and
    # agreed() corrected it afterwards).
    got = claim_verdict(release, story)
    assert got.text == claim and got.nearest is not None
    # Not an accusation, nor carried: unsupported, in both sections.
    assert got.verdict == "unsupported" and got.how is None
    assert got.nearest.start <= at and at + len(DOUBT) <= got.nearest.end
    assert "effect remains uncertain" in (got.reason or "")
    article = "Health news.\n\n" + story
    docs = [Document(id="release", text=release)]
    claims = story_claims(article, sources=docs, reported=[got])
    entry = next(c for c in claims if c.start <= got.start < c.end)
    assert entry.source is None and entry.drift is None
    # Any other polarity verdict stands.
    other = dataclasses.replace(
        got, verdict="distorted", how="polarity", nearest=SourceSpan("release", 0, 19)
    )
    assert agreed([other], claims) == [other]


def test_a_modal_saying_when_an_effect_is_felt_does_not_hedge_the_cause() -> None:
    # Review, ninth session: "could be felt within weeks" hedges when, not whether; read
    # as a hedged cause (4), a story's "improves heart health" became "stronger".
    felt = "The benefits of brisk walking for heart health could be felt within weeks."
    assert classify_strength(felt).code == 6
    assert not compare("Brisk walking improves heart health within weeks", felt).distorted
    owed = "The lower benefits seen for walking could be down to several factors."
    assert classify_strength(owed).code == 4


def test_a_doubt_inside_a_relative_clause_is_not_about_the_relation() -> None:
    # Review, ninth session: "whose history is unknown" doubts the patients' history.
    from sourcetrace.claims.strength import doubted

    assert doubted("Smoking causes lung cancer in patients whose history is unknown.") is None
    assert doubted("A clinically useful effect remains uncertain.") == "effect remains uncertain"
