"""Who made a reported claim: the person, body or document its subject names.

The subject before the cue is read as news writes it ("Dr Helen Brooks from Manchester
University", "A study of 6,120 women, published in the BMJ,", "Oxford University
researchers"), names are resolved against the story's :class:`NameBook`, and documents
are named as fully as the story names them. Generic people give no name rather than a
guess. The subject readers are :mod:`sourcetrace.quotes.claim_subjects`', the naming of
works :mod:`sourcetrace.quotes.works`'; this module picks among them and names the one
that speaks.
"""

from __future__ import annotations

import dataclasses
import re

from sourcetrace.quotes.claim_subjects import (
    NAME_HEADS,
    adjective_subject,
    body_subject,
    evidence_subject,
    group_body,
    headed_subject,
    name_in_subject,
    parenthetical_subject,
    person_before_body,
    person_of_body,
    plain_subject,
    subject_group_body,
    subject_words,
    work_head,
)
from sourcetrace.quotes.cues import Mention, mention_before, subject_before
from sourcetrace.quotes.groups import research_team
from sourcetrace.quotes.model import Speaker
from sourcetrace.quotes.names import NameBook
from sourcetrace.quotes.reported_common import (
    AUX_WORDS,
    DETERMINERS_RE,
    DOCUMENTS,
    FIRST_PERSON,
    GENERIC,
    MAX_SUBJECT_WORDS,
    RESEARCHERS,
    Found,
)
from sourcetrace.quotes.spans import sentence_ends
from sourcetrace.quotes.speakers import research_body
from sourcetrace.quotes.works import (
    document_before,
    document_words,
    fullest_document,
    names_research,
    tidy_work_name,
)
from sourcetrace.text import word_set

# Quantifiers that make a group indefinite ("some scientists believe"): other people than
# the story's researchers, so no speaker name.
_INDEFINITE = word_set("some other others many several most few various")

# Pronouns standing for the document of the claim before ("It also found that").
_IT = word_set("it")

_TRAILING_ADVERB_RE = re.compile(
    r"(?:\s+(?:now|also|today|yesterday|recently|further|on|last|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day))+$",
    re.I,
)

# The last words of a body's or a work's name ("agency", "study").
_BODIES_AND_WORKS = NAME_HEADS | DOCUMENTS


def _body_just_before(text: str, prev: Speaker, s_start: int) -> bool:
    """Whether the claim before was a body's or a work's, in this sentence or the last."""
    name = (prev.name or "").split()
    if not name or name[-1].lower() not in _BODIES_AND_WORKS:
        return False
    if prev.mention_end is None or prev.mention_end > s_start:
        return prev.mention_end is not None
    return len(sentence_ends(text, prev.mention_end, s_start)) <= 1


# Titles written with a period before a name ("Dr. Kevin Doody", "Sen. Ann Lee").
_TITLES_WITH_PERIOD = ("Dr", "Mr", "Mrs", "Ms", "Prof", "St", "Sen", "Rep", "Gov", "Gen", "Rev")

# After such a period the rest of the mention must still be a name (capitalised words
# joined by "of", "the", "and" …), so a sentence ending "… in the U.S." is not run on
# into the next one ("… in the U.S. Some doctors agreed").
_STILL_A_NAME = r"(?=\s*[A-Z][\w’'.-]*(?:\s+(?:of|for|and|the|in|at|&|[A-Z][\w’'.-]*))*\s*$)"

# The periods of an initialism before a lower-case word ("a U.K. study", "a new U.S.
# study"): inside it (a capital and a period follow) or at its end with a word going on.
_INITIALISM_PERIOD = r"(?<=\b[A-Z])\.(?=[A-Z]\.)|(?<=\b[A-Z]\.[A-Z])\.(?=\s+[a-z])"

# The words of a speaker mention, without the punctuation around them; a period stays
# inside it after an initial or a title ("Dr. Kevin Doody", "Wijnand J. Teeuw", "the U.S.
# Department of Agriculture"), as a comma does inside a number ("700,000 women").
_MENTION_RE = re.compile(
    r"[^\s,.;:](?:[^,.;:]|[,.](?=\d)|(?:(?<=\b[A-Z])|"
    + "|".join(rf"(?<=\b{title})" for title in _TITLES_WITH_PERIOD)
    + rf")\.{_STILL_A_NAME}|{_INITIALISM_PERIOD})*[^\s,.;:]|\w"
)


def claim_speaker(
    text: str, book: NameBook, found: Found, s_start: int, prev: Speaker | None = None
) -> Speaker | None:
    """The speaker of a claim; None when the sentence names nobody who can be the source.

    Its ``mention`` is the story's own words at its offsets (``text[start:end]``, as
    written: "The study, published in …"), while its name may be tidied ("The study
    published in …").
    """
    speaker = _claim_speaker(text, book, found, s_start, prev)
    if speaker is None or speaker.mention_start is None or speaker.mention_end is None:
        return speaker
    start, end = speaker.mention_start, speaker.mention_end
    while end > start and text[end - 1].isspace():
        end -= 1
    name = speaker.name if speaker.name is None else tidy_work_name(speaker.name)
    return dataclasses.replace(speaker, name=name, mention=text[start:end], mention_end=end)


