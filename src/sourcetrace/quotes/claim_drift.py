"""Which of a drift's changes make a reported claim ``distorted``.

:func:`sourcetrace.claims.compare` labels a claim and its source sentence on their own
and lists every difference of strength, polarity, population, advice, numbers or actor.
For a reported claim, ``distorted`` is an accusation (the story changed what the release
says), so a difference only counts when it is one the verdict guide names and the words
carry it:

- **Certainty** counts across the guide's groups only (no effect, correlation,
  conditional, causal: "may lower" → "lowers", "linked to" → "causes"). Within a group
  the two say the same: "can reduce" / "could reduce", "a link" / "an association".
- A certainty or polarity change whose claim words the source sentence itself uses
  ("… may have an independent role …" in both) is read from another clause of the
  source sentence, not a change the story made.
- A finding in animals, cells or microbes is **widened to people** only when the claim
  itself names people and the source sentence names none ("Manuka honey could keep
  catheters free of infection" tells nothing about people; "for humans" in the source
  means its finding was about people too).
- **Numbers** count only when a figure of the claim is in none of the source's forms:
  "one year" is the source's "a year", "5 percent" its "one in 20" (a share written as
  "N in M" is also a percentage); and only when a figure is in none of the release's
  sentences about the claim either, with its bound ("35 percent at 10 weeks, and just
  over 22 percent at one year" gathers what the release gives in three sentences; "up
  to 42 per cent" is not the release's "at least 42 percent"); and only when a changed
  figure counts what a figure of the source sentence, or of the release's sentences about
  the claim, counts (:func:`sourcetrace.claims.figure_roles.counts_alike`): "a 0.4mg
  supplement" is no change of the release's "in 1992", nor "11 per cent more likely"
  of "in the next 10 years".
- A certainty change does not count when **both sentences use both cues** (in any
  inflection): "… better ways to predict future risks of mania" and the release's "…
  better ways to predict future risk of mania" say the same, however the two labels
  were read.
- **Advice added** counts only when the source sentence holds what the claim advises
  (the first content word after the advice cue): "women should be reassured about …"
  against a sentence that says nothing of reassuring is not advice added to the
  source's statement but a statement the source sentence does not carry
  (``Counted.uncarried``: the claim is then ``unsupported``, not ``distorted``).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Literal, NamedTuple

from sourcetrace.claims import Change, Drift, group_of
from sourcetrace.claims.drift import Labels
from sourcetrace.claims.figure_roles import counts_alike
from sourcetrace.claims.figures import bounds_kept, figures_agree, units_kept
from sourcetrace.claims.population import HUMAN_RE
from sourcetrace.sentences import stem
from sourcetrace.text import cached_words, is_content

_WORD_RE = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_SPEAKING = frozenset(["we", "our", "us"])
# Words between a source's cue and a claim cue it governs ("associated with a lower").
_CUE_REACH = 3


@dataclass(frozen=True, slots=True)
class ClaimDriftPolicy:
    """Which differences between a reported claim and its source sentence count.

    Attributes:
        by_group: A certainty change counts only from one of the guide's groups to a
            higher one (none, correlational, conditional, causal).
        cue_in_source: A certainty or polarity change does not count when the source
            sentence holds every word of the claim's cue.
        population_named: Population widening counts only when the claim names people
            and the source sentence does not.
        number_forms: A numbers change counts only when a claim figure is in none of
            the source's forms (:func:`figures_agree`).
        numbers_elsewhere: Nor when each figure of the claim is in the release's
            sentences that share words with the claim (``related``), with the same
            bound ("at least", "up to"): the story gathered figures the release gives
            in several sentences.
        numbers_alike: Nor when no figure of the source sentence, nor of the release's
            sentences about the claim, counts what a changed figure of the claim counts
            (a dose against a year, a share against a time span): the two give different
            facts, not one figure changed.
        shared_cues: A certainty change does not count when the claim holds every cue
            word of the source sentence and the source sentence every cue word of the
            claim (stems, in order): the two use the same words.
        advice_carried: Advice added counts only when the source sentence holds the
            first content word after the claim's advice cue (what is advised); else the
            sentence does not carry the claim.
    """

    by_group: bool = True
    cue_in_source: bool = True
    population_named: bool = True
    number_forms: bool = True
    numbers_elsewhere: bool = True
    numbers_alike: bool = True
    shared_cues: bool = True
    advice_carried: bool = True


DEFAULT_CLAIM_DRIFT = ClaimDriftPolicy()

# How the reason of a numbers change left out by ``numbers_alike`` begins.
_UNLIKE = "no figure of the source sentence"
# How the reason of advice left out by ``advice_carried`` begins.
_UNCARRIED = "the source sentence does not hold what the claim advises"


class _Left(NamedTuple):
    """Why a change is left out, and which of the left-out kinds :class:`Counted` lists.

    ``tag`` is "unlike" (figures about other things: ``Counted.unlike``), "uncarried"
    (advice the sentence does not hold: ``Counted.uncarried``) or "" (neither).
    """

    why: str
    tag: Literal["", "unlike", "uncarried"] = ""


@dataclass(frozen=True, slots=True)
class Counted:
    """The drift that counts, and why the changes left out were left out.

    Attributes:
        drift: The drift with only the changes that count.
        dropped: One phrase per change left out.
        unlike: The claim's changed figures left out because no figure of the source
            counts what they count (``ClaimDriftPolicy.numbers_alike``): not a changed
            figure, but not the source's either.
        uncarried: The claim's advice left out because the source sentence does not
            hold what it advises (``ClaimDriftPolicy.advice_carried``): no advice added
            to the source's statement, but not the source's statement either.
    """

    drift: Drift
    dropped: tuple[str, ...]
    unlike: tuple[str, ...] = ()
    uncarried: tuple[str, ...] = ()


def _phrase_spans(phrase: str, text: str) -> list[tuple[int, int]]:
    """Where ``phrase`` occurs in ``text`` as whole words (case and spacing ignored)."""
    words = phrase.split()
    if not words:
        return []
    rx = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)"
    return [m.span() for m in re.finditer(rx, text, re.IGNORECASE)]


def _cue_in_source(change: Change, source_text: str) -> bool:
    """Whether the source sentence uses each of the claim's cues in its own wording.

    A cue counts as the source's own words where it occurs as the same words and no cue
    of the source's ends within ``_CUE_REACH`` words before it or overlaps it: "may
    reduce" does not hold the claim's "reduces", nor does "associated with a lower
    risk" hold a bare "lower".
    """
    cues = [c for c in change.claim_words.split(", ") if c.strip()]
    theirs = [
        span
        for c in change.source_words.split(", ")
        if c.strip()
        for span in _phrase_spans(c, source_text)
    ]

    def own(lo: int, hi: int) -> bool:
        for a, b in theirs:
            gap = source_text[b:lo]
            if a < hi and lo < b:  # overlaps the source's cue
                return False
            if lo >= b and len(_WORD_RE.findall(gap.lower())) <= _CUE_REACH:
                return False
        return True

    return bool(cues) and all(
        any(own(lo, hi) for lo, hi in _phrase_spans(c, source_text)) for c in cues
    )


def _stems(text: str) -> list[str]:
    """The stems of a text's words, in order ("risks of" -> ["risk", "of"])."""
    return [stem(k) for k in cached_words(text).keys]


