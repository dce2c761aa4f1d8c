"""Dates as evidence of a story's source (issue 16), and the date rules under grouped CV.

How often texts state a date, how close a story is to its release, and the date rules'
thresholds chosen under grouped cross-validation.

1. **Dates read.** :func:`sourcetrace.dates.text_date` on the 360 InSciOut releases and
   the 826 dev stories (their JSON Lines rows carry no date field): how many state one,
   and for the stories whose labelled release is dated too, the days between them, against
   a release drawn at random (seed 0).
2. **The rules, per fold.** Reads the candidate rows of ``bench_insciout.py --cv`` traced
   *without* the date rules (the rows of a commit before them, e.g. 251fe9c), joins each
   candidate's and story's text date, and replays two date rules on top of the rules'
   decisions: refusing a source accepted from shared words alone (not copied text) when
   the dates lie far apart (``dates-apart``), and, when nothing is accepted, accepting the
   candidate sharing the most content-word pairs, ``ratio`` times the best other, when
   dated just before the story (``dated-stand-out``). Folds: 5, grouped by release (seed
   0, as ``fit_confidence.py``). Per fold the setting is chosen on the 4 training folds
   (best precision@1 whose training leak and false sources per story do not rise above
   the rules' own) and measured on the fifth. Then the shipped setting on every fold.

Run: ``python benchmarks/bench_dates.py --rows /tmp/rows_before.jsonl [--data ...]``
"""

from __future__ import annotations

import argparse
import collections
import itertools
import json
import math
import random
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sourcetrace.dates import DocDate, days_between, text_date
from sourcetrace.judge import DatedStandOut, DatesApart

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "data" / "insciout"
FOLDS = 5
#: (days after, days before) beyond which dates-apart refuses; None: no refusal.
APART = ((7, 30), (14, 60), (30, 90), None)
#: (days after, days before) within which dated-stand-out may accept.
CLOSE = ((1, 7), (1, 14), (3, 14), (7, 30))
RATIOS = (1.0, 1.1, 1.2, 1.5, 2.0, 2.5)


@dataclass(frozen=True, slots=True)
class Cand:
    """One candidate of one trace, as the replay reads it."""

    id: str
    position: int
    accepted: bool
    copy_based: bool  # accepted (or acceptable) from copied text, which dates never overrule
    pairs: int
    best_other: int
    days: int | None


@dataclass(frozen=True, slots=True)
class Setting:
    """One setting of the two date rules (None: the rule is off)."""

    apart: tuple[int, int] | None
    close: tuple[int, int] | None
    ratio: float | None


OFF = Setting(None, None, None)


def read_dates(data: Path) -> tuple[dict[str, DocDate | None], dict[str, DocDate | None], dict]:
    releases = {d["id"]: d for d in map(json.loads, (data / "press_releases.jsonl").open())}
    stories = {d["id"]: d for d in map(json.loads, (data / "news_dev.jsonl").open())}
    return (
        {k: text_date(v["text"]) for k, v in releases.items()},
        {k: text_date(v["text"]) for k, v in stories.items()},
        stories,
    )


def coverage(rel: dict[str, DocDate | None], art: dict[str, DocDate | None], stories: dict) -> None:
    print(f"releases stating a date: {sum(d is not None for d in rel.values())} / {len(rel)}")
    print(f"stories stating a date: {sum(d is not None for d in art.values())} / {len(art)}")
    true_days = [
        x
        for k, s in stories.items()
        if (x := days_between(rel[s["true_source"]], art[k])) is not None
    ]
    dated = [k for k in rel if rel[k]]
    rng = random.Random(0)
    random_days = [
        x for k in stories if (x := days_between(rel[rng.choice(dated)], art[k])) is not None
    ]
    for lo, hi in ((-1, 14), (-1, 7), (-7, 30)):
        t = sum(lo <= x <= hi for x in true_days) / len(true_days)
        r = sum(lo <= x <= hi for x in random_days) / len(random_days)
        print(f"  story {lo:+d} to {hi:+d} days after: labelled release {t:.3f}, random {r:.3f}")
    print(f"  stories with their labelled release dated too: {len(true_days)}")
    far = sum(not -14 <= x <= 60 for x in true_days)
    print(f"  of them, dated apart (< -14 or > 60 days): {far}")


