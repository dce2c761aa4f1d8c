r"""Readers: turn files, uploads and standard input into :class:`Document` values.

One reader per format, each a plain function:

- ``.txt``: the whole file as UTF-8 (a byte-order mark is dropped; UTF-16 with a mark too).
- ``.md``: as ``.txt``; the title loses its leading ``#`` marks.
- ``.html``, ``.htm``: the main text found by trafilatura, without navigation or footers.
- ``.docx``: paragraphs and table rows, one block each.
- ``.pdf``: the text layer, page by page. Scanned PDFs need OCR first.
- ``.jsonl``: one JSON object per line (the ingest schema of :meth:`Document.to_dict`).

Blocks (paragraphs, pages, table rows) are joined by a blank line (``"\n\n"``), so the
sentence splitter sees the same paragraph breaks whatever the format.

Every problem a user can fix is raised as :class:`~sourcetrace.errors.InputError` naming the
file, the line for JSON Lines, and what is wrong. Where several documents are read at once
(a directory, a JSON Lines file), pass ``on_error`` to have bad inputs reported one by one
while the rest are still read.

Example:
    >>> from sourcetrace.readers import read_path
    >>> docs = list(read_path("examples/press_release.txt"))
    >>> docs[0].id
    'press_release'
"""

from __future__ import annotations

import codecs
import contextlib
import datetime as dt
import io
import json
import logging
import os
import sys
import warnings
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from sourcetrace.documents import KINDS, Document, FileFields, is_iso_date
from sourcetrace.errors import InputError
from sourcetrace.files import (
    MAX_FILE_BYTES,
    control_share,
    open_regular,
    os_reason,
    read_limited,
    read_lines,
    read_regular,
    sniff,
)

if TYPE_CHECKING:
    from docx.table import Table

__all__ = [
    "SUPPORTED_SUFFIXES",
    "ErrorHandler",
    "IdLedger",
    "list_files",
    "read_bytes",
    "read_docx",
    "read_file",
    "read_html",
    "read_html_string",
    "read_jsonl",
    "read_path",
    "read_pdf",
    "read_stdin",
    "read_text_file",
    "report",
]

SUPPORTED_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".html", ".htm", ".docx", ".pdf", ".jsonl")
"""The file suffixes :func:`read_path` and :func:`read_bytes` know, lower case."""

ErrorHandler = Callable[[InputError], None]
"""Called with each bad input instead of raising, so the remaining inputs are still read."""

_TITLE_MAX_CHARS = 200
_STDIN = "-"
# Byte-order marks that name their encoding unambiguously, longest first (UTF-32 LE's
# mark begins with UTF-16 LE's).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Semantic elements that are never an article's main text. trafilatura leaves them out
# of its own extraction but falls back on them when a page has nothing else.
_PRUNE_XPATH = ["//nav", "//footer[not(ancestor::article)]"]
_EXPECTED = ", ".join(SUPPORTED_SUFFIXES)
#: Characters of a decoded text checked for control characters, and the share refused.
_CONTROL_SAMPLE = 65536
_CONTROL_SHARE = 0.1
#: Most bytes a Word file's parts may expand to (a ZIP bomb would fill the memory).
_DOCX_MAX_EXPANDED = 256 * 1024 * 1024
#: The author python-docx's blank template names; its dates are the template's too.
_DOCX_TEMPLATE_AUTHOR = "python-docx"


# --------------------------------------------------------------------------- entry points


