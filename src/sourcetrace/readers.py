r"""Readers: turn files, uploads and standard input into :class:`Document` values.

One reader per format, each a plain function:

- ``.txt``: the whole file as UTF-8 (a byte-order mark is dropped; UTF-16, with a mark or
  without, is decoded too).
- ``.md``: as ``.txt``; the title loses its leading ``#`` marks.
- ``.html``, ``.htm``: the main text found by trafilatura, without navigation or footers.
- ``.docx``: paragraphs and table rows, one block each.
- ``.pdf``: the text layer, page by page. Scanned PDFs need OCR first.
- ``.jsonl``: one JSON object per line (the ingest schema of :meth:`Document.to_dict`).

The parsers live in :mod:`sourcetrace.formats`; safe reading of the bytes (regular files
only, size caps, what the content is) in :mod:`sourcetrace.files`. Where the content and
the suffix plainly disagree, the content wins: a PDF, a Word file or a web page saved as
``.txt`` (or piped in) is read as what it is, and binary data is refused.

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
import io
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from sourcetrace.documents import Document, FileFields
from sourcetrace.errors import InputError
from sourcetrace.files import (
    MAX_FILE_BYTES,
    MAX_HTML_BYTES,
    check_html_size,
    control_share,
    open_regular,
    os_reason,
    read_limited,
    read_regular,
    sniff,
)
from sourcetrace.formats import (
    ErrorHandler,
    docx_document,
    empty,
    html_document,
    jsonl_documents,
    pdf_document,
    report,
)

if TYPE_CHECKING:
    pass

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
_EXPECTED = ", ".join(SUPPORTED_SUFFIXES)
#: Characters of a decoded text checked for control characters, and the share refused.
_CONTROL_SAMPLE = 65536
_CONTROL_SHARE = 0.1


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
        located = read_located(file, doc_id=doc_id, on_error=on_error)
        yield from ledger.admit(located, label=str(file), fields=fields, on_error=on_error)


class IdLedger:
    """The document ids read so far in one run, with where each came from.

    A second document with an id already read would silently replace the first in the
    index; :meth:`claim` says so instead. An id is claimed only by a document that was
    read, so a file that fails leaves its id free. A file given twice is read once.
    """

    def __init__(self) -> None:
        self.seen: dict[str, str] = {}  # id -> the file (and line) that gave it
        self.files: set[str] = set()  # absolute paths of the files admitted

    def claim(self, doc_id: str, *, label: str, line: int | None) -> InputError | None:
        """Claim ``doc_id`` for the document at ``label`` (and ``line``).

        Returns:
            ``None`` if the id is new, else the error to report for this document.
        """
        first = self.seen.get(doc_id)
        if first is None:
            self.seen[doc_id] = label if line is None else f"{label}:{line}"
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

    def admit(
        self,
        located: Iterable[tuple[Document, int | None]],
        *,
        label: str,
        fields: FileFields | None,
        on_error: ErrorHandler | None,
    ) -> Iterator[Document]:
        """Yield the documents of one file whose ids are new, with the run's ``fields``.

        Nothing is yielded (nor read, when ``located`` is lazy) for a file already
        admitted in this run.

        Args:
            located: The file's documents, each with its JSON Lines line (``None`` for a
                whole file); an :class:`InputError` that ends them is reported.
            label: The file, as given.
            fields: Given to each document read whole from a file.
            on_error: Called with each problem; raised without it.
        """
        where = os.path.abspath(label)
        if where in self.files:
            return
        self.files.add(where)
        try:
            for doc, line in located:
                clash = self.claim(doc.id, label=label, line=line)
                if clash is not None:
                    report(clash, on_error)
                elif line is None and fields is not None:
                    yield fields.apply(doc)
                else:
                    yield doc
        except InputError as exc:
            report(exc, on_error)


def list_files(
    path: str | Path, *, on_error: ErrorHandler | None = None
) -> Iterator[tuple[Path, str]]:
    """Yield ``(file, document id)`` for the files :func:`read_path` reads, in its order.

    A missing path, a folder that cannot be listed or holds no file, and two files that
    would get the same id are reported through ``on_error`` (raised without it), as by
    :func:`read_path`. The files themselves are not opened.
    """
    path = Path(path)
    if path.is_dir():
        found = False
        for item in _walk(path, on_error=on_error):
            found = True
            yield item
        if not found:  # a mistyped or wrong folder, not "nothing to do"
            report(
                InputError(str(path), f"no files in this folder (expected {_EXPECTED})"), on_error
            )
    elif path.exists() or path.is_symlink():
        yield path, path.stem
    elif str(path) == "-":  # as trace and quotes take it
        reason = "standard input is not read here; save it to a file and give the file's name"
        report(InputError("-", reason), on_error)
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
    if buffer is None:  # a text stream (a test's, an embedding's): its characters, bounded
        buffer = io.BytesIO(sys.stdin.read(MAX_FILE_BYTES + 1).encode("utf-8"))
    data = read_limited(buffer, label=_STDIN)
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
    data = read_regular(path)
    check_html_size(data, label=str(path))
    return html_document(data, label=str(path), doc_id=path.stem)


def read_html_string(html: str, *, doc_id: str, url: str | None = None) -> Document:
    """Read the main text of an HTML page held in a string.

    Args:
        html: The page's markup.
        doc_id: The id to give the document; it also names the input in errors.
        url: Where the page came from, used when the page does not say itself.

    Returns:
        The document.

    Raises:
        InputError: If the page is empty, has no main text or is over
            :data:`~sourcetrace.files.MAX_HTML_BYTES`.
    """
    if len(html) > MAX_HTML_BYTES // 4:  # a character is at most 4 bytes
        check_html_size(html.encode("utf-8", "surrogatepass"), label=doc_id)
    return html_document(html, label=doc_id, doc_id=doc_id, url=url)


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
    return docx_document(read_regular(path), label=str(path), doc_id=path.stem)


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
    return pdf_document(read_regular(path), label=str(path), doc_id=path.stem)


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
            yield from jsonl_documents(handle, label=label, on_error=on_error)
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
        for doc, _line in jsonl_documents(handle, label=label, on_error=on_error):
            yield doc
    else:
        yield _whole(data, suffix=suffix, label=label, doc_id=doc_id)


_TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm")


def _whole(data: bytes, *, suffix: str, label: str, doc_id: str) -> Document:
    """Read a whole-file format; what the bytes plainly are wins over a text suffix."""
    kind = sniff(data)
    if suffix == ".docx" or (suffix in _TEXT_SUFFIXES and kind == "zip"):
        return docx_document(data, label=label, doc_id=doc_id)
    if suffix == ".pdf" or kind == "pdf":
        return pdf_document(data, label=label, doc_id=doc_id)
    if kind == "binary":
        raise InputError(
            label,
            "binary data (NUL bytes or control characters), not text; save it as UTF-8 "
            "text, .html, .docx or .pdf",
        )
    encoding = kind if kind in ("utf-16-le", "utf-16-be") else None
    if suffix in (".html", ".htm") or (suffix == ".txt" and kind == "html"):
        check_html_size(data, label=label)
        page = _decode(data, label=label, encoding=encoding) if encoding else data
        return html_document(page, label=label, doc_id=doc_id)
    return _text_document(data, label=label, doc_id=doc_id, suffix=suffix, encoding=encoding)


def _suffix(path: Path, *, label: str) -> str:
    """Return the lower-case suffix of ``path``, or raise if no reader knows it."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        shown = f"'{suffix}'" if suffix else "without a suffix"
        raise InputError(label, f"unsupported file type {shown} (expected {_EXPECTED})")
    return suffix


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
        raise empty(label)
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
