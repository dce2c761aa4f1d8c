"""The date a text states as its own: datelines read, body dates and doubtful ones not."""

from __future__ import annotations

import datetime

import pytest

from sourcetrace.dates import days_between, document_date, metadata_date, text_date

D = datetime.date

#: (text, the day it states as its own, or None). Formats seen in releases and news.
CASES = [
    ("Pain sensors\n\n14 November 2016\n\nMany pain-sensing nerves respond.", D(2016, 11, 14)),
    ("PUBLIC RELEASE:\xa028-APR-2016\n\nHospital self-harm cases rise", D(2016, 4, 28)),
    ("HEALTH NEWS | Wed Jan 18, 2017 | 6:17pm GMT\n\nMigraines tied to stroke", D(2017, 1, 18)),
    ("Title\n\nBY TOM MICHAEL\n\n20th December 2016, 9:50 am\n\nREGULAR gargling", D(2016, 12, 20)),
    ("Study\n\nPTI, London\n\n|\n\nUpdated: Mar 09, 2016 18:22 IST\n\nShort men", D(2016, 3, 9)),
    ("24/11/2016\n\nPessimism associated with risk of death", D(2016, 11, 24)),
    ("BBC Radio 3\n\n11/16/2016 10:14:50 PM\n\nBBC Radio 3 /", D(2016, 11, 16)),
    ("Release\n\nPublished 2015-10-06\n\nText", D(2015, 10, 6)),
    ("HEALTH NEWSTUESDAY 19 JULY 2016\n\nJamie Oliver's cooking courses", D(2016, 7, 19)),
    ("Embargo 23:30 hours UK time on Tuesday 13 Sept 2015\n\nPlease click", D(2015, 9, 13)),
    # A date in a sentence is one the text mentions, not its own: skipped (a summary
    # sentence may come before the byline's date, which is read).
    ("Heart study\n\nThe trial began on 3 March 2014, researchers say.", None),
    (
        "Heart study\n\nThe trial began on 3 March 2014, researchers say.\n\n5 May 2016",
        D(2016, 5, 5),
    ),
    # After a paragraph of prose (40+ words) nothing is read: the body's dates are not the
    # text's. A summary line of fewer words may come before a byline's date.
    (
        "Coffee and the heart\n\nDrinking three cups a day was linked to a lower risk of "
        "heart failure in a study of 20,000 adults, researchers said\n\n"
        "PUBLISHED: 01:35, 14 March 2017",
        D(2017, 3, 14),
    ),
    (
        "Heart study\n\nResearchers at the university followed 2,000 patients for ten years "
        "and report that the new drug, given once a day as a tablet to people who had "
        "already had a heart attack, cut deaths from any cause by a third over the period "
        "studied\n\n3 March 2014",
        None,
    ),
    # Either of two days: left unread.
    ("02/03/2017\n\nBBC News", None),
    # Not a month; not a plausible year; no day.
    ("12 people 2015\n\nMarch 2016\n\n4 May 1066\n\nBody", None),
    # Past the head.
    ("Title\n\n" + "\n" * 700 + "6 October 2015", None),
]


@pytest.mark.parametrize(("text", "day"), CASES)
def test_text_date(text: str, day: datetime.date | None) -> None:
    found = text_date(text)
    assert (found.day if found else None) == day
    if found:
        assert found.origin == "text"
        assert text[found.start : found.start + len(found.phrase)] == found.phrase


def test_the_first_dateline_wins_over_an_update() -> None:
    text = "Title\n\n8th February 2017, 1:55 am\n\nUpdated: 9th February 2017, 8:27 am\n\nBody"
    found = text_date(text)
    assert found is not None and found.day == D(2017, 2, 8)
    assert found.phrase == "8th February 2017"


def test_metadata_comes_first_and_days_between() -> None:
    text = "Title\n\n6 October 2015\n\nBody"
    meta = document_date("2015-10-09T10:00:00", text)
    assert meta is not None and (meta.day, meta.origin) == (D(2015, 10, 9), "metadata")
    read = document_date(None, text)
    assert read is not None and read.origin == "text"
    assert days_between(read, meta) == 3
    assert days_between(None, meta) is None
    assert metadata_date("not a date") is None
    assert read.to_dict() == {"date": "2015-10-06", "from": "text"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A body line cut at the head's end is counted whole: a sentence, not a dateline.
        (
            "Title\n\n"
            + ("word " * 26 + "\n") * 4
            + "The trial began on 3 March 2014 and "
            + "went on with more words every single day for the patients " * 3
            + "daily.",
            None,
        ),
        # A revision or download stamp gives way to the text's own date.
        ("Release\n\nUpdated 5 June 2018, first published 3 March 2016\n\nBody.", "2016-03-03"),
        (
            "Story\n\nTime Of Request: Friday, August 19, 2016\n\nJuly 12, 2016\n\nBody.",
            "2016-07-12",
        ),
        # A guard that passes before the mend too: a stamp that is the only date is read.
        ("News\nUpdated: Mar 09, 2016 18:22 IST\n\nBody text.", "2016-03-09"),
        # A hard-wrapped sentence is no dateline.
        ("Heart study\nBy Jane Doe\nResearchers said on 3 March 2014 that\nthe drug works", None),
        # A volume number is no day; a date before a time is a date.
        ("Journal of Cardiology, Vol 5, May 2016\n14 June 2016\n\nBody.", "2016-06-14"),
        ("Published 2016-03-05T23:30:00Z\n\nBody.", "2016-03-05"),
    ],
)
def test_what_is_not_the_documents_own_date(text: str, expected: str | None) -> None:
    found = text_date(text)
    assert (found.day.isoformat() if found else None) == expected
