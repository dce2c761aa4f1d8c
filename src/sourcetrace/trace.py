"""Trace an article to the indexed documents it was written from.

Three stages, each a plain function over plain data:

1. **Retrieve** candidates by BM25 over the article's most distinctive words (the
   rarest names, figures and terms it holds), so sources it retells in its own words are
   found as well as sources it copies.
2. **Align** each candidate: copied passages word by word (:mod:`sourcetrace.align`),
   then retold sentences, matched by the weighted share of their distinctive word stems
   found in one source sentence (:mod:`sourcetrace.sentences`).
3. **Judge** each candidate from the evidence under the acceptance policy of
   :mod:`sourcetrace.judge`: how much of the article it accounts for that no better
   source already explains, and how specific the shared content is, measured against a
   deeper pool of retrieved documents (the article's topical neighbours) that are not
   aligned. Each candidate also gets a confidence (:mod:`sourcetrace.confidence`).

:func:`trace` retrieves the candidates from an index; :func:`trace_pool` judges a pool
chosen by the caller (corpus mode).
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from sourcetrace.align import AlignOptions, WordAlignment, align, extend_to, trim_to
from sourcetrace.confidence import ConfidenceModel, load_model
from sourcetrace.dates import document_date
from sourcetrace.documents import Document
from sourcetrace.index.base import Store
from sourcetrace.judge import (
    DEFAULT_POLICY,
    AcceptancePolicy,
    Article,
    Candidate,
    Judgement,
    Neighbour,
    judge,
)
from sourcetrace.order import precedes
from sourcetrace.quotes.limits import searched_end
from sourcetrace.results import (
    AlsoHeld,
    Passage,
    SharedText,
    SourceMatch,
    TraceResult,
    also_in_label,
)
from sourcetrace.sentences import (
    Retelling,
    Sentence,
    containments,
    content_stem_seq,
    content_stems,
    idf,
    sentences,
    stem,
)
from sourcetrace.settings import check_options, check_policy
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
        retold_min_stems: Fewest content stems of an article sentence for it to be
            looked for as retold (shorter ones match by chance).
        retold_copied: Share of an article sentence already copied from the source from
            which it is not looked for as retold.
        retold_max_ratio: A source sentence matched as retold holds at most this many
            times the article sentence's stems, plus ``retold_max_extra``.
        retold_max_extra: See ``retold_max_ratio``.
        retold_dice: A retold sentence and its source sentence share at least this share
            of their content stems (shared over the mean of the two counts): they must say
            the same thing, not only share a topic's rare words.
        retold_min_shared: Fewest content stems they share.
        retold_outside: Fewest shared stems outside the longest run of stems they share
            in order (a name or term spelt out in both counts once).
        retold_max_length: Longest ratio of their lengths in characters, either way.
        wholly: Article coverage from which an accepted source counts as wholly derived.
        long_passage: Identical words from which a copied passage counts as long.
        extend_rounds: Most further retrievals while candidates keep yielding new copied
            text: each queries the distinctive words of the article not yet covered by a
            long copied passage, and aligns the new documents it returns; it stops when
            none of them yields a long copied passage over words not yet covered (a story
            assembled from many sources gets all of them). 0: one retrieval only.
        extend_batch: New documents aligned per further retrieval.
        holders: Most other documents holding a copied sentence word for word that are
            aligned and named on its passage (``also_in``) in a story with several
            sources; the passage counts them all (``held_by``). Stock text (a funder's
            boilerplate, a caveat) is held by dozens of releases: past this many, the
            passage names the first ones in index order.
        policy: The rules that accept a candidate as a source, with their thresholds
            (see :mod:`sourcetrace.judge`).
        align: Settings of the word alignment.
        source_may_be_absent: The index may not hold the article's source (a small or
            partial index): the confidences come from the model fitted for that (see
            :func:`sourcetrace.confidence.load_model`). The rules do not read them.
    """

    candidates: int = 20
    pool: int = 40
    query_terms: int = 40
    retold_min: float = 0.5
    retold_min_stems: int = 4
    retold_copied: float = 0.5
    retold_max_ratio: int = 4
    retold_max_extra: int = 10
    retold_dice: float = 0.55
    retold_min_shared: int = 4
    retold_outside: int = 2
    retold_max_length: float = 2.5
    wholly: float = 0.6
    long_passage: int = 10
    extend_rounds: int = 4
    extend_batch: int = 10
    holders: int = 100
    policy: AcceptancePolicy = DEFAULT_POLICY
    align: AlignOptions = field(default_factory=AlignOptions)
    source_may_be_absent: bool = False

    def __post_init__(self) -> None:
        check_options("trace", self)
        check_options("align", self.align)
        check_policy(self.policy)

    def signature(self) -> str:
        """Return a short digest of these settings, the rules' names and versions included."""
        return _signature(self)


