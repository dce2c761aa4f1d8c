"""A document's own date: from its metadata, or as its text states it near the top.

News is written from a press release within days, so when a story and a candidate are
both dated, the days between them are evidence (see :mod:`sourcetrace.judge`). Metadata
dates come first. Without one, :func:`text_date` reads the date a text states as its own:
a dateline or publication line ("06 October 2015", "PUBLIC RELEASE: 28-APR-2016",
"Updated: Mar 09, 2016 18:22 IST") in its head, never a date of its body ("the trial began
on 3 March 2014"). A revision or download stamp ("Updated 5 June 2018, first published 3
March 2016", "Time Of Request: …") gives the date only when the head states no other.

How the head is told from the body: the head is the text's first :data:`HEAD_CHARS`
characters, up to its first paragraph of prose (a line of :data:`PROSE_WORDS` words or
more). Within it, only a *short* line (at most :data:`DATELINE_WORDS` words: a dateline,
a byline with its date, an embargo line) that is not a sentence (:data:`SENTENCE_WORDS`
words or more ending with a full stop) may state the document's date, and the first
date of the first such line is taken. A sentence naming a date is skipped; one in the
body comes after a paragraph of prose. Numeric dates are read only where the reading is not in doubt
(``2016-04-28``; ``24/11/2016``, whose 24 is no month); ``02/03/2017`` may be either of two
days and is left unread. Month names are the ones :mod:`dateutil` knows.

A date read from text is soft evidence: the hard rule that a later document is not a
source (:mod:`sourcetrace.order`) reads metadata dates only.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from dateutil.parser import parserinfo

from sourcetrace.spaces import plain_spaces, restore

#: Characters of a text searched for its own date.
HEAD_CHARS = 600
#: A line of at least this many words is a paragraph of prose: the head ends before it
#: (summary lines of 20-35 words come before many news sites' bylines and dates).
PROSE_WORDS = 40
#: Longest line, in words, that may state the document's own date.
DATELINE_WORDS = 16
#: A line of at least this many words ending with a full stop is a sentence, not a dateline.
SENTENCE_WORDS = 6
#: Years a document's date may fall in (a wider figure is a number, not a year).
YEARS = (1980, 2100)

DateOrigin = Literal["metadata", "text"]

_DAY = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?"
_MON = r"(?P<m>[A-Za-z]{3,9})\.?"
_YEAR = r"(?P<y>(?:19|20)\d\d)"
_SEP = r"[\s,\-]+"
# No comma between a day and its month: "Vol 5, May 2016" is a volume, then a month.
_DAY_MONTH = r"[\s\-]+"
_PATTERNS = (
    re.compile(rf"\b{_DAY}{_DAY_MONTH}{_MON}{_SEP}{_YEAR}\b"),  # 6 October 2015, 28-APR-2016
    re.compile(rf"\b{_MON}{_SEP}{_DAY}{_SEP}{_YEAR}\b"),  # Oct 6, 2015
    # 2015-10-06, also before a time ("2016-03-05T23:30:00Z")
    re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<a>\d\d)-(?P<b>\d\d)(?!\d)"),
    re.compile(r"\b(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>(?:19|20)\d\d)\b"),  # 06/10/2015
)


@dataclass(frozen=True, slots=True)
class DocDate:
    """A document's date and where it was read.

    Attributes:
        day: The day.
        origin: ``metadata`` (given with the document) or ``text`` (stated in its head).
        phrase: The words it was read from (the ISO date for metadata).
        start: Character offset of ``phrase`` in the text (-1 for metadata).
    """

    day: datetime.date
    origin: DateOrigin
    phrase: str
    start: int = -1

    def to_dict(self) -> dict[str, str]:
        """Return the date as JSON-ready data."""
        return {"date": self.day.isoformat(), "from": self.origin}


@lru_cache(maxsize=1)
def _months() -> parserinfo:
    return parserinfo()


def _day(match: re.Match[str]) -> datetime.date | None:
    """The day a date pattern's match names, or None if it names none for sure."""
    groups = match.groupdict()
    year = int(groups["y"])
    if not YEARS[0] <= year <= YEARS[1]:
        return None
    if "m" in groups:
        month = _months().month(groups["m"])
        day = int(groups["d"])
    elif match.group(0)[4] == "-":  # ISO: year first
        month, day = int(groups["a"]), int(groups["b"])
    else:  # a/b/year: day first unless b cannot be a month; either is fine when equal
        a, b = int(groups["a"]), int(groups["b"])
        if a <= 12 and b <= 12 and a != b:
            return None
        month, day = (b, a) if b <= 12 else (a, b)
    if not month:
        return None
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


