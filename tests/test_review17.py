"""A first user's review of real news (session 17): three faults, each mended by its class.

1. A share or a figure read from inside a longer number ("1.5 in 10" as "5 in 10",
   "2,500 out of 10,000" as "500 out of 10,000", "12,5%" as a figure 5).
2. A letter label closing a sentence ("vitamin D.", "hepatitis B.") read as a name's
   initial: the sentence and the name ran on into the next one.
3. A story not in English judged by English rules with no word of warning.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import SHARED
from sourcetrace import Document, Index
from sourcetrace.claims.figure_reading import figures
from sourcetrace.cli import cli
from sourcetrace.language import language_check
from sourcetrace.quotes import extract
from sourcetrace.quotes.names import NameBook
from sourcetrace.quotes.spans import is_letter_label_stop, sentence_ends

# The shared data beside the checkout (a worktree sits one level deeper).
DATA = next(
    (p / "shared" / "data" for p in Path(__file__).resolve().parents if (p / "shared").is_dir()),
    SHARED,
)


def _read(text: str, *, liberal: bool = False) -> list[tuple[str, list[float]]]:
    return [(f.words, [round(v.x, 4) for v in f.forms]) for f in figures(text, liberal=liberal)]


# 1. Figures never start or end inside a longer number.


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("1.5 in 10 people", [("1.5 in 10", [15.0])]),
        ("4.3 in 1,000 births", [("4.3 in 1,000", [0.43])]),
        ("2,500 out of 10,000 people", [("2,500 out of 10,000", [25.0])]),
        ("a risk of 1 in 2.5", [("1 in 2.5", [40.0])]),
        ("12,5% of them", []),
        ("3/4.5 cups", [("3", [3.0]), ("4.5", [4.5])]),
        ("1,43,391 cases", [("1,43,391", [143391.0])]),
    ],
)
def test_a_figure_never_starts_or_ends_inside_a_longer_number(
    text: str, read: list[tuple[str, list[float]]]
) -> None:
    assert _read(text) == read
    # A source's side reads the parts as well, none of them cut from a longer number.
    for f in figures(text, liberal=True):
        before, after = text[max(0, f.start - 2) : f.start], text[f.start + len(f.words) :][:2]
        assert not re.fullmatch(r"\d[.,]|.?\d", before) and not re.match(r"[.,]?\d", after)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("one in three and 4 out of 10", [("one in three", [33.3333]), ("4 out of 10", [40.0])]),
        ("12.5% and 1,250 per cent", [("12.5", [12.5]), ("1,250", [1250.0])]),
        ("ages 5, 10 and 15", [("5", [5.0]), ("10", [10.0]), ("15", [15.0])]),
        ("20 in 2019", [("20", [20.0]), ("2019", [2019.0])]),
    ],
)
def test_whole_figures_are_read_as_before(text: str, read: list[tuple[str, list[float]]]) -> None:
    assert _read(text) == read


def test_a_share_keeps_the_precision_of_its_decimal_parts() -> None:
    (share,) = figures("1.5 in 10")
    assert [(p.x, p.tol) for p in share.parts] == [(1.5, 0.05), (10.0, 0.5)]


# 2. A letter label's full stop ends its sentence.


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The patients all had Hepatitis B. Anna Jones said it worked.", ["Anna Jones"]),
        ("They were given vitamin D. Sarah Brown said so.", ["Sarah Brown"]),
        ("They took vitamins A, C and E. Mark Lee said so.", ["Mark Lee"]),
        ("Dr. J. R. Smith said it.", ["J R Smith"]),  # initials still run on
    ],
)
def test_a_name_does_not_run_on_past_a_letter_label(text: str, names: list[str]) -> None:
    assert [n.name for n in NameBook(text).names if n.name.split()[-1] != "B"] == names


@pytest.mark.parametrize(
    ("text", "stop"),
    [
        ("given vitamin D. Then", True),
        ("had hepatitis B. Then", True),
        ("it is Plan B. Then", True),
        ("grade A. Then", True),
        ("vitamins A, C and E. Then", True),
        ("Dr J. Smith", False),
        ("the E. coli bacteria", False),
        ("Professor A. Jones", False),
    ],
)
def test_a_letter_label_stop_is_told_from_an_initial(text: str, stop: bool) -> None:
    assert is_letter_label_stop(text, text.index(". ")) is stop
    assert (text.index(". ") + 1 in sentence_ends(text, 0, len(text))) is stop


def test_a_quotation_after_a_letter_label_keeps_its_speaker() -> None:
    text = (
        'The babies were given vitamin D. Lead author Sarah Brown said: "This is the first '
        'trial of its kind."'
    )
    (quote,) = extract(text)[0]
    assert quote.speaker is not None and quote.speaker.name == "Sarah Brown"


def test_a_claim_after_a_letter_label_is_found_and_attributed() -> None:
    text = "The patients all had hepatitis B. Dr Anna Jones said the drug cleared the virus."
    claims = extract(text)[1]
    assert [(c.text, c.speaker.name if c.speaker else None) for c in claims] == [
        ("the drug cleared the virus", "Anna Jones")
    ]


# 3. A story that does not look English is told so, and its verdicts are unchecked.

_RELEASE = (
    "Taking vitamin D every day cut the risk of hip fracture in older people by a third, "
    "a Cardiff University study has found. Professor Jane Doe, who led the work, said: "
    '"We were surprised by how large the effect was, and we now want to test it in '
    'care homes." The researchers followed 4,000 people aged over 70 for five years.'
)
_FRENCH = (
    "Selon une étude publiée mardi par des chercheurs de l'université de Cardiff, la "
    "prise quotidienne de vitamine D réduirait d'un tiers le risque de fracture de la "
    "hanche chez les personnes âgées.\n\n« Nous avons été surpris par l'ampleur de "
    "l'effet », a déclaré la professeure Jane Doe, qui a dirigé les travaux. Elle a "
    '"a surprising effect" ajouté que les auteurs veulent maintenant tester le '
    "traitement dans les maisons de retraite, auprès de milliers de résidents.\n"
)
_GERMAN = (
    "Eine neue Studie der Universität Cardiff zeigt, dass tägliche Bewegung das Risiko "
    "für Herzkrankheiten deutlich senken kann. „Wir waren überrascht, wie groß der Effekt "
    "war“, sagte Professor Hans Müller, der die Untersuchung leitete. Die Forscher betonen "
    "jedoch, dass weitere Studien nötig sind, bevor man allgemeine Empfehlungen aussprechen "
    "kann."
)


@pytest.mark.parametrize("text", [_FRENCH, _GERMAN])
def test_a_french_or_german_story_does_not_look_english(text: str) -> None:
    check = language_check(text)
    assert check.words >= 30 and not check.looks_english


def test_english_and_short_texts_look_english() -> None:
    assert language_check(_RELEASE).looks_english
    assert language_check("Vitamine D et fractures").looks_english  # too short to tell


@pytest.mark.skipif(not (DATA / "insciout").is_dir(), reason="needs ../shared/data")
def test_no_insciout_story_or_release_is_told_not_english() -> None:
    folder = DATA / "insciout"
    flagged = []
    for name in ("news_dev.jsonl", "press_releases.jsonl"):
        with (folder / name).open(encoding="utf-8") as lines:
            rows = [json.loads(line) for line in lines if line.strip()]
        flagged += [r["id"] for r in rows if not language_check(r["text"]).looks_english]
    assert flagged == []


def test_a_trace_of_a_story_not_in_english_says_so_and_leaves_verdicts_unchecked(
    tmp_path: Path,
) -> None:
    with Index.open(tmp_path / "i.db") as index:
        index.add([Document(id="pr", text=_RELEASE, kind="source")])
        result = index.trace(_FRENCH)
        english = index.trace(_RELEASE.replace("Taking", "Eating"))
    data = result.to_dict()
    assert data["language"]["looks_english"] is False
    assert any("does not look English" in n for n in data["notices"])
    verdicts = {q["verdict"] for q in data["quotes"] if q["kind"] == "quote"}
    assert verdicts and verdicts <= {"unchecked", "verbatim"}
    unchecked = [q for q in data["quotes"] if q["verdict"] == "unchecked"]
    assert unchecked and all("not look English" in q["reason"] for q in unchecked)
    # An English story gets neither, and its JSON keeps its shape.
    assert "language" not in english.to_dict()
    assert not any("English" in n for n in english.notices)


# Part B: a closing cue's place or time set off by a comma is no claim.


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "People with higher levels also benefited, although the effect was more modest "
            "(10 per cent risk reduction), the researchers noted, in the paper published in "
            "the journal BMJ.",
            "People with higher levels also benefited, although the effect was more modest "
            "(10 per cent risk reduction)",
        ),
        (
            "Moderate drinking was linked to a lower risk of angina and heart failure in older "
            "people, the authors said, in a statement on Monday.",
            "Moderate drinking was linked to a lower risk of angina and heart failure in older "
            "people",
        ),
    ],
)
def test_a_place_after_a_closing_cue_set_off_by_a_comma_leaves_the_claim_before(
    text: str, claim: str
) -> None:
    assert [c.text for c in extract(text)[1]] == [claim]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "The tool, developed by Professor John Deanfield, helps people find out their heart "
            "age compared with their chronological age.",
            [],
        ),
        (
            "Couples can now find out their chances of having a baby over several cycles of IVF.",
            [],
        ),
        (
            "The researchers found out that women who slept less were more likely to gain weight.",
            ["women who slept less were more likely to gain weight"],
        ),
    ],
)
def test_find_out_names_a_topic_not_a_claim(text: str, claims: list[str]) -> None:
    assert [c.text for c in extract(text)[1]] == claims


def test_quotes_cli_prints_an_english_storys_notices_on_stderr(tmp_path: Path) -> None:
    """A notice of an English story (here the quotation cap) reaches stderr, not only the JSON."""
    path = tmp_path / "many.txt"
    path.write_text("“the study” " * 2_100, encoding="utf-8")  # English, > 2,000 quotations
    result = CliRunner().invoke(cli, ["quotes", str(path), "--json", "--no-db"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert "language" not in data
    assert "more than 2,000 quotations" in result.stderr
