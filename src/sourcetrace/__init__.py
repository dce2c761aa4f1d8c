"""sourcetrace: where did this text come from, and were its quotations reproduced faithfully?"""

from importlib.metadata import PackageNotFoundError, version

from sourcetrace.api import Index
from sourcetrace.documents import Document, FileFields
from sourcetrace.errors import InputError, SourcetraceError
from sourcetrace.readers import read_path
from sourcetrace.results import Passage, SourceMatch, TraceResult
from sourcetrace.trace import TraceOptions

try:
    __version__ = version("sourcetrace")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

__all__ = [
    "Document",
    "FileFields",
    "Index",
    "InputError",
    "Passage",
    "SourceMatch",
    "SourcetraceError",
    "TraceOptions",
    "TraceResult",
    "__version__",
    "read_path",
]
