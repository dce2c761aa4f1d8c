"""The shipped confidence model and the --min-confidence policy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import EXAMPLES
from sourcetrace import Index
from sourcetrace.cli import cli
from sourcetrace.confidence import FEATURES, ConfidenceModel, load_model


def test_the_shipped_model_loads_and_is_versioned() -> None:
    model = load_model()
    assert model.features == FEATURES
    assert model.version.startswith("insciout-dev-")
    data = model.to_dict()
    data["features"] = list(reversed(data["features"]))
    with pytest.raises(ValueError, match="differ"):
        ConfidenceModel.from_dict(data)


def test_every_candidate_has_a_confidence(example_index: Index, article_text: str) -> None:
    result = example_index.trace(article_text, quotes=False)
    (source,) = result.sources
    assert source.accepted_by == "copied-share"
    assert source.confidence is not None and source.confidence > 0.9
    assert len(source.features) == len(FEATURES)


def test_a_text_on_another_topic_gets_a_low_confidence(example_index: Index) -> None:
    result = example_index.trace(
        "The council met on Tuesday to discuss the harbour budget and new school roads.",
        quotes=False,
    )
    assert all(s.derivation == "non" for s in result.sources)
    assert all(s.confidence is not None and s.confidence < 0.5 for s in result.sources)


def test_min_confidence_accepts_by_confidence_and_all_lists_the_rest(release_db: Path) -> None:
    article = str(EXAMPLES / "article.txt")
    runner = CliRunner()
    ok = runner.invoke(
        cli, ["trace", "--db", str(release_db), article, "--json", "--min-confidence", "0.5"]
    )
    (source,) = json.loads(ok.stdout)["sources"]
    assert source["accepted_by"] == "confidence"
    assert source["reason"].startswith("confidence: confidence ")
    strict = ["trace", "--db", str(release_db), article, "--json", "--min-confidence", "1"]
    assert json.loads(runner.invoke(cli, strict).stdout)["sources"] == []
    (listed,) = json.loads(runner.invoke(cli, [*strict, "--all"]).stdout)["sources"]
    assert listed["derivation"] == "non"
    assert listed["accepted_by"] is None
    assert listed["confidence"] > 0.5  # below 1 before rounding
    bad = runner.invoke(cli, ["trace", "--db", str(release_db), article, "--min-confidence", "2"])
    assert bad.exit_code == 2
