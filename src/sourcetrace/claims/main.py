"""Finding a text's main statements: headline, lede and the sentences stating the finding.

InSciOut's coders took a story's main statement to be the first statement of its finding:
usually the headline or the first sentence of the body, after the page furniture (bylines,
dates, "Share this article"). :func:`main_statements` returns those candidates in text
order with their role; :func:`main_statement` picks the one that best states a finding.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from sourcetrace.claims.aims import asked, within
from sourcetrace.claims.strength import find_cues
from sourcetrace.quotes.spans import paragraphs, sentence_ends
from sourcetrace.spaces import plain_spaces

Role = Literal["headline", "lede", "finding"]

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# Page furniture: bylines, dates, sharing and navigation lines.
_FURNITURE = re.compile(
    r"^(?:by\b|published|updated|last updated|share|email|comments?|follow|read more|"
    r"related|advertisement|image|photo|picture|getty|copyright|©|click|sign up|"
    r"have your say|listen|watch|\d{1,2}[:/.]\d{2}|(?:mon|tues|wednes|thurs|fri|satur|sun)day)",
    re.IGNORECASE,
)
_MONTH_DATE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}\b|"
    r"\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}\b",
    re.IGNORECASE,
)
# A line of prose ends a sentence: a full stop or "!", maybe inside closing quotes.
_PROSE_END = re.compile(r"""[.!](?:["'”’)\]]*)\s*$""")
#: Words that say a sentence reports a study's finding.
FINDING_WORDS = re.compile(
    r"\b(?:study|studies|research|researchers|scientists|experts|trial|analysis|review|"
    r"found|finds|find|suggests?|suggested|shows?|showed|shown|reveals?|revealed|"
    r"according to|report(?:s|ed)?|concluded|discovered|claims?)\b",
    re.IGNORECASE,
)

# A lede that speaks to the reader or sets a scene before the news ("If you're being
# snubbed …", "In the arms race between …") hooks; it does not state the finding.
_HOOK = re.compile(
    r"^\W*(?:if|when|whether|imagine|ever|in the|for (?:years|decades|centuries))\b",
    re.IGNORECASE,
)

# A sentence that opens with a quotation gives a speaker's words.
_QUOTED = re.compile(r"""\s*["“‘]""")


@dataclass(frozen=True, slots=True)
class Statement:
    """A main statement of a text.

    Attributes:
        start: Offset of the statement in the text.
        end: End offset.
        role: ``headline``, ``lede`` (first sentence of the body) or ``finding`` (a later
            sentence that states the study's finding).
    """

    start: int
    end: int
    role: Role


@dataclass(frozen=True, slots=True)
class MainPolicy:
    """Which sentences count as main statements.

    Attributes:
        min_words: Fewest words in a statement (shorter lines are furniture or labels).
        headline_max_words: Most words in a first line taken as the headline.
        findings: Most ``finding`` sentences returned besides the headline and the lede.
        search_sentences: How many sentences from the top findings are looked for in.
        prose_sentences: Fewest sentences in a line read as prose though it does not end
            one: a broadcast transcript's paragraphs are cut mid-sentence, while
            sub-headlines and captions are one or two sentences.
        prose_words: Fewest words in such a line (a photo caption of a few short
            sentences and a credit is not a transcript's paragraph).
    """

    min_words: int = 6
    headline_max_words: int = 30
    findings: int = 2
    search_sentences: int = 8
    prose_sentences: int = 3
    prose_words: int = 40


DEFAULT_MAIN_POLICY = MainPolicy()


def _lines(text: str) -> list[tuple[int, int]]:
    # The quotation stage's paragraphs: a line, or the lines of a hard-wrapped one.
    out = []
    for s, e in paragraphs(text):
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    # The quotation stage's splitter (:func:`sourcetrace.quotes.spans.sentence_ends`): one
    # rule for where a sentence ends, abbreviations ("E. coli", "Dr.") kept whole; a
    # statement ends after its closing quotation marks.
    out = []
    pos = start
    for cut in [*sentence_ends(text, start, end, closing_quotes=True), end]:
        while pos < cut and text[pos].isspace():
            pos += 1
        if cut > pos and text[pos:cut].strip():
            out.append((pos, cut))
        pos = cut
    return out


def _is_furniture(line: str, min_words: int) -> bool:
    n = len(line.split())
    if n < min_words:
        return True
    if _FURNITURE.match(line) or (n < 14 and _MONTH_DATE.search(line)):
        return True
    if n >= 8:
        return False
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > 0.8 * len(letters)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while e > s and text[e - 1] in " .\t\r\n":
        e -= 1
    return s, e


def main_statements(text: str, *, policy: MainPolicy = DEFAULT_MAIN_POLICY) -> list[Statement]:
    r"""Return a text's main statements in text order: headline, lede and findings.

    Args:
        text: A news story or a press release.
        policy: Which sentences count.

    Returns:
        The statements (at most one headline, one lede and ``policy.findings`` findings).

    Example:
        >>> text = "Tea cuts stroke risk\n\nBy A Writer\n\nTea may cut stroke risk, a study found."
        >>> [(s.role, text[s.start : s.end]) for s in main_statements(text)]
        [('headline', 'Tea cuts stroke risk'), ('lede', 'Tea may cut stroke risk, a study found')]
    """
    # Unicode spaces read as spaces and separators as line ends (offsets unchanged).
    return list(_main_statements(plain_spaces(text), policy))


@dataclass(frozen=True, slots=True)
class Layout:
    """Where a text's headline and body sentences are (what the main statements come from).

    Attributes:
        headline: The headline's span, or None.
        body: The body's sentences of at least ``min_words`` words, in text order (not
            trimmed), questions left out.
        loose: Those of ``body`` that sit in lines that are not prose (sub-headlines,
            standfirsts, captions).
    """

    headline: tuple[int, int] | None
    body: tuple[tuple[int, int], ...]
    loose: frozenset[tuple[int, int]]

    @property
    def lede(self) -> tuple[int, int] | None:
        """The first body sentence in a line of prose (else the first body sentence)."""
        first = self.body[0] if self.body else None
        return next((x for x in self.body if x not in self.loose), first)


def layout(text: str, *, policy: MainPolicy = DEFAULT_MAIN_POLICY) -> Layout:
    """Return where a text's headline and body sentences are, page furniture left out.

    Args:
        text: A news story or a press release.
        policy: Which lines are furniture, headline and prose.
    """
    return _layout(text, policy)


@lru_cache(maxsize=64)
def _layout(text: str, policy: MainPolicy) -> Layout:
    lines = _lines(text)
    headline: tuple[int, int] | None = None
    body: list[tuple[int, int]] = []
    loose: set[tuple[int, int]] = set()
    headline_done = False
    for s, e in lines:
        line = text[s:e]
        if _is_furniture(line, 3 if not headline_done else policy.min_words):
            continue
        sents = _sentences(text, s, e)
        n = len(line.split())
        if (
            not headline_done
            and headline is None
            and not body
            and len(sents) == 1
            and n <= policy.headline_max_words
            and not line.rstrip().endswith((".", "”", '"'))
        ):
            headline = _trim(text, s, e)
            headline_done = True
            continue
        headline_done = True
        # The body is prose: paragraphs that end a sentence, or long paragraphs of several
        # sentences cut mid-sentence (transcripts). Sub-headlines and captions between the
        # headline and the body are neither, and questions state no finding.
        prose = bool(_PROSE_END.search(line)) or (
            len(sents) >= policy.prose_sentences and n >= policy.prose_words
        )
        for a, b in sents:
            sent = text[a:b].rstrip()
            if len(sent.split()) >= policy.min_words and not sent.endswith("?"):
                body.append((a, b))
                if not prose:
                    loose.add((a, b))
    return Layout(headline, tuple(body), frozenset(loose))


@lru_cache(maxsize=64)
def _main_statements(text: str, policy: MainPolicy) -> tuple[Statement, ...]:
    lay = _layout(text, policy)
    out: list[Statement] = []
    if lay.headline is not None:
        out.append(Statement(*lay.headline, "headline"))
    lede = lay.lede
    if lede is not None:
        out.append(Statement(*_trim(text, *lede), "lede"))
    found = 0
    # Findings: later sentences, and sub-headlines before the lede, that report a finding.
    for a, b in lay.body[: policy.search_sentences + 1]:
        if (a, b) == lede:
            continue
        if found >= policy.findings:
            break
        sent = text[a:b]
        if _QUOTED.match(sent):
            continue  # a speaker's words about the finding, not the story's statement of it
        if FINDING_WORDS.search(sent) and any(h.code >= 1 for h in find_cues(sent)):
            out.append(Statement(*_trim(text, a, b), "finding"))
            found += 1
    return tuple(sorted(out, key=lambda st: st.start))


def main_statement(text: str, *, policy: MainPolicy = DEFAULT_MAIN_POLICY) -> Statement | None:
    """Return the statement that best states a text's finding (its "main claim").

    The lede when it states a relationship or reports a finding ("a study found"), else
    the first finding sentence, else the lede, else the headline. A lede that hooks the
    reader ("If you're being snubbed …") without reporting a study states no finding.
    """
    text = plain_spaces(text)
    found = main_statements(text, policy=policy)
    ledes = [st for st in found if st.role == "lede"]
    findings = [st for st in found if st.role == "finding"]
    for st in ledes:
        sent = text[st.start : st.end]
        if _asks_only(sent):
            continue  # the study's question ("… whether X causes Y"), not its finding
        if FINDING_WORDS.search(sent):
            return st
        if not _HOOK.match(sent) and any(h.code >= 1 for h in find_cues(sent)):
            return st
    pick = findings or ledes or found
    return pick[0] if pick else None


def _asks_only(sent: str) -> bool:
    """Whether a sentence's only relations are inside a question it asks."""
    spans = asked(sent)
    if not spans:
        return False
    hits = [h for h in find_cues(sent) if h.code >= 1]
    return bool(hits) and all(within(spans, h.start, h.end) for h in hits)


def sentence_spans(text: str, *, min_words: int = 3) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` spans of a text's sentences (lines split at sentence ends).

    Args:
        text: Any text.
        min_words: Fewest words in a sentence kept.
    """
    out = []
    for s, e in _lines(text):
        for a, b in _sentences(text, s, e):
            a, b = _trim(text, a, b)
            if len(text[a:b].split()) >= min_words:
                out.append((a, b))
    return out
