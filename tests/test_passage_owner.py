"""Which accepted source shows a copied passage, and who else holds it (review 10).

A story copying another outlet's copy of a release accepts both; the copy matches the
story's own edits too, so it used to take every passage on length and the release, the
origin, showed none. And a stock phrase two texts share inside different sentences made
the other text a "holder" of a whole passage.
"""

from __future__ import annotations

from sourcetrace import Document, Index
from sourcetrace.trace import TraceOptions

RELEASE = (
    "Researchers at the Northfield Institute have found that honeybee colonies kept beside "
    "wildflower margins produced forty percent more honey than colonies kept beside wheat "
    "fields. The survey ran for three summers across twelve orchards in the Hartwell "
    "valley. Beekeepers were paid for their time and the hives were weighed every month. "
    "The margins cost farmers little and also sheltered hoverflies and solitary bees."
)
#: Another outlet's copy: the release with one sentence reworded and a line added.
COPY = (
    RELEASE.replace(
        "The survey ran for three summers", "The survey, funded by growers, ran for three summers"
    )
    + " Local growers welcomed the findings on Tuesday."
)
#: The story copies the outlet's copy word for word.
STORY = COPY


def _index(index: Index, *, dated: bool) -> Index:
    index.add(
        [
            Document(
                id="release",
                text=RELEASE,
                kind="source",
                date="2023-05-01" if dated else None,
            ),
            Document(id="copy", text=COPY, kind="article", date="2023-05-02" if dated else None),
            Document(id="other", text="Wheat prices fell again in the spring markets."),
        ]
    )
    return index


def test_the_release_keeps_the_passages_a_later_copy_also_holds(index: Index) -> None:
    """Both texts are accepted; the release, which comes first (by kind, undated), shows
    the copied passages it holds instead of losing them to the copy's longer match, and
    the copy keeps its own."""
    result = _index(index, dated=False).trace(STORY, options=TraceOptions())
    accepted = {s.id: s for s in result.accepted}
    assert {"release", "copy"} <= set(accepted)
    assert accepted["release"].passages
    assert accepted["copy"].passages
    covered = sum(p.article_end - p.article_start for p in accepted["release"].passages)
    assert covered >= 0.8 * len(RELEASE)
    first = accepted["release"].passages[0]
    assert RELEASE[first.source_start :].startswith(
        STORY[first.article_start : first.article_start + 60]
    )


def test_dates_order_them_too(index: Index) -> None:
    result = _index(index, dated=True).trace(
        STORY, options=TraceOptions(), article_date="2023-05-03"
    )
    accepted = {s.id: s for s in result.accepted}
    assert accepted["release"].passages


PHRASE_STORY = (
    "Swimming in cold lakes every morning lowered the stress of office workers, said Anna "
    "Lind, professor at Cardiff University in Britain, after a trial of forty volunteers "
    "that lasted a whole winter. The volunteers also slept longer and reported fewer colds "
    "than those who stayed on dry land."
)
PHRASE_SOURCE = PHRASE_STORY.replace("Anna Lind", "Professor Anna Lind").replace(
    "said Professor", "said"
)
#: Shares only the stock phrase with the story, inside another sentence.
PHRASE_OTHER = (
    "Tom Reed, professor at Cardiff University in Britain, has studied seabirds for thirty "
    "years and now advises the coastal authority on nesting sites."
)


def test_a_stock_phrase_inside_another_sentence_does_not_name_a_holder(index: Index) -> None:
    index.add(
        [
            Document(id="src", text=PHRASE_SOURCE, kind="source"),
            Document(id="birds", text=PHRASE_OTHER, kind="source"),
            Document(id="more", text="Seabirds nest on cliffs along the coast of Wales."),
        ]
    )
    result = index.trace(PHRASE_STORY, options=TraceOptions())
    [src] = [s for s in result.accepted if s.id == "src"]
    assert src.passages
    named = {h.id for p in src.passages for h in p.also_in}
    assert "birds" not in named
