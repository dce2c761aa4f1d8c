"""Every document holding a composite story's copied text, found and named (issue 16)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import sourcetrace.tracing.lookup as lookup_module
from sourcetrace import Document, Index
from sourcetrace.results import AlsoHeld, Passage, SourceMatch, TraceResult
from sourcetrace.trace import HOLDER_HITS, TraceOptions

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import bench_splice as b

STOCK = (
    "This is an observational study, so no firm conclusions can be drawn about cause and "
    "effect, say the authors."
)
BEES = (
    "Honeybee colonies kept beside wildflower margins produced forty percent more honey "
    "than colonies kept beside wheat fields during the three summers of the Hartwell "
    "orchard survey."
)
GLACIER = (
    "The Solheim glacier retreated by almost two hundred metres between the autumn "
    "surveys, the fastest loss recorded since Icelandic scientists began measuring its "
    "tongue in the nineteen thirties."
)
TRAINS = (
    "Night trains between Vienna and Brussels will run four times a week from next "
    "spring, with sleeping cars refurbished in a workshop near Linz at a cost of twelve "
    "million euros."
)
TOPICS = (
    "Tea drinkers slept less well in the trial.",
    "Cyclists reported fewer colds in winter.",
    "Night-shift nurses ate more sugar.",
    "Dog owners walked further each day.",
    "Choir singers had lower blood pressure.",
    "Gardeners slept longer at weekends.",
    "Commuters by train read more books.",
    "Swimmers had fewer back problems.",
    "Vegetarians reported more energy.",
    "Early risers drank less coffee.",
    "Runners had stronger bones in old age.",
    "Chess players remembered more names.",
)
FILLER = "Meanwhile, elsewhere, other news happened as usual on a quiet Tuesday."


def _stock_index(index: Index) -> Index:
    index.add(
        [
            Document(id="bees", text=f"{BEES} {STOCK}"),
            Document(id="glacier", text=f"{GLACIER} Tourists still visit."),
            Document(id="trains", text=f"{TRAINS} Tickets go on sale soon."),
            *(
                Document(id=f"stock-{k:02d}", text=f"{topic} {STOCK} Funding was public.")
                for k, topic in enumerate(TOPICS)
            ),
        ]
    )
    return index


def _named(index: Index, stock: str, options: TraceOptions) -> tuple[set[str], list[int | None]]:
    story = f" {FILLER} ".join([f"{BEES} {stock}", GLACIER, TRAINS])
    result = index.trace(story, options=options)
    sources = {s.id: s for s in result.sources if s.derivation != "non"}
    assert set(sources) == {"bees", "glacier", "trains"}
    named = {h.id for p in sources["bees"].passages for h in p.also_in}
    held = [p.held_by for p in sources["bees"].passages if p.also_in]
    return named, held


def test_every_document_holding_a_copied_stock_sentence_is_named(index: Index) -> None:
    """Twelve documents hold the stock sentence the story copies with its source "bees":
    more than the ranked search for other holders reaches (five per sentence); the index
    is asked which documents hold the sentence word for word, and all twelve are named,
    the passage counting thirteen holders (the source among them)."""
    assert len(TOPICS) > 2 * HOLDER_HITS
    _stock_index(index)
    named, held = _named(index, STOCK, TraceOptions(candidates=2, pool=2))
    assert named == {f"stock-{k:02d}" for k in range(len(TOPICS))}
    assert held == [len(TOPICS) + 1]
    story = f" {FILLER} ".join([f"{BEES} {STOCK}", GLACIER, TRAINS])
    assert index.trace(story, options=TraceOptions(candidates=2, pool=2)).shared == ()


JOURNAL = (
    "The Journal of Rural Veterinary Practice is one of sixty specialist titles issued by "
    "the Northfield Press."
)


def test_copied_text_several_documents_hold_and_no_source_explains_is_listed(
    index: Index,
) -> None:
    """A composite story copies a journal's boilerplate sentence that two releases hold
    word for word and nothing else of the story: neither is accepted for it (the story
    cannot tell which it copied), and the trace lists the sentence as shared text with
    both holders, their spans, and how many documents hold it."""
    _stock_index(index)
    index.add(
        [
            Document(id="vet-a", text=f"Sheep farmers vaccinated earlier in spring. {JOURNAL}"),
            Document(id="vet-b", text=f"{JOURNAL} Horses were not studied."),
        ]
    )
    story = f" {FILLER} ".join([BEES, GLACIER, JOURNAL, TRAINS])
    result = index.trace(story, options=TraceOptions(candidates=3, pool=3))
    assert {s.id for s in result.accepted} == {"bees", "glacier", "trains"}
    [shared] = result.shared
    assert story[shared.article_start : shared.article_end].startswith("The Journal of Rural")
    assert {h.id for h in shared.holders} == {"vet-a", "vet-b"}
    for h in shared.holders:
        held = index.get(h.id).text[h.source_start : h.source_end]
        assert held == story[h.article_start : h.article_end]
    assert shared.held_by == 2
    assert result.to_dict()["shared"][0]["held_by"] == 2


def test_copied_text_other_documents_hold_is_listed_beside_a_single_source(
    index: Index,
) -> None:
    """A story copies one release and a journal's boilerplate sentence that release does
    not hold and two others do: the release is its one source, and the sentence is
    listed as shared text with both holders, named from the aligned candidates (the index
    is not searched for more in a one-source story: held_by stays None). Before, only
    stories with two sources or more listed shared text."""
    _stock_index(index)
    index.add(
        [
            Document(id="vet-a", text=f"Sheep farmers vaccinated earlier in spring. {JOURNAL}"),
            Document(id="vet-b", text=f"{JOURNAL} Horses were not studied."),
        ]
    )
    own = (
        "Guides in Reykjavik now sell fewer crampons than five years ago, shop owners say. "
        "A ferry strike delayed supplies to the northern villages for most of March. "
        "Local schools added a week of field trips to the moraine to their spring timetable. "
        "Hotel bookings along the ring road rose by a tenth compared with the previous season."
    )
    story = f" {FILLER} ".join([GLACIER, own, JOURNAL])
    result = index.trace(story)
    assert {s.id for s in result.accepted} == {"glacier"}
    [shared] = result.shared
    assert story[shared.article_start : shared.article_end].startswith("The Journal of Rural")
    assert {h.id for h in shared.holders} == {"vet-a", "vet-b"}
    assert shared.held_by is None


def test_holders_of_an_edited_copy_are_found_by_its_copied_runs(index: Index) -> None:
    """The story edits a word of the stock sentence ("said" for "say"): the documents
    holding every run of words it copies are still found and named."""
    _stock_index(index)
    edited = STOCK.replace("say the authors", "said the authors")
    named, held = _named(index, edited, TraceOptions(candidates=2, pool=2))
    assert named == {f"stock-{k:02d}" for k in range(len(TOPICS))}
    assert held == [len(TOPICS) + 1]


def test_the_holders_named_are_capped_by_a_setting_and_all_counted(index: Index) -> None:
    """``trace.holders`` caps the documents the exact search aligns and names (those the
    other searches aligned are named as well); the passage still counts every holder."""
    _stock_index(index)
    named, held = _named(index, STOCK, TraceOptions(candidates=2, pool=2, holders=1))
    assert len(named) < len(TOPICS)
    assert held == [len(TOPICS) + 1]


def test_the_store_finds_the_documents_holding_phrases_word_for_word(index: Index) -> None:
    """Every phrase must be held in order in the text (case and punctuation aside, not in
    the title); ids come in index order, ``limit`` of them, with the full count, and
    ``exclude`` left out of both."""
    index.add(
        [
            Document(id="a", text="The cat sat on the mat, said Ann. Then it rained."),
            Document(id="b", text="Then it rained. THE CAT SAT ON THE MAT!"),
            Document(id="c", text="The mat sat on the cat."),
            Document(id="d", title="The cat sat on the mat", text="Nothing here."),
            Document(id="e", text="The cat sat on the mat; it rained then."),
        ]
    )
    store = index.store
    assert store.holding(["the cat sat on the mat"], limit=10) == (["a", "b", "e"], 3)
    assert store.holding(["the cat sat on the mat", "then it rained"], limit=10) == (
        ["a", "b"],
        2,
    )
    assert store.holding(["the cat sat on the mat"], limit=1, exclude=["a"]) == (["b"], 2)
    assert store.holding(["...", ""], limit=5) == ([], 0)


def test_the_splice_bench_counts_a_verbatim_holder_for_its_twin_only() -> None:
    """bench_splice's third figure: a gold source none of whose passages is found counts
    when another release holding its passage word for word is accepted or named over it,
    never when the other release holds only part of it, and the gold is left unchanged."""
    texts = {"gold": f"Intro. {STOCK}", "twin": f"{STOCK} Outro.", "part": STOCK[:40]}
    start = texts["gold"].index(STOCK)
    story = b.Story(
        "s",
        "A",
        f"Filler. {STOCK}",
        (b.Case("gold", 8, 8 + len(STOCK), start, len(texts["gold"]), False),),
    )
    twins = b.Twins.of([story], texts)
    assert twins.by_case[story.cases[0]] == frozenset({"twin"})

    def result(source: str, named: str | None) -> TraceResult:
        held = () if named is None else (AlsoHeld(named, 8, 20, 0, 12, 1.0),)
        passage = Passage(8, 8 + len(STOCK), 0, len(STOCK), 1.0, also_in=held)
        match = SourceMatch(source, None, None, 0.5, 0.5, "partially", (passage,), 1.0, "")
        return TraceResult(None, story.text, (match,))

    assert b.twin_found(story, result("twin", None), twins) == {"gold"}
    assert b.twin_found(story, result("other", "twin"), twins) == {"gold"}
    assert b.twin_found(story, result("part", None), twins) == set()
    assert story.sources == frozenset({"gold"})


def test_the_splice_bench_equivalence_sets_hold_whole_words_where_the_twin_holds_them() -> None:
    """bench_splice's equivalence sets: a release holds a planted passage verbatim only
    with whole words (not a word running into its first one), a twin stands for the gold
    only when named over where it holds the text, and a gold source is identifiable when
    one of its planted passages no other release holds."""
    other = "Our cohort lost weight steadily over the two summers of the trial."
    texts = {
        "gold": f"Intro. {STOCK} {other}",
        "twin": f"Unrelated opening words go first here. {STOCK} Outro.",
        "glued": f"Xthis{STOCK[4:]}",
    }
    start = texts["gold"].index(STOCK)
    stock = b.Case("gold", 8, 8 + len(STOCK), start, start + len(STOCK), False)
    story = b.Story("s", "A", f"Filler. {STOCK}", (stock,))
    twins = b.Twins.of([story], texts)
    assert twins.by_case[stock] == frozenset({"twin"})
    at = texts["twin"].index(STOCK)
    assert twins.spans[stock]["twin"] == ((at, at + len(STOCK) - 1),)  # to the last word
    assert not twins.identifiable(story, "gold")

    def named(s0: int, s1: int) -> TraceResult:
        held = (AlsoHeld("twin", 8, 20, s0, s1, 1.0),)
        passage = Passage(8, 8 + len(STOCK), 0, len(STOCK), 1.0, also_in=held)
        match = SourceMatch("x", None, None, 0.5, 0.5, "partially", (passage,), 1.0, "")
        return TraceResult(None, story.text, (match,))

    assert b.twin_found(story, named(at, at + 12), twins) == {"gold"}
    assert b.twin_found(story, named(0, 12), twins) == set()  # the twin's opening words

    own = texts["gold"].index(other)
    alone = b.Case("gold", 200, 200 + len(other), own, own + len(other), False)
    two = b.Story("t", "A", story.text, (stock, alone))
    twins = b.Twins.of([two], texts)
    assert twins.by_case[alone] == frozenset()
    assert twins.identifiable(two, "gold")
    assert b.twin_found(two, named(at, at + 12), twins) == set()  # its own passage unshown


CLAUSE = "no firm conclusions can be drawn about the cause and effect of diet in adults"


def test_a_sentence_holding_a_copied_stock_clause_is_looked_up_for_holders() -> None:
    """The source holds a stock clause that the story copies inside a longer sentence of
    its own (the clause is most of the shorter of the two, not most of the sentence):
    the sentence is one whose other holders are looked for, with the clause's words; a
    sentence only touched by a passage is not."""
    from sourcetrace.tracing.evidence import _article, _evidence, _overlap
    from sourcetrace.tracing.holders import _copied_runs, _copied_sentences

    source = Document(
        id="bees", text=f"{BEES} The survey was small, and {CLAUSE}, say the authors."
    )
    sentence = f"Critics say that {CLAUSE} from these surveys."
    story = f"{BEES} {FILLER} {sentence} {GLACIER}"
    art, _ = _article(story, 100, lambda terms: dict.fromkeys(terms, 1))
    opts = TraceOptions()
    ev = _evidence(art, _overlap(art, source, aligned=True), opts)
    asked = {
        story[art.words.starts[s.first] : art.words.ends[s.end - 1]]: [
            story[art.words.starts[r[0]] : art.words.ends[r[-1]]] for r in _copied_runs(s, al)
        ]
        for s, al in _copied_sentences(art, ["bees"], {"bees": ev}, opts)
    }
    assert set(asked) == {BEES[:-1], sentence[:-1]}
    assert asked[sentence[:-1]] == [CLAUSE]


def test_a_source_whose_text_holders_found_after_judging_hold_says_so(index: Index) -> None:
    """The judge saw two candidates; the twelve documents holding the stock sentence the
    source "bees" passes on were found after it accepted "bees": its reason says they hold
    that text too (the second first-user review: a ``composite-copied`` reason read "no
    other candidate holds" beside a passage naming another holder)."""
    _stock_index(index)
    story = f" {FILLER} ".join([f"{BEES} {STOCK}", GLACIER, TRAINS])
    result = index.trace(story, options=TraceOptions(candidates=2, pool=2))
    [bees] = [s for s in result.accepted if s.id == "bees"]
    assert "searched after judging, the index also holds its copied text in stock-" in bees.reason
    assert "+" in bees.reason.split("searched after judging")[1]  # more than are shown
    [glacier] = [s for s in result.accepted if s.id == "glacier"]
    assert "searched after judging" not in glacier.reason


HEAD = "This is an observational study, so no firm conclusions can be drawn about cause and effect"
TAIL = f"{HEAD}, and the trial was paid for by growers in the valley."


def test_a_sentence_copied_with_a_stock_head_is_looked_up_by_its_own_tail(index: Index) -> None:
    """A composite story copies a sentence whose head is stock text that other releases
    hold and whose tail only one release holds: the stock holders retrieved first cover
    most of the sentence, so no ranked query asks for it again, and its source is found by
    looking up the uncovered tail word for word, and accepted."""
    _stock_index(index)
    index.add(
        [
            *(
                Document(id=f"decoy-{k}", text=f"{HEAD}. Growers in the valley paid for the trial.")
                for k in range(6)
            ),
            Document(id="orchard", text=f"{' '.join(TOPICS)} {TAIL} {' '.join(TOPICS)}"),
        ]
    )
    story = f" {FILLER} ".join([GLACIER, TRAINS, TAIL])
    result = index.trace(story, options=TraceOptions(candidates=3, pool=3))
    assert {s.id for s in result.accepted} == {"glacier", "trains", "orchard"}


def test_a_stock_sentence_of_common_words_only_is_not_asked_of_the_index(
    index: Index, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A phrase query whose rarest word many documents hold reads long position lists
    (seconds on a million documents): above ``tracing.lookup.LOOKUP_MAX_DOCS`` the index is not
    asked who holds the sentence word for word, so its holders are not counted, and only
    the ranked search for other holders names some of them."""
    _stock_index(index)
    options = TraceOptions(candidates=2, pool=2)
    named, held = _named(index, STOCK, options)
    assert len(named) == len(TOPICS) and held == [len(TOPICS) + 1]
    monkeypatch.setattr(lookup_module, "LOOKUP_MAX_DOCS", 2)
    named, held = _named(index, STOCK, options)
    assert len(named) < len(TOPICS) and held != [len(TOPICS) + 1]


DESIGN = "Study design and quality were taken into account to minimise bias."
#: The same sentence as DESIGN with two words more: one release holds it so.
DESIGN_LONG = "Differences in study design and quality were taken into account to minimise bias."
#: With one word more only: one word a release words otherwise does not tell holders apart.
DESIGN_ONE_MORE = "Overall, study design and quality were taken into account to minimise bias."


def _design_index(index: Index, holder: str) -> Index:
    """The stock index, two releases holding DESIGN, and "long" holding ``holder``."""
    _stock_index(index)
    index.add(
        [
            *(
                Document(id=f"short-{k}", text=f"{TOPICS[k]} {DESIGN} {TOPICS[k + 1]}")
                for k in range(2)
            ),
            Document(id="long", text=f"{' '.join(TOPICS)} {holder} {' '.join(TOPICS)}"),
        ]
    )
    return index


@pytest.mark.parametrize("candidates", [20, 3])
def test_a_sentence_one_release_holds_with_more_of_the_story_is_copied_from_it(
    index: Index, candidates: int
) -> None:
    """A composite story copies a sentence that two releases hold and a third holds with
    two words more, as the story has it ("Differences in study design…"): the third is
    the source of that sentence, and the two are not. Aligned with the first candidates
    (20), the three used to share the sentence and none was accepted; retrieved after
    one of the two (3 candidates: the third is found only by the search for the
    sentence's other holders after judging), the weaker holder was accepted and the
    third only named."""
    _design_index(index, DESIGN_LONG)
    story = f" {FILLER} ".join([GLACIER, TRAINS, DESIGN_LONG])
    result = index.trace(story, options=TraceOptions(candidates=candidates, pool=candidates))
    assert {s.id for s in result.accepted} == {"glacier", "trains", "long"}
    [long] = [s for s in result.accepted if s.id == "long"]
    assert long.accepted_by == "composite-copied"


def test_a_holder_with_one_word_more_than_the_others_is_not_told_apart(index: Index) -> None:
    """The third release holds the sentence with one word more only ("Overall, …"):
    one word may be a story's own edit matching by chance, so the three still share it
    and none is accepted for it."""
    _design_index(index, DESIGN_ONE_MORE)
    story = f" {FILLER} ".join([GLACIER, TRAINS, DESIGN_ONE_MORE])
    result = index.trace(story, options=TraceOptions())
    assert {s.id for s in result.accepted} == {"glacier", "trains"}


#: A stock caveat a story retells, and two releases' wordings of it: "b" happens to match
#: more of the story's words than "a", scattered among words of the story's own.
RETOLD_CAVEAT = (
    "As an observational study the team also noted that no firm conclusions can be made "
    "about cause and effect, and some of the study's limitations could have also introduced "
    "bias."
)
CAVEAT_A = (
    "This is an observational study, so no firm conclusions can be drawn about cause and "
    "effect. Added to which, the authors point to some study limitations that could have "
    "introduced bias."
)
CAVEAT_B = (
    "The researchers say this is an observational study, so no firm conclusions can be drawn "
    "about cause and effect, and they outline some limitations could have introduced bias."
)


@pytest.mark.parametrize(
    ("story", "better", "weaker", "outmatches"),
    [
        (DESIGN_LONG, DESIGN_LONG, DESIGN, True),
        (DESIGN_ONE_MORE, DESIGN_ONE_MORE, DESIGN, False),
        (RETOLD_CAVEAT, CAVEAT_B, CAVEAT_A, False),
    ],
    ids=["two words more", "one word more", "a retold caveat"],
)
def test_a_passage_outmatches_another_only_as_a_copy_with_two_words_more(
    story: str, better: str, weaker: str, outmatches: bool
) -> None:
    """Out-matching (the text is the candidate's own, not shared) asks for a copy matching
    most of its words and two words more than the other holder: a retold stock caveat
    that one release's wording matches in more scattered words is not its (corpus mode
    paired such a release with an InSciOut story before this was asked)."""
    from sourcetrace.tracing.evidence import _article, _Evidence, _evidence, _outmatches, _overlap

    text = f"The weather was fine on Monday. {story} The mayor opened a bridge."
    art, _ = _article(text, 100, lambda terms: dict.fromkeys(terms, 1))

    def evidence(doc: str) -> _Evidence:
        return _evidence(
            art, _overlap(art, Document(id=doc, text=doc), aligned=True), TraceOptions()
        )

    mine, theirs = evidence(better), evidence(weaker)
    spans = list(mine.long_spans) or [(al.a_start, al.a_end, al.matched) for al in mine.alignments]
    assert any(_outmatches(span, theirs) for span in spans) is outmatches
