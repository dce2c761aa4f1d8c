"""The evidence a reported claim's verdict rests on, as numbers a small model can weigh.

Each figure is one the word rules of :mod:`sourcetrace.quotes.claim_verify` read, or a close
variant of it: how much of the claim's content the best release sentence holds, the best
two, and the whole release; whether its names and figures are there; what the drift
checks (:func:`sourcetrace.claims.compare`) find against the best sentence; and, with the
optional ``nlp`` extra, the sentence embeddings' cosine. None decides alone.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from sourcetrace.claims import compare
from sourcetrace.documents import Document
from sourcetrace.quotes.match import SentenceMatch, span_stems
from sourcetrace.quotes.model import Reported
from sourcetrace.quotes.paraphrase import _sentences, claim_cosines
from sourcetrace.text import Words

#: The word features, in the order :func:`claim_evidence` returns them.
WORD_FEATURES = (
    "containment",  # share of the claim's content stems the best sentence (or pair) holds
    "shared",  # log(1 + content stems shared with it)
    "claim_words",  # log(1 + the claim's content stems)
    "two_sentences",  # share held by the best sentence and the one adding most to it
    "release",  # share held anywhere in the release
    "names_missing",  # log(1 + the claim's capitalised words, mid-sentence, not in the release)
    "figures_missing",  # log(1 + the claim's figures not in the release)
    "rule_supported",  # the word rules call it supported
    "strength",  # the drift check reads it stronger than the best sentence
    "polarity",  # ... one of the two negated
    "population",  # ... a population widened
    "numbers",  # ... figures changed
    "actor",  # ... a call made of someone else
    "quoted_source",  # the best sentence is (in) a quotation in the release
    "hedged",  # the claim is hedged ("may", "could", "suggests")
    "finding",  # the cue reports a finding ("found", "showed") rather than speech
)
#: Added when the sentence-embedding model (``nlp`` extra) is installed.
MEANING_FEATURES = (
    "cosine",  # cosine of the claim and the best sentence (0 if negative)
    "cosine_best",  # the highest cosine of the claim and a close sentence (0 if negative)
)

_NAME_RE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-zA-Z]+")
_FIGURE_RE = re.compile(r"\d+(?:[.,]\d+)?")
_HEDGES = frozenset(
    [
        "may",
        "might",
        "could",
        "can",
        "possibly",
        "probably",
        "likely",
        "suggest",
        "suggests",
        "suggested",
        "suggesting",
        "appear",
        "appears",
        "appeared",
        "seem",
        "seems",
        "seemed",
        "potential",
        "potentially",
    ]
)
_FINDING_CUES = frozenset(
    [
        "found",
        "find",
        "finds",
        "finding",
        "show",
        "shows",
        "showed",
        "shown",
        "suggest",
        "suggests",
        "suggested",
        "revealed",
        "reveals",
        "discovered",
        "concluded",
        "concludes",
        "indicate",
        "indicates",
        "indicated",
    ]
)
_QUOTE_MARKS = '"“”«»„'
_WORD_RE = re.compile(r"[A-Za-z]+")


@dataclass(frozen=True, slots=True)
class Evidence:
    """A claim's evidence features, and the best sentence they were read against.

    Attributes:
        names: The feature names (:data:`WORD_FEATURES`, then :data:`MEANING_FEATURES`
            when the embedding model ran).
        values: One value per name.
        doc_id: The release the best sentence is in.
        start: Its start offset there.
        end: Its end offset.
    """

    names: tuple[str, ...]
    values: tuple[float, ...]
    doc_id: str
    start: int
    end: int


def _best_two(stems: set[str], doc: Document) -> float:
    sents = [s & stems for _, _, s in _sentences(doc.id, doc.text)]
    if not sents or not stems:
        return 0.0
    first = max(sents, key=len)
    return max(len(first | s) for s in sents) / len(stems)


def _release_share(stems: set[str], doc: Document) -> float:
    held: set[str] = set()
    for _, _, s in _sentences(doc.id, doc.text):
        held |= s & stems
    return len(held) / len(stems) if stems else 0.0


def _missing(found: Sequence[str], words: set[str]) -> float:
    return math.log1p(sum(1 for w in found if w.lower() not in words))


def claim_evidence(
    text: str,
    claim: Reported,
    a: Words,
    docs: Sequence[Document],
    match: SentenceMatch,
    *,
    rule_supported: bool,
    meaning: bool = False,
) -> Evidence:
    """Return a claim's evidence features against its best release sentence.

    Args:
        text: The article's text.
        claim: The claim.
        a: The article's words.
        docs: The sources it was checked with.
        match: Its best sentence (:func:`sourcetrace.quotes.match.best_sentence`).
        rule_supported: The word rules' verdict is ``supported``.
        meaning: Also compute :data:`MEANING_FEATURES` (the caller checked the model is
            installed).

    Returns:
        The features.
    """
    doc = next(d for d in docs if d.id == match.doc_id)
    stems = span_stems(a, claim.start, claim.end)
    claim_text = text[claim.start : claim.end]
    source_text = doc.text[match.start : match.end]
    release_words = {w.lower() for w in _WORD_RE.findall(doc.text)}
    release_figures = set(_FIGURE_RE.findall(doc.text))
    drift = compare(claim_text, source_text)
    before = doc.text[max(0, match.start - 2) : match.start]
    keys = {k.lower() for k in _WORD_RE.findall(claim_text)}
    values: list[float] = [
        match.containment,
        math.log1p(match.shared),
        math.log1p(len(stems)),
        max(_best_two(stems, d) for d in docs),
        max(_release_share(stems, d) for d in docs),
        _missing(_NAME_RE.findall(claim_text), release_words),
        math.log1p(sum(1 for f in _FIGURE_RE.findall(claim_text) if f not in release_figures)),
        float(rule_supported),
        float(drift.strength == "stronger"),
        float(drift.polarity_reversed),
        float(drift.population_widened),
        float(drift.numbers_changed),
        float(drift.actor_changed),
        float(any(c in source_text or c in before for c in _QUOTE_MARKS)),
        float(bool(keys & _HEDGES)),
        float(any(w in _FINDING_CUES for w in (claim.cue or "").lower().split())),
    ]
    evidence = Evidence(WORD_FEATURES, tuple(values), match.doc_id, match.start, match.end)
    return with_meaning(evidence, text, claim, a, docs, match) if meaning else evidence


def with_meaning(
    evidence: Evidence,
    text: str,
    claim: Reported,
    a: Words,
    docs: Sequence[Document],
    match: SentenceMatch,
) -> Evidence:
    """Add :data:`MEANING_FEATURES` (cosines, floored at 0) to a claim's word evidence.

    The caller checked that the embedding model is installed.
    """
    at, best = claim_cosines(text, a, claim.start, claim.end, docs, match)
    return dataclasses.replace(
        evidence,
        names=WORD_FEATURES + MEANING_FEATURES,
        values=(*evidence.values, max(0.0, at), max(0.0, best)),
    )
