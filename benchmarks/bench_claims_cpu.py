"""Where the claims' time goes: CPU time of ``story_claims`` on ``bench_quotes.py`` part 3.

The 43 dev stories of 900-1,100 words are traced once with claims against the index of
``bench_claims_speed.py`` (the 360 releases plus ``--docs`` synthetic distractors), which
gives each story's sources and reported claims. Then ``story_claims`` alone is run on
them ``--repeat`` times a story, its caches cleared before each run, timed in CPU time
(``time.process_time``: far less sensitive than wall time to other work on the machine):
once as a trace runs it, and once with every statement's parse already made, which leaves
the part that is not spaCy's. Also prints how many statements and tokens are parsed, with
and without a strength cue (a statement without one asks the parse for its predicate).

Run: ``python benchmarks/bench_claims_cpu.py [--docs 100000] [--repeat 3]``
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import bench_web
import synth
from bench_quotes import DATA, read_jsonl
from sourcetrace import Index
from sourcetrace.claims import advice, align, cue_hits, main, population, predicate, strength
from sourcetrace.claims import story as claims_story

Inputs = tuple[str, list[Any], list[Any]]


def _clear() -> None:
    for name, mod in (
        ("_main_statements", main),
        ("_prepared", align),
        ("_main_pool", align),
        ("_from_context", population),
        ("_from_context", advice),
        ("_find_cues", cue_hits),
    ):
        fn = getattr(mod, name, None)
        if fn is not None:
            fn.cache_clear()
    predicate.clear()


def _inputs(index: Index, stories: Sequence[Any]) -> list[Inputs]:
    """Trace each story with claims; return what ``story_claims`` was given for it."""
    seen: list[Inputs] = []
    inner = claims_story.story_claims

    def spy(text: str, *, sources: Any = (), reported: Any = ()) -> Any:
        seen.append((text, list(sources), list(reported)))
        return inner(text, sources=sources, reported=reported)

    claims_story.story_claims = spy  # type: ignore[assignment]
    try:
        for s in stories:
            _clear()
            index.trace(s.text, article_id=s.id, claims=True)
    finally:
        claims_story.story_claims = inner  # type: ignore[assignment]
    return seen


def _timed(inputs: list[Inputs], repeat: int, before: Callable[[int], None]) -> list[float]:
    """Each story's median CPU seconds of ``story_claims`` over ``repeat`` runs."""
    runs: list[list[float]] = [[] for _ in inputs]
    for _ in range(repeat):
        for i, (text, sources, reported) in enumerate(inputs):
            _clear()
            before(i)
            t = time.process_time()
            claims_story.story_claims(text, sources=sources, reported=reported)
            runs[i].append(time.process_time() - t)
    return [statistics.median(r) for r in runs]


def main_(argv: Sequence[str] | None = None) -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="the insciout folder")
    parser.add_argument("--docs", type=int, default=100_000, help="synthetic distractors")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each story")
    parser.add_argument("--cache", type=Path, default=bench_web.CACHE)
    args = parser.parse_args(argv)
    bench_web.CACHE = args.cache
    bench_web.DATA = args.data
    corpus = synth.cache_path(args.docs, seed=0, cache_dir=args.cache, data=args.data)
    if not corpus.exists():
        args.cache.mkdir(parents=True, exist_ok=True)
        synth.build(args.docs, seed=0, path=corpus, data=args.data, verbose=True)
    db = bench_web._base_index(corpus, args.docs)
    stories = [s for s in read_jsonl(args.data / "news_dev.jsonl")]
    long = [s for s in stories if 900 <= len(s.text.split()) <= 1100]
    with Index.open(db, readonly=True) as index:
        inputs = _inputs(index, long)
    # The statements each story parses (made once, then handed back for the second timing).
    parses: list[dict[str, Any]] = []
    for text, sources, reported in inputs:
        _clear()
        claims_story.story_claims(text, sources=sources, reported=reported)
        parses.append(dict(predicate._PARSES))
    full = _timed(inputs, args.repeat, lambda i: None)
    rest = _timed(inputs, args.repeat, lambda i: predicate._PARSES.update(parses[i]))
    n = len(inputs)
    print(f"{n} stories of 900-1,100 words, story_claims run {args.repeat} times each (CPU time)")
    print(
        f"story_claims: median {statistics.median(full) * 1000:.1f} ms a story, "
        f"total {sum(full):.2f} s"
    )
    print(
        f"  with the statements' parse already made: median "
        f"{statistics.median(rest) * 1000:.1f} ms a story, total {sum(rest):.2f} s "
        f"(the parse: {1 - sum(rest) / sum(full):.0%} of the total)"
    )
    cue = {True: [0, 0], False: [0, 0]}
    for story_parses in parses:
        for text, doc in story_parses.items():
            k = bool(strength.find_cues(text))
            cue[k][0] += 1
            cue[k][1] += len(doc)
    print(
        f"statements parsed: {cue[True][0] + cue[False][0]} ({cue[True][1] + cue[False][1]:,} "
        f"tokens); with a cue {cue[True][0]} ({cue[True][1]:,} tokens), without "
        f"{cue[False][0]} ({cue[False][1]:,} tokens)"
    )


if __name__ == "__main__":
    main_()
