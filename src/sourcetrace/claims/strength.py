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
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, get_args

from sourcetrace.claims.aims import asked, within
from sourcetrace.claims.cues import CUES, Cue
from sourcetrace.claims.effect import verb_of_effect
from sourcetrace.claims.predicate import (
    acts_on_object,
    effect_predicate,
    modifier_at,
    people_subject,
    subject_span,
    trend,
)
from sourcetrace.claims.roles import idle_role
from sourcetrace.quotes.polarity import DEFAULT_POLARITY

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
    hits = [
        h
        for h in hits
        if not _behaviour(text, h)
        and not _compound_modifier(text, h)
        and not _prevalence(text, h)
        and not _superlative_name(text, h)
        and not _modal_of_mind(h)
        and not _limited_as_adjective(text, h)
    ]
    if policy.partial_negation:
        hits = [_limited(h) for h in hits]
    if policy.negation_scope:
        hits = _scope_negation(text, hits)
    return tuple(hits)


# A negation and the word after it in a denial's cue words ("may not necessarily lead").
_NEGATION_NEXT = re.compile(r"(?:\bnot|n't)\s+(\w+)", re.IGNORECASE)


def _limited(hit: CueHit) -> CueHit:
    """A denial whose negation a partial word limits, as a hedged relation (4).

    "Dense breasts may not necessarily lead to cancer" says the relation does not always
    hold, not that there is none; the partial words are the polarity check's
    (:attr:`sourcetrace.quotes.polarity.PolarityPolicy.partial`).
    """
    if hit.code != 1:
        return hit
    m = _NEGATION_NEXT.search(hit.words)
    if m is None or m.group(1).lower() not in DEFAULT_POLARITY.partial:
        return hit
    return CueHit("partial_negation", 4, hit.start, hit.end, hit.words)


def _compound_modifier(text: str, hit: CueHit) -> bool:
    """Whether a causal verb is the head of a hyphenated modifier, which names a kind of thing.

    "*cholesterol-lowering* drugs", "an *abortion-inducing* pill", "*disease-causing*
    mutations", "*life-saving*" describe what something is for, not what the statement
    finds it does.
    """
    s = hit.start
    return hit.cue == "causal_verb" and s >= 2 and text[s - 1] == "-" and text[s - 2].isalpha()


# "limited" as an adjective: "*limited* data", "knowledge *was limited*", "despite *limited*
# evidence", "share a *limited* resource" (the verb: "statins *limited* the damage").
_LIMITED_AFTER = re.compile(
    r"\b(?:a|an|the|is|are|was|were|be|been|being|remains?|remained|very|only|too|so|"
    r"despite|with|of|share|shares|shared|relatively|extremely|still|more|most)\s+$",
    re.IGNORECASE,
)


def _limited_as_adjective(text: str, hit: CueHit) -> bool:
    """Whether the causal verb "limited" is an adjective (a determiner or copula before it)."""
    if hit.cue != "causal_verb" or hit.words.lower() != "limited":
        return False
    return _LIMITED_AFTER.search(text, max(0, hit.start - 20), hit.start) is not None


# Verbs of seeming, wanting, thinking or saying after a modal hedge no effect: "*may seem*
# like the best way", "you *may want* to reconsider", "you *might feel* guilty", "*can
# think* of", "I *would say*".
_OF_MIND = frozenset(
    {"seem", "sound", "want", "wish", "like", "feel", "think", "say", "wonder", "look", "know"}
)


def _modal_of_mind(hit: CueHit) -> bool:
    """Whether a modal cue governs a verb of seeming, wanting, thinking or saying."""
    if hit.cue not in ("hedged_verb", "can_verb"):
        return False
    return hit.words.lower().split()[-1] in _OF_MIND


# A superlative inside a noun phrase names a thing ("*the most common* form of joint
# disease", "one of *the most common* injuries"); as a predicate it compares ("colds are
# *most common* in winter").
_NAMING_BEFORE = re.compile(r"\bthe\s+(?:\w+\s+)?$", re.IGNORECASE)


