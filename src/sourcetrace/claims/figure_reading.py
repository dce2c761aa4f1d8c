"""Reading the figures of a text: each figure with every value it may stand for.

The values (:class:`Value`), the figures (:class:`Figure`), the words, digits, shares,
fractions, times and durations they are written in, and :func:`figures`, the one reading
that :mod:`sourcetrace.claims.figures` compares a claim's figures and a source's with.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Literal

from sourcetrace.claims.durations import ONE_UNIT_RE, UNIT_AFTER_RE, duration_values

Kind = Literal["n", "x", "y", "o", "h", "mo"]
"""What a value counts: a number (counts, percentages, shares), times ("2-fold",
"twice"), a year, an ordinal ("2nd", "second"), a duration in hours or in months
("12 months", "a year": :mod:`sourcetrace.claims.durations`)."""


@dataclass(frozen=True, slots=True)
class Value:
    """One value a figure may stand for.

    Attributes:
        kind: What it counts (:data:`Kind`).
        x: The value.
        tol: Half the unit of its last written digit (0 for an exact share or word).
    """

    kind: Kind
    x: float
    tol: float = 0.0

    def agrees(self, other: Value) -> bool:
        """Whether the two are the same within the rounding of the less precise one.

        Rounded ("45%" / "44.7%"), or an exact share in words cut short ("66%" / "two
        thirds", 66.7): both are read as the same figure. Figures in digits are never
        read as cut short ("2 million" is not "2.9 million").
        """
        if self.kind != other.kind:
            return False
        rough, fine = (self, other) if self.tol >= other.tol else (other, self)
        eps = 1e-9 * max(abs(self.x), 1.0)
        if abs(rough.x - fine.x) <= rough.tol + eps:
            return True
        return fine.tol == 0 and rough.x - eps <= fine.x < rough.x + 2 * rough.tol


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure of a text and the values it may stand for.

    Attributes:
        words: The figure as written.
        start: Where it starts in the text.
        forms: Each value it may stand for.
        in_digits: Whether it is written with digits.
        parts: A share's two parts ("one in 20": 1 and 20): the share is the source's
            too when the source gives both.
        bound: For a round figure after a bound word ("over 5,000"), the range it
            stands for (5,000 to 6,000), compared with the source's counts only (never
            with a year: "over 2,000" is not "2013").
    """

    words: str
    start: int
    forms: tuple[Value, ...]
    in_digits: bool
    parts: tuple[Value, ...] = ()
    bound: Value | None = None

    @property
    def is_year(self) -> bool:
        """Whether the figure is a year (compared with years only)."""
        return any(v.kind == "y" for v in self.forms)


# Most digits read in one figure: a longer run is no figure (and an int() of thousands of
# digits would fail); work stays bounded on hostile text.
MAX_DIGITS = 30

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "dozen": 12.0,
}  # fmt: skip
# Glued to digits: "10k", "1.5m", "2bn". "m" and "k" may be a unit too ("5m" of rope),
# so the figure keeps its bare value as well.
_SUFFIXES = {"k": 1e3, "m": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12}
_UNIT_SUFFIXES = ("m", "k")
# Scale words and units of time a story may glue to the digits ("£21billion", "10years"):
# the figure is the spaced form's ("£21 billion", "10 years"), never a bare 21 or 10.
_GLUED_SCALES = ("thousand", "million", "billion", "trillion")
_GLUED_TIME_RE = re.compile(r"\d(hours?|days?|weeks?|months?|years?)$", re.IGNORECASE)
# Currency signs before a figure: what follows is money ("£10m").
CURRENCY = ("£", "$", "€", "¥")
_TIMES_WORDS = {
    "twice": 2, "double": 2, "doubles": 2, "doubled": 2, "doubling": 2, "treble": 3,
    "triple": 3, "trebles": 3, "triples": 3, "trebled": 3, "tripled": 3, "trebling": 3,
    "tripling": 3, "quadruple": 4, "quadruples": 4, "quadrupled": 4, "quadrupling": 4,
    "twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6,
    "sevenfold": 7, "eightfold": 8, "ninefold": 9, "tenfold": 10, "hundredfold": 100,
}  # fmt: skip
_HALVED = ("halve", "halves", "halved", "halving")
# Fractions as the share (per cent) they stand for.
_FRACTIONS = {"half": 2, "halves": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}  # fmt: skip

