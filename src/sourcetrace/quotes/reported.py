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
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from sourcetrace.quotes.cues import PRONOUNS, Mention, mention_before, subject_before
from sourcetrace.quotes.groups import research_team
from sourcetrace.quotes.model import Quote, Reported, Speaker
from sourcetrace.quotes.names import NameBook, NameMention, _is_body
from sourcetrace.quotes.spans import SpanIndex, paragraphs, quoted_spans, sentence_ends
from sourcetrace.quotes.speakers import research_body
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
# Nouns of documents and bodies that speak as themselves ("the study found that").
_DOCUMENTS = word_set(
    """study studies research report review paper analysis survey trial trials findings
    results data evidence investigation inquiry authors team guidance guidelines
    post-mortems autopsies experiment"""
)
# People named only by their kind: a claim with no speaker name rather than a guess.
_GENERIC = word_set(
    """they researchers scientists experts doctors medics officials authors team critics
    campaigners others some many observers people investigators academics specialists
    we you i it this who which"""
)
# Reported speech tells what a third party said; "I think" is a transcript's own words.
_FIRST_PERSON = frozenset(["i", "we", "you", "me", "us"])
# The people of a research body the story names ("researchers", "the team"): the body.
_RESEARCHERS = word_set("researchers scientists team authors investigators academics")
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
_DETERMINERS_RE = re.compile(r"^(?:the|a|an|their|its|his|her|our|this|that|these|new)\s+", re.I)
_MIN_WORDS = 4
# Auxiliaries that make a reporting verb passive ("vitamin D is added to bread", "has been
# shown"): a description of the thing, not something someone claimed.
_PASSIVE = word_set("is are was were be been being get gets got it's")
# A cue followed by a question word reports a topic, not a claim ("explains why …").
_WH_RE = re.compile(r"(?:why|how|what|whether|where|when|which|who)\b", re.IGNORECASE)
# Words that open a clause before its subject ("But now researchers say").
_LEAD_WORDS = word_set(
    "but and so yet now however meanwhile also still then though although indeed instead"
)
# Words between a subject and its cue that leave the subject whole ("have now found").
_AUX_WORDS = word_set("have has had now also then further recently previously already")
# Most words of a plain subject ("the new research", "medics").
_MAX_PLAIN_SUBJECT = 5
# A headline or standfirst: a short paragraph with no sentence end, before the body.
_MAX_HEADLINE_WORDS = 30
_SENTENCE_END_RE = re.compile(r"[.!?][\"”’')\]]*\s*$")
_MAX_SUBJECT_WORDS = 10
# Most words of the subject of a cue closing its sentence ("…, a study of 700,000 women said").
_MAX_TRAILING_SUBJECT = 6
# A claim whose content is more than this share inside quotation marks is a quotation.
# A that-clause holding a partial quotation ("said the French researchers were
# “operating near the limits of …”") is still reported speech, as all five golds mark
# it (both a claim and a quotation); 0.7 was chosen leave-one-set-out over the five
# golds (0.5 before; 0.99 and above also keep lead-ins to whole quotations).
_MAX_QUOTED = 0.7


@dataclass(frozen=True, slots=True)
class _Found:
    cue: str
    cue_start: int
    cue_end: int
    c_start: int
    c_end: int
    mention: tuple[int, int] | None
    # A second claim of the same speaker ("…, the researchers said, and in 2011 …").
    more: tuple[int, int] | None = None


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
        if before is not None and before.group(1).lower() in _DOCUMENTS:
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


