"""The plain records corpus mode's kernels pass between its stages and engines."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sourcetrace.documents import Document
from sourcetrace.order import day
from sourcetrace.results import Derivation, Passage


@dataclass(frozen=True, slots=True)
class DocKeys:
    """The fingerprint of one document.

    Attributes:
        id: The document id.
        digest: A digest of its text (a changed text is fingerprinted again).
        shingles: Sampled word n-gram hashes, sorted, unique (a tuple, or the compact
            ``array("q")`` the stage state stores them as).
        terms: Content index terms, sorted, unique.
    """

    id: str
    digest: str
    shingles: Sequence[int]
    terms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Observation:
    """One document found to be derived from another by its trace.

    Attributes:
        article_id: The traced document.
        source_id: The document it reuses.
        article_coverage: Share of the article's words in passages from the source.
        source_coverage: Share of the source's words used.
        passages: The aligned passages (article offsets first).
        lead: The trace accepted no earlier source and this is its best earlier
            candidate by shared content-word pairs (or, with ``alternate``, another
            earlier candidate): a pair only if corroborated (see :func:`corroborated`).
        alternate: A lead that is not the best candidate by shared pairs.
        confidence: The trace's confidence that the article was written from the source
            (see :mod:`sourcetrace.confidence`), or None without a model.
        accepted_by: The rule of the trace that accepted the source (None for an
            alternate lead), or :data:`CORROBORATED` for a lead kept as corroborated.
        reason: The trace's reason for its verdict, as ``trace`` gives it.
    """

    article_id: str
    source_id: str
    article_coverage: float
    source_coverage: float
    passages: tuple[Passage, ...]
    lead: bool = False
    confidence: float | None = None
    alternate: bool = False
    accepted_by: str | None = None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class DocMeta:
    """What direction and statistics need of a document besides its text."""

    id: str
    date: str | None = None
    kind: str | None = None
    publisher: str | None = None


@dataclass(frozen=True, slots=True)
class Pair:
    """A reuse relation between two documents, the earlier (or original) one first.

    Attributes:
        source_id: The earlier or original text.
        target_id: The text that reuses it.
        source_coverage: Share of the source's words the target reuses.
        target_coverage: Share of the target's words taken from the source.
        derivation: ``wholly`` or ``partially``: how much of the target is reused.
        direction: Why ``source_id`` comes first: ``date``, ``kind`` or ``containment``;
            None when nothing orders them (no aligned text covers one more than the
            other): ``source_id`` is then the one the other's trace accepted, or the
            lower id when each trace accepted the other.
        passages: Aligned passages; ``article_*`` offsets point into the target.
        accepted_by: The rule that accepted the pair in the trace read (see
            :attr:`Observation.accepted_by`).
        confidence: That trace's confidence, or None without a model.
        reason: That trace's reason (prefixed with whose trace it is when the source
            was traced against the target).
    """

    source_id: str
    target_id: str
    source_coverage: float
    target_coverage: float
    derivation: Derivation
    direction: str | None
    passages: tuple[Passage, ...]
    accepted_by: str | None = None
    confidence: float | None = None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Cluster:
    """Documents sharing a text: an origin and the documents reusing it.

    Attributes:
        cluster_id: ``origin_id`` prefixed with ``c:``; stable across runs.
        origin_id: The earliest member (undated members last, sources before articles).
        members: Every member id, the origin first, then by date and id.
    """

    cluster_id: str
    origin_id: str
    members: tuple[str, ...]


def _day(meta: DocMeta | Document) -> str | None:
    return day(meta.date)
