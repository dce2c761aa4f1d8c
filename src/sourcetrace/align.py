"""Word-level alignment of reused passages between two texts.

The kernel is pure: it takes two :class:`~sourcetrace.text.Words` and returns aligned
word ranges. Seeds are shared word n-grams; seeds on nearby diagonals are chained
across small gaps (a word inserted, dropped or changed), so a lightly edited passage
stays one passage, and reordered sentences become separate passages. Each chain is
then aligned word by word (difflib) to count matches and list the edits.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

from sourcetrace.text import Words, is_content

OpKind = Literal["equal", "replace", "insert", "delete"]

#: Name and version of the alignment scheme, recorded with results.
ALIGNER = "seed-chain.v1"


@dataclass(frozen=True, slots=True)
class AlignOptions:
    """How passages are found.

    Attributes:
        seed: Words per seed n-gram.
        max_gap: Largest run of unmatched words bridged inside one passage.
        max_shift: Largest difference between the gaps on the two sides at a bridge.
        min_matched: Fewest identical words a passage must have.
        min_content: Fewest identical content words (not stopwords) a passage must have.
        max_positions: Seeds occurring more often than this in the source are ignored.
        min_chars: Fewest characters a passage spans in the article: shorter matches
            (a phone number, a stock phrase) are incidental, not passages.
    """

    seed: int = 3
    max_gap: int = 8
    max_shift: int = 5
    min_matched: int = 5
    min_content: int = 2
    max_positions: int = 8
    min_chars: int = 40


# difflib names edits from the first sequence's side; ours name them from the article's:
# words the article adds to the source are an "insert", words it leaves out a "delete".
_FROM_ARTICLE: dict[str, OpKind] = {
    "equal": "equal",
    "replace": "replace",
    "delete": "insert",
    "insert": "delete",
}


@dataclass(frozen=True, slots=True)
class WordOp:
    """One step of a word-level alignment, in word indices of both texts.

    ``insert`` means words the article adds, ``delete`` words of the source it leaves out.
    """

    kind: OpKind
    a_start: int
    a_end: int
    s_start: int
    s_end: int


@dataclass(frozen=True, slots=True)
class WordAlignment:
    """An aligned passage in word indices (end exclusive) with its edit steps.

    Attributes:
        a_start: First article word.
        a_end: One past the last article word.
        s_start: First source word.
        s_end: One past the last source word.
        matched: Article words aligned to an identical source word.
        ops: The alignment steps, ``equal`` and edits, in order.
    """

    a_start: int
    a_end: int
    s_start: int
    s_end: int
    matched: int
    ops: tuple[WordOp, ...]

    @property
    def similarity(self) -> float:
        """Dice similarity of the two word ranges: 1.0 when identical."""
        total = (self.a_end - self.a_start) + (self.s_end - self.s_start)
        return 2.0 * self.matched / total if total else 0.0


def _seeds(a: Words, s: Words, opts: AlignOptions) -> list[tuple[int, int]]:
    n = opts.seed
    positions: dict[tuple[str, ...], list[int]] = defaultdict(list)
    a_grams = list(zip(*(a.keys[k:] for k in range(n)), strict=False))
    wanted = set(a_grams)
    for j, gram in enumerate(zip(*(s.keys[k:] for k in range(n)), strict=False)):
        if gram in wanted:
            positions[gram].append(j)
    out: list[tuple[int, int]] = []
    for i, gram in enumerate(a_grams):
        hits = positions.get(gram)
        if not hits or len(hits) > opts.max_positions:
            continue
        if not any(is_content(k) for k in gram):
            continue
        out.extend((i, j) for j in hits)
    return out


def _chains(seeds: list[tuple[int, int]], opts: AlignOptions) -> list[list[tuple[int, int]]]:
    """Group seeds (sorted by article position) into chains along near diagonals."""
    done: list[list[tuple[int, int]]] = []
    open_: list[list[tuple[int, int]]] = []
    for i, j in seeds:
        best: list[tuple[int, int]] | None = None
        best_cost = 0
        still_open = []
        for chain in open_:
            li, lj = chain[-1]
            if i - li > opts.max_gap + opts.seed:
                done.append(chain)
                continue
            still_open.append(chain)
            di, dj = i - li, j - lj
            if di <= 0 or dj <= 0 or dj > opts.max_gap + opts.seed:
                continue
            cost = abs(dj - di) * 4 + di
            if abs(dj - di) <= opts.max_shift and (best is None or cost < best_cost):
                best, best_cost = chain, cost
        open_ = still_open
        if best is not None:
            best.append((i, j))
        else:
            open_.append([(i, j)])
    done.extend(open_)
    return done


def _align_range(a: Words, s: Words, a0: int, a1: int, s0: int, s1: int) -> WordAlignment | None:
    matcher = SequenceMatcher(None, a.keys[a0:a1], s.keys[s0:s1], autojunk=False)
    ops = [
        WordOp(_FROM_ARTICLE[kind], a0 + i1, a0 + i2, s0 + j1, s0 + j2)
        for kind, i1, i2, j1, j2 in matcher.get_opcodes()
    ]
    return _between_matches(ops)


def _between_matches(ops: list[WordOp]) -> WordAlignment | None:
    """The alignment of ``ops`` without the edits at its ends (None if nothing matches)."""
    while ops and ops[0].kind != "equal":
        ops.pop(0)
    while ops and ops[-1].kind != "equal":
        ops.pop()
    if not ops:
        return None
    matched = sum(op.a_end - op.a_start for op in ops if op.kind == "equal")
    return WordAlignment(
        ops[0].a_start, ops[-1].a_end, ops[0].s_start, ops[-1].s_end, matched, tuple(ops)
    )


def _split_at_breaks(a: Words, s: Words, al: WordAlignment) -> list[WordAlignment]:
    """Split a passage where an edit spans a paragraph break on either side."""
    parts: list[list[WordOp]] = [[]]
    for op in al.ops:
        if op.kind != "equal" and (
            any(k in a.breaks for k in range(op.a_start, op.a_end + 1))
            or any(k in s.breaks for k in range(op.s_start, op.s_end + 1))
        ):
            parts.append([])
            continue
        parts[-1].append(op)
    out = []
    for ops in parts:
        while ops and ops[-1].kind != "equal":
            ops.pop()
        if ops:
            matched = sum(op.a_end - op.a_start for op in ops if op.kind == "equal")
            out.append(
                WordAlignment(
                    ops[0].a_start,
                    ops[-1].a_end,
                    ops[0].s_start,
                    ops[-1].s_end,
                    matched,
                    tuple(ops),
                )
            )
    return out


def _content_matched(a: Words, al: WordAlignment) -> int:
    return sum(
        1
        for op in al.ops
        if op.kind == "equal"
        for k in a.keys[op.a_start : op.a_end]
        if is_content(k)
    )


def align(a: Words, s: Words, options: AlignOptions | None = None) -> list[WordAlignment]:
    """Find the passages of ``a`` reused from ``s``, aligned word by word.

    Args:
        a: Words of the article (the text that may reuse).
        s: Words of the source.
        options: Alignment settings; the defaults suit news text.

    Returns:
        Non-overlapping (on the article side) passages in article order.

    Example:
        >>> from sourcetrace.text import words
        >>> src = words("The minister said the new bridge will open in May next year.")
        >>> art = words("He said the new bridge will finally open in May next year.")
        >>> [(p.matched, round(p.similarity, 2)) for p in align(art, src)]
        [(9, 0.95)]
    """
    opts = options or AlignOptions()
    seeds = _seeds(a, s, opts)
    if not seeds:
        return []
    found: list[WordAlignment] = []
    for chain in _chains(seeds, opts):
        a0, s0 = chain[0]
        a1, s1 = chain[-1][0] + opts.seed, chain[-1][1] + opts.seed
        al = _align_range(a, s, a0, a1, s0, s1)
        if al is None:
            continue
        found.extend(p for p in _split_at_breaks(a, s, al) if p.matched >= opts.min_matched)
    found.sort(key=lambda al: (-al.matched, al.a_start))
    taken: list[WordAlignment] = []
    for al in found:
        if any(al.a_start < t.a_end and t.a_start < al.a_end for t in taken):
            continue
        if (
            _content_matched(a, al) >= opts.min_content
            and a.ends[al.a_end - 1] - a.starts[al.a_start] >= opts.min_chars
        ):
            taken.append(al)
    taken.sort(key=lambda al: al.a_start)
    return taken


#: Longest run of article words a passage is extended over to reach a sentence edge
#: (:func:`extend_to`), and most unmatched words on either side of that run.
EDGE_WORDS = 12
EDGE_EDITS = 2


def extend_to(
    a: Words,
    s: Words,
    al: WordAlignment,
    stop: int,
    *,
    max_words: int = EDGE_WORDS,
    max_edits: int = EDGE_EDITS,
) -> WordAlignment | None:
    """Extend a passage to article word ``stop`` across at most one small edit.

    A passage is chained from seed n-grams, so an edit (a word inserted, dropped,
    replaced or two swapped) within a seed's length of a sentence edge leaves the words
    beyond it out ("…classified as" of "…classified as fussy eaters."), and so do words no
    seed holds (stopwords, the second half of a decimal). The passage is extended when
    the article words between it and ``stop`` match the source's words beyond it, but
    for at most ``max_edits`` unmatched words on either side; the words gained must hold
    a content word or be two or more, and the last of them (the first, going back) must
    match.

    Args:
        a: The article's words.
        s: The source's words.
        al: The passage.
        stop: An article word index: one past the new end if after the passage, or the
            new start if before it (a sentence edge).
        max_words: Most article words between the passage and ``stop``.
        max_edits: Most unmatched words on either side in that stretch.

    Returns:
        The extended passage, or None if the stretch does not match so.
    """
    forward = stop > al.a_end
    gap = stop - al.a_end if forward else al.a_start - stop
    if gap <= 0 or gap > max_words:
        return None
    best: WordAlignment | None = None
    for shift in (0, -1, 1):
        s_gap = gap + shift
        # The stretch to align: the passage and the gap, in the article and the source.
        if forward:
            bounds = (al.a_start, al.s_start, stop, al.s_end + s_gap)
        else:
            bounds = (stop, al.s_start - s_gap, al.a_end, al.s_end)
        if s_gap <= 0 or bounds[1] < 0 or bounds[3] > len(s):
            continue
        a0, s0, a1, s1 = bounds
        res = _align_range(a, s, a0, a1, s0, s1)
        if res is None or (res.a_start, res.s_start, res.a_end, res.s_end) != bounds:
            continue
        gained = res.matched - al.matched
        if gained < 1 or gap - gained > max_edits or s_gap - gained > max_edits:
            continue
        lo, hi = (al.a_end, stop) if forward else (stop, al.a_start)
        new = [
            k
            for op in res.ops
            if op.kind == "equal"
            for k in a.keys[max(op.a_start, lo) : min(op.a_end, hi)]
        ]
        if len(new) < 2 and not any(is_content(k) for k in new):
            continue
        if best is None or res.matched > best.matched:
            best = res
    return best


def trim_to(al: WordAlignment, start: int, end: int) -> WordAlignment | None:
    """Return the passage cut to article words ``start``-``end`` (None if nothing matches).

    The passage's own word operations are cut, not the range aligned again: aligning the
    cut article words over the passage's whole source span anew let a phrase repeated
    further on in the source ("low birth weight") stretch the cut far past the text it
    holds. Edits at the new ends are dropped, as at any passage's ends.
    """
    lo, hi = max(start, al.a_start), min(end, al.a_end)
    if lo >= hi:
        return None
    ops: list[WordOp] = []
    for op in al.ops:
        if op.kind == "equal":
            first, last = max(op.a_start, lo), min(op.a_end, hi)
            if first < last:
                shift = first - op.a_start
                ops.append(
                    WordOp(
                        "equal",
                        first,
                        last,
                        op.s_start + shift,
                        op.s_start + shift + last - first,
                    )
                )
        elif lo <= op.a_start and op.a_end <= hi:
            ops.append(op)
    return _between_matches(ops)
