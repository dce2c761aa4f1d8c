"""What the acceptance rules read: the article, its pool and each candidate's evidence.

A :class:`Candidate` is an aligned document's evidence, a :class:`Neighbour` any
retrieved one, the :class:`Article` the story with its pool; :class:`Facts` is one
candidate at its turn in the judging (:func:`sourcetrace.judge.judge`) and a
:class:`Check` a rule's answer for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sourcetrace import derived
from sourcetrace.dates import DocDate, days_between


@dataclass(frozen=True, slots=True)
class Neighbour:
    """One retrieved document of the article's pool (aligned or not).

    Attributes:
        id: Its id.
        shared: Summed rarity (IDF) of the index terms it shares with the article.
        shared_pairs: Consecutive content-word stem pairs it shares with the article.
        kind: ``source`` or ``article``, from its metadata, if known.
        date: Its date (ISO 8601) from its metadata, if known.
        pairs: Those pairs (empty if not kept): what :mod:`sourcetrace.derived` compares
            to tell a text that repeats another's evidence.
    """

    id: str
    shared: float
    shared_pairs: int
    kind: str | None = None
    date: str | None = None
    pairs: frozenset[tuple[str, str]] = field(default=frozenset(), repr=False)


@dataclass(frozen=True, slots=True)
class Candidate:
    """The evidence of one aligned candidate, before judging.

    Attributes:
        id: Its id.
        shared: As :class:`Neighbour`.
        shared_pairs: As :class:`Neighbour`.
        copied_covered: Article word positions inside passages copied from it.
        long_copied: Article words matched inside its long copied passages.
        unique_copied: Article words matched inside those of its long copied passages
            that copy whole article sentences and that no other aligned candidate's long
            copied passage overlaps in the article, unless it lies inside them matching
            two words fewer or more (the text was copied from the one holding more of it).
        date: Its date (from its metadata, or as its text states it), if known.
    """

    id: str
    shared: float
    shared_pairs: int
    copied_covered: frozenset[int]
    long_copied: int
    unique_copied: int = 0
    date: DocDate | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """What the rules read of the article and its pool.

    Attributes:
        words: Its number of words.
        pairs: Its number of distinct content-word stem pairs.
        pool: Its retrieved neighbours, in retrieval order (the aligned candidates among
            them).
        min_pool: Fewest neighbours needed to measure how a candidate stands out.
        date: Its date (from its metadata, or as its text states it), if known.
    """

    words: int
    pairs: int
    pool: tuple[Neighbour, ...]
    min_pool: int
    date: DocDate | None = None
    by_pairs: tuple[Neighbour, ...] = field(init=False, repr=False, compare=False)
    by_words: tuple[Neighbour, ...] = field(init=False, repr=False, compare=False)
    by_id: dict[str, Neighbour] = field(init=False, repr=False, compare=False)
    ordered: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_id", {o.id: o for o in self.pool})
        # Whether any two pool texts have a known order (see sourcetrace.derived).
        object.__setattr__(self, "ordered", derived.any_order(self.pool))
        # The pool's top two by shared pairs and by shared words (the first on a tie).
        ranked = sorted(self.pool, key=lambda o: o.shared_pairs, reverse=True)
        object.__setattr__(self, "by_pairs", tuple(ranked[:2]))
        ranked = sorted(self.pool, key=lambda o: o.shared, reverse=True)
        object.__setattr__(self, "by_words", tuple(ranked[:2]))

    def best_other(self, doc_id: str) -> tuple[int, float]:
        """Return the most pairs and the most shared rarity of any other pool document."""
        pairs = next((o.shared_pairs for o in self.by_pairs if o.id != doc_id), 0)
        words = next((o.shared for o in self.by_words if o.id != doc_id), 0.0)
        return pairs, words

    def days(self, cand: Candidate) -> int | None:
        """Days from the candidate's date to the article's (None unless both are known)."""
        return days_between(cand.date, self.date)

    @property
    def measurable(self) -> bool:
        """Whether the pool is deep enough to say how a candidate stands out."""
        return len(self.pool) > self.min_pool


@dataclass(frozen=True, slots=True)
class Facts:
    """One candidate as a rule sees it, at its turn in the judging.

    Attributes:
        candidate: Its evidence.
        fresh: Share of the article copied from it and not explained by a source
            accepted before it.
        distinct: Its :func:`distinctiveness` (0 if the pool is too shallow).
        confidence: The probability the article was written from it (see
            :mod:`sourcetrace.confidence`), or None without a model.
        explained: Share of the article the sources accepted before it explain.
        peer_unique: The most :attr:`Candidate.unique_copied` of any other aligned
            candidate (another text the article copies whole sentences from alone).
    """

    candidate: Candidate
    fresh: float
    distinct: float
    confidence: float | None = None
    explained: float = 0.0
    peer_unique: int = 0


@dataclass(frozen=True, slots=True)
class Check:
    """A rule's answer for one candidate: whether it accepts it, and why (with figures)."""

    accepts: bool
    reason: str
