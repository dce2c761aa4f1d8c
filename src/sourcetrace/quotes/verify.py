"""Verify quotations and reported claims against the indexed sources.

Quotations get ``verbatim``, ``altered`` (with the edits), ``paraphrase`` or
``not_found``; reported claims get ``supported`` or ``unsupported``. When there is nothing
to check against (no source, and an index that holds no documents), every verdict is
``unchecked`` instead: not being found in nothing says nothing. The sources searched
are the article's traced sources first, then the documents the index ranks highest for
the quotation's own words, so a quotation taken from a document the article does not
otherwise reuse is found too.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from sourcetrace.documents import Document
from sourcetrace.index.base import Store
from sourcetrace.quotes.match import Located, SentenceMatch, best_location, best_sentence
from sourcetrace.quotes.model import Edit, Quote, QuoteVerdict, Reported, SourceSpan
from sourcetrace.text import Words, index_terms, is_content, words

# A relative clause inside a claim is background the claim leans on ("rights groups,
# which have voiced concern, to act"), not what is claimed; it is left out of the check.
# "X called on Y to Z", "urged Y to Z": what is claimed is the call for Z, so Z itself
# must be in the source, not just Y (a source praising Y for having acted already says
# the opposite of a call on Y to act).
_REQUEST_CUES = frozenset(
    ["called on", "calls on", "calling on", "urged", "urges", "asked", "asks", "demanded"]
)
_ACTION_RE = re.compile(r"\bto\s+\w")
_BACKGROUND_RE = re.compile(r",\s*(?:which|who|whom|whose|where)\b[^,;]*,")


@dataclass(frozen=True, slots=True)
class VerifyOptions:
    """Thresholds of the verdicts.

    Attributes:
        altered_min: Share of a quotation's words found in order in one source passage
            for the quotation to count as that passage, altered.
        paraphrase_min: Share of a quotation's content word stems one source sentence (or
            two adjacent ones) must hold for a paraphrase.
        supported_min: The same share for a reported claim to be supported.
        min_shared: Fewest content stems a paraphrase or a supported claim must share.
        lookup: Documents retrieved from the index per quotation, besides the sources.
    """

    altered_min: float = 0.5
    paraphrase_min: float = 0.6
    supported_min: float = 0.6
    min_shared: int = 3
    lookup: int = 5

    def __post_init__(self) -> None:
        from sourcetrace.settings import check_options

        check_options("verify", self)


_LOOKUP_TERMS = 12
# The documents holding a quotation's rarest words are where it can come from; scoring
# the postings of its common words too only makes each look-up slower on a large index.
_LOOKUP_POSTINGS = 2_000
# A short quotation found in the article's own source: two words in order, in a passage
# about as long as the quotation (similarity 2 * matched / (quoted + source words)).
_SHORT_SHARED = 2
_SHORT_SIMILARITY = 0.6


def _lookup(store: Store | None, a: Words, start: int, end: int, limit: int) -> list[str]:
    """Ids of the indexed documents BM25 ranks highest for a span's content words."""
    if store is None or limit <= 0:
        return []
    first = a.index_at(start)
    keys = [a.keys[i] for i in range(first, bisect_left(a.starts, end))]  # starts in order
    terms = list(dict.fromkeys(t for k in keys if is_content(k) for t in index_terms(k)))
    if not terms:
        return []
    # The rarest words of the quotation find the document it came from; common ones
    # only make the query slow on a large index. A quotation of common words alone
    # (every one in more documents than the budget) names no document: no look-up.
    dfs = store.doc_freqs(terms)
    rare = sorted((t for t in terms if 0 < dfs.get(t, 0) <= _LOOKUP_POSTINGS), key=lambda t: dfs[t])
    if not rare:
        return []
    hits = store.candidates(rare[:_LOOKUP_TERMS], limit=limit, budget=_LOOKUP_POSTINGS)
    return [doc_id for doc_id, _ in hits]


def _docs(
    store: Store | None,
    sources: Sequence[Document],
    extra_ids: Sequence[str],
    exclude: frozenset[str],
) -> list[Document]:
    known = {d.id for d in sources}
    wanted = [i for i in extra_ids if i not in known and i not in exclude]
    extra = list(store.get_many(wanted).values()) if store is not None and wanted else []
    return [d for d in sources if d.id not in exclude] + extra


def _edits(found: Located) -> tuple[Edit, ...]:
    return tuple(
        Edit(
            kind=e.kind,
            source_text=e.source_text,
            quote_text=e.quote_text,
            significant=e.significant,
            source_start=e.source_start,
            source_end=e.source_end,
            quote_start=e.quote_start,
            quote_end=e.quote_end,
        )
        for e in found.edits
    )


@dataclass(frozen=True, slots=True)
class _Verdict:
    verdict: QuoteVerdict
    source: SourceSpan | None = None
    similarity: float | None = None
    edits: tuple[Edit, ...] = ()


def _word_count(a: Words, start: int, end: int) -> int:
    return max(0, bisect_left(a.starts, end) - a.index_at(start))


