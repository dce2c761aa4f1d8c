"""Quotation extraction and speaker attribution on PolNeAR, scored by the shared scorer.

Extracts the direct quotations of every article of a PolNeAR split, writes them in the
scorer's prediction format, and runs ``../shared/tools/score_quotes.py GOLD PRED
--ignore-fragments`` on them (quotation precision, recall, F1 and speaker accuracy).

Run: ``python benchmarks/bench_polnear.py [--split dev|train] [--keep PRED.jsonl]
[--rules-only]``. With the ``quotes`` extra installed, attribution uses spaCy's parse
unless ``--rules-only`` is given.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sourcetrace.quotes import extract_quotes

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"
DEFAULT_DATA = SHARED / "data" / "polnear" / "data"
SCORER = SHARED / "tools" / "score_quotes.py"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--split", default="dev")
    parser.add_argument("--keep", type=Path, help="also write the predictions here")
    parser.add_argument(
        "--rules-only", action="store_true", help="no dependency parse even if spaCy is installed"
    )
    args = parser.parse_args()
    gold = args.data / args.split
    texts = sorted((gold / "text").glob("*.txt"))
    if not texts or not SCORER.is_file():
        missing = SCORER if texts else gold / "text"
        sys.exit(f"error: {missing}: not found (give --data DIR with the PolNeAR splits)")
    started = time.perf_counter()
    lines = []
    n_quotes = 0
    for path in texts:
        with path.open(encoding="utf-8", newline="") as fh:
            text = fh.read()
        quotes = extract_quotes(text, syntax=not args.rules_only)
        n_quotes += len(quotes)
        lines.append(json.dumps({"article": path.stem, "quotes": [q.to_dict() for q in quotes]}))
    elapsed = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as tmp:
        pred = args.keep or Path(tmp) / "pred.jsonl"
        pred.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"PolNeAR {args.split}: {len(texts)} articles, {n_quotes} quotations extracted")
        print(f"extraction: {len(texts) / elapsed:.0f} articles/s")
        sys.stdout.flush()
        done = subprocess.run(
            [sys.executable, str(SCORER), str(gold), str(pred), "--ignore-fragments"],
            check=False,
        )
        if done.returncode != 0:
            sys.exit(f"error: the scorer exited with status {done.returncode}")


if __name__ == "__main__":
    main()
