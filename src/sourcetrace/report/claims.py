"""The terminal section "how the story's claims compare with the source"."""

from __future__ import annotations

import re
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from sourcetrace.report.safe import plain
from sourcetrace.text import shorten

_DRIFT_STYLE = {"stronger": "bold red", "weaker": "cyan", "same": "green"}
# The drift's changes besides its strength, as the ``claims`` JSON names them.
_DRIFT_FLAGS = (
    "population_widened",
    "advice_added",
    "numbers_changed",
    "polarity_reversed",
    "actor_changed",
)


def _drift_flags(drift: dict[str, Any]) -> list[str]:
    """The changes a claim's drift flags, in words (``population widened``)."""
    return [k.replace("_", " ") for k in _DRIFT_FLAGS if drift.get(k)]


def _label(code: str) -> str:
    """A strength label as words: ``no_relationship_stated`` -> ``no relationship stated``.

    A narrow table then wraps it between words instead of cutting it.
    """
    return code.replace("_", " ")


# The separator of a change's words (``Change.claim`` / ``Change.source``): a comma and a
# space, so that a figure's own comma ("5,658") does not split it.
_WORDS_SEP_RE = re.compile(r",\s+")


def _word_spans(text: str, words: str) -> list[tuple[int, int]]:
    """Where each of the comma-separated ``words`` first occurs in ``text`` as whole words.

    "5,000" is one figure, and "one" is not marked inside "someone"; a word found
    nowhere as a whole word is not marked at all rather than somewhere else. Searched in
    ``text`` itself, not ``text.lower()``, which can be longer ("İ" lowers to two
    characters) and so mark the wrong words after it.
    """
    spans: list[tuple[int, int]] = []
    for w in (x.strip() for x in _WORDS_SEP_RE.split(words)):
        if not w:
            continue
        m = re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text, re.IGNORECASE)
        if m is not None and not any(m.start() < e and s < m.end() for s, e in spans):
            spans.append(m.span())
    return sorted(spans)


def marked(text: str, words: str, style: str = "bold reverse") -> Text:
    """Return ``text`` with each of the comma-separated ``words`` marked where it occurs."""
    out = Text(text)
    for s, e in _word_spans(text, words):
        out.stylize(style, s, e)
    return out


def _drift_cell(drift: dict[str, Any] | None) -> Text:
    if drift is None:
        return Text("no source sentence", style="dim")
    flags = _drift_flags(drift)
    strength = drift.get("strength")
    if strength == "stronger" and not drift.get("strength_counted", True):
        out = Text("stronger, not counted", style="dim")
    else:
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
            Text(f"[{role}] ", style="dim") + plain(shorten(text, width)),
            _label(c["strength"]),
            c.get("population") or "-",
            c["advice"],
            _label(src["strength"]) if src else "-",
            _drift_cell(c.get("drift")),
        )
    console.print(table)
    if data.get("claims_summary"):
        console.print(Text("In short: " + data["claims_summary"], style="bold yellow"))
    for c in claims:
        drift = c.get("drift")
        if not drift:
            continue
        if not drift.get("distorted"):
            # Every compared claim's reason is shown, as in the HTML report and web page.
            src = c["source"]
            console.print(
                Text(f"{c.get('role') or c['kind']} {c['start']}-{c['end']}: ", style="bold")
                + plain(f"why: {drift['reason']} (source {src['id']} {src['start']}-{src['end']})")
            )
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
        console.print(plain(f"  why: {drift['reason']}", style="yellow"))


def marks(text: str, words: str) -> list[tuple[bool, str]]:
    """Split ``text`` into ``(marked, piece)`` runs, the words that carry a change marked.

    Each of the comma-separated ``words`` is marked where it first occurs.

    Example:
        >>> marks("Fish oil cuts risk", "cuts")
        [(False, 'Fish oil '), (True, 'cuts'), (False, ' risk')]
    """
    out: list[tuple[bool, str]] = []
    pos = 0
    for s, e in _word_spans(text, words):
        if s > pos:
            out.append((False, text[pos:s]))
        out.append((True, text[s:e]))
        pos = e
    if pos < len(text):
        out.append((False, text[pos:]))
    return out


def _verdict(drift: dict[str, Any] | None, flags: list[str]) -> tuple[str, str]:
    """A claim's drift in words and its card's colour class.

    Red (``unsupported``) only for a distorted claim, green (``supported``) only for the
    same strength; ``weaker`` has its own; not comparable, not counted and no source
    sentence are grey (``unchecked``).
    """
    if not drift:
        return "no source sentence", "unchecked"
    if drift.get("distorted"):
        return ", ".join(flags) or "distorted", "unsupported"
    strength = drift.get("strength")
    if strength == "stronger":
        return "stronger, not counted", "unchecked"
    if strength == "same":
        return "same", "supported"
    if strength == "weaker":
        return "weaker", "weaker"
    return "not comparable", "unchecked"


def claims_view(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Return the claims of a ``trace --json`` object ready for an HTML template.

    Each claim dict gains ``label`` (its role or kind), ``flags`` (the drift's changes in
    words), ``drift_word`` and ``tone`` (the drift in a word or two and the colour class
    of its card: see :func:`_verdict`), and ``story_marks`` / ``source_marks``: its text
    and its source sentence as ``(marked, piece)`` runs, the words that carry each change
    marked.
    """
    out = []
    for c in data.get("claims") or []:
        drift = c.get("drift") or {}
        changes = drift.get("changes") or []
        src = c.get("source") or {}
        flags = _drift_flags(drift)
        if drift.get("strength") == "stronger" and drift.get("strength_counted", True):
            flags.insert(0, "stronger")
        word, tone = _verdict(c.get("drift"), flags)
        out.append(
            {
                **c,
                "label": c.get("role") or c["kind"],
                "flags": flags,
                "drift_word": word,
                "tone": tone,
                "story_marks": marks(
                    " ".join(c["text"].split()), ", ".join(x["claim"] for x in changes)
                ),
                "source_marks": marks(
                    " ".join(src.get("text", "").split()), ", ".join(x["source"] for x in changes)
                ),
            }
        )
    return out
