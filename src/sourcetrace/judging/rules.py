"""The acceptance rules that read copied text, shared phrases and the confidence.

Each rule is a frozen dataclass whose fields are its thresholds (declared with
:func:`threshold`, with their help text and range); it answers, for one candidate,
whether it accepts it and why (:class:`~sourcetrace.judging.evidence.Check`). The rules
that read dates are in :mod:`sourcetrace.judging.dated`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol

from sourcetrace.judging.evidence import Article, Check, Facts, Neighbour


class AcceptanceRule(Protocol):
    """A named, versioned rule that may accept a candidate as a source."""

    name: ClassVar[str]
    #: Whether it accepts from shared words and phrases alone (nothing copied): a
    #: refusal such as ``dates-apart`` may overrule such a rule, never one that reads
    #: copied text.
    words_only: ClassVar[bool]
    version: ClassVar[int]

    def check(self, facts: Facts, article: Article) -> Check:
        """Say whether this rule accepts the candidate, and why."""
        ...


def threshold(
    default: Any, help: str, *, minimum: float | None = 0, maximum: float | None = None
) -> Any:
    """Declare a rule threshold with its help text and range (a dataclass field)."""
    return field(default=default, metadata={"help": help, "minimum": minimum, "maximum": maximum})


def thresholds(rule: object) -> list[tuple[str, Any, str]]:
    """Return a rule's thresholds as ``(name, value, help)``."""
    return [
        (f.name, getattr(rule, f.name), f.metadata.get("help", ""))
        for f in dataclasses.fields(rule)  # type: ignore[arg-type]
    ]


@dataclass(frozen=True, slots=True)
class CopiedShare:
    """Accept a candidate from which enough of the article is copied."""

    name: ClassVar[str] = "copied-share"
    words_only: ClassVar[bool] = False
    version: ClassVar[int] = 1
    min_share: float = threshold(
        0.15,
        "Share of the article copied from it and not explained by a better source.",
        maximum=1,
    )

    def check(self, facts: Facts, article: Article) -> Check:
        """Accept when the fresh copied share reaches ``min_share``."""
        return Check(
            facts.fresh >= self.min_share,
            f"{facts.fresh:.0%} of the article copied from it and not explained by a better "
            f"source (at least {self.min_share:.0%})",
        )


@dataclass(frozen=True, slots=True)
class LongCopied:
    """Accept a candidate sharing long copied passages with the article."""

    name: ClassVar[str] = "long-copied"
    words_only: ClassVar[bool] = False
    version: ClassVar[int] = 1
    min_words: int = threshold(
        20,
        "Words matched in long copied passages (see trace.long_passage) that make a source.",
        minimum=1,
    )

    def check(self, facts: Facts, article: Article) -> Check:
        """Accept when its long passages hold ``min_words`` and one is not explained yet."""
        n = facts.candidate.long_copied
        return Check(
            n >= self.min_words and facts.fresh > 0,
            f"{n} words in long copied passages (at least {self.min_words}), "
            f"{facts.fresh:.0%} of the article not explained by a better source",
        )


@dataclass(frozen=True, slots=True)
class CompositeCopied:
    """Accept a candidate alone holding a long copied passage, in a composite story.

    A story assembled from several sources takes a sentence or two from some of them:
    too little for the rules above. A stock sentence ("This is an observational study,
    so no firm conclusions…") is held by many candidates; a sentence copied from one
    alone is evidence, once the story is known to draw on several texts: sources accepted
    before it explain part of it, or (version 2) another candidate alone holds whole
    copied sentences too (a story of two sources, a sentence or two from each, where
    neither explains enough for the rules above). Asking for either keeps it from
    accepting a text that shares one sentence with a story whose own source is not
    indexed.
    """

    name: ClassVar[str] = "composite-copied"
    words_only: ClassVar[bool] = False
    version: ClassVar[int] = 2
    min_words: int = threshold(
        10,
        "Words matched in long copied passages of whole story sentences that no other "
        "aligned candidate's long copied passage overlaps in the article.",
        minimum=1,
    )
    min_explained: float = threshold(
        0.15, "Share of the article the sources accepted before it must explain.", maximum=1
    )
    min_peer_words: int = threshold(
        10,
        "Or: words of whole story sentences another aligned candidate alone holds in long "
        "copied passages (the same measure as min_words).",
        minimum=1,
    )

    def check(self, facts: Facts, article: Article) -> Check:
        """Accept when its unshared long passages hold ``min_words`` in a composite story."""
        n = facts.candidate.unique_copied
        composite = (
            facts.explained >= self.min_explained or facts.peer_unique >= self.min_peer_words
        )
        return Check(
            n >= self.min_words and facts.fresh > 0 and composite,
            f"{n} words in long copied passages no other candidate holds as fully (at least "
            f"{self.min_words}), in a story {facts.explained:.0%} explained by other sources "
            f"(at least {self.min_explained:.0%}) or with {facts.peer_unique} such words "
            f"copied from another candidate alone (at least {self.min_peer_words})",
        )


