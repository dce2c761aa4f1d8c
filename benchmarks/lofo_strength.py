"""Issue 17, twelfth round: leave-one-fold-out CV over the read folds (0-3), by release.

``bench_strength.py`` scores the rules on fold 4, held out; but fold 4 has been looked at in
earlier rounds (variants were dropped because they fell there), so its figure alone is no
longer a clean estimate. This script estimates, on folds 0-3 only, whether *choosing* among
variants of the rules generalises to releases the choice was not made on:

* for each variant of a family, its figure on each of folds 0-3 (the folds are by release,
  ``crc32(release_id) % 5``, so a release's stories never sit on both sides);
* **nested leave-one-fold-out**: for each fold k of 0-3, the variant with the best figure
  pooled over the other three read folds (ties keep the earlier variant; the shipped rules
  come first) is scored on fold k. The mean over the four folds of that procedure, against
  the rules' mean, says whether the selection carries to unseen releases.

For each target, variants come in families (each holds the rules), and the nested
selection runs within each family and over all variants together:

1. *Story strength* (four-group macro-F1 of the coded story statements): each switch of
   :class:`~sourcetrace.claims.strength.StrengthPolicy` flipped, its hedge window, and the
   thirteenth round's cue variants (:func:`strength_families`).
2. *Main statement* (share of stories whose chosen statement overlaps a coded one): each
   layout setting of :class:`~sourcetrace.claims.main.MainPolicy`, the eleventh round's
   choice variants (``tally_strength_read.VARIANTS``), and two of this round's: a lede that
   states a relation but reports no study (no finding word) yields to the next sentence when
   that one reports a finding with a relation; a loose line just before the lede that
   restates it (a share of the words) is taken instead of the lede.

Fold 4's pairs are dropped before any text is read, unless ``--held-out`` is given: then
the rules are scored on fold 4, and a family's choice (made on all of folds 0-3) only when
its nested leave-one-fold-out mean beats the rules'.

Run: ``python benchmarks/lofo_strength.py [--data DIR] [--held-out] [--only strength|main]``
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench_strength import DATA, HELD_OUT, _jsonl, fold_of, macro_f1
from sourcetrace.claims import group_of
from sourcetrace.claims.main import FINDING_WORDS, MainPolicy, layout, main_statement
from sourcetrace.claims.strength import GROUPS, StrengthPolicy, classify_strength, find_cues
from tally_strength_read import _QUOTED, VARIANTS

READ = (0, 1, 2, 3)
Span = tuple[int, int]
#: One scored item: its fold, then what the family's metric reads (gold and prediction).
Item = tuple[int, Any, Any]
Metric = Callable[[Sequence[Item]], float]


@dataclass(frozen=True)
class Selection:
    """The outcome of nested leave-one-fold-out selection.

    Attributes:
        chosen: For each held-out fold, the variant chosen on the other folds.
        scores: For each held-out fold, the chosen variant's figure on it.
        final: The variant chosen on all the folds together.
    """

    chosen: dict[int, str]
    scores: dict[int, float]
    final: str

    @property
    def mean(self) -> float:
        """Mean over the held-out folds of the chosen variants' figures."""
        return sum(self.scores.values()) / len(self.scores)


def share(items: Sequence[Item]) -> float:
    """Share of items whose prediction is a hit (the main-statement metric)."""
    return sum(1 for _, _, hit in items if hit) / len(items) if items else 0.0


def group_f1(items: Sequence[Item]) -> float:
    """Four-group macro-F1 of (gold group, predicted group) items."""
    return macro_f1([g for _, g, _ in items], [p for _, _, p in items], GROUPS)


def per_fold(items: Sequence[Item], metric: Metric, folds: Sequence[int]) -> dict[int, float]:
    """The metric on each fold's items."""
    return {k: metric([i for i in items if i[0] == k]) for k in folds}


def nested_select(
    runs: Mapping[str, Sequence[Item]], metric: Metric, folds: Sequence[int] = READ
) -> Selection:
    """Choose a variant on all folds but one, score it on that one, for each fold.

    Args:
        runs: Each variant's scored items, in order of preference (the first wins ties).
        metric: The figure of a set of items (pooled over the folds it is given).
        folds: The folds to rotate over.
    """

    def best(on: set[int]) -> str:
        top, name = -1.0, ""
        for v, items in runs.items():
            score = metric([i for i in items if i[0] in on])
            if score > top:
                top, name = score, v
        return name

    chosen = {k: best(set(folds) - {k}) for k in folds}
    scores = {k: metric([i for i in runs[chosen[k]] if i[0] == k]) for k in folds}
    return Selection(chosen, scores, best(set(folds)))


