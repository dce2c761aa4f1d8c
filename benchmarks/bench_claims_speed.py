"""What claims add to the trace time of ``bench_quotes.py`` part 3 (issue 17, speed point).

The stories and index of ``bench_quotes.py`` part 3: the 43 dev stories of 900-1,100
words, traced with quotations against an index of the 360 releases plus ``--docs``
synthetic distractors (``bench_web.py``'s cached base index; built on first use). Each
story is traced with quotations but without claims, and with both; the order of the two
alternates from story to story (the second run finds the story's words in caches the
first filled), and the claims' own caches are cleared before each run, so each timing is
of a story never seen. Prints the medians and their ratio, and the median of each story's
own ratio (its runs follow one another, so they share the machine's load). With
``--no-reuse-arm``, a third run of each story labels claims without taking the statements'
parse from the quotation stage (:func:`sourcetrace.claims.predicate.adopt` off), in the
same rotation.

Run: ``python benchmarks/bench_claims_speed.py [--docs 100000] [--repeat 2]``
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Sequence
from pathlib import Path

import bench_web
import synth
from bench_quotes import DATA, read_jsonl
from sourcetrace import Index
from sourcetrace.claims import advice, align, cue_hits, main, population, predicate
from sourcetrace.claims import story as claims_story

#: The claims' caches, cleared before each timed run.
CACHES = (
    main._main_statements,
    align._prepared,
    align._main_pool,
    population._from_context,
    advice._from_context,
    cue_hits._find_cues,
)


def main_(argv: Sequence[str] | None = None) -> float:
    """Run the benchmark; return the ratio of the medians (with / without claims)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="the insciout folder")
    parser.add_argument("--docs", type=int, default=100_000, help="synthetic distractors")
    parser.add_argument("--repeat", type=int, default=2, help="passes over the stories")
    parser.add_argument("--cache", type=Path, default=bench_web.CACHE)
    parser.add_argument(
        "--no-reuse-arm",
        action="store_true",
        help="also time claims without the quotation stage's parse (a third run)",
    )
    args = parser.parse_args(argv)
    bench_web.CACHE = args.cache
    bench_web.DATA = args.data
    args.cache.mkdir(parents=True, exist_ok=True)
    corpus = synth.cache_path(args.docs, seed=0, cache_dir=args.cache, data=args.data)
    if not corpus.exists():
        synth.build(args.docs, seed=0, path=corpus, data=args.data, verbose=True)
    db = bench_web._base_index(corpus, args.docs)
    stories = [s for s in read_jsonl(args.data / "news_dev.jsonl")]
    long = [s for s in stories if 900 <= len(s.text.split()) <= 1100]
    without: list[float] = []
    with_: list[float] = []
    no_reuse: list[float] = []
    # Each story's ratio of its runs (taken one after the other, so under the same load).
    paired: list[float] = []
    paired_no_reuse: list[float] = []
    arms: list[str] = ["with", "without", *(["no_reuse"] if args.no_reuse_arm else [])]
    adopt = claims_story.adopt
    n_claims = 0
    with Index.open(db, readonly=True) as index:
        n_docs = len(index)
        for s in long[:3]:
            index.trace(s.text, article_id=s.id)
        for k, story in enumerate(long * args.repeat):
            for arm in arms[k % len(arms) :] + arms[: k % len(arms)]:
                for f in CACHES:
                    f.cache_clear()
                predicate.clear()
                claims_story.adopt = adopt if arm != "no_reuse" else _adopt_nothing
                t = time.perf_counter()
                result = index.trace(story.text, article_id=story.id, claims=arm != "without")
                {"with": with_, "without": without, "no_reuse": no_reuse}[arm].append(
                    time.perf_counter() - t
                )
                n_claims += len(result.claims) if arm == "with" else 0
            paired.append(with_[-1] / without[-1])
            if no_reuse:
                paired_no_reuse.append(no_reuse[-1] / without[-1])
    claims_story.adopt = adopt
    m0, m1 = statistics.median(without), statistics.median(with_)
    print(
        f"{len(long)} stories of 900-1,100 words, index of {n_docs:,} documents, "
        f"{args.repeat} passes, {n_claims // args.repeat} claims a pass"
    )
    print(
        f"quotes without claims: median {m0 * 1000:.0f} ms; with claims: median "
        f"{m1 * 1000:.0f} ms; claims add {m1 / m0 - 1:+.1%}  (target: at most +30%)"
    )
    print(f"median of each story's ratio (with / without): {statistics.median(paired) - 1:+.1%}")
    if no_reuse:
        m2 = statistics.median(no_reuse)
        print(
            f"with claims, the statements' parse not taken from the quotation stage: median "
            f"{m2 * 1000:.0f} ms; claims add {m2 / m0 - 1:+.1%}; median of each story's "
            f"ratio {statistics.median(paired_no_reuse) - 1:+.1%}"
        )
    return m1 / m0


def _adopt_nothing(article: str, spans: object) -> int:
    return 0


if __name__ == "__main__":
    main_()
