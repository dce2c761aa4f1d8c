"""Quotation verification on real news and the press releases they quote (issue 3).

Three parts, on InSciOut's 360 university press releases and 826 dev news stories:

1. **Verdict shares.** Every quotation ``extract`` finds in a story is verified against the
   story's true release (``true_source``); the shares of ``verbatim``, ``altered``,
   ``paraphrase`` and ``not_found`` are printed, for all quotations and for those with a
   speaker.
2. **Planted edits.** Each quotation found verbatim is edited once in its story, per kind:
   a word inserted, a word dropped, a word replaced, a verb negated ("is" -> "is not"),
   a number changed. The edited story then goes through what ``sourcetrace quotes --db``
   runs, with no hint of its source: it is traced against an index of all 360 releases
   and its quotations verified against the sources found and the index. A planted edit
   is *found* when the verdict is ``altered``
   and one edit covers the planted words (for a drop: lists the dropped word); negation
   and number edits must also be marked significant. The untouched quotations are looked
   up the same way and must stay ``verbatim``.
3. **Speed.** ``quotes`` with verification (extract, trace, verify: what ``sourcetrace
   quotes --db`` runs) on the real stories of 900-1,100 words, against the 100k-document
   index of ``bench_web.py`` (releases plus synthetic distractors, cached under
   ``benchmarks/.cache/``). Median and p95 milliseconds per article.

Run: ``python benchmarks/bench_quotes.py [--limit N] [--speed-docs 100000 | --no-speed]``
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sourcetrace import Index
from sourcetrace import quotes as q
from sourcetrace.documents import Document
from sourcetrace.quotes.model import Quote
from sourcetrace.readers import read_jsonl
from sourcetrace.text import words

HERE = Path(__file__).resolve().parent
DATA = HERE.parent.parent / "shared" / "data" / "insciout"
SIGNIFICANT_NOTE = {"negate": " + significant", "number": " + significant"}
VERDICTS = ("verbatim", "altered", "paraphrase", "not_found")
AUXILIARIES = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
        "has",
        "have",
        "had",
        "does",
        "do",
        "did",
        "be",
        "been",
        "being",
    ]
)
NUMBER_WORDS = {
    "one": "two",
    "two": "three",
    "three": "four",
    "four": "five",
    "five": "six",
    "six": "seven",
    "seven": "eight",
    "eight": "nine",
    "nine": "ten",
    "ten": "twelve",
    "half": "a third",
    "hundred": "thousand",
    "thousand": "million",
}
_ELLIPSIS_RE = re.compile(r"…|\.\s?\.\s?\.")
_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)?")


@dataclass(frozen=True, slots=True)
class Plant:
    """One planted edit: the edited article, the quotation's new span, what was done.

    ``start``/``end`` is the span of the planted words in the new text (empty for a drop);
    ``dropped`` the word a drop removed.
    """

    kind: str
    text: str
    quote_start: int
    quote_end: int
    start: int
    end: int
    dropped: str = ""


def _spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Character spans of the words of ``text[start:end]``."""
    w = words(text)
    return [(s, e) for s, e in zip(w.starts, w.ends, strict=True) if s >= start and e <= end]


def _splice(
    text: str, quote: Quote, at: int, cut: int, new: str, kind: str, dropped: str = ""
) -> Plant:
    """Replace ``text[at:cut]`` with ``new`` inside ``quote``; return the planted edit."""
    edited = text[:at] + new + text[cut:]
    shift = len(new) - (cut - at)
    words_new = new.strip()
    lead = len(new) - len(new.lstrip())
    return Plant(
        kind=kind,
        text=edited,
        quote_start=quote.start,
        quote_end=quote.end + shift,
        start=at + lead,
        end=at + lead + len(words_new),
        dropped=dropped,
    )


