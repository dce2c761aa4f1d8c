"""Initialisms as speakers: "WHO" is a body, not the pronoun, and "the FA" has a full name.

News names a body in full once ("the Football Association", "the World Health
Organization (WHO)") and by its initials after ("the FA said", "WHO predicts"). An
initialism written in capitals is never a pronoun or a generic word, whatever its
lower-case spelling ("WHO", "IT"), and as a speaker it is named as fully as the story
spells it out: the run of capitalised words whose initials are its letters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sourcetrace.quotes.name_phrases import is_body
from sourcetrace.quotes.reported_common import DETERMINERS_RE


@dataclass(frozen=True, slots=True)
class AcronymPolicy:
    """When a word is an initialism and how it is spelled out.

    Attributes:
        min_letters: Fewest capital letters of an initialism ("FA"); one capital is a
            word ("I", "A").
        max_letters: Most capital letters of an initialism read as a body's name; a longer
            run of capitals is a shouted word or a headline.
        joiners: Lower-case words allowed inside a spelled-out name without giving a
            letter ("Department of Health", "Food and Drug Administration").
    """

    min_letters: int = 2
    max_letters: int = 6
    joiners: frozenset[str] = frozenset({"of", "for", "and", "the", "on", "in", "&"})


ACRONYMS = AcronymPolicy()

# A run of capitalised words, joined by lower-case joiners, that may spell an initialism.
_WORD_RE = re.compile(r"[\w’'&-]+")


def is_acronym(word: str, policy: AcronymPolicy = ACRONYMS) -> bool:
    """Whether ``word`` is an initialism written in capitals ("WHO", "FA"), not a word."""
    return (
        word.isalpha() and word.isupper() and policy.min_letters <= len(word) <= policy.max_letters
    )


def bare_acronym(name: str, policy: AcronymPolicy = ACRONYMS) -> str | None:
    """The initialism a speaker's name is ("the FA" -> "FA"), else None."""
    bare = DETERMINERS_RE.sub("", name.strip())
    return bare if is_acronym(bare, policy) else None


def spelled_out(
    text: str, acronym: str, before: int | None = None, policy: AcronymPolicy = ACRONYMS
) -> str | None:
    """The full name of ``acronym`` as ``text`` spells it, else None.

    A run of capitalised words whose initials are the initialism's letters ("Football
    Association" for "FA", "World Health Organisation" for "WHO") and that names a body
    (a person's initials, "Fiona Adams", are no body's name); lower-case joiners inside
    the run give no letter and do not end or start it. The last such run starting before
    offset ``before`` is taken (the story's spelling where it uses the initials), else the
    first.
    """
    found: list[tuple[int, str]] = []
    run: list[re.Match[str]] = []
    for m in [*_WORD_RE.finditer(text), None]:
        word = m.group() if m is not None else ""
        if m is not None and word[0].isupper() and not word.isupper():
            run.append(m)
            continue
        if m is not None and run and word.lower() in policy.joiners:
            run.append(m)
            continue
        if (got := _spells(text, run, acronym, policy)) is not None:
            found.append(got)
        run = []
    if not found:
        return None
    earlier = [name for at, name in found if before is not None and at < before]
    return earlier[-1] if earlier else found[0][1]


def _spells(
    text: str, run: list[re.Match[str]], acronym: str, policy: AcronymPolicy
) -> tuple[int, str] | None:
    """Where ``run`` spells ``acronym`` with its capitalised words' initials, and how."""
    caps = [i for i, m in enumerate(run) if m.group().lower() not in policy.joiners]
    n = len(acronym)
    for k in range(len(caps) - n + 1):
        window = caps[k : k + n]
        if "".join(run[i].group()[0] for i in window) == acronym:
            start = run[window[0]].start()
            name = text[start : run[window[-1]].end()]
            if is_body(name):
                return start, name
    return None
