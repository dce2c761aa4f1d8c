"""Passages a reader can trust, and every source of a composite story (issue 16)."""

from __future__ import annotations

import dataclasses
import functools
import io
import tempfile
from collections.abc import Collection, Sequence
from pathlib import Path

import pytest
from rich.console import Console

from sourcetrace import Document, Index
from sourcetrace.align import AlignOptions, align
from sourcetrace.report import render_html, render_terminal
from sourcetrace.results import TraceResult
from sourcetrace.sentences import Retelling
from sourcetrace.text import words
from sourcetrace.trace import TraceOptions
from sourcetrace.tracing.evidence import _article
from sourcetrace.tracing.lookup import _sentence_hits

# Six releases on unrelated subjects; each first sentence is copied by the composite story.
RELEASES = {
    "bees": (
        "Honeybee colonies kept beside wildflower margins produced forty percent more honey "
        "than colonies kept beside wheat fields during the three summers of the Hartwell "
        "orchard survey. Beekeepers were not paid."
    ),
    "glacier": (
        "The Solheim glacier retreated by almost two hundred metres between the autumn "
        "surveys, the fastest loss recorded since Icelandic scientists began measuring its "
        "tongue in the nineteen thirties. Tourists still visit."
    ),
    "trains": (
        "Night trains between Vienna and Brussels will run four times a week from next "
        "spring, with sleeping cars refurbished in a workshop near Linz at a cost of twelve "
        "million euros. Tickets go on sale soon."
    ),
    "violins": (
        "Acoustic tests on seventeen Cremonese violins showed that the varnish layer damps "
        "high frequencies far less than luthiers had assumed, according to engineers at "
        "the Padua conservatory. The work continues."
    ),
    "coffee": (
        "Farmers in the Huila highlands replanted rust resistant coffee varieties on nearly "
        "half of their plots after the cooperative offered seedlings and training through "
        "its rural extension programme. Yields recovered."
    ),
    "owls": (
        "Barn owl chicks fledged in nest boxes mounted on old farm buildings more often than "
        "in boxes fixed to isolated poles, volunteers monitoring three hundred Norfolk sites "
        "reported in their annual census. Counts vary."
    ),
}


def _first_sentence(text: str) -> str:
    return text.split(". ")[0] + "."


@pytest.fixture
def composite() -> str:
    """A story assembled from the first sentence of each of the six releases."""
    filler = "Meanwhile, elsewhere, other news happened as usual on a quiet Tuesday."
    return f" {filler} ".join(_first_sentence(t) for t in RELEASES.values())


def _accepted(index: Index, text: str, options: TraceOptions) -> set[str]:
    result = index.trace(text, options=options)
    return {s.id for s in result.sources if s.derivation != "non"}


def test_retrieval_keeps_going_while_candidates_yield_new_copied_text(
    index: Index, composite: str
) -> None:
    """A first retrieval too shallow for six sources (two found, each with copied text of
    its own) is extended until all six are found."""
    index.add([Document(id=k, text=v) for k, v in RELEASES.items()])
    shallow = TraceOptions(candidates=2, pool=2)
    once = dataclasses.replace(shallow, extend_rounds=0)
    assert _accepted(index, composite, once) != set(RELEASES)
    assert _accepted(index, composite, shallow) == set(RELEASES)


def test_no_further_retrieval_when_nothing_is_copied(index: Index) -> None:
    """A story copying nothing, or from one source, costs no further query."""
    index.add([Document(id=k, text=v) for k, v in RELEASES.items()])
    calls: list[int] = []
    store = index.store
    original = store.candidates

    def counting(*args: object, **kwargs: object) -> list[tuple[str, float]]:
        calls.append(1)
        return original(*args, **kwargs)  # type: ignore[arg-type]

    store.candidates = counting  # type: ignore[method-assign]
    index.trace("Owls and bees and glaciers and trains: a mixed week for everyone in Norfolk.")
    assert len(calls) == 1
    # Nor does a story copying from one source only (most stories).
    index.trace(_first_sentence(RELEASES["owls"]) + " Counts vary from year to year.")
    assert len(calls) == 2


