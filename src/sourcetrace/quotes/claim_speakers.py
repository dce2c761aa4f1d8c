"""Who made a reported claim: the person, body or document its subject names.

The subject before the cue is read as news writes it ("Dr Helen Brooks from Manchester
University", "A study of 6,120 women, published in the BMJ,", "Oxford University
researchers"), names are resolved against the story's :class:`NameBook`, and documents
are named as fully as the story names them. Generic people give no name rather than a
guess.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache

from sourcetrace.quotes.cues import Mention, mention_before, subject_before
from sourcetrace.quotes.groups import research_team
from sourcetrace.quotes.model import Quote, Speaker
from sourcetrace.quotes.names import NameBook, NameMention
from sourcetrace.quotes.reported_common import (
    AUX_WORDS,
    DETERMINERS_RE,
    DOCUMENTS,
    FIRST_PERSON,
    GENERIC,
    LEAD_WORDS,
    MAX_SUBJECT_WORDS,
    PEOPLE,
    RESEARCHERS,
    SENTENCE_END_RE,
    Found,
    story_sentences,
)
from sourcetrace.quotes.spans import sentence_ends
from sourcetrace.quotes.speakers import research_body
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
# Most words of a plain subject ("the new research", "medics").
_MAX_PLAIN_SUBJECT = 5


def _plain_subject(text: str, start: int, cue: int) -> tuple[int, int] | None:
    """The bare subject right before a cue, after a clause opener or a comma.

    "But now researchers say", "In a separate study, scientists found", "the new
    research warns": up to five words, returned only when their head is a person, a
    group or a document the reported-speech rules know, or a name; otherwise None.
    """
    chunk = text[start:cue]
    cut = max(chunk.rfind(","), chunk.rfind(";"), chunk.rfind("—"), chunk.rfind("–"))
    lo = start + cut + 1
    words = list(re.finditer(r"[\w'’.-]+", text[lo:cue]))
    while words and words[0].group().lower() in LEAD_WORDS:
        words.pop(0)
    while words and words[-1].group().lower() in AUX_WORDS:
        words.pop()
    if not words or len(words) > _MAX_PLAIN_SUBJECT:
        return None
    head = words[-1].group().lower()
    if not (head in RESEARCHERS or head in DOCUMENTS or head in GENERIC | PEOPLE):
        return None
    if head in FIRST_PERSON or head in {"it", "this", "who", "which", "you"}:
        return None
    return lo + words[0].start(), lo + words[-1].end()


# What may follow the head noun of a subject and qualify it ("Scientists at UCL
# investigating ageing", "further analysis of a sub-group of patients").
_MODIFIER_RE = re.compile(
    r"\s+(?:of|at|from|in|on|with|behind|led|based|investigating|studying|working)\b"
)
# Words that may stand before that head ("But further", "the new").
_HEAD_LEAD = word_set("the a an new further latest recent separate large major first this")
# Most words of such a subject, head and modifiers.
_MAX_HEADED_SUBJECT = 12


def _headed_subject(text: str, start: int, cue: int) -> tuple[int, int] | None:
    """A researcher or document noun, qualified by the words up to the cue.

    "Scientists at University College London investigating healthy ageing discovered",
    "But further analysis of a sub-group of patients suggested": the head noun speaks;
    returned only when the clause opens with it (after clause openers and determiners)
    and a qualifier follows it directly.
    """
    chunk = text[start:cue]
    cut = max(chunk.rfind(","), chunk.rfind(";"), chunk.rfind("—"), chunk.rfind("–"))
    lo = start + cut + 1
    words = list(re.finditer(r"[\w'’.-]+", text[lo:cue]))
    if not words or len(words) > _MAX_HEADED_SUBJECT:
        return None
    i = 0
    while i < len(words) and words[i].group().lower() in LEAD_WORDS:
        i += 1
    while i < len(words) and words[i].group().lower() in _HEAD_LEAD:
        i += 1
    if i >= len(words) - 1:
        return None
    head = words[i].group().lower()
    if not (head in RESEARCHERS or head in DOCUMENTS):
        return None
    if _MODIFIER_RE.match(text, lo + words[i].end()) is None:
        return None
    first = i
    while first > 0 and words[first - 1].group().lower() in _HEAD_LEAD:
        first -= 1
    return lo + words[first].start(), lo + words[i].end()


def _names_within(book: NameBook, start: int, cue: int) -> list[NameMention]:
    """The story's names standing wholly between ``start`` and ``cue``, in text order.

    The book's names are in text order (and apart): they are bisected, not scanned.
    """
    lo = bisect_left(book.names, start, key=_name_start)
    hi = bisect_left(book.names, cue, key=_name_start)
    return [nm for nm in book.names[lo:hi] if nm.end <= cue]


def _name_start(nm: NameMention) -> int:
    return nm.start


def _name_in_subject(text: str, book: NameBook, start: int, cue: int) -> tuple[int, int] | None:
    """A person's name inside the subject ("Charity head George Nolan urged"), if any.

    The last name between the subject's start and the cue, followed only by an appositive
    or a few words ("George Nolan, 54, said").
    """
    inside = _names_within(book, start, cue)
    if inside and not _WORD_BEFORE_RE.search(text[start : inside[0].start]):
        # "Professor Peter Griffiths, who worked at Southampton University, said": the
        # subject's head is the name it opens with; what follows the comma describes it.
        first = inside[0]
        if text[first.end : cue].lstrip().startswith(","):
            return first.start, first.start + len(text[first.start : first.end].rstrip())
    for nm in reversed(inside):
        between = text[nm.end : cue]
        if len(between.split()) <= 2 or between.lstrip().startswith(","):
            end = nm.start + len(text[nm.start : nm.end].rstrip())
            return nm.start, end
    return None


# A person's body after their name, up to the cue: "Dr Helen Brooks from Manchester
# University discovered", "Dr Janette Young from the University of South Australia said".
_PERSON_OF_BODY_RE = re.compile(
    r"\s*(?:from|of|at)\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:of|for|and|&|[A-Z][\w'’&-]*)){0,8}"
    r"(?:\s+(?:has|have|had|also|now))*\s*"
)


def _person_of_body(text: str, book: NameBook, start: int, cue: int) -> tuple[int, int] | None:
    """A named person followed by their body up to the cue.

    "Dr Helen Brooks from Manchester University discovered": the person speaks, not the
    body (nor the place its name ends with).
    """
    for nm in reversed(_names_within(book, start, cue)):
        if _PERSON_OF_BODY_RE.fullmatch(text, nm.end, cue) is not None:
            return nm.start, nm.start + len(text[nm.start : nm.end].rstrip())
    return None


def _person_before_body(
    text: str, book: NameBook, s_start: int, lo: int, hi: int
) -> tuple[int, int] | None:
    """The person whose body the mention ``[lo, hi)`` names, when the name comes right before.

    "Dr Helen Brooks from Manchester University discovered", "Professor Alastair Sutcliffe
    of UCL, who led that study, stressed", "… and Bernard Dickens of the University of
    Toronto noted": the words nearest the cue (or the head of a subject set off by
    commas) are the body, but the subject is the person the body only describes. The
    nearest name before the mention must be a person's (not another body, nor a body's
    name cut short: "Professor Joan Morris, of the Wolfson Institute of Preventive Medicine
    at Queen Mary said") and only "from", "of" or "at" and the body's name may stand
    between them.
    """
    before = _names_within(book, s_start, lo)
    if not before or not book.is_person(before[-1]):
        return None
    nm = before[-1]
    if _PERSON_OF_BODY_RE.fullmatch(text, nm.end, hi) is None:
        return None
    return nm.start, nm.start + len(text[nm.start : nm.end].rstrip())


# Lowercase words before a name that leave it the head of the subject ("the", "Dr").
_WORD_BEFORE_RE = re.compile(r"\b(?![Tt]he\b)(?:[a-z][\w'’-]*)")


# A subject, then a description of it between commas, then the cue: "Chris Askew, chief
# executive of Diabetes UK, has warned", "A study of 6,120 women, published in the BMJ,
# found", "The new study on 264,337 people, 52% of whom were women, found".
_PARENTHETICAL_RE = re.compile(
    r"\s*(?P<subject>(?:[^,;:“”\"]|,(?=\d)){2,80}?),\s+(?P<description>(?:\d+%\s+)?"
    r"(?P<opener>which|who|whom|whose|of\s+whom|published|writing|reporting|based|led|"
    r"from|at|a|an|the|chief|head|director|professor|lead|senior)?\b"
    r"(?:[^,;“”\"]|,(?=\d)){0,120}),\s*(?:(?:has|have|had|also|now)\s+)*",
    re.IGNORECASE,
)
# A capitalised name, with or without a title ("Dr Chris Askew"): any description may
# follow it ("Chris Askew, medical director at …, said").
_NAME_RE = re.compile(r"(?:[A-Z][\w’'.-]*\s+){1,4}[A-Z][\w’'-]*")
# Where a document was published, which names it ("published in The BMJ").
_PUBLISHED_RE = re.compile(r"(?:published|reported)\s+(?:online\s+)?(?:in|by)\s", re.I)
# Where a subject's head noun ends before what qualifies it ("study | of 6,120 women").
_QUALIFIER_RE = re.compile(r"\s(?:of|on|in|into|from|by|with|among|behind|at)\s")


def parenthetical_subject(text: str, start: int, cue: int) -> Mention | None:
    """The subject before a description set off by commas, right before the cue.

    The name or document the sentence opens with speaks, not the journal or body named
    in its description; a document keeps its head noun ("A study of 6,120 women, …":
    the study, not the women).
    """
    m = _PARENTHETICAL_RE.fullmatch(text, start, cue)
    if m is None:
        return None
    lo, hi = m.span("subject")
    named = _NAME_RE.fullmatch(text, lo, hi) is not None
    if m.group("opener") is None and not named:
        return None
    words = text[lo:hi].split()
    if not words or len(words) > MAX_SUBJECT_WORDS:
        return None
    qualifier = _QUALIFIER_RE.search(text, lo, hi)
    head_end = qualifier.start() if qualifier is not None else hi
    head = text[lo:head_end].split()
    if head and head[-1].lower() in DOCUMENTS | RESEARCHERS:
        described = " ".join(m.group("description").split())
        if (
            qualifier is None
            and head[-1].lower() in DOCUMENTS
            and _PUBLISHED_RE.match(described)
            and len(head) + len(described.split()) <= MAX_SUBJECT_WORDS
        ):
            # "The study, published in The BMJ, said": the document by its fullest name.
            return Mention(" ".join([*head, described]), lo, m.end("description"))
        return Mention(text[lo:head_end], lo, head_end)
    got = mention_before(text, lo, hi)
    if got is not None and got.end >= hi - 1:
        return got
    plain = _plain_subject(text, lo, hi)
    return None if plain is None else Mention(text[plain[0] : plain[1]], *plain)


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
_ONE_WORK = word_set("study research paper analysis review trial")
# Nouns that tell where a work appeared ("the findings, published in Thorax") but are not
# named by it as speakers (the gold names "the findings" either way).
_NOT_NAMED = word_set("findings results")
# Adjectives that point to other work than the story's own ("recent research has shown").
_OTHER_WORK_RE = re.compile(r"\b(?:recent|previous|past|earlier|other|older)\b", re.I)
# A generic word after a journal's name ("The BMJ journal"), not part of it.
_JOURNAL_TAIL_RE = re.compile(r"(?:\s+(?:medical\s+)?journal)?(?:\s+(?:of|and|&|for))*$")


@lru_cache(maxsize=64)
def _publications(text: str) -> dict[str, frozenset[tuple[str, str]]]:
    """Each document noun of a story and where the story says it was published."""
    found: dict[str, set[tuple[str, str]]] = {}
    for m in _PUBLISHED_IN_RE.finditer(text):
        venue = _JOURNAL_TAIL_RE.sub("", m.group("venue"))
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
    if (
        not places
        and noun in _ONE_WORK
        and " " in words.strip()
        and not _OTHER_WORK_RE.search(bare)
    ):
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


# Words that make a capitalised run the name of a body or a named work.
_NAME_HEADS = word_set(
    """agency association study institute institution council society organisation
    organization foundation department service trust centre center commission authority
    board office administration college university school survey programme program
    federation alliance charity fund network collaboration committee academy ministry
    hospital clinic society consortium"""
)
_NAME_GLUE = word_set("of and for the in on")
# Lowercase words that tie a common noun to a body rather than stand inside its name.
_NOT_IN_NAME = word_set("at from by with led to researcher scientist researchers scientists")
_ABBREVIATION_RE = re.compile(r"\s*\([A-Z][A-Za-z&]{1,9}\)$")
_POSSESSOR_RE = re.compile(r"^(?:The\s+)?[A-Z][\w.]*['’]s\s+|^The\s+")
_SUBJECT_TAIL = word_set("has have had also now currently still already recently today")


def _subject_words(text: str, s_start: int, cue: int) -> tuple[int, int] | None:
    """The sentence's words before its cue, without clause openers and auxiliaries."""
    lo, hi = s_start, cue
    words = list(re.finditer(r"\S+", text[lo:hi]))
    while words and words[0].group().lower().strip(",") in LEAD_WORDS:
        words.pop(0)
    while words and words[-1].group().lower() in _SUBJECT_TAIL:
        words.pop()
    if not words:
        return None
    return lo + words[0].start(), lo + words[-1].end()


