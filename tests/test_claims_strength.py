"""Claim strength, population and advice of single statements."""

from __future__ import annotations

import pytest

from sourcetrace.claims import classify_advice, classify_population, classify_strength
from sourcetrace.claims.strength import StrengthPolicy
from sourcetrace.quotes.syntax import load_parser


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Coffee drinkers are at an increased risk of stroke", 2),
        ("Drinking coffee is associated with a longer life", 2),
        ("Researchers found a link between coffee and stroke", 3),
        ("Heading the ball may be linked to dementia", 3),
        ("Fish oil may reduce the risk of dementia", 4),
        ("Standing for five minutes can reduce the chance of diabetes", 5),
        ("Smoking causes lung cancer", 6),
        ("A daily pill cuts heart attacks by a third", 6),
        ("Physiotherapy is no better than rest at home", 1),
        ("Moderate drinking does not appear to affect fertility", 1),
        ("The study surveyed 2,000 adults in Wales", 0),
    ],
)
def test_strength_codes(text: str, code: int) -> None:
    assert classify_strength(text).code == code


def test_strength_names_its_cues() -> None:
    s = classify_strength("New research suggests vitamin D could help fight colds")
    assert s.name == "conditional_causal"
    assert s.cues == ("could help fight",)


def test_nouns_that_look_like_verbs_state_no_cause() -> None:
    # "health" and "treatment" begin like "heal" and "treat" but are not verbs.
    assert classify_strength("Health treatment was offered at the clubs").code == 0


def test_population() -> None:
    assert classify_population("The drug shrank tumours in mice").population == "non_human"
    assert classify_population("Women who run live longer").population == "human"
    assert classify_population("The effect was seen in mice and in humans").population == "mixed"
    context = "Mice were fed the diet. In mice given the drug, tumours shrank. The mice lived."
    p = classify_population("The drug shrank tumours", context=context)
    assert p.population == "non_human" and p.from_context


def test_advice() -> None:
    assert classify_advice("Pregnant women should avoid liquorice").advice == "explicit"
    assert classify_advice("Smokers may benefit from quitting early").advice == "implicit"
    assert classify_advice("Liquorice was linked to preterm birth").advice == "none"


def test_cue_keys_only_skip_patterns_that_cannot_match() -> None:
    from dataclasses import replace

    from sourcetrace.claims.strength import CUES, StrengthPolicy

    plain = StrengthPolicy(cues=tuple(replace(c, keys=()) for c in CUES))
    for text in (
        "Insoles do nothing to ward off running injuries",
        "Coffee drinkers had no increased risks of stroke",
        "Fish oil could be the key to a longer life",
        "Smokers were more prone to infections than non-smokers",
    ):
        assert classify_strength(text) == classify_strength(text, policy=plain)


_NO_PARSE = StrengthPolicy(parse=False)
needs_parser = pytest.mark.skipif(load_parser() is None, reason="needs the quotes extra")


@needs_parser
@pytest.mark.parametrize(
    ("text", "code"),
    [
        # An effect verb the lexicon lacks, as the main predicate (object or by-agent).
        ("Scientists have discovered that mosquitoes are repelled by the smell of chickens", 6),
        ("Green tea rejuvenates the skin, researchers say", 6),
        ("The pills ended the pregnancy at home", 6),
        # A person acting or a count of people describes; it states no effect.
        ("Researchers have published evidence of a high revision rate", 0),
        ("Almost 95% of the pills ended the pregnancy at home", 0),
    ],
)
def test_main_predicate_states_an_effect_the_lexicon_lacks(text: str, code: int) -> None:
    assert classify_strength(text).code == code
    if code:
        assert classify_strength(text, policy=_NO_PARSE).code == 0


@needs_parser
def test_a_modal_over_how_a_group_fares_is_correlational() -> None:
    text = "Parents can expect to live longer than the childless"
    assert classify_strength(text).code == 2
    assert classify_strength(text, policy=_NO_PARSE).code == 5
    # An effect verb under the modal stays a hedged cause.
    assert classify_strength("Parents can cut their risk of stroke by walking").code == 5


@needs_parser
def test_a_relation_inside_the_subject_yields_to_the_predicate() -> None:
    text = "Screening women at high risk of ovarian cancer may reduce deaths from the disease"
    assert classify_strength(text).code == 4
    assert classify_strength(text, policy=_NO_PARSE).code == 2


