"""Issue 17, eleventh round: two tallies on the folds the rules were read from (0-3 only).

Fold 4 of ``bench_strength.py`` is held out: this script drops its pairs before reading
any text, so nothing here looks at it.

1. *Context for a statement with no cue.* For each story statement the strength rules
   leave with no cue (code 0, no cue hit, not a prevalence count, not a question): its
   gold group against the rules' group of the coded release statement and of the release
   sentence :func:`sourcetrace.claims.align.align` picks for it (as ``story_claims`` does
   at run time), how often the story's gold group equals its release's, and the story
   4-group macro-F1 if such statements took their release sentence's group, with the
   statements gained and lost by release.
2. *Where the coders' main statement sits.* For each story, where the coded statement and
   the one :func:`~sourcetrace.claims.main.main_statement` chooses sit (headline; a loose
   line before or after the lede, e.g. a standfirst; the lede; the n-th body sentence
   after it), by class; then variants of the choice, each with the share of stories whose
   choice overlaps a coded statement and the stories gained and lost by release.

Run: ``python benchmarks/tally_strength_read.py [--data DIR]``
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bench_strength import DATA, HELD_OUT, _jsonl, fold_of, macro_f1
from sourcetrace.claims import group_of
from sourcetrace.claims.align import align
from sourcetrace.claims.cue_hits import _counted
from sourcetrace.claims.main import FINDING_WORDS, Layout, layout, main_statement
from sourcetrace.claims.strength import GROUPS, classify_strength

_QUOTED = re.compile(r"""\s*["“‘]""")

Span = tuple[int, int]


def no_cue(text: str) -> bool:
    """Whether the strength rules leave ``text`` with no cue of its own.

    Code 0 with no cue hit and no deciding words (a question asked by the study, a trend,
    a doubted relation all name theirs), and not a question or a prevalence count.
    """
    s = classify_strength(text)
    return (
        s.code == 0
        and not s.hits
        and not s.cues
        and not text.rstrip().endswith("?")
        # "Asthma affects 4.3 million adults": read as no relation on purpose.
        and not _counted(text)
    )


def position(lay: Layout, start: int, end: int) -> str:
    """Where ``start``-``end`` sits in a text's layout, relative to the lede.

    ``headline``; ``loose±n`` (a sentence in a line that is not prose, n body sentences
    from the lede: a standfirst is ``loose-1``); ``lede``; ``lede+n`` (n body sentences
    after it, up to 3), ``later`` / ``before`` beyond; ``outside`` (not a body sentence).
    """
    if lay.headline is not None and start < lay.headline[1] and lay.headline[0] < end:
        return "headline"
    idx = next((i for i, (a, b) in enumerate(lay.body) if a < end and start < b), None)
    if idx is None or lay.lede is None:
        return "outside"
    d = idx - lay.body.index(lay.lede)
    if lay.body[idx] in lay.loose:
        return f"loose{d:+d}"
    if d == 0:
        return "lede"
    if abs(d) <= 3:
        return f"lede{d:+d}"
    return "later" if d > 0 else "before"


def _states(text: str) -> bool:
    return classify_strength(text).code >= 1


def _finding(text: str) -> bool:
    return not _QUOTED.match(text) and bool(FINDING_WORDS.search(text)) and _states(text)


def _rank(text: str) -> int:
    """The statement's four-group rank (none 0 … causal 3); -1 for a quoted sentence."""
    if _QUOTED.match(text):
        return -1
    return GROUPS.index(group_of(classify_strength(text).code))


def _neighbours(text: str) -> tuple[Span | None, Span | None, Span | None]:
    """The lede, the loose sentence just before it (standfirst) and the sentence after."""
    lay = layout(text)
    lede = lay.lede
    if lede is None:
        return None, None, None
    i = lay.body.index(lede)
    before = lay.body[i - 1] if i > 0 and lay.body[i - 1] in lay.loose else None
    after = lay.body[i + 1] if i + 1 < len(lay.body) else None
    return lede, before, after


def _yield_to(order: str) -> Callable[[str], Span | None]:
    """A lede that states no relation yields to a neighbour that reports a finding with one.

    ``order``: which neighbours, in turn: ``b`` the standfirst before, ``a`` the sentence
    after.
    """

    def choose(text: str, release: str) -> Span | None:
        ch = main_statement(text)
        if ch is None or ch.role != "lede" or _states(text[ch.start : ch.end]):
            return None if ch is None else (ch.start, ch.end)
        _, before, after = _neighbours(text)
        for c in [{"b": before, "a": after}[k] for k in order]:
            if c is not None and _finding(text[c[0] : c[1]]):
                return c
        return ch.start, ch.end

    return choose


