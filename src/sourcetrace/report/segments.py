"""Cut a text into runs that are inside or outside marked spans, for highlighting."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of text and the span (by its index) that covers it, if any.

    Attributes:
        start: Start offset in the full text.
        end: End offset (exclusive).
        text: ``full_text[start:end]``.
        mark: Index of the covering span in the list given to :func:`segments`, or None.
        first: Whether it is the first piece of its span (a span split across paragraphs
            gives several; only the first carries the span's element id in a page).
    """

    start: int
    end: int
    text: str
    mark: int | None
    first: bool = True


def segments(text: str, spans: Sequence[tuple[int, int]]) -> list[Segment]:
    """Split ``text`` at the edges of ``spans``.

    Where spans overlap, the earlier-starting span keeps the overlap. Spans are clipped to
    the text; empty spans are ignored. The segments cover the text exactly, in order.

    Args:
        text: The text to split.
        spans: ``(start, end)`` character offsets into ``text``.

    Returns:
        Consecutive segments whose texts concatenate to ``text``.
    """
    order = sorted(
        (i for i, (s, e) in enumerate(spans) if min(e, len(text)) > max(s, 0)),
        key=lambda i: spans[i],
    )
    out: list[Segment] = []
    pos = 0
    for i in order:
        start, end = max(spans[i][0], pos, 0), min(spans[i][1], len(text))
        if end <= start:
            continue
        if start > pos:
            out.append(Segment(pos, start, text[pos:start], None))
        out.append(Segment(start, end, text[start:end], i))
        pos = end
    if pos < len(text):
        out.append(Segment(pos, len(text), text[pos:], None))
    return out


def paragraphs(segs: Iterable[Segment]) -> list[list[Segment]]:
    """Group segments into paragraphs at blank lines, splitting segments where needed.

    Args:
        segs: Segments as returned by :func:`segments`.

    Returns:
        One list of segments per paragraph (blank-line separators dropped).
    """
    paras: list[list[Segment]] = [[]]
    seen: set[int] = set()  # marks given out already: their later pieces are not first
    for seg in segs:
        pieces = seg.text.split("\n\n")
        offset = seg.start
        for k, piece in enumerate(pieces):
            if k:
                if paras[-1]:
                    paras.append([])
                offset += 2
            if piece.strip("\n"):
                first = seg.first and (seg.mark is None or seg.mark not in seen)
                if seg.mark is not None:
                    seen.add(seg.mark)
                paras[-1].append(Segment(offset, offset + len(piece), piece, seg.mark, first))
            offset += len(piece)
    return [p for p in paras if p]
