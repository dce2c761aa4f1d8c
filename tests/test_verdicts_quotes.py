"""Quotation verdicts a fact-checker can trust (issue 15): one test per error class."""

from __future__ import annotations

from pathlib import Path

from sourcetrace import Index
from sourcetrace.documents import Document
from sourcetrace.quotes import check, extract


def _verify(article: str, source: str) -> list:
    quotes, claims = extract(article)
    quotes, _ = check(article, quotes, claims, sources=[Document(id="release", text=source)])
    return quotes


def test_scare_quotes_and_terms_are_terms_without_a_verdict() -> None:
    article = (
        "Sales of so-called “superfoods” have doubled, the report says.\n\n"
        "“We found the effect was strongest in older patients,” said Dr Jane Smith."
    )
    quotes = _verify(article, "We found the effect was strongest in older patients.")
    kinds = {q.text: (q.kind, q.verdict) for q in quotes}
    assert kinds["superfoods"] == ("term", None)
    assert kinds["We found the effect was strongest in older patients,"] == ("quote", "verbatim")


def test_the_sources_attribution_between_quoted_segments_is_an_omission() -> None:
    source = (
        "“Patients who walked every day recovered faster than those who did not,” said "
        "Dr Anna Ziegler of the University of Leeds. “The difference held at every age.”"
    )
    article = (
        "Dr Anna Ziegler said: “Patients who walked every day recovered faster than those "
        "who did not. The difference held at every age.”"
    )
    [quote] = _verify(article, source)
    assert quote.verdict == "verbatim", quote.edits
    assert not quote.edits


def test_unit_forms_and_spellings_are_the_same_words() -> None:
    source = "“Risk fell by 10% in a year among those who organised their doses,” he said."
    article = (
        "Professor Tom Reid said: “Risk fell by 10 per cent in a year among those who "
        "organized their doses.”"
    )
    [quote] = _verify(article, source)
    assert quote.verdict == "verbatim", quote.edits


def test_a_number_written_the_other_way_is_an_edit_that_cannot_change_the_meaning() -> None:
    # The annotation guide lets a verbatim quotation change "%" / "per cent" and spelling,
    # not "one" / "1": that is an edit, but the number is the same.
    source = "“Risk fell by 10% in one year among those who took the supplement,” he said."
    article = (
        "Professor Tom Reid said: “Risk fell by 10 per cent in 1 year among those who "
        "took the supplement.”"
    )
    [quote] = _verify(article, source)
    assert quote.verdict == "altered", quote.edits
    assert [(e.source_text, e.quote_text, e.significant) for e in quote.edits] == [
        ("one", "1", False)
    ]


def test_a_number_changed_is_still_a_significant_edit() -> None:
    source = "“Risk fell by 10% in one year among those who took the supplement,” he said."
    article = (
        "Professor Tom Reid said: “Risk fell by 10 per cent in 2 years among those who "
        "took the supplement.”"
    )
    [quote] = _verify(article, source)
    assert quote.verdict == "altered"
    assert any(e.significant for e in quote.edits)


def test_a_contraction_is_an_edit_that_cannot_change_the_meaning() -> None:
    source = "“It is not clear why the drug works in some patients,” she said."
    article = "Dr Mary Lowe said: “It's not clear why the drug works in some patients.”"
    [quote] = _verify(article, source)
    assert quote.verdict == "altered"
    assert quote.edits and not any(e.significant for e in quote.edits)


def test_a_contraction_spelt_out_by_the_story_cannot_change_the_meaning() -> None:
    # The release contracts, the story spells it out: the same words, the other way round.
    source = "“Until now it wasn't clear how the drug killed bacteria,” she said."
    article = "Dr Mary Lowe said: “Until now it was not clear how the drug killed bacteria.”"
    [quote] = _verify(article, source)
    assert quote.verdict == "altered"
    assert quote.edits and not any(e.significant for e in quote.edits), quote.edits


def test_a_chance_overlap_with_another_document_is_not_found(tmp_path: Path) -> None:
    index = Index.open(tmp_path / "index.db")
    index.add(
        [
            Document(
                id="own",
                text="Researchers at the University of Leeds studied the diets of 4,000 "
                "women over ten years and published their results today.",
            ),
            Document(
                id="other",
                text="The new leave policy makes it easier for pregnant women and new mums "
                "to get back to work, the minister said.",
            ),
        ]
    )
    article = (
        "A diet high in sugar “makes it harder for women to get pregnant”, said Dr Ruth "
        "Allen, who led the study."
    )
    quotes, claims = extract(article)
    quotes, _ = check(article, quotes, claims, sources=[index.get("own")], store=index.store)
    [quote] = quotes
    assert quote.verdict == "not_found"
    assert not quote.edits
    assert quote.reason


def test_altered_quotation_names_the_real_change_and_gives_a_reason() -> None:
    source = "“As the trial was small, we cannot yet recommend the drug,” she said."
    article = "Dr Helen Park said: “Because the trial was small, we cannot yet recommend the drug.”"
    [quote] = _verify(article, source)
    assert quote.verdict == "altered"
    assert [(e.source_text, e.quote_text) for e in quote.edits] == [("As", "Because")]
    assert quote.reason and "release" in quote.reason


def test_terminal_cards_show_reason_and_mark_significant_edits_without_colour() -> None:
    import io

    from rich.console import Console

    from sourcetrace.report.terminal import render_quotes

    source = "“The budget will not rise above 5 percent,” she said."
    article = (
        "Sales of so-called “superfoods” doubled.\n\n"
        "Minister Ann Lee said: “The budget will rise above 5 percent.”"
    )
    quotes = _verify(article, source)
    out = io.StringIO()
    render_quotes(
        {"quotes": [q.to_dict() for q in quotes], "reported": []},
        console=Console(file=out, no_color=True, width=200),
    )
    printed = out.getvalue()
    assert "!-not" in printed
    assert "why:" in printed
    assert "superfoods" not in printed


def test_a_percentage_written_with_other_number_and_sign_cannot_change_the_meaning() -> None:
    # "one per cent" / "1%": the number's form and the sign's both change, the number not.
    source = "“There is a one per cent chance they will die,” he said."
    article = "Dr Tom Reid said: “There is a 1% chance they will die.”"
    [quote] = _verify(article, source)
    assert quote.verdict == "altered", quote.edits
    assert quote.edits and not any(e.significant for e in quote.edits), quote.edits
