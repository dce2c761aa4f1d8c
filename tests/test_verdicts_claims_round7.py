"""Reported-claim verdicts, seventh round (issue 15): figures the release gives elsewhere.

The behaviour test fails on the code before branch t15-cverd; the guards pass on both.
"""

from __future__ import annotations

from conftest import claim_verdict as _verdict

_RELEASE = (
    "FIQ scores differed between the groups, with reductions of 35% and just over 22% "
    "for those given tailored acupuncture. "
    "The trial ran in Spain. Volunteers were recruited from clinics. "
    "Patients given tailored acupuncture were assessed at 10 weeks and again a year later."
)


def test_figures_gathered_from_several_release_sentences_are_the_releases() -> None:
    claim = _verdict(
        _RELEASE,
        "The researchers said that FIQ reductions for tailored acupuncture were 35 percent "
        "at 10 weeks and just over 22 percent at one year.",
    )
    assert claim.verdict == "supported"
    assert "given in other sentences" in (claim.reason or "")


def test_a_figure_with_another_bound_is_still_numbers() -> None:
    # Guard: the release's "at least 42 percent" is not the story's "up to 42 per cent".
    claim = _verdict(
        "At least 42 percent more people will need palliative care by 2040. "
        "The study used death registrations. Its data ran to 2014. "
        "The number of people needing palliative care in England and Wales is likely to "
        "increase substantially by 2040, the researchers said.",
        "The researchers said that up to 42 per cent more people will need palliative care "
        "in England and Wales by 2040.",
    )
    assert (claim.verdict, claim.how) == ("distorted", "numbers")


def test_a_figure_from_a_sentence_about_something_else_is_still_numbers() -> None:
    # Guard: "two" is in the release, but for the trial's groups, not for who died.
    claim = _verdict(
        "One patient in the treated group died within a month of surgery, the study found. "
        "The trial compared two arms.",
        "The study found that two patients in the treated group died within a month of surgery.",
    )
    assert (claim.verdict, claim.how) == ("distorted", "numbers")


def test_a_figure_replaced_by_another_sentences_figure_is_still_numbers() -> None:
    # review: the release's other "40" is about something else; the story replaced "12"
    claim = _verdict(
        "The drug cut the risk of stroke by 12 percent over five years. "
        "The trial ran in Spain. In all, 40 patients with a history of stroke took part.",
        "The researchers said that the drug cut the risk of stroke by 40 percent.",
    )
    assert (claim.verdict, claim.how) == ("distorted", "numbers")
