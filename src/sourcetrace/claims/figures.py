"""Figures in claims and sources: the same figure in its several forms.

A story writes "one in 20" where its release says "5 percent", "half" for "50 per cent",
"1.5m" for "1,500,000", "twice" for "2-fold", "sixty per cent" for "60%", "45%" for
"44.7%"; it gathers figures its release gives in several sentences. One reading
(:func:`figures`) gives each figure of a text with every value it may stand for, so that
only a figure the source gives in none of its forms counts as a changed number, and two
values agree within the rounding of the less precise one. Labels are no figures: "type 2
diabetes", "phase 3", "COVID-19", "SARS-CoV-2", "H1N1", the journal "PLOS ONE". A year
is compared with years only. When a form is in doubt the reading gives both values, so
that two forms that may agree do: a wrong "changed" is an accusation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from sourcetrace.claims.figure_reading import (
    CURRENCY,
    MAX_DIGITS,
    Figure,
    Kind,
    Value,
    _in_bound,
    figures,
)

__all__ = [
    "CURRENCY",
    "MAX_DIGITS",
    "Figure",
    "Kind",
    "Value",
    "bounds_kept",
    "figures",
    "figures_absent",
    "figures_agree",
    "figures_given",
    "figures_new",
    "numbers",
    "units_kept",
]


def _show(v: Value) -> str:
    """A value as text: "1500", "33.3333", "x2", "2nd", "y2019"."""
    n = str(int(v.x)) if v.x == int(v.x) and abs(v.x) < 1e15 else f"{v.x:.6g}"
    return {"n": n, "x": f"x{n}", "y": f"y{n}", "o": f"#{n}", "h": f"{n}h", "mo": f"{n}mo"}[v.kind]


def numbers(text: str) -> list[tuple[str, str]]:
    """Return the figures of a text as ``(words, normalised value)``, in order.

    Labels are left out ("type 2", "PLOS ONE", "COVID-19"); the value is the first the
    figure stands for (:func:`figures`).

    Example:
        >>> numbers("a third fewer, 27 per cent, 1,500 people with type 2 diabetes")
        [('a third', '33.3333'), ('27', '27'), ('1,500', '1500')]
    """
    return [(f.words, _show(f.forms[0])) for f in figures(text) if f.forms]


def _agrees(figure: Figure, theirs: Sequence[Value], counts: Sequence[Value] = ()) -> bool:
    """Whether one of the figure's values is one of ``theirs`` (within rounding).

    A share is also the source's when both its parts are ("one in 20" / "20 people,
    one of them"), never by one part alone ("one in 10" is not "one in 20"); a figure
    given as a bound ("over 5,000") is the source's when one of its ``counts`` (its
    figures that are no year) is in the bound's range.
    """
    if any(v.agrees(w) for v in figure.forms for w in theirs):
        return True
    if figure.bound is not None and any(_in_bound(figure.bound, w) for w in counts):
        return True
    return bool(figure.parts) and all(any(p.agrees(w) for w in theirs) for p in figure.parts)


@lru_cache(maxsize=64)
def _document_values(text: str) -> tuple[Value, ...]:
    """Every value of a text read on a source's side, read once per document."""
    return tuple(dict.fromkeys(v for f in _document_figures(text) for v in f.forms))


@lru_cache(maxsize=64)
def _document_counts(text: str) -> tuple[Value, ...]:
    """The text's numbers that are no year (what a bound's range is compared with)."""
    return tuple(
        dict.fromkeys(
            v for f in _document_figures(text) if not f.is_year for v in f.forms if v.kind == "n"
        )
    )


@lru_cache(maxsize=64)
def _document_figures(text: str) -> tuple[Figure, ...]:
    """Every figure of a text read on a source's side, read once per document."""
    return tuple(figures(text, liberal=True))


# "one" before a noun: the source's "a year", "an hour", "per day", "the first (complete)
# cycle" say the same.
_ONE_RE = re.compile(r"\bone\s+([a-z]+)", re.IGNORECASE)
_ARTICLE_NOUN_RE = re.compile(
    r"\b(?:a|an|per|each|(?:the\s+)?first(?:\s+[a-z]+)?)\s+([a-z]+)", re.IGNORECASE
)


def figures_new(claim_text: str, source_text: str) -> list[str]:
    """The claim's figures the source gives in none of their forms (as written).

    Example:
        >>> figures_new("1.5m people, 45.0%, 41%", "1,500,000 people, 45%, 41.3%")
        []
    """
    theirs, counts = _document_values(source_text), _document_counts(source_text)
    return [f.words for f in figures(claim_text) if not _agrees(f, theirs, counts)]


def figures_agree(claim_text: str, source_text: str) -> bool:
    """Whether every figure of the claim is one of the source's, in some form.

    A claim's "one" before a noun the source gives with "a", "an", "per" or "first"
    ("one year after" / "after a year", "one cycle" / "the first complete cycle") is
    that figure; the other forms are :func:`figures`'.
    """
    articles = {m.group(1).lower() for m in _ARTICLE_NOUN_RE.finditer(source_text)}
    rest = _ONE_RE.sub(
        lambda m: " " * len(m.group()) if m.group(1).lower() in articles else m.group(),
        claim_text,
    )
    return not figures_new(rest, source_text)


_MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
# Dates and times a claim may give that its release need not: decades, year spans, days
# of a month, clock times, centuries.
_DATE_RE = re.compile(
    rf"\b\d{{2,4}}['’]?s\b|\b\d{{4}}\s*[/–-]\s*\d{{2,4}}\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b"
    rf"|\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
    r"|\b\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\b\.?)"
    r"|\b\d{1,2}(?:st|nd|rd|th)[\s-]+century\b",
    re.IGNORECASE,
)


