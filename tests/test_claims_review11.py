"""A first user's review of claim strength and alignment (issue 17, findings 2, 3 and 8)."""

from __future__ import annotations

import pytest

from sourcetrace.claims import classify_strength
from sourcetrace.quotes.syntax import load_parser

needs_parser = pytest.mark.skipif(load_parser() is None, reason="needs the quotes extra")


@needs_parser
@pytest.mark.parametrize(
    ("text", "code"),
    [
        # The group acts on someone else: the modal hedges an effect.
        ("Mothers who are overweight before pregnancy can rob their baby of 17 years of life", 5),
        ("Fathers who smoke could deprive their children of healthy years", 4),
        # How the group fares: its own outcome, a verb it undergoes, no object.
        ("Parents can expect to live longer than the childless", 2),
        ("Smokers could suffer more heart attacks than non-smokers", 2),
        ("People with the syndrome can experience higher levels of visual stress", 2),
    ],
)
def test_a_modal_over_a_group_hedges_what_it_does_to_others(text: str, code: int) -> None:
    assert classify_strength(text).code == code


@needs_parser
def test_a_modal_over_a_group_the_parse_left_without_a_subject() -> None:
    # The small model reads "men" as a conjunct of "60": the clause's first noun is the group.
    text = (
        "The analysis found that at the age of 60, men and women with children on average "
        "could expect to live for another 18.4 and 23.1 years, respectively"
    )
    assert classify_strength(text).code == 2
