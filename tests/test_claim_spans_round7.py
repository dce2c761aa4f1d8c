"""Reported-claim spans, seventh round (issue 15, branch t15-cspan).

Each behaviour test fails on the code before branch t15-cspan; the guards pass on both.
"""

from __future__ import annotations

from sourcetrace.quotes.reported import extract_reported

_LEAD = "A story opens here today. It has a body.\n\n"


def _claims(sentence: str) -> list[tuple[str, str | None]]:
    return [(r.text, r.speaker.mention) for r in extract_reported(_LEAD + sentence)]


def test_a_closing_report_in_a_journal() -> None:
    claims = _claims(
        "Overall, one in five of the teenagers had tried a cigarette by the age of 14, "
        "researchers report in the Archives of Disease in Childhood."
    )
    assert claims == [
        (
            "Overall, one in five of the teenagers had tried a cigarette by the age of 14",
            "researchers",
        )
    ]


def test_a_closing_writes_in_a_journal() -> None:
    claims = _claims(
        "The new drugs lower blood sugar and slow digestion, the study team writes in "
        "Annals of Internal Medicine."
    )
    assert [text for text, _ in claims] == ["The new drugs lower blood sugar and slow digestion"]


def test_a_closing_wrote() -> None:
    claims = _claims(
        "Perhaps counsellors are able to spot pupils at risk of harming others, the "
        "researchers wrote."
    )
    assert [text for text, _ in claims] == [
        "Perhaps counsellors are able to spot pupils at risk of harming others"
    ]


def test_wrote_to_someone_is_no_cue() -> None:
    # Guard: "wrote to ministers" tells whom they wrote to, not a claim.
    assert _claims("Government advisers wrote to ministers about the flour last month.") == []


def test_a_report_in_a_journal_mid_sentence_is_no_closing_cue() -> None:
    # Guard: "report in" not closing the sentence keeps its other readings.
    assert _claims("Doctors report in person to the ward manager every morning.") == []