def plant(
    text: str, quote: Quote, kind: str, rng: random.Random, vocab: Sequence[str]
) -> Plant | None:
    """Apply one edit of ``kind`` to ``quote`` in ``text``; None when it does not apply.

    Edits go inside the quotation (not on its first or last word), where they change the
    quoted words rather than merely where the quotation starts or ends.
    """
    spans = _spans(text, quote.start, quote.end)
    # Not next to a marked omission ("hypothesis … confirmation"), where a dropped or
    # changed word is indistinguishable from a longer omission.
    near = [
        bool(_ELLIPSIS_RE.search(text[spans[k - 1][1] if k else s : e]))
        or bool(_ELLIPSIS_RE.search(text[s : spans[k + 1][0] if k + 1 < len(spans) else e]))
        for k, (s, e) in enumerate(spans)
    ]
    tokens = [text[s:e] for s, e in spans]

    def pick(lo: int, hi: int) -> int | None:
        """A random word index in ``[lo, hi)`` away from omission marks."""
        ok = [k for k in range(lo, hi) if not near[k] and not (k and near[k - 1])]
        return rng.choice(ok) if ok else None

    lowered = {t.lower() for t in tokens}
    if kind == "insert" and (i := pick(1, len(spans))) is not None:
        word = rng.choice([v for v in vocab if v not in lowered][:200])
        return _splice(text, quote, spans[i][0], spans[i][0], f"{word} ", kind)
    if kind == "drop" and (i := pick(1, len(spans) - 1)) is not None:
        s, _ = spans[i]
        return _splice(text, quote, s, spans[i + 1][0], "", kind, dropped=tokens[i])
    if kind == "replace" and (i := pick(1, len(spans) - 1)) is not None:
        word = rng.choice([v for v in vocab if v not in lowered][:200])
        return _splice(text, quote, spans[i][0], spans[i][1], word, kind)
    if kind == "negate":
        aux = [
            i
            for i, t in enumerate(tokens[:-1])
            if t.lower() in AUXILIARIES and tokens[i + 1].lower() not in {"not", "n't", "never"}
        ]
        if not aux:
            return None
        i = rng.choice(aux)
        return _splice(text, quote, spans[i][1], spans[i][1], " not", kind)
    if kind == "number":
        for i, t in enumerate(tokens):
            m = _NUMBER_RE.fullmatch(t.strip(".,%"))
            if m is not None:
                digits = m.group()
                changed = (
                    str(int(digits) + 1)
                    if digits.isdigit()
                    else digits[:-1] + str((int(digits[-1]) + 1) % 10)
                )
                s = spans[i][0] + t.index(digits)
                return _splice(text, quote, s, s + len(digits), changed, kind)
            if t.lower() in NUMBER_WORDS:
                return _splice(text, quote, spans[i][0], spans[i][1], NUMBER_WORDS[t.lower()], kind)
        return None
    return None


def found_edit(result: Quote, p: Plant) -> bool:
    """Whether the verdict is ``altered`` with an edit at the planted words."""
    if result.verdict != "altered":
        return False
    for e in result.edits:
        if p.kind == "drop":
            # The dropped word, or the same word where the source repeats the passage
            # ("to maximise …" once, "to improve …" elsewhere): a deletion at the gap.
            dropped = p.dropped.lower() in e.source_text.lower()
            at_gap = e.quote_start <= p.start <= e.quote_end
            if e.kind in {"delete", "replace"} and (dropped or at_gap):
                return True
            continue
        overlaps = e.quote_start < p.end and e.quote_end > p.start
        if overlaps and (p.kind not in {"negate", "number"} or e.significant):
            return True
    return False


def _verify_one(index: Index, story: Document, text: str, start: int, end: int) -> Quote | None:
    """The quotation at ``[start, end)`` of ``text`` as ``sourcetrace quotes --db`` gives it.

    The article is traced against the index (no hint of its source) and its quotations
    verified; the one covering most of ``[start, end)`` is returned (None if none does).
    """
    result = index.trace(text, article_id=story.id)
    best, most = None, 0
    for quote in result.quotes:
        overlap = min(end, quote.end) - max(start, quote.start)
        if overlap > most:
            best, most = quote, overlap
    return best


def shares(
    releases: dict[str, Document], stories: Sequence[Document]
) -> list[tuple[Document, Quote]]:
    """Part 1: print verdict shares against the true release; return the verbatim ones."""
    counts: dict[str, Counter[str]] = {"all": Counter(), "with a speaker": Counter()}
    verbatim: list[tuple[Document, Quote]] = []
    for story in stories:
        found, _ = q.extract(story.text)
        release = releases.get(str(story.meta.get("true_source")))
        checked = q.verify_quotes(story.text, found, sources=[release] if release else [])
        for quote in checked:
            counts["all"][quote.verdict or "not_found"] += 1
            if quote.speaker.name or quote.speaker.mention:
                counts["with a speaker"][quote.verdict or "not_found"] += 1
            if quote.verdict == "verbatim":
                verbatim.append((story, quote))
    print("\n1. Verdicts of the stories' quotations against their true release")
    print(f"   {'quotations':<16}" + "".join(f"{v:>12}" for v in VERDICTS) + f"{'n':>8}")
    for name, c in counts.items():
        n = sum(c.values()) or 1
        row = "".join(f"{c[v] / n:>12.3f}" for v in VERDICTS)
        print(f"   {name:<16}{row}{sum(c.values()):>8}")
    return verbatim