def test_short_incidental_matches_are_not_passages() -> None:
    source = "The trial of the new drug was published in the journal Nature on Monday."
    article = "A separate study, which was published in the journal Nature, looked at mice."
    a, s = words(article), words(source)
    assert align(a, s) == []
    # The same match counts when short passages are allowed: the rule is what drops it.
    (p,) = align(a, s, AlignOptions(min_chars=0))
    assert article[a.starts[p.a_start] : a.ends[p.a_end - 1]] == (
        "was published in the journal Nature"
    )


def test_retelling_must_say_the_same_thing_not_share_a_topic() -> None:
    same = Retelling()
    voyager = ["voyag", "1", "distant", "spacecraft", "launch", "earth"]
    assert not same.same(voyager, ["voyag", "2", "pass", "sirius", "distant", "earth"], 70, 70)
    assert same.same(voyager, ["voyag", "1", "launch", "earth", "distant", "craft"], 70, 80)


def test_retelling_of_one_spelt_out_term_is_not_a_retelling() -> None:
    """Sharing one long name (COPD spelt out) and a word is not saying the same thing."""
    a = ["case", "chronic", "obstruct", "pulmonari", "diseas", "diagnos", "follow"]
    s = ["chronic", "obstruct", "pulmonari", "diseas", "umbrella", "term", "follow"]
    assert not Retelling().same(a, s, 100, 100)
    assert Retelling(min_outside=0).same(a, s, 100, 100)


def test_retelling_giving_other_figures_is_not_a_retelling() -> None:
    a = ["least", "ate", "food", "ad", "sugar", "75", "total", "calori", "195"]
    s = ["ad", "sugar", "total", "calori", "food", "ate", "least", "60", "90"]
    assert not Retelling().same(a, s, 150, 150)
    assert Retelling().same(a, [*s[:-2], "195"], 150, 150)


def test_retelling_needs_a_source_span_of_comparable_length() -> None:
    a = ["painkil", "rais", "heart", "attack", "risk"]
    s = ["risk", "heart", "attack", "rais", "painkil"]
    assert Retelling().same(a, s, 40, 90)
    assert not Retelling().same(a, s, 40, 330)


SOURCE = (
    "Researchers followed 5,000 adults in Leeds for ten years to study their sleep. "
    "Adults who slept less than six hours a night were twice as likely to develop "
    "diabetes as those who slept seven or eight hours, the study found. "
    "Shift workers were excluded from the analysis."
)


def test_a_sentence_sharing_topic_words_is_not_a_rewritten_passage(index: Index) -> None:
    """Once a source is accepted, a sentence of the same topic sharing its words but saying
    something else is not shown as rewritten from it (as it was before the check)."""
    index.add([Document(id="sleep", text=SOURCE)])
    article = (
        "Researchers followed 5,000 adults in Leeds for ten years to study their sleep. "
        "Leeds adults with diabetes now sleep seven hours and study shift workers."
    )
    loose = TraceOptions(retold_dice=0, retold_min_shared=0, retold_outside=0)
    found = []
    for options in (loose, TraceOptions()):
        (src,) = [s for s in index.trace(article, options=options).sources if s.id == "sleep"]
        assert src.derivation != "non"
        found.append([article[p.article_start : p.article_end] for p in src.passages])
    assert found[0][-1].startswith("Leeds adults with diabetes")
    assert found[1] == found[0][:-1]


STOCK = (
    "This is an observational study, so no firm conclusions can be drawn about cause and "
    "effect, say the authors."
)


