"""Who a finding is about: people, animals or cells, or both (InSciOut's ``sample`` code).

A statement names its population itself ("in mice", "women who …") or leaves it to its
context; :func:`classify_population` reads the statement first and, when it names no one,
the study context of the whole text it came from ("the mice were fed …").

InSciOut codes 1 (people), 3 (non-human: animals, cells, bacteria, foods) and 4 (mixed)
map to ``human``, ``non_human`` and ``mixed``; code 2 (other or unclear) maps to ``None``
(see BENCHMARKS.md).

>>> classify_population("Green tea extract shrank tumours in mice").population
'non_human'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from sourcetrace.claims.cues import trie

PopulationName = Literal["human", "non_human", "mixed"]

#: Words that put a finding in animals, cells or microbes.
NON_HUMAN_WORDS = (
    r"mice|mouse|rats?|rodents?|animals?|monkeys?|primates?|macaques?|pigs?|piglets?|dogs?|"
    r"cats?|sheep|cows?|zebrafish|fish|flies|fruit flies|fly|worms?|nematodes?|yeast|"
    r"bacteria|bacterium|bacterial|microbes?|cells?|cell lines?|tissue samples?|"
    r"in vitro|petri dish|test tubes?|lab-grown|laboratory animals?|hamsters?|rabbits?|"
    r"chickens?|birds?|insects?|mosquito(?:es)?|bees?|organoids?|embryo of|embryos of|tadpoles?"
)
#: Words that put a finding in people.
HUMAN_WORDS = (
    r"people|person|persons|patients?|men|women|man|woman|children|child|kids?|babies|baby|"
    r"infants?|adults?|teenagers?|teens?|adolescents?|girls?|boys?|mothers?|fathers?|"
    r"parents?|pensioners?|elderly|retirees?|smokers?|drinkers?|volunteers?|participants?|"
    r"individuals?|humans?|pregnant|pregnancy|couples?|workers?|nurses?|doctors?|"
    r"footballers?|players?|athletes?|runners?|students?|pupils?|britons?|brits|"
    r"americans?|population|those who|anyone|sufferers?|survivors?|users?|consumers?|"
    r"you|your|we|our|us|refugees?|veterans?|mums?|dads?|boys|girls|newborns?|toddlers?"
)


def _expand(words: str) -> set[str]:
    """Return the words of a ``|``-list, each optional ending spelled out ("rats?")."""
    out: set[str] = set()
    for w in words.split("|"):
        m = re.fullmatch(r"(.*?)(?:\(\?:(\w+)\)\?|(\w)\?)?", w)
        assert m is not None
        base, group, letter = m.group(1), m.group(2), m.group(3)
        out.add(base)
        if group or letter:
            out.add(base + (group or letter))
    return out


# Tries, not flat alternations: these run over whole texts (see cues.trie).
_NON_HUMAN_RE = re.compile(r"\b" + trie(_expand(NON_HUMAN_WORDS)) + r"\b", re.IGNORECASE)
HUMAN_RE = re.compile(r"\b" + trie(_expand(HUMAN_WORDS)) + r"\b", re.IGNORECASE)
# A study context that puts the whole text's finding in animals: "in mice", "mice fed",
# "studies on rats", "tested on animals".
_STUDY_IN_RE = re.compile(
    r"\b(?:in|on|of|using|with)(?: \w+)? (?:lab(?:oratory)? )?(?:" + NON_HUMAN_WORDS + r")\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class PopulationPolicy:
    """When the context decides a statement's population.

    Attributes:
        context_hits: Fewest mentions of animals, cells or microbes in the whole text
            before a statement that names no one is taken to be about them.
        human_context_ratio: They must also outnumber the mentions of people times this.
    """

    context_hits: int = 3
    human_context_ratio: float = 1.0


DEFAULT_POPULATION_POLICY = PopulationPolicy()


@dataclass(frozen=True, slots=True)
class Population:
    """The population of one statement.

    Attributes:
        population: ``human``, ``non_human``, ``mixed`` or None (nothing says).
        cues: The words that decided it.
        from_context: The statement names no one; the text around it decided.
    """

    population: PopulationName | None
    cues: tuple[str, ...] = ()
    from_context: bool = False


def classify_population(
    text: str,
    *,
    context: str | None = None,
    policy: PopulationPolicy = DEFAULT_POPULATION_POLICY,
) -> Population:
    """Return who a statement's finding is about.

    Args:
        text: The statement.
        context: The whole text it comes from (the story or the release), read when the
            statement names neither people nor animals.
        policy: When the context decides.

    Returns:
        The :class:`Population`. A statement that names no one, in a text that does not
        describe an animal or cell study, is taken to be about people (what the finding
        of a health story is about unless said otherwise).
    """
    animals = [m.group(0) for m in _NON_HUMAN_RE.finditer(text)]
    humans = [m.group(0) for m in HUMAN_RE.finditer(text)]
    if animals and humans:
        # "mice and humans" is mixed; "people … in mice" (a human framing of an animal
        # result) is still the animals' finding only when the study preposition says so.
        if _STUDY_IN_RE.search(text) and not re.search(
            r"\b(?:and|as well as|both) (?:in )?(?:humans?|people)\b", text, re.IGNORECASE
        ):
            return Population("non_human", tuple(dict.fromkeys(animals)))
        return Population("mixed", tuple(dict.fromkeys(animals + humans)))
    if animals:
        return Population("non_human", tuple(dict.fromkeys(animals)))
    if context:
        found = _from_context(context, policy)
        if found is not None:
            return found
    return Population("human", tuple(dict.fromkeys(humans)))


@lru_cache(maxsize=64)
def _from_context(context: str, policy: PopulationPolicy) -> Population | None:
    """Return the population a whole text puts its unnamed findings in, if not people.

    Cached: every statement of a story reads the same context.
    """
    study = [m.group(0) for m in _NON_HUMAN_RE.finditer(context)]
    people = len(HUMAN_RE.findall(context))
    if len(study) >= policy.context_hits and len(study) > people * policy.human_context_ratio:
        cues = tuple(dict.fromkeys(w.lower() for w in study))[:3]
        return Population("non_human", cues, from_context=True)
    return None
