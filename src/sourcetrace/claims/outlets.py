"""Per outlet: how often a story's main claim is stronger than its source's (corpus mode).

Each derived story is checked against the sources it derives from exactly as ``trace``
checks it (:func:`sourcetrace.claims.traced.check_story`: its reported claims verified,
its claims compared under the same filters), and its main claim is the claim at
:func:`~sourcetrace.claims.main.main_statement`. A story counts as *compared* when that
claim and its source sentence state a relationship the two can be ranked on, and as
*stronger* when its main claim is stronger than the source sentence's: the same
conclusion ``trace`` gives the story.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from sourcetrace.claims.drift import Drift
from sourcetrace.claims.traced import check_story, main_claim
from sourcetrace.documents import Document

if TYPE_CHECKING:
    from sourcetrace.index.base import Store
    from sourcetrace.quotes.verify import VerifyOptions


def main_claim_drift(
    story: Document,
    sources: Sequence[Document],
    *,
    store: Store | None = None,
    verify: VerifyOptions | None = None,
) -> Drift | None:
    """Return how a story's main claim compares with its source sentence, or None.

    The comparison ``trace`` shows for the claim at the story's main statement. None
    when the story has no main statement or it has no source sentence.

    Example:
        >>> pr = Document(id="pr", text="Tea drinkers had a lower stroke risk, a study found.")
        >>> story = Document(id="a", text="Tea cuts stroke risk, a study found.")
        >>> d = main_claim_drift(story, [pr])
        >>> d.strength if d else None
        'stronger'
    """
    checked = check_story(story.text, sources, store=store, exclude=[story.id], verify=verify)
    claim = main_claim(story.text, checked)
    if claim is None or claim.source is None:
        return None
    return claim.drift


def outlet_claims(
    derived: Iterable[tuple[str, Sequence[str]]],
    publisher_of: Mapping[str, str | None],
    documents: Callable[[Sequence[str]], Mapping[str, Document]],
    *,
    store: Store | None = None,
    verify: VerifyOptions | None = None,
    batch: int = 200,
) -> dict[str, dict[str, Any]]:
    """Return, per publisher, how many of its stories' main claims are stronger than the source's.

    Args:
        derived: ``(story_id, source_ids)``: each derived story with the earlier
            documents it derives from (see :func:`sourcetrace.order.precedes`).
        publisher_of: Each story's publisher (stories without one are left out).
        documents: Returns the documents of the given ids (e.g. a store's ``get_many``).
        store: The index, to look quotations up beyond the sources (as ``trace`` does).
        verify: Verdict thresholds for the reported claims.
        batch: Stories whose documents are read at a time.

    Returns:
        ``{publisher: {"claims_compared": int, "claims_stronger": int,
        "claims_stronger_share": float | None}}``.
    """
    compared: Counter[str] = Counter()
    stronger: Counter[str] = Counter()
    todo = [(s, tuple(srcs)) for s, srcs in derived if publisher_of.get(s) and srcs]
    for i in range(0, len(todo), batch):
        part = todo[i : i + batch]
        got = documents(sorted({x for s, srcs in part for x in (s, *srcs)}))
        for story, sources in part:
            docs = [got[x] for x in sources if x in got]
            if story not in got or not docs:
                continue
            drift = main_claim_drift(got[story], docs, store=store, verify=verify)
            if drift is None or drift.strength is None:
                continue
            who = publisher_of[story]
            assert who is not None
            compared[who] += 1
            stronger[who] += drift.stronger
    return {
        who: {
            "claims_compared": n,
            "claims_stronger": stronger[who],
            "claims_stronger_share": round(stronger[who] / n, 4) if n else None,
        }
        for who, n in compared.items()
    }
