"""The application factory: one FastAPI app over one index, with its guards and errors."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from sourcetrace.api import Index
from sourcetrace.errors import (
    DocumentNotFoundError,
    IndexError_,
    IndexLockedError,
    SourcetraceError,
)
from sourcetrace.web import api, pages
from sourcetrace.web.render import render
from sourcetrace.web.security import LOOPBACK_NAMES, Guard
from sourcetrace.web.service import RequestError
from sourcetrace.web.workers import DEFAULT_POLICY, WorkerPool, WorkPolicy, WorkUnavailableError

log = logging.getLogger("sourcetrace.web")

DEFAULT_MAX_BODY = 4_000_000
"""The default limit on request bodies, in bytes (4 MB): room for a batch of documents
or an uploaded PDF; a story to trace is further limited by ``WorkPolicy.max_text``."""

MAX_BODY_ENV = "SOURCETRACE_MAX_BODY"
"""The environment variable that passes ``--max-body`` to worker processes."""

HOSTS_ENV = "SOURCETRACE_ALLOWED_HOSTS"
"""The environment variable that passes ``--allowed-host`` names (comma-separated) to
server processes."""

WORK_ENV = "SOURCETRACE_WORK"
"""The environment variable that passes ``processes,deadline,max_text`` (the
:class:`~sourcetrace.web.workers.WorkPolicy`) to server processes."""

_STATIC = Path(__file__).parent / "static"


def create_app(
    index_path: str | Path,
    *,
    token: str | None = None,
    max_body: int = DEFAULT_MAX_BODY,
    hosts: tuple[str, ...] = LOOPBACK_NAMES,
    policy: WorkPolicy = DEFAULT_POLICY,
    create: bool = True,
) -> FastAPI:
    """Build the web app and HTTP API over the index at ``index_path``.

    The index is opened once; its SQLite store gives each worker thread its own
    connection, so requests run side by side and keep being answered while another
    process (``sourcetrace ingest``) writes to the same file.

    Args:
        index_path: The index file (created if missing, when ``create``).
        token: When set, adding and deleting documents need it as a bearer token (or
            in the forms' token field). Reads never do.
        max_body: The largest request body accepted, in bytes; larger ones get 413.
        hosts: The ``Host`` names answered (see
            :func:`~sourcetrace.web.security.allowed_hosts`); others get 400.
        policy: The worker processes that trace, the deadline and the longest text.
        create: Make a new index when there is none at ``index_path``; when False, a
            missing index raises :class:`~sourcetrace.errors.IndexMissingError`.

    Returns:
        The ASGI application.

    Example:
        >>> from fastapi.testclient import TestClient  # doctest: +SKIP
        >>> client = TestClient(create_app("news.db"))  # doctest: +SKIP
        >>> client.get("/api/health").json()["status"]  # doctest: +SKIP
        'ok'
    """
    from sourcetrace import __version__

    app = FastAPI(
        title="sourcetrace",
        version=__version__,
        description=(
            "Trace news text to the sources it reuses and check its quotations. "
            "Reads are open; when the server has a token, adding and deleting documents "
            "need `Authorization: Bearer <token>`."
        ),
        docs_url=None,
        redoc_url=None,
    )
    app.state.index = Index.open(index_path, create=create)
    app.state.token = token or None
    app.state.max_body = max_body
    app.state.policy = policy
    app.state.pool = WorkerPool(index_path, policy)
    app.add_middleware(Guard, max_body=max_body, hosts=hosts)
    # The passage colours and verdict cards: one sheet, the HTML report's too (inlined).
    styles: list[str | tuple[str, str]] = [("sourcetrace.report", "styles")]
    app.mount("/static", StaticFiles(directory=_STATIC, packages=styles), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestError, _bad_input)
    app.add_exception_handler(DocumentNotFoundError, _not_found)
    app.add_exception_handler(WorkUnavailableError, _busy)
    app.add_exception_handler(IndexError_, _unavailable)
    app.add_exception_handler(SourcetraceError, _failed)
    app.add_exception_handler(Exception, _crash)
    if policy.warm:
        app.router.add_event_handler("startup", app.state.pool.start)
    app.router.add_event_handler("shutdown", app.state.pool.close)
    app.router.add_event_handler("shutdown", app.state.index.close)
    return app


def create_app_from_env() -> FastAPI:
    """Build the app from ``$SOURCETRACE_DB``, ``$SOURCETRACE_TOKEN`` and the other variables.

    This is the factory uvicorn imports in each worker process when ``sourcetrace serve``
    runs several (``--jobs``).
    """
    from sourcetrace.api import default_db_path
    from sourcetrace.web.security import TOKEN_ENV, allowed_hosts

    limit = os.environ.get(MAX_BODY_ENV, "")
    names = tuple(n for n in os.environ.get(HOSTS_ENV, "").split(",") if n)
    return create_app(
        default_db_path(None),
        token=os.environ.get(TOKEN_ENV) or None,
        max_body=int(limit) if limit.isdigit() else DEFAULT_MAX_BODY,
        hosts=allowed_hosts(names),
        policy=_policy_from_env(os.environ.get(WORK_ENV, "")),
    )


def _policy_from_env(value: str) -> WorkPolicy:
    """Read ``processes,deadline,max_text`` as ``serve`` wrote them; defaults otherwise."""
    try:
        processes, deadline, max_text = value.split(",")
        return WorkPolicy(int(processes), float(deadline), int(max_text), warm=True)
    except ValueError:
        return WorkPolicy(warm=True)


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or request.url.path == "/openapi.json"


def _error(
    request: Request,
    status: int,
    message: str,
    *,
    problems: list[str] | None = None,
    headers: Mapping[str, str] | None = None,
) -> Response:
    """Answer with ``{"error": message}`` under /api, and an HTML page elsewhere."""
    if _wants_json(request):
        body: dict[str, Any] = {"error": message}
        if problems:
            body["problems"] = problems
        return JSONResponse(body, status_code=status, headers=headers)
    html = render("error.html.j2", request, status=status, message=message, problems=problems or [])
    return Response(html, status_code=status, media_type="text/html", headers=headers)


async def _invalid(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    problems = []
    for err in exc.errors():
        if err.get("type") == "json_invalid":
            reason = (err.get("ctx") or {}).get("error", "invalid JSON")
            where = err.get("loc", ("body", "?"))[-1]
            return _error(request, 400, f"malformed JSON at character {where}: {reason}")
        loc = ".".join(str(p) for p in err.get("loc", ()) if p != "body") or "body"
        msg = err.get("msg", "invalid")
        if tuple(err.get("loc", ())) in {("body",), ()}:
            msg = "expected a JSON object (send it with Content-Type: application/json)"
        problems.append(f"{loc}: {msg}")
    return _error(request, 422, "invalid request: " + "; ".join(problems), problems=problems)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return _error(request, exc.status_code, str(exc.detail), headers=exc.headers)


async def _bad_input(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestError)
    return _error(request, exc.status, str(exc), problems=exc.problems)


async def _not_found(request: Request, exc: Exception) -> Response:
    return _error(request, 404, str(exc))


async def _busy(request: Request, exc: Exception) -> Response:
    return _error(request, 503, str(exc), headers={"Retry-After": "5"})


async def _unavailable(request: Request, exc: Exception) -> Response:
    """An index locked by another writer (try again soon), damaged or unreadable: 503."""
    log.error("index error on %s: %s", request.url.path, exc)
    retry = {"Retry-After": "5"} if isinstance(exc, IndexLockedError) else None
    return _error(request, 503, f"the index cannot be used: {exc}", headers=retry)


async def _failed(request: Request, exc: Exception) -> Response:
    """Another failure the library reported in one line (not a bug): 503 with its message."""
    log.error("error on %s: %s", request.url.path, exc)
    return _error(request, 503, str(exc))


async def _crash(request: Request, exc: Exception) -> Response:
    log.exception("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    return _error(request, 500, "internal error: the server log has the details")