def _superlative_name(text: str, hit: CueHit) -> bool:
    """Whether a "most/least common" cue is a superlative naming a thing.

    "The most likely to" stays a comparison of groups.
    """
    words = hit.words.lower().split()
    if hit.cue != "more_likely" or words[0] not in ("most", "least") or words[-1] != "common":
        return False
    return _NAMING_BEFORE.search(text, max(0, hit.start - 30), hit.start) is not None


# "affects" before a count of people tells how common a condition is ("Asthma *affects* 4.3
# million adults", "a condition *affecting one in* 40 people"), not what it does to them.
_AFFECT = re.compile(r"\baffect(?:s|ed|ing)?$", re.IGNORECASE)
_COUNT_AFTER = re.compile(
    r"\s+(?:an estimated |around |about |more than |over |nearly |almost |some |up to |"
    r"roughly |at least |approximately |as many as |predominantly older people and )?"
    r"(?:\d|one in\b|one out of\b|(?:a|one) (?:third|quarter|fifth|tenth)\b|half\b|"
    r"(?:hundreds|thousands|millions|tens) of\b|millions\b|"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|twenty|fifty) (?:million|in|per|percent)\b)",
    re.IGNORECASE,
)


_AFFECT_ANY = re.compile(r"\baffect(?:s|ed|ing)?\b", re.IGNORECASE)


# The passive with a count as its subject: "About *12% of adults* in the US *are affected
# by* osteoarthritis", "*One in six couples is affected by* infertility".
_COUNT_BEFORE = re.compile(
    r"(?:\d[\d,.]*\s*(?:%|per ?cent|percent)?|\bone in \w+|\b(?:a|one) (?:third|quarter|fifth|"
    r"tenth)|\bhalf|\b(?:hundreds|thousands|millions))\b[^,;.]{0,60}?\b"
    r"(?:are|is|were|was|be|been|being)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


def _counted(text: str) -> bool:
    """Whether ``text`` holds a verb of affecting followed by a count, or a count affected."""
    return any(_count_around(text, m.start(), m.end()) for m in _AFFECT_ANY.finditer(text))


def _count_around(text: str, start: int, end: int) -> bool:
    if _COUNT_AFTER.match(text, end) is not None:
        return True
    if not text[start:end].lower().endswith("ed"):
        return False
    return _COUNT_BEFORE.search(text, max(0, start - 100), start) is not None


def _prevalence(text: str, hit: CueHit) -> bool:
    """Whether a verb of affecting is followed by a count: how common a condition is."""
    if hit.cue not in ("causal_verb", "hedged_cause", "can_cause") or not _AFFECT.search(hit.words):
        return False
    start = hit.end - len(hit.words.split()[-1])
    return _count_around(text, start, hit.end)


# Causal verbs that, with what follows them, tell what people do or what something consists
# of, not an effect: "*stopped taking* statins", "after they *stop working*", "foods *make
# up* half of all calories"; and "lead" in its sense of leading people or work ("a team
# *led by* Dr X", "who *led the study*", "a *leading expert*"), or bare "lead" as a role
# ("*lead* author", "*lead* study researcher").
_BEHAVIOUR_AFTER = {
    # "make up", and "make" as a light verb with a noun of doing: "*make sure*", "*make
    # sense*", "*make* informed *decisions*", "*make* healthy *changes*", "*make* a
    # fortune", "*making* headlines", "*make* contact", "what do you *make of*".
    "make": re.compile(
        r"\s+(?:up\b|sure\b|sense\b|of\b|(?:(?:a|an|the|any|some|no|their|your|our|his|her|"
        r"informed|healthy|big|real|huge|major|small|important|good|better|quick|lifestyle)\s+)*"
        r"(?:decisions?|choices?|changes?|adjustments?|contact|conversation|headlines?|"
        r"fortune|money|progress|efforts?|appointments?|calls?|plans?|recommendations?|"
        r"suggestions?|comments?|claims?|mistakes?|arrangements?|payments?|amounts? of money)\b)",
        re.IGNORECASE,
    ),
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
