"""The attributions of one sentence: where its cue, its claim and its speaker's words are.

The patterns news uses: "X said (that) …", "X warned / believes / found that …", "X
called on Y to …", "according to X, …", "…, according to X", "…, X said" and a further
cue inside a claim ("… reforms the Prime Minister says …"). Each gives a
:class:`~sourcetrace.quotes.reported_common.Found`: the cue, the claim's span (and a
second claim joined to it) and the words naming the speaker; :func:`pieces` cuts a claim
continued by "and said" or ", adding" in two. Whether a word is a cue at all is
:mod:`sourcetrace.quotes.report_cues`'.
"""

from __future__ import annotations

import dataclasses
import re

from sourcetrace.quotes.claim_subjects import parenthetical_subject
from sourcetrace.quotes.cues import subject_before
from sourcetrace.quotes.report_cues import cue_here, is_cue, not_a_report
from sourcetrace.quotes.reported_common import (
    AUX_WORDS,
    DETERMINERS_RE,
    DOCUMENTS,
    FIRST_PERSON,
    GENERIC,
    LEAD_WORDS,
    MAX_SUBJECT_WORDS,
    MIN_WORDS,
    PEOPLE,
    RESEARCHERS,
    Found,
)
from sourcetrace.quotes.spans import SpanIndex
from sourcetrace.text import word_set

# Verbs whose object comes first ("told the BBC that", "urged the NHS to").
_OBJECT_FIRST = word_set("told tells urged urges recommended recommends")

# Cues that report only with "that" after them: "told" has its hearer first ("told the
# BBC that"); a bare "called" names a thing ("a chemical called CA125"), while "called on"
# / "called for" are cues of their own.
_NEEDS_THAT = word_set("told tells called calls calling")

# Cues whose form is also a plural noun: one opening the sentence is the noun ("States
# with background checks …", "Claims that …"), with no subject for a verb.
_ALSO_NOUNS = word_set("states claims reports notes")

_CUE_RE = re.compile(
    r"\b(?:(?:called|calls|calling)\s+(?:on|for)|according\s+to|[a-z]+)\b", re.IGNORECASE
)

_THAT_RE = re.compile(r"[\s,]*(?:(?:out\s+)?that\b)?\s*")

# After the cue, words that introduce a circumstance, not the claim ("said in a statement").
_CIRCUMSTANCE_RE = re.compile(
    r"\s*(?:in|on|at|via|through|during|after|before|yesterday|today|last|this|earlier|"
    r"recently|previously|also|however|in\s+a)\b",
    re.IGNORECASE,
)

_THAT_WITHIN_RE = re.compile(r"\bthat\b")
# A cue's particle with no "that" after it: a phrasal verb naming a topic, not a report
# ("helps people find out their heart age"; "found out that …" reports).
_PARTICLE_RE = re.compile(r"\s+out\b(?!\s+that\b)", re.IGNORECASE)

# A cue followed by a question word reports a topic, not a claim ("explains why …").
_WH_RE = re.compile(r"(?:why|how|what|whether|where|when|which|who)\b", re.IGNORECASE)

# Most words of the subject of a cue closing its sentence ("…, a study of 700,000 women said").
_MAX_TRAILING_SUBJECT = 6


def _inside_quote(quotes: SpanIndex, at: int) -> bool:
    return quotes.covers(at)


def _claim_start(text: str, after: int, s_end: int) -> int | None:
    """Where the claim after a cue ending at ``after`` starts.

    Past a "that" if one follows; after a circumstance ("said in a statement that …")
    the claim starts past the "that" within the next 60 characters, and with none there
    is no claim (None); nor after a particle with no "that" ("find out their …").
    """
    if _CIRCUMSTANCE_RE.match(text, after):
        that = _THAT_WITHIN_RE.search(text, after, min(s_end, after + 60))
        return None if that is None else that.end()
    if _PARTICLE_RE.match(text, after):
        return None  # "find out their heart age": a topic
    lead = _THAT_RE.match(text, after)
    return lead.end() if lead else after


def _leads_in(text: str, cue: re.Match[str]) -> bool:
    """Whether the cue leads into a quotation or a list ("X said: …"), not a claim."""
    return text[cue.end() : cue.end() + 2].strip().startswith(":")