@lru_cache(maxsize=4)
def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    # Read once a story: its claims' loop and each "It found …" look-back share them.
    out = []
    for p_start, p_end in paragraphs(text):
        start = p_start
        for end in [*sentence_ends(text, p_start, p_end), p_end]:
            if end > start:
                out.append((start, end))
            start = end
    return tuple(out)


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
) -> _Found | None:
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
                    and len(first.split()) > _MAX_SUBJECT_WORDS // 2
                )
            ):
                # "…, according to X." and "…, according to X, a professor at …": the
                # claim comes first; what follows X's comma describes X.
                c_end = cue.start()
                return _Found(word, cue.start(), cue.end(), s_start, c_end, (cue.end(), s_end))
            if comma >= 0:
                return _Found(word, cue.start(), cue.end(), comma + 1, s_end, (cue.end(), comma))
            continue
        before = text[s_start : cue.start()]
        closed = before.rstrip().rstrip('”"’')
        # "Name, title at Body, said …": a subject and its description, not a claim.
        described = _parenthetical_subject(text, s_start, cue.start()) is not None
        if closed.endswith(",") and len(before.split()) > _MAX_SUBJECT_WORDS // 2 and not described:
            # "Claim, X said." : the cue closes the sentence with its subject; also after
            # a quoted end ("…, “is now undeniable,” concluded Jacobs.").
            tail = text[cue.end() : s_end].strip(" .,\n")
            comma = s_start + len(closed) - 1
            who = (comma + 1, cue.start())
            if len(tail.split()) <= 4:
                if not text[who[0] : who[1]].strip(' ”"’'):
                    who = (cue.end(), s_end)  # "Claim, said X."
                return _Found(word, cue.start(), cue.end(), s_start, comma, who)
            more = _AND_RE.match(text, cue.end(), s_end)
            if more is not None and text[who[0] : who[1]].strip(' ”"’'):
                # "Claim, the researchers said, and claim.": both are theirs.
                return _Found(
                    word, cue.start(), cue.end(), s_start, comma, who, (more.end(), s_end)
                )
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
                return _Found(word, cue.start(), cue.end(), s_start, comma, who)
        comma = s_start + before.rfind(", ")  # not the comma of "700,000"
        subject = text[comma + 1 : cue.start()]
        more = _AND_RE.match(text, cue.end(), s_end)
        if (
            comma >= s_start
            and not described
            and 0 < len(subject.split()) <= _MAX_TRAILING_SUBJECT
            and len(text[s_start:comma].split()) > _MAX_SUBJECT_WORDS // 2
            and (_short_tail(text, cue.end(), s_end) or more is not None)
            and not _inside_quote(quotes, comma)
        ):
            # "Claim, research suggests.", "Claim, a study of 700,000 women said Wednesday.",
            # "Claim, the researchers said, and claim."
            return _Found(
                word,
                cue.start(),
                cue.end(),
                s_start,
                comma,
                (comma + 1, cue.start()),
                None if more is None else (more.end(), s_end),
            )
        if len(before.split()) > _MAX_SUBJECT_WORDS + 4 and not described:
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
        return _Found(word, cue.start(), cue.end(), after, s_end, None)
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


def _pieces(text: str, found: _Found) -> list[tuple[int, int]]:
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
    while words and words[-1].group().lower() in _AUX_WORDS:
        words.pop()
    if not words:
        return None
    head = words[-1].group()
    low = head.lower()
    capital = head[:1].isupper() and low not in _LEAD_WORDS and low not in _FIRST_PERSON
    if low in {"he", "she"}:
        return base + words[-1].start(), base + words[-1].end()
    if not (capital or low in _RESEARCHERS or low in _DOCUMENTS or low in _PEOPLE):
        return None
    if low in _FIRST_PERSON or low in {"it", "this", "who", "which", "you", "they"}:
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
) -> _Found | None:
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
    return _Found(cue.group(), cue.start(), cue.end(), after, s_end, (subject.start, subject.end))


def _first_word(text: str, at: int) -> int:
    m = re.search(r"\w", text[at : at + 200])
    return at + m.start() if m else at


def _tight_find(
    text: str, s_start: int, s_end: int, cue: re.Match[str], quotes: SpanIndex
) -> _Found | None:
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
    return _Found(word, cue.start(), cue.end(), after, s_end, subject)


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
    words = _DETERMINERS_RE.sub("", phrase.strip()).split()
    if not words:
        return False
    kinds = _DOCUMENTS | _RESEARCHERS | _PEOPLE | _GENERIC
    return words[0][:1].isupper() or any(w.lower().strip(".,") in kinds for w in words[:2])


# Words before a reporting word that make it a noun ("these anecdotal reports").
_NOUN_BEFORE = word_set("the these those a an its their his her our such anecdotal early")
# Words between a first-person subject and its cue ("I possibly do not think").
_HEDGE_WORDS = word_set("do does did not don't really possibly just also still personally")


def _not_a_report(text: str, start: int, at: int) -> bool:
    """Whether the word before a cue shows it reports nobody's claim.

    A passive ("is added", "have it added"), a noun ("these anecdotal reports"), an
    infinitive ("to show them …") or a first-person subject ("I do not think": a
    transcript's speaker, not reported speech).
    """
    words = [w.lower().strip(",.;:") for w in text[max(start, at - 80) : at].split()]
    if not words:
        return False
    if words[-1] in _PASSIVE or words[-1] in _NOUN_BEFORE:
        return True
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


