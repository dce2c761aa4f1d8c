"""The acceptance policy: the ordered rules, the refusals and the closed-world fallback."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from sourcetrace.judging.dated import DatedStandOut, DatesApart, Refusal, WeeksApart
from sourcetrace.judging.evidence import Article, Candidate, Facts
from sourcetrace.judging.rules import (
    AcceptanceRule,
    CompositeCopied,
    Confident,
    CopiedShare,
    LongCopied,
    PairShare,
    PairsStandOut,
    WordsStandOut,
    thresholds,
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
