"""Find where a quotation or a reported claim comes from in a set of source texts.

The article side is always a character span of the article; the source side a span of
one source document. Words are compared by their keys (:func:`sourcetrace.text.words`),
so case, quotation marks, dashes, line wrapping and hyphenation never count as changes,
and an ellipsis inside a quotation ("…", "...") is a marked omission: each piece between
omissions must be found, in order, in the same source.
"""

from __future__ import annotations

import difflib
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from sourcetrace.documents import Document
from sourcetrace.quotes.equivalence import (
    attribution_gap,
    changes_who,
    contraction_only,
    equivalent,
)
from sourcetrace.quotes.match_words import (
    INTENSIFIERS,
    MODALS,
    NEGATIONS,
    NUMBER_WORDS,
    _source,
)
from sourcetrace.quotes.model import Edit
from sourcetrace.quotes.sentence_match import (
    SentenceMatch,
    best_sentence,
    span_negated,
    span_stems,
)
from sourcetrace.text import STOPWORDS, Words, is_content, word_set

__all__ = [
    "INTENSIFIERS",
    "MODALS",
    "NEGATIONS",
    "NUMBER_WORDS",
    "Located",
    "SentenceMatch",
    "article_pieces",
    "best_location",
    "best_sentence",
    "locate",
    "span_negated",
    "span_stems",
]

_ELLIPSIS_RE = re.compile(r"…|\.\s?\.\s?\.|\[\s*(?:…|\.\.\.)\s*\]")


@dataclass(frozen=True, slots=True)
class Located:
    """Where a span of the article was found in one source.

    Attributes:
        doc_id: The source document's id.
        start: Start offset of the matching span in the source.
        end: End offset in the source.
        matched: Article words aligned to an identical source word.
        total: Article words in the span (omission marks excluded).
        similarity: ``2 * matched / (article words + source words)``.
        edits: The word-level differences, in article order.
    """

    doc_id: str
    start: int
    end: int
    matched: int
    total: int
    similarity: float
    edits: tuple[Edit, ...]


def article_pieces(text: str, w: Words, start: int, end: int) -> list[range]:
    """Return the article's word index ranges inside ``[start, end)``, cut at omissions."""
    first = w.index_at(start)
    inside = range(first, bisect_left(w.starts, end))  # words start in order
    cuts = sorted({m.start() for m in _ELLIPSIS_RE.finditer(text, start, end)})
    pieces: list[range] = []
    run: list[int] = []
    for i in inside:
        # A cut between the run's last word and this one (the first cut after the word).
        at = bisect_left(cuts, w.ends[run[-1]]) if run else 0
        if run and at < len(cuts) and cuts[at] < w.starts[i]:
            pieces.append(range(run[0], run[-1] + 1))
            run = []
        run.append(i)
    if run:
        pieces.append(range(run[0], run[-1] + 1))
    return pieces


_DETERMINERS = word_set("the a an his her its their our my your this that")


def _significant(keys: Sequence[str], originals: Sequence[str], moved: frozenset[str]) -> bool:
    """Return True if changing these words can change the meaning.

    Args:
        keys: The changed words' keys (quotation side and source side together).
        originals: The same words as written (for capitals).
        moved: Name keys both dropped and added elsewhere in the quotation (a name moved
            within the sentence, "the behavior of Azerbaijan" -> "Azerbaijan's behavior").
    """
    for i, (key, original) in enumerate(zip(keys, originals, strict=True)):
        if key in NEGATIONS or key in INTENSIFIERS or key in NUMBER_WORDS:
            return True
        if key in MODALS and not (i and keys[i - 1] in _DETERMINERS):
            return True
        if key.endswith("n't") or any(c.isdigit() for c in key):
            return True
        if original[:1].isupper() and key not in STOPWORDS and _name(key) not in moved:
            return True
    return False


def _name(key: str) -> str:
    return key.removesuffix("'s")


_MAX_TIED = 3  # source places with the best vote whose alignments are compared


