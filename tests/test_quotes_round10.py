"""Quotation verdicts, sixth session (issue 15): a figure's magnitude written as a letter.

Read on the fourth blind set after its held-out figure was taken: a quotation giving
"over 500 million by 2030" of a release's "over 500m by 2030" was called altered with a
significant replacement. The issue names abbreviations the source spells out and number
forms as equivalent; a magnitude letter touching its figure ("500m", "£1.2bn") is one.
"""

from __future__ import annotations

from conftest import quote_verdict
from sourcetrace.documents import Document
from sourcetrace.quotes.equivalence import equivalent

_RELEASE = Document(
    id="pr-1",
    text=(
        "A new app helps people manage diabetes. \u201cWith the number of patients expected "
        "to rise to over 500m by 2030, there is an urgent need for better tools,\u201d said "
        "Dr Ben Carter. The trial ran for a year."
    ),
)


def _verdict(article: str) -> tuple[str | None, list[tuple[str, str, bool]]]:
    return quote_verdict(article, _RELEASE)


def test_a_magnitude_spelt_out_is_the_same_figure() -> None:
    article = (
        "An app may help people with diabetes.\n\n"
        '"With the number of patients expected to rise to over 500 million by 2030, there '
        'is an urgent need for better tools," said Dr Ben Carter.'
    )
    verdict, edits = _verdict(article)
    assert verdict == "verbatim", edits
    assert not any(sig for _, _, sig in edits)


def test_another_magnitude_is_still_a_significant_change() -> None:
    # A guard (passes before the change too): a different figure stays significant.
    article = (
        "An app may help people with diabetes.\n\n"
        '"With the number of patients expected to rise to over 500 billion by 2030, there '
        'is an urgent need for better tools," said Dr Ben Carter.'
    )
    verdict, edits = _verdict(article)
    assert verdict == "altered", edits
    assert any(sig for _, _, sig in edits)


def test_magnitude_forms() -> None:
    assert equivalent("500m", "500 million")
    assert equivalent("£1.2bn", "£1.2 billion")
    assert equivalent("$3 bn", "$3 billion")
    # A spaced "m" is a metre, and "k" is a thousand or a kilometre: neither is read.
    assert not equivalent("500 m", "500 million")
    assert not equivalent("5k", "5 thousand")
    assert not equivalent("500m", "500 billion")
