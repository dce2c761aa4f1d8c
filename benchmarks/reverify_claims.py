"""Reported-claim verdicts re-read from kept predictions, in seconds (issue 15).

``bench_verdicts.py`` traces every gold story against the 360 releases (minutes a set). A
claim's verdict depends only on the claim found, the story's text and the sources the trace
accepted, all of which its ``--keep`` file holds. This script re-verifies each kept story's
reported claims with :func:`sourcetrace.quotes.claim_verify.verify_reported` against those
sources and scores them with ``../shared/tools/score_verdicts.py``: a change to the claim
verdict rules is measured on the five annotated sets in a few seconds. With the code the
predictions were made with it reproduces ``bench_verdicts.py``'s ``claims:`` figures
exactly (checked on 1c7555e's predictions of all five sets).

``--variant`` applies one of the claim verdict variants measured in BENCHMARKS.md (issue 15,
"Twelfth round"), none of them kept; they patch the package in this process only:

- ``frames``: reporting verbs, hedges and discourse adverbs ("found", "suggests", "may",
  "actually") are no content words, so a claim is matched on what it says, not on how the
  story frames it (:data:`FRAME_WORDS`).
- ``thin-release``: an ``unsupported`` claim gets verdict null ("the evidence is thin")
  when its release holds at least :data:`THIN_SHARE` of its content words across
  sentences and its nearest sentence shows no drift.
- ``thin-related``: as ``thin-release``, and no release sentence sharing
  :data:`RELATED_SHARED` content words with the claim shows a drift either.
- ``percent`` (thirteenth round, not kept): "65%", "65 per cent" and "65 percent" count as
  the one content stem "percent" on both sides of claim matching (the release's "%" is no
  word, so a story's "per cent" was two stems it could not hold).

``--oracle`` bounds what reading the claim better could give, from the gold itself (the
thirteenth round): ``spans`` verifies each kept claim the scorer matches to a gold claim
with the gold's span instead of its own (perfect claim spans); ``source`` verifies every
claim against the gold's release alone (the story's own release, always found).

Run: ``python benchmarks/reverify_claims.py --pred dev=PRED.jsonl --pred extra=PRED2.jsonl
[--variant frames] [--oracle spans] [--diff]``; a set's gold is ``verdicts_dev.jsonl`` for
``dev`` and ``benchmarks/verdicts_SET_dev.jsonl`` for the others (``extra``, ``blind2`` …).
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import importlib.util
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import sourcetrace.quotes.claim_verify as claim_verify
import sourcetrace.quotes.match as match
import sourcetrace.quotes.sentence_match as sentence_match
from bench_verdicts import DEFAULT_DATA, SCORER  # the same data and scorer
from sourcetrace.claims import compare
from sourcetrace.documents import Document
from sourcetrace.quotes.model import Reported, Speaker
from sourcetrace.readers import read_jsonl
from sourcetrace.sentences import sentences, stem
from sourcetrace.text import Words, cached_words, is_content, word_set

HERE = Path(__file__).resolve().parent

#: Words of a reporting frame, hedges and discourse adverbs (variant ``frames``).
FRAME_WORDS = (
    # reporting verbs
    word_set(
        "say said says saying state states stated report reports reported reporting find finds"
        " found finding findings show shows showed shown showing reveal reveals revealed suggest"
        " suggests suggested suggesting indicate indicates indicated demonstrate demonstrates"
        " demonstrated conclude concludes concluded note notes noted explain explains explained"
        " claim claims claimed believe believes believed think thinks thought warn warns warned"
        " argue argues argued according"
    )
    # hedges
    | word_set("may might could can possibly probably potentially perhaps appear appears")
    | word_set("appeared seem seems seemed")
    # discourse adverbs
    | word_set("actually really even just also still indeed however very much")
)
#: Share of a claim's content stems its release must hold for ``thin-*`` (read on dev 40 and
#: blind 20: 0.5, 0.6, 0.65, 0.7, 0.8, 0.9 tried).
THIN_SHARE = 0.65
#: Content stems a release sentence shares with the claim to be read by ``thin-related``.
RELATED_SHARED = 3
_FIGURES = (
    "matched",
    "verdict_accuracy",
    "supported_precision",
    "unsupported_precision",
    "distorted_flagged",
)


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_verdicts", SCORER)
    if spec is None or spec.loader is None:
        sys.exit(f"error: {SCORER}: not found")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _gold_path(name: str, data: Path) -> Path:
    return data / "verdicts_dev.jsonl" if name == "dev" else HERE / f"verdicts_{name}_dev.jsonl"


def _claim(row: dict[str, Any]) -> Reported:
    speaker = row.get("speaker") or {}
    return Reported(
        text=row["text"],
        start=row["start"],
        end=row["end"],
        speaker=Speaker(**speaker) if isinstance(speaker, dict) else Speaker(name=speaker),
        cue=row.get("cue"),
    )


#: What ``--oracle`` takes from the gold: its claim spans or its release.
ORACLES = ("spans", "source")


def reverify(
    preds: Sequence[dict[str, Any]],
    stories: dict[str, str],
    releases: dict[str, Document],
    *,
    gold: Sequence[dict[str, Any]] = (),
    oracle: str | None = None,
    matcher: Callable[[list[Any], list[Any]], list[tuple[Any, Any]]] | None = None,
) -> list[dict[str, Any]]:
    """Return the predictions with each reported claim verified again by the current rules.

    Args:
        preds: Kept predictions (``bench_verdicts.py --keep``).
        stories: Story texts by id.
        releases: The releases by id.
        gold: The gold stories, for ``oracle``.
        oracle: ``"spans"``: a kept claim matched to a gold claim (by ``matcher``, the
            scorer's ``match``) is verified with the gold's span; ``"source"``: every claim
            is verified against the gold's release alone. The kept spans are reported
            either way, so the scorer matches the same claims.
        matcher: Pairs gold claims with kept claims (required with ``oracle="spans"``).
    """
    if oracle is not None and oracle not in ORACLES:
        raise ValueError(f"oracle must be one of {ORACLES}, not {oracle!r}")
    if oracle == "spans" and matcher is None:
        raise ValueError("oracle 'spans' needs the scorer's matcher")
    golds = {g["story_id"]: g for g in gold}
    out = []
    for row in preds:
        story = row["article"]["id"]
        text = stories[story]
        _remember(text)
        docs = [releases[s["id"]] for s in row.get("sources", []) if s["id"] in releases]
        known = golds.get(story)  # a set's predictions may hold other sets' stories
        if oracle == "source" and known is not None:
            docs = [releases[known["release_id"]]]
        for d in docs:
            _remember(d.text)
        kept = row.get("reported") or []
        claims = [_claim(c) for c in kept]
        if oracle == "spans" and matcher is not None and known is not None:
            claims = _gold_spans(claims, kept, known["claims"], matcher)
        again = claim_verify.verify_reported(text, claims, sources=docs)
        reported = [
            {**old, "verdict": new.verdict, "how": new.how, "reason": new.reason}
            for old, new in zip(kept, again, strict=True)
        ]
        out.append({**row, "reported": reported})
    return out


def _gold_spans(
    claims: list[Reported],
    kept: list[dict[str, Any]],
    gold_claims: list[dict[str, Any]],
    matcher: Callable[[list[Any], list[Any]], list[tuple[Any, Any]]],
) -> list[Reported]:
    """The claims, each one the scorer matches to a gold claim given the gold's span."""
    at = {id(k): i for i, k in enumerate(kept)}
    out = list(claims)
    for g, k in matcher(gold_claims, kept):
        i = at[id(k)]
        out[i] = dataclasses.replace(out[i], text=g["text"], start=g["start"], end=g["end"])
    return out


# Variant ``percent``: the texts of the Words the rules are given, so that a "%" (no word
# of its own) can be read after a figure. Words are cached per text (``cached_words``); the
# objects are held here, so an id is never reused by another.
_TEXTS: dict[int, tuple[Words, str]] = {}
PERCENT = "percent"


def _remember(text: str) -> None:
    w = cached_words(text)
    _TEXTS[id(w)] = (w, text)


def _text_of(w: Words) -> str | None:
    hit = _TEXTS.get(id(w))
    return hit[1] if hit is not None and hit[0] is w else None


def _unit_keys(w: Words, indices: Sequence[int]) -> list[str]:
    """The keys of ``w`` at ``indices``, every way of writing a percentage as "percent"."""
    text = _text_of(w)
    out: list[str] = []
    j = 0
    while j < len(indices):
        i = indices[j]
        if w.keys[i] == "per" and j + 1 < len(indices) and w.keys[indices[j + 1]] == "cent":
            out.append(PERCENT)
            j += 2
            continue
        out.append(w.keys[i])
        after = text[w.ends[i] : w.ends[i] + 2].lstrip(" ")[:1] if text is not None else ""
        if w.keys[i][-1:].isdigit() and after == "%":
            out.append(PERCENT)
        j += 1
    return out


def _unit_stems(w: Words, start: int, end: int) -> set[str]:
    keys = _unit_keys(w, sentence_match._span_indices(w, start, end))
    return {stem(k) for k in keys if is_content(k)}


def _percent() -> None:
    """Variant ``percent``: a percentage is one content stem however it is written."""

    def span_keys(a: Words, start: int, end: int, skip: Sequence[tuple[int, int]]) -> list[str]:
        rng = sentence_match._span_indices(a, start, end)
        kept = [i for i in rng if not any(s <= a.starts[i] < e for s, e in skip)]
        return _unit_keys(a, kept)

    original = sentence_match._passages

    @functools.lru_cache(maxsize=1024)
    def passages(doc_id: str, text: str) -> tuple[Any, ...]:
        s, _ = match._source(doc_id, text)
        _remember(text)
        return tuple(
            dataclasses.replace(p, stems=frozenset(_unit_stems(s, p.start, p.end)))
            for p in original(doc_id, text)
        )

    sentence_match._span_keys = span_keys  # type: ignore[assignment]
    sentence_match._passages = passages  # type: ignore[assignment]
    claim_verify.span_stems = _unit_stems  # type: ignore[assignment]


def _frames() -> None:
    """Variant ``frames``: :data:`FRAME_WORDS` are no content words in claim matching."""
    # Both modules that read content words (claims match sentences in sentence_match).
    for module in (match, sentence_match):
        module.is_content = lambda key: is_content(key) and key not in FRAME_WORDS  # type: ignore[attr-defined]
    sentence_match._passages.cache_clear()


def _drifts(claim_text: str, source_text: str) -> bool:
    return compare(claim_text, source_text).distorted


def _thin(*, related: bool) -> None:
    """Variants ``thin-release`` and ``thin-related``: thin evidence gets verdict null."""
    verdict_of = claim_verify._claim_verdict

    def patched(
        text: str, claim: Reported, a: Words, docs: Sequence[Document], opts: Any, **kw: Any
    ) -> Any:
        v, found = verdict_of(text, claim, a, docs, opts, **kw)
        if (
            v.verdict != "unsupported"
            or v.final
            or found is None
            or not v.reason.startswith("no source sentence carries it")
        ):
            return v, found
        doc = next(d for d in docs if d.id == found.doc_id)
        s = cached_words(doc.text)
        stems = match.span_stems(a, claim.start, claim.end)
        held = stems & match.span_stems(s, 0, len(doc.text))
        claim_text = text[claim.start : claim.end]
        if (
            len(held) < max(opts.min_shared, THIN_SHARE * len(stems))
            or _drifts(claim_text, doc.text[found.start : found.end])
            or (related and _drifts_related(claim_text, stems, doc.text, s))
        ):
            return v, found
        return dataclasses.replace(v, verdict=None, reason=f"thin evidence; {v.reason}"), found

    claim_verify._claim_verdict = patched  # type: ignore[assignment]


def _drifts_related(claim_text: str, stems: set[str], text: str, s: Words) -> bool:
    for sent in sentences(text, s):
        lo, hi = s.starts[sent.first], s.ends[sent.end - 1]
        if len(stems & match.span_stems(s, lo, hi)) >= RELATED_SHARED and _drifts(
            claim_text, text[lo:hi]
        ):
            return True
    return False


VARIANTS: dict[str, Callable[[], None]] = {
    "frames": _frames,
    "thin-release": lambda: _thin(related=False),
    "thin-related": lambda: _thin(related=True),
    "percent": _percent,
}


def _diff(
    scorer: ModuleType, gold: list[dict[str, Any]], before: list[Any], after: list[Any]
) -> None:
    old = {r["article"]["id"]: r for r in before}
    new = {r["article"]["id"]: r for r in after}
    for g in gold:
        a, b = old[g["story_id"]]["reported"], new[g["story_id"]]["reported"]
        truth = {(p["start"], p["end"]): gi["truth"] for gi, p in scorer.match(g["claims"], a)}
        for x, y in zip(a, b, strict=True):
            if (x["verdict"], x.get("how")) != (y["verdict"], y.get("how")):
                t = truth.get((x["start"], x["end"]), "no gold")
                change = f"{x['verdict']} -> {y['verdict']} ({y.get('how')})"
                print(f"  {t:14} {change}: {x['text'][:90]!r}")


def add_inputs(parser: argparse.ArgumentParser) -> None:
    """The options of a script that re-reads kept predictions: ``--data``, ``--pred``."""
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument(
        "--pred", action="append", default=[], required=True, help="SET=PRED.jsonl (repeatable)"
    )


def read_inputs(data: Path) -> tuple[dict[str, str], dict[str, Document]]:
    """The stories' texts and the releases by id, from the InSciOut data folder."""
    stories = {d.id: d.text for d in read_jsonl(data / "news_dev.jsonl")}
    releases = {d.id: d for d in read_jsonl(data / "press_releases.jsonl")}
    return stories, releases


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_inputs(parser)
    parser.add_argument("--variant", choices=sorted(VARIANTS), help="a measured variant")
    parser.add_argument(
        "--oracle", choices=ORACLES, help="take the claim spans or the release from the gold"
    )
    parser.add_argument("--diff", action="store_true", help="print the claims that change")
    args = parser.parse_args()
    scorer = _scorer()
    stories, releases = read_inputs(args.data)
    if args.variant:
        VARIANTS[args.variant]()
    for item in args.pred:
        name, _, path = item.partition("=")
        gold, before = _load(_gold_path(name, args.data)), _load(Path(path))
        after = reverify(
            before, stories, releases, gold=gold, oracle=args.oracle, matcher=scorer.match
        )
        figures, _ = scorer.score(gold, after)
        claims = figures["claims"]
        print(f"{name}: " + ", ".join(f"{k} {claims[k]}" for k in _FIGURES))
        if args.diff:
            _diff(scorer, gold, before, after)


if __name__ == "__main__":
    main()
