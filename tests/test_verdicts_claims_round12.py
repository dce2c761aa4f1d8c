"""Reported-claim verdicts, twelfth round (issue 15): a hedge in the past tense.

"seems to" and "appears to" hedged a causal word; "seemed" and "appeared to" did not, so
a story retelling a release's "seems to have a protective effect" as "seemed to have a
protective effect" was read as causation and called ``distorted`` (stronger): a false
accusation for a change of tense. The behaviour tests fail on main (1c7555e); the guards
pass on both.
"""

from __future__ import annotations

from conftest import claim_verdict
from sourcetrace.claims import label
from sourcetrace.quotes.model import Reported

_RELEASE = (
    "Surgeons who operate often seem to have a protective effect on the survival of "
    "their patients, the study of 20,000 operations finds."
)


def _code(text: str) -> int:
    return label(text).strength.code


def test_a_past_tense_hedge_hedges_a_causal_word() -> None:
    assert _code("Having the condition seemed to be protective for Alzheimer's disease") == 4
    assert _code("Surgeons who operate often seemed to have a protective effect on survival") == 4
    assert _code("The drug appeared to reduce pain in older patients") == 4


def test_the_present_tense_reads_the_same() -> None:
    assert _code("Surgeons who operate often seem to have a protective effect on survival") == 4
    assert _code("The drug appears to reduce pain in older patients") == 4


def test_appeared_without_to_is_no_hedge() -> None:
    # "appeared in" is where a paper was published, not caution about the finding.
    assert _code("The findings appeared in Nature and show that smoking causes cancer") == 6
    assert _code("Smoking causes cancer") == 6


def test_appears_without_to_or_that_is_no_hedge() -> None:
    # The present tense too: "appears in Nature" names where the paper is.
    assert _code("The findings appear in Nature and show that smoking causes cancer") == 6
    assert _code("It appears that the drug reduces pain in older patients") == 4


def _retold(predicate: str) -> Reported:
    """The release's finding retold by a story with ``predicate``."""
    story = (
        f"Researchers said surgeons who operate often {predicate} on the survival of "
        "their patients."
    )
    return claim_verdict(_RELEASE, story)


def test_a_claim_retelling_a_hedge_in_another_tense_is_supported() -> None:
    claim = _retold("seemed to have a protective effect")
    assert claim.verdict == "supported", claim.reason


def test_a_hedge_dropped_is_still_stronger() -> None:
    claim = _retold("have a protective effect")
    assert claim.verdict == "distorted", claim.reason
    assert claim.how in ("stronger", "causal")
