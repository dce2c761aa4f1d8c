"""The figures entry point keeps its public names after the reading moved out."""

from __future__ import annotations

import sourcetrace.claims.figures as figures_module
from sourcetrace.claims import figure_reading

# Every public name ``sourcetrace.claims.figures`` defined before the split that moved.
MOVED = ("Kind", "Value", "Figure", "MAX_DIGITS", "CURRENCY", "figures")
STAYED = (
    "numbers",
    "figures_new",
    "figures_agree",
    "figures_absent",
    "units_kept",
    "bounds_kept",
    "figures_given",
)


def test_public_names_are_still_imported_from_figures() -> None:
    for name in MOVED:
        assert getattr(figures_module, name) is getattr(figure_reading, name), name
    for name in STAYED:
        assert getattr(figures_module, name).__module__ == "sourcetrace.claims.figures", name
    assert set(figures_module.__all__) == {*MOVED, *STAYED}


def test_the_comparisons_read_figures_as_the_reading_does() -> None:
    text = "a third fewer, 27 per cent, 1,500 people with type 2 diabetes"
    assert figures_module.numbers(text) == [("a third", "33.3333"), ("27", "27"), ("1,500", "1500")]
    assert figures_module.figures_agree("one in 20 people", "5 percent of people")
