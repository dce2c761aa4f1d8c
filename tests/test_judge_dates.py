"""Dates as soft evidence: the dated-stand-out rule, the dates-apart refusal, the features."""

from __future__ import annotations

import dataclasses
import datetime
from pathlib import Path

import pytest

from sourcetrace.confidence import FEATURES, features
from sourcetrace.dates import DocDate
from sourcetrace.documents import Document
from sourcetrace.index import open_store
from sourcetrace.judge import (
    DEFAULT_POLICY,
    AcceptancePolicy,
    Article,
    Candidate,
    Facts,
    Neighbour,
    distinctiveness,
    judge,
)
from sourcetrace.settings import SettingError, apply_settings, registry
from sourcetrace.trace import trace

WORDS = 100
STORY_DAY = datetime.date(2016, 3, 10)
NEIGHBOURS = (*(Neighbour(f"n{i}", 1.0, 1) for i in range(8)), Neighbour("topic", 5.0, 5))


def _date(days_before: int | None, origin: str = "text") -> DocDate | None:
    if days_before is None:
        return None
    day = STORY_DAY - datetime.timedelta(days=days_before)
    return DocDate(day, origin, day.isoformat())  # type: ignore[arg-type]


def _cand(*, pairs: int, copied: int = 0, days_before: int | None = None) -> Candidate:
    return Candidate("cand", 1.0, pairs, frozenset(range(copied)), 0, 0, _date(days_before))


def _article(cand: Candidate, story_dated: bool = True) -> Article:
    pool = (Neighbour(cand.id, cand.shared, cand.shared_pairs), *NEIGHBOURS)
    return Article(WORDS, 120, pool, 5, date=_date(0) if story_dated else None)


def _verdict(cand: Candidate, policy: AcceptancePolicy = DEFAULT_POLICY, **kw: bool):
    (v,) = judge(
        [cand], _article(cand, **kw), policy, retell=lambda _id: cand.copied_covered, wholly=0.6
    )
    return v


#: (candidate, whether the story is dated, the rule expected to accept it or None).
CASES = [
    # 8 pairs against the runner-up's 5 (1.6x, under pairs-stand-out's 3x): dated a day
    # before the story, dated-stand-out alone accepts it.
    (_cand(pairs=8, days_before=1), True, "dated-stand-out"),
    (_cand(pairs=8, days_before=14), True, "dated-stand-out"),
    (_cand(pairs=8, days_before=-1), True, "dated-stand-out"),  # a day after: embargo
    (_cand(pairs=8, days_before=15), True, None),  # too early
    (_cand(pairs=8, days_before=-2), True, None),  # too late
    (_cand(pairs=8, days_before=None), True, None),  # undated candidate
    (_cand(pairs=8, days_before=1), False, None),  # undated story
    (_cand(pairs=5, days_before=1), True, None),  # as many as the runner-up: under 1.2x
    # 15 pairs, 3x the runner-up's: pairs-stand-out, refused when dated far apart.
    (_cand(pairs=15, days_before=None), True, "pairs-stand-out"),
    (_cand(pairs=15, days_before=60), True, "pairs-stand-out"),
    (_cand(pairs=15, days_before=61), True, None),
    (_cand(pairs=15, days_before=-14), True, "pairs-stand-out"),
    (_cand(pairs=15, days_before=-15), True, None),
    # Copied text is not overruled by dates.
    (_cand(pairs=15, copied=20, days_before=400), True, "copied-share"),
]


@pytest.mark.parametrize(("cand", "story_dated", "rule"), CASES)
def test_dated_rules(cand: Candidate, story_dated: bool, rule: str | None) -> None:
    v = _verdict(cand, story_dated=story_dated)
    assert v.accepted_by == rule
    assert (v.derivation == "non") == (rule is None)


def test_dated_stand_out_fires_alone_and_says_the_figures() -> None:
    cand = _cand(pairs=8, days_before=1)
    art = _article(cand)
    facts = Facts(cand, 0.0, distinctiveness(cand, art.pool))
    assert [r.name for r in DEFAULT_POLICY.rules if r.check(facts, art).accepts] == [
        "dated-stand-out"
    ]
    v = _verdict(cand)
    assert v.reason.startswith(
        "dated-stand-out: it is dated 9 Mar 2016 (stated in its text), the article "
        "10 Mar 2016 (stated in its text): the article 1 day later"
    )
    assert "8 content-word pairs shared, against 5" in v.reason
    others = AcceptancePolicy(
        rules=tuple(r for r in DEFAULT_POLICY.rules if r.name != "dated-stand-out")
    )
    assert _verdict(cand, others).derivation == "non"


def test_dates_apart_refusal_is_named_in_the_reason() -> None:
    v = _verdict(_cand(pairs=15, days_before=200))
    assert v.derivation == "non"
    assert "pairs-stand-out would accept it, but dates-apart refuses" in v.reason
    assert "the article 200 days later" in v.reason
    no_refusal = AcceptancePolicy(refusals=())
    assert _verdict(_cand(pairs=15, days_before=200), no_refusal).accepted_by == "pairs-stand-out"


def test_date_features() -> None:
    near, far = FEATURES.index("date_near"), FEATURES.index("date_far")
    for days_before, expected in (
        (3, (1.0, 0.0)),
        (100, (0.0, 1.0)),
        (30, (0.0, 0.0)),
        (None, (0.0, 0.0)),
    ):
        cand = _cand(pairs=2, days_before=days_before)
        f = features(Facts(cand, 0.0, 1.0), _article(cand))
        assert (f[near], f[far]) == expected


