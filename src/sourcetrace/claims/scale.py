"""The InSciOut strength scale, the policy that labels a statement and the labels.

The codes and their names (:data:`STRENGTHS`), the four groups the benchmark scores
(:data:`GROUPS`), the :class:`StrengthPolicy` (with :data:`DEFAULT_POLICY` and
:data:`ROLE_POLICY`), a cue found in a statement (:class:`CueHit`) and a statement's
label (:class:`Strength`). :mod:`sourcetrace.claims.strength` labels statements.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

from sourcetrace.claims.cues import CUES, Cue

StrengthName = Literal[
    "no_relationship_stated",
    "no_relationship",
    "correlational",
    "ambiguous",
    "conditional_causal",
    "can_cause",
    "causal",
]

#: The scale, in code order (the names of :data:`StrengthName`, read from it).
STRENGTHS: tuple[StrengthName, ...] = get_args(StrengthName)

#: The four groups the benchmark also scores: none (0-1), correlational (2-3),
#: conditional (4-5), causal (6).
GROUPS: tuple[str, ...] = ("none", "correlational", "conditional", "causal")


def group_of(code: int) -> str:
    """Return the four-way group of a strength code (0-1 none … 6 causal)."""
    return GROUPS[(0, 0, 1, 1, 2, 2, 3)[code]]


@dataclass(frozen=True, slots=True)
class StrengthPolicy:
    """How the cues found in a statement make one label.

    Attributes:
        cues: The lexicon.
        window: How many characters before a causal word a hedge in the same clause still
            governs it ("could be *the key to*", "a *potential* cause").
        parse: When no cue is found, ask the dependency parse (the ``quotes`` extra) for
            an effect stated by the main predicate (:mod:`sourcetrace.claims.predicate`).
        hedge_over_cause: When the first relation is a bare causal word, a hedged or "can"
            relation later in the statement governs instead ("X, which *affects* Y,
            *may reduce* Z"); otherwise the first relation does.
        negation_scope: A negation a few auxiliaries, verbs of finding or articles before a
            relation denies it ("did not find any association", "no more likely", "not
            found to increase"): code 1.
        aims: A relation inside a study's question or aim ("set out to find *whether* X
            reduces Y", "aimed to compare …") is asked, not stated: it does not count, and
            a statement that states nothing else states no relationship (0).
        contrast: Of two contrasted clauses ("X may help memory, *but* it does not slow
            its decline"; "*Whilst* X …, Y"), the relations of the second govern when the
            two clauses' relations differ in group.
        partial_negation: A negation followed by a word that limits it ("may *not
            necessarily* lead to", "does *not always* cause": the words of
            :attr:`sourcetrace.quotes.polarity.PolarityPolicy.partial`) limits the
            relation rather than denying it: the relation is hedged (4), not denied (1).
        roles: With ``parse``, a cue the parse shows in a role that relates nothing of the
            finding (a noun, an adjective, a relative clause about something else, what
            the study does, what cannot be concluded: :mod:`sourcetrace.claims.roles`)
            does not count; a statement whose only relation is named in what cannot be
            concluded states none (0). Off by default: on the held-out fold of
            ``bench_strength.py`` it lowered the story 4-group macro-F1 (0.775 to 0.771)
            and the exaggeration F1 (0.803 to 0.794); :data:`ROLE_POLICY` turns it on.
    """

    cues: tuple[Cue, ...] = CUES
    window: int = 40
    hedge_over_cause: bool = True
    contrast: bool = True
    negation_scope: bool = True
    aims: bool = True
    parse: bool = True
    partial_negation: bool = True
    roles: bool = False


DEFAULT_POLICY = StrengthPolicy()
#: The default policy with the cues' roles read (:mod:`sourcetrace.claims.roles`).
ROLE_POLICY = StrengthPolicy(roles=True)


@dataclass(frozen=True, slots=True)
class CueHit:
    """One cue found in a statement.

    Attributes:
        cue: The cue's name.
        code: The strength it proposes.
        start: Offset of the matched words in the statement.
        end: End offset.
        words: The matched words.
    """

    cue: str
    code: int
    start: int
    end: int
    words: str


@dataclass(frozen=True, slots=True)
class Strength:
    """The strength of one statement.

    Attributes:
        code: 0-6 on the InSciOut scale.
        cues: The words that decided it ("may reduce"); empty for code 0.
        hits: Every cue found, in text order (the evidence behind ``code``).
    """

    code: int
    cues: tuple[str, ...] = ()
    hits: tuple[CueHit, ...] = ()

    @property
    def name(self) -> StrengthName:
        """The code's name ("conditional_causal")."""
        return STRENGTHS[self.code]

    @property
    def group(self) -> str:
        """The four-way group ("none", "correlational", "conditional", "causal")."""
        return group_of(self.code)
