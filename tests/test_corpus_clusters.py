"""Corpus clusters (stock text between releases) and closed-world term weights."""

from __future__ import annotations

import pytest

from sourcetrace.corpus.kernels import (
    Cluster,
    CorpusOptions,
    DocMeta,
    Pair,
    clusters,
    key_pairs,
    term_weight,
)
from sourcetrace.settings import SettingError


def _pair(source: str, target: str, covered: float) -> Pair:
    return Pair(source, target, 0.1, covered, "partially", "containment", ())


META = {
    "pr-a": DocMeta("pr-a", kind="source"),
    "pr-b": DocMeta("pr-b", kind="source"),
    "story-a": DocMeta("story-a", kind="article"),
    "story-b": DocMeta("story-b", kind="article"),
}


def test_releases_sharing_stock_text_stay_apart() -> None:
    # Two releases of one press office: a third of pr-b is its notes to editors.
    pairs = [
        _pair("pr-a", "pr-b", 0.33),
        _pair("pr-a", "story-a", 0.4),
        _pair("pr-b", "story-b", 0.2),
    ]
    got = clusters(pairs, META, CorpusOptions())
    assert got == [
        Cluster("c:pr-a", "pr-a", ("pr-a", "story-a")),
        Cluster("c:pr-b", "pr-b", ("pr-b", "story-b")),
    ]


def test_a_release_reissuing_another_joins_it() -> None:
    pairs = [_pair("pr-a", "pr-b", 0.7), _pair("pr-b", "story-b", 0.2)]
    got = clusters(pairs, META, CorpusOptions())
    assert [c.members for c in got] == [("pr-a", "pr-b", "story-b")]


def test_the_release_threshold_is_a_setting() -> None:
    pairs = [_pair("pr-a", "pr-b", 0.33)]
    assert clusters(pairs, META, CorpusOptions(source_cluster_min=0.15)) == [
        Cluster("c:pr-a", "pr-a", ("pr-a", "pr-b"))
    ]
    # Articles keep the lower threshold: a story copying a third of another joins it.
    story_pairs = [_pair("story-a", "story-b", 0.33)]
    assert len(clusters(story_pairs, META, CorpusOptions())) == 1
    with pytest.raises(SettingError, match="source_cluster_min"):
        CorpusOptions(source_cluster_min=1.5)


def test_closed_world_weighs_a_term_by_its_releases() -> None:
    """A term of one release and the sixty stories retold from it stays heavy."""
    ids = ["pr", *(f"story-{i:02}" for i in range(60))]

    def eligible(d: str) -> bool:
        return d == "pr"

    def weight(opts: CorpusOptions) -> set[int]:
        return {w for _, (_, w) in key_pairs("t:folate", ids, opts, retold_from=eligible)}

    closed = CorpusOptions(closed_world=True)
    assert weight(closed) == {term_weight(1, closed)}
    # The open world counts every holder (and this term, held by 61 > max_df, pairs none).
    assert weight(CorpusOptions(max_df=100)) == {term_weight(61, CorpusOptions(max_df=100))}
