"""Quotations and reported claims: extraction, attribution and verification.

>>> quotes, claims = extract(article_text)            # no index needed
>>> quotes, claims = check(article_text, quotes, claims, sources=docs, store=store)
"""

from __future__ import annotations

from collections.abc import Sequence

from sourcetrace.documents import Document
from sourcetrace.index.base import Store
from sourcetrace.quotes.extract import extract_quotes
from sourcetrace.quotes.kinds import classify
from sourcetrace.quotes.model import Edit, Quote, Reported, SourceSpan, Speaker
from sourcetrace.quotes.names import NameBook
from sourcetrace.quotes.reported import extract_reported
from sourcetrace.quotes.speakers import drop_non_speakers, speakers_of_repeats
from sourcetrace.quotes.verify import VerifyOptions, verify_quotes, verify_reported

__all__ = [
    "Edit",
    "Quote",
    "Reported",
    "SourceSpan",
    "Speaker",
    "VerifyOptions",
    "check",
    "extract",
    "extract_quotes",
    "extract_reported",
]


def extract(text: str, *, syntax: bool = True) -> tuple[list[Quote], list[Reported]]:
    """Find an article's quotations and reported claims, each with its speaker.

    Args:
        text: The article's text.
        syntax: Use the dependency parse when the ``quotes`` extra (spaCy) is installed;
            False attributes by word rules alone (faster, slightly less accurate).

    Returns:
        The quotations and the reported claims, in text order, not yet verified.
    """
    book = NameBook(text)
    quotes = classify(text, extract_quotes(text, book=book, syntax=syntax))
    claims = extract_reported(text, book=book)
    # A speaker is a person or a body: never a place, a publication or a fragment.
    quotes, claims = drop_non_speakers(text, quotes), drop_non_speakers(text, claims)
    # A quotation repeated with its speaker named elsewhere in the story is theirs.
    return speakers_of_repeats(quotes, claims), claims


def check(
    text: str,
    quotes: Sequence[Quote],
    reported: Sequence[Reported],
    *,
    sources: Sequence[Document] = (),
    store: Store | None = None,
    exclude: Sequence[str] = (),
    options: VerifyOptions | None = None,
) -> tuple[list[Quote], list[Reported]]:
    """Verify quotations and claims against the article's sources and the index.

    Args:
        text: The article's text.
        quotes: Its quotations (from :func:`extract`).
        reported: Its reported claims.
        sources: The article's traced sources, searched first.
        store: The index, to find quotations taken from other documents.
        exclude: Document ids never to use (the article itself).
        options: Verdict thresholds.

    Returns:
        The quotations and claims with their verdicts.
    """
    return (
        verify_quotes(text, quotes, sources=sources, store=store, exclude=exclude, options=options),
        verify_reported(text, reported, sources=sources, exclude=exclude, options=options),
    )
