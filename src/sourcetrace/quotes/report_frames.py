"""The source's own report of who says what, inside the words a quotation changed.

A release tells some things in its own voice and reports others: "While this may
indicate a potential adverse effect of COS on breast density, the researchers point out
that the effect may be due to the underlying infertility". A story quoting "This may
indicate a potential adverse effect of controlled ovarian stimulation, but could also be
due to the underlying infertility" shares most of those words, in order, yet the
release holds no such passage: its words stand on both sides of the release's frame
(", the researchers point out that"), which the quotation replaced with words of its
own. The release keeps apart what it says and what it reports someone saying; a
quotation that runs over both in other words restates the release (or quotes the paper
the release reports), it is not the release's passage altered. :func:`rewrites_a_report`
finds such an edit, so the verifier does not call the quotation ``altered`` (an
accusation, the frame's capitals and modals making the edit "significant") but judges
it by its sentence, as any quotation whose words the source holds only in part.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sourcetrace.quotes.cues import PRONOUNS, person_noun
from sourcetrace.quotes.model import Edit
from sourcetrace.quotes.report_cues import cue_here, not_a_report
from sourcetrace.text import STOPWORDS, word_set

# Where a frame can start: after a comma, a dash, a semicolon or a sentence's end (not a
# colon: "… researchers say: “This confirms …" introduces the release's own quotation).
_CLAUSE_BREAK_RE = re.compile(r"[,;.!?–—\n]")
# The frame's subject and its verb: a reporting word among the first words after the
# break (", the researchers point out that", ", they conclude", ", said Dr Smith").
_FRAME_WORDS = 6
_WORD_RE = re.compile(r"[A-Za-z][\w'’-]*")
# A break this many characters before the edit's source words still opens its frame
# (", the researchers …" replaced from "the").
_BREAK_BEFORE = 3
# A frame that attributes the source's own quotation ('…needed," they emphasise.',
# 'they conclude: “The findings …') is the convention of a quotation joined across its
# attribution, not a report in the source's voice: a quotation mark by the break, or
# after the reporting words.
_MARK_RE = re.compile(r"[\"“”«»„]")
_QUOTATION_NEXT_RE = re.compile(r"[ \t]*(?:out\b[ \t]*)?[:,]?\s*[\"“‘«„']")
# The rest of the frame, shown in the reason: "point out that", "say that".
_PARTICLES_RE = re.compile(r"(?:\s+out)?(?:\s+that)?\b")
# Words that may open a clause before its subject (", nevertheless, they conclude").
_LINKS = word_set("and but however nevertheless nonetheless yet so also though although whereas")
# A pronoun subject of a report: not "it" ("it shows"), "we" or "I" (a speaker's own
# words, :func:`~sourcetrace.quotes.report_cues.not_a_report`) nor "who".
_SPEAKING_PRONOUNS = PRONOUNS & word_set("he she they")
# Nouns of a document that reports ("the study", "the findings"): narrower than
# reported_common.DOCUMENTS, whose bodies and evidence nouns are no frame's subject here.
_DOCUMENT_NOUNS = word_set("study paper report review analysis findings results data")


def _speaker_words(words: Sequence[str]) -> bool:
    """Whether the words before a reporting word name who reports.

    A pronoun ("they"), a noun for people or a document ("the researchers", "the
    authors", "the study") or a name (a capital): not a clause of the source's own
    ("which suggests", "this may indicate").
    """
    links = [i for i, w in enumerate(words) if w.lower() in _LINKS]
    rest = list(words[links[-1] + 1 :] if links else words)  # the subject: after the link
    if not rest:
        return False  # "…, such as Manuka, and point out": the subject is elsewhere
    if len(rest) == 1 and rest[0].lower() in _SPEAKING_PRONOUNS:
        return True
    last = rest[-1]
    named = last[:1].isupper() and last.lower() not in STOPWORDS  # "Dr Smith", not "This"
    return named or person_noun(last) or last.lower() in _DOCUMENT_NOUNS


def report_frame(text: str, start: int, end: int) -> str | None:
    """The source's reporting frame inside ``text[start:end]``, if any.

    A clause break followed, within ``_FRAME_WORDS`` words, by a subject naming who
    reports (a pronoun, a noun for people or a document, a name) and a word that reports
    speech where it stands (:func:`sourcetrace.quotes.report_cues.cue_here`: "say",
    "conclude", "point out that"), not a passive, a noun or a first person's
    (:func:`~sourcetrace.quotes.report_cues.not_a_report`). The reporting word must lie
    inside the span; the break may stand just before it.

    >>> t = "effect of COS on breast density, the researchers point out that the effect may"
    >>> report_frame(t, 0, len(t))
    'the researchers point out that'
    >>> t = "needed,” they emphasise. “This study"
    >>> report_frame(t, 0, len(t)) is None
    True
    >>> t = "effect of COS on breast density, which may indicate that the effect may"
    >>> report_frame(t, 0, len(t)) is None
    True
    """
    for brk in _CLAUSE_BREAK_RE.finditer(text, max(0, start - _BREAK_BEFORE), end):
        if _MARK_RE.search(text, max(0, brk.start() - 1), brk.end() + _BREAK_BEFORE):
            continue  # '…needed," they emphasise': the source's quotation, attributed
        before: list[str] = []
        for word in _WORD_RE.finditer(text, brk.end(), end):
            if len(before) >= _FRAME_WORDS:
                break
            if (
                _QUOTATION_NEXT_RE.match(text, word.end()) is None
                and cue_here(text, word)
                and not not_a_report(text, brk.end(), word.start())
                and _speaker_words(before)
            ):
                rest = _PARTICLES_RE.match(text, word.end(), end)
                return text[brk.end() : rest.end() if rest else word.end()].strip()
            before.append(word.group())
    return None


def rewrites_a_report(source_text: str, edits: Sequence[Edit]) -> str | None:
    """The source's frame that an edit replaced with the quotation's own words, if any.

    Only a replacement counts: the quotation gives other words where the source reports
    who says what. A frame merely dropped ("…, the authors say, …" left out) is the
    source's attribution, not a rewording (the guide's joined quotation).
    """
    for edit in edits:
        if edit.kind != "replace" or not edit.quote_text:
            continue
        frame = report_frame(source_text, edit.source_start, edit.source_end)
        if frame is not None:
            return frame
    return None
