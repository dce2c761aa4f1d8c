"""The main-statement ranker: candidates, features, a model's choice and its fit."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

from sourcetrace.claims.main import layout, main_statement

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from main_ranker import (  # noqa: E402
    FEATURES,
    SOURCE_FEATURES,
    RankerModel,
    candidates,
    choose,
    features,
    load_ranker,
)

STORY = (
    "Fish oil cuts dementia risk\n\n"
    "Pills taken daily for a decade\n\n"
    "Older people who took fish oil were in better shape at the end of the trial.\n\n"
    "Taking fish oil every day cuts the risk of dementia by a third, researchers found.\n\n"
    "The team followed 2,000 adults in Wales for ten years.\n"
)
RELEASE = (
    "Daily fish oil linked to lower dementia risk\n\n"
    "Older adults who took fish oil every day had a third less dementia, a study of 2,000 "
    "adults has found.\n"
)


def _model(names: tuple[str, ...], **weights: float) -> RankerModel:
    return RankerModel(
        version="test",
        features=names,
        mean=tuple(0.0 for _ in names),
        scale=tuple(1.0 for _ in names),
        weights=tuple(weights.get(n, 0.0) for n in names),
    )


def test_layout_marks_the_sub_headline_loose_and_takes_the_first_prose_as_lede() -> None:
    lay = layout(STORY)
    assert lay.headline is not None
    assert STORY[slice(*lay.headline)] == "Fish oil cuts dementia risk"
    assert [STORY[a:b].startswith("Pills taken") for a, b in lay.loose] == [True]
    assert lay.lede is not None and STORY[slice(*lay.lede)].startswith("Older people")


def test_candidates_count_positions_from_the_lede() -> None:
    found = candidates(STORY)
    assert [(c.role, c.position) for c in found] == [
        ("headline", None),
        ("finding", -1),
        ("lede", 0),
        ("finding", 1),
        ("finding", 2),
    ]
    assert STORY[found[3].start : found[3].end].endswith("researchers found")


def test_features_read_cues_positions_and_the_source() -> None:
    found = candidates(STORY)
    rows = features(STORY, found, main_statement(STORY))
    assert all(len(r) == len(FEATURES) for r in rows)
    col = {n: i for i, n in enumerate(FEATURES)}
    finding = rows[3]
    assert finding[col["after_lede_1"]] == 1.0 and finding[col["found_that"]] == 0.0
    assert finding[col["cue_causal"]] == 1.0 and finding[col["finding_words"]] == 1.0
    assert rows[0][col["headline"]] == 1.0 and rows[1][col["before_lede"]] == 1.0
    # Shares the headline's "fish oil", "dementia", "risk".
    assert finding[col["headline_overlap"]] > rows[4][col["headline_overlap"]]
    with_source = features(STORY, found, main_statement(STORY), source=RELEASE)
    scol = {n: i for i, n in enumerate(SOURCE_FEATURES)}
    assert all(len(r) == len(SOURCE_FEATURES) for r in with_source)
    best = [r[scol["source_share_best"]] for r in with_source]
    assert best.index(1.0) in (0, 3)  # the headline or the finding restate the release
    assert with_source[4][scol["source_share"]] < with_source[3][scol["source_share"]]


def test_choose_follows_the_model_and_names_its_reasons() -> None:
    lede_first = choose(STORY, _model(FEATURES, lede=2.0))
    assert lede_first is not None and STORY[lede_first.statement.start :].startswith("Older")
    weights = {"headline": -3.0, "lede": 1.0, "after_lede_1": 1.0, "cue_causal": 1.5}
    after = choose(STORY, _model(FEATURES, **weights))
    assert after is not None
    assert STORY[after.statement.start : after.statement.end].startswith("Taking fish oil")
    assert after.statement.role == "finding"
    # Against the runner-up (the lede): its causal cue and its place; the lede's own
    # weight counts against it and is not a reason.
    assert after.reasons == ("cue_causal +1.50", "after_lede_1 +1.00")
    assert 0.0 < after.score < 1.0


def test_a_source_model_reads_the_source_and_asks_for_it() -> None:
    model = _model(SOURCE_FEATURES, headline=-5.0, source_share=4.0)
    chosen = choose(STORY, model, source=RELEASE)
    assert chosen is not None
    assert STORY[chosen.statement.start :].startswith("Taking fish oil")
    assert any(r.startswith("source_share") for r in chosen.reasons)
    with pytest.raises(ValueError, match="source"):
        choose(STORY, model)


def test_model_json_round_trip_and_wrong_features(tmp_path: Path) -> None:
    model = _model(FEATURES, lede=1.0)
    path = tmp_path / "ranker.json"
    path.write_text(json.dumps(model.to_dict()), encoding="utf-8")
    assert load_ranker(str(path)) == model
    bad = dict(model.to_dict(), features=["lede"])
    with pytest.raises(ValueError, match="features"):
        RankerModel.from_dict(bad)
    short = dict(model.to_dict(), weights=[1.0])
    with pytest.raises(ValueError, match="one per feature"):
        RankerModel.from_dict(short)


def test_fit_learns_which_candidate_is_right() -> None:
    from fit_main_ranker import Story, fit, pick

    rng = np.random.default_rng(0)
    stories = []
    for i in range(60):
        x = rng.normal(size=(5, len(FEATURES)))
        right = np.zeros(5, dtype=bool)
        right[int(np.argmax(x[:, 3]))] = True  # the right one has the largest after_lede_1
        stories.append(Story(f"s{i}", f"r{i % 7}", i % 5, x, right, 0))
    model = fit(stories[:50], FEATURES, l2=0.01, steps=300)
    assert max(range(len(FEATURES)), key=lambda j: model.weights[j]) == 3
    assert all(s.right[pick(model, s)] for s in stories[50:])
    # A margin of 1 leaves the rules' choice (index 0) in place.
    assert all(pick(model, s, 1.0) == 0 for s in stories[50:])