@lru_cache(maxsize=64)
def _signature(options: TraceOptions) -> str:
    text = f"{options!r}|{options.policy.signature()}"
    return hashlib.blake2b(text.encode(), digest_size=8).hexdigest()


MAX_CHARS = 100_000
"""Longest article traced, in characters (issue 14: bounded work on hostile text).

A longer one is traced up to its last paragraph break before the cap, and the result's
``notices`` say so. Real stories are far shorter: the longest of 1,750 PolNeAR and
InSciOut stories has 33,672 characters. Tracing 100,000 characters takes a few seconds.
"""


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
    term_docs: dict[str, int] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _Overlap:
    """What one candidate shares with the article, before any alignment."""

    doc: Document
    shared: float
    shared_pairs: int
    pairs: frozenset[tuple[str, str]] = frozenset()


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
    long_covered: frozenset[int] = frozenset()
    long_spans: tuple[tuple[int, int, int], ...] = ()
    unique_copied: int = 0
    alignments: tuple[WordAlignment, ...] = ()

    @property
    def doc(self) -> Document:
        return self.overlap.doc

    @property
    def shared(self) -> float:
        return self.overlap.shared

    @property
    def shared_pairs(self) -> int:
        return self.overlap.shared_pairs


def _article(
    text: str, n_docs: int, doc_freqs: Callable[[Iterable[str]], Mapping[str, int]]
) -> tuple[_Article, list[str]]:
    """Tokenise the article, weigh its words by rarity, and pick the query terms."""
    w = cached_words(text)
    counts = Counter(k for k in w.keys if is_content(k))
    parts = {k: index_terms(k) if "'" in k else [k] for k in counts}
    terms: Counter[str] = Counter()
    for k, c in counts.items():
        for t in parts[k]:
            if len(t) > 1:
                terms[t] += c
    n_docs = max(n_docs, 1)
    dfs = doc_freqs(terms)
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
    art = _Article(text, w, sents, stems, weight, median, term_idf, _pairs(w.keys), dict(dfs))
    return art, ranked


def _pairs(keys: Sequence[str]) -> set[tuple[str, str]]:
    """Return consecutive pairs of content-word stems (stopwords skipped).

    Shared pairs ("long-term ex-smokers", "quit attempts") tell a source from a text that
    only shares its topic far better than shared single words do.
    """
    seq = [s for s in map(_content_stem, keys) if s]
    return set(itertools.pairwise(seq))


def content_pairs(text: str) -> frozenset[tuple[str, str]]:
    """Return a text's consecutive content-word stem pairs (what ``shared_pairs`` counts)."""
    return frozenset(_pairs(cached_words(text).keys))


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
    pairs = feats.pairs.intersection(art.pairs)
    return _Overlap(
        doc=doc,
        shared=math.fsum(art.term_weight[t] for t in feats.terms.intersection(art.term_weight)),
        shared_pairs=len(pairs),
        pairs=pairs,
    )