def test_a_stock_sentence_is_shown_with_one_source_not_every_source_holding_it(
    index: Index,
) -> None:
    first = (
        f"Hip fractures were treated very differently across English hospitals. {STOCK} "
        "Nevertheless the researchers found an unexplained variation in the use of total hip "
        "replacement after a fracture among the hospitals they studied."
    )
    second = (
        f"{STOCK} Paid family leave in California was followed by fewer hospital admissions "
        "of young children for deliberately inflicted head injuries, the researchers report."
    )
    index.add([Document(id="first", text=first), Document(id="second", text=second)])
    article = (
        f"{STOCK} Nevertheless the researchers found an unexplained variation in the use of "
        "total hip replacement after a fracture among the hospitals they studied. In other "
        "news, paid family leave in California was followed by fewer hospital admissions of "
        "young children for deliberately inflicted head injuries, the researchers report."
    )
    result = index.trace(article)
    by_id = {s.id: s for s in result.sources if s.derivation != "non"}
    assert set(by_id) == {"first", "second"}
    stock_end = len(STOCK)
    assert any(p.article_start < stock_end for p in by_id["first"].passages)
    assert all(p.article_start >= stock_end for p in by_id["second"].passages)


def test_a_sentence_copied_from_one_candidate_alone_makes_a_source_of_a_composite() -> None:
    """composite-copied: 12 words copied from "small" alone, in a story "big" explains."""
    from sourcetrace.judge import DEFAULT_POLICY, Article, Candidate, Neighbour, judge

    big = Candidate("big", 5.0, 5, frozenset(range(40)), 40, 40)
    small = Candidate("small", 1.0, 1, frozenset(range(60, 72)), 12, 12)
    stock = dataclasses.replace(small, id="stock", unique_copied=0)
    pool = tuple(Neighbour(f"n{i}", 1.0, 1) for i in range(8))

    def verdicts(*cands: Candidate) -> dict[str, str | None]:
        art = Article(100, 120, (*pool, *(Neighbour(c.id, c.shared, 1) for c in cands)), 5)
        covered = {c.id: c.copied_covered for c in cands}
        out = judge(cands, art, DEFAULT_POLICY, retell=covered.__getitem__, wholly=0.6)
        return {j.id: j.accepted_by for j in out}

    assert verdicts(big, small) == {"big": "copied-share", "small": "composite-copied"}
    # Alone (its story's own source not indexed), or held by others too: no source.
    assert verdicts(small) == {"small": None}
    assert verdicts(big, stock) == {"big": "copied-share", "stock": None}


# Four rare names per sentence of a story's own text (a rally report), all held by one
# indexed distractor: in one query over every uncovered word they outrank the copied
# sentence of a source not found yet.
RALLY_NAMES = (
    "Ashdown Brennan Carvalho Delacroix",
    "Eriksen Fitzgerald Gallagher Hargreaves",
    "Ingram Jovanovic Kowalski Lindgren",
    "Mancini Novak Oyelaran Pellegrini",
    "Radcliffe Sorensen Tanaka Urquhart",
    "Valentini Whitaker Yamamoto Zeller",
    "Quigley Ostrander Pemberton Vasquez",
    "Thornbury Okonkwo Halvorsen Dimitriou",
    "Castellano Wojcik Abernathy Nakamura",
    "Fairweather Lindqvist Moreau Petrakis",
)


def test_a_copied_sentence_among_rare_names_of_the_story_s_own_is_retrieved(
    index: Index,
) -> None:
    """Each uncovered sentence is queried alone too: the owls sentence, set among ten
    sentences of rare names a distractor holds, gets its source retrieved and accepted."""
    index.add([Document(id=k, text=v) for k, v in RELEASES.items()])
    index.add([Document(id="rally", text=" ".join(f"{n} were there." for n in RALLY_NAMES))])
    own = [f"Senator {n} spoke at the rally." for n in RALLY_NAMES]
    story = " ".join(
        [
            _first_sentence(RELEASES["bees"]),
            own[0],
            _first_sentence(RELEASES["glacier"]),
            own[1],
            own[2],
            _first_sentence(RELEASES["owls"]),
            *own[3:],
        ]
    )
    options = TraceOptions(candidates=2, pool=2, extend_batch=1, extend_rounds=1)
    assert "owls" not in _accepted(index, story, dataclasses.replace(options, extend_rounds=0))
    assert {"bees", "glacier", "owls"} <= _accepted(index, story, options)