def _holds(phrase: str, text_stems: list[str]) -> bool:
    """Whether the phrase's words occur, in order and together, in a text (as stems)."""
    want = _stems(phrase)
    n = len(want)
    return n > 0 and any(text_stems[i : i + n] == want for i in range(len(text_stems) - n + 1))


def _cues_shared(change: Change, claim_text: str, source_text: str) -> bool:
    """Whether each sentence holds every cue of the other, in any inflection.

    "predict future risks of mania" (its cue read as "risks of") and the source's
    "predict future risk of mania" (read as "predict") use the same words: the labels
    differ by how the words were read, not by what the story wrote.
    """
    mine = [c for c in change.claim_words.split(", ") if c.strip()]
    theirs = [c for c in change.source_words.split(", ") if c.strip()]
    if not mine or not theirs:
        return False
    claim_stems, source_stems = _stems(claim_text), _stems(source_text)
    return all(_holds(c, source_stems) for c in mine) and all(
        _holds(c, claim_stems) for c in theirs
    )


def _advised(change: Change, claim_text: str) -> list[str]:
    """The first content word after each advice cue of the claim (what it advises), stemmed.

    "women should be reassured about …" advises "reassured"; a cue with no content word
    after it in the claim gives none.
    """
    w = cached_words(claim_text)
    out = []
    for cue in (c for c in change.claim_words.split(", ") if c.strip()):
        tail = cue.split("…")[-1].strip()
        spans = _phrase_spans(tail, claim_text)
        if not spans:
            continue
        end = spans[0][1]
        after = (k for k, lo in zip(w.keys, w.starts, strict=True) if lo >= end)
        first = next((k for k in after if is_content(k)), None)
        if first is not None:
            out.append(stem(first))
    return out


def _advice_uncarried(advised: list[str], source_text: str) -> bool:
    """Whether the source sentence holds none of what the claim advises (``_advised``)."""
    if not advised:
        return False
    source_stems = set(_stems(source_text))
    return not any(a in source_stems for a in advised)


