"""Drift of a claim against its source sentence."""

from __future__ import annotations

from pathlib import Path

from sourcetrace.claims import calls, compare

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_stronger_with_the_words_that_carry_it() -> None:
    d = compare("Fish oil cuts the risk of dementia", "Fish oil may cut the risk of dementia")
    assert d.strength == "stronger" and d.distorted
    assert (d.changes[0].claim_words, d.changes[0].source_words) == ("cuts", "may cut")
    assert '"cuts"' in d.reason and '"may cut"' in d.reason


def test_weaker_and_same_are_not_distorted() -> None:
    assert compare("Fish oil may cut the risk", "Fish oil cuts the risk").strength == "weaker"
    d = compare("Fish oil cuts dementia risk", "Fish oil reduces dementia risk")
    assert d.strength == "same" and not d.distorted


def test_population_widened() -> None:
    d = compare("Red wine protects people's hearts", "Red wine protected the hearts of mice")
    assert d.population_widened and d.distorted


def test_numbers_changed_and_polarity() -> None:
    assert compare("Sugar tax cut sales by 30%", "Sugar tax cut sales by 13%").numbers_changed
    assert not compare("Sugar tax cut sales by 13%", "Sugar tax cut sales by 13%").numbers_changed
    d = compare("Insoles prevent running injuries", "Insoles do not prevent running injuries")
    assert d.polarity_reversed and d.strength is None


def test_advice_added() -> None:
    d = compare("Parents should give children fish oil", "Fish oil was linked to higher grades")
    assert d.advice_added


def test_actor_rule_is_general() -> None:
    assert [c.who for c in calls("The minister urged local councils to act")] == ["local councils"]
    changed = compare("She called on doctors to act", "She called on ministers to act")
    assert changed.actor_changed
    same = compare("She called on leading doctors to act", "She called on all doctors to act")
    assert not same.actor_changed
    denied = compare("He called on doctors to act", "He did not call on doctors to act")
    assert denied.actor_changed


def test_example_lede_changes_who_is_asked_to_act() -> None:
    lede = (EXAMPLES / "article.txt").read_text().split("\n")[0]
    headline = (EXAMPLES / "press_release.txt").read_text().split("\n")[0]
    d = compare(lede, headline)
    assert d.actor_changed and d.distorted
    actor = next(c for c in d.changes if c.kind == "actor")
    assert "rights groups" in actor.claim_words
    assert "Decision-Makers" in actor.source_words