@dataclass(frozen=True, slots=True)
class _Held:
    """A document aligned only to be named as holding text: what :func:`_holders` reads."""

    source: Words
    alignments: tuple[WordAlignment, ...]
    doc: Document | None = None


def _copied(art: _Article, s: Words, opts: TraceOptions) -> list[WordAlignment]:
    """The copied passages of the document ``s``, fitted to the article's sentence edges."""
    return _at_sentence_edges(art, s, align(art.words, s, opts.align), opts.align.min_matched)


def _evidence(art: _Article, ov: _Overlap, opts: TraceOptions) -> _Evidence:
    """Align one candidate's copied passages."""
    a, s = art.words, cached_words(ov.doc.text)
    copied = _copied(art, s, opts)
    covered: set[int] = set()
    source_covered: set[int] = set()
    long_covered: set[int] = set()
    long_spans: list[tuple[int, int, int]] = []
    for al in copied:
        covered.update(range(al.a_start, al.a_end))
        source_covered.update(range(al.s_start, al.s_end))
        if al.matched >= opts.long_passage:
            long_covered.update(range(al.a_start, al.a_end))
            if _whole_sentences(art, al):
                long_spans.append((al.a_start, al.a_end, al.matched))
        elif _edited_sentence(art, al, opts.long_passage):
            long_covered.update(range(al.a_start, al.a_end))
            long_spans.append((al.a_start, al.a_end, al.a_end - al.a_start))
    return _Evidence(
        overlap=ov,
        source=s,
        passages=[_passage(a, s, al) for al in copied],
        covered=covered,
        copied_covered=set(covered),
        source_covered=source_covered,
        copied=sum(al.matched for al in copied if al.matched >= opts.long_passage),
        long_covered=frozenset(long_covered),
        long_spans=tuple(long_spans),
        alignments=tuple(copied),
    )


#: Most words of an article sentence a copied passage may reach into beyond its edge
#: before it is cut back to the edge (a "The" the next sentences of both texts open with).
STRAY_EDGE_WORDS = 2


def _at_sentence_edges(
    art: _Article, s: Words, copied: list[WordAlignment], min_matched: int
) -> list[WordAlignment]:
    """Fit copied passages to the article's sentence edges.

    A passage reaching at most :data:`STRAY_EDGE_WORDS` words into a neighbouring
    sentence is cut back to the sentence edge (both texts open their next sentence with
    "The"); one stopping short of its sentence's edge is extended to it across a small
    edit when the words beyond match (:func:`sourcetrace.align.extend_to`): a sentence
    copied with an edit near its end is one passage with its exact bounds, and counts as
    copying a whole sentence.
    """
    sents = art.sentences
    if not copied or not sents:
        return copied
    firsts = [x.first for x in sents]
    out: list[WordAlignment] = []
    for n, al in enumerate(copied):
        lo = out[-1].a_end if out else 0
        hi = copied[n + 1].a_start if n + 1 < len(copied) else len(art.words)
        head = sents[max(bisect_right(firsts, al.a_start) - 1, 0)]
        tail = sents[max(bisect_right(firsts, al.a_end - 1) - 1, 0)]
        cut: WordAlignment | None = al
        if head.end < al.a_end and head.end - al.a_start <= STRAY_EDGE_WORDS:
            cut = trim_to(al, head.end, al.a_end)
        if (
            cut is not None
            and tail.first > cut.a_start
            and cut.a_end - tail.first <= STRAY_EDGE_WORDS
        ):
            cut = trim_to(cut, cut.a_start, tail.first)
        if cut is None or cut.matched < min_matched:
            continue
        al = cut
        head = sents[max(bisect_right(firsts, al.a_start) - 1, 0)]
        tail = sents[max(bisect_right(firsts, al.a_end - 1) - 1, 0)]
        if head.first < al.a_start and head.first >= lo:
            al = extend_to(art.words, s, al, head.first) or al
        if al.a_end < tail.end <= hi:
            al = extend_to(art.words, s, al, tail.end) or al
        out.append(al)
    return out


