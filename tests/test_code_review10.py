"""The tenth code review's findings: each test fails on the code before its mend."""

from __future__ import annotations

from sourcetrace import Document, Index
from sourcetrace.origins import split_originals

_LEEDS = (
    "The University of Leeds announced on Wednesday the results of a trial of a new heart "
    'drug in four thousand older patients across twelve hospitals. "We found the drug cut '
    "the risk of a heart attack by a third in patients over seventy, which is a large "
    'effect," said Professor Jane Smith, who led the trial. The trial was funded by the '
    "British Heart Foundation and the results appear in the journal Heart."
)
_BHF = (
    "The British Heart Foundation, which funded the trial, said on Thursday that a new heart "
    "drug tested in four thousand older patients across twelve hospitals cut heart attacks. "
    '"We found the drug cut the risk of a heart attack by a third in patients over seventy, '
    'a very large effect for a single pill," said Professor Jane Smith, who led the trial '
    "at the University of Leeds. The foundation's medical director Dr Ravi Patel said the "
    "charity was proud to have supported the work over five years."
)
_STORY = (
    "A new heart drug cut heart attacks by a third in older people, the British Heart "
    'Foundation said. "We found the drug cut the risk of a heart attack by a third in '
    'patients over seventy, a very large effect for a single pill," said Professor Jane '
    "Smith, who led the trial at the University of Leeds. The foundation's medical director "
    "Dr Ravi Patel said the charity was proud to have supported the work over five years."
)


def test_a_later_release_is_an_original_not_a_retelling() -> None:
    # Finding 1: a release dated after another release was a "later text".
    first = Document(id="leeds", text="x", kind="source", date="2023-08-09")
    second = Document(id="bhf", text="x", kind="source", date="2023-08-10")
    copy = Document(id="daily", text="x", kind="article", date="2023-08-11")
    originals, later = split_originals([second, first, copy])
    assert [d.id for d in originals] == ["bhf", "leeds"]
    assert [d.id for d in later] == ["daily"]


def test_a_quotation_copied_from_the_second_release_is_verbatim(index: Index) -> None:
    # Finding 1: the story copies the funder's release (a day after the university's)
    # word for word; its quotation was called altered against the first release.
    index.add(
        [
            Document(id="leeds-pr", text=_LEEDS, kind="source", date="2023-08-09"),
            Document(id="bhf-pr", text=_BHF, kind="source", date="2023-08-10"),
        ]
    )
    result = index.trace(_STORY, article_date="2023-08-11")
    assert "bhf-pr" in {s.id for s in result.accepted}
    [quote] = [q for q in result.quotes if q.kind == "quote"]
    assert quote.verdict == "verbatim"
    assert quote.source is not None and quote.source.id == "bhf-pr"