def test_an_outcome_compared_under_an_intervention_is_causal() -> None:
    text = "Fruit flies live 16% longer than average when given low doses of lithium"
    assert classify_strength(text).code == 6
    assert classify_strength(text).cues == ("when given",)
    # A hedge or a denial still governs.
    assert classify_strength("Flies may live longer when given lithium than without").code == 4
    assert classify_strength("Flies were no better off than others when given lithium").code == 1


def test_a_causal_word_naming_the_outcome_at_risk_is_ambiguous() -> None:
    assert classify_strength("Obese mothers risk shortening the lives of their children").code == 3
    assert classify_strength("Heading the ball carries a risk of brain damage").code == 3


@needs_parser
@pytest.mark.parametrize(
    ("text", "code"),
    [
        # A headline whose verb the small model tags as a plural noun.
        ("Chewing gum sharpens memory", 6),
        ("Obesity hampers recovery from surgery", 6),
        ("Green tea fends off dementia", 6),
        # A study or its people that "highlight" report; names and noun phrases state none.
        ("Sex, lice and pubic shaving: study highlights risks", 0),
        ("Cancer rates in Britain", 0),
        ("BBC News at Six", 0),
    ],
)
def test_a_headline_verb_read_as_a_noun_states_an_effect(text: str, code: int) -> None:
    assert classify_strength(text).code == code
    if code:
        assert classify_strength(text, policy=_NO_PARSE).code == 0


@needs_parser
def test_a_change_verb_whose_subject_is_an_amount_tells_a_trend() -> None:
    text = "The number of people with type 2 diabetes has trebled over the last two decades"
    assert classify_strength(text).code == 0
    assert classify_strength(text, policy=_NO_PARSE).code == 6
    hedged = "The number of people needing palliative care is likely to increase substantially"
    assert classify_strength(hedged).code == 0
    # An exposure that changes an amount states an effect; so does a group given something.
    assert classify_strength("Exercise doubled the number of new brain cells").code == 6
    assert classify_strength("Eating nuts may increase levels of good cholesterol").code == 4
    given = "Levels of vitamin D increased in those who took supplements"
    assert classify_strength(given).code == 6


def test_exposing_people_to_a_risk_states_its_cause() -> None:
    text = "Taking painkillers with sleeping pills puts people at greater risk of an overdose"
    assert classify_strength(text).code == 6
    assert classify_strength("Obesity leaves children at risk of diabetes").code == 6
    # Hedged, it is conditional; a group that is at risk is a correlation.
    assert classify_strength("Painkillers could put people at a higher risk of stroke").code == 4
    assert classify_strength("Smokers are at greater risk of stroke").code == 2
    assert classify_strength("People who were left at home were at higher risk").code == 2


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # The second of two contrasted clauses states the finding the statement ends on.
        ("Green tea might sharpen attention but it does not prevent memory loss", 1),
        ("Whilst runners have a higher risk of knee injury, running does not cause arthritis", 1),
        ("Fish oil has been linked to heart health, but a trial suggests it may ease asthma", 4),
    ],
)
def test_the_second_of_two_contrasted_clauses_governs(text: str, code: int) -> None:
    assert classify_strength(text).code == code
    assert classify_strength(text, policy=StrengthPolicy(contrast=False)).code != code


@pytest.mark.parametrize(
    "text",
    [
        # A relation named by a noun after "but" is mostly what is not known: the hedged
        # cause before it stands.
        "Walking may lower blood pressure, but its long-term effects are unknown",
        "Statins may reduce the risk of clots, but the effect of dose was poorly understood",
        "Salt may raise blood pressure, but no trial has measured the impact of salt on stroke",
    ],
)
def test_a_contrasted_clause_naming_a_relation_by_a_noun_does_not_govern(text: str) -> None:
    assert classify_strength(text).code == 4


