"""Claim strength, population, advice and exaggeration on InSciOut's coded statements (issue 17).

Data: ``insciout/strength_dev.jsonl`` (788 pairs: a story's main statement and its
release's, each coded by the InSciOut coders for strength 0-6, sample and advice), with the
texts of ``news_dev.jsonl`` and ``press_releases.jsonl``.

Folds: the pairs are split into 5 folds by release (``crc32(release_id) % 5``), so a
release's pairs never sit on both sides. The rules of :mod:`sourcetrace.claims` were read
from errors on folds 0-3 only; fold 4 was never looked at while writing them and gives the
headline figures. The figures of folds 0-3 (where the rules were read) and of all folds
are printed too.

1. Labels of the coded spans: strength accuracy and macro-F1 over the seven codes and the
   four groups (none 0-1 / correlational 2-3 / conditional 4-5 / causal 6), with
   confusion matrices, for story and release statements (each distinct release statement
   once); population accuracy (``sample`` 1 human, 3 non_human, 4 mixed, 2 "other or
   unclear" = None); advice accuracy (0 none, 2 implicit, 3 explicit); exaggeration
   detection among pairs whose two gold codes are 2-6: gold, story code > release code;
   predicted, what :func:`sourcetrace.claims.compare` reports (``drift.strength ==
   "stronger"``, which compares strengths only when both statements state a relationship).
2. The story's main statement found with no span given (:func:`main_statement`): share of
   stories where it overlaps a coded statement.
3. The example pair: the lede's claim, its source sentence and its drift.

Run: ``python benchmarks/bench_strength.py [--data DIR]``
"""

from __future__ import annotations

import argparse
import json
import zlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sourcetrace.claims import Labels, compare, group_of, label
from sourcetrace.claims.main import main_statement
from sourcetrace.claims.strength import GROUPS

# ../shared/data next to the checkout (as the other benchmarks); from a worktree one level
# deeper (/work/wt/NAME), the same folder one level up.
_HERE = Path(__file__).resolve().parent
DATA = next(
    (
        p
        for p in (_HERE.parents[1] / "shared" / "data", _HERE.parents[2] / "shared" / "data")
        if p.exists()
    ),
    _HERE.parents[1] / "shared" / "data",
)
HELD_OUT = 4
FOLDS = 5
SAMPLE = {1: "human", 2: None, 3: "non_human", 4: "mixed"}
ADVICE = {0: "none", 2: "implicit", 3: "explicit"}


def fold_of(release_id: str) -> int:
    """The fold of a release (all its pairs go to the same fold)."""
    return zlib.crc32(release_id.encode()) % FOLDS


@dataclass(frozen=True)
class Item:
    """One coded statement with its prediction."""

    fold: int
    gold_code: int
    pred_code: int
    gold_population: str | None
    pred_population: str | None
    gold_advice: str
    pred_advice: str
    pred_advice_alone: str
    text: str
    labels: Labels


def macro_f1(gold: Sequence[Any], pred: Sequence[Any], labels: Sequence[Any]) -> float:
    """Mean F1 over ``labels`` that occur in ``gold``."""
    scores = []
    for lab in labels:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == lab and p == lab)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if g != lab and p == lab)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == lab and p != lab)
        if tp + fn == 0:
            continue
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn)
        scores.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return sum(scores) / len(scores) if scores else 0.0


def prf(pairs: Sequence[tuple[bool, bool]]) -> tuple[float, float, float, int, int]:
    """Precision, recall, F1, gold positives and predicted positives of (gold, pred)."""
    tp = sum(1 for g, p in pairs if g and p)
    gp = sum(1 for g, _ in pairs if g)
    pp = sum(1 for _, p in pairs if p)
    prec = tp / pp if pp else 0.0
    rec = tp / gp if gp else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1, gp, pp


def _item(fold: int, st: dict[str, Any], context: str) -> Item:
    lab = label(st["text"], context=context)
    alone = label(st["text"])
    return Item(
        fold,
        st["strength"],
        lab.strength.code,
        SAMPLE[st["sample"]],
        lab.population.population,
        ADVICE[st["advice"]],
        # The text-level reading the coders coded; a claim's own advice is its sentence's.
        (lab.text_advice or lab.advice).advice,
        alone.advice.advice,
        st["text"],
        lab,
    )