def release_interval(
    items: Sequence[Item],
    releases: Sequence[str],
    metric: Metric,
    *,
    minus: Sequence[Item] | None = None,
    draws: int = 1000,
    seed: int = 0,
    level: float = 0.9,
) -> tuple[float, float]:
    """A bootstrap interval of a figure, resampling whole releases (the folds' unit).

    Args:
        items: The scored items.
        releases: The release of each item (parallel to ``items``).
        metric: The figure.
        minus: Another variant's items on the same statements (parallel): the interval is
            then of the difference ``metric(items) - metric(minus)``, paired by release.
        draws: Bootstrap samples.
        seed: Seed of the resampling.
        level: Coverage of the interval.
    """
    by: dict[str, list[int]] = {}
    for i, rid in enumerate(releases):
        by.setdefault(rid, []).append(i)
    ids = sorted(by)
    rng = random.Random(seed)
    stats = []
    for _ in range(draws):
        picked = [i for rid in rng.choices(ids, k=len(ids)) for i in by[rid]]
        value = metric([items[i] for i in picked])
        if minus is not None:
            value -= metric([minus[i] for i in picked])
        stats.append(value)
    stats.sort()
    tail = (1 - level) / 2
    return stats[int(tail * draws)], stats[min(draws - 1, int((1 - tail) * draws))]


def _intervals(
    out: Callable[[str], None],
    runs: Mapping[str, Sequence[Item]],
    releases: Sequence[str],
    metric: Metric,
    families: Mapping[str, Iterable[str]],
    held_out: bool,
) -> None:
    """Print release-bootstrap intervals: the rules' figure, and the best variant's gain."""
    read = [i for i, it in enumerate(runs["rules"]) if it[0] in READ]

    def on(name: str, idx: Sequence[int]) -> list[Item]:
        return [runs[name][i] for i in idx]

    rel = [releases[i] for i in read]
    lo, hi = release_interval(on("rules", read), rel, metric)
    line = f"  release bootstrap, 90% interval: rules, folds 0-3 pooled [{lo:.3f}, {hi:.3f}]"
    if held_out:
        held = [i for i, it in enumerate(runs["rules"]) if it[0] == HELD_OUT]
        lo, hi = release_interval(on("rules", held), [releases[i] for i in held], metric)
        line += f"; fold {HELD_OUT} [{lo:.3f}, {hi:.3f}]"
    out(line)
    names = [n for f in families.values() for n in f if n != "rules"]
    best = max(names, key=lambda n: metric(on(n, read)))
    lo, hi = release_interval(on(best, read), rel, metric, minus=on("rules", read))
    gain = metric(on(best, read)) - metric(on("rules", read))
    out(
        f"  best variant on folds 0-3 pooled, {best!r}: {gain:+.3f} over the rules, "
        f"90% interval of the gain [{lo:+.3f}, {hi:+.3f}]"
    )


def _chooser(policy: MainPolicy) -> Callable[[str, str], Span | None]:
    def choose(text: str, release: str) -> Span | None:
        ch = main_statement(text, policy=policy)
        return None if ch is None else (ch.start, ch.end)

    return choose


def _unreported_lede_yields(text: str, release: str) -> Span | None:
    """A lede with a relation but no finding word yields to a next sentence reporting one."""
    ch = main_statement(text)
    if ch is None:
        return None
    if ch.role != "lede" or FINDING_WORDS.search(text[ch.start : ch.end]):
        return ch.start, ch.end
    lay = layout(text)
    lede = lay.lede
    if lede is None:
        return ch.start, ch.end
    i = lay.body.index(lede)
    if i + 1 < len(lay.body):
        a, b = lay.body[i + 1]
        sent = text[a:b]
        if (
            not _QUOTED.match(sent)
            and FINDING_WORDS.search(sent)
            and any(h.code >= 1 for h in find_cues(sent))
        ):
            return a, b
    return ch.start, ch.end


_WORD = re.compile(r"[^\W_]+")


def restates(a: str, b: str) -> float:
    """Share of the shorter text's distinct words (lower-cased) that the other also has."""
    x = {w.lower() for w in _WORD.findall(a)}
    y = {w.lower() for w in _WORD.findall(b)}
    return len(x & y) / min(len(x), len(y)) if x and y else 0.0


def _restated_standfirst(threshold: float) -> Callable[[str, str], Span | None]:
    """A chosen lede restated by a loose line just before it: the earlier one, the standfirst.

    Syndicated and re-posted copy often repeats the lede as a standfirst; the two state the
    same finding, and the statement is the first of them.
    """

    def choose(text: str, release: str) -> Span | None:
        ch = main_statement(text)
        if ch is None or ch.role != "lede":
            return None if ch is None else (ch.start, ch.end)
        lay = layout(text)
        lede = lay.lede
        if lede is None:
            return ch.start, ch.end
        i = lay.body.index(lede)
        if i > 0 and lay.body[i - 1] in lay.loose:
            a, b = lay.body[i - 1]
            if restates(text[a:b], text[ch.start : ch.end]) >= threshold:
                return a, b
        return ch.start, ch.end

    return choose


