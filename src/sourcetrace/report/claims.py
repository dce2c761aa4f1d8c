"""The terminal section "how the story's claims compare with the source"."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

_DRIFT_STYLE = {"stronger": "bold red", "weaker": "cyan", "same": "green"}


def marked(text: str, words: str, style: str = "bold reverse") -> Text:
    """Return ``text`` with each of the comma-separated ``words`` marked where it occurs."""
    out = Text(text)
    low = text.lower()
    for w in (x.strip() for x in words.split(",")):
        if not w:
            continue
        at = low.find(w.lower())
        if at >= 0:
            out.stylize(style, at, at + len(w))
    return out


def _drift_cell(drift: dict[str, Any] | None) -> Text:
    if drift is None:
        return Text("no source sentence", style="dim")
    flags = [k.replace("_", " ") for k in (
        "population_widened", "advice_added", "numbers_changed", "polarity_reversed",
        "actor_changed",
    ) if drift.get(k)]  # fmt: skip
    strength = drift.get("strength")
    out = Text(strength or "-", style=_DRIFT_STYLE.get(strength or "", "dim"))
    if flags:
        out.append("; " + ", ".join(flags), style="bold red")
    return out


def render_claims(data: dict[str, Any], *, console: Console, width: int = 80) -> None:
    """Print the claims of a ``trace --json`` object: labels, source and drift.

    Each claim the source does not support as told (``drift.distorted``) is then shown
    with its source sentence, the words that carry each change marked in both.

    Args:
        data: A ``trace --json`` object (its ``claims`` list).
        console: Where to print.
        width: Characters of each claim shown in the table.
    """
    claims = data.get("claims") or []
    if not claims:
        return
    table = Table(title="How the story's claims compare with the source", title_justify="left")
    table.add_column("claim")
    table.add_column("strength")
    table.add_column("population")
    table.add_column("advice")
    table.add_column("source said")
    table.add_column("drift")
    for c in claims:
        text = " ".join(c["text"].split())
        role = c.get("role") or c["kind"]
        src = c.get("source")
        table.add_row(
            Text(f"[{role}] ", style="dim")
            + Text(text[:width] + ("…" if len(text) > width else "")),
            c["strength"],
            c.get("population") or "-",
            c["advice"],
            src["strength"] if src else "-",
            _drift_cell(c.get("drift")),
        )
    console.print(table)
    for c in claims:
        drift = c.get("drift")
        if not drift or not drift.get("distorted"):
            continue
        src = c["source"]
        changes = drift.get("changes") or []
        claim_words = ", ".join(x["claim"] for x in changes)
        source_words = ", ".join(x["source"] for x in changes)
        console.print(Text(f"{c.get('role') or c['kind']} {c['start']}-{c['end']}: ", style="bold"))
        console.print(Text("  story:  ") + marked(" ".join(c["text"].split()), claim_words))
        console.print(
            Text(f"  source ({src['id']}): ")
            + marked(" ".join(src.get("text", "").split()), source_words)
        )
        console.print(Text(f"  {drift['reason']}", style="yellow"))
