"""Tell quotations (words a speaker said or wrote) from quoted terms, labels and titles.

"so-called 'superfoods'", "what they call 'metabolic memory'", a one-word label
("'push'"), a headline in capitals or a title in Title Case are in quotation marks but
are nobody's words: they are reported with ``kind="term"`` and get no verdict. A short
phrase the story attributes ("Smith said the results were 'very encouraging'") stays a
quotation.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass

from sourcetrace.quotes.model import Quote

_WORDS_RE = re.compile(r"[\w’'\-]+")
_SENTENCE_END_RE = re.compile(r"[.?!…][\"”’']?\s*$")
_TERM_LEAD_RE = re.compile(
    r"(?:so-called|so called|dubbed|labelled|labeled|termed|known as|nicknamed|the word|"
    r"the term|the phrase|what (?:they|he|she|we|it) call(?:s|ed)?|call(?:s|ed)? (?:it|them))"
    r"\s*[\"“‘'«„]?\s*$",
    re.I,
)


@dataclass(frozen=True, slots=True)
class TermPolicy:
    """When a quoted span is a term rather than a quotation.

    Attributes:
        max_label_words: A span of at most this many words is a label even when a speaker
            is named near it (0: an attributed word, "the 'pressing' need", is a quotation).
        max_unattributed_words: A span of at most this many words with no speaker and no
            cue is a scare quote or term.
    """

    max_label_words: int = 0
    max_unattributed_words: int = 4


DEFAULT_TERMS = TermPolicy()


def _is_caps(words: list[str]) -> bool:
    letters = [w for w in words if any(c.isalpha() for c in w)]
    return len(letters) >= 2 and all(w.isupper() for w in letters)


def _is_title_case(words: list[str]) -> bool:
    long = [w for w in words if len(w) > 3]
    return bool(long) and all(w[:1].isupper() for w in long) and len(words) <= 8


def quote_kind(text: str, quote: Quote, policy: TermPolicy = DEFAULT_TERMS) -> str:
    """Return ``"quote"`` or ``"term"`` for one quoted span of ``text``.

    Args:
        text: The article's text.
        quote: The quoted span, with its speaker as attributed.
        policy: The thresholds.
    """
    words = _WORDS_RE.findall(quote.text)
    attributed = quote.speaker.mention is not None or quote.cue is not None
    lead = text[max(0, quote.start - 40) : quote.start]
    if _TERM_LEAD_RE.search(lead):
        return "term"
    if len(words) <= policy.max_label_words:
        return "term"
    if attributed:
        return "quote"
    if len(words) <= policy.max_unattributed_words:
        return "term"
    if _SENTENCE_END_RE.search(quote.text):
        return "quote"
    if _is_caps(words) or _is_title_case(words):
        return "term"
    return "quote"


def classify(text: str, quotes: Sequence[Quote], policy: TermPolicy = DEFAULT_TERMS) -> list[Quote]:
    """Return the quotations with ``kind`` set (``"term"`` for scare quotes and titles)."""
    out = []
    for q in quotes:
        kind = quote_kind(text, q, policy)
        if kind == "term":
            q = dataclasses.replace(q, kind="term")
        out.append(q)
    return out
