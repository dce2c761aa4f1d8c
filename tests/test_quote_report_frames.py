"""A quotation that rewords across the source's own report is not the source altered.

Seventeenth session of issue 15 (branch t15-fa17): the false accusation of blind set 4. A
release says something in its own voice and reports the rest ("…, the investigators
point out that …"); a story quoting words from both sides, joined by words of its own,
shares most of the release's words in order, and the word alignment called it
``altered`` with a "significant" edit (the frame's modal and capitals). The sentences
here are invented, in the same conventions.
"""

from __future__ import annotations

import dataclasses

from sourcetrace.documents import Document
from sourcetrace.quotes import Quote, check, extract
from sourcetrace.quotes.equivalence import attribution_gap
from sourcetrace.quotes.model import Edit
from sourcetrace.quotes.report_frames import report_frame, rewrites_a_report

_RELEASE = (
    "Children given the supplement grew taller, a study of 4,000 families found.\n\n"
    "While this may reflect a possible benefit of the supplement on bone growth, the "
    "investigators point out that the gain may be due to the better diet of the families "
    "who chose to use it, rather than to the supplement itself.\n\n"
    "“We now need a trial,” said Dr Maren Holloway."
)


def _verify(article: str, source: str = _RELEASE) -> list[Quote]:
    quotes, claims = extract(article)
    docs = [Document(id="release", text=source)]
    quotes, _ = check(article, quotes, claims, sources=docs)
    return [q for q in quotes if q.kind == "quote"]


def test_a_quotation_reworded_across_the_sources_report_is_not_altered() -> None:
    article = (
        "A supplement may help children grow, a study suggests.\n\n"
        "“This may reflect a possible benefit of vitamin supplementation, but could also be "
        "due to the better diet of the families,” the authors wrote."
    )
    [quote] = _verify(article)
    assert quote.verdict != "altered"
    assert not any(e.significant for e in quote.edits)
    assert "investigators point" in (quote.reason or "") or quote.verdict == "paraphrase"


def test_the_same_passage_with_a_word_changed_stays_altered() -> None:
    # Guard: the quotation's words on one side of the frame, one word changed.
    article = (
        "A supplement may help children grow, a study suggests.\n\n"
        "“The gain may be due to the healthier diet of the families who chose to use it,” "
        "the investigators said."
    )
    [quote] = _verify(article)
    assert quote.verdict == "altered"
    assert [(e.source_text, e.quote_text) for e in quote.edits] == [("better", "healthier")]


def test_a_dropped_frame_is_no_rewording() -> None:
    # Only a replacement counts: the source's frame left out is its attribution.
    text = "the gain, the investigators say, may be due to diet"
    at = text.index(", the")
    dropped = Edit("delete", text[at : text.index(" may")], "", False, at, text.index(" may"), 0, 0)
    assert rewrites_a_report(text, [dropped]) is None
    replaced = dataclasses.replace(dropped, kind="replace", quote_text="could")
    assert rewrites_a_report(text, [replaced]) == "the investigators say"


def test_a_frame_names_who_reports() -> None:
    frame = "bone growth, the investigators point out that the gain may"
    assert report_frame(frame, 0, len(frame)) == "the investigators point out that"
    text = "growth. Nevertheless, they conclude"
    assert report_frame(text, 0, len(text)) == "Nevertheless, they conclude"
    # The source's own clause, not a report of anyone's: "which suggests", "this may show".
    for text in ("growth, which suggests that the gain", "growth. This indicates that the gain"):
        assert report_frame(text, 0, len(text)) is None
    # A coordinated verb's subject stands before the link, not a name just before it.
    text = "dark honeys, such as Manuka, and point out that resistance"
    assert report_frame(text, 0, len(text)) is None
    # A colon opens the source's own quotation: not a frame to reword.
    text = "the researchers nevertheless say: “This confirms"
    assert report_frame(text, text.index("researchers"), len(text)) is None


_ROLES_RELEASE = (
    "Retired rugby players had more scarring of the brain than expected.\n\n"
    "“This is the first time the scarring has been seen in a group of retired players,” "
    "explains lead author Dr Petra Lindqvist (Institute of Neurology), senior research "
    "associate at the Department of Molecular Neuroscience and consultant neurologist at "
    "the City Hospital. “Our findings suggest a possible link between playing rugby and "
    "brain disease in later life. However, we only studied a small number of retired "
    "players with dementia, and we still do not know how common dementia is among them. "
    "Larger studies that follow players over many years are now needed.”"
)
_ROLES_STORY = (
    "Rugby may harm the brain, doctors warn.\n\n"
    "“This is the first time the scarring has been seen in a group of retired players. "
    "Our findings suggest a possible link between playing rugby and brain disease in later "
    "life. However, we only studied a small number of retired players with dementia, and we "
    "still do not know how common dementia is among them. Larger studies that follow "
    "players over many years are now needed,” Dr Lindqvist said."
)


def test_a_long_attribution_of_one_sentence_is_no_dropped_words() -> None:
    # The source's attribution between two quoted sentences, long for the speaker's roles
    # (27 words): the story joining the two sentences dropped none of the speaker's words.
    start = _ROLES_RELEASE.index("explains")
    end = _ROLES_RELEASE.index(" “Our") - 1
    assert attribution_gap(_ROLES_RELEASE, start, end)
    [quote] = _verify(_ROLES_STORY, _ROLES_RELEASE)
    assert quote.verdict == "verbatim"
    assert not quote.edits


def test_a_narrative_sentence_after_the_attribution_is_no_attribution() -> None:
    # Guard: the source's words beyond its one attribution sentence stay an edit.
    release = _ROLES_RELEASE.replace(
        "at the City Hospital. “Our",
        "at the City Hospital. The team examined the brains of 14 players. “Our",
    )
    start = release.index("explains")
    end = release.index(" “Our") - 1
    assert not attribution_gap(release, start, end)
    [quote] = _verify(_ROLES_STORY, release)
    assert quote.verdict == "altered"


def test_a_function_word_before_a_source_sentence_end_is_no_match() -> None:
    # The quotation's "the" matched the "the" closing the source's previous sentence, so
    # the source's frame ("authors. However, they say") became a significant delete.
    release = (
        "The link was unexpected, according to the authors. However, they say possible "
        "reasons include poor sleep, stress and a diet high in sugar."
    )
    article = (
        "Sugar may harm sleep, a study says.\n\n"
        "“Some of the possible reasons include poor sleep, stress and a diet high in sugar,” "
        "the authors said."
    )
    [quote] = _verify(article, release)
    assert quote.verdict == "altered"
    assert [(e.kind, e.quote_text) for e in quote.edits] == [("insert", "Some of the")]
    assert not any(e.significant for e in quote.edits)
