"""What the app keeps for its requests (set by :func:`sourcetrace.web.app.create_app`)."""

from __future__ import annotations

from fastapi import Request

from sourcetrace.api import Index
from sourcetrace.web.workers import WorkerPool


def index_of(request: Request) -> Index:
    """Return the index the app serving ``request`` reads and writes."""
    index: Index = request.app.state.index
    return index


def pool_of(request: Request) -> WorkerPool:
    """Return the worker pool the app serving ``request`` traces stories in."""
    pool: WorkerPool = request.app.state.pool
    return pool
