"""Speed at scale: ingest and trace with 10k to 1M documents, against MinHashLSH.

Each index holds InSciOut's 360 real press releases plus synthetic distractors
(:mod:`synth`: word-trigram text sharing no word 8-gram with anything). The queries are
real dev stories; ``true_source`` names the right release. For each size it prints ingest
throughput, the time ``Index.optimize()`` then takes (merging the full-text index and
recording term counts, as after any bulk load), trace latency (``Index.trace``:
retrieval, alignment and judgement; then, in a separate process, with the quotation
checks of issue 3 as well),
peak memory, size on disk and precision@1, and the same workload through datasketch's
MinHashLSH (num_perm=128, word 5-gram shingles, threshold 0.1, candidates ranked by
estimated Jaccard) as the reference.

Every stage runs in its own process, so its peak resident memory (``ru_maxrss``) is its
own, SQLite's page cache included.

Run: ``python benchmarks/bench_scale.py --sizes 10000 100000 1000000 --queries 200``
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Any

import synth
from sourcetrace import Document, Index
from sourcetrace.readers import read_jsonl
from sourcetrace.text import words

HERE = Path(__file__).resolve().parent
NUM_PERM = 128
SHINGLE = 5
THRESHOLD = 0.1


def _peak_mb() -> float:
    """Peak resident memory of this process (MB) since it started its program.

    Linux's ``ru_maxrss`` survives ``exec``: a stage started after the parent generated
    a synthetic corpus reported the parent's peak. ``VmHWM`` belongs to the program.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


class _Source:
    """The documents of one size: the real releases, then ``size - 360`` distractors.

    Distractors come from the cached corpus of that size, or are generated on the fly when
    it is missing (``--stream``). The wall and CPU time spent producing them is measured,
    so that it can be told apart from the time spent indexing them.
    """

    def __init__(self, args: argparse.Namespace, size: int) -> None:
        self.args, self.size = args, size
        self.seconds = self.cpu = 0.0
        self.docs = 0
        self.mb = 0.0
        self.streamed = False

    def _docs(self) -> Iterator[Document]:
        args = self.args
        releases = list(read_jsonl(args.data / "press_releases.jsonl"))
        yield from releases
        n = max(self.size - len(releases), 0)
        path = synth.cache_path(self.size, seed=args.seed, cache_dir=args.cache_dir, data=args.data)
        if path.exists():
            yield from islice(synth.read_corpus(path), n)
        else:
            self.streamed = True
            yield from synth.generate(self.size, seed=args.seed, cache_dir=None, data=args.data)

    def __iter__(self) -> Iterator[Document]:
        it = self._docs()
        limit = self.size
        while self.docs < limit:
            t0, c0 = time.perf_counter(), time.process_time()
            doc = next(it, None)
            self.seconds += time.perf_counter() - t0
            self.cpu += time.process_time() - c0
            if doc is None:
                return
            self.docs += 1
            self.mb += len(doc.text.encode("utf-8")) / 1e6
            yield doc

    def figures(self, seconds: float, cpu: float) -> dict[str, Any]:
        return {
            "docs": self.docs,
            "mb": self.mb,
            "seconds": seconds,
            "cpu": cpu,
            "source_seconds": self.seconds,
            "source_cpu": self.cpu,
            "streamed": self.streamed,
            "peak_mb": _peak_mb(),
        }


def _stories(args: argparse.Namespace) -> list[Document]:
    stories = list(read_jsonl(args.data / "news_dev.jsonl"))
    if args.queries and args.queries < len(stories):
        stories = random.Random(args.seed).sample(stories, args.queries)
    return stories


def _latency(times: list[float], cpu: list[float]) -> dict[str, float]:
    ordered = sorted(times)
    return {
        "median_ms": statistics.median(ordered) * 1000,
        "p95_ms": ordered[int(0.95 * (len(ordered) - 1))] * 1000,
        "cpu_median_ms": statistics.median(cpu) * 1000,
    }


# --- stages, each run in a fresh process -------------------------------------------------


def stage_ingest(args: argparse.Namespace) -> dict[str, Any]:
    db = Path(args.db)
    source = _Source(args, args.size)
    t0, c0 = time.perf_counter(), time.process_time()
    with Index.open(db) as index:
        index.add(source)
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
        t1 = time.perf_counter()
        if args.optimize:
            index.optimize()
        optimize = time.perf_counter() - t1
    disk = sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))
    result = {**source.figures(seconds, cpu), "disk": disk, "optimize_seconds": optimize}
    _saved(db).write_text(json.dumps(result))
    return result


def _saved(db: Path) -> Path:
    """Where the ingest stage leaves its figures, so that ``--reuse`` can skip it."""
    return db.with_name(db.name + ".ingest.json")


