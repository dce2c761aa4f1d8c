"""Judge retrieved candidates from their evidence under an explicit acceptance policy.

Retrieval and alignment (:mod:`sourcetrace.trace`) measure what each candidate shares
with the article; :func:`judge` decides which candidates are sources. An
:class:`AcceptancePolicy` is an ordered tuple of named, versioned rules. Each rule owns
its thresholds (with their help text) and answers, for one candidate, whether it accepts
it and why, with the figures it read. The first rule that accepts a candidate names it
(``accepted_by``) and gives its reason.

Candidates are judged best explained first: a candidate's *fresh* share is the share of
the article copied from it that no candidate accepted before it already explains.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol

from sourcetrace import derived
from sourcetrace.confidence import ConfidenceModel, features
from sourcetrace.dates import DocDate, days_between
from sourcetrace.results import Derivation


@dataclass(frozen=True, slots=True)
class Neighbour:
    """One retrieved document of the article's pool (aligned or not).

    Attributes:
        id: Its id.
        shared: Summed rarity (IDF) of the index terms it shares with the article.
        shared_pairs: Consecutive content-word stem pairs it shares with the article.
        kind: ``source`` or ``article``, from its metadata, if known.
        date: Its date (ISO 8601) from its metadata, if known.
        pairs: Those pairs (empty if not kept): what :mod:`sourcetrace.derived` compares
            to tell a text that repeats another's evidence.
    """

    id: str
    shared: float
    shared_pairs: int
    kind: str | None = None
    date: str | None = None
    pairs: frozenset[tuple[str, str]] = field(default=frozenset(), repr=False)


@dataclass(frozen=True, slots=True)
class Candidate:
    """The evidence of one aligned candidate, before judging.

    Attributes:
        id: Its id.
        shared: As :class:`Neighbour`.
        shared_pairs: As :class:`Neighbour`.
        copied_covered: Article word positions inside passages copied from it.
        long_copied: Article words matched inside its long copied passages.
        unique_copied: Article words matched inside those of its long copied passages
            that copy whole article sentences and that no other aligned candidate's long
            copied passage overlaps in the article, unless it lies inside them matching
            two words fewer or more (the text was copied from the one holding more of it).
        date: Its date (from its metadata, or as its text states it), if known.
    """

    id: str
    shared: float
    shared_pairs: int
    copied_covered: frozenset[int]
    long_copied: int
    unique_copied: int = 0
    date: DocDate | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """What the rules read of the article and its pool.

    Attributes:
        words: Its number of words.
        pairs: Its number of distinct content-word stem pairs.
        pool: Its retrieved neighbours, in retrieval order (the aligned candidates among
            them).
        min_pool: Fewest neighbours needed to measure how a candidate stands out.
        date: Its date (from its metadata, or as its text states it), if known.
    """

    words: int
    pairs: int
    pool: tuple[Neighbour, ...]
    min_pool: int
    date: DocDate | None = None
    by_pairs: tuple[Neighbour, ...] = field(init=False, repr=False, compare=False)
    by_words: tuple[Neighbour, ...] = field(init=False, repr=False, compare=False)
    by_id: dict[str, Neighbour] = field(init=False, repr=False, compare=False)
    ordered: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_id", {o.id: o for o in self.pool})
        # Whether any two pool texts have a known order (see sourcetrace.derived).
        object.__setattr__(self, "ordered", derived.any_order(self.pool))
        # The pool's top two by shared pairs and by shared words (the first on a tie).
        ranked = sorted(self.pool, key=lambda o: o.shared_pairs, reverse=True)
        object.__setattr__(self, "by_pairs", tuple(ranked[:2]))
        ranked = sorted(self.pool, key=lambda o: o.shared, reverse=True)
        object.__setattr__(self, "by_words", tuple(ranked[:2]))

    def best_other(self, doc_id: str) -> tuple[int, float]:
        """Return the most pairs and the most shared rarity of any other pool document."""
        pairs = next((o.shared_pairs for o in self.by_pairs if o.id != doc_id), 0)
        words = next((o.shared for o in self.by_words if o.id != doc_id), 0.0)
        return pairs, words

    def days(self, cand: Candidate) -> int | None:
        """Days from the candidate's date to the article's (None unless both are known)."""
        return days_between(cand.date, self.date)

    @property
    def measurable(self) -> bool:
        """Whether the pool is deep enough to say how a candidate stands out."""
        return len(self.pool) > self.min_pool


@dataclass(frozen=True, slots=True)
class Facts:
    """One candidate as a rule sees it, at its turn in the judging.

    Attributes:
        candidate: Its evidence.
        fresh: Share of the article copied from it and not explained by a source
            accepted before it.
        distinct: Its :func:`distinctiveness` (0 if the pool is too shallow).
        confidence: The probability the article was written from it (see
            :mod:`sourcetrace.confidence`), or None without a model.
        explained: Share of the article the sources accepted before it explain.
        peer_unique: The most :attr:`Candidate.unique_copied` of any other aligned
            candidate (another text the article copies whole sentences from alone).
    """

    candidate: Candidate
    fresh: float
    distinct: float
    confidence: float | None = None
    explained: float = 0.0
    peer_unique: int = 0


@dataclass(frozen=True, slots=True)
class Check:
    """A rule's answer for one candidate: whether it accepts it, and why (with figures)."""

    accepts: bool
    reason: str


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


