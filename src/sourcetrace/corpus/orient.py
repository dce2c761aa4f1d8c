"""Related pairs, oriented and resolved.

:func:`resolve_pairs` turns the sources each document's trace accepted into pairs, the
earlier (or original) text first (:func:`direction`); in a closed world, a lead no rule
accepted is kept when the corpus corroborates it (:func:`corroborated`,
:func:`story_affinity`).
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from sourcetrace.corpus.options import CorpusOptions
from sourcetrace.corpus.records import DocMeta, Observation, Pair, _day
from sourcetrace.dates import DocDate
from sourcetrace.judge import AcceptancePolicy, Article, Candidate, fallback_refuses
from sourcetrace.order import precedes
from sourcetrace.results import Derivation, Passage
from sourcetrace.trace import content_pairs


def _flip(p: Passage) -> Passage:
    return dataclasses.replace(
        p,
        article_start=p.source_start,
        article_end=p.source_end,
        source_start=p.article_start,
        source_end=p.article_end,
        article_words=0,
        matched_words=0,
    )


def direction(
    a: DocMeta, b: DocMeta, a_covered: float, b_covered: float
) -> tuple[bool, str | None]:
    """Decide which of two related documents is the source.

    By date where both are dated and differ; else by kind (a ``source`` before an
    ``article``); else the text more covered by the other is the one that reuses it
    (a story holding a release's passages is mostly release; the release is not mostly
    story); else nothing orders them (reason None) and the lower id comes first.

    Args:
        a: One document.
        b: The other.
        a_covered: Share of ``a``'s words aligned with ``b``.
        b_covered: Share of ``b``'s words aligned with ``a``.

    Returns:
        ``(a_is_source, reason)``.
    """
    first = precedes(a, b)
    if first is not None:
        dated = bool(_day(a) and _day(b) and _day(a) != _day(b))
        return first, "date" if dated else "kind"
    if a_covered != b_covered:
        return a_covered < b_covered, "containment"
    return a.id < b.id, None


def corroborated(
    observations: Iterable[Observation],
    sibling_confidence: float = 0.99,
    *,
    siblings: bool = True,
    closed_world: bool = False,
    affinity: Mapping[str, Mapping[str, int]] | None = None,
    story_lead_ratio: float = 2.0,
    story_lead_min_pairs: int = 4,
) -> list[Observation]:
    """Return the accepted observations and, per article, the lead corroborated.

    An article's leads (see :attr:`Observation.lead`) are its earlier candidates when
    its trace accepted none; its *siblings* are the documents it shares accepted text
    with (an accepted observation either way). In the open world, its best lead (by
    shared pairs) is kept if a sibling was accepted as written from that same candidate
    with a confidence of at least ``sibling_confidence`` (two traces agree, one of them
    sure). In a closed world:

    1. With ``siblings``, the lead that a sibling was found written from, at any
       confidence (the best by pairs first, then the most confident), repeated until
       nothing changes, a kept lead corroborating in turn;
    2. else the best lead by pairs, unless the ``affinity`` (see :func:`story_affinity`)
       of one candidate stands out: at least ``story_lead_ratio`` times every other
       candidate's (counted as 1 if lower) and at least ``story_lead_min_pairs``.
       That candidate may lie outside the
       article's pool: its pair then has no passages and no coverage. Then step 1
       again.

    Args:
        observations: Every observation of the run.
        sibling_confidence: See above (open world).
        siblings: Whether siblings are read at all.
        closed_world: Whether every article keeps a lead.
        affinity: Per article, per candidate, how much the article resembles the
            documents accepted as written from the candidate (closed world; none: the
            best lead by pairs is kept).
        story_lead_ratio: See ``affinity`` (0: never read).
        story_lead_min_pairs: Fewest pairs the standing-out candidate's affinity must
            reach (two or three pairs against none is a ratio of chance counts).

    Returns:
        The accepted observations, then the leads kept (no longer leads), by article.
    """
    accepted = [o for o in observations if not o.lead]
    leads: dict[str, list[Observation]] = defaultdict(list)
    for o in observations:
        if o.lead:
            leads[o.article_id].append(o)
    linked: dict[str, set[str]] = defaultdict(set)
    sources: dict[str, set[str]] = defaultdict(set)
    for o in accepted:
        linked[o.article_id].add(o.source_id)
        linked[o.source_id].add(o.article_id)
        sure = o.confidence is not None and o.confidence >= sibling_confidence
        if closed_world or sure:
            sources[o.article_id].add(o.source_id)
    kept: dict[str, Observation] = {}

    def keep(o: Observation, backed: bool = False) -> None:
        kept[o.article_id] = dataclasses.replace(
            _backed(o) if backed else o, lead=False, alternate=False
        )
        sources[o.article_id].add(o.source_id)

    def best(article: str) -> Observation | None:
        return next((o for o in leads[article] if not o.alternate), None)

    if not closed_world:
        for article in sorted(leads) if siblings else ():
            told = {r for b in linked[article] for r in sources[b]}
            if (lead := best(article)) is not None and lead.source_id in told:
                kept[article] = dataclasses.replace(_backed(lead), lead=False)
        return accepted + [kept[a] for a in sorted(kept)]

    def settle() -> None:
        grew = siblings
        while grew:
            grew = False
            for article in sorted(leads):
                if article in kept:
                    continue
                told = {r for b in linked[article] for r in sources[b]}
                if backed := [o for o in leads[article] if o.source_id in told]:
                    keep(min(backed, key=_lead_order), backed=True)
                    grew = True

    def chosen(article: str) -> Observation | None:
        lead = best(article)
        score = affinity.get(article, {}) if affinity and story_lead_ratio > 0 else {}
        ranked = sorted(score.items(), key=lambda x: (-x[1], x[0]))
        if lead is None or not ranked:
            return lead
        (top, mine), runner_up = ranked[0], ranked[1][1] if len(ranked) > 1 else 0
        if (
            top == lead.source_id
            or mine < story_lead_ratio * max(runner_up, 1)
            or mine < story_lead_min_pairs
        ):
            return lead
        held = next((o for o in leads[article] if o.source_id == top), None)
        why = (
            f"{STORY_LEAD}: the article shares {mine} consecutive content-word pairs with a "
            f"story traced to {top}, at least {story_lead_ratio:g} times any other "
            f"candidate's ({runner_up})"
        )
        told = held or Observation(article, top, 0.0, 0.0, (), lead=True)
        return dataclasses.replace(told, accepted_by=STORY_LEAD, reason=why)

    settle()
    for article in sorted(leads):
        if article not in kept and (lead := chosen(article)) is not None:
            keep(lead)
    settle()
    return accepted + [kept[a] for a in sorted(kept)]


def story_affinity(
    observations: Iterable[Observation],
    texts: Callable[[list[str]], Mapping[str, str]],
    may_source: Callable[[str, str], bool],
    *,
    apart: Callable[[str, str], bool] | None = None,
    max_holders: int = 0,
    batch: int = 1000,
) -> dict[str, dict[str, int]]:
    """Say how much each closed-world lead's article resembles each candidate's stories.

    A retelling that shares next to nothing with its release (a broadcast transcript
    of a news bulletin, a story told in other words) still tells what the release's
    other stories tell, in the words news uses. The stories of a candidate are the
    documents a rule accepted as written from it (not leads: no chains). A release
    missing from the article's pool (whose terms the article barely uses) is reached
    this way too.

    The pairs are held as 64-bit hashes in sorted arrays (about 2 KB a story of 500
    words) and the texts are read ``batch`` at a time, so that memory grows with the
    corpus by that much, not by Python objects per pair.

    Args:
        observations: Every observation of the run.
        texts: Returns the texts of the documents of the given ids.
        may_source: ``may_source(candidate, article)``: whether the candidate may be the
            article's source (known to come earlier, of a kind that is retold, not dated
            far from it: see :func:`dated_apart`).
        apart: ``apart(lead, article)``: whether one of the article's own leads is dated
            too far from it to be chosen (:func:`dated_apart`); None: none is.
        max_holders: A pair more stories than this hold says nothing of any one source
            and is not counted (0: every pair counts).
        batch: Texts read at a time.

    Returns:
        Per article with leads, per candidate that may be its source or is one of its
        leads: the most consecutive content-word stem pairs the article shares with one
        document accepted as written from that candidate (candidates at 0 left out).
    """
    import numpy as np

    obs = list(observations)
    candidates_of: dict[str, set[str]] = defaultdict(set)  # story -> what a rule traced it to
    leads: dict[str, set[str]] = defaultdict(set)
    for o in obs:
        (leads if o.lead else candidates_of)[o.article_id].add(o.source_id)
    if not leads:
        return {}
    stories = sorted(candidates_of)
    number = {story: i for i, story in enumerate(stories)}
    keys: dict[str, Any] = {}
    wanted = sorted(set(stories) | set(leads))
    for at in range(0, len(wanted), batch):
        for doc_id, text in texts(wanted[at : at + batch]).items():
            hashed = np.fromiter((hash(p) for p in content_pairs(text)), dtype=np.int64)
            keys[doc_id] = np.unique(hashed)
    held = [keys[s] for s in stories if s in keys]
    pair_of = np.concatenate(held) if held else np.empty(0, np.int64)
    owned = [np.full(len(keys[s]), number[s], np.int64) for s in stories if s in keys]
    owner = np.concatenate(owned) if owned else np.empty(0, np.int64)
    order = np.argsort(pair_of, kind="stable")
    pair_of, owner = pair_of[order], owner[order]
    uniq, starts, counts = np.unique(pair_of, return_index=True, return_counts=True)
    if max_holders > 0:
        common = counts <= max_holders
        uniq, starts, counts = uniq[common], starts[common], counts[common]
    out: dict[str, dict[str, int]] = {}
    for article in sorted(leads):
        mine = keys.get(article, np.empty(0, np.int64))
        at = np.minimum(np.searchsorted(uniq, mine), max(len(uniq) - 1, 0))
        found = at[uniq[at] == mine] if len(uniq) else at[:0]
        lengths = counts[found]
        firsts = np.repeat(starts[found] - np.cumsum(lengths) + lengths, lengths)
        shared = np.bincount(owner[firsts + np.arange(int(lengths.sum()))], minlength=len(stories))
        if article in number:
            shared[number[article]] = 0
        best: dict[str, int] = {}
        for i in np.flatnonzero(shared):
            n = int(shared[i])
            for c in candidates_of[stories[i]]:
                if n <= best.get(c, 0):
                    continue
                if c in leads[article]:
                    ok = apart is None or not apart(c, article)
                else:
                    ok = may_source(c, article)
                if ok:
                    best[c] = n
        out[article] = best
    return out


def dated_apart(policy: AcceptancePolicy, source: DocDate | None, article: DocDate | None) -> bool:
    """Whether the refusals that guide the fallback refuse a source by the two dates alone.

    The closed-world fallback never picks a candidate such a refusal (``dates-apart``,
    ``guides_fallback``) refuses while another is left (see
    :func:`sourcetrace.judge.judge`); a lead chosen by its stories is held to the same.
    Refusals that weigh the evidence too (``weeks-apart``) do not guide it.
    """
    cand = Candidate("", 0.0, 0, frozenset(), 0, date=source)
    return fallback_refuses(policy, cand, Article(0, 0, (), policy.min_pool, date=article))


#: ``accepted_by`` of a closed-world lead chosen because the article resembles the
#: stories already traced to that source (see :func:`story_affinity`).
STORY_LEAD = "stories-resemble"

#: ``accepted_by`` of a lead kept because a document sharing accepted text with the
#: article was traced to the same source (see :func:`corroborated`).
CORROBORATED = "corroborated"


def _backed(o: Observation) -> Observation:
    """Return a lead marked as kept by corroboration, its trace's reason after why."""
    why = "a document it shares accepted text with was traced to the same source"
    return dataclasses.replace(
        o, accepted_by=CORROBORATED, reason=f"{CORROBORATED}: {why}; {o.reason}"
    )