def test_settings_are_declared_and_checked() -> None:
    reg = registry()
    for key in (
        "judge.dated-stand-out.ratio",
        "judge.dated-stand-out.max_before",
        "judge.dated-stand-out.max_after",
        "judge.dates-apart.max_before",
        "judge.dates-apart.max_after",
    ):
        assert reg[key].help
    s = apply_settings({"judge.dates-apart.max_before": "90", "judge.dated-stand-out.ratio": "2"})
    assert s.trace.policy.rule("dates-apart").max_before == 90  # type: ignore[attr-defined]
    assert "dates-apart.v1(max_before=90" in s.trace.policy.signature()
    with pytest.raises(SettingError, match=r"judge\.dated-stand-out\.ratio"):
        apply_settings({"judge.dated-stand-out.ratio": "0.5"})


RELEASE = (
    "Coffee and the heart\n\n14 November 2030\n\n"
    "Drinking three cups of coffee a day was linked to a lower risk of heart failure in a "
    "study of 20,000 adults followed for a decade by researchers at the University of Leeds, "
    "who said the findings did not prove that coffee itself protects the heart muscle."
)
STORY = (
    "Coffee may be good for you\n\n"
    "Drinking three cups of coffee a day was linked to a lower risk of heart failure in a "
    "study of 20,000 adults followed for a decade by researchers at the University of Leeds, "
    "who said the findings did not prove that coffee itself protects the heart muscle."
)


def test_a_date_read_from_text_never_hides_a_candidate(tmp_path: Path) -> None:
    """The hard 'later texts are not sources' rule reads metadata dates only."""
    store = open_store(tmp_path / "i.db")
    store.add([Document("rel", RELEASE, kind="source")])
    result = trace(store, STORY, article_date="2016-01-01")
    (src,) = [s for s in result.sources if s.id == "rel"]
    # Stated in its text as 2030: listed, accepted from its copied text, its date shown.
    assert src.accepted_by == "copied-share"
    assert src.to_dict()["dated"] == {"date": "2030-11-14", "from": "text"}
    assert result.to_dict()["article"]["dated"] == {"date": "2016-01-01", "from": "metadata"}
    # The same date as metadata: a later document, not offered.
    store.add([Document("rel", RELEASE, kind="source", date="2030-11-14")])
    assert not trace(store, STORY, article_date="2016-01-01").sources


def test_corpus_mode_gives_the_judge_a_documents_date(monkeypatch: pytest.MonkeyPatch) -> None:
    from sourcetrace.corpus import CorpusOptions, kernels

    seen: list[str | None] = []
    real = kernels.trace_pool

    def spy(*args: object, **kwargs: object) -> object:
        seen.append(kwargs.get("article_date"))  # type: ignore[arg-type]
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(kernels, "trace_pool", spy)
    release = Document("rel", RELEASE, kind="source", date="2016-01-01")
    story = Document("story", STORY, kind="article", date="2016-01-02")
    kernels.verify(story, [release], CorpusOptions())
    assert seen == ["2016-01-02"]


def test_the_closed_world_fallback_says_what_the_refusal_overruled() -> None:
    from sourcetrace.judge import closed_world

    v = _verdict(_cand(pairs=15, days_before=200), closed_world(DEFAULT_POLICY))
    assert v.accepted_by == "closed-world-best-pairs"
    assert "pairs-stand-out would accept it, but dates-apart refuses" in v.reason


def test_the_refusal_overrules_the_rules_that_read_words_alone() -> None:
    words_only = [r.name for r in DEFAULT_POLICY.rules if r.words_only]
    assert words_only == ["pairs-stand-out", "words-stand-out", "pair-share"]


def test_the_model_knows_the_date_windows_it_was_fitted_with() -> None:
    from sourcetrace.confidence import ConfidenceModel, load_model

    data = load_model().to_dict()
    assert ConfidenceModel.from_dict(data).version == load_model().version
    data["date_windows"] = {"date_near": [-1, 7], "date_far": [-14, 60]}
    with pytest.raises(ValueError, match="date windows"):
        ConfidenceModel.from_dict(data)


def test_the_closed_world_fallback_picks_by_date_where_texts_are_dated() -> None:
    from sourcetrace.judge import closed_world

    # Neither is accepted by a rule (4 pairs each way under every threshold). The one
    # sharing more pairs is dated far before the article; the other, two days before.
    far = Candidate("far", 1.0, 4, frozenset(), 0, 0, _date(300))
    near = Candidate("near", 1.0, 3, frozenset(), 0, 0, _date(2))
    pool = (Neighbour("far", 1.0, 4), Neighbour("near", 1.0, 3), *NEIGHBOURS)
    art = Article(WORDS, 120, pool, 5, date=_date(0))
    out = judge(
        [far, near], art, closed_world(DEFAULT_POLICY), retell=lambda _id: frozenset(), wholly=0.6
    )
    picked = [j for j in out if j.derivation != "non"]
    assert [j.id for j in picked] == ["near"]
    assert "the article 2 days later" in picked[0].reason
    # Undated, the one sharing the most pairs is picked, as before.
    undated = [dataclasses.replace(c, date=None) for c in (far, near)]
    out = judge(
        undated, art, closed_world(DEFAULT_POLICY), retell=lambda _id: frozenset(), wholly=0.6
    )
    assert [j.id for j in out if j.derivation != "non"] == ["far"]
