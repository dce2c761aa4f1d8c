"""Evidence for retold stories (issue 16): does each new signal help, under grouped CV?

Reads the candidate rows of ``fit_confidence.py`` (every dev story traced against the 360
releases, and again with its labelled release excluded) and measures, for each aligned
candidate of each trace, what the story shares with it *and with no other aligned
candidate of that trace* (its topical neighbours):

* ``quotes``: the story's quotations (6+ words between quotation marks, found by
  :func:`sourcetrace.quotes.spans.quoted_spans`) found verbatim or nearly in the
  candidate (80% of the quotation's word trigrams);
* ``quotes-loose``: the same at 60% of the quotation's content words (paraphrased or
  misheard quotations);
* ``names``: rare capitalised names (not opening a sentence; held by at most 3 releases);
* ``numbers``: rare numbers (held by at most 3 releases);
* ``sound-alike``: the Soundex key of each rare or unknown name of the story (a
  transcript's "Shorthouse" for "Schorthose") found among the keys of the candidate's
  names;
* ``sound-alike-words``: for transcripts, which are mostly lower case, the same over
  every rare or unknown content word of 5+ letters (a longer key: the first letter and
  five digits), matched against the keys of the candidate's content words.

Each signal is then tried two ways, with every threshold chosen on the training folds
only (5 folds grouped by release, seed 0, as ``fit_confidence.py``):

1. **as an acceptance rule** after today's rules: in a trace where no rule accepts a
   candidate, accept the one candidate holding the most unique items if it holds at
   least ``t`` and ``m`` times the runner-up's; ``(t, m)`` is the pair with the best
   training precision@1 whose training leak stays within max(0.05, the rules' own);
2. **as features of the confidence model** (log(1 + unique items), log(1 + items)),
   refitted per fold, the threshold chosen as in ``fit_confidence.py``.

3. **as a condition on a relaxed stand-out rule**: when no rule accepts a candidate,
   accept the one whose shared pairs stand out most from the pool (``pairs_margin``
   of :mod:`sourcetrace.confidence`) if that margin reaches ``a`` *and* it holds at
   least a share ``b`` of the story's rare names and numbers, more than any other
   candidate (relaxing the stand-out rules alone buys precision only at a leak).

It prints, per signal, the held-out precision@1 and leak (mean ± sd over the folds)
against today's rules and the shipped features, and how many stories the rule changes.

Run: ``python benchmarks/bench_evidence.py --cache /tmp/rows.jsonl [--data …/insciout]``
"""

from __future__ import annotations

import argparse
import math
import random
import re
import statistics
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from fit_confidence import (
    DEFAULT_DATA,
    FOLDS,
    Row,
    choose_threshold,
    fit,
    load_or_collect,
    matrix,
    measure,
    stories_of,
)
from sourcetrace.quotes.spans import quoted_spans
from sourcetrace.readers import read_jsonl
from sourcetrace.text import is_content, word_keys

RARE = 3  # a name or number held by at most this many releases is rare
_NAME_RE = re.compile(
    r"(?<![.!?:\n]\s)(?<![.!?:\n])(?<!^)\b([A-Z][a-z]{3,}(?:-[A-Za-z]+)?)\b", re.M
)
_SOUNDEX = {
    **dict.fromkeys("bfpv", "1"),
    **dict.fromkeys("cgjkqsxz", "2"),
    **dict.fromkeys("dt", "3"),
    "l": "4",
    **dict.fromkeys("mn", "5"),
    "r": "6",
}
Items = dict[str, frozenset[str]]


def soundex(word: str, length: int = 4) -> str:
    """Return the Soundex key of a word (first letter and ``length - 1`` digits)."""
    w = word.lower()
    out, last = w[0], _SOUNDEX.get(w[0], "")
    for ch in w[1:]:
        code = _SOUNDEX.get(ch, "")
        if code and code != last:
            out += code
        if ch not in "hw":
            last = code
    return (out + "0" * length)[:length]


