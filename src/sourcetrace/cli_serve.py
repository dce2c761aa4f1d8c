"""The ``sourcetrace serve`` command: run the web app and HTTP API with uvicorn."""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from sourcetrace.api import default_db_path
from sourcetrace.cli_common import DB_OPTION, Failure
from sourcetrace.errors import IndexMissingError, MissingExtraError, SourcetraceError
from sourcetrace.trace import MAX_CHARS


@dataclass(frozen=True, slots=True)
class ServerLimits:
    """What the server allows each connection, whoever the client is.

    Attributes:
        keep_alive: Seconds an idle keep-alive connection stays open.
        concurrency: Connections and requests handled at once; more get 503.
        graceful: Seconds requests in progress get to finish when the server stops.
    """

    keep_alive: int = 5
    concurrency: int = 64
    graceful: int = 5


WILDCARD_ADDRESSES = frozenset({"0.0.0.0", "::", ""})
"""``--host`` values meaning every address of the machine (not a name clients use)."""

SERVER_LIMITS = ServerLimits()
"""The limits ``serve`` gives uvicorn."""


def port_problem(host: str, port: int) -> str | None:
    """Say why the server could not listen on ``host:port``, or None if it can.

    Checked before the workers start (which takes seconds), so that a port already in
    use or an address this machine does not have gives one line, not uvicorn's log.
    Port 0 (any free port) is not checked.
    """
    if port == 0:
        return None
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host or None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(address)
    except OSError as exc:
        return f"cannot listen on {host}:{port}: {exc.strerror or exc}"
    return None


@click.command()
@DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--allowed-host",
    "allowed_host",
    multiple=True,
    metavar="NAME",
    help="A Host name clients use to reach the server, besides localhost, 127.0.0.1 and "
    "[::1] (repeatable; '*' accepts any, e.g. behind a proxy that checks it).",
)
@click.option(
    "--create",
    is_flag=True,
    help="Create an empty index if the --db file does not exist (otherwise refused).",
)
@click.option(
    "--max-body",
    default=4_000_000,
    show_default=True,
    type=click.IntRange(1),
    help="Largest request body accepted, in bytes (larger ones get 413).",
)
@click.option(
    "--max-text",
    default=MAX_CHARS,
    show_default=True,
    type=click.IntRange(1),
    help="Longest text traced in one request, in characters (longer ones get 413).",
)
@click.option(
    "--timeout",
    default=20.0,
    show_default=True,
    type=click.FloatRange(1, 3600),
    help="Seconds a trace may take, waiting included; it is then stopped (503).",
)
@click.option(
    "--processes",
    default=2,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Worker processes that trace side by side, in each server process.",
)
@click.option(
    "--jobs",
    "-j",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Server processes; each has its own --processes tracing workers.",
)
@click.option(  # the old name of --jobs, still accepted
    "--workers", type=click.IntRange(1, 64), default=None, hidden=True
)
def serve(
    db: Path | None,
    host: str,
    port: int,
    allowed_host: tuple[str, ...],
    create: bool,
    max_body: int,
    max_text: int,
    timeout: float,
    processes: int,
    jobs: int,
    workers: int | None,
) -> None:
    """Serve the web app and HTTP API over the index.

    Reads are open. Adding and deleting documents need the bearer token in
    $SOURCETRACE_TOKEN when it is set; on any address but loopback it must be set, at
    least 16 characters long. Only requests whose Host is localhost, 127.0.0.1, [::1],
    the --host address or an --allowed-host name are answered, which stops
    DNS-rebinding pages.
    """
    try:
        import uvicorn

        from sourcetrace.web import create_app
        from sourcetrace.web.app import HOSTS_ENV, MAX_BODY_ENV, WORK_ENV
        from sourcetrace.web.security import TOKEN_ENV, allowed_hosts, token_problem
        from sourcetrace.web.workers import WorkPolicy
    except ImportError as exc:
        raise Failure(str(MissingExtraError("sourcetrace serve", "web"))) from exc
    token = os.environ.get(TOKEN_ENV) or None
    problem = token_problem(host, token) or port_problem(host, port)
    if problem:
        raise Failure(problem)
    path = default_db_path(db)
    named = (host,) if host.strip("[]") not in WILDCARD_ADDRESSES else ()
    hosts = allowed_hosts((*named, *allowed_host))
    policy = WorkPolicy(processes=processes, deadline=timeout, max_text=max_text, warm=True)
    try:
        app = create_app(
            path, token=token, max_body=max_body, hosts=hosts, policy=policy, create=create
        )
    except IndexMissingError as exc:
        raise Failure(f"{exc}, or add --create to start with an empty one") from exc
    except SourcetraceError as exc:
        raise Failure(str(exc)) from exc
    click.echo(f"sourcetrace: serving {path} on http://{host}:{port}", err=True)
    click.echo(f"sourcetrace: answering Host names {', '.join(hosts)}", err=True)
    if named == () and not allowed_host:
        click.echo(
            f"sourcetrace: other machines reach {host} by a name or address of this one: "
            "give each with --allowed-host NAME, or their requests get 400",
            err=True,
        )
    limits: dict[str, Any] = {
        "timeout_keep_alive": SERVER_LIMITS.keep_alive,
        "limit_concurrency": SERVER_LIMITS.concurrency,
        "timeout_graceful_shutdown": SERVER_LIMITS.graceful,
    }
    servers = workers if workers is not None and jobs == 1 else jobs  # --jobs wins if both
    if servers == 1:
        uvicorn.run(app, host=host, port=port, log_level="info", server_header=False, **limits)
        return
    app.state.index.close()
    os.environ.update(
        {
            "SOURCETRACE_DB": str(path),
            MAX_BODY_ENV: str(max_body),
            HOSTS_ENV: ",".join(allowed_host),
            WORK_ENV: f"{processes},{timeout},{max_text}",
        }
    )
    uvicorn.run(
        "sourcetrace.web.app:create_app_from_env",
        factory=True,
        workers=servers,
        host=host,
        port=port,
        log_level="info",
        server_header=False,
        **limits,
    )
