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
import itertools
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from sourcetrace.claims import Drift, compare, label
from sourcetrace.documents import Document
from sourcetrace.errors import MissingExtraError
from sourcetrace.index.base import Store
from sourcetrace.quotes.claim_drift import counted
from sourcetrace.quotes.claim_evidence import claim_evidence, with_meaning
from sourcetrace.quotes.claim_model import ceiling, load_model, weigh
from sourcetrace.quotes.groups import is_group, research_group
from sourcetrace.quotes.match import (
    NEGATIONS,
    Located,
    SentenceMatch,
    best_location,
    best_sentence,
    span_stems,
)
from sourcetrace.quotes.meaning import NO_MODEL, closest_meaning, names_speaker
from sourcetrace.quotes.model import (
    ClaimVerdict,
    Edit,
    Quote,
    QuoteVerdict,
    Reported,
    SourceSpan,
)
from sourcetrace.quotes.paraphrase import Paraphrase, closest_in_meaning, meaning_available
from sourcetrace.sentences import sentences, stem
from sourcetrace.text import Words, cached_words, index_terms, is_content, words

# A relative clause inside a claim is background the claim leans on ("rights groups,
# which have voiced concern, to act"), not what is claimed; it is left out of the check.
# "X called on Y to Z", "urged Y to Z": what is claimed is the call for Z, so Z itself
# must be in the source, not just Y (a source praising Y for having acted already says
# the opposite of a call on Y to act).
_REQUEST_CUES = frozenset(
    ["called on", "calls on", "calling on", "urged", "urges", "asked", "asks", "demanded"]
)
_ACTION_RE = re.compile(r"\bto\s+\w")
_CAUSAL_RE = re.compile(r"\b(?:cause[sd]?|causing|lead[s]? to|led to|result[s]? in|make[s]?)\b")
# Words opening the description of a group a finding is compared with ("than women who
# do not …", "those who weren't …"); a negation at most _GROUP_REACH words after one of
# them belongs to that description.
_GROUP_WORDS = frozenset(["who", "whom", "than", "those"])
_GROUP_REACH = 3
_BACKGROUND_RE = re.compile(r",\s*(?:which|who|whom|whose|where)\b[^,;]*,")
# Fewest content stems a release sentence must share with a claim for its figures to be
# read as the claim's when the matched sentence lacks them (:func:`_related`).
_RELATED_SHARED = 2


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
            ``supported`` a claim the word rules leave ``unsupported`` when it weighs the
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
    """

    altered_min: float = 0.7
    paraphrase_min: float = 0.6
    supported_min: float = 0.6
    min_shared: int = 3
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
    reason: str = ""


def _word_count(a: Words, start: int, end: int) -> int:
    return max(0, bisect_left(a.starts, end) - a.index_at(start))


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
) -> _Verdict:
    """The verdict of one quotation from its best passage and its best sentence.

    ``short_ok`` lets a short quotation count as altered with fewer than ``min_shared``
    words found (one word changed, in one of the article's own sources). A document that
    is not one of the article's sources must hold the passage strongly (``other_min``):
    a chance overlap there is ``not_found``, never ``altered`` or ``paraphrase``.
    """
    own = found is not None and found.doc_id in own_ids
    where = "the article's source" if own else "an indexed document"
    if found is not None and found.matched == found.total and not found.edits:
        return _Verdict(
            "verbatim",
            SourceSpan(found.doc_id, found.start, found.end),
            1.0,
            reason=f"every word found in order in {where} {found.doc_id}",
        )
    if found is not None and _holds_passage(found, own, opts, short_ok, run):
        sig = sum(e.significant for e in found.edits)
        return _Verdict(
            "altered",
            SourceSpan(found.doc_id, found.start, found.end),
            round(found.similarity, 4),
            _edits(found),
            reason=(
                f"{found.matched} of {found.total} words found in order in {where} "
                f"{found.doc_id}; {len(found.edits)} edit(s), {sig} can change the meaning"
            ),
        )
    if (
        sentence is not None
        and sentence.doc_id in own_ids
        and sentence.containment >= opts.paraphrase_min
        and sentence.shared >= opts.min_shared
    ):
        return _Verdict(
            "paraphrase",
            SourceSpan(sentence.doc_id, sentence.start, sentence.end),
            round(sentence.containment, 4),
            reason=(
                f"words not in order in any source, but a sentence of {sentence.doc_id} "
                f"holds {sentence.shared} of its content words ({sentence.containment:.0%})"
            ),
        )
    if found is not None:
        why = (
            f"best passage ({found.doc_id}) holds only {found.matched} of {found.total} "
            "words: a chance overlap, not its source"
        )
    else:
        why = "no source or indexed document holds its words"
    return _Verdict("not_found", reason=why)


# The source goes on after the quoted words: a word, or a dash and a word ("exposed
# through their work", "antibiotic -- for up to six months"), not a comma or a stop.
_GOES_ON_RE = re.compile(r"[ \t]*(?:(?:--|[–—])[ \t]*)?(?=\w)")
_REST_RE = re.compile(r"[^.!?;:\n“”\"«»]{1,200}")


def _cut_short(text: str, q: Quote, found: Located, own: Sequence[Document]) -> _Verdict | None:
    """``altered`` for a whole-sentence quotation that drops the end of the source's sentence.

    A quotation that opens with a capital and closes with its own stop or comma inside
    the marks presents itself as the speaker's whole statement. When the source's
    sentence goes on with no punctuation but a dash ("…were more than twice as likely as
    those who had never been exposed" / "… exposed through their work"), the words cut
    are dropped without an omission mark: the guide's ``altered``, significant when they
    hold a content word (a qualifier: who, when, how much). A fragment quoted inside a
    sentence (lower case, no closing stop) and a source clause ended by a comma are left
    verbatim.
    """
    quoted = text[q.start : q.end].rstrip()
    opening = next((c for c in quoted if c.isalnum()), "")
    if not quoted or quoted[-1] not in ".,!?" or not opening.isupper():
        return None
    doc = next((d for d in own if d.id == found.doc_id), None)
    if doc is None:
        return None
    goes_on = _GOES_ON_RE.match(doc.text, found.end)
    if goes_on is None:
        return None
    rest = _REST_RE.match(doc.text, goes_on.end())
    if rest is None:
        return None
    cut = rest.group().rstrip(" \t,")
    keys = words(cut).keys  # a one-off fragment: kept out of the shared cache
    if not keys:
        return None
    significant = any(is_content(k) for k in keys)
    end = goes_on.end() + len(cut)
    at = q.start + len(quoted.rstrip(".,!? "))  # after the quotation's last word
    dropped = doc.text[found.end : end].strip()
    edit = Edit("delete", dropped, "", significant, found.end, end, at, at)
    return _Verdict(
        "altered",
        SourceSpan(found.doc_id, found.start, end),
        round(found.matched / (found.matched + len(keys)), 4),
        (edit,),
        reason=(
            f"every word found in order in the article's source {found.doc_id}, but the "
            f"quotation closes a sentence the source goes on with: {dropped!r} dropped "
            "without an omission mark"
        ),
    )


# A quotation sentence is the source's when this share of its words is found in order
# there, and absent when at most this share is found in any of the article's sources.
_KEPT_SHARE = 0.9
_ABSENT_SHARE = 0.34
_KEPT_WORDS = 8  # fewest words of the sentences found, for the source to hold the passage
_KEPT_GAP = 300  # most source characters between two sentences found (an attribution)


def _quote_sentences(text: str, a: Words, start: int, end: int) -> list[tuple[int, int]]:
    """The quotation's sentences, as (start, end) offsets of their first and last words."""
    first, last = a.index_at(start), bisect_left(a.starts, end)
    out = []
    for sent in sentences(text, a):
        lo, hi = max(sent.first, first), min(sent.end, last)
        if lo < hi:
            out.append((a.starts[lo], a.ends[hi - 1]))
    return out


def _inserted_sentences(
    text: str, a: Words, q: Quote, doc_id: str, own: Sequence[Document]
) -> _Verdict | None:
    """``altered`` for a quotation the source holds but for whole sentences added to it.

    A quotation of several sentences whose sentences are each either found whole in one
    of the article's sources (in order, close together: one passage) or not there at all
    is the source's passage with sentences inserted: "Asthma can be brought on by
    infections…" put between two sentences of the release's quotation. The whole is too
    little of the source for the word alignment (``altered_min``), yet each sentence is
    plainly one or the other (the guide's `altered`: the source holds the passage, words
    were inserted), provided the sentences found hold ``_KEPT_WORDS`` words. An inserted
    sentence adds a statement the source does not hold: a significant edit. A sentence
    partly found decides nothing (None).
    """
    parts = _quote_sentences(text, a, q.start, q.end)
    if len(parts) < 2:
        return None
    kept: list[tuple[tuple[int, int], Located]] = []
    absent: list[tuple[int, int]] = []
    for s_start, s_end in parts:
        loc = best_location(text, a, s_start, s_end, own)
        share = loc.matched / loc.total if loc is not None else 0.0
        if loc is not None and loc.doc_id == doc_id and share >= _KEPT_SHARE:
            kept.append(((s_start, s_end), loc))
        elif share <= _ABSENT_SHARE:
            absent.append((s_start, s_end))
        else:
            return None
    kept_words = sum(loc.total for _, loc in kept)
    if not kept or not absent or kept_words < _KEPT_WORDS:
        return None  # a short sentence found says little about where the rest comes from
    for (_, prev), (_, nxt) in itertools.pairwise(kept):
        if not 0 <= nxt.start - prev.end <= _KEPT_GAP:
            return None  # not one passage: sentences from far apart in the source
    edits = [e for _, loc in kept for e in _edits(loc)]
    for s_start, s_end in absent:
        before = [loc for (k_start, _), loc in kept if k_start < s_start]
        at = before[-1].end if before else kept[0][1].start
        edits.append(Edit("insert", "", text[s_start:s_end], True, at, at, s_start, s_end))
    edits.sort(key=lambda e: e.quote_start)
    total = _word_count(a, q.start, q.end)
    return _Verdict(
        "altered",
        SourceSpan(doc_id, kept[0][1].start, kept[-1][1].end),
        round(kept_words / total, 4) if total else None,
        tuple(edits),
        reason=(
            f"{len(kept)} of {len(parts)} sentences found in order in the article's source "
            f"{doc_id}; {len(absent)} sentence(s) not in any source inserted into the passage"
        ),
    )


# The study's own authors, unnamed: "the authors caution", "they added", "wrote the
# study's authors", "the team concluded".
# The study's unnamed author, or "they" (the groups of authors: :func:`is_group`).
_AUTHOR_RE = re.compile(
    r"(?:the\s+)?(?:(?:study|paper|report)[’']s\s+)?(?:lead\s+)?author|they", re.IGNORECASE
)


def _the_studys_authors(q: Quote, group: str | None = None) -> bool:
    """Whether a quotation is given to the study's authors without naming any of them.

    The release speaks for the study it announces: what its unnamed authors say in the
    paper or to the press is the release's content when the meanings agree, as for a
    speaker the release names. A named person the release never mentions (an outside
    expert) still is not. ``group`` is the name the story ties its researchers to
    (:func:`~sourcetrace.quotes.groups.research_group`): "the authors" named by it are
    still the study's unnamed authors.
    """
    mention = q.speaker.mention
    return (
        q.speaker.name in (None, group)
        and mention is not None
        and (is_group(mention) or bool(_AUTHOR_RE.fullmatch(mention)))
    )


# The story names the speaker as the study's researcher or author, by role before the
# name: "lead researcher Adrian Martineau", "study author Sara Heins", "co-author Dr X".
_RESEARCHER_RE = re.compile(r"\b(?:co-?)?(?:researcher|author|investigator)\b", re.IGNORECASE)
# ... unless the words around the mention set them apart from the study: "independent
# researcher Dr X", "an outside investigator", "X, who was not involved in the study".
_APART_RE = re.compile(
    r"\b(?:independent|outside|external|unaffiliated|another|other|"
    r"(?:not|n't|never)\s+(?:been\s+)?(?:involved|part|connected|associated))\b",
    re.IGNORECASE,
)
# How far before the mention a setting-apart word is looked for ("independent" before
# "researcher Dr X"); after it, the rest of the sentence is read.
_APART_BEFORE = 40


def _the_studys_researcher(q: Quote, text: str) -> bool:
    """Whether the story's mention of a named speaker calls them the study's researcher.

    The mention must name the role (researcher, author, investigator) and the words
    just before it and the rest of its sentence must not set the speaker apart from
    the study (an independent or outside researcher, "who was not involved").
    """
    sp = q.speaker
    if sp.name is None or sp.mention is None or not _RESEARCHER_RE.search(sp.mention):
        return False
    if sp.mention_start is None or sp.mention_end is None:
        return True
    ends = [text.find(stop, sp.mention_end) for stop in (".", "\n")]
    hi = min((e for e in ends if e >= 0), default=len(text))
    lo = max(0, sp.mention_start - _APART_BEFORE)
    # the quotation's own words are not about its speaker
    if q.end <= sp.mention_start:
        lo = max(lo, q.end)
    if q.start >= sp.mention_end:
        hi = min(hi, q.start)
    return _APART_RE.search(text, lo, max(lo, hi)) is None


def _by_meaning(
    v: _Verdict,
    q: Quote,
    text: str,
    own: Sequence[Document],
    opts: VerifyOptions,
    group: str | None = None,
) -> _Verdict:
    """Check a ``paraphrase`` or ``not_found`` verdict against the quotation's meaning.

    A paraphrase found by shared words stands only if its sentence means the same too; a
    quotation whose words are not in the sources is a paraphrase when each of its
    sentences means what a sentence of a source says and that source names its speaker
    or the speaker is the study's unnamed authors (a comment by someone the source never
    mentions is not the source's content, however close). A speaker the story names by
    role as the study's researcher or author needs ``meaning_researcher`` (the source
    announces their study, whether or not it names them). Only these two cases embed
    anything: most quotations are decided by words.
    """
    if not own or v.verdict not in ("paraphrase", "not_found"):
        return v
    try:
        if v.verdict == "paraphrase":
            closest = closest_meaning(q.text, own)
            cos = closest.cosine if closest is not None else 0.0
            if cos < opts.meaning_min:
                return _Verdict(
                    "not_found",
                    reason=(
                        f"{v.reason}, but not its meaning (closest sentence cosine {cos:.2f} "
                        f"< {opts.meaning_min:g}): shared words by chance"
                    ),
                )
            return dataclasses.replace(v, reason=f"{v.reason}; meaning agrees (cosine {cos:.2f})")
        authors = _the_studys_authors(q, group)
        researcher = not authors and _the_studys_researcher(q, text)
        named = (
            list(own)
            if authors or researcher
            else [d for d in own if names_speaker(q.speaker.name, d)]
        )
        m = closest_meaning(q.text, named) if named else None
    except MissingExtraError:
        return dataclasses.replace(v, reason=f"{v.reason}; {NO_MODEL}")
    least = opts.meaning_researcher if researcher else opts.meaning_alone
    if m is not None and m.weakest >= least:
        return _Verdict(
            "paraphrase",
            SourceSpan(m.doc_id, m.start, m.end),
            round(m.cosine, 4),
            reason=(
                f"its words are not in the source, but {m.doc_id} "
                + (
                    f"announces the study of the authors ({q.speaker.mention!r}) and "
                    if authors
                    else f"announces the study of its researcher ({q.speaker.mention!r}) and "
                    if researcher
                    else f"names {q.speaker.name} and "
                )
                + f"says the same in other words (every sentence cosine >= {m.weakest:.2f})"
            ),
        )
    return v


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
        long_enough = _word_count(a, q.start, q.end) >= opts.min_shared
        if long_enough and (found is None or found.matched < found.total):
            docs = _docs(store, sources, _lookup(store, a, q.start, q.end, opts.lookup), skip)
            wider = best_location(text, a, q.start, q.end, docs)
            if wider is not None and (found is None or wider.matched > found.matched):
                found = wider
        sentence = None
        if found is None or found.matched / found.total < opts.altered_min:
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
        v = _quote_verdict(found, sentence, opts, short_ok, frozenset(own_ids), run)
        if (
            opts.cut_short
            and v.verdict == "verbatim"
            and found is not None
            and found.doc_id in own_ids
        ):
            v = _cut_short(text, q, found, own) or v
        if (
            v.verdict in ("paraphrase", "not_found")
            and found is not None
            and found.doc_id in own_ids
        ):
            v = _inserted_sentences(text, a, q, found.doc_id, own) or v
        if opts.meaning:
            v = _by_meaning(v, q, text, own, opts, group)
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
        if _SENTENCE_END_RE.search(gap) or _word_count(a, prev.end, q.start) > _INTERRUPTION_WORDS:
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


def _keys(a: Words, start: int, end: int) -> list[str]:
    return [a.keys[i] for i in range(a.index_at(start), bisect_left(a.starts, end))]


def _supports(match: SentenceMatch | None, opts: VerifyOptions) -> bool:
    return (
        match is not None
        and match.containment >= opts.supported_min
        and match.shared >= opts.min_shared
    )


def _negates_shared(w: Words, start: int, end: int, shared: set[str]) -> bool:
    """Whether a negation in ``start:end`` bears on one of the shared content words.

    A negation counts when the first content word within three words after it is one
    both texts hold ("will not rise", "no evidence"): a "not" in another clause of a
    long source sentence says nothing about the claim. Nor does one that describes a
    group compared with ("… than women who do not have migraine", "among those who
    weren't married"): it names who the finding is set against, not its direction.
    """
    lo = w.index_at(start)
    hi = lo
    while hi < len(w) and w.starts[hi] < end:
        hi += 1
    for i in range(lo, hi):
        key = w.keys[i]
        if key not in NEGATIONS and not key.endswith("n't"):
            continue
        if any(w.keys[j] in _GROUP_WORDS for j in range(max(lo, i - _GROUP_REACH), i)):
            continue  # "than women who do not have migraine": a comparison group
        for j in range(i + 1, min(i + 4, hi)):
            if is_content(w.keys[j]):
                if stem(w.keys[j]) in shared:
                    return True
                break
    return False


def _polarity_differs(a: Words, claim: Reported, doc: Document, match: SentenceMatch) -> bool:
    """Whether the claim and its source sentence differ in negating the words they share."""
    s = cached_words(doc.text)  # one split per source, not per claim
    shared = span_stems(a, claim.start, claim.end) & span_stems(s, match.start, match.end)
    return _negates_shared(a, claim.start, claim.end, shared) != _negates_shared(
        s, match.start, match.end, shared
    )


def _how(drift: Drift) -> str:
    """The guide's name of a drift's first change."""
    kind = drift.changes[0].kind if drift.changes else "other"
    if kind == "strength":
        words = drift.changes[0].claim_words.lower()
        return "causal" if _CAUSAL_RE.search(words) else "stronger"
    return {"advice": "stronger"}.get(kind, kind)


def _narrowed(a: Words, claim: Reported, doc: Document, match: SentenceMatch) -> SentenceMatch:
    """The one sentence of a matched sentence pair that holds as many of the claim's words.

    A pair is matched when its first sentence ties with the second ("… the potential
    impact of these activities …. Pooled analysis showed that exercise improves …"); the
    claim is then compared with the sentence that carries it, not with its neighbour's
    wording.
    """
    s = cached_words(doc.text)
    claim_stems = span_stems(a, claim.start, claim.end)
    for sent in sentences(doc.text, s):
        lo, hi = s.starts[sent.first], s.ends[sent.end - 1]
        if lo < match.start or hi > match.end or (lo, hi) == (match.start, match.end):
            continue
        if len(claim_stems & span_stems(s, lo, hi)) >= match.shared:
            return dataclasses.replace(match, start=lo, end=hi)
    return match


def _related(a: Words, claim: Reported, doc: Document) -> str:
    """The sentences of a source sharing ``_RELATED_SHARED`` content stems with a claim.

    Where a story gathers figures the release gives in several sentences ("35 percent at
    10 weeks, and just over 22 percent at one year"), the figures are read there; a
    sentence sharing fewer words with the claim gives figures about something else.
    """
    s = cached_words(doc.text)
    claim_stems = span_stems(a, claim.start, claim.end)
    out = []
    for sent in sentences(doc.text, s):
        lo, hi = s.starts[sent.first], s.ends[sent.end - 1]
        if len(claim_stems & span_stems(s, lo, hi)) >= _RELATED_SHARED:
            out.append(doc.text[lo:hi])
    return "\n".join(out)


@dataclass(frozen=True, slots=True)
class _ClaimVerdict:
    verdict: ClaimVerdict
    source: SourceSpan | None
    nearest: SourceSpan | None
    how: str | None
    reason: str


def _claim_verdict(
    text: str,
    claim: Reported,
    a: Words,
    docs: Sequence[Document],
    opts: VerifyOptions,
) -> tuple[_ClaimVerdict, SentenceMatch | None]:
    background = [m.span() for m in _BACKGROUND_RE.finditer(text, claim.start, claim.end)]
    match = best_sentence(a, claim.start, claim.end, docs, skip=background)
    if match is None:
        return _ClaimVerdict("unsupported", None, None, None, "no content words to check"), None
    span = SourceSpan(match.doc_id, match.start, match.end)
    where = f"{match.doc_id} {match.start}-{match.end}"
    reworded: Paraphrase | None = None
    if not _supports(match, opts) and opts.claim_cosine < 1:
        # Reworded in the source ("increased" / "enhanced"): the sentence closest in
        # meaning is compared with the claim like one holding its words.
        reworded = closest_in_meaning(
            text,
            a,
            claim.start,
            claim.end,
            docs,
            min_cosine=opts.claim_cosine,
            min_shared=opts.claim_cosine_shared,
        )
        if reworded is not None:
            match = reworded.match
    if not _supports(match, opts) and reworded is None:
        return (
            _ClaimVerdict(
                "unsupported",
                None,
                span,
                None,
                f"no source sentence carries it: the nearest ({where}) holds {match.shared} "
                f"of its content words ({match.containment:.0%})",
            ),
            match,
        )
    doc = next(d for d in docs if d.id == match.doc_id)
    match = _narrowed(a, claim, doc, match)
    span = SourceSpan(match.doc_id, match.start, match.end)
    where = f"{match.doc_id} {match.start}-{match.end}"
    source_text = doc.text[match.start : match.end]
    claim_text = text[claim.start : claim.end]
    action = _ACTION_RE.search(text, claim.start, claim.end)
    if action is not None and (claim.cue or "").lower() in _REQUEST_CUES:
        # "X called on Y to Z": the call for Z must be in the source, made of Y.
        asked = best_sentence(a, action.start(), claim.end, docs)
        if not _supports(asked, opts):
            drift = compare(claim_text, source_text)
            how = "actor" if drift.actor_changed else None
            reason = (
                f"the source sentence ({where}) names the same parties but not the call "
                f'"{text[action.start() : claim.end]}"'
                + (f"; {drift.reason}" if drift.actor_changed else "")
            )
            verdict: ClaimVerdict = "distorted" if how else "unsupported"
            return _ClaimVerdict(verdict, None, span, how, reason), match
    shared = f"source sentence {where} holds {match.shared} of its content words"
    if reworded is not None:
        shared = (
            f"source sentence {where} says it in other words (embedding cosine "
            f"{reworded.cosine:.2f}, {match.shared} content words shared)"
        )
    if match.negated_span != match.negated_source and _polarity_differs(a, claim, doc, match):
        return (
            _ClaimVerdict(
                "distorted", None, span, "polarity", f"{shared}, but one of the two is negated"
            ),
            match,
        )
    claim_labels = label(claim_text, context=text)
    source_labels = label(source_text, context=doc.text)
    found = compare(claim_text, source_text, claim_labels=claim_labels, source_labels=source_labels)
    kept = counted(
        found,
        claim_labels,
        source_labels,
        claim_text,
        source_text,
        related=_related(a, claim, doc) if found.numbers_changed else None,
    )
    drift, why = kept.drift, f"{shared}; {found.reason}" + "".join(f"; {d}" for d in kept.dropped)
    if drift.distorted:
        return _ClaimVerdict("distorted", None, span, _how(drift), why), match
    return _ClaimVerdict("supported", span, None, None, why), match


def _weighed(
    text: str, claim: Reported, a: Words, docs: Sequence[Document], v: _ClaimVerdict
) -> _ClaimVerdict:
    """The claim model's reading of a claim the word rules leave ``unsupported``."""
    if not meaning_available():
        return dataclasses.replace(
            v, reason=f"{v.reason}; word rules only (the claim model needs the nlp extra)"
        )
    background = [m.span() for m in _BACKGROUND_RE.finditer(text, claim.start, claim.end)]
    match = best_sentence(a, claim.start, claim.end, docs, skip=background)
    if match is None:
        return v
    model = load_model()
    words = claim_evidence(text, claim, a, docs, match, rule_supported=False)
    weighed = ceiling(model, words)
    if weighed.supported:  # the cosines could lift it over the threshold: compute them
        weighed = weigh(model, with_meaning(words, text, claim, a, docs, match))
    if not weighed.supported:
        return dataclasses.replace(v, reason=f"{v.reason}; {weighed.describe(model.support)}")
    span = SourceSpan(match.doc_id, match.start, match.end)
    return _ClaimVerdict(
        "supported",
        span,
        None,
        None,
        f"the release may say this in other words: source sentence {match.doc_id} "
        f"{match.start}-{match.end} holds {match.shared} of its content words "
        f"({match.containment:.0%}); {weighed.describe(model.support)}",
    )


def verify_reported(
    text: str,
    claims: Sequence[Reported],
    *,
    sources: Sequence[Document] = (),
    exclude: Sequence[str] = (),
    options: VerifyOptions | None = None,
) -> list[Reported]:
    """Mark each reported claim ``supported``, ``distorted`` or ``unsupported``.

    A claim is supported when one source sentence (or two adjacent ones) holds most of
    its content words and says the same (:func:`sourcetrace.claims.compare`: certainty,
    population, numbers, polarity, actor); ``distorted`` when it changes one of these
    (``how`` says which; ``nearest`` is the sentence it distorts); ``unsupported`` when
    no sentence carries it (``nearest`` is the closest that was checked).

    Args:
        text: The article's text.
        claims: The reported claims found in it.
        sources: The article's sources.
        exclude: Ids never to use.
        options: Thresholds.

    Returns:
        The claims with ``verdict``, ``source``, ``nearest``, ``how`` and ``reason`` set;
        all ``unchecked`` when there is no source to check them against.
    """
    opts = options or VerifyOptions()
    a = cached_words(text)  # the trace has split the article already
    docs = [d for d in sources if d.id not in set(exclude)]
    if not docs:
        why = "unchecked: no source of the story was found to compare the claim with"
        return [dataclasses.replace(c, verdict="unchecked", reason=why) for c in claims]
    out = []
    for claim in claims:
        v, match = _claim_verdict(text, claim, a, docs, opts)
        if v.verdict == "unsupported" and opts.claim_model and match is not None:
            v = _weighed(text, claim, a, docs, v)
        out.append(
            dataclasses.replace(
                claim,
                verdict=v.verdict,
                source=v.source,
                nearest=v.nearest,
                how=v.how,
                reason=v.reason,
                similarity=round(match.containment, 4) if match is not None else None,
            )
        )
    return out
