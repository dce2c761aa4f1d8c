"""Pure kernels of corpus mode, shared by the local and the Spark engine.

Every function here takes and returns plain values, so both engines run exactly the
same code and give the same result:

1. :func:`doc_keys` fingerprints one document: sampled word n-gram hashes (copied text)
   and its content terms (the names, figures and technical words a retelling keeps).
2. :func:`key_pairs` turns the postings of one key into scored candidate pairs, and
   :func:`select_pool` picks each document's candidates from those scores.
3. :func:`verify` runs :func:`sourcetrace.trace.trace` for one document against its
   candidates only, so corpus mode judges reuse exactly as ``trace`` does.
4. :func:`resolve_pairs` orients each related pair (earlier text first) and
   :func:`clusters` groups related documents with union-find.

Scores are integers, so sums do not depend on the order an engine adds them in.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sourcetrace.confidence import model_version
from sourcetrace.corpus.shingles import shingles
from sourcetrace.dates import DocDate
from sourcetrace.documents import Document
from sourcetrace.judge import (
    DEFAULT_POLICY,
    AcceptancePolicy,
    Article,
    BestPairsFallback,
    Candidate,
    WordsStandOut,
    closed_world,
    fallback_refuses,
)
from sourcetrace.order import day, precedes
from sourcetrace.results import Derivation, Passage
from sourcetrace.settings import check_options
from sourcetrace.text import cached_words, is_content, term_set, word_keys
from sourcetrace.trace import TraceOptions, content_pairs, trace_pool

#: The acceptance policy of corpus mode: a document's pool is its candidates, shallower
#: than an index trace's, so a smaller ratio to the pool's median marks a retelling.
CORPUS_POLICY = DEFAULT_POLICY.with_rule(WordsStandOut(ratio=2.4))

#: Name and version of the fingerprinting and candidate scheme; cached state built with
#: another one is ignored.
SCHEME = "corpus-shingle-terms.v5"


@dataclass(frozen=True, slots=True)
class CorpusOptions:
    """Settings of a corpus run.

    Attributes:
        ngram: Words per shingle.
        sample: Keep one shingle hash in ``sample`` (by value, so two texts sharing a
            passage keep the same shingles of it).
        min_shared: Sampled shingles two texts must share to be aligned whatever their
            term overlap (a copied passage of ~``ngram + sample * min_shared`` words).
        max_df: Keys held by more documents than this are too common to pair on; with
            ``closed_world``, a term counts only the documents that may be retold from
            (a term in one release and the hundred stories written from it stays
            distinctive of that release).
        max_term_holders: With ``closed_world``, terms held by more documents than this
            in all pair none (it bounds the pairs one term gives: at most ``max_df``
            times this).
        pool: Candidates per document chosen by shared distinctive terms, among those
            known to come earlier and again among those of unknown order (see
            :func:`verify`); 0 keeps only the copy path (shingles), much faster where
            texts are reprinted rather than retold.
        max_copies: Most candidates per document chosen by shared shingles.
        retold_kinds: Kinds of document a text may be retold from: term candidates
            (and the term scores that choose them) are drawn only among documents of
            these kinds, the releases and statements a story is written from. Among the
            other documents only copied text is looked for, so the cost grows with the
            number of such sources rather than with the whole corpus. ``None`` draws
            term candidates among every document.
        closed_world: Every article was written from a document of the corpus: an
            article whose trace finds no earlier source is attached to its best earlier
            candidate (the one sharing the most content-word pairs), and term candidates
            are drawn by how rare a term is among the sources (see ``max_df``) so that a
            much-reported release keeps its distinctive terms. Without it, candidates
            are drawn as ``trace`` retrieves them, by rarity among all documents, and
            only what ``trace`` would accept is reported.
        corroborate: An article whose trace accepts no earlier source keeps its best
            earlier candidate (by shared content-word pairs) as a *lead*, reported if
            corroborated: a document the article shares accepted text with was traced
            to that same candidate, with a confidence of at least
            ``sibling_confidence`` (see :func:`corroborated`). Siblings copying one
            another (wire copy, a paper's regional editions, broadcast segments) are
            then attributed to the release one of them was surely traced to. With
            ``closed_world`` every earlier candidate is a lead, and one a sibling was
            traced to (at any confidence) is preferred to the best by shared pairs.
        sibling_confidence: See ``corroborate`` (open world only). Lower values find
            more stories' sources but, where the source is missing from the corpus,
            spread a sibling's wrong source to the stories copying it.
        cluster_min: Share of a document that must come from its best source for it to
            join that source's cluster, unless that source is a release and it is not
            (weaker links, such as shared boilerplate, stay pairs but do not merge
            clusters).
        source_cluster_min: Share of a ``source`` (a release) that must come from another
            ``source`` for the two to join one cluster. Releases of one press office
            share stock text (notes to editors, "about the university", contact lines)
            covering up to a third of each; such a link stays a pair but does not merge
            the two releases' clusters, whose stories would then be mixed. A release
            mostly reissuing another (at least this share) still joins it.
        story_lead_ratio: With ``closed_world``, an article that no rule and no sibling
            attaches to a release is given the earlier document whose own stories it
            resembles when that resemblance stands out: the most content-word pairs it
            shares with one document accepted (by a rule) as written from that
            candidate must be at least this many times the same figure for every other
            candidate (counted as 1 if lower; see :func:`story_affinity`). The
            candidate may lie outside the article's pool. 0 turns this off.
        story_lead_min_pairs: The fewest pairs that figure must reach for the
            candidate standing out (``story_lead_ratio``) to be chosen.
        story_pair_max_holders: A pair more stories hold than this is not counted in
            that figure (0: every pair counts).
        trace: Settings of the trace each document is verified with. Its pool is the
            document's candidates here (at most ``pool`` of each order), shallower than
            an index trace's, so its policy (:data:`CORPUS_POLICY`) asks a smaller
            ratio to the pool's median to mark a retelling (2.4, against 2.6 for the
            default pool of 40).
    """

    ngram: int = 5
    sample: int = 4
    min_shared: int = 3
    max_df: int = 50
    max_term_holders: int = 500
    pool: int = 30
    max_copies: int = 100
    retold_kinds: tuple[str, ...] | None = ("source",)
    closed_world: bool = False
    corroborate: bool = True
    sibling_confidence: float = 0.99
    cluster_min: float = 0.15
    source_cluster_min: float = 0.6
    story_lead_ratio: float = 2.0
    story_lead_min_pairs: int = 4
    story_pair_max_holders: int = 0
    trace: TraceOptions = field(default_factory=lambda: TraceOptions(policy=CORPUS_POLICY))

    def __post_init__(self) -> None:
        check_options("corpus", self)

    def signature(self) -> str:
        """Return a digest of the options and the scheme, to key cached results."""
        return _options_signature(self)


@lru_cache(maxsize=32)
def _options_signature(options: CorpusOptions) -> str:
    text = f"{SCHEME}|{options.trace.policy.signature()}|{options!r}"
    return hashlib.blake2b(text.encode(), digest_size=8).hexdigest()


@dataclass(frozen=True, slots=True)
class DocKeys:
    """The fingerprint of one document.

    Attributes:
        id: The document id.
        digest: A digest of its text (a changed text is fingerprinted again).
        shingles: Sampled word n-gram hashes, sorted, unique (a tuple, or the compact
            ``array("q")`` the stage state stores them as).
        terms: Content index terms, sorted, unique.
    """

    id: str
    digest: str
    shingles: Sequence[int]
    terms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Observation:
    """One document found to be derived from another by its trace.

    Attributes:
        article_id: The traced document.
        source_id: The document it reuses.
        article_coverage: Share of the article's words in passages from the source.
        source_coverage: Share of the source's words used.
        passages: The aligned passages (article offsets first).
        lead: The trace accepted no earlier source and this is its best earlier
            candidate by shared content-word pairs (or, with ``alternate``, another
            earlier candidate): a pair only if corroborated (see :func:`corroborated`).
        alternate: A lead that is not the best candidate by shared pairs.
        confidence: The trace's confidence that the article was written from the source
            (see :mod:`sourcetrace.confidence`), or None without a model.
        accepted_by: The rule of the trace that accepted the source (None for an
            alternate lead), or :data:`CORROBORATED` for a lead kept as corroborated.
        reason: The trace's reason for its verdict, as ``trace`` gives it.
    """

    article_id: str
    source_id: str
    article_coverage: float
    source_coverage: float
    passages: tuple[Passage, ...]
    lead: bool = False
    confidence: float | None = None
    alternate: bool = False
    accepted_by: str | None = None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class DocMeta:
    """What direction and statistics need of a document besides its text."""

    id: str
    date: str | None = None
    kind: str | None = None
    publisher: str | None = None


@dataclass(frozen=True, slots=True)
class Pair:
    """A reuse relation between two documents, the earlier (or original) one first.

    Attributes:
        source_id: The earlier or original text.
        target_id: The text that reuses it.
        source_coverage: Share of the source's words the target reuses.
        target_coverage: Share of the target's words taken from the source.
        derivation: ``wholly`` or ``partially``: how much of the target is reused.
        direction: Why ``source_id`` comes first: ``date``, ``kind`` or ``containment``;
            None when nothing orders them (no aligned text covers one more than the
            other): ``source_id`` is then the one the other's trace accepted, or the
            lower id when each trace accepted the other.
        passages: Aligned passages; ``article_*`` offsets point into the target.
        accepted_by: The rule that accepted the pair in the trace read (see
            :attr:`Observation.accepted_by`).
        confidence: That trace's confidence, or None without a model.
        reason: That trace's reason (prefixed with whose trace it is when the source
            was traced against the target).
    """

    source_id: str
    target_id: str
    source_coverage: float
    target_coverage: float
    derivation: Derivation
    direction: str | None
    passages: tuple[Passage, ...]
    accepted_by: str | None = None
    confidence: float | None = None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Cluster:
    """Documents sharing a text: an origin and the documents reusing it.

    Attributes:
        cluster_id: ``origin_id`` prefixed with ``c:``; stable across runs.
        origin_id: The earliest member (undated members last, sources before articles).
        members: Every member id, the origin first, then by date and id.
    """

    cluster_id: str
    origin_id: str
    members: tuple[str, ...]


def text_digest(text: str) -> str:
    """Return a short digest of a text."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