def _stronger(story: Item, release: Item) -> bool:
    """Whether sourcetrace reports the story's statement as stronger than the release's.

    What :func:`sourcetrace.claims.compare` says (``drift.strength == "stronger"``): two
    statements compare in strength only when both state a relationship; one stating none
    (0), or one denying what the other states (polarity), is no exaggeration.
    """
    drift = compare(
        story.text, release.text, claim_labels=story.labels, source_labels=release.labels
    )
    return drift.strength == "stronger"


def _matrix(
    out: Callable[[str], None], gold: list[Any], pred: list[Any], labels: Sequence[Any]
) -> None:
    cm = Counter(zip(gold, pred, strict=True))
    width = max(len(str(x)) for x in labels) + 1
    out("    gold \\ predicted " + " ".join(f"{x!s:>{width}}" for x in labels))
    for g in labels:
        row = " ".join(f"{cm[(g, p)]:>{width}}" for p in labels)
        out(f"    {g!s:>17} {row}")


def _group_f1(items: list[Item]) -> float:
    gold = [group_of(i.gold_code) for i in items]
    pred = [group_of(i.pred_code) for i in items]
    return macro_f1(gold, pred, GROUPS)


def report_labels(out: Callable[[str], None], name: str, items: list[Item], matrices: bool) -> None:
    """Print strength, population and advice figures of one set of statements."""
    if not items:
        return
    n = len(items)
    gold = [i.gold_code for i in items]
    pred = [i.pred_code for i in items]
    gg = [group_of(c) for c in gold]
    pg = [group_of(c) for c in pred]
    acc7 = sum(g == p for g, p in zip(gold, pred, strict=True)) / n
    acc4 = sum(g == p for g, p in zip(gg, pg, strict=True)) / n
    pop = sum(i.gold_population == i.pred_population for i in items) / n
    pop_known = [i for i in items if i.gold_population is not None]
    pop_k = sum(i.gold_population == i.pred_population for i in pop_known) / max(1, len(pop_known))
    adv = sum(i.gold_advice == i.pred_advice for i in items) / n
    adv_alone = sum(i.gold_advice == i.pred_advice_alone for i in items) / n
    adv_base = Counter(i.gold_advice for i in items).most_common(1)[0][1] / n
    out(
        f"  {name} (n={n}): strength 7-code acc {acc7:.3f} macro-F1 "
        f"{macro_f1(gold, pred, range(7)):.3f}; 4-group acc {acc4:.3f} macro-F1 "
        f"{macro_f1(gg, pg, GROUPS):.3f}"
    )
    out(
        f"    population acc {pop:.3f} (without sample 2 'unclear': {pop_k:.3f}, "
        f"n={len(pop_known)}); advice acc {adv:.3f} with the text's context, "
        f"{adv_alone:.3f} statement alone (majority class {adv_base:.3f})"
    )
    if matrices:
        out("    strength, 7 codes:")
        _matrix(out, gold, pred, list(range(7)))
        out("    strength, 4 groups:")
        _matrix(out, gg, pg, list(GROUPS))