def _find(
    text: str,
    s_start: int,
    s_end: int,
    quotes: SpanIndex,
    *,
    tight_only: bool = False,
    skip: int = 0,
) -> Found | None:
    """The first attribution pattern of one sentence, with its content span.

    With ``tight_only`` (a further cue inside a claim already found), only a cue right
    after a subject that can speak, after at least ``MIN_WORDS`` words of the claim
    before it, is taken: "… reforms the Prime Minister says solutions are …".
    """
    for cue in _CUE_RE.finditer(text, max(s_start, skip), s_end):
        word = cue.group()
        if tight_only:
            found = _tight_find(text, s_start, s_end, cue, quotes)
            if found is not None:
                return found
            continue
        shared = _shared_subject(text, s_start, s_end, cue, quotes)
        if shared is not None:
            return shared
        if not cue_here(text, cue) or _inside_quote(quotes, cue.start()):
            continue
        if word[:1].isupper() and cue.start() > s_start:
            continue  # "Said Ahmed", a name
        if not_a_report(text, s_start, cue.start()):
            continue  # "is added", "have it added", "these reports", "I do not think"
        low = word.lower()
        if low in _ALSO_NOUNS and not text[s_start : cue.start()].strip(" “\"‘'"):
            continue  # "States with background checks …": the noun opens the sentence
        if low.startswith("according"):
            # Not the comma of "4,000" ("according to a study of 4,000 patients").
            next_comma = _CLAUSE_COMMA_RE.search(text, cue.end(), s_end)
            comma = next_comma.start() if next_comma is not None else -1
            first = text[s_start : cue.start()]
            if first.strip(" ,\n") and (
                comma < 0
                or (
                    first.rstrip().rstrip('”"’').endswith(",")
                    and len(first.split()) > MAX_SUBJECT_WORDS // 2
                )
            ):
                # "…, according to X." and "…, according to X, a professor at …": the
                # claim comes first; what follows X's comma describes X.
                c_end = cue.start()
                return Found(word, cue.start(), cue.end(), s_start, c_end, (cue.end(), s_end))
            if comma >= 0:
                return Found(word, cue.start(), cue.end(), comma + 1, s_end, (cue.end(), comma))
            continue
        before = text[s_start : cue.start()]
        closed = before.rstrip().rstrip('”"’')
        # "Name, title at Body, said …": a subject and its description, not a claim.
        described = parenthetical_subject(text, s_start, cue.start()) is not None
        # "Name, a professor at …, said the results do not mean …": a clause after the
        # cue is its claim, so the cue closes no claim before it (whose "speaker" would
        # be that clause).
        clause_after = closed.endswith(",") and _clause_follows(text, cue.end(), s_end)
        closing = not (described or clause_after)  # the cue may close a claim before it
        if closed.endswith(",") and len(before.split()) > MAX_SUBJECT_WORDS // 2 and closing:
            # "Claim, X said." : the cue closes the sentence with its subject; also after
            # a quoted end ("…, “is now undeniable,” concluded Jacobs.").
            tail = text[cue.end() : s_end].strip(" .,\n")
            comma = s_start + len(closed) - 1
            who = (comma + 1, cue.start())
            if len(tail.split()) <= 4:
                if not text[who[0] : who[1]].strip(' ”"’'):
                    who = (cue.end(), s_end)  # "Claim, said X."
                return Found(word, cue.start(), cue.end(), s_start, comma, who)
            more = _AND_RE.match(text, cue.end(), s_end)
            if more is not None and text[who[0] : who[1]].strip(' ”"’'):
                # "Claim, the researchers said, and claim.": both are theirs.
                return Found(word, cue.start(), cue.end(), s_start, comma, who, (more.end(), s_end))
            inverted = _INVERTED_RE.match(text, cue.end(), s_end)
            if (
                not text[who[0] : who[1]].strip(' ”"’')
                and inverted is not None
                and _can_speak(inverted.group(1))
            ):
                # "Claim, said a study Thursday which reopened a debate …": the speaker
                # is the noun phrase after the cue, up to its relative clause.
                who = (cue.end(), inverted.end(1))
                of = _OF_RE.search(text, *who)
                if of is not None:  # "Benjamin Jacobs of the Royal … Hospital": the name
                    who = (who[0], of.start())
                return Found(word, cue.start(), cue.end(), s_start, comma, who)
        comma = s_start + before.rfind(", ")  # not the comma of "700,000"
        subject = text[comma + 1 : cue.start()]
        more = _AND_RE.match(text, cue.end(), s_end)
        if (
            comma >= s_start
            and closing
            and 0 < len(subject.split()) <= _MAX_TRAILING_SUBJECT
            and len(text[s_start:comma].split()) > MAX_SUBJECT_WORDS // 2
            and (_short_tail(text, cue.end(), s_end) or more is not None)
            and not _inside_quote(quotes, comma)
        ):
            # "Claim, research suggests.", "Claim, a study of 700,000 women said Wednesday.",
            # "Claim, the researchers said, and claim."
            return Found(
                word,
                cue.start(),
                cue.end(),
                s_start,
                comma,
                (comma + 1, cue.start()),
                None if more is None else (more.end(), s_end),
            )
        if len(before.split()) > MAX_SUBJECT_WORDS + 4 and not described:
            # A long run before the cue (a transcript without punctuation): only a
            # subject that can speak, right before the cue, makes it an attribution.
            found = _tight_find(text, s_start, s_end, cue, quotes)
            if found is not None:
                return found
            continue
        after = cue.end()
        if low.startswith(("called", "calls", "calling")) or low in _OBJECT_FIRST:
            that = _THAT_WITHIN_RE.search(text, after, min(s_end, after + 60))
            if low in _NEEDS_THAT:
                if that is None or text[cue.start() - 1 : cue.start()] == "-":
                    continue  # "a chemical called CA125", "A so-called “Western diet”"
                after = that.end()
        else:
            claim_at = _claim_start(text, after, s_end)
            if claim_at is None:
                continue
            after = claim_at
        if _leads_in(text, cue):
            continue  # "X said: …" leads into a quotation or a list
        mention = _opening_name(text, s_start, cue.start()) if clause_after else None
        cleft = _cleft(text, s_start, cue, after)
        if cleft is not None:
            after, mention = cleft  # "What our study shows is that …"
        if _WH_RE.match(text, after) and _THAT_WITHIN_RE.search(text, cue.end(), after) is None:
            # "explains why more of us get them": a topic, not a claim ("found that when
            # given to flies, it …" is one).
            continue
        return Found(word, cue.start(), cue.end(), after, s_end, mention)
    return None


