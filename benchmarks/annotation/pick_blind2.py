#!/usr/bin/env python3
"""Draw the second blind set of InSciOut dev stories for hand annotation (issue 15), seeded.

Same procedure and preference as pick_extra.py (the first extra set), with seed 2027 and a wider
exclusion. Standard library only, reads ../shared/data/insciout/ and benchmarks/:
1. Candidates: every story of news_dev.jsonl that is not in verdicts_dev.jsonl nor in
   benchmarks/verdicts_extra_dev.jsonl, and whose release (`true_source`) has no story in either.
2. Tier each candidate: 2 = the text holds double quotation marks (a curly “ or ”, « », „, or at
   least two straight "), 1 = otherwise holds an attribution verb (said/says/told/according to/
   warned/explained/added/found/suggests/believes/claimed), 0 = neither.
3. Shuffle the candidates (sorted by id first) with random.Random(2027), then stable-sort by
   tier, highest first.
4. Walk that order and keep a story only if no kept story shares its release; stop at N (25).
Prints one id a line, in drawing order (id, release, length, tier).
"""

import json
import random
import re
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "insciout"
if not DATA.exists():
    DATA = Path("/work/shared/data/insciout")
EXTRA = Path(__file__).resolve().parents[1] / "verdicts_extra_dev.jsonl"
SEED = 2027
N = int(sys.argv[1]) if len(sys.argv) > 1 else 25
ATTR = re.compile(
    r"\b(said|says|told|according to|warned|explained|added|found|suggests|"
    r"believes|claimed)\b",
    re.I,
)


def tier(text):
    if re.search(r"[“”«»„]", text) or text.count('"') >= 2:
        return 2
    if ATTR.search(text):
        return 1
    return 0


def _rows(path):
    return [json.loads(x) for x in path.read_text(encoding="utf-8").split("\n") if x.strip()]


def main():
    news = _rows(DATA / "news_dev.jsonl")
    gold = _rows(DATA / "verdicts_dev.jsonl") + _rows(EXTRA)
    gold_ids = {g["story_id"] for g in gold}
    gold_rel = {g["release_id"] for g in gold}
    cands = sorted(
        (n for n in news if n["id"] not in gold_ids and n["true_source"] not in gold_rel),
        key=lambda n: n["id"],
    )
    print(f"# {len(cands)} candidates", file=sys.stderr)
    random.Random(SEED).shuffle(cands)
    cands.sort(key=lambda n: -tier(n["text"]))
    kept, rels = [], set()
    for n in cands:
        if n["true_source"] in rels:
            continue
        kept.append(n)
        rels.add(n["true_source"])
        if len(kept) == N:
            break
    for n in kept:
        print(n["id"], n["true_source"], len(n["text"]), tier(n["text"]), sep="\t")


if __name__ == "__main__":
    main()
