"""The claims parse only what their labels read (issue 17, speed point)."""

from __future__ import annotations

import pytest

from sourcetrace.claims import predicate
from sourcetrace.claims.strength import classify_strength, find_cues, needs_parse
from sourcetrace.quotes.syntax import load_parser

pytestmark = pytest.mark.skipif(load_parser() is None, reason="needs the quotes extra")

# No cue, and no verb that could state an effect ("was" is a light verb).
NO_EFFECT_VERB = "The old town hall was quiet on a cold Sunday morning."
# No cue, and an effect verb the lexicon lacks: the parse is needed and read.
EFFECT_VERB = "Mosquitoes are repulsed by the smell of chickens."


def test_cue_that_leaves_no_question_is_not_parsed() -> None:
    # A change verb among those given something is an experiment's outcome: the trend
    # question is never asked, so the statement needs no parse.
    text = "Blood pressure increased in patients who took the drug."
    predicate.clear()
    assert find_cues(text)
    assert needs_parse(text) is False
    classify_strength(text)
    assert text not in predicate._PARSES


def test_open_questions_still_parse() -> None:
    predicate.clear()
    assert needs_parse(EFFECT_VERB) is True
    assert needs_parse("Doctors can now say that coffee causes cancer.") is True
    assert needs_parse("Obesity causes diabetes, and the number of cases has doubled.")


def test_no_effect_verb_is_tagged_but_not_parsed() -> None:
    predicate.clear()
    predicate.prime([NO_EFFECT_VERB, EFFECT_VERB])
    assert not predicate._PARSES[NO_EFFECT_VERB].has_annotation("DEP")
    assert predicate._PARSES[EFFECT_VERB].has_annotation("DEP")
    assert predicate.effect_predicate(NO_EFFECT_VERB) is None
    assert predicate.effect_predicate(EFFECT_VERB) is not None


def test_structure_question_parses_a_tagged_statement() -> None:
    predicate.clear()
    predicate.prime([NO_EFFECT_VERB])
    assert predicate.subject_span(NO_EFFECT_VERB) == (0, len("The old town hall"))
    assert predicate._PARSES[NO_EFFECT_VERB].has_annotation("DEP")


STATEMENTS = [
    NO_EFFECT_VERB,
    EFFECT_VERB,
    "Chewing gum sharpens memory in older adults",
    "Painkillers up the risk of heart attacks, researchers said.",
    "The study, published on Tuesday, was carried out in Sweden.",
    "It is the first time such a large group has been followed.",
    "Researchers said they found that the scientists showed that mice grew fat.",
]


def test_same_answers_as_the_full_parse() -> None:
    nlp = load_parser()
    full = dict(zip(STATEMENTS, predicate._pipe(nlp, STATEMENTS), strict=True))
    predicate.clear()
    fast = [predicate.effect_predicate(t) for t in STATEMENTS]
    predicate.clear()
    predicate._PARSES.update(full)
    assert fast == [predicate.effect_predicate(t) for t in STATEMENTS]
    predicate.clear()


def test_each_claim_is_labelled_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from sourcetrace.claims import story
    from sourcetrace.documents import Document

    text = (
        "Fish oil cuts dementia risk\n\n"
        "Taking fish oil every day cuts the risk of dementia in older people, a study found.\n"
    )
    release = Document(
        "r1",
        "Older adults who took fish oil every day were less likely to develop dementia.\n",
    )
    asked: list[str] = []
    inner = story.label

    def counted(statement: str, **kw: object) -> object:
        asked.append(statement)
        return inner(statement, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(story, "label", counted)
    claims = story.story_claims(text, sources=[release])
    assert claims and all(c.source is not None for c in claims)
    for c in claims:
        assert asked.count(c.text) == 1
        assert c.drift is not None