def main_families() -> dict[str, dict[str, Callable[[str, str], Span | None]]]:
    """The main-statement rules and each family of variants (each family holds the rules)."""
    base = MainPolicy()
    rules = _chooser(base)
    fam: dict[str, dict[str, Callable[[str, str], Span | None]]] = {}
    for field, values in (
        ("min_words", (4, 5, 8)),
        ("prose_sentences", (2, 4)),
        ("prose_words", (30, 60)),
        ("headline_max_words", (20,)),
        ("findings", (1, 3)),
        ("search_sentences", (4, 12)),
    ):
        fam[f"MainPolicy.{field}"] = {"rules": rules} | {
            f"{field}={v}": _chooser(dataclasses.replace(base, **{field: v})) for v in values
        }
    for name, choose in VARIANTS.items():
        key = "eleventh round: " + name.split(" (")[0].split(" ->")[0].split(":")[0]
        fam.setdefault(key, {"rules": rules})[name] = choose
    fam["lede reporting no study"] = {
        "rules": rules,
        "lede reporting no study -> next sentence reporting a finding": _unreported_lede_yields,
    }
    fam["standfirst restating the lede"] = {"rules": rules} | {
        f"standfirst restating the lede (>= {t} of the words)": _restated_standfirst(t)
        for t in (0.7, 0.8, 0.9)
    }
    return fam


def recoded(
    base: StrengthPolicy,
    names: Iterable[str],
    *,
    code: int | None = None,
    pattern: str | None = None,
) -> StrengthPolicy:
    """``base`` with the cues ``names`` of its lexicon given another code or pattern.

    Their keys (the cheap test that skips a pattern) are kept: a new pattern must match only
    text that holds one of them.
    """
    wanted = set(names)
    unknown = wanted - {c.name for c in base.cues}
    if unknown:
        raise ValueError(f"no cue named {sorted(unknown)} in the lexicon")
    cues = tuple(
        dataclasses.replace(
            c,
            code=c.code if code is None else code,
            pattern=c.pattern if pattern is None else pattern,
        )
        if c.name in wanted
        else c
        for c in base.cues
    )
    return dataclasses.replace(base, cues=cues)


def strength_families() -> dict[str, dict[str, StrengthPolicy]]:
    """The strength rules and each family of variants.

    A switch flipped; the hedge window; and the thirteenth round's cue variants, each read
    from an off-diagonal cell of ``census_strength_read.py`` (folds 0-3): a partly negated
    comparison ("*not always better* than") as no relationship (1), with the partial
    negation rule (which makes a limited denial a hedge, 4) on and off; an equivalence
    ("*just as good* as") as hedged (4) rather than no relationship; "possible" and
    "potential" no cue by themselves (they still hedge a relation after them).
    """
    base = StrengthPolicy()
    fam: dict[str, dict[str, StrengthPolicy]] = {}
    for f in (
        "hedge_over_cause",
        "contrast",
        "negation_scope",
        "aims",
        "parse",
        "partial_negation",
        "roles",
    ):
        flipped: dict[str, Any] = {f: not getattr(base, f)}
        fam[f] = {"rules": base, f"{f}={flipped[f]}": dataclasses.replace(base, **flipped)}
    fam["window"] = {"rules": base} | {
        f"window={w}": dataclasses.replace(base, window=w) for w in (24, 32, 60)
    }
    not_better = recoded(base, ["not_better"], code=1)
    fam["cue not_better"] = {
        "rules": base,
        "not_better=1": not_better,
        "not_better=1, partial_negation=False": dataclasses.replace(
            not_better, partial_negation=False
        ),
    }
    fam["cue just_as"] = {
        "rules": base,
        "just_as, as_good_as=4": recoded(base, ["just_as", "as_good_as"], code=4),
    }
    fam["cue potential"] = {
        "rules": base,
        "potential: hope words only": recoded(
            base, ["potential"], pattern=r"\b(?:promising|hope|hopes|could offer)\b"
        ),
    }
    return fam


def _overlaps(span: Span | None, gold: Sequence[Span]) -> bool:
    return span is not None and any(span[0] < e and s < span[1] for s, e in gold)


