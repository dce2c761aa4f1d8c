"""Work a story's claims share is done once a story (issue 17, speed point).

Several claims are aligned with the same sources and often with the same source sentence:
the source's main statements and their stems, each source sentence's labels, and each
statement's "needs the parse" answer are computed once, not once a claim.
"""

from __future__ import annotations

from collections import Counter

import pytest

from sourcetrace.claims import align, story
from sourcetrace.claims.main import sentence_spans
from sourcetrace.documents import Document

STORY = (
    "Fish oil cuts dementia risk\n\n"
    "Taking fish oil every day cuts the risk of dementia in older people, a study found.\n\n"
    "The researchers said fish oil protects the brain of older people against dementia.\n"
)
RELEASE = Document(
    "r1",
    "Fish oil linked to lower dementia risk\n\n"
    "Older adults who took fish oil every day were less likely to develop dementia, "
    "researchers at the university found.\n\n"
    "The study followed 4,000 people for ten years.\n",
)


@pytest.fixture(autouse=True)
def _fresh() -> None:
    align._prepared.cache_clear()
    align._main_pool.cache_clear()


def test_a_source_sentence_is_labelled_once(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: Counter[str] = Counter()
    inner = story.label

    def counted(statement: str, **kw: object) -> object:
        asked[statement] += 1
        return inner(statement, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(story, "label", counted)
    claims = story.story_claims(STORY, sources=[RELEASE])
    sources = [c.source for c in claims if c.source is not None]
    shared = Counter(s.text for s in sources)
    # The headline and the lede are both compared with one sentence of the release ...
    assert max(shared.values()) >= 2
    for text in shared:
        # ... which is labelled once, and every claim shows the same labels for it.
        assert asked[text] == 1
        assert len({s.labels for s in sources if s.text == text}) == 1


def test_each_statement_is_asked_once_whether_it_needs_the_parse(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: Counter[str] = Counter()
    inner = story.needs_parse

    def counted(statement: str) -> bool:
        asked[statement] += 1
        return inner(statement)

    monkeypatch.setattr(story, "needs_parse", counted)
    story.story_claims(STORY, sources=[RELEASE])
    assert asked and max(asked.values()) == 1


def test_the_sources_main_statements_are_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    stems: Counter[str] = Counter()
    inner = align._stems

    def counted(text: str) -> set[str]:
        stems[text] += 1
        return inner(text)

    monkeypatch.setattr(align, "_stems", counted)
    claims = story.story_claims(STORY, sources=[RELEASE])
    assert sum(c.kind == "main" for c in claims) >= 2
    # Each sentence of the release is read once for its stems, not once a claim.
    assert stems[RELEASE.text[: RELEASE.text.index("\n")]] == 1


def test_source_sentences_are_the_sentence_spans() -> None:
    assert align.source_sentences(RELEASE.text) == sentence_spans(RELEASE.text)
    assert align.source_sentences("") == []
