"""Short copied sentences with one edit, counted as copied whole (issue 16, thirteenth round).

A composite story may take a single sentence of 9-13 words from a source, with one edit.
Two ways such a sentence failed to count as a long copied whole sentence, so that
``composite-copied`` refused its source: a word was dropped from a ten-word sentence, or
a word moved past the final stop so that the splitter ran the sentence on into the next
one.
"""

from __future__ import annotations

import dataclasses

from sourcetrace import Document, Index
from sourcetrace.documents import Document as Doc
from sourcetrace.trace import TraceOptions
from sourcetrace.tracing.evidence import _article, _Evidence, _evidence, _overlap

BEFORE = "The weather was fine on the coast."
AFTER = "Crowds came to the beach."


def _evidence_of(source: str, story: str) -> _Evidence:
    art, _ = _article(story, 100, lambda terms: dict.fromkeys(terms, 1))
    return _evidence(art, _overlap(art, Doc(id="s", text=source), aligned=True), TraceOptions())


def _copied_text(story: str, ev: _Evidence) -> list[str]:
    return [story[p.article_start : p.article_end] for p in ev.passages]


def test_a_ten_word_sentence_copied_with_a_word_dropped_counts_as_long() -> None:
    """Nine words of a ten-word sentence, one dropped, copy it whole as surely as ten
    words with one inserted: the passage counts as a long copied whole sentence of the ten
    words it copies; with two dropped it does not."""
    sentence = "But some people adjust to this transition better than others."
    source = f"Retirement is hard. {sentence} In a bid to assess it."
    for copied, spans in [
        (sentence.replace("transition ", ""), [10]),
        (sentence.replace("transition ", "").replace("some ", ""), []),
    ]:
        story = f"{BEFORE} {copied} {AFTER}"
        ev = _evidence_of(source, story)
        assert ev.copied == 0  # not a long copied passage for the other rules
        assert [span[2] for span in ev.long_spans] == spans, copied


def test_a_sentence_whose_last_word_moved_past_the_stop_reaches_the_stop() -> None:
    """ "…or postal authority." copied as "…or authority. postal": the splitter runs the
    sentence on (no capital after the stop), so its edge lies past the copied text; the
    passage reaches the stop as written and copies a whole sentence."""
    sentence = (
        "Deaths were identified by searching the National Death Index or through next of "
        "kin or postal authority."
    )
    source = f"Diet was recorded. {sentence} All were free of disease."
    copied = sentence.replace("postal authority.", "authority. postal")
    story = f"{BEFORE} {copied} {AFTER}"
    ev = _evidence_of(source, story)
    assert _copied_text(story, ev) == [copied.removesuffix(". postal")]
    assert [span[2] for span in ev.long_spans] == [16]
    # The words before that stop do not match the source: the passage stays as it was.
    other = sentence.replace("postal authority.", "council. postal")
    story = f"{BEFORE} {other} {AFTER}"
    ev = _evidence_of(source, story)
    assert _copied_text(story, ev) == [other.removesuffix(" council. postal")]
    assert ev.long_spans == ()


def test_a_composite_story_finds_the_source_of_an_edited_short_sentence(index: Index) -> None:
    """Two sources: one copied at length, one a single ten-word sentence with a word
    dropped. Both are sources (``composite-copied`` takes the second)."""
    long_text = (
        "Honeybee colonies kept beside wildflower margins produced forty percent more honey "
        "than colonies kept beside wheat fields during the three summers of the Hartwell "
        "orchard survey. Beekeepers were paid by the county for every hive they kept there."
    )
    short = "But some people adjust to this transition better than others."
    index.add(
        [
            Document(id="bees", text=long_text),
            Document(id="retirement", text=f"Retirement is hard. {short} In a bid to assess it."),
            Document(id="other", text="Fans queued overnight outside the stadium for tickets."),
        ]
    )
    story = " ".join(
        [
            long_text,
            "The council voted to resurface the high street before the summer fair.",
            "A new ferry timetable starts in May, with fewer crossings on Sundays.",
            short.replace("transition ", ""),
            "Fans queued overnight outside the stadium for the cup final.",
            "The museum will reopen its Roman gallery after a two year restoration.",
            "Local bakers reported a shortage of rye flour after the wet harvest.",
        ]
    )
    result = index.trace(story, options=dataclasses.replace(TraceOptions(), candidates=3))
    accepted = {s.id: s.accepted_by for s in result.sources if s.derivation != "non"}
    assert accepted == {"bees": "copied-share", "retirement": "composite-copied"}
