"""Fit the confidence model offline, and measure it under cross-validation grouped by release.

Traces every InSciOut dev story against the 360 releases (and again with its labelled
release excluded), keeps each candidate's evidence features (see
:mod:`sourcetrace.confidence`) and whether it is the labelled release, then:

* **cross-validates** with 5 folds grouped by release (the stories of one release are
  never on both sides): on 4/5 of the releases it fits the logistic model and picks the
  confidence threshold (the highest precision@1 + recall with a hidden-source leak of at
  most ``--max-leak``), and measures on the stories of the other fifth. It prints, per
  fold and as mean ± standard deviation, the figures of today's rules and of the
  confidence threshold: precision@1, recall, ranking alone, leak, false sources per
  story and the expected calibration error (ECE, 10 bins) of the first candidate's
  confidence, then a reliability table of the out-of-fold confidences;
* with ``--write``, fits on every story and writes the parameters the package ships
  (``src/sourcetrace/data/confidence.json``; with ``--sparse``,
  ``confidence_open.json``, the model of ``trace.source_may_be_absent``).

With ``--sparse FRACTION`` (repeatable) each story is also traced, with and without its
release, against its release's block of that fraction of the releases in id order (one
institution's releases of a period: :func:`sparse_blocks`); both twins are fitted on
(the candidates of the one without the release all labelled 0, weighted
``SPARSE_HIDDEN``), and their figures printed (:func:`sparse_figures`). Every run also
prints those figures for the 360 releases with the release hidden ("release absent,
too"). ``--model PATH`` measures fixed parameters instead of refitting per fold.

With ``--mixed`` each story whose release has other stories is also traced against the
releases plus those sibling stories (an index of news as well as releases): the model is
fitted on those traces too (see :func:`matrix`), and their figures are printed (the
rules', the share of accepted labelled releases under 0.5, the ECEs). The shipped model
is fitted with ``--mixed``; ``--fit-releases-only`` fits as before it, for comparison.

Run: ``python benchmarks/fit_confidence.py [--cache /tmp/rows.jsonl] [--mixed] [--write]``
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import json
import random
import statistics
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from sourcetrace.confidence import FEATURES, ConfidenceModel
from sourcetrace.documents import Document
from sourcetrace.index import Store, open_store
from sourcetrace.readers import read_jsonl
from sourcetrace.trace import TraceOptions, trace

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "data" / "insciout"
MODEL_PATH = HERE.parent / "src" / "sourcetrace" / "data" / "confidence.json"
#: Where ``--write`` puts the model fitted with the sparse traces (``--sparse``): the one
#: ``trace.source_may_be_absent`` reads.
OPEN_MODEL_PATH = MODEL_PATH.with_name("confidence_open.json")
FOLDS = 5
L2 = 1.0
#: Weight in the fit of a candidate of a sparse trace without the labelled release.
SPARSE_HIDDEN = 1.0
#: The feature ``--rule-feature`` adds: 1 if today's rules accept the candidate in its
#: trace (its ``accepted``), else 0.
RULE_FEATURES = ("rules_accept",)
Floats = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class Row:
    """One candidate of one trace."""

    story: str
    truth: str
    hidden: bool
    id: str
    features: tuple[float, ...]
    accepted: bool  # by today's rules
    position: int  # in today's result order
    rule: str | None = None  # the rule that accepted it (accepted_by), if any
    mixed: bool = False  # traced against the releases and the story's sibling stories
    sparse: float = 0.0  # traced against this fraction of the releases (0: all of them)


def sparse_blocks(ids: Sequence[str], fraction: float) -> list[list[str]]:
    """Split release ids, in id order, into consecutive blocks of ``fraction`` of them.

    InSciOut's ids run by institution and weeks (``pr-22-*``): a block is the index of a
    user who holds the releases of a few weeks only. A last block shorter than half the
    others joins the one before it.
    """
    ordered = sorted(ids)
    size = max(1, round(fraction * len(ordered)))
    blocks = [ordered[i : i + size] for i in range(0, len(ordered), size)]
    if len(blocks) > 1 and len(blocks[-1]) < size / 2:
        blocks[-2] += blocks.pop()
    return blocks


def with_rule_features(rows: Sequence[Row]) -> list[Row]:
    """The rows with :data:`RULE_FEATURES` appended to their features.

    The rules judge each trace before the confidence is read, so their verdict on a
    candidate is evidence the model may weigh like any other: the candidate's
    ``accepted`` in that trace (the ordinary, the release-hidden, the mixed or the sparse
    one), never the label.
    """
    return [dataclasses.replace(r, features=(*r.features, float(r.accepted))) for r in rows]


def collect(
    data: Path,
    limit: int,
    options: TraceOptions | None = None,
    *,
    mixed: bool = False,
    sparse: Sequence[float] = (),
) -> list[Row]:
    """Trace the dev stories (and again without their release) and return every candidate.

    With ``mixed``, also trace each story whose release has other stories against an
    index of the releases and those sibling stories (kind ``article``), as a newsroom
    index of releases and news holds them: the siblings are the only texts present that
    copy the story's release. They are added to the index for their release's stories
    and removed after, so no story meets another release's stories.

    With ``sparse`` fractions, also trace each story (and again without its release)
    against an index of its release's block of that fraction of the releases
    (:func:`sparse_blocks`): few texts, all of the same weeks, so that a candidate may
    stand out by chance and a close date is common.
    """
    releases = list(read_jsonl(data / "press_releases.jsonl"))
    stories = list(read_jsonl(data / "news_dev.jsonl"))[: limit or None]
    rows: list[Row] = []

    def traced(
        store: Store, story: Document, hidden: bool, in_mix: bool, fraction: float = 0.0
    ) -> list[Row]:
        truth = story.meta["true_source"]
        result = trace(
            store,
            story.text,
            article_id=story.id,
            exclude=[truth] if hidden else [],
            options=options,
        )
        return [
            Row(
                story.id,
                truth,
                hidden,
                s.id,
                s.features,
                s.derivation != "non",
                n,
                s.accepted_by,
                in_mix,
                fraction,
            )
            for n, s in enumerate(result.sources)
        ]

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "index.db")
        store.add(releases)
        for story in stories:
            for hidden in (False, True):
                rows += traced(store, story, hidden, False)
        if mixed:
            by_release: dict[str, list[Document]] = {}
            for story in stories:
                by_release.setdefault(story.meta["true_source"], []).append(story)
            for group in by_release.values():
                if len(group) < 2:
                    continue  # no sibling: the same index as the releases alone
                store.add(group)
                for story in group:
                    for hidden in (False, True):
                        rows += traced(store, story, hidden, True)
                for story in group:
                    store.delete(story.id)
        store.close()
    by_id = {r.id: r for r in releases}
    for k, fraction in enumerate(sparse):
        for b, block in enumerate(sparse_blocks(list(by_id), fraction)):
            members = set(block)
            group = [s for s in stories if s.meta["true_source"] in members]
            if not group:
                continue
            with tempfile.TemporaryDirectory() as tmp:
                store = open_store(Path(tmp) / f"sparse{k}-{b}.db")
                store.add([by_id[i] for i in block])
                for story in group:
                    for hidden in (False, True):
                        rows += traced(store, story, hidden, False, fraction)
                store.close()
    return rows


def fit(
    x: Floats, y: Floats, weight: Floats | None = None, names: tuple[str, ...] = FEATURES
) -> ConfidenceModel:
    """Fit an L2-regularised logistic regression by Newton's method (rows ``weight``ed).

    ``names``: the features' names (:data:`FEATURES`, with ``--rule-feature`` also
    :data:`RULE_FEATURES`).
    """
    v = np.ones(len(x)) if weight is None else weight
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    w = np.zeros(z.shape[1])
    penalty = np.diag([0.0] + [L2] * (z.shape[1] - 1))
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(z @ w, -50, 50)))
        grad = z.T @ (v * (p - y)) + penalty @ w
        hess = (z * (v * p * (1 - p))[:, None]).T @ z + penalty
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return ConfidenceModel(
        version="",
        features=names,
        mean=tuple(mean.tolist()),
        scale=tuple(scale.tolist()),
        weights=tuple(w[1:].tolist()),
        bias=float(w[0]),
    )


@dataclass(frozen=True, slots=True)
class Story:
    """One story's two traces, each candidate with its confidence."""

    truth: str
    normal: list[tuple[Row, float]]
    hidden: list[tuple[Row, float]]


