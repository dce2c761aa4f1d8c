"""Quoted spans and paragraphs read a line's quotation marks the same way.

Whether a quotation is still open at a line's end decides if the line is joined to the
next (``paragraphs``); ``double_quotes`` reads the same marks to find the quotations. A
code review found the two readings apart: the paragraph reading kept a quotation open at
a closing mark typed as an opening one (“…,“) and at a German raised closing mark („…“),
and so joined lines whose quotation the span reading had closed. The wrap policy is a
value passed down, part of the paragraph cache's key, not a module global read under it.
"""

from __future__ import annotations

from sourcetrace.quotes.spans import WrapPolicy, double_quotes, paragraphs, quoted_spans


def _unclosed_line_ends(text: str) -> list[bool]:
    """For each paragraph, whether ``double_quotes`` leaves a quotation open in it."""
    spans = double_quotes(text)
    return [
        any(q.close_at is None and s <= q.open_at < e for q in spans) for s, e in paragraphs(text)
    ]


def test_a_quotation_closed_by_a_wrong_way_mark_does_not_join_its_line() -> None:
    text = "“It is over,“ the mayor said, and his\n”We are done,“ an aide said.\n"
    assert paragraphs(text) == [(0, 37), (38, 66)]
    assert [text[q.start : q.end] for q in double_quotes(text)] == [
        "It is over,",
        "an aide said.",
    ]


def test_a_german_quotation_closed_by_its_raised_mark_does_not_join_its_line() -> None:
    text = "„Das ist gut“, sagte der Minister, und dann\nging er” nach Hause.\n"
    assert paragraphs(text) == [(0, 43), (44, 64)]
    assert _unclosed_line_ends(text) == [False, False]


def test_a_quotation_left_open_still_joins_the_line_that_closes_it() -> None:
    text = "“We will not wait,” she said, “and the\ncity will act now.” Then she left.\n"
    assert paragraphs(text) == [(0, len(text) - 1)]
    assert [text[q.start : q.end] for q in double_quotes(text)] == [
        "We will not wait,",
        "and the\ncity will act now.",
    ]


_WRAPPED = (
    "The council voted on Tuesday to close the old library on the\n"
    "corner of Main Street, saying the building had become too costly\n"
    "to heat and that its collection would move to the new centre\n"
    "across the river by the end of the coming year, officials said.\n"
    "Residents protested the decision at the meeting.\n"
)


def test_the_wrap_policy_is_passed_and_keys_the_cache() -> None:
    lines = []
    at = 0
    for line in _WRAPPED.splitlines(keepends=True):
        lines.append((at, at + len(line) - 1))
        at += len(line)
    # Three wrapped lines are too few for the default policy to call the text wrapped.
    assert paragraphs(_WRAPPED) == lines
    three = WrapPolicy(min_lines=3)
    assert paragraphs(_WRAPPED, wrap=three) == [(0, lines[3][1]), lines[4]]
    # The default reading again, not the last policy's paragraphs from the cache.
    assert paragraphs(_WRAPPED) == lines


def test_the_quoted_spans_read_the_paragraphs_of_the_policy_passed() -> None:
    text = "The mayor said: “We had\nno choice.” The council agreed.\n"
    (joined,) = quoted_spans(text)
    assert (text[joined.start : joined.end], joined.close_at) == ("We had\nno choice.", 34)
    (cut,) = quoted_spans(text, wrap=WrapPolicy(quote_lines=0))
    assert (text[cut.start : cut.end], cut.close_at) == ("We had", None)
