"""Caps on the work quotation analysis does on one text, and the notices they raise.

Every stage of the analysis (finding quoted spans, attributing them, parsing, verifying)
is linear or near-linear in the text, but a hostile text can still be large: 5 MB on one
line, 300,000 quotation marks. These caps bound the work; each one, when hit, adds a
notice to the result saying what was left out, so nothing is truncated silently. None
is reached by real news: across the 1,750 PolNeAR and InSciOut stories used to check
them, the longest is 33,672 characters, the most quoted text in one story to parse
2,875 tokens (counted as the parse budget counts them), the longest run of
characters without a space 376, of punctuation marks 7, the most quotations 79, the
most distinct surnames 221.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from sourcetrace.documents import Document


@dataclass(frozen=True, slots=True)
class Limits:
    """The caps of quotation analysis on one text.

    Attributes:
        max_chars: Longest text searched for quotations and claims, in characters.
            A longer text is searched up to its last paragraph break before the cap.
        max_quotes: Most quotations extracted from one text; the text is searched up
            to the opening mark of the next one.
        max_parsed: Most tokens (words and punctuation marks) of paragraphs given to the
            dependency parser, each paragraph counting for at least 40 (the parser's
            overhead per paragraph); the paragraphs past them are attributed by word
            rules alone. The parser takes 0.1-0.5 ms a token on the development machine.
        max_token: Longest run of characters without white space the parser is given; a
            paragraph holding a longer run is attributed by word rules alone.
        max_marks: Longest run of punctuation marks the parser is given (its tokenizer
            splits them off one at a time, quadratic in the run: 1,000 quotation marks
            take it over a second); a paragraph holding a longer run is attributed by
            word rules alone.
        max_checked: Most quotations (and claims) verified against the sources and the
            index; the rest are ``unchecked``.
        max_quote_chars: Longest quotation verified, in characters; a longer one is
            ``unchecked``.
        max_names: Most distinct surnames a speaker mention is compared with for typos
            ("Stepanayan" for "Stepanyan"); with more, only exact surnames match.
    """

    max_chars: int = 1_000_000
    max_quotes: int = 2_000
    max_parsed: int = 8_000
    max_token: int = 1_000
    max_marks: int = 50
    max_checked: int = 200
    max_quote_chars: int = 20_000
    max_names: int = 500


LIMITS = Limits()
"""The default caps."""


def searched_end(text: str, limit: int) -> int:
    """Where to stop searching a text longer than ``limit`` characters.

    At the last paragraph break (newline) in the second half of the first ``limit``
    characters, else at the last white space there, else at ``limit`` itself.

    Args:
        text: The text.
        limit: The most characters to search.

    Returns:
        ``len(text)`` if the text is short enough, else the offset to stop at.
    """
    if len(text) <= limit:
        return len(text)
    half = limit // 2
    cut = text.rfind("\n", half, limit)
    if cut < 0:
        cut = max((text.rfind(c, half, limit) for c in " \t"), default=-1)
    return cut if cut > 0 else limit


MAX_SOURCE_CHARS = 200_000
"""Longest part of an indexed document compared with an article, in characters.

The readers take files of up to 64 MiB, and a trace reads each candidate's text in
several stages (alignment, retold sentences, quotation and claim lookups): a document of
10 million characters among the candidates held a trace of a 2,500-character story for
40 s and 850 MB. A longer document is compared up to its last paragraph break before
the cap (:func:`compared_part`); the trace's ``notices`` say which. Real sources are far
shorter: the longest of the 360 InSciOut releases has 9,040 characters, of the 1,750
PolNeAR and InSciOut stories 33,672.
"""


def compared_part(doc: Document, limit: int = MAX_SOURCE_CHARS) -> Document:
    """Return ``doc`` with its text cut where an article is no longer compared with it.

    Args:
        doc: An indexed document.
        limit: The most characters compared (see :data:`MAX_SOURCE_CHARS`).

    Returns:
        ``doc`` itself when it is short enough, else a copy holding the beginning of its
        text (offsets into it are offsets into the whole text).
    """
    text = compared_text(doc.text, limit)
    return doc if text is doc.text else dataclasses.replace(doc, text=text)


def compared_text(text: str, limit: int = MAX_SOURCE_CHARS) -> str:
    """Return the beginning of ``text`` compared with other texts (all of a short one).

    Cut as :func:`compared_part` cuts a document; a text already cut is returned whole.

    Example:
        >>> compared_text("one two three four", 12)
        'one two'
    """
    end = searched_end(text, limit)
    return text if end == len(text) else text[:end]


def long_source_notice(doc_id: str, chars: int, limit: int = MAX_SOURCE_CHARS) -> str:
    """The notice of a trace that compared only the beginning of a long document."""
    return (
        f"Document {doc_id} has {chars:,} characters: the article was compared with its "
        f"beginning only (limit: {limit:,} characters)."
    )


def long_document_notice(doc_id: str, chars: int, limit: int) -> str:
    """The notice of a corpus run that compared only the beginning of a long document.

    The same cut as a trace's (:func:`long_source_notice`), set by ``corpus.max_source_chars``.
    """
    return (
        f"Document {doc_id} has {chars:,} characters: corpus mode compared its beginning "
        f"only with the other documents (limit: {limit:,} characters, "
        "setting corpus.max_source_chars)."
    )
