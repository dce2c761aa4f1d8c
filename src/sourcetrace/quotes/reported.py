"""Reported speech: claims attributed to someone without quotation marks.

"Stepanyan called on rights groups to act", "The minister said that talks had failed",
"Talks had failed, the minister said", "According to the minister, talks had failed".
Each such sentence outside quotation marks gives one claim: the attributed content, its
speaker (resolved like a quotation's) and the cue.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate

from sourcetrace.quotes.cues import cues_in, mention_after, mention_before, subject_before
from sourcetrace.quotes.model import Reported, Speaker
from sourcetrace.quotes.names import NameBook
from sourcetrace.quotes.spans import QuotedSpan, paragraphs, quoted_spans, sentence_ends
from sourcetrace.text import word_set

# Verbs that report what someone claimed, asked for or stated (not "wrote a book").
_REPORTING = word_set(
    """said says told tells stated states claimed claims argued argues insisted insists
    warned warns urged urges added adds noted notes stressed stresses announced announces
    demanded demands accused accuses believes believed thinks thought alleged alleges
    asserted asserts maintained maintains admitted admits acknowledged acknowledges
    denied denies predicted predicts suggested suggests explained explains declared
    declares emphasized emphasizes emphasised reiterated reiterates promised promises
    vowed vows pledged pledges confirmed confirms revealed reveals reported reports"""
)
_PHRASE_RE = re.compile(r"^(?:called|calls|calling)\s+(?:on|for)$|^according\s+to$", re.I)
_THAT_RE = re.compile(r"\s*(?:,\s*)?(?:that\b)?\s*")
_MIN_WORDS = 4


def _is_reporting(cue: str) -> bool:
    return cue.lower() in _REPORTING or bool(_PHRASE_RE.match(cue))


def _sentences(text: str, quotes: list[QuotedSpan]) -> list[tuple[int, int]]:
    """Sentences that hold no quotation mark at all (spans of the text)."""
    # A sentence holds a quotation mark when a quotation opening before its end closes
    # after its start: the furthest close among those opening before its end, bisected.
    marks = sorted((q.open_at, q.after) for q in quotes)
    opens = [a for a, _ in marks]
    reach = list(accumulate((b for _, b in marks), max))
    out = []
    for p_start, p_end in paragraphs(text):
        start = p_start
        for end in [*sentence_ends(text, p_start, p_end), p_end]:
            if end <= start:
                continue
            i = bisect_left(opens, end)
            if not (i and reach[i - 1] > start):
                out.append((start, end))
            start = end
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum() and text[end - 1] not in ")%":
        end -= 1
    return start, end


def extract_reported(text: str, *, book: NameBook | None = None) -> list[Reported]:
    """Find the reported claims of an article, each with its speaker.

    Args:
        text: The article's text.
        book: The article's named people (built from ``text`` if not given).

    Returns:
        Claims in text order; sentences inside or around quotations are left to
        :func:`sourcetrace.quotes.extract_quotes`.
    """
    book = book or NameBook(text)
    quotes = quoted_spans(text)
    out: list[Reported] = []
    for s_start, s_end in _sentences(text, quotes):
        for cue in cues_in(text, s_start, s_end):
            if not _is_reporting(cue.group()):
                continue
            if cue.group().lower().startswith("according"):
                mention = mention_after(text, cue.end(), s_end)
                comma = text.find(",", cue.end(), s_end)
                c_start, c_end = (comma + 1, s_end) if comma >= 0 else (s_end, s_end)
            else:
                mention = mention_before(text, s_start, cue.start()) or subject_before(
                    text, s_start, cue.start()
                )
                before = text[s_start : mention.start if mention else cue.start()].rstrip()
                if before.endswith(",") and len(before.split()) >= _MIN_WORDS:
                    c_start, c_end = s_start, len(before) + s_start - 1  # "Claim, X said."
                else:
                    lead = _THAT_RE.match(text, cue.end())
                    c_start, c_end = (lead.end() if lead else cue.end()), s_end
            if mention is None:
                continue
            c_start, c_end = _trim(text, c_start, c_end)
            if len(text[c_start:c_end].split()) < _MIN_WORDS:
                continue
            name = book.resolve(mention.text, mention.start)
            out.append(
                Reported(
                    text=text[c_start:c_end],
                    start=c_start,
                    end=c_end,
                    speaker=Speaker(name, mention.text, mention.start, mention.end),
                    cue=cue.group(),
                )
            )
            break
    return out
