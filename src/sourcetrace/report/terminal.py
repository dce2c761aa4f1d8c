"""The terminal report of a trace: sources, their passages, and quotations if checked."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from sourcetrace.report.safe import plain, safe_text
from sourcetrace.report.speakers import speaker_label
from sourcetrace.report.why import confidence_label, derivation_label, source_reason
from sourcetrace.results import SourceMatch, TraceResult, also_in_label
from sourcetrace.text import shorten

_DERIVATION_STYLE = {"wholly": "bold red", "partially": "yellow", "non": "dim"}
_VERDICT_STYLE = {
    "verbatim": "green",
    "altered": "bold yellow",
    "paraphrase": "cyan",
    "not_found": "red",
    "unchecked": "dim",
    "supported": "green",
    "unsupported": "bold red",
    "distorted": "bold magenta",
}


#: How a significant edit (one that can change the meaning) is marked, in plain text as
#: well as in colour.
SIGNIFICANT_MARK = "!"


def _excerpt(text: str, start: int, end: int, width: int = 90) -> str:
    """The passage ``text[start:end]`` on one line: whole if short, else head … tail.

    Head and tail end at word boundaries, so no word is shown cut.
    """
    piece = " ".join(safe_text(text[start:end], one_line=True).split())
    if len(piece) <= width:
        return piece
    words = piece.split(" ")
    head: list[str] = []
    tail: list[str] = []
    budget = width - 3  # " … "
    size = 0
    i, j = 0, len(words) - 1
    while i <= j:  # words from the head twice as often as from the tail
        take_head = len(head) <= 2 * len(tail)
        word = words[i] if take_head else words[j]
        if size + len(word) + 1 > budget:
            break
        size += len(word) + 1
        if take_head:
            head.append(word)
            i += 1
        else:
            tail.append(word)
            j -= 1
    if not head:
        return shorten(piece, width)
    return " ".join(head) + " … " + " ".join(reversed(tail))


def _sources_table(result: TraceResult, shown: list[SourceMatch]) -> Table:
    table = Table(
        title=plain(
            f"Sources of {result.article_id or 'the article'} "
            f"({len(result.article_text):,} characters)"
        ),
        title_justify="left",
    )
    table.add_column("source", no_wrap=True)  # ids are never broken; titles wrap
    table.add_column("derivation", no_wrap=True)
    table.add_column("article covered", justify="right")
    table.add_column("source used", justify="right")
    table.add_column("passages", justify="right")
    table.add_column("title")
    for s in shown:
        table.add_row(
            plain(s.id),
            Text(derivation_label(s), style=_DERIVATION_STYLE[s.derivation]),
            f"{s.article_coverage:.0%}",
            f"{s.source_coverage:.0%}",
            str(len(s.passages)),
            plain(shorten(safe_text(s.title, one_line=True), 60)),
        )
    return table


def _why_source(source: SourceMatch) -> Text:
    """One line under the sources table: which rule decided, the confidence and the reason.

    The confidence is what ``--min-confidence`` is compared with.
    """
    sure = "" if source.confidence is None else f" (confidence {confidence_label(source)})"
    why = source_reason(source)
    return Text(f"why {safe_text(source.id, one_line=True)}{sure}: {why}", style="dim")


def _passages_table(result: TraceResult, source: SourceMatch) -> Table:
    table = Table(title=plain(f"Passages from {source.id}"), title_justify="left", show_lines=False)
    table.add_column("article", justify="right", no_wrap=True)
    table.add_column("sim", justify="right")
    table.add_column("kind")
    table.add_column("text")
    shared = any(p.also_in for p in source.passages)
    if shared:
        table.add_column("also in")
    for p in source.passages:
        row: list[str | Text] = [
            f"{p.article_start}-{p.article_end}",
            f"{p.similarity:.2f}",
            p.kind,
            plain(_excerpt(result.article_text, p.article_start, p.article_end)),
        ]
        if shared:
            row.append(plain(also_in_label(p.also_in)))
        table.add_row(*row)
    return table


def _speaker(item: dict[str, Any]) -> str:
    return speaker_label(item.get("speaker"))


def _edits(item: dict[str, Any]) -> Text:
    """The word edits of a quotation, ``-source +quotation``; significant ones marked ``!``."""
    out = Text()
    for edit in item.get("edits") or []:
        significant = bool(edit.get("significant"))
        style = "bold red" if significant else "yellow"
        parts = []
        if edit.get("source_text"):
            parts.append(("-" + safe_text(edit["source_text"], one_line=True), "strike " + style))
        if edit.get("quote_text"):
            parts.append(("+" + safe_text(edit["quote_text"], one_line=True), style))
        if not parts:
            continue
        if out:
            out.append("; ")
        if significant:
            out.append(SIGNIFICANT_MARK, style=style)
        for n, (piece, piece_style) in enumerate(parts):
            out.append((" " if n else "") + piece, style=piece_style)
    return out


def _quotes_table(title: str, items: list[dict[str, Any]]) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column("speaker")
    table.add_column("verdict")
    table.add_column("text")
    table.add_column("edits")
    marked = False
    for item in items:
        if item.get("kind", "quote") != "quote":
            continue  # a quoted term or title: no verdict, no card
        verdict = item.get("verdict") or "-"
        edits = _edits(item)
        marked = marked or any(e.get("significant") for e in item.get("edits") or [])
        text = plain(_excerpt(item["text"], 0, len(item["text"]), 70))
        if item.get("reason"):
            text.append("\nwhy: " + safe_text(item["reason"], one_line=True), style="dim")
        table.add_row(
            plain(_speaker(item)),
            Text(
                verdict + (f" ({item['how']})" if item.get("how") else ""),
                style=_VERDICT_STYLE.get(verdict, ""),
            ),
            text,
            edits,
        )
    if marked:
        table.caption = Text(f"{SIGNIFICANT_MARK} an edit that can change the meaning")
        table.caption_justify = "left"
    return table


def render_terminal(result: TraceResult, *, console: Console, show_all: bool = False) -> None:
    """Print a readable report of a trace.

    Args:
        result: The trace result.
        console: Where to print.
        show_all: Also list sources judged ``non``.
    """
    for notice in result.notices:
        console.print(Text(f"notice: {notice}", style="bold"))
    shown = list(result.sources if show_all else result.accepted)
    if not shown:
        console.print(
            plain(
                f"No source found for {result.article_id or 'the article'} "
                f"({len(result.article_text):,} characters)."
            )
        )
    else:
        console.print(_sources_table(result, shown))
        for source in shown:
            console.print(_why_source(source))
        for source in shown:
            if source.passages:
                console.print(_passages_table(result, source))
    data = result.to_dict(include_non=show_all)
    render_quotes(data, console=console)
    from sourcetrace.report.claims import render_claims

    render_claims(data, console=console)


def render_quotes(data: dict[str, Any], *, console: Console) -> None:
    """Print the quotations and reported claims of a result in the JSON schema.

    Args:
        data: A ``trace --json`` or ``quotes --json`` object.
        console: Where to print.
    """
    if data.get("notices") and "sources" not in data:  # trace's are shown at the top
        for notice in data["notices"]:
            console.print(Text(f"notice: {notice}", style="bold"))
    if data.get("quotes"):
        console.print(_quotes_table("Quotations", data["quotes"]))
    else:
        console.print("No quotations found.")
    if data.get("reported"):
        console.print(_quotes_table("Reported claims", data["reported"]))
