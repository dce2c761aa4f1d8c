"""Passages and sources of composite stories: spliced stories scored with the PAN measures.

Builds, from a seed, stories spliced from passages of 2-6 InSciOut press releases each
(a run of 1-3 sentences of one paragraph), some verbatim and some lightly edited (words
dropped, inserted, replaced or swapped with a neighbour, about one edit in twelve words),
set between filler sentences of unrelated news (PolNeAR, not indexed). The character
offsets of every spliced passage in the story and in its release are the gold.

Indexes the 360 releases (the sources of every story and the rest as distractors), traces
each story with the defaults of ``trace``, and scores the passages of the sources it
accepts with the measures of the PAN plagiarism-detection competitions (Potthast et al.,
"An Evaluation Framework for Plagiarism Detection", COLING 2010), computed here:

* a detection *detects* a gold case when both name the same release and their spans
  overlap in the story and in the release; the characters they share are those of the
  two overlaps;
* precision: mean over detections of the share of their characters (story and release
  side) inside cases they detect; recall: mean over cases of the share of their
  characters inside detections that detect them; granularity: mean number of detections
  per detected case; plagdet = F1 / log2(1 + granularity).

It also prints the share of stories whose every source is accepted (the headline: the
planted source itself is returned as a source), and, labelled apart, the share counting
as found a source the trace does not accept but names as holding the same text as a
copied passage of a source it accepts (``also_in``), or among the holders of copied text
several documents hold and no source explains (``shared``): the story cannot tell which
of them it copied; the gold is unchanged. Labelled apart again, the gold up to its
equivalence sets: each planted passage's set is the releases holding its release text
word for word (whole words, case and punctuation aside; the gold release among them,
searched in every release's text), and a source counts as found when each of its
planted passages is shown by a member of its set (accepted with a passage, or named in
``also_in`` or ``shared``, over the passage in the story and over where that release
holds the text): the story is the same whichever it copied, e.g. the "observational
study" caveat 72 releases hold. Then the gold where it is well posed: the sources that
are identifiable (one of their planted passages no other release holds verbatim), the
share of them accepted, and the strict figure on the stories whose every source is
identifiable. Then false sources per story, and the
reported passages that overlap no gold case (by kind). The releases are split in two
halves by a hash of their id (A, B): each story draws from one half only, so a rule read
from errors on the stories of one half can be checked on the other.

Run: ``python benchmarks/bench_splice.py [--stories 200] [--seed 0] [--dump FILE]``
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import re
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sourcetrace import Index
from sourcetrace.readers import read_jsonl
from sourcetrace.results import TraceResult

HERE = Path(__file__).resolve().parent
DATA = HERE.parent.parent / "shared" / "data"
DEFAULT_RELEASES = DATA / "insciout" / "press_releases.jsonl"
DEFAULT_FILLER = DATA / "polnear" / "data" / "train" / "text"

_SENT_RE = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")
_INSERTS = ("also", "now", "still", "very", "reportedly", "recently", "indeed", "just", "all")
EDIT_EVERY = 12  # words per edit in a lightly edited passage


@dataclass(frozen=True, slots=True)
class Span:
    """A sentence run of a text: character offsets, end exclusive."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Case:
    """One spliced passage: its span in the story and in its release."""

    source: str
    a_start: int
    a_end: int
    s_start: int
    s_end: int
    edited: bool


@dataclass(frozen=True, slots=True)
class Story:
    """A spliced story with its gold cases."""

    id: str
    half: str
    text: str
    cases: tuple[Case, ...]

    @property
    def sources(self) -> frozenset[str]:
        """The releases the story draws on."""
        return frozenset(c.source for c in self.cases)


def half_of(doc_id: str) -> str:
    """Half A or B of a release, from a hash of its id (stable across runs)."""
    return "AB"[hashlib.blake2b(doc_id.encode(), digest_size=2).digest()[0] % 2]


def sentence_spans(text: str) -> list[list[Span]]:
    """Split a text into paragraphs of sentence spans (stripped of surrounding space)."""
    out: list[list[Span]] = []
    for para in re.finditer(r"[^\n]+", text):
        sents: list[Span] = []
        pos = para.start()
        for piece in _SENT_RE.split(para.group()):
            i = text.index(piece, pos)
            pos = i + len(piece)
            stripped = piece.strip()
            if stripped:
                j = i + piece.index(stripped)
                sents.append(Span(j, j + len(stripped)))
        if sents:
            out.append(sents)
    return out


