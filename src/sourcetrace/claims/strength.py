"""How strongly a statement claims a relationship: the InSciOut scale of Sumner et al. (2014).

Codes 0-6: ``no_relationship_stated`` (0), ``no_relationship`` (1, "had no effect"),
``correlational`` (2, "linked to", "associated with"), ``ambiguous`` (3, "a link
between"), ``conditional_causal`` (4, "may reduce"), ``can_cause`` (5, "can reduce"),
``causal`` (6, "reduces", "causes").

The rules are word patterns (:data:`CUES`): each cue that occurs in the statement proposes
a code, hedges just before a causal verb ("may", "could", "can") turn it into 4 or 5, and a
negation just before a relation makes it 1. The label is the code of the statement's
governing cue (:data:`DEFAULT_POLICY`), and every label carries the cue words that decided
it.

>>> classify_strength("Eating fish may reduce the risk of dementia").name
'conditional_causal'
>>> classify_strength("Eating fish may reduce the risk of dementia").cues
('may reduce',)

The parts live beside it: the scale, the policy and the labels
(:mod:`~sourcetrace.claims.scale`), the cues found in a statement
(:mod:`~sourcetrace.claims.cue_hits`) and the readings that decide which governs
(:mod:`~sourcetrace.claims.governing`). This module is the entry point: it labels a
statement and keeps the public names importable from here.
"""

from __future__ import annotations

from sourcetrace.claims.aims import asked, within
from sourcetrace.claims.cue_hits import _counted
from sourcetrace.claims.cue_hits import find_cues as find_cues
from sourcetrace.claims.cues import CUES as CUES
from sourcetrace.claims.effect import verb_of_effect
from sourcetrace.claims.governing import (
    _HEDGE_BEFORE,
    _INTERVENTION,
    _MODAL_VERB,
    _WEAK_CUES,
    _after_contrast,
    _as_comparisons,
    _change,
    _change_at,
    _comparative,
    _doubted,
    _equal_at_effect,
    _experimental,
    _governed_cause,
    _governing,
    _hedged_predicate,
    _idle,
    _in_relative,
    _may_idle,
)
from sourcetrace.claims.governing import doubted as doubted
from sourcetrace.claims.predicate import (
    acts_on_object,
    effect_predicate,
    people_subject,
    subject_span,
    trend,
)
from sourcetrace.claims.scale import DEFAULT_POLICY as DEFAULT_POLICY
from sourcetrace.claims.scale import GROUPS as GROUPS
from sourcetrace.claims.scale import ROLE_POLICY as ROLE_POLICY
from sourcetrace.claims.scale import STRENGTHS as STRENGTHS
from sourcetrace.claims.scale import CueHit as CueHit
from sourcetrace.claims.scale import Strength as Strength
from sourcetrace.claims.scale import StrengthName as StrengthName
from sourcetrace.claims.scale import StrengthPolicy as StrengthPolicy
from sourcetrace.claims.scale import group_of as group_of


def needs_parse(text: str, *, policy: StrengthPolicy = DEFAULT_POLICY) -> bool:
    """Whether labelling ``text`` may ask the parse (no cue, mixed codes, modal, change verb)."""
    if not policy.parse:
        return False
    hits = find_cues(text, policy=policy)
    return (
        not hits
        or len({h.code for h in hits}) > 1
        or any(h.cue in _MODAL_VERB or _change(h) or _comparative(h) for h in hits)
        or (policy.roles and any(_may_idle(text, h) for h in hits))
    )


def classify_strength(text: str, *, policy: StrengthPolicy = DEFAULT_POLICY) -> Strength:
    """Return the strength of one statement, with the cue words that decided it.

    A statement that compares an outcome between those given an intervention and others
    ("live longer when given lithium") is causal (6) unless it denies or hedges the
    relation (codes 1, 4, 5 stand).

    Args:
        text: The statement (a sentence or a clause).
        policy: The lexicon and how it is applied.

    Returns:
        The :class:`Strength`; code 0 with no cues when no relation is stated.

    Example:
        >>> classify_strength("Coffee drinkers had a lower risk of stroke").code
        2
        >>> classify_strength("There was no link between coffee and stroke").name
        'no_relationship'
    """
    found = _classify(text, policy)
    if found.code in (0, 2, 3):
        given = _experimental(text)
        if given is not None:
            return Strength(6, (given,), found.hits)
    return found