@pytest.mark.parametrize(
    "text",
    [
        "The researchers did not find any association between tea and gout",
        "Tea drinkers were no more likely to develop gout",
        "Tea drinkers did not have a higher risk of gout",
        "Tea was not found to increase the risk of gout",
        "Tea has not been shown to cause gout",
        "Tea is not a cause of gout",
        "Tea neither raises nor lowers the risk of gout",
        "Drinking tea makes no difference to gout",
    ],
)
def test_a_negation_reaching_a_relation_denies_it(text: str) -> None:
    assert classify_strength(text).code == 1
    assert classify_strength(text, policy=StrengthPolicy(negation_scope=False)).code != 1


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # The negation belongs to another verb, or is no denial ("not only", "no longer").
        ("People who did not exercise had a higher risk of gout", 2),
        ("Not only is tea linked to gout, it also raises blood pressure", 3),
    ],
)
def test_a_negation_out_of_scope_denies_nothing(text: str, code: int) -> None:
    assert classify_strength(text).code == code


def test_denials_in_the_lexicon() -> None:
    assert classify_strength("The campaign is failing to lower smoking rates").code == 1
    assert classify_strength("The pill failed to significantly reduce pain").code == 1
    assert classify_strength("Tea was unrelated to the risk of gout").code == 1
    assert classify_strength("There was no statistically significant difference in gout").code == 1


def test_an_equivalence_at_an_effect_states_the_effect() -> None:
    # "as good as Y *at easing* pain" says what X does to the pain, not that it makes no
    # difference; a bare equivalence still denies a difference.
    assert classify_strength("Ginger is as good as ibuprofen at easing period pain").code == 6
    assert classify_strength("Ginger is as good as ibuprofen for period pain").code == 1


def test_a_modal_before_a_verb_of_prediction_states_a_sign() -> None:
    # As "may be linked" states a link (3), "can predict" states what a sign tells, not a
    # cause that can happen (5).
    assert classify_strength("A blood test can predict who will develop dementia").code == 3
    assert classify_strength("Sleep patterns may indicate the onset of Parkinson's").code == 3


def test_a_modal_verb_of_prediction_reporting_a_finding_keeps_its_hedge() -> None:
    # "may indicate *that* X reduces Y" reports a hedged cause; another relation governs
    # over the sign.
    text = "The findings may indicate that coffee reduces the risk of stroke"
    assert classify_strength(text).code == 4
    assert classify_strength("A higher score can predict a greater risk of death").code == 2


@needs_parser
@pytest.mark.parametrize(
    "text",
    [
        # The small model hangs the reported clause's subject on the verb of reporting
        # ("discovered *mosquitoes*") when no "that" stands between them.
        "Ethiopian scientists have discovered mosquitoes are repulsed by the smell of chicken",
        "Researchers have found honeybees are repelled by the new pesticide",
    ],
)
def test_a_reported_clause_takes_its_subject_back_from_the_verb_of_reporting(text: str) -> None:
    assert classify_strength(text).code == 6


@needs_parser
def test_an_active_clause_after_an_object_of_finding_takes_no_lent_subject() -> None:
    assert classify_strength("Found home-cooked meals cost half the price of others").code == 0


@needs_parser
@pytest.mark.parametrize(
    ("text", "code"),
    [
        # A causal verb's bare form read as a comparative or a multiplier before a noun: how
        # groups compare (2), not a cause.
        ("Coffee drinkers had lower blood pressure than non-drinkers", 2),
        ("Vegetarians had a lower body mass index", 2),
        ("Home-cooked meals contain almost treble the levels of saturated fat", 2),
        ("Smokers had double the risk of a stroke", 2),
        # A verb stays a verb: after a noun (a headline's subject), a modal or "to".
        ("Statins lower cholesterol in older patients", 6),
        ("Drinking coffee can lower blood pressure", 5),
        ("Exercise helps to lower blood pressure", 6),
        # ... and before a possessive opening its object (after a verb the parse misreads).
        ("Commuters who cycled lower their risk of heart disease", 6),
        ("People who exercise lower their blood pressure", 6),
    ],
)
def test_a_comparative_form_of_a_causal_verb_compares(text: str, code: int) -> None:
    assert classify_strength(text).code == code


