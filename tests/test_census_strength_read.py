"""The thirteenth round's confusion census of story strength on the read folds (issue 17)."""

from __future__ import annotations

import sys
from pathlib import Path

from conftest import run_on_read_and_held_out_pair

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from census_strength_read import Read, census, main, read_statements, spread  # noqa: E402

STORY = (
    "Fish oil cuts dementia risk\n\n"
    "Older people who took fish oil kept their memory better than those who did not.\n"
)


def test_the_held_out_fold_is_dropped_before_any_statement_is_read(tmp_path: Path) -> None:
    lines = run_on_read_and_held_out_pair(
        tmp_path, main, STORY, "Older people who took fish oil kept their memory better"
    )
    # Two coded pairs in the file, one of them on fold 4: only the read one is counted.
    assert lines[0] == "1. Story statements of folds 0-3: 1; four groups (rows gold)"


def _read(fold: int, release: str, gold: int, pred: int) -> Read:
    return Read(fold, release, gold, pred, "-", (), f"statement {fold} {release}")


def test_a_cell_is_listed_with_the_folds_and_releases_it_spans() -> None:
    items = [
        _read(0, "pr-a", 6, 0),
        _read(0, "pr-a", 6, 0),
        _read(2, "pr-b", 6, 0),
        _read(1, "pr-c", 2, 2),
        _read(3, "pr-d", 0, 4),  # a cell of one: not listed at least=2
    ]
    assert spread(items[:3]) == (2, 2)
    lines: list[str] = []
    cells = census(lines.append, items, least=2)
    text = "\n".join(lines)
    assert "causal read as none: 3 in 2 folds (fold 0: 2, fold 2: 1), 2 releases" in text
    assert "none read as conditional" not in text
    assert len(cells[("none", "conditional")]) == 1


def test_each_statement_is_labelled_with_the_cue_that_decided_it() -> None:
    rows = [
        {
            "release_id": "pr-x",
            "story_statement": {"text": "Coffee may protect the liver", "strength": 4},
        },
        {
            "release_id": "pr-x",
            "story_statement": {"text": "The trial recruited 300 women in Leeds", "strength": 0},
        },
    ]
    first, second = read_statements(rows)
    assert (first.pred, first.cue, first.words) == (4, "hedged_cause", ("may protect",))
    assert (second.pred, second.cue) == (0, "-")
