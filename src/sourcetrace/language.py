"""Whether a story looks English: the rules that judge quotations and claims are English.

Extraction cues ("said", "according to"), the edits that change a meaning ("not", "may"),
the hedges and the reworded claims are all read by English rules. On a story in another
language they give verdicts nobody checked: a French story quoting an English release in
translation would have every quotation ``not_found`` and reworded. :func:`language_check`
tells such a story by its function words (:class:`LanguagePolicy`), and
:func:`unchecked_when_not_english` turns the verdicts the English rules gave it into
``unchecked``, each saying why.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sourcetrace.text import word_set

#: Common English function words, leaving out those that are also common words of French,
#: German, Dutch, Spanish or Italian ("a", "in", "an", "on", "so", "was", "will", "also",
#: "die", "no", "am"), so that a story in one of those languages holds few of them.
ENGLISH_FUNCTION_WORDS = word_set(
    """the of and to that for it with as by at be this are from or have has had not but
    they he she his her their them which were been would can could should we you who
    there its our after about into than these those when what said says more been it's
    i'm don't if do does did how your my why because while"""
)
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@dataclass(frozen=True, slots=True)
class LanguagePolicy:
    """When a story is told not to look English.

    Attributes:
        min_words: Fewest words a story must have to be judged at all (a headline alone
            says too little).
        min_english_share: Below this share of :data:`ENGLISH_FUNCTION_WORDS` among its
            words, a story does not look English. English news holds about a third to a
            half; a French or German story under a twentieth.
        function_words: The English function words counted.
    """

    min_words: int = 30
    min_english_share: float = 0.10
    function_words: frozenset[str] = ENGLISH_FUNCTION_WORDS


#: The policy ``trace`` and ``quotes`` use.
DEFAULT_LANGUAGE = LanguagePolicy()


@dataclass(frozen=True, slots=True)
class LanguageCheck:
    """How English a text looks.

    Attributes:
        words: Its words counted.
        english_share: The share of them that are English function words.
        looks_english: False only when it has enough words and too few English ones.
    """

    words: int
    english_share: float
    looks_english: bool

    def to_dict(self) -> dict[str, Any]:
        """The check in the ``language`` field of ``trace --json``."""
        return {
            "looks_english": self.looks_english,
            "words": self.words,
            "english_share": round(self.english_share, 4),
        }


def language_check(text: str, policy: LanguagePolicy = DEFAULT_LANGUAGE) -> LanguageCheck:
    """How English ``text`` looks, by its share of English function words.

    Example:
        >>> language_check("Le chercheur a dit que les résultats sont " * 5).looks_english
        False
    """
    words = [w.replace("’", "'").lower() for w in _WORD_RE.findall(text)]
    share = sum(w in policy.function_words for w in words) / len(words) if words else 0.0
    judged = len(words) >= policy.min_words
    return LanguageCheck(len(words), share, not judged or share >= policy.min_english_share)


def not_english_notice(check: LanguageCheck) -> str:
    """The notice a story that does not look English gets."""
    return (
        f"The story does not look English ({check.english_share:.0%} of its {check.words:,} "
        "words are common English words): its quotations and reported claims were read by "
        "English rules, so their verdicts are unchecked (verbatim quotations excepted), and "
        "its claims' strength labels are unreliable."
    )


_T = TypeVar("_T")


def unchecked_when_not_english(items: Sequence[_T], check: LanguageCheck) -> list[_T]:
    """Quotations or reported claims with the verdicts English rules gave made ``unchecked``.

    A ``verbatim`` quotation keeps its verdict (its words are the source's, character for
    character, in any language); every other verdict becomes ``unchecked`` and its reason
    says which verdict the English rules had given. On a story that looks English, the
    items are returned as they are.
    """
    if check.looks_english:
        return list(items)
    out: list[_T] = []
    for item in items:
        verdict = getattr(item, "verdict", None)
        if verdict is None or verdict in ("verbatim", "unchecked"):
            out.append(item)
            continue
        why = (
            "unchecked: the story does not look English, and the English rules' verdict "
            f"({verdict}) was not trusted"
        )
        out.append(dataclasses.replace(item, verdict="unchecked", reason=why))  # type: ignore[type-var]
    return out
