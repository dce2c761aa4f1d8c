"""Which of two texts came first: the one rule every stage uses.

Dates decide where both texts are dated and the days differ; else a ``source`` (a
release, a statement) comes before anything else; else the order is unknown. The rule
has a scalar form (:func:`precedes`) and a vectorised one over arrays of day ordinals
(:func:`precedes_array`), tested equal.
"""

from __future__ import annotations

from typing import Protocol

import numpy as np
import numpy.typing as npt

#: The kind of document that comes before the others when the dates do not decide.
SOURCE_KIND = "source"

#: Values of :func:`precedes_array`.
BEFORE, AFTER, UNKNOWN = 1, 0, -1


class Dated(Protocol):
    """Anything with an ISO 8601 date and a kind (a document or its metadata)."""

    @property
    def date(self) -> str | None:
        """The date (ISO 8601), if known."""

    @property
    def kind(self) -> str | None:
        """The kind (``source``, ``article``), if known."""


def day(date: str | None) -> str | None:
    """Return the day (``YYYY-MM-DD``) of an ISO 8601 date, or None if unknown."""
    return date[:10] if date else None


def precedes_by(
    cand_date: str | None, cand_kind: str | None, doc_date: str | None, doc_kind: str | None
) -> bool | None:
    """Say whether a text (``cand``) comes before another (``doc``); None if unknown.

    Example:
        >>> precedes_by("2020-01-02", None, "2020-01-03T10:00", None)
        True
        >>> precedes_by(None, "source", None, "article")
        True
        >>> precedes_by("2020-01-02", "article", "2020-01-02", "article") is None
        True
    """
    dc, dd = day(cand_date), day(doc_date)
    if dc and dd and dc != dd:
        return dc < dd
    if (cand_kind == SOURCE_KIND) != (doc_kind == SOURCE_KIND):
        return cand_kind == SOURCE_KIND
    return None


def precedes(cand: Dated, doc: Dated) -> bool | None:
    """Say whether ``cand`` comes before ``doc``: True, False, or None if unknown."""
    return precedes_by(cand.date, cand.kind, doc.date, doc.kind)


def day_ordinals(dates: list[str | None]) -> npt.NDArray[np.int64]:
    """Number the days of ``dates`` in order (-1 if unknown), for :func:`precedes_array`."""
    days = [day(d) for d in dates]
    ordinal = {d: n for n, d in enumerate(sorted({d for d in days if d}))}
    return np.array([ordinal[d] if d else -1 for d in days], dtype=np.int64)


def precedes_array(
    cand_day: npt.NDArray[np.int64],
    cand_source: npt.NDArray[np.bool_],
    doc_day: npt.NDArray[np.int64],
    doc_source: npt.NDArray[np.bool_],
) -> npt.NDArray[np.int8]:
    """The vectorised :func:`precedes`: BEFORE (1), AFTER (0) or UNKNOWN (-1) per element.

    Args:
        cand_day: Day ordinals of the candidates (see :func:`day_ordinals`; -1 unknown).
        cand_source: Whether each candidate is a ``source``.
        doc_day: Day ordinals of the documents they are compared with.
        doc_source: Whether each of those is a ``source``.
    """
    dated = (cand_day >= 0) & (doc_day >= 0) & (cand_day != doc_day)
    by_kind = np.where(cand_source != doc_source, np.where(cand_source, BEFORE, AFTER), UNKNOWN)
    by_date = np.where(cand_day < doc_day, BEFORE, AFTER)
    return np.where(dated, by_date, by_kind).astype(np.int8)