#: Share of the words of the article sentences a copied passage touches that it must
#: span to count as copying whole sentences (not a stock phrase inside one).
WHOLE_SENTENCES = 0.8


def _whole_sentences(art: _Article, al: WordAlignment) -> bool:
    """Whether a passage spans most of the article sentences it touches.

    A passage set between two sentence stops as written (a full stop, question or
    exclamation mark before its first word and after its last, closing quotes aside)
    copies whole sentences too, even where the splitter did not end a sentence (it ends
    one only before a capital, so a sentence opening in lowercase, "e-cigarettes…",
    joins the one before it).
    """
    touched = sum(
        s.end - s.first for s in art.sentences if s.first < al.a_end and al.a_start < s.end
    )
    if al.a_end - al.a_start >= WHOLE_SENTENCES * touched:
        return True
    text, w = art.text, art.words
    before = text[max(w.starts[al.a_start] - 8, 0) : w.starts[al.a_start]]
    after = text[w.ends[al.a_end - 1] : w.ends[al.a_end - 1] + 4]
    return bool(_STOP_BEFORE_RE.search(before) and _STOP_AFTER_RE.match(after))


#: Most words of a copied whole sentence not matched, on either side (one edit: a word
#: inserted, dropped, replaced, or two swapped), for it to count as a long copied passage
#: of its words when fewer than ``long_passage`` match. Two let in formulaic sentences
#: two releases word differently ("The study was/is published in the journal …").
EDITED_SENTENCE_EDITS = 1


def _edited_sentence(art: _Article, al: WordAlignment, long_passage: int) -> bool:
    """Whether a passage copies a whole sentence of ``long_passage`` words or more, edited.

    A sentence of ten words copied with a word replaced or two swapped matches nine: it
    is not a long copied passage, yet it copies a whole sentence as surely as a longer
    one does. It counts as one, of its article words, in the measures
    of composite stories (:attr:`_Evidence.long_spans`, the long copied coverage), not in
    ``long_copied`` (the rules and the confidence model read that as before).
    """
    size = al.a_end - al.a_start
    return (
        size >= long_passage
        and size - al.matched <= EDITED_SENTENCE_EDITS
        and al.s_end - al.s_start - al.matched <= EDITED_SENTENCE_EDITS
        and _whole_sentences(art, al)
    )


# A sentence stop as written: before a passage's first word (closing and opening quotes
# or brackets between), and after its last (closing quotes or brackets first).
_STOP_BEFORE_RE = re.compile(r"""[.!?]["'”’)\]]*\s+["'“‘(\[]*$""")
_STOP_AFTER_RE = re.compile(r"""["'”’)\]]*[.!?](?:\s|["'”’)\]]|$)""")


def _count_unique(found: Mapping[str, _Evidence]) -> None:
    """Set each candidate's words matched in unshared long copied whole sentences.

    A passage counts when it copies whole article sentences (:func:`_whole_sentences`)
    and every other candidate's long copied passage overlapping it in the article lies
    inside it matching fewer words (:func:`_outmatches`): none, most often. A sentence
    several releases hold, one of them with more of the story's words ("Differences in
    study design and quality were taken into account…" where two others hold "Study
    design and quality were taken into account…"), was copied from that one.
    """
    owners: Counter[int] = Counter()
    for ev in found.values():
        owners.update(ev.long_covered)
    for ev in found.values():
        ev.unique_copied = sum(
            matched
            for start, end, matched in ev.long_spans
            if all(owners[i] == 1 for i in range(start, end))
            or all(
                _outmatches((start, end, matched), other)
                for other in found.values()
                if other is not ev and not other.long_covered.isdisjoint(range(start, end))
            )
        )


