"""The web app's guards: body size limit, write token, same-origin writes, safe headers."""

from __future__ import annotations

import hmac
import ipaddress
import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import urlsplit

from starlette.exceptions import HTTPException
from starlette.requests import Request

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

TOKEN_ENV = "SOURCETRACE_TOKEN"
"""The environment variable holding the bearer token for writes."""

SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (
        b"content-security-policy",
        b"default-src 'self'; img-src 'self' data:; object-src 'none'; "
        b"base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
)
_UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def is_loopback(host: str) -> bool:
    """Return whether ``host`` only accepts connections from this machine.

    Args:
        host: A host name or address as given to ``--host``.

    Example:
        >>> is_loopback("127.0.0.1"), is_loopback("::1"), is_loopback("0.0.0.0")
        (True, True, False)
    """
    name = host.strip().strip("[]").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


class BodyTooLargeError(HTTPException):
    """A request body is over the configured limit (HTTP 413)."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request body too large: the limit is {limit:,} bytes")


class Guard:
    """ASGI middleware: refuses big bodies (413), cross-site writes (403); adds headers.

    The size is checked against ``Content-Length`` before the app runs, and again while
    the body streams in, so chunked uploads cannot get past it either.

    Args:
        app: The wrapped application.
        max_body: The largest body accepted, in bytes.
    """

    def __init__(self, app: ASGIApp, *, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Handle one ASGI connection."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.lower(): v for k, v in scope.get("headers", [])}
        length = headers.get(b"content-length", b"").decode("latin-1").strip()
        if length.isdigit() and int(length) > self.max_body:
            await _plain(send, 413, BodyTooLargeError(self.max_body).detail, scope)
            return
        if scope.get("method") in _UNSAFE_METHODS and _cross_site(headers):
            await _plain(send, 403, "cross-site request refused", scope)
            return
        started = False
        received = 0

        async def limited() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    raise BodyTooLargeError(self.max_body)
            return message

        async def with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        try:
            await self.app(scope, limited, with_headers)
        except BodyTooLargeError as exc:
            if started:
                raise
            await _plain(send, 413, exc.detail, scope)


def _cross_site(headers: dict[bytes, bytes]) -> bool:
    """Return whether a browser says the request comes from another site's page.

    Browsers send ``Sec-Fetch-Site``; older ones only ``Origin``. Clients that send
    neither (curl, scripts) are not browsers and pass.
    """
    site = headers.get(b"sec-fetch-site")
    if site is not None:
        return site not in (b"same-origin", b"none")
    origin = headers.get(b"origin")
    if not origin or origin == b"null":
        return origin == b"null"
    host = headers.get(b"host", b"").decode("latin-1").lower()
    return urlsplit(origin.decode("latin-1")).netloc.lower() != host


async def _plain(send: Send, status: int, detail: str, scope: Scope) -> None:
    """Send a short error: JSON under ``/api``, a small HTML page elsewhere."""
    if str(scope.get("path", "")).startswith("/api"):
        body = json.dumps({"error": detail}).encode()
        kind = b"application/json"
    else:
        from html import escape

        body = (
            f"<!DOCTYPE html><title>{status}</title><h1>{status}</h1><p>{escape(detail)}</p>"
        ).encode()
        kind = b"text/html; charset=utf-8"
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", kind),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
                *SECURITY_HEADERS,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def check_token(request: Request, expected: str | None, *, supplied: str | None = None) -> None:
    """Allow a write only with the server's token, when it has one.

    Args:
        request: The request; its ``Authorization: Bearer …`` header is checked.
        expected: The server's token; ``None`` lets every write through.
        supplied: A token from a form field, checked when there is no header.

    Raises:
        HTTPException: 401 when the token is missing or wrong.
    """
    if expected is None:
        return
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    token = value.strip() if scheme.lower() == "bearer" else (supplied or "")
    if not token or not hmac.compare_digest(token.encode(), expected.encode()):
        raise HTTPException(
            401,
            "this server needs a token for changes: send 'Authorization: Bearer <token>'"
            f" (the server's {TOKEN_ENV})",
            headers={"WWW-Authenticate": "Bearer"},
        )
