"""An "It found …" claim's document, read back by sentences (review mend, t15-mend5).

The look-back was 1,000 characters of lines: a sentence opening its paragraph further
back than that was never read, so "It" deep in a long paragraph got no document.
"""

from __future__ import annotations

from conftest import claim_speakers as _speakers

_LEAD = "Eating late may harm sleep, a study suggests.\n\n"
# About 1,100 characters of one sentence, in the paragraph the study's sentence opens.
_LONG = (
    "The study involved 2,267 middle aged and older Finnish men and women, "
    + "who were followed for eleven years in their homes and clinics, " * 17
    + "and who answered questions about their outlook on life."
)


def test_it_after_a_long_sentence_about_the_study_is_the_study() -> None:
    assert len(_LONG) > 1_000
    text = (
        _LEAD + _LONG + " It found people with high levels of pessimism were more likely to "
        "die of heart disease.\n"
    )
    assert _speakers(text)["people with high levels"] == "study"


def test_it_after_a_long_unrelated_sentence_stays_unnamed() -> None:
    text = (
        _LEAD
        + _LONG.replace("The study involved", "The region had")
        + " It found people with high levels of pessimism were more likely to die of heart "
        "disease.\n"
    )
    assert _speakers(text)["people with high levels"] is None


def test_it_past_four_sentences_without_an_end_gets_no_document() -> None:
    text = (
        _LEAD
        + "The study involved 2,267 middle aged and older Finnish men and women.\n\n"
        + "RELATED CONTENT\n\n" * 4
        + "It found people with high levels of pessimism were more likely to die of heart "
        "disease.\n"
    )
    assert _speakers(text)["people with high levels"] is None