def _top_by_pairs(article: Article) -> tuple[Neighbour, int]:
    """Return the pool's top neighbour by pairs (first on a tie) and the runner-up's count."""
    ranked = article.by_pairs
    return ranked[0], ranked[1].shared_pairs if len(ranked) > 1 else 0


@dataclass(frozen=True, slots=True)
class PairsStandOut:
    """Accept the one candidate whose shared word pairs far exceed every other's.

    A retelling keeps its source's phrases ("long-term ex-smokers"); its topical
    neighbours share the words but rarely the phrases. Version 2: it must share at least
    ``min_pairs`` (three pairs against the runner-up's one is a ratio of chance counts).
    """

    name: ClassVar[str] = "pairs-stand-out"
    words_only: ClassVar[bool] = True
    version: ClassVar[int] = 2
    ratio: float = threshold(
        3.0, "How many times its shared pairs must exceed the runner-up's in the pool.", minimum=1
    )
    min_pairs: int = threshold(
        4,
        "Fewest content-word pairs it must share (see benchmarks/bench_leak.py).",
        minimum=1,
    )

    def check(self, facts: Facts, article: Article) -> Check:
        """Accept the pool's top candidate by pairs if it exceeds the runner-up ``ratio`` times."""
        if not article.measurable:
            return Check(False, f"pool of {len(article.pool)} too shallow to compare")
        best, runner_up = _top_by_pairs(article)
        mine = facts.candidate.shared_pairs
        return Check(
            best.id == facts.candidate.id
            and mine >= self.ratio * max(runner_up, 1)
            and mine >= self.min_pairs,
            f"{mine} content-word pairs shared, against {runner_up} for the runner-up "
            f"of {len(article.pool)} retrieved (at least {self.ratio:g}x and "
            f"{self.min_pairs}, and the most)",
        )


@dataclass(frozen=True, slots=True)
class WordsStandOut:
    """Accept the one candidate sharing the most, and the most distinctive, content.

    The other documents of the pool are the article's topical neighbours: what they
    share with it is what sharing the topic gives. A retold source shares the article's
    specifics (names, figures, findings) as well, and stands out from them.
    """

    name: ClassVar[str] = "words-stand-out"
    words_only: ClassVar[bool] = True
    version: ClassVar[int] = 1
    ratio: float = threshold(
        2.6,
        "How many times its shared distinctive words must exceed the pool's median (it must "
        "also share the most pairs). The median falls as the pool deepens; 2.6 suits 40.",
        minimum=1,
    )

    def check(self, facts: Facts, article: Article) -> Check:
        """Accept the pool's top candidate by words and pairs if distinctive enough."""
        if not article.measurable:
            return Check(False, f"pool of {len(article.pool)} too shallow to compare")
        best, _ = _top_by_pairs(article)
        by_words = article.by_words[0]
        top = by_words is best and best.id == facts.candidate.id
        return Check(
            top and facts.distinct >= self.ratio,
            f"shared distinctive content {facts.distinct:.1f}x the median neighbour's of "
            f"{len(article.pool)} retrieved (at least {self.ratio:g}x, and the most words "
            "and pairs)",
        )


@dataclass(frozen=True, slots=True)
class PairShare:
    """Accept a candidate holding a large share of the article's word pairs."""

    name: ClassVar[str] = "pair-share"
    words_only: ClassVar[bool] = True
    version: ClassVar[int] = 1
    min_share: float = threshold(
        0.15,
        "Share of the article's content-word pairs it must hold (a retelling keeps its "
        "source's phrases; a text sharing only the topic keeps few).",
        maximum=1,
    )
    min_pairs: int = threshold(10, "Fewest shared pairs for the same.", minimum=1)

    def check(self, facts: Facts, article: Article) -> Check:
        """Accept when the shared pairs reach both ``min_pairs`` and ``min_share``."""
        n = facts.candidate.shared_pairs
        share = n / article.pairs if article.pairs else 0.0
        return Check(
            n >= self.min_pairs and n >= self.min_share * article.pairs,
            f"{n} of the article's {article.pairs} content-word pairs shared ({share:.0%}; "
            f"at least {self.min_share:.0%} and {self.min_pairs})",
        )


@dataclass(frozen=True, slots=True)
class Confident:
    """Accept a candidate whose calibrated confidence reaches a threshold."""

    name: ClassVar[str] = "confidence"
    words_only: ClassVar[bool] = False
    version: ClassVar[int] = 1
    min_confidence: float = threshold(
        0.5, "Probability the article was written from it (see sourcetrace.confidence).", maximum=1
    )

    def check(self, facts: Facts, article: Article) -> Check:
        """Accept when the confidence reaches ``min_confidence``."""
        if facts.confidence is None:
            return Check(False, "no confidence model")
        return Check(
            facts.confidence >= self.min_confidence,
            f"confidence {facts.confidence:.2f} (at least {self.min_confidence:.2f})",
        )
