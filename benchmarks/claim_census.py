"""The claims of one verdict error, each with where the gold finds it (issue 15).

For an error census: every reported claim the scorer matches to a gold claim of truth
``--truth`` (``supported``) that the kept predictions call ``--verdict`` (``unsupported``),
printed with what is needed to say why the rules missed it: the claim as found and the
gold's span when they differ, the rules' reason, the release sentence(s) the gold names,
how many of the claim's content stems those hold (with the found span and with the gold's),
the stems they lack, and the sources the trace accepted against the gold's release. The
classes are read by a person; this only lays each claim out (thirteenth round).

Run: ``python benchmarks/claim_census.py --pred dev=PRED.jsonl --pred extra=PRED2.jsonl
[--truth supported] [--verdict unsupported]`` (predictions from ``bench_verdicts.py
--keep``; golds as in ``reverify_claims.py``). Read only the sets rules are read from.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reverify_claims import _gold_path, _load, _scorer, add_inputs, read_inputs
from sourcetrace.documents import Document
from sourcetrace.quotes.match import span_stems
from sourcetrace.text import cached_words


@dataclass(frozen=True, slots=True)
class CensusRow:
    """One claim of the census.

    Attributes:
        story: The story's id.
        claim: The claim as found (``bench_verdicts.py``'s span).
        gold: The gold's span of it, when it differs.
        reason: The rules' reason for their verdict.
        traced: The ids of the sources the trace accepted.
        release: The gold's release id.
        support: The release text the gold names (empty when it names none).
        held: Content stems of the found claim the gold's release text holds, of all.
        held_gold: The same for the gold's span.
        missing: The found claim's stems the gold's release text lacks.
    """

    story: str
    claim: str
    gold: str | None
    reason: str
    traced: tuple[str, ...]
    release: str
    support: str
    held: tuple[int, int]
    held_gold: tuple[int, int]
    missing: tuple[str, ...]


def census(
    gold: Sequence[dict[str, Any]],
    preds: Sequence[dict[str, Any]],
    stories: dict[str, str],
    releases: dict[str, Document],
    matcher: Callable[[list[Any], list[Any]], list[tuple[Any, Any]]],
    *,
    truth: str = "supported",
    verdict: str = "unsupported",
) -> list[CensusRow]:
    """The matched claims of gold ``truth`` the predictions call ``verdict``.

    Args:
        gold: The gold stories.
        preds: Kept predictions.
        stories: Story texts by id.
        releases: The releases by id.
        matcher: Pairs gold claims with predicted ones (the scorer's ``match``).
        truth: The gold truth to list.
        verdict: The predicted verdict to list.
    """
    by_id = {p["article"]["id"]: p for p in preds}
    out = []
    for g in gold:
        row = by_id.get(g["story_id"])
        if row is None:
            continue
        text = stories[g["story_id"]]
        a = cached_words(text)
        release = releases[g["release_id"]].text
        for gi, pi in matcher(g["claims"], row.get("reported") or []):
            if gi["truth"] != truth or pi.get("verdict") != verdict:
                continue
            lo, hi = gi.get("release_start"), gi.get("release_end")
            support = release[lo:hi] if lo is not None and hi is not None else ""
            held = (
                span_stems(cached_words(release), lo, hi)
                if lo is not None and hi is not None
                else set()
            )
            found = span_stems(a, pi["start"], pi["end"])
            marked = span_stems(a, gi["start"], gi["end"])
            same = (gi["start"], gi["end"]) == (pi["start"], pi["end"])
            out.append(
                CensusRow(
                    story=g["story_id"],
                    claim=pi["text"],
                    gold=None if same else gi["text"],
                    reason=pi.get("reason") or "",
                    traced=tuple(s["id"] for s in row.get("sources", [])),
                    release=g["release_id"],
                    support=support,
                    held=(len(found & held), len(found)),
                    held_gold=(len(marked & held), len(marked)),
                    missing=tuple(sorted(found - held)),
                )
            )
    return out


def _show(n: int, name: str, r: CensusRow) -> None:
    print(f"=== {name} #{n} {r.story} (gold release {r.release}, traced {list(r.traced)})")
    print(f"  claim: {r.claim!r}")
    if r.gold is not None:
        print(f"  gold span: {r.gold!r}")
    print(f"  reason: {r.reason[:240]}")
    print(
        f"  gold's release text holds {r.held[0]}/{r.held[1]} of its stems "
        f"({r.held_gold[0]}/{r.held_gold[1]} of the gold span's): {r.support[:300]!r}"
    )
    print(f"  lacking: {', '.join(r.missing)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_inputs(parser)
    parser.add_argument("--truth", default="supported", help="gold truth to list")
    parser.add_argument("--verdict", default="unsupported", help="predicted verdict to list")
    args = parser.parse_args()
    scorer = _scorer()
    stories, releases = read_inputs(args.data)
    n = 0
    for item in args.pred:
        name, _, path = item.partition("=")
        gold, preds = _load(_gold_path(name, args.data)), _load(Path(path))
        rows = census(
            gold, preds, stories, releases, scorer.match, truth=args.truth, verdict=args.verdict
        )
        for r in rows:
            n += 1
            _show(n, name, r)
    print(f"{n} claims")


if __name__ == "__main__":
    main()
