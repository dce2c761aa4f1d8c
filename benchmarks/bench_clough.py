"""Graded reuse: sourcetrace's verdicts on the Clough & Stevenson short answers.

Indexes the five source texts, traces each of the 95 answers, and prints a confusion
table of the verdict for the answer's own source (wholly / partially / non) against the
corpus labels (cut / light / heavy / non), with the accuracy of ``non`` against the rest.

Run: ``python benchmarks/bench_clough.py [--data ../shared/data/clough-stevenson]``
"""

from __future__ import annotations

import argparse
import csv
import tempfile
from collections import Counter
from pathlib import Path

from sourcetrace import Document, Index

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "data" / "clough-stevenson"
LABELS = ("cut", "light", "heavy", "non")


def read(path: Path) -> Document:
    """Read one corpus file: most are UTF-8, a few Windows-1252 (the corpus is mixed)."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252")
    return Document(id=path.stem, text=text)


VERDICTS = ("wholly", "partially", "non")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    with (args.data / "file_information.csv").open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["Category"] in LABELS]
    table: Counter[tuple[str, str]] = Counter()
    correct = 0
    with tempfile.TemporaryDirectory() as tmp:
        index = Index.open(Path(tmp) / "index.db")
        index.add(read(args.data / f"orig_task{t}.txt") for t in "abcde")
        for row in rows:
            answer = read(args.data / row["File"])
            result = index.trace(answer.text)
            own = f"orig_task{row['Task']}"
            verdict = next((s.derivation for s in result.sources if s.id == own), "non")
            table[(row["Category"], verdict)] += 1
            correct += (verdict == "non") == (row["Category"] == "non")
        index.close()
    print(f"answers: {len(rows)}")
    print("label   " + "".join(f"{v:>11}" for v in VERDICTS))
    for label in LABELS:
        print(f"{label:<8}" + "".join(f"{table[(label, v)]:>11}" for v in VERDICTS))
    print(f"non vs the rest accuracy: {correct / len(rows):.3f}  (target >= 0.95)")


if __name__ == "__main__":
    main()
