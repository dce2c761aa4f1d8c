"""Which of a story's accepted sources are originals, and which later texts retelling them.

A story traced to a press release and to another outlet's copy of that release has both
as accepted sources; the copy may cover more of the story than the release (it made the
same changes the story did). Quotations and claims are verified against the original,
so an alteration the copy shares with the story is still seen; what the original does not
hold at all is then looked for in the later texts. Which text came first is decided by
:func:`sourcetrace.order.precedes`, the one rule every stage uses.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from sourcetrace.documents import Document
from sourcetrace.index.base import Store
from sourcetrace.order import SOURCE_KIND, precedes
from sourcetrace.quotes import Scan, verify_scan
from sourcetrace.quotes.verify import VerifyOptions


def split_originals(docs: Sequence[Document]) -> tuple[list[Document], list[Document]]:
    """Split a story's sources into originals and the later texts that retell them.

    A source is a later text when it is not itself a ``source`` (a release, a
    statement) and another of the sources is known to come before it (dated earlier,
    or a ``source`` beside an article of unknown order); the others, in their given
    order, are the originals. A ``source`` is never a retelling: two releases about
    one study issued on different days (a university's and its funder's) are two
    originals. With no order known, all are originals.

    Args:
        docs: The story's accepted sources.

    Returns:
        ``(originals, later)``, each in the order of ``docs``.

    Example:
        >>> release = Document(id="pr", text="…", kind="source", date="2023-08-09")
        >>> copy = Document(id="daily", text="…", kind="article", date="2023-08-10")
        >>> [[d.id for d in part] for part in split_originals([copy, release])]
        [['pr'], ['daily']]
    """
    later = [
        d
        for d in docs
        if d.kind != SOURCE_KIND and any(o is not d and precedes(o, d) is True for o in docs)
    ]
    ids = {id(d) for d in later}
    return [d for d in docs if id(d) not in ids], later


def verify_from_originals(
    text: str,
    found: Scan,
    *,
    sources: Sequence[Document],
    store: Store | None,
    exclude: Sequence[str],
    options: VerifyOptions | None = None,
) -> Scan:
    """Verify a scan against the originals among ``sources`` first, then the later texts.

    Without later texts this is :func:`sourcetrace.quotes.verify_scan`. With them, every
    quotation and claim is verified against the originals, the later texts excluded from
    the index's lookup as well; a quotation then ``not_found`` and a claim ``unsupported``
    are verified again against all the sources, and take that verdict; so is a quotation
    only a ``paraphrase`` of an original, which takes the verdict when a later text holds
    it ``verbatim`` (the original retells what the later text quotes). A quotation
    ``altered`` against an original that a later text holds verbatim keeps its verdict,
    and its reason names that text.

    Args:
        text: The article's text.
        found: Its quotations and claims (from :func:`sourcetrace.quotes.scan`).
        sources: Its accepted sources.
        store: The index, to look quotations up beyond the sources.
        exclude: Ids never to use (the article itself).
        options: Verdict thresholds.
    """
    originals, later = split_originals(sources)
    if not later:
        return verify_scan(
            text, found, sources=sources, store=store, exclude=exclude, options=options
        )
    first = verify_scan(
        text,
        found,
        sources=originals,
        store=store,
        exclude=[*exclude, *(d.id for d in later)],
        options=options,
    )
    quotes = [i for i, x in enumerate(first.quotes) if x.verdict in _LOOK_FURTHER]
    # A claim whose accusation was withheld (too thin a sentence) was read: it stays.
    claims = [
        i for i, x in enumerate(first.reported) if x.verdict == "unsupported" and x.withheld is None
    ]
    if not quotes and not claims:
        return first
    again = verify_scan(
        text,
        Scan(tuple(found.quotes[i] for i in quotes), tuple(found.reported[i] for i in claims)),
        sources=[*originals, *later],
        store=store,
        exclude=exclude,
        options=options,
    )
    later_ids = {d.id for d in later}
    out_quotes, out_claims = list(first.quotes), list(first.reported)
    for i, x in zip(quotes, again.quotes, strict=True):
        was = out_quotes[i]
        verbatim = x.verdict == "verbatim"
        if was.verdict == "not_found" or (was.verdict == "paraphrase" and verbatim):
            out_quotes[i] = x
        elif verbatim and x.source is not None and x.source.id in later_ids:
            # Altered against the original: the verdict stands, but the story may have
            # copied the words from the later text, which made the change.
            note = (
                f"; the later source {x.source.id} holds these words verbatim "
                "(the change may be its own, copied by the story)"
            )
            out_quotes[i] = dataclasses.replace(was, reason=f"{was.reason or ''}{note}")
    for i, y in zip(claims, again.reported, strict=True):
        out_claims[i] = y
    return dataclasses.replace(first, quotes=tuple(out_quotes), reported=tuple(out_claims))


#: Verdicts against the originals after which a quotation is verified again against every
#: source: not found or only a paraphrase there (a later text may quote it), and altered
#: (a later text holding it verbatim is named in the reason).
_LOOK_FURTHER = ("not_found", "paraphrase", "altered")
