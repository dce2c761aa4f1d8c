"""Does a claim say more than its source sentence? Six comparisons.

Strength (stronger / weaker / same), population widened, advice added, numbers changed,
polarity reversed and actor changed, each with the words that carry the change.

>>> d = compare("Fish oil cuts the risk of dementia", "Fish oil may cut the risk of dementia")
>>> d.strength, d.distorted
('stronger', True)
>>> d.reason
'stronger: the claim states causation ("cuts"); the source said conditional causation ("may cut")'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from sourcetrace.claims.advice import Advice, classify_advice
from sourcetrace.claims.figures import figures_given, figures_new, numbers
from sourcetrace.claims.population import Population, classify_population
from sourcetrace.claims.strength import STRENGTHS, Strength, classify_strength

StrengthDrift = Literal["stronger", "weaker", "same"]

_PLAIN = {
    0: "no relationship",
    1: "no effect",
    2: "a correlation",
    3: "an ambiguous link",
    4: "conditional causation",
    5: "that it can cause",
    6: "causation",
}


@dataclass(frozen=True, slots=True)
class Labels:
    """The strength, population and advice of one statement.

    Attributes:
        strength: Its claim strength, with cues.
        population: Who it is about.
        advice: The advice the statement itself gives, with its own cue words.
        text_advice: The advice of the whole text as the InSciOut coders read it (the
            statement's own, else the text's: :func:`classify_advice` with a context);
            None when no context was given. Read for the source side of ``advice
            added`` (a story's advice is added only if its source's text gives none as
            strong), never shown as the statement's.
    """

    strength: Strength
    population: Population
    advice: Advice
    text_advice: Advice | None = None

    @property
    def cues(self) -> tuple[str, ...]:
        """Every cue word behind the three labels, strength first."""
        return tuple(dict.fromkeys((*self.strength.cues, *self.population.cues, *self.advice.cues)))

    def to_dict(self) -> dict[str, Any]:
        """The labels in the ``claims`` JSON schema (``strength``, ``strength_code``, …)."""
        return {
            "strength": self.strength.name,
            "strength_code": self.strength.code,
            "population": self.population.population,
            "advice": self.advice.advice,
        }


def label(text: str, *, context: str | None = None) -> Labels:
    """Classify one statement: strength, population and advice, each with its cues.

    Args:
        text: The statement.
        context: The whole text it comes from; decides population when the statement
            itself names no one, and gives the text's advice (``text_advice``); the
            statement's ``advice`` is always its own.

    Example:
        >>> label("Red wine may protect the heart").strength.name
        'conditional_causal'
    """
    return Labels(
        classify_strength(text),
        classify_population(text, context=context),
        classify_advice(text),
        classify_advice(text, context=context) if context else None,
    )


@dataclass(frozen=True, slots=True)
class Change:
    """One way a claim departs from its source sentence.

    Attributes:
        kind: ``strength``, ``population``, ``advice``, ``numbers``, ``polarity`` or
            ``actor``.
        claim_words: The claim's words that carry the change ("helps").
        source_words: The source's words they replace ("may help"); "" when the source
            has none.
    """

    kind: str
    claim_words: str
    source_words: str

    def to_dict(self) -> dict[str, str]:
        """The change as JSON."""
        return {"kind": self.kind, "claim": self.claim_words, "source": self.source_words}


@dataclass(frozen=True, slots=True)
class Drift:
    """How a claim compares with the source sentence it was written from.

    Attributes:
        strength: ``stronger``, ``weaker`` or ``same``: how the two labels rank; None when
            one of the two states no relationship (code 0) or only one denies one (see
            ``polarity_reversed``).
        population_widened: A finding about animals or cells told about people.
        advice_added: The claim gives advice (or stronger advice) the source did not.
        numbers_changed: Both give figures and the claim's are not the source's.
        polarity_reversed: One says there is an effect, the other that there is none.
        actor_changed: A call or appeal is addressed to (or made by) someone else than in
            the source, or the source denies it.
        changes: Each change with the words that carry it.
        reason: The changes in one sentence.
        strength_counted: Whether a ``stronger`` ranking counts as a change. False when a
            reported claim's filters leave it out (:mod:`sourcetrace.quotes.claim_drift`:
            the source uses the claim's own words, or both state the same degree of
            certainty); ``strength`` still says how the labels rank and ``reason`` why it
            is not counted.
    """

    strength: StrengthDrift | None
    population_widened: bool = False
    advice_added: bool = False
    numbers_changed: bool = False
    polarity_reversed: bool = False
    actor_changed: bool = False
    changes: tuple[Change, ...] = ()
    reason: str = ""
    strength_counted: bool = True

    @property
    def stronger(self) -> bool:
        """The claim is stronger than its source and that counts as a change."""
        return self.strength == "stronger" and self.strength_counted

    @property
    def distorted(self) -> bool:
        """The claim says more than, or otherwise than, its source."""
        return self.stronger or any(
            (
                self.population_widened,
                self.advice_added,
                self.numbers_changed,
                self.polarity_reversed,
                self.actor_changed,
            )
        )

    def to_dict(self) -> dict[str, Any]:
        """The drift in the ``claims`` JSON schema, plus the ``changes``."""
        return {
            "strength": self.strength,
            "strength_counted": self.strength_counted,
            "population_widened": self.population_widened,
            "advice_added": self.advice_added,
            "numbers_changed": self.numbers_changed,
            "polarity_reversed": self.polarity_reversed,
            "actor_changed": self.actor_changed,
            "distorted": self.distorted,
            "reason": self.reason,
            "changes": [c.to_dict() for c in self.changes],
        }


# --- actor: who calls on whom -----------------------------------------------------------

_CALL_VERB = (
    r"(?:call(?:s|ed|ing)? (?:on|upon)|urg(?:e|es|ed|ing)|appeal(?:s|ed|ing)? to|"
    r"ask(?:s|ed|ing)|demand(?:s|ed|ing)?|press(?:es|ed|ing)?|implor(?:e|es|ed|ing)|"
    r"plead(?:s|ed|ing)? with|invit(?:e|es|ed|ing)|exhort(?:s|ed|ing)?)"
)
# The addressee runs from the verb to the first comma, relative pronoun or "to".
_ADDRESSEE = r"(?P<who>[^,;:.]{2,120}?)(?=,| which\b| who\b| that\b| to\b|\s*$)"
_CALL_RE = re.compile(r"\b" + _CALL_VERB + r" " + _ADDRESSEE, re.IGNORECASE | re.MULTILINE)
_TURN_RE = re.compile(
    r"\b(?:it is|it's|now it is|now is)(?: now)? (?:the )?(?:turn|time|duty|responsibility) "
    r"of " + _ADDRESSEE,
    re.IGNORECASE,
)
_NEGATED_CALL_RE = re.compile(
    r"\b(?:not|never|no longer|n't) (?:\w+ )?" + _CALL_VERB + r" " + _ADDRESSEE,
    re.IGNORECASE | re.MULTILINE,
)
# Words that qualify an actor without naming it ("influential international rights
# groups" and "rights groups" are the same actor).
_QUALIFIER_TEXT = (
    "the a an all of in on at for and other some many several various these those this "
    "that influential international national local global world leading major key "
    "relevant its their his her our your more most both such already also"
)
_QUALIFIERS = frozenset(_QUALIFIER_TEXT.split())


def _actor_words(who: str) -> frozenset[str]:
    words = re.findall(r"[a-z]+", who.lower())
    return frozenset(w.rstrip("s") for w in words if w not in _QUALIFIERS and len(w) > 2)


@dataclass(frozen=True, slots=True)
class Call:
    """A call on someone to act, found in a sentence.

    Attributes:
        who: The addressee's words.
        words: The call's words ("called on influential international rights groups").
        negated: The sentence denies the call.
    """

    who: str
    words: str
    negated: bool = False


def calls(text: str) -> list[Call]:
    """Return the calls to act a sentence makes, each with its addressee.

    The forms: "called on X to", "urged X", "appealed to X", "it is the turn of X to".

    Example:
        >>> [c.who for c in calls("She urged governments to act")]
        ['governments']
    """
    out = [Call(m.group("who").strip(), m.group(0), True) for m in _NEGATED_CALL_RE.finditer(text)]
    seen = {c.who for c in out}
    for rx in (_CALL_RE, _TURN_RE):
        for m in rx.finditer(text):
            who = m.group("who").strip()
            if who not in seen:
                out.append(Call(who, m.group(0)))
                seen.add(who)
    return out


def _actor_change(claim: str, source: str) -> Change | None:
    """Return the actor change of a claim, if any.

    The general rule: the claim calls on someone the source does not (its call goes to
    someone else), or the source denies the call.
    """
    claimed = [c for c in calls(claim) if not c.negated]
    if not claimed:
        return None
    theirs = calls(source)
    if not theirs:
        return None
    for c in claimed:
        mine = _actor_words(c.who)
        if not mine:
            continue
        same = [t for t in theirs if mine & _actor_words(t.who)]
        if any(t.negated for t in same):
            t = next(t for t in same if t.negated)
            return Change("actor", c.words, t.words)
        if not same:
            return Change("actor", c.words, "; ".join(t.words for t in theirs))
    return None


# --- the comparison ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DriftPolicy:
    """Which differences count as drift.

    Attributes:
        min_strength: Both codes must be at least this for ``stronger`` / ``weaker`` (0
            states no relationship: nothing to compare).
        checks: The change detectors, in the order their changes are reported.
    """

    min_strength: int = 1
    checks: tuple[str, ...] = ("strength", "polarity", "population", "advice", "numbers", "actor")


DEFAULT_DRIFT_POLICY = DriftPolicy()


def compare(
    claim: str,
    source: str,
    *,
    claim_labels: Labels | None = None,
    source_labels: Labels | None = None,
    claim_context: str | None = None,
    source_context: str | None = None,
    policy: DriftPolicy = DEFAULT_DRIFT_POLICY,
    related: Callable[[], str] | None = None,
    figures_of: str | None = None,
) -> Drift:
    """Compare a claim with the source sentence it was written from.

    Args:
        claim: The story's statement.
        source: The source's sentence it was aligned with.
        claim_labels: The claim's labels, if already computed (see :func:`label`).
        source_labels: The source sentence's labels, likewise.
        claim_context: The story's text (for population and advice; see :func:`label`).
        source_context: The source's text.
        policy: Which differences count.
        related: Returns the source's sentences about the claim (asked only when a
            figure differs from the source sentence's). When given, a figure counts as
            changed only when it is in none of the source sentence's forms nor in these
            sentences (:func:`sourcetrace.claims.figures.figures_given`); without it,
            every figure the source sentence does not write the same way is listed.
        figures_of: The claim's own words, whose figures are compared (default
            ``claim``): a reported claim is compared within its story sentence, but
            the figures of the sentence outside the claim are not the claim's.

    Returns:
        The :class:`Drift`, each change with the words that carry it.
    """
    a = claim_labels or label(claim, context=claim_context)
    b = source_labels or label(source, context=source_context)
    changes: list[Change] = []
    strength: StrengthDrift | None = None
    ca, cb = a.strength.code, b.strength.code
    polarity = (ca == 1) != (cb == 1) and min(ca, cb) >= 1
    if polarity:
        changes.append(Change("polarity", ", ".join(a.strength.cues), ", ".join(b.strength.cues)))
    elif min(ca, cb) >= policy.min_strength:
        strength = "stronger" if ca > cb else "weaker" if ca < cb else "same"
        if strength == "stronger":
            changes.append(
                Change("strength", ", ".join(a.strength.cues), ", ".join(b.strength.cues))
            )
    widened = a.population.population in ("human", "mixed") and (
        b.population.population == "non_human"
    )
    if widened:
        changes.append(
            Change("population", ", ".join(a.population.cues), ", ".join(b.population.cues))
        )
    theirs_advice = b.text_advice or b.advice
    added = a.advice.level > theirs_advice.level
    if added:
        changes.append(Change("advice", ", ".join(a.advice.cues), ", ".join(theirs_advice.cues)))
    own = claim if figures_of is None else figures_of
    nb = numbers(source)
    # Each figure in all its forms, within rounding ("1.5m" / "1,500,000").
    new = figures_new(own, source) if nb else []
    changed = bool(new)
    if changed and related is not None and figures_given(own, source, related()):
        changed = False
    if changed:
        changes.append(Change("numbers", ", ".join(new), ", ".join(w for w, _ in nb)))
    actor = _actor_change(claim, source)
    if actor is not None:
        changes.append(actor)
    order = {k: i for i, k in enumerate(policy.checks)}
    changes.sort(key=lambda c: order.get(c.kind, len(order)))
    return Drift(
        strength,
        population_widened=widened,
        advice_added=added,
        numbers_changed=changed,
        polarity_reversed=polarity,
        actor_changed=actor is not None,
        changes=tuple(changes),
        reason=_reason(changes, a, b, policy),
    )


_SAY: dict[str, Callable[[Change, Labels, Labels], str]] = {
    "strength": lambda c, a, b: (
        f'stronger: the claim states {_PLAIN[a.strength.code]} ("{c.claim_words}"); '
        f"the source said {_PLAIN[b.strength.code]}"
        + (f' ("{c.source_words}")' if c.source_words else "")
    ),
    "polarity": lambda c, a, b: (
        f"polarity reversed: the claim states {_PLAIN[a.strength.code]}"
        + (f' ("{c.claim_words}")' if c.claim_words else "")
        + f"; the source said {_PLAIN[b.strength.code]}"
        + (f' ("{c.source_words}")' if c.source_words else "")
    ),
    "population": lambda c, a, b: (
        f"population widened: the source's finding is in {c.source_words}, "
        f"the claim tells it about {c.claim_words or 'people'}"
    ),
    "advice": lambda c, a, b: f'advice added: "{c.claim_words}"',
    "numbers": lambda c, a, b: f"numbers changed: {c.claim_words} (source: {c.source_words})",
    "actor": lambda c, a, b: (
        f'actor changed: the claim "{c.claim_words}"; the source: "{c.source_words}"'
    ),
}


def _cued(labels: Labels) -> str:
    """A label's plain name with the cue words that decided it ("no relationship ("…")")."""
    cues = ", ".join(labels.strength.cues)
    return _PLAIN[labels.strength.code] + (f' ("{cues}")' if cues else "")