def _quote_verdict(
    found: Located | None, sentence: SentenceMatch | None, opts: VerifyOptions, short_ok: bool
) -> _Verdict:
    """The verdict of one quotation from its best passage and its best sentence.

    ``short_ok`` lets a short quotation count as altered with fewer than ``min_shared``
    words found (one word changed, in one of the article's own sources).
    """
    if found is not None and found.matched == found.total and not found.edits:
        return _Verdict("verbatim", SourceSpan(found.doc_id, found.start, found.end), 1.0)
    least = min(opts.min_shared, found.total) if found is not None else 0
    if short_ok:
        least = min(least, _SHORT_SHARED)
    if (
        found is not None
        and found.matched >= least
        and found.matched / found.total >= opts.altered_min
    ):
        return _Verdict(
            "altered",
            SourceSpan(found.doc_id, found.start, found.end),
            round(found.similarity, 4),
            _edits(found),
        )
    if (
        sentence is not None
        and sentence.containment >= opts.paraphrase_min
        and sentence.shared >= opts.min_shared
    ):
        return _Verdict(
            "paraphrase",
            SourceSpan(sentence.doc_id, sentence.start, sentence.end),
            round(sentence.containment, 4),
        )
    return _Verdict("not_found")


def verify_quotes(
    text: str,
    quotes: Sequence[Quote],
    *,
    sources: Sequence[Document] = (),
    store: Store | None = None,
    exclude: Sequence[str] = (),
    options: VerifyOptions | None = None,
) -> list[Quote]:
    """Give each quotation a verdict against the sources.

    Args:
        text: The article's text (quotation offsets point into it).
        quotes: The quotations found in it.
        sources: Documents to search first (the article's traced sources).
        store: The index, to look each quotation up beyond ``sources`` (optional).
        exclude: Ids never to use (the article itself).
        options: Thresholds.

    Returns:
        The quotations with ``verdict``, ``source``, ``similarity`` and ``edits`` set;
        all ``unchecked`` when there are no sources and the store holds no documents.
    """
    opts = options or VerifyOptions()
    a = words(text)
    skip = frozenset(exclude)
    out = []
    own = [d for d in sources if d.id not in skip]
    own_ids = {d.id for d in own}
    if not own and (store is None or store.count() == 0):
        return [dataclasses.replace(q, verdict="unchecked") for q in quotes]
    for q in quotes:
        # The article's own sources first; the whole index only for what they lack.
        found = best_location(text, a, q.start, q.end, own)
        docs = own
        # A phrase of a word or two found somewhere in a large index is no evidence of
        # where it comes from: only longer quotations are looked up beyond the sources.
        long_enough = _word_count(a, q.start, q.end) >= opts.min_shared
        if long_enough and (found is None or found.matched < found.total):
            docs = _docs(store, sources, _lookup(store, a, q.start, q.end, opts.lookup), skip)
            wider = best_location(text, a, q.start, q.end, docs)
            if wider is not None and (found is None or wider.matched > found.matched):
                found = wider
        sentence = None
        if found is None or found.matched / found.total < opts.altered_min:
            sentence = best_sentence(a, q.start, q.end, docs)
        # A short quotation in one of the article's own sources ("cross-reactive" quoted
        # as "cross-justify reactive"): altered when all its words but one are found
        # together, since where it comes from is known already. A passage the index
        # merely ranked high must share ``min_shared`` words.
        short_ok = (
            found is not None
            and found.doc_id in own_ids
            and found.matched >= found.total - 1
            and found.similarity >= _SHORT_SIMILARITY
        )
        v = _quote_verdict(found, sentence, opts, short_ok)
        out.append(
            dataclasses.replace(
                q, verdict=v.verdict, source=v.source, similarity=v.similarity, edits=v.edits
            )
        )
    return out


def _supports(match: SentenceMatch | None, opts: VerifyOptions) -> bool:
    return (
        match is not None
        and match.containment >= opts.supported_min
        and match.shared >= opts.min_shared
        and match.negated_span == match.negated_source
    )


def verify_reported(
    text: str,
    claims: Sequence[Reported],
    *,
    sources: Sequence[Document] = (),
    exclude: Sequence[str] = (),
    options: VerifyOptions | None = None,
) -> list[Reported]:
    """Mark each reported claim ``supported`` or ``unsupported`` by the sources.

    A claim is supported when one source sentence (or two adjacent ones) holds most of
    its content words with the same polarity: a claim built from the source's words
    whose negation was added or dropped is unsupported.

    Args:
        text: The article's text.
        claims: The reported claims found in it.
        sources: The article's sources.
        exclude: Ids never to use.
        options: Thresholds.

    Returns:
        The claims with ``verdict``, ``source`` and ``similarity`` set; all
        ``unchecked`` when there is no source to check them against.
    """
    opts = options or VerifyOptions()
    a = words(text)
    docs = [d for d in sources if d.id not in set(exclude)]
    if not docs:
        return [dataclasses.replace(c, verdict="unchecked") for c in claims]
    out = []
    for claim in claims:
        background = [m.span() for m in _BACKGROUND_RE.finditer(text, claim.start, claim.end)]
        match = best_sentence(a, claim.start, claim.end, docs, skip=background)
        supported = _supports(match, opts)
        action = _ACTION_RE.search(text, claim.start, claim.end)
        if supported and action is not None and (claim.cue or "").lower() in _REQUEST_CUES:
            supported = _supports(best_sentence(a, action.start(), claim.end, docs), opts)
        out.append(
            dataclasses.replace(
                claim,
                verdict="supported" if supported else "unsupported",
                source=SourceSpan(match.doc_id, match.start, match.end)
                if supported and match is not None
                else None,
                similarity=round(match.containment, 4) if match is not None else None,
            )
        )
    return out
