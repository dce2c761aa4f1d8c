"""A source accepted with no aligned text is shown as such (review 10, finding 5).

A retelling accepted on shared word pairs or dates alone is ``partially`` derived in the
JSON, as before; on screen it reads ``partially (no copied text)`` so a reader does not
look for copied text that is not there, and corpus mode's per-outlet figures count such
articles apart (``partially_no_text``).
"""

from __future__ import annotations

from sourcetrace.corpus.kernels import DocMeta, Pair
from sourcetrace.corpus.outputs import publisher_rows
from sourcetrace.report.html import template_environment
from sourcetrace.report.why import derivation_label
from sourcetrace.results import Passage, SourceMatch

PASSAGE = Passage(0, 40, 0, 40, 1.0, "copied", 8, 8)


def _source(derivation: str, passages: tuple[Passage, ...]) -> SourceMatch:
    return SourceMatch(
        id="pr-1",
        title=None,
        date=None,
        article_coverage=0.4 if passages else 0.0,
        source_coverage=0.2 if passages else 0.0,
        derivation=derivation,  # type: ignore[arg-type]
        passages=passages,
        accepted_by="pairs-stand-out",
    )


def test_label_says_no_copied_text_only_when_no_passage() -> None:
    assert derivation_label(_source("partially", ())) == "partially (no copied text)"
    assert derivation_label(_source("partially", (PASSAGE,))) == "partially"
    assert derivation_label(_source("wholly", (PASSAGE,))) == "wholly"
    assert derivation_label(_source("non", ())) == "non"


def test_html_filter_uses_the_label() -> None:
    env = template_environment("sourcetrace.report")
    out = env.from_string("{{ s | derivation }}").render(s=_source("partially", ()))
    assert out == "partially (no copied text)"


def _pair(target: str, derivation: str, passages: tuple[Passage, ...]) -> Pair:
    return Pair("pr-1", target, 0.1, 0.1, derivation, "date", passages)  # type: ignore[arg-type]


def test_publishers_count_partially_without_text_apart() -> None:
    meta = {
        "pr-1": DocMeta("pr-1", kind="source"),
        "a": DocMeta("a", publisher="Daily"),
        "b": DocMeta("b", publisher="Daily"),
        "c": DocMeta("c", publisher="Daily"),
        "d": DocMeta("d", publisher="Daily"),
    }
    pairs = [
        _pair("a", "wholly", (PASSAGE,)),
        _pair("b", "partially", (PASSAGE,)),
        _pair("c", "partially", ()),
    ]
    (row,) = publisher_rows(pairs, meta)
    assert row["documents"] == 4
    assert (row["wholly"], row["partially"], row["partially_no_text"]) == (1, 2, 1)
    assert row["partially_no_text_share"] == 0.25