_W = "|".join(sorted(_UNITS, key=len, reverse=True))
_WORD = rf"(?:{_W})(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine)\b)?"
_NUM_WORDS_RE = re.compile(
    rf"\b(?:(?P<w>{_WORD})|(?P<a>an?)(?=\s+(?:hundred|thousand|million|billion|dozen)\b)"
    rf"|(?P<hw>hundred)\b)"
    rf"(?P<h>\s+hundred(?:\s+and\s+(?P<hu>{_WORD}))?)?"
    r"(?P<half>\s+and\s+a\s+half)?"
    r"(?P<s>\s+(?:thousand|million|billion|trillion|dozen))?\b",
    re.IGNORECASE,
)
_DIGITS_RE = re.compile(
    # Not glued to a letter ("H1N1", "COVID19"); after a hyphen, see _NAME_HYPHEN_RE.
    # Nor started or cut inside a longer number ("12,5": no "12" and "5"; "1,2500"). A
    # number grouped in lakhs ("1,43,391", "4,38,000", Indian news) is one figure.
    r"(?<![\w.])(?<!\d,)"
    r"(?P<int>\d{1,3}(?:(?:,|[ \u00a0\u202f])\d{3})+(?!\d|,\d)"
    r"|\d{1,2}(?:,\d\d)+,\d{3}(?!\d|,\d)"
    rf"|\d{{1,{MAX_DIGITS}}}(?!\d|,\d)|(?=\.\d))"
    r"(?P<dec>\.\d{1,12}(?!\d))?"
    r"(?P<glued>[A-Za-z]+)?"
)
_AFTER_RE = re.compile(
    r"(?P<pct>\s*(?:%|per\s?cent\b|percent\b))?"
    r"(?:\s+(?P<scale>thousand|million|billion|trillion)\b)?"
    r"(?P<times>\s*-?\s*fold\b|\s+times\b)?",
    re.IGNORECASE,
)
# A part of a share in digits, whole: "2,500", "1.5", "12". Anchored so that a share never
# starts or ends inside a longer number ("1.5 in 10" is no "5 in 10", "2,500 out of
# 10,000" no "500 out of 10,000", "1 in 2.5" no "1 in 2").
_NOT_IN_NUMBER_BEFORE = r"(?<![\w.,])"
_NOT_IN_NUMBER_AFTER = r"(?![.,]?\d)"
_SHARE_DIGITS = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,{MAX_DIGITS}}})(?:\.\d{{1,12}})?"
# "N in M", "N out of M": the share N / M stands for, as a percentage.
_SHARE_RE = re.compile(
    rf"(?:{_NOT_IN_NUMBER_BEFORE}(?P<nd>{_SHARE_DIGITS}){_NOT_IN_NUMBER_AFTER}"
    rf"|\b(?P<nw>{_W}))(?:\s+|-)(?:in|out\s+of)(?:\s+|-)"
    rf"(?:(?P<md>{_SHARE_DIGITS}){_NOT_IN_NUMBER_AFTER}|(?P<mw>{_W}|a\s+hundred|hundred)\b)",
    re.IGNORECASE,
)
# A fraction, and of a scale word it is a count ("a quarter of a million", "half a
# billion"), not a share.
#: The words of a fraction, as a pattern ("half", "two thirds", "quarters").
FRACTION_WORDS = r"(?:halves|half|thirds?|quarters?|fifths?|tenths?)"
_FRACTION_RE = re.compile(
    rf"\b(?:(?P<n>{_W}|an?)[\s-]+)?(?P<f>{FRACTION_WORDS})\b"
    r"(?:[\s-]+(?:of[\s-]+)?an?[\s-]+(?P<scale>thousand|million|billion|trillion)\b)?",
    re.IGNORECASE,
)
_DIGIT_FRACTION_RE = re.compile(
    rf"(?<![\w/.])(?<!\d,)(\d{{1,6}})/(\d{{1,6}})(?![\w/]){_NOT_IN_NUMBER_AFTER}"
)
_WORD_TIMES_RE = re.compile(r"\b(?:" + "|".join([*_TIMES_WORDS, *_HALVED]) + r")\b", re.IGNORECASE)
_ORDINAL_WORDS_RE = re.compile(r"\b(?:" + "|".join(_ORDINALS) + r")\b", re.IGNORECASE)
_DECADES_RE = re.compile(rf"\b(\d{{1,3}}|{_W})\s+decades?\b", re.IGNORECASE)
# Pounds as pence ("£0.50" / "50p").
_PENCE_RE = re.compile(r"£0\.(\d\d)\b")
# Words after a percentage that make it a rise ("50% higher risk": 1.5 times the risk).
_RISE_RE = re.compile(
    r"\s*(?:[a-z]+\s+)?(?:increase[ds]?|increasing|higher|greater|more|rise|raised|elevated)\b",
    re.IGNORECASE,
)
# A figure of four digits from 1800 to 2099 is a year (a count as well before a plural).
_YEAR_RE = re.compile(r"^(?:18|19|20)\d\d$")
# A rise told before its percentage ("rose by 50%", "increased by 50 per cent").
_RISEN_BY_RE = re.compile(
    r"\b(?:rose|risen|rises|rising|increased?|increases|increasing|grew|grown|went\s+up|up)"
    r"\s+by\s+$",
    re.IGNORECASE,
)
_COUNT_AFTER_RE = re.compile(
    r"\s*(?:%|per\s?cent\b|percent\b|people\b|men\b|women\b|children\b|adults\b|"
    r"(?!(?:was|is|has|as|this|its|his|us)\b)[a-z]+s\b)"
)

