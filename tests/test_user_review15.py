"""Findings of the fifteenth first-user review (rev-user15), each mend with a test.

Each test fails on 5f8ae1f (the branch point) unless marked a guard. The sentences are
written for the tests, in the shapes the review found, not copied from the stories.
"""

from __future__ import annotations

from sourcetrace.quotes.reported import extract_reported

_LEAD = "Health news of the day.\n\n"


def _claims(sentence: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.text, r.speaker.name, r.speaker.mention) for r in extract_reported(_LEAD + sentence)]


def test_a_clause_after_the_cue_is_the_claim_not_an_inverted_speaker() -> None:
    """ "But Name, at Body, Country, says the results should be …": the claim was the
    name and its description, and its speaker "the results should be interpreted with
    caution" (news-25-188-newscientist: claim and speaker swapped)."""
    got = _claims(
        "But Maria Lopez, at Keele University, UK, says the findings should be treated "
        "with great care."
    )
    assert got == [("the findings should be treated with great care", "Maria Lopez", "Maria Lopez")]


def test_a_long_description_before_the_cue_no_longer_swaps_claim_and_speaker() -> None:
    """ "Name, a professor …, in Town, Region, said that the results do not mean …": the
    description's commas made the sentence read as "Claim, said X", with the name as the
    claim and the clause as its speaker (news-25-137-nytimes). No claim is better."""
    got = _claims(
        "The senior author, Ann Novak, a professor in the school of surgery at Queen's "
        "University in Kingston, Ontario, said that the results do not mean that the "
        "operation is useless for sprained ankles."
    )
    assert not [claim for claim in got if claim[0].startswith("The senior author")]
    assert not [claim for claim in got if (claim[2] or "").startswith("that the results")]


def test_a_relative_clause_in_the_description_is_no_claim_and_no_speaker() -> None:
    """ "Name, daughter of …, who died …, aged 59, said such findings are no surprise":
    the speaker was "such findings" and the claim the description (news-22-030-dailystar).
    """
    got = _claims(
        "Jane Hill, sister of the former Leeds midfielder Tom Hill, who died of a brain "
        "disease in 2009, aged 61, said such findings were no surprise."
    )
    assert not [claim for claim in got if claim[0].startswith("Jane Hill")]
    assert not [claim for claim in got if claim[1] == "such findings"]


def test_guard_an_inverted_speaker_noun_phrase_is_still_a_speaker() -> None:
    """Guard: "Claim, said a study Thursday which …" keeps the study as its speaker."""
    got = _claims(
        "Half of the common infections in children are now resistant, said a study "
        "Thursday which reopened the debate."
    )
    assert [(text, mention) for text, _, mention in got] == [
        ("Half of the common infections in children are now resistant", "a study Thursday")
    ]


def test_a_pseudo_cleft_claim_starts_after_its_copula() -> None:
    """ "What our study shows is that …": the claim began "is that …" and its speaker
    was the word "What" (news-22-004-nzherald; the guide's span is the that-clause)."""
    got = _claims(
        "What our study shows is that some babies are far better at judging their hunger "
        "than others."
    )
    assert [(text, mention) for text, _, mention in got] == [
        ("some babies are far better at judging their hunger than others", "our study")
    ]


def test_a_cleft_with_that_but_no_what_starts_after_that() -> None:
    """ "… the paper highlights is that …" (a broadcast's cleft without "what")."""
    got = _claims(
        "And this is something the report highlights is that few of the patients ever "
        "asked for help."
    )
    assert [text for text, _, _ in got] == ["few of the patients ever asked for help"]


def test_guard_a_demonstrative_that_after_the_cue_is_left_as_it_was() -> None:
    """Guard: "said that is …" is not a cleft: the cue's own "that" opened the claim."""
    before = _claims("The researchers said that the cost is a real worry for the NHS.")
    assert [text for text, _, _ in before] == ["the cost is a real worry for the NHS"]


_UNNAMED_CLAIM = {
    "text": "height has an effect on income and the cause has yet to be found",
    "start": 0,
    "end": 60,
    "speaker": {"name": None, "mention": "While the evidence", "mention_start": 0},
    "cue": "suggests",
    "verdict": "unsupported",
    "reason": "no source sentence carries it",
}


def test_terminal_shows_an_unnamed_speaker_as_unnamed_not_as_its_words() -> None:
    """A claim whose speaker the tool left unnamed (``name`` null) showed its words as the
    speaker: "While the evidence", "What", "British", "experts have" stood in the speaker
    column of the terminal and on the cards, as if they were names."""
    import io

    from rich.console import Console

    from sourcetrace.report.terminal import render_quotes

    buf = io.StringIO()
    render_quotes(
        {"quotes": [], "reported": [_UNNAMED_CLAIM]}, console=Console(file=buf, width=200)
    )
    shown = buf.getvalue()
    assert "unnamed (“While the evidence”)" in shown


def test_cards_show_an_unnamed_speaker_as_unnamed() -> None:
    """The HTML report's and the web page's cards read the speaker through one filter."""
    from sourcetrace.report.html import environment
    from sourcetrace.report.speakers import speaker_label

    env = environment()
    card = env.from_string("{{ r.speaker|speaker }}").render(r=_UNNAMED_CLAIM)
    assert card == "unnamed (“While the evidence”)"
    assert speaker_label({"name": "Tim Frayling", "mention": "professor Tim Frayling"}) == (
        "Tim Frayling"
    )
    assert speaker_label(None) == "unknown speaker"
