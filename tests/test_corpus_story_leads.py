"""Closed world: a lead is chosen by the stories already traced to each candidate."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest

from sourcetrace.corpus import CorpusOptions, run_corpus
from sourcetrace.corpus.kernels import (
    STORY_LEAD,
    Observation,
    clusters,
    corroborated,
    dated_apart,
    resolve_pairs,
    story_affinity,
)
from sourcetrace.dates import DocDate
from sourcetrace.documents import Document
from sourcetrace.index import open_store
from sourcetrace.readers import read_jsonl
from sourcetrace.settings import SettingError, registry


def _obs(article: str, source: str, *, lead: bool = False, alternate: bool = False) -> Observation:
    return Observation(article, source, 0.5, 0.2, (), lead, 1.0, alternate)


TEXTS = {
    "story": "Pessimism raises the risk of death from heart disease, Finnish researchers say.",
    # Stories a rule traced to pr-a: one tells the same finding in the same words.
    "a1": "Finnish researchers say pessimism raises the risk of death from heart disease.",
    "a2": "A new vaccine halved malaria infections in children.",
    # pr-b's story shares a little.
    "b1": "Heart disease deaths fell in Finland last year.",
    "pr-a": "Release of pr-a.",
    "pr-b": "Release of pr-b.",
}


def _texts(ids: list[str]) -> dict[str, str]:
    return {i: TEXTS[i] for i in ids if i in TEXTS}


def _any_release(candidate: str, article: str) -> bool:
    return candidate.startswith("pr-")


def test_story_affinity_counts_the_pairs_shared_with_one_traced_story() -> None:
    observations = [
        _obs("a1", "pr-a"),
        _obs("a2", "pr-a"),
        _obs("b1", "pr-b"),
        _obs("story", "pr-b", lead=True),
    ]
    got = story_affinity(observations, _texts, _any_release)
    # "pessimism rais", "rais risk", "risk death", "death heart", "heart diseas", ...
    assert got["story"]["pr-a"] >= 5  # not in the story's pool: reached by its stories
    assert got["story"]["pr-b"] == 1  # "heart disease"
    assert set(got) == {"story"}
    # A candidate that may not be the story's source is left out, unless it is a lead.
    assert set(story_affinity(observations, _texts, lambda c, a: False)["story"]) == {"pr-b"}
    # A lead is no story of its candidate (no chains), nor is the article itself.
    chained = [*observations, _obs("a3", "pr-c", lead=True), _obs("story", "pr-c", lead=True)]
    assert "pr-c" not in story_affinity(chained, _texts, _any_release)["story"]
    assert story_affinity(observations[:3], _texts, _any_release) == {}


def _chosen(affinity: dict[str, int], **how: object) -> dict[str, float]:
    observations = [
        _obs("story", "pr-b", lead=True),  # the best by pairs (the judge's fallback)
        _obs("story", "pr-a", lead=True, alternate=True),
    ]
    kept = corroborated(
        observations,
        closed_world=True,
        affinity={"story": affinity},
        **how,  # type: ignore[arg-type]
    )
    return {o.source_id: o.article_coverage for o in kept if o.article_id == "story"}


def test_a_candidate_whose_stories_the_article_resembles_replaces_the_best_by_pairs() -> None:
    assert _chosen({"pr-a": 6, "pr-b": 1, "pr-c": 3}) == {"pr-a": 0.5}
    # Not when it is not twice every other candidate's (one at 0 counts as 1) ...
    assert _chosen({"pr-a": 6, "pr-b": 1, "pr-c": 4}) == {"pr-b": 0.5}
    assert _chosen({"pr-a": 5, "pr-b": 3}) == {"pr-b": 0.5}
    assert _chosen({"pr-a": 4}) == {"pr-a": 0.5}
    # ... nor on two or three pairs against none: chance counts (story_lead_min_pairs).
    assert _chosen({"pr-a": 3}) == {"pr-b": 0.5}
    assert _chosen({"pr-a": 3}, story_lead_min_pairs=3) == {"pr-a": 0.5}
    assert _chosen({"pr-a": 1}) == {"pr-b": 0.5}
    # ... nor without the figures, or with the setting off.
    assert _chosen({}) == {"pr-b": 0.5}
    assert _chosen({"pr-a": 6}, story_lead_ratio=0) == {"pr-b": 0.5}
    assert _chosen({"pr-a": 6}, story_lead_ratio=7) == {"pr-b": 0.5}
    # A release outside the article's pool: a pair with nothing aligned.
    assert _chosen({"pr-z": 8, "pr-a": 2}) == {"pr-z": 0.0}


def test_a_sibling_still_comes_first() -> None:
    observations = [
        _obs("story", "pr-b", lead=True),
        _obs("story", "pr-a", lead=True, alternate=True),
        _obs("story", "pr-c", lead=True, alternate=True),
        _obs("story", "sib"),  # shares accepted text with a sibling traced to pr-c
        _obs("sib", "pr-c"),
    ]
    affinity = {"story": {"pr-a": 9, "pr-b": 1}}
    kept = corroborated(observations, closed_world=True, affinity=affinity)
    assert ("story", "pr-c") in {(o.article_id, o.source_id) for o in kept}
    # The open world reads no affinity: an uncorroborated lead is dropped.
    assert ("story", "pr-a") not in {
        (o.article_id, o.source_id) for o in corroborated(observations[:3], affinity=affinity)
    }


def test_a_candidate_dated_far_from_the_article_is_not_chosen_by_its_stories(
    tmp_path: Path,
) -> None:
    from sourcetrace.corpus import _affinity
    from sourcetrace.corpus.local import doc_meta

    def run(release_date: str) -> dict[str, dict[str, int]] | None:
        docs = [
            Document(id="story", text=TEXTS["story"], kind="article", date="2016-06-01"),
            Document(id="a1", text=TEXTS["a1"], kind="article"),
            Document(id="b1", text=TEXTS["b1"], kind="article"),
            Document(id="pr-a", text=TEXTS["pr-a"], kind="source", date=release_date),
            Document(id="pr-b", text=TEXTS["pr-b"], kind="source", date="2016-05-30"),
        ]
        db = tmp_path / f"{release_date}.db"
        store = open_store(db)
        store.add(docs)
        store.close()
        observations = [_obs("a1", "pr-a"), _obs("b1", "pr-b"), _obs("story", "pr-b", lead=True)]
        meta = {d.id: doc_meta(d) for d in docs}
        return _affinity(db, observations, meta, CorpusOptions(closed_world=True))

    assert set(run("2016-05-31")["story"]) == {"pr-a", "pr-b"}  # type: ignore[index]
    assert set(run("2015-01-01")["story"]) == {"pr-b"}  # type: ignore[index]
    # The same refusal the closed-world fallback reads: dates-apart (60 days before, 14 after).
    policy = CorpusOptions().trace.policy
    far, near = (
        DocDate(datetime.date(2015, 1, 1), "metadata", ""),
        DocDate(datetime.date(2016, 5, 31), "metadata", ""),
    )
    article = DocDate(datetime.date(2016, 6, 1), "metadata", "")
    assert dated_apart(policy, far, article) and not dated_apart(policy, near, article)
    assert not dated_apart(policy, None, article)
    # weeks-apart weighs the evidence as well as the dates: it does not guide the choice.
    weeks = DocDate(datetime.date(2016, 5, 1), "metadata", "")
    assert policy.rule("weeks-apart") and not dated_apart(policy, weeks, article)


def test_the_setting_is_declared_and_checked() -> None:
    assert "corpus.story_lead_ratio" in registry()
    with pytest.raises(SettingError, match="story_lead_ratio"):
        CorpusOptions(story_lead_ratio=-1)
    assert CorpusOptions().signature() != CorpusOptions(story_lead_ratio=0).signature()


DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "insciout"
if not DATA.exists():
    DATA = Path("/work/shared/data/insciout")

#: Broadcast transcripts that share next to nothing with their release: their best
#: earlier candidate by pairs is another release, but they tell what its print stories tell.
TRANSCRIPTS = {
    "news-25-028-BROADCAST NEWS BBC Radio 5 Live": "pr-25-028",
    "news-25-028-BROADCAST NEWS BBC Radio Asia": "pr-25-028",
    "news-25-050-BBC News Breakfast": "pr-25-050",
    "news-25-050-BBC1 Breakfast": "pr-25-050",
    "news-25-050-sky news sky news": "pr-25-050",
    "news-25-050-sky news week in review": "pr-25-050",
}
OFFICES = ("pr-25", "pr-26", "pr-29")


@pytest.fixture(scope="module")
def reported() -> list[Document]:
    if not DATA.exists():
        pytest.skip("needs ../shared/data/insciout")
    # The releases of three press offices and the stories of two releases.
    releases = [r for r in read_jsonl(DATA / "press_releases.jsonl") if r.id[:5] in OFFICES]
    news = read_jsonl(DATA / "news_dev.jsonl")
    stories = [s for s in news if s.meta["true_source"] in set(TRANSCRIPTS.values())]
    return [*releases, *stories]


def test_broadcast_transcripts_get_the_release_their_print_siblings_tell(
    tmp_path: Path, reported: list[Document]
) -> None:
    db = tmp_path / "i.db"
    store = open_store(db)
    store.add(reported)
    store.close()

    def given(**how: float) -> dict[str, set[str]]:
        opts = CorpusOptions(closed_world=True, **how)  # type: ignore[arg-type]
        out = run_corpus(db, tmp_path / f"o{how}", workers=2, parquet=False, options=opts)
        found: dict[str, set[str]] = {}
        for p in out.pairs:
            if p.source_id.startswith("pr-") and not p.target_id.startswith("pr-"):
                found.setdefault(p.target_id, set()).add(p.source_id)
        return found

    on, off = given(), given(story_lead_ratio=0)
    for story, release in TRANSCRIPTS.items():
        assert on[story] == {release}
        assert release not in off.get(story, set())
    # Every other story keeps what it had.
    assert {s: r for s, r in on.items() if s not in TRANSCRIPTS} == {
        s: r for s, r in off.items() if s not in TRANSCRIPTS
    }


def test_closed_world_engine_parity(tmp_path: Path, reported: list[Document], spark: Any) -> None:
    """Both engines give the same pairs: the leads are chosen after either engine's run."""
    from sourcetrace.corpus import _affinity
    from sourcetrace.corpus.spark import run_spark

    small = [
        d
        for d in reported
        if d.kind != "source" or d.id[:5] == "pr-26" or d.id in TRANSCRIPTS.values()
    ]
    db = tmp_path / "s.db"
    store = open_store(db)
    store.add(small)
    store.close()
    opts = CorpusOptions(closed_world=True)
    local = run_corpus(db, tmp_path / "local", workers=2, parquet=False, options=opts)
    run = run_spark(db, opts, session=spark, partitions=4)
    affinity = _affinity(db, run.observations, run.meta, opts)
    pairs = resolve_pairs(run.observations, run.meta, opts, affinity=affinity)
    assert pairs == local.pairs
    assert clusters(pairs, run.meta, opts) == local.clusters
    # The leads' choice is exercised: without it the pairs differ.
    assert resolve_pairs(run.observations, run.meta, opts) != pairs


