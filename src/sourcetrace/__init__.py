"""sourcetrace: where did this text come from, and were its quotations reproduced faithfully?"""

from importlib.metadata import PackageNotFoundError, version

from sourcetrace.documents import Document
from sourcetrace.errors import InputError, SourcetraceError

try:
    __version__ = version("sourcetrace")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

__all__ = ["Document", "InputError", "SourcetraceError", "__version__"]
