"""Renderers of trace results: the terminal report and the self-contained HTML page."""

from sourcetrace.report.html import render_html
from sourcetrace.report.segments import Segment, paragraphs, segments
from sourcetrace.report.terminal import render_terminal

__all__ = ["Segment", "paragraphs", "render_html", "render_terminal", "segments"]
