"""Quotations, reported claims and their verdicts: frozen values serialised to JSON."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

# ``unchecked``: there was nothing to check against (an empty index, no source).
QuoteVerdict = Literal["verbatim", "altered", "paraphrase", "not_found", "unchecked"]
ClaimVerdict = Literal["supported", "distorted", "unsupported", "unchecked"]
#: What a quoted span is: words a speaker said or wrote, or a quoted term, label or title
#: (scare quotes), which gets no verdict.
QuoteKind = Literal["quote", "term"]


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a quotation or claim is attributed to.

    Attributes:
        name: The canonical name the article gives the speaker ("Gegham Stepanyan"),
            or None when the mention cannot be resolved to a named person.
        mention: The words that name the speaker here ("Stepanayan", "she").
        mention_start: Offset of the mention in the article.
        mention_end: End offset of the mention.
    """

    name: str | None = None
    mention: str | None = None
    mention_start: int | None = None
    mention_end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the speaker in the JSON schema."""
        return {
            "name": self.name,
            "mention": self.mention,
            "mention_start": self.mention_start,
            "mention_end": self.mention_end,
        }


@dataclass(frozen=True, slots=True)
class SourceSpan:
    """A span of an indexed document: ``id`` and character offsets."""

    id: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """Return the span in the JSON schema."""
        return {"id": self.id, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Edit:
    """One word-level difference between a quotation and its source.

    Attributes:
        kind: ``insert`` (words the quotation adds), ``delete`` (source words it drops)
            or ``replace``.
        source_text: The source's words ("" for an insert).
        quote_text: The quotation's words ("" for a delete).
        significant: The edit can change the meaning.
        source_start: Offset in the source.
        source_end: End offset in the source.
        quote_start: Offset in the article.
        quote_end: End offset in the article.
    """

    kind: str
    source_text: str
    quote_text: str
    significant: bool
    source_start: int = 0
    source_end: int = 0
    quote_start: int = 0
    quote_end: int = 0

    def to_dict(self) -> dict[str, Any]:
        """Return the edit in the JSON schema."""
        return {
            "kind": self.kind,
            "source_text": self.source_text,
            "quote_text": self.quote_text,
            "significant": self.significant,
            "source_start": self.source_start,
            "source_end": self.source_end,
            "quote_start": self.quote_start,
            "quote_end": self.quote_end,
        }


def _span(span: SourceSpan | None) -> dict[str, Any] | None:
    return span.to_dict() if span is not None else None


def _attributed(item: Quote | Reported) -> dict[str, Any]:
    """The JSON fields a quotation and a reported claim share, in the schema's order."""
    return {
        "text": item.text,
        "start": item.start,
        "end": item.end,
        "speaker": item.speaker.to_dict(),
        "cue": item.cue,
        "verdict": item.verdict,
        "source": _span(item.source),
        "similarity": item.similarity,
    }


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation in an article.

    Attributes:
        text: The quoted words, without the quotation marks.
        start: Offset of the quoted words in the article.
        end: End offset.
        speaker: Who the article says said it.
        cue: The attribution verb ("said", "according to"), if any.
        cue_start: Offset of the cue.
        cue_end: End offset of the cue.
        verdict: The verification verdict; None when not verified.
        source: Where in the sources the quotation was found.
        similarity: 1.0 for verbatim, lower for altered or paraphrased.
        edits: The differences from the source, for ``altered``.
        kind: ``quote``, or ``term`` for scare quotes, quoted terms and titles (no verdict).
        reason: One line: what was compared with what and which rule decided the verdict.
    """

    text: str
    start: int
    end: int
    speaker: Speaker
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    verdict: QuoteVerdict | None = None
    source: SourceSpan | None = None
    similarity: float | None = None
    edits: tuple[Edit, ...] = ()
    kind: QuoteKind = "quote"
    reason: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the quotation in the JSON schema."""
        return {
            **_attributed(self),
            "edits": [e.to_dict() for e in self.edits],
            "kind": self.kind,
            "reason": self.reason,
        }


@dataclass(frozen=True, slots=True)
class Reported:
    """A claim the article attributes without quotation marks ("X said that ...").

    Attributes:
        text: The claim's words (the attributed content).
        start: Offset of the claim in the article.
        end: End offset.
        speaker: Who it is attributed to.
        cue: The attribution verb ("called on", "said").
        verdict: ``supported`` or ``unsupported`` by the sources, ``unchecked`` when
            there was no source to check it against; None when not verified at all.
        source: The supporting source span.
        similarity: Share of the claim's content words the best source sentence holds.
        how: For ``distorted``: what the story changes (``stronger``, ``causal``,
            ``population``, ``polarity``, ``numbers``, ``actor``...).
        reason: One line: what was compared with what and which rule decided the verdict.
        nearest: For ``unsupported``: the closest source sentence that was checked.
        withheld: For an ``unsupported`` claim whose nearest sentence says it differently
            but holds too few of its words to accuse the story of changing it
            (``VerifyOptions.distorted_min``, or two paragraphs' sentences holding it
            equally), or does not hold what the claim advises
            (``ClaimDriftPolicy.advice_carried``): the change found (what ``how`` would be).
            The claims section still compares a main statement holding the claim with
            that sentence; the claim itself shows no drift. Not in the JSON: the reason
            says it.
    """

    text: str
    start: int
    end: int
    speaker: Speaker
    cue: str | None = None
    verdict: ClaimVerdict | None = None
    source: SourceSpan | None = None
    similarity: float | None = None
    how: str | None = None
    reason: str | None = None
    nearest: SourceSpan | None = None
    withheld: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the claim in the JSON schema."""
        return {
            **_attributed(self),
            "how": self.how,
            "reason": self.reason,
            "nearest": _span(self.nearest),
        }