def test_each_uncovered_sentence_is_queried_alone_once_per_trace() -> None:
    """A later round does not query again a sentence already queried alone."""
    story = " ".join(_first_sentence(t) for t in RELEASES.values())
    art, _ = _article(story, 10, lambda terms: dict.fromkeys(terms, 1))
    calls: list[Sequence[str]] = []

    def more(terms: Sequence[str], seen: Collection[str], limit: int) -> list[Document]:
        calls.append(terms)
        return []

    asked: set[int] = set()
    _sentence_hits(art, set(), (), more, asked)
    assert len(calls) == len(RELEASES)
    _sentence_hits(art, set(), (), more, asked)
    assert len(calls) == len(RELEASES)


# A sentence of a release, and the story sentence copying it with one edit near an edge.
FUSSY = "By the age of 3, around 30% of the children were classified as fussy eaters."
EDGE_EDITS = [
    ("inserted near the end", "classified as recently fussy eaters."),
    ("dropped near the end", "classified fussy eaters."),
    ("replaced near the end", "classified as picky eaters."),
    ("swapped near the end", "classified as eaters fussy."),
]


def _story_passages(source: str, story: str) -> list[tuple[str, int]]:
    from sourcetrace.documents import Document as Doc
    from sourcetrace.tracing.evidence import _evidence, _overlap

    art, _ = _article(story, 100, lambda terms: dict.fromkeys(terms, 1))
    ev = _evidence(art, _overlap(art, Doc(id="s", text=source), aligned=True), TraceOptions())
    return [(story[p.article_start : p.article_end], p.matched_words) for p in ev.passages]


@pytest.mark.parametrize(("edit", "ending"), EDGE_EDITS, ids=[e[0] for e in EDGE_EDITS])
def test_a_sentence_copied_with_an_edit_near_its_edge_is_copied_whole(
    edit: str, ending: str
) -> None:
    """The passage reaches the sentence's end across the edit (it stopped at the last seed
    before, leaving the sentence not wholly copied)."""
    copied = FUSSY.replace("classified as fussy eaters.", ending)
    story = f"The weather was fine on Monday. {copied} The mayor opened a bridge."
    source = f"{FUSSY} Parents were worried about it."
    ((text, _),) = _story_passages(source, story)
    assert text == copied.rstrip(".")


def test_an_edit_near_a_sentence_start_and_a_decimal_are_bridged_too() -> None:
    source = "Rain fell. The hazard ratio for death at age 1-18 years was 6.6 (6.1, 7.1). End."
    story = "It was cold. The hazard ratio for death at age 1-18 years was 6.6 (6.1, 7.1). Next."
    ((text, _),) = _story_passages(source, story)
    assert text == "The hazard ratio for death at age 1-18 years was 6.6 (6.1, 7.1"
    source = "Further research is needed to shed light on these findings, say the researchers."
    story = (
        "It rained. Further research needed is to shed light on these findings, say the "
        "researchers."
    )
    ((text, _),) = _story_passages(source, story)
    assert text.startswith("Further research needed is")


def test_a_passage_is_not_extended_over_words_that_do_not_match() -> None:
    """Two unrelated words before the sentence's end are not taken as an edit."""
    story = f"It was cold. {FUSSY.replace('fussy eaters.', 'quite tall today.')} Next."
    ((text, _),) = _story_passages(f"{FUSSY} Parents were worried.", story)
    assert text.endswith("were classified as")


def test_a_passage_reaching_a_word_into_the_next_sentence_is_cut_at_the_edge() -> None:
    """Both texts open their next sentence with "The": the passage ends with its sentence."""
    source = f"{FUSSY} The parents were worried about it."
    story = f"It was cold. {FUSSY} The mayor opened a new bridge."
    ((text, matched),) = _story_passages(source, story)
    assert text == FUSSY.rstrip(".")
    assert matched == len(words(FUSSY))


