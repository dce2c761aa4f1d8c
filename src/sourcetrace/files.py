"""Reading input bytes safely: regular files only, bounded sizes, and a look at the content.

Readers never trust a file's name alone. :func:`read_regular` refuses named pipes, devices
and sockets before reading a byte (a FIFO would wait for a writer for ever, ``/dev/zero``
would fill the memory) and refuses files over :data:`MAX_FILE_BYTES`; :func:`read_lines`
streams a JSON Lines file with each line bounded by :data:`MAX_LINE_BYTES`; :func:`sniff`
says what the first bytes look like, so that a PDF, a web page, UTF-16 text or binary data
saved as ``.txt`` is read as what it is, or refused with a reason.
"""

from __future__ import annotations

import codecs
import io
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, Literal

from sourcetrace.errors import InputError

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_HTML_BYTES",
    "MAX_LINE_BYTES",
    "Sniffed",
    "check_html_size",
    "control_share",
    "open_regular",
    "os_reason",
    "read_limited",
    "read_lines",
    "read_regular",
    "sniff",
]

MAX_FILE_BYTES = 64 * 1024 * 1024
"""Largest file read whole (everything but JSON Lines): 64 MiB."""

MAX_LINE_BYTES = 16 * 1024 * 1024
"""Longest JSON Lines line (one record): 16 MiB."""

MAX_HTML_BYTES = 8 * 1024 * 1024
"""Largest web page read: 8 MiB. Finding a page's main text takes about 10 s a MiB on
a loaded 2-core machine, and grows faster than the page; news pages are well under 2 MiB."""

Sniffed = Literal["pdf", "zip", "html", "utf-16-le", "utf-16-be", "binary", "text"]
"""What the first bytes of an input look like."""

_SNIFF_BYTES = 8192
_CHUNK = 1024 * 1024
#: Share of control characters (other than white space) from which text is binary data.
_CONTROL_SHARE = 0.1
#: Share of the 2-byte units with a zero byte in the same half from which text is UTF-16.
_UTF16_ZEROS = 0.4
#: The control characters that are not white space (C0 and DEL), as bytes.
_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 32), 127])
_HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body")


def _mebibytes(size: int) -> str:
    return f"{size / 1024 / 1024:.0f} MiB"


def os_reason(exc: OSError) -> str:
    """Say in words what an OS error means for the user."""
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    if isinstance(exc, PermissionError):
        return "permission denied; check the file's permissions"
    if isinstance(exc, IsADirectoryError):
        return "is a directory where a file was expected"
    return f"cannot read: {exc.strerror or exc}"


