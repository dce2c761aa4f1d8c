"""The terminal report of a trace: sources, their passages, and quotations if checked."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from sourcetrace.results import SourceMatch, TraceResult

_DERIVATION_STYLE = {"wholly": "bold red", "partially": "yellow", "non": "dim"}
_VERDICT_STYLE = {
    "verbatim": "green",
    "altered": "bold yellow",
    "paraphrase": "cyan",
    "not_found": "red",
    "supported": "green",
    "unsupported": "bold red",
    "distorted": "bold magenta",
}


def _excerpt(text: str, start: int, end: int, width: int = 90) -> str:
    piece = " ".join(text[start:end].split())
    return piece if len(piece) <= width else piece[: width - 21] + " … " + piece[-18:]


def _sources_table(result: TraceResult, shown: list[SourceMatch]) -> Table:
    table = Table(
        title=f"Sources of {result.article_id or 'the article'} "
        f"({len(result.article_text):,} characters)",
        title_justify="left",
    )
    table.add_column("source")
    table.add_column("derivation")
    table.add_column("article covered", justify="right")
    table.add_column("source used", justify="right")
    table.add_column("passages", justify="right")
    table.add_column("title")
    for s in shown:
        table.add_row(
            s.id,
            Text(s.derivation, style=_DERIVATION_STYLE[s.derivation]),
            f"{s.article_coverage:.0%}",
            f"{s.source_coverage:.0%}",
            str(len(s.passages)),
            (s.title or "")[:50],
        )
    return table


def _passages_table(result: TraceResult, source: SourceMatch) -> Table:
    table = Table(title=f"Passages from {source.id}", title_justify="left", show_lines=False)
    table.add_column("article", justify="right", no_wrap=True)
    table.add_column("sim", justify="right")
    table.add_column("kind")
    table.add_column("text")
    for p in source.passages:
        table.add_row(
            f"{p.article_start}-{p.article_end}",
            f"{p.similarity:.2f}",
            p.kind,
            _excerpt(result.article_text, p.article_start, p.article_end),
        )
    return table


def _speaker(item: dict[str, Any]) -> str:
    speaker = item.get("speaker") or {}
    return str(speaker.get("name") or speaker.get("mention") or "?")


def _edits(item: dict[str, Any]) -> Text:
    out = Text()
    for edit in item.get("edits") or []:
        style = "bold red" if edit.get("significant") else "yellow"
        if out:
            out.append("; ")
        if edit.get("significant"):
            out.append("! ", style=style)  # visible without colour
        if edit.get("source_text"):
            out.append(f"-{edit['source_text']}", style="strike " + style)
        if edit.get("quote_text"):
            out.append(f" +{edit['quote_text']}", style=style)
    return out


def _quotes_table(title: str, items: list[dict[str, Any]]) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column("speaker")
    table.add_column("verdict")
    table.add_column("text")
    table.add_column("edits")
    for item in items:
        if item.get("kind", "quote") != "quote":
            continue  # a quoted term or title: no verdict, no card
        verdict = item.get("verdict") or "-"
        text = Text(_excerpt(item["text"], 0, len(item["text"]), 70))
        if item.get("reason"):
            text.append(f"\nwhy: {item['reason']}", style="dim")
        table.add_row(
            _speaker(item),
            Text(
                verdict + (f" ({item['how']})" if item.get("how") else ""),
                style=_VERDICT_STYLE.get(verdict, ""),
            ),
            text,
            _edits(item),
        )
    return table


def render_terminal(result: TraceResult, *, console: Console, show_all: bool = False) -> None:
    """Print a readable report of a trace.

    Args:
        result: The trace result.
        console: Where to print.
        show_all: Also list sources judged ``non``.
    """
    shown = [s for s in result.sources if show_all or s.derivation != "non"]
    if not shown:
        console.print(
            f"No source found for {result.article_id or 'the article'} "
            f"({len(result.article_text):,} characters)."
        )
    else:
        console.print(_sources_table(result, shown))
        for source in shown:
            if source.passages:
                console.print(_passages_table(result, source))
    render_quotes(result.to_dict(include_non=show_all), console=console)


def render_quotes(data: dict[str, Any], *, console: Console) -> None:
    """Print the quotations and reported claims of a result in the JSON schema.

    Args:
        data: A ``trace --json`` or ``quotes --json`` object.
        console: Where to print.
    """
    if data.get("quotes"):
        console.print(_quotes_table("Quotations", data["quotes"]))
    else:
        console.print("No quotations found.")
    if data.get("reported"):
        console.print(_quotes_table("Reported claims", data["reported"]))
