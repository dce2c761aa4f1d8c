"""Print a seeded sample of the "rewritten" passages trace reports on InSciOut dev stories.

Indexes the 360 releases, traces a seeded sample of the dev stories, collects the
``rewritten`` passages of the sources each trace accepts and prints a seeded sample of
them, each as the story sentence and the release span it is said to be written from, for
a reader to judge whether the two say the same thing.

Run: ``python benchmarks/sample_rewritten.py [--stories 150] [--sample 50] [--seed 0]``
"""

from __future__ import annotations

import argparse
import random
import tempfile
from pathlib import Path

from sourcetrace import Index
from sourcetrace.readers import read_jsonl

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "data" / "insciout"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--stories", type=int, default=150)
    parser.add_argument("--sample", type=int, default=50)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    releases = {d.id: d for d in read_jsonl(args.data / "press_releases.jsonl")}
    stories = list(read_jsonl(args.data / "news_dev.jsonl"))
    stories = rng.sample(stories, min(args.stories, len(stories)))
    found: list[tuple[str, str, str, str, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        index = Index.open(Path(tmp) / "index.db")
        index.add(releases.values())
        for story in stories:
            result = index.trace(story.text, article_id=story.id)
            for s in result.sources:
                if s.derivation == "non":
                    continue
                for p in s.passages:
                    if p.kind == "rewritten":
                        found.append(
                            (
                                story.id,
                                s.id,
                                story.text[p.article_start : p.article_end],
                                releases[s.id].text[p.source_start : p.source_end],
                                p.similarity,
                            )
                        )
        index.close()
    print(f"{len(found)} rewritten passages in {len(stories)} stories (seed {args.seed})")
    for n, (story_id, source_id, art, src, sim) in enumerate(
        rng.sample(found, min(args.sample, len(found))), 1
    ):
        print(f"\n[{n}] {story_id} <- {source_id}  similarity {sim:.2f}")
        print(f"  story:   {' '.join(art.split())}")
        print(f"  release: {' '.join(src.split())}")


if __name__ == "__main__":
    main()
