from __future__ import annotations

import json
import random
from collections.abc import Collection
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from sourcetrace.cli import cli
from sourcetrace.corpus import CorpusOptions, run_corpus
from sourcetrace.corpus.candidates import candidate_pools
from sourcetrace.corpus.kernels import (
    DocKeys,
    DocMeta,
    add_scores,
    direction,
    doc_keys,
    key_pairs,
    postings,
    retold_from,
    select_pool,
    tier_of,
)
from sourcetrace.corpus.local import doc_meta
from sourcetrace.corpus.state import STATE_FILE
from sourcetrace.documents import Document
from sourcetrace.index import open_store

VOCAB = [f"w{i}" for i in range(3000)] + ["the", "of", "and", "a", "in", "to", "is"] * 200


def _corpus(n: int, seed: int = 1) -> list[Document]:
    """Random documents; every fifth copies a 40-120 word passage from an earlier one."""
    rng = random.Random(seed)
    texts: list[list[str]] = []
    docs = []
    for i in range(n):
        body = rng.choices(VOCAB, k=rng.randint(80, 200))
        if i % 5 == 4:
            src = texts[rng.randrange(0, i)]
            size = min(rng.randint(40, 120), len(src))
            at = rng.randrange(0, len(src) - size + 1)
            body = body[:30] + src[at : at + size] + body[30:]
        texts.append(body)
        docs.append(
            Document(
                id=f"d{i:04d}",
                text=" ".join(body) + ".",
                date=f"2021-{1 + i // 28:02d}-{1 + i % 28:02d}",
                publisher=f"p{i % 3}",
                kind="source" if i % 7 == 0 else "article",
            )
        )
    return docs


def _db(path: Path, docs: list[Document]) -> Path:
    store = open_store(path)
    store.add(docs)
    store.close()
    return path


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def _outputs(out: Path) -> dict[str, list[dict[str, Any]]]:
    return {name: _lines(out / f"{name}.jsonl") for name in ("pairs", "clusters", "publishers")}


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return _corpus(200)


def test_finds_planted_copies_with_direction(tmp_path: Path, docs: list[Document]) -> None:
    db = _db(tmp_path / "i.db", docs)
    result = run_corpus(db, tmp_path / "out", workers=2)
    found = {(p.source_id, p.target_id) for p in result.pairs}
    planted = 0
    for i, doc in enumerate(docs):
        if i % 5 == 4:
            planted += 1
            assert any(t == doc.id for _, t in found), doc.id
    assert len(found) >= planted
    for p in result.pairs:
        a, b = int(p.source_id[1:]), int(p.target_id[1:])
        assert docs[a].date <= docs[b].date  # type: ignore[operator]


def test_outputs_schema(tmp_path: Path, docs: list[Document]) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    db = _db(tmp_path / "i.db", docs[:100])
    out = tmp_path / "out"
    run_corpus(db, out, workers=1)
    data = _outputs(out)
    pair = data["pairs"][0]
    assert set(pair) == {
        "source_id",
        "target_id",
        "source_coverage",
        "target_coverage",
        "derivation",
        "direction",
        "accepted_by",
        "confidence",
        "reason",
        "passages",
    }
    assert set(pair["passages"][0]) >= {"article_start", "article_end", "source_start"}
    assert set(data["clusters"][0]) >= {"cluster_id", "origin_id", "members"}
    assert data["clusters"][0]["members"][0] == data["clusters"][0]["origin_id"]
    assert set(data["publishers"][0]) >= {"publisher", "wholly_share", "top_sources"}
    for name, rows in data.items():
        table = pq.read_table(out / f"{name}.parquet")
        assert table.num_rows == len(rows)
        assert table.to_pylist()[0][next(iter(rows[0]))] == rows[0][next(iter(rows[0]))]


