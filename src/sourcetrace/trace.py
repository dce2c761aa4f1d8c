"""Trace an article to the indexed documents it was written from.

Three stages, each a plain function over plain data:

1. **Retrieve** candidates by BM25 over the article's most distinctive words (the
   rarest names, figures and terms it holds), so sources it retells in its own words are
   found as well as sources it copies.
2. **Align** each candidate: copied passages word by word (:mod:`sourcetrace.align`),
   then retold sentences, matched by the weighted share of their distinctive word stems
   found in one source sentence (:mod:`sourcetrace.sentences`).
3. **Judge** each candidate from the evidence: how much of the article it accounts for
   that no better source already explains, and how specific the shared content is,
   measured against a deeper pool of retrieved documents (the article's topical
   neighbours) that are not aligned.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from sourcetrace.align import AlignOptions, WordAlignment, align
from sourcetrace.documents import Document
from sourcetrace.index.base import Store
from sourcetrace.quotes.limits import searched_end
from sourcetrace.results import Derivation, Passage, SourceMatch, TraceResult
from sourcetrace.sentences import (
    Sentence,
    best_containment,
    content_stems,
    idf,
    sentences,
    stem,
)
from sourcetrace.text import Words, cached_words, index_terms, is_content, term_set, word_keys


@dataclass(frozen=True, slots=True)
class TraceOptions:
    """Settings of a trace. The defaults suit news stories and press releases.

    Attributes:
        candidates: Documents retrieved by BM25 for alignment.
        pool: Documents retrieved by BM25 to measure what sharing the article's topic
            gives (their shared words and word pairs, no alignment). The first
            ``candidates`` of them are aligned, and so is any other that shares more
            with the article than those do. A large index fills the first ranks with
            texts that share a rare word or two and little else; a deeper pool still
            holds the article's real topical neighbours.
        query_terms: Distinctive article words the retrieval query uses.
        retold_min: Weighted share of an article sentence's stems that one source
            sentence must hold for the sentence to count as retold from it.
        wholly: Article coverage from which a source counts as wholly derived.
        partially: Article coverage (not explained by a better source) from which a
            source counts as partially derived.
        min_copied: Words copied in long passages that make a source on their own.
        long_passage: Identical words from which a copied passage counts as long.
        distinct: How many times the distinctive words the best candidate shares with
            the article must exceed the median of the pool's for it to count as a
            source without copied text (a story that retells one release in its own
            words). The median falls as the pool deepens; 2.6 suits a pool of 40.
        distinct_pairs: How many times the word pairs the best candidate shares with the
            article must exceed the runner-up's (in the pool) for the same.
        min_pool: Fewest documents in the pool needed to judge distinctiveness.
        pair_share: Share of the article's content-word pairs a candidate must hold to
            count as a source on that alone (a retelling keeps the source's phrases
            apart from its own wording; a text that only shares the topic keeps few).
        min_pairs: Fewest shared pairs for the same.
        align: Settings of the word alignment.
        max_chars: Longest article traced, in characters: a longer one is traced up to
            its last paragraph break before the cap, and the result says so in its
            ``notices`` (real stories are far shorter: the longest of 1,750 PolNeAR
            and InSciOut stories has 33,672 characters).
    """

    candidates: int = 20
    pool: int = 40
    query_terms: int = 40
    retold_min: float = 0.5
    wholly: float = 0.6
    partially: float = 0.15
    min_copied: int = 20
    long_passage: int = 10
    distinct: float = 2.6
    distinct_pairs: float = 3.0
    min_pool: int = 5
    pair_share: float = 0.15
    min_pairs: int = 10
    align: AlignOptions = field(default_factory=AlignOptions)
    max_chars: int = 100_000


@dataclass(slots=True)
class _Article:
    text: str
    words: Words
    sentences: list[Sentence]
    stems: list[set[str]]
    weight: dict[str, float]
    default_weight: float
    term_weight: dict[str, float]
    pairs: set[tuple[str, str]]


@dataclass(frozen=True, slots=True)
class _Overlap:
    """What one candidate shares with the article, before any alignment."""

    doc: Document
    shared: float
    shared_pairs: int


@dataclass(slots=True)
class _Evidence:
    """An aligned candidate: what it shares with the article, and its passages."""

    overlap: _Overlap
    source: Words
    passages: list[Passage]
    covered: set[int]
    copied_covered: set[int]
    source_covered: set[int]
    copied: int
    score: float = 0.0
    reason: str = ""

    @property
    def doc(self) -> Document:
        return self.overlap.doc

    @property
    def shared(self) -> float:
        return self.overlap.shared

    @property
    def shared_pairs(self) -> int:
        return self.overlap.shared_pairs


def _article(text: str, store: Store) -> tuple[_Article, list[str]]:
    """Tokenise the article, weigh its words by rarity, and pick the query terms."""
    w = cached_words(text)
    counts = Counter(k for k in w.keys if is_content(k))
    parts = {k: index_terms(k) if "'" in k else [k] for k in counts}
    terms: Counter[str] = Counter()
    for k, c in counts.items():
        for t in parts[k]:
            if len(t) > 1:
                terms[t] += c
    n_docs = max(store.count(), 1)
    dfs = store.doc_freqs(terms)
    term_idf = {t: idf(df, n_docs) for t, df in dfs.items()}
    unseen = idf(0, n_docs)
    weight: dict[str, float] = {}
    for k, ts in parts.items():
        s = stem(k)
        value = max((term_idf.get(t, unseen) for t in ts), default=unseen)
        weight[s] = max(weight.get(s, 0.0), value)
    ranked = sorted(
        (t for t in terms if t in term_idf),
        key=lambda t: (1.0 + math.log(terms[t])) * term_idf[t],
        reverse=True,
    )
    sents = sentences(text, w)
    stems = [content_stems(w, s) for s in sents]
    median = sorted(weight.values())[len(weight) // 2] if weight else 1.0
    return _Article(text, w, sents, stems, weight, median, term_idf, _pairs(w.keys)), ranked


def _pairs(keys: Sequence[str]) -> set[tuple[str, str]]:
    """Return consecutive pairs of content-word stems (stopwords skipped).

    Shared pairs ("long-term ex-smokers", "quit attempts") tell a source from a text that
    only shares its topic far better than shared single words do.
    """
    seq = [s for s in map(_content_stem, keys) if s]
    return set(itertools.pairwise(seq))


@lru_cache(maxsize=131072)
def _content_stem(key: str) -> str:
    """Return the stem of a content word key, or "" for a stopword (one cached look-up)."""
    return stem(key) if is_content(key) else ""


def _passage(a: Words, s: Words, al: WordAlignment) -> Passage:
    return Passage(
        article_start=a.starts[al.a_start],
        article_end=a.ends[al.a_end - 1],
        source_start=s.starts[al.s_start],
        source_end=s.ends[al.s_end - 1],
        similarity=al.similarity,
        kind="copied",
        article_words=al.a_end - al.a_start,
        matched_words=al.matched,
    )


@dataclass(frozen=True, slots=True)
class _Features:
    terms: frozenset[str]
    pairs: frozenset[tuple[str, str]]


def _features_of(keys: Sequence[str]) -> _Features:
    return _Features(term_set(keys), frozenset(_pairs(keys)))


@lru_cache(maxsize=4096)
def _features(doc_id: str, text: str) -> _Features:
    """Index terms and word pairs of a candidate to be aligned, from its words."""
    return _features_of(cached_words(text).keys)


@lru_cache(maxsize=4096)
def _pool_features(doc_id: str, text: str) -> _Features:
    """The same for a candidate of the pool alone, from its word keys (no offsets: faster)."""
    return _features_of(word_keys(text))


def _overlap(art: _Article, doc: Document, *, aligned: bool) -> _Overlap:
    """Measure the distinctive words and word pairs one candidate shares with the article.

    ``aligned`` says whether the candidate is sure to be aligned (its words are split
    with their offsets then, and the features come from them).
    """
    feats = (_features if aligned else _pool_features)(doc.id, doc.text)
    return _Overlap(
        doc=doc,
        shared=math.fsum(art.term_weight[t] for t in feats.terms.intersection(art.term_weight)),
        shared_pairs=len(art.pairs & feats.pairs),
    )


def _evidence(art: _Article, ov: _Overlap, opts: TraceOptions) -> _Evidence:
    """Align one candidate's copied passages."""
    a, s = art.words, cached_words(ov.doc.text)
    copied = align(a, s, opts.align)
    covered: set[int] = set()
    source_covered: set[int] = set()
    for al in copied:
        covered.update(range(al.a_start, al.a_end))
        source_covered.update(range(al.s_start, al.s_end))
    return _Evidence(
        overlap=ov,
        source=s,
        passages=[_passage(a, s, al) for al in copied],
        covered=covered,
        copied_covered=set(covered),
        source_covered=source_covered,
        copied=sum(al.matched for al in copied if al.matched >= opts.long_passage),
    )