def names(text: str) -> set[str]:
    """Capitalised words that do not open a sentence, lower-cased."""
    return {m.group(1).lower() for m in _NAME_RE.finditer(text)}


def trigrams(keys: Sequence[str]) -> set[tuple[str, ...]]:
    return {tuple(keys[i : i + 3]) for i in range(len(keys) - 2)}


@dataclass(frozen=True, slots=True)
class Doc:
    """What the signals read of one release: word keys, word trigrams, sound keys."""

    keys: frozenset[str]
    grams: frozenset[tuple[str, ...]]
    sounds: frozenset[str]
    word_sounds: frozenset[str]


@dataclass(frozen=True, slots=True)
class StoryEvidence:
    """A story's quotations (word keys), rare names and numbers, and sound keys."""

    quotes: tuple[tuple[str, ...], ...]
    names: frozenset[str]
    numbers: frozenset[str]
    sounds: frozenset[str]
    word_sounds: frozenset[str]


def long_sounds(keys: set[str] | frozenset[str], df: dict[str, int] | None = None) -> set[str]:
    """Six-character Soundex keys of the content words of 5+ letters (rare ones if ``df``)."""
    return {
        soundex(k, 6)
        for k in keys
        if len(k) >= 5 and k.isalpha() and is_content(k) and (df is None or df.get(k, 0) <= RARE)
    }


def story_evidence(text: str, df: dict[str, int]) -> StoryEvidence:
    quotes = []
    for q in quoted_spans(text):
        keys = tuple(word_keys(text[q.start : q.end]))
        if len(keys) >= 6:
            quotes.append(keys)
    nm = names(text)
    keys = set(word_keys(text))
    return StoryEvidence(
        tuple(quotes),
        frozenset(n for n in nm if 0 < df.get(n, 0) <= RARE),
        frozenset(k for k in keys if any(c.isdigit() for c in k) and 0 < df.get(k, 0) <= RARE),
        frozenset(soundex(n) for n in nm if df.get(n, 0) <= RARE),
        frozenset(long_sounds(keys, df)),
    )


def candidate_items(ev: StoryEvidence, doc: Doc) -> Items:
    """The items of each signal the story shares with one candidate."""
    strict, loose = set(), set()
    for i, q in enumerate(ev.quotes):
        g = trigrams(q)
        if g and len(g & doc.grams) >= 0.8 * len(g):
            strict.add(str(i))
        content = [k for k in q if is_content(k)]
        if content and sum(k in doc.keys for k in content) >= 0.6 * len(content):
            loose.add(str(i))
    return {
        "quotes": frozenset(strict),
        "quotes-loose": frozenset(loose),
        "names": ev.names & doc.keys,
        "numbers": ev.numbers & doc.keys,
        "sound-alike": ev.sounds & doc.sounds,
        "sound-alike-words": ev.word_sounds & doc.word_sounds,
    }


SIGNALS = ("quotes", "quotes-loose", "names", "numbers", "sound-alike", "sound-alike-words")


def unique_counts(items: dict[str, Items], signal: str) -> dict[str, int]:
    """Per candidate, its items of ``signal`` that no other candidate of the trace holds."""
    seen: dict[str, int] = defaultdict(int)
    for it in items.values():
        for x in it[signal]:
            seen[x] += 1
    return {c: sum(seen[x] == 1 for x in it[signal]) for c, it in items.items()}


Trace = tuple[str, bool]


def rule_pick(rows: Sequence[Row], unique: dict[str, int], t: float, m: float) -> str | None:
    """Today's rules, then the new rule when they accept nothing: the first source's id."""
    accepted = sorted((r for r in rows if r.accepted), key=lambda r: r.position)
    if accepted:
        return accepted[0].id
    ranked = sorted(unique.items(), key=lambda x: -x[1])
    if not ranked or ranked[0][1] < t:
        return None
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    return ranked[0][0] if ranked[0][1] > runner_up and ranked[0][1] >= m * runner_up else None


