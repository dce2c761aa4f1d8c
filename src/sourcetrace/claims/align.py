"""Aligning a claim with the source sentence it was written from, across paraphrase.

Sentences are compared by their content-word stems, weighted by how rare each stem is in
the source (a shared "dementia" says more than a shared "study"). A claim that makes a call
("called on X to …") is aligned with a source sentence that makes one too, when the source
has such a sentence sharing words with it: a call is compared with a call.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from sourcetrace.claims.drift import calls
from sourcetrace.claims.main import main_statements, sentence_spans
from sourcetrace.sentences import stem
from sourcetrace.text import cached_words, is_content


@dataclass(frozen=True, slots=True)
class AlignPolicy:
    """When a source sentence counts as the one a claim was written from.

    Attributes:
        min_shared: Fewest content words the two must share (a figure, "17", does not
            count: "17 years" of a headline and "17 to 44 years of age" of a method share
            a number by chance).
        min_score: Lowest weighted share of the claim's content stems the sentence holds
            (not asked of a source's call a claim's call is compared with).
        main_min_score: The same share for one of the source's main statements when a
            main claim is aligned (``main_only``): the source's headline, lede and
            findings are what the InSciOut coders compared a story's main claim with, so
            they are taken first at a lower share.
        weak_factor: When a main claim is aligned, the score of a source sentence (a
            main statement or not) that tells background ("Previous research suggests
            …"), method ("To examine …", "743 mothers, who were 17 to 44 years of age")
            or funding, or that quotes someone, is multiplied by this: such sentences
            state no finding of the source's own.
    """

    min_shared: int = 2
    min_score: float = 0.2
    main_min_score: float = 0.1
    weak_factor: float = 0.5


DEFAULT_ALIGN_POLICY = AlignPolicy()


@dataclass(frozen=True, slots=True)
class Aligned:
    """The source sentence a claim is aligned with.

    Attributes:
        start: Offset of the sentence in the source text.
        end: End offset.
        score: Weighted share of the claim's content stems it holds (0-1).
        shared: How many content stems the two share.
    """

    start: int
    end: int
    score: float
    shared: int


def _stems(text: str) -> set[str]:
    return {stem(k) for k in cached_words(text).keys if is_content(k)}


def _words_among(stems: set[str]) -> int:
    """How many of the stems are words, not figures ("17", "2.5", "1990s")."""
    return sum(1 for t in stems if not any(c.isdigit() for c in t))


# Sentences that state no finding of the source's own: background, method, funding.
_WEAK = re.compile(
    r"^\W*(?:previous|prior|earlier|past|other|many|some) (?:\w+ )?(?:research|studies|study|"
    r"work|evidence|trials)\b|"
    r"\b(?:previous|prior|earlier|past) (?:\w+ )?(?:research|studies) (?:has|have|had)\b|"
    r"^\W*to (?:examine|investigate|assess|explore|test|determine|measure|evaluate|find out|"
    r"study|understand|establish)\b|"
    r"\b(?:were|was) (?:recruited|enrolled|randomi[sz]ed|followed up|surveyed|interviewed)\b|"
    r"\b(?:years|months) of age\b|"
    r"^\W*(?:the|this|our) (?:\w+ )?(?:research|study|work|project|trial) (?:was|is) "
    r"(?:\w+ )?(?:funded|supported|sponsored) by\b|"
    r"\bmore research is (?:now )?(?:urgently )?needed\b",
    re.IGNORECASE,
)
# A sentence that opens with a quotation, or gives a speaker's words after "said:".
_QUOTING = re.compile(
    r"""^\W{0,3}["“‘]|\b(?:said|says|added|explained|commented)\s*[:,]\s*["“‘]|[.!?]["”]\s*$"""
)


@lru_cache(maxsize=4096)
def weak_target(sentence: str) -> bool:
    """Whether a source sentence tells background, method or funding, or quotes someone.

    Example:
        >>> weak_target("Previous research suggests that being a parent may add years")
        True
        >>> weak_target("Parenthood is associated with a longer life")
        False
    """
    return _WEAK.search(sentence) is not None or _QUOTING.search(sentence) is not None


@lru_cache(maxsize=32)
def _prepared(
    source: str,
) -> tuple[list[tuple[int, int]], list[set[str]], Counter[str]] | None:
    """Return a source's sentences, their stems and the stems' sentence counts.

    Cached: every claim of a story is aligned with the same sources.
    """
    spans = sentence_spans(source)
    if not spans:
        return None
    stems = [_stems(source[s:e]) for s, e in spans]
    return spans, stems, Counter(t for st in stems for t in st)


def source_sentences(source: str) -> list[tuple[int, int]]:
    """Return the spans of a source's sentences (:func:`sentence_spans`), cached.

    The same cache as alignment's: a story's claims ask it of the same sources.
    """
    prepared = _prepared(source)
    return [] if prepared is None else prepared[0]


def related_sentences(claim: str, source: str, *, min_shared: int = 2) -> str:
    """Return the source's sentences sharing ``min_shared`` content stems with ``claim``.

    Joined by newlines: where the source may give the claim's figures when the one
    sentence aligned with it does not ("35 percent at 10 weeks, and just over 22 percent
    at one year" gathered from three sentences).
    """
    prepared = _prepared(source)
    if prepared is None:
        return ""
    mine = _stems(claim)
    return "\n".join(
        source[s:e]
        for (s, e), st in zip(prepared[0], prepared[1], strict=True)
        if len(mine & st) >= min_shared
    )


@lru_cache(maxsize=32)
def _main_pool(source: str) -> tuple[tuple[int, int, set[str]], ...]:
    """Return a source's main statements with their content stems (not to be changed).

    Cached: every main claim of a story is aligned with the same sources' main statements.
    A main statement that is one of the source's sentences takes that sentence's stems.
    """
    prepared = _prepared(source)
    known = {} if prepared is None else dict(zip(prepared[0], prepared[1], strict=True))
    pool = []
    for m in main_statements(source):
        stems = known.get((m.start, m.end))
        pool.append((m.start, m.end, _stems(source[m.start : m.end]) if stems is None else stems))
    return tuple(pool)


def align(
    claim: str,
    source: str,
    *,
    main_only: bool = False,
    policy: AlignPolicy = DEFAULT_ALIGN_POLICY,
) -> Aligned | None:
    """Return the sentence of ``source`` that ``claim`` was most likely written from.

    Args:
        claim: The story's statement.
        source: The source's text.
        main_only: Look among the source's main statements only (headline, lede,
            findings): a story's main claim is compared with its source's main claims, as
            the InSciOut coders did. Falls back to every sentence when none qualifies.
        policy: When a sentence counts.

    Returns:
        The :class:`Aligned` sentence, or None when no sentence shares enough words.
    """
    prepared = _prepared(source)
    if prepared is None:
        return None
    spans, stems, df = prepared
    n = len(spans)
    mine = _stems(claim)
    if not mine:
        return None
    weight = {t: math.log(1.0 + n / (1.0 + df.get(t, 0))) for t in mine}
    # Summed exactly (math.fsum): a plain sum over a set follows the hash seed's order,
    # and its last-bit differences broke near-ties between source sentences run to run.
    total = math.fsum(weight.values())
    wants_call = bool(calls(claim))

    def score(s: int, e: int, st: set[str], factor: float = 1.0) -> Aligned | None:
        shared = mine & st
        words = _words_among(shared)
        if words < policy.min_shared:
            return None
        return Aligned(s, e, factor * math.fsum(weight[t] for t in shared) / total, words)

    if main_only:

        def factor(s: int, e: int) -> float:
            weak = policy.weak_factor
            return weak if weak < 1.0 and weak_target(source[s:e]) else 1.0

        found = _best(
            source,
            [score(s, e, st, factor(s, e)) for s, e, st in _main_pool(source)],
            wants_call,
            policy,
            min_score=policy.main_min_score,
        )
        if found is not None:
            return found
        return _best(
            source,
            [score(s, e, st, factor(s, e)) for (s, e), st in zip(spans, stems, strict=True)],
            wants_call,
            policy,
        )
    return _best(
        source,
        [score(s, e, st) for (s, e), st in zip(spans, stems, strict=True)],
        wants_call,
        policy,
    )


def _best(
    source: str,
    found: list[Aligned | None],
    wants_call: bool,
    policy: AlignPolicy,
    *,
    min_score: float | None = None,
) -> Aligned | None:
    ok = [a for a in found if a is not None]
    if wants_call:
        # A call is compared with the source's call on the same matter (sharing
        # ``min_shared`` stems), however little else the two sentences share.
        with_call = [a for a in ok if calls(source[a.start : a.end])]
        if with_call:
            return max(with_call, key=lambda a: (a.score, -a.start))
    floor = policy.min_score if min_score is None else min_score
    ok = [a for a in ok if a.score >= floor]
    if not ok:
        return None
    return max(ok, key=lambda a: (a.score, -a.start))
