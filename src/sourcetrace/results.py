"""Result values of a trace: frozen dataclasses with offsets into the original texts."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Derivation = Literal["wholly", "partially", "non"]
PassageKind = Literal["copied", "rewritten"]


@dataclass(frozen=True, slots=True)
class Passage:
    """One reused passage: a span of the article aligned with a span of the source.

    Attributes:
        article_start: Start offset in the article text.
        article_end: End offset (exclusive) in the article text.
        source_start: Start offset in the source text.
        source_end: End offset (exclusive) in the source text.
        similarity: 1.0 for verbatim; lower for edited or paraphrased text.
        kind: ``"copied"`` (word-aligned) or ``"rewritten"`` (retold sentence).
        article_words: Number of article words in the passage.
        matched_words: Number of article words aligned to an identical source word.
    """

    article_start: int
    article_end: int
    source_start: int
    source_end: int
    similarity: float
    kind: PassageKind = "copied"
    article_words: int = 0
    matched_words: int = 0

    def to_dict(self) -> dict[str, Any]:
        """Return the passage in the ``trace --json`` schema."""
        return {
            "article_start": self.article_start,
            "article_end": self.article_end,
            "source_start": self.source_start,
            "source_end": self.source_end,
            "similarity": round(self.similarity, 4),
            "kind": self.kind,
        }


@dataclass(frozen=True, slots=True)
class SourceMatch:
    """One indexed document the article was (or may have been) written from.

    Attributes:
        id: The source document's id.
        title: Its title, if known.
        date: Its date, if known.
        article_coverage: Share of the article's words inside passages from this source.
        source_coverage: Share of the source's words used by those passages.
        derivation: ``wholly``, ``partially`` or ``non`` (METER corpus terms).
        passages: The aligned passages, in article order.
        score: The evidence score the derivation verdict was drawn from.
        reason: Why the verdict is what it is, in words.
        shared_pairs: Consecutive content-word pairs the article shares with it (the
            evidence that ranks candidates when nothing is copied).
    """

    id: str
    title: str | None
    date: str | None
    article_coverage: float
    source_coverage: float
    derivation: Derivation
    passages: tuple[Passage, ...]
    score: float = 0.0
    reason: str = ""
    shared_pairs: int = 0

    def to_dict(self) -> dict[str, Any]:
        """Return the source in the ``trace --json`` schema."""
        return {
            "id": self.id,
            "title": self.title,
            "date": self.date,
            "article_coverage": round(self.article_coverage, 4),
            "source_coverage": round(self.source_coverage, 4),
            "derivation": self.derivation,
            "score": round(self.score, 4),
            "reason": self.reason,
            "shared_pairs": self.shared_pairs,
            "passages": [p.to_dict() for p in self.passages],
        }


@dataclass(frozen=True, slots=True)
class TraceResult:
    """Everything sourcetrace found about one article.

    Attributes:
        article_id: The article's id, if it has one.
        article_text: The article's text (offsets point into it).
        sources: Sources sorted by ``article_coverage``, highest first.
        quotes: Quotation results (see :mod:`sourcetrace.quotes`), if computed.
        reported: Reported-speech claims with their verdicts, if computed.
        notices: What a cap on the work left out of a very long or hostile text, one
            sentence each (:class:`sourcetrace.quotes.Limits`); empty for real news.
    """

    article_id: str | None
    article_text: str
    sources: tuple[SourceMatch, ...]
    quotes: tuple[Any, ...] = field(default_factory=tuple)
    reported: tuple[Any, ...] = field(default_factory=tuple)
    notices: tuple[str, ...] = ()

    def to_dict(self, *, include_non: bool = False) -> dict[str, Any]:
        """Return the result in the ``trace --json`` schema.

        Args:
            include_non: Keep sources whose derivation is ``non``.
        """
        sources = [s for s in self.sources if include_non or s.derivation != "non"]
        out: dict[str, Any] = {
            "article": {"id": self.article_id, "chars": len(self.article_text)},
            "sources": [s.to_dict() for s in sources],
        }
        if self.quotes:
            out["quotes"] = [q.to_dict() for q in self.quotes]
        if self.reported:
            out["reported"] = [r.to_dict() for r in self.reported]
        if self.notices:
            out["notices"] = list(self.notices)
        return out
