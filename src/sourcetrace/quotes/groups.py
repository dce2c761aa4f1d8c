"""Who "the researchers" are: the body or person the story ties its research group to.

News names a study's authors once ("researchers from the University of Oxford examined
…", "a team of researchers led by Dr Dariush Mozaffarian …", "new research led by the
University of Oxford") and quotes them afterwards as a group: "“…,” the authors caution",
"Researchers concluded: “…”", "The team said …". The guide resolves such a description to
the name the story gives it. When the story ties its researchers to exactly one body or
titled person, a quotation given to the group, or to "they" continuing the group, takes
that name, and so does a claim the story reports from the group (the claims' speakers
read :func:`research_team` too); with none, or with several (two universities, two teams),
it stays unnamed: the reader is not given a guess. Claims (``lists=True``) name a team of
several bodies joined by "and" as the story lists them, as the blind golds do.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache
from typing import TypeVar

from sourcetrace.quotes.model import Quote, Reported
from sourcetrace.quotes.name_phrases import is_body, person_name

Q = TypeVar("Q", bound=Quote)

#: Plural nouns (and "team") a story uses for a study's authors as a group.
GROUP_NOUNS = frozenset(
    {"researchers", "authors", "co-authors", "team", "scientists", "investigators", "academics"}
)
# A mention that is the group itself: "the researchers", "The study’s authors", "Researchers",
# "the research team", "the authors of the study" (what follows the noun is its own).
_GROUP_MENTION_RE = re.compile(
    r"^(?:(?:the|these|its|their)\s+)?(?:(?:study|research|paper|report)[’']s\s+)?"
    r"(?:(?:research|study|lead|scientific)\s+)?(?P<noun>[a-z\-]+)\b(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
# What may follow the group noun in the mention: nothing, or what the group is of.
_GROUP_REST_RE = re.compile(r"^(?:\s+of\s+the\s+(?:study|research|paper|report)\b.*)?$", re.DOTALL)
# A body's capitalised name (the tie's object).
_BODY_NAME = (
    r"(?P<name>(?:the[^\S\n]+)?(?:[A-Z][\w’'\-]*[’']s[^\S\n]+)?[A-Z][\w’'&\-.]*"
    r"(?:[^\S\n]+(?:of|for|and|on|the|&|[A-Z][\w’'&\-.]*))*)"
)
# Where a story ties its researchers to a name: "researchers from / at / of / based at X",
# "a team of researchers led by Dr X", "the research, from experts at X", "a co-author of
# the research from X" (experts only "from" or "led by" them: "experts at X say" comment
# on the work); and the work itself: "research led by X", "a study from X".
_TIE_RE = re.compile(
    r"\b(?i:researchers|scientists|team|(?:from|by)[^\S\n]+experts|academics|authors|co-authors"
    r"|investigators)"
    r",?[^\S\n]+(?i:(?:based|working)[^\S\n]+)?"
    # "the researchers, who were led by X": the relative clause says who leads them too.
    r"(?P<how>at|from|of|with|(?:(?:who|which)[^\S\n]+(?:were|was|are|is)[^\S\n]+)?"
    r"led[^\S\n]+by)[^\S\n]+" + _BODY_NAME
)
_WORK_TIE_RE = re.compile(
    r"\b(?i:the|a|this|new|latest|recent)[^\S\n]+(?i:research|study),?[^\S\n]+"
    r"(?P<how>at|from|led[^\S\n]+by)[^\S\n]+" + _BODY_NAME
)
# One of the study's researchers named with their body: "said lead researcher Sailesh
# Kotecha, professor at Cardiff University", "one of the researchers Dipak Ramji from
# Cardiff University", "Dr Jane Roe, the study's lead author at the University of Leeds".
_MEMBER_TIE_RE = re.compile(
    r"(?:\b(?:(?i:lead|senior|principal|first|study)[^\S\n]+(?i:author|researcher|investigator)"
    r"|(?i:one[^\S\n]+of[^\S\n]+the[^\S\n]+researchers))"
    r",?[^\S\n]+(?:(?:Dr|Prof|Professor)\.?[^\S\n]+)?[A-Z][\w’'\-]+(?:[^\S\n]+[A-Z][\w’'\-]+)+"
    r"(?:,[^\S\n]+(?:(?:a|an|the)[^\S\n]+)?[a-z][a-z\-]*(?:[^\S\n]+[a-z][a-z\-]*){0,4})?"
    r"|,[^\S\n]+(?:(?:a|the)[^\S\n]+)?(?:study[’']s[^\S\n]+)?(?i:lead|senior|principal|first)"
    r"[^\S\n]+(?i:author|researcher|investigator))"
    r"[^\S\n]+(?P<how>at|from|of)[^\S\n]+" + _BODY_NAME
)
# "X researchers", "the Cardiff University team": the body named before the group noun.
# At most 13 words, so a long run of capitalised words costs linear time.
_BODY_BEFORE_RE = re.compile(
    r"(?<![\w'’&-])(?P<name>[A-Z][\w'’&-]*(?:[^\S\n]+(?:of|for|and|&|[A-Z][\w'’&-]*)){0,12})"
    r"[^\S\n]+(?:researchers|scientists|academics|team)\b"
)
# The words that make "X researchers" a body's ("Cardiff University researchers"), not a
# nationality's or a department's ("British researchers", "the Mental Health team at …").
_INSTITUTION_RE = re.compile(
    r"\b(?:University|College|Institute|Institutet|School|Centre|Center|Hospital|Trust|"
    r"Council|Foundation|Society|Agency|Department|Unit|Laboratory|Clinic)\b"
)
# One more body of a list after the first ("…, the University of Edinburgh, and the …").
_LIST_GLUE_RE = re.compile(r"(?:,[^\S\n]+and|,|[^\S\n]+and|[^\S\n]+&)[^\S\n]+(?:the[^\S\n]+)?")
_ONE_BODY_RE = re.compile(
    r"(?:[A-Z][\w’'\-]*[’']s[^\S\n]+)?[A-Z][\w’'&\-.]*"
    r"(?:[^\S\n]+(?:of|for|on|the|&|[A-Z][\w’'&\-.]*)){0,12}"
)
_TITLE_RE = re.compile(r"^(?:Dr|Dr\.|Prof|Prof\.|Professor)\s+")
_LEADING_RE = re.compile(r"^(?:the\s+)?(?:[A-Z][\w’'\-]*[’']s\s+)?", re.IGNORECASE)
_CONNECTOR_END_RE = re.compile(r"(?:\s+(?:of|for|and|on|the|&))+$", re.IGNORECASE)
_REACH = 800  # characters back from "they" to the group it continues
_TIES = 20  # most ties of each kind read in a story
_MAX_LISTED = 5  # most bodies read after a tie's first ("X, Y and Z")
_SEVERAL = ""  # a tie naming two bodies: the group has no one name
_AND_RE = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?")
_AND_GLUE_RE = re.compile(r"\band\b|&")
# An untitled person before their body: "Michele Bally of …", "Roel Vermeulen at …".
_PERSON_AT_RE = re.compile(
    r"(?P<who>[A-Z][\w’'\-]+(?:[^\S\n]+[A-Z][\w’'\-]+){1,3}),?[^\S\n]+(?:of|at|from)[^\S\n]+"
)
# The person's role set off after their name, then their body: "…, a researcher at X".
_ROLE_AT_RE = re.compile(
    r",[^\S\n]+(?:a|an|the)[^\S\n]+[a-z][a-z\-]*(?:[^\S\n]+[a-z][a-z\-]*){0,2}"
    r"[^\S\n]+(?:of|at|from)[^\S\n]+"
)
_BODY_NAME_RE = re.compile(_BODY_NAME)
_SENTENCE_END_RE = re.compile(r"\.\s")


@dataclasses.dataclass(frozen=True)
class Team:
    """Who a story says its researchers are.

    Attributes:
        tied: Whether the story ties its researchers to anything at all ("researchers
            from X", "a team of US and German researchers"), named or not.
        name: The one body (or list of bodies, as the story lists them) or titled person
            the ties name; None with no tie, a tie to a place only, or ties naming
            different ones.
    """

    tied: bool
    name: str | None


def _fuller(text: str, end: int, lists: bool = False) -> tuple[int, bool]:
    """Where the body ending at ``end`` ends, with the bodies set off after it by commas.

    "the Cicely Saunders Institute, King's College London" is one body named fully (a
    unit, then the body it belongs to); a list joined by "and" ("University College
    London, the University of Edinburgh, and the University of Sydney") is several.
    With ``lists``, the body "and" joins on ends the list instead.

    Returns:
        The end, and whether "and" (or "&") joins another body on (never with ``lists``).
    """
    for _ in range(_MAX_LISTED - 1):
        glue = _LIST_GLUE_RE.match(text, end)
        more = _ONE_BODY_RE.match(text, glue.end()) if glue is not None else None
        if glue is None or more is None:
            break
        body = _CONNECTOR_END_RE.sub("", more.group())
        if not is_body(_LEADING_RE.sub("", body)):
            break
        if _AND_GLUE_RE.search(glue.group()):
            return (more.start() + len(body), False) if lists else (end, True)
        end = more.start() + len(body)
    return end, False


def _tied_name(text: str, match: re.Match[str], lists: bool = False) -> str | None:
    """The body or titled person one tie names; None for a place; ``_SEVERAL`` for two.

    With ``lists``, two or more bodies joined by "and" are named as the story lists them
    ("the University of Aberdeen and the University of Warwick") instead of ``_SEVERAL``.
    """
    raw = _SENTENCE_END_RE.split(match.group("name"))[0]  # "Leeds University. They"
    start = match.start("name")
    if match.group("how").lower().endswith("by"):
        if _TITLE_RE.match(raw):
            name = person_name(raw)  # it drops the title itself
            return name if name is not None and len(name.split()) >= 2 else None
        person = _PERSON_AT_RE.match(raw)
        role = _ROLE_AT_RE.match(text, match.end("name"))
        if person is not None and not is_body(person.group("who")):
            # "researchers, led by Michele Bally of the University of Montreal …": the
            # body after the untitled person the story names.
            raw, start = raw[person.end() :], start + person.end()
        elif role is not None and not is_body(raw) and person_name(raw) == raw.strip():
            # "…, who were led by Euridice Martinez Steele, a researcher at the
            # University of Sao Paulo": the body after the person's role.
            named = _BODY_NAME_RE.match(text, role.end())
            if named is not None:
                raw = _SENTENCE_END_RE.split(named.group("name"))[0]
                start = named.start("name")
    lead = len(_LEADING_RE.match(raw).group())  # type: ignore[union-attr]
    body = _CONNECTOR_END_RE.sub("", raw[lead:]).rstrip(".")
    if not body[:1].isupper() or not is_body(body):
        return None  # "a team from the United States": a place is no author
    if any(is_body(_LEADING_RE.sub("", part)) for part in _AND_RE.split(body)[1:]):
        # "the University of Aberdeen and the University of Warwick", "Karolinska
        # Institutet and Britain’s University College London": two bodies, no one name.
        return " ".join(body.split()) if lists else _SEVERAL
    start += lead
    end, several = _fuller(text, start + len(body), lists)
    return _SEVERAL if several else " ".join(text[start:end].split())


@dataclasses.dataclass(frozen=True)
class _Ties:
    """A story's ties read once, for both ways :func:`research_team` names them.

    Attributes:
        ties: The ties after the group noun ("researchers from X", "research led by Y",
            "lead researcher Z, professor at X"), up to ``_TIES`` of each kind.
        before: The research bodies named before the group noun ("X researchers").
        tied: Whether the story ties its researchers to anything at all.
    """

    ties: tuple[re.Match[str], ...]
    before: tuple[str, ...]
    tied: bool


@lru_cache(maxsize=64)
def _ties(text: str) -> _Ties:
    """Every tie of the story, read once whichever way its names are then read."""
    ties = (
        *itertools.islice(_TIE_RE.finditer(text), _TIES),
        *itertools.islice(_WORK_TIE_RE.finditer(text), _TIES),
        *itertools.islice(_MEMBER_TIE_RE.finditer(text), _TIES),
    )
    before = list(itertools.islice(_BODY_BEFORE_RE.finditer(text), _TIES))
    bodies = []
    for m in before:
        name = _CONNECTOR_END_RE.sub("", _LEADING_RE.sub("", m.group("name")))
        if _INSTITUTION_RE.search(name) and is_body(name):
            bodies.append(name)
    tied = bool(ties) or any(_INSTITUTION_RE.search(m.group("name")) for m in before)
    return _Ties(ties, tuple(bodies), tied)


@lru_cache(maxsize=64)
def research_team(text: str, *, lists: bool = False) -> Team:
    """Who the story says its researchers are: every tie read, their one name if one.

    A tie is "researchers from / at / of X", "research led by Y", "lead researcher Z,
    professor at X" or "X researchers". The guide names a speaker by the name the story
    gives it: when the ties name one body, one list of bodies ("a team from the
    University of Aberdeen and the University of Warwick": the story's own words) or one
    titled person after "led by" (however often), that name; with none, a tie to a place
    only ("a team from the United States"), or two different ones, None.
    """
    read = _ties(text)
    names = {n for m in read.ties if (n := _tied_name(text, m, lists)) is not None}
    names.update(read.before)
    return Team(read.tied, (names.pop() or None) if len(names) == 1 else None)


def research_group(text: str) -> str | None:
    """The one name the story ties its researchers to, else None (see :func:`research_team`)."""
    return research_team(text).name


def is_group(mention: str | None) -> bool:
    """Whether a speaker mention is the study's research group ("the authors")."""
    if not mention:
        return False
    m = _GROUP_MENTION_RE.match(mention.strip())
    return (
        m is not None
        and m.group("noun").lower() in GROUP_NOUNS
        and _GROUP_REST_RE.match(m.group("rest")) is not None
    )


def _continues_group(mentions: Sequence[tuple[int, str]], at: int) -> bool:
    """Whether "they" at ``at`` goes on from a group mention, past other "they"s."""
    k = bisect_left(mentions, (at, "")) - 1
    while k >= 0 and at - mentions[k][0] <= _REACH:
        mention = mentions[k][1].lower()
        if mention != "they":
            return is_group(mention)
        at, k = mentions[k][0], k - 1
    return False


def speakers_of_groups(text: str, quotes: Sequence[Q], claims: Sequence[Reported]) -> list[Q]:
    """Name the research group a quotation is given to, as the story names it.

    A quotation whose speaker mention is the group ("the authors", "Researchers") and has
    no name takes :func:`research_group`'s name. One attributed to "they" right after such
    a mention (the nearest speaker mention before it, within ``_REACH`` characters, is the
    group's) is the group's too: named as the group is, or unnamed (not the journal or
    person a pronoun might otherwise be read as).
    """
    speakers = [i.speaker for i in quotes] + [c.speaker for c in claims]
    mentions = sorted(
        (sp.mention_start, sp.mention or "") for sp in speakers if sp.mention_start is not None
    )
    out = []
    for q in quotes:
        sp = q.speaker
        at = sp.mention_start
        if at is None or q.kind != "quote":
            out.append(q)
            continue
        continues = (sp.mention or "").lower() == "they" and _continues_group(mentions, at)
        if not continues and not (sp.name is None and is_group(sp.mention)):
            out.append(q)
            continue
        group = research_group(text)  # its ties read once a story (_ties is cached)
        out.append(dataclasses.replace(q, speaker=dataclasses.replace(sp, name=group)))
    return out


__all__ = [
    "GROUP_NOUNS",
    "Team",
    "is_group",
    "research_group",
    "research_team",
    "speakers_of_groups",
]
