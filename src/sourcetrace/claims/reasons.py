"""A reported claim's verdict reason, complete enough to check by hand.

The verification gives its rule and figures in one line ("source sentence pr 10-90 holds
5 of its content words; …"). What a reader needs to check it is the figure's denominator
and the threshold the rule applied, which words are negated when a negation decides, and
the source sentence itself, not only its offsets. :func:`explained` adds these to the
reason, so the terminal, the HTML report, the web page and the JSON all show one text.

>>> clip("a " * 200, 12)
'a a a a a…'
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import Any

from sourcetrace.documents import Document
from sourcetrace.quotes.match import NEGATIONS
from sourcetrace.text import is_content, shorten, words

# Characters of a source sentence quoted in a reason.
SENTENCE_CHARS = 200
# Words after a negation read to name what it negates ("no evidence", "did not reduce").
_NEGATED_REACH = 3
_HOLDS_RE = re.compile(r"\b(holds?) (\d+) of its content words(?: \((\d+)%\))?")
_NEGATED = "but one of the two is negated"
#: How a claim verdict's reason names a window of two sentences holding the claim
#: together (:mod:`sourcetrace.quotes.claim_verify`); the explained reason then names
#: "the sentences".
PAIR_WINDOW = "two adjacent source sentences"


def clip(text: str, width: int = SENTENCE_CHARS) -> str:
    """``text`` on one line, cut to at most ``width`` characters at a word boundary."""
    return shorten(" ".join(text.split()), width)


def negated_words(text: str) -> list[str]:
    """The negations of ``text`` with the words they bear on ("no evidence", "not reduce").

    Each negation is given up to its first content word within ``_NEGATED_REACH`` words.
    """
    w = words(text)
    out = []
    for i, key in enumerate(w.keys):
        if key not in NEGATIONS and not key.endswith("n't"):
            continue
        end = i
        for j in range(i + 1, min(i + 1 + _NEGATED_REACH, len(w))):
            end = j
            if is_content(w.keys[j]):
                break
        out.append(text[w.starts[i] : w.ends[end]])
    return out


def _quoted(found: list[str]) -> str:
    return ", ".join(f'"{x}"' for x in found) if found else "no negation"


def explained(
    r: Any,
    story: str,
    docs: Sequence[Document],
    *,
    supported_min: float,
    min_shared: int,
    supported_many: int = 0,
    supported_many_min: float = 0.0,
) -> Any:
    """Return the reported claim ``r`` with its reason made checkable.

    Args:
        r: A verified :class:`sourcetrace.quotes.Reported`.
        story: The story's text (its offsets).
        docs: The documents the claim was checked against.
        supported_min: The share of the claim's content words a sentence must hold.
        min_shared: The fewest content words it must hold.
        supported_many: The content words that carry a long claim below that share
            (0: no such rule).
        supported_many_min: The least share at which they do.

    Returns:
        ``r`` with the denominator and threshold after each "holds N of its content
        words", the negated words after "one of the two is negated", and the source
        sentence's text (at most ``SENTENCE_CHARS`` characters) appended; ``r`` itself
        when it has no reason or no sentence.
    """
    span = r.source if r.source is not None else r.nearest
    doc = next((d for d in docs if span is not None and d.id == span.id), None)
    if not r.reason or span is None or doc is None:
        return r
    reason = r.reason
    if r.similarity:

        def holds(m: re.Match[str]) -> str:
            shared = int(m.group(2))
            total = max(shared, round(shared / r.similarity))
            many = (
                f", or at {supported_many_min:.0%} and {supported_many} words"
                if supported_many
                else ""
            )
            return (
                f"{m.group(1)} {shared} of its {total} content words ({shared / total:.0%}; "
                f"a sentence carries a claim at {supported_min:.0%} and {min_shared} words"
                f"{many})"
            )

        reason = _HOLDS_RE.sub(holds, reason, count=1)
    sentence = doc.text[span.start : span.end]
    if _NEGATED in reason:
        claim = story[r.start : r.end]
        reason = reason.replace(
            _NEGATED,
            f"{_NEGATED} (the story: {_quoted(negated_words(claim))}; "
            f"the source: {_quoted(negated_words(sentence))})",
            1,
        )
    which = "source sentence" if r.source is not None else "sentence"
    if PAIR_WINDOW in reason:
        which += "s"
    reason += f'; the {which} ({span.id} {span.start}-{span.end}): "{clip(sentence)}"'
    return dataclasses.replace(r, reason=reason)


__all__ = ["SENTENCE_CHARS", "clip", "explained", "negated_words"]