# Finite verbs: a phrase holding one is a clause, not a speaker's noun phrase ("…, says
# the results should be interpreted with caution", "…, said such findings are no surprise").
_CLAUSE_VERBS = word_set(
    "is are was were be been being should would could may might will can must shall do does did"
)


def _clause_follows(text: str, at: int, end: int) -> bool:
    """Whether the words after a cue, up to a comma or a relative pronoun, hold a verb.

    Such words are the cue's claim, not an inverted speaker ("…, UK, says the results
    should be interpreted with caution"); "…, said a study Thursday which …" and "…,
    said Dr Lee, who …" name a speaker. Only the first ``_CLAUSE_WORDS`` words are read.
    """
    words = re.findall(r"[\w'’]+|[,;:]", text[at:end])[:_CLAUSE_WORDS]
    for i, word in enumerate(words):
        low = word.lower()
        if low in {",", ";", ":", "which", "who", "whose"} or (low == "that" and i > 0):
            return False
        if low in _CLAUSE_VERBS or (low == "that" and i == 0):
            return True
    return False


# Words after a cue read for a finite verb by :func:`_clause_follows`.
_CLAUSE_WORDS = 8

# A name opening a sentence, set off by a comma ("But Christian Holscher, at …, says").
_OPENING_NAME_RE = re.compile(
    r"\W*(?:(?:but|and|so|yet|now|however|meanwhile|also|still)\b\W*)?"
    r"((?:[A-Z][\w’'.-]*\s+){1,4}[A-Z][\w’'-]*),",
    re.IGNORECASE,
)


def _opening_name(text: str, s_start: int, cue: int) -> tuple[int, int] | None:
    """The span of the name a sentence opens with, before its description's comma."""
    m = _OPENING_NAME_RE.match(text, s_start, cue)
    if m is None or not all(w[:1].isupper() for w in m.group(1).split()):
        return None
    return m.span(1)


