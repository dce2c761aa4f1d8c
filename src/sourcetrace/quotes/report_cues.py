"""Whether a word reports speech where it stands: a reporting cue, or not one here.

"said", "warned", "found" are cues wherever they stand; a verb whose form is also a noun,
an imperative or an infinitive ("states", "add", "note") is one only before "that" or
closing its sentence; a belief verb ("fear", "hope") only before a clause. A cue after a
passive auxiliary, a determiner, a comparison, "to" or a first-person subject reports
nobody's claim (:func:`not_a_report`).
"""

from __future__ import annotations

import re

from sourcetrace.quotes.reported_common import DOCUMENTS
from sourcetrace.quotes.spans import sentence_ends
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


# "according to" in the sense "in line with": after a verb that sorts or varies
# something in its own clause ("divided participants into five groups according to …",
# "adjust their intake according to their appetite level", "may vary according to the
# time of day"), or before a question word ("according to how many servings …"), it
# names a measure, not who said something.
_SORTS_OR_VARIES_RE = re.compile(
    r"\b(?:var(?:y|ies|ied|ying)|differ(?:s|ed|ing)?|adjust(?:s|ed|ing)?|"
    r"divid(?:e|es|ed|ing)|group(?:s|ed|ing)?|sort(?:s|ed|ing)?|"
    r"classif(?:y|ies|ied|ying)|categori[sz](?:e|es|ed|ing)|rank(?:s|ed|ing)?|"
    r"stratif(?:y|ies|ied|ying)|tailor(?:s|ed|ing)?|adapt(?:s|ed|ing)?|"
    r"fluctuat(?:e|es|ed|ing)|split(?:s|ting)?)\b[^,;:.!?()\n]*$",
    re.IGNORECASE,
)
_QUESTION_NEXT_RE = re.compile(r"\s+(?:how|what|whether|which|where|when|why)\b", re.IGNORECASE)
# Characters before "according to" read for a verb that sorts or varies.
_SORT_REACH = 80


def in_line_with(text: str, cue: re.Match[str]) -> bool:
    """Whether an "according to" cue means "in line with" here, not "as X says".

    >>> import re
    >>> t = "They divided the children into groups according to how much they ate."
    >>> in_line_with(t, re.search("according to", t))
    True
    >>> t = "People who are stressed tend to be fatter according to new research."
    >>> in_line_with(t, re.search("according to", t))
    False
    """
    if not cue.group().lower().startswith("according"):
        return False
    before = text[max(0, cue.start() - _SORT_REACH) : cue.start()]
    return (
        _QUESTION_NEXT_RE.match(text, cue.end()) is not None
        or _SORTS_OR_VARIES_RE.search(before) is not None
    )


def cue_here(text: str, cue: re.Match[str]) -> bool:
    """Whether the word ``cue`` matched reports speech where it stands."""
    word = cue.group()
    if in_line_with(text, cue):
        return False
    if is_cue(word):
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


def is_cue(word: str) -> bool:
    """Whether ``word`` reports speech wherever it stands ("said", "called on", "according")."""
    low = word.lower()
    return low in _REPORTING or low.startswith(("called", "calls", "calling", "according"))


# Auxiliaries that make a reporting verb passive ("vitamin D is added to bread", "has been
# shown"): a description of the thing, not something someone claimed.
_PASSIVE = word_set("is are was were be been being get gets got it's")

# Words before a reporting word that make it a noun ("these anecdotal reports").
_NOUN_BEFORE = word_set("the these those a an its their his her our such anecdotal early")

# Words between a first-person subject and its cue ("I possibly do not think").
_HEDGE_WORDS = word_set("do does did not don't really possibly just also still personally")


def not_a_report(text: str, start: int, at: int) -> bool:
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
