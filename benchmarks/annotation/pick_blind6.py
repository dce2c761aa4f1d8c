#!/usr/bin/env python3
"""Draw the sixth blind set of InSciOut dev stories for hand annotation (issue 15), seeded.

Same procedure and preference as pick_extra.py (the first extra set) and pick_blind2-5.py, with
seed 2032 and the eligibility rule of pick_blind5.py extended to blind5. Standard library only,
reads ../shared/data/insciout/ and benchmarks/:
1. Candidates: every story of news_dev.jsonl that is not in verdicts_dev.jsonl,
   benchmarks/verdicts_extra_dev.jsonl nor benchmarks/verdicts_blind2/3/4/5_dev.jsonl, and whose
   release (`true_source`) has gold stories ONLY in the held-out sets blind2-5: never a release
   with a story in verdicts_dev.jsonl or verdicts_extra_dev.jsonl (the sets read for rules).
2. Tier each candidate: 2 = the text holds double quotation marks (a curly “ or ”, « », „, or at
   least two straight "), 1 = otherwise holds an attribution verb (said/says/told/according to/
   warned/explained/added/found/suggests/believes/claimed), 0 = neither.
3. Shuffle the candidates (sorted by id first) with random.Random(2032), then stable-sort by
   tier, highest first.
4. Walk that order and keep a story only if no kept story shares its release; stop at N (20).
5. Second pass, only if the first stops short of N: the candidates not kept by the first pass, in
   the same shuffled, tier-sorted order (one-story-per-release relaxed), until N in all.
Prints one id a line, in drawing order (id, release, length, tier): the first pass, then a
"# second pass" line, then the second pass.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pick_extra import DATA, _rows, candidates, draw, show

BENCH = Path(__file__).resolve().parents[1]
EXTRA = BENCH / "verdicts_extra_dev.jsonl"
BLINDS = [BENCH / f"verdicts_blind{k}_dev.jsonl" for k in (2, 3, 4, 5)]
SEED = 2032
N = int(sys.argv[1]) if len(sys.argv) > 1 else 20


def excluded():
    """Gold rows passed to draw() as the exclusion.

    draw() drops every story in these rows and every story of their releases. To keep the
    releases that have gold stories only in blind2-5, the blind rows are passed with their
    release_id blanked: their story ids still exclude the stories themselves, not the release.
    """
    rule = _rows(DATA / "verdicts_dev.jsonl") + _rows(EXTRA)
    held = [dict(story_id=g["story_id"], release_id=None) for p in BLINDS for g in _rows(p)]
    return rule + held


def main():
    gold = excluded()
    first = draw(gold, SEED, N)
    show(first)
    if len(first) < N:
        print("# second pass")
        kept = {n["id"] for n in first}
        rest = [c for c in candidates(gold, SEED) if c["id"] not in kept]
        show(rest[: N - len(first)])


if __name__ == "__main__":
    main()
