"""Verify quotations against the indexed sources; the options of every verdict.

Quotations get ``verbatim``, ``altered`` (with the edits), ``paraphrase`` or
``not_found``. When there is nothing to check against (no source, and an index that
holds no documents), every verdict is ``unchecked`` instead: not being found in nothing
says nothing. The sources searched are the article's traced sources first, then the
documents the index ranks highest for the quotation's own words, so a quotation taken
from a document the article does not otherwise reuse is found too. The word alignment
decides first; the sentence checks (:mod:`sourcetrace.quotes.sentence_edits`) and the
meaning check (:mod:`sourcetrace.quotes.quote_meaning`) may revise its verdict. Reported
claims are verified by :mod:`sourcetrace.quotes.claim_verify` with the same
:class:`VerifyOptions`.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from sourcetrace.documents import Document
from sourcetrace.index.base import Store
from sourcetrace.quotes.groups import research_group
from sourcetrace.quotes.limits import compared_part
from sourcetrace.quotes.match import Located, SentenceMatch, best_location, best_sentence
from sourcetrace.quotes.model import Quote
from sourcetrace.quotes.quote_check import QuoteCheck, word_count
from sourcetrace.quotes.quote_meaning import by_meaning
from sourcetrace.quotes.report_frames import rewrites_a_report
from sourcetrace.quotes.sentence_edits import cut_short, inserted_sentences
from sourcetrace.text import Words, cached_words, index_terms, is_content


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
        distorted_min: Share of a claim's content stems the source sentence must hold for
            a drift from it (strength, numbers, polarity, …) to make the claim
            ``distorted``; below it the sentence carries the claim too thinly to accuse
            the story of changing it, and the claim is ``unsupported``, saying so (a
            sentence matched in other words, ``claim_cosine``, or by many shared words,
            ``supported_many``, is exempt); 0 turns it off. The rule withholds the
            accusation of the reported claim only: a main statement holding it is still
            compared with that sentence (``Reported.withheld``), so the claims section's
            strength drifts stay. 0.65 was read from the dev 40 and blind 20 (wrong
            ``distorted`` at 60-62%, right ones at 67% and more) and checked on blind
            sets 2-4 (BENCHMARKS.md, issue 15, twelfth round, rev-user12 and
            t15-distort). For two sentences across a paragraph break that hold the
            claim's words equally, one sentence's share is what must reach it (fifteenth
            round, t15-dist15).
        supported_many: Content stems of a claim that one source sentence (or two
            adjacent ones) may share for the claim to count as carried there below
            ``supported_min``, at ``supported_many_min`` of its stems at least: a long
            claim (an apposition, an example, a drug's brand names) dilutes the share
            though the release says its core; this many shared words are no chance
            overlap. 0 (the default) turns it off: 8 at 0.4 gains claim verdicts on four
            of the five verdict golds but loses one, and a distorted claim flagged, on
            the fifth (BENCHMARKS.md, issue 15, eleventh round).
        supported_many_min: The least share of the claim's stems for ``supported_many``.
        lookup: Documents retrieved from the index per quotation, besides the sources.
        other_min: Share of a quotation's words a document that is not one of the
            article's sources must hold in order for it to count as the quotation's
            source at all (a weaker overlap there is chance: ``not_found``).
        other_run: Fewest consecutive quotation words such a document must hold.
        claim_cosine: Least cosine similarity (sentence embeddings, the optional
            ``nlp`` extra) of a claim and a source sentence that words it differently,
            for that sentence to be compared with the claim when no sentence holds
            ``supported_min`` of its words; 1 (the default) turns this off, 0.87 is the
            value measured in BENCHMARKS.md (issue 15, third round).
        claim_cosine_shared: Fewest content stems such a sentence must share.
        meaning: Compare meanings by sentence embeddings (the ``nlp`` extra; without
            it, or when false, paraphrases rest on shared words alone).
        meaning_min: Cosine a word-overlap paraphrase must also reach with the closest
            source passage (below it the shared words are chance: ``not_found``).
        meaning_alone: Cosine at which a quotation whose words are not in the source is
            a paraphrase (each of its sentences this close to a source passage, and its
            speaker named in that source).
        meaning_researcher: The same cosine for a speaker the story names as one of
            the study's researchers or authors ("said lead researcher Adrian
            Martineau", "study author Sara Heins"), whether or not the source names
            them: the source announces their study.
        claim_model: Let the claim model (:mod:`sourcetrace.quotes.claim_model`) call
            ``supported`` a claim the word rules leave ``unsupported`` (save for one
            giving a figure no source gives: ``figures_absent``) when it weighs the
            evidence (with the ``nlp`` extra's cosines) at or above its threshold; the
            rules alone decide without the extra. Off by default: it embeds the claims
            and their sentences, which about doubles the time of verifying a story
            (BENCHMARKS.md, issue 15, eighth round, gives its figures and cost).
        cut_short: Call ``altered`` a quotation presented as a whole sentence (capital,
            stop or comma inside the marks) whose source sentence goes on with no
            punctuation ("… never been exposed" / "… never been exposed through their
            work"): the guide's dropped words. Off by default: the project's earlier
            convention reads such a quotation as verbatim (BENCHMARKS.md, issue 15,
            fourth round, gives the figures either way).
        figures_absent: Call ``unsupported`` (final: the claim model does not weigh it) a
            claim whose sentence is found but one of whose figures in digits none of the
            story's sources gives in any form :func:`sourcetrace.claims.figures.figures`
            reads (BENCHMARKS.md, issue 15, eleventh round, m-figures).
    """

    altered_min: float = 0.7
    paraphrase_min: float = 0.6
    supported_min: float = 0.6
    min_shared: int = 3
    distorted_min: float = 0.65
    supported_many: int = 0
    supported_many_min: float = 0.4
    lookup: int = 5
    other_min: float = 0.8
    other_run: int = 4
    claim_cosine: float = 1.0
    claim_cosine_shared: int = 2
    meaning: bool = True
    meaning_min: float = 0.6
    meaning_alone: float = 0.8
    meaning_researcher: float = 0.7
    cut_short: bool = False
    claim_model: bool = False
    figures_absent: bool = True

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
    terms = list(
        dict.fromkeys(t for k in _keys(a, start, end) if is_content(k) for t in index_terms(k))
    )
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
    got = store.get_many(wanted) if store is not None and wanted else {}
    extra = [compared_part(d) for d in got.values()]  # a huge document: its beginning
    return [d for d in sources if d.id not in exclude] + extra