def test_composite_copied_takes_a_story_of_two_sources_a_sentence_each() -> None:
    """composite-copied v2, alone: two candidates each alone hold a whole copied sentence,
    neither enough for another rule, no source accepted before (explained 0%)."""
    from sourcetrace.judge import DEFAULT_POLICY, Article, Candidate, Neighbour, judge

    one = Candidate("one", 1.0, 1, frozenset(range(0, 12)), 12, 12)
    two = Candidate("two", 1.0, 1, frozenset(range(50, 63)), 13, 13)
    stock = dataclasses.replace(two, id="stock", unique_copied=0)
    short = dataclasses.replace(two, id="short", unique_copied=9)
    pool = tuple(Neighbour(f"n{i}", 1.0, 1) for i in range(8))

    def verdicts(*cands: Candidate) -> dict[str, str | None]:
        art = Article(100, 120, (*pool, *(Neighbour(c.id, c.shared, 1) for c in cands)), 5)
        covered = {c.id: c.copied_covered for c in cands}
        out = judge(cands, art, DEFAULT_POLICY, retell=covered.__getitem__, wholly=0.6)
        return {j.id: j.accepted_by for j in out}

    assert verdicts(one, two) == {"one": "composite-copied", "two": "composite-copied"}
    # The peer holds its sentence with others, or too few words alone: no source.
    assert verdicts(one, stock) == {"one": None, "stock": None}
    assert verdicts(one, short) == {"one": None, "short": None}
    # Only that rule fires: without it nothing accepts either.
    others = dataclasses.replace(
        DEFAULT_POLICY,
        rules=tuple(r for r in DEFAULT_POLICY.rules if r.name != "composite-copied"),
    )
    art = Article(100, 120, (*pool, Neighbour("one", 1.0, 1), Neighbour("two", 1.0, 1)), 5)
    covered = {"one": one.copied_covered, "two": two.copied_covered}
    out = judge([one, two], art, others, retell=covered.__getitem__, wholly=0.6)
    assert [j.accepted_by for j in out] == [None, None]


def test_a_second_source_is_looked_for_when_the_rest_of_the_story_is_unrelated(
    index: Index,
) -> None:
    """The first retrieval finds one of two sources (one candidate with copied text of its
    own: the extension would not start); the story's other sentences share no phrase with
    it, so one probe query finds the second."""
    index.add([Document(id=k, text=v) for k, v in RELEASES.items()])
    story = " ".join(
        [
            _first_sentence(RELEASES["owls"]),
            "The council voted to resurface the high street before the summer fair.",
            _first_sentence(RELEASES["violins"]),
            "Fans queued overnight outside the stadium for the cup final tickets.",
        ]
    )
    options = TraceOptions(candidates=1, pool=1, extend_batch=1)
    assert _accepted(index, story, dataclasses.replace(options, extend_rounds=0)) == {"owls"}
    assert _accepted(index, story, options) == {"owls", "violins"}


def test_a_sentence_followed_by_a_quotation_opened_with_two_apostrophes_is_whole() -> None:
    """Newswire text opens quotations with ``''``; the sentence before one ends there, so a
    copied sentence with an edit near its end is fitted to that end and copies a whole
    sentence (it ran on into the quotation before: the passage stopped short)."""
    from sourcetrace.documents import Document as Doc
    from sourcetrace.tracing.evidence import _evidence, _overlap

    copied = FUSSY.replace("classified as fussy eaters.", "classified as recently fussy eaters.")
    story = f"The weather was fine. {copied} ''We were surprised,'' a parent said."
    art, _ = _article(story, 100, lambda terms: dict.fromkeys(terms, 1))
    texts = [story[art.words.starts[s.first] : art.words.ends[s.end - 1]] for s in art.sentences]
    assert copied.rstrip(".") in texts
    ev = _evidence(
        art,
        _overlap(art, Doc(id="s", text=f"{FUSSY} Parents worried."), aligned=True),
        TraceOptions(),
    )
    assert [story[p.article_start : p.article_end] for p in ev.passages] == [copied.rstrip(".")]
    assert ev.long_spans