def stage_query(args: argparse.Namespace, *, quotes: bool = False) -> dict[str, Any]:
    """Trace the sampled stories: sources and passages only, or with quotation checks.

    Without quotation checks each story is also traced, untimed, with its true release
    left out, as in ``bench_insciout.py``: the share that still gets a source tells
    whether a topical neighbour is taken for a source as the index grows.
    """
    stories = _stories(args)
    times: list[float] = []
    cpu: list[float] = []
    top1 = hidden = 0
    with Index.open(args.db, readonly=True) as index:
        for story in stories:
            truth = story.meta["true_source"]
            t0, c0 = time.perf_counter(), time.process_time()
            result = index.trace(story.text, article_id=story.id, quotes=quotes)
            times.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
            returned = [s.id for s in result.sources if s.derivation != "non"]
            top1 += bool(returned) and returned[0] == truth
            if not quotes:
                rest = index.trace(story.text, article_id=story.id, exclude=[truth], quotes=False)
                hidden += any(s.derivation != "non" for s in rest.sources)
    figures = {"p1": top1 / len(stories), **_latency(times, cpu), "peak_mb": _peak_mb()}
    if not quotes:
        figures["hidden"] = hidden / len(stories)
    return figures


def _shingles(text: str) -> list[bytes]:
    keys = words(text).keys
    grams = {" ".join(keys[i : i + SHINGLE]) for i in range(len(keys) - SHINGLE + 1)}
    return [g.encode("utf-8") for g in grams]


def stage_minhash(args: argparse.Namespace) -> dict[str, Any]:
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    stored: dict[str, MinHash] = {}
    source = _Source(args, args.size)
    t0, c0 = time.perf_counter(), time.process_time()
    with lsh.insertion_session() as session:
        for doc in source:
            m = MinHash(num_perm=NUM_PERM)
            m.update_batch(_shingles(doc.text))
            session.insert(doc.id, m)
            stored[doc.id] = m
    ingest = source.figures(time.perf_counter() - t0, time.process_time() - c0)
    stories = _stories(args)
    times: list[float] = []
    cpu: list[float] = []
    top1 = 0
    for story in stories:
        t0, c0 = time.perf_counter(), time.process_time()
        m = MinHash(num_perm=NUM_PERM)
        m.update_batch(_shingles(story.text))
        found = sorted(((m.jaccard(stored[k]), k) for k in lsh.query(m)), reverse=True)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
        top1 += bool(found) and found[0][1] == story.meta["true_source"]
    query = {"p1": top1 / len(stories), **_latency(times, cpu), "peak_mb": _peak_mb()}
    return {"ingest": ingest, "query": query}


def stage_query_quotes(args: argparse.Namespace) -> dict[str, Any]:
    """Trace the sampled stories with their quotations checked too (issue 3's workload)."""
    return stage_query(args, quotes=True)


STAGES = {
    "ingest": stage_ingest,
    "query": stage_query,
    "query_quotes": stage_query_quotes,
    "minhash": stage_minhash,
}


# --- the driver ----------------------------------------------------------------------------


def _run(args: argparse.Namespace, stage: str, size: int, db: Path) -> dict[str, Any]:
    cmd = [
        sys.executable,
        __file__,
        "--stage",
        stage,
        "--size",
        str(size),
        "--db",
        str(db),
        "--queries",
        str(args.queries),
        "--seed",
        str(args.seed),
        "--data",
        str(args.data),
        "--cache-dir",
        str(args.cache_dir),
        "--optimize" if args.optimize else "--no-optimize",
    ]
    out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True).stdout
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return result


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}x" if b else "-"