def _strongest(order: str, strict: bool) -> Callable[[str], Span | None]:
    """The strongest of the chosen lede and its neighbours.

    Ties keep the lede; with ``strict`` a neighbour must be two groups stronger.
    """

    def choose(text: str, release: str) -> Span | None:
        ch = main_statement(text)
        if ch is None or ch.role != "lede":
            return None if ch is None else (ch.start, ch.end)
        _, before, after = _neighbours(text)
        best: Span = (ch.start, ch.end)
        for c in [{"b": before, "a": after}[k] for k in order]:
            if c is not None and _rank(text[c[0] : c[1]]) > _rank(text[best[0] : best[1]]) + strict:
                best = c
        return best

    return choose


def _closest(order: str, margin: float) -> Callable[[str, str], Span | None]:
    """Of the chosen lede and its neighbours, the closest to the release's main statement.

    Closeness is :func:`align`'s score against the statement
    :func:`~sourcetrace.claims.main.main_statement` picks in the release; a neighbour must
    beat the lede by more than ``margin``.
    """

    def choose(text: str, release: str) -> Span | None:
        ch = main_statement(text)
        rm = main_statement(release)
        if ch is None or ch.role != "lede" or rm is None:
            return None if ch is None else (ch.start, ch.end)
        target = release[rm.start : rm.end]

        def score(c: Span) -> float:
            at = align(text[c[0] : c[1]], target)
            return 0.0 if at is None else at.score

        _, before, after = _neighbours(text)
        best: Span = (ch.start, ch.end)
        top = score(best)
        for c in [{"b": before, "a": after}[k] for k in order]:
            if c is not None and score(c) > top + margin:
                best, top = c, score(c)
        return best

    return choose


def _rules(text: str) -> Span | None:
    ch = main_statement(text)
    return None if ch is None else (ch.start, ch.end)


VARIANTS: dict[str, Callable[[str, str], Span | None]] = {
    "lede stating no relation -> standfirst reporting a finding": _yield_to("b"),
    "lede stating no relation -> next sentence reporting a finding": _yield_to("a"),
    "lede stating no relation -> standfirst, else next sentence": _yield_to("ba"),
    "lede stating no relation -> next sentence, else standfirst": _yield_to("ab"),
    "strongest of lede and next sentence": _strongest("a", False),
    "strongest of lede and standfirst": _strongest("b", False),
    "strongest of lede, next, standfirst": _strongest("ab", False),
    "lede and next: next only if 2+ groups stronger": _strongest("a", True),
    **{
        f"closest to the release's main statement ({k}, margin {m})": _closest(o, m)
        for k, o in (("next", "a"), ("standfirst", "b"), ("both", "ab"))
        for m in (0.0, 0.1, 0.3)
    },
}


def _by_release(gain: Counter[str], loss: Counter[str]) -> str:
    return (
        f"gained {sum(gain.values())} in {len(gain)} releases, "
        f"lost {sum(loss.values())} in {len(loss)} releases"
    )


def tally_context(
    out: Callable[[str], None], rows: Sequence[dict[str, Any]], rels: dict[str, str]
) -> None:
    """Part 1: statements with no cue against their release sentence's rules group."""
    agree_all = Counter(
        group_of(r["story_statement"]["strength"]) == group_of(r["release_statement"]["strength"])
        for r in rows
    )
    gold: list[str] = []
    names = ("coded release statement", "aligned", "release's gold group (a bound)")
    preds: dict[str, list[str]] = {"rules": [], **{k: [] for k in names}}
    coded_tab: Counter[tuple[str, str]] = Counter()
    aligned_tab: Counter[tuple[str, str]] = Counter()
    agree_nc: Counter[bool] = Counter()
    moved: dict[str, tuple[Counter[str], Counter[str]]] = {k: (Counter(), Counter()) for k in names}
    for r in rows:
        st, rs = r["story_statement"], r["release_statement"]
        g = group_of(st["strength"])
        p = group_of(classify_strength(st["text"]).code)
        gold.append(g)
        preds["rules"].append(p)
        if not no_cue(st["text"]):
            for k in names:
                preds[k].append(p)
            continue
        agree_nc[g == group_of(rs["strength"])] += 1
        rc = group_of(classify_strength(rs["text"]).code)
        text = rels[r["release_id"]]
        at = align(st["text"], text, main_only=True)
        ra = group_of(classify_strength(text[at.start : at.end]).code) if at else None
        coded_tab[(g, rc)] += 1
        aligned_tab[(g, ra or "no sentence aligned")] += 1
        for name, q in zip(names, (rc, ra or p, group_of(rs["strength"])), strict=True):
            preds[name].append(q)
            if q == g != p:
                moved[name][0][r["release_id"]] += 1
            elif p == g != q:
                moved[name][1][r["release_id"]] += 1
    n_nc = sum(agree_nc.values())
    out(f"1. Story statements with no cue (folds 0-3): {n_nc} of {len(rows)}")
    out(
        f"  gold group of the story == gold group of its release: all statements "
        f"{agree_all[True]}/{len(rows)}, statements with no cue {agree_nc[True]}/{n_nc}"
    )
    for name, tab in (
        ("coded release statement", coded_tab),
        ("aligned release sentence", aligned_tab),
    ):
        out(f"  story gold group (rows) against the rules' group of the {name}:")
        for (g, q), v in sorted(tab.items()):
            out(f"    {g:>13} / {q:<20} {v}")
    for name, pred in preds.items():
        acc = sum(a == b for a, b in zip(gold, pred, strict=True)) / len(gold)
        extra = "" if name == "rules" else "; " + _by_release(*moved[name])
        out(
            f"  {('inherit: ' + name) if name != 'rules' else 'rules':<40} story 4-group macro-F1 "
            f"{macro_f1(gold, pred, GROUPS):.3f} acc {acc:.3f}{extra}"
        )


