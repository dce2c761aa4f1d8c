"""Refusals against the leak (issue 16), their thresholds chosen per fold of a grouped CV.

The leak is the share of stories that still get a source when their labelled release is
left out of the index (``exclude=``). Two refusals are replayed:

* ``weeks-apart`` (:class:`sourcetrace.judge.WeeksApart`, shipped): a source accepted
  from shared words alone (``pairs-stand-out``, ``words-stand-out``, ``pair-share``)
  dated more than ``min_days`` before the story needs ``min_pairs`` shared content-word
  pairs;
* ``pairs-stand-out``'s ``min_pairs`` (shipped): the fewest content-word pairs that rule
  accepts on (before: 1, i.e. three pairs against a runner-up's one sufficed);
* a confidence floor (**not shipped**): a source of any rule whose confidence is below
  ``min_confidence`` is refused. It lowers the leak a little here, but spliced stories
  (``bench_splice.py``) lose nearly every source: the confidence model, fitted on stories
  of one release, gives each source of a composite story a low confidence.

The script traces the 826 InSciOut dev stories with ``weeks-apart`` off and
``pairs-stand-out.min_pairs`` at 1 (each story
again with its release excluded) and keeps every candidate with the rule that accepted it
(the rows of ``fit_confidence.py``; cached). It then replays the refusals on those rows,
on the 5 folds grouped by release of ``fit_confidence.py`` (seed 0). Per fold, on the 4
training folds, it fits the confidence model and picks each refusal's setting from a grid:
among the settings whose training precision@1 and false sources per story are no worse
than with the refusal off, the one with the lowest training leak (ties: the most lenient).
It prints the held-out figures (precision@1, leak, false sources per story) with the
refusal off, chosen per fold, and at the shipped setting, for each change and some pairs of them.

The replay keeps the rules' other decisions as traced: a refused copied source does not
change what later candidates are credited with (``trace`` itself does, so its figures
can differ by a story or two; ``bench_insciout.py --cv`` measures the code).

Run: ``python benchmarks/bench_leak.py --cache /tmp/leak_rows.jsonl [--data ...]``
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import json
import math
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from fit_confidence import Row, fit, folds, load_or_collect, matrix
from sourcetrace.confidence import ConfidenceModel
from sourcetrace.dates import DocDate, days_between, text_date
from sourcetrace.judge import DEFAULT_POLICY, PairsStandOut, WeeksApart
from sourcetrace.trace import TraceOptions

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "data" / "insciout"
#: The rules that accept from shared words alone (those with ``words_only``).
WORDS_ONLY = frozenset(r.name for r in DEFAULT_POLICY.rules if r.words_only)
#: Grids: weeks-apart (min_days, min_pairs); the confidence floor; pairs-stand-out's min_pairs.
WEEKS = tuple((d, p) for d in (14, 21, 30) for p in (10, 15, 20, 25, 30))
FLOORS = (0.05, 0.1, 0.2, 0.3, 0.4, 0.5)
PAIRS = (4, 5, 6, 8)


@dataclass(frozen=True, slots=True)
class Setting:
    """The two refusals (None: off)."""

    weeks: tuple[int, int] | None = None
    floor: float | None = None
    min_pairs: int | None = None  # pairs-stand-out's

    def strictness(self) -> tuple[float, ...]:
        """Larger refuses more (ties between equal settings go to the most lenient)."""
        days, pairs = self.weeks or (10**6, 0)
        return (pairs - days, self.floor or 0.0, self.min_pairs or 0)


OFF = Setting()
Days = dict[tuple[str, str], int | None]


def refused(r: Row, s: Setting, days: Days, model: ConfidenceModel | None) -> bool:
    """Whether the refusals of ``s`` refuse the accepted candidate ``r``."""
    pairs = round(math.expm1(r.features[4]))  # the "pairs" feature is log(1 + pairs)
    if s.min_pairs and r.rule == "pairs-stand-out" and pairs < s.min_pairs:
        return True  # no other rule would accept it: pairs-stand-out comes before them
    if s.weeks and r.rule in WORDS_ONLY:
        d = days[(r.id, r.story)]
        if d is not None and d > s.weeks[0] and pairs < s.weeks[1]:
            return True
    return s.floor is not None and model is not None and model.predict(r.features) < s.floor


def sources(
    cands: Sequence[Row], s: Setting, days: Days, model: ConfidenceModel | None
) -> list[str]:
    """The accepted candidates left after the refusals, in listing order."""
    ordered = sorted(cands, key=lambda r: r.position)
    return [r.id for r in ordered if r.accepted and not refused(r, s, days, model)]


Measure = Callable[[Sequence[str], Setting], tuple[float, float, float]]


def measurer(rows: Sequence[Row], days: Days, model: ConfidenceModel | None) -> Measure:
    """Return a function giving precision@1, leak and false sources per story."""
    by: dict[str, dict[bool, list[Row]]] = collections.defaultdict(lambda: {False: [], True: []})
    truth: dict[str, str] = {}
    for r in rows:
        by[r.story][r.hidden].append(r)
        truth[r.story] = r.truth

    def measure(stories: Sequence[str], s: Setting) -> tuple[float, float, float]:
        top1 = leak = false = 0
        for k in stories:
            got = sources(by[k][False], s, days, model)
            top1 += bool(got) and got[0] == truth[k]
            leak += bool(sources(by[k][True], s, days, model))
            false += sum(x != truth[k] for x in got)
        n = max(len(stories), 1)
        return top1 / n, leak / n, false / n

    return measure


def choose(measure: Measure, train: Sequence[str], grid: Sequence[Setting]) -> Setting:
    """The lowest-leak setting that costs no training precision@1 or false sources."""
    base = measure(train, OFF)
    ok = []
    for s in grid:
        m = measure(train, s)
        if m[0] >= base[0] - 1e-9 and m[2] <= base[2] + 1e-9:
            ok.append((round(m[1], 9), -m[0], s.strictness(), s))
    return min(ok, key=lambda x: x[:3])[3] if ok else OFF


def cross_validate(rows: Sequence[Row], days: Days, shipped: Setting) -> None:
    """Print the held-out figures of each refusal, chosen per fold and shipped."""
    stories = sorted({r.story for r in rows})
    truth = {r.story: r.truth for r in rows}
    grids = {
        "weeks-apart": [Setting(weeks=w) for w in WEEKS],
        "confidence floor": [Setting(floor=f) for f in FLOORS],
    }
    grids["pairs-stand-out min_pairs"] = [Setting(min_pairs=p) for p in PAIRS]
    grids["weeks-apart and min_pairs"] = [Setting(w, min_pairs=p) for w in WEEKS for p in PAIRS]
    grids["weeks-apart and floor"] = [
        Setting(w.weeks, f.floor) for w in grids["weeks-apart"] for f in grids["confidence floor"]
    ]
    out: dict[str, list[tuple[float, float, float]]] = collections.defaultdict(list)
    for k, test in enumerate(folds(rows, 0)):
        train = [s for s in stories if truth[s] not in test]
        held = [s for s in stories if truth[s] in test]
        model = fit(*matrix([r for r in rows if r.truth not in test]))
        measure = measurer(rows, days, model)
        out["off"].append(measure(held, OFF))
        line = [f"fold {k}: {len(held)} stories; off {_f(out['off'][-1])}"]
        for name, grid in grids.items():
            best = choose(measure, train, grid)
            out[f"{name}, chosen per fold"].append(measure(held, best))
            line.append(f"{name} {_s(best)} {_f(out[f'{name}, chosen per fold'][-1])}")
        out["shipped"].append(measure(held, shipped))
        line.append(f"shipped {_f(out['shipped'][-1])}")
        print("; ".join(line))
    print("grouped 5-fold CV, held out (mean ± sd): precision@1, leak, false sources per story")
    for name, figures in out.items():
        cells = [
            f"{statistics.fmean(x):.3f} ± {statistics.stdev(x):.3f}"
            for x in zip(*figures, strict=True)
        ]
        print(f"  {name:>30}: " + ", ".join(cells))
        print(f"  {'per fold':>30}: " + "  ".join(_f(m) for m in figures))


def _f(m: tuple[float, float, float]) -> str:
    return "/".join(f"{x:.3f}" for x in m)


def _s(s: Setting) -> str:
    parts = []
    if s.weeks:
        parts.append(f"weeks {s.weeks[0]}d<{s.weeks[1]}p")
    if s.floor is not None:
        parts.append(f"floor {s.floor:g}")
    if s.min_pairs is not None:
        parts.append(f"pairs-stand-out >= {s.min_pairs}")
    return "(" + (", ".join(parts) or "off") + ")"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument(
        "--cache", type=Path, help="rows traced with both shipped changes off (read if present)"
    )
    args = parser.parse_args()
    off = dataclasses.replace(
        DEFAULT_POLICY.with_rule(PairsStandOut(min_pairs=1)),
        refusals=tuple(r for r in DEFAULT_POLICY.refusals if not isinstance(r, WeeksApart)),
    )
    rows = load_or_collect(args.data, args.cache, options=TraceOptions(policy=off))
    if any(r.accepted and r.rule is None for r in rows):
        raise SystemExit(f"{args.cache}: rows without the accepting rule (rebuild the cache)")
    released = _dates(args.data / "press_releases.jsonl")
    told = _dates(args.data / "news_dev.jsonl")
    days = {(r.id, r.story): days_between(released.get(r.id), told.get(r.story)) for r in rows}
    weeks = DEFAULT_POLICY.rule("weeks-apart")
    stand_out = DEFAULT_POLICY.rule("pairs-stand-out")
    assert isinstance(weeks, WeeksApart) and isinstance(stand_out, PairsStandOut)
    shipped = Setting((weeks.min_days, weeks.min_pairs), min_pairs=stand_out.min_pairs)
    cross_validate(rows, days, shipped)


def _dates(path: Path) -> dict[str, DocDate | None]:
    with path.open(encoding="utf-8") as f:
        return {d["id"]: text_date(d["text"]) for d in map(json.loads, f)}


if __name__ == "__main__":
    main()