def _classify(text: str, policy: StrengthPolicy) -> Strength:
    """The label from the cues (and the parse), before the experimental-comparison rule."""
    hits = find_cues(text, policy=policy)
    if hits and policy.parse and policy.roles:
        idle = {h: why for h in hits if _may_idle(text, h) and (why := _idle(text, h))}
        if idle:
            kept = [h for h in hits if h not in idle]
            caveats = [h for h, why in idle.items() if why == "caveat"]
            if caveats and not [h for h in kept if h.code >= 2]:
                # "Firm conclusions about cause and effect cannot be drawn": the relation
                # is named only as what cannot be concluded; the statement states none.
                return Strength(0, tuple(h.words for h in caveats), tuple(hits))
            hits = kept
    if not hits:
        if _counted(text):
            # "Asthma affects 4.3 million adults": how common, not an effect (nor for the
            # parse, which reads the count as the verb's object).
            return Strength(0)
        # No cue: the parse may still show an effect verb the lexicon lacks as the main
        # predicate ("mosquitoes are repulsed by chicken").
        pred = effect_predicate(text) if policy.parse else None
        if pred is None:
            # Nor a verb the parse shows acting on an object: the clause's shape may still
            # tell an exposure acting on an outcome ("Phones interfere with sleep").
            effect = verb_of_effect(text) if policy.parse else None
            if effect is None:
                return Strength(0)
            return Strength(effect.code, (effect.cue,), ())
        return Strength(pred.code, (pred.words,), ())
    if policy.aims:
        # "They set out to find whether coffee reduces …": a relation inside the study's
        # question is asked, not stated; what the statement reports besides it governs.
        questions = asked(text)
        if questions:
            stated = [h for h in hits if not within(questions, h.start, h.end)]
            if not stated:
                a, b = questions[0]
                return Strength(0, (text[a:b].strip(),), tuple(hits))
            hits = stated
    doubted = _doubted(text, hits)
    if doubted is not None:
        # "a clinically useful effect remains uncertain": the relation is named only to
        # say it is not established; whatever else the statement's cues say, it states
        # none (0), so no drift is judged against it.
        return Strength(0, (doubted,), tuple(hits))
    if policy.parse and any(_comparative(h) for h in hits):
        hits = _as_comparisons(text, hits)
    strong = [h for h in hits if h.cue not in _WEAK_CUES] or hits
    if policy.parse and _INTERVENTION.search(text) is None:
        # A change verb whose subject is an amount tells a trend ("the number of cases
        # has trebled"): no relation of its own. Not in a group given something ("levels
        # rose in those who took …"), an experiment's outcome.
        moved = [h for h in strong if _change(h) and trend(text, _change_at(h))]
        if moved and len(moved) == len(strong):
            return Strength(0, (), tuple(hits))
        strong = [h for h in strong if h not in moved]
    # A causal verb in a relative clause describes who or what the finding is about
    # ("people *who take* vitamin D", "men who shave, wax or *trim*"): it yields to
    # the relation the statement states about them.
    main = [h for h in strong if not _in_relative(text, h)]
    strong = main or strong
    if policy.parse and len({h.code for h in strong}) > 1:
        # A relation word inside the subject ("women *at high risk* of …") describes who
        # the finding is about; the predicate's relation governs.
        subj = subject_span(text)
        if subj is not None:
            outside = [h for h in strong if not (subj[0] <= h.start and h.end <= subj[1])]
            strong = outside or strong
    if policy.contrast:
        # Of two contrasted clauses ("X might improve memory *but* it does not slow its
        # decline", "*whilst* X has better memory, it does not protect"), the second states
        # the finding the statement ends on: its relation governs.
        after = _after_contrast(text, strong)
        strong = after or strong
    # An equivalence that names its outcome by a causal verb ("as good as celecoxib *at
    # relieving* pain", "as risky as boxing *in causing* brain damage") states the
    # subject's effect, not that it makes no difference: the causal verb governs.
    strong = [h for h in strong if not _equal_at_effect(text, h, strong)]
    # A negated relation anywhere says "no relationship" only if nothing else relates.
    related = [h for h in strong if h.code != 1]
    negated = [h for h in strong if h.code == 1]
    # A denial that comes first governs ("no difference in the effects of …"); a later
    # one is a side remark unless nothing else relates.
    if negated and (not related or negated[0].start < related[0].start):
        return Strength(1, tuple(h.words for h in negated), tuple(hits))
    chosen = _governing(related or strong, policy)
    if chosen.cue in _MODAL_VERB and policy.parse and people_subject(text, chosen.start):
        caused = _governed_cause(chosen, related or strong)
        if caused is not None:
            # The two readings conflict (a group's fate, 2; a hedged cause, 4-5): the
            # statement is not ranked (0) rather than ranked wrongly either way.
            return Strength(0, (f"{chosen.words} … {caused.words}",), tuple(hits))
        if not acts_on_object(text, chosen.start):
            # "Parents can expect to live longer": how a group fares, not a hedged cause.
            return Strength(2, (chosen.words,), tuple(hits))
        # "Mothers who are overweight can rob their baby of years": what the group does
        # to something, hedged (4-5), as the modal before any verb of effect.
        return Strength(chosen.code, (chosen.words,), tuple(hits))
    if chosen.code == 6:
        base = max(0, chosen.start - policy.window)
        hedge = _HEDGE_BEFORE.search(text[base : chosen.start])
        if hedge is not None:
            code = 5 if hedge.group(1).lower() == "can" else 4
            words = text[base + hedge.start() : chosen.end].strip()
            return Strength(code, (words,), tuple(hits))
        modal = _hedged_predicate(text, chosen) if policy.parse else None
        if modal is not None:
            return Strength(4, (f"{chosen.words} … {modal}",), tuple(hits))
    return Strength(chosen.code, (chosen.words,), tuple(hits))