# Common nouns that open a sentence capitalised ("Scientists at …", "Guidance from …").
_COMMON_OPENERS = (
    RESEARCHERS | DOCUMENTS | GENERIC | PEOPLE | word_set("lead senior chief guidance")
)


def _body_subject(text: str, span: tuple[int, int]) -> Mention | None:
    """A body or named work the sentence opens with, named in full.

    "The UK's Medicines and Healthcare products Regulatory Agency (MHRA) says", "The
    American Diabetes Association and the European Association for the Study of Diabetes
    recommend", "The Multicentre Study of Self-harm in England found": capitalised words
    joined by "of", "and", "for", "the" (one lowercase word inside), holding a body's or a
    work's word; the name drops a leading "The", a possessor and the abbreviation.
    ``span`` is the sentence's subject words (:func:`_subject_words`).
    """
    lo, hi = span
    phrase = text[lo:hi]
    if any(ch in phrase for ch in ',;:“”"') or len(phrase.split()) > MAX_SUBJECT_WORDS + 2:
        return None
    core = _ABBREVIATION_RE.sub("", phrase)
    core = _POSSESSOR_RE.sub("", core)
    words = core.split()
    if len(words) < 2 or not words[0][:1].isupper() or not words[-1][:1].isupper():
        return None
    lower = [w for w in words if not w[:1].isupper() and w.lower() not in _NAME_GLUE]
    heads = [
        i
        for i, w in enumerate(words)
        if w.lower() in _NAME_HEADS and (i == len(words) - 1 or words[i + 1] in _NAME_GLUE)
    ]
    if len(lower) > 1 or not heads:
        # A body's word heads the name, at its end or before "of" / "and" ("Charity head
        # George Nolan" is a person).
        return None
    if any(w in _NOT_IN_NAME for w in lower) or words[0].lower() in _COMMON_OPENERS:
        # "Scientists at the University of Southampton", "Guidance from NICE": a common
        # noun opening the sentence, tied to a body; not the body's own name.
        return None
    start = lo + phrase.index(core)
    return Mention(core, start, start + len(core))


