"""Findings of the thirteenth code review, each mended with a test that fails before.

See BENCHMARKS.md, "Thirteenth round (2026-12-01, branch rev-code13): code review".
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from sourcetrace import Document, Index, TraceOptions
from sourcetrace.align import AlignOptions
from sourcetrace.cli import cli
from sourcetrace.errors import DocumentError
from sourcetrace.quotes import acronyms, scan
from sourcetrace.quotes.name_phrases import is_body
from sourcetrace.quotes.spans import paragraphs
from sourcetrace.quotes.verify import VerifyOptions
from sourcetrace.report.claims import marked, marks
from sourcetrace.settings import SettingError, apply_settings

RELEASE = "Coffee cuts the risk of cancer, a study of 9,000 adults has found.\n"

# --- Initialisms spelled out: the story read once, not once per citation ---------------


def _spelled_out_reference(text: str, acronym: str, before: int | None = None) -> str | None:
    """The spelling rule as first written: every run of the story read on every call."""
    policy = acronyms.ACRONYMS
    found: list[tuple[int, str]] = []
    run: list[re.Match[str]] = []
    for m in [*re.finditer(r"[\w’'&-]+", text), None]:
        word = m.group() if m is not None else ""
        if m is not None and word[0].isupper() and not word.isupper():
            run.append(m)
            continue
        if m is not None and run and word.lower() in policy.joiners:
            run.append(m)
            continue
        caps = [i for i, w in enumerate(run) if w.group().lower() not in policy.joiners]
        for k in range(len(caps) - len(acronym) + 1):
            window = caps[k : k + len(acronym)]
            if "".join(run[i].group()[0] for i in window) == acronym:
                name = text[run[window[0]].start() : run[window[-1]].end()]
                if is_body(name):
                    found.append((run[window[0]].start(), name))
                    break
        run = []
    if not found:
        return None
    earlier = [name for at, name in found if before is not None and at < before]
    return earlier[-1] if earlier else found[0][1]


_STORIES = [
    "The World Health Organization met. Later the World Health Organisation said WHO",
    "The Food and Drug Administration (FDA) said. The FDA and the Department of Health "
    "and Social Care (DHSC) agreed; Fiona Adams of the FA and the Football Association.",
    "WHO. The Royal Society of Medicine, the Royal Society and The Medical Research "
    "Council of Britain said the MRC and RSM were right; Medical Research Council Trust",
    "",
    "no capitals at all, who said what",
]


@pytest.mark.parametrize("text", _STORIES)
@pytest.mark.parametrize("acronym", ["WHO", "FDA", "DHSC", "FA", "MRC", "RSM", "RS", "NHS"])
def test_spelled_out_gives_what_the_rule_gave(text: str, acronym: str) -> None:
    """The cached reading names the same body as the rule read afresh, at every offset."""
    for before in (None, 0, *range(5, len(text) + 5, 7)):
        assert acronyms.spelled_out(text, acronym, before) == _spelled_out_reference(
            text, acronym, before
        )


def test_spelled_out_reads_a_story_once_whatever_its_citations(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A story citing "the WHO" in each of its paragraphs was read whole for each one.

    90,000 characters of it took half a minute to scan (the work grew with the square of
    the text): each citation's speaker spelled the initials out by testing every run of
    the story again. Counted here as the runs tested, not timed.
    """
    calls = 0

    def counted(run: str, **kw: bool) -> bool:
        nonlocal calls
        calls += 1
        return is_body(run, **kw)

    monkeypatch.setattr(acronyms, "is_body", counted)
    text = "The World Health Organization said the drug works. The WHO agreed. " * 50
    for at in range(0, len(text), len(text) // 50):
        assert acronyms.spelled_out(text, "WHO", at) in (None, "World Health Organization")
    assert calls <= 50  # each of the 50 spellings tested once (2,500 before)


# --- A lone surrogate given to the Python API: refused by name, not a traceback --------


def test_index_add_refuses_a_lone_surrogate_naming_the_document(tmp_path: Path) -> None:
    """SQLite failed with a bare UnicodeEncodeError that named no document."""
    with Index.open(tmp_path / "x.db") as index:
        with pytest.raises(DocumentError, match=r"'pr-1'.*text.*lone surrogate at character 6"):
            index.add([Document(id="pr-1", text="Hello \ud800 world.", kind="source")])
        assert len(index) == 0


def test_index_trace_refuses_a_lone_surrogate_naming_where(tmp_path: Path) -> None:
    """spaCy's tokenizer failed on it inside the quotation stage, with a traceback."""
    from sourcetrace.errors import TextError

    with Index.open(tmp_path / "x.db") as index:
        index.add([Document(id="pr-1", text=RELEASE, kind="source")])
        story = '"Coffee cuts the risk \ud800 of cancer," said Dr Ann Lee.'
        with pytest.raises(TextError, match=r"lone surrogate \\ud800 at character 22"):
            index.trace(story)
        assert isinstance(TextError("x"), ValueError)
        # An emoji (a pair in UTF-16, one character here) is text like any other.
        assert index.trace(story.replace("\ud800", "\U0001f600")).quotes


# --- Whole-number settings are bounded: no OverflowError, no endless seed ---------------


@pytest.mark.parametrize(
    "key", ["trace.candidates", "trace.pool", "verify.lookup", "judge.pairs-stand-out.min_pairs"]
)
def test_a_whole_number_past_sqlites_range_is_refused_by_name(key: str) -> None:
    """``--set trace.candidates=99999999999999999999999`` ended in SQLite's OverflowError."""
    with pytest.raises(SettingError, match=rf"setting {re.escape(key)}: must be at most"):
        apply_settings({key: str(2**63)})
    apply_settings({key: str(2**63 - 1)})  # the largest is still taken


def test_a_seed_longer_than_any_passage_is_refused() -> None:
    """``--set align.seed=99999999999999999999999`` held the trace until it was killed."""
    with pytest.raises(SettingError, match=r"align.seed: must be at most 100"):
        apply_settings({"align.seed": "1000000"})
    with pytest.raises(SettingError, match=r"align.seed"):
        TraceOptions(align=AlignOptions(seed=10**23))
    assert apply_settings({"align.seed": "100"}).trace.align.seed == 100


def test_a_number_too_large_for_a_float_is_a_setting_error() -> None:
    """An int past 1e308 given in code failed in ``float()`` with an OverflowError."""
    with pytest.raises(SettingError, match=r"verify.altered_min"):
        VerifyOptions(altered_min=10**400)


def test_the_cli_refuses_a_huge_limit_in_one_line(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    with Index.open(db) as index:
        index.add([Document(id="pr-1", text=RELEASE, kind="source")])
    story = tmp_path / "story.txt"
    story.write_text("Coffee cuts the risk of cancer, a study of 9,000 adults found.\n")
    got = CliRunner().invoke(
        cli, ["trace", "--db", str(db), str(story), "--set", "verify.lookup=" + "9" * 25]
    )
    assert got.exit_code == 2, got.output
    assert "verify.lookup: must be at most" in got.output
    assert got.exception is None or isinstance(got.exception, SystemExit)


# --- Windows line ends: paragraphs end where their LF twins' do ------------------------

_CONTINUED = (
    "Lithium may slow ageing, a study of flies found.\n\n"
    "'To improve our quality and length of life we must delay the onset of age-related "
    "diseases,' explained Dr Jorge Castillo-Quan, previously at UCL.\n\n"
    "'Identifying a drug target for ageing is a crucial step in achieving this.'\n\n"
    "The team found that lithium chloride delays ageing.\n"
)


def test_crlf_paragraphs_end_before_the_carriage_return() -> None:
    """A paragraph of "\\r\\n" text held its "\\r", so "nothing after the quotation" failed."""
    lf, crlf = _CONTINUED, _CONTINUED.replace("\n", "\r\n")
    assert [lf[s:e] for s, e in paragraphs(lf)] == [crlf[s:e] for s, e in paragraphs(crlf)]


@pytest.mark.parametrize("syntax", [False, True])
def test_a_crlf_quotation_paragraph_keeps_the_speaker_before(syntax: bool) -> None:
    """A story pasted in the web form (browsers send "\\r\\n") lost this speaker.

    Found on one dev-40 story traced with "\\r\\n" line ends (its LF twin names him).
    """
    for text in (_CONTINUED, _CONTINUED.replace("\n", "\r\n")):
        quotes = scan(text, syntax=syntax).quotes
        assert [q.speaker.name for q in quotes] == ["Jorge Castillo-Quan"] * 2, repr(text[:60])


# --- The words of a change marked where they stand, whatever their case ---------------


def test_marks_find_the_words_in_the_text_itself() -> None:
    """ "İ" lowers to two characters: marks found in ``text.lower()`` fell one late."""
    got = marks("İstanbul study: fish oil CUTS risk", "cuts")
    assert got == [(False, "İstanbul study: fish oil "), (True, "CUTS"), (False, " risk")]
    assert marks("Fish oil cuts risk", "cuts") == [
        (False, "Fish oil "),
        (True, "cuts"),
        (False, " risk"),
    ]


def test_the_terminal_marks_the_changed_words_after_a_dotted_capital() -> None:
    text = "İzmir and İstanbul: the drug CUTS risk"
    out = marked(text, "cuts, risk")
    assert [text[s.start : s.end] for s in out.spans] == ["CUTS", "risk"]