def tally_main(
    out: Callable[[str], None],
    rows: Sequence[dict[str, Any]],
    news: dict[str, str],
    rels: dict[str, str],
) -> None:
    """Part 2: where the coded and the chosen main statements sit; variants of the choice."""
    gold: dict[str, tuple[str, list[Span]]] = {}
    for r in rows:
        st = r["story_statement"]
        gold.setdefault(r["story_id"], (r["release_id"], []))[1].append((st["start"], st["end"]))
    tab: Counter[tuple[bool, str, str]] = Counter()
    rel_of: dict[tuple[bool, str, str], set[str]] = {}
    for sid, (rid, spans) in gold.items():
        text = news[sid]
        lay = layout(text)
        ch = _rules(text)
        hit = ch is not None and any(ch[0] < e and s < ch[1] for s, e in spans)
        key = (
            hit,
            position(lay, *ch) if ch else "none",
            # A story with several coded statements: the one the choice overlaps, else
            # the first in text order.
            position(
                lay,
                *next(
                    ((s, e) for s, e in spans if ch and ch[0] < e and s < ch[1]),
                    min(spans),
                ),
            ),
        )
        tab[key] += 1
        rel_of.setdefault(key, set()).add(rid)
    hits = sum(v for k, v in tab.items() if k[0])
    out(f"\n2. Main statement (folds 0-3): {hits}/{len(gold)} = {hits / len(gold):.3f}")
    out("  hit  chosen      coded       stories  releases")
    for k, v in sorted(tab.items(), key=lambda kv: -kv[1]):
        out(f"  {k[0]!s:5} {k[1]:11} {k[2]:11} {v:7}  {len(rel_of[k]):8}")
    for name, choose in VARIANTS.items():
        gain: Counter[str] = Counter()
        loss: Counter[str] = Counter()
        n_hit = 0
        for sid, (rid, spans) in gold.items():
            text = news[sid]
            base, new = _rules(text), choose(text, rels[rid])
            b = base is not None and any(base[0] < e and s < base[1] for s, e in spans)
            v = new is not None and any(new[0] < e and s < new[1] for s, e in spans)
            n_hit += v
            gain[rid] += v and not b
            loss[rid] += b and not v
        gain, loss = +gain, +loss
        out(f"  {name:<66} {n_hit / len(gold):.3f}; {_by_release(gain, loss)}")


def main(argv: Sequence[str] | None = None, *, out: Callable[[str], None] = print) -> None:
    """Print both tallies on folds 0-3."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args(argv)
    ins = args.data / "insciout"
    # The held-out fold's pairs are dropped before any text is read.
    rows = [r for r in _jsonl(ins / "strength_dev.jsonl") if fold_of(r["release_id"]) != HELD_OUT]
    story_ids = {r["story_id"] for r in rows}
    release_ids = {r["release_id"] for r in rows}
    news = {d["id"]: d["text"] for d in _jsonl(ins / "news_dev.jsonl") if d["id"] in story_ids}
    rels = {
        d["id"]: d["text"] for d in _jsonl(ins / "press_releases.jsonl") if d["id"] in release_ids
    }
    tally_context(out, rows, rels)
    tally_main(out, rows, news, rels)


if __name__ == "__main__":
    main()