# A name joined to digits by a hyphen ("COVID-19", "SARS-CoV-2", "IL-6", "omega-3"); the
# words that take a figure so ("over-65s", "mid-2019", "pre-1990") are not names.
_NAME_HYPHEN_RE = re.compile(
    r"(?<![A-Za-z])(?!(?:over|under|mid|pre|post|aged?|top|up|to|and|or|the|a|an)-)"
    r"[A-Za-z]+-$",
    re.IGNORECASE,
)
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

# "one" standing for a thing already named, not counting it: after a determiner ("the
# one", "each one", "another one") or before a word no counted noun is ("had one over
# the past year", "one of the women", "one who", "one's", "one.", "one, but").
_ONE_PRONOUN_BEFORE_RE = re.compile(
    r"\b(?:the|this|that|each|every|any|which|another)\s+$", re.IGNORECASE
)
_ONE_PRONOUN_AFTER_RE = re.compile(
    # A comma before another figure is a list of figures ("at one, three or six months").
    rf"(?:\s*(?:$|[.;:!?)\]\"”’']|,(?!\s*(?:\d|(?:{_W})\b)))"
    r"|['’]s\b|\s+(?:of|another|over|in|at|for|with|after|"
    r"before|during|since|from|by|on|about|within|among|like|who|whom|whose|that|which|"
    r"is|was|has|had|have|would|will|can|could|may|might|must|should|does|did)\b)",
    re.IGNORECASE,
)


def _is_pronoun_one(text: str, start: int, end: int) -> bool:
    """Whether the word "one" at ``start:end`` is a pronoun, not the figure 1.

    "3.6 per cent said they had one over the past year" gives no figure 1 its release
    could lack: the "one" is the eating disorder the sentence named. Shares ("one in
    three") are read before and never reach here.
    """
    if text[start:end].lower() != "one":
        return False
    before = text[max(0, start - 12) : start]
    return (
        _ONE_PRONOUN_BEFORE_RE.search(before) is not None
        or _ONE_PRONOUN_AFTER_RE.match(text, end) is not None
    )


