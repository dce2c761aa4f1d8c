"""The tenth code review's findings: each test fails on the code before its mend."""

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

from sourcetrace import Document, Index
from sourcetrace.claims import aims
from sourcetrace.claims.strength import classify_strength
from sourcetrace.cli import cli
from sourcetrace.origins import split_originals
from sourcetrace.quotes import extract_quotes
from sourcetrace.quotes.spans import paragraphs

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

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
    # The claims too are checked against the release the story copied.
    assert result.reported
    assert all(c.source is not None and c.source.id == "bhf-pr" for c in result.reported)


@pytest.mark.parametrize(
    "text",
    [
        "The study, which aimed to test whether aspirin prevents cancer, found that it "
        "reduces bowel cancer risk by a fifth",
        "The trial, designed to test if the drug lowers blood pressure, showed it cut deaths "
        "by a tenth",
        "Researchers who studied whether coffee protects the liver found it lowers the risk "
        "of cirrhosis",
    ],
)
def test_a_finding_after_the_question_is_stated(text: str) -> None:
    # Finding 2: the finding after a comma or a relative clause was read as part of the
    # question, so the statement stated nothing (code 0).
    assert classify_strength(text).code == 6


def test_a_participle_inside_the_question_does_not_end_it() -> None:
    # A guard (passes before the change too): "found in" is not a finding reported.
    text = "They tested whether compounds found in tea reduce stroke risk."
    assert classify_strength(text).code == 0


def test_questions_are_read_in_one_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    # Finding 3: each question searched the rest of the text for its end (quadratic).
    calls = {"search": 0, "finditer": 0}

    class Counting:
        def __init__(self, pattern: re.Pattern[str]) -> None:
            self.pattern = pattern

        def search(self, *args: Any) -> re.Match[str] | None:
            calls["search"] += 1
            return self.pattern.search(*args)

        def finditer(self, *args: Any) -> Iterator[re.Match[str]]:
            calls["finditer"] += 1
            return self.pattern.finditer(*args)

    monkeypatch.setattr(aims, "_QUESTION_END", Counting(aims._QUESTION_END))
    text = "they tested if tea works " * 2000
    spans = aims.asked(text)
    assert calls["search"] + calls["finditer"] == 1
    assert spans == [(5, len(text))]
    assert aims.within(spans, 20, 30) and not aims.within(spans, 0, 10)


def test_within_finds_the_span_holding_a_cue() -> None:
    spans = [(0, 10), (20, 30), (40, 50)]
    assert aims.within(spans, 22, 30) and aims.within(spans, 0, 10)
    assert not aims.within(spans, 25, 35) and not aims.within(spans, 12, 15)


@pytest.mark.parametrize("both", [False, True])
def test_a_closed_error_stream_does_not_stop_the_reports(
    release_db: Path, tmp_path: Path, both: bool
) -> None:
    # Finding 4: with standard error's reader gone (`2>&1 | head`), the first "wrote …"
    # ended the command with status 0 and the remaining reports were never written.
    text = (EXAMPLES / "article.txt").read_text(encoding="utf-8")
    articles = tmp_path / "articles.jsonl"
    articles.write_text(
        "".join(json.dumps({"id": f"story-{i}", "text": text}) + "\n" for i in range(4)),
        encoding="utf-8",
    )
    out = tmp_path / "reports"
    args = ["trace", "--db", str(release_db), str(articles), "-o", str(out), "--jobs", "1"]
    proc = subprocess.Popen(
        [sys.executable, "-m", "sourcetrace", *args],
        cwd=tmp_path,
        stdout=subprocess.PIPE if both else subprocess.DEVNULL,
        stderr=subprocess.STDOUT if both else subprocess.PIPE,
    )
    pipe = proc.stdout if both else proc.stderr
    assert pipe is not None
    pipe.close()  # like `| head` that has read enough
    assert proc.wait(timeout=300) == 0
    assert sorted(p.name for p in out.iterdir()) == [f"story-{i}.html" for i in range(4)]


_WRAPPED_LEAD = (
    "Researchers at the University of Leeds said on Tuesday that the new drug\n"
    "reduced the risk of heart attack in older patients by a third in a trial of\n"
    "more than four thousand people across twelve hospitals in the north of\n"
    "England, in a study published in the journal Heart this week and funded by\n"
    "the British Heart Foundation and the National Institute for Health Research.\n"
)


