"""Claim speakers, thirteenth round (issue 15, branch t15-cspk13): the subject's head noun.

A claim's subject read as a word that only qualifies it ("British" in "a team of British
researchers has found", "DIABETES" opening "DIABETES cases have trebled … but experts have
revealed") or as a lead-in ("Based on …,") gave no speaker, or a fragment as one; the
clause's own subject is the noun phrase at the cue. Each behaviour test fails on main
before the branch (ca12555); the guards pass on both.
"""

from __future__ import annotations

from conftest import claim_speakers as _speakers
from sourcetrace.quotes import scan

_LEAD = "Heading footballs may harm the brain, a study suggests.\n\n"
_TIE = (
    "The brains of six former players were analysed by researchers at University "
    "College London.\n\n"
)


def _mentions(text: str) -> dict[str, str | None]:
    """Each reported claim's first four words, with its speaker's mention as written."""
    return {
        " ".join(c.text.split()[:4]): (c.speaker.mention if c.speaker else None)
        for c in scan(text).reported
    }


# --- The noun phrase at the cue is the subject ---------------------------------------


def test_a_team_of_british_researchers_is_the_team() -> None:
    text = (
        _LEAD + _TIE + "Beyond these reports, there was little hard evidence of a link. Now a "
        "team of British researchers has found the first signs that seasoned footballers "
        "may pick up a type of brain damage.\n"
    )
    assert _speakers(text)["the first signs that"] == "University College London"
    assert _mentions(text)["the first signs that"] == "a team of British researchers"


def test_the_subject_after_a_participle_lead_in_is_read() -> None:
    text = (
        _LEAD + _TIE + "Based on the success of the US scheme, scientists concluded that the "
        "rate of brain disease would have fallen by a third.\n"
    )
    assert _speakers(text)["the rate of brain"] == "University College London"


def test_a_capitalised_word_of_another_clause_is_no_speaker() -> None:
    text = (
        "Diabetes news.\n\nDIABETES cases have trebled over the last two decades but "
        "experts have revealed life expectancy for people with the condition has increased.\n"
    )
    assert _speakers(text)["life expectancy for people"] is None  # was "DIABETES"
    assert _mentions(text)["life expectancy for people"] == "experts"


def test_a_work_opening_a_subordinate_clause_speaks() -> None:
    text = (
        "Older people are lonely.\n\nCharities want more visits.\n\nIt comes as new "
        "research shows that 80 per cent of people over the age of 65 live alone.\n"
    )
    assert _mentions(text)["80 per cent of"] == "new research"
    assert _speakers(text)["80 per cent of"] == "research"  # was None ("It")


# --- Guards: what stays as it was -------------------------------------------------------


def test_researchers_a_modifier_qualifies_are_not_the_team() -> None:
    text = (
        _LEAD + _TIE + "This month, U.S. researchers found that players who headed the ball "
        "often scored worse on memory tests.\n"
    )
    assert _speakers(text)["players who headed the"] is None


def test_the_object_of_a_preposition_is_no_subject() -> None:
    text = (
        _LEAD + "A study was published in the BMJ on Monday.\n\nExperts behind the study "
        "said the lower benefits seen for walking could be down to several factors.\n"
    )
    assert _speakers(text)["the lower benefits seen"] is None


def test_a_body_by_its_initials_is_kept() -> None:
    text = (
        _LEAD + "In Britain, NHS guidelines recommend 300mg of magnesium a day for men and "
        "women alike.\n"
    )
    assert _speakers(text)["300mg of magnesium a"] == "NHS"


def test_head_phrase_reads_the_noun_phrase_at_the_cue() -> None:
    from sourcetrace.quotes.subject_heads import a_kind_of_people, head_phrase  # new module

    s = "Prof Morris spoke. Nutrition experts last month urged ministers to act."
    lo = s.index("Nutrition")
    phrase = head_phrase(s, lo, s.index("urged"))
    assert phrase is not None and phrase.text == "Nutrition experts"
    assert a_kind_of_people(phrase)
    s = "A study conducted by the Center for Health Research showed people gained weight."
    assert head_phrase(s, 0, s.index("showed")) is None  # a name's capitalised word
    s = "Analysis of the data showed that children gained weight."
    assert head_phrase(s, 0, s.index("showed")) is None  # the object of "of"
