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
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal, get_args

from sourcetrace.claims.effect import verb_of_effect
from sourcetrace.claims.predicate import (
    effect_predicate,
    modifier_at,
    people_subject,
    subject_span,
    trend,
)

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
class Cue:
    """A word pattern that proposes a strength code.

    Attributes:
        name: A short name for the pattern (for reports and tests).
        code: The code it proposes (0-6).
        pattern: The regular expression, matched case-insensitively on word boundaries.
        keys: Lower-case strings one of which every match holds: when the statement holds
            none, the pattern is not run (a speed-up only; empty runs it always).
    """

    name: str
    code: int
    pattern: str
    keys: tuple[str, ...] = ()


# Verbs that state a cause, as ``stem:suffixes`` (``|``-separated, ``-`` for the bare stem):
# each makes its inflected forms only, so "health" or "treatment" never count as verbs.
# Verbs that mostly stand in the subject of a finding ("people who *take* vitamin D",
# "foods *make up* half") are left out: they state no relation.
_VERBS = (
    "cause:|s|d",
    "causing:-",
    "reduce:|s|d",
    "reducing:-",
    "increase:|s|d",
    "increasing:-",
    "raise:|s|d",
    "raising:-",
    "lower:|s|ed|ing",
    "boost:|s|ed|ing",
    "prevent:|s|ed|ing",
    "protect:|s|ed|ing",
    "cut:|s|ting",
    "slash:|es|ed|ing",
    "halve:|s|d",
    "halving:-",
    "double:|s|d",
    "doubling:-",
    "treble:|s|d",
    "triple:|s|d",
    "trigger:|s|ed|ing",
    "improve:|s|d",
    "improving:-",
    "help:|s|ed|ing",
    "lead:|s|ing",
    "led:-",
    # "results" is mostly the noun ("the results showed"): the verb only as "results in".
    "result:ed|ing",
    "damage:|s|d",
    "damaging:-",
    "harm:|s|ed|ing",
    "kill:|s|ed|ing",
    "save:|s|d",
    "saving:-",
    "spare:|s|d",
    "benefit:|s|ed|ing|ted|ting",
    "drive:|s|n",
    "driving:-",
    "drove:-",
    "fuel:|s|led|ed|ling|ing",
    "worsen:|s|ed|ing",
    "ease:|s|d",
    "easing:-",
    "cure:|s|d",
    "curing:-",
    "stop:|s|ped|ping",
    "block:|s|ed|ing",
    "fight:|s|ing",
    "fought:-",
    "ward:|s|ed|ing",
    "stave:|s|d",
    "staving:-",
    "combat:|s|ed|ing|ted|ting",
    "affect:|s|ed|ing",
    "alter:|s|ed|ing",
    "shrink:|s|ing",
    "shrank:-",
    "strengthen:|s|ed|ing",
    "weaken:|s|ed|ing",
    "slow:|s|ed|ing",
    "delay:|s|ed|ing",
    "extend:|s|ed|ing",
    "shorten:|s|ed|ing",
    "contribute:|s|d",
    "contributing:-",
    "promote:|s|d",
    "promoting:-",
    "inhibit:|s|ed|ing",
    "suppress:|es|ed|ing",
    "restore:|s|d",
    "restoring:-",
    "reverse:|s|d",
    "reversing:-",
    "destroy:|s|ed|ing",
    "activate:|s|d",
    "activating:-",
    "stimulate:|s|d",
    "stimulating:-",
    "enhance:|s|d",
    "enhancing:-",
    "undermine:|s|d",
    "impair:|s|ed|ing",
    "accelerate:|s|d",
    "accelerating:-",
    "decrease:|s|d",
    "decreasing:-",
    "diminish:|es|ed|ing",
    "limit:|s|ed|ing",
    "tackle:|s|d",
    "tackling:-",
    "halt:|s|ed|ing",
    "heal:|s|ed|ing",
    "repair:|s|ed|ing",
    "ruin:|s|ed|ing",
    "spark:|s|ed|ing",
    "induce:|s|d",
    "inducing:-",
    "bolster:|s|ed|ing",
    "shield:|s|ed|ing",
    "prolong:|s|ed|ing",
    "elevate:|s|d",
    "curb:|s|ed|ing",
    "blamed:-",
    "interrupt:|s|ed|ing",
    "disrupt:|s|ed|ing",
    "relieve:|s|d",
    "relieving:-",
    "lengthen:|s|ed|ing",
    "avert:|s|ed|ing",
    "avoid:|s|ed|ing",
    "lessen:|s|ed|ing",
    "transform:|s|ed|ing",
    "worsen:|s|ed|ing",
    "kickstart:|s|ed|ing",
    "make:|s",
    "making:-",
    "keep:|s|ing",
    "kept:-",
    "quadruple:|s|d",
    "exacerbate:|s|d",
    "exacerbating:-",
    "inflame:|s|d",
    "irritate:|s|d",
    "protection:-",
    "trim:|s|med|ming",
    "lift:|s|ed|ing",
    "supercharge:|s|d",
)


