"""The cue lexicon of claim strength: word patterns, each proposing a code of the scale.

Each :class:`Cue` is a regular expression over a statement, with the code (0-6 of
:mod:`sourcetrace.claims.strength`) it proposes and the words one of which every match
holds (so that a statement without them skips the pattern). Verbs of effect are listed
once with their inflections and compiled into tries (:func:`trie`), which Python's
``re`` runs several times faster than flat alternations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any


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


def trie(words: set[str]) -> str:
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


# "up" as a verb of raising a risk ("painkillers *can up* your risk of a heart attack",
# "fertility treatments *may up* breast cancer risk", "smoking *ups* the odds"): the bare
# form only right after a modal or "to" ("weigh *up* the risks" is no verb of raising),
# never in "up to" (an amount).
_UP_RISK = (
    r"(?:ups|upped|upping|(?:(?<=\bmay )|(?<=\bmight )|(?<=\bcan )|(?<=\bcould )|"
    r"(?<=\bwould )|(?<=\bwill )|(?<=\bto )|(?<=\balso )|(?<=\bnot ))up)"
    r"(?! to\b)(?= (?:(?:the|your|their|his|her|its|our|a|an) )?(?:[\w-]+ ){0,3}?"
    r"(?:risks?|chances?|odds|likelihood)\b)"
)
_CAUSAL_VERB = "(?:" + trie({f for v in _VERBS for f in _forms(v)}) + "|" + _UP_RISK + ")"
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
    # A difference between groups, told as such ("the two drugs *differ in* their
    # efficacy", "*differences in* survival between …", "*varies by* region"): a comparison
    # (2); "no difference" is a denial (no_effect).
    Cue(
        "differs",
        2,
        r"\b(?=[dv])(?:differ(?:s|ed|ing)? (?:\w+ )?(?:in|by|between|from|across)|"
        r"(?<!be the )(?<!make the )(?<!out the )(?<!using )(?<!use )"
        r"differences? (?:\w+ )?(?:in|between|across)|"
        r"(?:varies|vary|varied|varying) (?:\w+ )?(?:by|with|between|across|among))\b",
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
    "differs": ("differ", "varies", "vary", "varied", "varying"),
    "causal_noun": (
        "effect", "impact", "cause", "because", "due to", "responsible", "key", "thanks",
        "result", "lead", "behind", "blame", "reason", "benefit", "danger", "risk", "role",
        "part", "influence", "good for", "bad for", "better for", "worse for", "beneficial",
        "harmful", "critical", "crucial", "vital", "work", "add",
    ),
    "effect_noun": ("effect", "impact", "benefit"),
}  # fmt: skip
CUES = tuple(Cue(c.name, c.code, c.pattern, _KEYS.get(c.name, ())) for c in CUES)
