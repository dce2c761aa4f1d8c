"""Sentence spans and the sentence-level similarity used to find retold passages."""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

import snowballstemmer

from sourcetrace.spaces import plain_spaces
from sourcetrace.text import Words, is_content

#: A paragraph break: a blank line, or a line break before a bullet.
PARAGRAPH_BREAK_RE = re.compile(r"\n\s*\n|\n(?=\s*[-•*])")
# A sentence ends at . ! ? (optionally followed by closing quotes or brackets) before
# white space and an opening capital, digit or quote (two apostrophes included: the ASCII
# opening quote of newswire text, ``''``); paragraph breaks always end one.
_END_RE = re.compile(
    r"""[.!?…]+["'”’)\]]*\s+(?=(?:''|["'“‘(\[])?[A-Z0-9])|""" + PARAGRAPH_BREAK_RE.pattern
)
# Snowball stemmers keep the word being stemmed in the object itself: one per thread, or
# concurrent traces (the web server's worker threads) corrupt each other's words. With
# PyStemmer installed (a dependency), snowballstemmer hands out its C stemmers: the same
# algorithm and stems, ~30x faster on the words the cache has not seen.
_STEMMERS = threading.local()


@lru_cache(maxsize=131072)
def stem(key: str) -> str:
    """Return the stem of a word key (Snowball English): "increased" -> "increas"."""
    stemmer = getattr(_STEMMERS, "english", None)
    if stemmer is None:
        stemmer = _STEMMERS.english = snowballstemmer.stemmer("english")
    return str(stemmer.stemWord(key.replace("'", "")))


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence as a range of word indices (end exclusive)."""

    first: int
    end: int


def sentences(text: str, w: Words) -> list[Sentence]:
    """Split a text into sentences, as ranges of its words.

    Args:
        text: The text ``w`` was made from.
        w: Its words.

    Returns:
        Sentences in order; each holds at least one word.
    """
    out: list[Sentence] = []
    first = 0
    i = 0
    n = len(w)
    # Unicode spaces and separators read as spaces and line ends (offsets unchanged).
    for m in _END_RE.finditer(plain_spaces(text)):
        cut = m.end()
        while i < n and w.starts[i] < cut:
            i += 1
        if i > first:
            out.append(Sentence(first, i))
            first = i
    if n > first:
        out.append(Sentence(first, n))
    return out


def content_stems(w: Words, sent: Sentence) -> set[str]:
    """Return the stems of the content words of one sentence."""
    return {stem(k) for k in w.keys[sent.first : sent.end] if is_content(k)}


def best_containment(
    a_stems: set[str],
    candidates: Sequence[set[str]],
    weight: Mapping[str, float],
    default: float,
    *,
    max_size: int,
) -> tuple[float, int]:
    """Return the highest weighted containment of ``a_stems`` in one candidate.

    The weighted containment is the share of ``a_stems``'s weight (``weight``, else
    ``default``) that the candidate holds too, from 0 to 1. Candidates holding more than
    ``max_size`` stems are skipped. Sums are exactly rounded (:func:`math.fsum`), so
    the result does not depend on the sets' iteration order (which changes with each
    process's string hash seed) and equal containments tie exactly.

    Returns:
        ``(containment, index)`` of the first best candidate; ``(0.0, -1)`` if none
        shares any weight.
    """
    total = math.fsum(weight.get(t, default) for t in a_stems)
    best, best_j = 0.0, -1
    if total <= 0:
        return best, best_j
    for j, other in enumerate(candidates):
        if len(other) > max_size:
            continue
        shared = a_stems & other
        if not shared:
            continue
        sim = math.fsum(weight.get(t, default) for t in shared) / total
        if sim > best:
            best, best_j = sim, j
    return best, best_j


def containments(
    a_stems: set[str],
    candidates: Sequence[set[str]],
    weight: Mapping[str, float],
    default: float,
    *,
    max_size: int,
    minimum: float,
) -> list[tuple[float, int]]:
    """Return ``(containment, index)`` of every candidate reaching ``minimum``, best first.

    The containment is :func:`best_containment`'s; ties keep the candidates' order.
    """
    total = math.fsum(weight.get(t, default) for t in a_stems)
    if total <= 0:
        return []
    out = []
    for j, other in enumerate(candidates):
        if len(other) > max_size:
            continue
        shared = a_stems & other
        if shared:
            sim = math.fsum(weight.get(t, default) for t in shared) / total
            if sim >= minimum:
                out.append((sim, j))
    out.sort(key=lambda x: (-x[0], x[1]))
    return out


def idf(df: int, n_docs: int) -> float:
    """Inverse document frequency, BM25 style, never negative."""
    return math.log(1.0 + (n_docs - df + 0.5) / (df + 0.5))


def content_stem_seq(w: Words, sent: Sentence) -> list[str]:
    """Return the stems of the content words of one sentence, in order."""
    return [stem(k) for k in w.keys[sent.first : sent.end] if is_content(k)]


@dataclass(frozen=True, slots=True)
class Retelling:
    """When two sentences say the same thing, from their content-word stems alone.

    Sharing a topic's rare words ("Voyager", "COPD") is not enough: the two sentences
    must share much of what each says, and not only one name or term spelt out in both;
    when both give figures, they share one (two sentences giving different figures
    report different results).

    Attributes:
        min_dice: Shared stems over the mean number of stems of the two sentences.
        min_shared: Fewest shared stems.
        min_outside: Fewest shared stems outside the longest run of stems the two
            sentences share in the same order (a multi-word name or term counts once).
        max_length: Longest ratio of the two sentences' lengths in characters, either way.
    """

    min_dice: float = 0.55
    min_shared: int = 4
    min_outside: int = 2
    max_length: float = 2.5

    def same(self, a: Sequence[str], s: Sequence[str], a_chars: int, s_chars: int) -> bool:
        """Whether sentences of stems ``a`` and ``s`` (and those lengths) say the same thing.

        Example:
            >>> r = Retelling()
            >>> a = ["voyager", "1", "distant", "spacecraft", "launch", "1977"]
            >>> r.same(a, ["voyager", "2", "sirius", "pass", "year", "296000"], 60, 60)
            False
            >>> r.same(a, ["voyager", "1", "launch", "1977", "distant", "craft"], 60, 70)
            True
        """
        if min(a_chars, s_chars) <= 0 or max(a_chars, s_chars) > self.max_length * min(
            a_chars, s_chars
        ):
            return False
        sa, ss = set(a), set(s)
        shared = sa & ss
        figures_a, figures_s = _figures(sa), _figures(ss)
        if figures_a and figures_s and not figures_a & figures_s:
            return False
        if len(shared) < self.min_shared or 2 * len(shared) < self.min_dice * (len(sa) + len(ss)):
            return False
        run = SequenceMatcher(None, a, s, autojunk=False).find_longest_match(0, len(a), 0, len(s))
        return len(shared - set(a[run.a : run.a + run.size])) >= self.min_outside


def _figures(stems: set[str]) -> set[str]:
    return {x for x in stems if any(c.isdigit() for c in x)}
