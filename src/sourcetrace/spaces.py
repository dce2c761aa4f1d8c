r"""Unicode spaces and line separators read as ASCII ones, offsets unchanged.

News text often holds a no-break space ("By\xa0Ben Spencer", "Professor Gerry\xa0McCann"),
a thin or narrow no-break space inside figures, or the Unicode line and paragraph
separators U+2028 / U+2029. The readers of quotations, speakers and claims take a space
between words as ``" "`` or ``[ \t]`` and a line end as ``"\n"``; :func:`plain_spaces`
gives them a copy of the text in which each such character is one ASCII space or one
``"\n"``. The copy has the text's length, so every offset found in it is an offset into
the original text, and :func:`restore` cuts the span a reader returned from the original
again: what a user reads is the text as given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final


@dataclass(frozen=True, slots=True)
class SpacePolicy:
    r"""Which characters the readers take as a space and which as a line end.

    Attributes:
        horizontal: Characters read as one ASCII space (``" "``).
        line: Characters read as one line end (``"\n"``).
    """

    horizontal: str = field(
        default=(
            "\u00a0"  # no-break space
            "\u1680"  # ogham space mark
            "\u2000\u2001\u2002\u2003\u2004\u2005\u2006"  # quads and em/en spaces
            "\u2007"  # figure space
            "\u2008"  # punctuation space
            "\u2009"  # thin space
            "\u200a"  # hair space
            "\u202f"  # narrow no-break space
            "\u205f"  # medium mathematical space
            "\u3000"  # ideographic space
        ),
        metadata={"help": "characters read as one ASCII space (Unicode's space separators)"},
    )
    line: str = field(
        default="\u2028\u2029",
        metadata={"help": "characters read as one line end: the line and paragraph separators"},
    )


DEFAULT_SPACES: Final = SpacePolicy()
"""The reading every stage uses (a frozen value)."""


@lru_cache(maxsize=8)
def _table(policy: SpacePolicy) -> tuple[dict[int, str], re.Pattern[str]]:
    """The translation table of ``policy`` and a pattern finding any of its characters."""
    table = {ord(c): " " for c in policy.horizontal}
    table.update({ord(c): "\n" for c in policy.line})
    chars = policy.horizontal + policy.line
    return table, re.compile(f"[{re.escape(chars)}]" if chars else "(?!)")


def plain_spaces(text: str, policy: SpacePolicy = DEFAULT_SPACES) -> str:
    r"""Return ``text`` with each Unicode space a ``" "`` and each line separator a ``"\n"``.

    The result has the length of ``text``, and every other character in its place.

    Args:
        text: Any text.
        policy: Which characters are spaces and which line ends.

    Returns:
        ``text`` itself when it holds none of them, else the mapped copy.

    Example:
        >>> plain_spaces("Professor Gerry\xa0McCann\u2029said")
        'Professor Gerry McCann\nsaid'
    """
    if text.isascii():
        return text
    table, found = _table(policy)
    if found.search(text) is None:
        return text
    return text.translate(table)


def restore(
    cut: str | None, mapped: str, original: str, start: int | None, end: int | None
) -> str | None:
    """Return the span ``cut`` as the original text holds it.

    Args:
        cut: A string a reader took from ``mapped`` (a quotation, a mention), or None.
        mapped: The text the reader read (:func:`plain_spaces` of ``original``).
        original: The text as given.
        start: Offset of ``cut`` in ``mapped``, when it was cut there.
        end: Its end offset.

    Returns:
        ``original[start:end]`` when ``cut`` is that span of ``mapped``; else ``cut``
        unchanged (a string the reader built, not cut).
    """
    if cut is None or start is None or end is None or mapped is original:
        return cut
    if mapped[start:end] == cut:
        return original[start:end]
    return cut


__all__ = ["DEFAULT_SPACES", "SpacePolicy", "plain_spaces", "restore"]