def test_a_lead_chosen_by_its_stories_says_so_with_its_figures() -> None:
    observations = [
        _obs("story", "pr-b", lead=True),
        _obs("story", "pr-a", lead=True, alternate=True),
    ]
    kept = corroborated(observations, closed_world=True, affinity={"story": {"pr-a": 6}})
    (lead,) = [o for o in kept if o.article_id == "story"]
    assert lead.source_id == "pr-a" and lead.accepted_by == STORY_LEAD
    assert "shares 6 consecutive content-word pairs" in lead.reason and "(0)" in lead.reason


def test_a_lead_dated_apart_and_pairs_every_story_holds_are_not_counted() -> None:
    observations = [
        _obs("a1", "pr-a"),
        _obs("b1", "pr-b"),
        _obs("story", "pr-b", lead=True),
        _obs("story", "pr-a", lead=True, alternate=True),
    ]
    never = lambda c, a: False  # noqa: E731
    assert set(story_affinity(observations, _texts, never)["story"]) == {"pr-a", "pr-b"}
    # The article's own lead is held to the date refusal too (review, ninth session).
    far = story_affinity(observations, _texts, never, apart=lambda c, a: c == "pr-a")
    assert set(far["story"]) == {"pr-b"}
    # "heart disease", held by both stories, says nothing of either source.
    common = story_affinity(observations, _texts, _any_release, max_holders=1)["story"]
    assert "pr-b" not in common and common["pr-a"] >= 4
    # Read a text at a time: the same figures.
    assert story_affinity(observations, _texts, _any_release, batch=1) == story_affinity(
        observations, _texts, _any_release
    )
