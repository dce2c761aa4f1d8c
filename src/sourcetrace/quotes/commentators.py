"""A body the story names only for someone set apart from the study it reports.

"Lars Bo Andersen, a professor at the Western Norwegian University of Applied Sciences,
who was not directly involved in the research but wrote a commentary on it, said …",
"said Annie Britton from University College London, in a linked editorial": the body
is named for an outside commentator, not for the study's researchers. When a story
ties its "researchers" to no body and names one research body, the claims' speaker
reader (:mod:`sourcetrace.quotes.claim_speakers`, through
:func:`sourcetrace.quotes.speakers.research_body`) would take that body for the
researchers'; :func:`apart_from_study` tells it that every sentence naming the body
sets its person apart from the study, so the researchers stay unnamed (null rather than
a guess). Only the sentences holding the name are read: the study's own body named
plainly anywhere else in the story keeps it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from functools import cached_property


@dataclasses.dataclass(frozen=True)
class ApartPolicy:
    """What in a sentence sets the person it names apart from the study reported."""

    markers: tuple[str, ...] = dataclasses.field(
        default=(
            # "who was not (directly) involved in the research", "wasn't part of the study"
            r"(?:not|n't|never)\s+(?:been\s+)?(?:directly\s+)?"
            r"(?:involved|part\s+of|connected|associated)",
            # "wrote a commentary on it", "in a linked editorial", "an accompanying editorial"
            r"commentary|editorial",
            # "commenting on the findings", "responding to the study", "reacting to it"
            r"(?:comment(?:ing|ed)|respond(?:ing|ed)|react(?:ing|ed))\s+(?:on|to)",
            # "an independent expert", "outside researchers"
            r"(?:independent|outside|external)\s+(?:expert|researcher|scientist|"
            r"specialist|observer|commentator)s?",
        ),
        metadata={
            "help": "regular expressions (case-insensitive, whole words) whose match in "
            "the sentence naming a body says its person is outside the study: not "
            "involved, a commentary or editorial, commenting or responding on it, an "
            "independent or outside expert"
        },
    )

    @cached_property
    def marker_re(self) -> re.Pattern[str]:
        """The markers as one compiled pattern."""
        return re.compile(r"\b(?:" + "|".join(self.markers) + r")\b", re.IGNORECASE)


APART = ApartPolicy()


def apart_from_study(
    text: str, sentences: Sequence[tuple[int, int]], policy: ApartPolicy = APART
) -> bool:
    """Whether every sentence naming a body sets the person it names apart from the study.

    Args:
        text: The story.
        sentences: The sentences (offsets into ``text``) that name the body.
        policy: The markers.

    Returns:
        True when there is at least one sentence and each holds a marker of ``policy``
        ("who was not involved in the study", "in a linked editorial").
    """
    return bool(sentences) and all(
        policy.marker_re.search(text, lo, hi) is not None for lo, hi in sentences
    )


__all__ = ["APART", "ApartPolicy", "apart_from_study"]
