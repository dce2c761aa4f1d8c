"""The self-contained HTML report: the article beside each source, passages linked."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from jinja2 import ChoiceLoader, Environment, PackageLoader, select_autoescape

from sourcetrace.documents import Document
from sourcetrace.report.claims import claims_view
from sourcetrace.report.segments import Segment, paragraphs, segments
from sourcetrace.report.speakers import speaker_label
from sourcetrace.report.why import confidence_label, derivation_label, source_reason
from sourcetrace.results import SourceMatch, TraceResult, also_in_label

_PALETTE = 8  # passage colours cycle through this many hues (see the template's CSS)


@dataclass(frozen=True, slots=True)
class Pane:
    """What the template needs to draw one source beside the article.

    Attributes:
        number: 1-based position of the source in the report.
        match: The trace's verdict and passages for this source.
        article: The article's paragraphs, cut at this source's passages.
        source: The source's paragraphs, cut at the same passages (None if not stored).
    """

    number: int
    match: SourceMatch
    article: list[list[Segment]]
    source: list[list[Segment]] | None


def template_environment(package: str) -> Environment:
    """Return a Jinja2 environment over ``package``'s ``templates`` folder.

    The report's ``styles`` folder is looked in after it: the passage colours and the
    verdict cards' stylesheet (``passages.css``), inlined in the HTML report and served
    as it is by the web app.

    Every value is autoescaped (strings included) and the templates see ``palette``, the
    number of passage colours, so the report and the web pages colour passages alike, and
    the filters ``also_in`` (the other documents holding a passage's text, as a label),
    ``source_reason`` and ``confidence`` (why a source was listed, as the terminal says it).

    Args:
        package: The package holding a ``templates`` folder (``"sourcetrace.report"``).
    """
    env = Environment(
        loader=ChoiceLoader(
            [PackageLoader(package, "templates"), PackageLoader("sourcetrace.report", "styles")]
        ),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["palette"] = _PALETTE
    env.filters["also_in"] = also_in_label
    env.filters["source_reason"] = source_reason
    env.filters["confidence"] = confidence_label
    env.filters["derivation"] = derivation_label
    env.filters["speaker"] = speaker_label
    return env


@cache
def environment() -> Environment:
    """Return the Jinja2 environment holding sourcetrace's templates (autoescaped)."""
    return template_environment("sourcetrace.report")


def panes(
    result: TraceResult, sources: Mapping[str, Document], *, show_all: bool = False
) -> list[Pane]:
    """Build one side-by-side pane per shown source.

    Args:
        result: The trace result.
        sources: The source documents by id (sources missing here show the article only).
        show_all: Include sources judged ``non``.
    """
    out = []
    shown = list(result.sources if show_all else result.accepted)
    for number, match in enumerate(shown, start=1):
        art = [(p.article_start, p.article_end) for p in match.passages]
        doc = sources.get(match.id)
        src = None
        if doc is not None:
            src = paragraphs(
                segments(doc.text, [(p.source_start, p.source_end) for p in match.passages])
            )
        out.append(Pane(number, match, paragraphs(segments(result.article_text, art)), src))
    return out


def quote_diff(article: str, quote: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Word-level diff of a quotation against its source, for display.

    Args:
        article: The article's text.
        quote: A quotation in the JSON schema (with ``edits`` carrying offsets).

    Returns:
        ``(op, text)`` pieces in quotation order: ``same`` (the article's words),
        ``del`` (source words the quotation dropped or changed) and ``ins`` (its own).
    """
    pos, end = quote["start"], quote["end"]
    out: list[tuple[str, str]] = []
    for edit in sorted(quote.get("edits") or [], key=lambda e: e.get("quote_start", 0)):
        at = max(pos, min(edit.get("quote_start", pos), end))
        if at > pos:
            out.append(("same", article[pos:at]))
        if edit["source_text"]:
            out.append(("del", edit["source_text"]))
        if edit["quote_text"]:
            out.append(("ins", edit["quote_text"]))
        pos = max(at, edit.get("quote_end", at))
    if pos < end:
        out.append(("same", article[pos:end]))
    return out


def render_html(
    result: TraceResult,
    *,
    sources: Mapping[str, Document],
    title: str | None = None,
    show_all: bool = False,
) -> str:
    """Render a trace as one self-contained HTML page (no external assets).

    Args:
        result: The trace result.
        sources: The source documents by id, for the source side of each pane.
        title: The page title (defaults to the article id).
        show_all: Include sources judged ``non``.

    Returns:
        The HTML text.
    """
    data: dict[str, Any] = result.to_dict(include_non=show_all)
    for quote in data.get("quotes", []):
        if quote.get("edits"):
            quote["diff"] = quote_diff(result.article_text, quote)
    template = environment().get_template("report.html.j2")
    return template.render(
        title=title or result.article_id or "Article",
        result=result,
        panes=panes(result, sources, show_all=show_all),
        quotes=data.get("quotes", []),
        reported=data.get("reported", []),
        claims=claims_view(data),
        claims_summary=data.get("claims_summary"),
        article_plain=paragraphs(segments(result.article_text, [])),
    )
