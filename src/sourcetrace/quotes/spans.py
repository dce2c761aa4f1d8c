"""Find quoted spans in a text: which characters lie between quotation marks.

Handles curly and straight double quotes, the doubled apostrophe some wire texts use
for a double quote (''), «guillemets», „German“ quotes and single-quote quotations
(told apart from apostrophes: "don't", "Clinton’s", "the players' union"). A quotation
running over several paragraphs, with the opening mark repeated at the start of each and
the closing mark only at the end, is one span. Offsets exclude the marks.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, islice
from typing import Final

from sourcetrace.text import word_set

# Marks, longest first so '' is one mark and not two apostrophes.
_DOUBLE_RE = re.compile(r"''|``|[“”\"«»„‟]")
_OPENERS = frozenset("“«„‟`")
_CLOSERS = frozenset("”»")
_SINGLE_OPEN_RE = re.compile(r"(?<![\w’'])[‘'](?=[^\s’'])")
_SINGLE_CLOSE_RE = re.compile(r"(?<=[^\s‘'])[’'](?![\w‘’'])")
_OPEN_BEFORE = frozenset(" \t\n\r([{—–-/:;,")


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """A stretch of text between quotation marks.

    Attributes:
        start: Offset of the first quoted character (after the opening mark).
        end: Offset just past the last quoted character (before the closing mark).
        open_at: Offset of the opening mark.
        close_at: Offset of the closing mark, or None if the quotation is never closed
            (it then ends at the end of its paragraph).
        single: Single quotation marks rather than double.
        close_len: Length of the closing mark (2 for '').
    """

    start: int
    end: int
    open_at: int
    close_at: int | None
    single: bool = False
    close_len: int = 1

    @property
    def after(self) -> int:
        """Offset just past the closing mark (or the quotation's end if unclosed)."""
        return self.close_at + self.close_len if self.close_at is not None else self.end


# A line holding a character that is not white space (``str.strip`` would keep it). A
# Windows line end's "\r" is left out of it, as "\n" is (a story pasted in a web form
# comes with "\r\n"), so that its paragraphs end where its LF twin's do.
_LINE_RE = re.compile(r"^[^\S\n]*\S[^\n]*?(?=\r?$)", re.MULTILINE)
# A line that ends a sentence, a quotation or a heading's bracket (not a wrapped line).
_LINE_END_RE = re.compile(r"[.?!:;…\"”’')\]][^\S\n]*$")
_BLANK_LINE_RE = re.compile(r"\n[^\S\n]*\n")


@dataclass(frozen=True, slots=True)
class WrapPolicy:
    """When a text's line breaks are a layout's, not paragraph breaks (PDF, wire copy).

    Attributes:
        min_lines: Fewest lines of ``min_chars`` or more (the last one aside) for a text
            to be judged hard-wrapped at all.
        min_chars: Shortest line counted (headings and datelines are not).
        max_chars: Longest line that may be a wrapped one (a layout wraps at a width).
        min_share: Share of the lines of ``min_chars`` or more that must be wrapped
            ones (at most ``max_chars`` long, ending without sentence punctuation) for
            the text to be hard-wrapped; its paragraphs are then the blocks between
            blank lines, when it has any.
        quote_lines: Most lines after the one a quotation opens on that may be joined to
            it, up to the line whose first quotation mark closes it.
        min_blanks: Fewest blank lines for a hard-wrapped text's paragraphs to be the
            blocks between them (a headline's blank line alone does not make its body
            one paragraph).
        min_blank_share: Fewest blank lines per line with text, likewise (paragraphs of
            up to about ten wrapped lines).
    """

    min_lines: int = 4
    min_chars: int = 40
    max_chars: int = 110
    min_share: float = 0.5
    quote_lines: int = 8
    min_blanks: int = 2
    min_blank_share: float = 0.08


DEFAULT_WRAP: Final = WrapPolicy()
"""The reading of line breaks every stage uses (a frozen value).

The public functions take no policy of their own: the quotations, their speakers, the
reported speech and the claims all read the same paragraphs, and a policy offered to one
of them but not to :func:`sourcetrace.quotes.extract` would find quotations over
paragraphs the other stages do not read. The private readings below take it as an
argument (part of their caches' keys), for the tests of its values.
"""


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` spans of the text's paragraphs.

    A paragraph is a line with text, except in hard-wrapped text (see
    :class:`WrapPolicy`): there, when blank lines separate paragraphs, a paragraph is a
    block of lines between them; without blank lines, a line of a wrapped line's length
    that ends without sentence punctuation, or ends a quotation with a comma (``…,"``),
    goes on on the next. In any text, a quotation opened on a line that
    ends without sentence punctuation (or on any line of a hard-wrapped text) and closed
    on one of the next lines joins those lines into one paragraph. A quotation running
    over paragraphs with its opening mark repeated at each one is not joined. Line breaks
    are read by :data:`DEFAULT_WRAP`.

    Args:
        text: The text.

    Returns:
        The paragraphs' spans, in text order.
    """
    return list(_paragraphs(text, DEFAULT_WRAP))


@lru_cache(maxsize=4)
def _paragraphs(text: str, wrap: WrapPolicy) -> tuple[tuple[int, int], ...]:
    # Every stage asks for the same text's paragraphs: they are found once (per policy,
    # a frozen value and so part of the cache's key).
    lines = [m.span() for m in _LINE_RE.finditer(text)]
    if len(lines) < 2:
        return tuple(lines)
    ragged = [not _LINE_END_RE.search(text, s, e) for s, e in lines[:-1]]
    # Headings, datelines and bylines end without punctuation in any layout, and so does
    # a long paragraph ending in a name ("…” ― Sonya Herridge"): only lines of a wrapped
    # line's length tell.
    sizes = [e - s for s, e in lines[:-1]]
    long = sum(1 for n in sizes if n >= wrap.min_chars)
    wrapped = sum(
        1 for r, n in zip(ragged, sizes, strict=True) if r and wrap.min_chars <= n <= wrap.max_chars
    )
    hard = wrapped >= wrap.min_lines and wrapped >= wrap.min_share * long
    if hard and _blanks_common(text, len(lines), wrap):
        return tuple(_blocks(text, lines))
    if not hard and not any(ragged):
        return tuple(lines)
    reach = _reach(text, lines, wrap)
    out = []
    i = 0
    while i < len(lines):
        j = i
        scan_from = lines[i][0]  # no quotation is open here (each stretch is read once)
        while j < len(ragged):
            if hard and _goes_on(text, lines[j], ragged[j], lines[j + 1][0], wrap):
                j += 1  # a wrapped line: its sentence, or its speaker, is on the next
                continue
            if not (hard or ragged[j]) or not _open_at_end(
                text, scan_from, lines[j][1], lines[reach[j]][1]
            ):
                break
            closing = _closing_line(text, lines, j + 1, wrap)
            if closing is None:
                break
            j, scan_from = closing
        out.append((lines[i][0], lines[j][1]))
        i = j + 1
    return tuple(out)


_COMMA_CLOSE_RE = re.compile(r",[\"”’'][^\S\n]*$")
# A quotation closed by a question, an exclamation or a dash: its speaker may follow
# ("…? Probably not yet?" / asked Professor Smith) when the next line goes on in lower case.
_MARK_CLOSE_RE = re.compile(r"[?!—–][\"”’'][^\S\n]*$")
_LOWER_START_RE = re.compile(r"[^\S\n]*[a-z]")


def _goes_on(
    text: str, line: tuple[int, int], ragged: bool, next_start: int, wrap: WrapPolicy
) -> bool:
    """Whether a line of a hard-wrapped text without blank lines goes on on the next.

    It does when it is as long as a wrapped line and ends without sentence punctuation,
    or when it ends in a quotation closed by a comma (``…,"``: its speaker follows), or
    by a question mark, an exclamation mark or a dash with the next line going on in
    lower case (``…?"`` / ``asked Smith``). Never over a blank line.
    """
    start, end = line
    if text.count("\n", end, next_start) > 1:
        return False
    if ragged:
        return end - start >= wrap.min_chars
    if _COMMA_CLOSE_RE.search(text, start, end) is not None:
        return True
    return (
        _MARK_CLOSE_RE.search(text, start, end) is not None
        and _LOWER_START_RE.match(text, next_start) is not None
    )


def _blanks_common(text: str, lines: int, wrap: WrapPolicy) -> bool:
    """Whether blank lines separate the paragraphs (see :class:`WrapPolicy`)."""
    blanks = len(_BLANK_LINE_RE.findall(text))
    return blanks >= wrap.min_blanks and blanks >= wrap.min_blank_share * lines


def _blocks(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join the lines between blank lines into one span each."""
    out = [lines[0]]
    for start, end in lines[1:]:
        if text.count("\n", out[-1][1], start) > 1:
            out.append((start, end))
        else:
            out[-1] = (out[-1][0], end)
    return out


def _reach(text: str, lines: list[tuple[int, int]], wrap: WrapPolicy) -> list[int]:
    """For each line, the last line a quotation open at its end may be closed on.

    That is the line ``wrap.quote_lines`` on, or the last one before a blank line if one
    comes first: the lines :func:`_closing_line` may join to it.
    """
    out = [len(lines) - 1] * len(lines)
    last = len(lines) - 1  # the last line before the next blank line (read backwards)
    for k in range(len(lines) - 2, -1, -1):
        if text.count("\n", lines[k][1], lines[k + 1][0]) > 1:
            last = k
        out[k] = min(last, k + wrap.quote_lines)
    return out


def _open_at_end(text: str, start: int, end: int, look: int) -> bool:
    """Whether a double quotation opened in ``text[start:end]`` is still open at its end.

    ``text[start:end]`` is read as :func:`double_quotes` reads a paragraph's (see
    :func:`_read_doubles`), so the two agree on which quotation is open at its end. Its
    marks are told apart by the marks up to ``look``, the end of the last line the
    quotation may be closed on: “…calls “hell” for all / of us,” is one quotation whose
    inner one closes on the first line and the outer on the next.
    """
    return _read_doubles(text, start, end, look=look).open_at is not None


def _closing_line(
    text: str, lines: list[tuple[int, int]], first: int, wrap: WrapPolicy
) -> tuple[int, int] | None:
    """The line from ``first`` on whose first double mark closes an open quotation.

    Returns that line's number and the offset past its closing mark.

    None when a blank line, a line whose first mark opens a quotation (a new one, or the
    next paragraph of the same by the repeated-mark convention) or the cap comes first.
    """
    for k in range(first, min(len(lines), first + wrap.quote_lines)):
        start, end = lines[k]
        if text.count("\n", lines[k - 1][1], start) > 1:
            return None
        m = _DOUBLE_RE.search(text, start, end)
        if m is None:
            continue
        return None if _is_opening(text, m.start(), m.group()) else (k, m.end())
    return None


def _is_opening(text: str, at: int, mark: str) -> bool:
    """Decide whether an ambiguous straight mark at ``at`` opens a quotation."""
    if mark in _OPENERS:
        return True
    if mark in _CLOSERS:
        return False
    before = text[at - 1] if at > 0 else " "
    after = text[at + len(mark)] if at + len(mark) < len(text) else " "
    if after.isspace():
        return False
    # Any white space before it, a no-break space too ("was\xa0"inevitable."").
    return before in _OPEN_BEFORE or before.isspace() or before in "“‘\"'"


def _closes_wrong_way(text: str, at: int, end: int) -> bool:
    """Whether an opening mark “ at ``at`` is typed for the closing one (“…,“ she said).

    Inside an open quotation, a “ that touches the word before it and is followed by
    white space (or ends the paragraph, before ``end``) can open nothing: it closes.
    """
    before = text[at - 1] if at > 0 else " "
    return not before.isspace() and (at + 1 >= end or text[at + 1].isspace())


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _nests(text: str, start: int, end: int) -> bool:
    """Whether the two marks after an opening mark met inside a quotation both close.

    Then the inner quotation closes first and the outer one after it; otherwise the outer
    quotation was never closed and the new mark starts a quotation of its own.
    """
    marks = [m.group() for m in islice(_DOUBLE_RE.finditer(text, start, end), 2)]
    return len(marks) == 2 and all(mark in _CLOSERS for mark in marks)


@dataclass(frozen=True, slots=True)
class _Reading:
    """What :func:`_read_doubles` read of a paragraph's double marks.

    Attributes:
        spans: The quotations closed in it.
        open_at: Offset of the opening mark of the quotation still open at its end, or
            None.
        open_len: Length of that mark.
    """

    spans: list[QuotedSpan]
    open_at: int | None
    open_len: int


def _read_doubles(
    text: str,
    start: int,
    end: int,
    open_at: int | None = None,
    open_len: int = 0,
    *,
    look: int | None = None,
) -> _Reading:
    """Read the double marks of ``text[start:end]``, the end of a paragraph's text.

    Args:
        text: The whole text.
        start: Where to read from.
        end: The paragraph's end (a wrong-way mark before it closes, see
            :func:`_closes_wrong_way`).
        open_at: Offset of the opening mark of a quotation open at ``start`` (one
            carried over from the previous paragraph), or None.
        open_len: Length of that mark.
        look: How far the marks after an opening mark met inside a quotation are read
            to tell whether it nests or closes the wrong way (at least ``end``, and
            ``end`` when None): a line's reading looks at the lines it may be joined to.

    Returns:
        The quotations closed in ``text[start:end]`` and the one left open at its end.
    """
    look = end if look is None else max(end, look)
    out: list[QuotedSpan] = []
    nested = 0  # closing marks that belong to a quotation inside the open one
    for m in _DOUBLE_RE.finditer(text, start, end):
        mark = m.group()
        if open_at is None:
            if _is_opening(text, m.start(), mark):
                open_at, open_len = m.start(), len(mark)
            continue
        if nested and mark in _CLOSERS:
            nested -= 1
            continue
        wrong_way = mark == "“" and not nested and _closes_wrong_way(text, m.start(), look)
        if mark == "“" and not wrong_way and _nests(text, m.end(), look):
            nested += 1  # “… what he calls “hell” than …”: one quotation inside another
            continue
        if (
            mark in _OPENERS
            and mark != "„"
            and not wrong_way
            and not (mark == "“" and text[open_at] == "„")
        ):
            # An opening mark inside an open quotation: the previous one was never
            # closed; start again here.
            open_at, open_len = m.start(), len(mark)
            continue
        s, e = _trim(text, open_at + open_len, m.start())
        if e > s:
            out.append(QuotedSpan(s, e, open_at, m.start(), close_len=len(mark)))
        open_at = None
    return _Reading(out, open_at, open_len)


def double_quotes(text: str) -> list[QuotedSpan]:
    """Find double-quoted spans, joining quotations that run over paragraphs.

    Args:
        text: The text (its paragraphs as :func:`paragraphs` reads them).

    Returns:
        The spans, in the order their quotations close.
    """
    return _double_quotes(text, DEFAULT_WRAP)


def _double_quotes(text: str, wrap: WrapPolicy) -> list[QuotedSpan]:
    """:func:`double_quotes` over the paragraphs ``wrap`` reads."""
    paras = _paragraphs(text, wrap)
    out: list[QuotedSpan] = []
    pending: int | None = None  # offset of the opening mark of an unclosed quotation
    pending_len = 0
    for n, (p_start, p_end) in enumerate(paras):
        open_at: int | None = None
        open_len = 0
        scan_from = p_start
        if pending is not None:
            lead = p_start + len(text[p_start:p_end]) - len(text[p_start:p_end].lstrip())
            first = _DOUBLE_RE.match(text, lead)
            if first and _is_opening(text, first.start(), first.group()):
                open_at, open_len = pending, pending_len  # the quotation goes on
                scan_from = first.end()
            else:
                out.extend(_unclosed(text, pending, pending_len, paras[n - 1][1]))
        reading = _read_doubles(text, scan_from, p_end, open_at, open_len)
        out.extend(reading.spans)
        pending, pending_len = reading.open_at, reading.open_len
    if pending is not None and paras:
        out.extend(_unclosed(text, pending, pending_len, paras[-1][1]))
    return out


def _unclosed(text: str, open_at: int, open_len: int, end: int) -> list[QuotedSpan]:
    """The quotation opened at ``open_at`` and never closed, ending at ``end``, if not empty."""
    s, e = _trim(text, open_at + open_len, end)
    return [QuotedSpan(s, e, open_at, None)] if e > s else []


def single_quotes(text: str, inside: list[QuotedSpan]) -> list[QuotedSpan]:
    """Find single-quoted spans outside the double-quoted ones, within a paragraph.

    Args:
        text: The text (its paragraphs as :func:`paragraphs` reads them).
        inside: Its double-quoted spans.

    Returns:
        The spans, in text order.
    """
    return _single_quotes(text, inside, DEFAULT_WRAP)


def _single_quotes(text: str, inside: list[QuotedSpan], wrap: WrapPolicy) -> list[QuotedSpan]:
    """:func:`single_quotes` within the paragraphs ``wrap`` reads."""
    covered = sorted(
        (q.open_at, (q.close_at if q.close_at is not None else q.end) + 1) for q in inside
    )
    starts = [a for a, _ in covered]
    # The furthest end among the spans opening at or before each one: ``at`` is covered
    # when a span opening at or before it ends after it (a bisection, not a scan).
    reach = list(accumulate((b for _, b in covered), max))

    def is_covered(at: int) -> bool:
        i = bisect_right(starts, at)
        return i > 0 and reach[i - 1] > at

    out: list[QuotedSpan] = []
    paras = _paragraphs(text, wrap)
    n = 0
    while n < len(paras):
        p_start, p_end = paras[n]
        pos = p_start
        n += 1
        while True:
            m = _SINGLE_OPEN_RE.search(text, pos, p_end)
            if m is None:
                break
            if is_covered(m.start()):
                pos = m.end()
                continue
            close = _SINGLE_CLOSE_RE.search(text, m.end(), p_end)
            last = p_end
            # 'Killer T-cells … devastating.  /  'During type 1 …  /  'When … healthy.'
            # a quotation running over paragraphs repeats its opening mark at the start of
            # each and closes only in the last. Only a mark opening a sentence (a capital
            # after it) starts one: "the '60s" is an apostrophe, not an open quotation.
            while (
                close is None
                and text[m.end() : m.end() + 1].isupper()
                and n < len(paras)
                and _opens_single(text, paras[n][0])
            ):
                last = paras[n][1]
                close = _SINGLE_CLOSE_RE.search(text, paras[n][0], last)
                n += 1
            if close is None:
                if last > p_end:  # never closed: it ends with its last paragraph
                    s, e = _trim(text, m.end(), last)
                    out.append(QuotedSpan(s, e, m.start(), None, single=True))
                break
            s, e = _trim(text, m.end(), close.start())
            if e > s and not is_covered(close.start()):
                out.append(QuotedSpan(s, e, m.start(), close.start(), single=True))
            # A quotation that closed in a later paragraph: go on in that paragraph.
            p_end = max(p_end, last)
            pos = close.end()
    return out


def _opens_single(text: str, at: int) -> bool:
    """Whether the paragraph starting at ``at`` opens with a single quotation mark."""
    while at < len(text) and text[at] in " \t":
        at += 1
    return _SINGLE_OPEN_RE.match(text, at) is not None


class SpanIndex:
    """Quoted spans, asked which cover an offset or a range without a scan of them all."""

    def __init__(self, spans: list[QuotedSpan]) -> None:
        """Index the spans by where they open and start (any order, overlapping or not)."""
        by_open = sorted(spans, key=lambda q: q.open_at)
        self._opens = [q.open_at for q in by_open]
        # The furthest ``after`` among the spans opening at or before each one.
        self._reach = list(accumulate((q.after for q in by_open), max))
        self._by_start = sorted(spans, key=lambda q: q.start)
        self._starts = [q.start for q in self._by_start]
        self._ends = list(accumulate((q.end for q in self._by_start), max))

    def covers(self, at: int) -> bool:
        """Whether a span's marks enclose offset ``at`` (``open_at <= at < after``)."""
        i = bisect_right(self._opens, at)
        return i > 0 and self._reach[i - 1] > at

    def inside(self, start: int, end: int) -> int:
        """How many characters of ``[start, end)`` the spans' quoted text holds (summed)."""
        total = 0
        k = bisect_left(self._starts, end) - 1
        while k >= 0 and self._ends[k] > start:
            q = self._by_start[k]
            total += max(0, min(q.end, end) - max(q.start, start))
            k -= 1
        return total


def quoted_spans(text: str) -> list[QuotedSpan]:
    """Return every quoted span of ``text``, in text order.

    Args:
        text: The text (its paragraphs as :func:`paragraphs` reads them).

    Returns:
        Its double- and single-quoted spans, in text order.
    """
    return list(_quoted_spans(text, DEFAULT_WRAP))


@lru_cache(maxsize=4)
def _quoted_spans(text: str, wrap: WrapPolicy) -> tuple[QuotedSpan, ...]:
    # Found once per text (and policy) for the caps, the quotations and the claims.
    doubles = _double_quotes(text, wrap)
    return tuple(sorted([*doubles, *_single_quotes(text, doubles, wrap)], key=lambda q: q.start))


_SENT_END_RE = re.compile(r"[.!?](?=\s)")
_ABBREVIATIONS = word_set(
    """mr mrs ms dr st jr sr sen rep gov gen lt col capt sgt rev prof u.s a.m p.m no vs inc
    corp co ltd dept jan feb mar apr aug sept sep oct nov dec"""
)


#: Words a capital letter after them labels rather than begins a name ("vitamin D",
#: "hepatitis B", "Plan B", "grade A", "group B", "type O"). A full stop after such a
#: letter ends a sentence ("… were given vitamin D. Professor Smith said"): it is no
#: initial, and no name runs on across it. A list of letters counts too ("vitamins A,
#: C and E.").
LETTER_LABELS = word_set(
    """vitamin vitamins hepatitis plan type types grade grades group groups class classes
    category categories phase stage part section tier strain strains influenza flu block
    ward wing appendix exhibit option schedule generation gen"""
)
_LETTER_LABEL_RE = re.compile(
    r"\b([A-Za-z]+)[ \t]+(?:[A-Z](?:[ \t]*,[ \t]*|[ \t]+(?:and|or|&)[ \t]+))*[A-Z]$"
)


def is_letter_label_stop(text: str, at: int) -> bool:
    """Whether the full stop at ``at`` closes a letter label ("vitamin D."), not an initial.

    Args:
        text: The text.
        at: The offset of a full stop.

    Returns:
        True when the capital letter before it follows a word of :data:`LETTER_LABELS`.
    """
    if text[at : at + 1] != ".":
        return False
    m = _LETTER_LABEL_RE.search(text, max(0, at - 40), at)
    return m is not None and m.group(1).lower() in LETTER_LABELS


# A mark and the closing quotation marks or brackets after it ('… in life." That …').
_SENT_END_QUOTED_RE = re.compile(r"""[.!?]["'”’)\]]*(?=\s)""")
_NEXT_LOWER_RE = re.compile(r"\s+[a-z]")


def sentence_ends(text: str, start: int, end: int, *, closing_quotes: bool = False) -> list[int]:
    """Offsets just past each sentence-final mark in ``text[start:end]``.

    A full stop after an abbreviation ("Dr.", "Jan.") or an initial ("E. coli") ends
    nothing, nor one after an initialism followed by a lower-case word ("a U.K. study").
    A letter label's does ("… vitamin D. Then": :func:`is_letter_label_stop`).

    Args:
        text: The text.
        start: Where to start.
        end: Where to stop.
        closing_quotes: Also end a sentence at a mark followed by closing quotation
            marks or brackets, the end placed after them (the claims' main statements).
    """
    out = []
    for m in (_SENT_END_QUOTED_RE if closing_quotes else _SENT_END_RE).finditer(text, start, end):
        if m.group()[0] == ".":
            word = re.search(r"([\w.]+)$", text[max(start, m.start() - 12) : m.start()])
            if word and word.group(1).lower() in _ABBREVIATIONS:
                continue
            if word and len(word.group(1)) == 1 and not is_letter_label_stop(text, m.start()):
                continue
            if word and "." in word.group(1) and _NEXT_LOWER_RE.match(text, m.end(), end):
                continue
        out.append(m.end())
    return out