def doc_keys(doc_id: str, text: str, options: CorpusOptions) -> DocKeys:
    """Fingerprint one document.

    Args:
        doc_id: Its id.
        text: Its text.
        options: The corpus settings (``ngram``, ``sample``).

    Returns:
        Its sampled shingle hashes and content terms.

    Example:
        >>> k = doc_keys("a", "Folic acid cuts the risk of birth defects.", CorpusOptions())
        >>> k.terms[:3]
        ('acid', 'birth', 'cuts')
    """
    keys = word_keys(text)
    sampled = shingles(keys, options.ngram, options.sample)
    terms = {t for t in term_set(k for k in keys if is_content(k)) if len(t) > 1}
    return DocKeys(doc_id, text_digest(text), sampled, tuple(sorted(terms)))


def postings(keys: DocKeys) -> Iterator[tuple[str, str]]:
    """Yield ``(key, doc_id)`` for each key of a document (``s:`` shingles, ``t:`` terms)."""
    for h in keys.shingles:
        yield f"s:{h:x}", keys.id
    for t in keys.terms:
        yield f"t:{t}", keys.id


def term_weight(df: int, options: CorpusOptions) -> int:
    """Return the integer weight of a term held by ``df`` documents (rarer is heavier).

    ``df`` is rounded down to a power of two, so documents added later rarely change
    the weights (and with them the candidate pools an incremental run must redo).
    """
    return round(1000 * math.log(1 + options.max_df / (1 << (df.bit_length() - 1))))


