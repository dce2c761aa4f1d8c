"""A quotation the original only retells, which a later accepted copy quotes verbatim.

The first user's second review: with a release and a later copy both accepted, the
quotation was checked against the release first and came out a ``paraphrase`` of its
narrative sentence, although the copy the story took it from holds it word for word.
"""

from __future__ import annotations

from sourcetrace import Document, Index

RELEASE = (
    "Researchers at the Northfield Institute have found that honeybee colonies kept beside "
    "wildflower margins produced forty percent more honey than colonies kept beside wheat "
    "fields. Professor Ruth Hale said how much honey a colony makes depends on its margins "
    "as much as on the weather, which no study had shown before. The survey ran for three "
    "summers across twelve orchards in the Hartwell valley, and beekeepers were paid for "
    "their time while the hives were weighed every month by volunteers."
)
QUOTE = (
    "For the first time we have shown that the margins matter as much as the weather for "
    "how much honey a colony makes"
)
COPY = (
    RELEASE.replace(
        "Professor Ruth Hale said how much honey a colony makes depends on its margins as "
        "much as on the weather, which no study had shown before.",
        f'"{QUOTE}," Professor Ruth Hale told the Gazette.',
    )
    + " Local growers welcomed the findings on Tuesday."
)


def test_a_paraphrase_of_the_original_that_a_later_copy_quotes_verbatim(index: Index) -> None:
    index.add(
        [
            Document(id="release", text=RELEASE, kind="source"),
            Document(id="copy", text=COPY, kind="article"),
            Document(id="other", text="Wheat prices fell again in the spring markets."),
        ]
    )
    result = index.trace(COPY)
    assert {"release", "copy"} <= {s.id for s in result.accepted}
    [quote] = [q for q in result.quotes if q.text.startswith("For the first time")]
    assert quote.verdict == "verbatim"
    assert quote.source is not None and quote.source.id == "copy"
