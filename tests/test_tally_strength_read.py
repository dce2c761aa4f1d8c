"""The eleventh round's tallies on the read folds: statements with no cue, main positions."""

from __future__ import annotations

import sys
from pathlib import Path

from conftest import run_on_read_and_held_out_pair
from sourcetrace.claims.main import layout

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from tally_strength_read import main, no_cue, position  # noqa: E402

STORY = (
    "Fish oil cuts dementia risk\n\n"
    "Pills taken daily for a decade protect older brains, doctors say\n\n"
    "Older people who took fish oil kept their memory better than those who did not.\n\n"
    "The trial followed 2,000 people in Leeds for ten years. "
    "Its authors want a larger study to begin next year.\n"
)


def test_no_cue_is_a_statement_the_rules_leave_without_any_cue() -> None:
    assert no_cue("The researchers recruited 300 women in Leeds for the trial")
    assert not no_cue("Coffee may protect the liver")
    # No cue, but read as no relation on purpose (a prevalence count), or a question.
    assert not no_cue("Asthma affects 4.3 million adults in the UK")
    assert not no_cue("Do teenagers sleep in class?")


def test_position_names_headline_standfirst_lede_and_later_sentences() -> None:
    lay = layout(STORY)

    def at(words: str) -> str:
        s = STORY.index(words)
        return position(lay, s, s + len(words))

    assert at("Fish oil cuts dementia risk") == "headline"
    assert at("Pills taken daily") == "loose-1"
    assert at("Older people who took fish oil") == "lede"
    assert at("The trial followed") == "lede+1"
    assert at("Its authors want") == "lede+2"


def test_the_held_out_fold_is_dropped_before_any_text_is_read(tmp_path: Path) -> None:
    # The held-out pair's story and release are not in the data: reading them would fail.
    lines = run_on_read_and_held_out_pair(
        tmp_path,
        main,
        STORY,
        "Older people who took fish oil kept their memory better than those who did not",
    )
    assert lines[0] == "1. Story statements with no cue (folds 0-3): 0 of 1"
    assert "2. Main statement (folds 0-3): 1/1 = 1.000" in "\n".join(lines)
