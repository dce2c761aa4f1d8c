"""Whether a reported claim and its source sentence differ in what they negate.

A claim is ``distorted`` (``how`` ``polarity``) when it negates a word it shares with its
source sentence and the sentence does not, or the other way round
(:func:`polarity_differs`). Which negations count is :class:`PolarityPolicy`'s.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sourcetrace.documents import Document
from sourcetrace.quotes.match import NEGATIONS, SentenceMatch, span_stems
from sourcetrace.quotes.model import Reported
from sourcetrace.sentences import stem
from sourcetrace.text import Words, cached_words, is_content, word_set


@dataclass(frozen=True, slots=True)
class PolarityPolicy:
    """Which negations bear on the words a claim shares with its source sentence.

    Attributes:
        reach: Words after a negation in which its first content word is looked for
            ("will not rise", "no evidence"): a "not" in another clause of a long source
            sentence says nothing about the claim.
        group_words: Words opening the description of a group a finding is compared with
            ("than women who do not …", "those who weren't …", "compared with not
            using these drugs", "versus no grooming").
        group_reach: A negation at most this many words after one of ``group_words``
            names who the finding is set against, not its direction.
        partial: Words that, right after a negation, make it partial rather than a
            denial ("not all children", "some but not all people", "not necessarily",
            "not always", "not only"): what such a phrase negates is a quantity or a
            degree, so the shared word after it is not reversed.
    """

    reach: int = field(default=3, metadata={"help": "Words after a negation to its word."})
    group_words: frozenset[str] = field(
        default=frozenset(["who", "whom", "than", "those", "compared", "versus", "vs"]),
        metadata={"help": "Words opening a compared group's description."},
    )
    group_reach: int = field(
        default=3, metadata={"help": "Words from such a word to a negation of the group."}
    )
    partial: frozenset[str] = field(
        default=word_set(
            "all every everyone everybody everything always necessarily only just merely "
            "solely entirely completely fully wholly quite exactly"
        ),
        metadata={"help": "Words after a negation that make it partial, not a denial."},
    )


DEFAULT_POLARITY = PolarityPolicy()


def negates_shared(
    w: Words,
    start: int,
    end: int,
    shared: set[str],
    policy: PolarityPolicy = DEFAULT_POLARITY,
) -> bool:
    """Whether a negation in ``start:end`` bears on one of the shared content words.

    A negation counts when the first content word within ``policy.reach`` words after it
    is one both texts hold ("will not rise", "no evidence"). Not one that describes a
    group compared with ("… than women who do not have migraine", "among those who
    weren't married"), nor a partial one ("not all children adjust", "not necessarily").

    Args:
        w: The words of the text.
        start: Start offset of the span.
        end: End offset of the span.
        shared: The content stems both texts hold.
        policy: Which negations count.

    Returns:
        True if a counted negation bears on a shared word.
    """
    lo = w.index_at(start)
    hi = lo
    while hi < len(w) and w.starts[hi] < end:
        hi += 1
    for i in range(lo, hi):
        key = w.keys[i]
        if key not in NEGATIONS and not key.endswith("n't"):
            continue
        if any(w.keys[j] in policy.group_words for j in range(max(lo, i - policy.group_reach), i)):
            continue  # "than women who do not have migraine": a comparison group
        if i + 1 < hi and w.keys[i + 1] in policy.partial:
            continue  # "not all children": a quantity or degree, not a denial
        for j in range(i + 1, min(i + 1 + policy.reach, hi)):
            if is_content(w.keys[j]):
                if stem(w.keys[j]) in shared:
                    return True
                break
    return False


def polarity_differs(
    a: Words,
    claim: Reported,
    doc: Document,
    match: SentenceMatch,
    policy: PolarityPolicy = DEFAULT_POLARITY,
) -> bool:
    """Whether the claim and its source sentence differ in negating the words they share.

    Args:
        a: The article's words.
        claim: The reported claim.
        doc: The source document of ``match``.
        match: The source sentence (or pair) matched with the claim.
        policy: Which negations count.

    Returns:
        True if one of the two negates a shared word and the other does not.
    """
    s = cached_words(doc.text)  # one split per source, not per claim
    shared = span_stems(a, claim.start, claim.end) & span_stems(s, match.start, match.end)
    return negates_shared(a, claim.start, claim.end, shared, policy) != negates_shared(
        s, match.start, match.end, shared, policy
    )
