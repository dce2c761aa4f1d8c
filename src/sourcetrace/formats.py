r"""The parsers of each format: bytes (or a stream) in, :class:`Document` out.

:mod:`sourcetrace.readers` chooses the parser; this module holds them. Every failure of a
third-party parser (trafilatura, python-docx with lxml, pypdf, :mod:`json`) becomes an
:class:`~sourcetrace.errors.InputError` for the file or the JSON Lines line, which pickles
and carries no parser object, so one bad input never ends a batch.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import logging
import threading
import warnings
import zipfile
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, BinaryIO

from sourcetrace.documents import KINDS, Document, is_iso_date
from sourcetrace.errors import InputError
from sourcetrace.files import read_lines
from sourcetrace.text import surrogate_at

if TYPE_CHECKING:
    from docx.table import Table

__all__ = ["docx_document", "html_document", "jsonl_documents", "pdf_document", "report"]

ErrorHandler = Callable[[InputError], None]
"""Called with each bad input instead of raising, so the remaining inputs are still read."""

_STDIN = "-"
# Semantic elements that are never an article's main text. trafilatura leaves them out
# of its own extraction but falls back on them when a page has nothing else.
_PRUNE_XPATH = ["//nav", "//footer[not(ancestor::article)]"]
#: Most bytes a Word file's parts may expand to (a ZIP bomb would fill the memory).
_DOCX_MAX_EXPANDED = 256 * 1024 * 1024
#: The author python-docx's blank template names; its dates are the template's too.
_DOCX_TEMPLATE_AUTHOR = "python-docx"


def report(exc: InputError, on_error: ErrorHandler | None) -> None:
    """Hand ``exc`` to ``on_error``, or raise it when there is no handler."""
    if on_error is None:
        raise exc
    on_error(exc)


def empty(label: str) -> InputError:
    """The error for an input with no text."""
    what = "input" if label == _STDIN else "file"
    return InputError(label, f"the {what} is empty (no text after stripping white space)")


# --------------------------------------------------------------------------- HTML


def html_document(
    html: str | bytes, *, label: str, doc_id: str, url: str | None = None
) -> Document:
    """Read a page's main text and metadata (title, date, author, URL, site as publisher).

    Raises:
        InputError: The page is empty, has no main text, or cannot be parsed.
    """
    import trafilatura
    from trafilatura.settings import set_date_params

    if not html.strip():
        raise empty(label)
    with _parsing(label, "not a readable web page"):
        result = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            prune_xpath=_PRUNE_XPATH,
            # The date found in the page's markup, not one guessed from any date in the text.
            date_extraction_params=set_date_params(extensive=False),
        )
    text = getattr(result, "text", None) if result is not None else None
    blocks = [line.strip() for line in (text or "").split("\n") if line.strip()]
    if not blocks:
        raise InputError(
            label,
            "no main text found in the HTML (is it a page of links, or is the text "
            "loaded by JavaScript? save the rendered page instead)",
        )

    def meta(name: str) -> str | None:
        value = getattr(result, name, None)
        return (value.strip() or None) if isinstance(value, str) else None

    return Document(
        id=doc_id,
        text="\n\n".join(blocks),
        title=meta("title"),
        date=meta("date"),
        publisher=meta("sitename"),
        author=meta("author"),
        url=meta("url") or url,
    )


@contextlib.contextmanager
def _parsing(label: str, what: str, fix: str = "") -> Iterator[None]:
    """Turn any failure of a third-party parser into an :class:`InputError` for ``label``.

    trafilatura, python-docx, lxml and pypdf can fail in many ways on hostile input
    (``XMLSyntaxError``, ``RecursionError``, ``MemoryError``, ``KeyError`` ...); each is
    one bad file, reported with its kind, and the batch goes on. The error keeps no
    reference to the parser's exception, so it crosses process boundaries.
    """
    try:
        yield
    except InputError:
        raise
    except Exception as exc:  # any failure of the parser is this file's problem
        raise InputError(label, f"{what} ({_brief(exc)}){fix}") from None


def _brief(exc: BaseException) -> str:
    """Return an exception as one short line: its type and the start of its message."""
    message = " ".join(str(exc).split())
    if len(message) > 160:
        message = message[:157] + "..."
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


def _iso_day(value: object) -> str | None:
    """Return the ISO 8601 day of a metadata timestamp, if it is one."""
    return value.date().isoformat() if isinstance(value, dt.datetime) else None


def _clean(value: object) -> str | None:
    return (value.strip() or None) if isinstance(value, str) else None


# --------------------------------------------------------------------------- Word


def docx_document(data: bytes, *, label: str, doc_id: str) -> Document:
    """Read a Word file's paragraphs and table rows, title, author and creation day.

    Raises:
        InputError: Not a Word file, damaged, expanding past 256 MiB, or without text.
    """
    import docx
    from docx.table import Table

    with _parsing(label, "not a Word .docx document", "; save it as .docx, or as .pdf or .txt"):
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            expanded = sum(info.file_size for info in archive.infolist())
        if expanded > _DOCX_MAX_EXPANDED:
            raise InputError(
                label,
                f"the Word document expands to {expanded // 2**20} MiB (the limit is "
                f"{_DOCX_MAX_EXPANDED // 2**20} MiB); save it as .pdf or .txt",
            )
        document = docx.Document(io.BytesIO(data))
        blocks: list[str] = []
        for item in document.iter_inner_content():
            if isinstance(item, Table):
                blocks.extend(_table_rows(item))
            elif item.text.strip():
                blocks.append(item.text.strip())
        properties = document.core_properties
        title, author = _clean(properties.title), _clean(properties.author)
        created = _iso_day(properties.created)
        if author == _DOCX_TEMPLATE_AUTHOR:  # python-docx's own template: not the file's
            author = created = None
    if not blocks:
        raise InputError(label, "the Word document has no text")
    return Document(id=doc_id, text="\n\n".join(blocks), title=title, author=author, date=created)


def _table_rows(table: Table) -> Iterator[str]:
    """Yield each row of a Word table as its cells' text joined by tabs."""
    for row in table.rows:
        cells: list[str] = []
        previous: object = None
        for cell in row.cells:
            if cell._tc is previous:  # a merged cell repeats once per grid column it spans
                continue
            previous = cell._tc
            if cell.text.strip():
                cells.append(" ".join(cell.text.split()))
        if cells:
            yield "\t".join(cells)


