"""A body's name cut at one of its own joining words, made whole again.

The subject reader walks back from the cue over capitalised words and stops at a
lower-case word, so a name holding "of", "for", "in" or "and" loses its head: "Britain's
National Hospital for Neurology and Neurosurgery showed" gave "Neurosurgery", "the
journal, Archives of Disease in Childhood concludes" gave "Childhood". The whole name is
the longest run of capitalised words and joiners ending at the cut one that names a body
(a body word, no personal role) or a journal (the run follows the word "journal").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sourcetrace.quotes.acronyms import is_acronym
from sourcetrace.quotes.name_phrases import is_body


@dataclass(frozen=True, slots=True)
class CutNamePolicy:
    """How far back a cut name is looked for.

    Attributes:
        joiners: Lower-case words inside a name ("Department of Health", "Food and Drug
            Administration", "Archives of Disease in Childhood").
        pairs: Joiners that may also join two names ("Cambridge University and UCL"):
            not crossed when either side already names a body.
        determiners: Capitalised words that open a sentence, not a name ("A Department
            of Health spokesman").
        max_words: Most words of the whole name.
    """

    joiners: frozenset[str] = frozenset({"of", "for", "in", "and", "on", "&"})
    pairs: frozenset[str] = frozenset({"and", "&"})
    determiners: frozenset[str] = frozenset({"the", "a", "an"})
    max_words: int = 10


CUT_NAMES = CutNamePolicy()

_WORD_BACK_RE = re.compile(r"([\w&-]+)(\s+)$")
_RUN_BACK_RE = re.compile(r"((?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*)\s+$")
_JOURNAL_RE = re.compile(r"\bjournal,?\s*$", re.I)


def whole_name(
    text: str, lo: int, start: int, end: int, policy: CutNamePolicy = CUT_NAMES
) -> tuple[int, int] | None:
    """The whole name a mention ``text[start:end]`` was cut from, or None.

    Args:
        text: The story.
        lo: Where to stop looking back (the sentence's start).
        start: The mention's start.
        end: The mention's end.
        policy: The joiners and the bounds.
    """
    mention = text[start:end].split()
    if not mention or not all(w[:1].isupper() for w in mention):
        return None
    at, best, words = start, None, len(mention)
    after = start  # where the capitalised run after the last joiner passed starts
    while words < policy.max_words:
        m = _WORD_BACK_RE.search(text, lo, at)
        if m is None:
            break
        word = m.group(1)
        if word.lower() in policy.joiners and word.islower():
            if word in policy.pairs and _names_one(text[after:end].split(" and ")[0], lo, text, m):
                break  # "Cambridge University and UCL": two bodies, not one name
            at, words = m.start(), words + 1
            after = m.end()
            continue
        if not word[:1].isupper() or word.lower() in policy.determiners:
            break
        at, words = m.start(), words + 1
        phrase = text[at:end]
        if any(j in phrase.split() for j in policy.joiners) and (
            is_body(phrase) or _JOURNAL_RE.search(text, lo, at)
        ):
            best = (at, end)
    return best


def _names_one(after: str, lo: int, text: str, joiner: re.Match[str]) -> bool:
    """Whether the words either side of an "and" each name a body already."""
    before = _RUN_BACK_RE.search(text, lo, joiner.start())
    runs = [after.strip(), before.group(1) if before is not None else ""]
    return any(is_body(run) or is_acronym(run) for run in runs if run)
