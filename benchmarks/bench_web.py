"""Load on the web API: concurrent clients tracing real stories while another process ingests.

A server (``sourcetrace serve``, one uvicorn process) runs over an index of InSciOut's 360
real press releases plus synthetic distractors (:mod:`synth`, cached under
``benchmarks/.cache/``). ``--clients`` threads each POST real dev stories
(``news_dev.jsonl``) to ``/api/trace`` back to back for ``--duration`` seconds, while a
separate ``sourcetrace ingest`` process writes new documents into the same database file.
It prints requests per second, p50/p99 latency, failed requests (any non-200 answer or
transport error), the share of answers whose top source is the labelled release, and how
many documents the ingest committed meanwhile.

The base index is built once and cached (``benchmarks/.cache/bench_web-*.db``); each run
works on a copy, so runs are comparable.

Run: ``python benchmarks/bench_web.py --docs 100000 --clients 20 --duration 60``
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Any

import httpx

import synth
from sourcetrace import Document, Index
from sourcetrace.readers import read_jsonl

HERE = Path(__file__).resolve().parent
DATA = HERE.parent.parent / "shared" / "data" / "insciout"
CACHE = HERE / ".cache"


def _synthetic(docs: int, seed: int, *, generate: bool) -> tuple[Path | None, int]:
    """Return the cached synthetic corpus to use and how many documents it holds."""
    want = synth.cache_path(docs, seed=seed, cache_dir=CACHE)
    if want.exists() or generate:
        if not want.exists():
            synth.build(docs, seed=seed, path=want, verbose=True)
        return want, docs
    prefix = want.name.split("-n")[0]
    found = []
    for path in CACHE.glob(f"{prefix}-n*-s{seed}.jsonl.gz"):
        n = int(path.name.split("-n")[1].split("-")[0])
        found.append((n, path))
    if not found:
        return None, 0
    n, path = max(found)
    return path, min(n, docs)


def _corpus(synthetic: Path | None, n: int) -> Iterator[Document]:
    yield from read_jsonl(DATA / "press_releases.jsonl")
    if synthetic is not None:
        yield from islice(synth.read_corpus(synthetic), n)


def _base_index(synthetic: Path | None, n: int) -> Path:
    """Build (once) the index of releases plus ``n`` distractors; return its path."""
    name = f"bench_web-{synthetic.name.split('.jsonl')[0] if synthetic else 'none'}-{n}.db"
    path = CACHE / name
    if path.exists():
        return path
    tmp = path.with_suffix(".building")
    tmp.unlink(missing_ok=True)
    t0 = time.perf_counter()
    with Index.open(tmp) as index:
        added = index.add(_corpus(synthetic, n), batch_size=2000)
    print(f"built {path.name}: {added:,} documents in {time.perf_counter() - t0:.0f} s")
    for suffix in ("-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    tmp.replace(path)
    return path


def _ingest_file(synthetic: Path | None, count: int, folder: Path) -> Path:
    """Write documents for the concurrent ingest: distractor texts under new ids."""
    out = folder / "live.jsonl"
    source: Iterator[Document] = (
        synth.read_corpus(synthetic) if synthetic else read_jsonl(DATA / "press_releases.jsonl")
    )
    with out.open("w", encoding="utf-8") as f:
        for i, doc in enumerate(islice(itertools.cycle(list(islice(source, count))), count)):
            record = {"id": f"live-{i}", "text": doc.text, "kind": "source"}
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _count(base: str) -> int:
    with urllib.request.urlopen(base + "/api/health", timeout=60) as r:
        return int(json.load(r)["documents"])


def _start_server(db: Path, port: int, log: Path, workers: int) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "sourcetrace", "serve", "--db", str(db), "--port", str(port)]
    cmd += ["--jobs", str(workers)]
    env = {**os.environ, "SOURCETRACE_TOKEN": ""}
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while True:
        try:
            _count(base)
            return proc
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"the server did not start; see {log}") from None
            time.sleep(0.3)


def _client(
    base: str,
    stories: list[Document],
    order: Iterator[int],
    lock: threading.Lock,
    deadline: float,
    out: list[dict[str, Any]],
) -> None:
    with httpx.Client(base_url=base, timeout=600) as http:
        while time.monotonic() < deadline:
            with lock:
                story = stories[next(order) % len(stories)]
            t0 = time.perf_counter()
            record: dict[str, Any] = {"ok": False, "hit": False}
            try:
                r = http.post("/api/trace", json={"text": story.text, "id": story.id})
                record["status"] = r.status_code
                if r.status_code == 200:
                    record["ok"] = True
                    found = [s["id"] for s in r.json()["sources"]]
                    record["hit"] = bool(found) and found[0] == story.meta.get("true_source")
            except httpx.HTTPError as exc:
                record["status"] = type(exc).__name__
            record["seconds"] = time.perf_counter() - t0
            record["end"] = time.monotonic()
            out.append(record)


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--docs", type=int, default=100_000, help="synthetic distractors wanted")
    p.add_argument("--clients", type=int, default=20)
    p.add_argument("--duration", type=float, default=60.0, help="seconds of load")
    p.add_argument(
        "--ingest-docs", type=int, default=20_000, help="documents to ingest meanwhile (0: none)"
    )
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--workers", type=int, default=1, help="server processes (serve --jobs)")
    p.add_argument("--generate", action="store_true", help="generate the corpus if not cached")
    p.add_argument("--keep", type=Path, help="copy the server and ingest logs to this folder")
    args = p.parse_args()

    synthetic, n = _synthetic(args.docs, args.seed, generate=args.generate)
    if n < args.docs:
        have = synthetic.name if synthetic else "none"
        print(f"NOTE: no cached corpus of {args.docs:,} distractors; using {n:,} ({have})")
    base_db = _base_index(synthetic, n)
    stories = list(read_jsonl(DATA / "news_dev.jsonl"))

    with tempfile.TemporaryDirectory(prefix="bench_web-") as tmp:
        folder = Path(tmp)
        db = folder / "index.db"
        shutil.copy(base_db, db)
        live = _ingest_file(synthetic, args.ingest_docs, folder) if args.ingest_docs else None
        port = _free_port()
        server = _start_server(db, port, folder / "server.log", args.workers)
        base = f"http://127.0.0.1:{port}"
        before = _count(base)
        ingest_cmd = [sys.executable, "-m", "sourcetrace", "ingest", "--db", str(db), str(live)]
        ingest = subprocess.Popen(
            ingest_cmd if live else [sys.executable, "-c", "print('no ingest')"],
            stdout=subprocess.DEVNULL,
            stderr=(folder / "ingest.log").open("wb"),
        )
        results: list[dict[str, Any]] = []
        lock = threading.Lock()
        order = itertools.count()
        start = time.monotonic()
        deadline = start + args.duration
        threads = [
            threading.Thread(target=_client, args=(base, stories, order, lock, deadline, results))
            for _ in range(args.clients)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = max(r["end"] for r in results) - start
        ingest_running = ingest.poll() is None
        after = _count(base)
        if ingest_running:
            ingest.terminate()
        ingest.wait()
        server.terminate()
        server.wait(timeout=30)
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            for name in ("server.log", "ingest.log"):
                shutil.copy(folder / name, args.keep / name)

    lat = [r["seconds"] for r in results if r["ok"]]
    failed = [r for r in results if not r["ok"]]
    summary = {
        "index_documents": before,
        "distractors": n,
        "clients": args.clients,
        "server_workers": args.workers,
        "duration_s": round(elapsed, 1),
        "requests": len(results),
        "requests_per_s": round(len(results) / elapsed, 2),
        "p50_ms": round(statistics.median(lat) * 1000) if lat else None,
        "p99_ms": round(_pct(lat, 0.99) * 1000) if lat else None,
        "max_ms": round(max(lat) * 1000) if lat else None,
        "failed": len(failed),
        "failed_statuses": sorted({str(r["status"]) for r in failed}),
        "top_source_is_label": round(sum(r["hit"] for r in results) / max(1, len(results)), 3),
        "ingested_during_run": after - before,
        "ingest_still_running_at_end": ingest_running,
        "cores": os.cpu_count(),
    }
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
