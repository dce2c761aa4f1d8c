"""The twelfth round's leave-one-fold-out CV over the read folds (issue 17)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from conftest import run_on_read_and_held_out_pair
from sourcetrace.claims.strength import StrengthPolicy, classify_strength

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from lofo_strength import (  # noqa: E402
    main,
    nested_select,
    recoded,
    release_interval,
    restates,
    share,
)


def _items(hits: dict[int, tuple[int, int]]) -> list[tuple[int, None, bool]]:
    # fold -> (hits, misses)
    return [(k, None, i < h) for k, (h, m) in hits.items() for i in range(h + m)]


def test_nested_selection_scores_each_fold_with_a_choice_made_on_the_others() -> None:
    # "fitted" is ahead pooled over all four folds only through fold 3 (8 of 8), and behind
    # on each other fold (1 of 4 against 2 of 4).
    runs = {
        "rules": _items({0: (2, 2), 1: (2, 2), 2: (2, 2), 3: (4, 4)}),
        "fitted": _items({0: (1, 3), 1: (1, 3), 2: (1, 3), 3: (8, 0)}),
    }
    sel = nested_select(runs, share)
    assert sel.chosen == {0: "fitted", 1: "fitted", 2: "fitted", 3: "rules"}
    assert sel.scores == {0: 0.25, 1: 0.25, 2: 0.25, 3: 0.5}
    assert sel.mean == 0.3125  # below the rules' 0.5 on every fold
    assert sel.final == "fitted"  # what choosing on all folds at once would ship


def test_ties_keep_the_earlier_variant() -> None:
    runs = {
        "rules": [(k, None, True) for k in range(4)],
        "same": [(k, None, True) for k in range(4)],
    }
    assert set(nested_select(runs, share).chosen.values()) == {"rules"}


def test_release_interval_resamples_whole_releases() -> None:
    # Two releases: one all hits, one all misses; any resample holds whole releases, so the
    # share can only be 0, 1/3, 1/2, 2/3 or 1 (3 stories of one, 6 of the other).
    items = [(0, None, True)] * 3 + [(0, None, False)] * 6
    releases = ["a"] * 3 + ["b"] * 6
    lo, hi = release_interval(items, releases, share, draws=200)
    assert 0.0 <= lo <= hi <= 1.0
    assert {lo, hi} <= {0.0, 1 / 3, 0.5, 2 / 3, 1.0}
    # Paired against itself, the difference is always 0.
    assert release_interval(items, releases, share, minus=items, draws=50) == (0.0, 0.0)


def test_restates_is_the_share_of_the_shorter_texts_words() -> None:
    assert (
        restates("Paris: Unborn children suffer no harm", "Unborn children suffer no harm") == 1.0
    )
    assert restates("Tea cuts risk", "Coffee raises risk") == 1 / 3
    assert restates("", "anything") == 0.0


STORY = (
    "Fish oil cuts dementia risk\n\n"
    "Older people who took fish oil kept their memory better, a study found.\n\n"
    "The trial followed 2,000 people in Leeds for ten years.\n"
)


def test_the_held_out_fold_is_dropped_before_any_text_is_read(tmp_path: Path) -> None:
    # The held-out pair's story and release are not in the data: reading them would fail.
    lines = run_on_read_and_held_out_pair(
        tmp_path,
        main,
        STORY,
        "Older people who took fish oil kept their memory better",
        "--only",
        "main",
    )
    assert lines[0] == "Leave-one-fold-out over folds 0-3 (1 pairs, by release)"
    text = "\n".join(lines)
    assert "fold 4" not in text
    assert "nested leave-one-fold-out" in text


def test_recoded_changes_only_the_named_cues() -> None:
    base = StrengthPolicy()
    hope_only = recoded(base, ["potential"], pattern=r"\b(?:promising|hope|hopes|could offer)\b")
    fat = "A new study has found it is possible to be fat but metabolically healthy"
    assert classify_strength(fat).code == 4
    assert classify_strength(fat, policy=hope_only).code == 0
    # "possible" still hedges a relation after it; the other cues are untouched.
    cause = "Heading the ball is a possible cause of dementia"
    assert classify_strength(cause, policy=hope_only).code == 4
    assert [c for c in hope_only.cues if c.name != "potential"] == [
        c for c in base.cues if c.name != "potential"
    ]
    assert {
        c.code
        for c in recoded(base, ["just_as", "as_good_as"], code=4).cues
        if c.name in ("just_as", "as_good_as")
    } == {4}
    with pytest.raises(ValueError, match="no cue named"):
        recoded(base, ["no_such_cue"], code=1)
