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

Run: ``python benchmarks/reverify_claims.py --pred dev=PRED.jsonl --pred extra=PRED2.jsonl
[--variant frames] [--diff]``; a set's gold is ``verdicts_dev.jsonl`` for ``dev`` and
``benchmarks/verdicts_SET_dev.jsonl`` for the others (``extra``, ``blind2`` …).
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import sourcetrace.quotes.claim_verify as claim_verify
import sourcetrace.quotes.match as match
from bench_verdicts import DEFAULT_DATA, SCORER  # the same data and scorer
from sourcetrace.claims import compare
from sourcetrace.documents import Document
from sourcetrace.quotes.model import Reported, Speaker
from sourcetrace.readers import read_jsonl
from sourcetrace.sentences import sentences
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


def reverify(
    preds: Sequence[dict[str, Any]], stories: dict[str, str], releases: dict[str, Document]
) -> list[dict[str, Any]]:
    """Return the predictions with each reported claim verified again by the current rules."""
    out = []
    for row in preds:
        text = stories[row["article"]["id"]]
        docs = [releases[s["id"]] for s in row.get("sources", []) if s["id"] in releases]
        kept = row.get("reported") or []
        again = claim_verify.verify_reported(text, [_claim(c) for c in kept], sources=docs)
        reported = [
            {**old, "verdict": new.verdict, "how": new.how, "reason": new.reason}
            for old, new in zip(kept, again, strict=True)
        ]
        out.append({**row, "reported": reported})
    return out


def _frames() -> None:
    """Variant ``frames``: :data:`FRAME_WORDS` are no content words in claim matching."""
    match.is_content = lambda key: is_content(key) and key not in FRAME_WORDS  # type: ignore[assignment]
    match._passages.cache_clear()


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument(
        "--pred", action="append", default=[], required=True, help="SET=PRED.jsonl (repeatable)"
    )
    parser.add_argument("--variant", choices=sorted(VARIANTS), help="a measured variant")
    parser.add_argument("--diff", action="store_true", help="print the claims that change")
    args = parser.parse_args()
    scorer = _scorer()
    stories = {d.id: d.text for d in read_jsonl(args.data / "news_dev.jsonl")}
    releases = {d.id: d for d in read_jsonl(args.data / "press_releases.jsonl")}
    if args.variant:
        VARIANTS[args.variant]()
    for item in args.pred:
        name, _, path = item.partition("=")
        gold, before = _load(_gold_path(name, args.data)), _load(Path(path))
        after = reverify(before, stories, releases)
        figures, _ = scorer.score(gold, after)
        claims = figures["claims"]
        print(f"{name}: " + ", ".join(f"{k} {claims[k]}" for k in _FIGURES))
        if args.diff:
            _diff(scorer, gold, before, after)


if __name__ == "__main__":
    main()