def _forms(spec: str) -> list[str]:
    stem, suffixes = spec.split(":")
    return [stem + ("" if s in ("", "-") else s) for s in suffixes.split("|")]


def _trie(words: set[str]) -> str:
    """Return a regular expression matching exactly ``words``, as a trie of alternations.

    Python's ``re`` tries a flat alternation's branches one by one at every position; a
    trie shares the prefixes, which makes the verb patterns several times faster.
    """
    tree: dict[str, Any] = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return "(?:" + build(tree) + ")"


_CAUSAL_VERB = _trie({f for v in _VERBS for f in _forms(v)})
_HEDGE_4 = (
    r"(?:may|might|could|would|possibly|potentially|perhaps|probably|(?<!more )(?<!less )likely to|"
    r"may well|could well|might well|may be able to|could be|may be|might be|"
    r"appears? to|seems? to|is thought to|are thought to|is believed to|are believed to|"
    r"suggest(?:s|ed)? (?:that )?\w+ (?:may|might|could))"
)
_NEGATION = r"(?:not|no|never|n't|cannot|neither|nor|without|did not|does not|do not)"
# An amount after "more than" makes it a quantity ("*more than* 200,000 patients", "*more
# than* half of all calories"), not a comparison.
_AMOUNT = (
    r"(?:\d|£|\$|€|half\b|a (?:third|quarter|fifth|tenth|half|million|billion|thousand|"
    r"hundred|dozen)\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|"
    r"forty|fifty|hundreds|thousands|millions|a third|a quarter|double|twice)\b)"
)
# Adjectives that tell an exposure's effect on an outcome ("effective" is in the cues).
_EFFICACY = "protective|harmful|toxic|detrimental"
# The copula an efficacy adjective follows ("is *effective*", "were not *harmful*").
_COPULA = "is|are|was|were|be|been|being"

