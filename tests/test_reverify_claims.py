"""The twelfth round's measurement: claim verdicts re-read from kept predictions."""

from __future__ import annotations

import sys
from pathlib import Path

from sourcetrace.documents import Document

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from reverify_claims import VARIANTS, _gold_path, reverify  # noqa: E402

RELEASE = Document(
    id="pr-1",
    text=(
        "Coffee drinkers in Leeds\n\n"
        "Drinking two cups of coffee a day lowers the risk of liver disease in older adults, "
        "a study of 2,000 people finds. The trial ran for ten years."
    ),
)
STORY = (
    "Researchers said that two cups of coffee a day lower the risk of liver disease in "
    "older adults. They said that tea cures baldness in young men."
)


def _claim(text: str, verdict: str | None) -> dict[str, object]:
    start = STORY.index(text)
    return {
        "text": text,
        "start": start,
        "end": start + len(text),
        "speaker": {"name": None, "mention": "Researchers"},
        "cue": "said",
        "verdict": verdict,
    }


def test_reverify_gives_the_rules_verdicts_against_the_kept_sources() -> None:
    row = {
        "article": {"id": "news-1"},
        "sources": [{"id": "pr-1"}],
        "reported": [
            _claim(
                "two cups of coffee a day lower the risk of liver disease in older adults", None
            ),
            _claim("tea cures baldness in young men", None),
        ],
    }
    (again,) = reverify([row], {"news-1": STORY}, {"pr-1": RELEASE})
    assert [c["verdict"] for c in again["reported"]] == ["supported", "unsupported"]
    assert again["reported"][0]["reason"]
    assert again["article"] == row["article"]


def test_without_a_kept_source_the_claims_are_unchecked() -> None:
    row = {
        "article": {"id": "news-1"},
        "sources": [],
        "reported": [_claim("tea cures baldness in young men", "unsupported")],
    }
    (again,) = reverify([row], {"news-1": STORY}, {"pr-1": RELEASE})
    assert again["reported"][0]["verdict"] == "unchecked"


def test_gold_paths_and_variants() -> None:
    data = Path("/data")
    assert _gold_path("dev", data) == data / "verdicts_dev.jsonl"
    assert _gold_path("blind2", data).name == "verdicts_blind2_dev.jsonl"
    assert set(VARIANTS) == {"frames", "thin-release", "thin-related"}
