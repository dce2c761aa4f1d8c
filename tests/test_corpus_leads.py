"""Corpus mode's leads: an article's best earlier candidate, kept only if corroborated."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sourcetrace.corpus import CorpusOptions, run_corpus
from sourcetrace.corpus.kernels import (
    DocMeta,
    Observation,
    clusters,
    corroborated,
    resolve_pairs,
    verify,
)
from sourcetrace.corpus.state import _observation, _observation_json
from sourcetrace.documents import Document
from sourcetrace.index import open_store
from sourcetrace.readers import read_jsonl


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    pytest.importorskip("pyspark", reason="engine spark needs the 'spark' extra")
    from pyspark.sql import SparkSession

    from sourcetrace.corpus.spark import spark_session

    active = SparkSession.getActiveSession()  # another module's: left running
    session = active or spark_session("local[2]")
    yield session
    if active is None:
        session.stop()


def _obs(
    article: str,
    source: str,
    *,
    lead: bool = False,
    confidence: float | None = None,
    alternate: bool = False,
) -> Observation:
    return Observation(article, source, 0.5, 0.2, (), lead, confidence, alternate)


def _found(
    observations: list[Observation], confidence: float = 1.0, **how: bool
) -> set[tuple[str, str]]:
    return {(o.article_id, o.source_id) for o in corroborated(observations, confidence, **how)}


def test_a_lead_is_kept_when_a_sibling_was_traced_to_it() -> None:
    accepted = [_obs("s1", "pr"), _obs("s2", "s1")]  # s2 copies s1, traced to pr
    assert ("s2", "pr") in _found([*accepted, _obs("s2", "pr", lead=True)])
    # The link counts either way: s1's lead is corroborated by s2, which copies it.
    got = _found([_obs("s2", "pr"), _obs("s2", "s1"), _obs("s1", "pr", lead=True)])
    assert ("s1", "pr") in got


def test_a_lead_without_corroboration_is_dropped() -> None:
    accepted = [_obs("s1", "pr"), _obs("s2", "s1")]
    alone = _found([*accepted, _obs("s3", "pr", lead=True)])  # s3 shares no text
    assert ("s3", "pr") not in alone
    other = _found([*accepted, _obs("s2", "pr-other", lead=True)])  # s1 is from pr
    assert ("s2", "pr-other") not in other
    # Siblings that only lead to the same release do not corroborate each other.
    leads = [_obs("a", "b"), _obs("a", "pr", lead=True), _obs("b", "pr", lead=True)]
    assert _found(leads) == {("a", "b")}


def test_corroboration_follows_chains_in_any_order() -> None:
    observations = [
        _obs("s3", "pr", lead=True),  # corroborated through s2, itself corroborated
        _obs("s3", "s2"),
        _obs("s2", "pr", lead=True),
        _obs("s2", "s1"),
        _obs("s1", "pr"),
    ]
    want = {("s3", "pr"), ("s3", "s2"), ("s2", "pr"), ("s2", "s1"), ("s1", "pr")}
    assert _found(observations) == want
    assert _found(observations[::-1]) == want
    assert not any(o.lead for o in corroborated(observations))


def test_a_confident_lead_needs_no_sibling() -> None:
    sure = [_obs("s1", "pr", lead=True, confidence=0.95)]
    assert _found(sure, 0.9) == {("s1", "pr")}
    assert _found(sure, 1.0) == set()  # 1 turns it off
    assert _found([_obs("s1", "pr", lead=True, confidence=0.85)], 0.9) == set()
    # A confident lead corroborates the lead of a sibling copying the article.
    pair = [*sure, _obs("s2", "s1"), _obs("s2", "pr", lead=True, confidence=0.2)]
    assert _found(pair, 0.9) == {("s1", "pr"), ("s2", "s1"), ("s2", "pr")}
    assert _found(pair, 1.0) == {("s2", "s1")}


def test_a_sibling_release_among_the_other_candidates_is_kept() -> None:
    leads = [
        _obs("s2", "pr-near", lead=True, confidence=0.95),  # best by pairs, confident
        _obs("s2", "pr", lead=True, alternate=True),
        _obs("s2", "pr-far", lead=True, alternate=True),
    ]
    accepted = [_obs("s1", "pr"), _obs("s2", "s1")]
    assert _found([*accepted, *leads], 0.9) == {("s1", "pr"), ("s2", "s1"), ("s2", "pr")}
    # No sibling: the confident best candidate; closed world: the best in any case.
    assert _found(leads, 0.9) == {("s2", "pr-near")}
    assert _found(leads) == set()
    assert _found(leads, keep_leads=True) == {("s2", "pr-near")}
    # An alternate is kept only if corroborated, and without siblings they are not read.
    assert _found(leads[1:], keep_leads=True) == set()
    off = _found([*accepted, *leads], siblings=False, keep_leads=True)
    assert off == {("s1", "pr"), ("s2", "s1"), ("s2", "pr-near")}


def test_resolve_pairs_reports_corroborated_leads_only() -> None:
    meta = {
        "pr": DocMeta("pr", kind="source"),
        **{s: DocMeta(s, kind="article") for s in ("s1", "s2", "s3")},
    }
    observations = [
        _obs("s1", "pr"),
        _obs("s2", "s1"),
        _obs("s2", "pr", lead=True),
        _obs("s3", "pr", lead=True),
    ]
    pairs = {(p.source_id, p.target_id) for p in resolve_pairs(observations, meta, CorpusOptions())}
    assert pairs == {("pr", "s1"), ("s1", "s2"), ("pr", "s2")}


RELEASE = Document(
    id="pr",
    kind="source",
    text=(
        "Oxford University researchers report that a new malaria vaccine trial cut "
        "infections in young children by half over two rainy seasons in Burkina Faso."
    ),
)
OTHER = Document(
    id="pr-other",
    kind="source",
    text="Children in Kenya given a new vaccine had fewer infections, researchers report.",
)
STORY = Document(
    id="story",
    kind="article",
    text=(
        "Doctors say a malaria vaccine halved infections among young children in "
        "Burkina Faso, according to a trial run by Oxford University."
    ),
)


def test_verify_returns_the_earlier_candidates_as_leads() -> None:
    on = verify(STORY, [OTHER, RELEASE], CorpusOptions())
    assert [(o.source_id, o.lead, o.alternate) for o in on] == [
        ("pr", True, False),
        ("pr-other", True, True),
    ]
    assert verify(STORY, [OTHER, RELEASE], CorpusOptions(corroborate=False)) == []
    closed = verify(STORY, [OTHER, RELEASE], CorpusOptions(closed_world=True))
    assert [(o.source_id, o.lead) for o in closed] == [("pr", True), ("pr-other", True)]


def test_state_keeps_the_lead_flag_and_confidence() -> None:
    o = Observation("s", "pr", 0.1, 0.2, (), lead=True, confidence=0.75, alternate=True)
    assert _observation("s", _observation_json(o)) == o
    old = ["pr", 0.1, 0.2, []]  # a row of a state written before leads
    assert _observation("s", old) == Observation("s", "pr", 0.1, 0.2, ())


DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "insciout"
if not DATA.exists():
    DATA = Path("/work/shared/data/insciout")


@pytest.fixture(scope="module")
def reported() -> list[Document]:
    """Two much-reported InSciOut releases, their stories, and 40 other releases."""
    if not DATA.exists():
        pytest.skip("needs ../shared/data/insciout")
    releases = list(read_jsonl(DATA / "press_releases.jsonl"))
    stories = [
        s
        for s in read_jsonl(DATA / "news_dev.jsonl")
        if s.meta["true_source"] in ("pr-22-028", "pr-25-192")
    ]
    return [*releases[:40], *(r for r in releases if r.id in ("pr-22-028", "pr-25-192")), *stories]


def test_leads_on_real_stories_and_engine_parity(
    tmp_path: Path, reported: list[Document], spark: Any
) -> None:
    from sourcetrace.corpus.spark import run_spark

    db = tmp_path / "i.db"
    store = open_store(db)
    store.add(reported)
    store.close()
    local = run_corpus(db, tmp_path / "local", workers=2, parquet=False)
    before = run_corpus(
        db, tmp_path / "before", workers=2, parquet=False, options=CorpusOptions(corroborate=False)
    )
    found = {(p.source_id, p.target_id) for p in local.pairs}
    old = {(p.source_id, p.target_id) for p in before.pairs}
    added = found - old
    assert old <= found and added  # siblings' releases are found
    truth = {s.id: s.meta.get("true_source") for s in reported}
    assert all(truth[t] == s for s, t in added if s.startswith("pr-"))
    opts = CorpusOptions()
    run = run_spark(db, opts, session=spark, partitions=4)
    pairs = resolve_pairs(run.observations, run.meta, opts)
    assert pairs == local.pairs
    assert clusters(pairs, run.meta, opts) == local.clusters
