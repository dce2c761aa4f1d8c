"""Which retrieved texts repeat another's evidence, so that they are not its competitors.

An index that holds news as well as releases holds, for a release, the other stories
written from it. They share with a story what the release shares with it, so a margin
over "the best other retrieved text" vanishes exactly when the release is copied most.
A text *repeats* another when it comes after it (:func:`sourcetrace.order.precedes`:
the dates, else a ``source`` before an ``article``) and the content-word pairs the two
share with the article overlap: at least :data:`HELD_MIN` of them, and
:data:`HELD_SHARE` of the smaller set. Either the later text adds little to the earlier
one (a story made of the release), or it carries most of the earlier one's evidence and
more (a wire story written from the release, which the article copies). Such a text is
not an independent competitor of the one it repeats; and a candidate that repeats an
earlier text of the pool is itself likely derived (see :mod:`sourcetrace.confidence`).

Texts whose order is unknown (two undated texts of one kind, or two of the same day)
never repeat each other: they stay competitors, as in an index of undated releases
alone. Two releases dated on different days are ordered by their dates like any other
texts, so the later can repeat the earlier here (unlike :mod:`sourcetrace.origins`,
where a release is never a retelling); this is left as it is because the confidence
model was fitted on these inputs.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from sourcetrace.order import SOURCE_KIND, day, precedes_by

#: Share of the smaller of two texts' sets of content-word pairs shared with the article
#: that the other must hold too for the later text to count as repeating the earlier.
HELD_SHARE = 0.5
#: Fewest such pairs in common (a pair or two is chance).
HELD_MIN = 3


class Pooled(Protocol):
    """A retrieved text as this module reads it (a :class:`sourcetrace.judge.Neighbour`)."""

    @property
    def id(self) -> str:
        """Its id."""

    @property
    def shared(self) -> float:
        """Summed rarity of the index terms it shares with the article."""

    @property
    def shared_pairs(self) -> int:
        """Number of content-word pairs it shares with the article."""

    @property
    def kind(self) -> str | None:
        """``source`` or ``article`` (metadata), if known."""

    @property
    def date(self) -> str | None:
        """Its date (ISO 8601, metadata), if known."""

    @property
    def pairs(self) -> frozenset[tuple[str, str]]:
        """The content-word pairs it shares with the article (empty: unknown)."""


def repeats(later: Pooled, earlier: Pooled) -> bool:
    """Say whether ``later`` repeats ``earlier``'s evidence (see the module docstring).

    Example:
        >>> from types import SimpleNamespace as T
        >>> release = T(id="r", kind="source", date=None, pairs=frozenset({1, 2, 3}))
        >>> story = T(id="s", kind="article", date=None, pairs=frozenset({1, 2, 9}))
        >>> repeats(story, release), repeats(release, story)
        (True, False)
    """
    if later.id == earlier.id or not later.pairs or not earlier.pairs:
        return False
    if precedes_by(earlier.date, earlier.kind, later.date, later.kind) is not True:
        return False
    common = len(later.pairs & earlier.pairs)
    return common >= max(HELD_MIN, HELD_SHARE * min(len(later.pairs), len(earlier.pairs)))


def any_order(pool: Iterable[Pooled]) -> bool:
    """Say whether the order of any two of the pool's texts is known.

    If not (an index of undated releases), no text repeats another: the margins are
    over every other text, as :func:`best_independent` would find them, only cheaper.
    """
    days: set[str | None] = set()
    kinds: set[bool] = set()
    for o in pool:
        days.add(day(o.date))
        kinds.add(o.kind == SOURCE_KIND)
        if len(kinds) > 1 or len(days - {None}) > 1:
            return True
    return False


def independent(cand: Pooled, pool: Iterable[Pooled]) -> list[Pooled]:
    """Return the pool's other texts that do not repeat ``cand``."""
    return [o for o in pool if o.id != cand.id and not repeats(o, cand)]


def best_independent(cand: Pooled, pool: Sequence[Pooled]) -> tuple[int, float]:
    """Return the most pairs and the most shared rarity of a text not repeating ``cand``."""
    rest = independent(cand, pool)
    return (
        max((o.shared_pairs for o in rest), default=0),
        max((o.shared for o in rest), default=0.0),
    )


def follows(cand: Pooled, pool: Iterable[Pooled]) -> bool:
    """Say whether ``cand`` repeats an earlier text of the pool."""
    return any(repeats(cand, o) for o in pool)
