"""What the readers' checks cost on ordinary input: small text files and JSON Lines records.

Writes the InSciOut dev stories as ``.txt`` files (``--files`` of them, stories repeated)
and as one JSON Lines file (``--records`` records) into a temporary folder, then reads
each with :func:`sourcetrace.ingest.read_paths` on one process, as ``sourcetrace ingest``
does, and prints the best CPU time of ``--repeat`` runs (CPU time, not wall time: the
machine is shared). Run it against another checkout's ``src`` (``PYTHONPATH=...``) to
compare.

    python benchmarks/bench_read_checks.py [--files 3000] [--records 20000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from sourcetrace.ingest import read_paths

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "insciout"


def best_cpu(path: Path, repeat: int) -> tuple[int, float]:
    """Read ``path`` ``repeat`` times; return the documents read and the best CPU seconds."""
    best, count = float("inf"), 0
    for _ in range(repeat):
        start = time.process_time()
        count = sum(1 for _ in read_paths([path], on_error=print, jobs=1))
        best = min(best, time.process_time() - start)
    return count, best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--files", type=int, default=3000)
    parser.add_argument("--records", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    lines = (args.data / "news_dev.jsonl").open(encoding="utf-8")
    texts = [json.loads(line)["text"] for line in lines]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp, "files")
        folder.mkdir()
        for i in range(args.files):
            (folder / f"s{i:05d}.txt").write_text(texts[i % len(texts)], encoding="utf-8")
        feed = Path(tmp, "feed.jsonl")
        with feed.open("w", encoding="utf-8") as out:
            for i in range(args.records):
                out.write(json.dumps({"id": f"j{i}", "text": texts[i % len(texts)]}) + "\n")
        for label, path in (("text files", folder), ("JSON Lines records", feed)):
            n, seconds = best_cpu(path, args.repeat)
            print(f"{n} {label}: {seconds:.3f} s CPU (best of {args.repeat}), "
                  f"{seconds / n * 1e6:.0f} us each")  # fmt: skip


if __name__ == "__main__":
    main()
