"""The thirteenth round's error census: matched claims of one verdict error, laid out."""

from __future__ import annotations

import sys
from pathlib import Path

from sourcetrace.documents import Document

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from claim_census import census  # noqa: E402

RELEASE = Document(
    id="pr-1",
    text="Title\n\nAerobic exercise significantly enhanced cognitive abilities in older adults.",
)
STORY = "The team found that an aerobic workout significantly increased cognitive abilities."
CLAIM = "an aerobic workout significantly increased cognitive abilities"


def _pairs(gold: list[object], pred: list[object]) -> list[tuple[object, object]]:
    """One gold claim, one prediction: the pair (the scorer's ``match`` on real data)."""
    return list(zip(gold, pred, strict=True))


def _inputs(verdict: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    start = STORY.index(CLAIM)
    lo = RELEASE.text.index("Aerobic")
    gold = {
        "story_id": "news-1",
        "release_id": "pr-1",
        "claims": [
            {
                "text": CLAIM[3:],
                "start": start + 3,
                "end": start + len(CLAIM),
                "truth": "supported",
                "release_start": lo,
                "release_end": len(RELEASE.text),
            }
        ],
    }
    pred = {
        "article": {"id": "news-1"},
        "sources": [{"id": "pr-1"}],
        "reported": [
            {
                "text": CLAIM,
                "start": start,
                "end": start + len(CLAIM),
                "verdict": verdict,
                "reason": "no source sentence carries it",
            }
        ],
    }
    return [gold], [pred]


def test_a_supported_claim_called_unsupported_is_listed_with_its_support() -> None:
    gold, preds = _inputs("unsupported")
    (row,) = census(gold, preds, {"news-1": STORY}, {"pr-1": RELEASE}, _pairs)
    assert row.story == "news-1" and row.traced == ("pr-1",) and row.release == "pr-1"
    assert row.gold == CLAIM[3:]  # the spans differ
    assert row.support.startswith("Aerobic exercise")
    assert row.held == (4, 6) and row.held_gold == (4, 6)
    assert row.missing == ("increas", "workout")


def test_other_verdicts_are_left_out() -> None:
    gold, preds = _inputs("supported")
    assert census(gold, preds, {"news-1": STORY}, {"pr-1": RELEASE}, _pairs) == []