# A number word after "the", "these" or "those" and before no counted noun stands for
# things already named ("a mixture of the two was ideal"), as "the one" does.
_DEFINITE_BEFORE_RE = re.compile(r"\b(?:the|these|those)\s+$", re.IGNORECASE)


def _is_pronoun_number(text: str, start: int, end: int) -> bool:
    """Whether the number word at ``start:end`` names things already named, not a count.

    "one" as :func:`_is_pronoun_one` reads it; another number word when "the", "these"
    or "those" comes before it and no counted noun after it ("the two was ideal").
    """
    word = text[start:end].lower()
    if word == "one":
        return _is_pronoun_one(text, start, end)
    if word not in _UNITS:
        return False
    before = text[max(0, start - 12) : start]
    return (
        _DEFINITE_BEFORE_RE.search(before) is not None
        and _ONE_PRONOUN_AFTER_RE.match(text, end) is not None
    )


def _is_label(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``start:end`` names something rather than counting it.

    A digit after a label word ("type 2", "phase 3"); a number word written in capitals
    right after a capitalised word while the words after it are not in capitals
    ("published in PLOS ONE, showed"): a name, not a headline in capitals.
    """
    before = text[max(0, start - 12) : start]
    words = text[start:end]
    if words[0].isdigit():
        return (
            _LABEL_BEFORE_RE.search(before) is not None
            or _NAME_HYPHEN_RE.search(before) is not None
        )
    if not (words.isupper() and _NAME_BEFORE_RE.search(before)):
        return False
    after = _WORD_AFTER_RE.match(text, end, end + 30)
    return after is None or not after.group(1).isupper()


def _word_value(words: str) -> float | None:
    """The value of a number word ("sixty" 60, "twenty-five" 25), None if not one."""
    parts = re.split(r"[\s-]+", words.lower())
    if not parts or parts[0] not in _UNITS:
        return None
    total = float(_UNITS[parts[0]])
    if len(parts) > 1:
        total += _UNITS.get(parts[1], 0)
    return total


def _number_words(m: re.Match[str]) -> float | None:
    """The value of a run of number words ("fifteen thousand", "a dozen", "one hundred")."""
    if m.group("hw"):
        base: float | None = 100.0
    elif m.group("a"):
        base = 1.0
    else:
        base = _word_value(m.group("w"))
    if base is None:
        return None
    if m.group("h"):
        base = base * 100 + (_word_value(m.group("hu")) or 0 if m.group("hu") else 0)
    if m.group("half"):
        base += 0.5
    if m.group("s"):
        base *= _SCALES[m.group("s").strip().lower()]
    return base


def _part(words: str) -> float | None:
    """A part of a share or a fraction: digits ("2,500", "1.5") or a number word."""
    w = words.lower().replace(",", "")
    if w.replace(".", "", 1).isdigit():
        return float(w)
    if w in ("a", "an", "a hundred", "hundred"):
        return 100.0 if "hundred" in w else 1.0
    return _word_value(w)


def _half_unit(words: str) -> float:
    """Half the unit of a part's last written digit ("1.5": 0.05; "20", "two": 0.5)."""
    _, dot, dec = words.partition(".")
    return 0.5 * 10.0 ** -len(dec) if dot else 0.5


def _digits(text: str, m: re.Match[str], liberal: bool) -> tuple[Value, ...] | None:
    """The values a figure in digits stands for; None when it is a label, not a figure."""
    whole = re.sub(r"[,\s]", "", m.group("int") or "") or "0"
    dec = m.group("dec") or ""
    glued = m.group("glued") or ""
    x = float(whole + dec)
    tol = 0.5 * 10.0 ** -(len(dec) - 1) if dec else 0.5
    after = _AFTER_RE.match(text, m.end())
    assert after is not None  # every part of it is optional
    if glued.isupper() and glued.lower() in _SUFFIXES:
        glued = glued.lower()  # "$10M", "5K"
    if glued.lower() in _GLUED_SCALES or _GLUED_TIME_RE.search(m.group(0)):
        glued = glued.lower()  # "£21Billion", "10Years": a scale or a unit, not a label
    if glued in _GLUED_SCALES:
        scale = _SCALES[glued]
        return (Value("n", x * scale, tol * scale),)  # "£21billion" is "£21 billion"
    label = _is_label(text, m.start(), m.end()) or (glued != "" and not glued.islower())
    if label:
        return (Value("n", x, tol),) if liberal else None
    forms: list[Value] = [Value("n", x, tol)]
    if glued in ("st", "nd", "rd", "th"):
        forms.append(Value("o", x))
    elif glued in _SUFFIXES:
        scaled = Value("n", x * _SUFFIXES[glued], tol * _SUFFIXES[glued])
        currency = text[max(0, m.start() - 1) : m.start()] in CURRENCY
        # Only a bare "m" or "k" may be a unit ("5m" of rope); after a currency sign, or
        # "bn", it is the scale alone ("£10m" is not "£10bn").
        forms = [scaled] if currency or glued not in _UNIT_SUFFIXES else [*forms, scaled]
    elif glued == "x":
        forms.append(Value("x", x, tol))
    if after.group("scale"):
        scale = _SCALES[after.group("scale").lower()]
        forms[0] = Value("n", x * scale, tol * scale)  # "10 million" is not 10
    if after.group("times"):
        forms.insert(0, Value("x", x, tol))
    if after.group("pct") and (
        _RISE_RE.match(text, after.end())
        or _RISEN_BY_RE.search(text, max(0, m.start() - 40), m.start())
    ):
        forms.append(Value("x", 1 + x / 100, tol / 100))  # "a 50% rise", "rose by 50%": 1.5 times
    year = glued == "" and not dec and _YEAR_RE.match(whole) and whole == m.group("int")
    if year and not after.group(0):
        # A year, compared with years. Whether "in 2011 refugees" is a year or a count
        # is not sure: a claim's is a count too before a plural, a source's always.
        if liberal or _COUNT_AFTER_RE.match(text, m.end()):
            return (Value("y", x), Value("n", x))
        return (Value("y", x),)
    if text[max(0, m.start() - 1) : m.start()] == "£" and whole == "0" and len(dec) == 3:
        forms.append(Value("n", float(dec[1:])))  # "£0.50" is 50 (pence)
    return tuple(forms)


_TIMES_STEMS = ("twice", "doubl", "trebl", "tripl", "quadrupl", "halv", "fold")


def _has(low: str, stems: Iterable[str]) -> bool:
    """Whether the (lower-cased) text holds one of the stems."""
    return any(stem in low for stem in stems)


def figures(text: str, *, liberal: bool = False) -> list[Figure]:
    """Every figure of a text with each value it may stand for, in order.

    Shares ("one in three", "4 out of 10") and fractions ("a third", "1/3", "two
    thirds") are percentages; "twice", "2-fold", "2x", "three times" are times; "1.5m",
    "1.5 million", "fifteen thousand", "a dozen" are scaled; "2nd" is an ordinal as well
    as 2; "10 000" and "10,000" are one figure; "45.0%" is 45 to a tenth. Labels are left
    out ("type 2", "COVID-19", "SARS-CoV-2", "H1N1", "PLOS ONE"), and so is a run of more
    than :data:`MAX_DIGITS` digits.

    Args:
        text: The text.
        liberal: Read a source's side: labels' digits, the parts of shares and
            fractions and ordinal words ("second") too, so that a claim's figure in any
            of those forms is found there.

    Returns:
        The figures, in the order of the text.

    Example:
        >>> [f.words for f in figures("one in three, 1.5m people with type 2 diabetes")]
        ['one in three', '1.5m']
    """
    out: list[Figure] = []
    taken = bytearray(len(text))  # the characters a figure read already holds

    def free(start: int, end: int) -> bool:
        return not any(taken[start:end])

    def add(
        m: re.Match[str],
        forms: Iterable[Value],
        digits: bool,
        *,
        take: bool,
        parts: tuple[Value, ...] = (),
    ) -> None:
        out.append(Figure(m.group(0), m.start(), tuple(forms), digits, parts))
        if take:
            taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())

    for m in _SHARE_RE.finditer(text):
        n_words, m_words = m.group("nd") or m.group("nw"), m.group("md") or m.group("mw")
        n, d = _part(n_words), _part(m_words)
        if n is None or not d or _YEAR_RE.match(m_words):
            continue  # "20 in 2019" is no share
        parts = (Value("n", n, _half_unit(n_words)), Value("n", d, _half_unit(m_words)))
        share = [Value("n", 100 * n / d)]
        add(m, share, m.group(0)[0].isdigit(), take=not liberal, parts=parts)
    for m in _DIGIT_FRACTION_RE.finditer(text):
        n, d = float(m.group(1)), float(m.group(2))
        if d and free(*m.span()):
            add(m, [Value("n", 100 * n / d)], True, take=not liberal)
    low = text.lower()
    # Passes whose words the text lacks are skipped (a long release is read faster).
    for m in _NUM_WORDS_RE.finditer(text) if "and a half" in low else ():
        if m.group("half") and (x := _number_words(m)) is not None:
            add(m, [Value("n", x)], False, take=True)  # "one and a half million"
    for m in _FRACTION_RE.finditer(text) if _has(low, _FRACTIONS) else ():
        if not free(*m.span()):
            continue
        f = m.group("f").lower()
        d = _FRACTIONS[f if f in _FRACTIONS else f.rstrip("s")]
        n = _part(m.group("n")) if m.group("n") else 1.0
        forms = [Value("n", 100 * (n or 1.0) / d)]
        if m.group("scale"):
            forms = [Value("n", (n or 1.0) / d * _SCALES[m.group("scale").lower()])]
        elif f in _ORDINALS:
            forms.append(Value("o", float(_ORDINALS[f])))
        add(m, forms, False, take=True)
    for m in _WORD_TIMES_RE.finditer(text) if _has(low, _TIMES_STEMS) else ():
        w = m.group(0).lower()
        forms = [Value("x", float(_TIMES_WORDS[w]))] if w in _TIMES_WORDS else []
        if w in _HALVED:
            forms = [Value("n", 50.0), Value("x", 0.5)]
        add(m, forms, False, take=True)
    for m in _DECADES_RE.finditer(text) if "decade" in low else ():
        if free(*m.span()) and (n := _part(m.group(1))) is not None:
            add(m, [Value("n", n), Value("n", 10 * n)], m.group(1)[0].isdigit(), take=True)
    for m in _DIGITS_RE.finditer(text):
        if not (m.group("int") or m.group("dec")) or not free(*m.span()):
            continue
        digit_forms = _digits(text, m, liberal)
        if digit_forms is not None:
            add(m, digit_forms, True, take=True)
    for m in _NUM_WORDS_RE.finditer(text):
        if not free(*m.span()) or _is_label(text, m.start(), m.end()):
            continue
        if not liberal and _is_pronoun_number(text, m.start(), m.end()):
            continue  # a claim's "had one over the past year", "the two was" count nothing
        x = _number_words(m)
        if x is None:
            continue
        forms = [Value("n", x)]
        after = _AFTER_RE.match(text, m.end())
        if after is not None and after.group("times"):
            forms.insert(0, Value("x", x))
        add(m, forms, False, take=True)
    if liberal:
        for m in _ORDINAL_WORDS_RE.finditer(text):
            if free(*m.span()):
                add(m, [Value("o", float(_ORDINALS[m.group(0).lower()]))], False, take=True)
        for m in _PLURAL_SCALE_RE.finditer(text):
            if free(*m.span()):  # "thousands" is the claim's "1,000s"
                add(m, [Value("n", _PLURAL_SCALES[m.group(1).lower()])], False, take=True)
        for m in ONE_UNIT_RE.finditer(text) if _has(low, _UNIT_STEMS) else ():
            if free(*m.span()):  # "a year" is the claim's "12 months"
                add(m, _durations(1.0, m.group(1)), False, take=True)
    if _has(low, _UNIT_STEMS):
        out = [_with_duration(text, f) for f in out]
    if not liberal:  # a release's "more than 10%" does not give a story's "14%"
        out = [_with_bound(text, f) for f in out]
    out.sort(key=lambda f: f.start)
    return out


