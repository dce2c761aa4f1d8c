"""Reading a folder of news pages on one process and on several.

Writes each InSciOut dev story as an HTML page (title, navigation, a sidebar of links,
scripts and a footer around the article; ``--copies`` times over) into a temporary
folder, then reads the folder with :func:`sourcetrace.ingest.read_paths` with one job
and with ``--jobs`` jobs, checks that both give the same documents, and prints the rates.
The one-process read is the reference.

    python benchmarks/bench_readers.py [--copies 2] [--jobs 0]
"""

from __future__ import annotations

import argparse
import html
import json
import tempfile
import time
from pathlib import Path

from sourcetrace.documents import Document
from sourcetrace.ingest import read_paths
from sourcetrace.parallel import default_jobs

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "insciout"

_NAV = "".join(f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(30))
_PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>{title}</title>
<meta name="author" content="Staff reporter"><script>var config = {{ads: true}};</script>
<style>p {{ margin: 0 }}</style></head><body><header><nav><ul>{nav}</ul></nav></header>
<main><article><h1>{title}</h1>{body}</article></main>
<aside><h3>Most read</h3><ul>{nav}</ul></aside>
<footer>Copyright Example News. All rights reserved. <a href="/privacy">Privacy</a></footer>
</body></html>"""


def write_pages(data: Path, folder: Path, copies: int) -> int:
    """Write the dev stories as HTML pages into ``folder``; return how many."""
    stories = [json.loads(line) for line in (data / "news_dev.jsonl").open(encoding="utf-8")]
    n = 0
    for copy in range(copies):
        for i, story in enumerate(stories):
            paras = [p for p in story["text"].split("\n") if p.strip()]
            title = html.escape(paras[0])
            body = "".join(f"<p>{html.escape(p)}</p>" for p in paras[1:])
            page = _PAGE.format(title=title, body=body, nav=_NAV)
            (folder / f"page-{copy}-{i:04d}.html").write_text(page, encoding="utf-8")
            n += 1
    return n


def timed(folder: Path, jobs: int) -> tuple[list[Document], float]:
    """Read ``folder`` with ``jobs`` processes; return the documents and the seconds."""
    t0 = time.perf_counter()
    docs = list(read_paths([folder], on_error=print, jobs=jobs))
    return docs, time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--copies", type=int, default=2, help="pages per story")
    parser.add_argument("--jobs", type=int, default=0, help="processes (0: every CPU)")
    args = parser.parse_args()
    jobs = args.jobs or default_jobs()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        n = write_pages(args.data, folder, args.copies)
        mb = sum(p.stat().st_size for p in folder.iterdir()) / 1e6
        one, t1 = timed(folder, 1)
        many, tn = timed(folder, jobs)
    print(f"{n} HTML pages, {mb:.1f} MB")
    print(f"1 process (reference): {t1:.2f} s, {n / t1:,.0f} pages/s")
    print(f"{jobs} processes:          {tn:.2f} s, {n / tn:,.0f} pages/s ({t1 / tn:.2f}x)")
    print(f"same documents in the same order: {one == many}")


if __name__ == "__main__":
    main()
