"""Which names in an article can speak: people and bodies, never places or publications.

A speaker is a person or a body (organisation, study, report) the story names. spaCy's
named-entity recogniser (the ``quotes`` extra) says which capitalised names are people or
organisations and which are places ("South Africa"), works ("Environmental Medicine"),
nationalities or nothing at all ("Scans", "PM IS"); a speaker that resolves to one of the
latter is dropped to None rather than guessed. Without spaCy every name is accepted, as
before.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any, TypeVar

from sourcetrace.quotes.commentators import apart_from_study
from sourcetrace.quotes.cues import cues_in
from sourcetrace.quotes.model import Quote, Reported, Speaker
from sourcetrace.quotes.spans import paragraphs, sentence_ends
from sourcetrace.quotes.syntax import load_pipeline
from sourcetrace.sentences import stem
from sourcetrace.text import is_content, words

#: Entity labels of names that can say something.
SPEAKING = frozenset({"PERSON", "ORG"})
#: Entity labels of names that cannot ("South Africa", "the Lancet", "British").
NOT_SPEAKING = frozenset(
    {"GPE", "LOC", "NORP", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE"}
    | {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"}
)
_MAX_CHARS = 100_000
_OCCURRENCES = 3  # occurrences of a name looked at
_TITLED = re.compile(
    r"\b(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady|Dr\.|Mr\.|Mrs\.|Ms\.)\s+"
)
# Words that make a capitalised name a body ("Public Health England", "Cancer Research UK").
_BODY_WORD_RE = re.compile(
    r"\b(?:Health|Society|Council|Association|Foundation|Trust|University|Institute|"
    r"Research|Service|Department|Agency|Organisation|Organization|Committee|College|"
    r"Commission|Ministry|Office|Board|Authority|Charity|Centre|Center|Hospital)\b"
)
# What a study found is not who said it ("the results showed", "their findings suggest").
_NOT_A_SOURCE = frozenset({"results", "result", "findings", "data", "figures", "statistics"})
_MAX_BODY_MENTIONS = 12  # mentions of universities and institutes looked at
_WINDOW = 250  # characters of context either side of a name given to NER

if TYPE_CHECKING:
    from sourcetrace.quotes.names import NameBook

T = TypeVar("T", Quote, Reported)
Q = TypeVar("Q", bound=Quote)
_REPEAT_SHARE = 0.6  # share of a quotation's content words another item must repeat


@lru_cache(maxsize=1)
def load_ner() -> Any | None:
    """Return a spaCy pipeline that only recognises entities, or None without spaCy."""
    nlp = load_pipeline(disable=("parser", "lemmatizer", "tagger", "attribute_ruler"))
    return nlp if nlp is not None and "ner" in nlp.pipe_names else None


_Ents = tuple[tuple[int, int, str], ...]
_CACHE: dict[str, _Ents] = {}
_CACHE_SIZE = 4096


def _recognise(windows: Sequence[str]) -> None:
    """Run NER over the windows not yet cached, in one batch (cheaper than one by one)."""
    nlp = load_ner()
    todo = list(dict.fromkeys(w for w in windows if w not in _CACHE))
    if nlp is None or not todo:
        return
    if len(_CACHE) + len(todo) > _CACHE_SIZE:
        _CACHE.clear()
    for window, doc in zip(todo, nlp.pipe(w[:_MAX_CHARS] for w in todo), strict=True):
        _CACHE[window] = tuple((e.start_char, e.end_char, e.label_) for e in doc.ents)


def _paragraph_entities(paragraph: str) -> _Ents:
    if paragraph not in _CACHE:
        _recognise([paragraph])
    return _CACHE.get(paragraph, ())


def _paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``[start, end)``, within its paragraph and ``_WINDOW`` chars."""
    floor, ceil = max(0, start - _WINDOW), min(len(text), end + _WINDOW)
    lo = max(text.rfind("\n", floor, start) + 1, floor)
    dot = text.rfind(". ", lo, start)
    lo = dot + 2 if dot >= 0 else lo
    hi = text.find("\n", end, ceil)
    hi = ceil if hi < 0 else hi
    dot = text.find(". ", end, hi)
    return lo, (dot + 1 if dot >= 0 else hi)


def entities(text: str, start: int, end: int) -> tuple[tuple[int, int, str], ...] | None:
    """Named entities of the paragraph holding ``[start, end)``; None without spaCy.

    Each is ``(start, end, label)`` with offsets into ``text``.

    Only the paragraphs a speaker question needs are recognised (each once), so an
    article costs a few short NER runs, not one over its whole text.
    """
    if load_ner() is None:
        return None
    lo, hi = _paragraph(text, start, end)
    return tuple((lo + s, lo + e, label) for s, e, label in _paragraph_entities(text[lo:hi]))


