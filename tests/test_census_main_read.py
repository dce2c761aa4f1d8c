"""The seventeenth session's census of where the coded main statement sits (issue 17)."""

from __future__ import annotations

import sys
from pathlib import Path

from conftest import run_on_read_and_held_out_pair

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from census_main_read import census, main, position  # noqa: E402
from sourcetrace.claims.main import layout  # noqa: E402

STORY = (
    "Fish oil cuts dementia risk\n\n"
    "Fish oil may slow memory loss in older people, a new study has found.\n\n"
    "Older people who took fish oil kept their memory better than those who did not.\n"
)


def test_the_held_out_fold_is_dropped_before_any_story_is_read(tmp_path: Path) -> None:
    lines = run_on_read_and_held_out_pair(
        tmp_path, main, STORY, "Older people who took fish oil kept their memory better"
    )
    # Two coded pairs in the file, one of them on fold 4: only the read story is counted.
    assert lines[0] == "1. Stories of folds 0-3: 1; the chosen statement overlaps a coded one: 0"
    assert any("miss      lede       prose+1" in line for line in lines)


def test_positions_are_told_from_the_lede() -> None:
    lay = layout(STORY)
    head = STORY.index("Fish oil cuts")
    lede = STORY.index("Fish oil may")
    nxt = STORY.index("Older people")
    assert position(lay, (head, head + 10)) == "headline"
    assert position(lay, (lede, lede + 10)) == "lede"
    assert position(lay, (nxt, nxt + 10)) == "prose+1"


def test_lede_and_next_are_tallied_by_group_and_finding_word() -> None:
    nxt = STORY.index("Older people")
    lede = STORY.index("Fish oil may")
    stories = {
        "a": (0, "pr-a", STORY, [(nxt, nxt + 20)]),
        "b": (1, "pr-b", STORY, [(lede, lede + 20)]),
    }
    lines: list[str] = []
    where, pairs = census(lines.append, stories)
    # The hedged lede with a finding word against the outcome of those given fish oil
    # (causal, no finding word): once each way.
    coded_lede, coded_next = pairs[("CF", "X-")]
    assert (coded_lede.stories, coded_next.stories) == (1, 1)
    assert where[(True, "lede", "")].folds == {1}
    assert where[(False, "lede", "prose+1")].releases == {"pr-a"}
