"""Further retrievals for the parts of the article no candidate explains yet.

:func:`_extend` queries the distinctive words of the article not yet covered by a long
copied passage (:func:`_residual_terms`), the sentences left over
(:func:`_sentence_hits`) and their runs of words looked up word for word
(:func:`_exact_hits`); :func:`_probe` aligns pool documents that hold one of the
article's sentences; :func:`_admit` aligns and keeps the new candidates.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence

from sourcetrace.documents import Document
from sourcetrace.sentences import Sentence
from sourcetrace.text import index_terms, is_content
from sourcetrace.tracing.evidence import (
    _Article,
    _Evidence,
    _evidence,
    _features,
    _Overlap,
    _overlap,
    _pairs,
    _pool_features,
)
from sourcetrace.tracing.options import TraceOptions

#: Retrieves further candidates: given query terms, the ids already retrieved and how
#: many to return, the best ranked new documents (see :attr:`TraceOptions.extend_rounds`).
Retriever = Callable[[Sequence[str], Collection[str], int], list[Document]]
#: Finds the documents holding text word for word: given phrases, the ids to leave out
#: and how many to return, the first such documents and how many there are (see
#: :func:`_exact_holders`).
Finder = Callable[[Sequence[str], Collection[str], int], tuple[list[Document], int]]


def _residual_sentences(
    art: _Article, covered: Collection[int]
) -> list[tuple[Sentence, list[str]]]:
    """Return the article sentences half uncovered yet, each with its terms, rarest first."""
    out: list[tuple[Sentence, list[str]]] = []
    for sent in art.sentences:
        left = [i for i in range(sent.first, sent.end) if i not in covered]
        if 2 * len(left) < sent.end - sent.first:
            continue
        out.append((sent, _query_terms(art, [art.words.keys[i] for i in left])))
    return out


def _query_terms(art: _Article, keys: Iterable[str]) -> list[str]:
    """The index terms of some article words the index knows, rarest first."""
    terms = {
        t
        for k in keys
        if is_content(k)
        for t in (index_terms(k) if "'" in k else [k])
        if len(t) > 1 and t in art.term_weight
    }
    return sorted(terms, key=lambda t: (-art.term_weight[t], t))


#: Per-sentence retrieval of a further round (see :func:`_sentence_hits`): documents
#: retrieved per uncovered sentence, the rarest terms of the sentence queried, and the
#: consecutive content-word pairs a document must share with the sentence to be aligned.
SENTENCE_HITS = 3
SENTENCE_TERMS = 12
SENTENCE_PAIRS = 3


def _sentence_hits(
    art: _Article,
    covered: Collection[int],
    seen: Collection[str],
    more: Retriever,
    asked: set[int],
) -> list[Document]:
    """Return new documents that share a phrase run with one uncovered sentence.

    A story spliced from many sources holds, beside them, sentences of its own whose
    rare words (names, places) outrank the terms of a copied sentence in one query over
    all uncovered words: the copied sentence's source is then never retrieved. Each
    uncovered sentence is queried alone here, and a document it retrieves is kept only
    if it shares :data:`SENTENCE_PAIRS` consecutive content-word pairs with the sentence
    (a copied sentence does, lightly edited or not; a document sharing a rare name only
    does not), so the extra documents aligned are few. A sentence is queried once per
    trace (its index is added to ``asked``): asking again in a later round mostly
    returns the same documents' lower-ranked neighbours, at the cost of a query.
    """
    out: dict[str, Document] = {}
    for sent, terms in _residual_sentences(art, covered):
        pairs = _pairs(art.words.keys[sent.first : sent.end])
        if len(pairs) < SENTENCE_PAIRS or sent.first in asked:
            continue
        asked.add(sent.first)
        for doc in more(terms[:SENTENCE_TERMS], seen, SENTENCE_HITS):
            if doc.id in out:
                continue
            if len(pairs & _pool_features(doc.id, doc.text).pairs) >= SENTENCE_PAIRS:
                out[doc.id] = doc
    return list(out.values())


#: Exact look-up of partly copied sentences (see :func:`_exact_hits`): the fewest words
#: in a row of an uncovered stretch looked up, and the most documents holding the
#: stretches for them to be aligned (more: a common phrase, no evidence of a source).
LOOKUP_RUN = 4
LOOKUP_HOLDERS = 3
#: The most indexed documents that may hold the rarest content word of the stretches for
#: them to be looked up: a phrase query of common words reads long position lists (on a
#: million documents, a median of 0.5-1.5 s, against 3 ms with a word fewer than 1,000
#: hold), and text of common words only is seldom held by three documents or fewer.
LOOKUP_MAX_DOCS = 1000


def _too_common(art: _Article, runs: Iterable[Sequence[int]]) -> bool:
    """Whether runs of article words are too common to look up word for word.

    True when none of their content words is in the index, or the rarest is held by more
    than :data:`LOOKUP_MAX_DOCS` documents.
    """
    terms = _query_terms(art, [art.words.keys[i] for run in runs for i in run])
    return min((art.term_docs[t] for t in terms), default=LOOKUP_MAX_DOCS + 1) > LOOKUP_MAX_DOCS


def _exact_hits(
    art: _Article,
    covered: Collection[int],
    seen: Collection[str],
    holding: Finder,
    asked: set[int],
) -> list[Document]:
    """Return the documents holding, word for word, the uncovered rest of a copied sentence.

    A composite story may copy a sentence whose first part is stock text that many
    documents hold (the "observational study" caveat) and whose rest only its source
    holds ("…, and they outline some limitations that could have introduced bias"). The
    stock part's holders cover most of the sentence, so it is not queried alone
    (:func:`_sentence_hits` asks the sentences half uncovered), and a ranked query over
    its words finds the stock holders first. Here each article sentence that some long
    copied passage covers in part, with stretches of :data:`LOOKUP_RUN` or more
    uncovered words, is looked up once per trace (its first word's index goes into
    ``asked``): the index is asked which documents hold all those stretches word for
    word, and they are returned when at most :data:`LOOKUP_HOLDERS` do, to be aligned
    and judged like any candidate. Stretches are not looked up when none of their content
    words is in the index, or the rarest is held by more than :data:`LOOKUP_MAX_DOCS`
    documents (the query's cost). An edited stretch finds nothing (the ranked queries
    remain for it).
    """
    out: list[Document] = []
    starts, ends = art.words.starts, art.words.ends
    for sent in art.sentences:
        span = range(sent.first, sent.end)
        if sent.first in asked or all(i not in covered for i in span):
            continue
        stretches = [
            list(run) for gap, run in itertools.groupby(span, key=lambda i: i not in covered) if gap
        ]
        runs = [run for run in stretches if len(run) >= LOOKUP_RUN]
        if _too_common(art, runs):
            continue
        phrases = [art.text[starts[run[0]] : ends[run[-1]]] for run in runs]
        asked.add(sent.first)
        docs, total = holding(phrases, seen, LOOKUP_HOLDERS)
        if total <= LOOKUP_HOLDERS:
            out += docs
    return out


def _residual_terms(art: _Article, covered: Collection[int]) -> list[str]:
    """Return query terms for the article sentences no long copied passage covers yet.

    Each such sentence gives its rarest term first, then its next rarest, and so on, in
    turns (rarest first within a turn): a sentence copied from a source not yet found
    gets its own terms into the query however much unrelated text surrounds it, where
    ranking the remaining words as a whole lets the longest stretch of other text fill
    the query.
    """
    out: dict[str, None] = {}
    per_sentence = [ts for _, ts in _residual_sentences(art, covered)]
    for turn in itertools.count():
        row = [ts[turn] for ts in per_sentence if turn < len(ts)]
        if not row:
            break
        out.update(dict.fromkeys(sorted(row, key=lambda t: (-art.term_weight[t], t))))
    return list(out)


#: Candidates holding long copied text of their own (no other candidate's) from which
#: retrieval is extended (see :func:`_extend`).
EXTEND_FROM = 2


def _extend(
    art: _Article,
    pool: list[_Overlap],
    found: dict[str, _Evidence],
    more: Retriever,
    opts: TraceOptions,
    holding: Finder | None = None,
) -> None:
    """Retrieve and align further candidates while they yield new long copied text.

    Each round queries the distinctive words of the article that no aligned candidate's
    long copied passage covers yet, and aligns up to ``extend_batch`` documents not
    aligned before, and the documents each uncovered sentence queried alone retrieves
    that share a run of its phrases (:func:`_sentence_hits`); they are added to
    ``found``, and to ``pool`` if new to it. It stops after
    ``extend_rounds``, or when a round's documents cover no new article word with a long
    copied passage. Nothing more is retrieved unless :data:`EXTEND_FROM` candidates
    each hold long copied text no other one holds, or one does and :func:`_probe` finds
    another: a story copying from one source only (most stories) costs no further query
    unless most of its uncovered sentences share no phrase with any retrieved document.
    With ``holding`` (an index), each round also looks up, word for word, the text of
    sentences that other candidates copy in part (:func:`_exact_hits`).
    """
    owners: Counter[int] = Counter()
    for ev in found.values():
        owners.update(ev.long_covered)
    own = sum(1 for ev in found.values() if any(owners[i] == 1 for i in ev.long_covered))
    covered = set(owners)
    pooled = {o.doc.id: o for o in pool}
    if own < EXTEND_FROM and not (own and _probe(art, pool, pooled, found, covered, more, opts)):
        return
    asked: set[int] = set()
    looked_up: set[int] = set()
    for _ in range(opts.extend_rounds):
        docs = more(
            _residual_terms(art, covered)[: opts.query_terms], found.keys(), opts.extend_batch
        )
        docs += _sentence_hits(art, covered, found.keys(), more, asked)
        if holding is not None:
            docs += _exact_hits(art, covered, found.keys(), holding, looked_up)
        docs = list({d.id: d for d in docs}.values())
        new: set[int] = set()
        for doc in docs:
            new |= _admit(art, doc, pool, pooled, found, opts).long_covered - covered
        if not new:
            return
        covered |= new


def _admit(
    art: _Article,
    doc: Document,
    pool: list[_Overlap],
    pooled: dict[str, _Overlap],
    found: dict[str, _Evidence],
    opts: TraceOptions,
) -> _Evidence:
    """Align a document found by a later query and record its evidence.

    A document not yet in the pool joins it (``pool`` and ``pooled``); its evidence is
    stored in ``found`` and returned.
    """
    ov = pooled.get(doc.id)
    if ov is None:
        ov = pooled[doc.id] = _overlap(art, doc, aligned=True)
        pool.append(ov)
    ev = found[doc.id] = _evidence(art, ov, opts)
    return ev


#: Share of the uncovered sentences (those with :data:`SENTENCE_PAIRS` word pairs or more)
#: sharing no word pair with any retrieved document above which :func:`_probe` looks for
#: a second source: a story assembled from unrelated texts, where a retelling shares its
#: source's and its topic's phrases in most sentences.
PROBE_UNRELATED = 0.5


def _probe(
    art: _Article,
    pool: list[_Overlap],
    pooled: dict[str, _Overlap],
    found: dict[str, _Evidence],
    covered: set[int],
    more: Retriever,
    opts: TraceOptions,
) -> bool:
    """Look once for a second source of a story one candidate alone copies from.

    A story of two sources whose first retrieval finds one has a single candidate holding
    long copied text of its own: not enough to start :func:`_extend`. First, the pool's
    documents not aligned yet that hold most of one uncovered sentence's word pairs are
    aligned (:func:`_pool_copies`, no query). Else, when most of the
    article's uncovered sentences share no word pair with any retrieved document
    (:data:`PROBE_UNRELATED`: they are about something else), one query over their
    rarest terms (:func:`_residual_terms`) is made, and the documents it returns that
    share a run of :data:`SENTENCE_PAIRS` consecutive content-word pairs with one
    uncovered sentence are aligned, and added to ``found`` and ``pool``. Returns whether
    one of them copies an article word no long copied passage covered yet (the story
    draws on several texts: retrieval goes on).
    """
    runs = []
    for sent in art.sentences:
        left = sum(1 for i in range(sent.first, sent.end) if i not in covered)
        if 2 * left >= sent.end - sent.first:
            pairs = _pairs(art.words.keys[sent.first : sent.end])
            if len(pairs) >= SENTENCE_PAIRS:
                runs.append(pairs)
    if not runs:
        return False
    new: set[int] = set()
    for doc in _pool_copies(runs, pool, found):
        new |= _admit(art, doc, pool, pooled, found, opts).long_covered - covered
    if new:
        covered |= new
        return True
    features = [
        (_features if n < opts.candidates else _pool_features)(o.doc.id, o.doc.text).pairs
        for n, o in enumerate(pool)
    ]
    # Stop as soon as enough sentences share a pair with the pool (most stories).
    related_cap = len(runs) - math.floor(PROBE_UNRELATED * len(runs))
    related = 0
    for p in runs:
        related += any(not p.isdisjoint(f) for f in features)
        if related >= related_cap:
            return False
    docs = more(_residual_terms(art, covered)[: opts.query_terms], found.keys(), opts.extend_batch)
    for doc in docs:
        doc_pairs = _pool_features(doc.id, doc.text).pairs
        if not any(len(p & doc_pairs) >= SENTENCE_PAIRS for p in runs):
            continue
        new |= _admit(art, doc, pool, pooled, found, opts).long_covered - covered
    covered |= new
    return bool(new)


#: Share of an uncovered sentence's content-word pairs a retrieved document not aligned
#: yet must hold (and :data:`SENTENCE_PAIRS` at least) for :func:`_pool_copies` to
#: align it: the sentence is copied from it, not only on its topic (a topical
#: neighbour of an InSciOut story holds a fifth to two fifths of a sentence's pairs).
POOL_COPY_SHARE = 0.5


def _pool_copies(
    runs: Sequence[set[tuple[str, str]]], pool: Sequence[_Overlap], found: Mapping[str, object]
) -> list[Document]:
    """Return the pool's documents not aligned yet that hold most of one uncovered sentence.

    The first retrieval ranks the documents of a composite story's other sources below
    the aligned ones when the story's own sentences fill the query; they are in the pool
    all the same (measured, not aligned). One holding most of the word pairs of one
    uncovered sentence (``runs``: their pairs; :data:`POOL_COPY_SHARE`) is a source to
    align, found with no further query.
    """
    out = []
    for o in pool:
        if o.doc.id in found:
            continue
        pairs = _pool_features(o.doc.id, o.doc.text).pairs
        if any(_holds_sentence(p, pairs) for p in runs):
            out.append(o.doc)
    return out


def _holds_sentence(sentence: set[tuple[str, str]], doc: frozenset[tuple[str, str]]) -> bool:
    """Whether a document's word pairs hold most (:data:`POOL_COPY_SHARE`) of a sentence's."""
    n = len(sentence & doc)
    return n >= SENTENCE_PAIRS and n >= POOL_COPY_SHARE * len(sentence)


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
