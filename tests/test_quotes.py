"""Quotations and reported claims: extraction, attribution and verification."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from conftest import EXAMPLES
from sourcetrace import Document, Index
from sourcetrace.cli import cli
from sourcetrace.quotes import Quote, check, extract, extract_quotes


def _checked(article: str, **where: Any) -> list[Quote]:
    """The article's quotations, verified against ``sources`` and/or ``store``."""
    quotes, claims = extract(article)
    checked, _ = check(article, quotes, claims, **where)
    return checked


def _spoken(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.mention) for q in extract_quotes(text)]


def test_example_quotes_verdicts_and_lede(example_index: Index, article_text: str) -> None:
    result = example_index.trace(article_text)
    quotes = result.quotes
    assert len(quotes) == 7
    assert {q.speaker.name for q in quotes} == {"Gegham Stepanyan"}
    assert "Stepanayan" in {q.speaker.mention for q in quotes}
    altered = [q for q in quotes if q.verdict == "altered"]
    assert [q.text[:28] for q in altered] == [
        "The Azerbaijani authorities ",
        "Azerbaijan’s behavior once a",
    ]
    openly = [e for e in altered[1].edits if "openly" in e.quote_text]
    assert openly and openly[0].significant and openly[0].kind in {"insert", "replace"}
    verbatim = [q for q in quotes if q.verdict == "verbatim"]
    assert len(verbatim) == 5
    assert all(q.source is not None and q.source.id == "press_release" for q in quotes)
    for q in quotes:
        assert article_text[q.start : q.end] == q.text
    [lede] = [r for r in result.reported if r.start < article_text.index("\n")]
    assert lede.speaker.name == "Gegham Stepanyan"
    # No sentence holds the claim's words, but the sentence holding it calls on other
    # parties than the release's headline does: distorted (actor), as the claims say.
    assert lede.verdict == "distorted" and lede.how == "actor"
    assert lede.nearest is not None and (lede.nearest.start, lede.nearest.end) == (0, 134)


def test_quote_source_offsets_point_at_the_source(example_index: Index, article_text: str) -> None:
    release = example_index.get("press_release").text
    for q in example_index.trace(article_text).quotes:
        assert q.source is not None
        if q.verdict == "verbatim":
            assert release[q.source.start : q.source.end].split() == q.text.rstrip(",.").split()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We will win,” said Jane Smith.", [("We will win,", "Jane Smith")]),
        ('"We will win," Jane Smith said.', [("We will win,", "Jane Smith")]),
        ("''We will win,'' said Jane Smith.", [("We will win,", "Jane Smith")]),
        ("Jane Smith said: «We will win.»", [("We will win.", "Jane Smith")]),
        ("Jane Smith sagte: „Wir werden gewinnen.“", [("Wir werden gewinnen.", None)]),
        ("Jane Smith said: ‘We will win.’", [("We will win.", "Jane Smith")]),
    ],
)
def test_quote_styles(text: str, expected: list[tuple[str, str | None]]) -> None:
    got = _spoken(text)
    assert [t for t, _ in got] == [t for t, _ in expected]
    if expected[0][1] is not None:
        assert got == expected


def test_split_quotation_shares_its_speaker() -> None:
    text = "“We will win,” the governor, Jane Smith, said. “And we will win big.”"
    quotes = extract_quotes(text)
    assert [q.text for q in quotes] == ["We will win,", "And we will win big."]
    assert quotes[0].speaker.mention == quotes[1].speaker.mention
    assert quotes[0].speaker.name == "Jane Smith"


def test_multi_paragraph_quotation_is_one() -> None:
    text = "Jane Smith said:\n\n“First part of it.\n\n“Second part of it.”\n\nThe end."
    [quote] = extract_quotes(text)
    assert quote.text.startswith("First part") and quote.text.endswith("Second part of it.")
    assert quote.speaker.name == "Jane Smith"


def test_apostrophes_and_scare_quotes_have_no_speaker() -> None:
    text = "Clinton’s aides didn't say much. The so-called “experts” read the “Times” today."
    quotes = extract_quotes(text)
    assert [q.text for q in quotes] == ["experts", "Times"]
    assert all(q.speaker.mention is None and q.speaker.name is None for q in quotes)


def test_pronouns_titles_and_misspellings_resolve() -> None:
    text = (
        "Senator Maria Gonzalez spoke on Monday. “We are ready,” she said.\n\n"
        "“Nothing will stop us,” Gonzales added.\n\n"
        "“It is time,” the senator said."
    )
    quotes = extract_quotes(text)
    assert [q.speaker.name for q in quotes] == ["Maria Gonzalez"] * 3
    assert [q.speaker.mention for q in quotes] == ["she", "Gonzales", "the senator"]


