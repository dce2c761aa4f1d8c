"""The corpus run's summary: a terminal table and a self-contained HTML page with charts.

Charts are drawn with matplotlib as SVG and inlined, so the page needs no network and
no scripts: one bar chart of derived shares per publisher, and a timeline per cluster
(who published first, who followed, how much of each member was reused).
"""

from __future__ import annotations

import html
import io
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.table import Table

from sourcetrace.errors import MissingExtraError
from sourcetrace.report.safe import plain, write_atomic

if TYPE_CHECKING:
    from sourcetrace.corpus import CorpusResult


def print_summary(result: CorpusResult, console: Console, *, top: int = 10) -> None:
    """Print counts, the largest clusters and the publishers in the terminal."""
    s = result.stats
    wholly = sum(1 for p in result.pairs if p.derivation == "wholly")
    console.print(
        f"{s.documents} documents; {len(result.pairs)} reuse pairs ({wholly} wholly derived); "
        f"{len(result.clusters)} clusters; fingerprinted {s.fingerprinted}, verified "
        f"{s.verified}, reused {s.reused} from an earlier run",
        highlight=False,
    )
    table = Table(title="Largest clusters")
    for col in ("origin", "members", "followers (first 3)"):
        table.add_column(col)
    for c in result.clusters[:top]:
        table.add_row(plain(c.origin_id), str(len(c.members)), plain(", ".join(c.members[1:4])))
    console.print(table)
    pubs = Table(title="Publishers (shares of each outlet's documents)")
    for col in (
        "publisher",
        "documents",
        "wholly",
        "partially",
        "partially, no copied text",
        "most reused source",
    ):
        pubs.add_column(col)
    for row in result.publishers[:top]:
        first = row["top_sources"][0]["id"] if row["top_sources"] else ""
        pubs.add_row(
            plain(row["publisher"]),
            str(row["documents"]),
            f"{row['wholly_share']:.0%}",
            f"{row['partially_share']:.0%}",
            f"{row['partially_no_text_share']:.0%}",
            plain(first),
        )
    console.print(pubs)
    claimed = [r for r in result.publishers if r.get("claims_compared")]
    if claimed:
        t = Table(title="Main claim stronger than its source's")
        for col in ("publisher", "stories compared", "stronger"):
            t.add_column(col)
        for row in claimed[:top]:
            t.add_row(
                plain(row["publisher"]),
                str(row["claims_compared"]),
                f"{row['claims_stronger_share']:.0%}",
            )
        console.print(t)
    console.print(plain(", ".join(str(f) for f in result.files)), highlight=False)


def _pyplot() -> Any:
    try:
        import matplotlib

        matplotlib.use("svg")
        import matplotlib.pyplot as plt
    except ImportError as exc:
        raise MissingExtraError("the HTML corpus report", "corpus") from exc
    return plt


def _svg(fig: Any) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight")
    text = buf.getvalue()
    return text[text.index("<svg") :]


def _share_bars(height: float, xlabel: str, draw: Callable[[Any], None]) -> str:
    """Return an SVG chart of horizontal bars on a scale of shares, 0 to 1.

    Args:
        height: The figure's height in inches (it is 7 wide).
        xlabel: What the shares are of.
        draw: Draws the bars, and any legend or tick settings, on the chart's axes.

    Raises:
        MissingExtraError: matplotlib is not installed.
    """
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(7, height))
    try:
        draw(ax)
        ax.set_xlim(0, 1)
        ax.set_xlabel(xlabel)
        return _svg(fig)
    finally:
        plt.close(fig)


def publisher_chart(rows: Sequence[dict[str, Any]], *, top: int = 25) -> str:
    """Return an SVG bar chart of each publisher's wholly and partially derived shares."""
    rows = list(rows[:top])
    names = [r["publisher"] for r in rows][::-1]
    wholly = [r["wholly_share"] for r in rows][::-1]
    partly = [r["partially_share"] for r in rows][::-1]

    def draw(ax: Any) -> None:
        ax.barh(names, wholly, color="#c0392b", label="wholly derived")
        ax.barh(names, partly, left=wholly, color="#f5b041", label="partially derived")
        ax.legend(loc="lower right", fontsize=8)

    return _share_bars(0.3 * len(rows) + 1, "share of the publisher's documents", draw)


