"""Issue 15, fifteenth round (t15-dist15): classes of wrong ``distorted`` reported claims.

A reported claim called ``distorted`` accuses the story of changing what its release
says. Four classes of wrong accusation, each read from the verdict golds or the 826
InSciOut dev stories: a figure glued to its scale word, figures of kinds that cannot be
compared, a strength read two ways from the same words, and advice whose subject the
source sentence does not hold. Each test fails on 5f8ae1f (the branch point) unless
marked a guard.
"""

from __future__ import annotations

from sourcetrace import Document
from sourcetrace.claims.figure_roles import what_counted
from sourcetrace.claims.figures import figures, figures_new
from sourcetrace.claims.traced import check_story


def _reported(story_sentence: str, release: str) -> tuple[str, str]:
    """The one reported claim's verdict and reason, traced against ``release``."""
    story = "Health news\n\nA study\n\n" + story_sentence + "\n"
    checked = check_story(story, [Document(id="release", text=release)], store=None)
    [reported] = checked.reported
    return reported.verdict or "", reported.reason or ""


# (a) A figure glued to its scale word ("£21billion") is the spaced form's figure.


def test_a_scale_word_glued_to_its_figure_is_the_same_figure() -> None:
    """ "£21billion" was read as 21, so "numbers changed" fired against "£21 billion"."""
    assert (
        figures_new("the cost is £21billion, and 2million people", "£21 billion; 2 million") == []
    )
    assert figures("10years")[0].forms[1].kind == "mo"  # a duration, as "10 years"


def test_a_claim_with_a_glued_figure_is_supported() -> None:
    release = (
        "Public Health England estimates that the total annual cost to society of "
        "alcohol is £21 billion.\n"
    )
    verdict, reason = _reported(
        "Public Health England said that the total annual cost to society of alcohol "
        "is £21billion.",
        release,
    )
    assert verdict == "supported", reason


# (b) Figures of kinds that cannot be compared are no changed figure.


def test_a_fraction_counts_a_share_and_a_unit_in_any_script_is_read() -> None:
    text = "Almost three quarters of the caseload; 140 μg of folic acid"
    counted = [what_counted(text, f) for f in figures(text)]
    assert counted == ["percent", "μg"]


def test_times_against_a_count_and_a_share_is_no_changed_figure() -> None:
    """ "twice as likely" against "498 people" and "three quarters of": the release gives
    no figure of the claim's kind, so the claim is not carried, not distorted."""
    release = (
        "Some 498 people tested positive for alcohol: people who did not live in the "
        "city were significantly more likely to test positive than local residents.\n\n"
        "Almost three quarters of those who tested positive were men.\n"
    )
    verdict, reason = _reported(
        "The researchers said that people who did not live in the city were twice as "
        "likely to test positive than local residents.",
        release,
    )
    assert verdict == "unsupported", reason
    assert "not the source's" in reason


def test_times_against_a_rise_in_per_cent_is_a_changed_figure() -> None:
    """ "twice as likely" against "50% more likely" (1.5 times) compares two figures of
    one kind: a change (on 5f8ae1f the two were read as counting different things)."""
    release = "Smokers were 50% more likely to develop gum disease than non-smokers.\n"
    verdict, reason = _reported(
        "The researchers said that smokers were twice as likely to develop gum disease "
        "than non-smokers.",
        release,
    )
    assert verdict == "distorted", reason


# (c) Both sentences use both cues: the same words, read two ways.


def test_a_strength_read_two_ways_from_the_same_words_is_no_change() -> None:
    release = (
        "Our findings highlight an ongoing need to develop better ways to predict "
        "future risk of mania in people with depression.\n"
    )
    verdict, reason = _reported(
        "The study concluded that scientists need to develop better ways to predict "
        "future risks of mania in people with depression.",
        release,
    )
    assert verdict == "supported", reason


# (d) Advice whose advised action the source sentence does not hold.


def test_advice_the_source_sentence_does_not_hold_is_unsupported() -> None:
    release = (
        "For women living where abortion is restricted, the findings on the safety of "
        "self sourced medical abortion show its vital role.\n"
    )
    verdict, reason = _reported(
        "A spokeswoman said women should be reassured about the safety of medical abortion.",
        release,
    )
    assert verdict == "unsupported", reason
    assert "does not hold what the claim advises" in reason


def test_guard_advice_added_to_what_the_source_says_is_distorted() -> None:
    """Guard: the release says eating less salt lowers blood pressure; the story tells
    adults they should eat less salt: advice added to the same statement."""
    release = "Eating less salt lowered blood pressure in adults, the trial showed.\n"
    verdict, reason = _reported(
        "The researchers said that adults should eat less salt to lower blood pressure.",
        release,
    )
    assert verdict == "distorted", reason
    assert "advice added" in reason


# (d) A drift read from two paragraphs' sentences that hold the claim equally.


def test_a_drift_pooled_from_two_paragraphs_is_withheld() -> None:
    """A figure read from one paragraph and a certainty from the next: neither sentence
    is the statement the story changed, and each holds half of the claim's words."""
    release = (
        "Added sugars represented 1 in every 5 calories in the average ultra-processed "
        "food product.\n\n"
        "A strong linear association emerged between ultra-processed foods and the "
        "overall intake of added sugars.\n"
    )
    verdict, reason = _reported(
        "The researchers said that overall, 14% of all calories could be traced to added sugars.",
        release,
    )
    assert verdict == "unsupported", reason
    assert "two paragraphs' sentences" in reason


def test_guard_a_drift_from_one_sentence_of_a_pair_stays() -> None:
    """Guard: the pair's first sentence holds most of the claim: the accusation stays."""
    release = (
        "Coffee may be linked to a lower risk of stroke in older women.\n\n"
        "The study followed 1,000 people.\n"
    )
    verdict, reason = _reported(
        "The researchers said that coffee cuts the risk of stroke in older women.", release
    )
    assert verdict == "distorted", reason


def test_a_number_word_naming_things_already_named_counts_nothing() -> None:
    """ "a mixture of the two was ideal" gives no figure 2 the release could lack."""
    assert [f.words for f in figures("a mixture of the two was ideal")] == []
    assert [f.words for f in figures("the two groups were compared")] == ["two"]


def test_a_main_statement_whose_advice_the_sentence_lacks_keeps_its_drift() -> None:
    """The reported claim is ``unsupported`` (its sentence does not hold what it
    advises) but keeps the change found, so the lede holding it is still compared with
    that sentence and its advice still counts as added."""
    release = (
        "Women diagnosed with migraines have a slightly increased risk of heart attacks "
        "and strokes, the researchers said.\n"
    )
    story = (
        "Health news\n\nMigraines and the heart\n\n"
        "Researchers said that women diagnosed with migraines should be assessed for "
        "heart attacks and strokes.\n"
    )
    checked = check_story(story, [Document(id="release", text=release)], store=None)
    [reported] = checked.reported
    assert reported.verdict == "unsupported", reported.reason
    assert reported.withheld == "stronger"
    [claim] = [c for c in checked.claims if c.start <= reported.start < c.end]
    assert claim.source is not None and claim.source.id == "release"
    assert claim.drift is not None and claim.drift.advice_added