def stories_of(
    rows: Sequence[Row], model: ConfidenceModel, *, mixed: bool = False, sparse: float = 0.0
) -> dict[str, Story]:
    """Group rows by story, with each candidate's confidence under ``model``.

    ``mixed`` picks the traces against the releases and the sibling stories; ``sparse``
    those against that fraction of the releases.
    """
    by: dict[str, Story] = {}
    for r in rows:
        if r.mixed != mixed or r.sparse != sparse:
            continue
        s = by.setdefault(r.story, Story(r.truth, [], []))
        (s.hidden if r.hidden else s.normal).append((r, model.predict(r.features)))
    return by


def mixed_figures(stories: dict[str, Story], story_ids: set[str]) -> dict[str, float]:
    """What the traces against releases and sibling stories show beyond :func:`measure`.

    ``low true``: share of the accepted labelled releases (accepted by the rules) with a
    confidence under 0.5, of ``n true``; ``low sibling``: the same for the accepted
    sibling stories; ``leak release``: share of the stories whose trace with the labelled
    release hidden accepts another release (siblings aside: they do copy it);
    ``top conf``: share whose highest-confidence candidate is the labelled release;
    ``release ece``: the ECE of the highest confidence among the releases (the stories
    aside), right if it is the labelled one; ``sure sibling dup``: share of the accepted
    siblings of confidence 0.5 or more that hold 80% of the story or more (copies of one
    text).
    """
    true = [p for s in stories.values() for r, p in s.normal if r.accepted and r.id == s.truth]
    sib = [p for s in stories.values() for r, p in s.normal if r.accepted and r.id in story_ids]
    leaks = sum(
        any(r.accepted and r.id not in story_ids for r, _ in s.hidden) for s in stories.values()
    )
    tops = _top_confidences(stories)
    sure = [
        r
        for s in stories.values()
        for r, p in s.normal
        if r.accepted and r.id in story_ids and p >= 0.5
    ]
    n = max(len(stories), 1)
    return {
        "low true": sum(p < 0.5 for p in true) / max(len(true), 1),
        "n true": float(len(true)),
        "low sibling": sum(p < 0.5 for p in sib) / max(len(sib), 1),
        "n sibling": float(len(sib)),
        "leak release": leaks / n,
        "top conf": sum(ok for _, ok in tops) / n,
        "release ece": ece(_top_confidences(stories, story_ids)),
        "sure sibling dup": sum(r.features[0] >= 0.8 for r in sure) / max(len(sure), 1),
    }


