"""Whether a quotation says what a source sentence says, in other words.

Word overlap finds a quotation's source when the words are the source's; a newspaper
that puts the release's finding in a researcher's mouth in its own words shares few of
them. :func:`closest_meaning` compares the quotation's meaning with each sentence of the
story's own sources by sentence embeddings
(:mod:`sourcetrace.embed`, the ``nlp`` extra). Without the extra it raises
:class:`~sourcetrace.errors.MissingExtraError` and the verdicts rest on words alone.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import numpy.typing as npt

from sourcetrace import embed
from sourcetrace.documents import Document
from sourcetrace.sentences import sentences, stem
from sourcetrace.text import cached_words, is_content, words

#: What the reason line says when meaning could not be compared.
INSTALL = "pip install 'sourcetrace[nlp]'"
NO_MODEL = f"meaning not compared ({INSTALL})"
# A name that can be looked for in a source: two or more capitalised words.
_NAME_RE = re.compile(r"^(?:[A-Z][\w'’.\-]*\s+)+[A-Z][\w'’\-]+$")


@dataclass(frozen=True, slots=True)
class MeaningMatch:
    """The source passage closest in meaning to a quotation.

    Attributes:
        doc_id: The source document's id.
        start: Start offset of the sentence.
        end: End offset.
        cosine: Cosine similarity of the quotation and that passage.
        weakest: The lowest, over the quotation's sentences, of each one's best cosine
            with any passage: a quotation that adds a claim the source lacks scores low
            here even when its other sentences match closely.
    """

    doc_id: str
    start: int
    end: int
    cosine: float
    weakest: float


# Source sentences compared per quotation: those sharing the most content stems with it.
# A paraphrase keeps its topic words; embedding every sentence of every source would
# cost a model call per sentence for no better match.
CANDIDATES = 8


@lru_cache(maxsize=256)
def _sentences(doc_id: str, text: str) -> tuple[tuple[int, int, frozenset[str]], ...]:
    """Each sentence of a source: its span and its content stems."""
    w = cached_words(text)
    return tuple(
        (
            w.starts[s.first],
            w.ends[s.end - 1],
            frozenset(stem(k) for k in w.keys[s.first : s.end] if is_content(k)),
        )
        for s in sentences(text, w)
    )


def _vectors(texts: Sequence[str]) -> npt.NDArray[np.float32]:
    """Embed texts (:func:`sourcetrace.embed.encode` caches each sentence's vector)."""
    return embed.encode(texts)


def cosine(a: str, b: str) -> float:
    """The cosine similarity of two texts' embeddings.

    Raises:
        MissingExtraError: The ``nlp`` extra is not installed.
    """
    va, vb = _vectors([a, b])
    return float(va @ vb)


def _quote_sentences(quote: str) -> list[str]:
    w = words(quote)
    out = [quote[w.starts[s.first] : w.ends[s.end - 1]] for s in sentences(quote, w)]
    return out or [quote]


def closest_meaning(quote: str, docs: Sequence[Document]) -> MeaningMatch | None:
    """The sentence of ``docs`` closest in meaning to ``quote``.

    Only the ``CANDIDATES`` source sentences sharing most content stems with the
    quotation are embedded and compared.

    Args:
        quote: The quoted words.
        docs: The story's own sources.

    Returns:
        The closest sentence, or None when no sentence shares a content word with the
        quotation.

    Raises:
        MissingExtraError: The ``nlp`` extra is not installed.
    """
    qw = words(quote)
    stems = {stem(k) for k in qw.keys if is_content(k)}
    scored = [
        (len(stems & st), -n, d, s, e)
        for d in docs
        for n, (s, e, st) in enumerate(_sentences(d.id, d.text))
    ]
    picked = [row for row in heapq.nlargest(CANDIDATES, scored, key=lambda r: r[:2]) if row[0]]
    if not picked:
        return None
    parts = _quote_sentences(quote)
    texts = [d.text[s:e] for _, _, d, s, e in picked]
    source = _vectors(texts)
    vecs = _vectors([quote, *parts] if len(parts) > 1 else [quote])
    sims = vecs @ source.T  # (1 [+ parts], candidates)
    k = int(sims[0].argmax())
    weakest = float(sims[1:].max(axis=1).min()) if len(parts) > 1 else float(sims[0, k])
    _, _, doc, s, e = picked[k]
    return MeaningMatch(doc.id, s, e, float(sims[0, k]), weakest)


def names_speaker(name: str | None, doc: Document) -> bool:
    """Whether a source names the quotation's speaker (their surname, as a word).

    Only a name of two or more capitalised words counts ("Tali Sharot", "Queen Mary
    University of London" does not: "London" says nothing about who is quoted).
    """
    if not name or not _NAME_RE.match(name.strip()):
        return False
    surname = name.split()[-1]
    return re.search(rf"(?<!\w){re.escape(surname)}(?!\w)", doc.text) is not None
