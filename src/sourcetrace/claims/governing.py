"""Which of a statement's cues governs its strength, and the readings that qualify it.

What :func:`sourcetrace.claims.strength.classify_strength` reads besides the cues: an
intervention compared on an outcome, a change verb telling a trend, a comparative, a
cue's role in the parse, a relation said to be unknown (:func:`doubted`), a hedge
after the subject, a modal with people as subject, two contrasted clauses, an
equivalence at an effect, a relative clause, a hedge before a causal word, and the cue
that governs (:func:`_governing`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sourcetrace.claims.cue_hits import find_cues
from sourcetrace.claims.predicate import modifier_at, subject_span
from sourcetrace.claims.roles import idle_role
from sourcetrace.claims.scale import CueHit, StrengthPolicy, group_of

# Which relation governs when a statement holds several: the relation words (1-6)
# outrank the bare hedges ("potential", code 4 without a verb).
_WEAK_CUES = frozenset(
    {"potential", "compared", "differs", "comparative", "predicts", "hedged_predicts"}
)
# Relations named by a noun, a bare hedge or a comparison do not make a contrasted clause
# govern: after "but" they are mostly what is not known ("but *the effect of* dose … were
# poorly understood", "but no research has assessed *the potential impact*", "but its
# side-*effects* are unknown"); a verb states the second finding ("but it does not slow").
_BARE_CUES = _WEAK_CUES | {"effect_noun", "causal_noun", "link_noun", "association"}
# A modal before a verb the lexicon does not know as causal.
_MODAL_VERB = frozenset({"hedged_verb", "can_verb"})


# An outcome compared between those given an intervention and others ("flies live 16%
# longer than average *when given* lithium", "fewer patients would die *if treated* by
# younger doctors"): an experimental result, which the InSciOut coders read as causal.
_COMPARATIVE = re.compile(
    r"\b(?:\w+er|more|less|fewer|as much|as many)\b[^.;]{0,80}?\b(?:than|as)\b", re.IGNORECASE
)
_INTERVENTION = re.compile(
    r"\b(?:when|if|after|once) (?:they are |they were |being )?(?:given|fed|treated|"
    r"receiving|received|exposed)\b|\b(?:treated with|who (?:took|received|were given))\b",
    re.IGNORECASE,
)


def _experimental(text: str) -> str | None:
    """The words of an intervention compared on an outcome, if the statement holds one."""
    given = _INTERVENTION.search(text)
    if given is None or _COMPARATIVE.search(text) is None:
        return None
    return given.group(0)


# Verbs of change, which tell a trend when their subject is an amount (predicate.trend).
_CHANGE = re.compile(
    r"(?:in|de)creas(?:e|es|ed|ing)|doubl(?:e|es|ed|ing)|trebl(?:e|es|ed|ing)|"
    r"tripl(?:e|es|ed|ing)|quadrupl(?:e|es|ed|ing)|halv(?:e|es|ed|ing)",
    re.IGNORECASE,
)


def _change(hit: CueHit) -> bool:
    """Whether a causal cue ends in a verb of change ("trebled", "likely to increase")."""
    last = hit.words.rsplit(None, 1)[-1]
    return hit.cue in _CHANGE_CUES and _CHANGE.fullmatch(last) is not None


def _change_at(hit: CueHit) -> int:
    """Offset of the change verb that ends a cue."""
    return hit.start + len(hit.words) - len(hit.words.rsplit(None, 1)[-1])


_CHANGE_CUES = frozenset({"causal_verb", "hedged_cause", "can_cause"})

# Causal verbs whose bare form is also a comparative or a multiplier: "had *lower* blood
# pressure", "almost *treble* the fat" compare amounts between groups, they state no cause.
_COMPARATIVE_FORMS = frozenset({"lower", "double", "treble", "triple", "quadruple"})


def _comparative(hit: CueHit) -> bool:
    """Whether a bare causal-verb cue could be a comparative adjective (the parse decides)."""
    return hit.cue == "causal_verb" and hit.words.lower() in _COMPARATIVE_FORMS


def _as_comparisons(text: str, hits: list[CueHit]) -> list[CueHit]:
    """Turn causal-verb cues the parse reads as modifiers of a noun into comparisons (2)."""
    return [
        CueHit("comparative", 2, h.start, h.end, h.words)
        if _comparative(h) and modifier_at(text, h.start)
        else h
        for h in hits
    ]


# A noun cue whose "of" object may be the study ("the impact *of our findings*").
_OF_STUDY = re.compile(
    r"\bof\s+(?:\w+\s+)?(?:findings?|results?|stud(?:y|ies)|research|evidence|data)\b",
    re.IGNORECASE,
)
_ROLE_NOUNS = frozenset({"causal_noun", "effect_noun"})
_NOT = re.compile(r"\b(?:not|never|cannot)\b|n't", re.IGNORECASE)


def _may_idle(text: str, hit: CueHit) -> bool:
    """Whether the parse is asked for the role of ``hit``.

    A bare verb always; another cue when a negation may make it a caveat, or a noun cue
    when its "of" object may be the study.
    """
    if hit.cue == "causal_verb":
        return True
    if hit.code < 2:
        return False
    if _NOT.search(text) is not None:
        return True
    return hit.cue in _ROLE_NOUNS and _OF_STUDY.search(text) is not None


def _idle(text: str, hit: CueHit) -> str | None:
    return idle_role(text, hit.start, verb_cue=hit.cue == "causal_verb")


# A predicate saying a relation is not established, and how far before it (in the same
# clause) the relation word naming its subject may be.
_UNCERTAIN = re.compile(
    r"\b(?:remains?|remained|is|are|was|were)\s+(?:still\s+|as yet\s+|largely\s+)?"
    r"(?:uncertain|unclear|unknown|unproven|not (?:yet )?(?:known|clear|proven|established))\b",
    re.IGNORECASE,
)
_DOUBT_REACH = 40
# A relative clause between the relation word and the doubt: the doubt is about what the
# clause describes ("… in patients whose history is unknown"), not the relation.
_RELATIVE_GAP = re.compile(r"\b(?:whose|who|whom|which|that|where|when)\b", re.IGNORECASE)


def doubted(text: str) -> str | None:
    """The words saying ``text``'s relation is not established, if it says so.

    Example:
        >>> doubted("A clinically useful effect remains uncertain.")
        'effect remains uncertain'
    """
    return _doubted(text, find_cues(text))


def _doubted(text: str, hits: Sequence[CueHit]) -> str | None:
    """The words saying the statement's relation is uncertain ("effect remains uncertain").

    Not when a contrast sets a finding beside it ("X may lower blood pressure, *but* its
    long-term effects are unknown"; "… is not yet known *but* our study provides strong
    evidence …"): the doubt is about another relation than the finding's, and the
    contrast rule reads the statement.
    """
    if _CONTRAST_MID.search(text) or _CONTRAST_FRONT.match(text):
        return None  # a contrast on either side: the finding may be the other clause's
    for m in _UNCERTAIN.finditer(text):
        for h in hits:
            gap = text[h.end : m.start()]
            if (
                h.end <= m.start()
                and len(gap) <= _DOUBT_REACH
                and not re.search(r"[,;:()]", gap)
                and not _RELATIVE_GAP.search(gap)
            ):
                return text[h.start : m.end()]
    return None


# A hedging modal that opens the predicate of a subject holding the causal word, when
# that predicate says what the subject is owed to ("could be down to several factors") or
# that it works ("may be an effective way to decrease"): a modal hedging when or where an
# effect is felt ("could be felt within weeks", "could be on the horizon") does not hedge
# the cause.
_MODAL_AFTER = re.compile(
    r"\s*,?\s*(may|might|could)\s+(?:(?:also|partly|in part|largely|well)\s+)?"
    r"(?:be\s+(?:down|due|owing|attributable|related)\s+to|be\s+(?:explained|caused|driven)\s+by"
    r"|be\s+(?:the\s+)?(?:result|consequence)\s+of|reflect|stem\s+from|come\s+from"
    r"|be\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}(?:way|means|strategy|approach|option|tool)\s+(?:to|of|for))\b",
    re.IGNORECASE,
)
_ANY_MODAL = re.compile(r"\b(?:may|might|could)\b", re.IGNORECASE)


def _hedged_predicate(text: str, hit: CueHit) -> str | None:
    """The modal that hedges the predicate of the subject holding ``hit``, if any.

    "The lower *benefits* seen for walking *could* be down to several factors": the
    causal word names the subject, and what the statement says it is owed to is hedged,
    so the hedge after the word governs as one before it would. Only such attribution
    frames count (``_MODAL_AFTER``): "the benefits … could be felt within weeks" hedges
    when, not whether.
    """
    if _ANY_MODAL.search(text, hit.end) is None:
        return None  # no modal after the cue: the parse is not asked
    subj = subject_span(text)
    if subj is None or not (subj[0] <= hit.start and hit.end <= subj[1]):
        return None
    m = _MODAL_AFTER.match(text, subj[1])
    return m.group(1) if m is not None else None


def _governed_cause(modal: CueHit, hits: list[CueHit]) -> CueHit | None:
    """The causal verb a modal verb with people as subject governs, if one follows it.

    "Four people *would need* to take supplements *to prevent* one infection", "we *can
    focus* efforts *to improve* the system": read as how a group fares (2) it would make a
    story's "can protect" look stronger than its source; read as a hedged cause (4-5) a
    plan ("we can focus efforts") would be a finding. Neither reading is sure.
    """
    return next((h for h in hits if h.start >= modal.end and h.cue == "causal_verb"), None)


# A contrast between two clauses: a conjunction inside the statement ("…, but it does not
# …"), or a concessive clause that opens it ("Whilst X …, Y") or opens what a reporting
# clause reports ("The study found that whilst X …, Y"), whose second clause starts at the
# first comma after the conjunction.
_CONTRAST_MID = re.compile(r"\s(?:but|although|though|whereas)\s", re.IGNORECASE)
_CONTRAST_FRONT = re.compile(
    r"^(?:[^,;]*?\bthat\s+)?\W*(?:while|whilst|although|though|even though)\b[^,;]*[,;]",
    re.IGNORECASE,
)


def _after_contrast(text: str, hits: list[CueHit]) -> list[CueHit]:
    """The relations after the last contrast that has relations on both sides (else [])."""
    cuts = [m.end() for m in _CONTRAST_MID.finditer(text)]
    front = _CONTRAST_FRONT.match(text)
    if front is not None:
        cuts.append(front.end())
    for cut in sorted(cuts, reverse=True):
        before = [h for h in hits if h.end <= cut]
        after = [h for h in hits if h.start >= cut and h.cue not in _BARE_CUES]
        if (
            before
            and after
            and {group_of(h.code) for h in before} != {group_of(h.code) for h in after}
        ):
            return after
    return []


_EQUAL_CUES = frozenset({"as_good_as", "just_as"})
_AT_EFFECT = re.compile(r"[^,;.]{0,40}?\b(?:at|in)\s+$", re.IGNORECASE)


def _equal_at_effect(text: str, hit: CueHit, hits: list[CueHit]) -> bool:
    """Whether ``hit`` is an equivalence followed by "at/in" and a causal verb in -ing."""
    if hit.cue not in _EQUAL_CUES:
        return False
    nxt = next((h for h in hits if h.start >= hit.end), None)
    return (
        nxt is not None
        and nxt.cue == "causal_verb"
        and nxt.words.lower().endswith("ing")
        and _AT_EFFECT.fullmatch(text, hit.end, nxt.start) is not None
    )


_RELATIVE = re.compile(r"\b(?:who|that|which)\s+(?:[\w'’-]+,?\s+){0,4}$", re.IGNORECASE)


def _in_relative(text: str, hit: CueHit) -> bool:
    before = text[max(0, hit.start - 40) : hit.start]
    return hit.cue == "causal_verb" and bool(_RELATIVE.search(before))


# A hedge shortly before a causal word, in the same clause: "could be *the key to*",
# "a *potential* cause of", "*seemed* to have a protective effect on". In the past tense
# "appear" hedges only with "to" or "that" ("*appears to* reduce", "it *appeared that*";
# "the study, which appears in Nature," does not).
_HEDGE_BEFORE = re.compile(
    r"\b(may|might|could|would|can|potential|possible|possibly|potentially|perhaps|seems?|"
    r"seemed|(?:appears?|appeared)\s+(?:to|that)|likely)\b"
    r"[^,;:.!?]*$",
    re.IGNORECASE,
)


def _governing(hits: list[CueHit], policy: StrengthPolicy) -> CueHit:
    """Return the cue whose code is the statement's.

    A hedged or "can" causal verb governs over the bare ones (the hedge is the author's
    caution about the finding); otherwise the first relation in the statement does.
    """
    if policy.hedge_over_cause and hits[0].code == 6:
        hedged = [h for h in hits if h.code in (4, 5) and h.cue not in _WEAK_CUES]
        if hedged:
            return hedged[0]
    return hits[0]
