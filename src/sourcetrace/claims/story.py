"""A story's claims, each labelled and compared with the source sentence it came from.

>>> claims = story_claims(story_text, sources=[release], reported=reported)  # doctest: +SKIP
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from sourcetrace.claims.align import Aligned, align, related_sentences
from sourcetrace.claims.drift import Change, Drift, Labels, compare, label
from sourcetrace.claims.main import main_statements, sentence_spans
from sourcetrace.claims.model import Claim, ClaimSource
from sourcetrace.claims.predicate import adopt, prime
from sourcetrace.claims.reasons import clip, negated_words
from sourcetrace.claims.strength import needs_parse
from sourcetrace.documents import Document
from sourcetrace.quotes.plain import as_read, plain_documents
from sourcetrace.spaces import plain_spaces, restore

# The verdicts that read a source sentence or refused every one: a claim carrying one is
# compared with the verdict's sentence (or with none), never aligned afresh.
_JUDGED = frozenset(["supported", "distorted", "unsupported"])


def _best_source(
    claim: str, sources: Sequence[Document], *, main_only: bool
) -> tuple[Document, Aligned] | None:
    best: tuple[Document, Aligned] | None = None
    for doc in sources:
        found = align(claim, doc.text, main_only=main_only)
        if found is not None and (best is None or found.score > best[1].score):
            best = (doc, found)
    return best


def _compared(
    claim_labels: Labels,
    compare_text: str,
    found: tuple[Document, Aligned] | None,
    labelled: dict[tuple[str, int, int], Labels],
    *,
    judged: bool = False,
    own_text: str | None = None,
) -> tuple[ClaimSource | None, Drift | None]:
    """The claim's source sentence and its drift; ``labelled`` keeps the sentences' labels.

    Several claims of a story are often aligned with one source sentence (the headline and
    the lede with the release's headline): it is labelled once. With ``judged`` (the
    sentence a reported claim's verdict read), only the changes the verdict counts are
    kept (:func:`sourcetrace.quotes.claim_drift.counted`), so both sections conclude alike.
    ``own_text`` is the claim's own words when ``compare_text`` is the sentence around
    it: only its figures are compared, and only its words name people.
    """
    own = compare_text if own_text is None else own_text
    if found is None:
        return None, None
    doc, at = found
    src_text = doc.text[at.start : at.end]
    key = (doc.id, at.start, at.end)
    src_labels = labelled.get(key)
    if src_labels is None:
        src_labels = labelled[key] = label(src_text, context=doc.text)
    src = ClaimSource(doc.id, at.start, at.end, src_text, src_labels)
    drift = compare(
        compare_text,
        src_text,
        claim_labels=claim_labels,
        source_labels=src.labels,
        # A figure is changed only if the source gives it in none of its forms, as the
        # verdicts of reported claims read figures.
        related=lambda: related_sentences(own, doc.text),
        figures_of=own,
    )
    if judged and drift.distorted:
        from sourcetrace.quotes.claim_drift import DEFAULT_CLAIM_DRIFT, counted

        kept = counted(
            drift,
            claim_labels,
            src.labels,
            own,
            src_text,
            # Whether the sentence holds what a claim advises decides whether it carries
            # a reported claim (its verdict), not whether a statement added advice.
            policy=dataclasses.replace(DEFAULT_CLAIM_DRIFT, advice_carried=False),
            related=related_sentences(own, doc.text) if drift.numbers_changed else None,
        )
        drift = dataclasses.replace(
            kept.drift, reason=drift.reason + "".join(f"; {d}" for d in kept.dropped)
        )
    return src, drift


def _verdict_polarity(r: Any, source: ClaimSource | None, drift: Drift | None) -> Drift | None:
    """The drift of a claim whose reported claim's verdict is a polarity reversal, saying so.

    The verdict of a reported claim reads the negations of the words the claim shares
    with its sentence (:mod:`sourcetrace.quotes.polarity`), which the labels compared
    here do not: without this the claims section said "same" of a claim the verdict
    calls ``distorted`` (``polarity``) against that very sentence.
    """
    if (
        r is None
        or source is None
        or drift is None
        or _read_how(r) != "polarity"
        or drift.polarity_reversed
    ):
        return drift
    theirs, ours = negated_words(source.text), negated_words(r.text)
    change = Change("polarity", ", ".join(ours), ", ".join(theirs))
    shown = [", ".join(f'"{x}"' for x in found) or "no negation" for found in (ours, theirs)]
    reason = (
        "polarity reversed: one of the two negates the words they share "
        f"(the story: {shown[0]}; the source: {shown[1]})"
    )
    return dataclasses.replace(
        drift,
        polarity_reversed=True,
        changes=(change, *drift.changes),
        reason=f"{reason}; {drift.reason}" if drift.reason else reason,
    )


def _read_how(r: Any) -> str | None:
    """The change a reported claim's verdict found in its sentence, withheld or not."""
    return r.how if r.verdict == "distorted" else getattr(r, "withheld", None)


def _reads(r: Any) -> bool:
    """Whether a main statement holding the reported claim ``r`` reads its verdict's sentence.

    Yes for ``supported`` and ``distorted``, and for an ``unsupported`` claim whose
    accusation was withheld because the sentence holds too few of its words
    (``Reported.withheld``): the statement's strength is still compared with it.
    """
    return r.verdict != "unsupported" or getattr(r, "withheld", None) is not None


def _verdict_sentence(
    r: Any, by_id: dict[str, Document], *, main: bool = False
) -> tuple[Document, Aligned] | None:
    """The source sentence a reported claim's verdict read, exactly as the verdict gives it.

    ``source`` for ``supported``, ``nearest`` (the sentence it distorts) for
    ``distorted``; for a ``main`` statement also ``nearest`` of a claim whose accusation
    was withheld (:func:`_reads`); None otherwise. The span is kept as the verdict has it
    (a pair of adjacent sentences stays a pair), so both sections show one source sentence.
    """
    span = {"supported": r.source, "distorted": r.nearest}.get(r.verdict)
    if main and span is None and _reads(r):
        span = r.nearest
    if span is None or span.id not in by_id:
        return None
    return (by_id[span.id], Aligned(span.start, span.end, r.similarity or 0.0, 0))


def _source_of(
    r: Any, sources: Sequence[Document], by_id: dict[str, Document]
) -> tuple[Document, Aligned] | None:
    """The source sentence of a reported claim: the one its verdict read, else aligned.

    None for a claim verification judged ``unsupported`` (no source sentence carries
    it): a weaker alignment here would compare it with a sentence the verdict refused.
    Aligned afresh only for a claim that was not verified.
    """
    if r.verdict in _JUDGED:
        return _verdict_sentence(r, by_id)
    return _best_source(r.text, sources, main_only=False)


def _verdict_claim(held: Sequence[Any]) -> Any:
    """The reported claim whose verdict a main statement holding ``held`` follows.

    The first whose verdict read a source sentence, else the first.
    """
    return next((r for r in held if _reads(r)), held[0])


def _kept_unsupported(drift: Drift | None) -> bool:
    """Whether a main statement whose reported claim no sentence carries keeps its drift.

    Only a change of who acts ("called on rights groups" where the release's headline
    turns to political decision-makers) is judged on a sentence that does not hold the
    claim's words: the call itself is the release's main statement.
    """
    return drift is not None and drift.actor_changed


def story_claims(
    text: str, *, sources: Sequence[Document] = (), reported: Sequence[Any] = ()
) -> list[Claim]:
    """Return a story's main statements and reported claims, labelled and compared.

    Args:
        text: The story.
        sources: The documents it was written from (its traced sources); each claim is
            aligned with the best-matching sentence among them.
        reported: Its reported claims (:class:`sourcetrace.quotes.Reported`), whose
            speaker and source span are kept. A reported claim inside a main statement
            gives that statement its speaker instead of a second entry.

    Returns:
        The claims in text order.
    """
    # Read as the quotation stage reads: Unicode spaces as spaces, in the story and the
    # sources alike (offsets unchanged); the claims' words are cut from the texts as given.
    mapped = plain_spaces(text)
    docs, copies = plain_documents(list(sources))
    found = _story_claims(mapped, docs, [as_read(r) for r in reported])
    if mapped is text and not copies:
        return found
    return [_given(c, mapped, text, copies) for c in found]


def _given(c: Claim, mapped: str, original: str, copies: dict[str, tuple[str, str]]) -> Claim:
    """A claim read in ``mapped`` with its words and its source sentence as given."""
    sp = c.speaker
    if sp is not None:
        sp = dataclasses.replace(
            sp, mention=restore(sp.mention, mapped, original, sp.mention_start, sp.mention_end)
        )
    src = c.source
    if src is not None and src.id in copies:
        copy, given = copies[src.id]
        src = dataclasses.replace(
            src, text=restore(src.text, copy, given, src.start, src.end) or src.text
        )
    text = restore(c.text, mapped, original, c.start, c.end) or c.text
    return dataclasses.replace(c, text=text, speaker=sp, source=src)


def _story_claims(text: str, sources: Sequence[Document], reported: Sequence[Any]) -> list[Claim]:
    """:func:`story_claims` of a story and sources whose spaces are plain already."""
    mains = main_statements(text)
    speakers: dict[int, Any] = {}
    out: list[Claim] = []
    rest = []
    held: dict[int, list[Any]] = {}
    for r in reported:
        inside = next((i for i, m in enumerate(mains) if m.start < r.end and r.start < m.end), None)
        if inside is not None:
            speakers.setdefault(inside, r.speaker)
            if r.verdict in _JUDGED:
                held.setdefault(inside, []).append(r)
        else:
            rest.append(r)
    by_id = {d.id: d for d in sources}
    # A main statement holding a judged reported claim reads what its verdict read: the
    # sentence it found (supported) or distorts, so both sections read one story sentence
    # against one source sentence. When the verdict found none (unsupported), the
    # statement is aligned with the release's main statements as any other, but that
    # comparison is kept only when it changes who acts (:func:`_kept_unsupported`); the verdict then
    # takes it (:func:`agreed`).
    checked = {i: _verdict_claim(rs) for i, rs in held.items()}
    main_found = [
        _verdict_sentence(checked[i], by_id, main=True)
        if i in checked and _reads(checked[i])
        else _best_source(text[m.start : m.end], sources, main_only=True)
        for i, m in enumerate(mains)
    ]
    spans = sentence_spans(text)
    rest_found = [_source_of(r, sources, by_id) for r in rest]
    # The statements about to be labelled that may ask the parse: those that are whole
    # sentences of the paragraphs the quotation stage parsed take that parse; the rest
    # are parsed in one batch.
    # Each statement is asked once whether it needs the parse (a story's reported claim may
    # repeat a main statement's words, and claims share source sentences).
    main_texts = [text[m.start : m.end] for m in mains]
    parsed = {
        t: needs_parse(t)
        for t in dict.fromkeys(
            main_texts
            + [r.text for r in rest]
            + [f[0].text[f[1].start : f[1].end] for f in main_found + rest_found if f is not None]
        )
    }
    adopt(
        text,
        [(m.start, m.end) for m, t in zip(mains, main_texts, strict=True) if parsed[t]]
        + [(r.start, r.end) for r in rest if parsed[r.text]],
    )
    prime(t for t, needed in parsed.items() if needed)
    labelled: dict[tuple[str, int, int], Labels] = {}
    for i, (m, sent) in enumerate(zip(mains, main_texts, strict=True)):
        # Labelled once: the claim keeps the labels its drift was judged with.
        labels = label(sent, context=text)
        tied = i in checked and _reads(checked[i])
        src, drift = _compared(labels, sent, main_found[i], labelled, judged=tied)
        if tied:
            drift = _verdict_polarity(checked[i], src, drift)
        if i in checked and not _reads(checked[i]) and not _kept_unsupported(drift):
            src, drift = None, None
        out.append(
            Claim(
                sent,
                m.start,
                m.end,
                "main",
                labels,
                role=m.role,
                speaker=speakers.get(i),
                source=src,
                drift=drift,
            )
        )
    for r, found in zip(rest, rest_found, strict=True):
        # The sentence around the claim holds its cue ("called on X to …"), which the
        # actor comparison reads.
        around = next(((s, e) for s, e in spans if s <= r.start < e), (r.start, r.end))
        whole = text[min(around[0], r.start) : max(around[1], r.end)]
        labels = label(r.text, context=text)
        src, drift = _compared(
            labels, whole, found, labelled, judged=r.verdict in _JUDGED, own_text=r.text
        )
        drift = _verdict_polarity(r, src, drift)
        out.append(
            Claim(
                r.text,
                r.start,
                r.end,
                "reported",
                labels,
                speaker=r.speaker,
                source=src,
                drift=drift,
            )
        )
    out.sort(key=lambda c: c.start)
    return out


def agreed(reported: Sequence[Any], claims: Sequence[Claim]) -> list[Any]:
    """Return the reported claims with the verdicts the claims section agrees with.

    A claim no source sentence carries (``unsupported``) inside a main statement that
    :func:`story_claims` found changing who acts, by a call inside the claim, against
    the release's main statement, is ``distorted`` (``how`` ``actor``, ``nearest`` that
    sentence). Every other verdict is returned as it is.
    """
    return [_actor_agreed(r, claims) for r in reported]


def _actor_agreed(r: Any, claims: Sequence[Claim]) -> Any:
    from sourcetrace.quotes.model import SourceSpan

    # The main statement holding the claim, found as story_claims finds it.
    main = next(
        (c for c in claims if c.kind == "main" and c.start < r.end and r.start < c.end), None
    )
    if (
        _reads(r)
        or main is None
        or main.source is None
        or main.drift is None
        or not main.drift.actor_changed
    ):
        return r
    change = _call_in(main, r.start, r.end)
    if change is None:
        return r  # the call that changed is in another clause of the sentence
    src = main.source
    return dataclasses.replace(
        r,
        verdict="distorted",
        how="actor",
        source=None,
        nearest=SourceSpan(src.id, src.start, src.end),
        # The decision first, with the sentence it read (`nearest`); then what the word
        # rule found, which names another, closer-worded sentence.
        reason=f"changes who acts: the story sentence holding it, read against the source "
        f'sentence {src.id} {src.start}-{src.end} ("{clip(src.text)}"), has '
        f'"{change.claim_words}" where the source has '
        f'"{change.source_words or "no such call"}"; word for word, {r.reason}',
    )


def _call_in(main: Claim, start: int, end: int) -> Change | None:
    """The actor change of ``main`` whose call lies inside the claim ``start``-``end``."""
    for change in main.drift.changes if main.drift is not None else ():
        at = main.text.find(change.claim_words) if change.kind == "actor" else -1
        if at >= 0 and main.start + at < end and start < main.start + at + len(change.claim_words):
            return change
    return None


_SAYS = {
    0: "states no relationship",
    1: "states no effect",
    2: "states a correlation",
    3: "states an ambiguous link",
    4: "states conditional causation",
    5: "states that it can cause",
    6: "states causation",
}
_SAID = {k: v.replace("states", "said", 1) for k, v in _SAYS.items()}


def summary(claims: Sequence[Claim]) -> str | None:
    """Return the story's drift in one sentence, led by its main claims; None if none drifts.

    Example: "the headline states causation ("cuts"); the source said a correlation
    ("linked to")".
    """
    parts = []
    for c in claims:
        if c.drift is None or c.source is None or not c.drift.distorted:
            continue
        who = f"the {c.role}" if c.kind == "main" and c.role else "a reported claim"
        if c.drift.stronger:
            a, b = c.labels.strength, c.source.labels.strength
            parts.append(
                f'{who} {_SAYS[a.code]} ("{", ".join(a.cues)}"); the source {_SAID[b.code]}'
                + (f' ("{", ".join(b.cues)}")' if b.cues else "")
            )
        else:
            parts.append(f"{who}: {c.drift.reason}")
        if len(parts) == 3:
            break
    return "; ".join(parts) if parts else None