#: Words a long copied passage of whole sentences must match beyond another candidate's
#: long copied passages lying inside it for the text to count as copied from it alone
#: (:func:`_count_unique`): two, so that one word a release words otherwise, which a
#: story's own edit may match by chance, does not tell two holders apart.
OUTMATCH_WORDS = 2
#: Share of its article words such a passage must match: a copy with an edit or two. A
#: stock sentence the story retells (a caveat several releases word differently) is
#: matched in scattered words by each, and one matching more of them is chance.
OUTMATCH_DENSITY = 0.8


def _outmatches(span: tuple[int, int, int], other: _Evidence) -> bool:
    """Whether a long copied span holds more of the article than ``other`` there.

    True when the span matches most of its words (:data:`OUTMATCH_DENSITY`), and every
    long copied passage of ``other`` overlapping it lies inside it and together they
    match at least :data:`OUTMATCH_WORDS` fewer article words than the span does (its
    ``matched``, as in :attr:`_Evidence.long_spans`).
    """
    start, end, matched = span
    if matched < OUTMATCH_DENSITY * (end - start):
        return False
    theirs = [
        al
        for al in other.alignments
        if al.a_start < end and start < al.a_end and al.a_start in other.long_covered
    ]
    return all(start <= al.a_start and al.a_end <= end for al in theirs) and (
        sum(al.matched for al in theirs) + OUTMATCH_WORDS <= matched
    )


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


def _add_retold(art: _Article, ev: _Evidence, opts: TraceOptions) -> None:
    """Add the article sentences retold from ``ev``'s source (not copied) as passages."""
    a, s = art.words, ev.source
    s_sents = sentences(ev.doc.text, s)
    s_stems = [content_stems(s, x) for x in s_sents]
    same = Retelling(
        opts.retold_dice, opts.retold_min_shared, opts.retold_outside, opts.retold_max_length
    )

    def chars(w: Words, x: Sentence) -> int:
        return w.ends[x.end - 1] - w.starts[x.first]

    for sent, stems in zip(art.sentences, art.stems, strict=True):
        size = sent.end - sent.first
        if len(stems) < opts.retold_min_stems:
            continue
        inside = sum(1 for i in range(sent.first, sent.end) if i in ev.covered)
        if inside >= opts.retold_copied * size:
            continue
        longest = opts.retold_max_ratio * len(stems) + opts.retold_max_extra
        seq = content_stem_seq(a, sent)
        match = next(
            (
                (sim, j)
                for sim, j in containments(
                    stems,
                    s_stems,
                    art.weight,
                    art.default_weight,
                    max_size=longest,
                    minimum=opts.retold_min,
                )
                if same.same(
                    seq, content_stem_seq(s, s_sents[j]), chars(a, sent), chars(s, s_sents[j])
                )
            ),
            None,
        )
        if match is None:
            continue
        best, best_j = match
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


def _model(source_may_be_absent: bool = False) -> ConfidenceModel | None:
    """The shipped confidence model, or None if the package holds none."""
    try:
        return load_model(source_may_be_absent=source_may_be_absent)
    except FileNotFoundError:
        return None


def _candidate(ev: _Evidence) -> Candidate:
    return Candidate(
        ev.doc.id,
        ev.shared,
        ev.shared_pairs,
        frozenset(ev.copied_covered),
        ev.copied,
        ev.unique_copied,
        document_date(ev.doc.date, ev.doc.text),
    )