def measure(stories: dict[str, Story], threshold: float | None) -> dict[str, float]:
    """Figures of today's rules (``threshold`` None) or of a confidence threshold."""
    top1 = found = ranked = false = leaked = 0
    conf_correct: list[tuple[float, bool]] = []
    for s in stories.values():
        if threshold is None:  # as trace lists them: sources, then the rest by confidence
            normal = sorted(
                s.normal,
                key=lambda x: (0, x[0].position, 0.0) if x[0].accepted else (1, 0, -x[1]),
            )
            returned = [r.id for r, _ in normal if r.accepted]
            got_hidden = any(r.accepted for r, _ in s.hidden)
        else:
            normal = sorted(s.normal, key=lambda x: (-x[1], x[0].position))
            returned = [r.id for r, p in normal if p >= threshold]
            got_hidden = any(p >= threshold for _, p in s.hidden)
        top1 += bool(returned) and returned[0] == s.truth
        found += s.truth in returned
        ranked += bool(normal) and normal[0][0].id == s.truth
        false += sum(1 for r in returned if r != s.truth)
        leaked += got_hidden
        if normal:
            conf_correct.append((normal[0][1], normal[0][0].id == s.truth))
    n = max(len(stories), 1)
    return {
        "precision@1": top1 / n,
        "recall": found / n,
        "ranking": ranked / n,
        "leak": leaked / n,
        "false/story": false / n,
        "ece": ece(conf_correct),
    }


def ece(pairs: Sequence[tuple[float, bool]], bins: int = 10) -> float:
    """Expected calibration error over equal-width confidence bins."""
    total = len(pairs)
    if not total:
        return 0.0
    err = 0.0
    for lo, members in reliability(pairs, bins):
        del lo
        if members:
            conf = statistics.fmean(p for p, _ in members)
            acc = statistics.fmean(float(c) for _, c in members)
            err += len(members) / total * abs(conf - acc)
    return err


def reliability(
    pairs: Sequence[tuple[float, bool]], bins: int = 10
) -> list[tuple[float, list[tuple[float, bool]]]]:
    """Group ``(confidence, correct)`` pairs into equal-width bins."""
    out: list[tuple[float, list[tuple[float, bool]]]] = [(b / bins, []) for b in range(bins)]
    for p, c in pairs:
        out[min(int(p * bins), bins - 1)][1].append((p, c))
    return out


