"""A quotation's word-based verdict checked against its meaning (sentence embeddings).

A ``paraphrase`` found by shared words stands only if the source sentence means the same;
a quotation ``not_found`` by words is a paraphrase when it says what a source says in
other words and that source speaks for its speaker: names them, or announces the study of
the authors or researcher the story gives it to. Needs the ``nlp`` extra; without it the
word verdict stands and its reason says so.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sourcetrace.documents import Document
from sourcetrace.errors import MissingExtraError
from sourcetrace.quotes.groups import is_group
from sourcetrace.quotes.meaning import NO_MODEL, closest_meaning, names_speaker
from sourcetrace.quotes.model import Quote
from sourcetrace.quotes.quote_check import QuoteCheck

if TYPE_CHECKING:
    from sourcetrace.quotes.verify import VerifyOptions

# The study's own authors, unnamed: "the authors caution", "they added", "wrote the
# study's authors", "the team concluded".
# The study's unnamed author, or "they" (the groups of authors: :func:`is_group`).
_AUTHOR_RE = re.compile(
    r"(?:the\s+)?(?:(?:study|paper|report)[’']s\s+)?(?:lead\s+)?author|they", re.IGNORECASE
)


def the_studys_authors(q: Quote, group: str | None = None) -> bool:
    """Whether a quotation is given to the study's authors without naming any of them.

    The release speaks for the study it announces: what its unnamed authors say in the
    paper or to the press is the release's content when the meanings agree, as for a
    speaker the release names. A named person the release never mentions (an outside
    expert) still is not. ``group`` is the name the story ties its researchers to
    (:func:`~sourcetrace.quotes.groups.research_group`): "the authors" named by it are
    still the study's unnamed authors.
    """
    mention = q.speaker.mention
    return (
        q.speaker.name in (None, group)
        and mention is not None
        and (is_group(mention) or bool(_AUTHOR_RE.fullmatch(mention)))
    )


# The story names the speaker as the study's researcher or author, by role before the
# name: "lead researcher Adrian Martineau", "study author Sara Heins", "co-author Dr X".
_RESEARCHER_RE = re.compile(r"\b(?:co-?)?(?:researcher|author|investigator)\b", re.IGNORECASE)
# ... unless the words around the mention set them apart from the study: "independent
# researcher Dr X", "an outside investigator", "X, who was not involved in the study".
_APART_RE = re.compile(
    r"\b(?:independent|outside|external|unaffiliated|another|other|"
    r"(?:not|n't|never)\s+(?:been\s+)?(?:involved|part|connected|associated))\b",
    re.IGNORECASE,
)
# How far before the mention a setting-apart word is looked for ("independent" before
# "researcher Dr X"); after it, the rest of the sentence is read.
_APART_BEFORE = 40


def _the_studys_researcher(q: Quote, text: str) -> bool:
    """Whether the story's mention of a named speaker calls them the study's researcher.

    The mention must name the role (researcher, author, investigator) and the words
    just before it and the rest of its sentence must not set the speaker apart from
    the study (an independent or outside researcher, "who was not involved").
    """
    sp = q.speaker
    if sp.name is None or sp.mention is None or not _RESEARCHER_RE.search(sp.mention):
        return False
    if sp.mention_start is None or sp.mention_end is None:
        return True
    ends = [text.find(stop, sp.mention_end) for stop in (".", "\n")]
    hi = min((e for e in ends if e >= 0), default=len(text))
    lo = max(0, sp.mention_start - _APART_BEFORE)
    # the quotation's own words are not about its speaker
    if q.end <= sp.mention_start:
        lo = max(lo, q.end)
    if q.start >= sp.mention_end:
        hi = min(hi, q.start)
    return _APART_RE.search(text, lo, max(lo, hi)) is None


def by_meaning(
    v: QuoteCheck,
    q: Quote,
    text: str,
    own: Sequence[Document],
    opts: VerifyOptions,
    group: str | None = None,
) -> QuoteCheck:
    """Check a ``paraphrase`` or ``not_found`` verdict against the quotation's meaning.

    A paraphrase found by shared words stands only if its sentence means the same too; a
    quotation whose words are not in the sources is a paraphrase when each of its
    sentences means what a sentence of a source says and that source names its speaker
    or the speaker is the study's unnamed authors (a comment by someone the source never
    mentions is not the source's content, however close). A speaker the story names by
    role as the study's researcher or author needs ``meaning_researcher`` (the source
    announces their study, whether or not it names them). Only these two cases embed
    anything: most quotations are decided by words.
    """
    if not own or v.verdict not in ("paraphrase", "not_found"):
        return v
    try:
        if v.verdict == "paraphrase":
            closest = closest_meaning(q.text, own)
            cos = closest.cosine if closest is not None else 0.0
            if cos < opts.meaning_min:
                return QuoteCheck(
                    "not_found",
                    reason=(
                        f"{v.reason}, but not its meaning (closest sentence cosine {cos:.2f} "
                        f"< {opts.meaning_min:g}): shared words by chance"
                    ),
                )
            return dataclasses.replace(v, reason=f"{v.reason}; meaning agrees (cosine {cos:.2f})")
        authors = the_studys_authors(q, group)
        researcher = not authors and _the_studys_researcher(q, text)
        named = (
            list(own)
            if authors or researcher
            else [d for d in own if names_speaker(q.speaker.name, d)]
        )
        m = closest_meaning(q.text, named) if named else None
    except MissingExtraError:
        return dataclasses.replace(v, reason=f"{v.reason}; {NO_MODEL}")
    least = opts.meaning_researcher if researcher else opts.meaning_alone
    if m is not None and m.weakest >= least:
        return QuoteCheck.at(
            "paraphrase",
            m,
            m.cosine,
            (
                f"its words are not in the source, but {m.doc_id} "
                + (
                    f"announces the study of the authors ({q.speaker.mention!r}) and "
                    if authors
                    else f"announces the study of its researcher ({q.speaker.mention!r}) and "
                    if researcher
                    else f"names {q.speaker.name} and "
                )
                + f"says the same in other words (every sentence cosine >= {m.weakest:.2f})"
            ),
        )
    return v
