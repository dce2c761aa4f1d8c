"""The acceptance policy: each rule alone, the closed-world fallback, the earlier-text rule."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from sourcetrace.judge import (
    DEFAULT_POLICY,
    AcceptancePolicy,
    Article,
    Candidate,
    Facts,
    Neighbour,
    closed_world,
    distinctiveness,
    judge,
    thresholds,
)
from sourcetrace.order import day_ordinals, precedes_array, precedes_by

WORDS = 100
#: Topical neighbours: a little shared, one pair each; "topic" shares the most words.
NEIGHBOURS = (
    *(Neighbour(f"n{i}", 1.0, 1) for i in range(8)),
    Neighbour("topic", 5.0, 5),
)


def _candidate(
    *, copied: int = 0, long_copied: int = 0, shared: float = 1.0, pairs: int = 1
) -> Candidate:
    return Candidate("cand", shared, pairs, frozenset(range(copied)), long_copied)


#: (rule expected to fire alone, candidate evidence, neighbours other than the candidate).
CASES = [
    ("copied-share", _candidate(copied=20, long_copied=5), NEIGHBOURS),
    ("long-copied", _candidate(copied=10, long_copied=25), NEIGHBOURS),
    # 15 pairs, 3x the runner-up's 5, but under 15% of the article's 120 pairs.
    ("pairs-stand-out", _candidate(pairs=15), NEIGHBOURS),
    # The most words (3x the median) and the most pairs, but not 3x the runner-up's.
    ("words-stand-out", _candidate(shared=3.0, pairs=2), NEIGHBOURS[:8]),
    # 20 of 120 pairs (17%), not 3x the runner-up's 10.
    ("pair-share", _candidate(pairs=20), (*NEIGHBOURS, Neighbour("twin", 1.0, 10))),
]


def _article(cand: Candidate, neighbours: tuple[Neighbour, ...]) -> Article:
    pool = (Neighbour(cand.id, cand.shared, cand.shared_pairs), *neighbours)
    return Article(words=WORDS, pairs=120, pool=pool, min_pool=5)


def _judge(cand: Candidate, neighbours: tuple[Neighbour, ...], policy: AcceptancePolicy):
    return judge(
        [cand],
        _article(cand, neighbours),
        policy,
        retell=lambda _id: cand.copied_covered,
        wholly=0.6,
    )


@pytest.mark.parametrize(("rule", "cand", "neighbours"), CASES, ids=[c[0] for c in CASES])
def test_each_rule_alone(rule: str, cand: Candidate, neighbours: tuple[Neighbour, ...]) -> None:
    art = _article(cand, neighbours)
    facts = Facts(cand, len(cand.copied_covered) / WORDS, distinctiveness(cand, art.pool))
    fired = [r.name for r in DEFAULT_POLICY.rules if r.check(facts, art).accepts]
    assert fired == [rule]
    (verdict,) = _judge(cand, neighbours, DEFAULT_POLICY)
    assert verdict.accepted_by == rule
    assert verdict.derivation == "partially"
    assert verdict.reason.startswith(f"{rule}: ")
    # Without that rule, nothing accepts the candidate.
    others = AcceptancePolicy(rules=tuple(r for r in DEFAULT_POLICY.rules if r.name != rule))
    (verdict,) = _judge(cand, neighbours, others)
    assert verdict.derivation == "non"
    assert verdict.accepted_by is None


def test_nothing_fires_then_closed_world_falls_back() -> None:
    cand = _candidate(copied=3, pairs=4)
    (verdict,) = _judge(cand, NEIGHBOURS, DEFAULT_POLICY)
    assert (verdict.derivation, verdict.accepted_by) == ("non", None)
    (verdict,) = _judge(cand, NEIGHBOURS, closed_world(DEFAULT_POLICY))
    assert verdict.accepted_by == "closed-world-best-pairs"
    assert verdict.derivation == "partially"
    assert verdict.covered == cand.copied_covered


def test_fresh_share_discounts_what_a_better_source_explains() -> None:
    big = Candidate("big", 1.0, 1, frozenset(range(40)), 40)
    # Copies 20 words, 15 of them also in "big": 5% fresh, so copied-share does not fire.
    small = Candidate("small", 1.0, 1, frozenset(range(25, 45)), 5)
    art = Article(WORDS, 120, (*NEIGHBOURS, Neighbour("big", 1.0, 1), Neighbour("small", 1, 1)), 5)
    out = judge(
        [small, big],
        art,
        DEFAULT_POLICY,
        retell=lambda i: (big if i == "big" else small).copied_covered,
        wholly=0.6,
    )
    assert [(j.id, j.accepted_by) for j in out] == [("big", "copied-share"), ("small", None)]


def test_shallow_pool_measures_no_stand_out() -> None:
    cand = _candidate(shared=3.0, pairs=2)
    (verdict,) = judge(
        [cand],
        Article(WORDS, 120, (Neighbour("cand", 3.0, 2),), min_pool=0),
        DEFAULT_POLICY,
        retell=lambda _id: cand.copied_covered,
        wholly=0.6,
    )
    assert verdict.score == 0.0


def test_thresholds_have_help_and_the_signature_names_versions() -> None:
    for rule in DEFAULT_POLICY.rules:
        assert all(help_text for _, _, help_text in thresholds(rule))
    sig = DEFAULT_POLICY.signature()
    assert "copied-share.v1(min_share=0.15)" in sig
    assert sig != closed_world(DEFAULT_POLICY).signature()


DATES = [None, "2020-01-01", "2020-01-01T23:00:00", "2020-01-02"]
KINDS = [None, "source", "article"]


def test_earlier_text_rule_scalar_and_vectorised_agree() -> None:
    combos = list(itertools.product(DATES, KINDS, DATES, KINDS))
    days = day_ordinals([c[0] for c in combos] + [c[2] for c in combos])
    n = len(combos)
    got = precedes_array(
        days[:n],
        np.array([c[1] == "source" for c in combos]),
        days[n:],
        np.array([c[3] == "source" for c in combos]),
    )
    want = [{True: 1, False: 0, None: -1}[precedes_by(*c)] for c in combos]
    assert got.tolist() == want
    # The rule itself: dates first, then a source before an article, else unknown.
    assert precedes_by("2020-01-02", "article", "2020-01-03", "source") is True
    assert precedes_by("2020-01-01", "article", "2020-01-01T09:00", "source") is False
    assert precedes_by(None, "article", None, None) is None