def trace(
    store: Store,
    text: str,
    *,
    article_id: str | None = None,
    article_date: str | None = None,
    exclude: Collection[str] = (),
    options: TraceOptions | None = None,
    max_chars: int = MAX_CHARS,
) -> TraceResult:
    """Find the indexed documents an article was written from.

    Args:
        store: The index to search.
        text: The article's text.
        article_id: Its id, if indexed: it is never offered as its own source.
        article_date: Its date (ISO 8601): documents dated later are not offered.
        exclude: Ids of documents never to offer as sources.
        options: Trace settings.
        max_chars: Longest text traced (see :data:`MAX_CHARS`).

    Returns:
        The sources, best first, with aligned passages and coverage figures.
    """
    opts = options or TraceOptions()
    end = searched_end(text, max_chars)
    if end < len(text):
        # A hostile or huge text (issue 14): trace its beginning, and say so.
        notice = (
            f"The text has {len(text):,} characters: its sources were traced from the first "
            f"{end:,} only, and coverage is of those (limit: {max_chars:,} characters)."
        )
        part = trace(
            store,
            text[:end],
            article_id=article_id,
            article_date=article_date,
            exclude=exclude,
            options=opts,
            max_chars=max_chars,
        )
        return dataclasses.replace(part, article_text=text, notices=(*part.notices, notice))
    art, ranked = _article(text, store.count(), store.doc_freqs)
    if not art.words:
        return TraceResult(article_id, text, (), settings=opts.signature())
    depth = max(opts.pool, opts.candidates)
    hits = store.candidates(ranked[: opts.query_terms], limit=depth + 1)
    skip = {article_id, *exclude}
    ids = [doc_id for doc_id, _ in hits if doc_id not in skip][:depth]
    docs = store.get_many(ids)
    article = _ArticleDate(article_date)
    listed = [docs[i] for i in ids if i in docs and precedes(docs[i], article) is not False]

    def more(terms: Sequence[str], seen: Collection[str], limit: int) -> list[Document]:
        hits = store.candidates(terms, limit=len(seen) + len(skip) + limit)
        new = [d for d, _ in hits if d not in seen and d not in skip][:limit]
        got = store.get_many(new)
        return [got[i] for i in new if i in got and precedes(got[i], article) is not False]

    excluded = [i for i in skip if i is not None]

    def holding(
        phrases: Sequence[str], seen: Collection[str], limit: int
    ) -> tuple[list[Document], int]:
        ids, total = store.holding(phrases, limit=len(seen) + limit, exclude=excluded)
        new = [d for d in ids if d not in seen][:limit]
        got = store.get_many(new)
        docs = [got[i] for i in new if i in got and precedes(got[i], article) is not False]
        return docs, total

    return _trace_pool(
        art,
        listed,
        article_id=article_id,
        article_date=article_date,
        options=opts,
        more=more,
        holding=holding,
    )


@dataclass(frozen=True, slots=True)
class _ArticleDate:
    """An article as :func:`sourcetrace.order.precedes` reads it: a date, no kind."""

    date: str | None
    kind: str | None = None


def trace_pool(
    text: str,
    pool: Sequence[Document],
    *,
    n_docs: int,
    doc_freqs: Callable[[Iterable[str]], Mapping[str, int]],
    article_id: str | None = None,
    article_date: str | None = None,
    options: TraceOptions | None = None,
) -> TraceResult:
    """Judge an article against a given pool of candidates (no retrieval).

    Corpus mode chooses each document's candidates itself and calls this; :func:`trace`
    retrieves them from an index first.

    Args:
        text: The article's text.
        pool: The candidates, best first; the first ``options.candidates`` are aligned.
        n_docs: Number of documents the term rarity is measured over.
        doc_freqs: How many of them hold each term.
        article_id: The article's id.
        article_date: Its date (ISO 8601), if known: read as evidence only (see
            :class:`sourcetrace.judge.DatedStandOut`); the pool is taken as given.
        options: Trace settings.

    Returns:
        The sources, best first, with aligned passages and coverage figures.
    """
    opts = options or TraceOptions()
    art, _ = _article(text, n_docs, doc_freqs)
    if not art.words:
        return TraceResult(article_id, text, (), settings=opts.signature())
    return _trace_pool(art, pool, article_id=article_id, article_date=article_date, options=opts)