# A pseudo-cleft around a cue: "What our study shows is that …", "what the study showed
# was the effect", "this is something the paper highlights is that …". The claim follows
# the copula (and its "that"); the cue's subject is the words between "what" and the cue.
_CLEFT_COPULA_RE = re.compile(r"(?:is|was)\b\s*(that\b)?\s*", re.IGNORECASE)
_CLEFT_WHAT_RE = re.compile(
    r"\b(?:what|all)\s+((?:[\w'’.-]+\s+){0,5}?[\w'’.-]+)\s*$", re.IGNORECASE
)


def _cleft(
    text: str, s_start: int, cue: re.Match[str], after: int
) -> tuple[int, tuple[int, int] | None] | None:
    """The claim's start (and the speaker's words) when the cue sits in a pseudo-cleft.

    Only a copula right after the cue counts, and only with "that" after it or "what" /
    "all" before the cue's subject; None otherwise.
    """
    if text[cue.end() : after].strip():
        return None  # "said that is …": the cue's own "that" opened the claim
    copula = _CLEFT_COPULA_RE.match(text, after)
    if copula is None:
        return None
    what = _CLEFT_WHAT_RE.search(text, s_start, cue.start())
    if what is None and copula.group(1) is None:
        return None
    mention = None if what is None else what.span(1)
    return copula.end(), mention


# A name and its title closing the text before a cue ("Cornelius Katona, medical director
# at the Helen Bamber Foundation, said").
_APPOSITIVE_RE = re.compile(
    r"(?<=[\s,])((?:[A-Z][\w’'.-]*\s+)+[A-Z][\w’'-]*),\s+[^,.;:“”\"]{1,100},\s*$"
)

# The body or place after a speaker's name ("Jacobs of the Royal … Hospital").
_OF_RE = re.compile(r"\s(?:of|from|at)\s")

# After a cue closing a claim, a second claim joined to it (", and in 2011 …").
_AND_RE = re.compile(r"\s*,\s*and\s+(?:that\s+)?")

# A participle continuing a claim with another ("…, pointing out that …", ", adding: …").
_CONTINUATION_RE = re.compile(
    r",\s+(?:pointing\s+out|adding|saying|noting|warning|arguing|explaining|stressing|"
    r"estimating|calculating|concluding)\b"
    r"(?:\s+that\b)?[\s:]*"
)

# A second reporting verb of the same subject joined by "and" ("X warned that A and said
# B", "the authors say A, and say B", "…, and called for B"): two claims.
_AND_CUE_RE = re.compile(
    r",?\s+and\s+(?:has\s+|have\s+|also\s+)?(?:said|says|say|added|adds|warned|warns|"
    r"called\s+for|calls\s+for)\b(?!\s+(?:up|nothing|so|no)\b)(?:\s+that\b)?\s*"
)

# A relative clause before such an "and said": its verb is the clause's subject's, not
# the speaker's ("people who exercised and said they were happy").
_RELATIVE_RE = re.compile(r"\b(?:who|whom|which|that)\b", re.IGNORECASE)

# Most words of a claim split so: a printed sentence, not a transcript's unpunctuated run
# ("… and I'm been involved in Annie said he loved it and mum …"). Any value from 30 to
# 84 splits the same claims of the five golds (printed: 18–30 words; transcripts: 85+).
_MAX_SPLIT_WORDS = 60


def pieces(text: str, found: Found) -> list[tuple[int, int]]:
    """The content spans of one attribution: the claim, and any claim continuing it."""
    spans = [(found.c_start, found.c_end)]
    if found.more is not None:
        spans.append(found.more)
    out = []
    for lo, hi in spans:
        cont = _CONTINUATION_RE.search(text, lo, hi)
        if cont is None and len(text[lo:hi].split()) <= _MAX_SPLIT_WORDS:
            cont = _AND_CUE_RE.search(text, lo, hi)
            if cont is not None and not cont.group().startswith(","):
                # A relative clause since the last comma: "people who exercised and said
                # …" is the clause's verb; ", and said" after it closes the clause first.
                clause = max(lo, text.rfind(",", lo, cont.start()))
                if _RELATIVE_RE.search(text, clause, cont.start()):
                    cont = None
        if cont is not None:
            out += [(lo, cont.start()), (cont.end(), hi)]
        else:
            out.append((lo, hi))
    return out


# After an inverted cue: a short noun phrase, then a relative clause or the end.
_INVERTED_RE = re.compile(
    r"\s*((?:[\w'’.-]+\s+){0,7}?[\w'’-]+)\s*(?:,|\bwhich\b|\bwho\b|\bthat\b|\.?\s*$)"
)

