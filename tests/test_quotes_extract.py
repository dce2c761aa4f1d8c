"""Quotation extraction and speaker attribution, without an index."""

from __future__ import annotations

import pytest

from conftest import EXAMPLES
from sourcetrace.quotes import Quote, Reported, extract, extract_quotes


def _quotes(text: str) -> list[Quote]:
    quotes = extract_quotes(text)
    for q in quotes:
        assert text[q.start : q.end] == q.text
        if q.speaker.mention_start is not None and q.speaker.mention_end is not None:
            assert text[q.speaker.mention_start : q.speaker.mention_end] == q.speaker.mention
    return quotes


def _said(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker.mention, q.speaker.name) for q in _quotes(text)]


# -- the bundled example -------------------------------------------------------------


@pytest.fixture(scope="module")
def example() -> tuple[str, list[Quote], list[Reported]]:
    text = (EXAMPLES / "article.txt").read_text(encoding="utf-8")
    quotes, reported = extract(text)
    return text, quotes, reported


def test_example_has_seven_quotations_all_by_stepanyan(
    example: tuple[str, list[Quote], list[Reported]],
) -> None:
    text, quotes, _ = example
    assert len(quotes) == 7
    assert [q.speaker.name for q in quotes] == ["Gegham Stepanyan"] * 7
    mentions = {q.speaker.mention for q in quotes}
    assert {"Stepanayan", "the rights defender", "the rights advocate"} <= mentions
    assert quotes[0].text.startswith("Amnesty International, Human Rights Watch")
    for q in quotes:
        assert text[q.start : q.end] == q.text
        assert text[q.start - 1] in '“"' and text[q.end] in '”"'  # offsets exclude the marks


def test_example_lede_is_a_reported_claim_by_stepanyan(
    example: tuple[str, list[Quote], list[Reported]],
) -> None:
    text, _, reported = example
    lede = [r for r in reported if r.start < text.index("\n")]
    assert len(lede) == 1
    claim = lede[0]
    assert claim.speaker.name == "Gegham Stepanyan"
    assert claim.cue is not None and claim.cue.startswith("called on")
    assert "take more succinct action" in claim.text
    assert claim.verdict is None and claim.source is None


def test_json_schema_of_an_unverified_quote(
    example: tuple[str, list[Quote], list[Reported]],
) -> None:
    _, quotes, reported = example
    d = quotes[0].to_dict()
    assert set(d) >= {"text", "start", "end", "speaker", "cue", "verdict", "source"}
    assert set(d) >= {"similarity", "edits"}
    assert set(d["speaker"]) == {"name", "mention", "mention_start", "mention_end"}
    assert d["verdict"] is None and d["source"] is None and d["edits"] == []
    r = reported[0].to_dict()
    assert set(r) >= {"text", "start", "end", "speaker", "verdict", "source"}
    assert r["verdict"] is None


# -- quotation marks ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "“We will win the state,” said Jane Smith.",
        '"We will win the state," said Jane Smith.',
        "''We will win the state,'' said Jane Smith.",
        "‘We will win the state,’ said Jane Smith.",
        "'We will win the state,' said Jane Smith.",
        "«We will win the state,» said Jane Smith.",
        "„We will win the state,“ said Jane Smith.",
    ],
)
def test_every_quote_style(text: str) -> None:
    assert _said(text) == [("We will win the state,", "Jane Smith", "Jane Smith")]


def test_apostrophes_are_not_quotation_marks() -> None:
    text = "Clinton’s aides don't think it's over, and Sanders' team isn’t either."
    assert _quotes(text) == []
    text = "Jane Smith said: ‘Clinton’s plan won’t work, and voters know it.’"
    assert _said(text) == [
        ("Clinton’s plan won’t work, and voters know it.", "Jane Smith", "Jane Smith")
    ]


