"""Quotation verdicts, fifth session (issue 15): a number's form at a quotation's edge.

Read on the third blind set after its held-out figure was taken (one false accusation
there): a quotation ending "… by 15 per cent." of a release's "… by 15%," say the
authors' was called altered with a significant insertion of "per cent", because the
source was compared with the word after it ("say") that the quotation never holds.
"""

from __future__ import annotations

from conftest import quote_verdict
from sourcetrace.documents import Document
from sourcetrace.quotes import extract

_RELEASE = Document(
    id="pr-1",
    text=(
        "Shorter opioid prescriptions were studied. \u201cRestricting prescriptions to seven "
        "days could reduce the population risk of an emergency visit for overdose by "
        "15%,\u201d say the authors. The study looked at insurance claims from 2003 to 2016."
    ),
)


def _verdict(article: str) -> tuple[str | None, list[tuple[str, str, bool]]]:
    return quote_verdict(article, _RELEASE)


def test_a_number_written_out_at_a_quotation_end_is_not_an_insertion() -> None:
    article = (
        "Shorter prescriptions may save lives.\n\n"
        'Dr Eric Halvard said limiting prescriptions "could reduce the population risk of '
        'an emergency visit for overdose by 15 per cent."'
    )
    verdict, edits = _verdict(article)
    assert verdict == "verbatim", edits
    assert not any(sig for _, _, sig in edits)


def test_another_number_at_a_quotation_end_is_still_significant() -> None:
    # A guard (passes before the change too): a changed figure stays a significant edit.
    article = (
        "Shorter prescriptions may save lives.\n\n"
        'Dr Eric Halvard said limiting prescriptions "could reduce the population risk of '
        'an emergency visit for overdose by 25 per cent."'
    )
    verdict, edits = _verdict(article)
    assert verdict == "altered", edits
    assert any(sig for _, _, sig in edits)


def _quoted(article: str) -> list[str]:
    quotes, _ = extract(article)
    return [q.text for q in quotes]


def test_a_quotation_after_one_running_over_paragraphs_is_found() -> None:
    # Single-quoted quotations running over paragraphs (the opening mark repeated at the
    # start of each): a second quotation in the paragraph where the first closes is read.
    article = (
        "Immune cells attack the pancreas.\n\n"
        "Dr Ann Bellweather said: 'Killer T-cells are devastating.\n\n"
        "'During type 1 diabetes they attack the cells making insulin.\n\n"
        "'When we block them the pancreas stays healthy,' she said. 'It was a surprise,' "
        "she added."
    )
    found = _quoted(article)
    assert found[0].startswith("Killer T-cells") and found[0].endswith("healthy,")
    assert "It was a surprise," in found


def test_an_apostrophe_does_not_open_a_quotation_over_paragraphs() -> None:
    # "the '60s" leaves a mark unclosed in its paragraph; it is no quotation running on
    # into the next paragraph that opens with a mark.
    article = (
        "Music shaped a generation.\n\n"
        "Researchers studied people who grew up in the '60s with music.\n\n"
        "'We were young,' he said. 'It was fun,' she said."
    )
    assert _quoted(article) == ["We were young,", "It was fun,"]


def test_every_group_mention_named_for_the_study_counts_as_its_authors() -> None:
    # The meaning rule for the study's unnamed authors reads the same group mentions as
    # the speaker step that names them ("the study team", "the lead authors", "their
    # team" were named by one and refused by the other).
    from sourcetrace.quotes.model import Quote, Speaker
    from sourcetrace.quotes.quote_meaning import the_studys_authors

    def given_to(mention: str, name: str | None) -> Quote:
        return Quote("It helps.", 0, 9, Speaker(name, mention, 20, 20 + len(mention)))

    for mention in ("the study team", "the lead authors", "their team", "the authors", "they"):
        assert the_studys_authors(given_to(mention, "University of Leeds"), "University of Leeds")
    assert the_studys_authors(given_to("the author", None))
    assert not the_studys_authors(given_to("Dr Ann Bell", "Ann Bell"), "University of Leeds")
    assert not the_studys_authors(given_to("the journal", None))
