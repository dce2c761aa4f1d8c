"""What the checks at open cost: ``PRAGMA quick_check`` and ``Index.open`` by index size.

Fills a temporary index with copies of the InSciOut releases and dev stories (each copy
under new ids) and, at a few sizes, times ``PRAGMA quick_check`` on its own and a
read-only ``Index.open`` (which runs it up to ``QUICK_CHECK_MAX_BYTES``), best of three,
from the page cache.

    python benchmarks/bench_index_open.py [--copies 40]
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
from pathlib import Path

from sourcetrace import Document, Index
from sourcetrace.index.safety import QUICK_CHECK_MAX_BYTES
from sourcetrace.readers import read_jsonl

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "insciout"


def _best(seconds: list[float]) -> str:
    return f"{min(seconds):.3f} s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--copies", type=int, default=40, help="copies of the texts")
    args = parser.parse_args()
    texts = [
        d.text
        for f in ("press_releases.jsonl", "news_dev.jsonl")
        for d in read_jsonl(args.data / f)
    ]
    report = {1, 5, 10, 20, args.copies}
    print(f"quick_check runs at open up to {QUICK_CHECK_MAX_BYTES / 2**20:.0f} MiB")
    print("| index | documents | quick_check | Index.open(readonly) |")
    print("|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "i.db"
        with Index.open(db) as index:
            for copy in range(1, args.copies + 1):
                docs = [Document(id=f"{copy}-{i}", text=t) for i, t in enumerate(texts)]
                index.add(docs, batch_size=2000)
                if copy not in report:
                    continue
                with sqlite3.connect(db) as conn:  # the whole index in the main file
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                conn.close()
                checks, opens = [], []
                for _ in range(3):
                    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
                    t0 = time.perf_counter()
                    conn.execute("PRAGMA quick_check(1)").fetchall()
                    checks.append(time.perf_counter() - t0)
                    conn.close()
                    t0 = time.perf_counter()
                    Index.open(db, readonly=True).close()
                    opens.append(time.perf_counter() - t0)
                size = db.stat().st_size / 2**20
                print(f"| {size:.0f} MiB | {len(index):,} | {_best(checks)} | {_best(opens)} |")


if __name__ == "__main__":
    main()