# Words whose "'s" is "is" or "has", not a possessive ("he's said that …").
_CONTRACTED_IS = word_set("it's he's she's that's there's who's what's here's where's one's")
# Verbs of the causative passive ("foods have it added").
_CAUSATIVE = word_set("have has had get gets got")


def _word_before(text: str, start: int, at: int) -> str:
    words = text[start:at].split()
    return words[-1].lower() if words else ""


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
    while words and words[0].group().lower() in _LEAD_WORDS:
        words.pop(0)
    while words and words[-1].group().lower() in _AUX_WORDS:
        words.pop()
    if not words or len(words) > _MAX_PLAIN_SUBJECT:
        return None
    head = words[-1].group().lower()
    if not (head in _RESEARCHERS or head in _DOCUMENTS or head in _GENERIC | _PEOPLE):
        return None
    if head in _FIRST_PERSON or head in {"it", "this", "who", "which", "you"}:
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
    while i < len(words) and words[i].group().lower() in _LEAD_WORDS:
        i += 1
    while i < len(words) and words[i].group().lower() in _HEAD_LEAD:
        i += 1
    if i >= len(words) - 1:
        return None
    head = words[i].group().lower()
    if not (head in _RESEARCHERS or head in _DOCUMENTS):
        return None
    if _MODIFIER_RE.match(text, lo + words[i].end()) is None:
        return None
    first = i
    while first > 0 and words[first - 1].group().lower() in _HEAD_LEAD:
        first -= 1
    return lo + words[first].start(), lo + words[i].end()


# Kinds of people who report findings, not a research body ("medics say").
_PEOPLE = word_set("medics doctors experts officials critics campaigners analysts")


def _headline_end(text: str) -> int:
    """Where a story's body starts: after its title lines, standfirst and dateline.

    Those are short paragraphs with no sentence end before the first paragraph that
    has one; the guide leaves headlines out of the reported claims.
    """
    for p_start, p_end in paragraphs(text):
        para = text[p_start:p_end]
        if _SENTENCE_END_RE.search(para) or len(para.split()) > _MAX_HEADLINE_WORDS:
            return p_start
    return 0


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