def test_a_second_source_in_the_pool_is_aligned_with_no_further_query(
    index: Index, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first retrieval aligns one of two sources; the other is retrieved into the pool
    but not aligned, and the probe's query is shut (its gate never opens here): the pool
    document holding every word pair of an uncovered sentence is aligned all the same."""
    import sourcetrace.tracing.lookup as lookup_module

    index.add([Document(id=k, text=v) for k, v in RELEASES.items()])
    story = " ".join(
        [
            _first_sentence(RELEASES["owls"]),
            "The council voted to resurface the high street before the summer fair.",
            _first_sentence(RELEASES["violins"]),
        ]
    )
    monkeypatch.setattr(lookup_module, "PROBE_UNRELATED", 1.0)
    options = TraceOptions(candidates=1, pool=6, extend_rounds=1, extend_batch=1)
    assert _accepted(index, story, options) == {"owls", "violins"}
    # Without aligning pool documents that hold an uncovered sentence: one source only.
    monkeypatch.setattr(lookup_module, "POOL_COPY_SHARE", 2.0)
    assert len(_accepted(index, story, options)) == 1


@functools.cache  # traced once for the tests that read it (the result is frozen)
def _shared_stock_trace() -> tuple[str, str, TraceResult]:
    """A story (the text of "source") whose stock sentence "other" holds word for word."""
    with tempfile.TemporaryDirectory() as tmp:
        index = Index.open(Path(tmp) / "index.db")
        source = (
            "Hip fractures were treated very differently across English hospitals, the "
            f"national audit of orthopaedic care found last winter. {STOCK}"
        )
        other = (
            "Paid family leave in California was followed by fewer hospital admissions of "
            f"young children with head injuries. {STOCK} Funding came from a state grant."
        )
        half = (
            "Coffee drinkers lived longer in a cohort of Danish nurses. This is an "
            "observational study, so the result is a first step. Funding was public."
        )
        index.add(
            [
                Document(id="source", text=source),
                Document(id="other", text=other),
                Document(id="half", text=half),
            ]
        )
        result = index.trace(source)
        index.close()
    return source, other, result


def test_a_passage_held_word_for_word_by_another_document_names_it() -> None:
    """The story copies a stock sentence that "other" holds word for word as well: the
    passage shown with the accepted source names "other" (with its own offsets), and
    "other", judged ``non``, says it holds the same text; "half", holding only part of
    the sentence, is not named; nor is a sentence the source holds and "other" does not."""
    source, other, result = _shared_stock_trace()
    by_id = {s.id: s for s in result.sources}
    assert by_id["source"].derivation != "non"
    start = source.index(STOCK)
    [passage] = by_id["source"].passages
    assert [h.id for h in passage.also_in] == ["other"]
    held = passage.also_in[0]
    assert held.article_start >= start  # the stock sentence only, not the first one
    # The sentence (its opening stopword aside: alignment seeds hold a content word).
    assert (
        "observational study, so no firm conclusions can be drawn about cause and effect, say"
        in other[held.source_start : held.source_end]
    )
    assert other[held.source_start : held.source_end] in STOCK
    assert (
        source[held.article_start : held.article_end] == other[held.source_start : held.source_end]
    )
    assert passage.to_dict()["also_in"][0]["id"] == "other"
    assert by_id["other"].derivation == "non"
    assert "holds the same text as the copied passage of source source" in by_id["other"].reason


def test_the_index_is_searched_for_the_other_holders_of_a_composite_story_s_sentence(
    index: Index,
) -> None:
    """A composite story copies a stock sentence with its source ("bees"); two other
    documents hold it and are not retrieved by the shallow first retrieval nor by the
    extension (the sentence is covered): the search for the sentence's other holders
    aligns and names them, without judging them."""
    bees = f"{_first_sentence(RELEASES['bees'])} {STOCK}"
    index.add(
        [
            Document(id="bees", text=bees),
            *(Document(id=k, text=RELEASES[k]) for k in ("glacier", "trains")),
            Document(id="stock-a", text=f"Tea drinkers slept less well in the trial. {STOCK}"),
            Document(id="stock-b", text=f"{STOCK} Funding came from the dairy board."),
        ]
    )
    filler = "Meanwhile, elsewhere, other news happened as usual on a quiet Tuesday."
    story = f" {filler} ".join(
        [bees, _first_sentence(RELEASES["glacier"]), _first_sentence(RELEASES["trains"])]
    )
    result = index.trace(story, options=TraceOptions(candidates=2, pool=2))
    sources = {s.id: s for s in result.sources if s.derivation != "non"}
    assert set(sources) == {"bees", "glacier", "trains"}
    named = {h.id for p in sources["bees"].passages for h in p.also_in}
    assert named == {"stock-a", "stock-b"}
    assert not {"stock-a", "stock-b"} & {s.id for s in result.sources}


def test_a_copied_sentence_opening_in_lowercase_copies_a_whole_sentence() -> None:
    """The splitter ends a sentence only before a capital, so a copied sentence opening
    in lowercase joins the story's sentence before it; set between two full stops as
    written, it copies a whole sentence all the same (a stock phrase inside a sentence
    does not)."""
    from sourcetrace.documents import Document as Doc
    from sourcetrace.tracing.evidence import _evidence, _overlap

    copied = (
        "e-cigarette vapour damaged the lining of airway cells grown by the Leeds team "
        "in the laboratory."
    )
    source = Doc(id="s", text=f"The study was small. {copied} Funding was public.")
    for story, whole in [
        (f"The weather was fine on the coast. {copied} Crowds came.", True),
        (f"The weather was fine, and {copied[:-1]} on the coast. Crowds came.", False),
    ]:
        art, _ = _article(story, 100, lambda terms: dict.fromkeys(terms, 1))
        ev = _evidence(art, _overlap(art, source, aligned=True), TraceOptions())
        assert len(ev.passages) == 1
        assert bool(ev.long_spans) is whole, story


def test_a_whole_sentence_of_ten_words_copied_with_an_edit_counts_as_long() -> None:
    """Ten words copied whole with one replaced match nine: the passage counts as a long
    copied whole sentence of its ten words for composite stories (``long_spans``), not
    in ``long_copied``; with two words replaced, or inside a longer sentence, not."""
    from sourcetrace.documents import Document as Doc
    from sourcetrace.tracing.evidence import _evidence, _overlap

    sentence = "Around one in five respondents said they had volunteered abroad."
    source = Doc(id="s", text=f"The survey ran for a year. {sentence} Results vary.")
    cases = [
        (sentence.replace("said", "reported"), True),
        (sentence.replace("said", "reported").replace("had", "have"), False),
        (sentence.replace("said", "reported")[:-1] + " in the poll published on Monday.", False),
    ]
    for copied, long in cases:
        story = f"The weather was fine on the coast. {copied} Crowds came."
        art, _ = _article(story, 100, lambda terms: dict.fromkeys(terms, 1))
        ev = _evidence(art, _overlap(art, source, aligned=True), TraceOptions())
        assert ev.copied == 0
        assert [span[2] for span in ev.long_spans] == ([10] if long else []), copied


def test_the_reports_name_the_other_holders_of_a_passage() -> None:
    """The terminal table and the HTML report show which other documents hold a passage."""
    source, _, result = _shared_stock_trace()
    out = io.StringIO()
    render_terminal(result, console=Console(file=out, width=200, color_system=None))
    table = out.getvalue().split("Passages from source", 1)[1]
    row = next(line for line in table.splitlines() if "copied" in line)
    assert "also in" in table and row.rstrip(" │|").endswith("other")
    page = render_html(result, sources={"source": Document(id="source", text=source)})
    assert "· also in other" in page