def _aligned(pool: list[_Overlap], opts: TraceOptions) -> list[_Overlap]:
    """Return the candidates to align: the best ranked, and the pool's best by overlap."""
    keep = pool[: opts.candidates]
    for best in (
        max(pool, key=lambda o: o.shared_pairs, default=None),
        max(pool, key=lambda o: o.shared, default=None),
    ):
        if best is not None and all(o is not best for o in keep):
            keep = [*keep, best]
    return keep


def _add_retold(art: _Article, ev: _Evidence, opts: TraceOptions) -> None:
    """Add the article sentences retold from ``ev``'s source (not copied) as passages."""
    a, s = art.words, ev.source
    s_sents = sentences(ev.doc.text, s)
    s_stems = [content_stems(s, x) for x in s_sents]
    for sent, stems in zip(art.sentences, art.stems, strict=True):
        size = sent.end - sent.first
        if len(stems) < 4:
            continue
        inside = sum(1 for i in range(sent.first, sent.end) if i in ev.covered)
        if inside * 2 >= size:
            continue
        best, best_j = best_containment(
            stems, s_stems, art.weight, art.default_weight, max_size=4 * len(stems) + 10
        )
        if best < opts.retold_min:
            continue
        src = s_sents[best_j]
        ev.passages.append(
            Passage(
                article_start=a.starts[sent.first],
                article_end=a.ends[sent.end - 1],
                source_start=s.starts[src.first],
                source_end=s.ends[src.end - 1],
                similarity=best,
                kind="rewritten",
                article_words=size,
                matched_words=0,
            )
        )
        ev.covered.update(range(sent.first, sent.end))
        ev.source_covered.update(range(src.first, src.end))
    ev.passages.sort(key=lambda p: p.article_start)


