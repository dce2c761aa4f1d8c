"""Corpus mode: accuracy on InSciOut, and speed on synthetic corpora with planted reuse.

``python benchmarks/bench_corpus.py insciout`` indexes the 360 releases and the 826 dev
stories together, runs ``corpus`` and prints the recall of the release->story pairs of the
ground truth found with the right direction, and cluster purity and completeness (each
story's label is its release; a release is its own label). The same figures are printed
for two halves, grouped by release (the labelled releases shuffled with seed 0, a story
in its release's half), so that errors read on one half are checked on the other.
``--without A`` leaves the labelled releases of half A out of the index: every release
pair its stories then get is false (the leak), and recall is measured on half B.

``python benchmarks/bench_corpus.py scale 10000 [--engine spark]`` builds a synthetic
corpus: documents of 150-600 words drawn from the InSciOut vocabulary by word frequency
(so no two share a passage by chance), one a day, a fifth of them with a passage of 20-300 words
copied from an earlier document and lightly edited (one word in 30 changed). It prints
wall time, peak memory, and recall/precision of the planted pairs of >= 50 words.
With ``--incremental`` it then adds 1% more documents, re-runs on the same state, times
that, and compares its output with a full run over all the documents.
"""

from __future__ import annotations

import argparse
import datetime
import gc
import itertools
import random
import resource
import tempfile
import time
from array import array
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from sourcetrace.corpus import CorpusOptions, CorpusResult, run_corpus
from sourcetrace.documents import Document
from sourcetrace.index import open_store
from sourcetrace.readers import read_jsonl
from sourcetrace.text import words

START = datetime.date(2000, 1, 1)
HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "data" / "insciout"
#: Words of common origin from which a found pair counts as genuine reuse.
GENUINE = 10


def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024


def _purity(groups: dict[str, str], labels: dict[str, str]) -> tuple[float, float]:
    """Purity and completeness (inverse purity) of a clustering against labels."""
    by_cluster: dict[str, list[str]] = defaultdict(list)
    for doc, c in groups.items():
        by_cluster[c].append(doc)
    n = len(labels)
    purity = sum(max(Counter(labels[d] for d in ms).values()) for ms in by_cluster.values())
    by_label: dict[str, list[str]] = defaultdict(list)
    for doc, lab in labels.items():
        by_label[lab].append(doc)
    complete = sum(max(Counter(groups[d] for d in ms).values()) for ms in by_label.values())
    return purity / n, complete / n


def _run(
    db: Path, out: Path, args: argparse.Namespace, opts: CorpusOptions
) -> tuple[CorpusResult, float]:
    t0 = time.perf_counter()
    result = run_corpus(db, out, engine=args.engine, master=args.master, options=opts)
    return result, time.perf_counter() - t0


