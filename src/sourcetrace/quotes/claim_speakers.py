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

from sourcetrace.quotes.acronyms import ACRONYMS, bare_acronym, is_acronym, spelled_out
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
from sourcetrace.quotes.cut_names import whole_name
from sourcetrace.quotes.groups import research_team
from sourcetrace.quotes.model import Speaker
from sourcetrace.quotes.name_phrases import is_body
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
from sourcetrace.quotes.subject_heads import HEADS, a_kind_of_people, head_phrase
from sourcetrace.quotes.works import (
    document_before,
    document_words,
    fullest_document,
    names_research,
    tidy_work_name,
)
from sourcetrace.text import word_set

# Words of a role that speaks for its owner ("Smith's team", "West Ham United's medical
# staff", "the club's spokesman"): the owner stays the speaker.
_TEAMS = word_set("team group lab laboratory staff spokesman spokeswoman spokesperson")

# Quantifiers that make a group indefinite ("some scientists believe"): other people than
# the story's researchers, so no speaker name.
_INDEFINITE = word_set("some other others many several most few various")

# Bodies of a state a story names by their common noun alone ("the government said",
# "Congress has warned"): the guide gives a body's name, and the noun is the name the
# story gives it. "A government …" is indefinite (often a mention cut short: "A
# government advisory committee … has warned"), so no such body.
_STATE_BODY_RE = re.compile(r"(?:[Tt]he\s+)?(?i:government|parliament|congress)")

# A document with the journal it appeared in, at a subject's end ("the latest research,
# published in the journal Diabetes Care", "the findings published online by the journal
# Thorax"): the document speaks, named with its venue, not the journal's name alone.
_WORK_AT_VENUE_RE = re.compile(
    r"\b(?i:" + "|".join(sorted(DOCUMENTS)) + r"),?\s+"
    r"(?i:published\s+(?:online\s+)?(?:in|by)|in)\s+(?i:the\s+)?(?i:journal)\s+[A-Z][^,;:]*$"
)

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


# A subject that is an owner's role, all in lower case up to the cue ("England's top
# doctor last year", "Mr Astle’s family").
_OWNED_ROLE_RE = re.compile(
    r"(?P<owner>(?:[A-Z][\w.-]*\s+)*[A-Z][\w-]*)[’']s\s+(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,5})\s*"
)


def _owner_of_role(text: str, start: int, cue: int) -> bool:
    """Whether the subject from ``start`` to the cue is a role its owner's name precedes.

    The owner may not be a body ("Cancer Research UK's chief executive" speaks for the
    charity) and the role not a research group, its staff or a work ("Cardiff
    University's researchers", "Smith's team", "West Ham United's medical staff" stay
    the owner's).
    """
    m = _OWNED_ROLE_RE.fullmatch(text, start, cue)
    if m is None or is_body(m.group("owner")):
        return False
    role = {w.lower() for w in m.group("role").split()}
    return not role & (RESEARCHERS | DOCUMENTS | _TEAMS)


# A name's initials in brackets after it ("the World Health Organization (WHO)").
_INITIALISM_AFTER_RE = re.compile(
    rf"\s*\(([A-Z]{{{ACRONYMS.min_letters},{ACRONYMS.max_letters}}})\)$"
)


def _word_key(word: str) -> str:
    """A subject word as the word lists hold it; an initialism ("WHO", "(WHO)") stays as written."""
    return word if is_acronym(word.strip("()")) else word.lower()


def _only_a_modifier(book: NameBook, speaker: Speaker) -> bool:
    """Whether a speaker read before the cue names no one, or only a word of its subject.

    True when its mention ("British", "Based", "DIABETES") has no name or is taken as its
    own name while the story knows no such person or body. A mention that holds a
    speaker noun itself ("the latest study", "some scientists") or is an initialism
    ("NHS guidelines recommend") was read as one.
    """
    mention = (speaker.mention or "").strip()
    if any(w.lower() in HEADS.heads for w in mention.split()) or is_acronym(mention):
        return False
    if speaker.name is None:
        return True
    return speaker.name == mention and mention not in book.known and not is_body(mention)


def _subject_at_cue(
    text: str, book: NameBook, found: Found, s_start: int, prev: Speaker | None, speaker: Speaker
) -> Speaker:
    """The noun phrase at the cue as the speaker, when what was read before it is a modifier.

    "a team of British researchers has found", "… but experts have revealed", "Based on
    …, scientists concluded": the clause's subject is the phrase a speaker noun heads
    right before the cue (:func:`head_phrase`), not a word read before it ("British",
    "DIABETES", "Based"). People a bare modifier qualifies ("U.S. researchers") are no
    one the story names.
    """
    if speaker.mention_end is None or not _only_a_modifier(book, speaker):
        return speaker
    head = head_phrase(text, s_start, found.cue_start)
    if head is None or speaker.mention_end > head.end - len(head.text.split()[-1]):
        return speaker  # the mention read already reaches the head noun
    if a_kind_of_people(head):
        return Speaker(None, head.text, head.start, head.end)
    named = _named(text, book, head.text, (head.start, head.end), None, s_start, prev)
    return named or speaker


