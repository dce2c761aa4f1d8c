"""The learned second opinion on claim strength (issue 17): decisions, file, scope."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from sourcetrace.claims.strength import (
    GROUPS,
    CueHit,
    Strength,
)

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import strength_model as learned
from strength_model import (
    FEATURES_VERSION,
    StrengthModel,
    decide,
    features,
    in_scope,
    rule_features,
)

NO_CUE = Strength(0)
HEDGED = Strength(4, ("may reduce",), (CueHit("hedged_cause", 4, 0, 10, "may reduce"),))
CAN = Strength(2, ("can expect",), (CueHit("can_verb", 5, 0, 10, "can expect"),))


def _probs(group: str, p: float) -> np.ndarray:
    out = np.full(len(GROUPS), (1.0 - p) / (len(GROUPS) - 1))
    out[GROUPS.index(group)] = p
    return out


def test_a_confident_disagreement_takes_the_models_group_and_says_so() -> None:
    got = decide(NO_CUE, _probs("causal", 0.8), 0.5)
    assert got.code == 6
    assert got.cues[0].startswith("model: causal (p 0.80")
    assert "rules: no_relationship_stated" in got.cues[0]


def test_agreement_or_low_confidence_keeps_the_rules_label() -> None:
    assert decide(HEDGED, _probs("conditional", 0.9), 0.5) is HEDGED
    assert decide(HEDGED, _probs("causal", 0.6), 0.7) is HEDGED


def test_a_can_reading_moved_to_conditional_is_code_5() -> None:
    assert decide(CAN, _probs("conditional", 0.9), 0.5).code == 5
    assert decide(NO_CUE, _probs("conditional", 0.9), 0.5).code == 4


def test_scope_no_cue_leaves_statements_with_cues_to_the_rules() -> None:
    assert in_scope(NO_CUE, "no_cue")
    assert not in_scope(HEDGED, "no_cue")
    assert in_scope(HEDGED, "all")


def test_rule_features_mark_code_cues_and_no_cue() -> None:
    f = rule_features(HEDGED)
    assert f[4] == 1.0 and f[:7].sum() == 1.0
    assert f[-2] == 0.0  # has cues
    assert rule_features(NO_CUE)[-2] == 1.0
    assert features(np.ones(3), NO_CUE).shape == (3 + len(f),)


def _model(d: int, scope: learned.ModelScope = "all") -> StrengthModel:
    w = np.zeros((d, len(GROUPS)))
    w[0, GROUPS.index("causal")] = 5.0  # the first feature pushes to causal
    return StrengthModel(
        FEATURES_VERSION,
        learned._CUE_NAMES,
        np.zeros(d),
        np.ones(d),
        w,
        np.zeros(len(GROUPS)),
        scope,
        0.5,
    )


def test_the_model_file_round_trips_and_is_refused_when_its_features_differ() -> None:
    d = 384 + len(rule_features(NO_CUE))
    m = _model(d)
    back = StrengthModel.from_json(m.to_json())
    x = np.zeros((1, d))
    x[0, 0] = 1.0
    assert np.allclose(back.probabilities(x), m.probabilities(x))
    assert back.usable()
    old = StrengthModel.from_json(m.to_json().replace('"version": 1', '"version": 0', 1))
    assert not old.usable()


def test_refine_uses_the_model_only_when_active(monkeypatch: pytest.MonkeyPatch) -> None:
    d = 384 + len(rule_features(NO_CUE))
    monkeypatch.setattr(learned, "shipped_model", lambda: _model(d, "no_cue"))
    vec = np.zeros((1, 384), dtype=np.float32)
    vec[0, 0] = 1.0
    monkeypatch.setattr(
        "sourcetrace.embed.encode", lambda texts, **_: np.repeat(vec, len(texts), 0)
    )
    monkeypatch.setattr(learned, "active", lambda: False)
    assert learned.refine(["Chicken repels mosquitoes"], [NO_CUE]) == [NO_CUE]
    monkeypatch.setattr(learned, "active", lambda: True)
    got = learned.refine(["Chicken repels mosquitoes", "x may reduce y"], [NO_CUE, HEDGED])
    assert got[0].code == 6 and got[0].cues[0].startswith("model: causal")
    assert got[1] is HEDGED  # has a cue: out of the no_cue scope
