"""Per outlet: how often a story's main claim is stronger than its source's (corpus mode).

For each story a corpus run derives from a source, the story's main statement
(:func:`~sourcetrace.claims.main.main_statement`) is aligned with the source's main
statements and compared (:func:`~sourcetrace.claims.drift.compare`). A story counts as
*compared* when both sides state a relationship the two can be ranked on, and as
*stronger* when its main claim is stronger than the source sentence's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from sourcetrace.claims.align import align
from sourcetrace.claims.drift import Drift, compare, label
from sourcetrace.claims.main import main_statement


def main_claim_drift(story: str, source: str) -> Drift | None:
    """Return how a story's main claim compares with its source, or None.

    None when the story has no main statement or the source no sentence it aligns with.

    Example:
        >>> d = main_claim_drift("Tea cuts stroke risk, a study found.", "Tea drinkers had a lower stroke risk, a study found.")
        >>> d.strength if d else None
        'stronger'
    """  # noqa: E501
    st = main_statement(story)
    if st is None:
        return None
    claim = story[st.start : st.end]
    at = align(claim, source, main_only=True)
    if at is None:
        return None
    sentence = source[at.start : at.end]
    return compare(
        claim,
        sentence,
        claim_labels=label(claim, context=story),
        source_labels=label(sentence, context=source),
    )


def outlet_claims(
    derived: Iterable[tuple[str, str]],
    publisher_of: Mapping[str, str | None],
    texts: Callable[[Sequence[str]], Mapping[str, str]],
    *,
    batch: int = 200,
) -> dict[str, dict[str, Any]]:
    """Return, per publisher, how many of its stories' main claims are stronger than the source's.

    Args:
        derived: ``(story_id, source_id)``: each derived story with its main source.
        publisher_of: Each story's publisher (stories without one are left out).
        texts: Returns the texts of the given document ids (e.g. a store's ``get_many``).
        batch: Stories whose texts are read at a time.

    Returns:
        ``{publisher: {"claims_compared": int, "claims_stronger": int,
        "claims_stronger_share": float | None}}``.
    """
    compared: Counter[str] = Counter()
    stronger: Counter[str] = Counter()
    todo = [(s, src) for s, src in derived if publisher_of.get(s)]
    for i in range(0, len(todo), batch):
        part = todo[i : i + batch]
        got = texts(sorted({x for pair in part for x in pair}))
        for story, source in part:
            if story not in got or source not in got:
                continue
            drift = main_claim_drift(got[story], got[source])
            if drift is None or drift.strength is None:
                continue
            who = publisher_of[story]
            assert who is not None
            compared[who] += 1
            stronger[who] += drift.strength == "stronger"
    return {
        who: {
            "claims_compared": n,
            "claims_stronger": stronger[who],
            "claims_stronger_share": round(stronger[who] / n, 4) if n else None,
        }
        for who, n in compared.items()
    }