# A research group named with its body in the same subject: "Researchers at Karolinska
# Institutet in Sweden found", "The team of scientists from the Karolinska Institute",
# "Researchers from the Centers for Disease Control and Prevention have said", "Oxford
# University researchers". The body (without "the" and a trailing "in <Place>") speaks.
_GROUP_WORDS = r"(?:researchers|scientists|team|experts|investigators|academics|authors)"
_BODY_RUN = r"[A-Z][\w.’'&-]*(?:\s+(?:of|and|for|the|on|[A-Z][\w.’'&-]*))*?"
_PLACE_TAIL = r"(?:,?\s+in\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)?"
_GROUP_OF_BODY_RE = re.compile(
    rf"^(?i:(?:the|a|an)\s+)?(?i:team\s+of\s+)?(?i:{_GROUP_WORDS})\s+(?:at|from)\s+"
    rf"(?:the\s+)?(?P<body>{_BODY_RUN}){_PLACE_TAIL}[\s,]*$"
)
_MAX_GROUP_PHRASE = 160  # characters of a subject read as a group tied to a body
_BODY_GROUP_RE = re.compile(rf"^(?i:the\s+)?(?P<body>{_BODY_RUN})\s+(?i:{_GROUP_WORDS})$")
# More heads of a body's name: plurals ("Centers for Disease Control") and the languages
# research bodies keep ("Karolinska Institutet").
_MORE_HEADS = word_set(
    "centers centres institutes institutet institut instituto universidad universidade universite"
)