_UNIT_STEMS = ("hour", "day", "week", "month", "year")
# "hundreds", "thousands", "millions": the scale itself (a source's side).
_PLURAL_SCALE_RE = re.compile(r"\b(hundred|thousand|million|billion)s\b", re.IGNORECASE)
_PLURAL_SCALES = {"hundred": 100.0, **_SCALES}


# A round figure given as a bound ("over 5,000 women" for the release's 5,658, "nearly
# 6,000", "about 40 per cent"): the figure rounded at its last written non-zero digit,
# upwards, downwards or either way (``Figure.bound``; its values are unchanged). A claim's
# side only: a release's bound ("more than 10%") does not give a story's exact "14%".
_BOUND_ABOVE_RE = re.compile(
    r"\b(?:over|more\s+than|above|at\s+least|upwards\s+of|in\s+excess\s+of)\s+[£$€¥]?$",
    re.IGNORECASE,
)
_BOUND_BELOW_RE = re.compile(
    r"\b(?:nearly|almost|just\s+under|under|less\s+than|fewer\s+than|below)\s+[£$€¥]?$",
    re.IGNORECASE,
)
_BOUND_ABOUT_RE = re.compile(
    r"\b(?:about|around|roughly|approximately|some|circa|an\s+estimated)\s+[£$€¥]?$",
    re.IGNORECASE,
)


