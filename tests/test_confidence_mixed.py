"""The confidence in an index that holds news as well as releases (sourcetrace.derived)."""

from __future__ import annotations

import json

import pytest

from sourcetrace import Index
from sourcetrace.confidence import FEATURES, ConfidenceModel, features, load_model
from sourcetrace.derived import (
    HELD_MIN,
    HELD_SHARE,
    any_order,
    best_independent,
    follows,
    repeats,
)
from sourcetrace.documents import Document
from sourcetrace.judge import Article, Candidate, Facts, Neighbour
from sourcetrace.trace import trace_pool

RELEASE_DAY = "2023-08-09"


def _siblings(release_text: str, n: int = 4) -> list[Document]:
    """Stories written from the release: its paragraphs, a few left out, under a headline."""
    paras = [p for p in release_text.split("\n\n") if p.strip()]
    return [
        Document(
            id=f"story-{k}",
            text=f"Rights defenders urge action, outlet {k} reports\n\n"
            + "\n\n".join(p for i, p in enumerate(paras) if i % n != k),
            kind="article",
            date="2023-08-10",
        )
        for k in range(n)
    ]


def _fillers() -> list[Document]:
    """Releases on other topics, sharing a few words with the article."""
    topics = ["harbour budget", "school roads", "water supply", "rail timetable", "a new park"]
    return [
        Document(
            id=f"other-{k}",
            text=f"The council said on Wednesday that {t} would be discussed by the "
            "international committee, and the humanitarian groups voiced concern.",
            kind="source",
        )
        for k, t in enumerate(topics)
    ]


@pytest.fixture
def mixed_index(index: Index, release_text: str) -> Index:
    release = Document(id="press_release", text=release_text, kind="source", date=RELEASE_DAY)
    index.add([release, *_siblings(release_text), *_fillers()])
    return index


def test_a_release_copied_whole_keeps_a_high_confidence_among_stories_copying_it(
    mixed_index: Index, article_text: str
) -> None:
    result = mixed_index.trace(article_text, quotes=False)
    by_id = {s.id: s for s in result.sources}
    release = by_id["press_release"]
    assert release.accepted_by is not None
    assert release.confidence is not None and release.confidence > 0.9
    # The stories that repeat it are listed, and said to follow it.
    siblings = [s for s in result.sources if s.id.startswith("story-")]
    assert siblings
    follows_at = FEATURES.index("follows")
    assert all(s.features[follows_at] == 1.0 for s in siblings)
    assert release.features[follows_at] == 0.0
    assert all(s.confidence is not None and s.confidence < release.confidence for s in siblings)


def test_corpus_mode_reads_the_same_evidence(mixed_index: Index, article_text: str) -> None:
    """trace_pool (corpus mode's judge) gives the release the same features as trace."""
    traced = mixed_index.trace(article_text, quotes=False)
    pool = mixed_index.store.get_many([s.id for s in traced.sources])
    result = trace_pool(
        article_text,
        [pool[s.id] for s in traced.sources],
        n_docs=mixed_index.store.count(),
        doc_freqs=mixed_index.store.doc_freqs,
    )
    (release,) = [s for s in result.sources if s.id == "press_release"]
    assert release.confidence is not None and release.confidence > 0.9
    assert release.features[FEATURES.index("follows")] == 0.0


def _n(doc_id: str, pairs: set[int], kind: str | None = None, date: str | None = None) -> Neighbour:
    held = frozenset(("w", str(p)) for p in pairs)
    return Neighbour(doc_id, float(len(pairs)), len(pairs), kind, date, held)


RELEASE = _n("r", set(range(10)), "source")


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        (_n("s", {0, 1, 2, 3, 40}, "article"), True),  # a story holding the release's pairs
        (_n("s", {0, 1, 40, 41, 42}, "article"), False),  # two pairs in common: chance
        (_n("s", set(range(8)) | set(range(100, 130)), "article"), True),  # carries it, and more
        (_n("s", {0, 1, 2, 3, 40}, "source"), False),  # two releases: order unknown
        (_n("s", {0, 1, 2, 3, 40}, None), True),  # a source comes before anything else
        (_n("s", set(), "article"), False),  # shares no pair
    ],
)
def test_repeats_needs_an_order_and_most_of_the_pairs(later: Neighbour, expected: bool) -> None:
    assert repeats(later, RELEASE) is expected
    assert not repeats(RELEASE, later)  # never the other way round