def labels_at(text: str, start: int, end: int) -> set[str] | None:
    """Labels of the entities overlapping ``[start, end)``; None without spaCy."""
    ents = entities(text, start, end)
    if ents is None:
        return None
    return {label for s, e, label in ents if s < end and e > start}


@dataclasses.dataclass(frozen=True, slots=True)
class SpeakerCheck:
    """Whether the names of one article can speak, by what NER says of them."""

    text: str

    def can_speak(self, name: str) -> bool:
        """Whether ``name`` is a person or body of the article, as far as NER tells.

        A lowercase description of a document ("new study") is accepted as it is. Else
        True when some occurrence of the name (or of its last word, for a surname used
        alone) is recognised as a person or organisation; False when the name is only
        ever a place, work, nationality or number, or never recognised at all. Without
        spaCy, every name can speak.
        """
        if name.split()[-1:] and name.split()[-1].lower() in _NOT_A_SOURCE:
            return False  # "the results showed": what a study found, not who said it
        if load_ner() is None or not any(c.isupper() for c in name) or name[:1].islower():
            # A lowercase description ("new study", "research published on Tuesday").
            return True
        if re.search(_TITLED.pattern + re.escape(name) + r"\b", self.text):
            return True  # "Dr Claudia Marsh": a personal title says it is a person
        if len(name.split()) > 1 and _BODY_WORD_RE.search(name):
            return True  # "Public Health England": a body, though it ends with a place
        found = False
        for m in itertools.islice(re.finditer(re.escape(name), self.text), _OCCURRENCES):
            found = True
            # An acronym ("FA", "NHS") is a body's own name wherever it stands.
            one_word = " " not in name and not name.isupper()
            if _speaks_here(self.text, m.start(), m.end(), one_word=one_word):
                return True
        if not found:
            return True  # a name rebuilt from a misspelt mention: nothing to check it by
        last = name.split()[-1]
        if len(name.split()) > 1 and last[:1].isupper():
            pattern = r"\b" + re.escape(last) + r"\b"
            placed = False
            for m in itertools.islice(re.finditer(pattern, self.text), _OCCURRENCES):
                labels = labels_at(self.text, m.start(), m.end()) or set()
                if "PERSON" in labels:
                    return True
                placed = placed or bool(labels & SURNAME_SPEAKS.places)
            if not placed and not _BODY_WORD_RE.search(name):
                return SURNAME_SPEAKS.speaks(self.text, last)
        return False


@dataclasses.dataclass(frozen=True, slots=True)
class SurnameSpeaksPolicy:
    """A name NER misses is a person's when the story has its surname alone speak.

    News names a person in full once, then by surname alone as the subject of a
    reporting verb ("Babak Khoshnood of INSERM … “…,” says Khoshnood", "Khoshnood
    agrees."); places, works and fragments are not named that way. spaCy's small model
    misses many names that are not English ones, and a speaker it never recognises was
    dropped to None; with this evidence it stays. Not when NER calls the surname a place
    or nationality, nor for a name holding a body word.

    Attributes:
        verbs: The reporting verbs the surname must be the subject of.
        places: Entity labels that say the word is a place or nationality, not a surname.
    """

    verbs: frozenset[str] = frozenset(
        {
            "says",
            "said",
            "adds",
            "added",
            "agrees",
            "agreed",
            "explains",
            "explained",
            "notes",
            "noted",
            "tells",
            "told",
            "warns",
            "warned",
            "writes",
            "wrote",
        }
    )
    places: frozenset[str] = frozenset({"GPE", "LOC", "NORP", "FAC"})

    def speaks(self, text: str, surname: str) -> bool:
        """Whether ``surname`` alone is the subject of a reporting verb in ``text``."""
        verbs = "|".join(sorted(self.verbs))
        word = re.escape(surname)
        after = rf"\b(?:{verbs})[^\S\n]+{word}\b(?![^\S\n]+[A-Z])"
        opens = r"(?:^|(?<=[.!?\n”\"’])[^\S\n]*|(?<=[.!?][”\"’])[^\S\n]+)"
        before = rf"{opens}{word}[^\S\n]+(?:{verbs})\b"
        return re.search(f"{after}|{before}", text, flags=re.MULTILINE) is not None


SURNAME_SPEAKS = SurnameSpeaksPolicy()