def cluster_chart(row: dict[str, Any]) -> str:
    """Return an SVG timeline of one cluster: members by date, bar length = share reused."""
    timeline = row["timeline"]
    labels = [
        f"{m['id']} ({m['publisher'] or m['kind'] or '?'}, {m['date'] or 'undated'})"
        for m in timeline
    ][::-1]
    reused = [1.0 if i == 0 else m["reused"] for i, m in enumerate(timeline)][::-1]
    colours = ["#2e86c1" if i == len(timeline) - 1 else "#f5b041" for i in range(len(timeline))]

    def draw(ax: Any) -> None:
        ax.barh(labels, reused, color=colours)
        ax.tick_params(axis="y", labelsize=7)

    return _share_bars(
        0.28 * len(timeline) + 0.8,
        "share of the member taken from the cluster (origin in blue)",
        draw,
    )


_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>sourcetrace corpus report</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; }}
table {{ border-collapse: collapse; }} td, th {{ padding: 0.2rem 0.6rem; text-align: left; }}
tr:nth-child(even) {{ background: #f4f6f7; }} svg {{ max-width: 100%; height: auto; }}
</style></head><body>
<h1>Reuse across the corpus</h1>
<p>{summary}</p>
<h2>Publishers</h2>
{pub_chart}
<table><tr><th>publisher</th><th>documents</th><th>wholly</th><th>partially</th>
<th>partially, no copied text</th><th>most reused sources</th></tr>{pub_rows}</table>
{claims}
<h2>Largest clusters</h2>
{clusters}
</body></html>
"""


def claims_chart(rows: Sequence[dict[str, Any]], *, top: int = 25) -> str:
    """Return an SVG bar chart of each publisher's share of stronger main claims."""
    rows = [r for r in rows if r.get("claims_compared")][:top]
    names = [f"{r['publisher']} ({r['claims_compared']})" for r in rows][::-1]
    shares = [r["claims_stronger_share"] for r in rows][::-1]
    return _share_bars(
        0.3 * len(rows) + 1,
        "share of compared stories whose main claim is stronger than the source's",
        lambda ax: ax.barh(names, shares, color="#8e44ad"),
    )


def _claims_section(rows: Sequence[dict[str, Any]]) -> str:
    claimed = [r for r in rows if r.get("claims_compared")]
    if not claimed:
        return ""
    body = "".join(
        f"<tr><td>{html.escape(r['publisher'])}</td><td>{r['claims_compared']}</td>"
        f"<td>{r['claims_stronger']}</td><td>{r['claims_stronger_share']:.0%}</td></tr>"
        for r in claimed
    )
    return (
        "<h2>Main claims stronger than their source's</h2>"
        + claims_chart(claimed)
        + "<table><tr><th>publisher</th><th>stories compared</th><th>stronger</th>"
        + f"<th>share</th></tr>{body}</table>"
    )


def _top_sources(row: dict[str, Any]) -> str:
    return ", ".join(f"{s['id']} ({s['reused']})" for s in row["top_sources"])


def write_html(result: CorpusResult, path: Path, *, top_clusters: int = 12) -> None:
    """Write the self-contained HTML report.

    Raises:
        MissingExtraError: matplotlib is not installed.
    """
    from sourcetrace.corpus.outputs import cluster_rows

    esc = html.escape
    pub_rows = "".join(
        f"<tr><td>{esc(r['publisher'])}</td><td>{r['documents']}</td>"
        f"<td>{r['wholly_share']:.0%}</td><td>{r['partially_share']:.0%}</td>"
        f"<td>{r['partially_no_text_share']:.0%}</td>"
        f"<td>{esc(_top_sources(r))}</td></tr>"
        for r in result.publishers
    )
    rows = cluster_rows(result.clusters[:top_clusters], result.pairs, result.meta)
    parts = [
        f"<h3>{esc(r['origin_id'])}: {len(r['members'])} documents</h3>{cluster_chart(r)}"
        for r in rows
    ]
    summary = (
        f"{result.stats.documents} documents, {len(result.pairs)} reuse pairs, "
        f"{len(result.clusters)} clusters."
    )
    page = _PAGE.format(
        summary=esc(summary),
        pub_chart=publisher_chart(result.publishers) if result.publishers else "",
        pub_rows=pub_rows,
        claims=_claims_section(result.publishers),
        clusters="".join(parts),
    )
    write_atomic(path, page)