def _parenthetical_subject(text: str, start: int, cue: int) -> Mention | None:
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
    if not words or len(words) > _MAX_SUBJECT_WORDS:
        return None
    qualifier = _QUALIFIER_RE.search(text, lo, hi)
    head_end = qualifier.start() if qualifier is not None else hi
    head = text[lo:head_end].split()
    if head and head[-1].lower() in _DOCUMENTS | _RESEARCHERS:
        described = " ".join(m.group("description").split())
        if (
            qualifier is None
            and head[-1].lower() in _DOCUMENTS
            and _PUBLISHED_RE.match(described)
            and len(head) + len(described.split()) <= _MAX_SUBJECT_WORDS
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


def _fullest_document(text: str, bare: str, words: str) -> str:
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
    documents are named (:func:`_fullest_document`). Only a quotation with no speaker
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
        bare = _DETERMINERS_RE.sub("", mention)
        name = _fullest_document(text, bare, mention)
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
    while words and words[0].group().lower().strip(",") in _LEAD_WORDS:
        words.pop(0)
    while words and words[-1].group().lower() in _SUBJECT_TAIL:
        words.pop()
    if not words:
        return None
    return lo + words[0].start(), lo + words[-1].end()


# Common nouns that open a sentence capitalised ("Scientists at …", "Guidance from …").
_COMMON_OPENERS = (
    _RESEARCHERS | _DOCUMENTS | _GENERIC | _PEOPLE | word_set("lead senior chief guidance")
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
    if any(ch in phrase for ch in ',;:“”"') or len(phrase.split()) > _MAX_SUBJECT_WORDS + 2:
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
_NOT_BEFORE_WORK = _NOT_IN_NAME | _RESEARCHERS | _PEOPLE
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
_ADJECTIVE_NOUNS = _RESEARCHERS | _DOCUMENTS | _PEOPLE


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
    sents = _sentences(text)
    k = bisect_left(sents, (s_start,))
    for a, b in reversed(sents[max(0, k - _LOOK_BACK_SENTENCES) : k]):
        b = min(b, s_start)
        if not _SENTENCE_END_RE.search(text[a:b]):
            continue  # "RELATED CONTENT", a teaser line between paragraphs
        m = _DOC_OPENS_RE.match(text, a + len(text[a:b]) - len(text[a:b].lstrip()))
        if m is None:
            return None
        bare = _DETERMINERS_RE.sub("", m.group("words"))
        return _fullest_document(text, bare, m.group("words"))
    return None


# The last words of a body's or a work's name ("agency", "study").
_BODIES_AND_WORKS = _NAME_HEADS | _DOCUMENTS


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


def _speaker(
    text: str, book: NameBook, found: _Found, s_start: int, prev: Speaker | None = None
) -> Speaker | None:
    """The speaker of a claim; None when the sentence names nobody who can be the source."""
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
        paren = _parenthetical_subject(text, s_start, found.cue_start)
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
    if len(words.split()) > _MAX_SUBJECT_WORDS or words.strip().lower() in _FIRST_PERSON:
        return None  # "I think …", "you know …": the speaker's own words, not reported
    bare = _DETERMINERS_RE.sub("", words.strip())
    while len(bare.split()) > 1 and bare.split()[-1].lower() in _AUX_WORDS:
        # "a new study has found", "research has also shown": the auxiliary is no name.
        bare = bare.rsplit(None, 1)[0]
    dated = _TRAILING_ADVERB_RE.sub("", bare)
    if dated.split() and dated.split()[-1].lower() in _DOCUMENTS:
        bare = dated  # "a study Thursday": the study ("research published on Tuesday" stays)
    last = bare.split()[-1].lower() if bare.split() else ""
    first = bare.split()[0].lower() if bare.split() else ""
    if first in _INDEFINITE and len(bare.split()) > 1:
        return Speaker(None, words, *mention)  # "some scientists": not the study's
    if last in _RESEARCHERS and (group := _group_body(words, mention[0])) is not None:
        return Speaker(group.text, words, *mention)  # "according to Oxford University researchers"
    if last in _RESEARCHERS or bare.lower() == "they":
        # "They found …" in a story about its researchers is the same group.
        # The group is named as the story ties it (as its quotations are), else the
        # one research body the story names.
        team = research_team(text, lists=True)
        return Speaker(team.name if team.tied else research_body(text), words, *mention)
    if bare.lower() in _IT:
        if prev is not None and (
            prev.name in _DOCUMENTS  # "The study found …. It also found …"
            or _body_just_before(text, prev, s_start)  # "The agency says …. But it says …"
        ):
            return Speaker(prev.name, words, *mention)
        doc = _document_before(text, s_start)
        if doc is not None:
            return Speaker(doc, words, *mention)
    if last in _GENERIC or bare.lower() in _GENERIC:
        return Speaker(None, words, *mention)
    if last in _DOCUMENTS:
        return Speaker(_fullest_document(text, bare, words), words, *mention)
    name = book.resolve(words, mention[0])
    if name is None and any(w.lower() in _DOCUMENTS for w in bare.split()):
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
        if (
            word.lower() in _DOCUMENTS
            and words[i + 1].lower() not in _DOCUMENT_GOES_ON | _DOCUMENTS
        ):
            return " ".join(words[: i + 1])
    return bare


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
    for s_start, s_end in _sentences(text):
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
    study = _fullest_document(text, "study", "the study")
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
) -> tuple[list[_Found], Speaker | None]:
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
        speaker = _speaker(text, book, found[0], s_start, out[-1].speaker if out else None)
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


def _find_all(
    text: str, s_start: int, s_end: int, quotes: SpanIndex, skip: int = 0
) -> list[_Found]:
    """Every attribution of one sentence: the first, then each further cue in its claim.

    A claim running to the sentence's end ends where the subject of a further cue
    starts ("David Cameron claims … reforms the Prime Minister says …"). With ``skip``,
    cues before that offset are not read (the sentence still starts at ``s_start``).
    """
    found = _find(text, s_start, s_end, quotes, skip=skip)
    if found is not None:
        found = _relative_report(text, s_end, found, quotes)
    out: list[_Found] = []
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


def _relative_report(text: str, s_end: int, found: _Found, quotes: SpanIndex) -> _Found:
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
    found: _Found,
    s_start: int,
    out: list[Reported],
    speaker: Speaker | None = None,
) -> None:
    """Append the claims of one attribution to ``out``, if its speaker can be one.

    ``speaker``, when given, is the attribution's speaker already read for ``out``.
    """
    if speaker is None:
        speaker = _speaker(text, book, found, s_start, out[-1].speaker if out else None)
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
