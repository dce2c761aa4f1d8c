"""Differences between a quotation and its source that are not changes of wording.

A newspaper that writes "10 per cent" for the release's "10%", "organize" for
"organise" or "World Health Organization (WHO)" for "WHO" quotes the same words.
Neither is the source's own attribution between two quoted sentences (``…," said Dr
Ziegler. "…``) a word the quotation dropped: it is where the quotation was interrupted,
an omission. :func:`equivalent` and :func:`attribution_gap` tell these
apart from real edits. A contraction ("wasn't" / "was not") and a number written the
other way ("one" / "1", ``equivalent`` only with ``numerals``) stay edits, as the
annotation guide lists them, but edits that cannot change the meaning.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sourcetrace.quotes.cues import CUE_VERBS
from sourcetrace.text import word_set

_NUMBERS = {
    "zero": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "eleven": "11",
    "twelve": "12",
    "twenty": "20",
    "thirty": "30",
    "forty": "40",
    "fifty": "50",
    "hundred": "100",
}
_CONTRACTIONS = (
    (re.compile(r"\bcan['’]t\b"), "can not"),
    (re.compile(r"\bcannot\b"), "can not"),
    (re.compile(r"\bwon['’]t\b"), "will not"),
    (re.compile(r"n['’]t\b"), " not"),
    (re.compile(r"['’]re\b"), " are"),
    (re.compile(r"['’]ll\b"), " will"),
    (re.compile(r"['’]ve\b"), " have"),
    (re.compile(r"['’]m\b"), " am"),
    (re.compile(r"['’]d\b"), " would"),
    (re.compile(r"\b(it|that|there|what|he|she|who|here)['’]s\b"), r"\1 is"),
)
# British spellings and their American forms, as regular endings.
_SPELLING = (
    (re.compile(r"is(e|es|ed|ing|ation|ations)$"), r"iz\1"),
    (re.compile(r"ys(e|es|ed|ing)$"), r"yz\1"),
    (re.compile(r"our(s|ed|ing|ite|ites|able)?$"), r"or\1"),
    (re.compile(r"tre(s)?$"), r"ter\1"),
    (re.compile(r"ll(ed|ing|er|ers)$"), r"l\1"),
    (re.compile(r"ae"), "e"),
    (re.compile(r"oe(?=[a-z])"), "e"),
    (re.compile(r"ogue(s)?$"), r"og\1"),
    (re.compile(r"ence$"), "ense"),
    # The British keep a silent e before -ing and -ment ("ageing", "judgement").
    (re.compile(r"([gd])e(ing|ment|ments)$"), r"\1\2"),
)
_PERCENT = re.compile(r"\bper\s*cent\b|\bpercent\b|%")
# A magnitude written as a letter after the figure ("500m", "£1.2bn", "$3 bn") is the
# word the other side spells out ("500 million"). "m" only when it touches the figure
# (spaced, it is a metre); "k" stays itself (a thousand, or a kilometre run).
_MAGNITUDE = re.compile(r"(?<=\d)(?:(mn|m)|\s?(bn)|\s?(tn|trn))\b")
_MAGNITUDE_WORDS = {
    "mn": "million",
    "m": "million",
    "bn": "billion",
    "tn": "trillion",
    "trn": "trillion",
}
_WORD = re.compile(r"[a-z0-9]+")
# Words that report speech, as they stand in a source's attribution ("said Dr Ziegler"):
# every form a cue takes ("…,” they add. “…", "write the researchers"), and a few more.
_REPORTING = CUE_VERBS | word_set("according commented comments emphasises")
_OPENERS = "\"“‘'«„"
_CLOSERS = "\"”’'»“"
_MAX_ATTRIBUTION_WORDS = 16
# A longer attribution is one still when it is a single sentence: the speaker's name and
# roles ('," explains lead author Dr X (UCL Institute of Neurology), senior research
# associate at the Department of … and neurologist. "'), no sentence ending inside it.
_MAX_ATTRIBUTION_SENTENCE_WORDS = 48
_INNER_END_RE = re.compile(r"[.!?]\s|\n")


# Cached (a pure function of its word): a quotation's words are compared with many source
# windows, so the same words are respelt thousands of times a story.
@lru_cache(maxsize=8192)
def _spell(word: str) -> str:
    if word.isdigit() or len(word) < 5:
        return word
    for pattern, repl in _SPELLING:
        word = pattern.sub(repl, word)
    return word


def canonical(text: str, *, contractions: bool = False, numerals: bool = True) -> str:
    """The words of ``text`` with forms that do not change wording made alike.

    Lower case, "per cent"/"percent"/"%" as one sign, a magnitude letter after a figure
    as its word ("500m" / "500 million") and British spellings as American ones; with
    ``numerals`` (the default) number words as digits, and with ``contractions``, "it's"
    as "it is". Words joined by single spaces.
    """
    if len(text) > _MAX_CACHED:
        return _canonical.__wrapped__(text, contractions, numerals)
    return _canonical(text, contractions, numerals)


# Texts up to this long are cached: the edge and context words alignment compares (a
# few words each) are, and the cache stays small whatever the text.
_MAX_CACHED = 400


# Cached: alignment compares the same edge and context words of a quotation several
# times (:func:`equivalent`, then :func:`contraction_only`, per candidate window).
@lru_cache(maxsize=4096)
def _canonical(text: str, contractions: bool, numerals: bool) -> str:
    low = text.lower().replace("’", "'")
    if contractions:
        for pattern, repl in _CONTRACTIONS:
            low = pattern.sub(repl, low)
    low = _PERCENT.sub(" pct ", low)
    low = _MAGNITUDE.sub(_magnitude_word, low)
    out = []
    for w in _WORD.findall(low):
        out.append(_NUMBERS[w] if numerals and w in _NUMBERS else _spell(w))
    return " ".join(out)


def _magnitude_word(m: re.Match[str]) -> str:
    return " " + _MAGNITUDE_WORDS[m.group(m.lastindex or 0)]


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w not in {"of", "the", "and", "for", "in", "on"})


def equivalent(source_text: str, quote_text: str, *, numerals: bool = True) -> bool:
    """Whether two wordings differ only in form (per cent, spelling, and numbers).

    Also an abbreviation the other side spells out ("WHO" / "World Health Organization").
    With ``numerals`` false, "one" and "1" are different words.
    """
    a = canonical(source_text, numerals=numerals)
    b = canonical(quote_text, numerals=numerals)
    if a == b or a.replace(" ", "") == b.replace(" ", ""):
        return True
    for short, long in ((source_text, quote_text), (quote_text, source_text)):
        bare = short.strip(" ()")
        if bare.isupper() and 2 <= len(bare) <= 6 and bare.isalpha():
            words = canonical(long).split()
            if _initials(words).upper() == bare:
                return True
    return False


def contraction_only(source_text: str, quote_text: str) -> bool:
    """Whether two wordings differ only by a contraction ("was not" / "wasn't").

    Still an edit (the guide lists it), but one that cannot change the meaning.
    """
    a = canonical(source_text, contractions=True)
    return a == canonical(quote_text, contractions=True) and canonical(source_text) != canonical(
        quote_text
    )


#: A dropped or added conjunct ("wealthier patients and their families"): who the
#: statement is about changes.
_CONJUNCT_RE = re.compile(r"^(?:and|or|nor)\s+\S", re.I)


def changes_who(source_text: str, quote_text: str) -> bool:
    """Whether an insert or delete adds or drops a coordinated phrase of two words or more."""
    one_sided = quote_text if not source_text else source_text if not quote_text else ""
    return bool(one_sided) and bool(_CONJUNCT_RE.match(one_sided.strip()))


def attribution_gap(doc_text: str, start: int, end: int) -> bool:
    """Whether source words ``[start, end)`` are the source's own attribution between quotes.

    True when the words a quotation lacks stand between a closing and an opening quotation
    mark of the source (``…," said Dr Ziegler. "…``), hold a reporting verb and are few
    (``_MAX_ATTRIBUTION_WORDS``, or ``_MAX_ATTRIBUTION_SENTENCE_WORDS`` in one sentence:
    a name with its roles): the quotation joined two quoted segments of the source, it
    did not drop words.
    """
    if end <= start:
        return False
    lo = start
    while lo > 0 and not doc_text[lo - 1].isalnum() and start - lo < 6:
        lo -= 1
    hi = end
    while hi < len(doc_text) and not doc_text[hi].isalnum() and hi - end < 6:
        hi += 1
    before, gap, after = doc_text[lo:start], doc_text[start:end], doc_text[end:hi]
    closes = any(c in _CLOSERS for c in before) or any(c in _CLOSERS for c in gap[:4])
    opens = any(c in _OPENERS for c in after) or any(c in _OPENERS for c in gap[-4:])
    gap_words = re.findall(r"[\w’'\-]+", gap)
    if not (closes and opens) or not gap_words:
        return False
    one_sentence = _INNER_END_RE.search(gap.strip(" \t\n\"“”'’.")) is None
    most = _MAX_ATTRIBUTION_SENTENCE_WORDS if one_sentence else _MAX_ATTRIBUTION_WORDS
    if len(gap_words) > most:
        return False
    return any(w.lower() in _REPORTING for w in gap_words)