def choose_threshold(stories: dict[str, Story], max_leak: float) -> float:
    """The threshold with the best precision@1 + recall whose leak is at most ``max_leak``.

    If none keeps the leak that low, the one with the lowest leak.
    """
    scored = []
    for t in np.arange(0.05, 0.9999, 0.005):
        m = measure(stories, float(t))
        scored.append(
            (
                m["leak"] > max_leak,
                m["leak"] if m["leak"] > max_leak else 0.0,
                -(m["precision@1"] + m["recall"]),
                float(t),
            )
        )
    return round(min(scored)[3], 3)


def fold_threshold(
    train: dict[str, Story],
    max_leak: float,
    tau: float | None = None,
    leak_over_rules: float | None = None,
) -> float:
    """The confidence threshold of one fold, read from its training stories.

    ``tau`` if given (fixed); else :func:`choose_threshold` at a leak of at most the
    rules' own on ``train`` plus ``leak_over_rules`` if given, else at most ``max_leak``.
    """
    if tau is not None:
        return tau
    if leak_over_rules is not None:
        return choose_threshold(train, measure(train, None)["leak"] + leak_over_rules)
    return choose_threshold(train, max_leak)


def matrix(
    rows: Sequence[Row],
    with_mixed: bool = True,
    story_ids: set[str] | None = None,
    with_sparse: bool = True,
    sparse_hidden: float = SPARSE_HIDDEN,
) -> tuple[Floats, Floats, Floats]:
    """Features and labels (1 for the labelled release) of the ordinary traces of some rows.

    The traces with the labelled release hidden are left out of the fit: the confidence
    is the probability for a story whose source may be in the index, as in ordinary use;
    they serve to measure the leak and to choose the threshold.

    ``with_mixed``: the traces against the releases and the sibling stories are fitted on
    too, but of their sibling candidates (ids in ``story_ids``, by default the rows'
    stories) only those that repeat an earlier text of the pool (``follows``). A sibling
    that repeats none holds text the release does not: the story may have been copied
    from it (two outlets running one wire story), which the labels, naming the release
    alone, cannot say; such rows would teach the model that a text copied whole is no
    source.

    ``with_sparse``: the traces against a fraction of the releases are fitted on too;
    ``sparse_hidden``: with their twins without the labelled release (every candidate
    labelled 0), each row of this weight (0: left out). There a story's release may well
    be absent, and a candidate sharing a handful of pairs stands out by chance: the fit
    must see that. Returns the features, the labels and the rows' weights.
    """
    stories = story_ids if story_ids is not None else {r.story for r in rows}
    follows = FEATURES.index("follows") if "follows" in FEATURES else None

    def fitted(r: Row) -> bool:
        if r.sparse:
            return with_sparse and (sparse_hidden > 0 or not r.hidden)
        if r.hidden:
            return False
        if not r.mixed:
            return True
        if not with_mixed:
            return False
        return r.id not in stories or (follows is not None and r.features[follows] == 1.0)

    kept = [r for r in rows if fitted(r)]
    x = np.array([r.features for r in kept], dtype=np.float64)
    y = np.array([float(r.id == r.truth) for r in kept])
    v = np.array([sparse_hidden if r.hidden else 1.0 for r in kept])
    return x, y, v


def folds(rows: Sequence[Row], seed: int) -> list[set[str]]:
    """Split the labelled releases into ``FOLDS`` groups."""
    releases = sorted({r.truth for r in rows})
    random.Random(seed).shuffle(releases)
    return [set(releases[i::FOLDS]) for i in range(FOLDS)]


def summary(name: str, per_fold: list[dict[str, float]]) -> None:
    """Print mean ± standard deviation of each figure over the folds."""
    cells = []
    for k in per_fold[0]:
        values = [f[k] for f in per_fold]
        cells.append(f"{k} {statistics.fmean(values):.3f}±{statistics.stdev(values):.3f}")
    print(f"{name:>22}: " + ", ".join(cells))


