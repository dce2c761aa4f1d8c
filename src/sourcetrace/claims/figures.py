"""Figures in claims and sources: the same figure in its several forms.

A story writes "one in 20" where its release says "5 percent", "half" for "50 per cent",
"50p" for "£0.50", "one year" for "a year"; it gathers figures its release gives in
several sentences. These functions say when a claim's figures are its source's, so that
only a figure the source gives in none of its forms counts as a changed number. Labels
are no figures: "type 2 diabetes", "phase 3", the journal "PLOS ONE".
"""

from __future__ import annotations

import re
from functools import lru_cache

_NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
    "twenty": "20", "thirty": "30", "forty": "40", "fifty": "50", "hundred": "100",
    "half": "1/2", "third": "1/3", "quarter": "1/4", "fifth": "1/5", "twice": "x2",
    "double": "x2", "doubles": "x2", "doubled": "x2", "treble": "x3", "triple": "x3",
    "trebles": "x3", "triples": "x3", "quadruple": "x4", "quadruples": "x4",
    "halve": "1/2", "halves": "1/2", "halved": "1/2",
    "doubling": "x2", "trebling": "x3", "tripling": "x3", "quadrupling": "x4",
    "quadrupled": "x4", "trebled": "x3", "tripled": "x3", "halving": "1/2",
}  # fmt: skip
_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*|\b(?:" + "|".join(_NUMBER_WORDS) + r")\b", re.IGNORECASE)


# Words a number after them labels rather than counts ("type 2 diabetes", "phase 3").
_LABEL_BEFORE_RE = re.compile(
    r"\b(?:type|phase|stage|grade|class|category|tier|version|chapter|section|article|"
    r"covid|no|number)[\s-]+$",
    re.IGNORECASE,
)
# The word after a figure, past spaces and punctuation.
_WORD_AFTER_RE = re.compile(r"\W*([A-Za-z]+)")
# A capitalised word right before, as in a name ("PLOS ONE", "Channel Four").
_NAME_BEFORE_RE = re.compile(r"\b[A-Z][A-Za-z]+\s+$")


def _is_label(text: str, m: re.Match[str]) -> bool:
    """Whether the figure ``m`` names something rather than counting it.

    A digit after a label word ("type 2", "phase 3", "Covid-19"); a number word written
    in capitals right after a capitalised word while the words after it are not in
    capitals ("published in PLOS ONE, showed"): a name, not a headline in capitals.
    """
    before = text[max(0, m.start() - 12) : m.start()]
    if m.group(0)[0].isdigit():
        return _LABEL_BEFORE_RE.search(before) is not None
    if not (m.group(0).isupper() and _NAME_BEFORE_RE.search(before)):
        return False
    after = _WORD_AFTER_RE.match(text, m.end(), m.end() + 30)
    return after is None or not after.group(1).isupper()


def numbers(text: str) -> list[tuple[str, str]]:
    """Return the figures of a text as ``(words, normalised value)``, in order.

    Labels are left out (:func:`_is_label`: "type 2", "PLOS ONE").

    Example:
        >>> numbers("a third fewer, 27 per cent, 1,500 people with type 2 diabetes")
        [('third', '1/3'), ('27', '27'), ('1,500', '1500')]
    """
    out = []
    for m in _NUMBER_RE.finditer(text):
        if _is_label(text, m):
            continue
        w = m.group(0)
        value = _NUMBER_WORDS.get(w.lower()) or w.replace(",", "")
        out.append((w, value))
    return out


# A share written as "N in M" ("one in 20", "three in four"): also N / M as a percentage.
_SHARE_RE = re.compile(
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s+"
    r"(\d+(?:,\d{3})*|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)\b",
    re.IGNORECASE,
)
# "one" before a noun: the source's "a year", "an hour", "per day", "the first (complete)
# cycle" say the same.
_ONE_RE = re.compile(r"\bone\s+([a-z]+)", re.IGNORECASE)
_ARTICLE_NOUN_RE = re.compile(
    r"\b(?:a|an|per|each|(?:the\s+)?first(?:\s+[a-z]+)?)\s+([a-z]+)", re.IGNORECASE
)


# A fraction is also a percentage ("half" / "50 per cent").
_FRACTION_PERCENT = {"1/2": "50", "1/4": "25", "1/5": "20", "1/3": "33"}
# Pounds as pence ("£0.50" / "50p").
_PENCE_RE = re.compile(r"£0\.(\d\d)\b")


