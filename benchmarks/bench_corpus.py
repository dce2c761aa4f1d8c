"""Corpus mode: accuracy on InSciOut, and speed on synthetic corpora with planted reuse.

``python benchmarks/bench_corpus.py insciout`` indexes the 360 releases and the 826 dev
stories together, runs ``corpus`` and prints the recall of the release->story pairs of the
ground truth found with the right direction, and cluster purity and completeness (each
story's label is its release; a release is its own label).

``python benchmarks/bench_corpus.py scale 10000 [--engine spark]`` builds a synthetic
corpus: documents of 150-600 words drawn from the InSciOut vocabulary by word frequency
(so no two share a passage by chance), one a day, a fifth of them with a passage of 20-300 words
copied from an earlier document and lightly edited (one word in 30 changed). It prints
wall time, peak memory, and recall/precision of the planted pairs of >= 50 words.
"""

from __future__ import annotations

import argparse
import datetime
import random
import resource
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from sourcetrace.corpus import CorpusOptions, CorpusResult, run_corpus
from sourcetrace.documents import Document
from sourcetrace.index import open_store
from sourcetrace.readers import read_jsonl

START = datetime.date(2000, 1, 1)
HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "data" / "insciout"


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


def insciout(args: argparse.Namespace) -> None:
    releases = list(read_jsonl(args.data / "press_releases.jsonl"))
    stories = list(read_jsonl(args.data / "news_dev.jsonl"))
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "index.db"
        store = open_store(db)
        store.add([*releases, *stories])
        store.close()
        opts = CorpusOptions(closed_world=args.closed_world)
        result, seconds = _run(db, Path(tmp) / "out", args, opts)
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
    print(f"documents: {len(labels)}, engine {args.engine}, {seconds:.1f} s, stats {result.stats}")
    print(f"pairs found: {len(found)}, release-release pairs: {cross}")
    print(f"recall of release->story pairs, right direction: {right / len(truth):.3f}")
    print(f"recall of release-story pairs, either direction: {any_dir / len(truth):.3f}")
    print(f"clusters: {len(result.clusters)} (releases: {len(releases)})")
    print(f"cluster purity: {purity:.3f}, completeness: {completeness:.3f}")


def synth(
    n: int, seed: int, data: Path
) -> tuple[list[Document], set[tuple[str, str]], set[tuple[str, str]]]:
    """Build ``n`` documents with planted reuse.

    Returns:
        The documents, the planted pairs of >= 50 words, and every planted pair.
    """
    counts: Counter[str] = Counter()
    for name in ("press_releases.jsonl", "news_dev.jsonl"):
        for doc in read_jsonl(data / name):
            counts.update(doc.text.split())
    vocab, weights = zip(*counts.most_common(), strict=True)
    rng = random.Random(seed)
    texts: list[list[str]] = []
    planted: set[tuple[str, str]] = set()
    every: set[tuple[str, str]] = set()
    donors: list[int] = []
    for i in range(n):
        body = rng.choices(vocab, weights, k=rng.randint(150, 600))
        if i > 10 and rng.random() < 0.2 and donors:
            j = rng.choice(donors)
            src = texts[j]
            size = min(rng.randint(20, 300), len(src))
            at = rng.randrange(0, len(src) - size + 1)
            piece = [w if rng.random() > 1 / 30 else rng.choice(vocab) for w in src[at : at + size]]
            pos = rng.randrange(0, len(body) + 1)
            body = body[:pos] + piece + body[pos:]
            every.add((f"d{j}", f"d{i}"))
            if size >= 50:
                planted.add((f"d{j}", f"d{i}"))
        else:
            donors.append(i)
        texts.append(body)
    docs = []
    for i, body in enumerate(texts):
        lines = [" ".join(body[k : k + 60]) for k in range(0, len(body), 60)]
        day = (START + datetime.timedelta(days=i)).isoformat()
        docs.append(
            Document(id=f"d{i}", text="\n\n".join(lines), date=day, publisher=f"outlet-{i % 37}")
        )
    return docs, planted, every


def scale(args: argparse.Namespace) -> None:
    t0 = time.perf_counter()
    docs, planted, every = synth(args.n, args.seed, args.data)
    print(f"synthesised {args.n} documents in {time.perf_counter() - t0:.1f} s")
    with tempfile.TemporaryDirectory(dir=args.tmp) as tmp:
        db = Path(tmp) / "index.db"
        store = open_store(db)
        t0 = time.perf_counter()
        store.add(docs, batch_size=2000)
        store.close()
        ingest = time.perf_counter() - t0
        del docs
        opts = CorpusOptions(closed_world=args.closed_world)
        result, seconds = _run(db, Path(tmp) / "out", args, opts)
    found = {(p.source_id, p.target_id) for p in result.pairs}
    hit = len(planted & found)
    print(f"documents: {args.n}, engine {args.engine}, ingest {ingest:.1f} s")
    print(f"corpus run: {seconds:.1f} s, peak memory {_peak_mb():.0f} MB, stats {result.stats}")
    print(f"planted pairs >= 50 words: {len(planted)}, found with right direction: {hit}")
    print(f"recall: {hit / max(len(planted), 1):.4f}")
    true = len(found & every)
    print(f"pairs found: {len(found)}, planted (any length): {true}")
    print(f"precision: {true / max(len(found), 1):.4f}")


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
    parser.add_argument("--pool", type=int, default=CorpusOptions().pool)
    args = parser.parse_args()
    (insciout if args.mode == "insciout" else scale)(args)


if __name__ == "__main__":
    main()
