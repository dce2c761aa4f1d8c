"""Tell quotations (words a speaker said or wrote) from quoted terms, labels and titles.

"so-called 'superfoods'", "what they call 'metabolic memory'", a one-word label
("'push'"), a headline in capitals or a title in Title Case are in quotation marks but
are nobody's words, nor is a headline's quoted claim that no one in the story is quoted
saying ("Anti-depressants 'no more effective than counselling'"): they are reported with
``kind="term"`` and get no verdict. A short
phrase the story attributes ("Smith said the results were 'very encouraging'") stays a
quotation.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass

from sourcetrace.quotes.model import Quote
from sourcetrace.sentences import stem
from sourcetrace.text import is_content, words

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
        max_headline_words: The most words a story's first line may have to be read as
            its headline.
        headline_repeat_share: A headline's quoted phrase is a quotation when a quotation
            of the body holds at least this share of its content words (two at least).
    """

    max_label_words: int = 0
    max_unattributed_words: int = 4
    max_headline_words: int = 30
    headline_repeat_share: float = 0.6


DEFAULT_TERMS = TermPolicy()


def _is_caps(words: list[str]) -> bool:
    letters = [w for w in words if any(c.isalpha() for c in w)]
    return len(letters) >= 2 and all(w.isupper() for w in letters)


def _is_title_case(words: list[str]) -> bool:
    long = [w for w in words if len(w) > 3]
    return bool(long) and all(w[:1].isupper() for w in long) and len(words) <= 8


def _is_name(words: list[str]) -> bool:
    """A name in Title Case: two capitalised words or more, every long word capitalised."""
    capitalised = [w for w in words if len(w) > 3 and w[:1].isupper()]
    return len(capitalised) >= 2 and _is_title_case(words) and not _is_caps(words)


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
    if _is_name(words) and not _SENTENCE_END_RE.search(quote.text):
        # "sold as 'Lyclear Scabies Cream'", "Hmm, ‘Jane the Virgin’": a product's or a
        # work's name is nobody's words, whatever cue or name stands near it.
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


def headline_end(text: str, policy: TermPolicy = DEFAULT_TERMS) -> int:
    """Return the end of the story's headline, or 0 when its first line is not one.

    A headline is the first line of a text that goes on after it, of at most
    ``max_headline_words`` words and not closed by a full stop (a lead sentence is).
    """
    end = text.find("\n")
    if end <= 0 or not text[end:].strip():
        return 0
    line = text[:end].strip().rstrip("\"”’'»")
    if not line or line.endswith(".") or len(_WORDS_RE.findall(line)) > policy.max_headline_words:
        return 0
    return end


def _stem_list(text: str) -> list[str]:
    return [stem(k) if is_content(k) else "" for k in words(text).keys]


def _repeats(phrase: list[str], body: list[str], share: float) -> bool:
    """Whether a short run of ``body`` holds ``share`` of the phrase's content stems.

    The run is at most the phrase's length plus two words, so a quotation that uses the
    same words here and there does not count as repeating the phrase.
    """
    own = {s for s in phrase if s}
    need = max(2.0, share * len(own))
    if len(own) < need:
        return False
    width = len(phrase) + 2
    for i, s in enumerate(body):
        if s in own and len(own.intersection(body[i : i + width])) >= need:
            return True
    return False


def _headline_labels(
    text: str, quotes: Sequence[Quote], policy: TermPolicy = DEFAULT_TERMS
) -> frozenset[int]:
    """Return the indexes of the headline's quoted phrases that are nobody's words.

    A tabloid headline puts the story's claim in quotation marks ("Home-cooked meals
    'NOT always better than shop-bought'") without anyone having said those words: the
    body gives the claim in the reporter's words or as research findings. Such a phrase
    is a label unless the headline names its speaker (a kicker in capitals, "ASTHMA
    WARNING:", names no one) or a quotation of the body repeats it (then it is that
    speaker's words, shortened).
    """
    end = headline_end(text, policy)
    if not end:
        return frozenset()
    unattributed = [
        n
        for n, q in enumerate(quotes)
        if q.end <= end
        # the headline names who said it ("Smith: 'we will win'")
        and not (
            q.speaker.mention_start is not None
            and q.speaker.mention_start < end
            and not (q.speaker.mention or "").isupper()
        )
    ]
    if not unattributed:
        return frozenset()  # most stories: nothing quoted in the headline
    body = [_stem_list(q.text) for q in quotes if q.start >= end]
    out = set()
    for n in unattributed:
        phrase = _stem_list(quotes[n].text)
        if not any(_repeats(phrase, other, policy.headline_repeat_share) for other in body):
            out.add(n)
    return frozenset(out)


def classify(text: str, quotes: Sequence[Quote], policy: TermPolicy = DEFAULT_TERMS) -> list[Quote]:
    """Return the quotations with ``kind`` set (``"term"`` for scare quotes and titles).

    Besides :func:`quote_kind`'s terms, a headline's quoted phrase that neither the
    headline attributes nor a quotation of the body repeats is a term.
    """
    labels = _headline_labels(text, quotes, policy)
    out = []
    for n, q in enumerate(quotes):
        kind = "term" if n in labels else quote_kind(text, q, policy)
        if kind == "term":
            q = dataclasses.replace(q, kind="term")
        out.append(q)
    return out