#: The cue lexicon, in the order ties are broken (earlier wins at the same code).
CUES: tuple[Cue, ...] = (
    # 1: an explicit statement that there is no relationship.
    Cue(
        "no_effect",
        1,
        r"\b(?:no|little|zero) (?:\w+ ){0,2}?(?:effect|impact|benefit|link|links|"
        r"association|evidence|difference|influence|relationship|connection|increase|"
        r"reduction|improvement|change|protection|advantage|harm|sign)s?\b",
    ),
    Cue(
        "not_related",
        1,
        r"\b(?:not|n't|never) (?:\w+ )?(?:linked|associated|related|"
        r"connected|correlated|tied)\b|\b(?:unrelated|unconnected) (?:to|with)\b",
    ),
    Cue(
        "not_causal",
        1,
        r"\b(?:did|does|do|could|can|will|would|may|might)(?: not|n't) "
        r"(?:\w+ )?(?:" + _CAUSAL_VERB + r")\b",
    ),
    Cue(
        "no_more_likely",
        1,
        r"\b(?:no|not) (?:any )?(?:more|less|better|worse|safer|healthier)"
        r"(?: \w+)? than\b(?! " + _AMOUNT + r")",
    ),
    Cue(
        "not_better",
        2,
        r"\bnot (?:always |necessarily )?(?:any )?(?:better|worse|healthier|safer|"
        r"more effective|less healthy)\b",
    ),
    Cue(
        "just_as",
        1,
        r"\b(?:just|equally) as (?:\w+ )?(?:good|effective|safe|important|beneficial|healthy)\b",
    ),
    Cue(
        "as_good_as",
        1,
        r"\b(?:just |equally |every bit )?as (?:\w+ )?(?:good|effective|safe|likely|"
        r"healthy|important|beneficial|risky|harmful)(?: \w+)? as\b|"
        # "as well as" is a conjunction ("data from trusts *as well as* hospitals") but
        # after a verb of performing ("works *as well as* ibuprofen").
        r"\b(?:works?|worked|working|performs?|performed|does|do|did|fared|fares?)"
        r"(?: just| equally)? as well as\b",
    ),
    Cue(
        "no_harm",
        1,
        r"\b(?:no|not any) (?:\w+ )?(?:harms?|risks?|dangers?)\b|\bdo(?:es)? not work\b|"
        r"\bdo(?:es)? nothing to\b|\bnot (?:\w+ )?(?:appear|seem) to (?:\w+)\b",
    ),
    Cue(
        "not_effective",
        1,
        r"\b(?:" + _COPULA + r")(?: not|n't)(?: \w+)? (?:effective|" + _EFFICACY + r")\b",
    ),
    Cue("failed_to", 1, r"\bfail(?:s|ed|ing)? to (?:\w+ )?(?:" + _CAUSAL_VERB + r")\b"),
    # 5: "can" + a causal verb.
    Cue("can_cause", 5, r"\bcan (?:\w+ )?(?:" + _CAUSAL_VERB + r")\b"),
    Cue("able_to", 5, r"\b(?:is|are) able to (?:" + _CAUSAL_VERB + r")\b"),
    # 4: a hedge + a causal verb, or hedged causation.
    Cue("hedged_cause", 4, r"\b" + _HEDGE_4 + r" (?:\w+ )?(?:be )?(?:" + _CAUSAL_VERB + r")\b"),
    Cue(
        "hedged_blame",
        4,
        r"\b(?:may|might|could) (?:be|have been) (?:to blame|behind|"
        r"responsible|the cause|a cause|a factor|key)\b",
    ),
    Cue(
        "hedged_link",
        3,
        r"\b(?:may|might|could) (?:be|have been) (?:linked|associated|"
        r"connected|related|tied)\b",
    ),
    # A modal before a verb of prediction states what a sign tells ("an IVF calculator *can
    # predict* success"), as "may be linked" states a link: no hedged cause (3). Not when it
    # reports a finding ("may indicate *that* coffee reduces …", a hedged cause), and any
    # other relation governs over it (_WEAK_CUES).
    Cue(
        "hedged_predicts",
        3,
        r"\b(?:may|might|could|can)(?: also| even| well| now| accurately)? (?:predict|indicate|"
        r"signal|signify|forecast)\b(?! that\b)",
    ),
    Cue(
        "hedged_risk",
        3,
        r"\b(?:may|might|could) (?:be|have been) (?:at (?:an? )?(?:\w+ )?risk|"
        r"(?:more|less) (?:prone|likely|vulnerable|susceptible))\b",
    ),
    Cue(
        "hedged_verb",
        4,
        r"\b(?:may|might|could|would)(?: also| even| well| actually| soon)? "
        r"(?!be\b|have been\b|not\b|also\b)[a-z]{3,}\b",
    ),
    Cue(
        "hedged_be",
        4,
        r"\b(?:may|might|could)(?: also| well| even)? be (?:\w+ing|\w+ed|safer|better|worse|"
        r"healthier|more \w+|less \w+|true)\b",
    ),
    Cue("can_verb", 5, r"\bcan(?: also| even| actually| still)? (?!be\b|not\b)[a-z]{3,}\b"),
    Cue(
        "times_more",
        2,
        r"\b(?:\d+(?:\.\d+)? ?(?:%|per ?cent)|twice|(?:two|three|four|five|six|ten|\d+) times)"
        r" (?:greater|higher|lower|more|less|as)\b",
    ),
    Cue(
        "the_more",
        2,
        r"\bthe (?:more|less|fewer|higher|lower|longer|greater)\b[^.;]{0,120}?\bthe "
        r"(?:more|less|fewer|higher|lower|better|worse|greater|longer)\b",
    ),
    Cue("likely_to", 2, r"\b(?:are|is|were|was|be) (?:\w+ )?likely to\b"),
    Cue(
        "link_noun",
        3,
        r"\b(?:a|the|new|strong|clear|possible|potential|direct|"
        r"significant|causal|firm)? ?(?:link|links|connection|relationship)s?"
        r"(?: (?:between|to|with|in|of))?\b",
    ),
    Cue("potential", 4, r"\b(?:potential|possible|promising|hope|hopes|could offer)\b"),
    # 3: a link stated as a noun, without direction ("a link between"), or "linked to":
    # the InSciOut coders took "linked" as ambiguous between association and cause.
    # A causal word naming the outcome at risk ("risk *shortening* their lives", "a risk of
    # brain *damage*"): the relation is the risk, told without direction.
    Cue(
        "risk_of",
        3,
        r"\b(?:risk|risks|risking|risked) (?:of )?(?:\w+ )?(?:" + _CAUSAL_VERB + r")\b",
    ),
    Cue("linked", 3, r"\b(?:linked|tied|connected) (?:\w+ )?(?:to|with)\b"),
    Cue("factor", 3, r"\b(?:factor in|factor for|implicated)\b"),
    # 2: association.
    Cue("associated", 2, r"\b(?:associated|correlated|related) (?:to|with)\b"),
    Cue("association", 2, r"\b(?:association|correlation|correlates?)\b"),
    # Exposing someone to a risk states its cause ("X *puts people at* greater risk of").
    Cue(
        "puts_at_risk",
        6,
        r"\b(?:puts?|putting|places?|placing|leaves?|leaving|left)\b"
        r"(?:(?!\b(?:is|are|was|were|be|been)\b)[^.;,]){0,40}?\bat (?:an? )?(?:\w+ )?risk\b",
    ),
    Cue(
        "risk_level",
        2,
        r"\b(?:higher|lower|greater|increased|reduced|elevated|raised|heightened|"
        r"decreased|bigger|smaller|double|twice|triple|extra|slight) "
        r"(?:(?!the |a |an |its |their )\w+ )?(?:risk|risks|rates?|"
        r"chance|chances|odds|likelihood|levels?|incidence)\b",
    ),
    Cue(
        "more_likely",
        2,
        r"\b(?:more|less|most|least|as) (?:likely|prone|vulnerable|susceptible|frequent(?:ly)?|"
        r"common)\b",
    ),
    Cue("at_risk", 2, r"\bat (?:an? )?(?:\w+ )?risk\b"),
    Cue("predicts", 3, r"\b(?:predicts?|predicted|predictor|marker|indicator|sign of)\b"),
    Cue(
        "compared",
        2,
        r"\b(?:(?:more|less|fewer|greater|higher|lower|better|worse) (?:\w+ )?than"
        r"(?! " + _AMOUNT + r")|"
        r"compared (?:to|with)|than those|than people|than children|"
        r"than women|than men|than non)\b",
    ),
    # 6: causal verbs and causal nouns ("lead" as a role is no verb: see _BEHAVIOUR_AFTER).
    Cue("causal_verb", 6, r"\b(?:" + _CAUSAL_VERB + r")\b"),
    Cue(
        "causal_noun",
        6,
        r"\b(?:effect of|effects of|impact of|cause of|causes of|"
        r"because of|due to|responsible for|the key to|thanks to|as a result|leads to|"
        r"is behind|are behind|to blame|the reason|benefits of|dangers of|risks of|"
        r"(?:a|an|the|key|major|big|important|crucial) role in|role of \w+(?: \w+)? in|"
        r"play(?:s|ed|ing)? a (?:\w+ )?(?:role|part)|"
        r"(?:effect|impact|influence) on|"
        r"(?:good|bad|better|worse|beneficial|harmful) for|(?:critical|crucial|key|vital) to|"
        r"works? for|adds? (?:\w+ ){0,2}years|results in)\b",
    ),
    # An efficacy or harm told by an adjective after a copula ("is *effective* against",
    # "proved *protective*", "can be *harmful*"): the subject acts on an outcome, as a verb
    # would; hedges before it make it 4/5 as for any causal cue.
    Cue(
        "efficacy",
        6,
        r"\b(?:" + _COPULA + r"|proved|proven|prove|proves)"
        r"(?: (?:both|highly|very|also|safe and|equally|more|most|particularly|"
        r"potentially|extremely|so))? (?:effective|" + _EFFICACY + r")\b",
    ),
    # An effect named without its cause or outcome ("the effects were strongest in …").
    Cue("effect_noun", 6, r"\b(?:effects?|impacts?|benefits?)\b"),
)