def _when(d: DocDate) -> str:
    """A date as a reason gives it, with where it was read."""
    where = "stated in its text" if d.origin == "text" else "metadata"
    return f"{d.day.day} {d.day:%b %Y} ({where})"


def dates_reason(cand: Candidate, article: Article) -> str:
    """Say how the candidate's date and the article's compare, with the figures."""
    if cand.date is None or article.date is None:
        missing = [n for n, d in (("its", cand.date), ("the article's", article.date)) if d is None]
        return f"{' and '.join(missing)} date unknown"
    n = (article.date.day - cand.date.day).days
    span = "the same day" if n == 0 else f"{abs(n)} day{'s' * (abs(n) != 1)}"
    side = "" if n == 0 else (" later" if n > 0 else " earlier")
    return (
        f"it is dated {_when(cand.date)}, the article {_when(article.date)}: "
        f"the article {span}{side}"
    )


@dataclass(frozen=True, slots=True)
class DatedStandOut:
    """Accept the candidate sharing the most word pairs when it is dated just before.

    News is written from a release within days of it. When no source explains any of
    the article yet, the candidate sharing the most content-word pairs, clearly more than
    the runner-up, is accepted if both texts are dated (metadata, or the date a text
    states in its head: see :mod:`sourcetrace.dates`) and the article follows it within
    ``max_before`` days (or precedes it by at most ``max_after``: embargoes, time zones,
    a page dated when posted). Its topical neighbours are seldom dated that close, and
    an undated candidate is never accepted by it.
    """

    name: ClassVar[str] = "dated-stand-out"
    words_only: ClassVar[bool] = False
    version: ClassVar[int] = 1
    ratio: float = threshold(
        1.2,
        "How many times its shared pairs must exceed the runner-up's in the pool (it must "
        "also share the most), when both texts are dated close together.",
        minimum=1,
    )
    max_before: int = threshold(
        14, "Most days the candidate may be dated before the article.", minimum=0
    )
    max_after: int = threshold(
        1, "Most days the candidate may be dated after the article.", minimum=0
    )

    def close(self, days: int | None) -> bool:
        """Whether the article follows a candidate by ``days`` within this rule's window."""
        return days is not None and -self.max_after <= days <= self.max_before

    def check(self, facts: Facts, article: Article) -> Check:
        """Accept the pool's top candidate by pairs if dated just before the article."""
        if not article.measurable:
            return Check(False, f"pool of {len(article.pool)} too shallow to compare")
        c = facts.candidate
        best, runner_up = _top_by_pairs(article)
        return Check(
            best.id == c.id
            and c.shared_pairs >= self.ratio * max(runner_up, 1)
            and self.close(article.days(c))
            and facts.explained == 0,
            f"{dates_reason(c, article)} (at most {self.max_before} days later or "
            f"{self.max_after} earlier); {c.shared_pairs} content-word pairs shared, against "
            f"{runner_up} for the runner-up of {len(article.pool)} retrieved (at least "
            f"{self.ratio:g}x, and the most)",
        )


