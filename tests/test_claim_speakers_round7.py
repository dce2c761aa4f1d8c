"""Claim speakers, seventh round (issue 15, branch t15-cspk5).

Each behaviour test fails on the code before branch t15-cspk5; the guards pass on both.
"""

from __future__ import annotations

from sourcetrace.quotes import scan

_LEAD = "Eating late may harm sleep, a study suggests.\n\n"


def _speakers(text: str) -> dict[str, str | None]:
    """Each claim's first four words, with its speaker's name."""
    return {
        " ".join(c.text.split()[:4]): (c.speaker.name if c.speaker else None)
        for c in scan(text).reported
    }


def test_researchers_at_a_body_in_a_place_are_the_body() -> None:
    text = (
        _LEAD + "Researchers at Karolinska Institutet in Sweden found that women with a "
        "history of infertility had denser breasts than other women.\n"
    )
    assert _speakers(text)["women with a history"] == "Karolinska Institutet"


def test_researchers_from_a_body_ending_with_a_capital_are_the_body() -> None:
    text = (
        _LEAD + "Researchers from the Centers for Disease Control and Prevention have said "
        "that 71% of American adults exceeded that 10% goal.\n"
    )
    assert _speakers(text)["71% of American adults"] == (
        "Centers for Disease Control and Prevention"
    )


def test_team_from_a_body_with_a_comma_before_the_cue_is_the_body() -> None:
    text = (
        _LEAD + "The team from the University of Sao Paulo in Brazil, found that "
        "ultra-processed foods made up more than half the total calorie intake.\n"
    )
    assert _speakers(text)["ultra-processed foods made up"] == "University of Sao Paulo"


def test_according_to_body_researchers_is_the_body() -> None:
    text = (
        _LEAD + "Researchers from Bristol University and Leicester Diabetes Centre looked "
        "into the use of statins.\n\n"
        "According to Oxford University researchers, statins prevent at least "
        "80,000 heart attacks and strokes in the UK every year.\n"
    )
    assert _speakers(text)["statins prevent at least"] == "Oxford University"


def test_scientists_from_a_country_are_not_a_body() -> None:
    # Guard: a place is no body; the rules for unnamed researchers apply.
    text = (
        _LEAD + "Scientists from Brazil found that the typical American is consuming "
        "too much added sugar.\n"
    )
    assert _speakers(text)["the typical American is"] in (None, "study")
