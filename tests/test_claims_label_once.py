"""A story's claims are labelled once each (issue 17, speed point)."""

from __future__ import annotations

import pytest


def test_each_claim_is_labelled_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from sourcetrace.claims import story
    from sourcetrace.documents import Document

    text = (
        "Fish oil cuts dementia risk\n\n"
        "Taking fish oil every day cuts the risk of dementia in older people, a study found.\n"
    )
    release = Document(
        "r1",
        "Older adults who took fish oil every day were less likely to develop dementia.\n",
    )
    asked: list[str] = []
    inner = story.label

    def counted(statement: str, **kw: object) -> object:
        asked.append(statement)
        return inner(statement, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(story, "label", counted)
    claims = story.story_claims(text, sources=[release])
    assert claims and all(c.source is not None for c in claims)
    for c in claims:
        assert asked.count(c.text) == 1
        assert c.drift is not None
