"""The terminal and HTML reports."""

from __future__ import annotations

import io
import re

from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console

from sourcetrace import Document, Index
from sourcetrace.report import paragraphs, render_html, render_terminal, segments


@given(
    st.text(max_size=60),
    st.lists(st.tuples(st.integers(-5, 70), st.integers(-5, 70)), max_size=6),
)
def test_segments_cover_the_text_exactly(text: str, spans: list[tuple[int, int]]) -> None:
    segs = segments(text, spans)
    assert "".join(s.text for s in segs) == text
    for s in segs:
        assert text[s.start : s.end] == s.text
        if s.mark is not None:
            lo, hi = spans[s.mark]
            assert lo <= s.start and s.end <= hi


def test_paragraphs_split_at_blank_lines() -> None:
    text = "One two.\n\nThree four.\n\n\nFive."
    paras = paragraphs(segments(text, [(4, 15)]))
    assert ["".join(s.text for s in p) for p in paras] == ["One two.", "Three four.", "\nFive."]
    assert [s.mark for s in paras[1]] == [0, None]
    assert all(text[s.start : s.end] == s.text for p in paras for s in p)


def test_html_is_self_contained_and_links_each_passage_to_its_twin(
    example_index: Index, article_text: str
) -> None:
    result = example_index.trace(article_text)
    sources = example_index.store.get_many([s.id for s in result.sources])
    page = render_html(result, sources=sources, title="Example")
    assert not re.search(r"""(?:src|href)=["'](?:https?:)?//""", page)
    assert "<link" not in page
    article_ids = set(re.findall(r'id="a1-(\d+)" href="#s1-\1"', page))
    source_ids = set(re.findall(r'id="s1-(\d+)" href="#a1-\1"', page))
    assert article_ids and article_ids == source_ids
    assert len(article_ids) == len(result.sources[0].passages)
    assert "87%" in page or f"{result.sources[0].article_coverage:.0%}" in page


def test_html_escapes_user_text(example_index: Index) -> None:
    text = "<script>alert('x')</script> & a story about <b>nothing</b>."
    page = render_html(example_index.trace(text), sources={}, title="<i>t</i>")
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert" in page
    assert "<i>t</i>" not in page


def test_html_without_sources_still_shows_the_article(index: Index) -> None:
    idx = index  # in tmp_path: Index.open(None) would write ./sourcetrace.db
    idx.add([Document(id="x", text="Completely unrelated text about gardening tools.")])
    page = render_html(idx.trace("A story about the city council budget."), sources={})
    assert "no source found" in page
    assert "city council budget" in page


def test_terminal_report_lists_the_source(example_index: Index, article_text: str) -> None:
    buffer = io.StringIO()
    render_terminal(example_index.trace(article_text), console=Console(file=buffer, width=160))
    out = buffer.getvalue()
    assert "press_release" in out
    assert "wholly" in out or "partially" in out
    assert "Amnesty International" in out
