"""Unicode spaces and separators read as spaces and line ends, offsets into the text as given.

The thirteenth round (branch t15-nbsp13): a no-break space between the words of a name
hid the name from the speaker rules, and a paragraph separator (U+2029) was no line end.
"""

from __future__ import annotations

import pytest

from sourcetrace import quotes as q
from sourcetrace.documents import Document
from sourcetrace.sentences import sentences
from sourcetrace.spaces import DEFAULT_SPACES, SpacePolicy, plain_spaces
from sourcetrace.text import words

NAMED = (
    "The study was led by Professor\xa0Gerry\xa0McCann. "
    "“We are delighted\xa0with the results,” he said."
)


def test_plain_spaces_keeps_length_and_every_other_character() -> None:
    text = "A\xa0b\u2009c\u202fd\u2007e\u2028f\u2029g “h” é"
    plain = plain_spaces(text)
    assert len(plain) == len(text)
    assert plain == "A b c d e\nf\ng “h” é"


def test_plain_spaces_returns_the_text_itself_when_nothing_maps() -> None:
    text = "Café “au lait”, said Zoë."
    assert plain_spaces(text) is text


def test_the_policy_names_its_characters() -> None:
    assert "\xa0" in DEFAULT_SPACES.horizontal and "\u2029" in DEFAULT_SPACES.line
    assert plain_spaces("a\xa0b", SpacePolicy(horizontal="", line="")) == "a\xa0b"


@pytest.mark.parametrize("syntax", [True, False])
def test_a_name_joined_by_no_break_spaces_is_the_speaker(syntax: bool) -> None:
    (quote,) = q.scan(NAMED, syntax=syntax).quotes
    assert quote.speaker.name == "Gerry McCann"


@pytest.mark.parametrize("syntax", [True, False])
def test_spans_after_no_break_spaces_are_the_texts_own(syntax: bool) -> None:
    (quote,) = q.scan(NAMED, syntax=syntax).quotes
    assert quote.text == NAMED[quote.start : quote.end] == "We are delighted\xa0with the results,"
    sp = quote.speaker
    assert sp.name is not None and sp.mention_start is not None and sp.mention_end is not None
    assert sp.mention == NAMED[sp.mention_start : sp.mention_end]


def test_a_paragraph_separator_ends_an_unclosed_quotation() -> None:
    text = (
        "Smith said: “It works for most patients.\u2029"
        "The trial ran for two years in Oxford and Leeds."
    )
    (quote,) = q.scan(text).quotes
    assert quote.text == "It works for most patients."
    assert quote.end == text.index("\u2029")


def test_an_edit_is_cut_from_the_source_as_it_stands() -> None:
    article = (
        "Professor Jane Smith said: "
        "“We cut deaths by half in the trial of older patients in Leeds.”"
    )
    release = Document(
        id="pr",
        text="“We cut deaths by a\xa0third in the trial of older patients in Leeds,” "
        "said Professor\xa0Jane Smith.",
        kind="source",
    )
    found, claims = q.extract(article)
    (quote,), _ = q.check(article, found, claims, sources=[release])
    assert quote.verdict == "altered"
    (edit,) = quote.edits
    assert edit.source_text == release.text[edit.source_start : edit.source_end] == "a\xa0third"
    assert edit.quote_text == article[edit.quote_start : edit.quote_end] == "half"


def test_sentences_and_words_read_a_separator_as_a_line_end() -> None:
    text = "First line ends here\u2029Second line starts. Third\xa0one."
    w = words(text)
    assert w.keys == words(text.replace("\u2029", "\n").replace("\xa0", " ")).keys
    assert [(s.first, s.end) for s in sentences(text, w)] == [
        (s.first, s.end) for s in sentences(plain_spaces(text), w)
    ]


def test_paragraph_separators_part_a_storys_headline_from_its_lede() -> None:
    from sourcetrace.claims.main import main_statements
    from sourcetrace.claims.story import story_claims

    text = (
        "Tea\xa0cuts stroke risk\u2029\u2029By A\xa0Writer\u2029\u2029"
        "Tea may cut stroke\xa0risk, a study found."
    )
    assert [(s.role, text[s.start : s.end]) for s in main_statements(text)] == [
        ("headline", "Tea\xa0cuts stroke risk"),
        ("lede", "Tea may cut stroke\xa0risk, a study found"),
    ]
    claims = story_claims(text)
    assert [c.text for c in claims] == [
        "Tea\xa0cuts stroke risk",
        "Tea may cut stroke\xa0risk, a study found",
    ]
    assert all(c.text == text[c.start : c.end] for c in claims)


def test_a_dateline_between_paragraph_separators_is_the_texts_date() -> None:
    import datetime

    from sourcetrace.dates import text_date

    text = "Pain sensors\u2029\u202914\xa0November 2016\u2029\u2029Many pain-sensing nerves ..."
    found = text_date(text)
    assert found is not None and found.day == datetime.date(2016, 11, 14)
    assert found.phrase == text[found.start : found.start + len(found.phrase)]
    assert "\xa0" in found.phrase