# Words that may precede a subject's head within it ("the new study", "US officials").
_SUBJECT_LEAD = word_set(
    "the a an new latest recent some other many several this that these his her their its "
    "our us u.s. british american european national government independent"
)

# The most words of such a subject.
_MAX_TIGHT_SUBJECT = 4


def _tight_subject(text: str, lo: int, cue: int) -> tuple[int, int] | None:
    """A subject that can speak, right before a cue, with no punctuation between.

    Its head (last word, auxiliaries such as "have now" left out) is a kind of
    researcher, a document, a group of people, or a capitalised name; up to three words
    before it belong to it when they are capitalised or determiners and adjectives of
    ``_SUBJECT_LEAD``. None otherwise.
    """
    words = list(re.finditer(r"[\w'’.-]+|[^\w\s]", text[max(lo, cue - 120) : cue]))
    base = max(lo, cue - 120)
    while words and words[-1].group().lower() in AUX_WORDS:
        words.pop()
    if not words:
        return None
    head = words[-1].group()
    low = head.lower()
    capital = head[:1].isupper() and low not in LEAD_WORDS and low not in FIRST_PERSON
    if low in {"he", "she"}:
        return base + words[-1].start(), base + words[-1].end()
    if not (capital or low in RESEARCHERS or low in DOCUMENTS or low in PEOPLE):
        return None
    if low in FIRST_PERSON or low in {"it", "this", "who", "which", "you", "they"}:
        return None
    first = len(words) - 1
    while first > 0 and len(words) - first < _MAX_TIGHT_SUBJECT:
        prev = words[first - 1].group()
        if not (prev.lower() in _SUBJECT_LEAD or (prev[:1].isupper() and prev.isalpha())):
            break
        first -= 1
    return base + words[first].start(), base + words[-1].end()


# Participles that report for the sentence's subject ("The study goes further, saying").
_PARTICIPLES = word_set("saying adding warning arguing noting claiming stressing insisting")


def _shared_subject(
    text: str, s_start: int, s_end: int, cue: re.Match[str], quotes: SpanIndex
) -> Found | None:
    """A cue whose subject is the one the sentence opens with.

    After a comma, a participle ("The study goes further, saying …"); after "and", a
    second verb with "that" ("The FA has met the authors and said that …").
    """
    low = cue.group().lower()
    head = text[s_start : cue.start()].rstrip()
    if _inside_quote(quotes, cue.start()) or not head:
        return None
    after = cue.end()
    if low in _PARTICIPLES and head.endswith(","):
        lead = _THAT_RE.match(text, after)
        after = lead.end() if lead else after
    elif is_cue(low) and head.lower().endswith(" and") and low not in _OBJECT_FIRST:
        that = re.match(r"\s+that\b", text[after:s_end])
        if that is None:
            return None
        after += that.end()
    else:
        return None
    if _leads_in(text, cue) or _WH_RE.match(text, after):
        return None
    subject = subject_before(text, s_start, cue.start(), main=True)
    if subject is None or subject.start != _first_word(text, s_start):
        return None  # only the subject the sentence opens with
    return Found(cue.group(), cue.start(), cue.end(), after, s_end, (subject.start, subject.end))


def _first_word(text: str, at: int) -> int:
    m = re.search(r"\w", text[at : at + 200])
    return at + m.start() if m else at


def _tight_find(
    text: str, s_start: int, s_end: int, cue: re.Match[str], quotes: SpanIndex
) -> Found | None:
    """A cue right after a subject that can speak, with words of a claim before it."""
    word = cue.group()
    low = word.lower()
    if (
        not cue_here(text, cue)
        or low.startswith(("according", "called", "calls", "calling"))
        or low in _OBJECT_FIRST
        or word[:1].isupper()
        or _inside_quote(quotes, cue.start())
    ):
        return None
    subject = _tight_subject(text, s_start, cue.start())
    if subject is None:
        # "…, Cornelius Katona, medical director at the …, said": a name and its title.
        named = _APPOSITIVE_RE.search(text, max(s_start, cue.start() - 160), cue.start())
        subject = named.span(1) if named is not None else None
    if subject is None or len(text[s_start : subject[0]].split()) < MIN_WORDS:
        return None
    claim_at = _claim_start(text, cue.end(), s_end)
    if claim_at is None:
        return None  # "researchers claimed in The BMJ": no claim after the cue
    if _WH_RE.match(text, claim_at) or _leads_in(text, cue):
        return None
    return Found(word, cue.start(), cue.end(), claim_at, s_end, subject)


