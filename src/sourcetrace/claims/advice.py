"""Whether a statement gives advice: none, implicit or explicit (InSciOut's ``advice``).

Explicit advice tells someone what to do ("people *should* cut down", "doctors *are
advised to*", "*avoid* …"); implicit advice suggests it ("it *may be worth* …", "*could
benefit from*", "*consider* …"). InSciOut codes 0 / 2 / 3 map to ``none`` / ``implicit``
/ ``explicit``. The coders judged advice for a story or release as a whole, not for its
main statement alone; :func:`classify_advice` takes an optional ``context`` (the whole
text) for that reading.

>>> classify_advice("Pregnant women should avoid liquorice").advice
'explicit'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

AdviceName = Literal["none", "implicit", "explicit"]
ADVICE_LEVELS: tuple[AdviceName, ...] = ("none", "implicit", "explicit")

#: Who advice is addressed to (the subject of "should").
_ADDRESSEE = (
    r"(?:people|patients?|women|men|parents?|mothers?|adults|children|you|we|everyone|anyone|"
    r"doctors|GPs|clinicians|smokers|drinkers|pensioners|the public|consumers|families|"
    r"those|individuals|mums|athletes|players|runners|couples|schools|employers|"
    r"governments?|policymakers|policy makers|the NHS|health services|authorities)"
)

#: Explicit advice: a directive aimed at people (its addressee within the four words
#: before it, :data:`_ADDRESSEE`), a recommendation, or an imperative at a sentence start.
_DIRECTIVE = (
    r"\b(?:should|must|ought to|need to|needs to|have to|are advised to|are urged to|"
    r"are encouraged to)\b"
)
EXPLICIT = (
    r"\b(?:recommend(?:s|ed|ing)?|advis(?:e|es|ed|ing)|urg(?:e|es|ed|ing)|"
    r"encourag(?:e|es|ed|ing)) (?:\w+ ){0,3}(?:to|that)\b",
    r"\b(?:recommendations?|guidelines?) (?:\w+ ){0,3}(?:should|must|to)\b",
    r"(?:^|[.!?]\s+)(?:avoid|stop|try|eat|drink|make sure|cut down|don't|do not|remember)\b",
    r"\bit is (?:important|essential|vital|crucial|advisable) (?:for \w+ )?to\b",
)
#: Implicit advice: a suggestion of what would help, without a directive.
IMPLICIT = (
    r"\b(?:may|might|could) (?:want|wish|benefit|be worth|be wise|be advisable|consider)\b",
    r"\b(?:worth|wise|advisable|sensible) (?:\w+ )?(?:to|considering|trying)\b",
    r"\bconsider(?:ing)? (?:\w+ing)\b",
    r"\b(?:should|must|need to) (?:\w+ ){0,2}(?:consider|be aware|be cautious|be careful)\b",
)

# Lower-case strings one of which each pattern's matches hold (a cheap test first).
_EXPLICIT_KEYS = (
    ("recommend", "advis", "urg", "encourag"),
    ("recommendation", "guideline"),
    (
        "avoid",
        "stop",
        "try",
        "eat",
        "drink",
        "make sure",
        "cut down",
        "don't",
        "do not",
        "remember",
    ),
    ("it is",),
)
_IMPLICIT_KEYS = (
    ("may", "might", "could"),
    ("worth", "wise", "advisable", "sensible"),
    ("consider",),
    ("should", "must", "need to"),
)
_EXPLICIT_RE = tuple(re.compile(p, re.IGNORECASE) for p in EXPLICIT)
_DIRECTIVE_RE = re.compile(_DIRECTIVE, re.IGNORECASE)
_ADDRESSEE_RE = re.compile(r"\b" + _ADDRESSEE + r"\b(?:\s+\S+){0,3}\s*$", re.IGNORECASE)
_IMPLICIT_RE = tuple(re.compile(p, re.IGNORECASE) for p in IMPLICIT)
#: An addressee heading its clause whose modifier a comma closes right before the
#: directive ("any parent looking to provide their child with a varied diet, should").
_SUBJECT_RE = re.compile(
    r"^\s*(?P<who>(?:(?:any|all|every|most|many|the)\s+)?"
    + _ADDRESSEE
    + r")\b[^.;:!?]{0,120},\s*$",
    re.IGNORECASE,
)
_CLAUSE_START_RE = re.compile(
    r".*(?:[.;:!?][\"”’')\]]*\s+|\b(?:and|but|so|that|because|while)\s+)",
    re.DOTALL | re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class AdvicePolicy:
    """When a whole text counts as giving advice.

    Attributes:
        context_explicit: Fewest explicit-advice cues in the context before the text as a
            whole gives explicit advice (one is often a quoted aside).
    """

    context_explicit: int = 2


DEFAULT_ADVICE_POLICY = AdvicePolicy()


@dataclass(frozen=True, slots=True)
class Advice:
    """The advice a statement (or its text) gives.

    Attributes:
        advice: ``none``, ``implicit`` or ``explicit``.
        cues: The words that decided it.
        from_context: Decided by the whole text, not the statement itself.
    """

    advice: AdviceName
    cues: tuple[str, ...] = ()
    from_context: bool = False

    @property
    def level(self) -> int:
        """0 none, 1 implicit, 2 explicit (for comparing two statements)."""
        return ADVICE_LEVELS.index(self.advice)


def _find(patterns: tuple[re.Pattern[str], ...], text: str) -> list[str]:
    low = text.lower()
    keys = _EXPLICIT_KEYS if patterns is _EXPLICIT_RE else _IMPLICIT_KEYS
    found = [
        m.group(0).strip(" .!?")
        for p, k in zip(patterns, keys, strict=True)
        if any(w in low for w in k)
        for m in p.finditer(text)
    ]
    if patterns is _EXPLICIT_RE:
        for m in _DIRECTIVE_RE.finditer(text):
            who = _ADDRESSEE_RE.search(text, max(0, m.start() - 60), m.start())
            if who is not None:
                found.append(text[who.start() : m.end()])
                continue
            head = _subject(text, m.start())
            if head is not None:
                found.append(f"{head} … {m.group(0)}")
    return found


def _subject(text: str, at: int) -> str | None:
    """The addressee heading the clause that ends at ``at`` with a comma, if any."""
    before = text[max(0, at - 200) : at]
    cut = _CLAUSE_START_RE.match(before)
    got = _SUBJECT_RE.match(before[cut.end() :] if cut else before)
    return got.group("who") if got else None


def classify_advice(
    text: str, *, context: str | None = None, policy: AdvicePolicy = DEFAULT_ADVICE_POLICY
) -> Advice:
    """Return the advice a statement gives, with the cue words.

    Args:
        text: The statement.
        context: The whole text, read when the statement itself gives no advice: the
            InSciOut coding is of the text's advice as a whole.
        policy: When the context counts.

    Returns:
        The :class:`Advice`.
    """
    explicit = _find(_EXPLICIT_RE, text)
    if explicit:
        return Advice("explicit", tuple(explicit))
    implicit = _find(_IMPLICIT_RE, text)
    if implicit:
        return Advice("implicit", tuple(implicit))
    if context:
        found_in_context = _from_context(context, policy)
        if found_in_context is not None:
            return found_in_context
    return Advice("none")


@lru_cache(maxsize=64)
def _from_context(context: str, policy: AdvicePolicy) -> Advice | None:
    """The advice a whole text gives, if any (cached: each statement reads the same text)."""
    found = _find(_EXPLICIT_RE, context)
    if len(found) >= policy.context_explicit:
        return Advice("explicit", tuple(found[:3]), from_context=True)
    found = _find(_IMPLICIT_RE, context)
    if found:
        return Advice("implicit", tuple(found[:3]), from_context=True)
    return None
