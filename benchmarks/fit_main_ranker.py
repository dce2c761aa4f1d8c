"""Fit the main-statement ranker (`benchmarks/main_ranker.py`) on InSciOut's dev stories.

Data: ``insciout/strength_dev.jsonl`` (the coded main statement of 701 dev stories) with the
texts of ``news_dev.jsonl``. A candidate (headline or one of the first body sentences) is
right when it overlaps a coded statement of its story.

The model is a conditional logit: one softmax over each story's candidates, fitted by
gradient descent (numpy) on ``-log`` of the probability given to the right candidates, with
an L2 penalty. It is scored under the benchmark's 5 folds by release (``crc32(release_id) %
5``): for each fold, fitted on the other four and scored on it (top candidate overlaps a
coded statement), next to the rules' choice (:func:`main_statement`) on the same stories.
Nothing is read from the fold scored, so the mean of the five held-out figures is an
honest estimate of the ranker (the rules were read from folds 0-3, so theirs is not).

With ``--write PATH`` the model fitted on all 701 stories is written as JSON (nothing
ships it: see the module's docstring).

Run: ``python benchmarks/fit_main_ranker.py [--data DIR] [--l2 X] [--write PATH]``
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from bench_strength import DATA, HELD_OUT, fold_of
from main_ranker import (
    FEATURES,
    SOURCE_FEATURES,
    RankerModel,
    candidates,
    features,
)
from sourcetrace.claims.main import main_statement


@dataclass(frozen=True)
class Story:
    """One story's candidates: their features, which are right, and the rules' pick."""

    story_id: str
    release_id: str
    fold: int
    x: np.ndarray
    right: np.ndarray
    rule: int


def load(data: Path, *, with_source: bool = False) -> list[Story]:
    """Build every coded story's candidates and features (with its release's, if asked)."""
    ins = data / "insciout"
    rows = [json.loads(x) for x in (ins / "strength_dev.jsonl").open(encoding="utf-8") if x.strip()]
    news = {
        d["id"]: d["text"]
        for d in (json.loads(x) for x in (ins / "news_dev.jsonl").open(encoding="utf-8"))
    }
    releases = {
        d["id"]: d["text"]
        for d in (json.loads(x) for x in (ins / "press_releases.jsonl").open(encoding="utf-8"))
    }
    gold: dict[str, tuple[int, str, list[tuple[int, int]]]] = {}
    for r in rows:
        st = r["story_statement"]
        gold.setdefault(r["story_id"], (fold_of(r["release_id"]), r["release_id"], []))[2].append(
            (st["start"], st["end"])
        )
    out = []
    for sid, (fold, rid, spans) in gold.items():
        text = news[sid]
        found = candidates(text)
        if not found:
            continue
        rule = main_statement(text)
        source = releases[rid] if with_source else None
        x = np.array(features(text, found, rule, source=source), dtype=float)
        right = np.array(
            [any(c.start < e and s < c.end for s, e in spans) for c in found], dtype=bool
        )
        pick = next(
            (i for i, c in enumerate(found) if rule is not None and c.start == rule.start), -1
        )
        out.append(Story(sid, rid, fold, x, right, pick))
    return out


def fit(
    stories: Sequence[Story],
    names: tuple[str, ...],
    *,
    l2: float,
    steps: int = 3000,
    by_release: bool = False,
) -> RankerModel:
    """Fit the conditional logit on ``stories`` (those with a right candidate).

    With ``by_release``, each release weighs the same in the loss, however many stories
    were written from it (a release retold by 19 outlets does not set the weights alone).
    """
    train = [s for s in stories if s.right.any()]
    count = Counter(s.release_id for s in train)
    weight = np.array([1.0 / count[s.release_id] if by_release else 1.0 for s in train])
    weight *= len(train) / weight.sum()
    allx = np.vstack([s.x for s in train])
    mean = allx.mean(axis=0)
    scale = allx.std(axis=0)
    scale[scale == 0] = 1.0
    width = max(len(s.x) for s in train)
    n, d = len(train), len(names)
    # Stories padded to the same number of candidates; padding masked out of the softmax.
    x = np.zeros((n, width, d))
    mask = np.zeros((n, width), dtype=bool)
    right = np.zeros((n, width), dtype=bool)
    for i, s in enumerate(train):
        x[i, : len(s.x)] = (s.x - mean) / scale
        mask[i, : len(s.x)] = True
        right[i, : len(s.x)] = s.right
    w = np.zeros(d)

    def loss_grad(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = np.where(mask, x @ w, -np.inf)
        zmax = z.max(axis=1, keepdims=True)
        p = np.exp(z - zmax)
        total = p.sum(axis=1, keepdims=True)
        p /= total
        q = np.where(right, p, 0.0)
        mass = q.sum(axis=1, keepdims=True)
        q /= mass
        loss = -float(weight @ np.log(mass[:, 0])) / n + 0.5 * l2 * float(w @ w)
        return loss, l2 * w + np.einsum("n,nc,ncd->d", weight, p - q, x) / n

    # Gradient descent with a step halved whenever it would raise the loss.
    lr = 1.0
    loss, grad = loss_grad(w)
    for _ in range(steps):
        trial = w - lr * grad
        new_loss, new_grad = loss_grad(trial)
        if new_loss > loss:
            lr /= 2
            if lr < 1e-6:
                break
            continue
        w, loss, grad = trial, new_loss, new_grad
        lr *= 1.1
    return RankerModel(
        version="unfitted",
        features=names,
        mean=tuple(float(v) for v in mean),
        scale=tuple(float(v) for v in scale),
        weights=tuple(float(v) for v in w),
    )


def pick(model: RankerModel, story: Story, margin: float = 0.0) -> int:
    """The candidate chosen: the model's first, or the rules' choice when close.

    The rules' choice stays unless the model's first is more probable by over ``margin``.
    """
    w = np.array(model.weights)
    z = ((story.x - np.array(model.mean)) / np.array(model.scale)) @ w
    p = np.exp(z - z.max())
    p /= p.sum()
    top = int(np.argmax(p))
    if story.rule < 0 or p[top] - p[story.rule] > margin:
        return top
    return story.rule


def main(
    argv: Sequence[str] | None = None, *, out: Callable[[str], None] = print
) -> dict[str, Any]:
    """Cross-validate the ranker against the rules; optionally write the model fitted on all."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--l2", type=float, default=0.01)
    parser.add_argument("--steps", type=int, default=3000)
    parser.add_argument(
        "--margin",
        type=float,
        default=0.0,
        help="override the rules' choice only when the ranker's is this much more probable",
    )
    parser.add_argument(
        "--source", action="store_true", help="add the features read from the story's release"
    )
    parser.add_argument(
        "--dev",
        action="store_true",
        help=f"4-fold CV on folds 0-3 only (fold {HELD_OUT} left out), as the features were chosen",
    )
    parser.add_argument("--write", type=Path, default=None)
    args = parser.parse_args(argv)
    stories = load(args.data, with_source=args.source)
    if args.dev:
        stories = [s for s in stories if s.fold != HELD_OUT]
    names = SOURCE_FEATURES if args.source else FEATURES
    out(
        f"{len(stories)} stories, {sum(len(s.x) for s in stories)} candidates; features: "
        f"{'story and release' if args.source else 'story alone'}; margin {args.margin}"
    )
    folds = sorted({s.fold for s in stories})
    ranker_hits: list[float] = []
    rule_hits: list[float] = []
    sizes: list[int] = []
    for k in folds:
        train = [s for s in stories if s.fold != k]
        test = [s for s in stories if s.fold == k]
        model = fit(train, names, l2=args.l2, steps=args.steps)
        r = sum(bool(s.right[pick(model, s, args.margin)]) for s in test) / len(test)
        b = sum(s.rule >= 0 and bool(s.right[s.rule]) for s in test) / len(test)
        ranker_hits.append(r)
        rule_hits.append(b)
        sizes.append(len(test))
        tag = "the rules' held-out fold" if k == HELD_OUT else "read by the rules"
        out(f"  fold {k} ({len(test)} stories; {tag}): ranker {r:.3f}  rules {b:.3f}")
    n = sum(sizes)
    pooled_r = float(np.dot(ranker_hits, sizes)) / n
    pooled_b = float(np.dot(rule_hits, sizes)) / n
    out(
        f"  mean of {len(folds)} folds: ranker {np.mean(ranker_hits):.3f}  rules "
        f"{np.mean(rule_hits):.3f}; all {n} stories (pooled): ranker {pooled_r:.3f}  rules "
        f"{pooled_b:.3f}"
    )
    model = fit(stories, names, l2=args.l2, steps=args.steps)
    out("  weights fitted on all these stories (standardised features):")
    for name, wt in sorted(zip(names, model.weights, strict=True), key=lambda t: -abs(t[1])):
        out(f"    {name:>18} {wt:+.3f}")
    if args.write is not None:
        shipped = RankerModel(
            version="main-ranker.v1 insciout-dev-2026-11-30",
            features=model.features,
            mean=model.mean,
            scale=model.scale,
            weights=model.weights,
            notes=(
                f"conditional logit over headline + first body sentences; l2 {args.l2}, "
                f"{args.steps} steps; fitted on {n} InSciOut dev stories "
                f"(benchmarks/fit_main_ranker.py). Grouped CV by release: ranker "
                f"{np.mean(ranker_hits):.3f}, rules {np.mean(rule_hits):.3f}."
            ),
        )
        args.write.write_text(json.dumps(shipped.to_dict(), indent=1) + "\n", encoding="utf-8")
        out(f"  written: {args.write}")
    return {"ranker": ranker_hits, "rules": rule_hits}


if __name__ == "__main__":
    main()
