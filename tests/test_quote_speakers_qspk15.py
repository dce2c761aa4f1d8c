"""Quotation speakers on held-out news, by class (issue 15, fifteenth round, branch t15-qspk15).

Classes of error read on blind sets 2 and 4 (the blind 20 and blind set 3 held out until
the rules were fixed), written as invented stories in the same news conventions. Each
test fails before the change (branch point 5f8ae1f) unless its docstring calls it a guard.
"""

from __future__ import annotations

import pytest

from conftest import quote_speakers as _speakers
from sourcetrace.quotes.groups import research_team
from sourcetrace.quotes.speakers import load_ner


@pytest.mark.skipif(load_ner() is None, reason="needs spaCy's NER (the 'quotes' extra)")
def test_a_person_named_by_surname_alone_speaks_though_ner_misses_the_name() -> None:
    """A name NER never recognises speaks when its surname alone is a reporting verb's subject.

    "Babak Khoshnood of INSERM … “…,” says Khoshnood." The small model labels no entity on
    the name, so the speaker was dropped to None as a fragment would be.
    """
    text = (
        "Call to add folic acid to bread\n\n"
        "Babak Khoshnood of INSERM, the French national health research institute, and his "
        "colleagues have analysed the rate of defects recorded in 28 registries.\n\n"
        "“The main problem is that you are meant to take folic acid a month before,” says "
        "Khoshnood.\n"
    )
    assert (
        _speakers(text)["The main problem is that you are meant to take folic acid a month before,"]
        == "Babak Khoshnood"
    )


def test_a_title_and_first_name_is_the_person_named_in_full() -> None:
    """ "Dr Chris said:" after "This Morning's Dr Chris Steele": the fullest name, not "Chris"."""
    text = (
        "TV doctor warns mums\n\n"
        "This Morning's Dr Chris Steele has warned pregnant women about eating for two.\n\n"
        "Researchers at Baylor College of Medicine studied 157 mothers.\n\n"
        'Dr Chris said: "The dementia atlas lays bare the stark regional differences."\n'
    )
    assert _speakers(text)["The dementia atlas lays bare the stark regional differences."] == (
        "Chris Steele"
    )


def test_the_gp_is_a_description_of_the_person_not_a_name() -> None:
    """ "the GP added" resolves as "the doctor" would, to the person; it gave "GP"."""
    text = (
        "TV doctor warns mums\n\n"
        "Dr Chris Steele has warned pregnant women about eating for two.\n\n"
        '"Those microbes can affect the development of immune systems," the GP added.\n'
    )
    assert _speakers(text)["Those microbes can affect the development of immune systems,"] == (
        "Chris Steele"
    )


def test_a_bare_quotation_after_a_quotation_over_two_paragraphs_goes_on_with_its_speaker() -> None:
    """A quotation that closes a paragraph later than it opens is continued from there.

    "Dr Mclean concluded: '…¶'… coroners' personal …¶'They will …'": the quotation closes
    (at a plural's apostrophe) in the paragraph after the one it opens in; the bare
    quotation of the next paragraph goes on with its speaker, counted from where it
    closes, not from where it opens.
    """
    text = (
        "Coroners disagree\n\n"
        "Dr Maxwell Mclean concluded: 'Coroners faced with identical case information may "
        "make widely different decisions.\n\n"
        "'Disparity appears to arise from coroners' personal interpretation of the facts.\n\n"
        "'They will sometimes adopt polar opposite positions with identical evidence.'\n"
    )
    speakers = _speakers(text)
    assert (
        speakers["They will sometimes adopt polar opposite positions with identical evidence."]
        == "Maxwell Mclean"
    )


def test_a_team_led_by_an_untitled_person_with_a_role_is_named_by_the_role_s_body() -> None:
    """ "the researchers, who were led by X, a researcher at the University of Y": the body."""
    text = (
        "Ultraprocessed foods\n\n"
        "“Limiting the consumption of ultraprocessed foods may be a highly effective way to "
        "decrease added sugars,” wrote the researchers, who were led by Euridice Martinez "
        "Steele, a researcher at the University of Sao Paulo in Brazil.\n"
    )
    assert research_team(text).name == "University of Sao Paulo"
    assert (
        _speakers(text)[
            "Limiting the consumption of ultraprocessed foods may be a highly effective way to "
            "decrease added sugars,"
        ]
        == "University of Sao Paulo"
    )


def test_a_named_study_keeps_the_words_after_its_of() -> None:
    """ "The Multicentre Study of Self-harm in England found …"; later "The study … said"."""
    text = (
        "Self-harm rose after the recession\n\n"
        "The Multicentre Study of Self-harm in England found that episodes involving men "
        "rose after 2008.\n\n"
        "The study said the rise was “likely to be related to the recent economic "
        "recession, as has been found for suicide.”\n"
    )
    assert (
        _speakers(text)[
            "likely to be related to the recent economic recession, as has been found for suicide."
        ]
        == "Multicentre Study of Self-harm in England"
    )


def test_initials_are_no_first_name() -> None:
    """Guard: "the FA said" is not given a name that opens with "FA" (found outside the golds)."""
    from sourcetrace.quotes.names import NameBook

    text = "The FA There report came out.\n\nA spokesman for the FA said it would act.\n"
    book = NameBook(text)
    assert book.resolve("the FA", text.index("the FA said")) != "FA There"


def test_a_study_placed_in_a_town_keeps_its_own_name() -> None:
    """Guard: "the Framingham Heart Study in Massachusetts": "in" alone places the work."""
    from sourcetrace.quotes.names import NameBook

    text = "Data came from the Framingham Heart Study in Massachusetts, the team said.\n"
    assert "Framingham Heart Study" in {nm.name for nm in NameBook(text).names}
