"""Word-level alignment: robust to wrapping, quotes, case, hyphens, small edits, order."""

from __future__ import annotations

from sourcetrace.align import align
from sourcetrace.text import words

SOURCE = (
    "The council said the new bridge over the river will open to traffic in May next "
    "year, after three years of work costing 40 million pounds. Residents welcomed the "
    "decision at a public meeting on Tuesday evening in the town hall."
)


def _aligned_text(article: str, source: str = SOURCE) -> list[str]:
    a = words(article)
    return [article[a.starts[p.a_start] : a.ends[p.a_end - 1]] for p in align(a, words(source))]


def test_verbatim_passage_has_similarity_one() -> None:
    article = "Reports say the new bridge over the river will open to traffic in May next year."
    a, s = words(article), words(SOURCE)
    (p,) = align(a, s)
    assert p.similarity == 1.0
    assert article[a.starts[p.a_start] : a.ends[p.a_end - 1]] == (
        "the new bridge over the river will open to traffic in May next year"
    )
    assert SOURCE[s.starts[p.s_start] : s.ends[p.s_end - 1]] == (
        "the new bridge over the river will open to traffic in May next year"
    )


def test_survives_wrapping_case_quotes_dashes_and_hyphenation() -> None:
    article = (
        "“THE NEW BRIDGE over the\nriver will open to traf-\nfic in May next year” — after "
        "three years of work costing 40 million pounds"
    )
    (span,) = _aligned_text(article)
    assert span.startswith("THE NEW BRIDGE") and span.endswith("40 million pounds")


def test_small_edits_stay_one_passage_with_lower_similarity() -> None:
    article = (
        "The new bridge over the river will finally open to cars in May next year, after "
        "three years of work costing 40 million pounds."
    )
    a = words(article)
    (p,) = align(a, words(SOURCE))
    assert 0.8 < p.similarity < 1.0
    kinds = {op.kind for op in p.ops}
    assert {"equal", "replace", "insert"} <= kinds


def test_reordered_sentences_give_separate_passages() -> None:
    article = (
        "Residents welcomed the decision at a public meeting on Tuesday evening. Officials "
        "said the new bridge over the river will open to traffic in May next year."
    )
    spans = _aligned_text(article)
    assert len(spans) == 2
    assert spans[0].startswith("Residents welcomed")


def test_unrelated_text_and_stock_phrases_do_not_align() -> None:
    assert _aligned_text("A cat sat on the mat and looked at the rain for a while.") == []
    assert _aligned_text("It will open in May next week.") == []


def test_example_quotations_align(article_text: str, release_text: str) -> None:
    a = words(article_text)
    passages = align(a, words(release_text))
    covered = {i for p in passages for i in range(p.a_start, p.a_end)}
    assert len(covered) / len(a) > 0.75


def test_word_keys_equal_the_keys_of_words() -> None:
    """The offset-free tokeniser corpus fingerprints use gives exactly the keys of words()."""
    import random
    from pathlib import Path

    from sourcetrace.spaces import plain_spaces
    from sourcetrace.text import _BROKEN_RE, _WORD_RE, normalise, word_keys

    examples = Path(__file__).parent.parent / "examples"
    texts = [p.read_text(encoding="utf-8") for p in sorted(examples.glob("*.txt"))]
    texts += [
        "transpor-\ntation of the Café’s menu",
        "ÉCOLE d'été, İstanbul, straße",
        "snake_case and a__b",
        "x’y’z ʼa and ﬁnance",
        "1,000.5 km² — “quoted” – dashes",
        "",
        "Hard-to-treat, “she said”.",
    ]
    rng = random.Random(0)
    for alphabet in ("abcXYZ ’'-\n\t_.,“”—–…\u00a0€09", "aZ ’ʼ'-\n_.“éÉİßﬁ²9\u0301"):
        texts += ["".join(rng.choices(alphabet, k=rng.randint(0, 60))) for _ in range(5000)]
    for text in texts:
        assert word_keys(text) == list(words(text).keys), text
        # words() joins broken words (no-break spaces read as spaces): compared above
        if not _BROKEN_RE.search(plain_spaces(text)):
            assert word_keys(text) == [normalise(w) for w in _WORD_RE.findall(text)], text
