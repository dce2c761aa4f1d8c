"""Corpus mode's leads: an article's best earlier candidate, kept only if corroborated."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from sourcetrace.corpus import CorpusOptions, run_corpus
from sourcetrace.corpus.kernels import (
    CORPUS_POLICY,
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
from sourcetrace.judge import DatedStandOut
from sourcetrace.readers import read_jsonl


def _obs(
    article: str,
    source: str,
    *,
    lead: bool = False,
    confidence: float | None = 1.0,
    alternate: bool = False,
) -> Observation:
    return Observation(article, source, 0.5, 0.2, (), lead, confidence, alternate)


def _found(observations: list[Observation], *args: float, **how: bool) -> set[tuple[str, str]]:
    return {(o.article_id, o.source_id) for o in corroborated(observations, *args, **how)}


def test_a_lead_is_kept_when_a_sibling_was_surely_traced_to_it() -> None:
    accepted = [_obs("s1", "pr"), _obs("s2", "s1")]  # s2 copies s1, traced to pr
    assert ("s2", "pr") in _found([*accepted, _obs("s2", "pr", lead=True)])
    # The link counts either way: s1's lead is corroborated by s2, which copies it.
    got = _found([_obs("s2", "pr"), _obs("s2", "s1"), _obs("s1", "pr", lead=True)])
    assert ("s1", "pr") in got
    # Not when the sibling's own trace is unsure of its source.
    unsure = [_obs("s1", "pr", confidence=0.9), _obs("s2", "s1"), _obs("s2", "pr", lead=True)]
    assert ("s2", "pr") not in _found(unsure)
    assert ("s2", "pr") in _found(unsure, 0.85)
    assert ("s2", "pr") not in _found([*accepted, _obs("s2", "pr", lead=True)], siblings=False)


def test_a_lead_without_corroboration_is_dropped() -> None:
    accepted = [_obs("s1", "pr"), _obs("s2", "s1")]
    alone = _found([*accepted, _obs("s3", "pr", lead=True)])  # s3 shares no text
    assert ("s3", "pr") not in alone
    other = _found([*accepted, _obs("s2", "pr-other", lead=True)])  # s1 is from pr
    assert ("s2", "pr-other") not in other
    # Siblings that only lead to the same release do not corroborate each other, and a
    # kept lead corroborates no other (a wrong one would spread along the copies).
    leads = [_obs("a", "b"), _obs("a", "pr", lead=True), _obs("b", "pr", lead=True)]
    assert _found(leads) == {("a", "b")}
    chain = [_obs("s1", "pr"), _obs("s2", "s1"), _obs("s2", "pr", lead=True)]
    chain += [_obs("s3", "s2"), _obs("s3", "pr", lead=True)]
    assert ("s3", "pr") not in _found(chain)
    assert ("s3", "pr") in _found(chain, closed_world=True)


def test_closed_world_chains_in_any_order_and_prefers_a_sibling_release() -> None:
    observations = [
        _obs("s3", "pr", lead=True),  # corroborated through s2, itself corroborated
        _obs("s3", "s2"),
        _obs("s2", "pr-near", lead=True),  # s2's best by pairs
        _obs("s2", "pr", lead=True, alternate=True),  # the release its sibling s1 is from
        _obs("s2", "s1"),
        _obs("s1", "pr", confidence=0.3),
    ]
    want = {("s3", "pr"), ("s3", "s2"), ("s2", "pr"), ("s2", "s1"), ("s1", "pr")}
    assert _found(observations, closed_world=True) == want
    assert _found(observations[::-1], closed_world=True) == want
    assert not any(o.lead for o in corroborated(observations, closed_world=True))
    # Without siblings, the closed world keeps each article's best by pairs.
    off = _found(observations, closed_world=True, siblings=False)
    assert {x for x in off if x[0] != "s1"} == {
        ("s3", "pr"),
        ("s3", "s2"),
        ("s2", "pr-near"),
        ("s2", "s1"),
    }
    # An alternate is kept only if corroborated.
    assert _found([_obs("s9", "pr", lead=True, alternate=True)], closed_world=True) == set()


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
    assert [(o.source_id, o.lead, o.alternate) for o in on] == [("pr", True, False)]
    assert verify(STORY, [OTHER, RELEASE], CorpusOptions(corroborate=False)) == []
    closed = verify(STORY, [OTHER, RELEASE], CorpusOptions(closed_world=True))
    assert [(o.source_id, o.lead, o.alternate) for o in closed] == [
        ("pr", True, False),
        ("pr-other", True, True),
    ]


def test_state_keeps_the_lead_flag_and_confidence() -> None:
    o = Observation("s", "pr", 0.1, 0.2, (), lead=True, confidence=0.75, alternate=True)
    assert _observation("s", _observation_json(o)) == o
    old = ["pr", 0.1, 0.2, []]  # a row of a state written before leads
    assert _observation("s", old) == Observation("s", "pr", 0.1, 0.2, ())


DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "insciout"
if not DATA.exists():
    DATA = Path("/work/shared/data/insciout")


REPORTED = ("pr-25-155", "pr-25-192", "pr-25-196")


@pytest.fixture(scope="module")
def reported() -> list[Document]:
    """Three much-reported InSciOut releases, their stories, and 40 other releases."""
    if not DATA.exists():
        pytest.skip("needs ../shared/data/insciout")
    releases = list(read_jsonl(DATA / "press_releases.jsonl"))
    stories = [s for s in read_jsonl(DATA / "news_dev.jsonl") if s.meta["true_source"] in REPORTED]
    return [*releases[:40], *(r for r in releases if r.id in REPORTED), *stories]


def test_leads_on_real_stories_and_engine_parity(
    tmp_path: Path, reported: list[Document], spark: Any
) -> None:
    from sourcetrace.corpus.spark import run_spark

    db = tmp_path / "i.db"
    store = open_store(db)
    store.add(reported)
    store.close()
    local = run_corpus(db, tmp_path / "local", workers=2, parquet=False)
    # Corroboration is measured without the dated-stand-out rule, which finds these
    # stories' releases from their dates alone (InSciOut's texts state them).
    undated = dataclasses.replace(
        CORPUS_POLICY,
        rules=tuple(r for r in CORPUS_POLICY.rules if r.name != DatedStandOut.name),
    )
    trace_opts = dataclasses.replace(CorpusOptions().trace, policy=undated)
    after = run_corpus(
        db, tmp_path / "after", workers=2, parquet=False, options=CorpusOptions(trace=trace_opts)
    )
    before = run_corpus(
        db,
        tmp_path / "before",
        workers=2,
        parquet=False,
        options=CorpusOptions(trace=trace_opts, corroborate=False),
    )
    found = {(p.source_id, p.target_id) for p in after.pairs}
    old = {(p.source_id, p.target_id) for p in before.pairs}
    added = found - old
    assert old <= found and added  # siblings' releases are found
    truth = {s.id: s.meta.get("true_source") for s in reported}
    assert all(truth[t] == s for s, t in added if s.startswith("pr-"))
    # With the dates, the default run finds them too.
    assert added <= {(p.source_id, p.target_id) for p in local.pairs}
    opts = CorpusOptions()
    run = run_spark(db, opts, session=spark, partitions=4)
    pairs = resolve_pairs(run.observations, run.meta, opts)
    assert pairs == local.pairs
    assert clusters(pairs, run.meta, opts) == local.clusters