def key_pairs(
    key: str,
    doc_ids: Iterable[str],
    options: CorpusOptions,
    *,
    retold_from: Callable[[str], bool] | None = None,
) -> Iterator[tuple[tuple[str, str], tuple[int, int]]]:
    """Yield the candidate pairs one key gives, scored.

    Args:
        key: A key from :func:`postings`.
        doc_ids: Every document holding it.
        options: The corpus settings (``max_df``, ``max_term_holders``,
            ``closed_world``).
        retold_from: Whether a document may be retold from (see
            :func:`retold_from`); a term key pairs only documents of which one may.
            Default: every document may.

    Yields:
        ``((a, b), (shared_shingles, term_score))`` with ``a < b``.
    """
    ids = sorted(set(doc_ids))
    if key.startswith("s:"):
        if len(ids) < 2 or len(ids) > options.max_df:
            return
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                yield (a, b), (1, 0)
        return
    eligible = retold_from or (lambda _: True)
    ok = [eligible(d) for d in ids]
    n_eligible = sum(ok)
    if len(ids) < 2 or n_eligible == 0 or not _term_pairs_ok(len(ids), n_eligible, options):
        return
    score = (0, term_weight(_term_df(len(ids), n_eligible, options), options))
    for i, a in enumerate(ids):
        for j in range(i + 1, len(ids)):
            if ok[i] or ok[j]:
                yield (a, ids[j]), score


def _term_pairs_ok(holders: int, eligible: int, options: CorpusOptions) -> bool:
    """Whether a term held by ``holders`` documents (``eligible`` may be retold from) pairs."""
    if options.closed_world:
        return eligible <= options.max_df and holders <= options.max_term_holders
    return holders <= options.max_df


def _term_df(holders: int, eligible: int, options: CorpusOptions) -> int:
    """The document frequency a term is weighted by (see :func:`term_weight`).

    With ``closed_world``, rarity among the documents that may be retold from: a term of
    one release and of the sixty stories written from it is as distinctive of that
    release as a term no story repeats. Otherwise every holder counts.
    """
    return eligible if options.closed_world else holders


def add_scores(x: tuple[int, int], y: tuple[int, int]) -> tuple[int, int]:
    """Add two ``(shared_shingles, term_score)`` scores."""
    return x[0] + y[0], x[1] + y[1]


