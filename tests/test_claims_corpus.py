"""Corpus mode: per publisher, the share of stories whose main claim is stronger."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sourcetrace.claims.outlets import main_claim_drift, outlet_claims
from sourcetrace.corpus import run_corpus
from sourcetrace.documents import Document
from sourcetrace.index import open_store

BODY = (
    "The researchers followed 4,000 adults in Wales for twelve years and recorded what "
    "they drank each week, how often they exercised, and whether they had a stroke. "
    "The team adjusted for age, smoking, weight and income before comparing the groups. "
    "The work was funded by the national heart charity and published in the journal. "
)
RELEASE = "Tea drinkers had a lower risk of stroke, a study of adults in Wales found. " + BODY
STRONGER = "Drinking tea cuts the risk of stroke, a study of adults in Wales found. " + BODY
SAME = "Tea drinkers had a lower risk of stroke, a study of adults in Wales found. " + BODY


def test_main_claim_drift() -> None:
    d = main_claim_drift(STRONGER, RELEASE)
    assert d is not None and d.strength == "stronger"
    same = main_claim_drift(SAME, RELEASE)
    assert same is not None and same.strength == "same"


def test_outlet_claims_counts_per_publisher() -> None:
    texts = {"pr": RELEASE, "a": STRONGER, "b": SAME, "c": STRONGER}
    got = outlet_claims(
        [("a", "pr"), ("b", "pr"), ("c", "pr")],
        {"a": "Daily", "b": "Daily", "c": "Herald"},
        lambda ids: {i: texts[i] for i in ids},
    )
    assert got["Daily"] == {
        "claims_compared": 2,
        "claims_stronger": 1,
        "claims_stronger_share": 0.5,
    }
    assert got["Herald"]["claims_stronger_share"] == 1.0


def test_run_corpus_with_claims(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    docs = [
        Document(id="pr", text=RELEASE, date="2021-01-01", kind="source", publisher="Uni"),
        Document(id="a", text=STRONGER, date="2021-01-02", kind="article", publisher="Daily"),
        Document(id="b", text=SAME, date="2021-01-02", kind="article", publisher="Herald"),
    ]
    store = open_store(tmp_path / "i.db")
    store.add(docs)
    store.close()
    result = run_corpus(tmp_path / "i.db", tmp_path / "out", workers=1, claims=True)
    rows = {r["publisher"]: r for r in result.publishers}
    assert rows["Daily"]["claims_stronger_share"] == 1.0
    assert rows["Herald"]["claims_stronger_share"] == 0.0
    written = [json.loads(x) for x in (tmp_path / "out" / "publishers.jsonl").open()]
    assert any(r.get("claims_compared") for r in written)