_A_YEAR = re.compile(r"(?:19|20)\d\d")


# Words before a date that make it the date of a revision or a download, not of the
# text: read only when the head states no other date.
_STAMP = re.compile(
    r"(?:updated|modified|revised|last\s+reviewed|time\s+of\s+request|load-date|accessed|"
    r"retrieved|downloaded)\b[^\n]{0,25}$",
    re.IGNORECASE,
)


def _dates_of(line: str, offset: int) -> list[DocDate]:
    """The dates a line states, in the order they come."""
    if _A_YEAR.search(line) is None:  # most lines: no year, no date to read
        return []
    found: list[DocDate] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(line):
            day = _day(m)
            if day is not None:
                found.append(DocDate(day, "text", m.group(0), offset + m.start()))
    return sorted(found, key=lambda d: d.start)


def _stamp(line: str, date: DocDate, offset: int) -> bool:
    """Whether ``date`` is a revision or download stamp ("Updated 5 June 2018")."""
    return _STAMP.search(line, 0, date.start - offset) is not None


def _sentence(line: str, words: int, next_line: str = "") -> bool:
    """Whether a short line is a sentence (its date is one the text mentions, not its own).

    A line ending with a full stop, or one wrapped before a lowercase word (hard-wrapped
    text: "Researchers said on 3 March 2014 that / the drug works").
    """
    if words < SENTENCE_WORDS:
        return False
    return line.rstrip().endswith(".") or next_line.lstrip()[:1].islower()


def _head_lines(text: str) -> list[str]:
    """The lines that start in the text's first :data:`HEAD_CHARS` characters, whole.

    A line running past the head is kept whole (up to 400 characters more), so that its
    words are counted as written and a body sentence cut short does not pass as a
    dateline.
    """
    if len(text) <= HEAD_CHARS:
        return text.split("\n")
    end = text.find("\n", HEAD_CHARS, HEAD_CHARS + 400)
    return text[: end if end >= 0 else HEAD_CHARS + 400].split("\n")


def text_date(text: str) -> DocDate | None:
    r"""Return the date a text states as its own in its head, or None (see the module).

    Example:
        >>> text_date("Pain sensors\n\n14 November 2016\n\nMany pain-sensing nerves ...").day
        datetime.date(2016, 11, 14)
        >>> text_date("Heart study\n\nThe trial began on 3 March 2014, researchers say.") is None
        True
    """
    offset = 0
    stamp: DocDate | None = None
    # Line separators read as line ends, Unicode spaces as spaces (offsets unchanged);
    # the phrase is cut from the text as given.
    plain = plain_spaces(text)
    lines = _head_lines(plain)
    for i, line in enumerate(lines):
        words = len(line.split())
        if words >= PROSE_WORDS:
            break
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if 0 < words <= DATELINE_WORDS and not _sentence(line, words, following):
            for found in _dates_of(line, offset):
                found = _as_given(found, plain, text)
                if not _stamp(line, found, offset):
                    return found
                stamp = stamp or found
        offset += len(line) + 1
    return stamp


def _as_given(found: DocDate, plain: str, text: str) -> DocDate:
    """A date read in ``plain`` with its phrase cut from ``text`` (its offset unchanged)."""
    end = found.start + len(found.phrase)
    phrase = restore(found.phrase, plain, text, found.start, end) or found.phrase
    return found if phrase is found.phrase else dataclasses.replace(found, phrase=phrase)


def metadata_date(value: str | None) -> DocDate | None:
    """Return an ISO 8601 metadata date as a :class:`DocDate`, or None if absent or invalid."""
    if not value:
        return None
    try:
        day = datetime.date.fromisoformat(value[:10])
    except ValueError:
        return None
    return DocDate(day, "metadata", value)


def document_date(date: str | None, text: str) -> DocDate | None:
    """A document's date: its metadata ``date`` when given, else the one its text states."""
    return metadata_date(date) or text_date(text)


def days_between(source: DocDate | None, article: DocDate | None) -> int | None:
    """Days from a candidate source's date to the article's (None unless both are known)."""
    if source is None or article is None:
        return None
    return (article.day - source.day).days