def halves(stories: list[Document]) -> dict[str, set[str]]:
    """Split the labelled releases in two halves, ``A`` and ``B`` (seed 0)."""
    labelled = sorted({str(s.meta["true_source"]) for s in stories})
    random.Random(0).shuffle(labelled)
    return {"A": set(labelled[: len(labelled) // 2]), "B": set(labelled[len(labelled) // 2 :])}


def insciout(args: argparse.Namespace) -> None:
    releases = list(read_jsonl(args.data / "press_releases.jsonl"))
    stories = list(read_jsonl(args.data / "news_dev.jsonl"))
    parts = halves(stories)
    if args.without:
        releases = [r for r in releases if r.id not in parts[args.without]]
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "index.db"
        store = open_store(db)
        store.add([*releases, *stories])
        store.close()
        opts = CorpusOptions(
            closed_world=args.closed_world,
            pool=args.pool,
            corroborate=not args.no_corroborate,
            sibling_confidence=args.sibling_confidence,
        )
        result, seconds = _run(db, Path(tmp) / "out", args, opts)
    print(f"settings: {opts.signature()} {opts!r}")
    _report_parts(result, releases, stories, parts, args.without)
    if args.without:
        return
    found = {(p.source_id, p.target_id) for p in result.pairs}
    either = found | {(t, s) for s, t in found}
    truth = [(s.meta["true_source"], s.id) for s in stories]
    right = sum(1 for t in truth if t in found)
    any_dir = sum(1 for t in truth if t in either)
    labels = {r.id: r.id for r in releases} | {s.id: str(s.meta["true_source"]) for s in stories}
    groups = {d: d for d in labels}
    for c in result.clusters:
        for m in c.members:
            groups[m] = c.cluster_id
    purity, completeness = _purity(groups, labels)
    release_ids = {r.id for r in releases}
    cross = sum(1 for s, t in found if s in release_ids and t in release_ids)
    true_of = {story: release for release, story in truth}
    wrong = [(s, t) for s, t in found if s in release_ids and t in true_of and true_of[t] != s]
    print(f"documents: {len(labels)}, engine {args.engine}, {seconds:.1f} s, stats {result.stats}")
    print(f"pairs found: {len(found)}, release-release pairs: {cross}")
    print(f"recall of release->story pairs, right direction: {right / len(truth):.3f}")
    print(f"recall of release-story pairs, either direction: {any_dir / len(truth):.3f}")
    print(
        f"release->story pairs with another release than the labelled one: {len(wrong)}"
        f" ({len({t for _, t in wrong})} stories)"
    )
    print(f"clusters: {len(result.clusters)} (releases: {len(releases)})")
    print(f"cluster purity: {purity:.3f}, completeness: {completeness:.3f}")


def _report_parts(
    result: CorpusResult,
    releases: list[Document],
    stories: list[Document],
    parts: dict[str, set[str]],
    without: str | None,
) -> None:
    """Print recall, false release pairs and purity per half and for the whole set."""
    found = {(p.source_id, p.target_id) for p in result.pairs}
    release_ids = {r.id for r in releases}
    labels = {r.id: r.id for r in releases} | {s.id: str(s.meta["true_source"]) for s in stories}
    groups = {d: d for d in labels}
    for c in result.clusters:
        for m in c.members:
            groups[m] = c.cluster_id
    given: dict[str, set[str]] = defaultdict(set)
    for s, t in found:
        if s in release_ids:
            given[t].add(s)
    for name in (*parts, "whole"):
        chosen = parts.get(name, parts["A"] | parts["B"])
        ss = [s for s in stories if str(s.meta["true_source"]) in chosen]
        true = {s.id: str(s.meta["true_source"]) for s in ss}
        if name == without:
            leak = sum(1 for s in true if given[s])
            print(
                f"half {name} (its releases left out): {len(ss)} stories, given a release:"
                f" {leak} ({leak / len(ss):.3f}), false release pairs:"
                f" {sum(len(given[s]) for s in true)}"
            )
            continue
        if without and name == "whole":
            continue
        right = sum(1 for s, r in true.items() if r in given[s])
        wrong = sum(len(given[s] - {r}) for s, r in true.items())
        wrong_stories = sum(1 for s, r in true.items() if given[s] - {r})
        part = {d: lab for d, lab in labels.items() if lab in chosen}
        purity, completeness = _purity({d: groups[d] for d in part}, part)
        print(
            f"half {name}: {len(ss)} stories, recall {right / len(ss):.3f} ({right}),"
            f" pairs with another release {wrong} ({wrong_stories} stories),"
            f" purity {purity:.3f}, completeness {completeness:.3f}"
        )


@dataclass
class Synth:
    """A synthetic corpus and what was planted in it.

    Attributes:
        docs: The documents, one a day.
        planted: Planted (donor, copier) pairs whose passage has >= 50 words.
        every: Every planted pair.
        origins: Per document, an id per word naming where that word was first written
            (a copied word keeps its donor word's id), so any two documents sharing a
            passage, directly, through a chain of copies or from a common donor, can be
            told from two that do not.
    """

    docs: list[Document]
    planted: set[tuple[str, str]]
    every: set[tuple[str, str]]
    origins: list[array[int]]
    long_tokens: frozenset[str]

    def shared_words(self, a: str, b: str) -> int:
        """Words of ``a`` and ``b`` with a common origin (a genuinely shared passage)."""
        x, y = self.origins[int(a[1:])], self.origins[int(b[1:])]
        return len(set(x) & set(y))

    def share_long_token(self, a: str, b: str) -> bool:
        """Whether ``a`` and ``b`` both drew one vocabulary entry of >= GENUINE words.

        The vocabulary is the whitespace tokens of the real texts, a few of them URLs
        of 15-30 words: two documents drawing the same one by chance share a passage
        that was never planted.
        """
        x, y = (set(self.docs[int(d[1:])].text.split()) for d in (a, b))
        return bool(x & y & self.long_tokens)


def synth(n: int, seed: int, data: Path) -> Synth:
    """Build ``n`` documents with planted reuse (the first ``k`` are the same for any n)."""
    counts: Counter[str] = Counter()
    for name in ("press_releases.jsonl", "news_dev.jsonl"):
        for doc in read_jsonl(data / name):
            counts.update(doc.text.split())
    vocab, weights = zip(*counts.most_common(), strict=True)
    # What choices(vocab, weights) computes on every call, computed once: same draws.
    cumulative = list(itertools.accumulate(weights))
    rng = random.Random(seed)
    texts: list[list[str]] = []
    origins: list[array[int]] = []
    fresh = iter(range(1 << 62))
    planted: set[tuple[str, str]] = set()
    every: set[tuple[str, str]] = set()
    donors: list[int] = []
    for i in range(n):
        body = rng.choices(vocab, cum_weights=cumulative, k=rng.randint(150, 600))
        tags = [next(fresh) for _ in body]
        if i > 10 and rng.random() < 0.2 and donors:
            j = rng.choice(donors)
            src = texts[j]
            size = min(rng.randint(20, 300), len(src))
            at = rng.randrange(0, len(src) - size + 1)
            piece, piece_tags = [], []
            for w, tag in zip(src[at : at + size], origins[j][at : at + size], strict=True):
                keep = rng.random() > 1 / 30
                piece.append(w if keep else rng.choice(vocab))
                piece_tags.append(tag if keep else next(fresh))
            pos = rng.randrange(0, len(body) + 1)
            body = body[:pos] + piece + body[pos:]
            tags = tags[:pos] + piece_tags + tags[pos:]
            every.add((f"d{j}", f"d{i}"))
            if size >= 50:
                planted.add((f"d{j}", f"d{i}"))
        else:
            donors.append(i)
        texts.append(body)
        origins.append(array("q", tags))
    docs = []
    for i, body in enumerate(texts):
        lines = [" ".join(body[k : k + 60]) for k in range(0, len(body), 60)]
        day = (START + datetime.timedelta(days=i)).isoformat()
        docs.append(
            Document(id=f"d{i}", text="\n\n".join(lines), date=day, publisher=f"outlet-{i % 37}")
        )
    long_tokens = frozenset(t for t in vocab if len(words(t)) >= GENUINE)
    return Synth(docs, planted, every, origins, long_tokens)


def _report_scale(corpus: Synth, result: CorpusResult) -> None:
    found = {(p.source_id, p.target_id) for p in result.pairs}
    hit = len(corpus.planted & found)
    print(f"planted pairs >= 50 words: {len(corpus.planted)}, found with right direction: {hit}")
    print(f"recall: {hit / max(len(corpus.planted), 1):.4f}")
    true = len(found & corpus.every)
    print(f"pairs found: {len(found)}, planted (any length): {true}")
    print(f"precision against planted pairs only: {true / max(len(found), 1):.4f}")
    shared = [corpus.shared_words(s, t) for s, t in found]
    genuine = sum(1 for k in shared if k >= GENUINE)
    print(
        f"precision counting any pair sharing >= {GENUINE} words of one origin (chains of"
        f" copies, a common donor): {genuine / max(len(found), 1):.4f}"
        f" ({len(found) - genuine} pairs share less)"
    )
    chance = sum(
        1
        for (s, t), k in zip(found, shared, strict=True)
        if k < GENUINE and corpus.share_long_token(s, t)
    )
    print(
        f"of those, pairs that drew the same vocabulary entry of >= {GENUINE} words (a URL)"
        f" by chance: {chance}; precision counting them too:"
        f" {(genuine + chance) / max(len(found), 1):.4f}"
    )


def _outputs(result: CorpusResult) -> tuple[list[object], list[object]]:
    return list(result.pairs), list(result.clusters)


def scale(args: argparse.Namespace) -> None:
    t0 = time.perf_counter()
    extra = args.n // 100 if args.incremental else 0
    corpus = synth(args.n + extra, args.seed, args.data)
    print(f"synthesised {args.n + extra} documents in {time.perf_counter() - t0:.1f} s")
    with tempfile.TemporaryDirectory(dir=args.tmp) as tmp:
        db = Path(tmp) / "index.db"
        store = open_store(db)
        t0 = time.perf_counter()
        store.add(corpus.docs[: args.n], batch_size=2000)
        store.close()
        ingest = time.perf_counter() - t0
        # The engine forks its workers from this process: keep their garbage collector
        # off the synthetic corpus held here, or each would copy it page by page.
        gc.freeze()
        opts = CorpusOptions(closed_world=args.closed_world, pool=args.pool)
        result, seconds = _run(db, Path(tmp) / "out", args, opts)
        print(f"documents: {args.n}, engine {args.engine}, ingest {ingest:.1f} s")
        print(f"corpus run: {seconds:.1f} s, peak memory {_peak_mb():.0f} MB, {result.stats}")
        if not extra:
            _report_scale(corpus, result)
            return
        store = open_store(db)
        store.add(corpus.docs[args.n :], batch_size=2000)
        store.close()
        again, inc_seconds = _run(db, Path(tmp) / "out", args, opts)
        print(
            f"incremental run after adding {extra} documents: {inc_seconds:.1f} s"
            f" ({inc_seconds / seconds:.1%} of the full run), {again.stats}"
        )
        full, full_seconds = _run(db, Path(tmp) / "out-full", args, opts)
        print(f"full run over all {args.n + extra} documents: {full_seconds:.1f} s")
        same = _outputs(again) == _outputs(full)
        print(f"incremental output identical to the full run's: {same}")
        _report_scale(corpus, full)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("mode", choices=["insciout", "scale"])
    parser.add_argument("n", type=int, nargs="?", default=10000)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--engine", default="local", choices=["local", "spark"])
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--tmp", type=Path, default=None)
    parser.add_argument("--closed-world", action="store_true")
    parser.add_argument(
        "--incremental",
        action="store_true",
        help="scale: then add 1%% more documents, re-run, and compare with a full run",
    )
    parser.add_argument("--pool", type=int, default=CorpusOptions().pool)
    parser.add_argument(
        "--without", choices=["A", "B"], help="insciout: leave out the releases of this half"
    )
    parser.add_argument(
        "--no-corroborate", action="store_true", help="no leads (corpus.corroborate=false)"
    )
    parser.add_argument(
        "--sibling-confidence", type=float, default=CorpusOptions().sibling_confidence
    )
    args = parser.parse_args()
    (insciout if args.mode == "insciout" else scale)(args)


if __name__ == "__main__":
    main()