def read_path(
    path: str | Path,
    *,
    on_error: ErrorHandler | None = None,
    fields: FileFields | None = None,
) -> Iterator[Document]:
    """Read one file, or every supported file under a directory.

    A directory is walked recursively in sorted order, skipping hidden files and
    directories (names starting with ``.``); symbolic links to directories are not
    followed. Files at the top of the directory get their stem as id
    (``press_release``); files further down get their relative path without the suffix
    (``2023/press_release``), so two ``report.txt`` in different folders do not replace
    each other in the index. Two documents with one id (``report.txt`` and
    ``report.pdf``, or a JSON Lines id given twice) are not both read: the later one is
    reported. Only regular files are read (a named pipe or a device is reported), up to
    :data:`~sourcetrace.files.MAX_FILE_BYTES` a file and
    :data:`~sourcetrace.files.MAX_LINE_BYTES` a JSON Lines line; the content decides
    over the suffix where they plainly disagree (a PDF or a web page saved as ``.txt``,
    UTF-16 text, binary data).

    Args:
        path: A file or a directory.
        on_error: Called with each bad file or JSON Lines record; reading then goes on.
            If ``None``, the first problem is raised.
        fields: Kind, date or publisher given to every document read from a file
            other than JSON Lines (whose records carry their own).

    Yields:
        The documents, in a deterministic order.

    Raises:
        InputError: For a missing path, an unreadable or unsupported file, or bad
            content, when ``on_error`` is ``None``.

    Example:
        >>> import sourcetrace
        >>> [doc.id for doc in sourcetrace.read_path("examples/press_release.txt")]
        ['press_release']
    """
    ledger = IdLedger()
    for file, doc_id in list_files(path, on_error=on_error):
        try:
            for doc, line in read_located(file, doc_id=doc_id, on_error=on_error):
                if ledger.again(doc.id, label=str(file), line=line):
                    continue  # the same file given twice: read once
                clash = ledger.claim(doc.id, label=str(file), line=line)
                if clash is not None:
                    report(clash, on_error)
                elif line is None and fields is not None:
                    yield fields.apply(doc)
                else:
                    yield doc
        except InputError as exc:
            report(exc, on_error)


class IdLedger:
    """The document ids read so far in one run, with where each came from.

    A second document with an id already read would silently replace the first in the
    index; :meth:`claim` says so instead. An id is claimed only by a document that was
    read, so a file that fails leaves its id free.
    """

    def __init__(self) -> None:
        self.seen: dict[str, str] = {}
        self.resolved: dict[str, str] = {}

    def _place(self, label: str, line: int | None) -> str:
        """Name a file, or a line of one, by the file's absolute path."""
        where = self.resolved.get(label)
        if where is None:
            where = label if label == _STDIN else os.path.abspath(label)
            self.resolved[label] = where
        return where if line is None else f"{where}:{line}"

    def again(self, doc_id: str, *, label: str, line: int | None) -> bool:
        """Return whether this very place (a file given twice) already gave ``doc_id``."""
        return self.seen.get(doc_id) == self._place(label, line)

    def claim(self, doc_id: str, *, label: str, line: int | None) -> InputError | None:
        """Claim ``doc_id`` for the document at ``label`` (and ``line``).

        Returns:
            ``None`` if the id is new, else the error to report for this document.
        """
        first = self.seen.get(doc_id)
        if first is None:
            self.seen[doc_id] = self._place(label, line)
            return None
        if line is None:
            return InputError(
                label,
                f"id {doc_id!r} is also the id of {first}; rename one of the two files so "
                "that neither replaces the other",
            )
        return InputError(
            label,
            f"id {doc_id!r} was already read at {first}; this record is skipped (give "
            "each record its own id)",
            line=line,
        )


def list_files(
    path: str | Path, *, on_error: ErrorHandler | None = None
) -> Iterator[tuple[Path, str]]:
    """Yield ``(file, document id)`` for the files :func:`read_path` reads, in its order.

    A missing path, a folder that cannot be listed and two files that would get the
    same id are reported through ``on_error`` (raised without it), as by
    :func:`read_path`. The files themselves are not opened.
    """
    path = Path(path)
    if path.is_dir():
        yield from _walk(path, on_error=on_error)
    elif path.exists() or path.is_symlink():
        yield path, path.stem
    else:
        report(InputError(str(path), "no such file or directory"), on_error)


def read_file(
    path: Path, *, doc_id: str, on_error: ErrorHandler | None = None
) -> Iterator[Document]:
    """Read one file by its suffix; JSON Lines stream, the other formats load whole.

    Args:
        path: The file.
        doc_id: The id of its document (JSON Lines records carry their own).
        on_error: For JSON Lines, called with each bad line (see :func:`read_jsonl`).

    Raises:
        InputError: The file cannot be read, its type is unsupported or it is bad.
    """
    for doc, _line in read_located(path, doc_id=doc_id, on_error=on_error):
        yield doc


