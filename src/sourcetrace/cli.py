"""The ``sourcetrace`` command: argument parsing only; the work is done by the library.

The command group is here; its commands are in ``cli_index`` (ingest, optimize, list,
delete), ``cli_trace`` (trace, quotes), ``cli_serve``, ``cli_corpus`` and ``cli_settings``.
"""

from __future__ import annotations

import sys
from typing import Any

import click

from sourcetrace.cli_common import (
    Failure,
    Interrupted,
    environment_failure,
    missing_extra,
    quiet_closed_pipe,
)
from sourcetrace.cli_common import stderr as _stderr
from sourcetrace.cli_index import delete, ingest, list_, optimize
from sourcetrace.cli_settings import settings
from sourcetrace.cli_trace import quotes_, trace
from sourcetrace.errors import SourcetraceError
from sourcetrace.report.safe import safe_text


class _Group(click.Group):
    """The command group, turning what a user can cause into one line and an exit status.

    A closed pipe (``sourcetrace trace ... | head``) ends the command quietly with
    status 0; Ctrl-C gives status 130 (a command that saved something says what); a
    missing optional package names its ``pip install``; a library error, and an error of
    the machine (a full disk, a folder in the way), is one line.
    """

    def invoke(self, ctx: click.Context) -> Any:
        try:
            out = super().invoke(ctx)
            sys.stdout.flush()
            return out
        except BrokenPipeError:
            quiet_closed_pipe()
        except KeyboardInterrupt as exc:
            if ctx.invoked_subcommand in _READ_ONLY:
                raise Interrupted("nothing was saved") from exc
            raise Interrupted("what was committed before stays; the index is usable") from exc
        except ImportError as exc:
            failure = missing_extra(exc, f"sourcetrace {ctx.invoked_subcommand or ''}".strip())
            if failure is None:
                raise
            raise failure from exc
        except SourcetraceError as exc:
            raise Failure(safe_text(exc, one_line=True)) from exc
        except OSError as exc:  # after BrokenPipeError, a closed pipe
            failure = environment_failure(exc)
            if failure is None:
                raise
            raise failure from exc


#: Commands that have saved nothing when Ctrl-C reaches the group (trace says what
#: reports it wrote itself).
_READ_ONLY = frozenset({"list", "quotes", "trace"})


@click.group(
    cls=_Group,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(package_name="sourcetrace")
def cli() -> None:
    """Trace news text to the sources it reuses, and check its quotations."""


for _command in (ingest, optimize, trace, quotes_, list_, delete):
    cli.add_command(_command)


def main() -> None:
    """Run the command line, turning library errors into one-line messages."""
    try:
        cli(standalone_mode=True)
    except SourcetraceError as exc:  # pragma: no cover - safety net at the edge
        _stderr().print(f"error: {safe_text(exc, one_line=True)}")
        sys.exit(2)


from sourcetrace.cli_serve import serve  # noqa: E402  (the web command, issue 4)

serve.short_help = "Serve the web app and HTTP API over the index."  # never cut
cli.add_command(serve)


from sourcetrace.cli_corpus import corpus  # noqa: E402

cli.add_command(corpus)
settings.short_help = "List the settings --set can change."  # never cut
cli.add_command(settings)
