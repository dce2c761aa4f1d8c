"""Findings of the thirteenth first-user review (rev-user13), each mend with a test.

Each test fails on ca12555 (the branch point) unless marked a guard.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcetrace.claims import compare
from sourcetrace.claims.figures import bounds_kept, figures, figures_new
from sourcetrace.documents import Document
from sourcetrace.quotes import check, extract
from sourcetrace.report.claims import marks


def _claims(release: str, story: str) -> list:  # type: ignore[type-arg]
    article = "Health news.\n\n" + story
    quotes, claims = extract(article)
    _, checked = check(article, quotes, claims, sources=[Document(id="release", text=release)])
    return list(checked)


_EATING_RELEASE = (
    "Around 15.3% of women in the study reported having an eating disorder at some point "
    "in their life and 3.6% reported an eating disorder in the past 12 months."
)


def test_finding1_a_pronoun_one_is_no_changed_figure() -> None:
    """ "3.6 per cent said they had one over the past year": the "one" is the eating
    disorder just named, not the figure 1, and the claim was `distorted` (numbers) against
    a release that says the same (news-26-036-hindependent, a false accusation)."""
    story = (
        "During their research, they found that 3.6 per cent of the women said they had "
        "an eating disorder over the past year and 3.6 per cent said they had one over "
        "the past year."
    )
    checked = _claims(_EATING_RELEASE, story)
    assert checked
    assert not any(c.verdict == "distorted" for c in checked)
    claim = "3.6 per cent said they had one over the past year"
    assert figures_new(claim, _EATING_RELEASE) == []


@pytest.mark.parametrize(
    "text",
    [
        "they had one over the past year",
        "one of the women had it",
        "the one that worked",
        "each one was tested",
        "one's risk of dying",
        "they had one, but not the other",
    ],
)
def test_finding1_one_as_a_pronoun_gives_no_figure(text: str) -> None:
    assert [f.words for f in figures(text)] == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("one year later", ["one"]),
        ("one person died", ["one"]),
        ("only one patient in the trial", ["one"]),
        ("one in three people", ["one in three"]),
        ("one or two doses", ["one", "two"]),
        ("at one, three or six months", ["one", "three", "six"]),
    ],
)
def test_finding1_guard_one_counting_a_noun_is_still_a_figure(text: str, words: list[str]) -> None:
    """Guard (passes before): "one" before the noun it counts, or in a share, is a figure."""
    assert [f.words for f in figures(text)] == words


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("studied over 5,000 women", "a UK study of 5,658 women"),
        ("studied more than 5,000 women", "a UK study of 5,658 women"),
        ("nearly 6,000 women took part", "5,658 women took part"),
        ("about 40 per cent of women", "43% of women"),
        ("some 40 people were tested", "44 people were tested"),
    ],
)
def test_finding2_a_round_figure_given_as_a_bound_is_the_releases_figure(
    claim: str, source: str
) -> None:
    """ "Researchers … studied over 5,000 women" against the release's "5,658 women" was
    "numbers changed" (a main statement's accusation on news-26-036-hindependent): a
    figure after "over", "nearly" or "about" is the release's figure rounded at its last
    non-zero digit."""
    assert figures_new(claim, source) == []
    assert not compare(f"The study {claim}.", f"The study had {source}.").numbers_changed


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("studied over 5,000 women", "a UK study of 4,658 women"),
        ("studied over 5,000 women", "a UK study of 7,658 women"),
        ("nearly 6,000 women took part", "6,400 women took part"),
        ("about 40 per cent of women", "47% of women"),
        ("studied 5,000 women", "a UK study of 5,658 women"),
        ("14% of all calories came from sugars", "more than 10% of their energy intake"),
    ],
)
def test_finding2_guard_a_bound_the_releases_figure_breaks_is_still_changed(
    claim: str, source: str
) -> None:
    """Guard (passes before): a bound the release's figure is outside of, a round figure
    given without a bound, or an exact figure where the release gives only a bound (the
    story's "14%" for a release's "more than 10%") is still a changed figure."""
    assert figures_new(claim, source) != []


def test_finding3_a_figure_with_a_thousands_comma_is_marked_whole() -> None:
    """The claims section marked "5" and "000" of "5,000", and "658" of "5,658", because
    the change's words were split at every comma (HTML report and web page)."""
    runs = marks("In a UK study of 5,658 women in their 40s, 3% were", "40s, 5,658, 3")
    assert [piece for on, piece in runs if on] == ["5,658", "40s", "3"]


def test_finding3_a_word_is_not_marked_inside_another() -> None:
    """ "one" was marked inside "someone"; it is marked where it stands as a word."""
    runs = marks("someone said they had one", "one")
    assert runs == [(False, "someone said they had "), (True, "one")]


def test_finding4_a_reported_claims_share_says_what_it_is(
    tmp_path: Path, release_text: str, article_text: str
) -> None:
    """The web page's reported-claim cards showed a bare "0.56" beside the verdict; the
    quotation cards' figure said "similarity to the source" on hover, these said nothing."""
    pytest.importorskip("fastapi", reason="the web app needs: pip install 'sourcetrace[web]'")
    pytest.importorskip("httpx", reason="the in-process client needs httpx")
    from fastapi.testclient import TestClient

    from sourcetrace import Index
    from sourcetrace.web import create_app

    path = tmp_path / "web.db"
    with Index.open(path) as index:
        index.add([Document(id="press_release", text=release_text, date="2023-08-09")])
    with TestClient(create_app(path), base_url="http://127.0.0.1") as client:
        page = client.post("/trace", data={"text": article_text}).text
    reported = page[page.index('id="reported-h"') :]
    assert '<span class="sim" title="share of the claim\'s content words' in reported


def test_finding2_a_bound_read_where_it_stands() -> None:
    """A round figure's bound is the release's figure rounded in the release's other
    sentences too, and a bound word's figure is read in its sentence: "at least one
    session" counts one (guard for the pronoun reading of finding 1)."""
    assert bounds_kept("studied over 5,000 women", "a UK study of 5,658 women")
    assert not bounds_kept("at least one session a week", "at least 45 minutes per session")
    assert not bounds_kept("up to 42 per cent", "at least 42 percent")
    assert bounds_kept("just over 22 percent", "just over 22%")
    # A round count at the range's far end is no rounding of the bound ("30 day" deaths
    # are not the doctors "under 40").
    assert not bounds_kept("treated by a doctor under 40", "30 day mortality, aged 40-49")


def test_finding5_a_claim_sharing_no_word_names_no_nearest_sentence() -> None:
    """ "the results should be interpreted with caution" (an outside expert's comment,
    news-25-188-express) was `unsupported` with "the nearest (pr-25-188 0-81) holds 0 of
    its content words (0%)" and the release's title shown as the sentence checked: with no
    word shared, any sentence is as near. It names none and says none holds a word."""
    release = (
        "Very low frequency electromagnetic field exposure linked to motor neurone disease."
        "\n\nThis is an observational study so no firm conclusions can be drawn."
    )
    story = "Professor Christian Holscher said the results should be interpreted with caution."
    [claim] = _claims(release, story)
    assert claim.verdict == "unsupported"
    assert claim.nearest is None
    assert claim.reason is not None and "none holds any of its content words" in claim.reason