def _report(
    out: Callable[[str], None],
    title: str,
    families: Mapping[str, Iterable[str]],
    every: Mapping[str, Sequence[Item]],
    releases: Sequence[str],
    metric: Metric,
    held_out: bool,
) -> None:
    """Print the figures by read fold, nested selection by family, bootstrap intervals.

    ``every`` holds each variant's items on all the folds loaded; fold 4 is printed only
    with ``held_out``.
    """
    runs = {v: [i for i in items if i[0] in READ] for v, items in every.items()}
    held = (
        {v: [i for i in items if i[0] == HELD_OUT] for v, items in every.items()}
        if held_out
        else None
    )
    out(f"\n{title}")
    out("  variant" + " " * 58 + "fold 0  fold 1  fold 2  fold 3   mean")
    for name, items in runs.items():
        f = per_fold(items, metric, READ)
        out(
            f"  {name[:64]:<64} "
            + "  ".join(f"{f[k]:.3f}" for k in READ)
            + f"  {sum(f.values()) / len(f):.3f}"
        )
    rules = per_fold(runs["rules"], metric, READ)
    mean_rules = sum(rules.values()) / len(rules)
    out(
        "  nested leave-one-fold-out, by family (a variant or the rules chosen on three read "
        "folds, scored on the fourth):"
    )
    out(
        f"    {'family':<46} {'fold 0':>6} {'fold 1':>6} {'fold 2':>6} {'fold 3':>6}   mean"
        f"  (rules {mean_rules:.3f}); chosen on folds 0-3"
        + (f"; fold {HELD_OUT}" if held is not None else "")
    )
    everything = {"all variants": list(runs)}
    for fam, names in {**{f: list(v) for f, v in families.items()}, **everything}.items():
        sel = nested_select({n: runs[n] for n in names}, metric)
        line = (
            f"    {fam[:46]:<46} "
            + " ".join(f"{sel.scores[k]:>6.3f}" for k in READ)
            + f"  {sel.mean:.3f}  {sel.mean - mean_rules:+.3f}; {sel.final!r}"
        )
        if held is not None and sel.final != "rules" and sel.mean > mean_rules:
            # Fold 4 is looked at only for a family whose selection beats the rules.
            line += f"; fold {HELD_OUT} {metric(held[sel.final]):.3f}"
        out(line)
    if held is not None:
        out(f"  fold {HELD_OUT} (held out): rules {metric(held['rules']):.3f}")
    _intervals(out, every, releases, metric, families, held_out)


def main(argv: Sequence[str] | None = None, *, out: Callable[[str], None] = print) -> None:
    """Print the leave-one-fold-out CV of both targets (and fold 4 with ``--held-out``)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument(
        "--held-out",
        action="store_true",
        help="also score fold 4: the rules, and a family's choice only where it beats them",
    )
    parser.add_argument("--only", choices=("strength", "main"), help="run one target")
    args = parser.parse_args(argv)
    ins = args.data / "insciout"
    keep = set(READ) | ({HELD_OUT} if args.held_out else set())
    # Without --held-out, fold 4's pairs are dropped before any text is read.
    rows = [r for r in _jsonl(ins / "strength_dev.jsonl") if fold_of(r["release_id"]) in keep]
    story_ids = {r["story_id"] for r in rows}
    release_ids = {r["release_id"] for r in rows}
    news = {d["id"]: d["text"] for d in _jsonl(ins / "news_dev.jsonl") if d["id"] in story_ids}
    rels = {
        d["id"]: d["text"] for d in _jsonl(ins / "press_releases.jsonl") if d["id"] in release_ids
    }
    n_read = sum(fold_of(r["release_id"]) in READ for r in rows)
    out(f"Leave-one-fold-out over folds 0-3 ({n_read} pairs, by release)")

    if args.only in (None, "strength"):
        s_fams = strength_families()
        policies = {n: p for fam in s_fams.values() for n, p in fam.items()}
        s_runs: dict[str, list[Item]] = {
            name: [
                (
                    fold_of(r["release_id"]),
                    group_of(r["story_statement"]["strength"]),
                    group_of(classify_strength(r["story_statement"]["text"], policy=policy).code),
                )
                for r in rows
            ]
            for name, policy in policies.items()
        }
        _report(
            out,
            "1. Story strength, 4-group macro-F1 (coded story statements)",
            s_fams,
            s_runs,
            [r["release_id"] for r in rows],
            group_f1,
            args.held_out,
        )
    if args.only in (None, "main"):
        gold: dict[str, tuple[str, list[Span]]] = {}
        for r in rows:
            st = r["story_statement"]
            gold.setdefault(r["story_id"], (r["release_id"], []))[1].append(
                (st["start"], st["end"])
            )
        m_fams = main_families()
        choosers = {n: c for fam in m_fams.values() for n, c in fam.items()}
        m_runs: dict[str, list[Item]] = {
            name: [
                (fold_of(rid), None, _overlaps(choose(news[sid], rels[rid]), spans))
                for sid, (rid, spans) in gold.items()
            ]
            for name, choose in choosers.items()
        }
        _report(
            out,
            "2. Main statement found with no span: share overlapping a coded statement",
            m_fams,
            m_runs,
            [rid for rid, _ in gold.values()],
            share,
            args.held_out,
        )


if __name__ == "__main__":
    main()