def select_pool(
    scored: Iterable[tuple[str, tuple[int, int]]],
    options: CorpusOptions,
    *,
    tier: Callable[[str], bool | None] | None = None,
    retold_from: Callable[[str], bool] | None = None,
) -> tuple[str, ...]:
    """Choose one document's candidates from its scored partners.

    Partners sharing ``min_shared`` shingles (copied text) are all kept, up to
    ``max_copies``; then the ``pool`` partners sharing the most distinctive terms (a
    retelling and its topical neighbours, which the trace needs to judge it), chosen
    separately among the partners known to come earlier and those of unknown order.
    Partners known to come later are left out: they find this document from their side.

    Args:
        scored: ``(partner_id, (shared_shingles, term_score))``.
        options: The corpus settings.
        tier: Whether a partner comes before this document (True), after it (False)
            or is of unknown order (None); default: unknown for every partner.
        retold_from: Whether a partner may be chosen by its terms (see
            :func:`retold_from`); default: every partner may.

    Returns:
        The candidate ids, best first.
    """
    order = tier or (lambda _: None)
    items = [x for x in scored if order(x[0]) is not False]
    items.sort(key=lambda x: (-x[1][0], -x[1][1], x[0]))
    copies = [d for d, (n, _) in items if n >= options.min_shared][: options.max_copies]
    chosen = dict.fromkeys(copies)
    eligible = retold_from or (lambda _: True)
    by_terms = sorted(
        (x for x in items if eligible(x[0])), key=lambda x: (-x[1][1], -x[1][0], x[0])
    )
    for group in (True, None):
        for d, _ in [x for x in by_terms if order(x[0]) is group][: options.pool]:
            chosen.setdefault(d)
    rank = {d: i for i, (d, _) in enumerate(items)}
    return tuple(sorted(chosen, key=rank.__getitem__))


def retold_from(meta: Mapping[str, DocMeta], options: CorpusOptions) -> Callable[[str], bool]:
    """Return whether a document may be retold from: its kind is one of ``retold_kinds``.

    Example:
        >>> f = retold_from({"pr": DocMeta("pr", kind="source")}, CorpusOptions())
        >>> f("pr"), f("story")
        (True, False)
    """
    kinds = options.retold_kinds
    if kinds is None:
        return lambda _: True
    allowed = frozenset(kinds)
    return lambda doc_id: (m := meta.get(doc_id)) is not None and m.kind in allowed


def tier_of(meta: Mapping[str, DocMeta], doc_id: str) -> Callable[[str], bool | None]:
    """Return the ``tier`` function of :func:`select_pool` for one document."""
    doc = meta.get(doc_id, DocMeta(doc_id))
    return lambda other: precedes(meta.get(other, DocMeta(other)), doc)


def pool_signature(
    doc: tuple[str, str], pool: Sequence[tuple[str, str]], options: CorpusOptions
) -> str:
    """Return a digest of everything :func:`verify` reads, to key its cached result.

    Args:
        doc: The traced document's ``(id, text digest)``.
        pool: Its candidates' ``(id, text digest)``, in order.
        options: The corpus settings.

    The confidence model's version is part of it: observations carry confidences.
    """
    absent = options.trace.source_may_be_absent
    version = model_version(source_may_be_absent=True) if absent else model_version()
    parts = [options.signature(), str(version), *doc, *(f"{i}={d}" for i, d in pool)]
    return hashlib.blake2b("|".join(parts).encode(), digest_size=12).hexdigest()


def _day(meta: DocMeta | Document) -> str | None:
    return day(meta.date)