def _not_regular(mode: int) -> str | None:
    """Name what a non-regular file is, or return ``None`` for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is a directory where a file was expected"
    if stat.S_ISFIFO(mode):
        what = "a named pipe (FIFO)"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        what = "a device"
    elif stat.S_ISSOCK(mode):
        what = "a socket"
    else:
        what = "not a regular file"
    return f"is {what}, not a regular file; only regular files are read"


def open_regular(path: Path) -> BinaryIO:
    """Open ``path`` for reading in binary mode if, and only if, it is a regular file.

    The type is checked before opening (opening a FIFO would wait for a writer) and again
    on the opened file (the path could have been swapped in between).

    Raises:
        InputError: The path is missing, unreadable, or not a regular file (a FIFO, a
            device such as ``/dev/zero``, a socket; symbolic links are followed).
    """
    label = str(path)
    try:
        reason = _not_regular(os.stat(path).st_mode)
        if reason is not None:
            raise InputError(label, reason)
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise InputError(label, os_reason(exc)) from exc
    try:
        reason = _not_regular(os.fstat(fd).st_mode)
        if reason is not None:
            raise InputError(label, reason)
        os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return os.fdopen(fd, "rb")


def read_regular(path: Path, *, limit: int = MAX_FILE_BYTES) -> bytes:
    """Return the bytes of the regular file ``path``, refusing more than ``limit`` bytes.

    Raises:
        InputError: As :func:`open_regular`, or the file is larger than ``limit``.
    """
    label = str(path)
    with open_regular(path) as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > limit:
            raise _too_large(label, size, limit)
        try:
            # Ask for the size known (one more byte to see growth): asking for the limit
            # would allocate it, 64 MiB a file.
            data = handle.read(size + 1)
            if len(data) > size:  # grew since: read on, within the limit
                data += _read_bounded(handle, limit - len(data))
        except OSError as exc:
            raise InputError(label, os_reason(exc)) from exc
    if len(data) > limit:
        raise _too_large(label, len(data), limit)
    return data


def _read_bounded(stream: BinaryIO, limit: int) -> bytes:
    """Read ``stream`` to its end in chunks, stopping once past ``limit`` bytes."""
    chunks: list[bytes] = []
    total = 0
    while total <= limit:
        chunk = stream.read(min(_CHUNK, limit + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def read_limited(stream: BinaryIO, *, label: str, limit: int = MAX_FILE_BYTES) -> bytes:
    """Read a stream (standard input) to its end, refusing more than ``limit`` bytes."""
    data = _read_bounded(stream, limit)
    if len(data) > limit:
        raise InputError(
            label,
            f"input too large (over the limit of {_mebibytes(limit)}); split it, or give it "
            "as JSON Lines (one document per line)",
        )
    return data


def _too_large(label: str, size: int, limit: int) -> InputError:
    return InputError(
        label,
        f"file too large ({_mebibytes(size)}; the limit is {_mebibytes(limit)}); "
        "split it, or convert it to JSON Lines (one document per line)",
    )


def check_html_size(data: bytes, *, label: str) -> None:
    """Refuse a web page over :data:`MAX_HTML_BYTES`."""
    if len(data) > MAX_HTML_BYTES:
        raise InputError(
            label,
            f"web page too large ({_mebibytes(len(data))}; the limit for HTML is "
            f"{_mebibytes(MAX_HTML_BYTES)}); save its text as .txt instead",
        )


def read_lines(
    handle: BinaryIO, *, label: str, limit: int = MAX_LINE_BYTES
) -> Iterator[tuple[int, bytes | InputError]]:
    """Yield ``(line number, line as UTF-8 bytes)`` for a JSON Lines stream, 1-based.

    A line longer than ``limit`` bytes is skipped and yielded as an :class:`InputError`
    in its place; the next line is read as usual. UTF-16 (with or without a byte-order
    mark, told by :func:`sniff`) is decoded and each line re-encoded as UTF-8; a UTF-8
    mark is dropped.
    """
    head = handle.peek(_SNIFF_BYTES)[:_SNIFF_BYTES] if hasattr(handle, "peek") else b""
    kind = sniff(head)
    if kind == "binary":
        raise InputError(label, "binary data (NUL bytes or control characters), not JSON Lines")
    if kind in ("utf-16-le", "utf-16-be"):
        encoding = "utf-16" if head[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) else kind
        yield from _text_lines(handle, encoding=encoding, label=label, limit=limit)
        return
    number = 0
    while True:
        raw = handle.readline(limit + 1)
        if not raw:
            return
        number += 1
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        if len(raw) > limit and not raw.endswith(b"\n"):
            while (rest := handle.readline(limit)) and not rest.endswith(b"\n"):
                pass
            yield number, _line_too_long(label, number, limit)
            continue
        yield number, raw


def _text_lines(
    handle: BinaryIO, *, encoding: str, label: str, limit: int
) -> Iterator[tuple[int, bytes | InputError]]:
    """Decode ``handle`` as ``encoding`` and yield its lines as UTF-8 bytes."""
    chars = max(1, limit // 2)
    text = io.TextIOWrapper(handle, encoding=encoding, newline="")
    number = 0
    try:
        while True:
            try:
                line = text.readline(chars + 1)
            except UnicodeDecodeError as exc:
                raise InputError(
                    label, f"not valid {encoding.upper()} text", line=number + 1
                ) from exc
            if not line:
                return
            number += 1
            if len(line) > chars and not line.endswith("\n"):
                while (rest := text.readline(chars)) and not rest.endswith("\n"):
                    pass
                yield number, _line_too_long(label, number, limit)
                continue
            yield number, line.encode("utf-8", "surrogatepass")
    finally:
        text.detach()


def _line_too_long(label: str, number: int, limit: int) -> InputError:
    return InputError(
        label,
        f"line longer than {_mebibytes(limit)} (the limit for one record); skipped",
        line=number,
    )


def sniff(head: bytes) -> Sniffed:
    """Say what the first bytes of an input (a few kilobytes are enough) look like.

    PDF and ZIP (Word) files by their signature; UTF-16 by its byte-order mark, or
    without one by the zero bytes ASCII characters leave in every other place; binary
    data by a NUL byte or many control characters; a web page by its opening tag.
    Anything else is ``"text"`` (whether it is valid UTF-8 is for the decoder to say).

    Example:
        >>> sniff("Hi there".encode("utf-16-le"))
        'utf-16-le'
    """
    head = head[:_SNIFF_BYTES]
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if head.startswith(codecs.BOM_UTF32_LE) or head.startswith(codecs.BOM_UTF32_BE):
        return "text"  # the decoder reads UTF-32 by its mark
    if head.startswith(codecs.BOM_UTF16_LE):
        return "utf-16-le"
    if head.startswith(codecs.BOM_UTF16_BE):
        return "utf-16-be"
    utf16 = _utf16_without_mark(head)
    if utf16 is not None:
        return utf16
    if b"\0" in head:
        return "binary"
    if _control_bytes(head) > _CONTROL_SHARE:
        return "binary"
    if head.removeprefix(codecs.BOM_UTF8).lstrip()[:20].lower().startswith(_HTML_STARTS):
        return "html"
    return "text"


def control_share(text: str) -> float:
    """Return the share of ``text`` (in UTF-8 bytes) that is control characters, not spaces."""
    return _control_bytes(text.encode("utf-8", "surrogatepass"))


def _control_bytes(data: bytes) -> float:
    if not data:
        return 0.0
    return (len(data) - len(data.translate(None, _CONTROL_BYTES))) / len(data)


def _utf16_without_mark(head: bytes) -> Literal["utf-16-le", "utf-16-be"] | None:
    """Tell UTF-16 without a byte-order mark by where its zero bytes fall."""
    units = len(head) // 2
    if units < 2:
        return None
    even = head[0 : units * 2 : 2].count(0) / units
    odd = head[1 : units * 2 : 2].count(0) / units
    if odd >= _UTF16_ZEROS and even == 0:
        return "utf-16-le"
    if even >= _UTF16_ZEROS and odd == 0:
        return "utf-16-be"
    return None