def _keys(a: Words, start: int, end: int) -> list[str]:
    return [a.keys[i] for i in range(a.index_at(start), bisect_left(a.starts, end))]


def _longest_run(a: Words, start: int, end: int, found: Located) -> int:
    """The most consecutive quotation words found unchanged (each edit cuts the run)."""
    best = run = 0
    first = a.index_at(start)
    for i in range(first, len(a)):
        w_start, w_end = a.starts[i], a.ends[i]
        if w_start >= end:
            break
        cut = any(
            (e.quote_start < w_end and e.quote_end > w_start)
            or (e.quote_start == e.quote_end and w_start <= e.quote_start < w_end + 1)
            for e in found.edits
        )
        run = 0 if cut else run + 1
        best = max(best, run)
    return best


def _holds_passage(
    found: Located, own: bool, opts: VerifyOptions, short_ok: bool, run: int
) -> bool:
    """Whether the document holds the quoted passage (an anchored, mostly covering match)."""
    least = min(opts.min_shared, found.total)
    if short_ok:
        least = min(least, _SHORT_SHARED)
    if found.matched < least:
        return False
    share = found.matched / found.total
    if own:
        return share >= opts.altered_min or (short_ok and share >= 0.5)
    return share >= opts.other_min and run >= min(opts.other_run, found.total)


