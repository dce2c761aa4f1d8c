"""Trace an article to the indexed documents it was written from.

Three stages, each a plain function over plain data:

1. **Retrieve** candidates by BM25 over the article's most distinctive words (the
   rarest names, figures and terms it holds), so sources it retells in its own words are
   found as well as sources it copies.
2. **Align** each candidate: copied passages word by word (:mod:`sourcetrace.align`),
   then retold sentences, matched by the weighted share of their distinctive word stems
   found in one source sentence (:mod:`sourcetrace.sentences`).
3. **Judge** each candidate from the evidence: how much of the article it accounts for
   that no better source already explains, and how specific the shared content is.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from sourcetrace.align import AlignOptions, WordAlignment, align
from sourcetrace.documents import Document
from sourcetrace.index.base import Store
from sourcetrace.results import Derivation, Passage, SourceMatch, TraceResult
from sourcetrace.sentences import (
    Sentence,
    content_stems,
    idf,
    sentences,
    stem,
    weighted_containment,
)
from sourcetrace.text import Words, index_terms, is_content, words


@dataclass(frozen=True, slots=True)
class TraceOptions:
    """Settings of a trace. The defaults suit news stories and press releases.

    Attributes:
        candidates: Documents retrieved by BM25 for alignment.
        query_terms: Distinctive article words the retrieval query uses.
        retold_min: Weighted share of an article sentence's stems that one source
            sentence must hold for the sentence to count as retold from it.
        wholly: Article coverage from which a source counts as wholly derived.
        partially: Article coverage (not explained by a better source) from which a
            source counts as partially derived.
        min_copied: Words copied in long passages that make a source on their own.
        long_passage: Identical words from which a copied passage counts as long.
        distinct: How many times the distinctive content the best candidate shares with
            the article must exceed the typical candidate's for it to count as a source
            without copied text (a story that retells one release in its own words).
        min_pool: Fewest other candidates needed to judge distinctiveness.
        align: Settings of the word alignment.
    """

    candidates: int = 20
    query_terms: int = 40
    retold_min: float = 0.5
    wholly: float = 0.6
    partially: float = 0.15
    min_copied: int = 20
    long_passage: int = 10
    distinct: float = 2.4
    min_pool: int = 5
    align: AlignOptions = field(default_factory=AlignOptions)


@dataclass(slots=True)
class _Article:
    text: str
    words: Words
    sentences: list[Sentence]
    stems: list[set[str]]
    weight: dict[str, float]
    default_weight: float
    term_weight: dict[str, float]


@dataclass(slots=True)
class _Evidence:
    doc: Document
    passages: list[Passage]
    covered: set[int]
    source_covered: set[int]
    source_words: int
    copied: int
    shared: float
    score: float = 0.0
    reason: str = ""


def _article(text: str, store: Store) -> tuple[_Article, list[str]]:
    """Tokenise the article, weigh its words by rarity, and pick the query terms."""
    w = words(text)
    content = [k for k in w.keys if is_content(k)]
    terms = Counter(t for k in content for t in index_terms(k) if len(t) > 1)
    n_docs = max(store.count(), 1)
    dfs = store.doc_freqs(terms)
    term_idf = {t: idf(df, n_docs) for t, df in dfs.items()}
    unseen = idf(0, n_docs)
    weight: dict[str, float] = {}
    for k in set(content):
        s = stem(k)
        value = max((term_idf.get(t, unseen) for t in index_terms(k)), default=unseen)
        weight[s] = max(weight.get(s, 0.0), value)
    ranked = sorted(
        (t for t in terms if t in term_idf),
        key=lambda t: (1.0 + math.log(terms[t])) * term_idf[t],
        reverse=True,
    )
    sents = sentences(text, w)
    stems = [content_stems(w, s) for s in sents]
    median = sorted(weight.values())[len(weight) // 2] if weight else 1.0
    return _Article(text, w, sents, stems, weight, median, term_idf), ranked


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


def _evidence(art: _Article, doc: Document, opts: TraceOptions) -> _Evidence:
    """Align one candidate with the article: copied passages, then retold sentences."""
    a, s = art.words, words(doc.text)
    copied = align(a, s, opts.align)
    passages = [_passage(a, s, al) for al in copied]
    covered: set[int] = set()
    source_covered: set[int] = set()
    for al in copied:
        covered.update(range(al.a_start, al.a_end))
        source_covered.update(range(al.s_start, al.s_end))
    n_copied = sum(al.matched for al in copied if al.matched >= opts.long_passage)
    doc_terms = {t for k in s.keys for t in index_terms(k)}
    shared = sum(v for t, v in art.term_weight.items() if t in doc_terms)
    s_sents = sentences(doc.text, s)
    s_stems = [content_stems(s, x) for x in s_sents]
    for sent, stems in zip(art.sentences, art.stems, strict=True):
        size = sent.end - sent.first
        if len(stems) < 4:
            continue
        inside = sum(1 for i in range(sent.first, sent.end) if i in covered)
        if inside * 2 >= size:
            continue
        best, best_j = 0.0, -1
        for j, other in enumerate(s_stems):
            if len(other) > 4 * len(stems) + 10:
                continue
            sim = weighted_containment(stems, other, art.weight, art.default_weight)
            if sim > best:
                best, best_j = sim, j
        if best >= opts.retold_min:
            src = s_sents[best_j]
            passages.append(
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
            covered.update(range(sent.first, sent.end))
            source_covered.update(range(src.first, src.end))
    passages.sort(key=lambda p: p.article_start)
    return _Evidence(doc, passages, covered, source_covered, len(s), n_copied, shared)


def _distinctiveness(found: list[_Evidence], min_pool: int) -> dict[str, float]:
    """How many times each candidate's shared distinctive content exceeds the pool's median.

    The other retrieved candidates are the article's topical neighbours: their overlap
    with it is what sharing a topic alone gives. A source shares the article's specifics
    (names, figures, findings) and stands out from them.
    """
    if len(found) <= min_pool:
        return {}
    out = {}
    for ev in found:
        rest = sorted(e.shared for e in found if e is not ev)
        median = rest[len(rest) // 2]
        out[ev.doc.id] = ev.shared / median if median > 0 else math.inf
    return out


def _judge(
    found: list[_Evidence], n_words: int, opts: TraceOptions
) -> list[tuple[_Evidence, Derivation]]:
    """Give each candidate a verdict, best explained first.

    A candidate is a source when it accounts for enough of the article that no better
    candidate already explains, when it shares long copied passages with it, or, for the
    one candidate sharing the most, when its shared content is distinctive.
    """
    order = sorted(found, key=lambda e: (len(e.covered), e.copied, e.shared), reverse=True)
    distinct = _distinctiveness(found, opts.min_pool)
    best_shared = max(found, key=lambda e: e.shared, default=None)
    explained: set[int] = set()
    out: list[tuple[_Evidence, Derivation]] = []
    for ev in order:
        coverage = len(ev.covered) / n_words if n_words else 0.0
        fresh = len(ev.covered - explained) / n_words if n_words else 0.0
        ratio = distinct.get(ev.doc.id, 0.0)
        retold = ev is best_shared and ratio >= opts.distinct
        verdict: Derivation
        if coverage >= opts.wholly and fresh >= opts.partially:
            verdict = "wholly"
        elif fresh >= opts.partially or (ev.copied >= opts.min_copied and fresh > 0) or retold:
            verdict = "partially"
        else:
            verdict = "non"
        ev.score = ratio
        ev.reason = (
            f"{coverage:.0%} of the article aligned ({ev.copied} words in long copied "
            f"passages), {fresh:.0%} not explained by a better source; shared distinctive "
            f"content {ratio:.1f}x the typical candidate's"
        )
        if verdict != "non":
            explained |= ev.covered
        out.append((ev, verdict))
    return out


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
    art, ranked = _article(text, store)
    n_words = len(art.words)
    if n_words == 0:
        return TraceResult(article_id, text, ())
    hits = store.candidates(ranked[: opts.query_terms], limit=opts.candidates + 1)
    skip = {article_id, *exclude}
    docs = store.get_many([doc_id for doc_id, _ in hits if doc_id not in skip][: opts.candidates])
    found = []
    for doc in docs.values():
        if article_date and doc.date and doc.date[:10] > article_date[:10]:
            continue
        found.append(_evidence(art, doc, opts))
    sources = []
    for ev, verdict in _judge(found, n_words, opts):
        sources.append(
            SourceMatch(
                id=ev.doc.id,
                title=ev.doc.title,
                date=ev.doc.date,
                article_coverage=len(ev.covered) / n_words,
                source_coverage=len(ev.source_covered) / ev.source_words
                if ev.source_words
                else 0.0,
                derivation=verdict,
                passages=tuple(ev.passages),
                score=ev.score,
                reason=ev.reason,
            )
        )
    rank = {"wholly": 0, "partially": 0, "non": 1}
    sources.sort(key=lambda m: (rank[m.derivation], -m.article_coverage, -m.score))
    return TraceResult(article_id, text, tuple(sources))


def trace_many(
    store: Store, docs: Sequence[Document], *, options: TraceOptions | None = None
) -> list[TraceResult]:
    """Trace several articles (see :func:`trace`)."""
    return [
        trace(store, d.text, article_id=d.id, article_date=d.date, options=options)
        for d in docs
    ]