# A count of decades is also the years it makes ("two decades" / "20 years").
_DECADES_RE = re.compile(
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+decades?\b", re.IGNORECASE
)


def _decade_years(m: re.Match[str]) -> str | None:
    """The years of "N decades" ("two decades" → "20"), None if N is not a whole number."""
    value = _NUMBER_WORDS.get(m.group(1).lower(), m.group(1))
    return str(int(value) * 10) if value.isdigit() else None


def _values(text: str) -> set[str]:
    """Every figure of a text, normalised, in each of its forms.

    A "N in M" share is also a percentage, a fraction too, "£0.50" is 50 (pence) and
    "two decades" is 20 (years).
    """
    out = {v for _, v in numbers(text)}
    out |= {y for m in _DECADES_RE.finditer(text) if (y := _decade_years(m)) is not None}
    out |= {_FRACTION_PERCENT[v] for v in out if v in _FRACTION_PERCENT}
    out |= {m.group(1).lstrip("0") for m in _PENCE_RE.finditer(text)}
    out |= {pct for m in _SHARE_RE.finditer(text) if (pct := _share_percent(m)) is not None}
    return out


def _share_percent(m: re.Match[str]) -> str | None:
    """The percentage an "N in M" share stands for ("one in 20" → "5"), None if unread."""
    parts = [numbers(g) for g in (m.group(1), m.group(2))]
    try:
        share = 100 * float(parts[0][0][1]) / float(parts[1][0][1])
    except (IndexError, ValueError, ZeroDivisionError):
        return None
    return f"{share:g}"


def figures_agree(claim_text: str, source_text: str) -> bool:
    """Whether every figure of the claim is one of the source's, in some form.

    A claim's "one" before a noun the source gives with "a", "an", "per" or "first"
    ("one year after" / "after a year", "one cycle" / "the first complete cycle") is
    that figure; a share written as "N in M" equal to a percentage of the other side
    ("one in 20" / "5 percent"), a fraction ("half" / "50 per cent") and pence ("50p" /
    "£0.50") are that figure.
    """
    theirs = _values(source_text)
    articles = {m.group(1).lower() for m in _ARTICLE_NOUN_RE.finditer(source_text)}
    # A share agrees by the percentage it stands for, never by its parts alone: "one in
    # 10" is not the source's "one in 20" though both hold a "one".
    rest = _SHARE_RE.sub(lambda m: " " if _share_percent(m) in theirs else m.group(), claim_text)
    rest = _ONE_RE.sub(lambda m: " " if m.group(1).lower() in articles else m.group(), rest)
    return all(value in theirs for _, value in numbers(rest))


def figures_absent(claim_text: str, source_text: str) -> list[str]:
    """The claim's figures in digits that the source gives in none of their forms.

    A story that adds a figure its release nowhere gives ("a 45% lower risk of
    developing cancer" against "a substantial decrease in the risk") says something the
    release does not carry. Figures in words ("one", "half") are left out: they are as
    often an article or a manner of speaking as a count.

    Example:
        >>> figures_absent("a 45% lower risk, 12 per cent", "reduced by 12% overall")
        ['45']
    """
    if not any(c.isdigit() for c in claim_text):
        return []  # no figure in digits: the release's figures need not be read
    theirs = _document_values(source_text)
    rest = _SHARE_RE.sub(lambda m: " " if _share_percent(m) in theirs else m.group(), claim_text)
    return [w for w, value in numbers(rest) if w[0].isdigit() and value not in theirs]


@lru_cache(maxsize=64)
def _document_values(text: str) -> frozenset[str]:
    """Every figure of a whole document (:func:`_values`), read once per document."""
    return frozenset(_values(text))


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


def bounds_kept(claim_text: str, related: str) -> bool:
    """Whether each bounded figure of the claim has the same bound in the release's text.

    "up to 42 per cent" is not the release's "at least 42 percent"; "just over 22
    percent" is its "just over 22%".
    """
    given = {
        (" ".join(m.group(1).lower().split()), value)
        for m in _BOUND_RE.finditer(related)
        for _, value in numbers(m.group(2))
    }
    for m in _BOUND_RE.finditer(claim_text):
        bound = " ".join(m.group(1).lower().split())
        if any((bound, value) not in given for _, value in numbers(m.group(2))):
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