def _quote_verdict(
    found: Located | None,
    sentence: SentenceMatch | None,
    opts: VerifyOptions,
    short_ok: bool,
    own_ids: frozenset[str],
    run: int = 0,
    frame: str | None = None,
) -> QuoteCheck:
    """The verdict of one quotation from its best passage and its best sentence.

    ``short_ok`` lets a short quotation count as altered with fewer than ``min_shared``
    words found (one word changed, in one of the article's own sources). A document that
    is not one of the article's sources must hold the passage strongly (``other_min``):
    a chance overlap there is ``not_found``, never ``altered`` or ``paraphrase``.
    ``frame`` is the source's own report ("the researchers point out that") that the
    quotation replaced with its own words (:mod:`sourcetrace.quotes.report_frames`):
    the source does not hold the passage, and the sentence decides.
    """
    own = found is not None and found.doc_id in own_ids
    where = "the article's source" if own else "an indexed document"
    if found is not None and found.matched == found.total and not found.edits:
        return QuoteCheck.at(
            "verbatim", found, 1.0, f"every word found in order in {where} {found.doc_id}"
        )
    if found is not None and frame is None and _holds_passage(found, own, opts, short_ok, run):
        sig = sum(e.significant for e in found.edits)
        return QuoteCheck.at(
            "altered",
            found,
            found.similarity,
            (
                f"{found.matched} of {found.total} words found in order in {where} "
                f"{found.doc_id}; {len(found.edits)} edit(s), {sig} can change the meaning"
            ),
            found.edits,
        )
    if (
        sentence is not None
        and sentence.doc_id in own_ids
        and sentence.containment >= opts.paraphrase_min
        and sentence.shared >= opts.min_shared
    ):
        return QuoteCheck.at(
            "paraphrase",
            sentence,
            sentence.containment,
            (
                (
                    f"its words are in order in {found.doc_id} only across the source's own "
                    f"report ({frame!r}), which the quotation words otherwise"
                    if frame is not None and found is not None
                    else "words not in order in any source"
                )
                + f", but a sentence of {sentence.doc_id} holds {sentence.shared} of its "
                f"content words ({sentence.containment:.0%})"
            ),
        )
    if frame is not None and found is not None:
        why = (
            f"{found.matched} of {found.total} words found in order in {found.doc_id}, but "
            f"on both sides of its own report ({frame!r}), which the quotation words "
            "otherwise: not a passage it holds, and no sentence holds "
            f"{opts.paraphrase_min:.0%} of its content words"
        )
    elif own and found is not None and found.matched >= opts.min_shared:
        # Too many words for chance ("56 of 99"): the reason gives the shares compared.
        closest = (
            f"its closest sentence ({sentence.doc_id}) holds {sentence.containment:.0%} of "
            "its content words"
            if sentence is not None
            else "no sentence holds its content words"
        )
        why = (
            f"best passage ({found.doc_id}, the article's source) holds {found.matched} of "
            f"{found.total} words in order ({found.matched / found.total:.0%}; altered at "
            f"{opts.altered_min:.0%}) and {closest} (a paraphrase at "
            f"{opts.paraphrase_min:.0%}): too little of it in one place for either, so not "
            "found as quoted"
        )
    elif found is not None:
        why = (
            f"best passage ({found.doc_id}) holds only {found.matched} of {found.total} "
            "words: a chance overlap, not its source"
        )
    else:
        why = "no source or indexed document holds its words"
    return QuoteCheck("not_found", reason=why)


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
    a = cached_words(text)  # the trace has split the article already
    skip = frozenset(exclude)
    out = []
    own = [d for d in sources if d.id not in skip]
    own_ids = {d.id for d in own}
    group = research_group(text)  # who "the authors" are, when the story says
    if not own and (store is None or store.count() == 0):
        why = "unchecked: the index holds no documents, so there was nothing to compare it with"
        return [
            dataclasses.replace(q, verdict="unchecked", reason=why) if q.kind == "quote" else q
            for q in quotes
        ]
    for q in quotes:
        if q.kind != "quote":
            out.append(q)  # a quoted term or title: no verdict
            continue
        # The article's own sources first; the whole index only for what they lack.
        found = best_location(text, a, q.start, q.end, own)
        docs = own
        # A phrase of a word or two found somewhere in a large index is no evidence of
        # where it comes from: only longer quotations are looked up beyond the sources.
        long_enough = word_count(a, q.start, q.end) >= opts.min_shared
        if long_enough and (found is None or found.matched < found.total):
            docs = _docs(store, sources, _lookup(store, a, q.start, q.end, opts.lookup), skip)
            wider = best_location(text, a, q.start, q.end, docs)
            if wider is not None and (found is None or wider.matched > found.matched):
                found = wider
        frame = _replaced_frame(found, docs)
        sentence = None
        if found is None or found.matched / found.total < opts.altered_min or frame:
            sentence = best_sentence(a, q.start, q.end, own)
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
        run = _longest_run(a, q.start, q.end, found) if found is not None else 0
        v = _quote_verdict(found, sentence, opts, short_ok, frozenset(own_ids), run, frame)
        if (
            opts.cut_short
            and v.verdict == "verbatim"
            and found is not None
            and found.doc_id in own_ids
        ):
            v = cut_short(text, q, found, own) or v
        if (
            v.verdict in ("paraphrase", "not_found")
            and found is not None
            and found.doc_id in own_ids
        ):
            v = inserted_sentences(text, a, q, found.doc_id, own) or v
        if opts.meaning:
            v = by_meaning(v, q, text, own, opts, group)
        out.append(
            dataclasses.replace(
                q,
                verdict=v.verdict,
                source=v.source,
                similarity=v.similarity,
                edits=v.edits,
                reason=v.reason,
            )
        )
    return _join_fragments(text, a, out, opts)