@pytest.mark.parametrize("mark", ["?", "!", "—"])
def test_a_wrapped_quotation_closed_by_a_question_keeps_its_speaker(mark: str) -> None:
    # Finding 5: only `,"` joined a hard-wrapped quotation's line to its speaker's; a
    # quotation ending `?"` was cut from "asked Professor Jane Smith" and given the
    # speaker of the lines before.
    text = (
        _WRAPPED_LEAD
        + f'"Is this the breakthrough we have been waiting for? Probably not yet{mark}"\n'
        "asked Professor Jane Smith, who led the study at the university hospital\n"
        "and has studied heart disease for twenty years in several countries now.\n"
        '"We were surprised by how large the effect was in the oldest patients,"\n'
        "said Dr Tom Brown, a cardiologist at the hospital who was not involved.\n"
    )
    quotes = extract_quotes(text)
    first = next(q for q in quotes if q.text.startswith("Is this"))
    assert first.speaker.name == "Jane Smith"


def test_a_question_ending_a_wrapped_paragraph_does_not_join_the_next() -> None:
    # A guard (passes before the change too): the next line starts a new sentence.
    text = (
        _WRAPPED_LEAD + 'He asked the obvious question: "Is this the breakthrough we need?"\n'
        "Dr Tom Brown, a cardiologist at the hospital who was not involved, said he\n"
        'was cautious. "The trial was short, and the effects may fade with time."\n'
    )
    starts = [text[a:b][:5] for a, b in paragraphs(text)]
    assert "Dr To" in starts


_WRAPPED_BODY = _WRAPPED_LEAD + (
    "Professor Jane Smith, who led the study at the university hospital, said\n"
    "that the results were clear. The trial's results were welcomed by doctors.\n"
    '"We were surprised by how large the effect was in the oldest patients.\n'
    'It is a big step for the field and we hope to see it used in clinics soon."\n'
    "Dr Tom Brown, a cardiologist at the hospital who was not involved, said he\n"
    'was cautious. "The trial was short, and the effects may fade with time."\n'
)


def test_one_blank_line_does_not_make_a_wrapped_body_one_paragraph() -> None:
    # Finding 6: a headline's blank line made the hard-wrapped body below one paragraph.
    alone = [(a, b) for a, b in paragraphs(_WRAPPED_BODY)]
    head = "New drug cuts heart attacks\n\n"
    with_head = paragraphs(head + _WRAPPED_BODY)
    assert len(alone) == 4
    assert with_head == [(0, len(head) - 2)] + [(a + len(head), b + len(head)) for a, b in alone]


def test_blank_lines_between_wrapped_paragraphs_still_separate_them() -> None:
    # A guard (passes before the change too): blank lines between every paragraph.
    text = (
        _WRAPPED_LEAD
        + "\n"
        + _WRAPPED_BODY.replace(_WRAPPED_LEAD, "").replace("doctors.\n", "doctors.\n\n")
    )
    assert len(paragraphs(text)) == 3


@pytest.mark.parametrize("command", [["trace", "--db", "x.db"], ["quotes", "--no-db"]])
def test_with_text_without_json_is_a_usage_error(tmp_path: Path, command: list[str]) -> None:
    # Finding 7: --with-text without --json was silently ignored.
    args = [*command, str(EXAMPLES / "article.txt"), "--with-text"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2
    assert "--with-text goes with --json" in result.output
    assert "Traceback" not in result.output


def test_an_alteration_a_later_copy_holds_verbatim_is_named_in_the_reason(
    index: Index,
) -> None:
    # Finding 1 (its second suggestion): the verdict against the release stands, and the
    # reason says which later text holds the story's words as they are.
    from test_user_review10 import _COPY, _RELEASE

    index.add(
        [
            Document(id="pr-1", text=_RELEASE, kind="source", date="2023-08-09"),
            Document(id="daily-1", text=_COPY, kind="article", date="2023-08-10"),
        ]
    )
    result = index.trace(_COPY, article_date="2023-08-11")
    [quote] = [q for q in result.quotes if q.kind == "quote"]
    assert quote.verdict == "altered" and quote.source is not None
    assert quote.source.id == "pr-1"
    assert "later source daily-1 holds these words verbatim" in (quote.reason or "")