def rule_figures(
    stories: Sequence[str],
    traces: dict[Trace, list[Row]],
    unique: dict[Trace, dict[str, int]],
    truth: dict[str, str],
    t: float,
    m: float,
) -> tuple[float, float]:
    top1 = leak = 0
    for s in stories:
        top1 += rule_pick(traces[(s, False)], unique[(s, False)], t, m) == truth[s]
        leak += rule_pick(traces[(s, True)], unique[(s, True)], t, m) is not None
    n = max(len(stories), 1)
    return top1 / n, leak / n


OFF = (float("inf"), 1.0)
GRID = [OFF] + [(t, m) for t in (1, 2, 3, 4, 5, 6, 8, 10) for m in (1, 1.5, 2, 3)]


def mean_sd(values: Sequence[float]) -> str:
    return f"{statistics.fmean(values):.3f}±{statistics.stdev(values):.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--cache", type=Path, help="candidate rows file (read or written)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--signals", default=",".join(SIGNALS), help="comma-separated")
    args = parser.parse_args()
    rows = load_or_collect(args.data, args.cache)
    releases = {r.id: r.text for r in read_jsonl(args.data / "press_releases.jsonl")}
    texts = {s.id: s.text for s in read_jsonl(args.data / "news_dev.jsonl")}
    df: dict[str, int] = defaultdict(int)
    docs: dict[str, Doc] = {}
    for rid, text in releases.items():
        keys = word_keys(text)
        for k in set(keys):
            df[k] += 1
        docs[rid] = Doc(
            frozenset(keys),
            frozenset(trigrams(keys)),
            frozenset(map(soundex, names(text))),
            frozenset(long_sounds(set(keys))),
        )
    traces: dict[Trace, list[Row]] = defaultdict(list)
    for r in rows:
        traces[(r.story, r.hidden)].append(r)
    truth = {r.story: r.truth for r in rows}
    story_ev = {s: story_evidence(texts[s], df) for s in truth}
    items = {
        key: {r.id: candidate_items(story_ev[key[0]], docs[r.id]) for r in rs}
        for key, rs in traces.items()
    }
    stories = sorted(truth)
    releases_ = sorted(set(truth.values()))
    random.Random(args.seed).shuffle(releases_)
    groups = [set(releases_[i::FOLDS]) for i in range(FOLDS)]
    print(f"{len(stories)} stories, {len(rows)} candidate rows")
    for signal in args.signals.split(","):
        unique = {key: unique_counts(it, signal) for key, it in items.items()}
        holders = sum(1 for s in stories if any(unique[(s, False)].values()))
        right = sum(1 for s in stories if unique[(s, False)].get(truth[s], 0) > 0)
        print(
            f"\n== {signal}: {holders} stories have a candidate with a unique item "
            f"({right} of them the labelled release)"
        )
        base, new, picks = [], [], []
        for test in groups:
            train = [s for s in stories if truth[s] not in test]
            held = [s for s in stories if truth[s] in test]
            budget = max(0.05, rule_figures(train, traces, unique, truth, *OFF)[1])
            scored = []
            for t, m in GRID:
                p, leak = rule_figures(train, traces, unique, truth, t, m)
                scored.append((leak > budget, -p, -t, -m, (t, m)))
            pick = min(scored)[-1]
            picks.append(pick)
            base.append(rule_figures(held, traces, unique, truth, *OFF))
            new.append(rule_figures(held, traces, unique, truth, *pick))
        print(f"  as a rule, (t, m) per fold {picks}")
        print(
            f"    precision@1 {mean_sd([b[0] for b in base])} -> {mean_sd([x[0] for x in new])}; "
            f"leak {mean_sd([b[1] for b in base])} -> {mean_sd([x[1] for x in new])}"
        )
        for t, m in ((1, 1.0), (2, 2.0), (3, 2.0)):
            p, leak = rule_figures(stories, traces, unique, truth, t, m)
            print(f"    whole set at t={t}, m={m:g}: precision@1 {p:.3f}, leak {leak:.3f}")
        extended = [
            replace(
                r,
                features=(
                    *r.features,
                    float(unique[(r.story, r.hidden)][r.id] > 0),
                    len(items[(r.story, r.hidden)][r.id][signal]) ** 0.5,
                ),
            )
            for r in rows
        ]
        for name, rs in (("shipped features", rows), (f"+ {signal}", extended)):
            figures = []
            for test in groups:
                train = [r for r in rs if r.truth not in test]
                model = fit(*matrix(train))
                th = choose_threshold(stories_of(train, model), 0.05)
                figures.append(measure(stories_of([r for r in rs if r.truth in test], model), th))
            cells = {k: mean_sd([f[k] for f in figures]) for k in ("precision@1", "leak", "ece")}
            print(
                f"  confidence threshold, {name}: precision@1 {cells['precision@1']}, "
                f"leak {cells['leak']}, ECE {cells['ece']}"
            )

    specifics_rule(stories, traces, truth, story_ev, items, groups)


