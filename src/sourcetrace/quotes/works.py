"""The works a story reports on (studies, reports, reviews) and the fullest names it gives them.

"The study found …" in a story that elsewhere says "a study published in The BMJ" is
that study (:func:`fullest_document`); a quotation given to a bare "the report" is named
the same way (:func:`speakers_of_documents`); "It also found …" goes on from the work the
sentence before opens with (:func:`document_before`).
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache

from sourcetrace.quotes.model import Quote
from sourcetrace.quotes.reported_common import (
    DETERMINERS_RE,
    DOCUMENTS,
    SENTENCE_END_RE,
    story_sentences,
)
from sourcetrace.text import word_set

# A document mention with nothing but adjectives before its noun ("the study", "a major
# new study"): the story may name it more fully elsewhere.
_BARE_DOCUMENT_RE = re.compile(
    r"(?:(?:new|major|latest|recent|large|big|first)\s+){0,3}(\w+)", re.IGNORECASE
)

# "in" inside a journal's name ("Archives of Disease in Childhood"), not before a date.
_NOT_A_MONTH = (
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b)"
)

# Where a story says its study appeared: "a study published online in The BMJ",
# "research in the journal Heart".
_PUBLISHED_IN_RE = re.compile(
    r"\b(study|research|paper|report|review|analysis|trial|findings|results)"
    r"(?:\s+(?:(?:was\s+|were\s+)?published\s+)?"
    # "The study, published in …", "the study, which has been published in the journal …"
    r"|(?P<aside>,\s+(?:(?:which|that)\s+(?:has\s+been|have\s+been|was|were|is)\s+)?"
    r"published\s+))"
    r"(?:online\s+)?(?:in|by)\s+(?:the\s+)?(?:journal\s+)?"
    r"(?P<venue>[A-Z][\w&'’-]*(?:\s+(?:of|and|&|for|in(?=\s+"
    + _NOT_A_MONTH
    + r"[A-Z])|[A-Z][\w&'’-]*))*)"
)

# A work named by the body or journal before its noun: "an Exeter University study", "a
# BMJ study", "the Archives of Disease in Childhood study".
_NAMED_WORK_RE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+((?:[A-Z][\w&'’-]*\s+(?:(?:of|in|and|for|&)\s+)?)+)"
    r"(study|research|paper|report|review|analysis|trial)\b"
)

# Nouns naming one piece of work, which a story's one publication can name ("new research"
# for "a study published in Thorax"); plurals and "findings" / "data" are left as they are.
ONE_WORK = word_set("study research paper analysis review trial")

# Nouns that tell where a work appeared ("the findings, published in Thorax") but are not
# named by it as speakers (the gold names "the findings" either way).
_NOT_NAMED = word_set("findings results")

# Adjectives that point to other work than the story's own ("recent research has shown").
OTHER_WORK_RE = re.compile(r"\b(?:recent|previous|past|earlier|other|older)\b", re.I)

# A generic word after a journal's name ("The BMJ journal"), not part of it.
_JOURNAL_TAIL_RE = re.compile(r"(?:\s+(?:medical\s+)?journal)?(?:\s+(?:of|and|&|for))*$")

# Kinds of journal named after a journal's name ("the BMJ British medical journal"), with
# the country it is from ("British", "American", "Danish", "Chinese", "French").
_JOURNAL_KIND = r"(?:medical|science|scientific|academic)\s+journal"
_DEMONYM = r"[A-Z][a-z]+(?:ish|an|ese|ch)"
_KIND_AFTER_RE = re.compile(r"[^\S\n]+" + _JOURNAL_KIND + r"\b")
_DEMONYM_END_RE = re.compile(r"\s" + _DEMONYM + r"$")

# What may follow a venue's name without being part of it: when the work appeared ("this
# week", "Monday", "on Tuesday (Jan 10)") and what kind of journal it is ("British medical
# journal", "journal"). A journal's own capitalised "Journal" stays ("Malaria Journal").
_VENUE_TAIL_RE = re.compile(
    r"(?:[^\S\n]+(?:(?:this|last)\s+(?:week|month)|today|yesterday"
    r"|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s*\([^)]{1,20}\))?"
    r"|(?:" + _DEMONYM + r"\s+)?" + _JOURNAL_KIND + r"|journal))+$"
)

# A work's name with the venue it appeared in ("study published in The BMJ").
_WORK_IN_VENUE_RE = re.compile(
    r"\b(?:" + "|".join(sorted(DOCUMENTS)) + r")\b.*\s(?:in|by)\s", re.IGNORECASE
)


def tidy_work_name(name: str) -> str:
    """A work named with its venue, without what follows the venue's name.

    "study published in Nature Genetics Monday", "study in The BMJ medical journal",
    "study published in the BMJ this week": the venue is "Nature Genetics", "The BMJ",
    "the BMJ". Only a name that still ends with a capitalised word is cut ("research
    published in a medical journal" stays as it is), and only one naming a work's venue.
    """
    if _WORK_IN_VENUE_RE.search(name) is None:
        return name
    cut = _VENUE_TAIL_RE.sub("", name)
    if cut == name or not cut.split() or not cut.split()[-1][:1].isupper():
        return name
    return cut


# A study or another document the story reports on: without one, "was found to" or
# "Tests showed" tells what someone found, not a finding of research ("The body was found
# to have …", "Tests on the car showed …").
_STUDY_IN_STORY_RE = re.compile(
    r"\b(?:study|studies|research|trial|report|analysis|survey|paper|review)\b", re.IGNORECASE
)


@lru_cache(maxsize=4)
def names_a_study(text: str) -> bool:
    """Whether the story names a study or another document (read once a story)."""
    return _STUDY_IN_STORY_RE.search(text) is not None


_JOURNAL_RE = re.compile(r"\bjournal\b", re.IGNORECASE)


def names_research(text: str) -> bool:
    """Whether the story reports on research: it names a study or a journal.

    "Tests carried out in three villages … showed that …, the Malaria Journal reported":
    the story's work appeared in a journal, though it never says "study".
    """
    return names_a_study(text) or _JOURNAL_RE.search(text) is not None


@lru_cache(maxsize=64)
def _publications(text: str) -> dict[str, frozenset[tuple[str, str]]]:
    """Each document noun of a story and where the story says it was published."""
    found: dict[str, set[tuple[str, str]]] = {}
    for m in _PUBLISHED_IN_RE.finditer(text):
        venue = _JOURNAL_TAIL_RE.sub("", m.group("venue"))
        if _KIND_AFTER_RE.match(text, m.end("venue")) and _DEMONYM_END_RE.search(venue):
            # "in the BMJ British medical journal": the last word is the journal's kind.
            venue = venue.rsplit(None, 1)[0]
        venue = _VENUE_TAIL_RE.sub("", venue) or venue
        if not venue:
            continue
        if m.group("aside"):
            # Between commas: where the work appeared, named as "study published in J".
            phrase = f"{m.group(1)} published in {venue}"
        else:
            phrase = re.sub(r"\s(?:was|were)\s|,", " ", text[m.start() : m.start("venue")]) + venue
        found.setdefault(m.group(1).lower(), set()).add((venue, " ".join(phrase.split())))
    for m in _NAMED_WORK_RE.finditer(text):
        # "an Exeter University study": named by its body or journal; one more venue.
        name = " ".join(m.group(1).split())
        found.setdefault(m.group(2).lower(), set()).add((name, f"{name} {m.group(2)}"))
    return {k: frozenset(v) for k, v in found.items()}


def fullest_document(text: str, bare: str, words: str) -> str:
    """A bare document mention by the fullest name the story gives it.

    "The study found …" in a story that elsewhere says "a study published in The BMJ" is
    that study (the speaker is named as fully as the story names it); with no such
    description, or descriptions of several venues, the mention stays as it is. A
    mention with a determiner or adjective ("new research", "this study", not a bare
    "Research has shown") is also named by the story's one publication under another
    noun, unless it points to other work ("recent research").
    """
    m = _BARE_DOCUMENT_RE.fullmatch(bare)
    if m is None:
        return bare
    published = _publications(text)
    noun = m.group(1).lower()
    places = frozenset() if noun in _NOT_NAMED else published.get(noun, frozenset())
    if not places and noun in ONE_WORK and " " in words.strip() and not OTHER_WORK_RE.search(bare):
        # "new research found …" in a story whose one publication is "a study published
        # in Thorax": the same work, named as the story names it.
        places = frozenset().union(*published.values())
    if len({venue for venue, _ in places}) != 1:
        return bare
    # A work's own noun names it better than where its findings appeared.
    return min((phrase.split()[0].lower() in _NOT_NAMED, phrase) for _, phrase in places)[1]


# A quotation's speaker mention that is only a work ("The study said: ‘…’", "the report").
_WORK_MENTION_RE = re.compile(
    r"(?i:the|a|an|this)\s+(?i:new\s+|latest\s+)?"
    r"(?i:(study|report|research|paper|review|analysis|trial|survey|investigation|inquiry))"
)

# A lowercase word right before the mention: the work ends another clause ("the British
# Heart Foundation, which funded the study said: …"), it is not the speaker.
_CLAUSE_TAIL_RE = re.compile(r"\b(?!and\b|but\b)[a-z]+ $")


def speakers_of_documents(text: str, quotes: Sequence[Quote]) -> list[Quote]:
    """Name the work a quotation is attributed to, as the story names it.

    "The study said: ‘However, regardless of underlying diagnoses …’" in a story that says
    "a study published in the BMJ", "The report also stated: ‘…’" after "a House of Commons
    Health Committee report": the guide names a document that speaks, as the claims'
    documents are named (:func:`fullest_document`). Only a quotation with no speaker
    name and a mention that is nothing but the work, not the end of another clause, is
    named.
    """
    out = []
    for q in quotes:
        mention = (q.speaker.mention or "").strip()
        work = _WORK_MENTION_RE.fullmatch(mention)
        at = q.speaker.mention_start
        if (
            q.kind != "quote"
            or q.speaker.name is not None
            or work is None
            or at is None
            or _CLAUSE_TAIL_RE.search(text, max(0, at - 40), at)
        ):
            out.append(q)
            continue
        bare = DETERMINERS_RE.sub("", mention)
        name = fullest_document(text, bare, mention)
        out.append(dataclasses.replace(q, speaker=dataclasses.replace(q.speaker, name=name)))
    return out


_DOC_OPENS_RE = re.compile(
    r"(?:(?:but|and|so|however|meanwhile),?\s+)?(?P<words>(?:the|this|that|a|an|their|its)\s+"
    r"(?:[\w-]+\s+){0,3}?(?P<noun>study|research|report|review|paper|analysis|survey|trial|"
    r"investigation|inquiry))\b",
    re.IGNORECASE,
)

# Most sentences read back from a pronoun for the one it goes on from.
_LOOK_BACK_SENTENCES = 4


def document_before(text: str, s_start: int) -> str | None:
    """The document the sentence before opens with ("The study involved …. It found …").

    Lines with no sentence end between the two ("RELATED CONTENT", a teaser) are
    skipped, at most three: at most four sentences are read back.
    """
    sents = story_sentences(text)
    k = bisect_left(sents, (s_start,))
    for a, b in reversed(sents[max(0, k - _LOOK_BACK_SENTENCES) : k]):
        b = min(b, s_start)
        if not SENTENCE_END_RE.search(text[a:b]):
            continue  # "RELATED CONTENT", a teaser line between paragraphs
        m = _DOC_OPENS_RE.match(text, a + len(text[a:b]) - len(text[a:b].lstrip()))
        if m is None:
            return None
        bare = DETERMINERS_RE.sub("", m.group("words"))
        return fullest_document(text, bare, m.group("words"))
    return None


# Words that go on describing a document after its noun ("research published on
# Tuesday", "the first study of its kind", "The new study now suggests"); any other word
# starts a clause of the sentence ("A previous study he worked on", "the study include
# the potential", "the data may offer").
_DOCUMENT_GOES_ON = word_set(
    """published reported released presented led conducted carried funded commissioned
    of on in into by from at for with among involving using looking now"""
)


def document_words(bare: str) -> str:
    """A subject naming a document, cut where the sentence's own clause begins."""
    words = bare.split()
    for i, word in enumerate(words[:-1]):
        if word.lower() in DOCUMENTS and words[i + 1].lower() not in _DOCUMENT_GOES_ON | DOCUMENTS:
            return " ".join(words[: i + 1])
    return bare
