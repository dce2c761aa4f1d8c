"""Durations in their several units: "12 months" is "a year", "two weeks" is "14 days".

A story writes "24 hours" where its release says "a day", "12 months" for "a year",
"two weeks" for "14 days". :func:`duration_values` gives a duration in every unit it is
exactly in (:class:`DurationPolicy`), so that :mod:`sourcetrace.claims.figures` finds
a claim's duration in its release whatever unit either writes it in. Only exact
conversions are made: a month is no whole number of days or weeks, so "four weeks" is
not "a month", nor "30 days".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

DurationKind = Literal["h", "mo"]
"""The two scales a duration is measured on: hours (hours, days, weeks, and a year as 365
days or 52 weeks) and months (months and years)."""


@dataclass(frozen=True, slots=True)
class DurationPolicy:
    """The units of time and their exact sizes.

    Attributes:
        hours: Hours in a unit measured in hours.
        months: Months in a unit measured in months.
        year_hours: The year's sizes in hours: 365 days, and 52 weeks (a story's "a
            year" is its release's "52 weeks" and its "365 days").
    """

    hours: dict[str, int] = field(
        default_factory=lambda: {"hour": 1, "day": 24, "week": 24 * 7},
        metadata={"help": "Hours in a unit measured in hours."},
    )
    months: dict[str, int] = field(
        default_factory=lambda: {"month": 1, "year": 12},
        metadata={"help": "Months in a unit measured in months."},
    )
    year_hours: tuple[int, ...] = field(
        default=(365 * 24, 52 * 7 * 24),
        metadata={"help": "A year's sizes in hours (365 days, 52 weeks)."},
    )


DEFAULT_DURATIONS = DurationPolicy()

# A unit of time right after a figure ("12 months", "24-hour", "two weeks'").
UNIT_AFTER_RE = re.compile(r"\s*-?\s*(hour|day|week|month|year)s?\b", re.IGNORECASE)
# "a year", "an hour", "one day": one of the unit (read on a source's side).
ONE_UNIT_RE = re.compile(r"\b(?:a|an|one)\s+(hour|day|week|month|year)\b", re.IGNORECASE)


def duration_values(
    x: float, unit: str, policy: DurationPolicy = DEFAULT_DURATIONS
) -> list[tuple[DurationKind, float]]:
    """The duration ``x`` ``unit`` on each scale it is exactly on.

    Example:
        >>> duration_values(12, "months")
        [('mo', 12.0), ('h', 8760.0), ('h', 8736.0)]
        >>> duration_values(2, "weeks")
        [('h', 336.0)]
    """
    u = unit.lower().rstrip("s")
    out: list[tuple[DurationKind, float]] = []
    year = policy.months["year"]
    if u in policy.months:
        months = x * policy.months[u]
        out.append(("mo", float(months)))
        years = months / year
        if years == int(years):
            out.extend(("h", float(years * h)) for h in policy.year_hours)
    elif u in policy.hours:
        hours = x * policy.hours[u]
        out.append(("h", float(hours)))
        for h in policy.year_hours:
            years = hours / h
            if years == int(years) and years > 0:
                out.append(("mo", float(years * year)))
    return out