def _unchanged(a: Labels, b: Labels, policy: DriftPolicy) -> str:
    """Why two labels that differ are no change, with the cues behind both.

    A claim less certain than its source says less than it, which distorts nothing; a
    label that states no relationship (below ``policy.min_strength``) has no certainty
    to rank the other against. Without the "why", "the claim states causation; the
    source no relationship" inside a ``supported`` verdict reads as a contradiction.
    """
    ca, cb = a.strength.code, b.strength.code
    if ca == cb:
        return f"same: both state {_PLAIN[ca]}"
    both = f"the claim states {_cued(a)}; the source {_cued(b)}"
    if ca < policy.min_strength:
        return f"strength not compared: {both}: a claim stating no relationship overstates none"
    if cb < policy.min_strength:
        return (
            f"strength not compared: {both}: a source stating no relationship gives no "
            "certainty to rank the claim's against"
        )
    return f"weaker: {both}: a claim less certain than its source is no distortion"


def _reason(
    changes: list[Change], a: Labels, b: Labels, policy: DriftPolicy = DEFAULT_DRIFT_POLICY
) -> str:
    if not changes:
        return _unchanged(a, b, policy)
    return "; ".join(_SAY[c.kind](c, a, b) for c in changes)


__all__ = [
    "DEFAULT_DRIFT_POLICY",
    "STRENGTHS",
    "Call",
    "Change",
    "Drift",
    "DriftPolicy",
    "Labels",
    "calls",
    "compare",
    "label",
    "numbers",
]
