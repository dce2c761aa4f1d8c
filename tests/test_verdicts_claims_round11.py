"""Reported-claim verdicts, eleventh round (issue 15): long claims carried by many words.

A long claim adds appositions, examples and brand names to what its release says, so the
sentence that says its core holds less than 60 % of its content words; with the count
rule on (``verify.supported_many=8``, off by default), eight shared content words at
40 % or more carry it. A figure in digits the release nowhere gives is not carried. The
behaviour tests fail on the code before branch t15-support; the guards pass on both.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from conftest import claim_verdict as _verdict
from sourcetrace import Document
from sourcetrace.quotes import check, claim_verify, extract
from sourcetrace.quotes.model import Reported
from sourcetrace.quotes.verify import VerifyOptions

_RELEASE = (
    "This is the largest study to date to assess potential risks of taking antiviral "
    "drugs (known as neuraminidase inhibitors) during pregnancy and the results support "
    "previous findings. The study was carried out in four countries. Data came from "
    "national registers."
)
_LONG = (
    "The researchers said it was the largest study ever to assess the potential risks of "
    "taking oseltamivir or zanamivir, better known as Tamiflu and Relenza, the two main "
    "drugs to combat serious flu infections, during pregnancy."
)


_ON = dataclasses.replace(VerifyOptions(), supported_many=8)


def _checked(release: str, story: str, options: VerifyOptions | None = None) -> Reported:
    """The one reported claim of ``story`` checked against ``release`` with ``options``."""
    article = "Health news.\n\n" + story
    quotes, claims = extract(article)
    _, [claim] = check(
        article, quotes, claims, sources=[Document(id="release", text=release)], options=options
    )
    return claim


def test_a_long_claim_sharing_many_words_is_supported_and_says_why() -> None:
    claim = _checked(_RELEASE, _LONG, _ON)
    assert claim.verdict == "supported"
    reason = claim.reason or ""
    assert "holds 9 of its 20 content words (45%" in reason
    assert "a long claim, carried by its 9 shared words (at least 8 at 40%)" in reason
    assert "or at 40% and 8 words" in reason


def test_the_count_rule_is_off_by_default() -> None:
    claim = _checked(_RELEASE, _LONG)
    assert claim.verdict == "unsupported"
    assert "or at 40%" not in (claim.reason or "")


def test_many_words_at_a_small_share_are_not_enough() -> None:
    # Guard: 8 shared words of 24 (33 %) carry nothing.
    claim = _checked(
        _RELEASE,
        "The researchers said it was the largest study ever to assess the potential risks "
        "of taking oseltamivir or zanamivir, better known as Tamiflu and Relenza, the two "
        "main drugs to combat serious flu infections in pregnant women across Europe and "
        "beyond.",
        _ON,
    )
    assert claim.verdict == "unsupported"


def test_fewer_words_at_the_same_share_are_not_enough() -> None:
    # Guard: 5 of 10 content words (50 %): the 60 % share decides, as before.
    claim = _checked(
        _RELEASE,
        "The researchers said the study of flu drugs such as Tamiflu in pregnancy was the "
        "largest ever.",
        _ON,
    )
    assert claim.verdict == "unsupported"


def test_a_long_claim_carried_by_many_words_is_still_checked_for_drift() -> None:
    # Guard: carried, the claim is compared like any other ("causes" / "associated").
    claim = _checked(
        "Eating late at night was associated with weight gain and poorer sleep in adults "
        "aged 40 to 60, the study of 2000 volunteers found. The study ran for a year.",
        "The researchers said that eating late at night, such as crisps and biscuits after "
        "ten in the evening, midnight feasts or greasy takeaway dinners on the sofa, causes "
        "weight gain and poorer sleep in adults aged 40 to 60.",
        _ON,
    )
    assert claim.verdict == "distorted", claim.reason
    assert "a long claim" in (claim.reason or "")


_COMMUTE = (
    "Active commuting by bicycle is associated with a substantial decrease in the risk of "
    "death from cancer and cardiovascular disease, compared with commuting by car, finds a "
    "study in The BMJ today. The study included 263,450 people. About 12% of them cycled."
)


def test_a_figure_the_release_nowhere_gives_is_not_carried() -> None:
    claim = _verdict(
        _COMMUTE,
        "The study found that commuting by bicycle is associated with a 45% lower risk of "
        "death from cancer and cardiovascular disease, compared with commuting by car.",
    )
    assert claim.verdict == "unsupported"
    reason = claim.reason or ""
    assert 'figure(s) "45" are in none of the story\'s sources' in reason
    assert claim.nearest is not None and claim.source is None


def test_a_figure_the_release_gives_in_another_form_is_carried() -> None:
    # Guard: "12 per cent" is the release's "12%", in another sentence.
    claim = _verdict(
        _COMMUTE,
        "The study found that commuting by bicycle, as 12 per cent of them did, is "
        "associated with a substantial decrease in the risk of death from cancer.",
    )
    assert claim.verdict == "supported", claim.reason


def test_the_claim_model_does_not_overturn_a_missing_figure(monkeypatch: Any) -> None:
    # The model (off by default) may upgrade claims the rules leave unsupported, but not
    # one whose figure the release nowhere gives: stand in a model that upgrades all.
    upgraded = claim_verify._ClaimVerdict("supported", None, None, None, "upgraded")
    monkeypatch.setattr(claim_verify, "_weighed", lambda *args: upgraded)
    claim = _checked(
        _COMMUTE,
        "The study found that commuting by bicycle is associated with a 45% lower risk of "
        "death from cancer and cardiovascular disease, compared with commuting by car.",
        dataclasses.replace(VerifyOptions(), claim_model=True),
    )
    assert claim.verdict == "unsupported"
    assert 'figure(s) "45"' in (claim.reason or "")
