"""A story's statements are parsed only when their labelling asks the parse (issue 17,
speed point).

``needs_parse`` says which statements *may* ask it (mixed cue codes, a modal, a change
verb, no cue); a dry run of the labelling with the parse withheld says which do. One that
asks nothing is labelled the same without being parsed.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator

import pytest

from sourcetrace.claims import align, predicate, story
from sourcetrace.claims.predicate import asks_parse
from sourcetrace.claims.strength import classify_strength, needs_parse
from sourcetrace.documents import Document
from sourcetrace.quotes.syntax import load_parser

needs_parser = pytest.mark.skipif(load_parser() is None, reason="needs the quotes extra")

# A weak hedge ("potential") and a causal verb: two codes, so it may ask the parse, but the
# weak cue yields to the verb before any question is asked.
SILENT = "A potential new drug cuts the risk of stroke in older women"
# No cue: the parse is asked for the main predicate.
ASKING = "Mosquitoes are repelled by the smell of chickens"
LEDE = f"{SILENT}, a study of 2,000 patients found"
STORY = f"{ASKING}\n\n{LEDE}.\n\nThe drug is taken once a day by the women in the trial.\n"
RELEASE = Document(
    "r1",
    "New drug and stroke\n\n"
    "Researchers found a new drug cuts the risk of stroke in older women.\n\n"
    "Mosquitoes seem to avoid the smell of chickens, the team reported.\n",
)


@pytest.fixture(autouse=True)
def _fresh() -> Iterator[None]:
    predicate.clear()
    align._prepared.cache_clear()
    align._main_pool.cache_clear()
    yield
    predicate.clear()


@needs_parser
def test_the_dry_run_tells_which_statements_ask_the_parse() -> None:
    assert needs_parse(SILENT) and needs_parse(ASKING)
    assert not asks_parse(SILENT, classify_strength)
    assert asks_parse(ASKING, classify_strength)
    # Nothing was parsed by the dry runs, and the parse is withheld no longer.
    assert not predicate._PARSES
    assert classify_strength(ASKING).code == 6
    assert ASKING in predicate._PARSES
    # A statement already parsed asks nothing new.
    assert not asks_parse(ASKING, classify_strength)


@needs_parser
def test_the_label_is_the_same_without_the_parse() -> None:
    without = classify_strength(SILENT)
    assert SILENT not in predicate._PARSES
    predicate.prime([SILENT])
    assert classify_strength(SILENT) == without
    assert without.code == 4


@needs_parser
def test_story_claims_parse_only_the_statements_that_ask(monkeypatch: pytest.MonkeyPatch) -> None:
    primed: list[str] = []
    inner = predicate.prime

    def recorded(texts: Iterable[str]) -> None:
        batch = list(texts)
        primed.extend(batch)
        inner(batch)

    monkeypatch.setattr(predicate, "prime", recorded)
    monkeypatch.setattr(story, "prime", recorded)
    claims = story.story_claims(STORY, sources=[RELEASE])
    labelled = {c.text: c.labels.strength for c in claims}
    assert labelled[LEDE].code == 4 and labelled[ASKING].code == 6
    assert needs_parse(LEDE) and LEDE not in primed
    assert ASKING in primed


@needs_parser
def test_the_parse_is_withheld_in_the_dry_runs_thread_only() -> None:
    # The web app traces on a thread pool: another trace's labelling, running during a
    # dry run, still parses.
    seen: list[object] = []

    def other_trace() -> None:
        try:
            seen.append(predicate.effect_predicate("Slugs are repelled by the smell of copper"))
        except Exception as e:
            seen.append(e)

    def classify(text: str) -> object:
        worker = threading.Thread(target=other_trace)
        worker.start()
        worker.join()
        return classify_strength(text)

    assert asks_parse(ASKING, classify)
    assert len(seen) == 1 and isinstance(seen[0], predicate.Predicate)
