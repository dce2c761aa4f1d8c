"""Hostile text (issue 14): caps that answer with a notice, and work that grows linearly.

No test here measures time: linear work is checked by counting operations (regex matches,
name look-ups, quotation accesses) at two sizes, and the end-to-end check runs the real
command on pathological text of moderate size in a subprocess with a generous timeout
(the quadratic code took minutes on it).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from conftest import ROOT
from sourcetrace import Index
from sourcetrace import quotes as q
from sourcetrace.cli import cli
from sourcetrace.quotes import spans
from sourcetrace.quotes.names import NameBook
from sourcetrace.quotes.reported import extract_reported
from sourcetrace.quotes.syntax import load_parser
from sourcetrace.trace import trace

sys.path.insert(0, str(ROOT / "benchmarks"))
import hostile_texts

needs_parser = pytest.mark.skipif(load_parser() is None, reason="the quotes extra is missing")

FIVE = "".join(f"“Quotation number {i} is here,” said Jane Smith.\n" for i in range(5))


# -- caps answer with a notice ------------------------------------------------------------


def test_no_notice_on_ordinary_text(article_text: str) -> None:
    found = q.scan(article_text)
    assert found.notices == ()
    assert [x.text for x in found.quotes] == [x.text for x in q.extract(article_text)[0]]


def test_most_quotations_cap_keeps_the_first_and_says_so() -> None:
    found = q.scan(FIVE, syntax=False, limits=q.Limits(max_quotes=3))
    assert [x.text for x in found.quotes] == [f"Quotation number {i} is here," for i in range(3)]
    assert len(found.notices) == 1
    assert "more than 3 quotations" in found.notices[0]


def test_longest_text_cap_searches_up_to_a_paragraph_break() -> None:
    found = q.scan(FIVE, syntax=False, limits=q.Limits(max_chars=len(FIVE) // 2))
    cut = FIVE.rfind("\n", 0, len(FIVE) // 2)
    assert found.quotes and all(x.end <= cut for x in found.quotes)
    assert len(found.quotes) < 5
    assert f"first {cut:,} only" in found.notices[0]


@needs_parser
def test_parse_budget_leaves_paragraphs_to_the_word_rules() -> None:
    found = q.scan(FIVE, limits=q.Limits(max_parsed=100))
    assert len(found.quotes) == 5  # every quotation is still found and attributed
    assert all(x.speaker.name == "Jane Smith" for x in found.quotes)
    assert any("attributed by word rules alone" in n for n in found.notices)


@needs_parser
def test_a_run_of_punctuation_is_not_parsed() -> None:
    text = "He said “we will win” today. " + "!" * 200
    found = q.scan(text)
    assert [x.text for x in found.quotes] == ["we will win"]
    assert found.notices and "1 paragraph(s)" in found.notices[0]


def test_typo_matching_of_names_is_capped() -> None:
    text = "Aaron Stepanyan spoke. Celia Dunn spoke. “Fine,” said Stepanayan."
    assert q.scan(text, syntax=False).quotes[0].speaker.name == "Aaron Stepanyan"
    capped = q.scan(text, syntax=False, limits=q.Limits(max_names=1))
    assert capped.quotes[0].speaker.name == "Stepanayan"  # exact surnames only
    assert any("without allowing for typos" in n for n in capped.notices)


def test_verification_cap_leaves_the_rest_unchecked(
    example_index: Index, article_text: str
) -> None:
    found = q.scan(article_text, syntax=False)
    assert len(found.quotes) > 2
    docs = [example_index.get("press_release")]
    checked = q.verify_scan(article_text, found, sources=docs, limits=q.Limits(max_checked=2))
    verdicts = [x.verdict for x in checked.quotes]
    assert all(v not in (None, "unchecked") for v in verdicts[:2])
    assert all(v == "unchecked" for v in verdicts[2:])
    assert [x.text for x in checked.quotes] == [x.text for x in found.quotes]
    assert (
        f"{len(verdicts) - 2} of {len(verdicts)} quotations were not verified"
        in (checked.notices[-1])
    )


def test_long_claims_are_left_unchecked(example_index: Index, article_text: str) -> None:
    found = q.scan(article_text, syntax=False)
    assert found.reported
    docs = [example_index.get("press_release")]
    checked = q.verify_scan(article_text, found, sources=docs, limits=q.Limits(max_quote_chars=5))
    assert all(c.verdict == "unchecked" for c in checked.reported)
    assert any("reported claims were not verified" in n for n in checked.notices)


def test_trace_cap_notice_in_result_and_json(example_index: Index, article_text: str) -> None:
    text = article_text + "\n" + "More words follow here. " * 400
    result = trace(example_index.store, text, max_chars=len(article_text) + 10)
    assert [s.id for s in result.sources] == ["press_release"]
    assert result.article_text == text
    assert result.notices and "traced from the first" in result.notices[0]
    assert result.to_dict()["notices"] == list(result.notices)
    assert "notices" not in example_index.trace(article_text, quotes=False).to_dict()


def test_cli_prints_notices_on_stderr_and_in_json(tmp_path: Path) -> None:
    path = tmp_path / "many.txt"
    # More than 2,000 quotations, in English words (so that no language notice comes first).
    path.write_text("“the study” " * 2_100, encoding="utf-8")
    result = CliRunner().invoke(cli, ["quotes", str(path), "--json", "--no-db"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert len(data["quotes"]) == q.LIMITS.max_quotes
    assert data["notices"] and "more than 2,000 quotations" in data["notices"][0]
    assert "more than 2,000 quotations" in result.stderr
    assert "Traceback" not in result.stderr


# -- linear work, counted -----------------------------------------------------------------


class _Counting:
    """A compiled pattern that counts the matches it hands out."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.matches = 0

    def finditer(self, *args: Any) -> Iterator[re.Match[str]]:
        for m in self.pattern.finditer(*args):
            self.matches += 1
            yield m

    def match(self, *args: Any) -> re.Match[str] | None:
        self.matches += 1
        return self.pattern.match(*args)


