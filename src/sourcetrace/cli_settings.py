"""The ``--set KEY=VALUE`` option and the ``sourcetrace settings`` command."""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Iterable
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from sourcetrace.cli_common import Failure
from sourcetrace.judge import confidence_policy
from sourcetrace.settings import (
    Setting,
    SettingError,
    Settings,
    apply_settings,
    parse_assignments,
    registry,
    values,
)

SET_OPTION = click.option(
    "--set",
    "assignments",
    multiple=True,
    metavar="KEY=VALUE",
    help="Change a setting, e.g. trace.pool=60 (repeatable; `sourcetrace settings` lists them).",
)


MIN_CONFIDENCE_OPTION = click.option(
    "--min-confidence",
    type=click.FloatRange(0, 1),
    default=None,
    help="Accept every candidate whose confidence (the probability the article was written "
    "from it) is at least this, instead of the default rules.",
)


def settings_from(assignments: Iterable[str], min_confidence: float | None = None) -> Settings:
    """Build the settings from ``--set`` values; an invalid one is a one-line failure.

    With ``min_confidence``, the trace's policy accepts by confidence alone.
    """
    try:
        chosen = apply_settings(parse_assignments(assignments))
    except SettingError as exc:
        raise Failure(f"--set {exc}") from exc
    if min_confidence is None:
        return chosen
    policy = dataclasses.replace(
        confidence_policy(min_confidence), min_pool=chosen.trace.policy.min_pool
    )
    return dataclasses.replace(chosen, trace=dataclasses.replace(chosen.trace, policy=policy))


def warn_unused(assignments: Iterable[str], command: str, sections: Iterable[str]) -> None:
    """Warn in one line (standard error) of ``--set`` keys ``command`` does not read.

    ``trace`` and ``quotes`` read trace, judge, align and verify settings; a corpus
    setting given to them is accepted (one list of ``--set`` values may serve several
    commands) but said to do nothing there, never silently ignored.
    """
    unused = tuple(sections)
    keys = [key for key, _ in parse_assignments(assignments) if key.split(".", 1)[0] in unused]
    if keys:
        click.echo(
            f"warning: --set {', '.join(dict.fromkeys(keys))}: "
            f"{'' if len(keys) > 1 else 'a '}{'/'.join(unused)} setting"
            f"{'s' if len(keys) > 1 else ''}; {command} ignores "
            f"{'them' if len(keys) > 1 else 'it'}",
            err=True,
        )


def _range(s: Setting) -> str:
    if s.type is bool:
        return "true/false"
    lo = "" if s.minimum is None else f"{s.minimum:g}"
    hi = "" if s.maximum is None else f"{s.maximum:g}"
    return f"{lo}..{hi}" if lo or hi else ""


@click.command("settings")
@click.option("--json", "as_json", is_flag=True, help="Print JSON Lines.")
def settings(as_json: bool) -> None:
    """List every setting --set can change, with its default, range and help."""
    defaults: dict[str, Any] = values(apply_settings())
    table = registry()
    defaults.update({k: _rule_default(k) for k in table if k.count(".") == 2})
    if as_json:
        for key, s in table.items():
            row = {
                "key": key,
                "type": s.type.__name__,
                "default": defaults.get(key),
                "minimum": s.minimum,
                "maximum": s.maximum,
                "help": s.help,
            }
            sys.stdout.write(json.dumps(row) + "\n")
        return
    rows = [(key, str(defaults.get(key)), _range(s), s.help) for key, s in table.items()]
    if not sys.stdout.isatty():
        # Piped: one tab-separated line a setting, nothing cut (keys go into --set).
        for line in [("setting", "default", "range", "help"), *rows]:
            sys.stdout.write("\t".join(line) + "\n")
        return
    print_settings(Console(), rows)


def print_settings(console: Console, rows: list[tuple[str, str, str, str]]) -> None:
    """Print the settings table; the key column is never cut, the help wraps instead."""
    out = Table(box=None)
    out.add_column("setting", no_wrap=True, min_width=max(len(r[0]) for r in rows))
    out.add_column("default")
    out.add_column("range")
    out.add_column("help")
    for row in rows:
        out.add_row(*row)
    console.print(out)


def _rule_default(key: str) -> Any:
    from sourcetrace.judge import DEFAULT_POLICY

    _, rule, name = key.split(".", 2)
    return getattr(DEFAULT_POLICY.rule(rule), name)
