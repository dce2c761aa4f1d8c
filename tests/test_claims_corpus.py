"""Corpus mode: per publisher, the share of stories whose main claim is stronger."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sourcetrace.claims.outlets import main_claim_drift, outlet_claims
from sourcetrace.corpus import CorpusResult, run_corpus
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


def _doc(i: str, text: str) -> Document:
    return Document(id=i, text=text)


def _corpus_with_claims(tmp_path: Path, docs: list[Document]) -> CorpusResult:
    """Index ``docs`` and run corpus mode with claims on them (one worker)."""
    store = open_store(tmp_path / "i.db")
    store.add(docs)
    store.close()
    return run_corpus(tmp_path / "i.db", tmp_path / "out", workers=1, claims=True)


def test_main_claim_drift() -> None:
    d = main_claim_drift(_doc("a", STRONGER), [_doc("pr", RELEASE)])
    assert d is not None and d.strength == "stronger"
    same = main_claim_drift(_doc("b", SAME), [_doc("pr", RELEASE)])
    assert same is not None and same.strength == "same"


def test_main_claim_drift_is_the_trace_comparison(tmp_path: Path) -> None:
    """The corpus reads the claim trace shows, with its filters (finding 1 of rev_user11).

    The story's "may have resulted" against the release's "associated with" ranks
    stronger on the labels alone, but the release sentence uses the claim's own words, so
    trace does not count the strength: the corpus must not count it either.
    """
    from sourcetrace.api import Index
    from sourcetrace.claims.main import main_statement

    release = (
        "Heavy drinking is associated with a higher risk of liver disease, a study of "
        "adults in Wales found, and may have resulted in many deaths, the team said. " + BODY
    )
    story = (
        "Heavy drinking may have resulted in many deaths from liver disease, a study of "
        "adults in Wales found. " + BODY
    )
    store = open_store(tmp_path / "i.db")
    store.add(
        [
            Document(id="pr", text=release, date="2021-01-01", kind="source"),
            Document(id="a", text=story, date="2021-01-02", kind="article"),
        ]
    )
    traced = Index(store).trace_document(store.get("a"))
    st = main_statement(story)
    assert st is not None
    shown = next(c for c in traced.claims if (c.start, c.end) == (st.start, st.end))
    got = main_claim_drift(store.get("a"), [store.get("pr")], store=store)
    assert shown.drift is not None and got is not None
    assert got.strength == shown.drift.strength
    assert got.reason == shown.drift.reason
    store.close()


def test_outlet_claims_counts_per_publisher() -> None:
    texts = {"pr": RELEASE, "a": STRONGER, "b": SAME, "c": STRONGER}
    got = outlet_claims(
        [("a", ["pr"]), ("b", ["pr"]), ("c", ["pr"])],
        {"a": "Daily", "b": "Daily", "c": "Herald"},
        lambda ids: {i: _doc(i, texts[i]) for i in ids},
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
    result = _corpus_with_claims(tmp_path, docs)
    rows = {r["publisher"]: r for r in result.publishers}
    assert rows["Daily"]["claims_stronger_share"] == 1.0
    assert rows["Herald"]["claims_stronger_share"] == 0.0
    written = [json.loads(x) for x in (tmp_path / "out" / "publishers.jsonl").open()]
    assert any(r.get("claims_compared") for r in written)


def test_run_corpus_claims_only_from_earlier_sources(tmp_path: Path) -> None:
    """A sibling story and a release of the same standing are no source (finding 1).

    Story "b" copies story "a" more than the release, but two stories of one day are not
    ordered, so "b" is compared with the release only; the second release has no earlier
    source at all and is not compared.
    """
    pytest.importorskip("pyarrow")
    docs = [
        Document(id="pr", text=RELEASE, kind="source", publisher="Uni"),
        Document(id="pr2", text=STRONGER, kind="source", publisher="Uni"),
        Document(id="a", text=SAME, date="2021-01-02", kind="article", publisher="Daily"),
        Document(id="b", text=SAME, date="2021-01-02", kind="article", publisher="Herald"),
    ]
    result = _corpus_with_claims(tmp_path, docs)
    rows = {r["publisher"]: r for r in result.publishers}
    assert rows["Uni"]["claims_compared"] == 0
    assert rows["Herald"]["claims_compared"] == 1
    assert rows["Herald"]["claims_stronger"] == 0
