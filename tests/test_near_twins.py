"""Stock text that releases word almost alike: which holder a composite story copied.

Issue 16, seventeenth session: a holder with one name or figure more than the source
accepted, a release holding together what two accepted sources hold apart, and a
sentence copied word for word from one release that the source judged first retells.
"""

from __future__ import annotations

import pytest

from sourcetrace import Document, Index
from sourcetrace.trace import TraceOptions
from sourcetrace.tracing.evidence import (
    _add_retold,
    _Article,
    _article,
    _Evidence,
    _evidence,
    _outmatches,
    _overlap,
)
from sourcetrace.tracing.holders import _better_holders, _Held
from test_holders import FILLER, GLACIER, TRAINS
from test_holders import TOPICS as HOLDER_TOPICS

# The stock sentences and topics of the holder tests: one story world for both files.
TOPICS = HOLDER_TOPICS[:4]

#: A centre's boilerplate as two releases hold it, and as a third holds it with the
#: first name of its director: one word more, a name.
CENTRE = "The Harwick Sleep Centre is led by Professor Okafor and Professor Lindqvist."
CENTRE_NAMED = CENTRE.replace("Professor Okafor", "Professor Adaeze Okafor")
#: The same with one common word more, opening the sentence: a story's edit may match it.
CENTRE_OVERALL = "Overall, t" + CENTRE[1:]


def _index(index: Index, holder: str) -> None:
    """Two releases hold CENTRE, "named" holds ``holder``; two other sources and topics."""
    index.add(
        [
            Document(id="glacier", text=f"{GLACIER} Tourists still visit."),
            Document(id="trains", text=f"{TRAINS} Tickets go on sale soon."),
            *(Document(id=f"topic-{k}", text=t) for k, t in enumerate(TOPICS)),
            *(
                Document(id=f"plain-{k}", text=f"{TOPICS[k]} {CENTRE} {TOPICS[k + 1]}")
                for k in range(2)
            ),
            Document(id="named", text=f"{' '.join(TOPICS)} {holder} {' '.join(TOPICS)}"),
        ]
    )


@pytest.mark.parametrize("candidates", [20, 3])
def test_a_holder_with_one_name_more_is_the_source_of_the_sentence(
    index: Index, candidates: int
) -> None:
    """The story copies the boilerplate with the director's first name, which one
    release holds and two others lack: the name is no edit of the story's (an edit
    matches a holder's wording by chance only in a common word), so that release is the
    sentence's source. Retrieved after the weaker holders (3 candidates: found only by
    the search for the sentence's other holders after judging), it used to be named
    only, and a weaker holder accepted."""
    _index(index, CENTRE_NAMED)
    story = f" {FILLER} ".join([GLACIER, TRAINS, CENTRE_NAMED])
    result = index.trace(story, options=TraceOptions(candidates=candidates, pool=candidates))
    assert {s.id for s in result.accepted} == {"glacier", "trains", "named"}


def test_a_holder_with_one_common_word_more_is_still_not_told_apart(index: Index) -> None:
    """One word more that opens the sentence ("Overall,") may be the story's own edit:
    the three holders share the sentence and none is accepted for it."""
    _index(index, CENTRE_OVERALL)
    story = f" {FILLER} ".join([GLACIER, TRAINS, CENTRE_OVERALL])
    result = index.trace(story, options=TraceOptions())
    assert {s.id for s in result.accepted} == {"glacier", "trains"}


def _evidences(story: str, *docs: str) -> tuple[_Article, list[_Evidence]]:
    text = f"The weather was fine on Monday. {story} The mayor opened a bridge."
    art, _ = _article(text, 100, lambda terms: dict.fromkeys(terms, 1))
    return art, [
        _evidence(art, _overlap(art, Document(id=d, text=d), aligned=True), TraceOptions())
        for d in docs
    ]


@pytest.mark.parametrize(
    ("story", "better", "outmatches"),
    [
        (CENTRE_NAMED, CENTRE_NAMED, True),
        (CENTRE.replace("Lindqvist", "Lindqvist 2016"), None, True),
        (CENTRE_OVERALL, CENTRE_OVERALL, False),
        (CENTRE.replace("led by", "now led by"), None, False),
    ],
    ids=["a first name", "a year", "a word opening the sentence", "a common word"],
)
def test_one_word_more_outmatches_when_it_is_a_name_or_a_figure(
    story: str, better: str | None, outmatches: bool
) -> None:
    """`_outmatches` with the article and the passage: one word more than the other
    holder is enough when it is a name (a capital nothing opens) or a figure; without
    them (the twelfth round's test), two words more are asked."""
    art, (mine, theirs) = _evidences(story, better or story, CENTRE)
    [al] = [a for a in mine.alignments if a.a_start in mine.long_covered]
    span = (al.a_start, al.a_end, al.matched)
    assert _outmatches(span, theirs, (art, al)) is outmatches
    assert _outmatches(span, theirs) is False