def _lead_order(o: Observation) -> tuple[bool, float, str]:
    """The best candidate by pairs first, then the most confident, then by id."""
    return o.alternate, -(o.confidence or 0.0), o.source_id


def resolve_pairs(
    observations: Iterable[Observation],
    meta: Mapping[str, DocMeta],
    options: CorpusOptions,
    *,
    affinity: Mapping[str, Mapping[str, int]] | None = None,
) -> list[Pair]:
    """Merge the observations of each related pair into one oriented :class:`Pair`.

    Leads are kept only if :func:`corroborated`. A pair may be seen from either side
    (each document is traced); the observation made with the later text as the article
    is kept, else the other one turned around.

    Args:
        observations: Every observation of the run.
        meta: Dates, kinds and publishers by id.
        options: The corpus settings (``trace.wholly`` sets the derivation).
        affinity: With ``closed_world``, :func:`story_affinity` of the observations
            (none: leads are chosen without it).

    Returns:
        The pairs sorted by ``(source_id, target_id)``.
    """
    seen: dict[tuple[str, str], dict[str, Observation]] = defaultdict(dict)
    found = corroborated(
        observations,
        options.sibling_confidence,
        siblings=options.corroborate,
        closed_world=options.closed_world,
        affinity=affinity,
        story_lead_ratio=options.story_lead_ratio,
        story_lead_min_pairs=options.story_lead_min_pairs,
    )
    for o in found:
        key = (min(o.article_id, o.source_id), max(o.article_id, o.source_id))
        seen[key][o.article_id] = o
    out = []
    for (a, b), by_article in seen.items():
        any_obs = next(iter(by_article.values()))
        if any_obs.article_id == a:
            a_cov, b_cov = any_obs.article_coverage, any_obs.source_coverage
        else:
            a_cov, b_cov = any_obs.source_coverage, any_obs.article_coverage
        a_first, why = direction(meta.get(a, DocMeta(a)), meta.get(b, DocMeta(b)), a_cov, b_cov)
        if why is None and len(by_article) == 1:
            a_first = b in by_article  # as the one trace made says: the traced is the target
        source, target = (a, b) if a_first else (b, a)
        reason = ""
        if target in by_article:
            o = by_article[target]
            passages, t_cov, s_cov = o.passages, o.article_coverage, o.source_coverage
        else:
            o = by_article[source]
            passages = tuple(sorted((_flip(p) for p in o.passages), key=_passage_order))
            t_cov, s_cov = o.source_coverage, o.article_coverage
            reason = f"{source} traced as written from {target}: "
        verdict: Derivation = "wholly" if t_cov >= options.trace.wholly else "partially"
        out.append(
            Pair(
                source,
                target,
                s_cov,
                t_cov,
                verdict,
                why,
                passages,
                o.accepted_by,
                o.confidence,
                reason + o.reason,
            )
        )
    out.sort(key=lambda p: (p.source_id, p.target_id))
    return out


def _passage_order(p: Passage) -> tuple[int, int]:
    return p.article_start, p.source_start
