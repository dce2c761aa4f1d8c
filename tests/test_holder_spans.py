"""A holder named in ``also_in`` spans the words it holds (second first-user review).

The passage cut to the article words two texts share was aligned again over the holder's
whole passage, where a phrase repeated further on ("low birth weight") stretched it: a
52-character article span was said to be held at 347 characters of the holder, with a
similarity of 0.31; ``align.trim_to`` now cuts the passage's own word operations. Read
on InSciOut (pr-04-012, a copy of it in The Times of India and
the Gulf News story), so it needs ``../shared``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import SHARED
from sourcetrace import Document, Index

RELEASES = ("pr-04-012", "pr-04-013", "pr-11-004", "pr-22-014")
COPY = "news-04-012-GOOGLESEARCHER timesofindia.com"
STORY = "news-04-012-gulfnews.com"
#: Most holder words per article word held (the stretched span was 6.7 times).
HOLDER_SPAN = 1.5


def _records(path: Path, keys: set[str]) -> dict[str, dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        return {d["id"]: d for d in map(json.loads, f) if d["id"] in keys}


def test_holder_spans_are_the_words_held(index: Index) -> None:
    data = SHARED / "insciout"
    if not (data / "news_dev.jsonl").is_file():
        pytest.skip("needs ../shared/data/insciout")
    releases = _records(data / "press_releases.jsonl", set(RELEASES))
    news = _records(data / "news_dev.jsonl", {COPY, STORY})
    index.add([Document(id=k, text=v["text"], kind="source") for k, v in releases.items()])
    index.add([Document(id=COPY, text=news[COPY]["text"], kind="article")])
    result = index.trace(news[STORY]["text"])
    held = [a for s in result.accepted for p in s.passages for a in p.also_in]
    assert held
    for a in held:
        assert a.source_end - a.source_start <= HOLDER_SPAN * (a.article_end - a.article_start)
        assert a.similarity >= 0.5
