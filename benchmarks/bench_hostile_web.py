"""The web app under hostile clients: pathological texts from many clients at once (issue 14).

A server (``sourcetrace serve``, default limits: 2 tracing processes, a 20 s deadline,
texts up to 200,000 characters) runs on 127.0.0.1 over an index of InSciOut's 360 press
releases. ``--clients`` threads POST the pathological texts of
:mod:`hostile_texts` (every kind, at each ``--sizes``, cycling) to ``/api/trace`` and
``/api/quotes`` back to back for ``--duration`` seconds, while one more client, in a
process of its own, asks ``/api/health`` every ``--probe`` seconds. Traffic goes only to
127.0.0.1, and stops at ``--duration`` or ``--max-requests``, whichever comes first.

It prints the latency of health (p50, p95, max; a health answer that is not 200, or
slower than 1 s, is a failure), the answers to the hostile requests by status, and every
5xx but the documented 503 (a trace stopped at the deadline, or no worker free in time),
which must be none.

Run: ``python benchmarks/bench_hostile_web.py --clients 20 --duration 60``
"""

from __future__ import annotations

import argparse
import itertools
import json
import multiprocessing
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator
from multiprocessing.connection import Connection
from multiprocessing.synchronize import Event as EventType
from pathlib import Path
from typing import Any

import httpx

import hostile_texts
from sourcetrace import Index
from sourcetrace.readers import read_jsonl

HERE = Path(__file__).resolve().parent
RELEASES = Path("/work/shared/data/insciout/press_releases.jsonl")
JSON = {"content-type": "application/json"}
HEALTH_LIMIT = 1.0
"""Seconds: a slower health answer counts as a failure."""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _start_server(db: Path, port: int, log: Path, extra: list[str]) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "sourcetrace", "serve", "--db", str(db), "--port", str(port)]
    env = {**os.environ, "SOURCETRACE_TOKEN": ""}
    with log.open("wb") as out:
        proc = subprocess.Popen([*cmd, *extra], stdout=out, stderr=subprocess.STDOUT, env=env)
    deadline = time.monotonic() + 180
    while True:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2).status_code == 200:
                return proc
        except httpx.TransportError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            raise SystemExit(f"the server did not start; see {log}")
        time.sleep(0.3)


def _jobs(sizes: list[int]) -> Iterator[tuple[str, int, str]]:
    """Every (kind, size, endpoint), cycling for ever, in a fixed order."""
    kinds = sorted(hostile_texts.KINDS)
    endpoints = ["/api/trace", "/api/quotes"]
    order = [(k, n) for k in kinds for n in sizes]  # every size early on, not one by one
    return itertools.cycle([(k, n, endpoints[i % 2]) for i, (k, n) in enumerate(order)])


def _client(
    base: str,
    jobs: Iterator[tuple[str, int, str]],
    texts: dict[tuple[str, int], bytes],
    lock: threading.Lock,
    stop: threading.Event,
    budget: list[int],
    out: list[dict[str, Any]],
) -> None:
    with httpx.Client(base_url=base, timeout=120) as c:
        while not stop.is_set():
            with lock:
                if budget[0] <= 0:
                    return
                budget[0] -= 1
                kind, size, endpoint = next(jobs)
            started = time.monotonic()
            try:
                r = c.post(endpoint, content=texts[kind, size], headers=JSON)
                status, error = r.status_code, _error(r)
            except httpx.TransportError as exc:
                status, error = 0, f"{type(exc).__name__}: {exc}"
            out.append(
                {
                    "kind": kind,
                    "size": size,
                    "endpoint": endpoint,
                    "status": status,
                    "seconds": time.monotonic() - started,
                    "error": error,
                }
            )


def _error(r: httpx.Response) -> str | None:
    """The error message of a failed answer (JSON from the app, text from uvicorn)."""
    if r.status_code < 400:
        return None
    try:
        return str(r.json().get("error"))
    except ValueError:
        return r.text[:200]


