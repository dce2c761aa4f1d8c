"""Sentence-level paraphrase alignment against topical neighbours.

A retold story rewrites its source's sentences; its topical neighbours (other documents
on the same subject) share the topic but not the sentences. With sentence embeddings
(:mod:`sourcetrace.embed`) each story sentence is compared with every sentence of each
candidate; a sentence *stands out* for a candidate when its best match there is close
(cosine at least ``floor``) and closer, by more than ``margin``, than its best match in
every other candidate.

The functions are pure: :func:`units` cuts a text into sentence units (character
spans), :func:`best_matches` and :func:`standing_out` work on their vectors.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from sourcetrace.sentences import sentences
from sourcetrace.text import cached_words, is_content

#: Fewest content words of a unit (shorter sentences, such as datelines, say too little).
MIN_CONTENT = 4
#: Longest unit in words: a longer sentence (an unpunctuated broadcast transcript) is cut
#: into windows of this many words.
WINDOW = 30

Floats = npt.NDArray[np.float32]


def units(text: str) -> list[tuple[int, int]]:
    """Return the character spans of a text's sentence units.

    Sentences (see :func:`sourcetrace.sentences.sentences`) of at least
    :data:`MIN_CONTENT` content words; one longer than :data:`WINDOW` words is cut into
    windows of :data:`WINDOW` words (a short last window joins the one before).
    """
    w = cached_words(text)
    out: list[tuple[int, int]] = []
    for s in sentences(text, w):
        cuts = list(range(s.first, s.end, WINDOW))
        if len(cuts) > 1 and s.end - cuts[-1] < WINDOW // 2:
            cuts.pop()
        for k, first in enumerate(cuts):
            end = cuts[k + 1] if k + 1 < len(cuts) else s.end
            if sum(is_content(key) for key in w.keys[first:end]) >= MIN_CONTENT:
                out.append(w.span(first, end - 1))
    return out


def best_matches(story: Floats, candidates: Sequence[Floats]) -> Floats:
    """Return, per candidate and story unit, the cosine of the unit's best match there.

    Args:
        story: The story's unit vectors (L2-normalised rows).
        candidates: Each candidate's unit vectors.

    Returns:
        A ``(len(candidates), len(story))`` matrix (0 for a candidate without units).
    """
    out = np.zeros((len(candidates), len(story)), dtype=np.float32)
    if not len(story):
        return out
    for i, c in enumerate(candidates):
        if len(c):
            out[i] = (c @ story.T).max(axis=0)
    return out


def standing_out(best: Floats, *, floor: float, margin: float) -> list[int]:
    """Count, per candidate, the story units that stand out for it.

    A unit stands out for the candidate holding its best match when that match reaches
    ``floor`` and exceeds the unit's best match in every other candidate by more than
    ``margin`` (with a single candidate, by more than ``margin`` over 0).

    Args:
        best: The matrix of :func:`best_matches`.
        floor: Least cosine of the match.
        margin: Least lead over the best other candidate.

    Returns:
        One count per candidate (row of ``best``).
    """
    n = best.shape[0]
    counts = [0] * n
    if n == 0 or best.shape[1] == 0:
        return counts
    order = np.argsort(-best, axis=0, kind="stable")
    top = order[0]
    first = best[top, np.arange(best.shape[1])]
    second = best[order[1], np.arange(best.shape[1])] if n > 1 else np.zeros_like(first)
    hits = (first >= floor) & (first - np.maximum(second, 0) > margin)
    for c in top[hits]:
        counts[int(c)] += 1
    return counts
