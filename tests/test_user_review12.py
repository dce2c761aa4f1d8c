"""Findings of the twelfth first-user review (rev-user12), each mend with a test.

Each test fails on 1c7555e (the branch point) unless marked a guard.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sourcetrace.cli import cli
from sourcetrace.documents import Document
from sourcetrace.quotes import VerifyOptions, check, extract

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _claims(release: str, story: str, options: VerifyOptions | None = None) -> list:  # type: ignore[type-arg]
    article = "Health news.\n\n" + story
    quotes, claims = extract(article)
    release_doc = Document(id="release", text=release)
    _, checked = check(article, quotes, claims, sources=[release_doc], options=options)
    return list(checked)


@pytest.mark.parametrize(
    ("release", "story"),
    [
        (
            "Overall the increase in risk of a heart attack is about 20 to 50% if using "
            "NSAIDs compared with not using these medications.",
            "Overall, researchers found risk of a heart attack is increased by about 20 to 50 "
            "per cent with the use of commonly available NSAIDs.",
        ),
        (
            "Any type of grooming was associated with an 80% heightened risk of having a "
            "sexually transmitted infection compared with no grooming.",
            "The study found any grooming was associated with an 80% heightened risk of a "
            "sexually transmitted infection.",
        ),
        (
            "Any type of grooming was associated with an 80% heightened risk of having a "
            "sexually transmitted infection, versus no grooming.",
            "The study found any grooming was associated with an 80% heightened risk of a "
            "sexually transmitted infection.",
        ),
    ],
)
def test_finding1_a_negation_in_a_compared_with_group_is_not_a_polarity_change(
    release: str, story: str
) -> None:
    """'… compared with not using these medications' names the reference group: the
    story's 'risk is increased … with the use of NSAIDs' does not reverse it (a false
    `distorted`, polarity, on news-25-196-express.co.uk and three other dev stories)."""
    [claim] = _claims(release, story)
    assert claim.how != "polarity"
    assert claim.verdict != "distorted"


def test_finding1_guard_a_negated_finding_after_a_comparison_is_still_reversed() -> None:
    """Guard (passes before): the finding itself negated stays a polarity change."""
    release = (
        "Compared with placebo, the drug lowered blood pressure in older patients, the "
        "researchers found."
    )
    story = "The study found that the drug did not lower blood pressure in older patients."
    [claim] = _claims(release, story)
    assert claim.verdict == "distorted"
    assert claim.how == "polarity"


def _quotes(release: str, story: str) -> list:  # type: ignore[type-arg]
    quotes, claims = extract(story)
    checked, _ = check(story, quotes, claims, sources=[Document(id="release", text=release)])
    return [q for q in checked if q.verdict is not None]


_GALE_RELEASE = (
    "Diabetes raises the risk of death after a heart attack.\n\n"
    "Lead researcher Dr Chris Gale, Consultant Cardiologist and Associate Professor in the "
    "School of Medicine, said: “These results provide robust evidence that diabetes is a "
    "significant long-term population burden among patients who have had a heart attack.”"
)


def test_finding2_a_word_matched_before_the_sources_opening_mark_is_no_deletion() -> None:
    """ "The results provide …" against "… in the School of Medicine, said: “These results
    provide …": the quotation's "The" was matched to the "the" of "the School", and the
    release's attribution became a deletion that "can change the meaning" (a false
    significant edit on news-11-004). It is the one word "These" given as "The"."""
    story = (
        "Diabetes ups risk of heart attack death.\n\n"
        '"The results provide robust evidence that diabetes is a significant long-term '
        'population burden among patients who have had a heart attack," said lead '
        "researcher Chris Gale."
    )
    [quote] = _quotes(_GALE_RELEASE, story)
    assert quote.verdict == "altered"
    assert [(e.source_text, e.quote_text) for e in quote.edits] == [("These", "The")]
    assert not any(e.significant for e in quote.edits)
    assert "School" not in _GALE_RELEASE[quote.source.start : quote.source.end]  # type: ignore[union-attr]


def test_finding2_guard_a_quotation_joining_two_quoted_segments_stays_whole() -> None:
    """Guard (passes before): the source's own "said Dr X" between two quoted segments
    is an omission, and the first segment's words stay matched."""
    release = (
        "“We found a clear link,” said Dr Ann Lee. “The effect was seen in every group we studied.”"
    )
    story = (
        "Health news.\n\n"
        '"We found a clear link. The effect was seen in every group we studied," Dr Lee said.'
    )
    [quote] = _quotes(release, story)
    assert quote.verdict == "verbatim"


