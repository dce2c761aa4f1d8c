"""Each claim verdict's reason can be checked by hand, and reads the same everywhere.

The reason of a reported claim gives the share its rule used with the denominator and
threshold, the negated words when a negation decides, and the source sentence's text;
every compared claim's reason is shown on the terminal, in the HTML report and on the
web page, not only a distorted one's.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console

from conftest import claim_verdict
from sourcetrace import Document, Index
from sourcetrace.claims.story import story_claims

RELEASE = "The new drug reduced back pain in older patients, the trial found.\n"
SAME_RELEASE = (
    "Fish oil linked to lower dementia risk\n\n"
    "Older adults who took fish oil every day were less likely to develop dementia, "
    "according to a study of 2,000 adults.\n"
)
SAME_STORY = (
    "Fish oil linked to lower dementia risk\n\n"
    "Older people who took fish oil every day were less likely to develop dementia, "
    "a study of 2,000 adults found.\n"
)


def test_a_share_gives_its_denominator_threshold_and_the_sentence() -> None:
    r = claim_verdict(
        RELEASE, "Dr Ann Lee said the new drug reduced back pain in older patients.\n"
    )
    assert r.verdict == "supported"
    assert "holds 6 of its 6 content words (100%; a sentence carries a claim at 60% and 3" in (
        r.reason or ""
    )
    assert '(release 0-65): "The new drug reduced back pain in older patients' in (r.reason or "")


def test_an_unsupported_claim_names_the_nearest_sentence_s_words() -> None:
    r = claim_verdict(
        RELEASE, "Dr Ann Lee said hospitals will hire more nurses for older patients.\n"
    )
    assert r.verdict == "unsupported"
    assert "content words (" in (r.reason or "") and "a sentence carries a claim at 60%" in (
        r.reason or ""
    )
    assert '"The new drug reduced back pain' in (r.reason or "")


def test_a_negation_verdict_says_which_words_are_negated() -> None:
    r = claim_verdict(
        RELEASE, "Dr Ann Lee said the new drug did not reduce back pain in older patients.\n"
    )
    assert r.verdict == "distorted" and r.how == "polarity"
    assert 'negated (the story: "not reduce"; the source: no negation)' in (r.reason or "")


def test_negated_words_and_clip() -> None:
    from sourcetrace.claims.reasons import SENTENCE_CHARS, clip, negated_words

    assert negated_words("There is no evidence it does not work.") == [
        "no evidence",
        "not work",
    ]
    long = "word " * 100
    assert len(clip(long)) <= SENTENCE_CHARS and clip(long).endswith("…")


def _same_claims() -> list[dict[str, object]]:
    claims = story_claims(SAME_STORY, sources=[Document(id="pr", text=SAME_RELEASE)])
    out = [c.to_dict() for c in claims]
    assert any(c["drift"] and not c["drift"]["distorted"] for c in out)  # type: ignore[index]
    return out


def test_terminal_shows_the_reason_of_a_claim_that_is_not_distorted() -> None:
    from sourcetrace.report.claims import render_claims

    buf = io.StringIO()
    render_claims({"claims": _same_claims()}, console=Console(file=buf, width=200))
    assert "why: same: both state a correlation" in buf.getvalue()


def test_html_report_shows_the_reason_of_a_claim_that_is_not_distorted(tmp_path: Path) -> None:
    from sourcetrace.report import render_html

    with Index.open(tmp_path / "same.db") as index:
        index.add([Document(id="pr", text=SAME_RELEASE)])
        result = index.trace(SAME_STORY)
        sources = index.store.get_many([s.id for s in result.sources])
    assert any(c.drift is not None and not c.drift.distorted for c in result.claims)
    page = render_html(result, sources=sources, title="Same")
    assert "why: same: both state a correlation" in page


def test_web_page_shows_the_reason_of_a_claim_that_is_not_distorted(tmp_path: Path) -> None:
    pytest.importorskip("fastapi", reason="the web app needs: pip install 'sourcetrace[web]'")
    pytest.importorskip("httpx", reason="the in-process client needs httpx")
    from fastapi.testclient import TestClient

    from sourcetrace.web import create_app

    path = tmp_path / "web.db"
    with Index.open(path) as index:
        index.add([Document(id="pr", text=SAME_RELEASE)])
    with TestClient(create_app(path), base_url="http://127.0.0.1") as client:
        page = client.post("/trace", data={"text": SAME_STORY})
    assert page.status_code == 200
    assert "why: same: both state a correlation" in page.text
