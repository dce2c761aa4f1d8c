"""Quotations altered by whole sentences, which the word alignment does not call altered.

Two cases, each checked only against the article's own sources: a quotation presented as
a whole sentence whose source sentence goes on (the words cut are dropped without an
omission mark, :func:`cut_short`), and a quotation of several sentences that holds the
source's passage with whole sentences inserted into it (:func:`inserted_sentences`).
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Sequence

from sourcetrace.documents import Document
from sourcetrace.quotes.match import Located, best_location
from sourcetrace.quotes.model import Edit, Quote, SourceSpan
from sourcetrace.quotes.quote_check import QuoteCheck, word_count
from sourcetrace.sentences import sentences
from sourcetrace.text import Words, is_content, words

# The source goes on after the quoted words: a word, or a dash and a word ("exposed
# through their work", "antibiotic -- for up to six months"), not a comma or a stop.
_GOES_ON_RE = re.compile(r"[ \t]*(?:(?:--|[–—])[ \t]*)?(?=\w)")
_REST_RE = re.compile(r"[^.!?;:\n“”\"«»]{1,200}")


def cut_short(text: str, q: Quote, found: Located, own: Sequence[Document]) -> QuoteCheck | None:
    """``altered`` for a whole-sentence quotation that drops the end of the source's sentence.

    A quotation that opens with a capital and closes with its own stop or comma inside
    the marks presents itself as the speaker's whole statement. When the source's
    sentence goes on with no punctuation but a dash ("…were more than twice as likely as
    those who had never been exposed" / "… exposed through their work"), the words cut
    are dropped without an omission mark: the guide's ``altered``, significant when they
    hold a content word (a qualifier: who, when, how much). A fragment quoted inside a
    sentence (lower case, no closing stop) and a source clause ended by a comma are left
    verbatim.
    """
    quoted = text[q.start : q.end].rstrip()
    opening = next((c for c in quoted if c.isalnum()), "")
    if not quoted or quoted[-1] not in ".,!?" or not opening.isupper():
        return None
    doc = next((d for d in own if d.id == found.doc_id), None)
    if doc is None:
        return None
    goes_on = _GOES_ON_RE.match(doc.text, found.end)
    if goes_on is None:
        return None
    rest = _REST_RE.match(doc.text, goes_on.end())
    if rest is None:
        return None
    cut = rest.group().rstrip(" \t,")
    keys = words(cut).keys  # a one-off fragment: kept out of the shared cache
    if not keys:
        return None
    significant = any(is_content(k) for k in keys)
    end = goes_on.end() + len(cut)
    at = q.start + len(quoted.rstrip(".,!? "))  # after the quotation's last word
    dropped = doc.text[found.end : end].strip()
    edit = Edit("delete", dropped, "", significant, found.end, end, at, at)
    return QuoteCheck(
        "altered",
        SourceSpan(found.doc_id, found.start, end),
        round(found.matched / (found.matched + len(keys)), 4),
        (edit,),
        reason=(
            f"every word found in order in the article's source {found.doc_id}, but the "
            f"quotation closes a sentence the source goes on with: {dropped!r} dropped "
            "without an omission mark"
        ),
    )


# A quotation sentence is the source's when this share of its words is found in order
# there, and absent when at most this share is found in any of the article's sources.
_KEPT_SHARE = 0.9
_ABSENT_SHARE = 0.34
_KEPT_WORDS = 8  # fewest words of the sentences found, for the source to hold the passage
_KEPT_GAP = 300  # most source characters between two sentences found (an attribution)


def _quote_sentences(text: str, a: Words, start: int, end: int) -> list[tuple[int, int]]:
    """The quotation's sentences, as (start, end) offsets of their first and last words."""
    first, last = a.index_at(start), bisect_left(a.starts, end)
    out = []
    for sent in sentences(text, a):
        lo, hi = max(sent.first, first), min(sent.end, last)
        if lo < hi:
            out.append((a.starts[lo], a.ends[hi - 1]))
    return out


def inserted_sentences(
    text: str, a: Words, q: Quote, doc_id: str, own: Sequence[Document]
) -> QuoteCheck | None:
    """``altered`` for a quotation the source holds but for whole sentences added to it.

    A quotation of several sentences whose sentences are each either found whole in one
    of the article's sources (in order, close together: one passage) or not there at all
    is the source's passage with sentences inserted: "Asthma can be brought on by
    infections…" put between two sentences of the release's quotation. The whole is too
    little of the source for the word alignment (``altered_min``), yet each sentence is
    plainly one or the other (the guide's `altered`: the source holds the passage, words
    were inserted), provided the sentences found hold ``_KEPT_WORDS`` words. An inserted
    sentence adds a statement the source does not hold: a significant edit. A sentence
    partly found decides nothing (None).
    """
    parts = _quote_sentences(text, a, q.start, q.end)
    if len(parts) < 2:
        return None
    kept: list[tuple[tuple[int, int], Located]] = []
    absent: list[tuple[int, int]] = []
    for s_start, s_end in parts:
        loc = best_location(text, a, s_start, s_end, own)
        share = loc.matched / loc.total if loc is not None else 0.0
        if loc is not None and loc.doc_id == doc_id and share >= _KEPT_SHARE:
            kept.append(((s_start, s_end), loc))
        elif share <= _ABSENT_SHARE:
            absent.append((s_start, s_end))
        else:
            return None
    kept_words = sum(loc.total for _, loc in kept)
    if not kept or not absent or kept_words < _KEPT_WORDS:
        return None  # a short sentence found says little about where the rest comes from
    for (_, prev), (_, nxt) in itertools.pairwise(kept):
        if not 0 <= nxt.start - prev.end <= _KEPT_GAP:
            return None  # not one passage: sentences from far apart in the source
    edits = [e for _, loc in kept for e in loc.edits]
    for s_start, s_end in absent:
        before = [loc for (k_start, _), loc in kept if k_start < s_start]
        at = before[-1].end if before else kept[0][1].start
        edits.append(Edit("insert", "", text[s_start:s_end], True, at, at, s_start, s_end))
    edits.sort(key=lambda e: e.quote_start)
    total = word_count(a, q.start, q.end)
    return QuoteCheck(
        "altered",
        SourceSpan(doc_id, kept[0][1].start, kept[-1][1].end),
        round(kept_words / total, 4) if total else None,
        tuple(edits),
        reason=(
            f"{len(kept)} of {len(parts)} sentences found in order in the article's source "
            f"{doc_id}; {len(absent)} sentence(s) not in any source inserted into the passage"
        ),
    )