# Where or when a claim was made, after its closing cue ("in The BMJ medical journal"),
# set off by a comma or not ("…, the researchers noted, in the paper published in the BMJ").
_PLACE_TAIL_RE = re.compile(
    r"[\s,]*(?:in|on|at|via|through|during|yesterday|today|last|"
    r"this\s+(?:week|month|year|morning|afternoon|evening))\b",
    re.IGNORECASE,
)


def _short_tail(text: str, at: int, end: int) -> bool:
    """Whether what follows a closing cue is only its circumstance ("in The BMJ")."""
    words = len(text[at:end].strip(" .,\n").split())
    return words <= 4 or (words <= 8 and _PLACE_TAIL_RE.match(text, at) is not None)


def _can_speak(phrase: str) -> bool:
    """Whether a noun phrase names someone who can make a claim: a name or a document."""
    words = DETERMINERS_RE.sub("", phrase.strip()).split()
    if not words:
        return False
    kinds = DOCUMENTS | RESEARCHERS | PEOPLE | GENERIC
    return words[0][:1].isupper() or any(w.lower().strip(".,") in kinds for w in words[:2])


# A conjunction left at the end of a claim cut before the next one's subject.
_TRAILING_JOIN_RE = re.compile(r"[\s,]+(?:but|and|or|so|while|as)?[\s,]*$", re.IGNORECASE)

# Most attributions taken from one sentence (a transcript's paragraph is one sentence).
_MAX_PER_SENTENCE = 12


def find_all(text: str, s_start: int, s_end: int, quotes: SpanIndex, skip: int = 0) -> list[Found]:
    """Every attribution of one sentence: the first, then each further cue in its claim.

    A claim running to the sentence's end ends where the subject of a further cue
    starts ("David Cameron claims … reforms the Prime Minister says …"). With ``skip``,
    cues before that offset are not read (the sentence still starts at ``s_start``).
    """
    found = _find(text, s_start, s_end, quotes, skip=skip)
    if found is not None:
        found = _relative_report(text, s_end, found, quotes)
    out: list[Found] = []
    while found is not None and len(out) < _MAX_PER_SENTENCE:
        out.append(found)
        if found.c_end < s_end or found.more is not None:
            break
        found = _find(text, found.c_start, s_end, quotes, tight_only=True)
        if found is not None and found.mention is not None:
            cut = _TRAILING_JOIN_RE.search(text, out[-1].c_start, found.mention[0])
            end = cut.start() if cut is not None else found.mention[0]
            out[-1] = dataclasses.replace(out[-1], c_end=end)
    return out


# A comma between clauses, not inside a figure ("4,000").
_CLAUSE_COMMA_RE = re.compile(r",(?!\d)")

# A speaker named after its cue, then a relative clause reporting more of what it said:
# "…, according to researchers who say that …", "…, said a study which found …".
_RELATIVE_CUE_RE = re.compile(
    r"\s+(?:who|which|that)\s+(?:(?:have|has|also)\s+)?([a-z]+)\b(?:\s+that\b)?\s*"
)

# Most words of the speaker before that relative clause ("a major new study").
_MAX_RELATIVE_SPEAKER = 5


def _relative_report(text: str, s_end: int, found: Found, quotes: SpanIndex) -> Found:
    """Add the claim of a relative clause after a speaker named after its cue.

    "Half of infections are resistant, according to researchers who say that children are
    at risk": "children are at risk" is a second claim of the researchers, and the
    speaker is "researchers", not the rest of the sentence.
    """
    if found.mention is None or found.more is not None or found.mention[0] < found.cue_end:
        return found
    lo = found.mention[0]
    m = _RELATIVE_CUE_RE.search(text, lo, s_end)
    if (
        m is None
        or not is_cue(m.group(1))
        or len(text[lo : m.start()].split()) > _MAX_RELATIVE_SPEAKER
        or any(ch in text[lo : m.start()] for ch in ",;:")
        or _inside_quote(quotes, m.end())
        or _WH_RE.match(text, m.end())
    ):
        return found
    return dataclasses.replace(found, mention=(lo, m.start()), more=(m.end(), s_end))