def _trace_pool(
    art: _Article,
    listed: Sequence[Document],
    *,
    article_id: str | None,
    options: TraceOptions,
    article_date: str | None = None,
    more: Retriever | None = None,
    holding: Finder | None = None,
) -> TraceResult:
    opts = options
    n_words = len(art.words)
    pool = [_overlap(art, doc, aligned=n < opts.candidates) for n, doc in enumerate(listed)]
    found = {ev.doc.id: ev for ev in (_evidence(art, ov, opts) for ov in _aligned(pool, opts))}
    if more is not None and opts.extend_rounds:
        _extend(art, pool, found, more, opts, holding)
    retold: set[str] = set()

    def retell(doc_id: str) -> frozenset[int]:
        ev = found[doc_id]
        _add_retold(art, ev, opts)
        retold.add(doc_id)
        return frozenset(ev.covered)

    # Dates are read for the aligned candidates only (a few per trace): soft evidence for
    # the judge. Which documents are offered at all reads metadata dates alone (above).
    dated = document_date(article_date, art.text)

    def judged() -> tuple[list[Candidate], list[Judgement]]:
        _count_unique(found)
        context = Article(
            words=n_words,
            pairs=len(art.pairs),
            pool=tuple(
                Neighbour(o.doc.id, o.shared, o.shared_pairs, o.doc.kind, o.doc.date, o.pairs)
                for o in pool
            ),
            min_pool=opts.policy.min_pool,
            date=dated,
        )
        candidates = [_candidate(ev) for ev in found.values()]
        verdicts = judge(
            candidates,
            context,
            opts.policy,
            retell=retell,
            wholly=opts.wholly,
            model=_model(opts.source_may_be_absent),
        )
        return candidates, verdicts

    candidates, verdicts = judged()
    extra: dict[str, _Held] = {}
    counts: dict[tuple[int, int], int] = {}
    accepted = [j.id for j in verdicts if j.derivation != "non"]
    if more is not None and opts.extend_rounds and len(accepted) >= HOLDERS_FROM:
        extra = _other_holders(art, accepted, found, more, opts)
        if holding is not None:
            extra.update(_exact_holders(art, accepted, found, extra, holding, counts, opts))
        better = _better_holders(art, accepted, found, extra, opts)
        if better:
            # Judged again with them: the retold passages are added afresh.
            for doc_id in retold:
                found[doc_id] = _evidence(art, found[doc_id].overlap, opts)
            retold.clear()
            for doc in better:
                _admit(art, doc, pool, {o.doc.id: o for o in pool}, found, opts)
                del extra[doc.id]
            candidates, verdicts = judged()
            accepted = [j.id for j in verdicts if j.derivation != "non"]
    dates = {c.id: c.date for c in candidates}
    sources = []
    for j in verdicts:
        ev = found[j.id]
        sources.append(
            SourceMatch(
                id=ev.doc.id,
                title=ev.doc.title,
                date=ev.doc.date,
                article_coverage=len(j.covered) / n_words,
                source_coverage=len(ev.source_covered) / max(len(ev.source), 1),
                derivation=j.derivation,
                passages=tuple(ev.passages),
                score=j.score,
                reason=j.reason,
                shared_pairs=ev.shared_pairs,
                accepted_by=j.accepted_by,
                confidence=j.confidence,
                features=j.features,
                dated=dates[j.id],
            )
        )
    sources = _unshadowed(sources, {ev.doc.id: ev.doc for ev in found.values()})
    shared: tuple[SharedText, ...] = ()
    if more is not None:
        # An index trace. Corpus mode (no retriever) keeps its pairs as before: its stage
        # state stores passages without ``also_in`` (local and Spark runs must agree).
        holders: Mapping[str, _Evidence | _Held] = found
        if opts.extend_rounds and len(accepted) >= HOLDERS_FROM:
            holders = {**found, **extra}
            shared = _shared_text(art, accepted, found, holders, holding, opts)
        elif opts.extend_rounds and accepted:
            # One source (most stories): the index is not searched for other holders (a
            # phrase query of common words costs seconds on a million documents), but
            # copied text several aligned candidates hold and it does not is listed.
            shared = _shared_text(art, accepted, found, found, None, opts)
        sources = _also_held(art, sources, holders, opts, counts, judged=found.keys())
    sources.sort(key=_listing_order)
    return TraceResult(
        article_id,
        art.text,
        tuple(sources),
        settings=opts.signature(),
        article_dated=dated,
        shared=shared,
    )


