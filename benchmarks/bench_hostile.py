"""Hostile text through ``quotes`` and ``trace``: time, peak memory, growth per 10x (issue 14).

Every kind of :mod:`hostile_texts` (and the plain-prose reference) at each size (10k,
100k and 1M characters by default) goes through two library calls, each case in a
subprocess of its own so that its peak memory (``VmHWM`` of ``/proc/self/status``) and
its time are its own, under a timeout:

* ``quotes``: :func:`sourcetrace.quotes.scan` with the dependency parse, what
  ``sourcetrace quotes`` runs without an index;
* ``trace``: :meth:`sourcetrace.Index.trace` with quotation checks, what
  ``sourcetrace trace`` and ``quotes --db`` run, on an index of the 360 InSciOut press
  releases (built once in a temporary folder from ``../shared/data``).

The subprocess loads the parser and opens the index before the clock starts (a warm
server, as the web app is); the text is generated before it too. The table gives, per
kind and call: seconds and peak MB at each size, the growth of time per 10x (1M/100k and
100k/10k), the time relative to the reference (plain prose of the same size) and the
notices raised. A case is flagged when, at 1M characters, it takes over 20 s or 1 GB,
or its time grows more than 12x per 10x. Speed is a ratio in the same run, never an
assertion: the machine is shared.

Run: ``python benchmarks/bench_hostile.py [--sizes 10000,100000,1000000] [--kinds a,b]
[--calls quotes,trace] [--timeout 120] [--json out.jsonl]``
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import hostile_texts  # noqa: E402

DATA = HERE.parent.parent / "shared" / "data"
TARGET_SECONDS = 20.0
TARGET_MB = 1024.0
TARGET_GROWTH = 12.0
CHILD = """
import json, sys, time
sys.path.insert(0, {here!r})
import hostile_texts
from sourcetrace import Index
from sourcetrace import quotes as q
from sourcetrace.quotes.syntax import load_parser

def peak_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0

load_parser()
index = Index.open({db!r}, readonly=True) if {call!r} == "trace" else None
text = hostile_texts.make({kind!r}, {size!r})
start_mb = peak_mb()
t0 = time.perf_counter()
if index is not None:
    result = index.trace(text)
    found = (len(result.quotes), len(result.sources), list(result.notices))
else:
    scanned = q.scan(text)
    found = (len(scanned.quotes), 0, list(scanned.notices))
seconds = time.perf_counter() - t0
print(json.dumps({{"seconds": seconds, "peak_mb": peak_mb(), "start_mb": start_mb,
                  "quotes": found[0], "sources": found[1], "notices": found[2]}}))
"""


def _build_index(folder: Path, data: Path) -> Path:
    db = folder / "releases.db"
    releases = data / "insciout" / "press_releases.jsonl"
    subprocess.run(
        [sys.executable, "-m", "sourcetrace", "ingest", "--db", str(db), "-j", "1", str(releases)],
        check=True,
        capture_output=True,
    )
    return db


def _run(kind: str, size: int, call: str, db: Path, timeout: float) -> dict[str, object]:
    code = CHILD.format(here=str(HERE), db=str(db), call=call, kind=kind, size=size)
    began = time.perf_counter()
    try:
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout
        )
    except subprocess.TimeoutExpired:
        return {"error": f"timeout after {timeout:.0f} s", "wall": time.perf_counter() - began}
    if done.returncode != 0:
        tail = (done.stderr.strip().splitlines() or ["?"])[-1]
        return {"error": f"exit {done.returncode}: {tail[:120]}"}
    out: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return out


def _fmt_growth(a: object, b: object) -> str:
    if isinstance(a, float) and isinstance(b, float) and b > 0:
        return f"{a / b:.1f}"
    return "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--kinds", default=",".join(hostile_texts.ALL))
    parser.add_argument("--calls", default="quotes,trace")
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--json", type=Path, help="Also write every case as JSON Lines.")
    parser.add_argument("--data", type=Path, default=DATA, help="The shared data folder.")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    kinds = [k for k in args.kinds.split(",") if k]
    if hostile_texts.REFERENCE not in kinds:
        kinds.append(hostile_texts.REFERENCE)
    calls = args.calls.split(",")
    unknown = [k for k in kinds if k not in hostile_texts.ALL]
    if unknown:
        sys.exit(f"unknown kind(s): {', '.join(unknown)}; see benchmarks/hostile_texts.py")
    log = args.json.open("w", encoding="utf-8") if args.json else None
    with tempfile.TemporaryDirectory(prefix="bench-hostile-") as tmp:
        db = _build_index(Path(tmp), args.data) if "trace" in calls else Path(tmp) / "none.db"
        results: dict[tuple[str, str, int], dict[str, object]] = {}
        for call in calls:
            for kind in kinds:
                for size in sizes:
                    r = _run(kind, size, call, db, args.timeout)
                    results[(call, kind, size)] = r
                    if log is not None:
                        log.write(json.dumps({"call": call, "kind": kind, "size": size, **r}))
                        log.write("\n")
                        log.flush()
                    sys.stderr.write(f"{call} {kind} {size}: {r}\n")
    if log is not None:
        log.close()
    _table(results, calls, kinds, sizes)


def _table(
    results: dict[tuple[str, str, int], dict[str, object]],
    calls: list[str],
    kinds: list[str],
    sizes: list[int],
) -> None:
    big = max(sizes)
    head = ["call", "kind"]
    for size in sizes:
        head += [f"s @{size // 1000}k", f"MB @{size // 1000}k"]
    head += ["growth/10x", f"x ref @{big // 1000}k", "notices @max", "flag"]
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    flagged = 0
    for call in calls:
        ref = results.get((call, hostile_texts.REFERENCE, big), {}).get("seconds")
        for kind in kinds:
            row = [call, kind]
            secs: list[object] = []
            flags: list[str] = []
            for size in sizes:
                r = results[(call, kind, size)]
                if "error" in r:
                    row += [str(r["error"]), "-"]
                    secs.append(None)
                    flags.append("failed")
                    continue
                s, mb = float(str(r["seconds"])), float(str(r["peak_mb"]))
                row += [f"{s:.2f}", f"{mb:.0f}"]
                secs.append(s)
                if size >= 1_000_000 and s > TARGET_SECONDS:
                    flags.append(f">{TARGET_SECONDS:.0f}s")
                if size >= 1_000_000 and mb > TARGET_MB:
                    flags.append(">1GB")
            growth = [
                _fmt_growth(secs[i + 1], secs[i])
                for i in range(len(secs) - 1)
                if sizes[i + 1] == sizes[i] * 10
            ]
            # Growth below 0.1 s is timer noise and start-up: not judged.
            for i in range(len(secs) - 1):
                a, b = secs[i + 1], secs[i]
                grows = isinstance(a, float) and isinstance(b, float) and a > 0.5
                if grows and float(str(a)) / max(float(str(b)), 0.05) > TARGET_GROWTH:
                    flags.append("growth")
            top = results[(call, kind, big)]
            row += [
                " / ".join(reversed(growth)) or "-",
                _fmt_growth(top.get("seconds"), ref),
                str(len(top.get("notices", []) or [])),  # type: ignore[arg-type]
                ", ".join(flags) or "ok",
            ]
            flagged += bool(flags)
            print("| " + " | ".join(row) + " |")
    print(
        f"\n{flagged} case(s) flagged; targets at 1M: <{TARGET_SECONDS:.0f} s, <1 GB; "
        f"growth per 10x <= {TARGET_GROWTH:.0f}x."
    )
    print(f"python {sys.version.split()[0]}, pid {os.getpid()}")


if __name__ == "__main__":
    main()
