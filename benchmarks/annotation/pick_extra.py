#!/usr/bin/env python3
"""Draw the extra InSciOut dev stories for hand annotation (issue 15), seeded and reproducible.

Procedure (standard library only, reads ../shared/data/insciout/):
1. Candidates: every story of news_dev.jsonl that is not in verdicts_dev.jsonl and whose release
   (`true_source`) has no story in verdicts_dev.jsonl.
2. Tier each candidate: 2 = the text holds double quotation marks (a curly “ or ”, « », „, or at
   least two straight "), 1 = otherwise holds an attribution verb (said/says/told/according to/
   warned/explained/added/found/suggests/believes/claimed), 0 = neither.
3. Shuffle the candidates (sorted by id first) with random.Random(2026), then stable-sort by
   tier, highest first.
4. Walk that order and keep a story only if no kept story shares its release; stop at N (20).
Prints one id a line, in drawing order.
"""

import json
import random
import re
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "insciout"
if not DATA.exists():
    DATA = Path("/work/shared/data/insciout")
SEED = 2026
N = int(sys.argv[1]) if len(sys.argv) > 1 else 20
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


def candidates(gold, seed):
    """The stories not in ``gold`` nor of its releases: shuffled (seeded), then by tier."""
    news = _rows(DATA / "news_dev.jsonl")
    gold_ids = {g["story_id"] for g in gold}
    gold_rel = {g["release_id"] for g in gold}
    cands = sorted(
        (n for n in news if n["id"] not in gold_ids and n["true_source"] not in gold_rel),
        key=lambda n: n["id"],
    )
    random.Random(seed).shuffle(cands)
    cands.sort(key=lambda n: -tier(n["text"]))
    return cands


def draw(gold, seed, n):
    """The stories drawn: not in ``gold`` nor of its releases, one a release, seeded."""
    cands = candidates(gold, seed)
    print(f"# {len(cands)} candidates", file=sys.stderr)
    kept, rels = [], set()
    for c in cands:
        if c["true_source"] in rels:
            continue
        kept.append(c)
        rels.add(c["true_source"])
        if len(kept) == n:
            break
    return kept


def show(kept):
    """Print one drawn story a line: id, release, length, tier."""
    for n in kept:
        print(n["id"], n["true_source"], len(n["text"]), tier(n["text"]), sep="\t")


def main():
    show(draw(_rows(DATA / "verdicts_dev.jsonl"), SEED, N))


if __name__ == "__main__":
    main()