@dataclass(frozen=True, slots=True)
class DatesApart:
    """Refuse a source accepted from shared words alone when the dates lie far apart.

    A text dated months before the article, or weeks after it, is almost never its
    source; a topical neighbour often is. Only the rules that read shared words and
    phrases (those whose ``words_only`` is True) are overruled: copied text
    stays evidence whatever the dates say. The candidate is still listed (``non``), with
    this reason: a date misread from a text never hides it.
    """

    name: ClassVar[str] = "dates-apart"
    words_only: ClassVar[bool] = False
    version: ClassVar[int] = 1
    #: The closed-world fallback avoids the candidates it refuses (:func:`_fallback_pool`).
    guides_fallback: ClassVar[bool] = True
    max_before: int = threshold(
        60,
        "Days the candidate may be dated before the article, beyond which a source "
        "accepted from shared words alone is refused.",
        minimum=0,
    )
    max_after: int = threshold(14, "The same, for a candidate dated after the article.", minimum=0)

    def check(self, facts: Facts, article: Article) -> Check:
        """Say whether it refuses (``accepts`` True means: refused)."""
        days = article.days(facts.candidate)
        far = days is not None and not -self.max_after <= days <= self.max_before
        return Check(
            far,
            f"{dates_reason(facts.candidate, article)} (refused when more than "
            f"{self.max_before} days later or {self.max_after} earlier)",
        )


@dataclass(frozen=True, slots=True)
class WeeksApart:
    """Refuse a source accepted from shared words alone, dated weeks before, on thin evidence.

    News follows its release within days (on InSciOut, 96% of the stories whose release
    is dated come −1 to +14 days after it). A copy-free candidate dated weeks before the
    article is more often an earlier release on the same study or topic (a first report,
    a sibling office's release) than the source, which is then not indexed: such a
    candidate stands out from the topical neighbours by a handful of phrases. Beyond
    ``min_days`` (and up to ``dates-apart``'s limit, where that refusal takes over) it
    must share at least ``min_pairs`` content-word pairs. Copied text is never
    overruled; undated texts are not judged by it.
    """

    name: ClassVar[str] = "weeks-apart"
    words_only: ClassVar[bool] = False
    version: ClassVar[int] = 1
    guides_fallback: ClassVar[bool] = False
    min_days: int = threshold(
        21,
        "Days the candidate is dated before the article beyond which a source accepted "
        "from shared words alone needs min_pairs (see benchmarks/bench_leak.py).",
        minimum=0,
    )
    min_pairs: int = threshold(
        15,
        "Fewest content-word pairs such a candidate, dated weeks before the article, "
        "must share with it.",
        minimum=1,
    )

    def check(self, facts: Facts, article: Article) -> Check:
        """Say whether it refuses (``accepts`` True means: refused)."""
        c = facts.candidate
        days = article.days(c)
        weeks = days is not None and days > self.min_days
        return Check(
            weeks and c.shared_pairs < self.min_pairs,
            f"{dates_reason(c, article)}, {c.shared_pairs} content-word pairs shared (refused "
            f"when more than {self.min_days} days later with fewer than {self.min_pairs})",
        )


#: A refusal: it may overrule a rule's acceptance.
Refusal = DatesApart | WeeksApart


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


@dataclass(frozen=True, slots=True)
class BestPairsFallback:
    """When no rule accepts any candidate, accept the one sharing the most word pairs.

    For a closed world, where every article was written from a document at hand. The
    candidate keeps its copied passages only (no retold sentences are added). Where the
    texts are dated, it picks among the candidates the article follows within days, and
    never one dated far from it while another is not (:func:`judge`).
    """

    name: ClassVar[str] = "closed-world-best-pairs"
    version: ClassVar[int] = 1

    def pick(self, candidates: Sequence[Candidate]) -> Candidate | None:
        """Return the candidate sharing the most pairs (earliest retrieved on a tie)."""
        return min(
            enumerate(candidates), key=lambda x: (-x[1].shared_pairs, x[0]), default=(0, None)
        )[1]

    def reason(self, c: Candidate, dated: str = "") -> str:
        """Why it was accepted (``dated``: what its date says, if it was read)."""
        return (
            f"no rule accepted any candidate; closed world: the candidate sharing the most "
            f"content-word pairs ({c.shared_pairs}){dated}"
        )