# --------------------------------------------------------------------------- PDF


class _QuietPypdf:
    """Keep pypdf's warnings (repairs it made to a damaged file) off standard error.

    pypdf logs them (and errors it recovers from); the logger is silenced while any thread
    reads a PDF (whatever cannot be read raises, and is reported) and its level
    restored when the last one is done.
    """

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.depth = 0
        self.saved = logging.NOTSET
        self.logger = logging.getLogger("pypdf")

    @contextlib.contextmanager
    def __call__(self) -> Iterator[None]:
        with self.lock:
            if self.depth == 0:
                self.saved = self.logger.level
                self.logger.setLevel(logging.CRITICAL + 1)
            self.depth += 1
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                yield
        finally:
            with self.lock:
                self.depth -= 1
                if self.depth == 0:
                    self.logger.setLevel(self.saved)


_quiet_pypdf = _QuietPypdf()


def pdf_document(data: bytes, *, label: str, doc_id: str) -> Document:
    """Read a PDF's text layer (pages as blocks), title, author and creation day.

    pypdf's warnings about repairs it made are kept off standard error.

    Raises:
        InputError: Not a PDF, damaged, encrypted with a password, or without text.
    """
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    with _quiet_pypdf(), _parsing(label, "not a readable PDF"):
        try:
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise InputError(label, "encrypted PDF, no password; remove its password first")
            pages = [(page.extract_text() or "").strip() for page in reader.pages]
        except FileNotDecryptedError:
            raise InputError(
                label, "encrypted PDF, no password; remove its password first"
            ) from None
        except DependencyError as exc:
            raise InputError(
                label, f"encrypted PDF that needs another package to open ({exc})"
            ) from None
        info = _pdf_info(reader)
    blocks = [page for page in pages if page]
    if not blocks:
        raise InputError(label, "PDF has no text layer (scanned?); run OCR first")
    return Document(
        id=doc_id,
        text="\n\n".join(blocks),
        title=info["title"],
        author=info["author"],
        date=info["date"],
    )


def _pdf_info(reader: Any) -> dict[str, str | None]:
    """Return the title, author and creation day of a PDF's metadata, where readable."""
    info: dict[str, str | None] = {"title": None, "author": None, "date": None}
    try:
        metadata = reader.metadata
    except Exception:  # damaged metadata loses the fields, not the text
        return info
    if metadata is None:
        return info
    for name, attribute in (("title", "title"), ("author", "author"), ("date", "creation_date")):
        try:
            value = getattr(metadata, attribute)
        except Exception:  # an unparsable date or string: that field is unknown
            continue
        info[name] = _iso_day(value) if name == "date" else _clean(value)
    return info


# --------------------------------------------------------------------------- JSON Lines


