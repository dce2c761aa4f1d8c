"""Reported speech: claims attributed to someone without quotation marks.

The patterns news uses: "X said (that) …", "X warned / believes / found that …", "the
study / researchers found …", "X called on Y to …", "according to X, …", "…, according to
X" and "…, X said". Each gives one claim: the attributed content (the that-clause or the
complement, without the attribution words), its speaker and the cue. The speaker is a
person or body the story names, or a document ("the study"); generic people ("they",
"researchers", "experts") give a claim with no speaker name rather than a guess. Content
that is mostly inside quotation marks is a quotation, left to
:func:`sourcetrace.quotes.extract_quotes`.

This module reads a story sentence by sentence (past its headline), turns each
attribution into claims and adds a finding told in the passive; the patterns of one
sentence are :mod:`sourcetrace.quotes.attributions`', its speaker
:mod:`sourcetrace.quotes.claim_speakers`'.
"""

from __future__ import annotations

import bisect
import re

from sourcetrace.quotes.attributions import find_all, pieces
from sourcetrace.quotes.claim_speakers import claim_speaker
from sourcetrace.quotes.claim_tails import closing_attribution
from sourcetrace.quotes.cues import PRONOUNS
from sourcetrace.quotes.model import Reported, Speaker
from sourcetrace.quotes.name_phrases import is_body
from sourcetrace.quotes.names import NameBook
from sourcetrace.quotes.reported_common import (
    MIN_WORDS,
    SENTENCE_END_RE,
    Found,
    story_sentences,
)
from sourcetrace.quotes.spans import SpanIndex, paragraphs, quoted_spans
from sourcetrace.quotes.works import fullest_document, names_a_study

# A headline or standfirst: a short paragraph with no sentence end, before the body.
_MAX_HEADLINE_WORDS = 30

# A claim whose content is more than this share inside quotation marks is a quotation.
# A that-clause holding a partial quotation ("said the French researchers were
# “operating near the limits of …”") is still reported speech, as all five golds mark
# it (both a claim and a quotation); 0.7 was chosen leave-one-set-out over the five
# golds (0.5 before; 0.99 and above also keep lead-ins to whole quotations).
_MAX_QUOTED = 0.7


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and not (text[start].isalnum() or text[start] in '“"‘'):
        start += 1
    while end > start and not text[end - 1].isalnum() and text[end - 1] not in ')%”"’':
        end -= 1
    # A closing mark whose opening mark is outside the claim belongs to a quotation.
    while end > start and text[end - 1] in '”"’' and text.count(text[end - 1], start, end) == 1:
        end -= 1
        while end > start and not text[end - 1].isalnum():
            end -= 1
    return start, end


def _quoted_share(quotes: SpanIndex, start: int, end: int) -> float:
    return quotes.inside(start, end) / max(1, end - start)


def _headline_end(text: str) -> int:
    """Where a story's body starts: after its title lines, standfirst and dateline.

    Those are short paragraphs with no sentence end before the first paragraph that
    has one; the guide leaves headlines out of the reported claims.
    """
    for p_start, p_end in paragraphs(text):
        para = text[p_start:p_end]
        if SENTENCE_END_RE.search(para) or len(para.split()) > _MAX_HEADLINE_WORDS:
            return p_start
    return 0


def extract_reported(text: str, *, book: NameBook | None = None) -> list[Reported]:
    """Find the reported claims of an article, each with its speaker.

    Args:
        text: The article's text.
        book: The article's named people (built from ``text`` if not given).

    Returns:
        Claims in text order; quoted words are left to
        :func:`sourcetrace.quotes.extract_quotes` (a claim may hold a short quoted phrase).
    """
    book = book or NameBook(text)
    quotes = SpanIndex(quoted_spans(text))  # bisected, not scanned, per cue and claim
    out: list[Reported] = []
    body = _headline_end(text)
    for s_start, s_end in story_sentences(text):
        if s_start < body:
            continue  # a headline or standfirst, not reported speech in the story
        before = len(out)
        founds, first = _speaking(text, book, s_start, s_end, quotes, out)
        for i, found in enumerate(founds):
            _add(text, book, quotes, found, s_start, out, first if i == 0 else None)
            if out:
                _note_speaker(book, out[-1].speaker)
        if len(out) == before and (passive := _passive_finding(text, s_start, s_end, quotes)):
            out.append(passive)
    return out


# A finding told in the passive ("Two types of the drug were found to carry the highest
# risks", "No evidence was found to support …"): the story's study found it, and the
# claim is the whole clause, its subject included.
_PASSIVE_FOUND_RE = re.compile(
    r"\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|not\s+)?"
    # "found to" a verb ("was found to reduce"), not a place ("found to the rear of a
    # house"); "found as likely as" or "as the most common", not "as police searched"
    r"found\s+(?:to\s+(?!(?:the|a|an|his|her|their|its|this|that|these|those|north|south|"
    r"east|west)\b)|as\s+(?:the|a|an|being|\w+\s+as)\b)"
)


