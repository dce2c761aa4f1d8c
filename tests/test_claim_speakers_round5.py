"""Claim speakers, fifth round (issue 15): documents named as the story names them."""

from __future__ import annotations

import pytest

from sourcetrace.quotes import extract


@pytest.mark.parametrize(
    "mention",
    ["new research", "this research", "a new study", "our new research", "the analysis"],
)
def test_a_work_is_named_by_the_storys_one_publication_under_another_noun(mention: str) -> None:
    _, found = extract(
        "Health news.\n\nThe findings published online by the journal Thorax follow earlier "
        "work.\n\nA 2015 study published in Thorax looked at 971 adults.\n\n"
        f"Eating cured meat four times a week worsens asthma, {mention} suggests."
    )
    assert [c.speaker.name for c in found] == ["study published in Thorax"]


@pytest.mark.parametrize(
    "mention",
    [
        "Research",  # a bare noun: research in general, not the story's study
        "Recent research",  # other work than the story's own
        "Previous studies",
    ],
)
def test_general_or_other_work_is_not_named_by_the_storys_publication(mention: str) -> None:
    _, found = extract(
        "Health news.\n\nA study published in Thorax looked at 971 adults.\n\n"
        f"{mention} has shown that eating cured meat four times a week worsens asthma."
    )
    assert [c.speaker.name for c in found] != ["study published in Thorax"]


def test_a_work_stays_unnamed_when_the_storys_publications_differ() -> None:
    _, found = extract(
        "Health news.\n\nA study published in Thorax and a review published in The Lancet "
        "looked at cured meat.\n\nEating cured meat four times a week worsens asthma, new "
        "research suggests."
    )
    assert [c.speaker.name for c in found] == ["research"]
