"""Issue 17, seventeenth session: where the coders' main statement sits, by class, on folds 0-3.

Fold 4 of ``bench_strength.py`` is held out: this script drops its pairs before reading any
story, so nothing here looks at it. For the stories of folds 0-3 it prints:

1. where the statement :func:`sourcetrace.claims.main.main_statement` chooses sits
   (headline, lede, a body sentence ``k`` places after the lede, in a prose line or a loose
   one: standfirst, sub-headline) and, for the misses, where the coded statement sits, with
   the folds and releases of each row;
2. for the stories where the lede is chosen and the coded statement is the lede or the
   sentence after it, a tally by the rules' strength group of the two sentences (none,
   correlational, conditional, causal) and whether each holds a finding word ("a study
   found"): how often the coders took the lede and how often the next sentence. A mark
   that told the two apart would show as rows where "next" wins over several releases and
   folds.

Run: ``python benchmarks/census_main_read.py [--data DIR]``
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bench_strength import DATA, HELD_OUT, _jsonl, fold_of
from sourcetrace.claims import group_of
from sourcetrace.claims.main import FINDING_WORDS, Layout, layout, main_statement
from sourcetrace.claims.strength import classify_strength

#: One letter for each strength group in the tally's keys.
GROUP_LETTER = {"none": "N", "correlational": "R", "conditional": "C", "causal": "X"}


@dataclass
class Row:
    """A tally row: how many stories, from which folds and releases."""

    stories: int = 0
    folds: set[int] = field(default_factory=set)
    releases: set[str] = field(default_factory=set)

    def add(self, fold: int, release: str) -> None:
        """Count one story."""
        self.stories += 1
        self.folds.add(fold)
        self.releases.add(release)


def _overlaps(span: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in spans)


def position(lay: Layout, span: tuple[int, int]) -> str:
    """Where ``span`` sits: ``headline``, ``lede``, ``prose+k`` / ``loose-k`` or ``none``."""
    if lay.headline is not None and _overlaps(span, [lay.headline]):
        return "headline"
    body = list(lay.body)
    lede = body.index(lay.lede) if lay.lede in body else 0
    for i, sent in enumerate(body):
        if _overlaps(span, [sent]):
            if i == lede:
                return "lede"
            return f"{'loose' if sent in lay.loose else 'prose'}{i - lede:+d}"
    return "none"


def _key(text: str) -> str:
    group = GROUP_LETTER[group_of(classify_strength(text).code)]
    return group + ("F" if FINDING_WORDS.search(text) else "-")


def census(
    out: Callable[[str], None],
    stories: dict[str, tuple[int, str, str, list[tuple[int, int]]]],
) -> tuple[dict[tuple[bool, str, str], Row], dict[tuple[str, str], tuple[Row, Row]]]:
    """Print both tallies of ``stories`` (id → fold, release, text, coded spans).

    Returns:
        The position rows by (hit, chosen position, coded position of a miss) and the
        lede/next rows by (lede key, next key) as (coded lede, coded next).
    """
    where: dict[tuple[bool, str, str], Row] = defaultdict(Row)
    pairs: dict[tuple[str, str], tuple[Row, Row]] = defaultdict(lambda: (Row(), Row()))
    for fold, release, text, spans in stories.values():
        lay = layout(text)
        chosen = main_statement(text)
        if chosen is None:
            where[(False, "none", position(lay, spans[0]))].add(fold, release)
            continue
        span = (chosen.start, chosen.end)
        hit = _overlaps(span, spans)
        at = position(lay, span)
        where[(hit, at, "" if hit else position(lay, spans[0]))].add(fold, release)
        body = list(lay.body)
        if at != "lede" or lay.lede not in body or body.index(lay.lede) + 1 >= len(body):
            continue
        nxt = body[body.index(lay.lede) + 1]
        coded_next = not hit and _overlaps(nxt, spans)
        if hit or coded_next:
            key = (_key(text[slice(*span)]), _key(text[slice(*nxt)]))
            pairs[key][1 if coded_next else 0].add(fold, release)
    n = sum(r.stories for r in where.values())
    hits = sum(r.stories for k, r in where.items() if k[0])
    out(f"1. Stories of folds 0-3: {n}; the chosen statement overlaps a coded one: {hits}")
    out("   hit/miss  chosen at   coded at (misses)   stories  folds  releases")
    for (hit, at, coded), r in sorted(where.items(), key=lambda kv: -kv[1].stories):
        out(
            f"   {'hit ' if hit else 'miss'}      {at:<10} {coded:<18} {r.stories:8}"
            f"  {len(r.folds):5}  {len(r.releases):8}"
        )
    out(
        "\n2. Lede chosen; coded the lede or the next sentence. Key: strength group of the"
        " rules (N none, R correlational, C conditional, X causal), F = a finding word"
    )
    out("   lede next   coded lede (folds, releases)   coded next (folds, releases)")
    for (lede, nxt), (a, b) in sorted(pairs.items(), key=lambda kv: (-kv[1][1].stories, kv[0])):
        out(
            f"   {lede:<4} {nxt:<4}   {a.stories:4} ({len(a.folds)}, {len(a.releases):2})"
            f"                  {b.stories:4} ({len(b.folds)}, {len(b.releases):2})"
        )
    return dict(where), dict(pairs)


def main(argv: Sequence[str] | None = None, *, out: Callable[[str], None] = print) -> None:
    """Print the census of folds 0-3."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args(argv)
    ins = args.data / "insciout"
    # The held-out fold's pairs are dropped before any story is read.
    rows = [r for r in _jsonl(ins / "strength_dev.jsonl") if fold_of(r["release_id"]) != HELD_OUT]
    wanted = {r["story_id"] for r in rows}
    news = {d["id"]: d["text"] for d in _jsonl(ins / "news_dev.jsonl") if d["id"] in wanted}
    stories: dict[str, tuple[int, str, str, list[tuple[int, int]]]] = {}
    for r in rows:
        st = r["story_statement"]
        sid = r["story_id"]
        if sid not in stories:
            stories[sid] = (fold_of(r["release_id"]), r["release_id"], news[sid], [])
        stories[sid][3].append((st["start"], st["end"]))
    census(out, stories)


if __name__ == "__main__":
    main()
