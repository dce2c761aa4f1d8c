"""``fit_confidence.py --rule-feature``: the rules' verdict as evidence, measured only."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from fit_confidence import (  # noqa: E402
    FEATURES,
    RULE_FEATURES,
    Row,
    cross_validate,
    fit,
    fold_threshold,
    matrix,
    measure,
    stories_of,
    with_rule_features,
)


def _rows(seed: int = 1) -> list[Row]:
    """Ten releases of two stories each: the release and a neighbour, then the neighbour alone."""
    rng = random.Random(seed)
    rows: list[Row] = []
    for k in range(10):
        truth = f"pr-{k:02d}"
        for s in range(2):
            story = f"news-{k:02d}-{s}"
            strong = rng.random() < 0.8  # the rules accept the release in 80% of the stories

            def feats(base: float) -> tuple[float, ...]:
                return tuple(base + rng.gauss(0, 0.3) for _ in FEATURES)

            rows.append(Row(story, truth, False, truth, feats(1.0), strong, 0))
            rows.append(Row(story, truth, False, f"pr-x{k}", feats(0.0), False, 1))
            rows.append(Row(story, truth, True, f"pr-x{k}", feats(0.2), not strong, 0))
    return rows


def test_rule_feature_is_the_rules_verdict_not_the_label() -> None:
    rows = _rows()
    out = with_rule_features(rows)
    assert RULE_FEATURES == ("rules_accept",)
    assert [r.features[:-1] for r in out] == [r.features for r in rows]
    assert [r.features[-1] for r in out] == [float(r.accepted) for r in rows]
    # A refused labelled release gets 0, an accepted wrong candidate 1.
    assert any(r.id == r.truth and r.features[-1] == 0.0 for r in out)
    assert any(r.id != r.truth and r.features[-1] == 1.0 for r in out)


def test_fixed_tau_is_measured_in_every_fold(capsys: pytest.CaptureFixture[str]) -> None:
    rows = with_rule_features(_rows())
    cross_validate(rows, names=(*FEATURES, *RULE_FEATURES), tau=0.37)
    out = capsys.readouterr().out
    chosen = re.findall(r"threshold (\d\.\d+)", out)
    assert chosen == ["0.370"] * 5


def test_threshold_over_the_rules_leak() -> None:
    # Chosen at a leak of at most the rules' own on the training stories, not max_leak.
    rows = with_rule_features(_rows())
    model = fit(*matrix(rows), names=(*FEATURES, *RULE_FEATURES))
    train = stories_of(rows, model)
    rules_leak = measure(train, None)["leak"]
    assert 0 < rules_leak < 0.5
    t = fold_threshold(train, max_leak=0.5, leak_over_rules=0.0)
    assert measure(train, t)["leak"] <= rules_leak
    assert measure(train, fold_threshold(train, max_leak=0.5))["leak"] > rules_leak