def test_multi_paragraph_quotation_is_one_entry() -> None:
    text = (
        "The mayor, Jane Smith, spoke for an hour.\n\n"
        "“We have fixed the roads.\n\n"
        "“We have fixed the schools.\n\n"
        "“Now we fix the budget,” Smith said.\n\n"
        "The council did not reply."
    )
    [quote] = _quotes(text)
    assert quote.text.startswith("We have fixed the roads.")
    assert quote.text.endswith("Now we fix the budget,")
    assert quote.speaker.name == "Jane Smith"


def test_split_quotation_gives_two_entries_with_one_speaker() -> None:
    text = "“The plan is dead,” the senator, Tom Reed, said. “We need a new one.”"
    first, second = _quotes(text)
    assert (first.text, second.text) == ("The plan is dead,", "We need a new one.")
    assert first.speaker == second.speaker
    assert first.speaker.name == "Tom Reed"


def test_partial_quotation_inside_a_sentence() -> None:
    text = "Jane Smith called the budget “a disaster for working families” on Tuesday."
    assert _said(text) == [("a disaster for working families", "Jane Smith", "Jane Smith")]
    # No cue verb: the sentence's subject, a person the article names, said it.
    text = "Governor Jane Smith worried the state was becoming “a hammock for the lazy.”"
    assert _said(text) == [("a hammock for the lazy.", "Governor Jane Smith", "Jane Smith")]


# -- what is not a speaker's quotation -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The so-called “experts” were wrong about the vote.",
        "Millions watched “Saturday Night Live” that weekend.",
        "The film “Gone With the Wind” was shown again.",
        "Governor Jane Smith ignored the “elites” once more.",
    ],
)
def test_scare_quotes_and_titles_have_no_speaker(text: str) -> None:
    for q in _quotes(text):
        assert q.speaker.mention is None and q.speaker.name is None


def test_a_quotation_nobody_is_credited_with_stays_unattributed() -> None:
    text = "The polls closed at eight.\n\n“It is going to be a long night.”\n\nNo one left."
    [quote] = _quotes(text)
    assert quote.speaker.name is None and quote.speaker.mention is None
    assert quote.cue is None


def test_an_unnamed_describer_has_a_mention_but_no_name() -> None:
    [quote] = _quotes("“We will appeal the ruling,” a spokesman said.")
    assert quote.speaker.mention == "a spokesman"
    assert quote.speaker.name is None  # never guessed


# -- resolving mentions to names ---------------------------------------------------------


def test_pronoun_resolves_to_the_named_person() -> None:
    text = "Governor Jane Smith arrived late. “I apologise for the delay,” she said."
    assert _said(text) == [("I apologise for the delay,", "she", "Jane Smith")]


def test_misspelt_and_partial_names_resolve_to_the_full_name() -> None:
    text = (
        "Human Rights Defender Gegham Stepanyan issued a statement.\n\n"
        "“The blockade must end,” Stepanayan said.\n\n"
        "“Help is needed now,” the rights defender added."
    )
    assert [q.speaker.name for q in _quotes(text)] == ["Gegham Stepanyan"] * 2


# -- cue patterns ------------------------------------------------------------------------


def test_a_participle_cue_belongs_to_the_sentence_subject() -> None:
    text = (
        "Maria Lopez, the French minister, spoke at the United Nations, saying the deal "
        "might be “signed and ratified by the time anybody is elected.”"
    )
    [quote] = _quotes(text)
    assert quote.speaker.name == "Maria Lopez"


def test_a_coordinated_cue_belongs_to_the_first_verbs_subject() -> None:
    text = (
        "Lazar said he welcomed extradition to the United States and added, "
        "“I will plead guilty, no problem.”"
    )
    [quote] = _quotes(text)
    assert quote.speaker.mention == "Lazar"


def test_inverted_cue_after_a_clause() -> None:
    text = (
        "“Many would call that an embarrassment” if she lost by that margin, said "
        "David Wasserman, an analyst."
    )
    [quote] = _quotes(text)
    assert quote.speaker.mention == "David Wasserman"


