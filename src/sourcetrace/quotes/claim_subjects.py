"""The subject before a reporting cue, as news writes it, read into a speaker mention.

"Dr Helen Brooks from Manchester University", "A study of 6,120 women, published in the
BMJ,", "Oxford University researchers", "The Multicentre Study of Self-harm in England",
"But further analysis of a sub-group of patients": each reader takes one shape of subject
and gives its span (or a :class:`~sourcetrace.quotes.cues.Mention`), or None when the
subject is not of its shape. :func:`sourcetrace.quotes.claim_speakers.claim_speaker`
tries them in turn.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from sourcetrace.quotes.cues import Mention, mention_before
from sourcetrace.quotes.names import NameBook, NameMention
from sourcetrace.quotes.reported_common import (
    AUX_WORDS,
    DOCUMENTS,
    EVIDENCE,
    FIRST_PERSON,
    GENERIC,
    LEAD_WORDS,
    MAX_SUBJECT_WORDS,
    PEOPLE,
    RESEARCHERS,
)
from sourcetrace.quotes.works import ONE_WORK, OTHER_WORK_RE
from sourcetrace.text import word_set

# Most words of a plain subject ("the new research", "medics").
_MAX_PLAIN_SUBJECT = 5


def _last_clause(text: str, start: int, cue: int) -> tuple[int, list[re.Match[str]]]:
    """Where the last clause before a cue opens (after a comma, semicolon or dash), and its words.

    The words' offsets are relative to the returned start.
    """
    chunk = text[start:cue]
    cut = max(chunk.rfind(","), chunk.rfind(";"), chunk.rfind("—"), chunk.rfind("–"))
    lo = start + cut + 1
    return lo, list(re.finditer(r"[\w'’.-]+", text[lo:cue]))


def plain_subject(text: str, start: int, cue: int) -> tuple[int, int] | None:
    """The bare subject right before a cue, after a clause opener or a comma.

    "But now researchers say", "In a separate study, scientists found", "the new
    research warns": up to five words, returned only when their head is a person, a
    group or a document the reported-speech rules know, or a name; otherwise None.
    """
    lo, words = _last_clause(text, start, cue)
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


def headed_subject(text: str, start: int, cue: int) -> tuple[int, int] | None:
    """A researcher or document noun, qualified by the words up to the cue.

    "Scientists at University College London investigating healthy ageing discovered",
    "But further analysis of a sub-group of patients suggested": the head noun speaks;
    returned only when the clause opens with it (after clause openers and determiners)
    and a qualifier follows it directly.
    """
    lo, words = _last_clause(text, start, cue)
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


def _name_span(text: str, nm: NameMention) -> tuple[int, int]:
    """A name's span in the text, without the spaces its run may end with."""
    return nm.start, nm.start + len(text[nm.start : nm.end].rstrip())


def name_in_subject(text: str, book: NameBook, start: int, cue: int) -> tuple[int, int] | None:
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
            return _name_span(text, first)
    for nm in reversed(inside):
        between = text[nm.end : cue]
        if len(between.split()) <= 2 or between.lstrip().startswith(","):
            return _name_span(text, nm)
    return None


# A person's body after their name, up to the cue: "Dr Helen Brooks from Manchester
# University discovered", "Dr Janette Young from the University of South Australia said".
_PERSON_OF_BODY_RE = re.compile(
    r"\s*(?:from|of|at)\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:of|for|and|&|[A-Z][\w'’&-]*)){0,8}"
    r"(?:\s+(?:has|have|had|also|now))*\s*"
)


def person_of_body(text: str, book: NameBook, start: int, cue: int) -> tuple[int, int] | None:
    """A named person followed by their body up to the cue.

    "Dr Helen Brooks from Manchester University discovered": the person speaks, not the
    body (nor the place its name ends with).
    """
    for nm in reversed(_names_within(book, start, cue)):
        if _PERSON_OF_BODY_RE.fullmatch(text, nm.end, cue) is not None:
            return _name_span(text, nm)
    return None