def test_texts_of_unknown_order_never_repeat_each_other() -> None:
    a, b = _n("a", {0, 1, 2}), _n("b", {0, 1, 2})
    assert not repeats(a, b) and not repeats(b, a)


def test_an_order_is_known_from_two_kinds_or_two_days() -> None:
    releases = [_n("a", {1}, "source"), _n("b", {2}, "source", "2020-01-01")]
    assert not any_order(releases)  # one kind, one known day: no order, the cheap path
    assert any_order([*releases, _n("s", {3}, "article")])
    assert any_order([*releases, _n("c", {3}, "source", "2020-01-02")])


def test_dates_decide_before_kinds() -> None:
    early = _n("a", {0, 1, 2}, "article", "2020-01-01")
    late = _n("b", {0, 1, 2}, "source", "2020-01-05")
    assert repeats(late, early) and not repeats(early, late)
    assert HELD_MIN == 3
    assert not repeats(_n("c", {0, 1, 50}, "article"), RELEASE)
    assert repeats(_n("c", {0, 1, 2, 50}, "article"), RELEASE)


def test_the_share_is_of_the_smaller_set() -> None:
    # 5 of the 10 release pairs, 5 of a story's 40: the story carries half the release.
    assert HELD_SHARE == 0.5
    assert repeats(_n("s", set(range(5)) | set(range(100, 135)), "article"), RELEASE)
    assert not repeats(_n("s", set(range(4)) | set(range(100, 136)), "article"), RELEASE)


def test_margins_are_over_independent_texts_only() -> None:
    story = _n("s", {0, 1, 2, 3, 4, 5, 6, 7, 8, 40, 41}, "article")
    other = _n("o", {0, 1, 50}, "source")
    pool = (RELEASE, story, other)
    assert best_independent(RELEASE, pool) == (3, 3.0)  # the story is not a competitor
    assert best_independent(story, pool) == (10, 10.0)  # the release is
    assert follows(story, pool) and not follows(RELEASE, pool) and not follows(other, pool)


def _features(pool: tuple[Neighbour, ...], cand: Neighbour) -> dict[str, float]:
    c = Candidate(cand.id, cand.shared, cand.shared_pairs, frozenset(range(50)), 40)
    art = Article(100, 120, pool, 1)
    return dict(zip(FEATURES, features(Facts(c, 0.5, 1.0), art), strict=True))


def test_the_features_read_the_independent_margin_and_follows() -> None:
    story = _n("s", set(range(12)), "article")  # holds every pair of the release, and more
    alone = _features((RELEASE, _n("o", {0, 1, 50}, "source")), RELEASE)
    mixed = _features((RELEASE, story, _n("o", {0, 1, 50}, "source")), RELEASE)
    assert mixed["pairs_margin"] == alone["pairs_margin"]
    assert mixed["words_margin"] == alone["words_margin"]
    assert mixed["follows"] == alone["follows"] == 0.0
    # Of unknown order (no kinds, no dates), the story takes the release's margin away.
    release, plain = _n("r", set(range(10))), _n("s", set(range(12)))
    assert _features((release, plain, _n("o", {0, 1, 50})), release)["pairs_margin"] < 0
    assert _features((RELEASE, story), story)["follows"] == 1.0


def test_the_model_records_the_held_share_it_was_fitted_with() -> None:
    data = load_model().to_dict()
    assert data["held_share"] == HELD_SHARE
    data["held_share"] = 0.9
    with pytest.raises(ValueError, match="held_share"):
        ConfidenceModel.from_dict(json.loads(json.dumps(data)))


def test_corpus_mode_keys_cached_verifications_by_the_model_version(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from sourcetrace.corpus import kernels

    args = (("a", "d1"), [("b", "d2")], kernels.CorpusOptions())
    shipped = kernels.pool_signature(*args)
    monkeypatch.setattr(kernels, "model_version", lambda: "another-version")
    assert kernels.pool_signature(*args) != shipped
