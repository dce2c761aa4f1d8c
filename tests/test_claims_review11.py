"""rev_user11's findings 5, 7 and 9 on claims: each a class of defect, mended."""

from __future__ import annotations

from sourcetrace import Document
from sourcetrace.claims.drift import Change, Drift, compare, label
from sourcetrace.claims.main import sentence_spans
from sourcetrace.claims.story import story_claims
from sourcetrace.quotes.claim_drift import counted
from sourcetrace.quotes.model import Reported, SourceSpan, Speaker
from sourcetrace.report.claims import claims_view

RELEASE = (
    "Heavier mothers have babies with shorter telomeres\n\n"
    "Every one-point increase in a mother's BMI shortened her baby's telomeres by about "
    "50 bases, the study of 743 mothers found. "
    "The team measured telomeres in cord blood and placenta samples.\n"
)
SENTENCE = (
    "Adults lose about 32.2 to 45.5 bases a year, and every one-point increase in a "
    "mother's BMI shortens her baby's telomeres by about 50 bases, the team said."
)
STORY = (
    "Heavier mothers may shorten baby's life\n\n"
    "A mother's weight in pregnancy is linked to the length of her baby's telomeres. "
    + SENTENCE
    + "\n"
)
CLAIM = "every one-point increase in a mother's BMI shortens her baby's telomeres by about 50 bases"


def test_a_reported_claim_s_figures_are_its_own_not_its_sentence_s() -> None:
    """Finding 5: 32.2 and 45.5 lie outside the claim; they are not its changed figures."""
    start = STORY.index(CLAIM)
    src = RELEASE.index("Every one-point")
    end = RELEASE.index("found.") + len("found.")
    r = Reported(
        CLAIM,
        start,
        start + len(CLAIM),
        Speaker(name=None, mention="the team"),
        cue="said",
        verdict="supported",
        source=SourceSpan("pr", src, end),
        similarity=0.8,
    )
    claims = story_claims(STORY, sources=[Document(id="pr", text=RELEASE)], reported=[r])
    got = next(c for c in claims if c.kind == "reported")
    assert got.drift is not None
    assert not got.drift.numbers_changed, got.drift.reason


def test_compare_reads_figures_of_the_claim_only() -> None:
    source = "Every one-point increase in BMI shortened telomeres by about 50 bases."
    whole = compare(SENTENCE, source)
    own = compare(SENTENCE, source, figures_of=CLAIM)
    assert whole.numbers_changed and not own.numbers_changed


def test_a_strength_not_counted_is_not_turned_into_same() -> None:
    """Finding 5: the ranking stays, marked not counted; a null ranking stays null."""
    claim, source = "Fish oil may increase memory", "Fish oil use may increase memory, we found"
    a, b = label(claim), label(source)
    ranked = Drift(
        "stronger", changes=(Change("strength", "increase", "may increase"),), reason="stronger"
    )
    kept = counted(ranked, a, b, claim, source)
    assert kept.drift.strength == "stronger"
    assert not kept.drift.strength_counted and not kept.drift.distorted
    assert not kept.drift.stronger
    unranked = Drift(
        None, population_widened=True, changes=(Change("population", "", "mice"),), reason="x"
    )
    kept = counted(unranked, a, b, "It may increase memory", source)
    assert kept.drift.strength is None and not kept.drift.distorted
    assert kept.drift.to_dict()["strength_counted"] is True


def _card(drift: dict[str, object] | None) -> dict[str, object]:
    claim = {"text": "x", "kind": "main", "role": "lede", "drift": drift, "source": None}
    return claims_view({"claims": [claim]})[0]


def test_cards_are_coloured_by_what_the_drift_says() -> None:
    """Finding 5: weaker and not comparable are not green; not counted is not "same"."""
    weaker = _card({"strength": "weaker", "distorted": False, "changes": []})
    none = _card({"strength": None, "distorted": False, "changes": []})
    uncounted = _card(
        {"strength": "stronger", "strength_counted": False, "distorted": False, "changes": []}
    )
    same = _card({"strength": "same", "distorted": False, "changes": []})
    red = _card({"strength": "stronger", "distorted": True, "changes": []})
    assert (weaker["tone"], weaker["drift_word"]) == ("weaker", "weaker")
    assert (none["tone"], none["drift_word"]) == ("unchecked", "not comparable")
    assert (uncounted["tone"], uncounted["drift_word"]) == ("unchecked", "stronger, not counted")
    assert same["tone"] == "supported" and red["tone"] == "unsupported"
    assert _card(None)["drift_word"] == "no source sentence"


ADVISING = (
    "Flu jabs cut the number of sick days staff take\n\n"
    "Workers who had a flu jab took fewer sick days, a study of offices found. "
    "To prevent one case of flu, 40 people need to be vaccinated, the authors said. "
    "At those times, people should stay at home, the NHS guideline says.\n"
)


def test_a_claim_s_advice_is_its_own_sentence_s() -> None:
    """Finding 7: the headline gives no advice; the advice of other sentences is not its."""
    claims = story_claims(ADVISING)
    head = next(c for c in claims if c.role == "headline")
    assert head.labels.advice.advice == "none"
    assert not any("should" in w or "need to" in w for w in head.labels.cues)
    assert head.labels.text_advice is not None
    assert head.labels.text_advice.advice == "explicit"  # the text's, kept apart


def test_advice_added_reads_the_source_text_s_advice() -> None:
    """The claim's advice is added only when its source's text gives none as strong."""
    release = (
        "Flu jabs cut sick days, a study found. People should get a flu jab, the team said. "
        "Employers should offer jabs at work."
    )
    source = "Flu jabs cut sick days, a study found."
    claim = "People should get a flu jab to cut sick days, a study found."
    d = compare(
        claim,
        source,
        claim_labels=label(claim, context=claim),
        source_labels=label(source, context=release),
    )
    assert not d.advice_added
    alone = compare(claim, source)
    assert alone.advice_added


def test_an_addressee_heading_its_clause_gives_advice() -> None:
    """Finding 7: "any parent …, should" is advice, its addressee far from "should"."""
    from sourcetrace.claims.advice import classify_advice

    got = classify_advice(
        "But any parent looking to provide their child with a varied diet, should probably "
        "not rely solely on this source."
    )
    assert got.advice == "explicit"
    reported = classify_advice(
        "Ready meals are convenient, they say, but suggest that any parent looking to "
        "provide their child with a varied diet, should probably not rely on them"
    )
    assert reported.advice == "explicit"  # the clause opens after "that"
    assert classify_advice("The results, the team said, should be confirmed.").advice == "none"


def test_main_statements_are_not_cut_at_an_abbreviation() -> None:
    """Finding 9: "E. coli", "Dr." and "a U.K. study" stay inside their statement."""
    from sourcetrace.claims.main import main_statements

    story = (
        "Manuka honey fights superbugs\n\n"
        "Manuka honey can keep catheters free of infection, a U.K. study suggests. "
        "The research found that it was particularly effective against a dangerous form of "
        "E. coli bacteria, said lead study author Dr. Jane Smith of the university. "
        'The team called the result "a surprise." It was published in a journal.\n'
    )
    texts = [story[s.start : s.end] for s in main_statements(story)]
    assert any(t.endswith("a U.K. study suggests") for t in texts), texts
    assert any("E. coli bacteria, said lead study author Dr. Jane Smith" in t for t in texts)
    spans = sentence_spans(story)
    assert (story.index("The team called"), story.index(" It was published")) in spans