def _probe(base: str, every: float, stop: EventType, out: Connection) -> None:
    """Time ``/api/health`` until ``stop``; send the (seconds, status) pairs back.

    It runs in a process of its own, so that the load clients' threads (holding this
    process's interpreter lock while they send) do not delay it and inflate its figures.
    """
    found = []
    with httpx.Client(base_url=base, timeout=30) as c:
        while not stop.is_set():
            started = time.monotonic()
            try:
                status = c.get("/api/health").status_code
            except httpx.TransportError:
                status = 0
            found.append((time.monotonic() - started, status))
            time.sleep(every)
    out.send(found)


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--clients", type=int, default=20)
    p.add_argument("--duration", type=float, default=60.0, help="seconds of load")
    p.add_argument("--max-requests", type=int, default=2000, help="stop after this many")
    p.add_argument("--probe", type=float, default=0.2, help="seconds between health checks")
    p.add_argument(
        "--sizes",
        default="10000,100000,1000000",
        help="text sizes in characters (over the server's 200,000 they must get 413)",
    )
    p.add_argument("--releases", type=Path, default=RELEASES, help="the documents to index")
    p.add_argument("--serve-args", default="", help="extra 'sourcetrace serve' options")
    p.add_argument("--json", type=Path, help="also write the figures here")
    args = p.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]

    texts = {
        (k, n): json.dumps({"text": hostile_texts.make(k, n)}).encode()
        for k in hostile_texts.KINDS
        for n in sizes
    }
    with tempfile.TemporaryDirectory(prefix="bench_hostile_web-") as tmp:
        db = Path(tmp) / "releases.db"
        with Index.open(db) as index:
            index.add(read_jsonl(args.releases))
            documents = len(index)
        port = _free_port()
        base = f"http://127.0.0.1:{port}"
        log = Path(tmp) / "server.log"
        server = _start_server(db, port, log, args.serve_args.split())
        stop = threading.Event()
        results: list[dict[str, Any]] = []
        lock = threading.Lock()
        budget = [args.max_requests]
        jobs = _jobs(sizes)
        try:
            ctx = multiprocessing.get_context("spawn")
            probe_stop = ctx.Event()
            receiver, sender = ctx.Pipe(duplex=False)
            prober = ctx.Process(target=_probe, args=(base, args.probe, probe_stop, sender))
            clients = [
                threading.Thread(
                    target=_client, args=(base, jobs, texts, lock, stop, budget, results)
                )
                for _ in range(args.clients)
            ]
            started = time.monotonic()
            prober.start()
            for t in clients:
                t.start()
            while time.monotonic() - started < args.duration and any(t.is_alive() for t in clients):
                time.sleep(0.2)
            stop.set()
            for t in clients:
                t.join()
            elapsed = time.monotonic() - started
            probe_stop.set()
            health = receiver.recv()
            prober.join()
        finally:
            server.terminate()
            server.wait(timeout=60)
        server_log = log.read_text(errors="replace")

    waits = [s for s, _ in health]
    statuses = Counter(r["status"] for r in results)
    bad = [r for r in results if (r["status"] >= 500 and r["status"] != 503) or r["status"] == 0]
    by_size = {n: dict(Counter(r["status"] for r in results if r["size"] == n)) for n in sizes}
    figures = {
        "clients": args.clients,
        "seconds": round(elapsed, 1),
        "documents": documents,
        "kinds": len(hostile_texts.KINDS),
        "sizes": sizes,
        "requests": len(results),
        "status": {str(k): v for k, v in sorted(statuses.items())},
        "status_by_size": {str(n): {str(k): v for k, v in c.items()} for n, c in by_size.items()},
        "unexpected_5xx_or_reset": len(bad),
        "max_request_s": round(max((r["seconds"] for r in results), default=0.0), 2),
        "health_checks": len(health),
        "health_failed": sum(1 for s, c in health if c != 200 or s > HEALTH_LIMIT),
        "health_p50_s": round(statistics.median(waits), 4) if waits else None,
        "health_p95_s": round(_quantile(waits, 0.95), 4) if waits else None,
        "health_max_s": round(max(waits), 4) if waits else None,
        "tracebacks_in_server_log": server_log.count("Traceback"),
    }
    print(json.dumps(figures, indent=2))
    for r in bad[:10]:
        print("UNEXPECTED:", json.dumps(r), file=sys.stderr)
    messages = Counter(
        (r["status"], (r["error"] or "")[:60]) for r in results if r["status"] >= 400
    )
    for (status, message), n in messages.most_common(8):
        print(f"{n:5d} × {status} {message}", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
    if bad or figures["health_failed"]:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
