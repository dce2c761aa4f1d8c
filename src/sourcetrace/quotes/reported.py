"""Reported speech: claims attributed to someone without quotation marks.

The patterns news uses: "X said (that) …", "X warned / believes / found that …", "the
study / researchers found …", "X called on Y to …", "according to X, …", "…, according to
X" and "…, X said". Each gives one claim: the attributed content (the that-clause or the
complement, without the attribution words), its speaker and the cue. The speaker is a
person or body the story names, or a document ("the study"); generic people ("they",
"researchers", "experts") give a claim with no speaker name rather than a guess. Content
that is mostly inside quotation marks is a quotation, left to
:func:`sourcetrace.quotes.extract_quotes`.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from functools import lru_cache

from sourcetrace.quotes.claim_speakers import (
    claim_speaker,
    fullest_document,
    parenthetical_subject,
)
from sourcetrace.quotes.cues import PRONOUNS, subject_before
from sourcetrace.quotes.model import Reported, Speaker
from sourcetrace.quotes.names import NameBook, _is_body
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
from sourcetrace.quotes.spans import SpanIndex, paragraphs, quoted_spans, sentence_ends
from sourcetrace.text import word_set

# Verbs that report what someone claimed, found, asked for or stated.
_REPORTING = word_set(
    """said says say told tells stated claim claimed claims argued argues argue insisted
    insists warned warns warn urged urges added adds noted notes stressed stresses
    announced announces demanded demands believes believed believe thinks think alleged
    alleges asserted asserts maintained maintains admitted admits acknowledged
    acknowledges denied denies predicted predicts suggested suggests suggest explained
    explains declared declares emphasized emphasizes emphasised emphasises reiterated
    reiterates promised promises vowed vows pledged pledges confirmed confirms revealed
    reveals reported reports found finds find showed shows show shown concluded concludes
    conclude conceded concedes recommended recommends recommend estimated estimates
    estimate discovered discovers cautioned cautions highlighted highlights indicated
    indicates indicate calculated calculates"""
)
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
_MIN_WORDS = 4
# Auxiliaries that make a reporting verb passive ("vitamin D is added to bread", "has been
# shown"): a description of the thing, not something someone claimed.
_PASSIVE = word_set("is are was were be been being get gets got it's")
# A cue followed by a question word reports a topic, not a claim ("explains why …").
_WH_RE = re.compile(r"(?:why|how|what|whether|where|when|which|who)\b", re.IGNORECASE)
# A headline or standfirst: a short paragraph with no sentence end, before the body.
_MAX_HEADLINE_WORDS = 30
# Most words of the subject of a cue closing its sentence ("…, a study of 700,000 women said").
_MAX_TRAILING_SUBJECT = 6
# A claim whose content is more than this share inside quotation marks is a quotation.
# A that-clause holding a partial quotation ("said the French researchers were
# “operating near the limits of …”") is still reported speech, as all five golds mark
# it (both a claim and a quotation); 0.7 was chosen leave-one-set-out over the five
# golds (0.5 before; 0.99 and above also keep lead-ins to whole quotations).
_MAX_QUOTED = 0.7


# Present forms for a plural subject ("the authors caution that", "the data reveal
# that") of verbs whose base form is also an imperative, an infinitive or a noun ("add
# vitamin D to bread", "a caution"): a cue only when "that" follows, or where they
# wrote it and then "that" ("researchers report in The BMJ that").
_BASE_THAT = word_set(
    """states add insist urge announce allege assert admit acknowledge deny predict explain
    declare emphasise emphasize stress reiterate confirm reveal concede discover caution
    highlight calculate note report state point points pointed advise advises advised"""
)
_THAT_NEXT_RE = re.compile(
    r"\s+(?:out\s+|in\s+(?:the\s+)?(?:[A-Z][\w&-]*\s+){1,5}(?:journal\s+)?)?that\b"
)

# The word right before a cue: a document noun there ("The report states …") makes
# "states" the verb, never the plural noun.
_WORD_BEFORE_CUE_RE = re.compile(r"\b([A-Za-z-]+)\s+$")
# Or closing its sentence after the claim and its subject ("…, the researchers note.",
# "…, the authors caution."): no object or infinitive can follow there.
_CLOSES_RE = re.compile(r"[ \t]*[.!?]")
# Or closing it after where they wrote it ("…, researchers report in the journal Injury
# Prevention.", "…, the study team writes in Annals of Internal Medicine.", "…, the
# researchers wrote in the study."): the wire services' closing attribution.
_CLOSES_IN_RE = re.compile(
    r"[ \t]+in\s+(?:(?:the|a|their)\s+)?(?:(?:medical\s+)?(?:journal|study|paper|report)\b)?"
    r"(?:\s*[A-Z][\w&’'.-]*(?:\s+(?:of|and|for|in|on|the|&|[A-Z][\w&’'.-]*))*)?[ \t]*[.!?]"
)
# Verbs of writing: a cue only so placed, or before "that" ("they wrote that …"), not
# when they write something or to someone ("wrote to ministers", "writes a column").
_WRITES = word_set("wrote writes write")
_THAT_OR_CLOSING = _BASE_THAT | _WRITES
# Verbs of belief and expectation ("scientists fear …", "the team hope …", "experts
# agree …", "the study expects …"): a cue before a clause, not before an infinitive or a
# preposition ("hope to", "agreed on", "fear for") nor as a noun ("the fear is").
# Belief verbs that as often take a noun as their object ("agreed a deal", "suspect a
# leak"): not a cue before "a" or "an".
_BELIEFS_WITH_OBJECTS = word_set("agree agrees agreed suspect suspects")
_ARTICLE_NEXT_RE = re.compile(r"\s+(?:a|an)\b", re.IGNORECASE)
_BELIEFS = word_set(
    """hope hopes hoped fear fears feared agree agrees agreed reckon reckons reckoned
    suspect suspects expects"""
)
# A belief word after a number or a quantifier is an adjective or a noun ("the five
# suspect agents", "other fears").
_BELIEF_ADJECTIVE_RE = re.compile(
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|other|several|many|"
    r"some|all|main|possible|new)\s+$",
    re.IGNORECASE,
)
_NOT_AFTER_BELIEF_RE = re.compile(
    r"\s+(?:to|for|with|on|of|about|over|in|is|was|are|were|and|or|but)\b|\s*[,.;:!?–—-]",
    re.IGNORECASE,
)


def _cue_here(text: str, cue: re.Match[str]) -> bool:
    """Whether the word ``cue`` matched reports speech where it stands."""
    word = cue.group()
    if _is_cue(word):
        return True
    if word.lower() == "states":
        # "The report states the drug is safe": after a document, no "that" is needed
        before = _WORD_BEFORE_CUE_RE.search(text, max(0, cue.start() - 40), cue.start())
        if before is not None and before.group(1).lower() in DOCUMENTS:
            return True
    if word.lower() in _BELIEFS:
        if word.lower() in _BELIEFS_WITH_OBJECTS and _ARTICLE_NEXT_RE.match(text, cue.end()):
            return False  # "agreed a deal": a thing agreed, not a belief
        return (
            _NOT_AFTER_BELIEF_RE.match(text, cue.end()) is None
            and _BELIEF_ADJECTIVE_RE.search(text, max(0, cue.start() - 20), cue.start()) is None
        )
    return word.lower() in _THAT_OR_CLOSING and (
        _THAT_NEXT_RE.match(text, cue.end()) is not None
        or _CLOSES_RE.match(text, cue.end()) is not None
        or _ends_sentence(text, _CLOSES_IN_RE.match(text, cue.end()))
    )


def _ends_sentence(text: str, m: re.Match[str] | None) -> bool:
    """Whether a match ends at the end of its sentence, not at an abbreviation ("Dr.")."""
    if m is None:
        return False
    if not text[m.end() :].strip(' \t"”’'):
        return True
    return m.end() in sentence_ends(text, max(0, m.end() - 20), min(len(text), m.end() + 1))


def _is_cue(word: str) -> bool:
    low = word.lower()
    return low in _REPORTING or low.startswith(("called", "calls", "calling", "according"))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and not (text[start].isalnum() or text[start] in '“"‘'):
        start += 1
    while end > start and not text[end - 1].isalnum() and text[end - 1] not in ')%”"’':
        end -= 1
    # A closing mark whose opening mark is outside the claim belongs to a quotation.
    while end > start and text[end - 1] in '”"’' and text.count(text[end - 1], start, end) == 1:
        end -= 1
        while end > start and not text[end - 1].isalnum():
            end -= 1
    return start, end


def _quoted_share(quotes: SpanIndex, start: int, end: int) -> float:
    return quotes.inside(start, end) / max(1, end - start)


def _inside_quote(quotes: SpanIndex, at: int) -> bool:
    return quotes.covers(at)


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
    after a subject that can speak, after at least ``_MIN_WORDS`` words of the claim
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
        if not _cue_here(text, cue) or _inside_quote(quotes, cue.start()):
            continue
        if word[:1].isupper() and cue.start() > s_start:
            continue  # "Said Ahmed", a name
        if _not_a_report(text, s_start, cue.start()):
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
        if closed.endswith(",") and len(before.split()) > MAX_SUBJECT_WORDS // 2 and not described:
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
            and not described
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
        elif _CIRCUMSTANCE_RE.match(text, after):
            that = _THAT_WITHIN_RE.search(text, after, min(s_end, after + 60))
            if that is None:
                continue
            after = that.end()
        else:
            lead = _THAT_RE.match(text, after)
            after = lead.end() if lead else after
        if text[cue.end() : cue.end() + 2].strip().startswith(":"):
            continue  # "X said: …" leads into a quotation or a list
        if _WH_RE.match(text, after) and _THAT_WITHIN_RE.search(text, cue.end(), after) is None:
            # "explains why more of us get them": a topic, not a claim ("found that when
            # given to flies, it …" is one).
            continue
        return Found(word, cue.start(), cue.end(), after, s_end, None)
    return None


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


def _pieces(text: str, found: Found) -> list[tuple[int, int]]:
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
    elif _is_cue(low) and head.lower().endswith(" and") and low not in _OBJECT_FIRST:
        that = re.match(r"\s+that\b", text[after:s_end])
        if that is None:
            return None
        after += that.end()
    else:
        return None
    if text[cue.end() : cue.end() + 2].strip().startswith(":") or _WH_RE.match(text, after):
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
        not _cue_here(text, cue)
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
    if subject is None or len(text[s_start : subject[0]].split()) < _MIN_WORDS:
        return None
    after = cue.end()
    if _CIRCUMSTANCE_RE.match(text, after):
        that = _THAT_WITHIN_RE.search(text, after, min(s_end, after + 60))
        if that is None:
            return None  # "researchers claimed in The BMJ": no claim after the cue
        after = that.end()
    else:
        lead = _THAT_RE.match(text, after)
        after = lead.end() if lead else after
    if _WH_RE.match(text, after) or text[cue.end() : cue.end() + 2].strip().startswith(":"):
        return None
    return Found(word, cue.start(), cue.end(), after, s_end, subject)


# Where or when a claim was made, after its closing cue ("in The BMJ medical journal").
_PLACE_TAIL_RE = re.compile(
    r"\s*(?:in|on|at|via|through|during|yesterday|today|last|"
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


# Words before a reporting word that make it a noun ("these anecdotal reports").
_NOUN_BEFORE = word_set("the these those a an its their his her our such anecdotal early")
# Words between a first-person subject and its cue ("I possibly do not think").
_HEDGE_WORDS = word_set("do does did not don't really possibly just also still personally")


def _not_a_report(text: str, start: int, at: int) -> bool:
    """Whether the word before a cue shows it reports nobody's claim.

    A passive ("is added", "is widely reported", "have it added"), a noun ("these
    anecdotal reports"), a participle in a parenthesis ("(found in cocoa)") or after a
    comparison ("higher than recommended", "as expected"), an infinitive ("to show them
    …") or a first-person subject ("I do not think": a transcript's speaker, not reported
    speech).
    """
    before = text[max(start, at - 80) : at]
    if before.rstrip().endswith(("(", "[")):
        return True  # a participle opening a parenthesis: "flavanols (found in cocoa)"
    words = [w.lower().strip(",.;:") for w in before.split()]
    if not words:
        return False
    if words[-1] in _PASSIVE or words[-1] in _NOUN_BEFORE or words[-1] in _COMPARED:
        return True
    if len(words) > 1 and words[-2] in _PASSIVE and _is_adverb(words[-1]):
        return True  # a passive with an adverb: "is highly recommended", "was also found"
    if (
        words[-1].endswith(("'s", "’s", "s'", "s’"))
        and words[-1].replace("’", "'") not in _CONTRACTED_IS
    ):
        return True  # after a possessive, a noun: "Dr. Smith's notes", "the team's reports"
    if words[-1] == "to":
        return True  # an infinitive of purpose: "tested the insects to find out what …"
    if words[-1] in {"it", "them"} and len(words) > 1 and words[-2] in _CAUSATIVE:
        return True
    while words and words[-1] in _HEDGE_WORDS:
        words.pop()
    return bool(words) and words[-1] in {"i", "we"}


# Words before a participle that compare with it, as in "three times higher than
# recommended" or "as expected": no one's claim follows.
_COMPARED = word_set("than as")
# Adverbs that stand between a passive's auxiliary and its participle without "-ly".
_ADVERBS = word_set("also not now still often already widely long well")


def _is_adverb(word: str) -> bool:
    """Whether ``word`` is an adverb that may stand inside a passive ("is *highly* …")."""
    return word in _ADVERBS or (len(word) > 4 and word.endswith("ly"))


# Words whose "'s" is "is" or "has", not a possessive ("he's said that …").
_CONTRACTED_IS = word_set("it's he's she's that's there's who's what's here's where's one's")
# Verbs of the causative passive ("foods have it added").
_CAUSATIVE = word_set("have has had get gets got")


def _word_before(text: str, start: int, at: int) -> str:
    words = text[start:at].split()
    return words[-1].lower() if words else ""


def _headline_end(text: str) -> int:
    """Where a story's body starts: after its title lines, standfirst and dateline.

    Those are short paragraphs with no sentence end before the first paragraph that
    has one; the guide leaves headlines out of the reported claims.
    """
    for p_start, p_end in paragraphs(text):
        para = text[p_start:p_end]
        if SENTENCE_END_RE.search(para) or len(para.split()) > _MAX_HEADLINE_WORDS:
            return p_start
    return 0


def extract_reported(text: str, *, book: NameBook | None = None) -> list[Reported]:
    """Find the reported claims of an article, each with its speaker.

    Args:
        text: The article's text.
        book: The article's named people (built from ``text`` if not given).

    Returns:
        Claims in text order; quoted words are left to
        :func:`sourcetrace.quotes.extract_quotes` (a claim may hold a short quoted phrase).
    """
    book = book or NameBook(text)
    quotes = SpanIndex(quoted_spans(text))  # bisected, not scanned, per cue and claim
    out: list[Reported] = []
    body = _headline_end(text)
    for s_start, s_end in story_sentences(text):
        if s_start < body:
            continue  # a headline or standfirst, not reported speech in the story
        before = len(out)
        founds, first = _speaking(text, book, s_start, s_end, quotes, out)
        for i, found in enumerate(founds):
            _add(text, book, quotes, found, s_start, out, first if i == 0 else None)
            if out:
                _note_speaker(book, out[-1].speaker)
        if len(out) == before and (passive := _passive_finding(text, s_start, s_end, quotes)):
            out.append(passive)
    return out


# A finding told in the passive ("Two types of the drug were found to carry the highest
# risks", "No evidence was found to support …"): the story's study found it, and the
# claim is the whole clause, its subject included.
_PASSIVE_FOUND_RE = re.compile(
    r"\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|not\s+)?"
    # "found to" a verb ("was found to reduce"), not a place ("found to the rear of a
    # house"); "found as likely as" or "as the most common", not "as police searched"
    r"found\s+(?:to\s+(?!(?:the|a|an|his|her|their|its|this|that|these|those|north|south|"
    r"east|west)\b)|as\s+(?:the|a|an|being|\w+\s+as)\b)"
)
# A study or another document the story reports on: without one, "was found to" tells
# what someone found, not a finding of research ("The body was found to have …").
_STUDY_IN_STORY_RE = re.compile(
    r"\b(?:study|studies|research|trial|report|analysis|survey|paper|review)\b", re.IGNORECASE
)
# Most words of a lead-in closed by a comma before the clause ("However,", "In this
# study,"): not part of the claim.
_MAX_LEAD_IN_WORDS = 4


@lru_cache(maxsize=4)
def _names_a_study(text: str) -> bool:
    """Whether the story names a study or another document (read once a story)."""
    return _STUDY_IN_STORY_RE.search(text) is not None


def _passive_finding(text: str, s_start: int, s_end: int, quotes: SpanIndex) -> Reported | None:
    """A sentence reporting a finding in the passive, as a claim of the story's study.

    Used only for a sentence with no attribution of its own. The speaker is the study
    by the fullest name the story gives its one publication ("study published in The
    BMJ"), else "study".
    """
    m = _PASSIVE_FOUND_RE.search(text, s_start, s_end)
    if m is None or _inside_quote(quotes, m.start()) or not _names_a_study(text):
        return None
    start = s_start
    comma = text.find(",", s_start, m.start())
    if comma >= 0 and len(text[s_start:comma].split()) <= _MAX_LEAD_IN_WORDS:
        start = comma + 1
    c_start, c_end = _trim(text, start, s_end)
    if len(text[c_start:c_end].split()) < _MIN_WORDS:
        return None
    if _quoted_share(quotes, c_start, c_end) > _MAX_QUOTED:
        return None
    study = fullest_document(text, "study", "the study")
    return Reported(
        text=text[c_start:c_end],
        start=c_start,
        end=c_end,
        speaker=Speaker(study, None, None, None),
        cue="found",
    )


# Most words read as cues with nobody to say them that one sentence skips ("If
# confirmed, … stressed teenagers …, according to the study"); each skip reads the
# sentence once more, so the bound keeps a hostile sentence's work linear.
_MAX_SKIPPED_CUES = 3


def _speaking(
    text: str, book: NameBook, s_start: int, s_end: int, quotes: SpanIndex, out: list[Reported]
) -> tuple[list[Found], Speaker | None]:
    """The attributions of one sentence, past words read as cues that nobody says.

    A participle, an adjective or an infinitive can read as a cue ("… for stressed
    teenagers who …, according to the study", "If confirmed, their finding …, they
    added", "… help women find tumours early, say doctors"); when the first cue of a
    sentence has no speaker, the sentence's later cues are read instead of losing it.

    Returns:
        The attributions, and the speaker of the first (None when there is none).
    """
    skip = 0
    for _ in range(_MAX_SKIPPED_CUES + 1):
        found = _find_all(text, s_start, s_end, quotes, skip)
        if not found:
            return [], None
        speaker = claim_speaker(text, book, found[0], s_start, out[-1].speaker if out else None)
        if speaker is not None:
            return found, speaker
        skip = found[0].cue_end
    return [], None


def _note_speaker(book: NameBook, speaker: Speaker) -> None:
    """Note a person named as a claim's speaker, for the pronouns after it.

    "There are other issues, says Jim Mills …. The cost … is prohibitive, he adds": the
    "he" is the person named by the claim before, as after a quotation. Speakers are kept
    in text order (the quotations' were noted first).
    """
    name, at = speaker.name, speaker.mention_start
    if name is None or at is None or name not in book.known or _is_body(name):
        return
    if (speaker.mention or "").strip().lower() in PRONOUNS:
        return  # only a person named in full or by surname, not one read from "he"
    if (at, name) not in book.speakers:
        bisect.insort(book.speakers, (at, name))


# A conjunction left at the end of a claim cut before the next one's subject.
_TRAILING_JOIN_RE = re.compile(r"[\s,]+(?:but|and|or|so|while|as)?[\s,]*$", re.IGNORECASE)
# Most attributions taken from one sentence (a transcript's paragraph is one sentence).
_MAX_PER_SENTENCE = 12


def _find_all(text: str, s_start: int, s_end: int, quotes: SpanIndex, skip: int = 0) -> list[Found]:
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
        or not _is_cue(m.group(1))
        or len(text[lo : m.start()].split()) > _MAX_RELATIVE_SPEAKER
        or any(ch in text[lo : m.start()] for ch in ",;:")
        or _inside_quote(quotes, m.end())
        or _WH_RE.match(text, m.end())
    ):
        return found
    return dataclasses.replace(found, mention=(lo, m.start()), more=(m.end(), s_end))


def _add(
    text: str,
    book: NameBook,
    quotes: SpanIndex,
    found: Found,
    s_start: int,
    out: list[Reported],
    speaker: Speaker | None = None,
) -> None:
    """Append the claims of one attribution to ``out``, if its speaker can be one.

    ``speaker``, when given, is the attribution's speaker already read for ``out``.
    """
    if speaker is None:
        speaker = claim_speaker(text, book, found, s_start, out[-1].speaker if out else None)
    if speaker is not None:
        for lo, hi in _pieces(text, found):
            c_start, c_end = _trim(text, lo, hi)
            if len(text[c_start:c_end].split()) < _MIN_WORDS:
                continue
            if _quoted_share(quotes, c_start, c_end) > _MAX_QUOTED:
                continue
            out.append(
                Reported(
                    text=text[c_start:c_end],
                    start=c_start,
                    end=c_end,
                    speaker=speaker,
                    cue=found.cue,
                )
            )