#: Share of a copied passage's article span inside a longer copied passage of another
#: source from which it is that source's, not its own; and the same for a retold sentence.
SHADOWED_COPIED = 0.8
SHADOWED_RETOLD = 0.5


def _unshadowed(
    sources: list[SourceMatch], docs: Mapping[str, Document] | None = None
) -> list[SourceMatch]:
    """Drop the passages of accepted sources that a better passage of another one spans.

    Releases share stock sentences ("This is an observational study, so no firm
    conclusions can be drawn…"): a story copying one from a source that goes on beyond it
    shows it once, with that source, not again with every other source holding the
    sentence. A copied passage lying mostly (:data:`SHADOWED_COPIED`) inside a copied
    passage of another accepted source matching more words, and a retold sentence
    lying half (:data:`SHADOWED_RETOLD`) inside one, are dropped.

    Only texts of unknown order shadow each other. Where :func:`sourcetrace.order.precedes`
    orders the two sources (``docs`` gives their dates and kinds), each keeps its
    passages: a release and another outlet's copy of it both accepted, the copied text is
    shown with the release, its origin, and with the copy, which names the release in
    ``also_in`` (the copy matches the story's own edits too, so on length alone it would
    take every passage and leave the origin none).
    """
    docs = docs or {}

    def earlier(a: str, b: str) -> bool | None:
        if a in docs and b in docs:
            return precedes(docs[a], docs[b])
        return None

    copied = [
        (m.id, p)
        for m in sources
        if m.derivation != "non"
        for p in m.passages
        if p.kind == "copied"
    ]

    def shadowed(own: str, p: Passage) -> bool:
        n = p.article_end - p.article_start
        for other, q in copied:
            overlap = min(p.article_end, q.article_end) - max(p.article_start, q.article_start)
            if other == own or overlap <= 0:
                continue
            if earlier(other, own) is not None:
                continue  # one text came first: each shows what it holds (see above)
            if p.kind == "rewritten" and overlap >= SHADOWED_RETOLD * n:
                return True
            longer = (q.matched_words, q.article_end - q.article_start) > (p.matched_words, n)
            if p.kind == "copied" and overlap >= SHADOWED_COPIED * n and longer:
                return True
        return False

    return [
        dataclasses.replace(m, passages=tuple(p for p in m.passages if not shadowed(m.id, p)))
        if m.derivation != "non"
        else m
        for m in sources
    ]


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
    sentences and out-matches (:func:`_outmatches`) an accepted source there.
    """
    out: list[Document] = []
    for held in extra.values():
        if held.doc is None:
            continue
        for al in held.alignments:
            whole = _whole_sentences(art, al) and (
                al.matched >= opts.long_passage or _edited_sentence(art, al, opts.long_passage)
            )
            span = (al.a_start, al.a_end, al.matched)
            rivals = [
                found[a]
                for a in accepted
                if not found[a].long_covered.isdisjoint(range(al.a_start, al.a_end))
            ]
            if whole and rivals and all(_outmatches(span, ev) for ev in rivals):
                out.append(held.doc)
                break
    return out


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


def _listing_order(m: SourceMatch) -> tuple[float, ...]:
    """Sources first, by coverage; then the other candidates, likeliest first (confidence)."""
    if m.derivation != "non":
        return (0, -m.article_coverage, -m.score)
    return (1, -(m.confidence or 0.0), -m.article_coverage, -m.score)


def trace_many(
    store: Store, docs: Sequence[Document], *, options: TraceOptions | None = None
) -> list[TraceResult]:
    """Trace several articles (see :func:`trace`)."""
    return [
        trace(store, d.text, article_id=d.id, article_date=d.date, options=options) for d in docs
    ]