def _best_windows(
    q_keys: list[str], s: Words, where: dict[str, tuple[int, ...]], after: int
) -> list[tuple[int, int]]:
    """The source word ranges most likely to hold ``q_keys`` (at or after ``after``).

    Usually one; when the source repeats the quoted words (a headline and the quotation
    in the body, "Migraine should be considered an important risk marker …"), every place
    with the best vote, up to ``_MAX_TIED``, in source order.
    """
    votes: Counter[int] = Counter()
    for qi, key in enumerate(q_keys):
        if not is_content(key) and len(q_keys) > 3:
            continue
        for pos in where.get(key, ()):
            if pos >= after:
                votes[pos - qi] += 1
    if not votes:
        return []
    # Neighbouring offsets (a word inserted or dropped shifts the rest) vote together.
    score = {o: sum(votes.get(o + d, 0) for d in range(-3, 4)) for o in votes}
    top = max(score.values())
    tied: list[int] = []
    for o in sorted(o for o, v in score.items() if v == top):
        if not tied or o - tied[-1] > 3:  # one place, not its neighbouring offsets
            tied.append(o)
    slack = max(3, len(q_keys) // 3)
    return [
        (max(best - slack, after, 0), min(best + len(q_keys) + slack, len(s)))
        for best in tied[:_MAX_TIED]
    ]


def _align_piece(
    text: str, a: Words, piece: range, doc: Document, after: int
) -> tuple[int, int, int, list[Edit]] | None:
    """Align one omission-free piece of the article to ``doc``; None if nothing matches.

    Of several equally likely places, the one matching most words (then with fewest
    edits, then the first) is taken.
    """
    s, where = _source(doc.id, doc.text)
    q_keys = [a.keys[i] for i in piece]
    best: tuple[int, int, int, list[Edit]] | None = None
    for lo, hi in _best_windows(q_keys, s, where, after):
        found = _align_window(text, a, piece, doc, q_keys, lo, hi)
        if found is not None and (
            best is None or (found[2], -len(found[3])) > (best[2], -len(best[3]))
        ):
            best = found
    return best


def _align_window(
    text: str, a: Words, piece: range, doc: Document, q_keys: list[str], lo: int, hi: int
) -> tuple[int, int, int, list[Edit]] | None:
    """Align a piece of the article to the source words ``[lo, hi)`` of ``doc``."""
    s, _ = _source(doc.id, doc.text)
    matcher = difflib.SequenceMatcher(None, q_keys, s.keys[lo:hi], autojunk=False)
    blocks = _inside_quotation(
        [b for b in matcher.get_matching_blocks() if b.size], doc.text, s, lo
    )
    if not blocks:
        return None
    s_first, s_last = lo + blocks[0].b, lo + blocks[-1].b + blocks[-1].size
    # Quotation words before the first match or after the last replace the source words
    # there ("Because" for "As", "It's" for "It is"), within the source's sentence.
    head = q_keys[: blocks[0].a]
    tail = q_keys[blocks[-1].a + blocks[-1].size :]
    found_first, found_last = s_first, s_last
    if head:
        q_head = text[a.starts[piece[0]] : a.ends[piece[0] + len(head) - 1]]
        s_first = _edge(doc.text, s, s_first, -1, q_head, len(head) + _contracted(head))
    if tail:
        q_tail = text[a.starts[piece[-1] - len(tail) + 1] : a.ends[piece[-1]]]
        s_last = _edge(doc.text, s, s_last, 1, q_tail, len(tail) + _contracted(tail))
    # Source words taken in at the edges name what was replaced; whether the change can
    # alter the meaning is judged on the quotation's words alone there.
    edge = set(range(s_first, found_first)) | set(range(found_last, s_last))
    matcher = difflib.SequenceMatcher(None, q_keys, s.keys[s_first:s_last], autojunk=False)
    raw: list[tuple[str, list[int], list[int], tuple[int, int], tuple[int, int], bool]] = []
    matched = 0
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            matched += i2 - i1
            continue
        qa = [piece[i] for i in range(i1, i2)]
        sb = list(range(s_first + j1, s_first + j2))
        kind = {"replace": "replace", "delete": "insert", "insert": "delete"}[op]
        q_span = (a.starts[qa[0]], a.ends[qa[-1]]) if qa else _gap(a, piece, i1)
        s_span = (s.starts[sb[0]], s.ends[sb[-1]]) if sb else _gap(s, range(s_first, s_last), j1)
        if not qa and attribution_gap(doc.text, *s_span):
            continue  # the source's own "said Dr X" between two quoted segments: an omission
        form = _form(text, a, piece, (i1, i2), doc.text, s, (s_first + j1, s_first + j2))
        if form == "same":
            matched += len(qa)  # "10%" / "10 per cent", "organise" / "organize"
            continue
        raw.append((kind, qa, sb, q_span, s_span, form == "number"))
    added = {_name(a.keys[i]) for _, qa, _, _, _, _ in raw for i in qa}
    dropped = {_name(s.keys[j]) for _, _, sb, _, _, _ in raw for j in sb}
    moved = frozenset(added & dropped)
    edits = []
    for kind, qa, sb, q_span, s_span, number_form in raw:
        inner = [j for j in sb if j not in edge]
        keys = [a.keys[i] for i in qa] + [s.keys[j] for j in inner]
        originals = [text[a.starts[i] : a.ends[i]] for i in qa] + [
            doc.text[s.starts[j] : s.ends[j]] for j in inner
        ]
        edits.append(
            Edit(
                kind=kind,
                source_text=doc.text[s_span[0] : s_span[1]] if sb else "",
                quote_text=text[q_span[0] : q_span[1]] if qa else "",
                significant=(
                    _significant(keys, originals, moved)
                    or changes_who(
                        doc.text[s_span[0] : s_span[1]] if sb else "",
                        text[q_span[0] : q_span[1]] if qa else "",
                    )
                )
                and not number_form
                and not contraction_only(
                    doc.text[s_span[0] : s_span[1]] if sb else "",
                    text[q_span[0] : q_span[1]] if qa else "",
                ),
                source_start=s_span[0],
                source_end=s_span[1],
                quote_start=q_span[0],
                quote_end=q_span[1],
            )
        )
    return s_first, s_last, matched, edits


# Most words of a matching block at a quotation's edge that is dropped when the source
# words between it and the next block cross a quotation mark (:func:`_inside_quotation`).
_STRAY_EDGE_WORDS = 2
# Double quotation marks: a single one is also an apostrophe.
_DOUBLE_MARKS_RE = re.compile(r"[\"“”«»„]")
# A source sentence's end: a stop, closing marks, a space, then a capital. "Dr. Smith"
# reads as one too, which is why only a stray of function words is dropped across it.
_SENTENCE_END_RE = re.compile(r"[.!?][\"”’')\]]*\s+[\"“‘'(]?[A-Z]")


def _inside_quotation(
    blocks: list[difflib.Match], doc_text: str, s: Words, lo: int
) -> list[difflib.Match]:
    """The matching blocks without a stray word matched outside the source's quotation.

    A quotation's first (or last) word or two can match the same word just before the
    source's opening mark (or after its closing one): "The results provide …" against
    "… in the School of Medicine, said: “These results provide …" matched "The" to the
    "the" of "the School", and the source's attribution became a deletion that "can change
    the meaning". Such an edge block, at most ``_STRAY_EDGE_WORDS`` words, whose gap to
    the next block is source words only, crossing a double quotation mark, and is not the
    source's own attribution between two quoted segments (:func:`attribution_gap`), is
    dropped: its words are the quotation's unmatched edge words, compared with the source
    words just inside the mark. So is an edge block of function words alone whose gap
    crosses the end of a source sentence ("the" of "the authors. However, they say").
    """

    def stray(edge: difflib.Match, nxt: difflib.Match, first: bool) -> bool:
        before, after = (edge, nxt) if first else (nxt, edge)
        if edge.size > _STRAY_EDGE_WORDS or before.a + before.size != after.a:
            return False
        gap_lo, gap_hi = lo + before.b + before.size, lo + after.b
        if gap_hi <= gap_lo:
            return False
        start, end = s.ends[gap_lo - 1], s.starts[gap_hi]
        if not _DOUBLE_MARKS_RE.search(doc_text, start, end):
            # Or function words only, cut off by a sentence end: "the" of "… the
            # authors. However, they say possibilities include …" for "Some of the
            # possibilities include …".
            words = range(lo + edge.b, lo + edge.b + edge.size)
            return not any(is_content(s.keys[j]) for j in words) and bool(
                _SENTENCE_END_RE.search(doc_text, start, end)
            )
        return not attribution_gap(doc_text, s.starts[gap_lo], s.ends[gap_hi - 1])

    if len(blocks) > 1 and stray(blocks[0], blocks[1], True):
        blocks = blocks[1:]
    if len(blocks) > 1 and stray(blocks[-1], blocks[-2], False):
        blocks = blocks[:-1]
    return blocks


_EDGE_WORDS = 2
_BOUNDARY_RE = re.compile(r"[.!?;:,“”\"«»\n()]")


def _extend(doc_text: str, s: Words, at: int, step: int, most: int) -> list[int]:
    """The passage edges reached moving ``step`` one source word at a time.

    Never across a sentence end, comma, line break or quotation mark; at most ``most``.
    """
    out = []
    for _ in range(most):
        nxt = at + step
        if step < 0:
            if nxt < 0 or _BOUNDARY_RE.search(doc_text, s.ends[nxt], s.starts[at]):
                break
        elif at >= len(s) or (at and _BOUNDARY_RE.search(doc_text, s.ends[at - 1], s.starts[at])):
            break
        at = nxt
        out.append(at)
    return out


def _edge(doc_text: str, s: Words, at: int, step: int, quoted: str, words_: int) -> int:
    """Where a passage edge goes when the quotation has unmatched words beyond it.

    To the source words the quotation gives in another form ("maybe" for "may be",
    "it is" for "it's"), if any; else, for one word, to the one source word it replaces
    ("Because" for "As"); else it stays.
    """
    reach = _extend(doc_text, s, at, step, min(words_, _EDGE_WORDS + 1))
    for edge in reach:
        lo, hi = (edge, at) if step < 0 else (at, edge)
        src = doc_text[s.starts[lo] : s.ends[hi - 1]]
        if equivalent(src, quoted) or contraction_only(src, quoted):
            return edge
    if words_ == 1 and reach:
        return reach[0]
    return at


def _contracted(keys: Sequence[str]) -> int:
    """How many of these words are contractions, each two source words ("it's")."""
    return sum(1 for k in keys if ("'" in k and not k.endswith("'s")) or k in _IS_CONTRACTED)


_IS_CONTRACTED = word_set("it's that's there's here's he's she's what's who's where's let's")


def _context(
    text: str, w: Words, lo: int, hi: int, floor: int, ceil: int, sides: tuple[bool, bool]
) -> str:
    """Words ``[lo, hi)`` of ``w`` with one neighbouring word on each side asked for.

    ``sides`` says whether to take the word before and the word after (each within
    ``floor`` and ``ceil``); on a side not taken, the signs attached to the words are
    kept instead ("15%,", "$15").
    """
    first = max(lo - 1, floor) if sides[0] else lo
    last = min(hi + 1, ceil) if sides[1] else hi
    if last <= first:
        return ""
    start, end = w.starts[first], w.ends[last - 1]
    if not sides[0]:
        while start > 0 and not text[start - 1].isspace():
            start -= 1
    if not sides[1]:
        while end < len(text) and not text[end].isspace():
            end += 1
    return text[start:end]


def _form(
    text: str,
    a: Words,
    piece: range,
    q_range: tuple[int, int],
    doc_text: str,
    s: Words,
    s_range: tuple[int, int],
) -> Literal["same", "number"] | None:
    """Whether an edit only changes the form of the words (see :mod:`.equivalence`).

    ``"same"``: the same words ("10%" / "10 per cent", "organise" / "organize"), no edit.
    ``"number"``: a number written the other way ("one per cent" / "1%"), which the
    annotation guide counts as an edit, but one that cannot change the meaning.

    The words are compared with one neighbour each side, so "10%" (one word, the sign
    dropped from its key) and "10 per cent" compare as the same number. At an edge of the
    quotation the source's words are compared without the neighbour the quotation does
    not have there: "… by 15 per cent." ending a quotation of "… by 15%," say the
    authors" is the same number, not an insertion beside a "say" the quotation never had.
    """
    q_lo, q_hi = piece[0] + q_range[0], piece[0] + q_range[1]
    sides = (q_lo > piece[0], q_hi < piece[-1] + 1)
    q_text = _context(text, a, q_lo, q_hi, piece[0], piece[-1] + 1, sides)
    s_text = _context(doc_text, s, s_range[0], s_range[1], 0, len(s), sides)
    pairs = [(s_text, q_text)] if q_text and s_text else []
    if q_range[1] > q_range[0] and s_range[1] > s_range[0]:
        bare_q = text[a.starts[q_lo] : a.ends[q_hi - 1]]
        bare_s = doc_text[s.starts[s_range[0]] : s.ends[s_range[1] - 1]]
        pairs.insert(0, (bare_s, bare_q))
    if any(equivalent(src, quoted, numerals=False) for src, quoted in pairs):
        return "same"
    if any(equivalent(src, quoted) for src, quoted in pairs):
        return "number"
    return None


def _gap(w: Words, rng: range, i: int) -> tuple[int, int]:
    """The empty span where word ``i`` of ``rng`` would be (for inserts and deletes)."""
    if i < len(rng):
        return w.starts[rng[i]], w.starts[rng[i]]
    return w.ends[rng[-1]], w.ends[rng[-1]]


def locate(text: str, a: Words, start: int, end: int, doc: Document) -> Located | None:
    """Find the article span ``[start, end)`` in ``doc``, piece by piece across omissions.

    Args:
        text: The article's text.
        a: Its words.
        start: Start offset of the span (a quotation's words, without the marks).
        end: End offset.
        doc: A source document.

    Returns:
        The best matching source span with its edits, or None if no word matches.
    """
    pieces = article_pieces(text, a, start, end)
    total = sum(len(p) for p in pieces)
    if total == 0:
        return None
    s, _ = _source(doc.id, doc.text)
    after = 0
    spans: list[tuple[int, int]] = []
    matched = 0
    edits: list[Edit] = []
    source_words = 0
    for piece in pieces:
        found = _align_piece(text, a, piece, doc, after)
        if found is None:
            if spans:
                return None
            continue
        s_first, s_last, got, piece_edits = found
        spans.append((s_first, s_last))
        matched += got
        source_words += s_last - s_first
        edits.extend(piece_edits)
        after = s_last
    if not spans:
        return None
    return Located(
        doc_id=doc.id,
        start=s.starts[spans[0][0]],
        end=s.ends[spans[-1][1] - 1],
        matched=matched,
        total=total,
        similarity=2 * matched / (total + source_words),
        edits=tuple(edits),
    )


def best_location(
    text: str, a: Words, start: int, end: int, docs: Sequence[Document]
) -> Located | None:
    """Return the best :func:`locate` result over ``docs`` (earlier docs win ties)."""
    best: Located | None = None
    for doc in docs:
        found = locate(text, a, start, end, doc)
        if found is not None and (
            best is None or (found.matched, found.similarity) > (best.matched, best.similarity)
        ):
            best = found
    return best
