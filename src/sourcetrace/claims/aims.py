"""A study's aim or question: the relation it names is asked about, not stated.

"The team *set out to find whether* coffee reduces stroke risk", "researchers *wanted to
see if* …", "*no study has examined whether* …": the relation inside such a clause is the
question the study asked, so it states no relationship (InSciOut code 0) unless the
statement goes on to report what was found ("… *and found that* it does").
"""

from __future__ import annotations

import bisect
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
# Where the question ends: the clause's end, or a verb reporting what was found: after
# "and" / "but" / "before", after a comma closing the clause the question sits in ("The
# study, which aimed to test whether X, *found* …"), or, past tense, right after the
# question's last word ("Researchers who studied whether X *found* it …") unless a
# preposition follows, as after a participle ("compounds *found in* tea").
_REPORTING = (
    r"(?:found|find|finds|showed|shown|shows|discovered|concluded|revealed|report(?:s|ed)?)\b"
)
_QUESTION_END = re.compile(
    r"[.;:!?]|(?:\b(?:and|but|before)\s+(?:then\s+)?|,\s*)" + _REPORTING + r"|(?<=\w)\s+"
    r"(?:found|showed|discovered|concluded|revealed|reported)\b"
    r"(?!\s+(?:in|on|at|by|among|to|within|across|near|inside|under|only|mainly|mostly|"
    r"naturally|widely|commonly|throughout|between|during|after|from|with|for|as|of)\b)",
    re.IGNORECASE,
)


def asked(text: str) -> list[tuple[int, int]]:
    """Return the spans of ``text`` that ask about a relation rather than state one.

    Each span runs from the words of asking ("set out to find whether", "aimed to compare")
    to the end of the clause, or to a verb reporting what was found ("… and found");
    overlapping spans are merged, so the spans are sorted and disjoint.

    Example:
        >>> text = "They tested whether tea cuts stroke risk and found it does."
        >>> [text[a:b] for a, b in asked(text)]
        ['tested whether tea cuts stroke risk ']
    """
    low = text.lower()
    patterns = []
    if ("whether" in low or "if" in low) and _IF_WORD.search(text):
        patterns.append(_AIM_WHETHER)
    if any(k in low for k in _AIM_TO_KEYS):
        patterns.append(_AIM_TO)
    if not patterns:
        return []
    # Every place a question can end, found once: each question's end is then the first
    # of them after it (a bisection), so a text of many questions is read in one pass.
    ends: list[int] | None = None
    spans: list[tuple[int, int]] = []
    for pattern in patterns:
        for m in pattern.finditer(text):
            if ends is None:
                ends = [e.start() for e in _QUESTION_END.finditer(text)]
            i = bisect.bisect_left(ends, m.end())
            spans.append((m.start(), ends[i] if i < len(ends) else len(text)))
    return _merged(spans)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The union of ``spans`` as sorted, disjoint spans."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            if b > out[-1][1]:
                out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def within(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start``-``end`` lies inside one of ``spans``.

    Args:
        spans: Sorted, disjoint spans, as :func:`asked` returns them.
        start: The start of the words to place.
        end: Their end.
    """
    i = bisect.bisect_right(spans, start, key=lambda s: s[0]) - 1
    return i >= 0 and end <= spans[i][1]
