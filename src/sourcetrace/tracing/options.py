"""Settings of a trace (:class:`TraceOptions`) and the longest article traced."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import lru_cache

from sourcetrace.align import AlignOptions
from sourcetrace.judge import DEFAULT_POLICY, AcceptancePolicy
from sourcetrace.settings import check_options, check_policy


@dataclass(frozen=True, slots=True)
class TraceOptions:
    """Settings of a trace. The defaults suit news stories and press releases.

    Attributes:
        candidates: Documents retrieved by BM25 for alignment.
        pool: Documents retrieved by BM25 to measure what sharing the article's topic
            gives (their shared words and word pairs, no alignment). The first
            ``candidates`` of them are aligned, and so is any other that shares more
            with the article than those do. A large index fills the first ranks with
            texts that share a rare word or two and little else; a deeper pool still
            holds the article's real topical neighbours.
        query_terms: Distinctive article words the retrieval query uses.
        retold_min: Weighted share of an article sentence's stems that one source
            sentence must hold for the sentence to count as retold from it.
        retold_min_stems: Fewest content stems of an article sentence for it to be
            looked for as retold (shorter ones match by chance).
        retold_copied: Share of an article sentence already copied from the source from
            which it is not looked for as retold.
        retold_max_ratio: A source sentence matched as retold holds at most this many
            times the article sentence's stems, plus ``retold_max_extra``.
        retold_max_extra: See ``retold_max_ratio``.
        retold_dice: A retold sentence and its source sentence share at least this share
            of their content stems (shared over the mean of the two counts): they must say
            the same thing, not only share a topic's rare words.
        retold_min_shared: Fewest content stems they share.
        retold_outside: Fewest shared stems outside the longest run of stems they share
            in order (a name or term spelt out in both counts once).
        retold_max_length: Longest ratio of their lengths in characters, either way.
        wholly: Article coverage from which an accepted source counts as wholly derived.
        long_passage: Identical words from which a copied passage counts as long.
        extend_rounds: Most further retrievals while candidates keep yielding new copied
            text: each queries the distinctive words of the article not yet covered by a
            long copied passage, and aligns the new documents it returns; it stops when
            none of them yields a long copied passage over words not yet covered (a story
            assembled from many sources gets all of them). 0: one retrieval only.
        extend_batch: New documents aligned per further retrieval.
        holders: Most other documents holding a copied sentence word for word that are
            aligned and named on its passage (``also_in``) in a story with several
            sources; the passage counts them all (``held_by``). Stock text (a funder's
            boilerplate, a caveat) is held by dozens of releases: past this many, the
            passage names the first ones in index order.
        policy: The rules that accept a candidate as a source, with their thresholds
            (see :mod:`sourcetrace.judge`).
        align: Settings of the word alignment.
        source_may_be_absent: The index may not hold the article's source (a small or
            partial index): the confidences come from the model fitted for that (see
            :func:`sourcetrace.confidence.load_model`). The rules do not read them.
    """

    candidates: int = 20
    pool: int = 40
    query_terms: int = 40
    retold_min: float = 0.5
    retold_min_stems: int = 4
    retold_copied: float = 0.5
    retold_max_ratio: int = 4
    retold_max_extra: int = 10
    retold_dice: float = 0.55
    retold_min_shared: int = 4
    retold_outside: int = 2
    retold_max_length: float = 2.5
    wholly: float = 0.6
    long_passage: int = 10
    extend_rounds: int = 4
    extend_batch: int = 10
    holders: int = 100
    policy: AcceptancePolicy = DEFAULT_POLICY
    align: AlignOptions = field(default_factory=AlignOptions)
    source_may_be_absent: bool = False

    def __post_init__(self) -> None:
        check_options("trace", self)
        check_options("align", self.align)
        check_policy(self.policy)

    def signature(self) -> str:
        """Return a short digest of these settings, the rules' names and versions included."""
        return _signature(self)


@lru_cache(maxsize=64)
def _signature(options: TraceOptions) -> str:
    text = f"{options!r}|{options.policy.signature()}"
    return hashlib.blake2b(text.encode(), digest_size=8).hexdigest()


MAX_CHARS = 100_000
"""Longest article traced, in characters (issue 14: bounded work on hostile text).

A longer one is traced up to its last paragraph break before the cap, and the result's
``notices`` say so. Real stories are far shorter: the longest of 1,750 PolNeAR and
InSciOut stories has 33,672 characters. Tracing 100,000 characters takes a few seconds.
"""
