"""A claim's own closing attribution, cut from its content.

A sentence can name its source twice: "Tests showed that …, according to the study",
"The team found …, they added", "… shows …, said Forouhi". The claim found by the first
cue then runs to the sentence's end and keeps the second attribution ("…, they added");
the guide's span is the content only, so it ends before the comma that opens the
closing attribution.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sourcetrace.quotes.reported_common import GENERIC


@dataclass(frozen=True, slots=True)
class TailPolicy:
    """Which words after a claim's last comma are an attribution of it.

    Attributes:
        cues: Verbs that close an attribution after its speaker ("…, they added") or
            open it before ("…, said Forouhi").
        works: Nouns of a written work that closes one ("…, a new study today revealed"):
            the works of :data:`~sourcetrace.quotes.reported_common.DOCUMENTS`, without
            its evidence and people nouns ("the data", "the team"), which were not
            measured as closing attributions.
        adverbs: Words that may stand between the speaker and the verb ("today").
        groups: Lower-case nouns of people that close one ("…, police said"), besides
            the generic people of :data:`GENERIC`.
        max_name_words: Most capitalised words of a speaker's name in the tail.
        max_according_chars: Most characters of the source after "according to" (a
            longer tail is read as more content, not a source).
    """

    cues: tuple[str, ...] = (
        "said",
        "says",
        "added",
        "adds",
        "explained",
        "noted",
        "stressed",
        "warned",
        "warns",
        "revealed",
        "reveals",
        "claimed",
        "claims",
        "reported",
        "reports",
        "concluded",
    )
    works: tuple[str, ...] = ("study", "report", "research", "survey", "review", "paper")
    adverbs: tuple[str, ...] = ("today", "yesterday", "now", "also", "recently")
    groups: frozenset[str] = frozenset({"police", "spokesman", "spokeswoman", "spokesperson"})
    max_name_words: int = 4
    max_according_chars: int = 80


TAILS = TailPolicy()


def _tail_re(policy: TailPolicy) -> re.Pattern[str]:
    name = rf"(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,{policy.max_name_words - 1}}}"
    nouns = (GENERIC | policy.groups) - {"it", "this", "who", "which", "i", "we", "you"}
    people = "|".join(sorted(w for w in nouns if w.isalpha()))
    works = "|".join(policy.works)
    who = (
        rf"(?:he|she|{name}|(?:the\s+)?(?:{people})|(?:the|a|an)\s+(?:new\s+)?(?:{works}))"
        rf"(?:\s+(?:{'|'.join(policy.adverbs)}))?"
    )
    cue = "|".join(policy.cues)
    return re.compile(
        r",\s*(?:"
        rf"according\s+to\s+(?:the|a|an|his|her|their|[A-Z])[^,;:“”\"]{{0,{policy.max_according_chars}}}"
        rf"|{who}\s+(?:{cue}|told\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,2}})"
        rf"|(?:{cue})\s+{name}"
        r")\s*$"
    )


_TAIL_RE = _tail_re(TAILS)


def closing_attribution(text: str, start: int, end: int) -> int | None:
    """Where a claim's closing attribution starts (its comma), else None.

    Args:
        text: The story.
        start: The claim's start.
        end: The claim's end.
    """
    m = _TAIL_RE.search(text, start, end)
    return None if m is None else m.start()