def _speaks_here(text: str, start: int, end: int, *, one_word: bool) -> bool:
    """Whether NER calls the name at ``[start, end)`` a person or a body.

    A one-word name inside a longer body's name is not that body: "England" in "Public
    Health England" is a place. It must be the body's whole name (after "the" or a
    possessive: "England's FA"), or a person's surname.
    """
    for s, e, label in entities(text, start, end) or ():
        if not (s < end and e > start) or label not in SPEAKING:
            continue
        whole = re.sub(r"^(?:the\s+|\w+[’']s\s+)", "", text[s:e], flags=re.IGNORECASE)
        if not one_word or label == "PERSON" or whole == text[start:end]:
            return True
    return False


# "A Johnson&Johnson spokesperson": the mention itself says the name is a body.
_SPOKESPERSON_RE = re.compile(
    r"(?:an?|the)\s+(?P<name>.+?)(?:[’']s)?\s+(?:spokesman|spokeswoman|spokesperson|"
    r"spokespeople|representative|official)s?",
    re.IGNORECASE,
)


def _spoken_for(mention: str | None, name: str) -> bool:
    """Whether the mention is a spokesperson of the body ``name`` ("A Bayer spokesman").

    A company's name NER does not know ("Johnson&Johnson") is still a body when the story
    quotes its spokesperson: the body speaks through them.
    """
    m = _SPOKESPERSON_RE.fullmatch(mention.strip()) if mention else None
    return m is not None and m.group("name") == name


def drop_non_speakers(text: str, items: Sequence[T]) -> list[T]:
    """Set the speaker name of each quotation or claim to None where it cannot speak."""
    check = SpeakerCheck(text)
    known: dict[str, bool] = {}
    if load_ner() is not None:  # every window the checks below may need, in one batch
        names = {i.speaker.name for i in items if i.speaker.name and not i.speaker.name.islower()}
        spans = [
            m.span()
            for name in names
            for m in itertools.islice(re.finditer(re.escape(name), text), _OCCURRENCES)
        ]
        _recognise([text[lo:hi] for lo, hi in (_paragraph(text, *sp) for sp in spans)])
    out = []
    for item in items:
        name = item.speaker.name
        if name is not None and name not in known:
            known[name] = check.can_speak(name)
        if name is not None and not known[name] and not _spoken_for(item.speaker.mention, name):
            item = dataclasses.replace(item, speaker=dataclasses.replace(item.speaker, name=None))
        out.append(item)
    return out


# What closes a quotation whose attribution follows in the same sentence: the mark, a
# comma (inside or outside the mark), a space: "…exposed,” according to …".
_CLOSE_THEN_RE = re.compile(r",?[”\"’'»]+,?[ \t]+")
# Another quotation opening, or the paragraph ending, before the sentence does.
_TAIL_BREAK_RE = re.compile(r"[“\"\n]")
_TAIL_CHARS = 250  # longest attribution read after a quotation


def speakers_after(text: str, quotes: Sequence[Q], book: NameBook) -> list[Q]:
    """Give a quotation with no speaker mention the person its own sentence then names.

    "“…,” according to researchers led by Roel Vermeulen, a professor at …", "“…,” Niklas
    K. Steffens, a researcher from …, and his co-authors wrote", "“…,” said one of the
    researchers Dipak Ramji from Cardiff University": news sets the attribution after
    the quotation, in the rest of its sentence; when the cue's words do not parse as a
    speaker, the first name of that rest is the speaker, provided the rest holds a
    reporting verb or "according to" (else it is the story's narration, which names no
    speaker). A quotation already given a mention, or whose sentence goes on with
    another quotation, is left alone.
    """
    out = []
    for q in quotes:
        close = _CLOSE_THEN_RE.match(text, q.end) if q.kind == "quote" else None
        if q.speaker.mention is not None or close is None:
            out.append(q)
            continue
        lo, hi = close.end(), min(len(text), close.end() + _TAIL_CHARS)
        ends = sentence_ends(text, lo, hi)  # initials and abbreviations end nothing
        end = ends[0] - 1 if ends else (hi if hi == len(text) else None)
        if end is None or _TAIL_BREAK_RE.search(text, lo, end):
            out.append(q)  # no sentence end, or another quotation opens first
            continue
        named = book.first_named(lo, end) if cues_in(text, lo, end) else None
        if named is None:
            out.append(q)
            continue
        nm, name = named
        words = text[nm.start : nm.end].rstrip()  # a name's span can hold the space after it
        speaker = Speaker(name, words, nm.start, nm.start + len(words))
        out.append(dataclasses.replace(q, speaker=speaker))
    return out


