"""The ``sourcetrace`` group keeps every command after the split into ``cli_*`` modules."""

from __future__ import annotations

import click

from sourcetrace import cli_corpus, cli_index, cli_serve, cli_settings, cli_trace
from sourcetrace.cli import cli

# Every command of the group, and the module that defines it.
COMMANDS = {
    "ingest": (cli_index, "ingest"),
    "optimize": (cli_index, "optimize"),
    "list": (cli_index, "list_"),
    "delete": (cli_index, "delete"),
    "trace": (cli_trace, "trace"),
    "quotes": (cli_trace, "quotes_"),
    "serve": (cli_serve, "serve"),
    "corpus": (cli_corpus, "corpus"),
    "settings": (cli_settings, "settings"),
}


def test_every_command_is_the_one_its_module_defines() -> None:
    ctx = click.Context(cli)
    assert cli.list_commands(ctx) == sorted(COMMANDS)
    for name, (module, attribute) in COMMANDS.items():
        assert cli.get_command(ctx, name) is getattr(module, attribute), name


def test_the_moved_commands_are_plain_commands_with_their_short_help() -> None:
    """Each was ``@cli.command``: a ``click.Command`` whose listed help is never cut."""
    for name in ("ingest", "optimize", "list", "delete", "trace", "quotes"):
        command = cli.commands[name]
        assert type(command) is click.Command, name
        assert command.short_help, name