def _marks_read(monkeypatch: pytest.MonkeyPatch, text: str) -> int:
    counter = _Counting(spans._DOUBLE_RE)
    monkeypatch.setattr(spans, "_DOUBLE_RE", counter)
    spans.double_quotes(text)
    monkeypatch.setattr(spans, "_DOUBLE_RE", counter.pattern)
    return counter.matches


@pytest.mark.parametrize("kind", ["nested_quotes", "alternating_styles"])
def test_quotation_marks_are_read_a_bounded_number_of_times(
    monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    small, large = (hostile_texts.make(kind, n) for n in (5_000, 20_000))
    marks = len(spans._DOUBLE_RE.findall(large))
    # Each mark is read by the scan and at most twice more by the nesting check: the
    # old check listed every later mark of the paragraph at each opening one.
    assert _marks_read(monkeypatch, large) <= 3 * marks + 10
    assert _marks_read(monkeypatch, large) <= 4.5 * _marks_read(monkeypatch, small)


class _CountingList(list[Any]):
    iterated = 0

    def __iter__(self) -> Iterator[Any]:
        for x in super().__iter__():
            _CountingList.iterated += 1
            yield x


def test_resolving_a_name_does_not_scan_every_name() -> None:
    text = "Jane Smith met Tom Brown, and left. " * 2_000
    book = NameBook(text)
    assert len(book.names) == 4_000
    book.names = _CountingList(book.names)
    _CountingList.iterated = 0
    for at in range(0, len(text), len(text) // 50):
        assert book.resolve("Smith", at) == "Jane Smith"
        assert book.resolve("he", at) in {None, "Jane Smith", "Tom Brown"}
        assert book.resolve("who", at) in {None, "Jane Smith", "Tom Brown"}
    assert _CountingList.iterated == 0  # the old look-ups walked all 4,000 names each time


def test_claims_do_not_test_every_quotation_per_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    reads = 0
    after = spans.QuotedSpan.after

    def counted(self: spans.QuotedSpan) -> int:
        nonlocal reads
        reads += 1
        return after.fget(self)  # type: ignore[attr-defined,no-any-return]

    monkeypatch.setattr(spans.QuotedSpan, "after", property(counted))
    text = "The minister said that the talks had failed badly. “Fine,” he said. " * 400
    claims = extract_reported(text)
    assert len(claims) == 400
    # One read per quotation (to sort them): the old check read every quotation again
    # for each of the 800 sentences (320,000 reads).
    assert reads <= 2 * 400 + 10


# -- end to end, through the real command -------------------------------------------------


def test_pathological_texts_complete_through_the_cli(tmp_path: Path) -> None:
    # 50,000 straight quotes took the old scan minutes (16,000 took 26 s); nested and
    # alternating marks grew the same way. A generous timeout: only a hang fails it.
    kinds = ["straight_quotes", "nested_quotes", "alternating_styles", "unbalanced_open"]
    path = tmp_path / "hostile.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for kind in kinds:
            f.write(json.dumps({"id": kind, "text": hostile_texts.make(kind, 50_000)}) + "\n")
    done = subprocess.run(
        [sys.executable, "-m", "sourcetrace", "quotes", str(path), "--json"],
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    ids = [json.loads(line)["article"]["id"] for line in done.stdout.splitlines()]
    assert ids == kinds