def test_incremental_equals_full(tmp_path: Path, docs: list[Document]) -> None:
    first, extra = docs[:180], docs[180:]
    db = _db(tmp_path / "inc.db", first)
    out = tmp_path / "inc"
    run_corpus(db, out, workers=2, parquet=False)
    store = open_store(db)
    store.add(extra)
    store.close()
    again = run_corpus(db, out, workers=2, parquet=False)
    assert again.stats.fingerprinted == len(extra)
    assert again.stats.verified + again.stats.reused == len(docs)
    full_db = _db(tmp_path / "full.db", docs)
    run_corpus(full_db, tmp_path / "full", workers=2, parquet=False)
    assert _outputs(out) == _outputs(tmp_path / "full")


def test_resume_after_kill(
    tmp_path: Path, docs: list[Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _db(tmp_path / "r.db", docs[:150])
    out = tmp_path / "r"
    from sourcetrace.corpus import state as state_mod

    calls = {"n": 0, "stored": 0}
    real = state_mod.State.put_verified

    def dies(self: Any, rows: Any) -> None:
        # Stored first: the documents without candidates, then one chunk of 50.
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        rows = list(rows)
        calls["stored"] += len(rows)
        real(self, rows)

    monkeypatch.setattr(state_mod.State, "put_verified", dies)
    with pytest.raises(KeyboardInterrupt):
        run_corpus(db, out, workers=1, chunk=50, parquet=False)
    monkeypatch.setattr(state_mod.State, "put_verified", real)
    assert (out / STATE_FILE).exists()
    resumed = run_corpus(db, out, workers=1, chunk=50, parquet=False)
    assert resumed.stats.fingerprinted == 0  # the finished stage is not redone
    assert calls["stored"] >= 50
    assert resumed.stats.reused == calls["stored"]  # the verifications stored are kept
    run_corpus(db, tmp_path / "fresh", workers=1, parquet=False)
    assert _outputs(out) == _outputs(tmp_path / "fresh")


def test_direction_rules() -> None:
    old, new = DocMeta("a", date="2020-01-01"), DocMeta("b", date="2020-02-01")
    assert direction(old, new, 0.9, 0.1) == (True, "date")
    release, story = DocMeta("r", kind="source"), DocMeta("s", kind="article")
    assert direction(story, release, 0.1, 0.9) == (False, "kind")
    assert direction(DocMeta("x"), DocMeta("y"), 0.2, 0.8) == (True, "containment")


def test_keys_are_stable() -> None:
    a = doc_keys("a", "One two three four five six seven eight.", CorpusOptions(sample=1))
    b = doc_keys("b", "one TWO three four five six seven eight", CorpusOptions(sample=1))
    assert a.shingles == b.shingles and len(a.shingles) == 4


def test_term_candidates_only_among_sources() -> None:
    meta = {
        "pr": DocMeta("pr", kind="source"),
        "s1": DocMeta("s1", kind="article"),
        "s2": DocMeta("s2", kind="article"),
    }
    opts = CorpusOptions()
    eligible = retold_from(meta, opts)
    pairs = {p for p, _ in key_pairs("t:folic", ["s2", "pr", "s1"], opts, retold_from=eligible)}
    assert pairs == {("pr", "s1"), ("pr", "s2")}
    copied = {p for p, _ in key_pairs("s:1f", ["s2", "s1"], opts, retold_from=eligible)}
    assert copied == {("s1", "s2")}
    scored = [("pr", (0, 900)), ("s2", (0, 5000)), ("s3", (opts.min_shared, 0))]
    assert select_pool(scored, opts, retold_from=eligible) == ("s3", "pr")
    everyone = CorpusOptions(retold_kinds=None)
    assert select_pool(scored, everyone, retold_from=retold_from(meta, everyone)) == (
        "s3",
        "s2",
        "pr",
    )


@pytest.mark.parametrize(("closed_world", "holders"), [(False, 500), (True, 500), (True, 20)])
@pytest.mark.parametrize("retold_kinds", [("source",), None])
def test_local_candidates_equal_the_kernels_key_by_key(
    retold_kinds: tuple[str, ...] | None, closed_world: bool, holders: int
) -> None:
    """The array grouping of engine local scores pairs as the kernels Spark runs do."""
    opts = CorpusOptions(
        retold_kinds=retold_kinds, max_df=6, max_term_holders=holders, closed_world=closed_world
    )
    docs = _corpus(150, seed=3)
    keys = [doc_keys(d.id, d.text, opts) for d in docs]
    meta = {d.id: doc_meta(d) for d in docs}
    eligible = retold_from(meta, opts)
    by_key: dict[str, list[str]] = {}
    for k in keys:
        for key, doc_id in postings(k):
            by_key.setdefault(key, []).append(doc_id)
    scores: dict[tuple[str, str], tuple[int, int]] = {}
    for key, ids in by_key.items():
        for pair, score in key_pairs(key, ids, opts, retold_from=eligible):
            scores[pair] = add_scores(scores.get(pair, (0, 0)), score)
    partners: dict[str, list[tuple[str, tuple[int, int]]]] = {}
    for (a, b), score in scores.items():
        partners.setdefault(a, []).append((b, score))
        partners.setdefault(b, []).append((a, score))
    chosen = {
        d: select_pool(p, opts, tier=tier_of(meta, d), retold_from=eligible)
        for d, p in sorted(partners.items())
    }
    expected = {d: p for d, p in chosen.items() if p}
    assert any(len(p) > 1 for p in expected.values())

    def source(only: Collection[str] | None) -> list[DocKeys]:
        return [k for k in keys if only is None or k.id in only]

    assert candidate_pools(source, opts, meta) == expected


def test_parity_local_spark(tmp_path: Path, docs: list[Document], spark: Any) -> None:
    from sourcetrace.corpus.kernels import clusters, resolve_pairs
    from sourcetrace.corpus.spark import run_spark

    db = _db(tmp_path / "p.db", docs)
    local = run_corpus(db, tmp_path / "local", workers=2, parquet=False)
    opts = CorpusOptions()
    run = run_spark(db, opts, session=spark, partitions=4)
    pairs = resolve_pairs(run.observations, run.meta, opts)
    assert pairs == local.pairs
    assert clusters(pairs, run.meta, opts) == local.clusters


def test_cli_runs_and_reports(tmp_path: Path, docs: list[Document]) -> None:
    db = _db(tmp_path / "c.db", docs[:60])
    html = tmp_path / "r.html"
    args = ["corpus", "--db", str(db), "--out", str(tmp_path / "o"), "--workers", "1"]
    pytest.importorskip("matplotlib")
    result = CliRunner().invoke(cli, [*args, "--html", str(html)])
    assert result.exit_code == 0, result.output
    assert "reuse pairs" in result.stdout
    page = html.read_text(encoding="utf-8")
    assert "<svg" in page and "<script" not in page


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--db", "{tmp}/none.db"], "no index there"),
        (["--engine", "hadoop"], "Invalid value for '--engine'"),
        (["--out", "{file}"], "is a file"),
    ],
)
def test_cli_bad_input(tmp_path: Path, extra: list[str], message: str) -> None:
    db = _db(tmp_path / "c.db", _corpus(5))
    afile = tmp_path / "afile"
    afile.write_text("x", encoding="utf-8")
    args = [a.format(tmp=tmp_path, file=afile) for a in extra]
    if "--db" not in args:
        args += ["--db", str(db)]
    result = CliRunner().invoke(cli, ["corpus", "--out", str(tmp_path / "o"), *args])
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output
    assert sum("rror" in line for line in result.stderr.splitlines()) == 1


