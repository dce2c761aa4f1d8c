"""Accuracy of ``trace`` on real press releases and the news written from them.

Indexes InSciOut's 360 university press releases, traces each of the 826 dev stories and
prints precision@1, recall of the true source, false sources per story, and (with each
story's true source hidden from it) the share of stories that still get a source. It also
counts the stories whose labelled release is not among the aligned candidates, or
shares no copied passage and at most five content-word pairs (consecutive content-word
stems, the trace's retelling evidence) with them: no acceptance rule can put that release
first without accepting topical neighbours, so they bound precision@1 from above.

With ``--cv`` it prints instead every figure (precision@1, recall, ranking alone, leak,
false sources per story, ECE of the confidence) on the whole dev set and under 5-fold
cross-validation grouped by release (see ``fit_confidence.py``); ``--cv --rule-feature``
measures the rules' verdict as one more feature of the confidence, its threshold the
accept rule under test (``--tau``, ``--leak-over-rules``: as ``fit_confidence.py``).

Run: ``python benchmarks/bench_insciout.py [--data ../shared/data/insciout] [--cv]``
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from fit_confidence import add_trace_arguments, cross_validate, rows_from_arguments
from sourcetrace.index import open_store
from sourcetrace.readers import read_jsonl
from sourcetrace.text import word_keys
from sourcetrace.trace import trace
from sourcetrace.tracing.evidence import _pairs

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "data" / "insciout"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=0, help="trace only the first N stories")
    parser.add_argument("--dump", type=Path, help="write per-story results as JSON Lines")
    parser.add_argument(
        "--cv",
        action="store_true",
        help="instead: every figure on the whole dev set and under 5-fold cross-validation "
        "grouped by release, for today's rules and a fitted confidence threshold",
    )
    parser.add_argument("--cache", type=Path, help="with --cv: candidate rows file (reused)")
    add_trace_arguments(parser, "with --cv: ")
    args = parser.parse_args()
    if args.cv:
        rows, names = rows_from_arguments(args)
        cross_validate(rows, names=names, tau=args.tau, leak_over_rules=args.leak_over_rules)
        return

    releases = list(read_jsonl(args.data / "press_releases.jsonl"))
    stories = list(read_jsonl(args.data / "news_dev.jsonl"))
    if args.limit:
        stories = stories[: args.limit]
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "index.db")
        store.add(releases)
        top1 = found = false = leaked = ranked = 0
        release_pairs = {r.id: _pairs(word_keys(r.text)) for r in releases}
        unreachable = {
            "not among the candidates": 0,
            "<= 5 shared word pairs and no copied passage": 0,
        }
        times: list[float] = []
        misses: list[str] = []
        dump = args.dump.open("w") if args.dump else None
        for story in stories:
            truth = story.meta["true_source"]
            t0 = time.perf_counter()
            result = trace(store, story.text, article_id=story.id)
            times.append(time.perf_counter() - t0)
            returned = [s.id for s in result.sources if s.derivation != "non"]
            labelled = [s for s in result.sources if s.id == truth]
            if not labelled:
                unreachable["not among the candidates"] += 1
            elif not any(p.kind == "copied" for p in labelled[0].passages) and (
                len(_pairs(word_keys(story.text)) & release_pairs.get(truth, set())) <= 5
            ):
                unreachable["<= 5 shared word pairs and no copied passage"] += 1
            top1 += bool(returned) and returned[0] == truth
            ranked += bool(result.sources) and result.sources[0].id == truth
            found += truth in returned
            false += sum(1 for r in returned if r != truth)
            if not returned or returned[0] != truth:
                misses.append(f"{story.id}: truth {truth}, got {returned[:3]}")
            hidden = trace(store, story.text, article_id=story.id, exclude=[truth])
            got = [s.id for s in hidden.sources if s.derivation != "non"]
            leaked += bool(got)
            if dump:
                row = {
                    "id": story.id,
                    "truth": truth,
                    "returned": returned,
                    "hidden": got,
                    "sources": [s.to_dict() for s in result.sources[:4]],
                    "hidden_sources": [s.to_dict() for s in hidden.sources[:2]],
                }
                for d in (*row["sources"], *row["hidden_sources"]):
                    d.pop("passages")
                dump.write(json.dumps(row) + "\n")
        store.close()
    n = len(stories)
    print(f"stories: {n}, releases indexed: {len(releases)}")
    print(f"precision@1:                       {top1 / n:.3f}  (target >= 0.95)")
    print(f"recall of the true source:         {found / n:.3f}  (target >= 0.95)")
    print(f"ranking alone (first listed):      {ranked / n:.3f}  (target >= 0.95)")
    print(f"false sources per story:           {false / n:.3f}  (target <= 0.10)")
    print(f"stories with a source when hidden: {leaked / n:.3f}  (target <= 0.05)")
    print(
        f"trace latency: median {statistics.median(times) * 1000:.1f} ms, "
        f"p95 {sorted(times)[int(0.95 * (n - 1))] * 1000:.1f} ms"
    )
    lost = sum(unreachable.values())
    print(
        f"stories whose labelled release no evidence can single out: {lost} ("
        + ", ".join(f"{v} {k}" for k, v in unreachable.items())
        + f"); precision@1 ceiling {(n - lost) / n:.3f}"
    )
    print(f"stories whose top source is not the labelled one ({len(misses)}):")
    for line in misses:
        print("  " + line)


if __name__ == "__main__":
    main()
