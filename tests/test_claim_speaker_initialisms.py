"""A reported claim's speaker mention keeps an initialism before a lower-case word.

"…, a U.K. study suggests": the mention was cut at the initialism's first period ("a U"),
and the trace then named the speaker "U".
"""

from __future__ import annotations

import pytest

from sourcetrace.quotes import extract


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "Kids may be more likely to start smoking, a U.K. study suggests.\n\nMore.",
            "a U.K. study",
        ),
        (
            "Kids may be more likely to start smoking, a new U.S. study says.\n\nMore.",
            "a new U.S. study",
        ),
        (
            "Kids may be more likely to start smoking, according to a U.S. study.\n\nMore.",
            "a U.S. study",
        ),
    ],
)
def test_an_initialism_stays_inside_the_speaker_mention(text: str, mention: str) -> None:
    _, [claim] = extract(text)
    assert claim.speaker is not None
    assert claim.speaker.mention == mention
    start, end = claim.speaker.mention_start, claim.speaker.mention_end
    assert start is not None and end is not None and text[start:end] == mention
