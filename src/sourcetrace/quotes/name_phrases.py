"""What a capitalised phrase names: a person (without titles and roles) or a body.

The vocabulary of names in news (roles, titles, particles, body words) and the two
readings of a phrase every speaker stage uses: :func:`person_name` ("Artsakh's Human
Rights Defender Gegham Stepanyan" -> "Gegham Stepanyan") and :func:`is_body` ("Public
Health England"). Reading one phrase needs no article; resolving a mention against the
people an article names is :class:`sourcetrace.quotes.names.NameBook`'s.
"""

from __future__ import annotations

import re

from sourcetrace.quotes.cues import PRONOUNS
from sourcetrace.text import word_set

ROLES = word_set(
    """president vice senator sen rep representative gov governor secretary minister prime
    chancellor mayor judge justice chief director spokesman spokeswoman spokesperson
    chairman chairwoman chair ceo founder professor prof dr doctor mr mrs ms miss sir
    dame lord lady gen general col colonel lt lieutenant capt captain sgt officer
    commissioner ambassador attorney defender ombudsman advocate leader speaker
    candidate nominee pastor rev reverend father bishop pope king queen prince princess
    sheriff agent detective inspector editor correspondent reporter analyst adviser
    advisor strategist pollster consultant manager coach host anchor deputy assistant
    former acting interim rights human public state national federal house senate
    republican democrat democratic gop u.s. us american party campaign republicans
    democrats sens reps assemblyman assemblywoman councilman councilwoman congressman
    congresswoman recorder marine sergeant treasurer comptroller auditor clerk
    researcher researchers scientist scientists author authors co-author"""
)
# Capitalised only because they open a sentence or a headline: never part of a name.
_NOT_NAME = word_set(
    """while when if but and or nor neither either as after before since so then yet
    though although because says said tells told asks asked adds added writes wrote
    calls called meanwhile however still also even only now today yesterday tonight
    monday tuesday wednesday thursday friday saturday sunday january february march
    april june july august september october november december on in at of for with
    from by to why what how who where some many most"""
)
DETERMINERS = word_set("the a an his her their its our this that these those")
_OF = frozenset({"of", "from", "at"})
PARTICLES = word_set("de da del der di du la le van von bin al el ibn")
PERSONAL_TITLES = word_set("dr prof professor mr mrs ms miss sir dame lord lady")
# Titles anyone may bear, not the sign of a researcher or doctor.
ACADEMIC = word_set("dr prof professor")
COURTESY = word_set("mr mrs ms miss sir dame lord lady")
# Words that make a capitalised run a body ("Public Health England", "University of Bath").
_CONNECTORS = frozenset({"of", "for", "and", "on", "the", "&"})
BODY_WORDS = word_set(
    """university college institute school centre center hospital trust council
    foundation association society department ministry agency organisation organization
    committee commission office board authority charity service research health clinic
    academy laboratory laboratories"""
)
# Words that make a capitalised run a person's name with a role ("Health Secretary Jeremy
# Hunt"), not a body's, though it holds a body word.
_PERSON_ROLES = PERSONAL_TITLES | word_set(
    """secretary minister director chief head president chairman chairwoman chair ceo
    spokesman spokeswoman spokesperson professor lecturer fellow dean provost researcher
    scientist officer manager editor correspondent founder boss consultant doctor"""
)


def strip_possessive(token: str) -> str:
    """A word without its possessive ending or closing stop ("Hunt's", "Dr.")."""
    return re.sub(r"[’']s$|(?<=s)[’']$", "", token.rstrip("."))


def without_determiners(words: list[str]) -> list[str]:
    """``words`` without the determiners that open them ("the", "a", "their", …)."""
    i = 0
    while i < len(words) and words[i].lower() in DETERMINERS:
        i += 1
    return words[i:]


def person_name(phrase: str) -> str | None:
    """Return the personal name inside a capitalised phrase, dropping titles and roles.

    "Artsakh’s Human Rights Defender Gegham Stepanyan" -> "Gegham Stepanyan";
    "Mr. Trump" -> "Trump"; "The New York Post" -> "New York Post".
    """
    tokens = phrase.split()
    kept: list[str] = []
    for tok in tokens:
        bare = strip_possessive(tok)
        low = bare.lower()
        if low in _OF and len(kept) >= 2 and not is_body(" ".join(kept)):
            break  # "Tali Sharot of University College London": the person, not the body
        if low in ROLES or low in DETERMINERS or low in _NOT_NAME or low in PRONOUNS:
            kept = []
            continue
        if bare[:1].islower() and low not in PARTICLES:
            kept = []  # "researcher Adrian Martineau", "study author Dr Claudia Cooper"
            continue
        if not kept and low.endswith("ing") and tok is not tokens[-1]:
            kept = []
            continue
        if re.search(r"[’']s$", tok) and tok is not tokens[-1]:
            kept = []  # "Artsakh’s ..." : a possessive opens the phrase, not the name
            continue
        kept.append(bare)
    return " ".join(kept) if kept else None


def is_body(run: str, *, lowercase: bool = False) -> bool:
    """Whether a capitalised run names a body: a body word and no personal role.

    With ``lowercase``, a description in lowercase words counts too ("the scientific
    advisory committee on nutrition").
    """
    words = [strip_possessive(w) for w in run.split()]
    if not words or not (lowercase or all(w[:1].isupper() or w in _CONNECTORS for w in words)):
        return False
    lowered = [w.lower() for w in words]
    return any(w in BODY_WORDS for w in lowered) and not any(w in _PERSON_ROLES for w in lowered)
