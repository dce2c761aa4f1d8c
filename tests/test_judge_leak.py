"""The weeks-apart refusal: a copy-free source dated weeks before, on thin evidence."""

from __future__ import annotations

import dataclasses
import datetime

import pytest

from sourcetrace.dates import DocDate
from sourcetrace.judge import (
    DEFAULT_POLICY,
    AcceptancePolicy,
    Article,
    Candidate,
    Neighbour,
    PairsStandOut,
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


def _verdict(cand: Candidate, policy: AcceptancePolicy = DEFAULT_POLICY):
    (v,) = judge([cand], _article(cand), policy, retell=lambda _id: cand.copied_covered, wholly=0.6)
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


def test_refusal_settings_are_declared_and_checked() -> None:
    keys = registry()
    for key in ("judge.weeks-apart.min_days", "judge.weeks-apart.min_pairs"):
        assert keys[key].help
    policy = apply_settings([("judge.weeks-apart.min_pairs", "20")]).trace.policy
    assert policy.rule("weeks-apart") == dataclasses.replace(WeeksApart(), min_pairs=20)
    assert "weeks-apart.v1(min_days=21,min_pairs=15)" in DEFAULT_POLICY.signature()
    assert "weeks-apart.v1(min_days=21,min_pairs=20)" in policy.signature()
    with pytest.raises(SettingError, match=r"judge\.weeks-apart\.min_pairs"):
        apply_settings([("judge.weeks-apart.min_pairs", "0")])


@pytest.mark.parametrize(("pairs", "rule"), [(3, None), (4, "pairs-stand-out")])
def test_pairs_stand_out_needs_more_than_a_chance_count(pairs: int, rule: str | None) -> None:
    # Three pairs against the runner-up's one is 3x, but counts that small are chance.
    cand = Candidate("cand", 1.0, pairs, frozenset(), 0)
    pool = (Neighbour("cand", 1.0, pairs), *(Neighbour(f"n{i}", 1.0, 1) for i in range(8)))
    (v,) = judge(
        [cand],
        Article(WORDS, 120, pool, 5),
        DEFAULT_POLICY,
        retell=lambda _: frozenset(),
        wholly=0.6,
    )
    assert v.accepted_by == rule
    if rule is None:
        three = DEFAULT_POLICY.with_rule(PairsStandOut(min_pairs=3))
        (w,) = judge(
            [cand], Article(WORDS, 120, pool, 5), three, retell=lambda _: frozenset(), wholly=0.6
        )
        assert w.accepted_by == "pairs-stand-out"
        assert "(at least 3x and 3, and the most)" in w.reason