@dataclass(frozen=True, slots=True)
class AcceptancePolicy:
    """The ordered rules that accept candidates as sources, and an optional fallback.

    Attributes:
        name: The policy's name (shown with its version in the output).
        rules: The rules, in the order they are asked; the first to accept names the
            source's ``accepted_by``.
        min_pool: Fewest neighbours needed to measure distinctiveness (``score``) and
            the stand-out rules.
        fallback: Picks one candidate when no rule accepts any (closed world).
        refusals: They may overrule a rule that accepts from shared words alone
            (``words_only``); the candidate is then listed ``non`` with their reason.
    """

    name: str = "default"
    rules: tuple[AcceptanceRule, ...] = (
        CopiedShare(),
        LongCopied(),
        CompositeCopied(),
        PairsStandOut(),
        WordsStandOut(),
        PairShare(),
        DatedStandOut(),
    )
    min_pool: int = 5
    fallback: BestPairsFallback | None = None
    refusals: tuple[Refusal, ...] = (DatesApart(), WeeksApart())

    def rule(self, name: str) -> AcceptanceRule:
        """Return the rule (or refusal) of that name."""
        for r in (*self.rules, *self.refusals):
            if r.name == name:
                return r
        raise KeyError(name)

    def with_rule(self, rule: AcceptanceRule) -> AcceptancePolicy:
        """Return the policy with the rule (or refusal) of the same name replaced."""
        return dataclasses.replace(
            self,
            rules=tuple(rule if r.name == rule.name else r for r in self.rules),
            refusals=tuple(
                rule if r.name == rule.name and isinstance(rule, Refusal) else r
                for r in self.refusals
            ),
        )

    def signature(self) -> str:
        """Return the rules and thresholds in force, as text (for cache keys and output)."""
        parts = [f"{self.name};min_pool={self.min_pool}"]
        parts += [
            f"{r.name}.v{r.version}(" + ",".join(f"{k}={v!r}" for k, v, _ in thresholds(r)) + ")"
            for r in (*self.rules, *self.refusals)
        ]
        if self.fallback:
            parts.append(f"{self.fallback.name}.v{self.fallback.version}")
        return ";".join(parts)


#: The default policy of ``trace``.
DEFAULT_POLICY = AcceptancePolicy()


def confidence_policy(min_confidence: float) -> AcceptancePolicy:
    """Return the policy accepting every candidate of at least ``min_confidence``."""
    return AcceptancePolicy(name="confidence", rules=(Confident(min_confidence),), refusals=())


def fallback_refuses(policy: AcceptancePolicy, candidate: Candidate, article: Article) -> bool:
    """Whether a refusal that guides the closed-world fallback refuses the candidate.

    Such refusals (``guides_fallback``: ``dates-apart``) read the dates alone, so the
    fallback, which has no rule's evidence, can ask them; ``weeks-apart`` weighs the
    shared pairs too and does not guide it.
    """
    return any(
        v.check(Facts(candidate, 0.0, 0.0), article).accepts
        for v in policy.refusals
        if v.guides_fallback
    )


def _fallback_pool(
    candidates: Sequence[Candidate], article: Article, policy: AcceptancePolicy
) -> Sequence[Candidate]:
    """The candidates the closed-world fallback picks among, read by their dates.

    Those the article follows within the ``dated-stand-out`` window when any are; else
    those no refusal would refuse (not dated far from the article); else all of them.
    """
    allowed = [c for c in candidates if not fallback_refuses(policy, c, article)]
    window = next((r for r in policy.rules if isinstance(r, DatedStandOut)), None)
    near = [c for c in allowed if window is not None and window.close(article.days(c))]
    return near or allowed or candidates


def closed_world(policy: AcceptancePolicy) -> AcceptancePolicy:
    """Return ``policy`` with the closed-world fallback (see :class:`BestPairsFallback`)."""
    return dataclasses.replace(
        policy, name=f"{policy.name}+closed-world", fallback=BestPairsFallback()
    )


@dataclass(frozen=True, slots=True)
class Judgement:
    """The verdict on one candidate.

    Attributes:
        id: The candidate's id.
        derivation: ``wholly``, ``partially`` or ``non``.
        accepted_by: The name of the rule that accepted it, or None.
        reason: That rule's reason with its figures (for ``non``: the evidence read).
        score: Its :func:`distinctiveness` (0 if the pool is too shallow to measure).
        covered: Article word positions explained by it (copied, and retold if accepted).
        features: Its evidence features (see :func:`sourcetrace.confidence.features`).
        confidence: Its confidence, or None without a model.
    """

    id: str
    derivation: Derivation
    accepted_by: str | None
    reason: str
    score: float
    covered: frozenset[int]
    features: tuple[float, ...] = ()
    confidence: float | None = None


