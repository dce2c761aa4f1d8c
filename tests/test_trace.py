"""Tracing the bundled example, and the properties every trace must keep."""

from __future__ import annotations

import dataclasses
import re

from sourcetrace import Document, Index, TraceOptions
from sourcetrace.judge import DEFAULT_POLICY
from sourcetrace.text import words


def _covered_words(text: str, spans: list[tuple[int, int]], start: int, end: int) -> float:
    w = words(text[start:end])
    inside = sum(
        1
        for s, e in zip(w.starts, w.ends, strict=True)
        if any(a <= start + s and start + e <= b for a, b in spans)
    )
    return inside / len(w)


def test_example_traces_to_the_press_release(example_index: Index, article_text: str) -> None:
    result = example_index.trace(article_text)
    assert [s.id for s in result.sources] == ["press_release"]
    (src,) = result.sources
    assert src.derivation in ("wholly", "partially")
    assert src.article_coverage >= 0.75
    spans = [(p.article_start, p.article_end) for p in src.passages]
    quotes = list(re.finditer(r"“(.+?)”", article_text, flags=re.S))
    assert len(quotes) == 7
    for q in quotes:
        assert _covered_words(article_text, spans, q.start(1), q.end(1)) >= 0.9, q.group(1)
    lede_end = article_text.index("\n")
    lede_words = words(article_text[:lede_end])
    inside = _covered_words(article_text, spans, 0, lede_end) * len(lede_words)
    assert inside <= 6


def test_offsets_point_into_the_original_texts(
    example_index: Index, article_text: str, release_text: str
) -> None:
    result = example_index.trace(article_text)
    for p in result.sources[0].passages:
        if p.kind != "copied":
            continue
        a = words(article_text[p.article_start : p.article_end]).keys
        s = words(release_text[p.source_start : p.source_end]).keys
        assert a[0] == s[0] and a[-1] == s[-1]


def test_json_schema(example_index: Index, article_text: str) -> None:
    out = example_index.trace(article_text).to_dict()
    assert out["article"] == {"id": None, "chars": len(article_text), "dated": None}
    src = out["sources"][0]
    assert {
        "id",
        "title",
        "date",
        "article_coverage",
        "source_coverage",
        "derivation",
        "passages",
    } <= set(src)
    assert {"article_start", "article_end", "source_start", "source_end", "similarity"} <= set(
        src["passages"][0]
    )


def test_an_article_never_matches_itself(example_index: Index, article_text: str) -> None:
    example_index.add([Document(id="article", text=article_text)])
    result = example_index.trace(article_text, article_id="article")
    assert "article" not in [s.id for s in result.sources]


def test_later_documents_are_not_sources(example_index: Index, article_text: str) -> None:
    result = example_index.trace(article_text, article_date="2023-08-01")
    assert result.sources == ()


def test_same_topic_without_specifics_is_not_a_source(index: Index, article_text: str) -> None:
    index.add(
        [
            Document(
                id="topic",
                text=(
                    "Human rights organizations have long raised concerns about the humanitarian "
                    "situation in the South Caucasus. International structures and various states "
                    "discussed the crisis and the blockade again this week, and experts said the "
                    "authorities should ensure the free movement of people and goods."
                ),
            )
        ]
    )
    result = index.trace(article_text)
    assert [s for s in result.sources if s.derivation != "non"] == []


def test_best_containment_ties_exactly_whatever_the_set_order() -> None:
    """Weighted sums are exactly rounded: 0.1 + 0.2 + 0.3 ties with 0.6, the first wins.

    A plain ``sum`` over a set gives 0.6000000000000001 or 0.6 depending on the set's
    iteration order, which follows the process's string hash seed, so corpus runs gave
    different passages from one run to the next.
    """
    from sourcetrace.sentences import best_containment

    weight = {"a": 0.1, "b": 0.2, "c": 0.3, "d": 0.6}
    stems = {"a", "b", "c", "d"}
    first = best_containment(stems, [{"d"}, {"a", "b", "c"}], weight, 1.0, max_size=9)
    second = best_containment(stems, [{"c", "b", "a"}, {"d"}], weight, 1.0, max_size=9)
    assert first[1] == 0
    assert second[1] == 0
    assert first[0] == second[0] == 0.5


def test_neighbours_ranked_below_the_aligned_candidates_still_count(index: Index) -> None:
    """A retelling must stand out from the article's topical neighbours, wherever BM25 ranks them.

    Texts sharing the article's rare words but none of its phrasing ("fillers", as a large
    index holds many) outrank ``other``, a real neighbour sharing two of its word pairs.
    Judged against the aligned candidates alone, ``near`` (four pairs) stands out from the
    fillers and passes for a source; the deeper pool keeps ``other`` as the reference.
    """
    article = (
        "Daily kelp tablets lowered blood pressure among older sailors, a Quillby University "
        "trial of 412 volunteers found. The kelp tablets also cut salt cravings, and the older "
        "sailors slept better."
    )
    docs = [
        Document(
            id="near",
            text="Older sailors taking kelp tablets saw blood pressure fall; salt cravings eased.",
        ),
        Document(id="other", text="The blood pressure of older sailors."),
        *(
            Document(
                id=f"filler{i}",
                text=f"Report {i}: volunteers 412, Quillby. Sailors older; tablets kelp.",
            )
            for i in range(4)
        ),
        *(
            Document(
                id=f"bg{i}",
                text=f"The council met on day {i} to discuss roads, schools "
                "and the harbour budget for next year.",
            )
            for i in range(12)
        ),
    ]
    index.add(docs)

    def sources(pool: int) -> list[str]:
        opts = TraceOptions(
            candidates=3, pool=pool, policy=dataclasses.replace(DEFAULT_POLICY, min_pool=2)
        )
        result = index.trace(article, options=opts, quotes=False)
        return [s.id for s in result.sources if s.derivation != "non"]

    assert sources(pool=3) == ["near"]
    assert sources(pool=8) == []
    assert sources(pool=TraceOptions().pool) == []