def verify(doc: Document, pool: Sequence[Document], options: CorpusOptions) -> list[Observation]:
    """Trace one document against its candidates and return the sources it reuses.

    Candidates known to come later (by date or kind) are never offered. Those known to
    come earlier are traced first, as ``trace`` would against an index of sources; then
    the candidates of unknown order (undated stories among themselves: wire copy,
    siblings retelling one release), so a story's siblings do not hide its release.

    Each tier is judged by :func:`sourcetrace.trace.trace_pool` under the trace's
    policy; with ``closed_world``, an article's earlier tier is judged under
    :func:`sourcetrace.judge.closed_world` of it (its best candidate by shared pairs is
    accepted when no rule accepts any). With ``corroborate`` or ``closed_world``, that
    candidate is returned as a lead (``Observation.lead``), and with ``closed_world``
    the tier's other candidates as alternate leads, for :func:`resolve_pairs` to report
    the one corroborated (see :func:`corroborated`).

    The trace sees only ``doc`` and its pool; term rarity is measured inside that pool
    (the document's topical neighbourhood), so the result depends on nothing else and
    can be cached, and an incremental run gives the same result as a full one.

    Args:
        doc: The document traced as the article.
        pool: Its candidates (see :func:`select_pool`), best first.
        options: The corpus settings.

    Returns:
        One observation per candidate judged ``wholly`` or ``partially`` a source.
    """
    earlier = [c for c in pool if precedes(c, doc) is True]
    peers = [c for c in pool if precedes(c, doc) is None]
    out: list[Observation] = []
    for tier in (earlier, peers):
        if not tier:
            continue
        policy = options.trace.policy
        fallback = options.closed_world or options.corroborate
        if tier is earlier and fallback and doc.kind == "article":
            policy = closed_world(policy)
        topts = dataclasses.replace(
            options.trace, candidates=max(options.trace.candidates, len(tier)), policy=policy
        )
        df: Counter[str] = Counter()
        for d in (doc, *tier):
            df.update(doc_terms(d.text))
        result = trace_pool(
            doc.text,
            tier,
            n_docs=len(tier) + 1,
            doc_freqs=functools.partial(_known, df),
            article_id=doc.id,
            article_date=doc.date,
            options=topts,
        )
        picked = any(s.accepted_by == BestPairsFallback.name for s in result.sources)
        alternates = picked and options.closed_world
        out += [
            Observation(
                doc.id,
                s.id,
                s.article_coverage,
                s.source_coverage,
                s.passages,
                lead=picked,
                confidence=s.confidence,
                alternate=s.derivation == "non",
                accepted_by=s.accepted_by,
                reason=s.reason,
            )
            for s in result.sources
            if alternates or s.derivation != "non"
        ]
    return out


def _known(counts: Mapping[str, int], terms: Iterable[str]) -> dict[str, int]:
    """Return the counts of the terms counted (absent terms left out)."""
    return {t: counts[t] for t in terms if t in counts}


@lru_cache(maxsize=8192)
def doc_terms(text: str) -> frozenset[str]:
    """Return the index terms of a text (cached: a document sits in many pools)."""
    return term_set(cached_words(text).keys)


def _flip(p: Passage) -> Passage:
    return dataclasses.replace(
        p,
        article_start=p.source_start,
        article_end=p.source_end,
        source_start=p.article_start,
        source_end=p.article_end,
        article_words=0,
        matched_words=0,
    )


def direction(
    a: DocMeta, b: DocMeta, a_covered: float, b_covered: float
) -> tuple[bool, str | None]:
    """Decide which of two related documents is the source.

    By date where both are dated and differ; else by kind (a ``source`` before an
    ``article``); else the text more covered by the other is the one that reuses it
    (a story holding a release's passages is mostly release; the release is not mostly
    story); else nothing orders them (reason None) and the lower id comes first.

    Args:
        a: One document.
        b: The other.
        a_covered: Share of ``a``'s words aligned with ``b``.
        b_covered: Share of ``b``'s words aligned with ``a``.

    Returns:
        ``(a_is_source, reason)``.
    """
    first = precedes(a, b)
    if first is not None:
        dated = bool(_day(a) and _day(b) and _day(a) != _day(b))
        return first, "date" if dated else "kind"
    if a_covered != b_covered:
        return a_covered < b_covered, "containment"
    return a.id < b.id, None