def sparse_figures(stories: dict[str, Story], threshold: float) -> dict[str, float]:
    """What the traces against a fraction of the releases show beyond :func:`measure`.

    ``leak@0.5`` and ``leak@t``: share of the stories whose trace with the labelled
    release hidden holds a candidate of confidence 0.5 or more (``--min-confidence 0.5``)
    or of the fitted threshold; ``wrong@0.5``: share whose first candidate by confidence
    is not the labelled release yet has a confidence of 0.5 or more (the labelled
    release present); ``ece hidden``: the ECE of the hidden traces' top confidences
    (never right).
    """
    n = max(len(stories), 1)
    hidden_top = [max((p for _, p in s.hidden), default=0.0) for s in stories.values()]
    wrong = 0
    both = [(p, False) for p in hidden_top]
    for s in stories.values():
        if s.normal:
            r, p = max(s.normal, key=lambda x: (x[1], -x[0].position))
            wrong += r.id != s.truth and p >= 0.5
            both.append((p, r.id == s.truth))
    return {
        "leak@0.5": sum(p >= 0.5 for p in hidden_top) / n,
        "leak@t": sum(p >= threshold for p in hidden_top) / n,
        "wrong@0.5": wrong / n,
        "ece hidden": ece([(p, False) for p in hidden_top]),
        "ece both": ece(both),
    }


def cross_validate(
    rows: Sequence[Row],
    *,
    max_leak: float = 0.05,
    seed: int = 0,
    with_mixed: bool = True,
    with_sparse: bool = True,
    sparse_hidden: float = SPARSE_HIDDEN,
    fixed: ConfidenceModel | None = None,
    names: tuple[str, ...] = FEATURES,
    tau: float | None = None,
    leak_over_rules: float | None = None,
) -> None:
    """Print the whole-set and the grouped cross-validated figures of rules and confidence.

    If the rows hold mixed traces (see :func:`collect`), their figures are printed too:
    those of the rules, the ECE of the first candidate and :func:`low_confidence`.
    ``with_mixed``: the model is fitted on the mixed traces too (else on the releases
    alone, as before the mixed traces existed); ``with_sparse``: on the traces against a
    fraction of the releases too (their figures are printed: :func:`sparse_figures`).
    ``fixed``: measure this model in every fold instead of fitting one (the threshold is
    still chosen on the other folds). ``names``: the rows' feature names. ``tau``: measure
    this fixed threshold instead of choosing one per fold; ``leak_over_rules``: choose it
    per fold at a training leak of at most the rules' own on the training folds plus this
    (instead of ``max_leak``).
    """
    story_ids = {r.story for r in rows}

    def fitted(part: Sequence[Row]) -> ConfidenceModel:
        if fixed:
            return fixed
        return fit(*matrix(part, with_mixed, story_ids, with_sparse, sparse_hidden), names=names)

    everything = stories_of(rows, fitted(rows))
    whole = measure(everything, None)
    print(f"whole dev set, {len(everything)} stories, today's rules (read from it): ")
    print("  " + ", ".join(f"{a} {b:.3f}" for a, b in whole.items()))
    groups = folds(rows, seed)
    has_mixed = any(r.mixed for r in rows)
    fractions = sorted({r.sparse for r in rows if r.sparse})
    sparse: dict[float, list[dict[str, float]]] = {f: [] for f in fractions}
    oof_sparse: dict[float, list[tuple[float, bool]]] = {f: [] for f in fractions}
    rules: list[dict[str, float]] = []
    absent: list[dict[str, float]] = []
    conf: list[dict[str, float]] = []
    mixed: list[dict[str, float]] = []
    oof: list[tuple[float, bool]] = []
    oof_mixed: list[tuple[float, bool]] = []
    oof_release: list[tuple[float, bool]] = []
    for k, test in enumerate(groups):
        train_rows = [r for r in rows if r.truth not in test]
        test_rows = [r for r in rows if r.truth in test]
        model = fitted(train_rows)
        t = fold_threshold(stories_of(train_rows, model), max_leak, tau, leak_over_rules)
        held = stories_of(test_rows, model)
        rules.append(measure(held, None))
        absent.append(sparse_figures(held, t))
        conf.append(measure(held, t))
        oof += _top_confidences(held)
        print(
            f"fold {k}: {len(held)} stories, threshold {t:.3f}; rules "
            + ", ".join(f"{a} {b:.3f}" for a, b in rules[-1].items())
            + "; confidence "
            + ", ".join(f"{a} {b:.3f}" for a, b in conf[-1].items())
        )
        if has_mixed:
            held_mixed = stories_of(test_rows, model, mixed=True)
            mixed.append({**measure(held_mixed, None), **mixed_figures(held_mixed, story_ids)})
            oof_mixed += _top_confidences(held_mixed)
            oof_release += _top_confidences(held_mixed, story_ids)
            print(
                f"  mixed index, {len(held_mixed)} stories: "
                + ", ".join(f"{a} {b:.3f}" for a, b in mixed[-1].items())
            )
        for f in fractions:
            held_sparse = stories_of(test_rows, model, sparse=f)
            sparse[f].append({**measure(held_sparse, None), **sparse_figures(held_sparse, t)})
            oof_sparse[f] += _top_confidences(held_sparse)
            print(
                f"  sparse index ({f:g} of the releases), {len(held_sparse)} stories: "
                + ", ".join(f"{a} {b:.3f}" for a, b in sparse[f][-1].items())
            )
    print(f"grouped {FOLDS}-fold CV by release (mean±sd over folds), {len(rows)} candidate rows:")
    summary("today's rules", rules)
    summary("confidence threshold", conf)
    summary("release absent, too", absent)
    if has_mixed:
        summary("mixed index, rules", mixed)
    for f in fractions:
        summary(f"sparse {f:g}, rules", sparse[f])
    for name, pairs in (
        ("", oof),
        ("mixed index, ", oof_mixed),
        ("mixed index, releases only, ", oof_release),
        *((f"sparse index ({f:g}), ", oof_sparse[f]) for f in fractions),
    ):
        if not pairs:
            continue
        print(f"{name}reliability of the top candidate's confidence (out of fold):")
        print("  bin        stories  mean conf  precision")
        for lo, members in reliability(pairs):
            if members:
                mean_p = statistics.fmean(p for p, _ in members)
                acc = statistics.fmean(float(c) for _, c in members)
                print(f"  {lo:.1f}-{lo + 0.1:.1f}  {len(members):>7}  {mean_p:9.3f}  {acc:9.3f}")
        print(f"  ECE {ece(pairs):.3f}")