def person_before_body(
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
    return _name_span(text, nm)


# Lowercase words before a name that leave it the head of the subject ("the", "Dr").
_WORD_BEFORE_RE = re.compile(r"\b(?![Tt]he\b)(?:[a-z][\w'’-]*)")

# A subject, then a description of it between commas, then the cue: "Chris Askew, chief
# executive of Diabetes UK, has warned", "A study of 6,120 women, published in the BMJ,
# found", "The new study on 264,337 people, 52% of whom were women, found", "Ian
# Needleman of University College London, who led the research, had previously found".
_PARENTHETICAL_RE = re.compile(
    r"\s*(?P<subject>(?:[^,;:“”\"]|,(?=\d)){2,80}?),\s+(?P<description>(?:\d+%\s+)?"
    r"(?P<opener>which|who|whom|whose|of\s+whom|published|writing|reporting|based|led|"
    r"from|at|a|an|the|chief|head|director|professor|lead|senior)?\b"
    r"(?:[^,;“”\"]|,(?=\d)){0,120}"
    # A relative clause after the description: "Dr Nadia Micali, a psychiatrist at
    # University College London, who led the new research, said".
    r"(?:,\s*(?:who|whose|which)\b(?:[^,;“”\"]|,(?=\d)){1,120})?)"
    r",\s*(?:(?:has|have|had|also|now|previously|recently|later)\s+)*",
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
    plain = plain_subject(text, lo, hi)
    return None if plain is None else Mention(text[plain[0] : plain[1]], *plain)


# Words that make a capitalised run the name of a body or a named work.
NAME_HEADS = word_set(
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


def subject_words(text: str, s_start: int, cue: int) -> tuple[int, int] | None:
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


def body_subject(text: str, span: tuple[int, int]) -> Mention | None:
    """A body or named work the sentence opens with, named in full.

    "The UK's Medicines and Healthcare products Regulatory Agency (MHRA) says", "The
    American Diabetes Association and the European Association for the Study of Diabetes
    recommend", "The Multicentre Study of Self-harm in England found": capitalised words
    joined by "of", "and", "for", "the" (one lowercase word inside), holding a body's or a
    work's word; the name drops a leading "The", a possessor and the abbreviation.
    ``span`` is the sentence's subject words (:func:`subject_words`).
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
        if w.lower() in NAME_HEADS and (i == len(words) - 1 or words[i + 1] in _NAME_GLUE)
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


def group_body(phrase: str, start: int) -> Mention | None:
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
    if not any(w.lower() in NAME_HEADS | _MORE_HEADS for w in words):
        return None
    if words[-1].lower() in _NAME_GLUE:
        return None
    return Mention(body, start + m.start("body"), start + m.end("body"))


# A work heading a subject that goes on past it ("The study, which was conducted by a
# UK-based university found", "A 2005 House of Commons report found", "The new research,
# which was carried out at an A&E unit in the North East of England shows"): the names
# after the work's noun qualify it, and the work speaks.
_WORK_NOUNS = ONE_WORK | word_set("report survey")

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


def work_head(text: str, s_start: int, cue: int) -> Mention | None:
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
    span = subject_words(text, s_start, cue)
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
        if OTHER_WORK_RE.search(head):
            return None
        return Mention(head, lo + words[0].start(), lo + w.end())
    return None


def subject_group_body(text: str, s_start: int, cue: int) -> Mention | None:
    """The body of a research group opening the sentence before its cue (see group_body)."""
    span = subject_words(text, s_start, cue)
    if span is None:
        return None
    return group_body(text[span[0] : span[1]], span[0])


# The nouns a capitalised adjective may open a subject with ("British researchers").
_ADJECTIVE_NOUNS = RESEARCHERS | DOCUMENTS | PEOPLE


# Words before an evidence noun that may qualify it ("Further tests", "Brain scans",
# "Post-mortem examinations", "The records"): a determiner and at most two more.
_EVIDENCE_DETERMINERS = word_set("the these their its")
_MAX_EVIDENCE_QUALIFIERS = 2
# Prepositions opening a phrase before the subject ("In experiments on mice, X found"):
# the evidence is then no subject.
_PREPOSITIONS = word_set("in on at during from after before with of for among by through")


def evidence_subject(text: str, span: tuple[int, int]) -> Mention | None:
    """The evidence a subject opens with ("Tests carried out in … Ethiopia showed"), if any.

    The subject's head is a noun of :data:`EVIDENCE` (tests, scans, records …), so the
    names after it (places, volunteers, a journal) are no speaker. The words before the
    noun qualify it; only the subject's first word may be capitalised ("Dr Smith's
    tests" is the person's), and a phrase opened by a preposition is no subject ("In
    experiments on mice, Washington State University found").
    """
    words = list(re.finditer(r"[\w’'-]+", text[span[0] : span[1]]))
    if not words or words[0].group().lower() in _PREPOSITIONS:
        return None
    if words[0].group().lower() in _EVIDENCE_DETERMINERS:
        words = words[1:]
    for i, m in enumerate(words[: _MAX_EVIDENCE_QUALIFIERS + 1]):
        word = m.group()
        if i > 0 and word[:1].isupper():
            return None
        if word.lower() in EVIDENCE:
            end = span[0] + m.end()
            return Mention(text[span[0] : end], span[0], end)
    return None


def adjective_subject(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """The whole subject when a capitalised adjective opens it.

    "British researchers found", "Further analysis suggested": the adjective is no name;
    the noun after it speaks, read by the rules for researchers and documents. ``span``
    is the sentence's subject words (:func:`subject_words`).
    """
    lo, hi = span
    words = text[lo:hi].split()
    if len(words) != 2 or not words[0][:1].isupper() or not words[1].islower():
        return None
    if words[1] not in _ADJECTIVE_NOUNS:
        return None
    return lo, hi