def _names_people(text: str) -> bool:
    """Whether a sentence itself names people.

    A statement naming no one reads as human to :func:`classify_population`; here it
    does not. "We" / "our" / "us" are the researchers speaking, not who was studied.
    """
    return any(m.group(0).lower() not in _SPEAKING for m in HUMAN_RE.finditer(text))


def _why_dropped(
    change: Change,
    claim: Labels,
    source: Labels,
    claim_text: str,
    source_text: str,
    policy: ClaimDriftPolicy,
    related: str | None = None,
) -> _Left | None:
    """Why a change does not count for a reported claim; None when it counts."""
    if change.kind in ("strength", "polarity"):
        if policy.cue_in_source and _cue_in_source(change, source_text):
            return _Left(
                f'the source sentence uses the claim\'s own words ("{change.claim_words}")'
            )
        if (
            change.kind == "strength"
            and policy.shared_cues
            and _cues_shared(change, claim_text, source_text)
        ):
            return _Left(
                f'both sentences use both cues ("{change.claim_words}"; '
                f'"{change.source_words}"): the same words, read two ways'
            )
        if (
            change.kind == "strength"
            and policy.by_group
            and group_of(claim.strength.code) == group_of(source.strength.code)
        ):
            return _Left(
                f'"{change.claim_words}" and "{change.source_words}" state the same degree '
                f"of certainty ({group_of(claim.strength.code)})"
            )
    if change.kind == "numbers" and policy.number_forms and figures_agree(claim_text, source_text):
        return _Left("each figure of the claim is the source's in another form")
    if (
        change.kind == "numbers"
        and policy.numbers_elsewhere
        and related is not None
        and figures_agree(claim_text, related)
        and bounds_kept(claim_text, related)
        and units_kept(claim_text, related)
    ):
        return _Left("each figure of the claim is the release's, given in other sentences")
    if (
        change.kind == "numbers"
        and policy.numbers_alike
        and not counts_alike(
            claim_text,
            change.claim_words.split(", "),
            [source_text] if related is None else [source_text, related],
        )
    ):
        return _Left(
            f"{_UNLIKE} or of the release's sentences about the claim counts what "
            f"{change.claim_words} count(s): different facts, not a changed figure",
            "unlike",
        )
    carried = change.kind == "advice" and policy.advice_carried
    advised = _advised(change, claim_text) if carried else []
    if _advice_uncarried(advised, source_text):
        return _Left(
            f'{_UNCARRIED} ("{", ".join(advised)}" after '
            f'"{change.claim_words}"): not advice added to what it says',
            "uncarried",
        )
    if change.kind == "population" and policy.population_named:
        if not _names_people(claim_text):
            return _Left("the claim names no people")
        if _names_people(source_text):
            return _Left("the source sentence names people too")
    return None


def counted(
    drift: Drift,
    claim: Labels,
    source: Labels,
    claim_text: str,
    source_text: str,
    policy: ClaimDriftPolicy = DEFAULT_CLAIM_DRIFT,
    related: str | None = None,
) -> Counted:
    """The changes of ``drift`` that make a reported claim distorted.

    Args:
        drift: What :func:`sourcetrace.claims.compare` found.
        claim: The claim's labels.
        source: The source sentence's labels.
        claim_text: The claim.
        source_text: The source sentence.
        policy: Which differences count.
        related: The release's sentences that share words with the claim (read for
            figures the source sentence lacks); None to read the source sentence only.

    Returns:
        The drift with only the changes that count (its flags to match) and a phrase
        for each change left out.
    """
    kept: list[Change] = []
    dropped: list[str] = []
    unlike: list[str] = []
    uncarried: list[str] = []
    for change in drift.changes:
        left = _why_dropped(change, claim, source, claim_text, source_text, policy, related)
        if left is None:
            kept.append(change)
        else:
            dropped.append(f"{change.kind} not counted: {left.why}")
            if left.tag == "unlike":
                unlike.append(change.claim_words)
            elif left.tag == "uncarried":
                uncarried.append(change.claim_words)
    if not dropped:
        return Counted(drift, ())
    kinds = {c.kind for c in kept}
    return Counted(
        dataclasses.replace(
            drift,
            # The labels' ranking stays as it is (None stays None): a strength change
            # left out is said not to count, not turned into "same".
            strength_counted="strength" in kinds or drift.strength != "stronger",
            population_widened="population" in kinds,
            advice_added="advice" in kinds,
            numbers_changed="numbers" in kinds,
            polarity_reversed="polarity" in kinds,
            actor_changed="actor" in kinds,
            changes=tuple(kept),
        ),
        tuple(dropped),
        tuple(unlike),
        tuple(uncarried),
    )


__all__ = ["DEFAULT_CLAIM_DRIFT", "ClaimDriftPolicy", "Counted", "counted"]
