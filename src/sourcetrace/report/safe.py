"""Untrusted strings made safe to show in a terminal, and files written all or nothing.

Ids, titles, publishers, file names and article text come from files sourcetrace did not
write. Shown in a terminal they must stay text: no escape sequence may reach it (colours,
hyperlinks, window titles, cursor moves) and no Rich markup or emoji code in them may be
interpreted. :func:`safe_text` removes the first; printing the result as a
:class:`rich.text.Text` (:func:`plain`), or escaped (:func:`safe_markup`), prevents the
second.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

from rich.markup import escape
from rich.text import Text

#: Terminal escape sequences, 7-bit and 8-bit: CSI (colours, cursor moves), OSC (window
#: titles, hyperlinks) ended by BEL or ST, DCS/SOS/PM/APC strings, and the two-character
#: escapes. A string left open loses at most one line of 256 characters: once the
#: escape characters are gone nothing else is obeyed, so the rest is shown as text.
_ESCAPE_SEQUENCE = re.compile(
    r"""
      (?:\x1b\[|\x9b) [0-?]* [ -/]* [@-~]?
    | (?:\x1b\]|\x9d) [^\x07\x1b\x9c\n]{0,256} (?:\x07|\x1b\\|\x9c)?
    | (?:\x1b[PX^_]|[\x90\x98\x9e\x9f]) [^\x07\x1b\x9c\n]{0,256} (?:\x1b\\|\x9c)?
    | \x1b [ -~]?
    """,
    re.VERBOSE,
)

#: Characters that are not text on a terminal: C0 controls but tab and newline, DEL, C1
#: controls, and the bidirectional overrides and isolates that reorder what is shown.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

_LINE_BREAK = re.compile(r"[\t\n]+")


def safe_text(value: object, *, one_line: bool = False) -> str:
    r"""Return ``value`` as a string with terminal escape sequences and controls removed.

    Args:
        value: Any value; ``None`` gives ``""``.
        one_line: Also turn tabs and newlines into single spaces (for table cells and
            one-line messages).

    Returns:
        The text, safe to write to a terminal once markup is not interpreted.

    Example:
        >>> safe_text("T\x1b[31mRED\x1b]0;title\x07!")
        'TRED!'
    """
    if value is None:
        return ""
    text = _CONTROL.sub("", _ESCAPE_SEQUENCE.sub("", str(value)))
    return _LINE_BREAK.sub(" ", text) if one_line else text


def plain(value: object, *, style: str = "", one_line: bool = True) -> Text:
    """Return ``value`` as a Rich :class:`~rich.text.Text`: shown as is, never as markup."""
    return Text(safe_text(value, one_line=one_line), style=style)


def safe_markup(value: object) -> str:
    """Return ``value`` safe to put inside a Rich markup string (an f-string message)."""
    return escape(safe_text(value, one_line=True))


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` through a temporary file renamed over it.

    A failure part way (disk full, Ctrl-C) leaves ``path`` as it was and no temporary
    file behind.

    Args:
        path: The file to write.
        text: Its new content.
    """
    with atomic_path(path) as tmp, tmp.open("w", encoding="utf-8") as out:
        out.write(text)


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary file beside ``path`` to write, renamed over ``path`` on success.

    For writers that take a path (Parquet) or stream their output: if the block fails
    (disk full, Ctrl-C), ``path`` stays as it was and the temporary file is removed.

    Args:
        path: The file to replace.

    Yields:
        The temporary file's path, in the same folder (so the rename is atomic).

    Example:
        >>> with atomic_path(Path("pairs.parquet")) as tmp:  # doctest: +SKIP
        ...     pq.write_table(table, tmp)
    """
    if _special(path):
        # A pipe or a device (``-o /dev/stdout``) is written in place: renaming a file
        # over it would put a regular file where the device was, and nothing would
        # reach its reader.
        yield path
        return
    target = written_file(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:  # name the user's file, not the temporary one
        raise OSError(exc.errno, exc.strerror or str(exc), str(path)) from exc
    os.close(fd)
    try:
        yield Path(tmp)
        os.chmod(tmp, _new_file_mode(target))
        try:
            os.replace(tmp, target)
        except OSError as exc:  # a folder in the way: name the user's file
            raise OSError(exc.errno, exc.strerror or str(exc), str(path)) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def written_file(path: Path) -> Path:
    """The file a write to ``path`` reaches: its symbolic links followed.

    Renaming a new file over a link would replace the link and leave the file it names
    as it was; the new file goes where the link points, and the link stays.
    """
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _special(path: Path) -> bool:
    """Whether ``path`` exists and is neither a regular file nor a folder (a pipe, a device)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _new_file_mode(path: Path) -> int:
    """The mode ``path`` has, else the one a new file gets under the current umask."""
    with contextlib.suppress(OSError):
        return path.stat().st_mode & 0o7777
    mask = os.umask(0o22)
    os.umask(mask)
    return 0o666 & ~mask


def output_problem(path: Path, *, folder: bool = False) -> str | None:
    """Say why ``path`` cannot be written, before any work is done (None if it can).

    Args:
        path: A file to write, or with ``folder`` a folder to write files into (created
            if missing; its parent must exist).
        folder: ``path`` is a folder.

    Returns:
        ``"<path>: <reason>"`` or None.
    """
    if not folder and _special(path):
        # Written in place (see atomic_path): only the device or pipe must take writes.
        return None if os.access(path, os.W_OK) else f"{path}: not writable"
    target = written_file(path)  # messages name the user's path
    if target.exists():
        if folder and not target.is_dir():
            return f"{path}: is a file, not a folder"
        if not folder and target.is_dir():
            return f"{path}: is a folder; give a file name (e.g. {path / 'report.html'})"
        if not os.access(target, os.W_OK | (os.X_OK if folder else 0)):
            return f"{path}: not writable"
        return _cannot_create(target if folder else target.parent, path)
    parent = target.parent
    if not parent.exists():
        return f"{path}: the folder {parent} does not exist"
    if not parent.is_dir():
        return f"{path}: {parent} is not a folder"
    if not os.access(parent, os.W_OK | os.X_OK):
        return f"{path}: the folder {parent} is not writable"
    return _cannot_create(parent, path)


def _cannot_create(folder: Path, path: Path) -> str | None:
    """Say why no file can be made in ``folder`` (None if one can), by making one.

    Permission bits do not tell it all: root passes every check, and some file systems
    (``/proc``, a read-only mount) refuse files whatever the bits say.
    """
    try:
        with tempfile.TemporaryFile(dir=folder):
            return None
    except OSError as exc:
        return f"{path}: cannot create files in {folder} ({exc.strerror or exc})"
