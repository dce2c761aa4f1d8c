"""The words a match reads: the lists of words that can change a quotation's meaning.

Also each source's words with the places of each key (:func:`_source`, cached per source),
which quotations and reported claims both read.
"""

from __future__ import annotations

from functools import lru_cache

from sourcetrace.text import Words, cached_words, word_set

#: Words whose insertion, removal or change can change what a quotation means.
NEGATIONS = word_set(
    "not no never none nobody nothing nowhere neither nor without cannot can't won't "
    "don't doesn't didn't isn't aren't wasn't weren't hasn't haven't hadn't shouldn't "
    "wouldn't couldn't mustn't n't"
)
INTENSIFIERS = word_set(
    "openly clearly blatantly brazenly deliberately totally completely absolutely utterly "
    "entirely extremely very really truly highly deeply strongly fully seriously gravely "
    "grossly flagrantly outright categorically unequivocally definitely certainly surely "
    "always only just even most least all every any much more less so too again still "
    "allegedly reportedly supposedly apparently shameful shamelessly outrageous "
    "outrageously disgraceful scandalous criminal brutal massive huge enormous"
)
MODALS = word_set("may might must should could would will shall can")
NUMBER_WORDS = word_set(
    "zero one two three four five six seven eight nine ten eleven twelve twenty thirty "
    "forty fifty sixty seventy eighty ninety hundred thousand million billion trillion "
    "half quarter third dozen percent per cent"
)


@lru_cache(maxsize=1024)
def _source(doc_id: str, text: str) -> tuple[Words, dict[str, tuple[int, ...]]]:
    # The trace has split the story's sources and candidates already (``cached_words``).
    w = cached_words(text)
    where: dict[str, list[int]] = {}
    for i, k in enumerate(w.keys):
        where.setdefault(k, []).append(i)
    return w, {k: tuple(v) for k, v in where.items()}
