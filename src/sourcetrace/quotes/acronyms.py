"""Initialisms as speakers: "WHO" is a body, not the pronoun, and "the FA" has a full name.

News names a body in full once ("the Football Association", "the World Health
Organization (WHO)") and by its initials after ("the FA said", "WHO predicts"). An
initialism written in capitals is never a pronoun or a generic word, whatever its
lower-case spelling ("WHO", "IT"), and as a speaker it is named as fully as the story
spells it out: the run of capitalised words whose initials are its letters.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

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

    The story's runs are read once, and each initialism's spellings once: a story citing
    "the WHO" in every paragraph is not read again for each citation.
    """
    found = _spellings(text, acronym, policy)
    if not found:
        return None
    if before is not None:
        at = bisect_left(found, before, key=lambda got: got[0])
        if at > 0:
            return found[at - 1][1]
    return found[0][1]


@lru_cache(maxsize=256)
def _spellings(text: str, acronym: str, policy: AcronymPolicy) -> tuple[tuple[int, str], ...]:
    """Every run of the story spelling ``acronym`` and naming a body, in text order.

    At most one spelling per run: its first window of capitalised words (joiners
    inside) whose initials are the initialism's letters and that names a body.
    """
    found: list[tuple[int, str]] = []
    seen: set[int] = set()
    for run, start, end in _windows(text, len(acronym), policy).get(acronym, ()):
        if run not in seen and is_body(name := text[start:end]):
            seen.add(run)
            found.append((start, name))
    return tuple(found)


@lru_cache(maxsize=16)
def _windows(
    text: str, n: int, policy: AcronymPolicy
) -> dict[str, tuple[tuple[int, int, int], ...]]:
    """The story's windows of ``n`` capitalised words by their initials.

    Each window is (the run's number, its start, its end), in the order of the runs and,
    within a run, of the windows.
    """
    out: dict[str, list[tuple[int, int, int]]] = {}
    for number, run in enumerate(_runs(text, policy)):
        for k in range(len(run) - n + 1) if n > 0 else ():
            window = run[k : k + n]
            initials = "".join(word[0] for _, _, word in window)
            out.setdefault(initials, []).append((number, window[0][0], window[-1][1]))
    return {initials: tuple(spans) for initials, spans in out.items()}


@lru_cache(maxsize=4)
def _runs(text: str, policy: AcronymPolicy) -> tuple[tuple[tuple[int, int, str], ...], ...]:
    """The story's runs of capitalised words, lower-case joiners inside.

    Each run is given as its capitalised words' (start, end, word), joiners left out.
    """
    runs: list[tuple[tuple[int, int, str], ...]] = []
    run: list[re.Match[str]] = []
    for m in [*_WORD_RE.finditer(text), None]:
        word = m.group() if m is not None else ""
        if m is not None and word[0].isupper() and not word.isupper():
            run.append(m)
            continue
        if m is not None and run and word.lower() in policy.joiners:
            run.append(m)
            continue
        caps = tuple(
            (w.start(), w.end(), w.group()) for w in run if w.group().lower() not in policy.joiners
        )
        if caps:
            runs.append(caps)
        run = []
    return tuple(runs)