def specifics_rule(
    stories: Sequence[str],
    traces: dict[Trace, list[Row]],
    truth: dict[str, str],
    story_ev: dict[str, StoryEvidence],
    items: dict[Trace, dict[str, Items]],
    groups: Sequence[set[str]],
) -> None:
    """Section 3: a relaxed pairs stand-out rule that also needs the story's specifics."""

    def held(key: Trace, cid: str) -> int:
        it = items[key][cid]
        return len(it["names"]) + len(it["numbers"])

    def pick(key: Trace, a: float, b: float) -> str | None:
        rows = traces[key]
        accepted = sorted((r for r in rows if r.accepted), key=lambda r: r.position)
        if accepted:
            return accepted[0].id
        best = max(rows, key=lambda r: (r.features[5], -r.position))
        ev = story_ev[key[0]]
        total = len(ev.names) + len(ev.numbers)
        mine = held(key, best.id)
        others = max((held(key, r.id) for r in rows if r.id != best.id), default=0)
        ok = best.features[5] >= a and total > 0 and mine >= b * total and mine > others
        return best.id if ok else None

    def figures(subset: Sequence[str], a: float, b: float) -> tuple[float, float]:
        top1 = sum(pick((s, False), a, b) == truth[s] for s in subset)
        leak = sum(pick((s, True), a, b) is not None for s in subset)
        return top1 / len(subset), leak / len(subset)

    off = (math.inf, 1.0)
    grid = [off] + [
        (a, b) for a in (0.0, 0.2, 0.4, 0.6, 0.8) for b in (0.0, 0.2, 0.3, 0.4, 0.5, 0.6)
    ]
    base, new, picks = [], [], []
    added = [0, 0]  # out-of-fold stories given a source by the relaxed rule, and right
    for test in groups:
        train = [s for s in stories if truth[s] not in test]
        held_out = [s for s in stories if truth[s] in test]
        budget = max(0.05, figures(train, *off)[1])
        scored = []
        for a, b in grid:
            p, leak = figures(train, a, b)
            scored.append((leak > budget, -p, -a, -b, (a, b)))
        chosen = min(scored)[-1]
        picks.append(chosen)
        base.append(figures(held_out, *off))
        new.append(figures(held_out, *chosen))
        for st in held_out:
            if pick((st, False), *off) is None and (got := pick((st, False), *chosen)):
                added[0] += 1
                added[1] += got == truth[st]
    print("\n== pairs stand-out relaxed to margin a, with a share b of the rare names and numbers")
    print(f"  (a, b) per fold {picks}")
    print(
        f"    precision@1 {mean_sd([x[0] for x in base])} -> {mean_sd([x[0] for x in new])}; "
        f"leak {mean_sd([x[1] for x in base])} -> {mean_sd([x[1] for x in new])}; "
        f"{added[0]} stories given a source out of fold, {added[1]} of them the labelled one"
    )
    for a, b in ((0.4, 0.0), (0.4, 0.3), (0.4, 0.5)):
        p, leak = figures(stories, a, b)
        print(f"    whole set at a={a}, b={b}: precision@1 {p:.3f}, leak {leak:.3f}")


if __name__ == "__main__":
    main()
