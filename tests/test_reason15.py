"""Verdict reasons a reader can check (issue 15, reason15), each class with a test.

Each test fails on fa92470 (the branch point). The sentences are written for the tests,
in the shapes found on the 826 InSciOut dev stories, not copied from them.
"""

from __future__ import annotations

from sourcetrace.claims import compare
from sourcetrace.documents import Document
from sourcetrace.quotes.claim_verify import verify_reported
from sourcetrace.quotes.reported import extract_reported

_LEAD = "Health news of the day.\n\n"


def test_a_claim_weaker_than_its_source_says_why_that_is_no_change() -> None:
    """ "the claim states a correlation; the source causation" inside a ``supported``
    verdict read as a contradiction: the reason now says a weaker claim distorts nothing."""
    d = compare(
        "Eating nuts is linked to a lower risk of heart disease.",
        "Eating nuts lowers the risk of heart disease.",
    )
    assert d.strength == "weaker" and not d.distorted
    assert d.reason.startswith("weaker: the claim states an ambiguous link")
    assert "no distortion" in d.reason


def test_an_unranked_label_says_why_the_strength_is_not_compared() -> None:
    """ "the claim states causation ("lead"); the source no relationship" gave no reason
    why the difference did not count: one side states no relationship to rank."""
    d = compare(
        "Heading the ball will lead to dementia in footballers.",
        "Retired footballers who had played for decades were examined after death.",
    )
    assert d.strength is None and not d.distorted
    assert d.reason.startswith("strength not compared: the claim states causation")
    assert "a source stating no relationship gives no certainty" in d.reason


def test_a_claim_held_by_two_adjacent_sentences_says_so() -> None:
    """A claim whose words are spread over two adjacent release sentences was said to be
    held by one "source sentence"; the reason now names the pair and what each holds."""
    story = _LEAD + "The scientists found that elite sprinters often had badly decayed teeth."
    release = Document(
        "pr",
        "Dental health among elite sprinters was poor in the survey.\n\n"
        "Many had decayed teeth and the scientists call for regular screening.",
    )
    claims = verify_reported(story, extract_reported(story), sources=[release])
    assert claims and claims[0].reason is not None
    assert "two adjacent source sentences pr" in claims[0].reason


def _cues(sentence: str) -> list[str | None]:
    return [r.cue for r in extract_reported(_LEAD + sentence)]


def test_according_to_after_a_verb_that_sorts_is_no_attribution() -> None:
    """ "divided participants into five groups according to how many servings …" and
    "adjust their intake according to their appetite level" name a measure, not a
    speaker (5 reported claims of the 826 dev stories)."""
    assert "according to" not in _cues(
        "The team divided the volunteers into four groups according to how much fish they ate."
    )
    assert "according to" not in _cues(
        "The advice is that toddlers should adjust their portions according to their hunger."
    )
    assert "according to" not in _cues(
        "Hormone levels may vary according to the season and other passing factors, which "
        "means single tests mislead."
    )


def test_according_to_a_study_is_still_an_attribution() -> None:
    """A guard (passes before the mend too): the attribution without a comma stays."""
    assert "according to" in _cues(
        "People who sleep badly tend to gain weight according to new research."
    )
