"""Quotation speakers, ninth round of issue 15 (branch t15-quotes3).

Classes of error read on the verdict golds (blind 20, blind sets 2 and 3), written as
invented stories in the same news conventions: the attribution set after a quotation in
the rest of its sentence; "he" after a person named again by surname alone; "she" for a
person the recogniser misreads; a company quoted through its spokesperson. Each test
fails before the change (branch point 2dff7d0) unless its docstring calls it a guard.
"""

from __future__ import annotations

import pytest

from conftest import quote_speakers as _speakers
from sourcetrace.documents import Document
from sourcetrace.quotes import Quote, Reported, check, extract, scan


@pytest.mark.parametrize(
    ("sentence", "quoted", "name"),
    [
        (
            "“Those who worked night shifts were twice as likely to fall ill,” according to "
            "researchers led by Anton Kessler, a professor at the Institute for Risk Studies "
            "at Utrecht University.",
            "Those who worked night shifts were twice as likely to fall ill,",
            "Anton Kessler",
        ),
        (
            '"These findings open a new avenue for practical help," Marta L. Okonkwo, a '
            "researcher from the University of Queensland, and her co-authors wrote.",
            "These findings open a new avenue for practical help,",
            "Marta L Okonkwo",  # initials without their stops, as every name
        ),
        (
            '"Little is known about how these ingredients act together," said one of the '
            "researchers Dipesh Ramnani from Cardiff University in Britain.",
            "Little is known about how these ingredients act together,",
            "Dipesh Ramnani",
        ),
    ],
)
def test_the_attribution_after_a_quotation_names_its_speaker(
    sentence: str, quoted: str, name: str
) -> None:
    text = (
        "Night work and health\n\n"
        "Working at night is linked to illness, a study of 9,000 workers suggests.\n\n"
        f"{sentence}\n\nThe study was published in the journal Occupational Medicine.\n"
    )
    assert _speakers(text)[quoted] == name


def test_narration_after_a_quotation_names_no_one() -> None:
    """Guard: the rest of the sentence reports nothing, so it gives no speaker."""
    text = (
        "Night work and health\n\n"
        "Working at night is linked to illness, a study of 9,000 workers suggests.\n\n"
        "“Those who worked night shifts were twice as likely to fall ill,” a figure that "
        "surprised nurses working with Anton Kessler in Leeds.\n"
    )
    quoted = "Those who worked night shifts were twice as likely to fall ill,"
    assert _speakers(text)[quoted] is None


def test_a_figure_ending_a_sentence_ends_the_attribution() -> None:
    """Review: a sentence ending in a figure ("in 2023.") ends there; the name opening
    the next sentence is not the quotation's speaker."""
    text = (
        "Night work and health\n\n"
        "Working at night is linked to illness, a study of 9,000 workers suggests.\n\n"
        "“Those who worked night shifts were twice as likely to fall ill,” according to "
        "figures published in 2023. Prof Anton Kessler, of Utrecht University, said the "
        "risk was real.\n"
    )
    quoted = "Those who worked night shifts were twice as likely to fall ill,"
    assert _speakers(text)[quoted] != "Anton Kessler"


SURNAME = (
    "Diabetes drugs compared\n\n"
    "A new review compares six diabetes drugs.\n\n"
    '"The main message is that several drugs are available," said Dr. Francis Okafor of '
    "the Leicester Diabetes Centre.\n\n"
    '"The weight loss is modest," said Dr. Samir Patel, chief of the diabetes section at '
    "the Joslin Center in Boston.\n\n"
    "The researchers also found that one drug had the highest risk of nausea.\n\n"
    "Okafor said that few comparisons like this one have been made.\n\n"
    '"I believe the study shows why direct comparisons are needed," he added.\n\n'
    "Patel, who was not involved in the review, also cautioned that the data were old.\n\n"
    '"It is not the real deal, so to speak," he said.\n'
)


def test_he_after_a_surname_opening_a_reporting_sentence() -> None:
    speakers = _speakers(SURNAME)
    assert speakers["I believe the study shows why direct comparisons are needed,"] == (
        "Francis Okafor"
    )
    # A guard: the other person, named again with a clause before the cue, is theirs.
    assert speakers["It is not the real deal, so to speak,"] == "Samir Patel"


def test_she_for_a_gendered_name_the_recogniser_misreads() -> None:
    text = (
        "Blood test for cancer\n\n"
        "A blood test may find ovarian cancer earlier, a trial suggests.\n\n"
        "Breast and ovarian cancer runs in Caroline Pemberly's family.\n\n"
        "The 43-year-old, from Hertfordshire, has inherited a genetic flaw.\n\n"
        '"I\'m a bit of a rubbish mutant," she told the BBC News website.\n'
    )
    assert _speakers(text)["I'm a bit of a rubbish mutant,"] == "Caroline Pemberly"


def test_a_company_speaks_through_its_spokesperson() -> None:
    text = (
        "Head lice treatments\n\n"
        "Some head lice treatments contain insecticides, a study found.\n\n"
        'A Harrow&Bright spokesperson said: "We continuously monitor the latest research."\n'
    )
    assert _speakers(text)["We continuously monitor the latest research."] == "Harrow&Bright"


def test_the_authors_plural_attribution_between_quoted_paragraphs_is_an_omission() -> None:
    """The release quotes its paper's authors: "…,” they add.¶“…,” they conclude."""
    source = (
        "Alcohol costs emergency departments dearly, a study finds.\n\n"
        '"Older people may cost more per patient, but younger people cost more as a '
        'group," they add.\n\n'
        '"Departments would benefit from more staff at night," they conclude.\n'
    )
    article = (
        "Drinking costs the NHS, researchers say.\n\n"
        'The authors wrote: "Older people may cost more per patient, but younger people '
        "cost more as a group.\n\n"
        '"Departments would benefit from more staff at night."\n'
    )
    quotes, _ = scan_and_check(article, source)
    [quote] = [q for q in quotes if q.kind == "quote"]
    assert quote.verdict == "verbatim", quote.edits
    assert not quote.edits


def scan_and_check(article: str, source: str) -> tuple[list[Quote], list[Reported]]:
    quotes, claims = extract(article)
    return check(article, quotes, claims, sources=[Document(id="release", text=source)])


def test_a_product_name_in_quotation_marks_is_a_term_even_near_a_cue() -> None:
    text = (
        "Head lice treatments\n\n"
        "Some head lice treatments contain insecticides, a study found.\n\n"
        "An ingredient is found in ‘Nitless Scalp Lotion’ and ‘Combfree Lice Shield’, "
        "according to the regulator's database.\n\n"
        "“We monitor the latest research,” said Dr Anna Holt.\n"
    )
    kinds = {q.text: q.kind for q in scan(text).quotes}
    assert kinds["Nitless Scalp Lotion"] == "term"
    assert kinds["Combfree Lice Shield"] == "term"
    assert kinds["We monitor the latest research,"] == "quote"