def test_speaker_with_a_relative_clause() -> None:
    text = (
        "“There is no job description,” Melanne Verveer, who served as chief of staff "
        "during the Clinton administration, told CBS News."
    )
    [quote] = _quotes(text)
    assert quote.speaker.mention == "Melanne Verveer"


def test_a_noun_after_a_possessive_is_not_a_cue() -> None:
    text = "Critics seized on Trump’s remarks calling the judge “a hater.” Nobody replied."
    for q in _quotes(text):
        assert q.speaker.mention != "Trump"


def test_a_clause_joined_by_but_or_though_has_its_own_cue() -> None:
    text = (
        "“I'm just not ready to do that,” Paul Ryan said last week on CNN, though he said, "
        "“I hope to.”"
    )
    quotes = _quotes(text)
    assert quotes[1].speaker.mention == "he"
    assert quotes[1].speaker.name == "Paul Ryan"


def test_a_parenthetical_pronoun_cue_attributes_the_quotation() -> None:
    text = "Ed Marsh backs the plan. He sincerely believes, he said, that “the plan is good.”"
    [quote] = _quotes(text)
    assert (quote.speaker.mention, quote.speaker.mention_start) == ("he", text.index("he said"))


def test_a_pronoun_cue_after_a_colon_introduced_quotation_wins() -> None:
    text = "In her speech, Shonda Rhimes declared the need for drive: “Change the world,” she said."
    [quote] = _quotes(text)
    assert quote.speaker.mention == "she"
    assert quote.speaker.name == "Shonda Rhimes"


def test_headline_speaker_before_a_colon() -> None:
    text = "Cruz: Trump Would Put Liberals On Court, ‘I Fear The Same Is True’ for Rubio.\n\nBody."
    [quote] = _quotes(text)
    assert quote.speaker.mention == "Cruz"


def test_the_sentence_before_introduces_a_quotation() -> None:
    text = (
        "Senator Ann Lee said she and the president had made progress. "
        "“I really believe the president deserves to be supported.”"
    )
    [quote] = _quotes(text)
    assert quote.speaker.name == "Ann Lee"


# -- reported speech ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Senator Ann Lee said that the bill would pass next week.", "Senator Ann Lee"),
        ("According to Ann Lee, the bill will pass next week.", "Ann Lee"),
        ("Ann Lee called on the senate to pass the bill next week.", "Ann Lee"),
    ],
)
def test_reported_speech_without_quotation_marks(text: str, mention: str) -> None:
    quotes, reported = extract(text)
    assert quotes == []
    [claim] = reported
    assert claim.speaker.name == "Ann Lee"
    assert claim.speaker.mention is not None and mention.endswith(claim.speaker.mention)
    assert "bill" in claim.text and text[claim.start : claim.end] == claim.text
    assert claim.verdict is None


# -- with and without the optional parse (the ``quotes`` extra) -------------------------


@pytest.mark.parametrize("syntax", [False, True])
def test_rules_alone_and_with_the_parse_agree_on_the_basics(syntax: bool) -> None:
    text = (
        "Governor Jane Smith spoke on Monday. “We will win,” she said. “And we will win big.”"
        "\n\n“It is over,” the senator, Tom Reed, said."
    )
    quotes = extract_quotes(text, syntax=syntax)
    assert [(q.text, q.speaker.name) for q in quotes] == [
        ("We will win,", "Jane Smith"),
        ("And we will win big.", "Jane Smith"),
        ("It is over,", "Tom Reed"),
    ]


def test_the_parse_finds_the_subject_of_a_cue_verb() -> None:
    pytest.importorskip("spacy")
    from sourcetrace.quotes.syntax import parse

    text = "Maria Lopez, the minister, spoke at the United Nations, saying it was “signed.”"
    syntax = parse(text)
    if syntax is None:
        pytest.skip("no English spaCy model installed")
    subject = syntax.subject_of(text.index("saying"))
    assert subject is not None and subject.text == "Maria Lopez"
    assert syntax.subject_of(text.index("United")) is None  # not a verb