#: Two paragraphs of a press office's boilerplate: "both" holds them together, "first"
#: and "second" one each.
ABOUT = "The Marlow Institute is an independent charity funding research into rare kidney diseases."
FUNDING = "Its trustees award around forty grants each year to hospital teams working on new drugs."


def test_a_release_holding_two_sources_text_together_is_the_one_source(index: Index) -> None:
    """The story copies both paragraphs. One release holds them together; two others
    hold one each. Aligned with the first candidates, the one release explains more, is
    judged first and accepted; the two others explain nothing more (a guard: the same
    before this round)."""
    index.add(
        [
            Document(id="glacier", text=f"{GLACIER} Tourists still visit."),
            Document(id="trains", text=f"{TRAINS} Tickets go on sale soon."),
            *(Document(id=f"topic-{k}", text=t) for k, t in enumerate(TOPICS)),
            Document(id="first", text=f"{TOPICS[0]} {ABOUT} {TOPICS[1]}"),
            Document(id="second", text=f"{TOPICS[2]} {FUNDING} {TOPICS[3]}"),
            Document(id="both", text=f"{TOPICS[3]} {ABOUT}\n\n{FUNDING} {TOPICS[0]}"),
        ]
    )
    story = f" {FILLER} ".join([GLACIER, ABOUT, TRAINS, FUNDING])
    result = index.trace(story)
    assert {s.id for s in result.accepted} == {"glacier", "trains", "both"}


def test_a_holder_found_after_judging_holding_two_sources_text_is_judged() -> None:
    """Found only by the search for other holders after judging (the first candidates
    held each paragraph apart), the release holding both paragraphs as well as the two
    accepted sources do is returned to be judged (`_better_holders`); one holding only
    one of them is not (each passage is matched as well, no better), nor one holding the
    paragraph two accepted sources both hold (seed 3 story 0067: four Leicester releases
    holding one stock paragraph, and a fifth holding it too, judged and accepted)."""
    story = f" {FILLER} ".join([GLACIER, ABOUT, TRAINS, FUNDING])
    art, (first, second, both, one) = _evidences(
        story,
        f"{TOPICS[0]} {ABOUT} {TOPICS[1]}",
        f"{TOPICS[2]} {FUNDING} {TOPICS[3]}",
        f"{TOPICS[3]} {ABOUT}\n\n{FUNDING} {TOPICS[0]}",
        f"{TOPICS[1]} {ABOUT} {TOPICS[2]}",
    )
    found = {"first": first, "second": second}
    extra = {ev.doc.id: _Held(ev.source, ev.alignments, ev.doc) for ev in (both, one)}
    better = _better_holders(art, ["first", "second"], found, extra, TraceOptions())
    assert [d.id for d in better] == [both.doc.id]
    # Two accepted sources holding the same paragraph: a third holder of it explains
    # nothing more than either, and is not judged.
    art, (first, twin, one) = _evidences(
        story,
        f"{TOPICS[0]} {ABOUT} {TOPICS[1]}",
        f"{TOPICS[2]} {ABOUT} {TOPICS[3]}",
        f"{TOPICS[1]} {ABOUT} {TOPICS[2]}",
    )
    found = {"first": first, "twin": twin}
    extra = {one.doc.id: _Held(one.source, one.alignments, one.doc)}
    assert _better_holders(art, ["first", "twin"], found, extra, TraceOptions()) == []


def test_a_sentence_another_candidate_copies_is_not_retold_from_the_source() -> None:
    """A sentence the story copies word for word from one release is not the retelling
    of another: the source judged first no longer takes it as retold when another
    candidate copies it in a long passage of whole sentences (``taken``)."""
    story = (
        "This was an observational study, so no firm conclusions about cause and effect "
        "can be made from the results."
    )
    retold = (
        "Because the study was observational, no firm conclusions can be made about cause "
        "and effect from its results, the team said."
    )
    art, (ev,) = _evidences(story, retold)
    sent = next(s for s in art.sentences if art.words.keys[s.first] == "this")
    _add_retold(art, ev, TraceOptions())
    assert [p.kind for p in ev.passages].count("rewritten") == 1
    art, (ev,) = _evidences(story, retold)
    _add_retold(art, ev, TraceOptions(), taken=set(range(sent.first, sent.end)))
    assert [p.kind for p in ev.passages].count("rewritten") == 0