def _good(text: str, span: Span) -> bool:
    piece = text[span.start : span.end]
    return 60 <= len(piece) <= 400 and len(piece.split()) >= 10 and piece[-1] in ".!?\"”'’)"


def runs(text: str) -> list[Span]:
    """Candidate passages of a release: runs of 1-3 prose sentences of one paragraph."""
    out = []
    for para in sentence_spans(text):
        for i in range(len(para)):
            for n in (1, 2, 3):
                run = para[i : i + n]
                if len(run) == n and all(_good(text, s) for s in run):
                    out.append(Span(run[0].start, run[-1].end))
    return out


def edit(passage: str, rng: random.Random, vocabulary: Sequence[str]) -> str:
    """Lightly edit a passage: drop, insert, replace or swap about one word in twelve."""
    words = passage.split()
    for _ in range(max(1, len(words) // EDIT_EVERY)):
        i = rng.randrange(1, len(words) - 1)
        op = rng.choice(("drop", "insert", "replace", "swap"))
        if op == "drop":
            del words[i]
        elif op == "insert":
            words.insert(i, rng.choice(_INSERTS))
        elif op == "replace":
            words[i] = rng.choice(vocabulary)
        else:
            words[i], words[i + 1] = words[i + 1], words[i]
    return " ".join(words)


def filler_sentences(folder: Path, limit: int = 300) -> list[str]:
    """Prose sentences of unrelated news stories (not indexed)."""
    out: list[str] = []
    for path in sorted(folder.glob("*.txt"))[:limit]:
        text = path.read_text(encoding="utf-8")
        out += [
            text[s.start : s.end] for para in sentence_spans(text) for s in para if _good(text, s)
        ]
    return out


def splice(
    n: int, releases: Sequence[dict[str, str]], filler: Sequence[str], seed: int
) -> list[Story]:
    """Build ``n`` spliced stories, alternately from half A and half B of the releases."""
    rng = random.Random(seed)
    by_half: dict[str, list[dict[str, str]]] = {"A": [], "B": []}
    for r in releases:
        if len(runs(r["text"])) >= 2:
            by_half[half_of(r["id"])].append(r)
    vocabulary = [w for s in filler for w in s.split() if w.isalpha() and len(w) > 3]
    stories = []
    for k in range(n):
        half = "AB"[k % 2]
        chosen = rng.sample(by_half[half], rng.randint(2, 6))
        pieces: list[tuple[dict[str, str], Span]] = []
        for r in chosen:
            taken: list[Span] = []
            for span in rng.sample(runs(r["text"]), rng.randint(1, 2)):
                if all(span.end <= t.start or t.end <= span.start for t in taken):
                    taken.append(span)
            pieces += [(r, span) for span in taken]
        rng.shuffle(pieces)
        text, cases = "", []
        for r, span in pieces:
            for _ in range(rng.randint(1, 3)):
                text += rng.choice(filler) + rng.choice((" ", " ", "\n\n"))
            original = r["text"][span.start : span.end]
            edited = rng.random() < 0.5
            passage = edit(original, rng, vocabulary) if edited else original
            cases.append(
                Case(r["id"], len(text), len(text) + len(passage), span.start, span.end, edited)
            )
            text += passage + rng.choice((" ", " ", "\n\n"))
        text += rng.choice(filler)
        stories.append(Story(f"splice-{seed}-{k:04d}", half, text, tuple(cases)))
    return stories


@dataclass(frozen=True, slots=True)
class Detection:
    """A reported passage of an accepted source."""

    source: str
    a_start: int
    a_end: int
    s_start: int
    s_end: int
    kind: str


def detections(result: TraceResult) -> list[Detection]:
    """The passages of the sources a trace accepts (what a reader is shown)."""
    return [
        Detection(s.id, p.article_start, p.article_end, p.source_start, p.source_end, p.kind)
        for s in result.sources
        if s.derivation != "non"
        for p in s.passages
    ]


def _overlap(a0: int, a1: int, b0: int, b1: int) -> range:
    return range(max(a0, b0), min(a1, b1))


def _detects(d: Detection, c: Case) -> bool:
    return (
        d.source == c.source
        and len(_overlap(d.a_start, d.a_end, c.a_start, c.a_end)) > 0
        and len(_overlap(d.s_start, d.s_end, c.s_start, c.s_end)) > 0
    )


def _shared(pairs: Iterable[tuple[Detection, Case]]) -> int:
    """Characters of the union of the overlaps of detecting pairs, story and release side."""
    story: set[tuple[str, int]] = set()
    release: set[tuple[str, int]] = set()
    for d, c in pairs:
        story.update(("a", i) for i in _overlap(d.a_start, d.a_end, c.a_start, c.a_end))
        release.update((c.source, i) for i in _overlap(d.s_start, d.s_end, c.s_start, c.s_end))
    return len(story) + len(release)


@dataclass(frozen=True, slots=True)
class Pan:
    """The PAN measures over a set of stories."""

    precision: float
    recall: float
    granularity: float
    cases: int
    detections: int

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def plagdet(self) -> float:
        """F1 discounted by granularity: F1 / log2(1 + granularity)."""
        return self.f1 / math.log2(1 + self.granularity)


def pan(pairs: Sequence[tuple[Sequence[Case], Sequence[Detection]]]) -> Pan:
    """Macro PAN measures over stories, each given as (gold cases, detections)."""
    precisions: list[float] = []
    recalls: list[float] = []
    per_case: list[int] = []
    for cases, dets in pairs:
        for d in dets:
            size = (d.a_end - d.a_start) + (d.s_end - d.s_start)
            hits = [(d, c) for c in cases if _detects(d, c)]
            precisions.append(_shared(hits) / size if size else 0.0)
        for c in cases:
            size = (c.a_end - c.a_start) + (c.s_end - c.s_start)
            hits = [(d, c) for d in dets if _detects(d, c)]
            recalls.append(_shared(hits) / size)
            if hits:
                per_case.append(len(hits))
    return Pan(
        precision=sum(precisions) / len(precisions) if precisions else 0.0,
        recall=sum(recalls) / len(recalls) if recalls else 0.0,
        granularity=sum(per_case) / len(per_case) if per_case else 1.0,
        cases=len(recalls),
        detections=len(precisions),
    )


def _stray(cases: Sequence[Case], dets: Sequence[Detection]) -> list[Detection]:
    """Detections that detect no gold case."""
    return [d for d in dets if not any(_detects(d, c) for c in cases)]


def accepted(result: TraceResult) -> set[str]:
    """The ids of the sources a trace accepts."""
    return {x.id for x in result.sources if x.derivation != "non"}


def _named_holders(result: TraceResult) -> list[tuple[str, int, int, int, int]]:
    """The documents a trace names as holding text it shows, with their spans.

    Each is (id, article start, article end, its start, its end): the ``also_in`` of the
    accepted sources' passages (with the passage's article span), and the holders of its
    ``shared`` text.
    """
    out = [
        (h.id, p.article_start, p.article_end, h.source_start, h.source_end)
        for x in result.sources
        if x.derivation != "non"
        for p in x.passages
        for h in p.also_in
    ]
    return out + [
        (h.id, h.article_start, h.article_end, h.source_start, h.source_end)
        for s in result.shared
        for h in s.holders
    ]


def also_named(story: Story, result: TraceResult) -> set[str]:
    """Gold sources a trace names as holding the same text as a passage it shows.

    A source counts when a copied passage of an accepted source lists it in ``also_in``
    (:attr:`sourcetrace.results.Passage.also_in`), or a copied text held by several
    documents and explained by no source lists it among its holders
    (:attr:`sourcetrace.results.TraceResult.shared`), with spans overlapping one of its
    gold cases in the story and in the release: the trace says the story's text could
    have been copied from it, but did not accept it (the strict figure does not count it).
    """
    return {
        i
        for i, a0, a1, s0, s1 in _named_holders(result)
        if any(
            c.source == i
            and _overlap(a0, a1, c.a_start, c.a_end)
            and _overlap(s0, s1, c.s_start, c.s_end)
            for c in story.cases
        )
    }


_WORD_RE = re.compile(r"\w+")


def _words(text: str) -> tuple[str, list[int], list[int]]:
    """A text's words, lower-cased, one space apart, with each word's character span.

    Returns the joined words (with a space before and after, so a search for a run of
    whole words cannot match inside a word), and the start and end of each word in the
    text.
    """
    found = list(_WORD_RE.finditer(text.lower()))
    joined = " " + " ".join(m.group() for m in found) + " "
    return joined, [m.start() for m in found], [m.end() for m in found]


@dataclass(frozen=True, slots=True)
class Twins:
    """The gold's equivalence sets: who holds each planted passage's release text verbatim.

    ``spans[case]`` maps every release holding the words of the case's release text
    (its own span in the gold release) word for word, in order (case and punctuation
    aside), the gold release included, to the character spans where it holds them. A
    planted passage another release holds so cannot tell which of them the story took;
    ``by_case`` gives those other releases (the gold release aside).
    """

    spans: dict[Case, dict[str, tuple[tuple[int, int], ...]]]

    @property
    def by_case(self) -> dict[Case, frozenset[str]]:
        """The other releases holding each case's release text verbatim."""
        return {c: frozenset(i for i in m if i != c.source) for c, m in self.spans.items()}

    def identifiable(self, story: Story, source: str) -> bool:
        """Whether a gold source holds a planted passage of the story no other release holds."""
        return any(not self.by_case[c] for c in story.cases if c.source == source)

    @classmethod
    def of(cls, stories: Sequence[Story], texts: dict[str, str]) -> Twins:
        """Find them by searching every release's words for each case's."""
        plain = {k: _words(v) for k, v in texts.items()}
        out: dict[Case, dict[str, tuple[tuple[int, int], ...]]] = {}
        for s in stories:
            for c in s.cases:
                piece, _, _ = _words(texts[c.source][c.s_start : c.s_end])
                n = piece.count(" ") - 1  # words in the piece
                held: dict[str, tuple[tuple[int, int], ...]] = {}
                for k, (joined, starts, ends) in plain.items():
                    where = []
                    at = joined.find(piece)
                    while at >= 0:
                        first = joined.count(" ", 0, at)  # index of the piece's first word
                        where.append((starts[first], ends[first + n - 1]))
                        at = joined.find(piece, at + 1)
                    if where:
                        held[k] = tuple(where)
                out[c] = held
        return cls(out)


def twin_found(story: Story, result: TraceResult, twins: Twins) -> set[str]:
    """Gold sources found up to their equivalence sets (the third, labelled figure).

    A planted passage (case) is shown when a release holding its release text verbatim
    (:class:`Twins`: the gold release or another) is accepted with a passage, or named in
    ``also_in`` or ``shared``, over it: overlapping the case in the story, and in that
    release overlapping where it holds the text. A gold source counts when every one of
    its cases is so shown: the story is the same whichever of them it was copied from. A
    case no other release holds is shown only by its gold release. The gold is unchanged.
    """
    shown: list[tuple[str, int, int, int, int]] = [
        (x.id, p.article_start, p.article_end, p.source_start, p.source_end)
        for x in result.sources
        if x.derivation != "non"
        for p in x.passages
    ]
    shown += _named_holders(result)
    out: set[str] = set()
    for src in story.sources:
        cases = [c for c in story.cases if c.source == src]
        if all(
            any(
                i in twins.spans[c]
                and _overlap(a0, a1, c.a_start, c.a_end)
                and any(_overlap(s0, s1, h0, h1) for h0, h1 in twins.spans[c][i])
                for i, a0, a1, s0, s1 in shown
            )
            for c in cases
        ):
            out.add(src)
    return out


def identifiable_line(rows: Sequence[tuple[Story, TraceResult]], twins: Twins) -> str:
    """The strict figure where the gold is well posed: sources that hold a passage alone.

    A gold source is identifiable when at least one of its planted passages is text no
    other release holds verbatim. Gives the identifiable sources and the share of them
    accepted, and the stories whose every source is identifiable and the share of them
    with every source accepted.
    """
    ident = [(s, r, x) for s, r in rows for x in s.sources if twins.identifiable(s, x)]
    whole = [(s, r) for s, r in rows if all(twins.identifiable(s, x) for x in s.sources)]
    n_sources = sum(len(s.sources) for s, _ in rows)
    got = sum(x in accepted(r) for _, r, x in ident)
    every = sum(s.sources <= accepted(r) for s, r in whole)
    return (
        f"identifiable gold sources {len(ident)}/{n_sources}, accepted "
        f"{got / max(len(ident), 1):.3f}; stories whose every source is identifiable "
        f"{len(whole)}/{len(rows)}, every source found (strict) "
        f"{every / max(len(whole), 1):.3f}"
    )


def report(
    label: str, rows: Sequence[tuple[Story, TraceResult]], twins: Twins | None = None
) -> None:
    """Print the figures of one set of traced stories."""
    pairs = [(s.cases, detections(r)) for s, r in rows]
    m = pan(pairs)
    every = sum(s.sources <= accepted(r) for s, r in rows)
    named = sum(s.sources <= accepted(r) | also_named(s, r) for s, r in rows)
    twin = (
        ""
        if twins is None
        else "  (or each passage found up to its equivalence set: a release holding it "
        "verbatim accepted or named over it "
        + format(
            sum(
                s.sources <= accepted(r) | also_named(s, r) | twin_found(s, r, twins)
                for s, r in rows
            )
            / len(rows),
            ".3f",
        )
        + ")"
    )
    false = sum(len(accepted(r) - s.sources) for s, r in rows)
    stray = Counter(d.kind for cases, dets in pairs for d in _stray(cases, dets))
    kinds = Counter(d.kind for _, dets in pairs for d in dets)
    n = len(rows)
    print(
        f"{label:<8} stories {n:>4}  cases {m.cases:>4}  detections {m.detections:>4}  "
        f"precision {m.precision:.3f}  recall {m.recall:.3f}  granularity {m.granularity:.3f}  "
        f"plagdet {m.plagdet:.3f}  every source found {every / n:.3f}  "
        f"(or named as holding the same passage {named / n:.3f}){twin}  "
        f"false sources/story {false / n:.3f}  stray copied {stray['copied']}/"
        f"{kinds['copied']}  stray rewritten {stray['rewritten']}/{kinds['rewritten']}"
    )
    if twins is not None:
        print(f"{'':<8} {identifiable_line(rows, twins)}")


def by_sources(rows: Sequence[tuple[Story, TraceResult]]) -> None:
    """Print the share of stories with every source found, by number of sources."""
    counts: Counter[int] = Counter()
    found: Counter[int] = Counter()
    named: Counter[int] = Counter()
    for s, r in rows:
        k = len(s.sources)
        counts[k] += 1
        found[k] += s.sources <= accepted(r)
        named[k] += s.sources <= accepted(r) | also_named(s, r)
    print(
        "every source found, by sources per story: "
        + "  ".join(f"{k}: {found[k]}/{counts[k]}" for k in sorted(counts))
        + "  (or named as holding the same passage: "
        + "  ".join(f"{k}: {named[k]}/{counts[k]}" for k in sorted(counts))
        + ")"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--releases", type=Path, default=DEFAULT_RELEASES)
    parser.add_argument("--filler", type=Path, default=DEFAULT_FILLER)
    parser.add_argument("--stories", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--dump", type=Path, help="write stories, gold and passages (JSONL)")
    args = parser.parse_args()
    releases = [{"id": d.id, "text": d.text} for d in read_jsonl(args.releases)]
    stories = splice(args.stories, releases, filler_sentences(args.filler), args.seed)
    rows: list[tuple[Story, TraceResult]] = []
    with tempfile.TemporaryDirectory() as tmp:
        index = Index.open(Path(tmp) / "index.db")
        index.add(read_jsonl(args.releases))
        start = time.perf_counter()
        for story in stories:
            rows.append((story, index.trace(story.text)))
        elapsed = time.perf_counter() - start
        index.close()
    print(
        f"{len(stories)} spliced stories (seed {args.seed}), "
        f"{sum(len(s.cases) for s in stories)} passages from "
        f"{sum(len(s.sources) for s in stories)} sources; traced in {elapsed:.1f} s"
    )
    twins = Twins.of(stories, {r["id"]: r["text"] for r in releases})
    for half in "AB":
        report(f"half {half}", [row for row in rows if row[0].half == half], twins)
    report("all", rows, twins)
    by_sources(rows)
    if args.dump:
        with args.dump.open("w") as f:
            for s, r in rows:
                f.write(
                    json.dumps(
                        {
                            "id": s.id,
                            "half": s.half,
                            "text": s.text,
                            "cases": [_case(c, twins) for c in s.cases],
                            "result": r.to_dict(include_non=True),
                        }
                    )
                    + "\n"
                )


def _case(c: Case, twins: Twins) -> dict[str, object]:
    return {
        "twins": sorted(twins.by_case[c]),
        "source": c.source,
        "a_start": c.a_start,
        "a_end": c.a_end,
        "s_start": c.s_start,
        "s_end": c.s_end,
        "edited": c.edited,
    }


if __name__ == "__main__":
    main()
