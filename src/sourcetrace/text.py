"""Words with character offsets, and the normalisation every comparison uses.

Offsets always index the original string: normalisation produces a parallel list of
comparison keys, never a rewritten copy of the text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# A word: letters/digits, with inner apostrophes kept ("don't", "Azerbaijan’s").
# Hyphens split words, so "hard-to-treat" and "hard to treat" compare equal.
_WORD_RE = re.compile(r"[^\W_]+(?:['’ʼ][^\W_]+)*")
# A hyphen at a line end joining a word broken across lines: "transpor-\ntation".
_BROKEN_RE = re.compile(r"(?<=[^\W\d_])-[ \t]*\r?\n[ \t]*(?=[^\W\d_])")
_PARA_RE = re.compile(r"\n[ \t\r]*\n")

_STOPWORD_TEXT = """
a about above after again against all also am an and any are as at be because been
before being below between both but by can could did do does doing down during each few
for from further had has have having he her here hers herself him himself his how i if
in into is it its itself just me more most my myself no nor not now of off on once only
or other our ours ourselves out over own said same says she should so some such than
that the their theirs them themselves then there these they this those through to too
under until up very was we were what when where which while who whom why will with
would you your yours yourself yourselves s t one two new may might must shall
"""
STOPWORDS: frozenset[str] = frozenset(_STOPWORD_TEXT.split())


@lru_cache(maxsize=65536)
def word_set(text: str) -> frozenset[str]:
    """Return the white-space separated words of ``text`` as a set (for word lists)."""
    return frozenset(text.split())


def normalise(word: str) -> str:
    """Return the comparison key of one word: case-folded, without diacritics.

    Args:
        word: A word as it stands in a text.

    Returns:
        The key used for every comparison (``"Café’s"`` -> ``"cafe's"``).
    """
    if word.isascii():
        return word.lower()
    folded = unicodedata.normalize("NFKD", word.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return folded.replace("’", "'").replace("ʼ", "'")


@dataclass(frozen=True, slots=True)
class Words:
    """The words of a text: comparison keys with their character spans.

    Attributes:
        keys: Normalised words (see :func:`normalise`).
        starts: Start offset of each word in the original text.
        ends: End offset (exclusive) of each word in the original text.
        breaks: Indices of the words that open a paragraph (after a blank line).
    """

    keys: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    breaks: frozenset[int] = frozenset()

    def __len__(self) -> int:
        return len(self.keys)

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Return the character span from word ``first`` to word ``last`` inclusive."""
        return self.starts[first], self.ends[last]

    def index_at(self, offset: int) -> int:
        """Return the index of the first word ending after ``offset``."""
        from bisect import bisect_right

        return bisect_right(self.ends, offset)


def words(text: str) -> Words:
    r"""Split ``text`` into words with offsets into ``text``.

    Words broken across lines by a hyphen ("transpor-\\ntation") are joined.

    Args:
        text: Any text.

    Returns:
        The words of ``text``.

    Example:
        >>> w = words("Hard-to-treat, “she said”.")
        >>> w.keys
        ('hard', 'to', 'treat', 'she', 'said')
    """
    # Where a word broken by a hyphen at a line end resumes, and where paragraphs open:
    # found in one pass each, so the word loop only does look-ups.
    resumes = {m.end() for m in _BROKEN_RE.finditer(text)}
    paragraphs = [m.end() for m in _PARA_RE.finditer(text)]
    keys: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    breaks: list[int] = []
    next_para = 0
    for m in _WORD_RE.finditer(text):
        start, end = m.span()
        word = m.group()
        if start in resumes and keys and word[0].islower():
            keys[-1] = keys[-1] + normalise(word)
            ends[-1] = end
            continue
        if next_para < len(paragraphs) and paragraphs[next_para] <= start:
            while next_para < len(paragraphs) and paragraphs[next_para] <= start:
                next_para += 1
            if keys:
                breaks.append(len(keys))
        keys.append(normalise(word))
        starts.append(start)
        ends.append(end)
    return Words(tuple(keys), tuple(starts), tuple(ends), frozenset(breaks))


def is_content(key: str) -> bool:
    """Return True if a word key carries content (not a stopword, not one character)."""
    return len(key) > 1 and key not in STOPWORDS


def index_terms(key: str) -> list[str]:
    """Return the full-text index terms of one word key (apostrophes split terms)."""
    return [t for t in key.replace("'", " ").split() if t]
