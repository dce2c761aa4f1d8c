"""Words with character offsets, and the normalisation every comparison uses.

Offsets always index the original string: normalisation produces a parallel list of
comparison keys, never a rewritten copy of the text.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from sourcetrace.spaces import plain_spaces

# A word: letters/digits, with inner apostrophes kept ("don't", "Azerbaijan’s").
# Hyphens split words, so "hard-to-treat" and "hard to treat" compare equal.
_WORD_RE = re.compile(r"[^\W_]+(?:['’ʼ][^\W_]+)*")
# A hyphen at a line end joining a word broken across lines: "transpor-\ntation".
_BROKEN_RE = re.compile(r"(?<=[^\W\d_])-[ \t]*\r?\n[ \t]*(?=[^\W\d_])")
_PARA_RE = re.compile(r"\n[ \t\r]*\n")
# A cheap first look for _BROKEN_RE (which looks behind at every hyphen).
_HYPHEN_EOL_RE = re.compile(r"-[ \t]*\r?\n")
_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")

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
    found = list(_WORD_RE.finditer(text))
    raw = [m.group() for m in found]
    starts = [m.start() for m in found]
    ends = [m.end() for m in found]
    keys = _keys_of(raw, text)
    resumes: set[int] = set()
    # Line ends and blank lines as the quotation readers see them (U+2029 a line end,
    # a no-break space a space); the words themselves are split at any non-word character.
    plain = plain_spaces(text)
    if _HYPHEN_EOL_RE.search(plain):
        resumes = {m.end() for m in _BROKEN_RE.finditer(plain)}
    if resumes:
        keys, starts, ends = _join_broken(keys, starts, ends, raw, resumes)
    breaks: set[int] = set()
    for m in _PARA_RE.finditer(plain):
        i = bisect_left(starts, m.end())
        if 0 < i < len(keys):
            breaks.add(i)
    return Words(tuple(keys), tuple(starts), tuple(ends), frozenset(breaks))


def word_keys(text: str) -> list[str]:
    """Return the comparison keys of :func:`words` alone, without offsets (faster).

    Example:
        >>> word_keys("Hard-to-treat, “she said”.")
        ['hard', 'to', 'treat', 'she', 'said']
    """
    if _HYPHEN_EOL_RE.search(plain_spaces(text)):
        return list(words(text).keys)  # words() joins the words broken across lines
    if text.isascii() or all(map(_passive, set(_NON_ASCII_RE.findall(text)))):
        # Only punctuation and ’ outside ASCII: lowering the whole text keeps
        # every word boundary, and a word's key is its lower case with plain apostrophes.
        return _WORD_RE.findall(text.lower().replace("’", "'"))
    return _keys_of(_WORD_RE.findall(text), text)


def _keys_of(raw: list[str], text: str) -> list[str]:
    """Return the key of each word of ``raw``, found in ``text``."""
    if text.isascii():
        return [w.lower() for w in raw]
    return [w.lower() if w.isascii() else normalise(w) for w in raw]


@lru_cache(maxsize=4096)
def _passive(char: str) -> bool:
    """Whether a character is ’ or no part of a word and unchanged by case (not ʼ: a letter)."""
    return char == "’" or (not char.isalnum() and char != "_" and char.lower() == char)


def _join_broken(
    keys: list[str], starts: list[int], ends: list[int], raw: list[str], resumes: set[int]
) -> tuple[list[str], list[int], list[int]]:
    """Join each word resuming after a hyphen at a line end to the word before it."""
    out_keys: list[str] = []
    out_starts: list[int] = []
    out_ends: list[int] = []
    for key, start, end, word in zip(keys, starts, ends, raw, strict=True):
        if start in resumes and out_keys and word[0].islower():
            out_keys[-1] += key
            out_ends[-1] = end
            continue
        out_keys.append(key)
        out_starts.append(start)
        out_ends.append(end)
    return out_keys, out_starts, out_ends


@lru_cache(maxsize=2048)
def cached_words(text: str) -> Words:
    """Return :func:`words` of ``text``, remembered for the texts seen most recently.

    A corpus run meets each text many times (as an article, a candidate and in the
    pools of its neighbours); the words are split once.
    """
    return words(text)


def is_content(key: str) -> bool:
    """Return True if a word key carries content (not a stopword, not one character)."""
    return len(key) > 1 and key not in STOPWORDS


def index_terms(key: str) -> list[str]:
    """Return the full-text index terms of one word key (apostrophes split terms)."""
    return [t for t in key.replace("'", " ").split() if t]


def term_set(keys: Iterable[str]) -> frozenset[str]:
    """Return the index terms of many word keys, as a set (each distinct key split once)."""
    distinct = set(keys)
    split = {k for k in distinct if "'" in k}
    terms = distinct - split
    for k in split:
        terms.update(index_terms(k))
    terms.discard("")
    return frozenset(terms)


def shorten(text: str, width: int) -> str:
    """Cut ``text`` to at most ``width`` characters at a word boundary, marking the cut.

    A first word longer than ``width`` is cut inside (there is no boundary to use).
    """
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    space = cut.rfind(" ")
    if space > width // 3:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"


def surrogate_at(text: str) -> int | None:
    r"""Return where ``text`` holds a lone surrogate (not a character), or ``None``.

    Example:
        >>> surrogate_at("ok"), surrogate_at("ab\ud800")
        (None, 2)
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return exc.start
    return None