def corroborated(
    observations: Iterable[Observation],
    sibling_confidence: float = 0.99,
    *,
    siblings: bool = True,
    closed_world: bool = False,
    affinity: Mapping[str, Mapping[str, int]] | None = None,
    story_lead_ratio: float = 2.0,
    story_lead_min_pairs: int = 4,
) -> list[Observation]:
    """Return the accepted observations and, per article, the lead corroborated.

    An article's leads (see :attr:`Observation.lead`) are its earlier candidates when
    its trace accepted none; its *siblings* are the documents it shares accepted text
    with (an accepted observation either way). In the open world, its best lead (by
    shared pairs) is kept if a sibling was accepted as written from that same candidate
    with a confidence of at least ``sibling_confidence`` (two traces agree, one of them
    sure). In a closed world:

    1. With ``siblings``, the lead that a sibling was found written from, at any
       confidence (the best by pairs first, then the most confident), repeated until
       nothing changes, a kept lead corroborating in turn;
    2. else the best lead by pairs, unless the ``affinity`` (see :func:`story_affinity`)
       of one candidate stands out: at least ``story_lead_ratio`` times every other
       candidate's (counted as 1 if lower) and at least ``story_lead_min_pairs``.
       That candidate may lie outside the
       article's pool: its pair then has no passages and no coverage. Then step 1
       again.

    Args:
        observations: Every observation of the run.
        sibling_confidence: See above (open world).
        siblings: Whether siblings are read at all.
        closed_world: Whether every article keeps a lead.
        affinity: Per article, per candidate, how much the article resembles the
            documents accepted as written from the candidate (closed world; none: the
            best lead by pairs is kept).
        story_lead_ratio: See ``affinity`` (0: never read).
        story_lead_min_pairs: Fewest pairs the standing-out candidate's affinity must
            reach (two or three pairs against none is a ratio of chance counts).

    Returns:
        The accepted observations, then the leads kept (no longer leads), by article.
    """
    accepted = [o for o in observations if not o.lead]
    leads: dict[str, list[Observation]] = defaultdict(list)
    for o in observations:
        if o.lead:
            leads[o.article_id].append(o)
    linked: dict[str, set[str]] = defaultdict(set)
    sources: dict[str, set[str]] = defaultdict(set)
    for o in accepted:
        linked[o.article_id].add(o.source_id)
        linked[o.source_id].add(o.article_id)
        sure = o.confidence is not None and o.confidence >= sibling_confidence
        if closed_world or sure:
            sources[o.article_id].add(o.source_id)
    kept: dict[str, Observation] = {}

    def keep(o: Observation, backed: bool = False) -> None:
        kept[o.article_id] = dataclasses.replace(
            _backed(o) if backed else o, lead=False, alternate=False
        )
        sources[o.article_id].add(o.source_id)

    def best(article: str) -> Observation | None:
        return next((o for o in leads[article] if not o.alternate), None)

    if not closed_world:
        for article in sorted(leads) if siblings else ():
            told = {r for b in linked[article] for r in sources[b]}
            if (lead := best(article)) is not None and lead.source_id in told:
                kept[article] = dataclasses.replace(_backed(lead), lead=False)
        return accepted + [kept[a] for a in sorted(kept)]

    def settle() -> None:
        grew = siblings
        while grew:
            grew = False
            for article in sorted(leads):
                if article in kept:
                    continue
                told = {r for b in linked[article] for r in sources[b]}
                if backed := [o for o in leads[article] if o.source_id in told]:
                    keep(min(backed, key=_lead_order), backed=True)
                    grew = True

    def chosen(article: str) -> Observation | None:
        lead = best(article)
        score = affinity.get(article, {}) if affinity and story_lead_ratio > 0 else {}
        ranked = sorted(score.items(), key=lambda x: (-x[1], x[0]))
        if lead is None or not ranked:
            return lead
        (top, mine), runner_up = ranked[0], ranked[1][1] if len(ranked) > 1 else 0
        if (
            top == lead.source_id
            or mine < story_lead_ratio * max(runner_up, 1)
            or mine < story_lead_min_pairs
        ):
            return lead
        held = next((o for o in leads[article] if o.source_id == top), None)
        why = (
            f"{STORY_LEAD}: the article shares {mine} consecutive content-word pairs with a "
            f"story traced to {top}, at least {story_lead_ratio:g} times any other "
            f"candidate's ({runner_up})"
        )
        told = held or Observation(article, top, 0.0, 0.0, (), lead=True)
        return dataclasses.replace(told, accepted_by=STORY_LEAD, reason=why)

    settle()
    for article in sorted(leads):
        if article not in kept and (lead := chosen(article)) is not None:
            keep(lead)
    settle()
    return accepted + [kept[a] for a in sorted(kept)]


