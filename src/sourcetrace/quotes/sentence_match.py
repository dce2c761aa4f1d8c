"""The source sentence that best carries a span's content words (reported claims).

Each source is cut into its sentences and pairs of adjacent sentences, with their content
stems (cached per source); a span's best sentence is the one sharing most of its stems.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from sourcetrace.documents import Document
from sourcetrace.quotes.match_words import NEGATIONS, _source
from sourcetrace.sentences import sentences, stem
from sourcetrace.text import Words, is_content


@dataclass(frozen=True, slots=True)
class SentenceMatch:
    """The source sentence that best carries a span's content words.

    Attributes:
        doc_id: The source document's id.
        start: Start offset of the sentence (or sentence pair) in the source.
        end: End offset in the source.
        containment: Share of the span's content stems the sentence holds (0 to 1).
        shared: Number of content stems shared.
        negated_span: The article span holds a negation.
        negated_source: The source sentence holds a negation.
    """

    doc_id: str
    start: int
    end: int
    containment: float
    shared: int
    negated_span: bool
    negated_source: bool


def _negated(keys: Sequence[str]) -> bool:
    return any(k in NEGATIONS or k.endswith("n't") for k in keys)


def _span_indices(w: Words, start: int, end: int) -> range:
    """The indices of the words of ``w`` that start in ``start:end``."""
    first = w.index_at(start)
    last = bisect_left(w.starts, end, lo=first)
    return range(first, last)


def span_stems(w: Words, start: int, end: int) -> set[str]:
    """The stems of the content words that start in ``start:end``."""
    return {stem(w.keys[i]) for i in _span_indices(w, start, end) if is_content(w.keys[i])}


def span_negated(w: Words, start: int, end: int) -> bool:
    """Whether a word that starts in ``start:end`` is a negation."""
    return _negated([w.keys[i] for i in _span_indices(w, start, end)])


@dataclass(frozen=True, slots=True)
class _Passage:
    start: int
    end: int
    stems: frozenset[str]
    negated: bool


@lru_cache(maxsize=1024)
def _passages(doc_id: str, text: str) -> tuple[_Passage, ...]:
    """Each sentence of a source, and each pair of adjacent sentences, with its stems."""
    s, _ = _source(doc_id, text)
    sents = sentences(text, s)
    out = []
    for j, sent in enumerate(sents):
        for last in (sent, sents[j + 1] if j + 1 < len(sents) else None):
            if last is None:
                continue
            keys = s.keys[sent.first : last.end]
            out.append(
                _Passage(
                    start=s.starts[sent.first],
                    end=s.ends[last.end - 1],
                    stems=frozenset(stem(k) for k in keys if is_content(k)),
                    negated=_negated(keys),
                )
            )
    return tuple(out)


def _span_keys(a: Words, start: int, end: int, skip: Sequence[tuple[int, int]]) -> list[str]:
    keys = []
    for i in range(a.index_at(start), len(a)):
        if a.starts[i] >= end:
            break
        if not any(s <= a.starts[i] < e for s, e in skip):
            keys.append(a.keys[i])
    return keys


def best_sentence(
    a: Words,
    start: int,
    end: int,
    docs: Sequence[Document],
    *,
    skip: Sequence[tuple[int, int]] = (),
) -> SentenceMatch | None:
    """Find the source sentence (or pair of adjacent sentences) sharing most content.

    Args:
        a: The article's words.
        start: Start offset of the article span.
        end: End offset.
        docs: The source documents to search.
        skip: Parts of the span to leave out (background clauses of a claim).

    Returns:
        The best match, or None if the span has no content words.
    """
    span_keys = _span_keys(a, start, end, skip)
    stems = {stem(k) for k in span_keys if is_content(k)}
    if not stems:
        return None
    best: SentenceMatch | None = None
    best_shared = 0
    for doc in docs:
        for p in _passages(doc.id, doc.text):
            shared = len(stems & p.stems)
            if best is None or shared > best_shared:
                best_shared = shared
                best = SentenceMatch(
                    doc_id=doc.id,
                    start=p.start,
                    end=p.end,
                    containment=shared / len(stems),
                    shared=shared,
                    negated_span=_negated(span_keys),
                    negated_source=p.negated,
                )
    return best
