"""A story's claims, aligned with their source and compared, and their JSON in a trace."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcetrace import Document, Index
from sourcetrace.claims.align import align
from sourcetrace.claims.main import main_statement, main_statements
from sourcetrace.claims.story import story_claims

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
STORY = (
    "Fish oil cuts dementia risk\n\nBy A Reporter\n\nPUBLISHED: 10:00, 1 May 2016\n\n"
    "Taking fish oil every day cuts the risk of dementia in older people, a study found. "
    "The researchers followed 2,000 adults for ten years.\n"
)
RELEASE = (
    "Fish oil linked to lower dementia risk\n\n"
    "Older adults who took fish oil every day were less likely to develop dementia, "
    "according to a study of 2,000 adults. The trial ran for ten years.\n"
)


def test_main_statements_skip_page_furniture() -> None:
    found = main_statements(STORY)
    assert [s.role for s in found][:2] == ["headline", "lede"]
    lede = found[1]
    assert STORY[lede.start : lede.end].startswith("Taking fish oil every day cuts")
    chosen = main_statement(STORY)
    assert chosen is not None and chosen.role == "lede"


def test_align_finds_the_retold_sentence() -> None:
    claim = "Taking fish oil every day cuts the risk of dementia in older people"
    at = align(claim, RELEASE)
    assert at is not None
    assert RELEASE[at.start : at.end].startswith("Older adults who took fish oil")


def test_story_claims_compare_with_the_release() -> None:
    claims = story_claims(STORY, sources=[Document(id="pr", text=RELEASE)])
    lede = next(c for c in claims if c.role == "lede")
    assert lede.labels.strength.name == "causal"
    assert lede.source is not None and lede.source.labels.strength.name == "correlational"
    assert lede.drift is not None and lede.drift.strength == "stronger"
    out = lede.to_dict()
    assert out["kind"] == "main" and out["strength_code"] == 6
    assert out["source"]["strength"] == "correlational"
    assert out["drift"]["strength"] == "stronger" and out["drift"]["distorted"]


def test_no_source_no_drift() -> None:
    claims = story_claims(STORY)
    assert claims and all(c.source is None and c.drift is None for c in claims)


def test_trace_json_shows_the_example_lede_as_an_actor_change(tmp_path: Path) -> None:
    release = (EXAMPLES / "press_release.txt").read_text()
    article = (EXAMPLES / "article.txt").read_text()
    with Index.open(tmp_path / "ex.db") as index:
        index.add([Document(id="release", text=release)])
        result = index.trace(article)
    claims = result.to_dict()["claims"]
    lede = claims[0]
    assert lede["start"] == 0 and lede["kind"] == "main"
    assert lede["source"]["id"] == "release"
    assert "Turn of the Political Decision-Makers" in lede["source"]["text"]
    assert lede["drift"]["actor_changed"] and lede["drift"]["distorted"]
    assert lede["speaker"]["name"] == "Gegham Stepanyan"
    assert result.to_dict()["claims_summary"].startswith("the lede: actor changed")


def test_summary_leads_with_the_main_claim() -> None:
    from sourcetrace.claims.story import summary

    claims = story_claims(STORY, sources=[Document(id="pr", text=RELEASE)])
    said = summary(claims)
    assert said is not None and said.startswith('the headline states causation ("cuts")')
    assert 'the lede states causation ("cuts"); the source said a correlation' in said
    assert summary(story_claims(STORY)) is None


def test_terminal_report_marks_the_changed_words() -> None:
    import io

    from rich.console import Console

    from sourcetrace.report.claims import render_claims

    claims = story_claims(STORY, sources=[Document(id="pr", text=RELEASE)])
    buf = io.StringIO()
    render_claims({"claims": [c.to_dict() for c in claims]}, console=Console(file=buf, width=200))
    out = buf.getvalue()
    assert "How the story's claims compare with the source" in out
    assert "stronger" in out and "source (pr):" in out


def test_html_report_shows_the_lede_with_the_changed_words_marked(tmp_path: Path) -> None:
    from sourcetrace.report import render_html

    release = (EXAMPLES / "press_release.txt").read_text()
    article = (EXAMPLES / "article.txt").read_text()
    with Index.open(tmp_path / "ex.db") as index:
        index.add([Document(id="release", text=release)])
        result = index.trace(article)
        sources = index.store.get_many([s.id for s in result.sources])
    page = render_html(result, sources=sources, title="Example")
    assert "How the story's claims compare with the source" in page
    assert "<mark>called on influential international rights groups</mark>" in page
    assert "actor changed" in page


def test_a_hook_lede_yields_to_the_finding() -> None:
    from sourcetrace.claims.main import main_statement

    text = (
        "Deaf to the world\n\n"
        "If you cannot get the attention of a child playing a game, the game may be to blame.\n\n"
        "Researchers found that concentrating on a screen can make people deaf to sounds.\n"
    )
    chosen = main_statement(text)
    assert chosen is not None
    assert text[chosen.start : chosen.end].startswith("Researchers found")


def test_a_transcript_paragraph_cut_mid_sentence_is_prose() -> None:
    # Broadcast transcripts break their paragraphs mid-sentence, so no line ends one; the
    # lede is the finding near the top, not the first later line that happens to end.
    text = (
        "Evening News\n\n"
        "The families of two football legends are demanding action. A new study on a small "
        "number of players has found heading the ball could cause brain damage. The "
        "scientists behind the study say more research is needed. Our reporter has been "
        "speaking to the family of one\n\n"
        "player about his death and what the game\n\n"
        "owes them now, after years of research that the game has ignored.\n"
    )
    chosen = main_statement(text)
    assert chosen is not None
    assert text[chosen.start : chosen.end].startswith("A new study on a small number")


def test_a_short_caption_is_not_the_lede() -> None:
    # A photo caption of a few short sentences and a credit does not end a sentence and is
    # too short to be a transcript's paragraph: the lede is the first line of prose.
    text = (
        "Pill safe at home\n\n"
        "Bottles of the drug. Pills used at home were found to be safe. (A Photographer/file)\n\n"
        "Abortions done at home with pills sent in the mail appear to be just as safe as "
        "those done at a clinic, according to a new study.\n"
    )
    chosen = main_statement(text)
    assert chosen is not None
    assert text[chosen.start : chosen.end].startswith("Abortions done at home")


def test_claims_take_the_parse_of_the_quotation_stage() -> None:
    from sourcetrace.claims import predicate
    from sourcetrace.quotes import scan
    from sourcetrace.quotes.syntax import load_parser

    if load_parser() is None:
        pytest.skip("needs the quotes extra")
    text = (
        "Tea trial\n\n"
        'Green tea rejuvenates the skin of older women. "It was a surprise," said Dr Ann Lee.'
        "\n\nMore follows."
    )
    start = text.index("Green")
    end = text.index(" women.") + len(" women")
    predicate.clear()
    scan(text)
    assert predicate.adopt(text, [(start, end), (start, end - 6)]) == 1
    # Taken from the article's parse, not parsed again: the same labels as alone.
    taken = predicate.parse_text(text[start:end])
    assert taken is not None and taken.text == text[start:end]
    assert predicate.effect_predicate(text[start:end]) is not None
    # Another article is not read from this one's parse.
    predicate.clear()
    assert predicate.adopt("Something else entirely.", [(0, 9)]) == 0
