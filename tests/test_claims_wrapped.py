"""Main statements of a hard-wrapped story (PDF text, wire copy) are whole sentences.

The second first-user review: quotations in hard-wrapped text were joined across line
breaks, but the headline and the lede were still read line by line, so the headline was
cut at its first line break and a wrapped line's tail became the lede.
"""

from __future__ import annotations

import textwrap

from sourcetrace.claims.main import main_statements

HEADLINE = (
    "Postcode lottery means dementia patients in poorer areas are 27% less likely to get treatment"
)
BODY = (
    "Dementia sufferers in poorer areas of England are 27% less likely to be given "
    "medication, according to research published on Monday by a team of university "
    "scientists. The researchers looked at the records of more than 77,000 patients "
    "across 300 practices and found the gap had not narrowed in a decade. They said the "
    "reasons were not clear and called for more work on how the drugs are prescribed in "
    "different regions, where the numbers of doctors per patient also differ widely."
)


def _wrapped(text: str) -> str:
    return "\n".join(textwrap.wrap(text, 72))


def test_a_wrapped_headline_and_lede_are_read_whole() -> None:
    text = f"{_wrapped(HEADLINE)}\n\n{_wrapped(BODY)}\n"
    found = {s.role: text[s.start : s.end] for s in main_statements(text)}
    assert " ".join(found["headline"].split()) == HEADLINE
    assert " ".join(found["lede"].split()).startswith("Dementia sufferers in poorer areas")
    assert " ".join(found["lede"].split()).endswith("by a team of university scientists")


def test_lines_of_an_unwrapped_story_are_read_as_before() -> None:
    text = f"{HEADLINE}\n\n{BODY}\n"
    found = {s.role: text[s.start : s.end] for s in main_statements(text)}
    assert found["headline"] == HEADLINE
    assert found["lede"].startswith("Dementia sufferers in poorer areas")