def _top_confidences(
    stories: dict[str, Story], leave_out: set[str] | None = None
) -> list[tuple[float, bool]]:
    """The highest confidence of each story's ordinary trace, and whether it is right.

    ``leave_out``: ids not counted as candidates (the stories, for the releases' figure).
    """
    out = []
    for s in stories.values():
        kept = [x for x in s.normal if not leave_out or x[0].id not in leave_out]
        if kept:
            r, p = max(kept, key=lambda x: (x[1], -x[0].position))
            out.append((p, r.id == s.truth))
    return out


def load_or_collect(
    data: Path,
    cache: Path | None,
    limit: int = 0,
    options: TraceOptions | None = None,
    *,
    mixed: bool = False,
    sparse: Sequence[float] = (),
) -> list[Row]:
    """Read the rows from ``cache`` if present, else trace (with ``options``) and write them.

    ``mixed``, ``sparse``: the traces are collected with those (see :func:`collect`).
    """
    if cache and cache.exists():
        return [
            Row(**{**d, "features": tuple(d["features"])}) for d in map(json.loads, cache.open())
        ]
    rows = collect(data, limit, options, mixed=mixed, sparse=sparse)
    if cache:
        with cache.open("w") as f:
            for r in rows:
                f.write(json.dumps(_row(r)) + "\n")
    return rows


def add_trace_arguments(parser: argparse.ArgumentParser, when: str = "") -> None:
    """Add the options that choose the traces and the accept rule measured.

    ``when`` prefixes their help (bench_insciout.py's "with --cv: ").
    """
    parser.add_argument(
        "--mixed",
        action="store_true",
        help=f"{when}also trace each story against the releases and its sibling stories "
        "(an index of news as well as releases), fit on those traces too and print their "
        "figures",
    )
    parser.add_argument(
        "--sparse",
        type=float,
        action="append",
        default=[],
        metavar="FRACTION",
        help=f"{when}also trace each story against its release's block of FRACTION of the "
        "releases (an index of a few weeks), fit on those traces too and print their "
        "figures (repeatable)",
    )
    parser.add_argument(
        "--rule-feature",
        action="store_true",
        help=f"{when}measure (never write) the model with the rules' verdict as one more "
        "feature (rules_accept); its threshold is then the accept rule under test",
    )
    parser.add_argument(
        "--tau", type=float, help=f"{when}measure this fixed confidence threshold in every fold"
    )
    parser.add_argument(
        "--leak-over-rules",
        type=float,
        metavar="D",
        help=f"{when}choose the threshold per fold at a training leak of at most the rules' plus D",
    )


