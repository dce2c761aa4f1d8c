"""Why a source was listed: the rule that decided, its reason and the confidence.

The terminal's ``why`` line, the HTML report and the web page say the same thing in the
same words (the review found the report and the page leaving it out).
"""

from __future__ import annotations

from sourcetrace.report.safe import safe_text
from sourcetrace.results import SourceMatch

#: What a source no rule accepted says in place of the rule's name.
NO_RULE = "no rule accepted it"


def source_reason(source: SourceMatch) -> str:
    """The rule that accepted ``source`` (or :data:`NO_RULE`) and its reason, on one line.

    Args:
        source: One source of a trace.

    Returns:
        ``"copied-share: …"``: the rule's name, then the figures that decided it.
    """
    why = safe_text(source.reason, one_line=True) if source.reason else "no reason recorded"
    rule = source.accepted_by or NO_RULE
    return why if why.startswith(f"{rule}:") else f"{rule}: {why}"


def confidence_label(source: SourceMatch) -> str:
    """The source's confidence as the terminal prints it ("0.94"), or "-" when it has none.

    Args:
        source: One source of a trace.
    """
    return "-" if source.confidence is None else f"{source.confidence:.2f}"


#: What follows ``partially`` on screen for a source accepted with no text aligned to it.
NO_TEXT = "no copied text"


def derivation_label(source: SourceMatch) -> str:
    """The source's derivation as a reader should see it.

    ``partially`` says a story reuses part of the source; a source accepted on shared word
    pairs or dates alone (a retelling no passage was aligned for) is ``partially (no copied
    text)``, so a reader does not look for copied text that is not there. The JSON keeps
    ``derivation`` as it is; ``passages`` says the same.

    Args:
        source: One source of a trace.
    """
    if source.derivation == "partially" and not source.passages:
        return f"partially ({NO_TEXT})"
    return source.derivation
