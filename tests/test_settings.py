"""The settings registry: invalid values fail clearly, --set reaches them, settings lists them."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import EXAMPLES
from sourcetrace import Index, TraceOptions
from sourcetrace.align import AlignOptions
from sourcetrace.cli import cli
from sourcetrace.corpus import CorpusOptions
from sourcetrace.judge import DEFAULT_POLICY, PairShare
from sourcetrace.quotes.verify import VerifyOptions
from sourcetrace.settings import SettingError, apply_settings, registry

INVALID: list[tuple[str, Callable[[], object]]] = [
    (
        "judge.min_pool",
        lambda: TraceOptions(policy=dataclasses.replace(DEFAULT_POLICY, min_pool=0)),
    ),
    ("trace.pool", lambda: TraceOptions(pool=0)),
    ("trace.wholly", lambda: TraceOptions(wholly=1.5)),
    ("trace.candidates", lambda: TraceOptions(candidates=2.5)),  # type: ignore[arg-type]
    ("align.seed", lambda: TraceOptions(align=AlignOptions(seed=0))),
    (
        "judge.pair-share.min_share",
        lambda: TraceOptions(policy=DEFAULT_POLICY.with_rule(PairShare(min_share=-0.1))),
    ),
    ("verify.altered_min", lambda: VerifyOptions(altered_min=2.0)),
    ("corpus.max_df", lambda: CorpusOptions(max_df=1)),
    ("corpus.closed_world", lambda: CorpusOptions(closed_world="yes")),  # type: ignore[arg-type]
    ("trace.pool", lambda: apply_settings({"trace.pool": "many"})),
    ("trace.nope", lambda: apply_settings({"trace.nope": "1"})),
]


@pytest.mark.parametrize(("key", "build"), INVALID, ids=[k for k, _ in INVALID])
def test_invalid_settings_fail_naming_the_setting(key: str, build: Callable[[], object]) -> None:
    with pytest.raises(SettingError) as err:
        build()
    assert err.value.key == key
    assert str(err.value).startswith(f"setting {key}: ")


def test_a_small_pool_is_judged_not_crashed(index: Index) -> None:
    from sourcetrace import Document

    index.add([Document(id="only", text="Kelp tablets lowered blood pressure in older sailors.")])
    opts = TraceOptions(
        pool=1, candidates=1, policy=dataclasses.replace(DEFAULT_POLICY, min_pool=1)
    )
    result = index.trace("Kelp tablets lowered the blood pressure of sailors.", options=opts)
    assert [s.id for s in result.sources] == ["only"]


def test_overrides_reach_every_options_object() -> None:
    s = apply_settings(
        [
            ("trace.pool", "60"),
            ("judge.pair-share.min_pairs", "12"),
            ("corpus.closed_world", "true"),
        ]
    )
    assert s.trace.pool == 60 and s.corpus.trace.pool == 60
    assert s.trace.policy.rule("pair-share").min_pairs == 12  # type: ignore[attr-defined]
    assert s.corpus.closed_world is True
    # The corpus keeps its own stand-out ratio unless it is set.
    assert s.corpus.trace.policy.rule("words-stand-out").ratio == 2.4  # type: ignore[attr-defined]
    assert s.signature() != apply_settings().signature()
    assert s.corpus.signature() != CorpusOptions().signature()


def test_set_on_trace(release_db: Path) -> None:
    article = str(EXAMPLES / "article.txt")
    runner = CliRunner()
    args = ["trace", "--db", str(release_db), article, "--json"]
    default = runner.invoke(cli, args)
    changed = runner.invoke(cli, [*args, "--set", "judge.copied-share.min_share=1"])
    assert default.exit_code == changed.exit_code == 0
    a, b = json.loads(default.stdout), json.loads(changed.stdout)
    assert a["settings"] != b["settings"]
    assert a["sources"][0]["accepted_by"] == "copied-share"
    assert b["sources"][0]["accepted_by"] != "copied-share"
    bad = runner.invoke(cli, ["trace", "--db", str(release_db), article, "--set", "trace.pool=0"])
    assert bad.exit_code == 2
    assert bad.stderr.strip().splitlines() == [
        "error: --set setting trace.pool: must be at least 1, got 0"
    ]


def test_trace_digest_covers_verify_settings_and_warns_of_corpus_ones(release_db: Path) -> None:
    """Finding 6 of rev_user11: verdict thresholds change the digest; corpus keys warn."""
    article = str(EXAMPLES / "article.txt")
    runner = CliRunner()
    args = ["trace", "--db", str(release_db), article, "--json"]
    default = runner.invoke(cli, args)
    verify = runner.invoke(cli, [*args, "--set", "verify.supported_min=0.3"])
    corpus = runner.invoke(cli, [*args, "--set", "corpus.ngram=7"])
    assert default.exit_code == verify.exit_code == corpus.exit_code == 0
    a, b, c = (json.loads(r.stdout) for r in (default, verify, corpus))
    assert a["settings"] != b["settings"]
    assert a["settings"] == c["settings"]  # a corpus setting does nothing in a trace
    assert default.stderr == ""
    assert corpus.stderr.strip().splitlines() == [
        "warning: --set corpus.ngram: a corpus setting; trace ignores it"
    ]


def test_settings_lists_every_setting_with_its_default() -> None:
    result = CliRunner().invoke(cli, ["settings", "--json"])
    assert result.exit_code == 0
    rows = {r["key"]: r for r in map(json.loads, result.stdout.splitlines())}
    assert set(rows) == set(registry())
    assert rows["trace.pool"]["default"] == TraceOptions().pool
    assert rows["corpus.max_df"]["default"] == CorpusOptions().max_df
    assert rows["judge.words-stand-out.ratio"]["default"] == 2.6
    assert all(r["help"] for r in rows.values())


def test_settings_never_cuts_a_key() -> None:
    """Finding 10 of rev_user11: piped or on a narrow terminal, every key is whole."""
    import io

    from rich.console import Console

    from sourcetrace.cli_settings import print_settings

    piped = CliRunner().invoke(cli, ["settings"])
    assert piped.exit_code == 0
    keys = [line.split("\t")[0] for line in piped.stdout.splitlines()[1:]]
    assert keys == list(registry())
    buf = io.StringIO()
    rows = [(k, "1", "", "Some help that is long enough to wrap " * 3) for k in registry()]
    print_settings(Console(file=buf, width=80, force_terminal=True), rows)
    shown = buf.getvalue()
    assert all(k in shown for k in registry())


def test_corpus_settings_reach_the_run_and_its_settings_file(tmp_path: Path) -> None:
    db = tmp_path / "corpus.db"
    runner = CliRunner()
    ingest = runner.invoke(cli, ["ingest", "--db", str(db), str(EXAMPLES / "corpus.jsonl")])
    assert ingest.exit_code == 0, ingest.output
    written = {}
    for name, extra in (("default", []), ("set", ["--set", "judge.words-stand-out.ratio=3"])):
        out = tmp_path / name
        args = ["corpus", "--db", str(db), "--out", str(out), "--no-parquet", "--workers", "1"]
        result = runner.invoke(cli, [*args, *extra])
        assert result.exit_code == 0, result.output
        written[name] = json.loads((out / "settings.json").read_text())
    assert "words-stand-out.v1(ratio=2.4)" in written["default"]["policy"]
    assert "words-stand-out.v1(ratio=3.0)" in written["set"]["policy"]
    assert written["default"]["signature"] == CorpusOptions().signature()
    assert written["set"]["signature"] != written["default"]["signature"]