def load(rows_path: Path, rel, art) -> dict[str, dict[bool, list[Cand]]]:
    by: dict[str, dict[bool, list[Cand]]] = collections.defaultdict(lambda: {False: [], True: []})
    truth: dict[str, str] = {}
    for d in map(json.loads, rows_path.open()):
        f = d["features"]
        pairs = round(math.expm1(f[4]))
        fresh, long_words = f[1], math.expm1(f[2])
        by[d["story"]][d["hidden"]].append(
            Cand(
                d["id"],
                d["position"],
                d["accepted"],
                fresh >= 0.15 or (long_words >= 19.5 and fresh > 0),
                pairs,
                round(math.expm1(f[4] - f[5])),
                days_between(rel.get(d["id"]), art.get(d["story"])),
            )
        )
        truth[d["story"]] = d["truth"]
    return {s: {**v, "truth": truth[s]} for s, v in by.items()}  # type: ignore[dict-item]


def decide(cands: Sequence[Cand], s: Setting) -> list[str]:
    out = []
    for c in sorted(cands, key=lambda c: c.position):
        if not c.accepted:
            continue
        if s.apart and not c.copy_based and c.days is not None:
            after, before = s.apart
            if not -after <= c.days <= before:
                continue
        out.append(c.id)
    if not out and s.close and s.ratio and cands:
        top = max(cands, key=lambda c: (c.pairs, -c.position))
        after, before = s.close
        if (
            top.days is not None
            and -after <= top.days <= before
            and top.pairs >= top.best_other
            and top.pairs >= s.ratio * max(top.best_other, 1)
        ):
            out.append(top.id)
    return out


def measure(by, stories: Sequence[str], s: Setting) -> tuple[float, float, float]:
    top1 = leak = false = 0
    for k in stories:
        got = decide(by[k][False], s)
        top1 += bool(got) and got[0] == by[k]["truth"]
        leak += bool(decide(by[k][True], s))
        false += sum(x != by[k]["truth"] for x in got)
    n = max(len(stories), 1)
    return top1 / n, leak / n, false / n


def cross_validate(by, seed: int, shipped: Setting) -> None:
    grid = (
        [OFF]
        + [Setting(a, c, r) for a, c, r in itertools.product(APART, CLOSE, RATIOS)]
        + [Setting(a, None, None) for a in APART if a]
    )
    releases = sorted({v["truth"] for v in by.values()})
    random.Random(seed).shuffle(releases)
    folds = [set(releases[i::FOLDS]) for i in range(FOLDS)]
    everything = list(by)
    off = _f(measure(by, everything, OFF))
    print(f"whole set, rules without dates: p@1 / leak / false per story {off}")
    print(f"whole set, shipped {shipped}: {_f(measure(by, everything, shipped))}")
    rows: dict[str, list[tuple[float, float, float]]] = collections.defaultdict(list)
    for k, test in enumerate(folds):
        train = [s for s in everything if by[s]["truth"] not in test]
        held = [s for s in everything if by[s]["truth"] in test]
        base = measure(by, train, OFF)
        scored = {s: measure(by, train, s) for s in grid}
        best = max(
            grid,
            key=lambda s: (
                scored[s][1] <= base[1] + 1e-9 and scored[s][2] <= base[2] + 1e-9,
                scored[s][0],
                -scored[s][1],
            ),
        )
        for name, s in (("rules", OFF), ("chosen per fold", best), ("shipped", shipped)):
            rows[name].append(measure(by, held, s))
        print(
            f"fold {k}: {len(held)} stories; chosen {best}; held out: rules "
            f"{_f(rows['rules'][-1])}, chosen {_f(rows['chosen per fold'][-1])}, "
            f"shipped {_f(rows['shipped'][-1])}"
        )
    print(f"grouped {FOLDS}-fold CV (mean ± sd): precision@1, leak, false sources per story")
    for name, figures in rows.items():
        cells = [
            f"{statistics.fmean(x):.3f} ± {statistics.stdev(x):.3f}"
            for x in zip(*figures, strict=True)
        ]
        print(f"  {name:>16}: " + ", ".join(cells))


def _f(m: tuple[float, float, float]) -> str:
    return " / ".join(f"{x:.3f}" for x in m)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--rows", type=Path, help="bench_insciout.py --cv rows, without dates")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    rel, art, stories = read_dates(args.data)
    coverage(rel, art, stories)
    if args.rows:
        a, c = DatesApart(), DatedStandOut()
        shipped = Setting((a.max_after, a.max_before), (c.max_after, c.max_before), c.ratio)
        cross_validate(load(args.rows, rel, art), args.seed, shipped)


if __name__ == "__main__":
    main()
