"""Attribution cues ("said", "told", "according to") and the speaker mentions beside them.

Everything here works on one stretch of text (the words before or after a quotation, or
a sentence) and returns character offsets into the full text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from sourcetrace.text import word_set

_VERBS = """
say said says saying tell told tells add added adds ask asked asks write wrote writes
written note noted notes explain explained explains declare declared declares warn warned
warns urge urged urges state stated states claim claimed claims tweet tweeted tweets post
posted posts continue continued continues reply replied replies respond responded
responds recall recalled recalls acknowledge acknowledged acknowledges admit admitted
admits announce announced announces concede conceded concedes complain complained
complains predict predicted predicts suggest suggested suggests report reported reports
quip quipped quips joke joked jokes boast boasted boasts vow vowed vows promise promised
promises charge charged charges contend contended contends testify testified testifies
conclude concluded concludes observe observed observes remark remarked remarks shout
shouted shouts chant chanted chants cry cried cries answer answered answers allege alleged
alleges assert asserted asserts emphasize emphasized emphasizes emphasise emphasised
stress stressed stresses maintain maintained maintains retort retorted retorts counter
countered counters demand demanded demands plead pleaded pleads pledge pledged pledges
proclaim proclaimed proclaims reiterate reiterated reiterates reveal revealed reveals
deny denied denies insist insisted insists argue argued argues describe described
describes call called calls dub dubbed dubs label labeled labelled labels brand branded
brands mock mocked mocks blast blasted blasts slam slammed slams accuse accused accuses
praise praised praises lament lamented laments muse mused muses agree agreed agrees
estimate estimated estimates threaten threatened threatens confirm confirmed confirms
recount recounted recounts read reads wonder wondered wonders think thinks thought believe
believes believed hope hopes hoped mean meant means exclaim exclaimed exclaims interject
interjected mutter muttered whisper whispered yell yelled scream screamed sing sang sings
learn learned learnt propose proposed proposes recommend recommended recommends
calling saying telling adding arguing noting warning insisting claiming promising vowing
urging asking accusing labeling labelling dubbing branding declaring writing predicting
suggesting describing explaining stressing tweeting posting quipping joking boasting
complaining charging demanding pledging proclaiming reiterating mocking blasting slamming
praising lamenting threatening confirming denying admitting acknowledging announcing
conceding insist cite cited cites citing highlight highlighted highlights react reacted
reacts bemoan bemoaned bemoans decry decried decries criticize criticized criticizes
criticise criticised condemn condemned condemns rebuke rebuked rebukes dismiss dismissed
dismisses hail hailed hails welcome welcomed welcomes reject rejected rejects question
questioned questions challenge challenged challenges defend defended defends caution
cautioned cautions signal signaled signalled signals indicate indicated indicates hint
hinted hints speculate speculated speculates scoff scoffed scoffs sniff sniffed lash
lashed railed rail rails fume fumed fumes gush gushed gushes tout touted touts marvel
marveled marvelled snap snapped snaps chime chimed retorted opine opined opines
"""
CUE_VERBS = word_set(_VERBS)
_PHRASES = (
    r"according\s+to",
    r"in\s+the\s+words\s+of",
    r"pointed\s+out",
    r"points\s+out",
    r"went\s+on",
    r"goes\s+on",
    r"made\s+clear",
    r"has\s+learned",
    r"(?:called|calls|calling)\s+on",
    r"(?:called|calls)\s+for",
)
CUE_RE = re.compile(
    r"\b(?:"
    + "|".join(_PHRASES)
    + r"|"
    + "|".join(sorted(CUE_VERBS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
PRONOUNS = word_set("he she they i we it you who")
_DISCOURSE = word_set(
    """however perhaps but and meanwhile still yet also instead indeed now then so later
    earlier moreover furthermore in on at as after before when while since if though
    although because thus therefore otherwise besides nevertheless nonetheless finally
    first second third last next today yesterday tonight tomorrow here there this that
    these those such many some most several few all both each every other another one
    two three asked told said says january february march april may june july august
    september october november december monday tuesday wednesday thursday friday saturday sunday"""
)
_PERSON_NOUNS = word_set(
    """advocate official spokesperson candidate nominee source aide staff campaign
    committee group party chief head president people voters adviser advisor expert
    analyst critic supporter leader member members official officials spokesman
    spokeswoman team administration government ministry department office agency
    statement report poll survey study letter memo police authorities prosecutors lawyer
    lawyers attorney attorneys judge court senator governor mayor minister secretary
    director chairman chairwoman chair founder executive ceo host anchor reporter editor
    author writer organizer organizers activist activists protester protesters resident
    residents voter crowd audience friend friends father mother wife husband son
    daughter brother sister aides sources man woman men women person user users boy girl
    child children kid kids guy fan fans viewer viewers caller citizen citizens worker
    workers employee employees student students teacher doctor nurse soldier veteran
    veterans mom dad parent parents column newspaper paper company firm network website
    site magazine ad ads release document filing complaint lawsuit ruling order opinion
    transcript tweet post video email emails book memoir speech interview union coalition
    organization foundation association council board panel commission caucus
    spokespeople insider insiders observer observers delegate delegates donor donors
    lawmaker lawmakers legislator legislators representative congressman congresswoman
    republican republicans democrat democrats conservative conservatives liberal liberals
    officer officers agent agents investigator investigators"""
)
_STOP_AFTER = word_set(
    """in on at during to that as while when after before who which whose where because
    about since with from for of by if but and or than this last earlier later then
    yesterday today tonight tomorrow monday tuesday wednesday thursday friday saturday
    sunday recently previously also"""
)
_SKIP_BEFORE = word_set(
    """also later then once again previously recently earlier still has have had had would
    will could may might just already further then only even often repeatedly yesterday
    today tonight has"""
)
# A time closing the words before a cue ("… last month", "… on Monday").
TIME_BEFORE_CUE_RE = re.compile(
    r"(?:\s+(?:on|last|this|late|early)\s+(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|week|month|year|night|morning|afternoon|evening))+\s*$",
    re.IGNORECASE,
)
_WORD_RE = re.compile(r"\w[\w’'.\-]*")
_CONTRACTION_RE = re.compile(r"[’'](?:s|re|ll|d|ve|m)$", re.IGNORECASE)


def _bare(token: str) -> str:
    """Lower-case a token and drop a contraction: "he’s" -> "he"."""
    return _CONTRACTION_RE.sub("", token.lower().rstrip("."))


_DETERMINERS = word_set(
    "the a an his her their its our this that these those one another some many several "
    "two three four five most other both each every any few no"
)


@dataclass(frozen=True, slots=True)
class Mention:
    """A speaker mention: its text and offsets in the full text."""

    text: str
    start: int
    end: int

    @property
    def is_pronoun(self) -> bool:
        """True for he, she, they and the like."""
        return self.text.lower() in PRONOUNS


@dataclass(frozen=True, slots=True)
class Cue:
    """An attribution cue and the speaker mention it introduces (if any)."""

    text: str
    start: int
    end: int
    mention: Mention | None


def _looks_like_speaker(words: list[str]) -> bool:
    if not words:
        return False
    if len(words) == 1 and _bare(words[0]) in PRONOUNS:
        return True
    lowered = [w.lower().rstrip(".") for w in words]
    if len(words) == 1 and lowered[0] in _DISCOURSE:
        return False
    if lowered[-1] in CUE_VERBS and lowered[0] not in _DETERMINERS:
        return False
    if any(w[:1].isupper() for w in words) and not all(w in _DISCOURSE for w in lowered):
        return True
    if lowered[0] in _DETERMINERS and any(
        _bare(w) in _PERSON_NOUNS or _bare(w).removesuffix("s") in _PERSON_NOUNS
        for w in lowered[1:]
    ):
        return True  # "a source involved", "the spokesman himself"
    return lowered[0] in _DETERMINERS and person_noun(lowered[-1])


def person_noun(word: str) -> bool:
    """Whether a common noun names who can speak: "spokesman", "officials", "the paper"."""
    head = _bare(word)
    return (
        head in _PERSON_NOUNS
        or head.removesuffix("s") in _PERSON_NOUNS
        or head.endswith(("er", "or", "ist", "ian", "ers", "ors", "ists", "ians", "ant", "ants"))
    )


def mention_after(text: str, start: int, end: int) -> Mention | None:
    """Return the speaker mention that opens ``text[start:end]`` ("the rights defender")."""
    words: list[re.Match[str]] = []
    for m in _WORD_RE.finditer(text, start, end):
        gap = text[words[-1].end() : m.start()] if words else text[start : m.start()]
        if words and (any(c in gap for c in ',.;:!?()—–"“”') or "\n" in gap):
            break
        if not words and (gap.strip() or m.group().lower() in _STOP_AFTER):
            return None
        word = m.group().rstrip(".")
        if words and word.lower() in _STOP_AFTER:
            break
        if word.lower() in CUE_VERBS and words:
            break
        words.append(m)
        if len(words) >= 7:
            return None
    if not words:
        return None
    tokens = [w.group() for w in words]
    if not _looks_like_speaker(tokens):
        return None
    s, e = words[0].start(), words[-1].end()
    if text[e - 1] == "." and not re.search(r"\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Jr|Sr|St)\.$", text[s:e]):
        e -= 1
    if tokens[0].lower() in _DETERMINERS:
        named = _APPOSITIVE_AFTER_RE.match(text, e, end)
        if named is not None:
            e = named.end(1)
    return Mention(text[s:e], s, e)


_APPOSITIVE_BEFORE_RE = re.compile(
    r"(?:^|(?<=[\s(—–]))((?:[A-Z][\w’'.\-]*\s+)*[A-Z][\w’'\-]*),\s+[^,.;:“”\"]{1,80},\s*$"
)
_RELATIVE_BEFORE_RE = re.compile(
    r"(?:^|(?<=[\s(—–]))((?:[A-Z][\w’'.\-]*\s+)*[A-Z][\w’'\-]*),\s+(?:who|whose)\s[^,;:“”\"]{1,200},\s*$"
)
_APPOSITIVE_AFTER_RE = re.compile(r",\s+((?:[A-Z][\w’'.\-]*\s+)*[A-Z][\w’'\-]*)(?=\s*[,.;]|\s*$)")


def mention_before(text: str, start: int, end: int) -> Mention | None:
    """Return the speaker mention that closes ``text[start:end]`` ("Gegham Stepanyan").

    In "John Smith, the governor, said", the mention is the name before the appositive.
    """
    appositive = _APPOSITIVE_BEFORE_RE.search(text, start, end) or _RELATIVE_BEFORE_RE.search(
        text, start, end
    )
    if appositive is not None:
        s, e = appositive.span(1)
        return Mention(text[s:e], s, e)
    while end > start and text[end - 1] in " \t,":
        end -= 1
    chunk = text[start:end]
    chunk = TIME_BEFORE_CUE_RE.sub("", chunk)
    words = list(_WORD_RE.finditer(chunk))
    while words and (
        words[-1].group().lower() in _SKIP_BEFORE | _STOP_AFTER - {"who"}
        or (words[-1].group().endswith("ly") and words[-1].group().islower())
    ):
        if words[-1].group()[:1].isupper():
            break
        words.pop()
    picked: list[re.Match[str]] = []
    tail = words[-1].end() if words else len(chunk)
    for m in reversed(words):
        after = picked[-1].start() if picked else tail
        gap = chunk[m.end() : after]
        if picked and (any(c in gap for c in ',;:!?()—–"“”') or "\n" in gap):
            break
        if (
            picked
            and re.search(r"[.!?]\s*$", m.group())
            and m.group()[:-1].lower()
            not in {
                "mr",
                "mrs",
                "ms",
                "dr",
                "jr",
                "sr",
                "st",
                "sen",
                "rep",
                "gov",
                "gen",
                "lt",
            }
            and len(m.group()) > 2
        ):
            break
        if not picked and gap.strip(" \t") and not gap.isspace():
            return None
        word = m.group().lower()
        if picked and word in _STOP_AFTER | {"said", "says", "and", "but", "so"}:
            break
        picked.append(m)
        if len(picked) > 8:
            return None
    picked.reverse()
    if not picked:
        return None
    # Keep the noun phrase: start at a determiner or a capitalised word run.
    tokens = [m.group() for m in picked]
    while len(tokens) > 1 and tokens[0].lower() in _DISCOURSE - PRONOUNS - _DETERMINERS:
        picked, tokens = picked[1:], tokens[1:]
    cut = 0
    for i, tok in enumerate(tokens):
        if tok.lower() in _DETERMINERS or tok[:1].isupper() or _bare(tok) in PRONOUNS:
            cut = i
            break
    else:
        return None
    picked = picked[cut:]
    tokens = tokens[cut:]
    if tokens[0][:1].isupper() and tokens[0].lower() not in _DETERMINERS | PRONOUNS:
        # "Trump released a new radio ad": a name, then a verb phrase; keep the name.
        run = 1
        while run < len(tokens) and (tokens[run][:1].isupper() or tokens[run] in {"of", "de"}):
            run += 1
        if len(tokens) - run >= 2:
            return None  # a clause ("Brooklyn was his answer"), not a speaker
        picked, tokens = picked[:run], tokens[:run]
    if not _looks_like_speaker(tokens):
        return None
    s, e = start + picked[0].start(), start + picked[-1].end()
    if text[e - 1] == "." and e - s > 2:
        e -= 1
    return Mention(text[s:e], s, e)


_CLAUSE_RE = re.compile(
    r"[,;:(—–]|\b(?:when|that|and|but|while|because|as|after|before|if|where|though)\b",
    re.IGNORECASE,
)


def subject_before(text: str, start: int, end: int, *, main: bool = False) -> Mention | None:
    """Return the subject of the clause (or sentence) that ends at ``end``.

    For cues with no speaker right before them: "when Cruz knocked Rubio on trade and
    called him ..." (the clause's subject), "Clinton pitched her plan ..., noting that"
    (with ``main``: the sentence's subject first).
    """
    inner = [m.end() for m in _CLAUSE_RE.finditer(text, start, end)]
    cuts = [start, *reversed(inner)] if main else [*reversed(inner), start]
    for cut in cuts:
        found = _leading_noun_phrase(text, cut, end)
        if found is not None:
            return found
    return None


_SUBORDINATORS = word_set(
    "as when while if although though because after before since once until unless whereas"
)
_OPENERS = word_set(
    "in on at by for from with without during after before under over about against "
    "amid among despite since until like unlike asked speaking"
)


def _leading_noun_phrase(text: str, start: int, end: int) -> Mention | None:
    tokens = list(_WORD_RE.finditer(text, start, end))
    if tokens and tokens[0].group().lower() in _SUBORDINATORS:
        return None  # "As Blumenthal spoke, the NRA ...": a clause, not the subject
    while (
        tokens
        and tokens[0].group().lower() in _DISCOURSE
        and _bare(tokens[0].group()) not in PRONOUNS
    ):
        tokens.pop(0)
    if not tokens:
        return None
    first = tokens[0].group()
    if first.endswith("ing") or first.lower() in _OPENERS:
        return None  # "Continuing to explain, Carson ...": a participle, not a subject
    if _bare(first) in PRONOUNS - {"it", "you"}:
        m = tokens[0]
        e = m.start() + len(_CONTRACTION_RE.sub("", m.group()))
        return Mention(text[m.start() : e], m.start(), e)
    run = 0
    if first.lower() in _DETERMINERS:
        run = 1
        while run < len(tokens) and run < 5:
            word = tokens[run].group()
            if (
                word[:1].isupper()
                or _bare(word) in _PERSON_NOUNS
                or _bare(word).removesuffix("s") in _PERSON_NOUNS
            ):
                run += 1
                continue
            break
        head = _bare(tokens[run - 1].group())
        if run < 2 or not (head in _PERSON_NOUNS or head.removesuffix("s") in _PERSON_NOUNS):
            return None
    else:
        while run < len(tokens) and tokens[run].group()[:1].isupper():
            run += 1
        if run == 0:
            return None
    s, e = tokens[0].start(), tokens[run - 1].end()
    if text[e - 1] == "." and e - s > 3:
        e -= 1
    e = s + len(_CONTRACTION_RE.sub("", text[s:e])) if run == 1 else e
    return Mention(text[s:e], s, e)


# The first words of the cues: a cue can only start a run of word characters that is one.
_FIRST_WORDS = CUE_VERBS | word_set("according in pointed points went goes made has called calls")
_RUN_RE = re.compile(r"\w+")


def _cue_matches(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of :data:`CUE_RE` in ``text[start:end]``, as ``finditer`` gives them.

    ``CUE_RE`` alone tries its 450 alternatives at every character (about a second per
    100,000 characters); here it is tried only where a word that can open a cue starts.
    """
    pos = start
    for run in _RUN_RE.finditer(text, start, end):
        if run.start() < pos or run.group().lower() not in _FIRST_WORDS:
            continue
        m = CUE_RE.match(text, run.start(), end)
        if m is not None:
            yield m
            pos = m.end()


def cues_in(text: str, start: int, end: int) -> list[re.Match[str]]:
    """All cue words and phrases in ``text[start:end]``, in order."""
    return [m for m in _cue_matches(text, start, end) if _is_cue(text, m)]


def _is_cue(text: str, m: re.Match[str]) -> bool:
    word = m.group().lower()
    if text[m.start() - 1 : m.start()] == "-" or text[m.end() : m.end() + 1] == "-":
        return False  # "so-called", "well-said"
    if m.group()[:1].isupper() and text[max(0, m.start() - 2) : m.start()].strip() not in {
        "",
        ".",
        "”",
        '"',
    }:
        return False  # "Secretary of State", "Said Ahmed": a name, not a cue
    # "read", "call", "state", "report", "post", "charge", "claim", "answer" are nouns
    # as often as verbs: after a determiner they are nouns.
    before = text[max(0, m.start() - 12) : m.start()].lower().split()
    if before and _POSSESSIVE_RE.search(before[-1]) and _bare(before[-1]) not in PRONOUNS:
        return False  # "Trump's remarks", "Sanders's call": a noun after a possessive
    if before and before[-1] in {"of", "secretary"} and not word.endswith("ing"):
        return False  # "Secretary of State", "the state of the report"
    return not (before and before[-1] in _DETERMINERS and " " not in word)


_POSSESSIVE_RE = re.compile(r"\w(?:[’']s|s[’'])$")