def _claim_speaker(
    text: str, book: NameBook, found: Found, s_start: int, prev: Speaker | None
) -> Speaker | None:
    paren: Mention | None = None
    if found.mention is not None:
        lo, hi = found.mention
        m = _MENTION_RE.search(text, lo, hi)
        if m is None:
            return None
        mention = m.span()
    elif (span := subject_words(text, s_start, found.cue_start)) is not None and (
        body := body_subject(text, span)
    ) is not None:
        return Speaker(body.text, text[body.start : body.end], body.start, body.end)
    elif (
        span is not None
        and (evidence := evidence_subject(text, span)) is not None
        and names_research(text)
    ):
        # "Tests on 13 people showed …", "Medical records of … in England and Wales showed":
        # what the story's study gathered, so the study (not "Wales") is the speaker; in
        # a story that names no study nor journal, the tests are someone else's (no guess).
        study = fullest_document(text, "study", "the study")
        return Speaker(study, evidence.text, evidence.start, evidence.end)
    elif (group := subject_group_body(text, s_start, found.cue_start)) is not None:
        return Speaker(group.text, group.text, group.start, group.end)
    elif span is not None and (head := adjective_subject(text, span)) is not None:
        mention = head
    else:
        paren = parenthetical_subject(text, s_start, found.cue_start)
        got = (
            paren
            or mention_before(text, s_start, found.cue_start)
            or subject_before(text, s_start, found.cue_start)
        )
        work = None if paren else work_head(text, s_start, found.cue_start)
        if work is not None and got is not None and got.start > work.start:
            # A name inside the work's phrase ("Commons", "England") is no speaker.
            return Speaker(work.text, work.text, work.start, work.end)
        if got is None:
            plain = plain_subject(text, s_start, found.cue_start) or headed_subject(
                text, s_start, found.cue_start
            )
            if plain is None:
                return None
            mention = plain
        else:
            mention = (got.start, got.end)
            named = (
                None
                if paren
                else person_of_body(text, book, s_start, found.cue_start)
                or name_in_subject(text, book, got.start, found.cue_start)
            )
            if named is not None:
                mention = named
    if (person := person_before_body(text, book, s_start, *mention)) is not None:
        mention, paren = person, None  # "Dr Helen Brooks from Manchester University said"
    words = paren.text if paren is not None else text[mention[0] : mention[1]]
    if len(words.split()) > MAX_SUBJECT_WORDS or words.strip().lower() in FIRST_PERSON:
        return None  # "I think …", "you know …": the speaker's own words, not reported
    bare = DETERMINERS_RE.sub("", words.strip())
    while len(bare.split()) > 1 and bare.split()[-1].lower() in AUX_WORDS:
        # "a new study has found", "research has also shown": the auxiliary is no name.
        bare = bare.rsplit(None, 1)[0]
    dated = _TRAILING_ADVERB_RE.sub("", bare)
    if dated.split() and dated.split()[-1].lower() in DOCUMENTS:
        bare = dated  # "a study Thursday": the study ("research published on Tuesday" stays)
    last = bare.split()[-1].lower() if bare.split() else ""
    first = bare.split()[0].lower() if bare.split() else ""
    if first in _INDEFINITE and len(bare.split()) > 1:
        return Speaker(None, words, *mention)  # "some scientists": not the study's
    if last in RESEARCHERS and (group := group_body(words, mention[0])) is not None:
        return Speaker(group.text, words, *mention)  # "according to Oxford University researchers"
    if last in RESEARCHERS or bare.lower() == "they":
        # "They found …" in a story about its researchers is the same group.
        # The group is named as the story ties it (as its quotations are), else the
        # one research body the story names.
        team = research_team(text, lists=True)
        return Speaker(team.name if team.tied else research_body(text), words, *mention)
    if bare.lower() in _IT:
        if prev is not None and (
            prev.name in DOCUMENTS  # "The study found …. It also found …"
            or _body_just_before(text, prev, s_start)  # "The agency says …. But it says …"
        ):
            return Speaker(prev.name, words, *mention)
        doc = document_before(text, s_start)
        if doc is not None:
            return Speaker(doc, words, *mention)
    if last in GENERIC or bare.lower() in GENERIC:
        return Speaker(None, words, *mention)
    if last in DOCUMENTS:
        return Speaker(fullest_document(text, bare, words), words, *mention)
    name = book.resolve(words, mention[0])
    if name is None and any(w.lower() in DOCUMENTS for w in bare.split()):
        # "research published on Tuesday", "the first study of its kind", "The new
        # study now suggests": a document described by the words around it.
        name = document_words(bare) or None
    return Speaker(name, words, *mention)
