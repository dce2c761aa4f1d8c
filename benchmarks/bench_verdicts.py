"""Quotation, speaker and reported-claim verdicts on hand-annotated real news (issue 15).

Indexes InSciOut's 360 press releases, traces each story of the verdict gold
(``verdicts_dev.jsonl``: 40 stories, every quotation and reported claim judged by hand
against the story's release) with quotation checks on, as ``sourcetrace trace --json``
does, writes the results in the format ``../shared/tools/score_verdicts.py`` reads and
prints its figures for the whole gold and for its two halves.

The halves are grouped by release (a stable hash of the release id), so every story of a
release falls in the same half: rules are read from errors on half A and checked on half
B. ``--extra FILE`` adds gold stories annotated later (same schema, with provenance); they
are also scored on their own as the part "extra" (e.g.
``--extra benchmarks/verdicts_extra_dev.jsonl --half extra``).

Run: ``python benchmarks/bench_verdicts.py [--keep PRED.jsonl] [--errors N] [--half A|B]
[--claim-cosine 0.87] [--claim-model] [--supported-many 8] [--distorted-min 0.65]``
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sourcetrace import Index
from sourcetrace.quotes.verify import VerifyOptions
from sourcetrace.readers import read_jsonl

HERE = Path(__file__).resolve().parent
# ../shared beside the checkout (a worktree sits one level deeper).
SHARED = next(
    (p / "shared" for p in HERE.parents if (p / "shared" / "tools").is_dir()),
    HERE.parent.parent / "shared",
)
DEFAULT_DATA = SHARED / "data" / "insciout"
SCORER = SHARED / "tools" / "score_verdicts.py"


def half_of(release_id: str) -> str:
    """The half ("A" or "B") a release's stories belong to: a stable hash of its id."""
    return "A" if hashlib.sha256(release_id.encode()).digest()[0] % 2 == 1 else "B"


def _load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _score(gold: list[dict[str, Any]], pred: Path, tmp: Path, label: str, errors: int) -> None:
    gold_path = tmp / f"gold-{label}.jsonl"
    gold_path.write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
    print(f"--- {label}: {len(gold)} stories")
    sys.stdout.flush()
    cmd = [sys.executable, str(SCORER), str(gold_path), str(pred)]
    if errors:
        cmd += ["--errors", str(errors)]
    subprocess.run(cmd, check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--extra", type=Path, action="append", default=[], help="more gold")
    parser.add_argument("--keep", type=Path, help="also write the predictions here")
    parser.add_argument("--errors", type=int, default=0, help="print up to N disagreements")
    parser.add_argument(
        "--half", choices=["A", "B", "all", "extra"], default=None, help="score one part"
    )
    parser.add_argument(
        "--claim-cosine",
        type=float,
        default=None,
        help="verify.claim_cosine (0.87: claims reworded in the source, nlp extra)",
    )
    parser.add_argument(
        "--cut-short",
        action="store_true",
        help="verify.cut_short (a whole-sentence quotation ending its source sentence early)",
    )
    parser.add_argument(
        "--supported-many",
        type=int,
        default=None,
        help="verify.supported_many (8: a long claim carried by 8 shared words at 40%%)",
    )
    parser.add_argument(
        "--distorted-min",
        type=float,
        default=None,
        help="verify.distorted_min (0.65: a drift from a sentence holding less of the "
        "claim's words is unsupported, not distorted)",
    )
    parser.add_argument(
        "--claim-model",
        action="store_true",
        help="verify.claim_model (the claim model may support claims the rules do not)",
    )
    args = parser.parse_args()
    if not SCORER.is_file():
        sys.exit(f"error: {SCORER}: not found")
    gold = _load(args.data / "verdicts_dev.jsonl")
    extra_gold = [row for extra in args.extra for row in _load(extra)]
    gold += extra_gold
    wanted = {g["story_id"] for g in gold}
    stories = {d.id: d for d in read_jsonl(args.data / "news_dev.jsonl") if d.id in wanted}
    missing = sorted(wanted - set(stories))
    if missing:
        sys.exit(f"error: {missing[0]}: gold story not in news_dev.jsonl")
    verify = None if args.claim_cosine is None else VerifyOptions(claim_cosine=args.claim_cosine)
    if args.cut_short:
        verify = dataclasses.replace(verify or VerifyOptions(), cut_short=True)
    if args.claim_model:
        verify = dataclasses.replace(verify or VerifyOptions(), claim_model=True)
    if args.supported_many is not None:
        verify = dataclasses.replace(verify or VerifyOptions(), supported_many=args.supported_many)
    if args.distorted_min is not None:
        verify = dataclasses.replace(verify or VerifyOptions(), distorted_min=args.distorted_min)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        index = Index.open(tmp / "index.db")
        index.add(read_jsonl(args.data / "press_releases.jsonl"))
        started = time.perf_counter()
        lines = []
        for g in gold:
            doc = stories[g["story_id"]]
            result = index.trace_document(doc, verify=verify)
            lines.append(json.dumps(result.to_dict()))
        elapsed = time.perf_counter() - started
        index.close()
        pred = args.keep or tmp / "pred.jsonl"
        pred.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"traced {len(gold)} stories against 360 releases in {elapsed:.1f} s")
        parts = {
            "all": gold,
            "A": [g for g in gold if half_of(g["release_id"]) == "A"],
            "B": [g for g in gold if half_of(g["release_id"]) == "B"],
        }
        if extra_gold:
            # Stories annotated later, blind to the tool: a check no rule was read from.
            parts["extra"] = extra_gold
        for label, rows in parts.items():
            if args.half in (None, label):
                _score(rows, pred, tmp, label, args.errors)


if __name__ == "__main__":
    main()