def read_located(
    path: Path, *, doc_id: str, on_error: ErrorHandler | None = None
) -> Iterator[tuple[Document, int | None]]:
    """Read one file as :func:`read_file`, yielding each document with its line.

    The line is the JSON Lines line of a record, ``None`` for a whole file.
    """
    label = str(path)
    suffix = _suffix(path, label=label)
    if suffix == ".jsonl":
        yield from _jsonl_file(path, on_error=on_error)
        return
    yield _whole(read_regular(path), suffix=suffix, label=label, doc_id=doc_id), None


def read_bytes(
    data: bytes,
    *,
    filename: str,
    doc_id: str | None = None,
    on_error: ErrorHandler | None = None,
) -> list[Document]:
    """Read an uploaded file held in memory, choosing the reader by ``filename``'s suffix.

    Args:
        data: The file's content.
        filename: The name it was uploaded under; its suffix picks the reader and it
            names the file in errors.
        doc_id: The id to give the document; the stem of ``filename`` by default.
            Ignored for ``.jsonl``, whose records carry their own ids.
        on_error: Called with each bad JSON Lines record; the others are still read.
            If ``None``, the first bad record is raised.

    Returns:
        The documents: one, or one per record for ``.jsonl``.

    Raises:
        InputError: If the suffix is unsupported or the content cannot be read.

    Example:
        >>> read_bytes(b"Hello, world.", filename="note.txt")[0].text
        'Hello, world.'
    """
    name = Path(filename).name
    suffix = _suffix(Path(name), label=filename)
    return list(
        _parse(
            data,
            suffix=suffix,
            label=filename,
            doc_id=doc_id if doc_id is not None else Path(name).stem,
            on_error=on_error,
        )
    )


def read_stdin(
    *, fmt: str = "txt", doc_id: str = "stdin", on_error: ErrorHandler | None = None
) -> Iterator[Document]:
    """Read documents from standard input (named ``-`` in errors).

    Args:
        fmt: The input's format, a supported suffix without the dot: ``txt`` (the
            default), ``md``, ``html``, ``htm``, ``docx``, ``pdf`` or ``jsonl``.
        doc_id: The id to give the document (not used for ``jsonl``).
        on_error: Called with each bad JSON Lines record; the others are still read.

    Yields:
        The documents read.

    Raises:
        InputError: If ``fmt`` is unknown or the input cannot be read.
    """
    suffix = "." + fmt.lower().lstrip(".")
    if suffix not in SUPPORTED_SUFFIXES:
        formats = ", ".join(s.lstrip(".") for s in SUPPORTED_SUFFIXES)
        raise InputError(_STDIN, f"unsupported input format {fmt!r} (expected {formats})")
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        data = read_limited(buffer, label=_STDIN)
    else:
        data = sys.stdin.read(MAX_FILE_BYTES + 1).encode("utf-8")
        if len(data) > MAX_FILE_BYTES:
            data = read_limited(io.BytesIO(data), label=_STDIN)
    yield from _parse(data, suffix=suffix, label=_STDIN, doc_id=doc_id, on_error=on_error)


# --------------------------------------------------------------------------- per format


def read_text_file(path: Path) -> Document:
    r"""Read a ``.txt`` or ``.md`` file as one document with the file's stem as id.

    The text is kept whole, with line endings made ``\n``. The title is the first
    non-empty line when it is at most 200 characters long (for Markdown, without its
    ``#`` marks); it is metadata only and stays in the text too.

    Args:
        path: The file.

    Returns:
        The document.

    Raises:
        InputError: If the file cannot be read, is empty or is not UTF-8 text.
    """
    return _text_document(read_regular(path), label=str(path), doc_id=path.stem, suffix=path.suffix)


def read_html(path: Path) -> Document:
    """Read the main text of an HTML page, with the file's stem as id.

    trafilatura finds the main text and the metadata (title, date, author, canonical URL,
    site name as publisher); the character encoding is taken from the page itself.

    Args:
        path: The ``.html`` or ``.htm`` file.

    Returns:
        The document.

    Raises:
        InputError: If the file cannot be read, is empty or has no main text.
    """
    return _html_document(read_regular(path), label=str(path), doc_id=path.stem)


def read_html_string(html: str, *, doc_id: str, url: str | None = None) -> Document:
    """Read the main text of an HTML page held in a string.

    Args:
        html: The page's markup.
        doc_id: The id to give the document; it also names the input in errors.
        url: Where the page came from, used when the page does not say itself.

    Returns:
        The document.

    Raises:
        InputError: If the page is empty or has no main text.
    """
    return _html_document(html, label=doc_id, doc_id=doc_id, url=url)