def _rounding_unit(v: Value) -> float:
    """The unit of a figure's last written non-zero digit (5,000: 1,000; 3.5: 0.1)."""
    if v.tol > 0 and v.tol < 0.5:
        return 2 * v.tol
    unit = 1.0
    n = round(abs(v.x))
    while n and n % 10 == 0 and unit < 1e12:
        n //= 10
        unit *= 10
    return unit


def _in_bound(bound: Value, value: Value) -> bool:
    """Whether a count lies strictly inside a bound's range ("under 40": not 30 itself)."""
    return value.kind == bound.kind and abs(value.x - bound.x) < bound.tol


def _with_bound(text: str, figure: Figure) -> Figure:
    """The figure with the range its bound word gives too ("over 5,000": 5,000 to 6,000)."""
    if not figure.forms or figure.forms[0].kind != "n" or figure.parts:
        return figure
    before = text[max(0, figure.start - 24) : figure.start]
    first = figure.forms[0]
    unit = _rounding_unit(first)
    if _BOUND_ABOVE_RE.search(before):
        span = Value("n", first.x + unit / 2, unit / 2)
    elif _BOUND_BELOW_RE.search(before):
        span = Value("n", first.x - unit / 2, unit / 2)
    elif _BOUND_ABOUT_RE.search(before):
        span = Value("n", first.x, unit / 2)
    else:
        return figure
    return replace(figure, bound=span)


def _durations(x: float, unit: str) -> list[Value]:
    """The duration ``x`` ``unit`` on each scale it is exactly on, as exact values."""
    return [Value(kind, v) for kind, v in duration_values(x, unit)]


def _with_duration(text: str, figure: Figure) -> Figure:
    """The figure with its duration's values too when a unit of time follows it."""
    if not figure.forms or figure.forms[0].kind != "n" or figure.parts:
        return figure
    after = UNIT_AFTER_RE.match(text, figure.start + len(figure.words))
    glued = _GLUED_TIME_RE.search(figure.words)  # "10years" is "10 years"
    unit = after.group(1) if after is not None else glued.group(1) if glued else None
    if unit is None:
        return figure
    extra = _durations(figure.forms[0].x, unit)
    return replace(figure, forms=(*figure.forms, *extra))