def _content_stems(text: str) -> frozenset[str]:
    return frozenset(stem(k) for k in words(text).keys if is_content(k))


#: Most (quotation, other item) pairs compared for repeated words in one story; real
#: stories compare a few hundred, a text of 2,000 unattributed quotations four million.
_MAX_REPEAT_PAIRS = 100_000


def speakers_of_repeats(quotes: Sequence[Q], others: Sequence[Reported]) -> list[Q]:
    """Give a quotation with no named speaker the speaker of the same words said elsewhere.

    A headline's or a lead's quotation ("Cycling ‘provides major opportunities for
    health improvement’", "a leading researcher warned of a “risky experiment”") is
    usually repeated further on with its speaker named. When another quotation or
    reported claim of the story holds at least ``_REPEAT_SHARE`` of its content words
    (two at least), that item's named speaker is taken; the best-covering one wins, and
    with none the speaker stays unnamed.
    """
    items: list[Quote | Reported] = [*quotes, *others]
    stems = [_content_stems(i.text) for i in items]
    named = [m for m, other in enumerate(items) if other.speaker.name is not None]
    budget = _MAX_REPEAT_PAIRS  # a hostile text's thousands of quotations stay bounded
    out = []
    for n, q in enumerate(quotes):
        own = stems[n]
        if q.speaker.name is not None or q.kind != "quote" or len(own) < 2:
            out.append(q)
            continue
        budget -= len(named)
        if budget < 0:
            out.append(q)  # past the budget: left unnamed rather than guessed
            continue
        best: tuple[float, int] | None = None
        for m in named:
            if m == n:
                continue
            shared = len(own & stems[m])
            share = shared / len(own)
            if shared >= 2 and share >= _REPEAT_SHARE and (best is None or share > best[0]):
                best = (share, m)
        if best is not None:
            q = dataclasses.replace(q, speaker=items[best[1]].speaker)
        out.append(q)
    return out


# What may stand between a paragraph's edge and a quotation filling it: marks, spaces.
_EDGE_RE = re.compile(r"[\s“”\"‘’'«»„.,;:!?…—–-]*")


def speakers_of_following_paragraphs(
    text: str, quotes: Sequence[Q], claims: Sequence[Reported]
) -> list[Q]:
    """Give a paragraph that is only a quotation the speaker the paragraph before ends on.

    "Professor Tom Black said the work changed practice.¶“We were surprised by the size
    of the effect.”": a quotation with no attribution at all, filling its paragraph,
    continues the named person or body whose reported claim closes the paragraph before
    (nothing but the claim's own sentence after it, no quotation after it there). A
    description ("the study") or an unnamed speaker gives nothing: the quotation stays
    unnamed. Failing a claim, a paragraph ending on a named quotation is continued
    (:func:`_quoted_before`).
    """
    paras = paragraphs(text)
    if not paras:
        return list(quotes)
    starts = [s for s, _ in paras]
    out = []
    for q in quotes:
        para = bisect_right(starts, q.start) - 1
        if q.speaker.mention is not None or q.kind != "quote" or para < 1:
            out.append(q)
            continue
        # A quotation running over paragraphs fills them from its first to its last.
        p_start, p_end = paras[para][0], paras[bisect_right(starts, q.end - 1) - 1][1]
        fills = _EDGE_RE.fullmatch(text, p_start, q.start) and _EDGE_RE.fullmatch(
            text, q.end, p_end
        )
        speaker = None
        if fills:
            speaker = (
                _quoted_before(text, paras, para, quotes)
                if _caption(text, paras[para - 1])  # a caption reports nothing
                else _closing_speaker(text, paras[para - 1], quotes, claims)
                or _quoted_before(text, paras, para, quotes)
            )
        out.append(q if speaker is None else dataclasses.replace(q, speaker=speaker))
    return out


# A paragraph that ends a sentence: its last mark before any closing quotation marks.
_SENTENCE_CLOSE_RE = re.compile(r"[.!?:;…][\s”\"’'»)]*$")
_MAX_CAPTIONS = 4  # caption paragraphs passed over between two quoted paragraphs
_CAPTION_WORDS = 40  # longest paragraph taken for a caption


def _caption(text: str, para: tuple[int, int]) -> bool:
    """A photo credit or caption set between paragraphs: no sentence end, a few words.

    "GETTY", "Smoking can damage eyes: …", "Professor Peter Griffiths said the new
    policy was ‘risky’": web pages keep these lines inside the story's text.
    """
    line = text[para[0] : para[1]].strip()
    return (
        bool(line)
        and len(line.split()) <= _CAPTION_WORDS
        and _SENTENCE_CLOSE_RE.search(line) is None
    )


