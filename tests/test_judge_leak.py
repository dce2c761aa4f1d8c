"""Refusals against the leak: weeks-apart (thin evidence dated weeks before), low-confidence."""

from __future__ import annotations

import dataclasses
import datetime

import pytest

from sourcetrace.confidence import FEATURES, ConfidenceModel
from sourcetrace.dates import DocDate
from sourcetrace.judge import (
    DEFAULT_POLICY,
    AcceptancePolicy,
    Article,
    Candidate,
    LowConfidence,
    Neighbour,
    WeeksApart,
    closed_world,
    judge,
)
from sourcetrace.settings import SettingError, apply_settings, registry

WORDS = 100
STORY_DAY = datetime.date(2016, 3, 10)
#: Topical neighbours: one pair each, the runner-up three.
NEIGHBOURS = (*(Neighbour(f"n{i}", 1.0, 1) for i in range(8)), Neighbour("topic", 2.0, 3))


def _date(days_before: int | None) -> DocDate | None:
    if days_before is None:
        return None
    day = STORY_DAY - datetime.timedelta(days=days_before)
    return DocDate(day, "text", day.isoformat())


def _cand(*, pairs: int, copied: int = 0, days_before: int | None = None) -> Candidate:
    return Candidate("cand", 1.0, pairs, frozenset(range(copied)), 0, 0, _date(days_before))


def _article(cand: Candidate) -> Article:
    pool = (Neighbour(cand.id, cand.shared, cand.shared_pairs), *NEIGHBOURS)
    return Article(WORDS, 120, pool, 5, date=_date(0))


def _verdict(
    cand: Candidate,
    policy: AcceptancePolicy = DEFAULT_POLICY,
    model: ConfidenceModel | None = None,
):
    (v,) = judge(
        [cand],
        _article(cand),
        policy,
        retell=lambda _id: cand.copied_covered,
        wholly=0.6,
        model=model,
    )
    return v


#: (candidate, the rule expected to accept it or None). 12 pairs, 4x the runner-up's 3:
#: pairs-stand-out accepts it, unless it is dated weeks before the story.
WEEKS = [
    (_cand(pairs=12, days_before=None), "pairs-stand-out"),  # undated
    (_cand(pairs=12, days_before=14), "pairs-stand-out"),
    (_cand(pairs=12, days_before=21), "pairs-stand-out"),
    (_cand(pairs=12, days_before=22), None),  # three weeks before, 12 pairs: too thin
    (_cand(pairs=12, days_before=45), None),
    (_cand(pairs=15, days_before=45), "pairs-stand-out"),  # enough pairs
    (_cand(pairs=12, days_before=-10), "pairs-stand-out"),  # after the story: dates-apart's
    (_cand(pairs=12, copied=20, days_before=45), "copied-share"),  # copied text stays
]


@pytest.mark.parametrize(("cand", "rule"), WEEKS)
def test_weeks_apart(cand: Candidate, rule: str | None) -> None:
    v = _verdict(cand)
    assert v.accepted_by == rule
    assert (v.derivation == "non") == (rule is None)


def test_weeks_apart_is_named_in_the_reason_and_alone_refuses() -> None:
    cand = _cand(pairs=12, days_before=24)
    v = _verdict(cand)
    assert "pairs-stand-out would accept it, but weeks-apart refuses" in v.reason
    assert "the article 24 days later, 12 content-word pairs shared" in v.reason
    others = AcceptancePolicy(
        refusals=tuple(r for r in DEFAULT_POLICY.refusals if r.name != "weeks-apart")
    )
    assert _verdict(cand, others).accepted_by == "pairs-stand-out"
    lenient = DEFAULT_POLICY.with_rule(WeeksApart(min_days=30))
    assert _verdict(cand, lenient).accepted_by == "pairs-stand-out"


def test_the_closed_world_fallback_is_not_steered_by_weeks_apart() -> None:
    # Refused as a source, it is still the one the closed-world fallback picks.
    v = _verdict(_cand(pairs=12, days_before=24), closed_world(DEFAULT_POLICY))
    assert v.accepted_by == "closed-world-best-pairs"
    assert "weeks-apart refuses" in v.reason


def _model(bias: float) -> ConfidenceModel:
    """A model whose confidence is ``sigmoid(bias)`` for every candidate."""
    n = len(FEATURES)
    return ConfidenceModel("test", FEATURES, (0.0,) * n, (1.0,) * n, (0.0,) * n, bias)


@pytest.mark.parametrize(
    ("bias", "rule"),
    [(-3.0, None), (-1.0, "copied-share"), (3.0, "copied-share")],  # p 0.05, 0.27, 0.95
)
def test_low_confidence_overrules_every_rule(bias: float, rule: str | None) -> None:
    v = _verdict(_cand(pairs=2, copied=30), model=_model(bias))
    assert v.accepted_by == rule
    if rule is None:
        assert "copied-share would accept it, but low-confidence refuses: confidence 0.05" in (
            v.reason
        )


def test_low_confidence_needs_a_model() -> None:
    assert _verdict(_cand(pairs=2, copied=30)).accepted_by == "copied-share"
    floor = DEFAULT_POLICY.rule("low-confidence")
    assert isinstance(floor, LowConfidence) and floor.min_confidence == 0.2
    none = DEFAULT_POLICY.with_rule(LowConfidence(min_confidence=0.0))
    assert _verdict(_cand(pairs=2, copied=30), none, _model(-3.0)).accepted_by == "copied-share"


def test_refusal_settings_are_declared_and_checked() -> None:
    keys = registry()
    for key in (
        "judge.weeks-apart.min_days",
        "judge.weeks-apart.min_pairs",
        "judge.low-confidence.min_confidence",
    ):
        assert keys[key].help
    s = apply_settings(
        [("judge.weeks-apart.min_pairs", "20"), ("judge.low-confidence.min_confidence", "0.5")]
    )
    policy = s.trace.policy
    assert policy.rule("weeks-apart") == WeeksApart(min_pairs=20)
    assert dataclasses.replace(LowConfidence(), min_confidence=0.5) == policy.rule("low-confidence")
    assert "weeks-apart.v1(min_days=21,min_pairs=20)" in policy.signature()
    with pytest.raises(SettingError, match=r"judge\.low-confidence\.min_confidence"):
        apply_settings([("judge.low-confidence.min_confidence", "1.5")])