def distinctiveness(cand: Candidate | Neighbour, pool: Sequence[Neighbour]) -> float:
    """How many times the candidate's shared distinctive content exceeds the pool's median.

    The median is taken over the pool's other documents (inf if it is 0).
    """
    rest = sorted(o.shared for o in pool if o.id != cand.id)
    if not rest:
        return 0.0
    median = rest[len(rest) // 2]
    return cand.shared / median if median > 0 else math.inf


def judge(
    candidates: Sequence[Candidate],
    article: Article,
    policy: AcceptancePolicy,
    *,
    retell: Callable[[str], frozenset[int]],
    wholly: float,
    model: ConfidenceModel | None = None,
) -> list[Judgement]:
    """Judge candidates from their evidence, best explained first.

    Args:
        candidates: The aligned candidates.
        article: The article's figures and its pool.
        policy: The acceptance policy.
        retell: Returns an accepted candidate's covered article positions once its
            retold sentences are aligned too (called for accepted candidates only: the
            alignment is costly, and texts on one topic retell each other's sentences).
        wholly: Article coverage from which an accepted source is ``wholly`` derived.
        model: The confidence model (none: no confidence).

    Returns:
        One judgement per candidate, in judging order.
    """
    n = max(article.words, 1)
    order = sorted(
        candidates, key=lambda c: (len(c.copied_covered), c.long_copied, c.shared), reverse=True
    )
    measurable = article.measurable
    # The two largest unique_copied: each candidate's peer figure is the largest of the others'.
    top, second = [*sorted((c.unique_copied for c in candidates), reverse=True), 0, 0][:2]
    explained: set[int] = set()
    out: list[Judgement] = []
    refusals: dict[str, str] = {}  # what a refusal overruled, kept for the fallback's reason
    for c in order:
        fresh = len(c.copied_covered - explained) / n
        ratio = distinctiveness(c, article.pool) if measurable else 0.0
        feats = features(Facts(c, fresh, ratio), article)
        p = model.predict(feats) if model is not None else None
        peer = second if c.unique_copied == top else top
        facts = Facts(c, fresh, ratio, p, len(explained) / n, peer)
        accepted = next(
            ((r, chk) for r in policy.rules if (chk := r.check(facts, article)).accepts), None
        )
        refused = ""
        if accepted is not None and accepted[0].words_only:
            for veto in policy.refusals:
                if (objection := veto.check(facts, article)).accepts:
                    refused = (
                        f"; {accepted[0].name} would accept it, but {veto.name} refuses: "
                        f"{objection.reason}"
                    )
                    accepted = None
                    break
        covered = c.copied_covered
        derivation: Derivation = "non"
        if accepted is not None:
            covered = retell(c.id)
            explained |= covered
            derivation = "wholly" if len(covered) / n >= wholly else "partially"
            rule, chk = accepted
            reason = f"{rule.name}: {chk.reason}; {len(covered) / n:.0%} of the article aligned"
        else:
            reason = (
                f"{len(covered) / n:.0%} of the article aligned ({c.long_copied} words in long "
                f"copied passages, {fresh:.0%} copied and not explained by a better source); "
                f"shared distinctive content {ratio:.1f}x the median neighbour's (of "
                f"{len(article.pool)} retrieved){refused}"
            )
        name = accepted[0].name if accepted else None
        if refused:
            refusals[c.id] = refused
        out.append(Judgement(c.id, derivation, name, reason, ratio, covered, feats, p))
    if policy.fallback and candidates and all(j.derivation == "non" for j in out):
        pick = policy.fallback.pick(_fallback_pool(candidates, article, policy))
        if pick is not None:
            out = [
                dataclasses.replace(
                    j,
                    derivation="wholly" if len(j.covered) / n >= wholly else "partially",
                    accepted_by=policy.fallback.name,
                    reason=f"{policy.fallback.name}: "
                    f"{policy.fallback.reason(pick, f'; {dates_reason(pick, article)}')}"
                    + refusals.get(pick.id, ""),
                )
                if j.id == pick.id
                else j
                for j in out
            ]
    return out
