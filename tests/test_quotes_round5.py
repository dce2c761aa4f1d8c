"""Quotation spans and speakers, fifth round of issue 15 (the lead, after blind set 2).

Two classes of error seen on the second blind set and checked on the dev gold, the first
blind set and PolNeAR (unchanged there), written with invented sentences in the same
news conventions.
"""

from __future__ import annotations

import pytest

from sourcetrace.quotes import extract_quotes
from sourcetrace.quotes.spans import quoted_spans


@pytest.mark.parametrize(
    "description",
    [
        "lead author at the University of Cambridge",
        "lead author of the study",
        "lead researcher from the MRC Epidemiology Unit",
        "director of the Unit",
    ],
)
def test_a_description_after_a_post_posed_name_does_not_take_its_place(
    description: str,
) -> None:
    # "…,” said Dr Name, lead author at …": the parse may make the description a second
    # subject of "said"; the name before it is the speaker, never the body in it or null.
    text = (
        "The study was published today.\n\n"
        "“The benefits of the diet are well documented,” said Dr Nita Farrowby, "
        f"{description}.\n"
    )
    quotes = extract_quotes(text)
    assert [q.speaker.name for q in quotes] == ["Nita Farrowby"]


MAIL_STYLE = (
    "Scientists have found a new trigger for the disease.\n\n"
    "Professor Andy Sewbury, lead author of the study, said: 'Killer cells are extremely "
    "effective at killing off germs, but they can attack our own tissues.\n\n"
    "'During the disease, killer cells are thought to attack beta cells.\n\n"
    "'When beta cells are destroyed, patients have to inject insulin every day.'\n\n"
    "Unlike the other type, it is common in children.\n"
)


def test_a_single_quoted_quotation_running_over_paragraphs_is_one() -> None:
    # The opening mark is repeated at the start of each paragraph, the closing mark only
    # ends the last: one quotation, given to the speaker who introduced it.
    quotes = extract_quotes(MAIL_STYLE)
    assert len(quotes) == 1
    quote = quotes[0]
    assert quote.text.startswith("Killer cells")
    assert quote.text.endswith("every day.")
    assert quote.speaker.name == "Andy Sewbury"
    assert MAIL_STYLE[quote.start : quote.end] == quote.text


def test_an_unclosed_single_mark_does_not_swallow_the_next_paragraph() -> None:
    # A paragraph that does not open with a mark ends the run: "the '90s" is no quotation.
    text = "Rates rose in the '90s and fell later.\n\nThe team said more work was needed.\n"
    assert quoted_spans(text) == []
    # A run never closed ends with its last paragraph that opens with a mark.
    text = "He said: 'It works.\n\n'It is cheap.\n\nOthers disagree.\n"
    spans = quoted_spans(text)
    assert len(spans) == 1
    assert text[spans[0].start : spans[0].end] == "It works.\n\n'It is cheap."
    assert spans[0].close_at is None


@pytest.mark.parametrize(
    "role",
    [
        "President of the Royal College of Sleep Medicine said",
        "president of the Royal College of Sleep Medicine said",
        "Director of the Institute of Healthy Ageing said",
    ],
)
def test_a_role_title_after_a_name_gives_the_person(role: str) -> None:
    # "Prof Sir Name, President of the Royal College of … said:" with the role's closing
    # comma left out: the small model may tag a surname ending in -ly as an adverb and
    # make the title the subject; the role's title resolves to the person named before
    # it, not to the body named in the role or to null.
    text = (
        "Psychiatrists said the findings suggested a case for teaching pupils.\n\n"
        f"Prof Sir Simon Brantly, {role}: “This confirms what many have said.”\n"
    )
    assert [q.speaker.name for q in extract_quotes(text)] == ["Simon Brantly"]


def test_a_body_after_a_sentence_end_still_speaks() -> None:
    # Guard: the role must follow the name within one sentence.
    text = (
        "The review was published today.\n\n"
        "Simon Brantly met the team. Kingsbridge College London said: “This confirms "
        "what many have said.”\n"
    )
    assert [q.speaker.name for q in extract_quotes(text)] == ["Kingsbridge College London"]