def planted(index: Index, verbatim: Sequence[tuple[Document, Quote]], vocab: Sequence[str]) -> None:
    """Part 2: planted edits on the verbatim quotations, looked up in the whole index."""
    rng = random.Random(20261123)
    kinds = ("insert", "drop", "replace", "negate", "number")
    tried: Counter[str] = Counter()
    found: Counter[str] = Counter()
    missed: dict[str, list[str]] = {k: [] for k in kinds}
    same = 0
    for story, quote in verbatim:
        again = _verify_one(index, story, story.text, quote.start, quote.end)
        same += again is not None and again.verdict == "verbatim"
        for kind in kinds:
            p = plant(story.text, quote, kind, rng, vocab)
            if p is None:
                continue
            tried[kind] += 1
            result = _verify_one(index, story, p.text, p.quote_start, p.quote_end)
            if result is not None and found_edit(result, p):
                found[kind] += 1
            elif len(missed[kind]) < 3:
                missed[kind].append(
                    f"{story.id}: {p.text[p.quote_start : p.quote_end][:90]!r} -> "
                    f"{result.verdict if result else 'no quotation'}"
                )
    n = len(verbatim) or 1
    print("\n2. Planted edits on the quotations found verbatim (traced in all 360 releases)")
    print(
        f"   untouched quotations still verbatim: {same / n:.3f} ({same}/{len(verbatim)})"
        "  (target >= 0.99)"
    )
    total_t = sum(tried.values()) or 1
    for kind in kinds:
        t = tried[kind] or 1
        print(
            f"   {kind:<8} altered, edit found{SIGNIFICANT_NOTE.get(kind, '')}: "
            f"{found[kind] / t:.3f} ({found[kind]}/{tried[kind]})"
        )
    print(
        f"   all planted edits: {sum(found.values()) / total_t:.3f} "
        f"({sum(found.values())}/{sum(tried.values())})  (target >= 0.99)"
    )
    for kind, rows in missed.items():
        for row in rows:
            print(f"     missed {kind}: {row}")


def speed(stories: Sequence[Document], db: Path, repeat: int) -> None:
    """Part 3: extract + trace + verify per ~1,000-word story against a large index.

    The reference, timed in the same passes, is the trace alone (``quotes=False``): the
    ratio is what extracting and verifying the quotations adds to it.
    """
    long = [s for s in stories if 900 <= len(s.text.split()) <= 1100]
    with Index.open(db, readonly=True) as index:
        n_docs = len(index)
        times: list[float] = []
        plain: list[float] = []
        n_quotes = 0
        for story in long * repeat:
            t0 = time.perf_counter()
            index.trace(story.text, article_id=story.id, quotes=False)
            t1 = time.perf_counter()
            result = index.trace(story.text, article_id=story.id)
            t2 = time.perf_counter()
            plain.append(t1 - t0)
            times.append(t2 - t1)
            n_quotes += len(result.quotes)
    times.sort()
    median, reference = statistics.median(times), statistics.median(plain)
    print(
        f"\n3. quotes with verification: {len(long)} real stories of 900-1,100 words "
        f"({n_quotes // max(repeat, 1)} quotations), index of {n_docs:,} documents"
    )
    print(
        f"   median {median * 1000:.0f} ms, "
        f"p95 {times[int(0.95 * (len(times) - 1))] * 1000:.0f} ms per article"
        "  (target: median < 200 ms)"
    )
    print(
        f"   reference, trace without quotations: median {reference * 1000:.0f} ms; "
        f"ratio {median / reference:.2f}x"
    )


def _vocab(stories: Sequence[Document]) -> list[str]:
    seen = Counter(w.lower() for s in stories for w in re.findall(r"[A-Za-z]{5,}", s.text))
    return sorted((w for w, c in seen.items() if 2 <= c <= 5), key=lambda w: hash(w) % 9973)


def main(argv: Sequence[str] | None = None, *, out: Callable[[str], None] = print) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--limit", type=int, default=0, help="only the first N stories")
    parser.add_argument("--speed-docs", type=int, default=100_000, help="size of the speed index")
    parser.add_argument("--no-speed", action="store_true", help="skip part 3")
    parser.add_argument("--repeat", type=int, default=3, help="passes over the speed stories")
    args = parser.parse_args(argv)

    releases = {d.id: d for d in read_jsonl(args.data / "press_releases.jsonl")}
    stories = list(read_jsonl(args.data / "news_dev.jsonl"))
    if args.limit:
        stories = stories[: args.limit]
    out(f"stories: {len(stories)}, releases: {len(releases)}")
    t0 = time.perf_counter()
    verbatim = shares(releases, stories)
    with tempfile.TemporaryDirectory() as tmp, Index.open(Path(tmp) / "releases.db") as index:
        index.add(releases.values())
        planted(index, verbatim, _vocab(stories))
    out(f"   (parts 1-2: {time.perf_counter() - t0:.0f} s)")
    if not args.no_speed:
        import bench_web

        synthetic, n = bench_web._synthetic(args.speed_docs, 0, generate=False)
        speed(stories, bench_web._base_index(synthetic, n), args.repeat)


if __name__ == "__main__":
    main()
