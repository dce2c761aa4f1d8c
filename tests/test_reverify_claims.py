"""Claim verdicts re-read from kept predictions (twelfth round); oracles (thirteenth)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sourcetrace.documents import Document

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from reverify_claims import (  # noqa: E402
    ORACLES,
    VARIANTS,
    _gold_path,
    _remember,
    _unit_keys,
    reverify,
)
from sourcetrace.text import cached_words  # noqa: E402

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
    assert set(VARIANTS) == {"frames", "thin-release", "thin-related", "percent"}
    assert ORACLES == ("spans", "source")


# A claim whose span runs on into the story's own tail clause: too few of its words are in
# the release as kept, all of them with the gold's (shorter) span.
TAILED = (
    "Researchers said that two cups of coffee a day lower the risk of liver disease in "
    "older adults - which may be because cheap instant brands sold in big supermarkets across "
    "northern towns vary widely."
)
HEAD = "two cups of coffee a day lower the risk of liver disease in older adults"
WHOLE = TAILED[TAILED.index(HEAD) : -1]


def _row(claim: str, sources: list[str]) -> dict[str, object]:
    start = TAILED.index(claim)
    kept = {"text": claim, "start": start, "end": start + len(claim), "cue": "said"}
    return {
        "article": {"id": "news-2"},
        "sources": [{"id": i} for i in sources],
        "reported": [kept],
    }


def _gold(claim: str) -> dict[str, object]:
    start = TAILED.index(claim)
    return {
        "story_id": "news-2",
        "release_id": "pr-1",
        "claims": [{"text": claim, "start": start, "end": start + len(claim)}],
    }


def _pairs(gold: list[dict[str, int]], pred: list[dict[str, int]]) -> list[tuple[object, object]]:
    return [
        (g, p) for g in gold for p in pred if min(g["end"], p["end"]) > max(g["start"], p["start"])
    ]


def test_oracle_spans_verifies_a_matched_claim_with_the_gold_span() -> None:
    row, gold = _row(WHOLE, ["pr-1"]), [_gold(HEAD)]
    (kept,) = reverify([row], {"news-2": TAILED}, {"pr-1": RELEASE})
    assert kept["reported"][0]["verdict"] == "unsupported"
    (oracle,) = reverify(
        [row], {"news-2": TAILED}, {"pr-1": RELEASE}, gold=gold, oracle="spans", matcher=_pairs
    )
    assert oracle["reported"][0]["verdict"] == "supported"
    assert (
        oracle["reported"][0]["start"] == row["reported"][0]["start"]
    )  # the kept span is reported


def test_oracle_source_verifies_against_the_gold_release() -> None:
    row, gold = _row(HEAD, []), [_gold(HEAD)]
    (kept,) = reverify([row], {"news-2": TAILED}, {"pr-1": RELEASE})
    assert kept["reported"][0]["verdict"] == "unchecked"
    (oracle,) = reverify([row], {"news-2": TAILED}, {"pr-1": RELEASE}, gold=gold, oracle="source")
    assert oracle["reported"][0]["verdict"] == "supported"


def test_an_oracle_needs_its_inputs() -> None:
    with pytest.raises(ValueError, match="matcher"):
        reverify([], {}, {}, oracle="spans")
    with pytest.raises(ValueError, match="oracle must be"):
        reverify([], {}, {}, oracle="gold")


def test_variant_percent_reads_every_form_of_a_percentage_as_one_key() -> None:
    for text in ("are 65% more likely", "are 65 per cent more likely", "are 65 percent more"):
        _remember(text)
        w = cached_words(text)
        assert _unit_keys(w, range(len(w)))[:3] == ["are", "65", "percent"]
    text = "aged 65 or over"  # a figure with no sign is no percentage
    _remember(text)
    assert "percent" not in _unit_keys(cached_words(text), range(4))
