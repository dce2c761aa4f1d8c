"""The researchers' fallback body (issue 15, branch t15-rbody13): a commentator's body is not it.

When a story ties its "researchers" to no body, the claims' speaker reader names the one
research body the story names. A body every sentence names for someone set apart from
the study ("who was not involved in the research", "in a linked editorial") is the
commentator's, not the researchers': the claim keeps no name (null rather than a guess).
The behaviour tests fail on main before the branch (152ac14); the guards pass on both.
"""

from __future__ import annotations

import pytest

from conftest import claim_speakers as _speakers
from sourcetrace.quotes.speakers import load_ner

needs_ner = pytest.mark.skipif(load_ner() is None, reason="needs the spaCy NER model")

_STORY = (
    "Walking to work may lower the risk of heart disease, a study suggests.\n\n"
    "In a study of 250,000 commuters published in a medical journal, the researchers "
    "found that walkers had fewer heart attacks than drivers.\n\n"
)


@needs_ner
@pytest.mark.parametrize(
    "comment",
    [
        "Dr Maria Olsen, a professor at the University of Bergen, who was not involved in "
        "the research, said the findings were a call for action.\n",
        '"The effect is large," said Dr Maria Olsen from the University of Bergen, in a '
        "linked editorial.\n",
        "Commenting on the study, Professor Maria Olsen of the University of Bergen said "
        "cities should build more footpaths.\n",
    ],
)
def test_a_body_named_only_for_an_outside_commentator_is_not_the_researchers(
    comment: str,
) -> None:
    assert _speakers(_STORY + comment)["walkers had fewer heart"] is None


@needs_ner
def test_the_one_body_named_for_the_study_is_still_the_researchers() -> None:
    # Guard: a body named plainly (the study's own) keeps the fallback's name.
    text = _STORY + (
        "Dr Maria Olsen, of the University of Bergen, who led the study, said the "
        "findings were a call for action.\n"
    )
    assert _speakers(text)["walkers had fewer heart"] == "University of Bergen"


@needs_ner
def test_a_body_also_named_outside_a_comment_keeps_its_name() -> None:
    # Guard: one plain sentence naming the body is enough for it to stay the researchers'.
    text = _STORY + (
        "The work was carried out at the University of Bergen.\n\n"
        "Dr Maria Olsen, of the University of Bergen, who was not involved in the "
        "research, said the findings were a call for action.\n"
    )
    assert _speakers(text)["walkers had fewer heart"] == "University of Bergen"