def _distinctiveness(
    found: list[_Evidence], pool: list[_Overlap], min_pool: int
) -> dict[str, float]:
    """How many times each candidate's shared distinctive content exceeds the pool's median.

    The other documents of the pool are the article's topical neighbours: their overlap
    with it is what sharing a topic alone gives. A source shares the article's specifics
    (names, figures, findings) and stands out from them.
    """
    if len(pool) <= min_pool:
        return {}
    out = {}
    for ev in found:
        rest = sorted(o.shared for o in pool if o.doc.id != ev.doc.id)
        median = rest[len(rest) // 2]
        out[ev.doc.id] = ev.shared / median if median > 0 else math.inf
    return out


def _retold(pool: list[_Overlap], distinct: dict[str, float], opts: TraceOptions) -> str | None:
    """Return the id of the one candidate the article retells, if one stands out from the pool.

    :func:`_aligned` aligns the pool's best by shared pairs and by shared words, so the
    candidate returned is always among the aligned ones.
    """
    if len(pool) <= opts.min_pool:
        return None
    by_pairs = sorted(pool, key=lambda o: o.shared_pairs, reverse=True)
    best, runner_up = by_pairs[0], by_pairs[1]
    if best.shared_pairs >= opts.distinct_pairs * max(runner_up.shared_pairs, 1):
        return best.doc.id
    by_words = max(pool, key=lambda o: o.shared)
    if by_words is best and distinct.get(best.doc.id, 0.0) >= opts.distinct:
        return best.doc.id
    return None


def _judge(
    art: _Article, found: list[_Evidence], pool: list[_Overlap], opts: TraceOptions
) -> list[tuple[_Evidence, Derivation]]:
    """Give each candidate a verdict, best explained first.

    A candidate is a source when enough of the article is copied from it that no better
    candidate already explains, when it shares long copied passages with it, or, for the
    one candidate that stands out from the rest, when its shared content is distinctive.
    Retold sentences are then aligned for the sources: they add to a source's coverage
    (and can make it ``wholly``) but never make one on their own, because texts on the
    same topic retell each other's sentences too.
    """
    n_words = len(art.words)
    order = sorted(found, key=lambda e: (len(e.covered), e.copied, e.shared), reverse=True)
    distinct = _distinctiveness(found, pool, opts.min_pool)
    retold_by = _retold(pool, distinct, opts)
    explained: set[int] = set()
    out: list[tuple[_Evidence, Derivation]] = []
    for ev in order:
        fresh = len(ev.copied_covered - explained) / n_words
        ratio = distinct.get(ev.doc.id, 0.0)
        is_source = (
            fresh >= opts.partially
            or (ev.copied >= opts.min_copied and fresh > 0)
            or ev.doc.id == retold_by
            or (
                ev.shared_pairs >= opts.min_pairs
                and ev.shared_pairs >= opts.pair_share * len(art.pairs)
            )
        )
        verdict: Derivation = "non"
        if is_source:
            _add_retold(art, ev, opts)
            coverage = len(ev.covered) / n_words
            verdict = "wholly" if coverage >= opts.wholly else "partially"
            explained |= ev.covered
        coverage = len(ev.covered) / n_words
        ev.score = ratio
        ev.reason = (
            f"{coverage:.0%} of the article aligned ({ev.copied} words in long copied "
            f"passages, {fresh:.0%} copied and not explained by a better source); shared "
            f"distinctive content {ratio:.1f}x the median neighbour's (of {len(pool)} retrieved)"
        )
        out.append((ev, verdict))
    return out


def _later(doc: Document, article_date: str | None) -> bool:
    """Whether ``doc`` is dated after the article (both dates known)."""
    return bool(article_date and doc.date and doc.date[:10] > article_date[:10])


def trace(
    store: Store,
    text: str,
    *,
    article_id: str | None = None,
    article_date: str | None = None,
    exclude: Collection[str] = (),
    options: TraceOptions | None = None,
) -> TraceResult:
    """Find the indexed documents an article was written from.

    Args:
        store: The index to search.
        text: The article's text.
        article_id: Its id, if indexed: it is never offered as its own source.
        article_date: Its date (ISO 8601): documents dated later are not offered.
        exclude: Ids of documents never to offer as sources.
        options: Trace settings.

    Returns:
        The sources, best first, with aligned passages and coverage figures.
    """
    opts = options or TraceOptions()
    end = searched_end(text, opts.max_chars)
    notices: tuple[str, ...] = ()
    if end < len(text):
        notices = (
            f"The text has {len(text):,} characters: its sources were traced from the first "
            f"{end:,} only, and coverage is of those (limit: {opts.max_chars:,} characters).",
        )
    art, ranked = _article(text[:end], store)
    n_words = len(art.words)
    if n_words == 0:
        return TraceResult(article_id, text, (), notices=notices)
    depth = max(opts.pool, opts.candidates)
    hits = store.candidates(ranked[: opts.query_terms], limit=depth + 1)
    skip = {article_id, *exclude}
    ids = [doc_id for doc_id, _ in hits if doc_id not in skip][:depth]
    docs = store.get_many(ids)
    listed = [docs[i] for i in ids if i in docs and not _later(docs[i], article_date)]
    pool = [_overlap(art, doc, aligned=n < opts.candidates) for n, doc in enumerate(listed)]
    found = [_evidence(art, ov, opts) for ov in _aligned(pool, opts)]
    sources = [
        SourceMatch(
            id=ev.doc.id,
            title=ev.doc.title,
            date=ev.doc.date,
            article_coverage=len(ev.covered) / n_words,
            source_coverage=len(ev.source_covered) / max(len(ev.source), 1),
            derivation=verdict,
            passages=tuple(ev.passages),
            score=ev.score,
            reason=ev.reason,
            shared_pairs=ev.shared_pairs,
        )
        for ev, verdict in _judge(art, found, pool, opts)
    ]
    rank = {"wholly": 0, "partially": 0, "non": 1}
    sources.sort(key=lambda m: (rank[m.derivation], -m.article_coverage, -m.score))
    return TraceResult(article_id, text, tuple(sources), notices=notices)


def trace_many(
    store: Store, docs: Sequence[Document], *, options: TraceOptions | None = None
) -> list[TraceResult]:
    """Trace several articles (see :func:`trace`)."""
    return [
        trace(store, d.text, article_id=d.id, article_date=d.date, options=options) for d in docs
    ]
