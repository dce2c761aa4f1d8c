"""What the web app does with the index, free of HTTP: trace, read documents, list them.

Every function here takes plain values and returns plain values or raises a
:class:`~sourcetrace.errors.SourcetraceError`; the routes in :mod:`sourcetrace.web.api`
and :mod:`sourcetrace.web.pages` only translate them to and from HTTP.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sourcetrace.api import Index
from sourcetrace.documents import Document
from sourcetrace.errors import InputError, SourcetraceError
from sourcetrace.readers import SUPPORTED_SUFFIXES, read_bytes
from sourcetrace.results import TraceResult
from sourcetrace.text import surrogate_at

log = logging.getLogger("sourcetrace.web")

UPLOAD_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".html", ".htm", ".docx", ".pdf")
"""File types accepted for an article to trace (one document each)."""

DOCUMENT_SUFFIXES: tuple[str, ...] = SUPPORTED_SUFFIXES
"""File types accepted when adding sources (``.jsonl`` may hold many)."""


class RequestError(SourcetraceError):
    """Input a client sent that cannot be used; the message says what to fix.

    Args:
        message: What is wrong, in words the client can act on.
        problems: One line per bad item, when several were checked at once.
    """

    status = 422

    def __init__(self, message: str, problems: Sequence[str] = ()) -> None:
        self.problems = list(problems)
        super().__init__(message)


class MalformedJSONError(RequestError):
    """A request body that is not JSON at all (HTTP 400)."""

    status = 400


class TextTooLongError(RequestError):
    """A text longer than the server traces in one request (HTTP 413)."""

    status = 413

    def __init__(self, chars: int, limit: int) -> None:
        super().__init__(
            f"text: {chars:,} characters; this server traces at most {limit:,} in one "
            "request (split the text, or use the sourcetrace command line)"
        )


def check_length(article: Article, limit: int) -> Article:
    """Return ``article`` if its text is at most ``limit`` characters long.

    Raises:
        TextTooLongError: If it is longer.
    """
    if len(article.text) > limit:
        raise TextTooLongError(len(article.text), limit)
    return article


MAX_NUMBER_DIGITS = 4300
"""The most digits a JSON number may have (Python's own limit for integers)."""


@dataclass(frozen=True, slots=True)
class _HugeNumber:
    """Stands in, while a body is decoded, for a number too long to convert."""

    digits: int


def _parse_int(literal: str) -> int | _HugeNumber:
    digits = len(literal.lstrip("-"))
    return _HugeNumber(digits) if digits > MAX_NUMBER_DIGITS else int(literal)


def _parse_float(literal: str) -> float | _HugeNumber:
    digits = sum(c.isdigit() for c in literal)
    return _HugeNumber(digits) if digits > MAX_NUMBER_DIGITS else float(literal)


@dataclass(frozen=True, slots=True)
class Article:
    """A story to trace.

    Attributes:
        text: Its text.
        id: Its id, if it has one (it never matches a document with the same id).
        title: Its title, for display.
        date: Its date (ISO 8601); documents dated later are never its sources.
    """

    text: str
    id: str | None = None
    title: str | None = None
    date: str | None = None


@dataclass(frozen=True, slots=True)
class Page:
    """One page of documents from a search.

    Attributes:
        documents: The documents on this page.
        total: How many documents match in all.
        query: The search words.
        limit: The page size.
        offset: How many matches come before this page.
    """

    documents: list[Document]
    total: int
    query: str
    limit: int
    offset: int

    def to_dict(self) -> dict[str, Any]:
        """Return the page as JSON: summaries of the documents, without their texts."""
        return {
            "total": self.total,
            "query": self.query,
            "limit": self.limit,
            "offset": self.offset,
            "documents": [summary(d) for d in self.documents],
        }


def check_article(
    text: str | None, *, id: str | None = None, title: str | None = None, date: str | None = None
) -> Article:
    """Validate a story sent to be traced.

    Args:
        text: Its text (required, not blank).
        id: Its id.
        title: Its title.
        date: Its date, ISO 8601.

    Returns:
        The article, with blank optional fields made ``None``.

    Raises:
        RequestError: If the text is missing or blank, or the date is not ISO 8601.
    """
    if text is None or not text.strip():
        raise RequestError("the text to trace is empty; paste a story or upload a file")
    record: dict[str, Any] = {"id": (id or "").strip() or "article", "text": text}
    if date and date.strip():
        record["date"] = date.strip()
    doc = _documents_from_records([record])[0]
    return Article(
        text=text,
        id=(id or "").strip() or None,
        title=(title or "").strip() or None,
        date=doc.date,
    )


def article_from_upload(data: bytes, filename: str) -> Article:
    """Read an uploaded story (txt, md, html, htm, docx or pdf).

    Args:
        data: The file's bytes.
        filename: Its name; the suffix picks the reader.

    Returns:
        The article, with the title and date the reader found.

    Raises:
        RequestError: For an unsupported type or unreadable content.
    """
    if not filename.lower().endswith(UPLOAD_SUFFIXES):
        kinds = ", ".join(s.lstrip(".") for s in UPLOAD_SUFFIXES)
        raise RequestError(f"{filename}: cannot trace this file type (expected {kinds})")
    doc = _read(data, filename=filename)[0]
    return Article(text=doc.text, id=None, title=doc.title or filename, date=doc.date)


def trace(index: Index, article: Article) -> TraceResult:
    """Trace an article against the index, checking its quotations too."""
    return index.trace(article.text, article_id=article.id, article_date=article.date)


def result_json(result: TraceResult) -> dict[str, Any]:
    """Return a trace in the ``trace --json`` schema, with empty quote lists kept."""
    data = result.to_dict()
    data.setdefault("quotes", [])
    data.setdefault("reported", [])
    return data


def quotes_json(result: TraceResult) -> dict[str, Any]:
    """Return the quotations part of a trace, as ``sourcetrace quotes --json`` prints it."""
    data = result_json(result)
    return {"article": data["article"], "quotes": data["quotes"], "reported": data["reported"]}


def parse_json(body: bytes) -> Any:
    """Decode a JSON request body.

    Raises:
        MalformedJSONError: If the body is empty, not UTF-8 or not JSON.
    """
    if not body.strip():
        raise MalformedJSONError("the request body is empty; send JSON")
    try:
        value = json.loads(body, parse_int=_parse_int, parse_float=_parse_float)
    except UnicodeDecodeError as exc:
        raise MalformedJSONError(f"the body is not UTF-8 (byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise MalformedJSONError(f"malformed JSON: {exc.msg} ({where})") from None
    except RecursionError:
        raise MalformedJSONError("the JSON is nested too deeply") from None
    problem = next(_bad_values(value, ()), None)
    if problem:
        raise RequestError(f"invalid request: {problem}", [problem])
    return value


def _bad_values(value: Any, path: tuple[str, ...]) -> Iterator[str]:
    """Yield ``field: reason`` for each value a decoded body may not hold.

    Those are numbers of more than :data:`MAX_NUMBER_DIGITS` digits, and strings
    (values or keys) holding a lone surrogate such as U+D800, which is not a
    character and cannot be stored or shown.
    """
    where = ".".join(path) or "body"
    if isinstance(value, _HugeNumber):
        yield f"{where}: a number of {value.digits:,} digits (the most is {MAX_NUMBER_DIGITS:,})"
    elif isinstance(value, str):
        at = surrogate_at(value)
        if at is not None:
            yield (
                f"{where}: a lone surrogate \\u{ord(value[at]):04x} at character {at} "
                "(not a character; send valid Unicode)"
            )
    elif isinstance(value, list):
        for n, item in enumerate(value):
            yield from _bad_values(item, (*path, str(n)))
    elif isinstance(value, dict):
        for key, item in value.items():
            if surrogate_at(key) is not None:
                yield f"{where}: a field name holds a lone surrogate (send valid Unicode)"
            else:
                yield from _bad_values(item, (*path, key))


def documents_from_json(body: Any) -> list[Document]:
    """Turn a request body (one document object or a list of them) into documents.

    Each object has the fields of an ingest JSON Lines record: ``id`` and ``text``,
    optionally ``title``, ``date``, ``publisher``, ``author``, ``url``, ``kind``; other
    fields are kept as metadata.

    Args:
        body: The decoded JSON.

    Returns:
        The documents, in order.

    Raises:
        RequestError: If the body is neither an object nor a non-empty list of objects,
            or any object is invalid (every problem is listed; nothing is kept).
    """
    items = body if isinstance(body, list) else [body]
    if not items:
        raise RequestError("the list of documents is empty")
    return _documents_from_records(items)


def documents_from_upload(
    data: bytes, filename: str, *, doc_id: str | None = None
) -> list[Document]:
    """Read uploaded sources: one document, or one per line of a ``.jsonl`` file.

    Args:
        data: The file's bytes.
        filename: Its name; the suffix picks the reader and the stem is the default id.
        doc_id: The id to give a single document instead.

    Returns:
        The documents.

    Raises:
        RequestError: For an unsupported type or unreadable content (every bad JSON
            Lines record is listed; nothing is kept).
    """
    if not filename.lower().endswith(DOCUMENT_SUFFIXES):
        kinds = ", ".join(s.lstrip(".") for s in DOCUMENT_SUFFIXES)
        raise RequestError(f"{filename}: cannot add this file type (expected {kinds})")
    problems: list[InputError] = []
    docs = _read(data, filename=filename, doc_id=doc_id or None, on_error=problems.append)
    if problems:
        raise RequestError(f"{filename}: {len(problems)} bad record(s)", [str(p) for p in problems])
    return docs


def add(index: Index, docs: Sequence[Document]) -> int:
    """Add or replace documents in one go; return how many were written."""
    return index.add(docs)


def search(index: Index, query: str = "", *, limit: int = 20, offset: int = 0) -> Page:
    """Find documents by words, id, title or publisher; return one page."""
    docs, total = index.search(query, limit=limit, offset=offset)
    return Page(documents=docs, total=total, query=query, limit=limit, offset=offset)


def summary(doc: Document) -> dict[str, Any]:
    """Return a document's fields without its text, plus its length in words."""
    data = doc.to_dict()
    data.pop("text", None)
    data["words"] = len(doc.text.split())
    return data


def sources_of(index: Index, result: TraceResult) -> Mapping[str, Document]:
    """Return the stored texts of a trace's sources, keyed by id."""
    return index.store.get_many([s.id for s in result.sources])


def _documents_from_records(items: Sequence[Any]) -> list[Document]:
    """Validate objects as ingest JSON Lines records, using the JSON Lines reader."""
    lines = []
    for n, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise RequestError(f"item {n}: expected a JSON object, got {_json_type(item)}")
        problem = next(_bad_values(item, (f"item {n}",) if len(items) > 1 else ()), None)
        if problem:
            raise RequestError(f"invalid request: {problem}", [problem])
        lines.append(json.dumps(item, ensure_ascii=False))
    problems: list[InputError] = []
    docs = _read("\n".join(lines).encode("utf-8"), filename="body.jsonl", on_error=problems.append)
    if problems:
        lines_out = [f"item {p.line}: {p.reason}" if p.line else p.reason for p in problems]
        if len(items) == 1:
            raise RequestError(problems[0].reason)
        raise RequestError(f"{len(problems)} of {len(items)} documents are invalid", lines_out)
    return docs


def _json_type(value: Any) -> str:
    """Name a decoded JSON value's type as JSON does."""
    names = {str: "a string", bool: "a boolean", int: "a number", float: "a number"}
    if value is None:
        return "null"
    if isinstance(value, list):
        return "an array"
    return names.get(type(value), type(value).__name__)


def _read(data: bytes, *, filename: str, **options: Any) -> list[Document]:
    """Read uploaded bytes with the file readers; any failure becomes a :class:`RequestError`.

    The readers turn the failures they know into :class:`InputError`; a parser may
    still fail in a way they do not foresee on a hostile file (a truncated XML part, an
    odd encryption), and the client gets the same kind of answer: 422 naming the file.
    Documents holding text that cannot be stored (a lone surrogate) are refused too.
    """
    try:
        docs = read_bytes(data, filename=filename, **options)
    except InputError as exc:
        raise RequestError(str(exc)) from exc
    except (Exception, RecursionError) as exc:  # a parser's own failure on hostile bytes
        log.warning("could not read upload %r: %s: %s", filename, type(exc).__name__, exc)
        kind = filename.rsplit(".", 1)[-1] if "." in filename else "this type"
        raise RequestError(
            f"{filename}: cannot be read as a .{kind} file ({type(exc).__name__}); "
            "check it opens, or save it again as .txt"
        ) from None
    for n, doc in enumerate(docs, start=1):
        problem = next(_bad_values(doc.to_dict(), ()), None)
        if problem:
            where = f"record {n}: " if len(docs) > 1 else ""
            raise RequestError(f"{filename}: {where}{problem}", [problem])
    return docs