def rows_from_arguments(args: argparse.Namespace) -> tuple[list[Row], tuple[str, ...]]:
    """The candidate rows and feature names the options of :func:`add_trace_arguments` ask."""
    rows = load_or_collect(args.data, args.cache, args.limit, mixed=args.mixed, sparse=args.sparse)
    if args.rule_feature:
        return with_rule_features(rows), (*FEATURES, *RULE_FEATURES)
    return rows, FEATURES


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--cache", type=Path, help="rows file: read if present, else written")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--max-leak", type=float, default=0.05)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--write", action="store_true", help="write the shipped parameters")
    add_trace_arguments(parser)
    parser.add_argument(
        "--fit-releases-only",
        action="store_true",
        help="fit on the traces against the releases alone (as before --mixed)",
    )
    parser.add_argument(
        "--fit-without-sparse",
        action="store_true",
        help="fit on no trace against a fraction of the releases (only measure them)",
    )
    parser.add_argument(
        "--model",
        type=Path,
        help="measure this model's parameters (JSON) in every fold instead of refitting",
    )
    parser.add_argument(
        "--sparse-weight",
        type=float,
        default=SPARSE_HIDDEN,
        help="weight in the fit of a sparse trace's candidates without the release",
    )
    args = parser.parse_args()
    if args.rule_feature and (args.write or args.model):
        parser.error("--rule-feature measures only: not with --write or --model")

    rows, names = rows_from_arguments(args)
    with_mixed = not args.fit_releases_only
    with_sparse = not args.fit_without_sparse
    fixed = ConfidenceModel.from_dict(json.loads(args.model.read_text())) if args.model else None
    cross_validate(
        rows,
        max_leak=args.max_leak,
        seed=args.seed,
        with_mixed=with_mixed,
        with_sparse=with_sparse,
        sparse_hidden=args.sparse_weight,
        fixed=fixed,
        names=names,
        tau=args.tau,
        leak_over_rules=args.leak_over_rules,
    )
    if fixed:
        return
    model = fit(
        *matrix(rows, with_mixed, with_sparse=with_sparse, sparse_hidden=args.sparse_weight),
        names=names,
    )
    t = (
        args.tau
        if args.tau is not None
        else choose_threshold(stories_of(rows, model), args.max_leak)
    )
    whole = measure(stories_of(rows, model), t)
    print(
        f"fitted on every story: threshold {t:.3f}; "
        + ", ".join(f"{a} {b:.3f}" for a, b in whole.items())
    )
    if args.write:
        stamp = datetime.date.today().isoformat()
        n_stories = len({r.story for r in rows})
        n_mixed = len({r.story for r in rows if r.mixed and with_mixed})
        fractions = sorted({r.sparse for r in rows if r.sparse}) if with_sparse else []
        shipped = ConfidenceModel(
            version=f"insciout-dev-{stamp}"
            + ("-mixed" if n_mixed else "")
            + ("-sparse" if fractions else ""),
            features=model.features,
            mean=model.mean,
            scale=model.scale,
            weights=model.weights,
            bias=model.bias,
            notes=(
                f"Logistic regression (L2 {L2}) over the candidates of the {n_stories} "
                "InSciOut dev stories traced against the 360 releases with today's rules "
                f"(their ordinary traces), and {n_mixed} of them again against the releases "
                "and the other stories of their release (their release candidates and the "
                "sibling stories that repeat an earlier text: follows); "
                + (
                    f"every story again against its release's block of {fractions} of the "
                    f"releases, with and without its release (those weighted "
                    f"{args.sparse_weight}); "
                    if fractions
                    else ""
                )
                + "label: the labelled release. "
                f"Threshold for precision@1 + recall at a leak <= {args.max_leak}: {t:.3f}."
            ),
        )
        path = OPEN_MODEL_PATH if fractions else MODEL_PATH
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(shipped.to_dict(), indent=1) + "\n", encoding="utf-8")
        print(f"wrote {path}")


def _row(r: Row) -> dict[str, object]:
    return {
        "story": r.story,
        "truth": r.truth,
        "hidden": r.hidden,
        "id": r.id,
        "features": list(r.features),
        "accepted": r.accepted,
        "position": r.position,
        "rule": r.rule,
        "mixed": r.mixed,
        "sparse": r.sparse,
    }


if __name__ == "__main__":
    main()