def test_outputs_are_replaced_whole_or_not_at_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    from sourcetrace.corpus.outputs import write_outputs

    row = {"source_id": "a", "target_id": "b", "derivation": "wholly", "passages": []}
    write_outputs(tmp_path, {"pairs": [row]})
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert set(before) == {"pairs.jsonl", "pairs.parquet"}

    # A row that cannot be written after one that can: the old JSON Lines file stays.
    with pytest.raises(TypeError):
        write_outputs(tmp_path, {"pairs": [row, {"source_id": object()}]})
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before

    # The Parquet writer fails after writing part of its file: the old twin stays.
    def broken(table: Any, where: Any) -> None:
        Path(where).write_bytes(b"PAR1 half")
        raise OSError("No space left on device")

    monkeypatch.setattr(pq, "write_table", broken)
    with pytest.raises(OSError, match="No space"):
        write_outputs(tmp_path, {"pairs": [{**row, "target_id": "c"}]})
    assert (tmp_path / "pairs.parquet").read_bytes() == before["pairs.parquet"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pairs.jsonl", "pairs.parquet"]


# --- A document past the cap: both engines read its beginning only ----------------------

CAP = 3_000


def _past_the_cap() -> list[Document]:
    """A release whose first paragraph one story copies, and whose last, past ``CAP``, another.

    The release is longer than ``CAP`` characters; the passage past the cap is copied
    word for word (80 words) by ``after-cap``, the one before it by ``before-cap``.
    """
    rng = random.Random(7)
    words = [f"v{i}" for i in range(5000)]

    def prose(n: int) -> list[str]:
        return rng.choices(words, k=n)

    early, late = prose(80), prose(80)
    paragraphs = [" ".join(early)]
    while sum(len(p) + 2 for p in paragraphs) < CAP + 500:
        paragraphs.append(" ".join(prose(60)) + ".")
    paragraphs.append(" ".join(late))
    release = Document(
        id="long-release", text="\n\n".join(paragraphs), date="2020-12-01", kind="source"
    )

    def story(doc_id: str, copied: list[str]) -> Document:
        text = " ".join([*prose(40), *copied, *prose(40)]) + "."
        return Document(id=doc_id, text=text, date="2021-01-05", kind="article")

    return [release, story("before-cap", early), story("after-cap", late)]


def test_a_document_past_the_cap_is_read_alike_by_both_engines(
    tmp_path: Path, docs: list[Document], spark: Any
) -> None:
    """The old engines read every document whole (a 51 MB one: 190 s and 3.1 GB)."""
    from sourcetrace.corpus.kernels import clusters, resolve_pairs
    from sourcetrace.corpus.spark import run_spark
    from sourcetrace.quotes.limits import long_document_notice
    from sourcetrace.settings import apply_settings

    planted = _past_the_cap()
    release = planted[0]
    assert len(release.text) > CAP and release.text.rfind("\n\n") > CAP
    db = _db(tmp_path / "cap.db", [*docs[:40], *planted])
    opts = apply_settings({"corpus.max_source_chars": str(CAP)}).corpus
    local = run_corpus(db, tmp_path / "local", options=opts, workers=2, parquet=False)
    run = run_spark(db, opts, session=spark, partitions=4)
    pairs = resolve_pairs(run.observations, run.meta, opts)
    assert pairs == local.pairs
    assert clusters(pairs, run.meta, opts) == local.clusters
    notice = long_document_notice(release.id, len(release.text), CAP)
    assert notice in local.stats.notices and notice in run.stats.notices

    linked = {
        (p.source_id, p.target_id): p
        for p in local.pairs
        if release.id in (p.source_id, p.target_id)
    }
    assert set(linked) == {(release.id, "before-cap")}  # nothing past the cap is compared
    assert all(x.source_end <= CAP for x in linked[release.id, "before-cap"].passages)

    # Whole, as before: the copy past the cap is found.
    whole = run_corpus(db, tmp_path / "whole", workers=2, parquet=False)
    assert (release.id, "after-cap") in {(p.source_id, p.target_id) for p in whole.pairs}
    assert not any(release.id in n for n in whole.stats.notices)
