"""A story's claims, each labelled and compared with the source sentence it came from.

>>> claims = story_claims(story_text, sources=[release], reported=reported)  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sourcetrace.claims.align import Aligned, align, related_sentences, source_sentences
from sourcetrace.claims.drift import Drift, Labels, compare, label
from sourcetrace.claims.main import main_statements, sentence_spans
from sourcetrace.claims.model import Claim, ClaimSource
from sourcetrace.claims.predicate import adopt, prime
from sourcetrace.claims.strength import needs_parse
from sourcetrace.documents import Document


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
) -> tuple[ClaimSource | None, Drift | None]:
    """The claim's source sentence and its drift; ``labelled`` keeps the sentences' labels.

    Several claims of a story are often aligned with one source sentence (the headline and
    the lede with the release's headline): it is labelled once.
    """
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
        related=lambda: related_sentences(compare_text, doc.text),
    )
    return src, drift


def _source_of(
    r: Any, sources: Sequence[Document], by_id: dict[str, Document]
) -> tuple[Document, Aligned] | None:
    """The source sentence of a reported claim: the one verification found, else aligned.

    None for a claim verification judged ``unsupported`` (no source sentence carries
    it): a weaker alignment here would compare it with a sentence the verdict refused.
    """
    if r.verdict == "unsupported":
        return None
    if r.source is not None and r.source.id in by_id:
        doc = by_id[r.source.id]
        at = next(
            ((s, e) for s, e in source_sentences(doc.text) if s <= r.source.start < e),
            (r.source.start, r.source.end),
        )
        return (doc, Aligned(at[0], at[1], r.similarity or 0.0, 0))
    return _best_source(r.text, sources, main_only=False)


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
    mains = main_statements(text)
    speakers: dict[int, Any] = {}
    out: list[Claim] = []
    rest = []
    checked: dict[int, Any] = {}
    for r in reported:
        inside = next((i for i, m in enumerate(mains) if m.start < r.end and r.start < m.end), None)
        if inside is not None:
            speakers.setdefault(inside, r.speaker)
            if r.source is not None:
                checked.setdefault(inside, r)
        else:
            rest.append(r)
    by_id = {d.id: d for d in sources}
    # A main statement holding a reported claim whose verdict found its source sentence
    # is compared with that sentence: one sentence of the story, one source sentence,
    # in the verdicts and in the claims alike.
    main_found = [
        _source_of(checked[i], sources, by_id)
        if i in checked
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
        src, drift = _compared(labels, sent, main_found[i], labelled)
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
        src, drift = _compared(labels, whole, found, labelled)
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
        if c.drift.strength == "stronger":
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
