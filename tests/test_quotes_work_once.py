"""Work the quotation checks repeat is done once (issue 15, speed point).

A quotation's edge and context words are compared with many source windows, and
respelling each word with its regular expressions was a tenth of a traced story's CPU
time: the same word, and the same short text, are made canonical once (long texts are not
kept). A source the trace has split into words is not split again to locate quotations.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import pytest

from sourcetrace import text as text_module
from sourcetrace.documents import Document
from sourcetrace.quotes import equivalence, match
from sourcetrace.text import Words, cached_words


class _Counted:
    """A spelling pattern that counts the words it is asked to rewrite."""

    def __init__(self, pattern: re.Pattern[str], seen: Counter[str]) -> None:
        self.pattern = pattern
        self.seen = seen

    def sub(self, repl: str, word: str) -> str:
        self.seen[word] += 1
        return self.pattern.sub(repl, word)


@pytest.fixture()
def respelt(monkeypatch: pytest.MonkeyPatch) -> Iterator[Counter[str]]:
    seen: Counter[str] = Counter()
    first, repl = equivalence._SPELLING[0]
    monkeypatch.setattr(
        equivalence, "_SPELLING", ((_Counted(first, seen), repl), *equivalence._SPELLING[1:])
    )
    _forget()
    yield seen
    _forget()


def _forget() -> None:
    for name in ("_spell", "_canonical"):
        getattr(getattr(equivalence, name, None), "cache_clear", lambda: None)()


def test_a_word_is_respelt_once(respelt: Counter[str]) -> None:
    assert equivalence.equivalent("they organise it", "they organize it")
    assert equivalence.equivalent("we organise", "we organize")
    assert not equivalence.contraction_only("organisers organise", "organizers organize")
    assert respelt["organise"] == 1
    assert respelt["organisers"] == 1


def test_cached_forms_are_the_same_forms() -> None:
    text = "It's 10 per cent of the Organisation's colour, one in twenty"
    once = equivalence.canonical(text, contractions=True)
    hits = equivalence._canonical.cache_info().hits
    assert equivalence.canonical(text, contractions=True) == once
    assert equivalence._canonical.cache_info().hits == hits + 1  # the second came cached
    assert once == "it is 10 pct of the organization s color 1 in 20"
    assert equivalence.canonical(text) == "it s 10 pct of the organization s color 1 in 20"


def test_long_texts_are_not_kept(respelt: Counter[str]) -> None:
    long = "colour " * 100
    assert len(long) > equivalence._MAX_CACHED
    assert equivalence.canonical(long) == "color " * 99 + "color"
    assert equivalence._canonical.cache_info().currsize == 0


def test_a_source_split_by_the_trace_is_not_split_again(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = Document("r9", "The drug cut the risk of stroke by a third, the team said.")
    cached_words.cache_clear()
    match._source.cache_clear()
    split = cached_words(doc.text)  # as the trace splits its candidates
    calls: list[str] = []
    inner = text_module.words

    def counted(text: str) -> Words:
        calls.append(text)
        return inner(text)

    monkeypatch.setattr(text_module, "words", counted)
    monkeypatch.setattr(match, "words", counted, raising=False)
    found, where = match._source(doc.id, doc.text)
    assert calls == []
    assert found == split and where["stroke"] == (6,)
