"""The head noun right before a cue, when the speaker read elsewhere is only a modifier.

"Now a team of British researchers has found", "Nutrition experts last month urged",
"DIABETES cases have trebled … but experts have revealed", "As an observational study the
team also noted": the readers of a subject take a capitalised word ("British",
"Nutrition", "DIABETES") or a lead-in ("As an observational study the team") for the
speaker, while the clause's own subject is the noun phrase ending at the cue, headed by a
group, a kind of people or a document. :func:`head_phrase` reads that noun phrase; the
claims' speaker reader (:mod:`sourcetrace.quotes.claim_speakers`) names it by the rules
for such nouns (the story's research team, no name for a kind of people, the work) when
what it read first names no one or only a modifier.
"""

from __future__ import annotations

import dataclasses
import re

from sourcetrace.quotes.cues import TIME_BEFORE_CUE_RE, Mention
from sourcetrace.quotes.reported_common import (
    AUX_WORDS,
    DOCUMENTS,
    EVIDENCE,
    GENERIC,
    LEAD_WORDS,
    PEOPLE,
    RESEARCHERS,
)
from sourcetrace.text import word_set


@dataclasses.dataclass(frozen=True)
class HeadPolicy:
    """Which noun phrases before a cue are its subject's head, and how far they reach."""

    heads: frozenset[str] = dataclasses.field(
        default=(RESEARCHERS | PEOPLE | DOCUMENTS | EVIDENCE | GENERIC)
        - word_set("they it this who which you i we some many others"),
        metadata={
            "help": "nouns that head a speaker's noun phrase: a research group, a kind "
            "of people, a document or the evidence a study gathered (pronouns and "
            "quantifiers are read by the other rules)"
        },
    )
    max_words: int = dataclasses.field(
        default=6,
        metadata={"help": "most words of the noun phrase, its determiner included"},
    )
    max_chars: int = dataclasses.field(
        default=300,
        metadata={"help": "characters before the cue read for the phrase (bounded work)"},
    )
    max_bare_words: int = dataclasses.field(
        default=2,
        metadata={
            "help": "most words of a phrase with no determiner ('Nutrition experts'); "
            "longer ones cannot be told from a run of nouns ('People's routines "
            "previous studies')"
        },
    )


HEADS = HeadPolicy()

# Words between a subject and its cue that leave the subject whole ("have now found",
# "last month urged", "also noted"), read from the cue backwards.
_BETWEEN = AUX_WORDS | word_set("also still today yesterday tonight jointly")

# Words that open the noun phrase (kept in it, and nothing before them is).
_DETERMINERS = word_set("the a an this these those their its our his her")

# Words a subject may follow in its sentence: a clause opener or joiner ("… but experts
# have revealed", "It comes as new research shows"), besides the sentence's start and
# punctuation ("Based on …, scientists concluded"). Any other word before the phrase
# (a preposition: "Experts behind the study said", "Analysis of the data showed"; a verb;
# a word the phrase cannot be told apart from: "People's routines previous studies")
# makes it no subject.
_OPENERS = LEAD_WORDS | word_set(
    """that when while as if because after before since though although whereas where
    or nor so overall together ultimately separately similarly likewise finally"""
)

# Words a subject's noun phrase does not hold, so that it cannot open after them: a
# preposition ("Experts behind the study", "Scientists in Belgium"), a relative
# pronoun, a verb.
_STOPS = word_set(
    """which who whom whose than is are was were be been being does do did said says say
    on in at by for from with to into about during among behind within without"""
)

# A word, an initialism's periods inside it ("U.S.").
_WORD_RE = re.compile(r"[\w’'-]+(?:\.[\w’'-]+)*\.?")


def head_phrase(text: str, s_start: int, cue: int, policy: HeadPolicy = HEADS) -> Mention | None:
    """The noun phrase ending right before the cue, when a speaker noun heads it.

    Args:
        text: The article's text.
        s_start: Where the sentence starts.
        cue: Where the cue starts.
        policy: The head nouns and the phrase's reach.

    Returns:
        The phrase ("a team of British researchers", "Nutrition experts", "the team",
        "experts") and its span, or None when the words before the cue (past auxiliaries,
        "also" and a time such as "last month") do not end with such a noun written in
        lower case (or opening the sentence), or when the phrase does not open a clause.

    Example:
        >>> s = "Now a team of British researchers has found that it works."
        >>> head_phrase(s, 0, s.index("found")).text
        'a team of British researchers'
    """
    lo = max(s_start, cue - policy.max_chars)  # bounded work in a hostile sentence
    end = cue
    while True:
        end = lo + len(text[lo:end].rstrip())
        time = TIME_BEFORE_CUE_RE.search(text, lo, end)
        if time is not None:
            end = time.start()
            continue
        last = _last_word(text, lo, end)
        if last is None or last.group().lower() not in _BETWEEN:
            break
        end = last.start()
    last = _last_word(text, lo, end)
    if last is None or last.end() != end or last.group().lower() not in policy.heads:
        return None
    if not last.group().islower() and (lo > s_start or text[lo : last.start()].strip()):
        return None  # "Center for Health Research showed": a name's word, not a noun
    start, words, determined = last.start(), 1, False
    for word in reversed(list(_WORD_RE.finditer(text, lo, start))):
        gap = text[word.end() : start]
        if gap.strip() or "\n" in gap:
            break  # punctuation or a line break opens the phrase
        lowered = word.group().lower()
        if lowered in _OPENERS:
            break
        if determined or words >= policy.max_words or lowered in _STOPS:
            return None  # the phrase follows a word that is no clause's opening
        start, words = word.start(), words + 1
        determined = lowered in _DETERMINERS
    else:
        if lo > s_start:
            return None  # the window's edge, not the sentence's start: unseen words before
    if not determined and words > policy.max_bare_words:
        return None
    return Mention(text[start:end], start, end)


def _last_word(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The last word of ``text[lo:hi]``, if any."""
    words = list(_WORD_RE.finditer(text, max(lo, hi - 80), hi))
    return words[-1] if words else None


# The nouns of people (not works) a bare modifier turns into a kind of people.
_PEOPLE_HEADS = RESEARCHERS | PEOPLE | GENERIC


def a_kind_of_people(phrase: Mention) -> bool:
    """Whether a phrase is people qualified by a bare modifier, so no one the story names.

    "U.S. researchers", "sports scientists", "Nutrition experts": some researchers or
    experts, not the story's team ("the team", "a team of British researchers" and a
    bare "scientists" are read as the team).
    """
    words = phrase.text.split()
    return (
        len(words) > 1
        and words[0].lower() not in _DETERMINERS
        and words[-1].lower() in _PEOPLE_HEADS
    )
