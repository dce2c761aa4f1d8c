"""The ``sourcetrace serve`` command: run the web app and HTTP API with uvicorn."""

from __future__ import annotations

import os
from pathlib import Path

import click

from sourcetrace.api import default_db_path
from sourcetrace.cli_common import DB_OPTION, Failure
from sourcetrace.errors import MissingExtraError, SourcetraceError


@click.command()
@DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--max-body",
    default=10_000_000,
    show_default=True,
    type=click.IntRange(1),
    help="Largest request body accepted, in bytes (larger ones get 413).",
)
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Server processes; tracing is CPU-bound, so up to one per core helps.",
)
def serve(db: Path | None, host: str, port: int, max_body: int, workers: int) -> None:
    """Serve the web app and HTTP API over the index.

    Reads are open. Adding and deleting documents need the bearer token in
    $SOURCETRACE_TOKEN when it is set; on any address but loopback it must be set.
    """
    from sourcetrace.web.security import TOKEN_ENV, is_loopback

    token = os.environ.get(TOKEN_ENV) or None
    if not is_loopback(host) and token is None:
        raise Failure(
            f"refusing to listen on {host}, which is reachable from other machines, "
            f"without a token: set {TOKEN_ENV} to a long random string (writes will need "
            f"'Authorization: Bearer <token>'), or use --host 127.0.0.1"
        )
    try:
        import uvicorn

        from sourcetrace.web import create_app
        from sourcetrace.web.app import MAX_BODY_ENV
    except ImportError as exc:
        raise Failure(str(MissingExtraError("sourcetrace serve", "web"))) from exc
    path = default_db_path(db)
    try:
        app = create_app(path, token=token, max_body=max_body)
    except SourcetraceError as exc:
        raise Failure(str(exc)) from exc
    click.echo(f"sourcetrace: serving {path} on http://{host}:{port}", err=True)
    if workers == 1:
        uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)
        return
    app.state.index.close()
    os.environ.update({"SOURCETRACE_DB": str(path), MAX_BODY_ENV: str(max_body)})
    uvicorn.run(
        "sourcetrace.web.app:create_app_from_env",
        factory=True,
        workers=workers,
        host=host,
        port=port,
        log_level="info",
        server_header=False,
    )