def read_docx(path: Path) -> Document:
    """Read a Word ``.docx`` file, with the file's stem as id.

    Paragraphs and table rows are taken in document order, one block each; a row's
    cells are separated by tabs. The title comes from the document's properties when
    set. Headers, footers and comments are left out.

    Args:
        path: The file.

    Returns:
        The document.

    Raises:
        InputError: If the file cannot be read, is not a Word document or has no text.
    """
    return _docx_document(read_regular(path), label=str(path), doc_id=path.stem)


def read_pdf(path: Path) -> Document:
    """Read the text layer of a PDF, with the file's stem as id; pages are blocks.

    Args:
        path: The file.

    Returns:
        The document; the title comes from the PDF's metadata when set.

    Raises:
        InputError: If the file cannot be read, is not a PDF, is encrypted or has no
            text layer (a scan: run OCR first).
    """
    return _pdf_document(read_regular(path), label=str(path), doc_id=path.stem)


def read_jsonl(path: Path, *, on_error: ErrorHandler | None = None) -> Iterator[Document]:
    """Read a JSON Lines file: one document per line, in the ingest schema.

    Each line is a JSON object with ``id`` (a non-empty string, or an integer) and
    ``text`` (a non-empty string), and optionally ``title``, ``date`` (ISO 8601),
    ``publisher`` (``outlet`` is taken instead when ``publisher`` is absent, and kept in
    ``meta`` too), ``author``, ``url`` and ``kind`` (``source`` or ``article``). Every
    other field goes into ``meta`` as given. Blank lines are skipped. The file is read
    line by line, so a large corpus is never held in memory whole.

    Args:
        path: The file.
        on_error: Called with each bad line (the error carries its 1-based number);
            the other lines are still read. If ``None``, the first bad line is raised.

    Yields:
        One document per good line.

    Raises:
        InputError: If the file cannot be read or holds no record, or for a bad line
            when ``on_error`` is ``None``.
    """
    for doc, _line in _jsonl_file(path, on_error=on_error):
        yield doc


def _jsonl_file(
    path: Path, *, on_error: ErrorHandler | None
) -> Iterator[tuple[Document, int | None]]:
    label = str(path)
    try:
        with open_regular(path) as handle:
            yield from _jsonl_documents(handle, label=label, on_error=on_error)
    except OSError as exc:
        raise InputError(label, os_reason(exc)) from exc


# --------------------------------------------------------------------------- walking


def _walk(root: Path, *, on_error: ErrorHandler | None) -> Iterator[tuple[Path, str]]:
    """Yield every non-hidden file under ``root`` with its document id, in sorted order."""

    def walk_error(exc: OSError) -> None:
        report(InputError(str(exc.filename or root), os_reason(exc)), on_error)

    for dirpath, dirnames, filenames in os.walk(root, onerror=walk_error):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(f for f in filenames if not f.startswith(".")):
            path = Path(dirpath, name)
            yield path, path.relative_to(root).with_suffix("").as_posix()


def _parse(
    data: bytes, *, suffix: str, label: str, doc_id: str, on_error: ErrorHandler | None
) -> Iterator[Document]:
    """Read ``data`` as the format of ``suffix`` (one of :data:`SUPPORTED_SUFFIXES`)."""
    if suffix == ".jsonl":
        handle = io.BufferedReader(io.BytesIO(data))
        for doc, _line in _jsonl_documents(handle, label=label, on_error=on_error):
            yield doc
    else:
        yield _whole(data, suffix=suffix, label=label, doc_id=doc_id)


_TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm")


def _whole(data: bytes, *, suffix: str, label: str, doc_id: str) -> Document:
    """Read a whole-file format; what the bytes plainly are wins over a text suffix."""
    kind = sniff(data)
    if suffix == ".docx" or (suffix in _TEXT_SUFFIXES and kind == "zip"):
        return _docx_document(data, label=label, doc_id=doc_id)
    if suffix == ".pdf" or kind == "pdf":
        return _pdf_document(data, label=label, doc_id=doc_id)
    if kind == "binary":
        raise InputError(
            label,
            "binary data (NUL bytes or control characters), not text; save it as UTF-8 "
            "text, .html, .docx or .pdf",
        )
    encoding = kind if kind in ("utf-16-le", "utf-16-be") else None
    if suffix in (".html", ".htm") or (suffix == ".txt" and kind == "html"):
        page = _decode(data, label=label, encoding=encoding) if encoding else data
        return _html_document(page, label=label, doc_id=doc_id)
    return _text_document(data, label=label, doc_id=doc_id, suffix=suffix, encoding=encoding)


