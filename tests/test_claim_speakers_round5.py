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


def test_a_work_named_by_its_body_is_one_more_description_so_the_mention_stays_bare() -> None:
    _, found = extract(
        "Health news.\n\nA study published in the British Medical Journal looked at 120,000 "
        "adults.\n\nThe Exeter University study compared body shape with income.\n\nThe "
        "study found that overweight women earn £1,500 a year less than others."
    )
    assert [c.speaker.name for c in found] == ["study"]


def test_a_work_named_only_by_its_body_takes_that_name() -> None:
    _, found = extract(
        "Health news.\n\nAn Exeter University study compared body shape with income in "
        "120,000 adults.\n\nThe study found that overweight women earn £1,500 a year less "
        "than others."
    )
    assert [c.speaker.name for c in found] == ["Exeter University study"]


def test_a_journal_name_holding_in_is_read_whole_but_not_a_date_after_it() -> None:
    text = (
        "Health news.\n\nA study published in Archives of Disease in Childhood looked at 100 "
        "babies.\n\nThe study found that home-made meals were more nutritious than others."
    )
    _, found = extract(text)
    assert [c.speaker.name for c in found] == [
        "study published in Archives of Disease in Childhood"
    ]
    _, found = extract(text.replace("Archives of Disease in Childhood", "The BMJ in June"))
    assert [c.speaker.name for c in found] == ["study published in The BMJ"]


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        ("a new study has", "new study"),
        ("research has", "research"),
        ("a BMJ study has", "BMJ study"),
    ],
)
def test_an_auxiliary_after_a_post_posed_speaker_is_not_part_of_its_name(
    mention: str, name: str
) -> None:
    _, found = extract(
        "Health news.\n\nAnti-depressants are no more effective than counselling in tackling "
        f"depression, {mention} found."
    )
    assert [c.speaker.name for c in found] == [name]
