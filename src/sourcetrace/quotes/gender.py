"""Whether "he" or "she" can stand for a named person, from what the story itself says.

"“We saw a big effect,” she said" after "Dr Anna White led the study. Her colleague
Professor Tom Black …" is Anna White's, not Tom Black's. The evidence, strongest first:
a gendered title with the name or its surname ("Ms Astle", "Sir Bruce Keogh"), a gendered
noun right before the name ("his daughter Dawn Astle"), the pronoun that opens the
sentence after one the name opens ("Dr Claudia Cooper said … . She added …"), and only
when the story says nothing, a short list of common first names. A name with no
evidence, or with evidence both ways, has no gender: any pronoun may stand for it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal, Protocol

from sourcetrace.text import word_set

Gender = Literal["m", "f"]


class _Named(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


_TITLES: dict[str, Gender] = {
    **dict.fromkeys(("mr", "sir", "lord"), "m"),
    **dict.fromkeys(("mrs", "ms", "miss", "dame", "lady"), "f"),
}
_RELATIONS: dict[str, Gender] = {
    **dict.fromkeys(
        word_set(
            """son father husband brother boy man grandfather uncle nephew dad widower
            king prince grandson stepfather boyfriend"""
        ),
        "m",
    ),
    **dict.fromkeys(
        word_set(
            """daughter mother wife sister girl woman grandmother aunt niece mum mom
            widow queen princess granddaughter stepmother girlfriend"""
        ),
        "f",
    ),
}
_PRONOUNS: dict[str, Gender] = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f"}
# Common first names, typed for this purpose: the fallback when the story says nothing.
_MALE = word_set(
    """adam adrian alan alastair alex alexander alistair andrew andy anthony ben benjamin
    bill bob brian bruce carl charles charlie chris christopher colin craig dan daniel
    danny darren david dean dennis derek dominic don donald doug douglas duncan ed eddie
    edward eric frank fred gareth gary gavin geoff geoffrey george gordon graham greg
    guy harry henry howard hugh huw iain ian jack jacob jake james jason jeff jeffrey
    jeremy jim jimmy joe john jon jonathan joseph josh julian keith ken kenneth kevin
    kieran lee leo liam luke malcolm marcus mark martin matt matthew michael mike mohammed
    muhammad neil nick nicholas nigel oliver owen patrick paul pete peter phil philip
    ralph ray raymond richard rob robert robin roger ross roy russell ryan sam samuel
    scott sean simon stephen steve steven stuart terry thomas tim timothy tom tony trevor
    wayne will william"""
)
_FEMALE = word_set(
    """abigail alice alison amanda amy andrea angela ann anna anne annie barbara beth
    bethany carol caroline catherine charlotte chloe christine claire clare claudia
    deborah debbie diana diane dawn donna eleanor elizabeth ellen emily emma fiona frances
    gemma georgina gillian hannah harriet hayley heather helen helena holly jane janet
    jennifer jenny jessica jill jo joan joanna julia julie karen kate katherine kathryn
    katie kelly kim laura lauren linda lisa louise lucy lynn maggie margaret maria marie
    mary megan melanie michelle naomi natalie nicola nina olivia pamela patricia paula
    penny rachel rebecca rosie ruth sally samantha sandra sara sarah sharon sheila sophie
    stephanie sue susan suzanne tanya tessa theresa tracey valerie vanessa victoria wendy
    yvonne zoe"""
)
_OPENER_RE = re.compile(r"[^.!?\n]*[.!?][\"”’]?[ \t]+(He|She|His|Her)\b")
_SURNAME_TITLE_RE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?[ \t]+([A-Z][\w’'\-]*)\b")
_OPENER_REACH = 400  # characters after a name in which the next sentence must open


def genders(text: str, names: Sequence[_Named]) -> dict[str, Gender]:
    """The gender the story gives each name it can (names with none are left out).

    Args:
        text: The article's text.
        names: Its names in text order, each with its offsets.

    Returns:
        Each name with one-sided evidence, mapped to "m" or "f".
    """
    votes: dict[str, set[Gender]] = {}
    starts = [nm.start for nm in names]
    surnames: dict[str, set[str]] = {}
    for nm in names:
        surnames.setdefault(nm.name.split()[-1], set()).add(nm.name)
    for i, nm in enumerate(names):
        found = votes.setdefault(nm.name, set())
        run = text[nm.start : nm.end].split()
        before = text[max(0, nm.start - 20) : nm.start].split()
        for word in [*(before[-1:]), *run]:
            bare = word.rstrip(".").lower()
            if bare in _TITLES:
                found.add(_TITLES[bare])
            elif word is not run[-1] and bare in _RELATIONS:
                found.add(_RELATIONS[bare])
        opener = _OPENER_RE.match(text, nm.end, min(len(text), nm.end + _OPENER_REACH))
        next_start = starts[i + 1] if i + 1 < len(starts) else len(text)
        if opener is not None and _opens(text, nm.start) and opener.start(1) < next_start:
            found.add(_PRONOUNS[opener.group(1).lower()])
    for m in _SURNAME_TITLE_RE.finditer(text):  # one pass, however many names
        full = surnames.get(m.group(2), set())
        if len(full) == 1:  # "Mr Astle" with two Astles in the story says nothing
            votes[next(iter(full))].add(_TITLES[m.group(1).lower()])
    out: dict[str, Gender] = {}
    for name, found in votes.items():
        if len(found) == 1:
            out[name] = next(iter(found))
        elif not found:
            first = name.split()[0].lower()
            if first in _MALE:
                out[name] = "m"
            elif first in _FEMALE:
                out[name] = "f"
    return out


def agrees(pronoun: str, gender: Gender | None) -> bool:
    """Whether ``pronoun`` can stand for a person of ``gender`` (unknown: always)."""
    wanted = _PRONOUNS.get(pronoun.lower())
    return wanted is None or gender is None or wanted == gender


def _opens(text: str, at: int) -> bool:
    """Whether offset ``at`` opens a sentence."""
    head = text[max(0, at - 3) : at].rstrip(" \t")
    return not head or head[-1] in '.!?\n”"’:'