def test_unknown_speaker_is_null_not_guessed() -> None:
    [quote] = extract_quotes("Maria Gonzalez left. “The deal is dead,” a source said.")
    assert quote.speaker.mention == "a source"
    assert quote.speaker.name is None


def test_verdicts_against_a_source() -> None:
    source = Document(
        id="s",
        text="The minister said the budget will not rise above 5 percent. "
        "Schools will get new funding next year for teachers and books.",
    )
    article = (
        "“The budget will rise above 5 percent,” the minister said. "
        "“The budget will not rise above 7 percent,” she added. "
        "“Schools will get new funding next year,” she said. "
        "“Teachers and books get money for schools next year under new funding,” she said. "
        "“We will build a moon base,” she said. "
        "The minister said that the budget will rise above 5 percent."
    )
    quotes, claims = extract(article)
    quotes, claims = check(article, quotes, claims, sources=[source])
    verdicts = [q.verdict for q in quotes]
    assert verdicts == ["altered", "altered", "verbatim", "paraphrase", "not_found"]
    assert any(e.significant and e.source_text == "not" for e in quotes[0].edits)
    assert any(e.significant and e.quote_text == "7" for e in quotes[1].edits)
    # Negation dropped: the claim distorts the source sentence, and says how.
    assert [(c.verdict, c.how) for c in claims] == [("distorted", "polarity")]
    assert claims[0].nearest is not None and claims[0].reason


def test_a_short_quotation_edited_inside_is_altered_only_in_the_articles_source(
    tmp_path: Path,
) -> None:
    source = Document(id="s", text="Researchers found the drug cross-reactive with a common virus.")
    article = "The team called the drug “cross-justify reactive” and moved on."
    checked = _checked(article, sources=[source])
    assert [q.verdict for q in checked] == ["altered"]
    assert [e.quote_text for e in checked[0].edits] == ["justify"]
    # A document the index merely ranks high for the quotation's words is not its known
    # source: two shared words are no evidence of where a quotation comes from.
    with Index.open(tmp_path / "one.db") as index:
        index.add([source])
        looked_up = _checked(article, store=index.store)
    assert [q.verdict for q in looked_up] == ["not_found"]


def test_a_short_quotation_sharing_only_two_words_is_not_altered() -> None:
    source = Document(id="s", text="They reported a lack of funding for the schools.")
    article = "She cited a “lack of public confidence” among parents."
    assert [q.verdict for q in _checked(article, sources=[source])] == ["not_found"]


def test_supported_claim() -> None:
    source = Document(id="s", text="Schools will get new funding next year for teachers.")
    article = "The minister said that schools will get new funding next year."
    quotes, claims = extract(article)
    _, claims = check(article, quotes, claims, sources=[source])
    assert [c.verdict for c in claims] == ["supported"]
    assert claims[0].source is not None and claims[0].source.id == "s"


def test_quotes_cli_json_with_and_without_index(tmp_path: Path) -> None:
    runner = CliRunner()
    article = str(EXAMPLES / "article.txt")
    plain = runner.invoke(cli, ["quotes", article, "--json", "--no-db"])
    assert plain.exit_code == 0, plain.output
    data = json.loads(plain.stdout)
    assert len(data["quotes"]) == 7 and {q["verdict"] for q in data["quotes"]} == {None}
    db = tmp_path / "q.db"
    runner.invoke(cli, ["ingest", "--db", str(db), str(EXAMPLES / "press_release.txt")])
    checked = runner.invoke(cli, ["quotes", "--db", str(db), article, "--json"])
    data = json.loads(checked.stdout)
    assert sorted(q["verdict"] for q in data["quotes"]) == ["altered"] * 2 + ["verbatim"] * 5
    assert data["reported"][0]["verdict"] == "distorted" and data["reported"][0]["how"] == "actor"
    missing = runner.invoke(cli, ["quotes", str(tmp_path / "none.txt")])
    assert missing.exit_code == 2 and "no such file" in missing.stderr


def test_quotation_lookup_uses_only_words_rare_enough(
    index: Index, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sourcetrace.quotes import verify
    from sourcetrace.text import words

    index.add(
        [
            Document(id="common1", text="The results were very good for everyone."),
            Document(id="common2", text="Good results for everyone, the panel said."),
            Document(id="rare", text="The zebrafish results were very good."),
        ]
    )
    monkeypatch.setattr(verify, "_LOOKUP_POSTINGS", 1)
    quote = words("results were very good for everyone")
    # Every word is in more documents than the budget: the quotation names none.
    assert verify._lookup(index.store, quote, 0, 10_000, limit=5) == []
    rare = words("zebrafish results were very good")
    assert verify._lookup(index.store, rare, 0, 10_000, limit=5)[0] == "rare"
