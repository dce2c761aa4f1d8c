"""Quotation speakers, seventh round of issue 15 (branch t15-quotes2).

Classes of error read on the three verdict golds (dev 40, blind 20, blind set 2), written
as invented stories in the same news conventions: a study's authors quoted as a group
after the story names who they are; "they" going on from that group. Each test fails
before the change (branch point d90390e) unless its docstring or comment calls it a guard:
``test_no_single_tie_leaves_the_group_unnamed`` and ``test_group_mentions`` are guards of
what must stay unnamed.
"""

from __future__ import annotations

import pytest

from conftest import quote_speakers as _speakers
from sourcetrace.quotes.groups import is_group, research_group
from sourcetrace.quotes.model import Quote, Speaker
from sourcetrace.quotes.names import NameBook
from sourcetrace.quotes.quote_meaning import the_studys_authors

TIED = (
    "Tea drinkers sleep better\n\n"
    "Drinking two cups of tea a day is linked to better sleep, a study suggests.\n\n"
    "In a bid to find out, researchers from the University of Leeds followed 8,000 adults "
    "for ten years.\n\n"
    "“Our findings should be seen as a first step rather than a final answer,” the "
    "authors caution.\n\n"
    "But they added: “People who drank tea every day did appear to sleep for longer.”\n"
)


def test_the_authors_are_the_body_the_story_ties_its_researchers_to() -> None:
    speakers = _speakers(TIED)
    assert speakers["Our findings should be seen as a first step rather than a final answer,"] == (
        "University of Leeds"
    )
    # "they" right after the group goes on with it.
    assert speakers["People who drank tea every day did appear to sleep for longer."] == (
        "University of Leeds"
    )


@pytest.mark.parametrize(
    ("tie", "name"),
    [
        ("New research led by the University of Leeds", "University of Leeds"),
        ("A team of researchers led by Dr Hana Petrova from the Leeds Institute", "Hana Petrova"),
        ("Researchers at Leeds University", "Leeds University"),
        ("The research, from experts at the Leeds Institute of Sleep,", "Leeds Institute of Sleep"),
        # One of the researchers named with their body.
        (
            "“Sleep matters,” said lead researcher Sailesh Okafor, professor at Leeds "
            "University in Britain. The team",
            "Leeds University",
        ),
        (
            "Sleep matters, said one of the researchers Ana Ruiz from Leeds University. They",
            "Leeds University",
        ),
        (
            "Dr Jane Roe, the study’s lead author at the University of Leeds, said sleep "
            "matters. They",
            "University of Leeds",
        ),
    ],
)
def test_ties_that_name_the_group(tie: str, name: str) -> None:
    text = (
        f"{tie} followed 8,000 adults for ten years.\n\n"
        "The researchers concluded: “Tea drinkers slept for longer on every measure.”\n"
    )
    assert research_group(text) == name
    assert _speakers(text)["Tea drinkers slept for longer on every measure."] == name


@pytest.mark.parametrize(
    "ties",
    [
        # No tie: nobody says who the researchers are.
        "The researchers followed 8,000 adults for ten years.",
        # A place is no author.
        "A team from the United States followed 8,000 adults for ten years.",
        # One tie naming two bodies, or two ties naming different bodies.
        "A team from the University of Leeds and the University of York followed them.",
        "Researchers from University College London and the National Hospital for Neurology "
        "and Neurosurgery followed them.",
        "A team from Sweden’s Karolinska Institutet and Britain’s University College London "
        "followed them.",
        "Researchers at the University of Leeds followed them. Researchers from the "
        "University of York did not.",
        # A person's role ("head of research at X") ties no one to the study.
        "Dr Ann Cole, head of research at the Sleep Council, welcomed the work.",
    ],
)
def test_no_single_tie_leaves_the_group_unnamed(ties: str) -> None:
    text = f"{ties}\n\nThe authors said: “Tea drinkers slept for longer on every measure.”\n"
    assert research_group(text) is None
    assert _speakers(text)["Tea drinkers slept for longer on every measure."] is None


def test_they_after_unnamed_authors_is_not_the_journal() -> None:
    # "they" goes on from "The authors" (unnamed): not the journal the sentence names.
    text = (
        "Mothers in some regions breastfeed less, a study suggests.\n\n"
        "The authors of the study, which has been published in the journal BMJ Global "
        "Health, called for more research, adding: “Studies are also needed to find the "
        "values that explain the link.”\n\n"
        "If confirmed, the finding could help health officials, they added.\n\n"
        "“Our results suggest that promotion policies should be adapted to local norms,” "
        "they wrote.\n"
    )
    speakers = _speakers(text)
    assert (
        speakers["Our results suggest that promotion policies should be adapted to local norms,"]
        is None
    )


@pytest.mark.parametrize(
    ("mention", "group"),
    [
        ("the authors", True),
        ("The study’s authors", True),
        ("Researchers", True),
        ("the research team", True),
        ("the authors of the study", True),
        ("some researchers", False),
        ("the authors of a rival study in Leeds", False),
        ("Dr Hana Petrova", False),
        ("they", False),
    ],
)
def test_group_mentions(mention: str, group: bool) -> None:
    assert is_group(mention) is group


def test_authors_named_by_their_body_are_still_the_studys_authors() -> None:
    # The release announces the study: what its authors say in other words is its
    # content (round four's meaning rule), whether or not the story names their body.
    q = Quote("…", 0, 10, Speaker("University of Leeds", "they", 20, 24))
    assert the_studys_authors(q, "University of Leeds")
    assert not the_studys_authors(q, None)  # "they" named after someone else
    other = Quote("…", 0, 10, Speaker("Hana Petrova", "Dr Hana Petrova", 20, 35))
    assert not the_studys_authors(other, "University of Leeds")


@pytest.mark.parametrize(
    ("line", "mention", "name"),
    [
        # A capitalised role after the name; the parse may give the role's last body as
        # the subject of "said".
        (
            "Professor Hanna Dijkstra, Professor at the Leiden Institute for Sleep and "
            "vice president at SleepCo said: “Tea drinkers slept for longer.”",
            "SleepCo",
            "Hanna Dijkstra",
        ),
        # The role's body named in parts set off by commas before the cue.
        (
            "Dr Tomas Brandt, lead author from the Sleep Research Institute, King's College "
            "London, said: “Tea drinkers slept for longer.”",
            "Sleep Research Institute",
            "Tomas Brandt",
        ),
    ],
)
def test_a_role_after_the_name_leaves_the_person_as_speaker(
    line: str, mention: str, name: str
) -> None:
    book = NameBook(line)
    assert book.resolve(mention, line.index(mention)) == name
    assert _speakers(line)["Tea drinkers slept for longer."] == name


def test_a_surname_particle_keeps_the_name_whole() -> None:
    text = (
        "Professor Matthias von Ahrens, who led the work, said: “Tea drinkers slept for "
        "longer on every measure.”\n\n“We were surprised,” Professor von Ahrens added.\n"
    )
    speakers = _speakers(text)
    assert speakers["Tea drinkers slept for longer on every measure."] == "Matthias von Ahrens"
    assert speakers["We were surprised,"] == "Matthias von Ahrens"


def test_a_name_parsed_as_a_second_subject_after_its_role_speaks() -> None:
    # The small model makes both the role ("head") and the name subjects of "urged".
    text = (
        "Sleep Council head of policy Martin Oakes urged NHS England to act, adding: “It is "
        "unacceptable that such a gap should exist in care.”"
    )
    assert _speakers(text)["It is unacceptable that such a gap should exist in care."] == (
        "Martin Oakes"
    )
