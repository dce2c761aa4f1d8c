#!/usr/bin/env python3
"""Draw the fourth blind set of InSciOut dev stories for hand annotation (issue 15), seeded.

Same procedure and preference as pick_extra.py (the first extra set), pick_blind2.py and
pick_blind3.py, with seed 2029 and a wider exclusion. Standard library only, reads
../shared/data/insciout/ and benchmarks/:
1. Candidates: every story of news_dev.jsonl that is not in verdicts_dev.jsonl,
   benchmarks/verdicts_extra_dev.jsonl, benchmarks/verdicts_blind2_dev.jsonl nor
   benchmarks/verdicts_blind3_dev.jsonl, and whose release (`true_source`) has no story in any
   of the four.
2. Tier each candidate: 2 = the text holds double quotation marks (a curly “ or ”, « », „, or at
   least two straight "), 1 = otherwise holds an attribution verb (said/says/told/according to/
   warned/explained/added/found/suggests/believes/claimed), 0 = neither.
3. Shuffle the candidates (sorted by id first) with random.Random(2029), then stable-sort by
   tier, highest first.
4. Walk that order and keep a story only if no kept story shares its release; stop at N (25).
   Only 22 candidates over 12 releases are left, so this first pass stops at 12 stories.
5. Second pass (added afterwards, explicitly): every candidate story not kept by the first pass
   (the remaining eligible stories, 10 of them), in the same shuffled, tier-sorted order. This
   relaxes the one-story-per-release rule of step 4: the 10 are second stories of the same 12
   releases, so the whole set is 22 stories over 12 releases.
Prints one id a line, in drawing order (id, release, length, tier): the first pass, then a
"# second pass" line, then the second pass.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pick_extra import DATA, _rows, candidates, draw, show

BENCH = Path(__file__).resolve().parents[1]
EXTRA = BENCH / "verdicts_extra_dev.jsonl"
BLIND2 = BENCH / "verdicts_blind2_dev.jsonl"
BLIND3 = BENCH / "verdicts_blind3_dev.jsonl"
SEED = 2029
N = int(sys.argv[1]) if len(sys.argv) > 1 else 25


def main():
    gold = _rows(DATA / "verdicts_dev.jsonl") + _rows(EXTRA) + _rows(BLIND2) + _rows(BLIND3)
    first = draw(gold, SEED, N)
    show(first)
    print("# second pass")
    show(second_pass(gold, first))


def second_pass(gold, first):
    """Every candidate not kept by the first pass, in draw()'s shuffled, tier-sorted order.

    The candidates and their order are those of pick_extra.draw() (same seed, same shuffle and
    stable tier sort); only the one-story-per-release rule is dropped.
    """
    kept = {n["id"] for n in first}
    return [c for c in candidates(gold, SEED) if c["id"] not in kept]


if __name__ == "__main__":
    main()