def _table(size: int, st: dict[str, Any], mh: dict[str, Any] | None) -> str:
    rows = [
        ("ingest docs/s", "{:,.0f}", lambda i, q: i["docs"] / (i["seconds"] - i["source_seconds"])),
        ("ingest MB/s", "{:.2f}", lambda i, q: i["mb"] / (i["seconds"] - i["source_seconds"])),
        ("ingest docs/CPU-s", "{:,.0f}", lambda i, q: i["docs"] / (i["cpu"] - i["source_cpu"])),
        ("end to end docs/s", "{:,.0f}", lambda i, q: i["docs"] / i["seconds"]),
        ("ingest peak RSS MB", "{:,.0f}", lambda i, q: i["peak_mb"]),
        ("optimize s", "{:.1f}", lambda i, q: i.get("optimize_seconds", 0.0)),
        ("trace median ms", "{:.1f}", lambda i, q: q["median_ms"]),
        ("trace p95 ms", "{:.1f}", lambda i, q: q["p95_ms"]),
        ("trace median CPU ms", "{:.1f}", lambda i, q: q["cpu_median_ms"]),
        ("query peak RSS MB", "{:,.0f}", lambda i, q: q["peak_mb"]),
        ("precision@1", "{:.3f}", lambda i, q: q["p1"]),
        ("source when hidden", "{:.3f}", lambda i, q: q.get("hidden")),
    ]
    quoted = st.get("query_quotes")
    ing = st["ingest"]
    lines = [
        f"## {size:,} documents ({ing['mb']:,.0f} MB of text); "
        f"index on disk {ing['disk'] / 1e6:,.0f} MB",
        f"| {'measure':<20} | {'sourcetrace':>12} | {'MinHashLSH':>12} | {'ratio':>8} |",
        f"|{'-' * 22}|{'-' * 14}|{'-' * 14}|{'-' * 10}|",
    ]
    for name, fmt, get in rows:
        value = get(st["ingest"], st["query"])
        other = get(mh["ingest"], mh["query"]) if mh else None
        mine = fmt.format(value) if value is not None else "-"
        shown = fmt.format(other) if other is not None else "-"
        ratio = _ratio(value, other) if value is not None and other is not None else "-"
        lines.append(f"| {name:<20} | {mine:>12} | {shown:>12} | {ratio:>8} |")
    if quoted:
        lines.append(
            f"With quotation checks (Index.trace's default): median "
            f"{quoted['median_ms']:.1f} ms, p95 {quoted['p95_ms']:.1f} ms, median CPU "
            f"{quoted['cpu_median_ms']:.1f} ms, precision@1 {quoted['p1']:.3f}"
        )
    if ing["streamed"]:
        lines.append(
            "(distractors generated while ingesting: their time is left out of the ingest "
            "rates, but the generator's memory is in the ingest peak RSS)"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--queries", type=int, default=200, help="stories sampled (0: all)")
    switches = (
        ("--reference", "also run MinHashLSH"),
        ("--optimize", "run Index.optimize() after the ingest (timed apart from it)"),
        ("--quotes", "also time traces with their quotations checked"),
    )
    for flag, text in switches:
        parser.add_argument(flag, action=argparse.BooleanOptionalAction, default=True, help=text)
    parser.add_argument(
        "--reference-max",
        type=int,
        default=0,
        help="run MinHashLSH only up to this size (0: every size)",
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--data", type=Path, default=synth.DEFAULT_DATA)
    parser.add_argument(
        "--stream",
        action="store_true",
        help="generate missing corpora while ingesting instead of caching them first",
    )
    parser.add_argument("--cache-dir", type=Path, default=synth.DEFAULT_CACHE)
    parser.add_argument("--workdir", type=Path, help="where the indexes go (default: a tmp dir)")
    parser.add_argument("--keep", action="store_true", help="keep the indexes")
    parser.add_argument(
        "--reuse", action="store_true", help="reuse indexes a --keep run left in --workdir"
    )
    parser.add_argument("--stage", choices=sorted(STAGES), help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.stage:
        print(json.dumps(STAGES[args.stage](args)))
        return

    for size in args.sizes:
        path = synth.cache_path(size, seed=args.seed, cache_dir=args.cache_dir, data=args.data)
        if not path.exists() and not args.stream:
            print(f"building the synthetic corpus {path.name} ...", flush=True)
            synth.build(size, seed=args.seed, path=path, data=args.data, verbose=True)
    work = Path(args.workdir or tempfile.mkdtemp(prefix="bench_scale-"))
    work.mkdir(parents=True, exist_ok=True)
    print(
        f"# sourcetrace speed at scale: {os.cpu_count()} cores, queries {args.queries or 'all'}, "
        f"corpora {synth.VERSION} seed {args.seed}",
        flush=True,
    )
    try:
        for size in args.sizes:
            db = work / f"scale-{size}.db"
            if args.reuse and _saved(db).exists():
                st = {"ingest": json.loads(_saved(db).read_text())}
            else:
                for old in work.glob(db.name + "*"):
                    old.unlink()
                st = {"ingest": _run(args, "ingest", size, db)}
            st["query"] = _run(args, "query", size, db)
            if args.quotes:
                st["query_quotes"] = _run(args, "query_quotes", size, db)
            mh = None
            if args.reference and (not args.reference_max or size <= args.reference_max):
                mh = _run(args, "minhash", size, db)
            print(_table(size, st, mh), flush=True)
            print("raw: " + json.dumps({"size": size, "sourcetrace": st, "minhash": mh}))
            if not args.keep:
                for old in work.glob(db.name + "*"):
                    old.unlink()
    finally:
        if not args.keep and not args.workdir:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
