"""Result values of a trace: frozen dataclasses with offsets into the original texts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from sourcetrace.dates import DocDate
from sourcetrace.language import LanguageCheck

Derivation = Literal["wholly", "partially", "non"]
PassageKind = Literal["copied", "rewritten"]


@dataclass(frozen=True, slots=True)
class AlsoHeld:
    """Another aligned document holding a copied passage's text (or part) as its source does.

    When the copied text is held (near) word for word by two documents, the article
    cannot tell which one it was copied from: the passage names the others.

    Attributes:
        id: The other document's id.
        article_start: Start offset in the article of the text it holds (inside the
            passage: all of it, or a part such as one sentence).
        article_end: End offset (exclusive) of the same.
        source_start: Start offset of the same text in that document.
        source_end: End offset (exclusive) in that document.
        similarity: Dice similarity of the article's words and that document's over the
            passage (1.0 for verbatim).
    """

    id: str
    article_start: int
    article_end: int
    source_start: int
    source_end: int
    similarity: float

    def to_dict(self) -> dict[str, Any]:
        """Return it in the ``trace --json`` schema."""
        return {
            "id": self.id,
            "article_start": self.article_start,
            "article_end": self.article_end,
            "source_start": self.source_start,
            "source_end": self.source_end,
            "similarity": round(self.similarity, 4),
        }


#: Other holders of a passage a report names before "+N more".
ALSO_IN_SHOWN = 3


def also_in_label(held: Sequence[AlsoHeld]) -> str:
    """The other documents holding a passage's text, as one short label ("" if none)."""
    ids = list(dict.fromkeys(h.id for h in held))
    label = ", ".join(ids[:ALSO_IN_SHOWN])
    if len(ids) > ALSO_IN_SHOWN:
        label += f" +{len(ids) - ALSO_IN_SHOWN} more"
    return label


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
        also_in: The other aligned documents holding the same text, or a part of it such
            as one sentence (a copied passage of an accepted source only; see
            :data:`sourcetrace.trace.SAME_TEXT`), in article order: the article cannot
            tell which of them that text was copied from.
        held_by: How many indexed documents hold a sentence of the passage word for word
            as its source does, the source included (the most of its sentences'), when
            the index was asked (a story with several sources): stock text held by
            more documents than ``trace.holders`` names only that many in ``also_in``.
            None when not counted.
    """

    article_start: int
    article_end: int
    source_start: int
    source_end: int
    similarity: float
    kind: PassageKind = "copied"
    article_words: int = 0
    matched_words: int = 0
    also_in: tuple[AlsoHeld, ...] = ()
    held_by: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the passage in the ``trace --json`` schema."""
        return {
            "article_start": self.article_start,
            "article_end": self.article_end,
            "source_start": self.source_start,
            "source_end": self.source_end,
            "similarity": round(self.similarity, 4),
            "kind": self.kind,
            "also_in": [h.to_dict() for h in self.also_in],
            "held_by": self.held_by,
        }


@dataclass(frozen=True, slots=True)
class SharedText:
    """Copied text of the article that several documents hold and no source explains.

    A story assembled from several texts may copy a stock sentence (a journal's
    boilerplate, a caveat) that several indexed documents hold word for word and that no
    accepted source holds: the article cannot tell which of them it was copied from, so
    none is accepted for it, and the text is listed with its holders instead.

    Attributes:
        article_start: Start offset of the text in the article.
        article_end: End offset (exclusive).
        holders: The documents holding it, as :class:`AlsoHeld` (the best matched first).
        held_by: How many indexed documents hold a sentence of it word for word (the
            most of its sentences'); ``holders`` names at most ``trace.holders`` more
            than the aligned candidates. None when not counted.
    """

    article_start: int
    article_end: int
    holders: tuple[AlsoHeld, ...]
    held_by: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return it in the ``trace --json`` schema."""
        return {
            "article_start": self.article_start,
            "article_end": self.article_end,
            "holders": [h.to_dict() for h in self.holders],
            "held_by": self.held_by,
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
        score: Distinctiveness: how many times the distinctive content (summed rarity of
            the index terms) it shares with the article exceeds the median of the other
            retrieved documents' (the article's topical neighbours); 0 when too few were
            retrieved to measure it. The same figure whatever rule accepted the source.
        reason: Why the verdict is what it is, in words: the accepting rule's reason
            with its figures, or the evidence read when no rule accepted it.
        shared_pairs: Consecutive content-word pairs the article shares with it (the
            evidence that ranks candidates when nothing is copied).
        accepted_by: Name of the acceptance rule that made it a source (see
            :mod:`sourcetrace.judge`), or None for ``non``.
        confidence: Probability that the article was written from it, from a calibrated
            model of its evidence (see :mod:`sourcetrace.confidence`); None without one.
        features: The evidence features the confidence is computed from (not in JSON).
        dated: Its date as the judge read it (its metadata date, else the one its text
            states: see :mod:`sourcetrace.dates`), with where it came from; None if unknown.
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
    accepted_by: str | None = None
    confidence: float | None = None
    features: tuple[float, ...] = ()
    dated: DocDate | None = None

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
            "accepted_by": self.accepted_by,
            "confidence": None if self.confidence is None else round(self.confidence, 4),
            "dated": None if self.dated is None else self.dated.to_dict(),
            "passages": [p.to_dict() for p in self.passages],
        }


@dataclass(frozen=True, slots=True)
class TraceResult:
    """Everything sourcetrace found about one article.

    Attributes:
        article_id: The article's id, if it has one.
        article_text: The article's text (offsets point into it).
        sources: The sources by ``article_coverage``, highest first, then the candidates
            judged ``non``, highest ``confidence`` first.
        quotes: Quotation results (see :mod:`sourcetrace.quotes`), if computed.
        reported: Reported-speech claims with their verdicts, if computed.
        notices: What the reader must know to read the verdicts right (an empty index,
            a cap on the work reached on a very long or hostile text: see
            :class:`sourcetrace.quotes.Limits` and :data:`sourcetrace.trace.MAX_CHARS`).
        settings: Digest of the trace settings in force (see
            :meth:`~sourcetrace.trace.TraceOptions.signature`), if known.
        claims: The story's main statements and reported claims with strength,
            population, advice and drift against their source (:mod:`sourcetrace.claims`).
        article_dated: The article's date as the judge read it (its given date, else the
            one its text states), with where it came from; None if unknown.
        shared: Copied text held by several documents that no source explains (see
            :class:`SharedText`; a story with several sources only).
        language: How English the story looks, when its verdicts were checked and it
            does not (:mod:`sourcetrace.language`: they are then ``unchecked``); None
            otherwise. In the JSON as ``language`` only then.
    """

    article_id: str | None
    article_text: str
    sources: tuple[SourceMatch, ...]
    quotes: tuple[Any, ...] = field(default_factory=tuple)
    reported: tuple[Any, ...] = field(default_factory=tuple)
    notices: tuple[str, ...] = ()
    settings: str = ""
    claims: tuple[Any, ...] = field(default_factory=tuple)
    article_dated: DocDate | None = None
    shared: tuple[SharedText, ...] = ()
    language: LanguageCheck | None = None

    @property
    def accepted(self) -> tuple[SourceMatch, ...]:
        """The sources a rule accepted: ``sources`` without the candidates judged ``non``."""
        return tuple(s for s in self.sources if s.derivation != "non")

    def to_dict(self, *, include_non: bool = False, include_text: bool = False) -> dict[str, Any]:
        """Return the result in the ``trace --json`` schema.

        Args:
            include_non: Keep sources whose derivation is ``non``.
            include_text: Add the article's text as traced (``article.text``), the text
                every article offset points into (``trace --with-text``).
        """
        sources = self.sources if include_non else self.accepted
        out: dict[str, Any] = {
            "article": {
                "id": self.article_id,
                "chars": len(self.article_text),
                "dated": None if self.article_dated is None else self.article_dated.to_dict(),
            },
            "sources": [s.to_dict() for s in sources],
        }
        if include_text:
            out["article"]["text"] = self.article_text
        if self.settings:
            out["settings"] = self.settings
        out["quotes"] = [q.to_dict() for q in self.quotes]  # always there, maybe empty
        out["reported"] = [r.to_dict() for r in self.reported]
        if self.notices:
            out["notices"] = list(self.notices)
        if self.language is not None:
            out["language"] = self.language.to_dict()
        if self.shared:
            out["shared"] = [s.to_dict() for s in self.shared]
        # Always there, like "quotes" and "reported": a reader of JSON Lines can rely on them.
        out["claims"] = [c.to_dict() for c in self.claims]
        out["claims_summary"] = None
        if self.claims:
            from sourcetrace.claims.story import summary

            out["claims_summary"] = summary(self.claims)
        return out