def _replaced_frame(found: Located | None, docs: Sequence[Document]) -> str | None:
    """The source's own report a quotation's edit replaced with its words, if any."""
    if found is None or not found.edits:
        return None
    doc = next((d for d in docs if d.id == found.doc_id), None)
    return rewrites_a_report(doc.text, found.edits) if doc is not None else None


# An interruption inside one sentence of a quotation ("” — say, shame or guilt — “",
# "”, she said, “"): a few words, no sentence end (nor colon or semicolon) after the
# first part's last word.
_INTERRUPTION_WORDS = 8
_SENTENCE_END_RE = re.compile(r"[.!?:;\n]")


def _join_fragments(text: str, a: Words, quotes: list[Quote], opts: VerifyOptions) -> list[Quote]:
    """Give a fragment that ends an interrupted sentence the verdict of the part before.

    "The more we lie, the less likely we are to have an emotional response" — say,
    shame or guilt — "that accompanies it": the second part is the same utterance, too
    short (fewer than ``min_shared`` content words) to be checked alone. When it was not
    found and the part it continues is a paraphrase, it is part of that paraphrase.
    """
    out = list(quotes)
    for i in range(1, len(out)):
        prev, q = out[i - 1], out[i]
        if (
            q.kind != "quote"
            or prev.kind != "quote"
            or q.verdict != "not_found"
            or prev.verdict != "paraphrase"
            or (
                None not in (q.speaker.name, prev.speaker.name)
                and q.speaker.name != prev.speaker.name
            )
        ):
            continue
        last = bisect_left(a.starts, prev.end) - 1
        gap = text[a.ends[last] if last >= 0 else prev.end : q.start]
        if _SENTENCE_END_RE.search(gap) or word_count(a, prev.end, q.start) > _INTERRUPTION_WORDS:
            continue
        content = sum(1 for k in _keys(a, q.start, q.end) if is_content(k))
        if content >= opts.min_shared:
            continue
        out[i] = dataclasses.replace(
            q,
            verdict="paraphrase",
            source=prev.source,
            similarity=prev.similarity,
            reason=(
                "too short to check alone; it ends the sentence the quotation before it "
                "began (interrupted mid-sentence), which is a paraphrase"
            ),
        )
    return out
