"""Which release sentence a story's main claim is aligned with (issue 17, review 11 finding 3).

Data: ``insciout/strength_dev.jsonl`` (788 pairs: a story's coded main statement and the
release statement the InSciOut coders compared it with) and ``press_releases.jsonl``. Each
story statement is aligned with its release as ``story_claims`` aligns a main claim
(:func:`sourcetrace.claims.align.align` with ``main_only=True``). Printed, by part (folds
0-3, where errors may be read; fold 4, held out; the folds of ``bench_strength.py``, by
release):

* the share of statements whose aligned sentence overlaps the coded release statement, and
  how many get no sentence;
* exaggeration judged against the aligned sentence, as a trace reports it: among pairs
  whose two gold codes are 2-6, gold "story code > release code", predicted
  ``compare(story, aligned sentence).strength == "stronger"`` (none aligned: not flagged).

Run: ``python benchmarks/bench_claim_align.py [--data DIR] [--part read|held|all]``
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench_strength import DATA, HELD_OUT, fold_of, prf
from sourcetrace.claims import compare
from sourcetrace.claims.align import align


def _jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main(argv: Sequence[str] | None = None) -> dict[str, float]:
    """Run the benchmark; return the figures of the last part printed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--part", choices=("read", "held", "all"), default="read")
    args = parser.parse_args(argv)
    ins = args.data / "insciout"
    releases = {d["id"]: d["text"] for d in _jsonl(ins / "press_releases.jsonl")}
    parts = {"read": ["read"], "held": ["held"], "all": ["read", "held"]}[args.part]
    figures: dict[str, float] = {}
    for part in parts:
        n = hit = none = 0
        ex: list[tuple[bool, bool]] = []
        for r in _jsonl(ins / "strength_dev.jsonl"):
            # The part is chosen before any text is read: fold 4's are not read for "read".
            if (fold_of(r["release_id"]) == HELD_OUT) != (part == "held"):
                continue
            st, rs = r["story_statement"], r["release_statement"]
            text = releases[r["release_id"]]
            at = align(st["text"], text, main_only=True)
            n += 1
            none += at is None
            hit += at is not None and at.start < rs["end"] and rs["start"] < at.end
            if 2 <= st["strength"] <= 6 and 2 <= rs["strength"] <= 6:
                flagged = (
                    at is not None
                    and compare(st["text"], text[at.start : at.end]).strength == "stronger"
                )
                ex.append((st["strength"] > rs["strength"], flagged))
        p, rc, f1, gp, pp = prf(ex)
        name = "folds 0-3 (read)" if part == "read" else f"fold {HELD_OUT} (held out)"
        print(
            f"[{name}] {n} pairs: aligned sentence overlaps the coded release statement "
            f"{hit / n:.3f} ({hit}); no sentence {none}; exaggeration against the aligned "
            f"sentence P {p:.3f} R {rc:.3f} F1 {f1:.3f} ({pp} flagged, {gp} exaggerated)"
        )
        figures = {"overlap": hit / n, "precision": p, "recall": rc, "f1": f1}
    return figures


if __name__ == "__main__":
    main()
