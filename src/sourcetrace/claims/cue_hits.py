"""The cues of a statement: the lexicon's matches, less those that relate nothing.

:func:`find_cues` matches the lexicon (:data:`sourcetrace.claims.cues.CUES`) without
overlaps, drops the matches that name no relation (a phrasal verb of doing, a
hyphenated modifier, a count of people affected, a superlative naming a thing, a modal
of the mind, "limited" as an adjective), turns a limited negation into a hedge and a
relation under a negation into a denial.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sourcetrace.claims.cues import Cue
from sourcetrace.claims.scale import DEFAULT_POLICY, CueHit, StrengthPolicy
from sourcetrace.quotes.polarity import DEFAULT_POLARITY

_COMPILED: dict[str, re.Pattern[str]] = {}


def _compiled(cue: Cue) -> re.Pattern[str]:
    pat = _COMPILED.get(cue.pattern)
    if pat is None:
        pat = _COMPILED[cue.pattern] = re.compile(cue.pattern, re.IGNORECASE)
    return pat


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
