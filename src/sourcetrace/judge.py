"""Judge retrieved candidates from their evidence under an explicit acceptance policy.

Retrieval and alignment (:mod:`sourcetrace.trace`) measure what each candidate shares
with the article; :func:`judge` decides which candidates are sources. An
:class:`AcceptancePolicy` is an ordered tuple of named, versioned rules. Each rule owns
its thresholds (with their help text) and answers, for one candidate, whether it accepts
it and why, with the figures it read. The first rule that accepts a candidate names it
(``accepted_by``) and gives its reason.

Candidates are judged best explained first: a candidate's *fresh* share is the share of
the article copied from it that no candidate accepted before it already explains.

The parts live in :mod:`sourcetrace.judging`: what the rules read
(:mod:`~sourcetrace.judging.evidence`), the rules that read copied text and shared
phrases (:mod:`~sourcetrace.judging.rules`), those that read dates and the refusals
(:mod:`~sourcetrace.judging.dated`) and the policy with its closed-world fallback
(:mod:`~sourcetrace.judging.policy`). This module is the entry point: it judges the
candidates and keeps the public names importable from here.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sourcetrace.confidence import ConfidenceModel, features
from sourcetrace.judging.dated import DatedStandOut as DatedStandOut
from sourcetrace.judging.dated import DatesApart as DatesApart
from sourcetrace.judging.dated import Refusal as Refusal
from sourcetrace.judging.dated import WeeksApart as WeeksApart
from sourcetrace.judging.dated import dates_reason as dates_reason
from sourcetrace.judging.evidence import Article as Article
from sourcetrace.judging.evidence import Candidate as Candidate
from sourcetrace.judging.evidence import Check as Check
from sourcetrace.judging.evidence import Facts as Facts
from sourcetrace.judging.evidence import Neighbour as Neighbour
from sourcetrace.judging.policy import DEFAULT_POLICY as DEFAULT_POLICY
from sourcetrace.judging.policy import AcceptancePolicy as AcceptancePolicy
from sourcetrace.judging.policy import BestPairsFallback as BestPairsFallback
from sourcetrace.judging.policy import _fallback_pool
from sourcetrace.judging.policy import closed_world as closed_world
from sourcetrace.judging.policy import confidence_policy as confidence_policy
from sourcetrace.judging.policy import fallback_refuses as fallback_refuses
from sourcetrace.judging.rules import AcceptanceRule as AcceptanceRule
from sourcetrace.judging.rules import CompositeCopied as CompositeCopied
from sourcetrace.judging.rules import Confident as Confident
from sourcetrace.judging.rules import CopiedShare as CopiedShare
from sourcetrace.judging.rules import LongCopied as LongCopied
from sourcetrace.judging.rules import PairShare as PairShare
from sourcetrace.judging.rules import PairsStandOut as PairsStandOut
from sourcetrace.judging.rules import WordsStandOut as WordsStandOut
from sourcetrace.judging.rules import threshold as threshold
from sourcetrace.judging.rules import thresholds as thresholds
from sourcetrace.results import Derivation


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