_MODALS = ("may", "might", "could", "would")
# Strings every match of a cue holds (see Cue.keys): the cheap test that skips a pattern.
_KEYS: dict[str, tuple[str, ...]] = {
    "no_effect": ("no ", "little", "zero"),
    "not_related": ("not", "n't", "never", "unrelated", "unconnected"),
    "not_causal": ("not", "n't"),
    "no_more_likely": ("no ", "not "),
    "not_better": ("not ",),
    "as_good_as": ("as ",),
    "just_as": ("just as", "equally as"),
    "hedged_be": _MODALS,
    "times_more": ("%", "cent", "twice", "times"),
    "the_more": ("the ",),
    "no_harm": ("no",),
    "failed_to": ("fail",),
    "not_effective": ("not", "n't"),
    "efficacy": ("effective", *_EFFICACY.split("|")),
    "can_cause": ("can ",),
    "able_to": ("able to",),
    "hedged_cause": (
        *_MODALS, "possibl", "potential", "perhaps", "probabl", "likely", "appear", "seem",
        "thought", "believed", "suggest",
    ),
    "hedged_blame": _MODALS,
    "hedged_link": _MODALS,
    "hedged_risk": _MODALS,
    "hedged_predicts": (*_MODALS, "can "),
    "hedged_verb": _MODALS,
    "can_verb": ("can ",),
    "likely_to": ("likely",),
    "link_noun": ("link", "connection", "relationship"),
    "potential": ("potential", "possible", "promising", "hope", "could offer"),
    "linked": ("linked", "tied", "connected"),
    "risk_of": ("risk",),
    "factor": ("factor", "implicated"),
    "associated": ("associated", "correlated", "related"),
    "association": ("associat", "correlat"),
    "puts_at_risk": ("risk",),
    "risk_level": ("risk", "rate", "chance", "odds", "likelihood", "level", "incidence"),
    "more_likely": ("likely", "prone", "vulnerable", "susceptible", "frequent", "common"),
    "at_risk": ("risk",),
    "predicts": ("predict", "marker", "indicator", "sign of"),
    "compared": ("than", "compared"),
    "causal_noun": (
        "effect", "impact", "cause", "because", "due to", "responsible", "key", "thanks",
        "result", "lead", "behind", "blame", "reason", "benefit", "danger", "risk", "role",
        "part", "influence", "good for", "bad for", "better for", "worse for", "beneficial",
        "harmful", "critical", "crucial", "vital", "work", "add",
    ),
    "effect_noun": ("effect", "impact", "benefit"),
}  # fmt: skip
CUES = tuple(Cue(c.name, c.code, c.pattern, _KEYS.get(c.name, ())) for c in CUES)


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
        contrast: Of two contrasted clauses ("X may help memory, *but* it does not slow
            its decline"; "*Whilst* X …, Y"), the relations of the second govern when the
            two clauses' relations differ in group.
    """

    cues: tuple[Cue, ...] = CUES
    window: int = 40
    hedge_over_cause: bool = True
    contrast: bool = True
    negation_scope: bool = True
    parse: bool = True


DEFAULT_POLICY = StrengthPolicy()

_COMPILED: dict[str, re.Pattern[str]] = {}


def _compiled(cue: Cue) -> re.Pattern[str]:
    pat = _COMPILED.get(cue.pattern)
    if pat is None:
        pat = _COMPILED[cue.pattern] = re.compile(cue.pattern, re.IGNORECASE)
    return pat


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


def find_cues(text: str, *, policy: StrengthPolicy = DEFAULT_POLICY) -> list[CueHit]:
    """Return every cue in ``text``, without overlaps, in text order.

    Where cues overlap, the one listed first in the lexicon wins, so "may not reduce" is a
    negation (1), not a hedge (4), and "may reduce" a hedge, not a bare causal verb (6).
    """
    return list(_find_cues(text, policy))


@lru_cache(maxsize=4096)
def _find_cues(text: str, policy: StrengthPolicy) -> tuple[CueHit, ...]:
    # Cached: a story's sentences are looked at when its main statements are chosen and
    # again when they are labelled, and a source sentence once per claim aligned with it.
    taken: list[tuple[int, int]] = []
    hits: list[CueHit] = []
    low = text.lower()
    for cue in policy.cues:
        if cue.keys and not any(k in low for k in cue.keys):
            continue
        for m in _compiled(cue).finditer(text):
            s, e = m.span()
            if e <= s or any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            hits.append(CueHit(cue.name, cue.code, s, e, m.group(0).strip()))
    hits.sort(key=lambda h: h.start)
    hits = [h for h in hits if not _behaviour(text, h)]
    if policy.negation_scope:
        hits = _scope_negation(text, hits)
    return tuple(hits)


# Causal verbs that, with what follows them, tell what people do or what something consists
# of, not an effect: "*stopped taking* statins", "after they *stop working*", "foods *make
# up* half of all calories"; and "lead" in its sense of leading people or work ("a team
# *led by* Dr X", "who *led the study*", "a *leading expert*"), or bare "lead" as a role
# ("*lead* author", "*lead* study researcher").
_BEHAVIOUR_AFTER = {
    "make": re.compile(r"\s+up\b", re.IGNORECASE),
    # Not a symptom named by a gerund: "the drug *stops bleeding*" is an effect.
    "stop": re.compile(
        r"\s+(?!(?:bleed|swell|itch|age|ag|vomit|wheez|snor|cough|sneez|shak)ing\b)"
        r"[a-z]{2,}ing\b",
        re.IGNORECASE,
    ),
    "lead": re.compile(
        r"\s+(?:by\b|(?:the|this|a|an|our|their|his|her|its)\s+(?:\w+\s+)?(?:study|research|"
        r"team|trial|work|review|project|analysis|investigation|group|survey)\b|"
        r"(?:experts?|journals?|researchers?|scientists?|charit(?:y|ies)|authorit(?:y|ies)|"
        r"doctors?|academics?|universit(?:y|ies)|medical|figures?)\b)|"
        r"(?<=\blead)\s+(?:study\s+)?"
        r"(?:authors?|researchers?|scientists?|investigators?|clinicians?|writers?)\b",
        re.IGNORECASE,
    ),
}
_BEHAVIOUR_FORMS = {
    "make": "make",
    "makes": "make",
    "making": "make",
    "stop": "stop",
    "stops": "stop",
    "stopped": "stop",
    "stopping": "stop",
    "lead": "lead",
    "leads": "lead",
    "led": "lead",
    "leading": "lead",
}


def _behaviour(text: str, hit: CueHit) -> bool:
    """Whether a bare causal verb is a phrasal verb of doing or consisting ("stop taking")."""
    stem = _BEHAVIOUR_FORMS.get(hit.words.lower()) if hit.cue == "causal_verb" else None
    return stem is not None and _BEHAVIOUR_AFTER[stem].match(text, hit.end) is not None


# A negation whose scope reaches a relation word across auxiliaries, verbs of finding and
# articles only ("did *not* find any *association*", "was *not* found to *increase*", "*no*
# *more likely*", "is *not* a *cause* of", "*neither* raises nor lowers"). Any other word
# between them ("who did not exercise had a higher risk", "not only", "no longer", "not
# necessarily") ends its scope.
_SCOPE_GAP = (
    r"(?:be|been|being|is|are|was|were|find|finds|found|show|shows|showed|shown|prove|"
    r"proved|proven|seem|seems|seemed|appear|appears|appeared|have|has|had|having|"
    r"a|an|any|the|to|at|significantly|statistically|significant|strongly|directly|clearly|"
    r"substantially|measurably|meaningfully)"
)
_NEGATION = r"(?:\b(?:not|no|never|neither|nor)\b|n't)"
_NEGATED_BEFORE = re.compile(_NEGATION + r"(?:\s+" + _SCOPE_GAP + r")*\s+$", re.IGNORECASE)
_NEGATOR = re.compile(_NEGATION, re.IGNORECASE)
# Cues that a negation before them does not deny (a bare hedge, a comparison).
_UNNEGATED = frozenset({"potential", "compared"})


def _scope_negation(text: str, hits: list[CueHit]) -> list[CueHit]:
    """Turn relations under a negation into denials (code 1); drop a verb whose object is one.

    A causal verb directly followed by a denial names nothing of its own ("*makes* no
    difference", "*cuts* no ice"): the denial is what the statement says.
    """
    if _NEGATOR.search(text) is None:
        return hits
    out: list[CueHit] = []
    prev_end = 0
    for h in hits:
        if h.code >= 2 and h.cue not in _UNNEGATED:
            m = _NEGATED_BEFORE.search(text, max(prev_end, h.start - 60), h.start)
            if m is not None:
                start = m.start()
                h = CueHit("negated", 1, start, h.end, text[start : h.end].strip())
        out.append(h)
        prev_end = h.end
    return [
        h
        for i, h in enumerate(out)
        if not (
            h.cue == "causal_verb"
            and i + 1 < len(out)
            and out[i + 1].code == 1
            and not text[h.end : out[i + 1].start].strip()
        )
    ]


# Which relation governs when a statement holds several: the relation words (1-6)
# outrank the bare hedges ("potential", code 4 without a verb).
_WEAK_CUES = frozenset({"potential", "compared", "comparative", "predicts", "hedged_predicts"})
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


def needs_parse(text: str, *, policy: StrengthPolicy = DEFAULT_POLICY) -> bool:
    """Whether labelling ``text`` may ask the parse (no cue, mixed codes, modal, change verb)."""
    if not policy.parse:
        return False
    hits = find_cues(text, policy=policy)
    return (
        not hits
        or len({h.code for h in hits}) > 1
        or any(h.cue in _MODAL_VERB or _change(h) or _comparative(h) for h in hits)
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
    if not hits:
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
        # "Parents can expect to live longer": how a group fares, not a hedged cause.
        return Strength(2, (chosen.words,), tuple(hits))
    if chosen.code == 6:
        base = max(0, chosen.start - policy.window)
        hedge = _HEDGE_BEFORE.search(text[base : chosen.start])
        if hedge is not None:
            code = 5 if hedge.group(1).lower() == "can" else 4
            words = text[base + hedge.start() : chosen.end].strip()
            return Strength(code, (words,), tuple(hits))
    return Strength(chosen.code, (chosen.words,), tuple(hits))


# A contrast between two clauses: a conjunction inside the statement ("…, but it does not
# …"), or a concessive clause that opens it ("Whilst X …, Y"), whose second clause starts at
# the first comma after the conjunction.
_CONTRAST_MID = re.compile(r"\s(?:but|although|though|whereas)\s", re.IGNORECASE)
_CONTRAST_FRONT = re.compile(
    r"^\W*(?:while|whilst|although|though|even though)\b[^,;]*[,;]", re.IGNORECASE
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
# "a *potential* cause of".
_HEDGE_BEFORE = re.compile(
    r"\b(may|might|could|would|can|potential|possible|possibly|potentially|perhaps|seems?|"
    r"appears?|likely)\b"
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