def _group_body(phrase: str, start: int) -> Mention | None:
    """The body a research group is named with in one subject phrase, or None.

    Args:
        phrase: The subject's words ("Researchers at Karolinska Institutet in Sweden").
        start: The phrase's offset in the text.

    Returns:
        The body's name and span when the phrase is a group noun tied to a body ("at",
        "from", or the body before the noun); None for a place ("scientists in Brazil",
        "scientists from Spain": no body word) or any other phrase.
    """
    if len(phrase) > _MAX_GROUP_PHRASE:
        return None  # a subject this long is no group's name (and the regexes stay linear)
    m = _GROUP_OF_BODY_RE.match(phrase) or _BODY_GROUP_RE.match(phrase)
    if m is None:
        return None
    body = m.group("body")
    words = body.split()
    if not any(w.lower() in _NAME_HEADS | _MORE_HEADS for w in words):
        return None
    if words[-1].lower() in _NAME_GLUE:
        return None
    return Mention(body, start + m.start("body"), start + m.end("body"))


# A work heading a subject that goes on past it ("The study, which was conducted by a
# UK-based university found", "A 2005 House of Commons report found", "The new research,
# which was carried out at an A&E unit in the North East of England shows"): the names
# after the work's noun qualify it, and the work speaks.
_WORK_NOUNS = _ONE_WORK | word_set("report survey")
_WORK_LEAD = word_set("the a an")
# Words after a work's noun that name it by where it appeared or who made it.
_WORK_NAMED_AFTER = word_set("published reported by led")
_MAX_WORK_WORDS = 7
# Words that cannot stand before a work's noun within its name; glue words can inside a
# capitalised name ("House of Commons report").
_NOT_BEFORE_WORK = _NOT_IN_NAME | RESEARCHERS | PEOPLE
_WORK_GLUE = word_set("of in on for into about and the")


