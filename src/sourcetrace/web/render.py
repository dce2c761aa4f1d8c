"""Templates for the web pages (autoescaped Jinja2, shipped as package data)."""

from __future__ import annotations

from functools import cache
from typing import Any
from urllib.parse import quote

from jinja2 import Environment
from starlette.requests import Request

from sourcetrace.report.html import template_environment


@cache
def environment() -> Environment:
    """Return the Jinja2 environment of the web templates (every value autoescaped)."""
    env = template_environment("sourcetrace.web")
    env.filters["urlpart"] = lambda value: quote(str(value), safe="")
    return env


def render(name: str, request: Request, **context: Any) -> str:
    """Render one page template.

    Args:
        name: The template's file name under ``web/templates``.
        request: The request being answered (templates see it, and whether writes
            need a token).
        **context: The template's variables.

    Returns:
        The HTML text.
    """
    state = request.app.state
    return (
        environment()
        .get_template(name)
        .render(request=request, needs_token=state.token is not None, **context)
    )