def _quoted_before(
    text: str, paras: Sequence[tuple[int, int]], para: int, quotes: Sequence[Q]
) -> Speaker | None:
    """The named speaker of the quotation ending the paragraph before, past captions.

    "He said: “Half of all sight loss is avoidable.”¶GETTY¶Smoking can damage eyes¶“Joining
    the programme will improve your eye health.”": a paragraph that is only an
    unattributed quotation continues the speaker whose quotation ends the last paragraph
    of the story's text before it, once photo credits and captions (paragraphs with no
    sentence end, at most ``_CAPTION_WORDS`` words, up to ``_MAX_CAPTIONS``) are passed
    over. With no caption between, the paragraph before must end on a named quotation
    that is closed there: "Mark Bellis … told The Times: ‘…¶‘… in.’¶‘We need …’" goes on
    with the same speaker (a quotation still open is the extractor's to join).
    """
    k = para - 1
    while k >= 0 and para - 1 - k < _MAX_CAPTIONS and _caption(text, paras[k]):
        k -= 1
    if k < 0 or _caption(text, paras[k]):
        return None
    start, end = paras[k]
    # The quotation ending the paragraph may have opened paragraphs before it.
    last = [q for q in quotes if q.start < end and q.end > start and q.kind == "quote"]
    if not last or not _EDGE_RE.fullmatch(text, last[-1].end, end):
        return None  # the paragraph does not end on a quotation
    speaker = last[-1].speaker
    return speaker if speaker.name is not None and speaker.name[:1].isupper() else None


def _closing_speaker(
    text: str, para: tuple[int, int], quotes: Sequence[Quote], claims: Sequence[Reported]
) -> Speaker | None:
    """The named speaker of the claim that closes the paragraph ``para``, if one does."""
    start, end = para
    inside = [c for c in claims if start <= c.start < end]
    if not inside:
        return None
    last = inside[-1]
    name = last.speaker.name
    if name is None or not name[:1].isupper() or last.speaker.mention_start is None:
        return None
    if not start <= last.speaker.mention_start < end:
        return None
    if any(last.end <= q.start < end for q in quotes):
        return None  # a quotation after the claim: the paragraph does not end on it
    if any(text[e:end].strip() for e in sentence_ends(text, last.end, end)):
        return None  # another sentence follows the claim's
    return last.speaker


_RESEARCH_BODY_RE = re.compile(
    r"\b(?:University|College|Institute|School|Centre|Center|Hospital|Trust|Council|Foundation)\b"
)


def research_body(text: str) -> str | None:
    """The one research body (university, institute...) the article names, if just one.

    "Researchers found …" in a story that names one university is that university's
    finding; with none or several, None (the reader is not given a guess). So is a
    body every sentence names for someone set apart from the study ("X, of Y
    University, who was not involved in the study", "in a linked editorial"): see
    :func:`sourcetrace.quotes.commentators.apart_from_study`.
    """
    if load_ner() is None:
        return None
    return _research_body(text)


@lru_cache(maxsize=64)
def _research_body(text: str) -> str | None:
    found = list(itertools.islice(_RESEARCH_BODY_RE.finditer(text), _MAX_BODY_MENTIONS))
    _recognise([text[lo:hi] for lo, hi in (_paragraph(text, *m.span()) for m in found)])
    bodies: dict[str, set[tuple[int, int]]] = {}
    for m in found:
        for s, e, label in entities(text, m.start(), m.end()) or ():
            if label == "ORG" and _RESEARCH_BODY_RE.search(text[s:e]):
                # "the …", "London’s UCL Institute of Neurology": the body's own name.
                name = re.sub(r"^(?:the\s+|[A-Z]\w*[’']s\s+)", "", text[s:e], flags=re.I)
                bodies.setdefault(name, set()).add((s, e))
    if len(bodies) != 1:
        return None
    ((name, spans),) = bodies.items()
    # A body named only for an outside commentator is not the researchers' (null, not a guess).
    return None if apart_from_study(text, sorted({_paragraph(text, *at) for at in spans})) else name


__all__ = [
    "Speaker",
    "SpeakerCheck",
    "drop_non_speakers",
    "entities",
    "load_ner",
    "research_body",
    "speakers_after",
    "speakers_of_following_paragraphs",
    "speakers_of_repeats",
]