def _suffix(path: Path, *, label: str) -> str:
    """Return the lower-case suffix of ``path``, or raise if no reader knows it."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        shown = f"'{suffix}'" if suffix else "without a suffix"
        raise InputError(label, f"unsupported file type {shown} (expected {_EXPECTED})")
    return suffix


def report(exc: InputError, on_error: ErrorHandler | None) -> None:
    """Hand ``exc`` to ``on_error``, or raise it when there is no handler."""
    if on_error is None:
        raise exc
    on_error(exc)


def _empty(label: str) -> InputError:
    what = "input" if label == _STDIN else "file"
    return InputError(label, f"the {what} is empty (no text after stripping white space)")


# --------------------------------------------------------------------------- plain text


def _decode(data: bytes, *, label: str, encoding: str | None = None) -> str:
    """Decode text as UTF-8, as the UTF-16/32 its byte-order mark names, or as ``encoding``.

    No guessing at legacy encodings: a wrong guess silently garbles the text (and every
    quotation checked against it), so bytes that are not UTF-8 are an error with the
    place of the first bad byte and the fix. UTF-16 without a mark is told by
    :func:`~sourcetrace.files.sniff` and passed as ``encoding``.
    """
    marked = next((enc for bom, enc in _BOMS if data.startswith(bom)), None)
    encoding = marked or encoding or "utf-8"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        if encoding != "utf-8":
            despite = " despite its mark" if marked else ""
            raise InputError(label, f"not valid {encoding.upper()} text{despite}") from exc
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(
            label,
            f"not valid UTF-8 text (byte 0x{data[exc.start]:02X} at offset {exc.start}); "
            "save the file as UTF-8, e.g. iconv -f cp1252 -t utf-8",
            line=line,
        ) from exc


def _text_document(
    data: bytes, *, label: str, doc_id: str, suffix: str, encoding: str | None = None
) -> Document:
    text = _decode(data, label=label, encoding=encoding)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise _empty(label)
    # UTF-8 was looked at by sniff() before decoding; UTF-16 is looked at here.
    if "\0" in text or (encoding and control_share(text[:_CONTROL_SAMPLE]) > _CONTROL_SHARE):
        raise InputError(
            label, "mostly control characters or NUL bytes, not text; is it a binary file?"
        )
    first = next(line.strip() for line in text.split("\n") if line.strip())
    if suffix.lower() == ".md":
        first = first.lstrip("#").strip()
    title = first if first and len(first) <= _TITLE_MAX_CHARS else None
    return Document(id=doc_id, text=text, title=title)


# --------------------------------------------------------------------------- HTML


def _html_document(
    html: str | bytes, *, label: str, doc_id: str, url: str | None = None
) -> Document:
    import trafilatura
    from trafilatura.settings import set_date_params

    if not html.strip():
        raise _empty(label)
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


def _docx_document(data: bytes, *, label: str, doc_id: str) -> Document:
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

    pypdf logs them; the logger's level is raised while any thread reads a PDF and
    restored when the last one is done.
    """

    def __init__(self) -> None:
        import threading

        self.lock = threading.Lock()
        self.depth = 0
        self.saved = logging.NOTSET
        self.logger = logging.getLogger("pypdf")

    @contextlib.contextmanager
    def __call__(self) -> Iterator[None]:
        with self.lock:
            if self.depth == 0:
                self.saved = self.logger.level
                self.logger.setLevel(logging.ERROR)
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


def _pdf_document(data: bytes, *, label: str, doc_id: str) -> Document:
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


def _jsonl_documents(
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
        raise fail(f"unreadable JSON value: {_brief(exc).split(';')[0]}") from None
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
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return where.encode("ascii", "backslashreplace").decode()
        elif isinstance(value, dict):
            stack.extend((where, item) for item in value.values())
            stack.extend((where, key) for key in value)
        elif isinstance(value, list):
            stack.extend((where, item) for item in value)
    return None
