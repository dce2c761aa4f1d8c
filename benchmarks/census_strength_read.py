"""Issue 17, thirteenth round: a confusion census of story strength on the read folds (0-3).

Fold 4 of ``bench_strength.py`` is held out: this script drops its pairs before reading any
statement, so nothing here looks at it. For the coded story statements of folds 0-3 it
prints:

1. the four-group confusion (gold rows, the rules' groups as columns);
2. each off-diagonal cell with at least ``--min`` statements, with how many read folds and
   releases its statements come from, then the statements themselves (fold, release, gold
   and predicted code, the cue that decided the label, the text), to be read and named by
   class (cue missed, cue read in the wrong clause, hedge not seen, …, gold debatable);
3. the statements by the cue that decided their label: how many, how many wrong.

Why the spread matters: ``lofo_strength.py`` keeps a rule only if choosing it on three read
folds beats the rules on the fourth. A rule whose gains all sit in one read fold cannot pass
that test (with that fold held out, the other three tie and the tie keeps the rules), so a
cell whose statements come from one fold, or from one release, gives no rule that can pass.

Run: ``python benchmarks/census_strength_read.py [--data DIR] [--min N]``
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench_strength import DATA, HELD_OUT, _jsonl, fold_of
from sourcetrace.claims import group_of
from sourcetrace.claims.strength import GROUPS, classify_strength


@dataclass(frozen=True)
class Read:
    """One coded story statement of a read fold with the rules' label.

    Attributes:
        fold: Its fold (0-3).
        release: Its release's id.
        gold: The coders' code (0-6).
        pred: The rules' code.
        cue: The cue that decided the label (``-`` when none did).
        words: The words that decided it.
        text: The statement.
    """

    fold: int
    release: str
    gold: int
    pred: int
    cue: str
    words: tuple[str, ...]
    text: str

    @property
    def cell(self) -> tuple[str, str]:
        """(gold group, predicted group)."""
        return group_of(self.gold), group_of(self.pred)


def read_statements(rows: Iterable[dict[str, Any]]) -> list[Read]:
    """Label the story statements of ``rows`` (which must hold read folds only)."""
    out = []
    for r in rows:
        st = r["story_statement"]
        s = classify_strength(st["text"])
        # The cue whose code the label took; ``cue*`` when a rule changed its code (a modal
        # over a group's fate, a partial negation …); ``-`` when no cue decided.
        cue = next((h.cue for h in s.hits if h.code == s.code), None)
        if cue is None:
            cue = f"{s.hits[0].cue}*" if s.hits and s.cues else "-"
        out.append(
            Read(
                fold_of(r["release_id"]),
                r["release_id"],
                st["strength"],
                s.code,
                cue,
                s.cues,
                st["text"],
            )
        )
    return out


def spread(items: Sequence[Read]) -> tuple[int, int]:
    """How many distinct folds and releases ``items`` come from."""
    return len({i.fold for i in items}), len({i.release for i in items})


def census(
    out: Callable[[str], None], items: Sequence[Read], *, least: int = 3, width: int = 220
) -> dict[tuple[str, str], list[Read]]:
    """Print the confusion, the off-diagonal cells of ``least`` or more, the cue tally.

    Returns:
        The statements of every cell, by (gold group, predicted group).
    """
    cells: dict[tuple[str, str], list[Read]] = defaultdict(list)
    for i in items:
        cells[i.cell].append(i)
    out(f"1. Story statements of folds 0-3: {len(items)}; four groups (rows gold)")
    out("    " + " " * 14 + "".join(f"{g:>15}" for g in GROUPS))
    for g in GROUPS:
        out(f"    {g:>14}" + "".join(f"{len(cells[(g, p)]):>15}" for p in GROUPS))
    out(f"\n2. Off-diagonal cells with {least} or more statements (folds, releases they span)")
    for key, cell in sorted(cells.items(), key=lambda kv: -len(kv[1])):
        if key[0] == key[1] or len(cell) < least:
            continue
        folds, releases = spread(cell)
        by_fold = Counter(i.fold for i in cell)
        out(
            f"  {key[0]} read as {key[1]}: {len(cell)} in {folds} folds "
            f"({', '.join(f'fold {k}: {v}' for k, v in sorted(by_fold.items()))}), "
            f"{releases} releases"
        )
        for i in sorted(cell, key=lambda i: (i.fold, i.release)):
            words = ", ".join(i.words) or "no cue"
            out(f"    f{i.fold} {i.release} gold {i.gold} read {i.pred} [{i.cue}: {words}] ")
            out(f"      {' '.join(i.text.split())[:width]}")
    out("\n3. By the cue that decided the label: statements, wrong, wrong cells")
    by_cue: dict[str, list[Read]] = defaultdict(list)
    for i in items:
        by_cue[i.cue].append(i)
    for cue, group in sorted(by_cue.items(), key=lambda kv: -len(kv[1])):
        wrong = [i for i in group if i.cell[0] != i.cell[1]]
        tally = Counter(f"{i.cell[0]}→{i.cell[1]}" for i in wrong)
        out(
            f"  {cue:<18} {len(group):4} {len(wrong):4}  "
            + ", ".join(f"{k} {v}" for k, v in tally.most_common())
        )
    return cells


def main(argv: Sequence[str] | None = None, *, out: Callable[[str], None] = print) -> None:
    """Print the census of folds 0-3."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument(
        "--min", type=int, default=3, help="list off-diagonal cells of at least this many"
    )
    args = parser.parse_args(argv)
    # The held-out fold's pairs are dropped before any statement is read.
    rows = [
        r
        for r in _jsonl(args.data / "insciout" / "strength_dev.jsonl")
        if fold_of(r["release_id"]) != HELD_OUT
    ]
    census(out, read_statements(rows), least=args.min)


if __name__ == "__main__":
    main()