def claim_speaker(
    text: str, book: NameBook, found: Found, s_start: int, prev: Speaker | None = None
) -> Speaker | None:
    """The speaker of a claim; None when the sentence names nobody who can be the source.

    Its ``mention`` is the story's own words at its offsets (``text[start:end]``, as
    written: "The study, published in …"), while its name may be tidied ("The study
    published in …").
    """
    speaker = _claim_speaker(text, book, found, s_start, prev)
    if speaker is not None and found.mention is None:
        speaker = _subject_at_cue(text, book, found, s_start, prev, speaker)
    if speaker is None or speaker.mention_start is None or speaker.mention_end is None:
        return speaker
    start, end = speaker.mention_start, speaker.mention_end
    if speaker.name is not None and _owner_of_role(text, start, found.cue_start):
        # "England's top doctor warned", "Mr Astle's family warned": the place or person
        # owning the role is not who spoke; the role names no one here (the guide: null).
        speaker = dataclasses.replace(speaker, name=None)
    while end > start and text[end - 1].isspace():
        end -= 1
    name = speaker.name if speaker.name is None else tidy_work_name(speaker.name)
    if name is not None and (acronym := bare_acronym(name)) is not None:
        # "the FA": the Football Association, as the story spells it
        name = spelled_out(text, acronym, start) or name
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
    whole = None if paren is not None else whole_name(text, s_start, *mention)
    if whole is not None:
        mention = whole  # "National Hospital for Neurology and Neurosurgery", not "Neurosurgery"
    if (person := person_before_body(text, book, s_start, *mention)) is not None:
        mention, paren = person, None  # "Dr Helen Brooks from Manchester University said"
    words = paren.text if paren is not None else text[mention[0] : mention[1]]
    return _named(text, book, words, mention, whole, s_start, prev)


def _named(
    text: str,
    book: NameBook,
    words: str,
    mention: tuple[int, int],
    whole: tuple[int, int] | None,
    s_start: int,
    prev: Speaker | None,
) -> Speaker | None:
    """The speaker a mention's words name (``whole``: the mention rebuilt by :func:`whole_name`)."""
    if len(words.split()) > MAX_SUBJECT_WORDS or words.strip().lower() in FIRST_PERSON:
        return None  # "I think …", "you know …": the speaker's own words, not reported
    bare = DETERMINERS_RE.sub("", words.strip())
    while len(bare.split()) > 1 and bare.split()[-1].lower() in AUX_WORDS:
        # "a new study has found", "research has also shown": the auxiliary is no name.
        bare = bare.rsplit(None, 1)[0]
    dated = _TRAILING_ADVERB_RE.sub("", bare)
    if dated.split() and dated.split()[-1].lower() in DOCUMENTS:
        bare = dated  # "a study Thursday": the study ("research published on Tuesday" stays)
    # An initialism in capitals is a body's name, never the word it spells ("WHO").
    last = _word_key(bare.split()[-1]) if bare.split() else ""
    first = _word_key(bare.split()[0]) if bare.split() else ""
    if first in _INDEFINITE and len(bare.split()) > 1:
        return Speaker(None, words, *mention)  # "some scientists": not the study's
    if last in RESEARCHERS and (group := group_body(words, mention[0])) is not None:
        return Speaker(group.text, words, *mention)  # "according to Oxford University researchers"
    if last in RESEARCHERS or (bare.lower() == "they" and not is_acronym(bare)):
        # "They found …" in a story about its researchers is the same group.
        # The group is named as the story ties it (as its quotations are), else the
        # one research body the story names.
        team = research_team(text, lists=True)
        return Speaker(team.name if team.tied else research_body(text), words, *mention)
    if bare.lower() in _IT and not is_acronym(bare):
        if prev is not None and (
            prev.name in DOCUMENTS  # "The study found …. It also found …"
            or _body_just_before(text, prev, s_start)  # "The agency says …. But it says …"
        ):
            return Speaker(prev.name, words, *mention)
        doc = document_before(text, s_start)
        if doc is not None:
            return Speaker(doc, words, *mention)
    if last in GENERIC or (bare.lower() in GENERIC and not is_acronym(bare)):
        return Speaker(None, words, *mention)
    if last in DOCUMENTS:
        return Speaker(fullest_document(text, bare, words), words, *mention)
    name = book.resolve(words, mention[0])
    if _STATE_BODY_RE.fullmatch(words.strip()) and (name is None or name.lower() == bare.lower()):
        # "However, the government has said …", "The Government said …": the body by its
        # noun, in lower case as a description, which the NER check of names leaves (a
        # fuller name the story gives, "the Scottish Government", is kept).
        name = bare.lower()
    if (work := _WORK_AT_VENUE_RE.search(bare)) is not None and (
        name is None or bare.endswith(name)
    ):
        # The journal's name read as the speaker's: the document it published speaks.
        return Speaker(" ".join(work.group().replace(",", " ").split()), words, *mention)
    if whole is not None and mention == whole and (name is None or len(name) < len(words)):
        name = words.strip()  # a body or journal named in full, not a person's surname
    if name is None and is_acronym(bare):
        name = bare  # "The WHO said": the body by its initials (spelled out below)
    if name is None and (spelled := _INITIALISM_AFTER_RE.search(bare)) is not None:
        # "the World Health Organization (WHO)": the name the initials stand after
        name = book.resolve(bare[: spelled.start()], mention[0]) or spelled_out(
            text, spelled.group(1), mention[0]
        )
    if name is None and any(w.lower() in DOCUMENTS for w in bare.split()):
        # "research published on Tuesday", "the first study of its kind", "The new
        # study now suggests": a document described by the words around it.
        name = document_words(bare) or None
    return Speaker(name, words, *mention)
