"""Tracing many stories on one process and on several (``Index.trace_many``).

Indexes the 360 InSciOut press releases in a temporary index and traces the 826 dev
stories, quotation checks included, with one job (the reference) and with ``--jobs``
jobs; checks that both give the same results and prints the rates.

    python benchmarks/bench_trace_many.py [--jobs 0] [--limit N]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from sourcetrace import Index
from sourcetrace.parallel import default_jobs
from sourcetrace.readers import read_jsonl

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "insciout"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--jobs", type=int, default=0, help="processes (0: every CPU)")
    parser.add_argument("--limit", type=int, default=0, help="trace only the first N stories")
    args = parser.parse_args()
    jobs = args.jobs or default_jobs()
    stories = list(read_jsonl(args.data / "news_dev.jsonl"))
    if args.limit:
        stories = stories[: args.limit]
    with tempfile.TemporaryDirectory() as tmp, Index.open(Path(tmp) / "i.db") as index:
        releases = index.add(read_jsonl(args.data / "press_releases.jsonl"))
        timings = {}
        outputs = {}
        for n in (1, jobs):
            t0 = time.perf_counter()
            outputs[n] = [r.to_dict(include_non=True) for r in index.trace_many(stories, jobs=n)]
            timings[n] = time.perf_counter() - t0
    k = len(stories)
    print(f"{k} stories against {releases} releases, quotation checks included")
    print(f"1 process (reference): {timings[1]:.1f} s, {k / timings[1]:.1f} stories/s")
    print(
        f"{jobs} processes:          {timings[jobs]:.1f} s, {k / timings[jobs]:.1f} stories/s "
        f"({timings[1] / timings[jobs]:.2f}x)"
    )
    print(f"same results in the same order: {outputs[1] == outputs[jobs]}")


if __name__ == "__main__":
    main()
