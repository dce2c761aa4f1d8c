"""Mends of a first user's review of corpus mode (round 9): caches keyed by the settings
that shape them, damaged caches rebuilt, stale outputs removed, pairs with the rule,
confidence and reason of their trace (and no containment claimed without aligned text),
--html into a new --out, --jobs capped at the CPUs."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from sourcetrace import parallel
from sourcetrace.cli import cli
from sourcetrace.corpus import CorpusOptions, run_corpus
from sourcetrace.corpus import local as local_mod
from sourcetrace.corpus.kernels import (
    CORROBORATED,
    DocMeta,
    Observation,
    corroborated,
    direction,
    doc_keys,
    resolve_pairs,
)
from sourcetrace.corpus.local import EMPTY_NOTICE, FINGERPRINT_SETTINGS, INDEX_FILE
from sourcetrace.corpus.state import STATE_FILE, _observation, _observation_json
from sourcetrace.settings import apply_settings, parse_assignments
from test_corpus import _corpus, _db, _outputs

N_DOCS = 90


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _db(tmp_path_factory.mktemp("mends") / "m.db", _corpus(N_DOCS, seed=3))


@pytest.fixture(scope="module")
def base(db: Path) -> Path:
    """A finished run with the default settings, copied by the tests that rerun it."""
    out = db.parent / "base"
    run_corpus(db, out, workers=1, parquet=False)
    return out


def _options(*assignments: str) -> CorpusOptions:
    return apply_settings(parse_assignments(assignments)).corpus


# One or two settings of each stage a cached run may reuse: fingerprints, candidate
# pools, verification (trace, judge, align) and the pairs and clusters made from them.
STAGE_SETTINGS = [
    ("corpus.ngram=2",),
    ("corpus.sample=30",),
    ("corpus.pool=2", "corpus.max_copies=2"),
    ("corpus.max_df=4",),
    ("corpus.closed_world=true",),
    ("align.min_chars=900",),
    ("trace.wholly=0.2",),
    ("corpus.cluster_min=0.5", "corpus.source_cluster_min=0.05"),
]


@pytest.mark.parametrize("assignments", STAGE_SETTINGS, ids=lambda a: ",".join(a))
def test_cached_rerun_with_other_settings_equals_a_fresh_run(
    tmp_path: Path, db: Path, base: Path, assignments: tuple[str, ...]
) -> None:
    options = _options(*assignments)
    cached = tmp_path / "cached"
    shutil.copytree(base, cached)
    again = run_corpus(db, cached, options=options, workers=1, parquet=False)
    fresh = tmp_path / "fresh"
    run_corpus(db, fresh, options=options, workers=1, parquet=False)
    assert _outputs(cached) == _outputs(fresh)
    assert _outputs(fresh) != _outputs(base)  # the setting matters on this corpus
    if any(a.split("=")[0].split(".")[1] in FINGERPRINT_SETTINGS for a in assignments):
        assert again.stats.fingerprinted == N_DOCS


def test_cached_rerun_with_the_same_settings_reuses_every_stage(db: Path, base: Path) -> None:
    again = run_corpus(db, base, workers=1, parquet=False)
    assert again.stats.fingerprinted == 0
    assert again.stats.verified == 0


def _other(value: Any) -> Any:
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return value + 1
    if isinstance(value, float):
        return value / 2
    if isinstance(value, tuple):
        return None
    return value


def test_fingerprint_settings_name_every_setting_fingerprints_read() -> None:
    text = " ".join(_corpus(3, seed=5)[2].text.split()[:120])
    default = CorpusOptions()
    made = doc_keys("x", text, default)
    for f in dataclasses.fields(CorpusOptions):
        if f.name == "trace":
            continue
        value = 100 if f.name == "max_source_chars" else _other(getattr(default, f.name))
        changed = dataclasses.replace(default, **{f.name: value})  # 100: below the text
        differs = doc_keys("x", text, changed) != made
        assert differs == (f.name in FINGERPRINT_SETTINGS), f.name


def test_damaged_state_file_is_rebuilt_with_a_notice(tmp_path: Path, db: Path, base: Path) -> None:
    out = tmp_path / "o"
    shutil.copytree(base, out)
    (out / STATE_FILE).write_text("garbage\n", encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["corpus", "--db", str(db), "--out", str(out), "-j", "1", "--no-parquet"]
    )
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    lines = [x for x in result.stderr.splitlines() if STATE_FILE in x]
    assert len(lines) == 1 and "rebuilt" in lines[0]
    assert _outputs(out) == _outputs(base)


def test_state_damaged_past_its_first_pages_is_rebuilt_with_a_notice(
    tmp_path: Path, db: Path, base: Path
) -> None:
    out = tmp_path / "o"
    shutil.copytree(base, out)
    data = bytearray((out / STATE_FILE).read_bytes())
    page = len(data) // 2 // 4096 * 4096
    data[page : page + 4096] = b"\xff" * 4096  # opens, fails when that page is read
    (out / STATE_FILE).write_bytes(bytes(data))
    options = _options("corpus.ngram=4")  # every stage reads and writes the state
    result = run_corpus(db, out, options=options, workers=1, parquet=False)
    assert [n for n in result.stats.notices if STATE_FILE in n and "rebuilt" in n]
    fresh = tmp_path / "fresh"
    run_corpus(db, fresh, options=options, workers=1, parquet=False)
    assert _outputs(out) == _outputs(fresh)


def test_deleted_state_with_kept_candidates_gives_the_full_output(
    tmp_path: Path, db: Path, base: Path
) -> None:
    out = tmp_path / "o"
    shutil.copytree(base, out)
    (out / STATE_FILE).unlink()
    run_corpus(db, out, workers=1, parquet=False)
    assert _outputs(out) == _outputs(base)


@pytest.mark.parametrize("keep", [0, 1000, -100])
def test_damaged_candidate_file_is_rebuilt_with_a_notice(
    tmp_path: Path, db: Path, base: Path, keep: int
) -> None:
    out = tmp_path / "o"
    shutil.copytree(base, out)
    data = (out / INDEX_FILE).read_bytes()
    (out / INDEX_FILE).write_bytes(data[:keep] if keep else b"garbage")
    options = _options("corpus.max_df=4")  # the candidate stage must read its file
    result = run_corpus(db, out, options=options, workers=1, parquet=False)
    assert [n for n in result.stats.notices if INDEX_FILE in n and "rebuilt" in n]
    fresh = tmp_path / "fresh"
    run_corpus(db, fresh, options=options, workers=1, parquet=False)
    assert _outputs(out) == _outputs(fresh)


def test_empty_index_says_there_is_nothing_to_compare(tmp_path: Path) -> None:
    db = _db(tmp_path / "e.db", [])
    out = tmp_path / "o"
    result = CliRunner().invoke(cli, ["corpus", "--db", str(db), "--out", str(out), "--no-parquet"])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    assert EMPTY_NOTICE in result.stderr
    assert "0 documents; 0 reuse pairs" in result.stdout
    assert _outputs(out) == {"pairs": [], "clusters": [], "publishers": []}


def test_no_parquet_removes_the_parquet_files_of_an_earlier_run(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    from sourcetrace.corpus.outputs import write_outputs

    tables: dict[str, list[dict[str, Any]]] = {"pairs": [], "clusters": [], "publishers": []}
    write_outputs(tmp_path, tables)
    assert (tmp_path / "pairs.parquet").exists()
    written = write_outputs(tmp_path, tables, parquet=False)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["clusters.jsonl", "pairs.jsonl", "publishers.jsonl"]
    assert sorted(p.name for p in written) == names


def test_html_report_into_the_out_folder_of_a_first_run(tmp_path: Path, db: Path) -> None:
    pytest.importorskip("matplotlib")
    out = tmp_path / "new"
    args = ["corpus", "--db", str(db), "--out", str(out), "--html", str(out / "report.html")]
    result = CliRunner().invoke(cli, [*args, "-j", "1", "--no-parquet"])
    assert result.exit_code == 0, result.output
    assert (out / "report.html").exists()
    # A report in a folder that nothing creates is still refused, in one line.
    args[-1] = str(tmp_path / "nowhere" / "report.html")
    refused = CliRunner().invoke(cli, [*args, "-j", "1", "--no-parquet"])
    assert refused.exit_code == 2
    assert "does not exist" in refused.stderr


def test_jobs_are_capped_at_the_cpus(
    tmp_path: Path, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parallel, "cpus", lambda: 2)
    assert parallel.capped_jobs(40) == 2
    assert parallel.capped_jobs(1) == 1
    pool = parallel.spawn_pool(50)  # no process starts before work is submitted
    try:
        assert pool._max_workers == 2
    finally:
        pool.shutdown()
    asked: list[int] = []
    real = local_mod.mp.get_context

    class Context:
        def __init__(self, method: str) -> None:
            self.ctx = real(method)

        def Pool(self, n: int, *args: Any) -> Any:
            asked.append(n)
            return self.ctx.Pool(n, *args)

    monkeypatch.setattr(local_mod, "cpus", lambda: 2)
    monkeypatch.setattr(local_mod.mp, "get_context", Context)
    small = _db(tmp_path / "s.db", _corpus(10))
    result = CliRunner().invoke(
        cli,
        ["corpus", "--db", str(small), "--out", str(tmp_path / "o"), "-j", "40", "--no-parquet"],
    )
    assert result.exit_code == 0, result.output
    assert asked == [2]
    notice = [x for x in result.stderr.splitlines() if "--jobs 40" in x]
    assert len(notice) == 1 and "2 worker processes" in notice[0]
    # The old name of --jobs is capped the same way.
    args = ["corpus", "--db", str(small), "--out", str(tmp_path / "o"), "--no-parquet"]
    result = CliRunner().invoke(cli, [*args, "--workers", "40"])
    assert result.exit_code == 0, result.output
    assert asked == [2, 2]
    assert "2 worker processes" in result.stderr


def test_every_pair_row_gives_the_accepting_rule_its_confidence_and_reason(base: Path) -> None:
    rows = _outputs(base)["pairs"]
    assert rows
    for row in rows:
        assert row["accepted_by"], row
        assert "confidence" in row
        assert row["reason"] and row["accepted_by"] in row["reason"], row


def test_a_pair_nothing_orders_does_not_claim_containment() -> None:
    meta = {i: DocMeta(i, kind="source") for i in ("pr-a", "pr-b")}
    words = "words-stand-out: shared distinctive content 3.0x; 0% of the article aligned"
    told = Observation(
        "pr-a", "pr-b", 0.0, 0.0, (), confidence=0.9, accepted_by="words-stand-out", reason=words
    )
    (pair,) = resolve_pairs([told], meta, CorpusOptions())
    assert pair.direction is None
    # As the one trace made says: pr-a was found written from pr-b.
    assert (pair.source_id, pair.target_id) == ("pr-b", "pr-a")
    assert (pair.accepted_by, pair.confidence, pair.reason) == ("words-stand-out", 0.9, words)
    assert direction(DocMeta("x"), DocMeta("y"), 0.4, 0.4) == (True, None)
    assert direction(DocMeta("x"), DocMeta("y"), 0.2, 0.8) == (True, "containment")


def test_a_pair_read_from_the_other_trace_says_so() -> None:
    meta = {"old": DocMeta("old", date="2020-01-01"), "new": DocMeta("new", date="2020-02-01")}
    backwards = Observation("old", "new", 0.5, 0.3, (), accepted_by="copied-share", reason="x")
    (pair,) = resolve_pairs([backwards], meta, CorpusOptions())
    assert (pair.source_id, pair.target_id, pair.direction) == ("old", "new", "date")
    assert pair.reason == "old traced as written from new: x"


def test_a_corroborated_lead_says_it_was_corroborated() -> None:
    def obs(article: str, source: str, **how: Any) -> Observation:
        return Observation(article, source, 0.5, 0.2, (), confidence=1.0, **how)

    accepted = [
        obs("s1", "pr", accepted_by="copied-share", reason="copied-share: ..."),
        obs("s2", "s1", accepted_by="copied-share", reason="copied-share: ..."),
    ]
    lead = obs("s2", "pr", lead=True, accepted_by="closed-world-best-pairs", reason="best: 9")
    for closed in (False, True):
        kept = [
            o for o in corroborated([*accepted, lead], closed_world=closed) if o.source_id == "pr"
        ]
        got = next(o for o in kept if o.article_id == "s2")
        assert got.accepted_by == CORROBORATED
        assert got.reason.startswith(f"{CORROBORATED}: ") and got.reason.endswith("best: 9")


def test_state_keeps_the_rule_and_reason_of_each_observation() -> None:
    o = Observation("a", "b", 0.5, 0.2, (), accepted_by="long-copied", reason="why")
    assert _observation("a", _observation_json(o)) == o
