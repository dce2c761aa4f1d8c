"""Issue 15, twelfth round (t15-distort): a reported claim's ``distorted`` is an accusation.

A drift read from a sentence holding less than ``verify.distorted_min`` of the claim's
words withholds the accusation of the reported claim (``unsupported``, saying why), but
not the claims section's comparison of a main statement holding it. Each test fails on
a8f6226 (the branch point) unless marked a guard.
"""

from __future__ import annotations

import pytest

from sourcetrace import Document
from sourcetrace.claims.traced import check_story
from sourcetrace.quotes import VerifyOptions

RELEASE = "Coffee may be linked to a lower risk of stroke, the researchers said.\n"
THIN = "The researchers said that coffee cuts stroke risk dramatically.\n"
# Two findings before the claim: a story's main statements are its headline, its lede
# and two findings, so the claim is a reported claim of the claims section.
FURTHER_DOWN = (
    "A study of drinks was published on Monday.\n\n"
    "Tea was linked to better sleep in the trial, the study found.\n\n"
    "Green tea was associated with lower blood pressure, the study found.\n\n"
)


def _story(before: str) -> str:
    return "Health news\n\nCoffee and strokes\n\n" + before + THIN


def test_a_thin_drift_is_no_accusation_by_default() -> None:
    """The claim's sentence holds 3 of its 5 words (60%): ``unsupported`` by default,
    the reason saying why, the change found kept as ``withheld``."""
    checked = check_story(_story(""), [Document(id="release", text=RELEASE)], store=None)
    [reported] = checked.reported
    assert reported.verdict == "unsupported", reported.reason
    assert reported.how is None
    assert reported.withheld in {"stronger", "causal"}
    assert "distorted from 65%" in (reported.reason or "")


@pytest.mark.parametrize("options", [None, VerifyOptions(distorted_min=0.65)])
def test_a_main_statement_holding_a_thin_claim_keeps_its_strength_drift(
    options: VerifyOptions | None,
) -> None:
    """With the rule on, a lede holding the thin claim lost its source and its "stronger"
    drift (on the 826 InSciOut dev stories, 18 main claims, mostly right exaggerations):
    the rule is the reported claim's, and the main statement is still compared."""
    checked = check_story(
        _story(""), [Document(id="release", text=RELEASE)], store=None, verify=options
    )
    [reported] = checked.reported
    assert reported.verdict == "unsupported"
    [claim] = [c for c in checked.claims if c.start <= reported.start < c.end]
    assert claim.kind == "main"
    assert claim.source is not None and claim.source.id == "release"
    assert claim.drift is not None and claim.drift.stronger


def test_a_reported_claim_whose_accusation_is_withheld_shows_no_drift() -> None:
    """Both sections conclude alike: further down, the thin claim is a ``reported`` claim
    of the claims section, without a source or a drift saying it was distorted."""
    story = _story(FURTHER_DOWN)
    checked = check_story(story, [Document(id="release", text=RELEASE)], store=None)
    [reported] = [r for r in checked.reported if "coffee" in r.text]
    assert reported.verdict == "unsupported"
    [claim] = [c for c in checked.claims if c.start <= reported.start < c.end]
    assert claim.kind == "reported"
    assert claim.source is None and claim.drift is None


def test_guard_a_drift_from_a_sentence_that_carries_the_claim_is_distorted() -> None:
    """Guard (passes on a8f6226): 4 of 5 words held, the drift is still an accusation."""
    story = "Health news\n\nCoffee and strokes\n\n" + (
        "The researchers said that coffee cuts the risk of stroke.\n"
    )
    checked = check_story(story, [Document(id="release", text=RELEASE)], store=None)
    [reported] = checked.reported
    assert reported.verdict == "distorted" and reported.how in {"stronger", "causal"}


def _verdict(release: str, sentence: str) -> tuple[str | None, str | None, str]:
    story = "Health news\n\nZinc and colds\n\n" + sentence + "\n"
    checked = check_story(story, [Document(id="release", text=release)], store=None)
    [reported] = checked.reported
    return reported.verdict, reported.how, reported.reason or ""


@pytest.mark.parametrize(
    ("release", "sentence"),
    [
        (
            "In 2004 the health department advised adults to take zinc supplements daily "
            "for colds.\n",
            "The researchers said that adults should take a 25mg zinc supplement daily for colds.",
        ),
        (
            "Patients stopping their statins were more likely to have a heart attack in the "
            "next 10 years, the researchers found.\n",
            "The researchers said that patients stopping their statins were 11 per cent more "
            "likely to have a heart attack.",
        ),
    ],
)
def test_figures_counting_different_things_are_no_changed_figure(
    release: str, sentence: str
) -> None:
    """A dose against a year, a share against a time span: the two sentences give
    different facts, not one figure changed, so no ``numbers`` accusation; nor is the
    claim's figure the source's, so the claim is ``unsupported``, not ``supported``."""
    verdict, how, reason = _verdict(release, sentence)
    assert (verdict, how) == ("unsupported", None), reason
    assert "counts what" in reason


def test_guard_a_share_changed_into_another_share_is_distorted() -> None:
    """Guard (passes on a8f6226): both figures are shares of one risk."""
    verdict, how, reason = _verdict(
        "Zinc cut the risk of a cold by 20 per cent in the trial, the researchers found.\n",
        "The researchers said that zinc cut the risk of a cold by 45 per cent in the trial.",
    )
    assert (verdict, how) == ("distorted", "numbers"), reason