def jsonl_documents(
    handle: BinaryIO, *, label: str, on_error: ErrorHandler | None
) -> Iterator[tuple[Document, int]]:
    """Yield each good line's document and number; hand each bad line to ``on_error``."""
    records = 0
    for number, raw in read_lines(handle, label=label):
        if isinstance(raw, InputError):
            records += 1
            report(raw, on_error)
            continue
        raw = raw.strip()
        if not raw:
            continue
        records += 1
        try:
            yield _record(raw, label=label, line=number), number
        except InputError as exc:
            report(exc, on_error)
    if records == 0:
        what = "input" if label == _STDIN else "file"
        raise InputError(label, f"the {what} is empty (no JSON objects, one per line, found)")


def _record(raw: bytes, *, label: str, line: int) -> Document:
    """Turn one JSON Lines line into a document, checking every known field."""

    def fail(reason: str) -> InputError:
        return InputError(label, reason, line=line)

    try:
        obj = json.loads(raw)
    except UnicodeDecodeError as exc:
        bad = f"byte 0x{raw[exc.start]:02X} at column {exc.start + 1}"
        raise fail(f"not valid UTF-8 ({bad}); save the file as UTF-8") from None
    except json.JSONDecodeError as exc:
        raise fail(f"malformed JSON: {exc.msg} (column {exc.colno})") from None
    except RecursionError:
        raise fail("JSON nested too deeply to read") from None
    except ValueError as exc:  # e.g. an integer of more than 4,300 digits
        message = " ".join(str(exc).split(";")[0].split())[:160]
        raise fail(f"unreadable JSON value: {message}") from None
    if not isinstance(obj, dict):
        raise fail(f"expected a JSON object, got {type(obj).__name__}")
    maybe = b"\\ud" in raw or b"\\uD" in raw or b"\xed" in raw
    surrogate = _lone_surrogate(obj) if maybe else None
    if surrogate is not None:
        raise fail(
            f"{surrogate} holds a lone surrogate (a \\ud800-\\udfff escape without its "
            "pair), which is not valid Unicode text"
        )

    fields: dict[str, Any] = dict(obj)
    if "id" not in fields:
        raise fail("missing field 'id'")
    doc_id = fields.pop("id")
    if isinstance(doc_id, int) and not isinstance(doc_id, bool):
        doc_id = str(doc_id)
    if not isinstance(doc_id, str) or not doc_id.strip():
        raise fail("field 'id' must be a non-empty string (or an integer)")
    if "text" not in fields:
        raise fail("missing field 'text'")
    text = fields.pop("text")
    if not isinstance(text, str) or not text.strip():
        raise fail("field 'text' must be a non-empty string")

    def optional(name: str) -> str | None:
        value = fields.pop(name, None)
        if value is None:
            return None
        if not isinstance(value, str):
            raise fail(f"field {name!r} must be a string, not {type(value).__name__}")
        return value.strip() or None

    title, author, url = optional("title"), optional("author"), optional("url")
    publisher = optional("publisher")
    if publisher is None and isinstance(fields.get("outlet"), str):
        publisher = fields["outlet"].strip() or None
    when = optional("date")
    if when is not None and not is_iso_date(when):
        raise fail(f"invalid date {when!r}: expected ISO 8601, e.g. 2023-08-09")
    kind = optional("kind")
    if kind is not None and kind not in KINDS:
        expected = " or ".join(repr(k) for k in KINDS)
        raise fail(f"invalid kind {kind!r}: expected {expected}")
    return Document(
        id=doc_id,
        text=text,
        title=title,
        date=when,
        publisher=publisher,
        author=author,
        url=url,
        kind=kind,
        meta=fields,
    )


def _lone_surrogate(obj: dict[str, Any]) -> str | None:
    r"""Name the first field (or key) of a JSON object holding a lone surrogate, if any.

    JSON's ``\ud800`` escapes can spell half of a UTF-16 pair, which no UTF-8 text
    (nor the index) can hold. Walked without recursion: the object can be deep.
    """
    stack: list[tuple[str, Any]] = [(f"field {key!r}", value) for key, value in obj.items()]
    stack.extend((f"key {key!r}", key) for key in obj)
    while stack:
        where, value = stack.pop()
        if isinstance(value, str):
            if surrogate_at(value) is not None:
                return where.encode("ascii", "backslashreplace").decode()
        elif isinstance(value, dict):
            stack.extend((where, item) for item in value.values())
            stack.extend((where, key) for key in value)
        elif isinstance(value, list):
            stack.extend((where, item) for item in value)
    return None
