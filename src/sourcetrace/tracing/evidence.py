"""The article as a trace reads it and the evidence aligned from each candidate.

:func:`_article` reads the article once (words, sentences, stems, term weights);
:func:`_overlap` measures what a candidate shares with it (words and word pairs);
:func:`_evidence` aligns the passages it copies, :func:`_add_retold` the sentences it
retells, and :func:`_count_unique` the copied words no other candidate explains.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from sourcetrace.align import WordAlignment, align, extend_to, trim_to
from sourcetrace.documents import Document
from sourcetrace.results import Passage
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
from sourcetrace.text import Words, cached_words, index_terms, is_content, term_set, word_keys
from sourcetrace.tracing.options import TraceOptions


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
            long_spans.append((al.a_start, al.a_end, sentence_words(al)))
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
    copying a whole sentence. Where the splitter ran the sentence on past a stop as
    written, that stop is the edge reached (:func:`_extended`).
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
            al = _extended(art, s, al, head.first, _written_edge(art, head, al, back=True))
        if al.a_end < tail.end <= hi:
            al = _extended(art, s, al, tail.end, _written_edge(art, tail, al, back=False))
        out.append(al)
    return out


def _extended(
    art: _Article, s: Words, al: WordAlignment, edge: int, written: int | None
) -> WordAlignment:
    """Extend a passage to its sentence's edge, else to a sentence stop as written.

    The splitter ends a sentence only before a capital, so a sentence whose next one
    opens in lowercase (or with a word an edit moved past the stop, "…or authority.
    postal") runs on: its edge as the splitter reads it lies beyond the copied text, and
    the stop as written (``written``, see :func:`_written_edge`) is the edge to reach.
    """
    out = extend_to(art.words, s, al, edge)
    if out is None and written is not None:
        out = extend_to(art.words, s, al, written)
    return out or al


def _written_edge(art: _Article, sent: Sentence, al: WordAlignment, *, back: bool) -> int | None:
    """The nearest sentence stop as written inside ``sent`` beyond a passage, if any.

    Going forward: one past the first word after the passage's end that a stop follows
    (:data:`_STOP_AFTER_RE`); going back: the first word after the last such stop before
    the passage's start. None when the splitter's edge is the first such stop (the usual
    case, nothing to add) or the passage already ends (starts) at one.
    """
    text, w = art.text, art.words

    def stop_after(k: int) -> bool:
        return bool(_STOP_AFTER_RE.match(text[w.ends[k] : w.ends[k] + 4]))

    if back:
        for k in range(al.a_start, sent.first, -1):
            if stop_after(k - 1):
                return k if k < al.a_start else None
        return None
    for k in range(al.a_end - 1, sent.end - 1):
        if stop_after(k):
            return k + 1 if k + 1 > al.a_end else None
    return None


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
    one does. So does one copied with a word dropped (nine words in the article): its
    size is the sentence's in the article or in the source, the more
    (:func:`sentence_words`). It counts as one, of that many words, in the measures of
    composite stories (:attr:`_Evidence.long_spans`, the long copied coverage), not in
    ``long_copied`` (the rules and the confidence model read that as before).
    """
    size = al.a_end - al.a_start
    return (
        sentence_words(al) >= long_passage
        and size - al.matched <= EDITED_SENTENCE_EDITS
        and al.s_end - al.s_start - al.matched <= EDITED_SENTENCE_EDITS
        and _whole_sentences(art, al)
    )


def sentence_words(al: WordAlignment) -> int:
    """Words of an edited copied sentence: its article or its source words, the more.

    A sentence of ten words copied with one dropped holds nine in the article: it counts
    as the ten-word sentence it copies, as one copied with a word inserted does.
    """
    return max(al.a_end - al.a_start, al.s_end - al.s_start)


# A sentence stop as written: before a passage's first word (closing and opening quotes
# or brackets between), and after its last (closing quotes or brackets first).
_STOP_BEFORE_RE = re.compile(r"""[.!?]["'”’)\]]*\s+["'“‘(\[]*$""")
_STOP_AFTER_RE = re.compile(r"""["'”’)\]]*[.!?](?:\s|["'”’)\]]|$)""")


def _count_unique(found: Mapping[str, _Evidence], art: _Article | None = None) -> None:
    """Set each candidate's words matched in unshared long copied whole sentences.

    A passage counts when it copies whole article sentences (:func:`_whole_sentences`)
    and every other candidate's long copied passage overlapping it in the article lies
    inside it matching fewer words (:func:`_outmatches`): none, most often. A sentence
    several releases hold, one of them with more of the story's words ("Differences in
    study design and quality were taken into account…" where two others hold "Study
    design and quality were taken into account…"), was copied from that one. With the
    article (``art``), one word more tells them apart when it is a name or a figure
    (:func:`telling_matches`).
    """
    owners: Counter[int] = Counter()
    for ev in found.values():
        owners.update(ev.long_covered)
    for ev in found.values():
        by_span = {(al.a_start, al.a_end): al for al in ev.alignments}
        ev.unique_copied = sum(
            matched
            for start, end, matched in ev.long_spans
            if all(owners[i] == 1 for i in range(start, end))
            or all(
                _outmatches(
                    (start, end, matched),
                    other,
                    None
                    if art is None or (start, end) not in by_span
                    else (art, by_span[start, end]),
                )
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


def _outmatches(
    span: tuple[int, int, int],
    other: _Evidence,
    mine: tuple[_Article, WordAlignment] | None = None,
) -> bool:
    """Whether a long copied span holds more of the article than ``other`` there.

    True when the span matches most of its words (:data:`OUTMATCH_DENSITY`), and every
    long copied passage of ``other`` overlapping it lies inside it and together they
    match at least :data:`OUTMATCH_WORDS` fewer article words than the span does (its
    ``matched``, as in :attr:`_Evidence.long_spans`). Given the article and the span's
    alignment (``mine``), one word fewer is enough when, counting the words each aligns,
    the span matches more than they do and a name or a figure they do not
    (:func:`telling_matches`): "i5163 About BMJ…" where the other holds "About BMJ…",
    "Professor Melanie Davies" where it holds "Professor Davies". No edit of the
    story matches a holder's name or figure by chance.
    """
    start, end, matched = span
    if matched < OUTMATCH_DENSITY * (end - start):
        return False
    theirs = [
        al
        for al in other.alignments
        if al.a_start < end and start < al.a_end and al.a_start in other.long_covered
    ]
    if not all(start <= al.a_start and al.a_end <= end for al in theirs):
        return False
    margin = matched - sum(al.matched for al in theirs)
    if margin >= OUTMATCH_WORDS:
        return True
    if margin < OUTMATCH_WORDS - 1 or mine is None:
        return False
    art, al = mine
    own = matched_positions(al)
    their = frozenset().union(*(matched_positions(x) for x in theirs))
    return len(own) > len(their) and bool(telling_matches(art, al) - their)


def matched_positions(al: WordAlignment) -> frozenset[int]:
    """The article words a passage aligns to an identical source word."""
    return frozenset(i for op in al.ops if op.kind == "equal" for i in range(op.a_start, op.a_end))


# What may open a sentence, a quotation or a clause: a word after one of these (spaces
# aside) is capitalised by position, not because it is a name.
_OPENERS = frozenset(".!?:;\"'“‘([—–-")


def telling_matches(art: _Article, al: WordAlignment) -> frozenset[int]:
    """The article words a passage matches that are a name or a figure.

    A figure is a content word holding a digit ("i5163", "2016"); a name, a content word
    written with a capital where nothing before it opens a sentence, a quotation or a
    clause (:data:`_OPENERS`): "Melanie", "BMJ". A story's own edit (a word dropped,
    inserted, replaced or swapped) matches one holder's wording of a stock sentence by
    chance only in a common word; not in a name or a figure the other holder lacks.
    """
    text, w = art.text, art.words
    out = []
    for i in matched_positions(al):
        key = w.keys[i]
        if not is_content(key):
            continue
        if any(ch.isdigit() for ch in key):
            out.append(i)
            continue
        if text[w.starts[i]].isupper() and _after_word(text, w.starts[i]):
            out.append(i)
    return frozenset(out)


def _after_word(text: str, at: int) -> bool:
    """Whether the last character before ``at``, spaces aside, is none of :data:`_OPENERS`."""
    k = at - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    return k >= 0 and text[k] not in _OPENERS


def _add_retold(
    art: _Article, ev: _Evidence, opts: TraceOptions, taken: Collection[int] = frozenset()
) -> None:
    """Add the article sentences retold from ``ev``'s source (not copied) as passages.

    A sentence is not looked for when ``retold_copied`` of it is copied from the source,
    or lies in ``taken``: the article words another candidate copies in long passages of
    whole sentences. A sentence copied word for word from one release is its, not the
    retelling of another on the same topic ("…this was an observational study so no firm
    conclusions…" copied from one release, retold by the source judged before it).
    """
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
        other = sum(1 for i in range(sent.first, sent.end) if i in taken)
        if max(inside, other) >= opts.retold_copied * size:
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
