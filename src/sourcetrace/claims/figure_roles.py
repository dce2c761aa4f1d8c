"""What a figure counts, so that only figures counting the same thing are compared.

A claim's "6.7 million people died of stroke" read against a release's "more than 50
million people undergo surgery" gives two figures, but a story's "a 0.4mg supplement"
against the release's "in 1992", or its "11 per cent more likely" against "in the next
10 years", compares a dose with a year and a share with a time span: no figure was
changed, the two sentences give different facts. :func:`what_counted` reads the word a
figure counts ("mg", "year", "percent", "people"); :func:`counts_alike` says whether a
source gives a figure counting what a claim's figure counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from sourcetrace.claims.figure_reading import FRACTION_WORDS
from sourcetrace.claims.figures import CURRENCY, Figure, figures

# Words after a figure that say nothing of what it counts: the figure may count anything.
_UNSAID = frozenset(
    ["", "per", "in", "of", "to", "and", "or", "at", "by", "for", "from", "on", "than", "a"]
)
# Scale words between a figure and what it counts ("6.7 million people").
_SCALE = frozenset(["thousand", "million", "billion", "trillion", "m", "bn", "k", "dozen"])
_SHARE_RE = re.compile(r"\s*(?:%|per\s?cent\b|percentage\b)", re.IGNORECASE)
# The word after a figure, in any script's letters ("140 μg": "μg", not nothing).
_WORD_RE = re.compile(r"[\s-]*([^\W\d_]+)")
# A fraction is a share: "three quarters of", "half of", "two thirds" count a percent.
_FRACTION_RE = re.compile(rf"\b{FRACTION_WORDS}$", re.IGNORECASE)
_IN_RE = re.compile(r"\b(?:in|out\s+of)\b", re.IGNORECASE)
_GLUED_RE = re.compile(r"\d([A-Za-z]+)$")
# Spellings of one thing: "years" is "year".
_PLURAL_RE = re.compile(r"(?<=[a-z]{3})s$")


def what_counted(text: str, figure: Figure) -> str | None:
    """The thing ``figure`` counts in ``text``; None when the words after it do not say.

    A year is a ``date``; "twice", "3-fold" are ``times``; a percentage or a share ("one
    in three") is a ``percent``; money is ``money``; else the first word after the
    figure and its scale ("6.7 million people": ``people``, "0.4mg": ``mg``, "90-year-old":
    ``year``), singular. Words such as "of", "or", "in" say nothing: None.
    """
    kinds = {v.kind for v in figure.forms}
    end = figure.start + len(figure.words)
    if kinds == {"y"}:
        return "date"
    if (
        figure.parts
        or _IN_RE.search(figure.words)
        or _FRACTION_RE.search(figure.words)
        or _SHARE_RE.match(text, end)
    ):
        return "percent"
    if "x" in kinds:
        return "times"
    if figure.start > 0 and text[figure.start - 1] in CURRENCY:
        return "money"
    glued = _GLUED_RE.search(figure.words)
    if glued is not None and glued.group(1).lower() not in _SCALE:
        return _PLURAL_RE.sub("", glued.group(1).lower())  # "0.4mg", "10years": year
    at = end
    while True:
        m = _WORD_RE.match(text, at)
        if m is None:
            return None
        word = m.group(1).lower()
        if word not in _SCALE:
            break
        at = m.end()
    if word in _UNSAID:
        return None
    return _PLURAL_RE.sub("", word)


def counts_alike(claim_text: str, changed: Sequence[str], sources: Sequence[str]) -> bool:
    """Whether a changed figure of the claim may count what a figure of ``sources`` counts.

    True when one figure of the claim written as in ``changed`` counts a thing (or one
    the words do not say) that a figure of one of the sources counts, or one whose
    thing is not said, or when both sides give a number of times ("twice" against "a
    50% higher risk", 1.5 times); False only when each side says what it counts and
    none match.
    """
    wanted = set(changed)
    mine = [f for f in figures(claim_text) if f.words in wanted]
    claim_things = {what_counted(claim_text, f) for f in mine}
    if not claim_things or None in claim_things:
        return True
    theirs = [(s, f) for s in sources for f in figures(s)]
    if _as_times(mine) and _as_times(f for _, f in theirs):
        return True  # "twice as likely" against "a 50% higher risk" (1.5 times)
    source_things = {what_counted(s, f) for s, f in theirs}
    return None in source_things or bool(claim_things & source_things)


def _as_times(found: Iterable[Figure]) -> bool:
    """Whether one of the figures may stand for a number of times ("twice", "a 50% rise")."""
    return any(v.kind == "x" for f in found for v in f.forms)


__all__ = ["counts_alike", "what_counted"]