@needs_parser
def test_a_verb_is_not_taken_for_a_verb_of_reporting_by_its_spelling() -> None:
    # "send" is not "see" with letters added: the clause is no report, its verb acts.
    assert classify_strength("Energy drinks send teenagers to hospital").code == 6
    # A real inflection still reports: "suggested" is "suggest" + "ed".
    # (a clause verb outside the lexicon, so the parse and its lemma decide)
    assert classify_strength("Researchers suggested green tea rejuvenates the skin").code == 6


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # An efficacy or harm told by an adjective after a copula: the subject's effect.
        ("Aspirin is effective against bowel cancer", 6),
        ("Coffee is protective against liver disease", 6),
        ("Seeking medical abortions online is safe and effective, study finds", 6),
        ("NSAIDs in small doses can be effective", 5),
        ("Processed meat could be detrimental to asthma", 4),
        # Denied, it states no relation; compared or equated, the comparison stands.
        ("Paracetamol is not very effective for back pain", 1),
        ("Talking therapy is just as effective as antidepressants", 1),
        ("A tax could be more effective than a minimum price", 4),
    ],
)
def test_an_efficacy_adjective_after_a_copula_states_an_effect(text: str, code: int) -> None:
    assert classify_strength(text).code == code


def test_results_is_a_noun_unless_it_results_in() -> None:
    # "The results showed …" names the findings; the relation is what they showed.
    text = "The results showed those who drank moderately were less likely to have a stroke"
    assert classify_strength(text).code == 2
    assert classify_strength("The results were published in The BMJ").code == 0
    assert classify_strength("Heading the ball results in brain injury").code == 6
    assert classify_strength("The operation resulted in fewer deaths").code == 6


def test_lead_names_a_role_before_author_or_researcher() -> None:
    assert classify_strength("Lead researcher Dr Jane Smith said the work was careful").code == 0
    assert classify_strength("Dr Smith, lead study author, spoke to reporters").code == 0
    assert classify_strength("Poor sleep can lead to obesity").code == 5
    assert classify_strength("Heading the ball may lead to dementia").code == 4


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # A phrasal verb of doing or consisting: what people do, what a diet is made of.
        ("Patients have stopped taking the drug after the reports", 0),
        ("Ultra-processed foods make up half of all calories eaten", 0),
        # The verbs themselves still act.
        ("Aspirin stops tumours spreading", 6),
        ("The new drug stops bleeding within minutes", 6),
        ("Exercise makes older people happier", 6),
    ],
)
def test_a_phrasal_verb_of_doing_or_consisting_states_no_effect(text: str, code: int) -> None:
    assert classify_strength(text).code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # "more than" before an amount counts, it compares nothing.
        ("More than 200,000 patients were interviewed", 0),
        ("Ultra-processed foods are more than half of all calories eaten", 0),
        ("Less than a third of hospitals offer the service", 0),
        # Before a group or an outcome it compares.
        ("Women earn less than men with the same degree", 2),
        ("Smokers had more strokes than non-smokers", 2),
    ],
)
def test_more_than_an_amount_is_a_quantity(text: str, code: int) -> None:
    assert classify_strength(text).code == code


@needs_parser
def test_a_verb_of_a_studys_method_states_no_effect() -> None:
    assert classify_strength("The Karolinska Institute studied 1.4 million people").code == 0
    assert classify_strength("The research tracked the outcomes of 1,000 women").code == 0


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # "lead" in its sense of leading people or work.
        ("Researchers, led by Dr Jane Smith, interviewed the patients", 0),
        ("Dr Smith, who led the research, spoke to reporters", 0),
        ("A leading expert spoke to reporters", 0),
        # Its causal sense stays.
        ("Obesity led to more deaths in the winter", 6),
        ("Smoking is the leading cause of lung disease", 6),
    ],
)
def test_leading_people_or_work_is_no_effect(text: str, code: int) -> None:
    assert classify_strength(text).code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # "as well as" joins two things; after a verb of performing it equates them.
        ("The research included data from 32 trusts as well as hospitals abroad", 0),
        ("Ginger works as well as ibuprofen for period pain", 1),
        # "no more than" before an amount sets a limit; before a group it denies a difference.
        ("Adults should drink no more than 14 units of alcohol a week", 0),
        ("Women were no more likely than men to die", 1),
    ],
)
def test_look_alikes_of_an_equivalence_or_a_denial(text: str, code: int) -> None:
    assert classify_strength(text).code == code


@needs_parser
def test_a_predicate_under_a_modal_of_obligation_is_advice_not_effect() -> None:
    assert classify_strength("Adults should swallow two tablets with water").code == 0
    assert classify_strength("Patients must rejuvenate the skin daily").code == 0
    assert classify_strength("Green tea rejuvenates the skin").code == 6