def story_affinity(
    observations: Iterable[Observation],
    texts: Callable[[list[str]], Mapping[str, str]],
    may_source: Callable[[str, str], bool],
    *,
    apart: Callable[[str, str], bool] | None = None,
    max_holders: int = 0,
    batch: int = 1000,
) -> dict[str, dict[str, int]]:
    """Say how much each closed-world lead's article resembles each candidate's stories.

    A retelling that shares next to nothing with its release (a broadcast transcript
    of a news bulletin, a story told in other words) still tells what the release's
    other stories tell, in the words news uses. The stories of a candidate are the
    documents a rule accepted as written from it (not leads: no chains). A release
    missing from the article's pool (whose terms the article barely uses) is reached
    this way too.

    The pairs are held as 64-bit hashes in sorted arrays (about 2 KB a story of 500
    words) and the texts are read ``batch`` at a time, so that memory grows with the
    corpus by that much, not by Python objects per pair.

    Args:
        observations: Every observation of the run.
        texts: Returns the texts of the documents of the given ids.
        may_source: ``may_source(candidate, article)``: whether the candidate may be the
            article's source (known to come earlier, of a kind that is retold, not dated
            far from it: see :func:`dated_apart`).
        apart: ``apart(lead, article)``: whether one of the article's own leads is dated
            too far from it to be chosen (:func:`dated_apart`); None: none is.
        max_holders: A pair more stories than this hold says nothing of any one source
            and is not counted (0: every pair counts).
        batch: Texts read at a time.

    Returns:
        Per article with leads, per candidate that may be its source or is one of its
        leads: the most consecutive content-word stem pairs the article shares with one
        document accepted as written from that candidate (candidates at 0 left out).
    """
    import numpy as np

    obs = list(observations)
    candidates_of: dict[str, set[str]] = defaultdict(set)  # story -> what a rule traced it to
    leads: dict[str, set[str]] = defaultdict(set)
    for o in obs:
        (leads if o.lead else candidates_of)[o.article_id].add(o.source_id)
    if not leads:
        return {}
    stories = sorted(candidates_of)
    number = {story: i for i, story in enumerate(stories)}
    keys: dict[str, Any] = {}
    wanted = sorted(set(stories) | set(leads))
    for at in range(0, len(wanted), batch):
        for doc_id, text in texts(wanted[at : at + batch]).items():
            hashed = np.fromiter((hash(p) for p in content_pairs(text)), dtype=np.int64)
            keys[doc_id] = np.unique(hashed)
    held = [keys[s] for s in stories if s in keys]
    pair_of = np.concatenate(held) if held else np.empty(0, np.int64)
    owned = [np.full(len(keys[s]), number[s], np.int64) for s in stories if s in keys]
    owner = np.concatenate(owned) if owned else np.empty(0, np.int64)
    order = np.argsort(pair_of, kind="stable")
    pair_of, owner = pair_of[order], owner[order]
    uniq, starts, counts = np.unique(pair_of, return_index=True, return_counts=True)
    if max_holders > 0:
        common = counts <= max_holders
        uniq, starts, counts = uniq[common], starts[common], counts[common]
    out: dict[str, dict[str, int]] = {}
    for article in sorted(leads):
        mine = keys.get(article, np.empty(0, np.int64))
        at = np.minimum(np.searchsorted(uniq, mine), max(len(uniq) - 1, 0))
        found = at[uniq[at] == mine] if len(uniq) else at[:0]
        lengths = counts[found]
        firsts = np.repeat(starts[found] - np.cumsum(lengths) + lengths, lengths)
        shared = np.bincount(owner[firsts + np.arange(int(lengths.sum()))], minlength=len(stories))
        if article in number:
            shared[number[article]] = 0
        best: dict[str, int] = {}
        for i in np.flatnonzero(shared):
            n = int(shared[i])
            for c in candidates_of[stories[i]]:
                if n <= best.get(c, 0):
                    continue
                if c in leads[article]:
                    ok = apart is None or not apart(c, article)
                else:
                    ok = may_source(c, article)
                if ok:
                    best[c] = n
        out[article] = best
    return out


def dated_apart(policy: AcceptancePolicy, source: DocDate | None, article: DocDate | None) -> bool:
    """Whether the refusals that guide the fallback refuse a source by the two dates alone.

    The closed-world fallback never picks a candidate such a refusal (``dates-apart``,
    ``guides_fallback``) refuses while another is left (see
    :func:`sourcetrace.judge.judge`); a lead chosen by its stories is held to the same.
    Refusals that weigh the evidence too (``weeks-apart``) do not guide it.
    """
    cand = Candidate("", 0.0, 0, frozenset(), 0, date=source)
    return fallback_refuses(policy, cand, Article(0, 0, (), policy.min_pool, date=article))


#: ``accepted_by`` of a closed-world lead chosen because the article resembles the
#: stories already traced to that source (see :func:`story_affinity`).
STORY_LEAD = "stories-resemble"

#: ``accepted_by`` of a lead kept because a document sharing accepted text with the
#: article was traced to the same source (see :func:`corroborated`).
CORROBORATED = "corroborated"


def _backed(o: Observation) -> Observation:
    """Return a lead marked as kept by corroboration, its trace's reason after why."""
    why = "a document it shares accepted text with was traced to the same source"
    return dataclasses.replace(
        o, accepted_by=CORROBORATED, reason=f"{CORROBORATED}: {why}; {o.reason}"
    )


def _lead_order(o: Observation) -> tuple[bool, float, str]:
    """The best candidate by pairs first, then the most confident, then by id."""
    return o.alternate, -(o.confidence or 0.0), o.source_id


