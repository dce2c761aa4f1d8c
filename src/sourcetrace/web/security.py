"""The web app's guards: Host names, body size and time, write token, same-origin writes."""

from __future__ import annotations

import asyncio
import hmac
import ipaddress
import json
import time
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

LOOPBACK_NAMES: tuple[str, ...] = ("localhost", "127.0.0.1", "[::1]")
"""The Host names a server accepts by default (with any port): only this machine's."""

ANY_HOST = "*"
"""The ``--allowed-host`` value that turns the Host check off (behind a trusted proxy)."""

MIN_TOKEN_LENGTH = 16
"""The shortest bearer token accepted for a server reachable from other machines."""

BODY_TIMEOUT = 30.0
"""Seconds a client may take to send a request body before getting 408."""


def host_name(header: str) -> str:
    """Return the name part of a Host header, lower-cased, without its port.

    Example:
        >>> host_name("LocalHost:8000"), host_name("[::1]:80"), host_name("127.0.0.1")
        ('localhost', '[::1]', '127.0.0.1')
    """
    value = header.strip().lower()
    if value.startswith("["):
        end = value.find("]")
        return value[: end + 1] if end > 0 else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


def allowed_hosts(extra: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Return the Host names to accept: the loopback names and ``extra`` ones.

    Args:
        extra: More names (``--allowed-host``); an IPv6 address may be given without
            brackets, and ``*`` accepts any Host.

    Example:
        >>> allowed_hosts(("News.Example", "::1"))
        ('localhost', '127.0.0.1', '[::1]', 'news.example')
    """
    names = list(LOOPBACK_NAMES)
    for name in extra:
        value = name.strip().lower()
        if ":" in value and not value.startswith("["):
            value = f"[{value}]"
        if value and value not in names:
            names.append(value)
    return tuple(names)


def token_problem(host: str, token: str | None) -> str | None:
    """Say why ``token`` is not good enough for a server bound to ``host``, if it is not.

    Args:
        host: The address the server listens on.
        token: The bearer token for writes, or ``None``.

    Returns:
        ``None`` when the pair is safe; otherwise one sentence saying what to change.

    Example:
        >>> token_problem("127.0.0.1", None) is None
        True
        >>> token_problem("0.0.0.0", "x")[:40]
        'the token in SOURCETRACE_TOKEN is 1 char'
    """
    if is_loopback(host):
        return None
    if token is None:
        return (
            f"refusing to listen on {host}, which is reachable from other machines, "
            f"without a token: set {TOKEN_ENV} to a long random string (writes will need "
            f"'Authorization: Bearer <token>'), or use --host 127.0.0.1"
        )
    if len(token) < MIN_TOKEN_LENGTH:
        return (
            f"the token in {TOKEN_ENV} is {len(token)} character(s) long; on {host}, "
            f"reachable from other machines, it must have at least {MIN_TOKEN_LENGTH} "
            f"(e.g. python -c 'import secrets; print(secrets.token_urlsafe())')"
        )
    return None


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


class BodyTooSlowError(HTTPException):
    """A client took longer than allowed to send its request body (HTTP 408)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(408, f"the request body took longer than {seconds:g} s to arrive")


class Guard:
    """ASGI middleware: refuses foreign Hosts, big or slow bodies, cross-site writes.

    Foreign ``Host`` names get 400, bodies over the limit 413, bodies slower than the
    timeout 408, cross-site writes 403; every answer gets safe headers.

    The Host check stops DNS rebinding: a page on another site whose name has been
    pointed at this machine reaches the server with that site's name in ``Host``.
    The size is checked against ``Content-Length`` before the app runs, and again while
    the body streams in, so chunked uploads cannot get past it either.

    Args:
        app: The wrapped application.
        max_body: The largest body accepted, in bytes.
        hosts: The Host names accepted (see :func:`allowed_hosts`); ``*`` among them
            accepts any.
        body_timeout: Seconds allowed for the whole body to arrive.
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        max_body: int,
        hosts: tuple[str, ...] = LOOPBACK_NAMES,
        body_timeout: float = BODY_TIMEOUT,
    ) -> None:
        self.app = app
        self.max_body = max_body
        self.hosts = frozenset(hosts)
        self.body_timeout = body_timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Handle one ASGI connection."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.lower(): v for k, v in scope.get("headers", [])}
        refused = self._foreign_host(headers.get(b"host"))
        if refused:
            await _plain(send, 400, refused, scope)
            return
        length = headers.get(b"content-length", b"").decode("latin-1").strip()
        if length.isdigit() and int(length) > self.max_body:
            await _plain(send, 413, BodyTooLargeError(self.max_body).detail, scope)
            return
        if scope.get("method") in _UNSAFE_METHODS and _cross_site(headers):
            await _plain(send, 403, "cross-site request refused", scope)
            return
        started = False
        received = 0
        deadline = time.monotonic() + self.body_timeout

        complete = False

        async def limited() -> Message:
            nonlocal received, complete
            if complete:  # only the body's arrival is timed, not waits for a disconnect
                return await receive()
            left = deadline - time.monotonic()
            try:
                message = await asyncio.wait_for(receive(), timeout=max(left, 0.001))
            except TimeoutError:
                raise BodyTooSlowError(self.body_timeout) from None
            if message["type"] != "http.request" or not message.get("more_body", False):
                complete = True
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
        except (BodyTooLargeError, BodyTooSlowError) as exc:
            if started:
                raise
            await _plain(send, exc.status_code, exc.detail, scope)

    def _foreign_host(self, header: bytes | None) -> str | None:
        """Return why a request's Host is refused, or ``None`` if it is allowed."""
        if ANY_HOST in self.hosts:
            return None
        value = (header or b"").decode("latin-1")
        name = host_name(value)
        if name in self.hosts:
            return None
        shown = json.dumps(value[:100]) if value else "(none)"
        return (
            f"Host {shown} is not one this server answers to ({', '.join(sorted(self.hosts))}); "
            f"if clients reach it by that name, start it with --allowed-host {name or 'NAME'}"
        )


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