def figures_absent(claim_text: str, sources: str | Sequence[str]) -> list[str]:
    """The claim's figures in digits that no source gives in any of their forms.

    A story that adds a figure its release nowhere gives ("a 45% lower risk of
    developing cancer" against "a substantial decrease in the risk") says something the
    release does not carry. All of the story's sources are read. Figures in words
    ("one", "half") are left out: they are as often an article or a manner of speaking
    as a count; so are years and dates, decades, seasons and times of day ("the 1990s",
    "12 March 2020", "2019/20", "9am", "the 19th century": a story dates what its release
    need not).

    Example:
        >>> figures_absent("a 45% lower risk, 12 per cent", "reduced by 12% overall")
        ['45']
    """
    dates = [d.span() for d in _DATE_RE.finditer(claim_text)]
    claimed = [
        f
        for f in figures(claim_text)
        if f.in_digits and not f.is_year and not any(a <= f.start < b for a, b in dates)
    ]
    if not claimed:
        return []  # no figure in digits: the sources' figures need not be read
    texts = [sources] if isinstance(sources, str) else list(sources)
    theirs = [v for t in texts for v in _document_values(t)]
    counts = [v for t in texts for v in _document_counts(t)]
    return [f.words for f in claimed if not _agrees(f, theirs, counts)]


# A figure in digits and the word that says what it counts ("40 percent", "40 patients").
_FIGURE_UNIT_RE = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(%|per\s?cent\b|[A-Za-z]+)?")


def _figure_units(text: str) -> set[tuple[str, str]]:
    """The text's figures in digits with what they count, "%" and "per cent" as "percent"."""
    out = set()
    for m in _FIGURE_UNIT_RE.finditer(text):
        unit = (m.group(2) or "").lower().replace(" ", "")
        out.add((m.group(1).replace(",", ""), "percent" if unit in ("%", "percent") else unit))
    return out


def units_kept(claim_text: str, related: str) -> bool:
    """Whether each figure of the claim counts in the release what it counts in the claim.

    A figure another sentence gives of something else is not the release's figure: the
    story's "by 40 percent" is not the release's "40 patients took part".
    """
    theirs = _figure_units(related)
    values = {value for value, _ in theirs}
    return all(
        (value, unit) in theirs
        or unit in _NOT_UNITS
        or (value, "") in theirs
        or value not in values
        for value, unit in _figure_units(claim_text)
    )


# Words after a figure that say nothing of what it counts ("0.68 per 100g", "20 in 2019").
_NOT_UNITS = frozenset({"", "per", "in", "of", "to", "and", "or", "at", "by", "for", "from", "on"})


# Words bounding a figure ("up to 42 per cent", "at least 42 percent"): a figure the
# release gives with another bound is not the release's figure.
_BOUND_RE = re.compile(
    r"\b(up\s+to|as\s+(?:much|many|high|few|little)\s+as|at\s+(?:least|most)|"
    r"(?:just\s+)?(?:more|less|fewer)\s+than|(?:just\s+)?(?:over|under)|nearly|almost)"
    r"\s+(\S+)",
    re.IGNORECASE,
)


# What a bound word says of its figure: words that say the same ("over" / "more than",
# "under" / "less than" / "fewer than", "nearly" / "almost") are one bound, and "just"
# ("just over") only says how close, not which way.
_BOUND_SENSE = {
    "over": "above",
    "more than": "above",
    "under": "below",
    "less than": "below",
    "fewer than": "below",
    "almost": "nearly",
    "up to": "at most",
    "as much as": "at most",
    "as many as": "at most",
    "as high as": "at most",
}


def _bound_sense(words: str) -> str:
    """The bound a bound word gives ("just more than" -> "above", "as many as" -> "at most")."""
    words = " ".join(words.lower().split()).removeprefix("just ")
    return _BOUND_SENSE.get(words, words)


def _bounded(text: str) -> list[tuple[str, Figure]]:
    """The text's figures after a bound word, each with its bound ("above", "at least").

    Each figure is read where it stands in the text ("at least one session" counts one;
    the word "one" read alone would be a pronoun).
    """
    bounds = list(_BOUND_RE.finditer(text))
    if not bounds:
        return []
    found = figures(text)
    return [
        (_bound_sense(m.group(1)), f)
        for m in bounds
        for f in found
        if f.forms and m.start(2) <= f.start < m.end(2)
    ]


def bounds_kept(claim_text: str, related: str) -> bool:
    """Whether each bounded figure of the claim has the same bound in the release's text.

    "up to 42 per cent" is not the release's "at least 42 percent"; "just over 22
    percent" is its "more than 22%". A round figure whose bound holds the release's own
    exact figure ("over 5,000" for "5,658") is that figure rounded, whatever its bound.
    """
    given = {(bound, _show(f.forms[0])) for bound, f in _bounded(related)}
    counts = _document_counts(related)
    for bound, f in _bounded(claim_text):
        if (bound, _show(f.forms[0])) in given:
            continue
        rounded = f.bound is not None and any(
            _in_bound(f.bound, w) and not any(v.agrees(w) for v in f.forms) for w in counts
        )
        if not rounded:
            return False
    return True


def figures_given(claim_text: str, source_text: str, related: str | None = None) -> bool:
    """Whether every figure of the claim is the source sentence's, or the release's.

    In the source sentence in any of its forms (:func:`figures_agree`), or, with
    ``related`` (the release's sentences about the claim), there with the same bound
    and counting the same thing (:func:`bounds_kept`, :func:`units_kept`).
    """
    if figures_agree(claim_text, source_text):
        return True
    return (
        related is not None
        and figures_agree(claim_text, related)
        and bounds_kept(claim_text, related)
        and units_kept(claim_text, related)
    )
