"""A run of capitalised words is a name only within its sentence.

A full stop after a short word is an abbreviation ("Dr.", "St.", "Prof.") and the run goes
on; after a longer word it ends the sentence, and the run with it.
"""

from __future__ import annotations

import pytest

from sourcetrace.quotes.names import NameBook


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("We speak to coach Nathan Sargeson. Thank you all very much.", ["Nathan Sargeson"]),
        ("Guests included Gianni Infantino. Medscape said so.", ["Gianni Infantino"]),
        ("Dr. Jane Smith said it.", ["Jane Smith"]),
        ("Kevin Davies and Ian St. John spoke.", ["Kevin Davies", "Ian St John"]),
    ],
)
def test_a_name_run_stops_at_the_end_of_its_sentence(text: str, names: list[str]) -> None:
    assert [n.name for n in NameBook(text).names] == names