def resolve_pairs(
    observations: Iterable[Observation],
    meta: Mapping[str, DocMeta],
    options: CorpusOptions,
    *,
    affinity: Mapping[str, Mapping[str, int]] | None = None,
) -> list[Pair]:
    """Merge the observations of each related pair into one oriented :class:`Pair`.

    Leads are kept only if :func:`corroborated`. A pair may be seen from either side
    (each document is traced); the observation made with the later text as the article
    is kept, else the other one turned around.

    Args:
        observations: Every observation of the run.
        meta: Dates, kinds and publishers by id.
        options: The corpus settings (``trace.wholly`` sets the derivation).
        affinity: With ``closed_world``, :func:`story_affinity` of the observations
            (none: leads are chosen without it).

    Returns:
        The pairs sorted by ``(source_id, target_id)``.
    """
    seen: dict[tuple[str, str], dict[str, Observation]] = defaultdict(dict)
    found = corroborated(
        observations,
        options.sibling_confidence,
        siblings=options.corroborate,
        closed_world=options.closed_world,
        affinity=affinity,
        story_lead_ratio=options.story_lead_ratio,
        story_lead_min_pairs=options.story_lead_min_pairs,
    )
    for o in found:
        key = (min(o.article_id, o.source_id), max(o.article_id, o.source_id))
        seen[key][o.article_id] = o
    out = []
    for (a, b), by_article in seen.items():
        any_obs = next(iter(by_article.values()))
        if any_obs.article_id == a:
            a_cov, b_cov = any_obs.article_coverage, any_obs.source_coverage
        else:
            a_cov, b_cov = any_obs.source_coverage, any_obs.article_coverage
        a_first, why = direction(meta.get(a, DocMeta(a)), meta.get(b, DocMeta(b)), a_cov, b_cov)
        if why is None and len(by_article) == 1:
            a_first = b in by_article  # as the one trace made says: the traced is the target
        source, target = (a, b) if a_first else (b, a)
        reason = ""
        if target in by_article:
            o = by_article[target]
            passages, t_cov, s_cov = o.passages, o.article_coverage, o.source_coverage
        else:
            o = by_article[source]
            passages = tuple(sorted((_flip(p) for p in o.passages), key=_passage_order))
            t_cov, s_cov = o.source_coverage, o.article_coverage
            reason = f"{source} traced as written from {target}: "
        verdict: Derivation = "wholly" if t_cov >= options.trace.wholly else "partially"
        out.append(
            Pair(
                source,
                target,
                s_cov,
                t_cov,
                verdict,
                why,
                passages,
                o.accepted_by,
                o.confidence,
                reason + o.reason,
            )
        )
    out.sort(key=lambda p: (p.source_id, p.target_id))
    return out


def _passage_order(p: Passage) -> tuple[int, int]:
    return p.article_start, p.source_start


def _kind(meta: Mapping[str, DocMeta], doc_id: str) -> str | None:
    m = meta.get(doc_id)
    return m.kind if m else None


def _origin_key(meta: DocMeta, in_degree: int) -> tuple[Any, ...]:
    day = _day(meta)
    return (day is None, day or "", meta.kind != "source", in_degree, meta.id)


def _join_min(meta: Mapping[str, DocMeta], pair: Pair, options: CorpusOptions) -> float:
    """The target coverage from which ``pair`` merges its two documents' clusters."""
    both_sources = _kind(meta, pair.source_id) == _kind(meta, pair.target_id) == "source"
    return options.source_cluster_min if both_sources else options.cluster_min


def clusters(
    pairs: Iterable[Pair], meta: Mapping[str, DocMeta], options: CorpusOptions
) -> list[Cluster]:
    """Group documents sharing a text (union-find) and name each group's origin.

    Each document joins the cluster of its best source (the one it takes the most from)
    when it takes at least ``cluster_min`` of its words from it, or when that source is a
    ``source`` (a release) and it is not; a release joins another release's cluster only
    from ``source_cluster_min`` (shared stock text does not merge two releases).

    Args:
        pairs: The oriented pairs.
        meta: Dates and kinds by id.
        options: The corpus settings.

    Returns:
        The clusters, largest first, then by origin id.
    """
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    in_degree: dict[str, int] = defaultdict(int)
    best: dict[str, Pair] = {}
    for p in pairs:
        in_degree[p.target_id] += 1
        find(p.source_id)
        find(p.target_id)
        held = best.get(p.target_id)
        if held is None or (p.target_coverage, held.source_id) > (
            held.target_coverage,
            p.source_id,
        ):
            best[p.target_id] = p
    for p in best.values():
        released = _kind(meta, p.source_id) == "source" and _kind(meta, p.target_id) != "source"
        if released or p.target_coverage >= _join_min(meta, p, options):
            ra, rb = find(p.source_id), find(p.target_id)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = defaultdict(list)
    for x in list(parent):
        groups[find(x)].append(x)
    out = []
    for members in groups.values():
        if len(members) < 2:
            continue
        keyed = sorted(members, key=lambda m: _origin_key(meta.get(m, DocMeta(m)), in_degree[m]))
        origin = keyed[0]
        rest = sorted(keyed[1:], key=lambda m: (_day(meta.get(m, DocMeta(m))) or "~", m))
        out.append(Cluster(f"c:{origin}", origin, (origin, *rest)))
    out.sort(key=lambda c: (-len(c.members), c.origin_id))
    return out
