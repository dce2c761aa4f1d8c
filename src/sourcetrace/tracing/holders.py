"""The other documents that hold a source's copied text.

A story with several sources may copy text that other documents hold too: these
functions find them (:func:`_other_holders`, :func:`_exact_holders`), move a passage to a
holder that explains it better (:func:`_better_holders`), and name them on the passages
(``also_in``, ``held_by``: :func:`_also_held`) or as text several documents share that no
source explains (:func:`_shared_text`).
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_right
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from sourcetrace.align import AlignOptions, WordAlignment, trim_to
from sourcetrace.documents import Document
from sourcetrace.results import AlsoHeld, SharedText, SourceMatch, also_in_label
from sourcetrace.sentences import Sentence
from sourcetrace.text import Words, cached_words
from sourcetrace.tracing.evidence import (
    _Article,
    _copied,
    _edited_sentence,
    _Evidence,
    _outmatches,
    _pairs,
    _pool_features,
    _whole_sentences,
    matched_positions,
)
from sourcetrace.tracing.lookup import (
    SENTENCE_PAIRS,
    SENTENCE_TERMS,
    Finder,
    Retriever,
    _holds_sentence,
    _query_terms,
    _too_common,
)
from sourcetrace.tracing.options import TraceOptions


@dataclass(frozen=True, slots=True)
class _Held:
    """A document aligned only to be named as holding text: what :func:`_holders` reads."""

    source: Words
    alignments: tuple[WordAlignment, ...]
    doc: Document | None = None


#: Accepted sources from which the index is searched for the other documents holding
#: their copied sentences (see :func:`_other_holders`): a composite story.
HOLDERS_FROM = 2
#: Documents not aligned yet retrieved per copied sentence by :func:`_other_holders`.
HOLDER_HITS = 5


def _other_holders(
    art: _Article,
    accepted: Sequence[str],
    found: Mapping[str, _Evidence],
    more: Retriever,
    opts: TraceOptions,
) -> dict[str, _Held]:
    """Align the documents not aligned yet that hold a sentence the sources copy.

    A composite story copies stock text (a funder's or a journal's boilerplate, a
    caveat) that many releases hold; only some of them are retrieved and aligned, so the
    passage could not name the others (:func:`_also_held`). Each article sentence
    inside a long copied passage of an accepted source is queried alone (its rarest
    terms), and the documents among the first :data:`HOLDER_HITS` new ones that hold at
    least :data:`POOL_COPY_SHARE` of its content-word pairs are aligned. They are not
    judged (the story gives no evidence to prefer them): they may only be named as
    holding the text. Returns their copied passages by id.
    """
    extra: dict[str, _Held] = {}
    for sent, _ in _copied_sentences(art, accepted, found, opts):
        keys = art.words.keys[sent.first : sent.end]
        pairs = _pairs(keys)
        if len(pairs) < SENTENCE_PAIRS:
            continue
        terms = _query_terms(art, keys)
        for doc in more(terms[:SENTENCE_TERMS], found.keys() | extra.keys(), HOLDER_HITS):
            if _holds_sentence(pairs, _pool_features(doc.id, doc.text).pairs):
                s = cached_words(doc.text)
                extra[doc.id] = _Held(s, tuple(_copied(art, s, opts)), doc)
    return extra


def _better_holders(
    art: _Article,
    accepted: Sequence[str],
    found: Mapping[str, _Evidence],
    extra: Mapping[str, _Held],
    opts: TraceOptions,
) -> list[Document]:
    """Return the documents found holding a source's sentence that hold more of it.

    The holder searches (:func:`_other_holders`, :func:`_exact_holders`) run after
    judging and align documents only to name them. One of them may hold a copied
    sentence with more of the story's words than the accepted source does: a release
    holding "Differences in study design and quality were taken into account…" where
    the source holds "Study design and quality…", or the sentence as the story has it
    where the source words a clause otherwise. Such a document is returned (to be
    judged with the rest) when a long copied passage of its copies whole article
    sentences and out-matches (:func:`_outmatches`) an accepted source there. So is one
    that holds, as well, all the long copied text of :data:`MERGED_SOURCES` accepted
    sources or more (:func:`_holds_all`) where each of them holds less of it than their
    union (not the same text two holders share): a story copying two stock paragraphs
    that one release holds together, and each of two others holds one of, was copied
    from the one.
    """
    out: list[Document] = []
    for held in extra.values():
        if held.doc is None:
            continue
        for al in held.alignments:
            span = (al.a_start, al.a_end, al.matched)
            rivals = [
                found[a]
                for a in accepted
                if not found[a].long_covered.isdisjoint(range(al.a_start, al.a_end))
            ]
            # The cheap test first: most passages overlap no accepted source's.
            if not rivals or not all(_outmatches(span, ev, (art, al)) for ev in rivals):
                continue
            if _copies_sentences(art, al, opts):
                out.append(held.doc)
                break
        else:
            mine = [al for al in held.alignments if _copies_sentences(art, al, opts)]
            held_all = [found[a] for a in accepted if mine and _holds_all(mine, found[a])]
            union = frozenset().union(*(ev.long_covered for ev in held_all))
            # Text the sources hold apart: each holds less than the found document does.
            if len(held_all) >= MERGED_SOURCES and all(
                len(ev.long_covered) < len(union) for ev in held_all
            ):
                out.append(held.doc)
    return out


#: Accepted sources whose long copied text one document found after judging must all
#: hold, as well, to be judged as their one source (:func:`_better_holders`).
MERGED_SOURCES = 2


def _copies_sentences(art: _Article, al: WordAlignment, opts: TraceOptions) -> bool:
    """Whether a passage is long copied text of whole article sentences, edited or not."""
    return _whole_sentences(art, al) and (
        al.matched >= opts.long_passage or _edited_sentence(art, al, opts.long_passage)
    )


def _holds_all(mine: Sequence[WordAlignment], source: _Evidence) -> bool:
    """Whether passages (``mine``) hold all of a source's long copied text as well.

    Each long copied passage of the source must lie inside one of ``mine`` (a found
    document's passages copying whole article sentences, :func:`_copies_sentences`) that
    matches at least as many article words there.
    """
    theirs = [al for al in source.alignments if al.a_start in source.long_covered]
    held = [(h, matched_positions(h)) for h in mine]  # each read once, not once per passage
    return bool(theirs) and all(
        any(
            h.a_start <= al.a_start
            and al.a_end <= h.a_end
            and sum(al.a_start <= i < al.a_end for i in positions) >= al.matched
            for h, positions in held
        )
        for al in theirs
    )


def _copied_sentences(
    art: _Article, accepted: Sequence[str], found: Mapping[str, _Evidence], opts: TraceOptions
) -> Iterable[tuple[Sentence, WordAlignment]]:
    """Yield the article sentences the accepted sources copy, each with its passage.

    A sentence is yielded once, with the first long copied passage of an accepted source
    that covers most (:data:`SAME_TEXT`) of the shorter of the two: a sentence lying
    inside a passage, or a passage lying inside a longer sentence (a stock clause, "no
    firm conclusions can be drawn about cause and effect", that another document holds
    with the rest of the sentence).
    """
    asked: set[int] = set()
    firsts = [x.first for x in art.sentences]
    for doc_id in accepted:
        for al in found[doc_id].alignments:
            if al.matched < opts.long_passage:
                continue
            k = max(bisect_right(firsts, al.a_start) - 1, 0)
            for sent in art.sentences[k:]:
                if sent.first >= al.a_end:
                    break
                inside = min(sent.end, al.a_end) - max(sent.first, al.a_start)
                shorter = min(sent.end - sent.first, al.a_end - al.a_start)
                if sent.first in asked or inside < SAME_TEXT * shorter:
                    continue
                asked.add(sent.first)
                yield sent, al


def _copied_runs(sent: Sentence, al: WordAlignment) -> list[range]:
    """Return the runs of a sentence's words that a passage copies word for word.

    Each run holds :data:`SENTENCE_PAIRS` words or more.
    """
    out = []
    for op in al.ops:
        lo, hi = max(op.a_start, sent.first), min(op.a_end, sent.end)
        if op.kind == "equal" and hi - lo >= SENTENCE_PAIRS:
            out.append(range(lo, hi))
    return out


def _exact_holders(
    art: _Article,
    accepted: Sequence[str],
    found: Mapping[str, _Evidence],
    extra: Mapping[str, _Held],
    holding: Finder,
    counts: dict[tuple[int, int], int],
    opts: TraceOptions,
) -> dict[str, _Held]:
    """Align every document holding a sentence the sources copy, word for word as they do.

    Stock text is held by many releases (79 of the 360 InSciOut releases hold the
    "observational study" caveat); the ranked search of :func:`_other_holders` reaches
    five of them, chosen by rank. Here the index is asked which documents hold every run
    of words the sentence copies from its source (:func:`_phrases`): all of them are
    found, the first ``opts.holders`` new ones are aligned (only to be named, not
    judged), and how many documents hold the sentence is recorded in ``counts`` by the
    sentence's word range.
    """
    out: dict[str, _Held] = {}
    for sent, al in _copied_sentences(art, accepted, found, opts):
        _ask_holders(art, sent, al, found.keys() | extra.keys(), holding, counts, out, opts)
    return out


def _ask_holders(
    art: _Article,
    sent: Sentence,
    al: WordAlignment,
    seen: Collection[str],
    holding: Finder,
    counts: dict[tuple[int, int], int],
    out: dict[str, _Held],
    opts: TraceOptions,
) -> None:
    """Align into ``out`` the new documents holding a sentence's copied runs; count them.

    Not asked (the sentence's count stays unknown) when the rarest content word of the
    runs is held by more than :data:`LOOKUP_MAX_DOCS` documents: a phrase query of
    common words reads long position lists (on a million documents, 23 of 64 such
    queries of spliced stories took 3.3 of their 3.6 s).
    """
    runs = _copied_runs(sent, al)
    if _too_common(art, runs):
        return
    phrases = [art.text[art.words.starts[r[0]] : art.words.ends[r[-1]]] for r in runs]
    docs, counts[sent.first, sent.end] = holding(phrases, seen | out.keys(), opts.holders)
    for doc in docs:
        s = cached_words(doc.text)
        out[doc.id] = _Held(s, tuple(_copied(art, s, opts)), doc)


def _shared_text(
    art: _Article,
    accepted: Sequence[str],
    found: Mapping[str, _Evidence],
    holders: Mapping[str, _Evidence | _Held],
    holding: Finder | None,
    opts: TraceOptions,
) -> tuple[SharedText, ...]:
    """List the copied sentences several candidates hold and no accepted source explains.

    A composite story may copy a stock sentence that several aligned candidates hold
    (so none holds it alone: :class:`~sourcetrace.judge.CompositeCopied` accepts none of
    them) and that no accepted source holds. Each long copied passage of whole story
    sentences (``long_spans``) of a candidate not accepted, mostly (:data:`SAME_TEXT`)
    outside the accepted sources' copied text, is grouped with the others overlapping
    it; a group held by two or more candidates is listed with every document holding it
    (:func:`_holders`, after the index is asked for the documents holding its sentences
    word for word, as for the sources' passages), the best matched first.
    """
    explained: set[int] = set()
    for doc_id in accepted:
        explained |= found[doc_id].copied_covered
    spans = sorted(
        (start, end, matched, doc_id)
        for doc_id, ev in found.items()
        if doc_id not in accepted
        for start, end, matched in ev.long_spans
        if sum(i not in explained for i in range(start, end)) >= SAME_TEXT * (end - start)
    )
    groups: list[list[tuple[int, int, int, str]]] = []
    for span in spans:
        if groups and span[0] < max(s[1] for s in groups[-1]):
            groups[-1].append(span)
        else:
            groups.append([span])
    out: list[SharedText] = []
    found_too: dict[str, _Held] = {}
    for group in groups:
        if len({s[3] for s in group}) < 2:
            continue
        start, end, _, best = max(group, key=lambda s: (s[2], s[1] - s[0], s[3]))
        al = max(
            found[best].alignments,
            key=lambda a: min(a.a_end, end) - max(a.a_start, start),
        )
        counts: dict[tuple[int, int], int] = {}
        if holding is not None:
            for sent in art.sentences:
                inside = min(sent.end, al.a_end) - max(sent.first, al.a_start)
                if inside >= SAME_TEXT * (sent.end - sent.first) > 0:
                    seen = holders.keys() | found_too.keys()
                    _ask_holders(art, sent, al, seen, holding, counts, found_too, opts)
        own = _held_span(best, art.words, found[best].source, al)
        others = _holders(art, best, al, {**holders, **found_too}, opts.align, opts.long_passage)
        out.append(
            SharedText(own.article_start, own.article_end, (own, *others), _held_by(al, counts))
        )
    return tuple(out)


#: Share of the words a copied passage of a source matches that another aligned
#: document must match over the same article words for the passage to name it as
#: holding the same text (:attr:`sourcetrace.results.Passage.also_in`).
SAME_TEXT = 0.8


def _also_held(
    art: _Article,
    sources: list[SourceMatch],
    found: Mapping[str, _Evidence | _Held],
    opts: TraceOptions,
    counts: Mapping[tuple[int, int], int] | None = None,
    *,
    judged: Collection[str] = (),
) -> list[SourceMatch]:
    """Name, on each copied passage of an accepted source, the documents holding it too.

    Releases share text (boilerplate, a paragraph reused from an earlier release): when
    another aligned document holds the passage, or a sentence of it, matching at least
    :data:`SAME_TEXT` as many of its article words as the source does
    (:func:`_holders`), the article cannot tell which of them that text was copied from,
    and the passage lists it (:class:`~sourcetrace.results.AlsoHeld`, in article order).
    A candidate judged ``non`` that is named so gets a reason saying it. ``counts`` (how
    many documents hold an article sentence word for word, by its word range; see
    :func:`_exact_holders`) gives a passage's ``held_by``: the most of its sentences'.
    An accepted source whose passages documents found after judging hold (not among the
    ``judged`` candidates) says so in its reason: the judge's "no other candidate holds"
    spoke of the candidates it saw.
    """
    counts = counts or {}
    accepted = [m for m in sources if m.derivation != "non"]
    if not accepted or len(found) < 2:
        return sources
    words = art.words
    held: dict[str, list[str]] = {}
    out: dict[str, SourceMatch] = {}
    for m in accepted:
        mine = {
            (words.starts[al.a_start], words.ends[al.a_end - 1]): al
            for al in found[m.id].alignments
        }
        passages = []
        for p in m.passages:
            al = mine.get((p.article_start, p.article_end)) if p.kind == "copied" else None
            holders = (
                [] if al is None else _holders(art, m.id, al, found, opts.align, opts.long_passage)
            )
            for h in holders:
                held.setdefault(h.id, []).append(
                    f"{m.id} (article characters {h.article_start}-{h.article_end})"
                )
            n = None if al is None else _held_by(al, counts)
            if holders or n is not None:
                p = dataclasses.replace(p, also_in=tuple(holders), held_by=n)
            passages.append(p)
        later = also_in_label([h for p in passages for h in p.also_in if h.id not in judged])
        reason = m.reason
        if later and judged:
            reason = (
                f"{reason}; searched after judging, the index also holds its copied text in "
                f"{later}: the article cannot tell which of them it copied"
            )
        out[m.id] = dataclasses.replace(m, passages=tuple(passages), reason=reason)
    for m in sources:
        if m.derivation == "non" and m.id in held:
            out[m.id] = dataclasses.replace(
                m,
                reason=f"{m.reason}; holds the same text as the copied passage of source "
                f"{', '.join(held[m.id])}: the article cannot tell which of them it copied",
            )
    return [out.get(m.id, m) for m in sources]


def _held_by(al: WordAlignment, counts: Mapping[tuple[int, int], int]) -> int | None:
    """The most documents holding a sentence lying in a passage (None: none was counted)."""
    n = [
        c
        for (first, end), c in counts.items()
        if min(end, al.a_end) - max(first, al.a_start) >= SAME_TEXT * (end - first)
    ]
    return max(n) if n else None


def _holders(
    art: _Article,
    own: str,
    al: WordAlignment,
    found: Mapping[str, _Evidence | _Held],
    opts: AlignOptions,
    long_passage: int,
) -> list[AlsoHeld]:
    """The other aligned documents holding the text of a passage, or of a part of it.

    Another document's copied passage is read over the article words it shares with
    ``al``, which must be most (:data:`SAME_TEXT`) of the shorter of the two and a
    passage in its own right (``opts.min_matched`` words, ``opts.min_chars``); there it
    must match at least :data:`SAME_TEXT` as many words as the source does, and be long
    (``long_passage`` identical words) or whole sentences: a stock phrase two texts
    share inside different sentences ("…, professor at Cardiff University in Britain,
    said") does not make the other text a holder of the passage.
    """
    words = art.words
    out: list[tuple[int, AlsoHeld]] = []
    for doc_id, ev in found.items():
        if doc_id == own:
            continue
        for bl in ev.alignments:
            lo, hi = max(bl.a_start, al.a_start), min(bl.a_end, al.a_end)
            shorter = min(bl.a_end - bl.a_start, al.a_end - al.a_start)
            if (
                hi - lo < SAME_TEXT * shorter
                or words.ends[hi - 1] - words.starts[lo] < opts.min_chars
            ):
                continue
            theirs = trim_to(bl, lo, hi)
            if theirs is None or theirs.matched < opts.min_matched:
                continue
            if theirs.matched < long_passage and not _whole_sentences(art, theirs):
                continue
            mine = trim_to(al, lo, hi)
            if mine is not None and theirs.matched < SAME_TEXT * mine.matched:
                continue
            out.append((theirs.matched, _held_span(doc_id, words, ev.source, theirs)))
    out.sort(key=lambda x: (x[1].article_start, -x[0], -x[1].similarity, x[1].id))
    return [h for _, h in out]


def _held_span(doc_id: str, words: Words, source: Words, al: WordAlignment) -> AlsoHeld:
    """A document holding an alignment's text, with its spans in the article and in it."""
    return AlsoHeld(
        doc_id,
        words.starts[al.a_start],
        words.ends[al.a_end - 1],
        source.starts[al.s_start],
        source.ends[al.s_end - 1],
        al.similarity,
    )
