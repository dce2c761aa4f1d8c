"""Quotations and reported claims: extraction, attribution and verification.

>>> quotes, claims = extract(article_text)            # no index needed
>>> quotes, claims = check(article_text, quotes, claims, sources=docs, store=store)

:func:`scan` and :func:`verify_scan` do the same and also say, in ``notices``, what a cap of
:class:`Limits` left out of a very long or hostile text.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from sourcetrace.documents import Document
from sourcetrace.index.base import Store
from sourcetrace.quotes.claim_verify import verify_reported
from sourcetrace.quotes.extract import extract_quotes
from sourcetrace.quotes.groups import speakers_of_groups
from sourcetrace.quotes.kinds import classify
from sourcetrace.quotes.limits import LIMITS, Limits, searched_end
from sourcetrace.quotes.model import Edit, Quote, Reported, SourceSpan, Speaker
from sourcetrace.quotes.names import NameBook
from sourcetrace.quotes.paraphrase import NO_MEANING_NOTICE, meaning_available
from sourcetrace.quotes.plain import as_given, as_read, plain_documents
from sourcetrace.quotes.reported import extract_reported
from sourcetrace.quotes.spans import quoted_spans
from sourcetrace.quotes.speakers import (
    drop_non_speakers,
    speakers_after,
    speakers_of_following_paragraphs,
    speakers_of_repeats,
)
from sourcetrace.quotes.syntax import parse, parser_notice
from sourcetrace.quotes.verify import VerifyOptions, verify_quotes
from sourcetrace.quotes.works import speakers_of_documents
from sourcetrace.spaces import plain_spaces

__all__ = [
    "LIMITS",
    "Edit",
    "Limits",
    "Quote",
    "Reported",
    "Scan",
    "SourceSpan",
    "Speaker",
    "VerifyOptions",
    "check",
    "extract",
    "extract_quotes",
    "extract_reported",
    "scan",
    "verify_scan",
]


@dataclass(frozen=True, slots=True)
class Scan:
    """The quotations and claims of one text, and what the caps left out.

    Attributes:
        quotes: The quotations, in text order.
        reported: The reported claims, in text order.
        notices: One sentence per cap that was reached, saying what it left out, and
            one when the grammatical parse asked for is not installed.
    """

    quotes: tuple[Quote, ...]
    reported: tuple[Reported, ...]
    notices: tuple[str, ...] = ()


def scan(text: str, *, syntax: bool = True, limits: Limits = LIMITS) -> Scan:
    """Find an article's quotations and reported claims, within the caps of ``limits``.

    The text is read with its Unicode spaces as spaces and its line and paragraph
    separators as line ends (:func:`sourcetrace.spaces.plain_spaces`); the spans found
    are cut from ``text`` itself.

    Args:
        text: The article's text.
        syntax: Use the dependency parse when the ``quotes`` extra is installed.
        limits: The caps on the work done (see :class:`Limits`).

    Returns:
        The quotations and claims (offsets into ``text``), not yet verified, and a
        notice for each cap reached (and one when the parse asked for is not installed).
    """
    mapped = plain_spaces(text)
    found = _scan(mapped, syntax=syntax, limits=limits)
    if mapped is text:
        return found
    return dataclasses.replace(
        found,
        quotes=tuple(as_given(x, mapped, text) for x in found.quotes),
        reported=tuple(as_given(x, mapped, text) for x in found.reported),
    )


def _scan(text: str, *, syntax: bool, limits: Limits) -> Scan:
    """:func:`scan` of a text whose spaces are plain already."""
    notices: list[str] = []
    end = searched_end(text, limits.max_chars)
    if end < len(text):
        notices.append(
            f"The text has {len(text):,} characters: quotations and claims were looked for "
            f"in the first {end:,} only (limit: {limits.max_chars:,} characters)."
        )
    spans = quoted_spans(text[:end])
    if len(spans) > limits.max_quotes:
        end = spans[limits.max_quotes].open_at
        notices.append(
            f"The text holds more than {limits.max_quotes:,} quotations: only the first "
            f"{limits.max_quotes:,}, before character {end:,}, were extracted, and claims "
            "were looked for before it too."
        )
    part = text[:end]
    book = NameBook(part, max_names=limits.max_names)
    parsed = (
        parse(
            part,
            max_parsed=limits.max_parsed,
            max_token=limits.max_token,
            max_marks=limits.max_marks,
        )
        if syntax
        else None
    )
    if syntax and (missing := parser_notice()) is not None:
        notices.append(missing)
    if parsed is not None and parsed.unparsed[0]:
        count, chars = parsed.unparsed
        notices.append(
            f"{count:,} paragraph(s) ({chars:,} characters) were attributed by word rules "
            f"alone, without the grammatical parse (limits: {limits.max_parsed:,} words and "
            f"marks parsed per text, runs of at most {limits.max_token:,} characters "
            f"without a space and {limits.max_marks:,} punctuation marks)."
        )
    if not book.fuzzy:
        notices.append(
            f"The text names more than {limits.max_names:,} different surnames: speaker "
            "mentions were matched to names exactly, without allowing for typos."
        )
    quotes = classify(
        part, extract_quotes(part, book=book, syntax=parsed if parsed is not None else False)
    )
    claims = extract_reported(part, book=book)
    # "“…,” according to researchers led by X": the rest of the quotation's sentence.
    quotes = speakers_after(part, quotes, book)
    # A speaker is a person or a body: never a place, a publication or a fragment.
    quotes, claims = drop_non_speakers(part, quotes), drop_non_speakers(part, claims)
    # "The study said: ‘…’": the work, named as the story names it.
    quotes = speakers_of_documents(part, quotes)
    # "The authors" / "the team": the body or person the story ties its researchers to.
    quotes = speakers_of_groups(part, quotes, claims)
    # A quotation repeated with its speaker named elsewhere in the story is theirs.
    quotes = speakers_of_following_paragraphs(part, quotes, claims)
    return Scan(tuple(speakers_of_repeats(quotes, claims)), tuple(claims), tuple(notices))


def extract(text: str, *, syntax: bool = True) -> tuple[list[Quote], list[Reported]]:
    """Find an article's quotations and reported claims, each with its speaker.

    Args:
        text: The article's text.
        syntax: Use the dependency parse when the ``quotes`` extra (spaCy) is installed;
            False attributes by word rules alone (faster, slightly less accurate).

    Returns:
        The quotations and the reported claims, in text order, not yet verified.
    """
    found = scan(text, syntax=syntax)
    return list(found.quotes), list(found.reported)


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

    The article and its sources are read as :func:`scan` reads a text (Unicode spaces as
    spaces, separators as line ends); every span returned, an edit's words included, is
    cut from the texts as given.

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
    from sourcetrace.claims.reasons import explained

    opts = options or VerifyOptions()
    # Read as scan reads: Unicode spaces as spaces, in the article and its sources alike.
    original = text
    text = plain_spaces(original)
    sources, copies = plain_documents(list(sources))
    quotes = [as_read(x) for x in quotes]
    reported = [as_read(x) for x in reported]
    docs = [d for d in sources if d.id not in set(exclude)]
    checked = verify_quotes(
        text, quotes, sources=sources, store=store, exclude=exclude, options=options
    )
    claims = verify_reported(text, reported, sources=sources, exclude=exclude, options=options)
    return (
        [as_given(x, text, original, copies) for x in checked],
        # Each reason with its denominators, thresholds and source sentence's text.
        [
            as_given(
                explained(
                    c,
                    text,
                    docs,
                    supported_min=opts.supported_min,
                    min_shared=opts.min_shared,
                    supported_many=opts.supported_many,
                    supported_many_min=opts.supported_many_min,
                ),
                text,
                original,
            )
            for c in claims
        ],
    )


def verify_scan(
    text: str,
    found: Scan,
    *,
    sources: Sequence[Document] = (),
    store: Store | None = None,
    exclude: Sequence[str] = (),
    options: VerifyOptions | None = None,
    limits: Limits = LIMITS,
) -> Scan:
    """Verify a scan's quotations and claims (see :func:`check`), within the caps.

    The first ``limits.max_checked`` quotations no longer than ``limits.max_quote_chars``
    and the first ``limits.max_checked`` claims are verified; the others are
    ``unchecked``, and a notice says how many.

    Args:
        text: The article's text.
        found: Its quotations and claims (from :func:`scan`).
        sources: The article's traced sources, searched first.
        store: The index, to find quotations taken from other documents.
        exclude: Document ids never to use (the article itself).
        options: Verdict thresholds.
        limits: The caps on the work done.

    Returns:
        The scan with verdicts, and its notices with one more for each cap reached.
    """
    picked = [
        i
        for i, q in enumerate(found.quotes)
        if i < limits.max_checked and q.end - q.start <= limits.max_quote_chars
    ]
    chosen = [
        i
        for i, c in enumerate(found.reported)
        if i < limits.max_checked and c.end - c.start <= limits.max_quote_chars
    ]
    checked, supported = check(
        text,
        [found.quotes[i] for i in picked],
        [found.reported[i] for i in chosen],
        sources=sources,
        store=store,
        exclude=exclude,
        options=options,
    )
    why = (
        "unchecked: past the caps on the quotations verified per text "
        f"(the first {limits.max_checked:,}, of at most {limits.max_quote_chars:,} characters)"
    )
    quotes = [
        dataclasses.replace(q, verdict="unchecked", reason=why) if q.kind == "quote" else q
        for q in found.quotes
    ]
    for i, q in zip(picked, checked, strict=True):
        quotes[i] = q
    notices = list(found.notices)
    if (picked or chosen) and (sources or store is not None) and not meaning_available():
        notices.append(NO_MEANING_NOTICE)
    if len(picked) < len(quotes):
        long = sum(
            1
            for q in found.quotes[: limits.max_checked]
            if q.end - q.start > limits.max_quote_chars
        )
        notices.append(
            f"{len(quotes) - len(picked):,} of {len(quotes):,} quotations were not verified "
            f"(verdict unchecked): {long:,} longer than {limits.max_quote_chars:,} characters, "
            f"{max(0, len(quotes) - limits.max_checked):,} past the first "
            f"{limits.max_checked:,} of the text."
        )
    claims = [
        dataclasses.replace(
            c,
            verdict="unchecked",
            reason=f"unchecked: past the caps on the claims verified per text (the first "
            f"{limits.max_checked:,}, of at most {limits.max_quote_chars:,} characters)",
        )
        for c in found.reported
    ]
    for i, c in zip(chosen, supported, strict=True):
        claims[i] = c
    if len(chosen) < len(claims):
        notices.append(
            f"{len(claims) - len(chosen):,} of {len(claims):,} reported claims were not "
            f"verified (verdict unchecked): only the first {limits.max_checked:,} of a text, "
            f"of at most {limits.max_quote_chars:,} characters, are."
        )
    return dataclasses.replace(
        found, quotes=tuple(quotes), reported=tuple(claims), notices=tuple(notices)
    )
