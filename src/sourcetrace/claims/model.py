"""The claims of a story, as ``trace --json`` reports them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from sourcetrace.claims.drift import Drift, Labels

ClaimKind = Literal["main", "reported"]


@dataclass(frozen=True, slots=True)
class ClaimSource:
    """The source sentence a claim was aligned with, and its labels.

    Attributes:
        id: The source document's id.
        start: Offset of the sentence in the source's text.
        end: End offset.
        text: The sentence.
        labels: Its strength, population and advice.
    """

    id: str
    start: int
    end: int
    text: str
    labels: Labels

    def to_dict(self) -> dict[str, Any]:
        """The source in the ``claims`` JSON schema."""
        return {
            "id": self.id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            **self.labels.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class Claim:
    """One claim of a story: a main statement or a reported claim.

    Attributes:
        text: The claim's words.
        start: Offset in the story.
        end: End offset.
        kind: ``main`` (headline, lede, a finding) or ``reported`` (attributed).
        role: For main claims, ``headline``, ``lede`` or ``finding``; None otherwise.
        speaker: Who it is attributed to (a :class:`sourcetrace.quotes.Speaker`), if anyone.
        labels: Its strength, population and advice.
        source: The source sentence it was aligned with, if one was found.
        drift: How it compares with that sentence; None without one.
    """

    text: str
    start: int
    end: int
    kind: ClaimKind
    labels: Labels
    role: str | None = None
    speaker: Any | None = None
    source: ClaimSource | None = None
    drift: Drift | None = None

    def to_dict(self) -> dict[str, Any]:
        """The claim in the ``claims`` JSON schema of ``trace --json``."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "role": self.role,
            "speaker": self.speaker.to_dict() if self.speaker is not None else None,
            **self.labels.to_dict(),
            "cues": list(self.labels.cues),
            "source": self.source.to_dict() if self.source is not None else None,
            "drift": self.drift.to_dict() if self.drift is not None else None,
        }