def _not_in_work(words: list[re.Match[str]], j: int) -> bool:
    """Whether the j-th word before a work's noun cannot belong to the work's name."""
    word = words[j].group().lower()
    if word in _NOT_BEFORE_WORK:
        return True
    return word in _WORK_GLUE and not (j > 0 and words[j + 1].group()[:1].isupper())


def _work_head(text: str, s_start: int, cue: int) -> Mention | None:
    """The work heading the subject before the cue, when names qualify it after its noun.

    Args:
        text: The article's text.
        s_start: The sentence's start.
        cue: The cue's start.

    Returns:
        The work's words up to its noun ("study", "new research", "2005 House of
        Commons report") and their span; None when the subject is not headed by a work,
        the work is another than the story's ("previous research": the golds differ), or
        it is named by where it appeared or who made it ("published in", "by").
    """
    span = _subject_words(text, s_start, cue)
    if span is None:
        return None
    lo, hi = span
    words = list(re.finditer(r"[^\s,]+", text[lo:hi]))
    if words and words[0].group().lower() in _WORK_LEAD:
        words.pop(0)
    for i, w in enumerate(words[:_MAX_WORK_WORDS]):
        if w.group().lower() not in _WORK_NOUNS:
            continue
        if i < len(words) - 1 and words[i + 1].group().lower() in _WORK_NAMED_AFTER:
            return None  # "research published in The BMJ", "a study by Harvard": named so
        head = text[lo + words[0].start() : lo + w.end()]
        if "," in head or any(_not_in_work(words, j) for j in range(i)):
            return None
        if _OTHER_WORK_RE.search(head):
            return None
        return Mention(head, lo + words[0].start(), lo + w.end())
    return None


def _subject_group_body(text: str, s_start: int, cue: int) -> Mention | None:
    """The body of a research group opening the sentence before its cue (see _group_body)."""
    span = _subject_words(text, s_start, cue)
    if span is None:
        return None
    return _group_body(text[span[0] : span[1]], span[0])


# The nouns a capitalised adjective may open a subject with ("British researchers").
_ADJECTIVE_NOUNS = RESEARCHERS | DOCUMENTS | PEOPLE


