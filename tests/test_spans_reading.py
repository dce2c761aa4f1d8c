"""Quoted spans and paragraphs read a line's quotation marks the same way.

Whether a quotation is still open at a line's end decides if the line is joined to the
next (``paragraphs``); ``double_quotes`` reads the same marks to find the quotations. A
code review found the two readings apart: the paragraph reading kept a quotation open at
a closing mark typed as an opening one (“…,“) and at a German raised closing mark („…“),
and so joined lines whose quotation the span reading had closed. The wrap policy is a
value passed down, part of the paragraph cache's key, not a module global read under it.

A second review found a nested quotation crossing a line break lost (the line's reading
could not see the outer closing mark on the next line) and the policy offered on the
public functions but not passed by the stages that call them: the public functions now
read the one default policy, which only the private readings (and these tests) vary.
"""

from __future__ import annotations

import inspect

from sourcetrace.quotes import spans
from sourcetrace.quotes.spans import (
    DEFAULT_WRAP,
    WrapPolicy,
    _paragraphs,
    _quoted_spans,
    double_quotes,
    paragraphs,
    quoted_spans,
)


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
    assert list(_paragraphs(_WRAPPED, three)) == [(0, lines[3][1]), lines[4]]
    # The default reading again, not the last policy's paragraphs from the cache.
    assert paragraphs(_WRAPPED) == lines


def test_the_quoted_spans_read_the_paragraphs_of_the_policy_passed() -> None:
    text = "The mayor said: “We had\nno choice.” The council agreed.\n"
    (joined,) = quoted_spans(text)
    assert (text[joined.start : joined.end], joined.close_at) == ("We had\nno choice.", 34)
    (cut,) = _quoted_spans(text, WrapPolicy(quote_lines=0))
    assert (text[cut.start : cut.end], cut.close_at) == ("We had", None)


def _quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in quoted_spans(text)]


def test_a_nested_quotation_crossing_a_line_break_is_read_as_on_one_line() -> None:
    wrapped = "The minister said: “This is what he calls “hell” for all\nof us,” and left.\nNo.\n"
    assert _quoted(wrapped) == ["This is what he calls “hell” for all\nof us,"]
    assert _quoted(wrapped.replace("\n", " ", 1)) == ["This is what he calls “hell” for all of us,"]
    # Both closing marks on the next line: the inner quotation closes first there.
    late = "She said: “We call it “the\nbridge” and so do they,” and left.\n"
    assert _quoted(late) == ["We call it “the\nbridge” and so do they,"]


def test_the_look_ahead_stops_at_a_blank_line_and_at_the_quote_lines_cap() -> None:
    head = "The minister said: “This is what he calls “hell” for all\n"
    tail = "of us,” and left.\n"
    # Past a blank line, or more than quote_lines lines on, the outer mark is not read.
    assert _quoted(head + "\n" + tail) == ["hell"]
    filler = "".join(f"line {k} goes on here without any mark\n" for k in range(8))
    assert _quoted(head + filler + tail) == ["hell"]
    assert _quoted(head + filler[: filler.index("line 7")] + tail)[0].endswith("of us,")


def test_the_public_readings_take_no_policy_and_read_the_default_one() -> None:
    for name in ("paragraphs", "double_quotes", "single_quotes", "quoted_spans"):
        assert "wrap" not in inspect.signature(getattr(spans, name)).parameters, name
    text = _WRAPPED + "“We had\nno choice,” she said.\n"
    assert paragraphs(text) == list(_paragraphs(text, DEFAULT_WRAP))
    assert quoted_spans(text) == list(_quoted_spans(text, DEFAULT_WRAP))
