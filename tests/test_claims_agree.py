"""The reported-claim verdicts and the claims section read one source sentence each.

A story sentence holding a reported claim is compared with the sentence the claim's
verdict read (its source when ``supported``, its ``nearest`` when ``distorted``, the span
kept as the verdict gives it); a verdict that found none (``unsupported``) leaves the
sentence without a source unless the sentence changes who acts, and then the verdict says
so too (``distorted``, ``actor``).
"""

from __future__ import annotations

import dataclasses

from sourcetrace import Document
from sourcetrace.claims.model import Claim
from sourcetrace.claims.story import story_claims
from sourcetrace.quotes.model import Reported, SourceSpan, Speaker

RELEASE = (
    "Extra vitamin D protects against colds\n\n"
    "Vitamin D supplements reduce the risk of colds, a review of trials finds. "
    "Four people would need to take supplements to prevent one infection. "
    "The effect remains uncertain, other researchers say.\n"
)
STORY = (
    "Vitamin D pills can stop colds\n\n"
    "Taking extra vitamin D can protect against colds, researchers said on Wednesday. "
    "The review pooled trials from many countries.\n"
)
CLAIM = "Taking extra vitamin D can protect against colds"
SPEAKER = Speaker(name="researchers", mention="researchers")


def _reported(**kw: object) -> Reported:
    start = STORY.index(CLAIM)
    return dataclasses.replace(
        Reported(CLAIM, start, start + len(CLAIM), SPEAKER, cue="said"), **kw
    )


def _span(sentence: str) -> SourceSpan:
    at = RELEASE.index(sentence)
    return SourceSpan("pr", at, at + len(sentence))


def _lede(reported: Reported) -> Claim:
    claims = story_claims(STORY, sources=[Document(id="pr", text=RELEASE)], reported=[reported])
    return next(c for c in claims if c.role == "lede")


def test_a_distorted_claim_s_sentence_is_compared_with_the_sentence_it_distorts() -> None:
    nearest = _span("Four people would need to take supplements to prevent one infection.")
    lede = _lede(_reported(verdict="distorted", how="stronger", nearest=nearest, similarity=0.6))
    assert lede.source is not None
    got = lede.source
    assert (got.id, got.start, got.end) == (nearest.id, nearest.start, nearest.end)


def test_a_supported_claim_keeps_the_verdict_s_span_as_it_is() -> None:
    # A verdict may match two adjacent sentences: the claims show that pair, not its first.
    pair = _span(
        "Vitamin D supplements reduce the risk of colds, a review of trials finds. "
        "Four people would need to take supplements to prevent one infection."
    )
    lede = _lede(_reported(verdict="supported", source=pair, similarity=0.8))
    got = lede.source
    assert got is not None and (got.start, got.end) == (pair.start, pair.end)


def test_an_unsupported_claim_s_sentence_gets_no_other_source() -> None:
    nearest = _span("The effect remains uncertain, other researchers say.")
    lede = _lede(_reported(verdict="unsupported", nearest=nearest, similarity=0.2))
    assert lede.source is None and lede.drift is None


def test_agreed_leaves_a_verdict_alone_without_an_actor_change() -> None:
    from sourcetrace.claims.story import agreed

    r = _reported(
        verdict="unsupported",
        nearest=_span("The effect remains uncertain, other researchers say."),
        reason="x",
    )
    claims = story_claims(STORY, sources=[Document(id="pr", text=RELEASE)], reported=[r])
    assert agreed([r], claims) == [r]


def test_example_reported_claim_and_lede_agree(example_index, article_text) -> None:  # type: ignore[no-untyped-def]
    result = example_index.trace(article_text)
    [lede_claim] = [r for r in result.reported if r.start < article_text.index("\n")]
    lede = result.claims[0]
    assert lede.kind == "main" and lede.drift is not None and lede.drift.actor_changed
    assert lede_claim.verdict == "distorted" and lede_claim.how == "actor"
    assert lede_claim.nearest is not None and lede.source is not None
    assert (lede_claim.nearest.start, lede_claim.nearest.end) == (
        lede.source.start,
        lede.source.end,
    )
    assert "Turn of the Political Decision-Makers" in (lede_claim.reason or "")


def test_an_actor_change_in_another_clause_does_not_make_the_claim_distorted() -> None:
    # Review, ninth session: the call that changed ("urged unions") is not part of the
    # claim ("Wards are short of beds"), so the claim stays unsupported.
    from sourcetrace.claims.story import agreed

    release = (
        "Minister urges nurses to call off the winter strike\n\n"
        "The minister urged nurses to call off the strike this winter, as wards fill. "
        "Talks with the union will resume next week.\n"
    )
    story = (
        "Minister: wards are short of beds\n\n"
        "Wards are short of beds, the minister said, as she urged unions to call off the "
        "strike this winter. Talks resume next week.\n"
    )
    docs = [Document(id="pr", text=release)]

    def verdict_of(claim: str) -> str | None:
        s = story.index(claim)
        r = Reported(
            claim,
            s,
            s + len(claim),
            Speaker(name="the minister", mention="the minister"),
            cue="said",
            verdict="unsupported",
            reason="no source sentence carries it",
        )
        [out] = agreed([r], story_claims(story, sources=docs, reported=[r]))
        return out.verdict

    assert verdict_of("Wards are short of beds") == "unsupported"
    # The same sentence's claim that holds the call is distorted (actor).
    assert verdict_of("she urged unions to call off the strike this winter") == "distorted"


def test_actor_reason_leads_with_the_sentence_it_read(example_index, article_text) -> None:  # type: ignore[no-untyped-def]
    """The reason names first the sentence ``nearest`` points at, then the word rule's."""
    result = example_index.trace(article_text)
    [lede_claim] = [r for r in result.reported if r.start < article_text.index("\n")]
    reason = lede_claim.reason or ""
    assert lede_claim.nearest is not None
    read = f"{lede_claim.nearest.id} {lede_claim.nearest.start}-{lede_claim.nearest.end}"
    assert reason.startswith("changes who acts: ")
    assert reason.index(read) < reason.index("word for word, no source sentence carries it")