def _adjective_subject(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """The whole subject when a capitalised adjective opens it.

    "British researchers found", "Further analysis suggested": the adjective is no name;
    the noun after it speaks, read by the rules for researchers and documents. ``span``
    is the sentence's subject words (:func:`_subject_words`).
    """
    lo, hi = span
    words = text[lo:hi].split()
    if len(words) != 2 or not words[0][:1].isupper() or not words[1].islower():
        return None
    if words[1] not in _ADJECTIVE_NOUNS:
        return None
    return lo, hi


_DOC_OPENS_RE = re.compile(
    r"(?:(?:but|and|so|however|meanwhile),?\s+)?(?P<words>(?:the|this|that|a|an|their|its)\s+"
    r"(?:[\w-]+\s+){0,3}?(?P<noun>study|research|report|review|paper|analysis|survey|trial|"
    r"investigation|inquiry))\b",
    re.IGNORECASE,
)


# Most sentences read back from a pronoun for the one it goes on from.
_LOOK_BACK_SENTENCES = 4


def _document_before(text: str, s_start: int) -> str | None:
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


# The last words of a body's or a work's name ("agency", "study").
_BODIES_AND_WORKS = _NAME_HEADS | DOCUMENTS


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
# The words of a speaker mention, without the punctuation around them; a period stays
# inside it after an initial or a title ("Dr. Kevin Doody", "Wijnand J. Teeuw", "the U.S.
# Department of Agriculture"), as a comma does inside a number ("700,000 women").
_MENTION_RE = re.compile(
    r"[^\s,.;:](?:[^,.;:]|[,.](?=\d)|(?:(?<=\b[A-Z])|"
    + "|".join(rf"(?<=\b{title})" for title in _TITLES_WITH_PERIOD)
    + rf")\.{_STILL_A_NAME})*[^\s,.;:]|\w"
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
    return dataclasses.replace(speaker, mention=text[start:end], mention_end=end)


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
    elif (span := _subject_words(text, s_start, found.cue_start)) is not None and (
        body := _body_subject(text, span)
    ) is not None:
        return Speaker(body.text, text[body.start : body.end], body.start, body.end)
    elif (group := _subject_group_body(text, s_start, found.cue_start)) is not None:
        return Speaker(group.text, group.text, group.start, group.end)
    elif span is not None and (head := _adjective_subject(text, span)) is not None:
        mention = head
    else:
        paren = parenthetical_subject(text, s_start, found.cue_start)
        got = (
            paren
            or mention_before(text, s_start, found.cue_start)
            or subject_before(text, s_start, found.cue_start)
        )
        work = None if paren else _work_head(text, s_start, found.cue_start)
        if work is not None and got is not None and got.start > work.start:
            # A name inside the work's phrase ("Commons", "England") is no speaker.
            return Speaker(work.text, work.text, work.start, work.end)
        if got is None:
            plain = _plain_subject(text, s_start, found.cue_start) or _headed_subject(
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
                else _person_of_body(text, book, s_start, found.cue_start)
                or _name_in_subject(text, book, got.start, found.cue_start)
            )
            if named is not None:
                mention = named
    if (person := _person_before_body(text, book, s_start, *mention)) is not None:
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
    if last in RESEARCHERS and (group := _group_body(words, mention[0])) is not None:
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
        doc = _document_before(text, s_start)
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
        name = _document_words(bare) or None
    return Speaker(name, words, *mention)


# Words that go on describing a document after its noun ("research published on
# Tuesday", "the first study of its kind", "The new study now suggests"); any other word
# starts a clause of the sentence ("A previous study he worked on", "the study include
# the potential", "the data may offer").
_DOCUMENT_GOES_ON = word_set(
    """published reported released presented led conducted carried funded commissioned
    of on in into by from at for with among involving using looking now"""
)


def _document_words(bare: str) -> str:
    """A subject naming a document, cut where the sentence's own clause begins."""
    words = bare.split()
    for i, word in enumerate(words[:-1]):
        if word.lower() in DOCUMENTS and words[i + 1].lower() not in _DOCUMENT_GOES_ON | DOCUMENTS:
            return " ".join(words[: i + 1])
    return bare