def main(
    argv: Sequence[str] | None = None, *, out: Callable[[str], None] = print
) -> dict[str, Any]:
    """Run the benchmark; return the headline figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args(argv)
    ins = args.data / "insciout"
    rows = _jsonl(ins / "strength_dev.jsonl")
    news = {d["id"]: d["text"] for d in _jsonl(ins / "news_dev.jsonl")}
    releases = {d["id"]: d["text"] for d in _jsonl(ins / "press_releases.jsonl")}

    story: list[Item] = []
    release: dict[tuple[str, int, int], Item] = {}
    pairs: list[tuple[int, Item, Item]] = []
    for r in rows:
        f = fold_of(r["release_id"])
        s_item = _item(f, r["story_statement"], news[r["story_id"]])
        rs = r["release_statement"]
        key = (r["release_id"], rs["start"], rs["end"])
        if key not in release:
            release[key] = _item(f, rs, releases[r["release_id"]])
        story.append(s_item)
        pairs.append((f, s_item, release[key]))

    parts = {
        f"held out (fold {HELD_OUT}, never read)": lambda f: f == HELD_OUT,
        "read (folds 0-3, rules written from their errors)": lambda f: f != HELD_OUT,
        "all folds": lambda f: True,
    }
    figures: dict[str, Any] = {}
    out(f"1. Labels of the coded statements ({len(rows)} pairs, {len(release)} release statements)")
    for name, keep in parts.items():
        out(f"\n[{name}]")
        headline = name.startswith("held")
        report_labels(out, "story statements", [i for i in story if keep(i.fold)], headline)
        report_labels(
            out, "release statements", [i for i in release.values() if keep(i.fold)], headline
        )
        ex = [
            (s.gold_code > rl.gold_code, _stronger(s, rl))
            for f, s, rl in pairs
            if keep(f) and 2 <= s.gold_code <= 6 and 2 <= rl.gold_code <= 6
        ]
        p, rc, f1, gp, pp = prf(ex)
        out(
            f"  exaggeration (story stronger than release; {len(ex)} pairs with both codes "
            f"2-6, {gp} exaggerated): precision {p:.3f} recall {rc:.3f} F1 {f1:.3f} "
            f"({pp} flagged)"
        )
        if headline:
            figures["exaggeration_f1"] = f1
            figures["exaggeration_precision"] = p

    out(
        "\n[5-fold grouped CV, by release: each fold's figures; the rules are not fitted, "
        f"but they were read from folds 0-3, so only fold {HELD_OUT}'s is an honest estimate]"
    )
    cv: list[tuple[float, float, float]] = []
    for k in range(FOLDS):
        s_items = [i for i in story if i.fold == k]
        r_items = [i for i in release.values() if i.fold == k]
        ex = [
            (s.gold_code > rl.gold_code, _stronger(s, rl))
            for f, s, rl in pairs
            if f == k and 2 <= s.gold_code <= 6 and 2 <= rl.gold_code <= 6
        ]
        row = (_group_f1(s_items), _group_f1(r_items), prf(ex)[2])
        cv.append(row)
        tag = "held out" if k == HELD_OUT else "read"
        out(
            f"  fold {k} ({tag}; {len(s_items)} stories, {len(r_items)} releases): 4-group "
            f"macro-F1 story {row[0]:.3f} release {row[1]:.3f}; exaggeration F1 {row[2]:.3f}"
        )
    means = [sum(r[j] for r in cv) / FOLDS for j in range(3)]
    out(
        f"  mean of 5 folds: story {means[0]:.3f} release {means[1]:.3f} "
        f"exaggeration F1 {means[2]:.3f}"
    )

    out("\n2. The story's main statement found with no span given")
    gold_spans: dict[str, list[tuple[int, int, int]]] = {}
    for r in rows:
        st = r["story_statement"]
        gold_spans.setdefault(r["story_id"], []).append(
            (fold_of(r["release_id"]), st["start"], st["end"])
        )
    found: dict[str, tuple[int, bool]] = {}
    for sid, spans in gold_spans.items():
        chosen = main_statement(news[sid])
        found[sid] = (
            spans[0][0],
            chosen is not None and any(chosen.start < e and s < chosen.end for _, s, e in spans),
        )
    for name, keep in parts.items():
        shares = [hit for fold, hit in found.values() if keep(fold)]
        out(
            f"  [{name}] overlaps a coded statement: {sum(shares) / len(shares):.3f} of "
            f"{len(shares)} stories"
        )
    per_fold = [[hit for fold, hit in found.values() if fold == k] for k in range(FOLDS)]
    shares_k = [sum(h) / len(h) for h in per_fold]
    out(
        "  [5-fold, by release] "
        + " ".join(f"fold {k} {v:.3f}" for k, v in enumerate(shares_k))
        + f"; mean {sum(shares_k) / FOLDS:.3f}"
    )

    out("\n3. The example pair")
    _example(out, args.data)
    return figures


def _jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _example(out: Callable[[str], None], data: Path) -> None:
    from sourcetrace.claims.story import story_claims
    from sourcetrace.documents import Document

    seeds = data / "seeds"
    article = (seeds / "article.txt").read_text()
    release = (seeds / "press_release.txt").read_text()
    for c in story_claims(article, sources=[Document(id="press_release", text=release)]):
        if c.drift is None or not c.drift.distorted:
            continue
        assert c.source is not None
        out(f"  {c.kind} ({c.role}): {c.text[:110]}…")
        out(f"    source: {c.source.text}")
        out(f"    drift: {c.drift.reason}")


if __name__ == "__main__":
    main()
