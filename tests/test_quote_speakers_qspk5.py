"""Quotation speakers of issue 15, sixth round second wave (branch t15-qspk5).

Classes of error read on blind sets 3 and 4 only, written as invented stories in the
same news conventions. Each test fails before the change (branch point a33dd32) unless
its docstring calls it a guard.
"""

from __future__ import annotations

from conftest import quote_speakers as _speakers


def test_the_spokesperson_speaks_for_the_body_named_with_them_before() -> None:
    """The body named with a spokesperson before: "A Treasury spokesperson told …"."""
    text = (
        "Sugar levy plans\n\n"
        "A Department of Transport spokesperson told reporters it had no plans for a "
        "levy on fizzy drinks.\n\n"
        '"Heavy duties penalise moderate consumers," the spokesperson said.\n\n'
        '"We keep every option under review," the spokesperson added.\n'
    )
    speakers = _speakers(text)
    assert speakers["Heavy duties penalise moderate consumers,"] == "Department of Transport"
    assert speakers["We keep every option under review,"] == "Department of Transport"


def test_a_spokeswoman_speaks_for_the_company_opening_the_paragraph_before() -> None:
    """The body opening the paragraph before: "Bayer points out …¶“…,” said a spokeswoman"."""
    text = (
        "Implant study\n\n"
        "Women fitted with the implant needed more repeat surgery, the study found.\n\n"
        "Medtronic points out that every patient has a check-up three months later.\n\n"
        '"That alone may explain the higher rate of repeat operations," said a '
        "spokeswoman.\n"
    )
    assert _speakers(text)["That alone may explain the higher rate of repeat operations,"] == (
        "Medtronic"
    )


def test_a_spokeswoman_after_a_person_is_not_given_that_person() -> None:
    """Guard: a person opening the paragraph before is no body a spokeswoman speaks for."""
    text = (
        "Implant study\n\n"
        "Dr Helen Marsh points out that every patient has a check-up later.\n\n"
        '"That alone may explain the higher rate," said a spokeswoman.\n'
    )
    assert _speakers(text)["That alone may explain the higher rate,"] is None


def test_the_spokesman_speaks_for_the_body_a_spokesman_was_named_for() -> None:
    """The body a spokesman was named for: "a spokesman for the Food Standards Agency"."""
    text = (
        "Salt warning\n\n"
        "Most adults eat too much salt, a spokesman for the Food Standards Agency said on "
        "Monday.\n\n"
        '"Ready meals are the main source," the spokesman said.\n'
    )
    assert _speakers(text)["Ready meals are the main source,"] == "Food Standards Agency"


def test_a_quoted_paragraph_after_a_closed_run_of_quoted_paragraphs_continues_it() -> None:
    """A closed run of quoted paragraphs goes on: "X told: ‘…¶‘… in.’¶‘We need …’"."""
    text = (
        "Drinkers at risk\n\n"
        "Harriet Olumide, of Keele University, told The Times: ‘These risks do not just "
        "add up.\n\n"
        "‘They multiply when you add three or four habits in.’\n\n"
        "‘We need people to understand that being overweight carries extra risk.’\n"
    )
    speakers = _speakers(text)
    assert speakers["We need people to understand that being overweight carries extra risk."] == (
        "Harriet Olumide"
    )


def test_a_quoted_paragraph_after_a_closed_quotation_paragraph_continues_it() -> None:
    """Guard (held before): a paragraph only quoted, after one ending on a quotation."""
    text = (
        "Sleep study\n\n"
        "Dr Rosa Ames said: “Teenagers need more sleep than adults.”\n\n"
        "“Schools should start later in the morning.”\n"
    )
    assert _speakers(text)["Schools should start later in the morning."] == "Rosa Ames"


def test_a_role_before_a_name_does_not_hide_the_name() -> None:
    """A study role before the name: "Study author Dr X said: '…'" (single quotes)."""
    text = (
        "Grooming study\n\n"
        "Most adults remove body hair, a survey found.\n\n"
        "Study author Dr Nadia Ferreira said: 'Hair removal has become common practice.'\n\n"
        "Lead researcher Professor Tomas Lindqvist, said: 'We did not expect this.'\n"
    )
    speakers = _speakers(text)
    assert speakers["Hair removal has become common practice."] == "Nadia Ferreira"
    assert speakers["We did not expect this."] == "Tomas Lindqvist"


def test_an_official_is_not_given_the_body_opening_the_paragraph_before() -> None:
    """Only a spokesperson speaks for the body: "an official" may work anywhere."""
    text = (
        "Drug pricing\n\n"
        "Medtronic points out that the price rise reflects the cost of new trials.\n\n"
        '"The company has not explained the figures," an official said.\n'
    )
    assert _speakers(text)["The company has not explained the figures,"] is None
