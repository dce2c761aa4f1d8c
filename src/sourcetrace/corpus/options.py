"""Settings of corpus mode (:class:`CorpusOptions`), its acceptance policy and scheme."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import lru_cache

from sourcetrace.judge import DEFAULT_POLICY, WordsStandOut
from sourcetrace.quotes.limits import MAX_SOURCE_CHARS
from sourcetrace.settings import check_options
from sourcetrace.trace import TraceOptions

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
        max_source_chars: Most characters of each document corpus mode reads, as a
            trace compares a source (:data:`~sourcetrace.quotes.limits.MAX_SOURCE_CHARS`,
            cut at a paragraph break by :func:`~sourcetrace.quotes.limits.compared_part`):
            a longer document is fingerprinted, paired and traced, as article and as
            candidate, by its beginning only, and the run's notices name it. Both engines
            cut it alike, in the kernels (:func:`~sourcetrace.corpus.kernels.doc_keys`,
            :func:`~sourcetrace.corpus.kernels.verify`).
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
    max_source_chars: int = MAX_SOURCE_CHARS
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
