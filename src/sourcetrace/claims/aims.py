"""A study's aim or question: the relation it names is asked about, not stated.

"The team *set out to find whether* coffee reduces stroke risk", "researchers *wanted to
see if* …", "*no study has examined whether* …": the relation inside such a clause is the
question the study asked, so it states no relationship (InSciOut code 0) unless the
statement goes on to report what was found ("… *and found that* it does").
"""

from __future__ import annotations

import re

# A verb of asking or of a study's method, then "whether" / "if" a few words on: "set out
# to find out whether", "investigated if", "asked whether", "to see if".
_ASKING = (
    r"(?:find(?:ing)? out|found out|determine|determining|determined|establish|"
    r"establishing|see|seeing|test(?:s|ed|ing)?|investigat(?:e|es|ed|ing)|"
    r"examin(?:e|es|ed|ing)|explor(?:e|es|ed|ing)|assess(?:es|ed|ing)?|ask(?:s|ed|ing)?|"
    r"look(?:s|ed|ing)? at|check(?:s|ed|ing)?|stud(?:y|ied|ying)|analys(?:e|es|ed|ing)|"
    r"know|learn|understand|discover|work out|question(?:s|ed|ing)?)"
)
# The words between may not report a finding ("a study *has shown that if* you …", "it is
# reassuring *to know that if* …": a condition inside what is stated, not a question).
_GAP_WORD = r"(?!(?:that|shown|showed|shows|suggests?|suggested|found|finds|reveals?|revealed)\b)"
_AIM_WHETHER = re.compile(
    r"\b" + _ASKING + r"(?:\s+" + _GAP_WORD + r"[\w'’-]+){0,3}?\s+(?:whether|if)\b",
    re.IGNORECASE,
)
# A purpose infinitive: "set out to estimate …", "aimed to compare …", "designed to test".
_AIM_TO = re.compile(
    r"\b(?:set(?:s|ting)? out|aim(?:s|ed|ing)?|sought|seek(?:s|ing)?|want(?:s|ed)?|"
    r"design(?:ed)?|plan(?:s|ned)?|tr(?:y|ied|ies)|hop(?:e|es|ed))\s+to\s+"
    r"(?:estimate|compare|measure|quantify|" + _ASKING + r")\b",
    re.IGNORECASE,
)
# Words one of which every match of _AIM_TO holds (a cheap test before the pattern).
_AIM_TO_KEYS = ("set", "aim", "sought", "seek", "want", "design", "plan", "try", "trie", "hop")
_IF_WORD = re.compile(r"\b(?:whether|if)\b", re.IGNORECASE)
# Where the question ends: the clause's end, or a verb reporting what was found.
_QUESTION_END = re.compile(
    r"[.;:!?]|\b(?:and|but|before)\s+(?:then\s+)?"
    r"(?:found|find|finds|showed|shown|shows|discovered|concluded|revealed|report(?:s|ed)?)\b",
    re.IGNORECASE,
)


def asked(text: str) -> list[tuple[int, int]]:
    """Return the spans of ``text`` that ask about a relation rather than state one.

    Each span runs from the words of asking ("set out to find whether", "aimed to compare")
    to the end of the clause, or to a verb reporting what was found ("… and found").

    Example:
        >>> text = "They tested whether tea cuts stroke risk and found it does."
        >>> [text[a:b] for a, b in asked(text)]
        ['tested whether tea cuts stroke risk ']
    """
    spans: list[tuple[int, int]] = []
    low = text.lower()
    patterns = []
    if ("whether" in low or "if" in low) and _IF_WORD.search(text):
        patterns.append(_AIM_WHETHER)
    if any(k in low for k in _AIM_TO_KEYS):
        patterns.append(_AIM_TO)
    for pattern in patterns:
        for m in pattern.finditer(text):
            end = _QUESTION_END.search(text, m.end())
            spans.append((m.start(), end.start() if end is not None else len(text)))
    return sorted(spans)


def within(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start``-``end`` lies inside one of ``spans``."""
    return any(a <= start and end <= b for a, b in spans)