def test_finding3_without_the_parse_a_result_says_so_once_per_run(
    release_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The README's Quickstart (`pip install .`) left out the `quotes` and `nlp` extras;
    without them, speakers and claim strengths were read by word rules alone and no
    meanings compared (on the 826 InSciOut dev stories 197 claims `distorted` instead of
    189), and nothing said so. Each result now carries a notice per missing extra; the
    command line prints each once per run, not once per article."""
    from sourcetrace.quotes import paraphrase, scan, syntax

    monkeypatch.setattr(syntax, "load_parser", lambda: None)
    monkeypatch.setattr(paraphrase, "_available", lambda: False)
    article = (EXAMPLES / "article.txt").read_text(encoding="utf-8")
    assert syntax.NO_PARSER_NOTICE in scan(article).notices
    assert syntax.NO_PARSER_NOTICE not in scan(article, syntax=False).notices

    stories = tmp_path / "stories.jsonl"
    stories.write_text(
        "".join(json.dumps({"id": f"s{i}", "text": article}) + "\n" for i in range(2)),
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["trace", "--db", str(release_db), str(stories), "--json"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert all(syntax.NO_PARSER_NOTICE in d["notices"] for d in lines)
    assert all(paraphrase.NO_MEANING_NOTICE in d["notices"] for d in lines)
    assert result.stderr.count("grammatical parse is not installed") == 1
    assert result.stderr.count("sentence embeddings are not installed") == 1


def test_finding3_guard_with_the_parse_no_notice(release_db: Path) -> None:
    """Guard (passes before): with both extras installed, no such notice."""
    from sourcetrace import Index
    from sourcetrace.quotes import paraphrase, syntax

    if syntax.load_parser() is None or not paraphrase.meaning_available():
        pytest.skip("the quotes and nlp extras are not both installed")
    with Index.open(release_db, readonly=True) as index:
        traced = index.trace((EXAMPLES / "article.txt").read_text(encoding="utf-8"))
    assert traced.notices == ()


def test_finding4_a_long_quotation_half_in_its_source_is_no_chance_overlap() -> None:
    """A three-paragraph quotation whose first paragraph is the release's (56 of 99 words
    in order, news-25-126) was `not_found` as "a chance overlap, not its source". The
    verdict stands; the reason now gives the shares compared and their thresholds."""
    release = (
        "Honey stops bacteria sticking to catheters.\n\n"
        "“Our study demonstrates that diluted honey is potentially a useful agent for "
        "reducing biofilm formation on indwelling plastic devices such as urinary "
        "catheters,” said Professor Bashir Lwaleed."
    )
    story = (
        "Manuka honey may help.\n\n"
        'Professor Bashir Lwaleed said: "We have been able to demonstrate that diluted '
        "honey is potentially a useful agent for reducing biofilm formation on indwelling plastic "
        'devices such as urinary catheters.\n\n"Catheter infection rates account for a large '
        "proportion of hospital acquired infections, an area of clinical practice that "
        'needs addressing urgently.\n\n"We hope these results may offer another way of '
        "preventing such infections, and patients might also benefit from the "
        'anti-inflammatory properties of dark honeys."'
    )
    [quote] = _quotes(release, story)
    assert quote.verdict == "not_found"
    assert "chance overlap" not in (quote.reason or "")
    assert "words in order" in (quote.reason or "")
    assert "altered at 70%" in (quote.reason or "")


_COFFEE = "Coffee may be linked to a lower risk of stroke, the researchers said."


def test_finding11_a_drift_from_a_sentence_holding_the_claim_thinly_is_no_accusation() -> None:
    """On the five golds 21 of 30 `distorted` claims were wrong, 8 of them (none of the
    right ones) read against a sentence holding 60-62% of the claim's words. Such a
    sentence carries a claim when nothing differs, but is too thin to accuse the story
    of changing it: with `verify.distorted_min` 0.65, `unsupported`, saying why (off
    by default: it also loses a textbook distortion, the next test)."""
    story = "The study found that coffee cuts stroke risk dramatically."
    [claim] = _claims(_COFFEE, story, VerifyOptions(distorted_min=0.65))
    assert claim.verdict == "unsupported"
    assert claim.how is None
    assert "distorted from 65%" in (claim.reason or "")


def test_finding11_guard_a_drift_from_a_sentence_that_carries_the_claim_stays() -> None:
    """Guard: the same drift from a sentence holding 3 of the claim's 4 words is still
    `distorted` with the option; the thin one is `distorted` only with the rule off
    (0; on by default since t15-distort, which made the rule spare main statements)."""
    story = "The study found that coffee cuts the risk of stroke."
    [claim] = _claims(_COFFEE, story, VerifyOptions(distorted_min=0.65))
    assert claim.verdict == "distorted"
    assert claim.how in {"stronger", "causal"}
    thin_story = "The study found that coffee cuts stroke risk dramatically."
    [thin] = _claims(_COFFEE, thin_story, VerifyOptions(distorted_min=0.0))
    assert thin.verdict == "distorted"
