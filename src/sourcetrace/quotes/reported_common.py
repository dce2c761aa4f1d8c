"""What finding reported claims and naming their speakers share.

The words that mark documents, generic people and research groups, the cue a sentence
was found with (:class:`Found`) and a story's sentences, read once a story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sourcetrace.quotes.spans import paragraphs, sentence_ends
from sourcetrace.text import word_set

# Nouns of documents and bodies that speak as themselves ("the study found that").
DOCUMENTS = word_set(
    """study studies research report review paper analysis survey trial trials findings
    results data evidence investigation inquiry authors team guidance guidelines
    post-mortems autopsies experiment"""
)
# Plural nouns of the evidence a study gathers ("Tests on 13 people showed", "Brain scans
# from 13 volunteers found", "Medical records of … showed"): what the study found, told
# as if the evidence said it. Post-mortems and autopsies are documents (above).
EVIDENCE = word_set(
    "scans tests records examinations measurements samples analyses experiments observations"
)
# People named only by their kind: a claim with no speaker name rather than a guess.
GENERIC = word_set(
    """they researchers scientists experts doctors medics officials authors team critics
    campaigners others some many observers people investigators academics specialists
    we you i it this who which"""
)
# Reported speech tells what a third party said; "I think" is a transcript's own words.
FIRST_PERSON = frozenset(["i", "we", "you", "me", "us"])
# The people of a research body the story names ("researchers", "the team"): the body.
RESEARCHERS = word_set("researchers scientists team authors investigators academics")
# Words before a subject's head that are no part of its name ("the", "a new").
DETERMINERS_RE = re.compile(r"^(?:the|a|an|their|its|his|her|our|this|that|these|new)\s+", re.I)
# Words that open a clause before its subject ("But now researchers say").
LEAD_WORDS = word_set(
    "but and so yet now however meanwhile also still then though although indeed instead"
)
# Words between a subject and its cue that leave the subject whole ("have now found").
AUX_WORDS = word_set("have has had now also then further recently previously already")
# The end of a sentence, closing quotation marks and brackets included.
SENTENCE_END_RE = re.compile(r"[.!?][\"”’')\]]*\s*$")
# Most words of a claim's subject: a longer one is a clause, not a speaker.
MAX_SUBJECT_WORDS = 10
# Fewest words of a reported claim (and of a claim's words before a cue closing it).
MIN_WORDS = 4


@dataclass(frozen=True, slots=True)
class Found:
    """A cue found in a sentence: the cue word, the claim's content and its subject.

    Attributes:
        cue: The cue's words as written ("said", "according to").
        cue_start: Where the cue starts in the story.
        cue_end: Where it ends.
        c_start: Where the claim's content starts.
        c_end: Where it ends.
        mention: The subject's span, when the sentence names one next to the cue.
        more: A second claim of the same speaker ("…, the researchers said, and in 2011 …").
    """

    cue: str
    cue_start: int
    cue_end: int
    c_start: int
    c_end: int
    mention: tuple[int, int] | None
    more: tuple[int, int] | None = None


@lru_cache(maxsize=4)
def story_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """The story's sentences as (start, end), paragraph by paragraph.

    Read once a story: its claims' loop and each "It found …" look-back share them.
    """
    out = []
    for p_start, p_end in paragraphs(text):
        start = p_start
        for end in [*sentence_ends(text, p_start, p_end), p_end]:
            if end > start:
                out.append((start, end))
            start = end
    return tuple(out)


# Kinds of people who report findings, not a research body ("medics say").
PEOPLE = word_set("medics doctors experts officials critics campaigners analysts")
