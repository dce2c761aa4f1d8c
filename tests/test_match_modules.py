"""The match entry point keeps its public names after the split of the sentence match."""

from __future__ import annotations

import sourcetrace.quotes.match as match_module
from sourcetrace.documents import Document
from sourcetrace.quotes import match_words, sentence_match
from sourcetrace.text import cached_words

# Every public name ``sourcetrace.quotes.match`` defined before the split that moved.
MOVED = {
    "NEGATIONS": match_words,
    "INTENSIFIERS": match_words,
    "MODALS": match_words,
    "NUMBER_WORDS": match_words,
    "SentenceMatch": sentence_match,
    "best_sentence": sentence_match,
    "span_stems": sentence_match,
    "span_negated": sentence_match,
}
STAYED = ("Located", "article_pieces", "locate", "best_location")


def test_public_names_are_still_imported_from_match() -> None:
    for name, module in MOVED.items():
        assert getattr(match_module, name) is getattr(module, name), name
    for name in STAYED:
        assert getattr(match_module, name).__module__ == "sourcetrace.quotes.match", name
    assert set(match_module.__all__) == {*MOVED, *STAYED}


def test_quotations_and_claims_share_one_cache_of_source_words() -> None:
    """The cache tests clear through ``match._source`` is the one the sentence match reads."""
    assert match_module._source is match_words._source is sentence_match._source
    doc = Document(id="s1", text="The drug did not cut the risk of stroke. It was cheap.")
    article = cached_words("the drug cut the risk of stroke")
    match_module._source.cache_clear()
    found = match_module.best_sentence(article, 0, 31, [doc])
    assert found is not None and found.negated_source and not found.negated_span
    assert match_module._source.cache_info().currsize == 1