# Most words of a lead-in closed by a comma before the clause ("However,", "In this
# study,"): not part of the claim.
_MAX_LEAD_IN_WORDS = 4


def _passive_finding(text: str, s_start: int, s_end: int, quotes: SpanIndex) -> Reported | None:
    """A sentence reporting a finding in the passive, as a claim of the story's study.

    Used only for a sentence with no attribution of its own. The speaker is the study
    by the fullest name the story gives its one publication ("study published in The
    BMJ"), else "study".
    """
    m = _PASSIVE_FOUND_RE.search(text, s_start, s_end)
    if m is None or quotes.covers(m.start()) or not names_a_study(text):
        return None
    start = s_start
    comma = text.find(",", s_start, m.start())
    if comma >= 0 and len(text[s_start:comma].split()) <= _MAX_LEAD_IN_WORDS:
        start = comma + 1
    c_start, c_end = _trim(text, start, s_end)
    if len(text[c_start:c_end].split()) < MIN_WORDS:
        return None
    if _quoted_share(quotes, c_start, c_end) > _MAX_QUOTED:
        return None
    study = fullest_document(text, "study", "the study")
    return Reported(
        text=text[c_start:c_end],
        start=c_start,
        end=c_end,
        speaker=Speaker(study, None, None, None),
        cue="found",
    )


# Most words read as cues with nobody to say them that one sentence skips ("If
# confirmed, … stressed teenagers …, according to the study"); each skip reads the
# sentence once more, so the bound keeps a hostile sentence's work linear.
_MAX_SKIPPED_CUES = 3


def _speaking(
    text: str, book: NameBook, s_start: int, s_end: int, quotes: SpanIndex, out: list[Reported]
) -> tuple[list[Found], Speaker | None]:
    """The attributions of one sentence, past words read as cues that nobody says.

    A participle, an adjective or an infinitive can read as a cue ("… for stressed
    teenagers who …, according to the study", "If confirmed, their finding …, they
    added", "… help women find tumours early, say doctors"); when the first cue of a
    sentence has no speaker, the sentence's later cues are read instead of losing it.

    Returns:
        The attributions, and the speaker of the first (None when there is none).
    """
    skip = 0
    for _ in range(_MAX_SKIPPED_CUES + 1):
        found = find_all(text, s_start, s_end, quotes, skip)
        if not found:
            return [], None
        speaker = claim_speaker(text, book, found[0], s_start, out[-1].speaker if out else None)
        if speaker is not None:
            return found, speaker
        skip = found[0].cue_end
    return [], None


def _note_speaker(book: NameBook, speaker: Speaker) -> None:
    """Note a person named as a claim's speaker, for the pronouns after it.

    "There are other issues, says Jim Mills …. The cost … is prohibitive, he adds": the
    "he" is the person named by the claim before, as after a quotation. Speakers are kept
    in text order (the quotations' were noted first).
    """
    name, at = speaker.name, speaker.mention_start
    if name is None or at is None or name not in book.known or is_body(name):
        return
    if (speaker.mention or "").strip().lower() in PRONOUNS:
        return  # only a person named in full or by surname, not one read from "he"
    if (at, name) not in book.speakers:
        bisect.insort(book.speakers, (at, name))


def _add(
    text: str,
    book: NameBook,
    quotes: SpanIndex,
    found: Found,
    s_start: int,
    out: list[Reported],
    speaker: Speaker | None = None,
) -> None:
    """Append the claims of one attribution to ``out``, if its speaker can be one.

    ``speaker``, when given, is the attribution's speaker already read for ``out``.
    """
    if speaker is None:
        speaker = claim_speaker(text, book, found, s_start, out[-1].speaker if out else None)
    if speaker is not None:
        for lo, hi in pieces(text, found):
            c_start, c_end = _trim(text, lo, hi)
            tail = closing_attribution(text, c_start, c_end)
            if tail is not None and len(text[c_start:tail].split()) >= MIN_WORDS:
                c_end = tail  # "…, they added": the claim's own attribution, not content
            if len(text[c_start:c_end].split()) < MIN_WORDS:
                continue
            if _quoted_share(quotes, c_start, c_end) > _MAX_QUOTED:
                continue
            out.append(
                Reported(
                    text=text[c_start:c_end],
                    start=c_start,
                    end=c_end,
                    speaker=speaker,
                    cue=found.cue,
                )
            )
