"""A reported claim matched over two paragraphs is compared with the one that holds it.

A release's heading ("… don't seem to affect risk") and the first sentence of its body
are adjacent sentences; a claim matching the pair must not read the heading's negation
as the body's finding and be called a reversal (a false ``distorted``).
"""

from __future__ import annotations

from sourcetrace import Document
from sourcetrace.quotes import check, extract

_RELEASE = (
    "Parental absence linked to early drinking\n\n"
    "Child's sex, age at loss, or which parent is absent don't seem to affect risk\n\n"
    "Parental absence in early childhood as a result of death or relationship break-down "
    "is linked to a heightened risk of starting to smoke and drink alcohol before that "
    "child reaches his/her teens, indicates research published online today."
)
_STORY = (
    "Health news.\n\n"
    "Researchers said that kids with an absent parent may be more likely than other "
    "children to start drinking and smoking before they reach their teens."
)


def test_a_claim_is_not_reversed_by_the_heading_above_its_sentence() -> None:
    quotes, claims = extract(_STORY)
    _, [claim] = check(_STORY, quotes, claims, sources=[Document(id="release", text=_RELEASE)])
    assert claim.verdict != "distorted" or claim.how != "polarity", claim.reason
    assert claim.source is None or _RELEASE.find("Parental absence in early") <= claim.source.start


def test_a_tie_between_heading_and_body_reads_neither_alone() -> None:
    """Heading and body hold as many of the claim's words: neither is the one that holds
    it, so the claim is compared with the pair as before, not with the heading alone."""
    release = (
        "Study news\n\n"
        "Coffee does not seem to raise heart risk\n\n"
        "Women who drank more coffee had a higher heart risk over ten years, indicates "
        "research published today."
    )
    story = "Health news.\n\nResearchers said coffee raises heart risk in women."
    quotes, claims = extract(story)
    _, [claim] = check(story, quotes, claims, sources=[Document(id="release", text=release)])
    pair = f"release {release.index('Coffee')}-{len(release) - 1}"
    assert pair in (claim.reason or ""), claim.reason


def test_the_one_sentence_reading_never_makes_an_accusation() -> None:
    """The pair (heading and body) carries the claim with its figures; the heading alone
    lacks one. Reading the heading alone may withdraw a `distorted`, never make one: on the
    826 InSciOut dev stories, taking it whatever it said turned 19 `supported` claims
    `distorted`."""
    release = (
        "Study news\n\n"
        "Thousands of heart attacks were avoided after the smoking ban of 2007\n\n"
        "Heart attack admissions fell by 2,000 in the year after the ban, researchers "
        "estimate."
    )
    story = (
        "Health news.\n\nResearchers said the smoking ban of 2007 avoided 2,000 heart attack "
        "admissions."
    )
    quotes, claims = extract(story)
    _, [claim] = check(story, quotes, claims, sources=[Document(id="release", text=release)])
    assert claim.verdict == "supported", claim.reason
