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
import importlib
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any, TypeVar

from sourcetrace.quotes.model import Quote, Reported, Speaker
from sourcetrace.quotes.syntax import MODELS

#: Entity labels of names that can say something.
SPEAKING = frozenset({"PERSON", "ORG"})
#: Entity labels of names that cannot ("South Africa", "the Lancet", "British").
NOT_SPEAKING = frozenset(
    {"GPE", "LOC", "NORP", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE"}
    | {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"}
)
_MAX_CHARS = 100_000

T = TypeVar("T", Quote, Reported)


@lru_cache(maxsize=1)
def load_ner() -> Any | None:
    """Return a spaCy pipeline that only recognises entities, or None without spaCy."""
    try:
        spacy = importlib.import_module("spacy")
    except ImportError:
        return None
    for name in MODELS:
        try:
            nlp = spacy.load(name, disable=["parser", "lemmatizer", "tagger", "attribute_ruler"])
        except OSError:
            continue
        return nlp if "ner" in nlp.pipe_names else None
    return None


@lru_cache(maxsize=64)
def entities(text: str) -> tuple[tuple[int, int, str], ...] | None:
    """Named entities of an article as ``(start, end, label)``; None without spaCy."""
    nlp = load_ner()
    if nlp is None:
        return None
    doc = nlp(text[:_MAX_CHARS])
    return tuple((e.start_char, e.end_char, e.label_) for e in doc.ents)


def labels_at(ents: Sequence[tuple[int, int, str]], start: int, end: int) -> set[str]:
    """Labels of the entities overlapping ``[start, end)``."""
    return {label for s, e, label in ents if s < end and e > start}


@dataclasses.dataclass(frozen=True, slots=True)
class SpeakerCheck:
    """Whether the names of one article can speak, by what its entities say of them."""

    text: str
    ents: tuple[tuple[int, int, str], ...] | None

    @classmethod
    def of(cls, text: str) -> SpeakerCheck:
        """Recognise the entities of ``text`` (nothing when spaCy is missing)."""
        return cls(text, entities(text))

    def can_speak(self, name: str) -> bool:
        """Whether ``name`` is a person or body of the article, as far as NER tells.

        A lowercase description of a document ("new study") is accepted as it is. Else
        True when some occurrence of the name (or of its last word, for a surname used
        alone) is recognised as a person or organisation; False when the name is only
        ever a place, work, nationality or number, or never recognised at all.
        """
        if self.ents is None or not any(c.isupper() for c in name):
            return True  # no NER, or a document the claim names as such ("study")
        found = False
        for m in re.finditer(re.escape(name), self.text):
            found = True
            if labels_at(self.ents, m.start(), m.end()) & SPEAKING:
                return True
        if not found:
            return True  # a name rebuilt from a misspelt mention: nothing to check it by
        last = name.split()[-1]
        if len(name.split()) > 1 and last[:1].isupper():
            for m in re.finditer(r"\b" + re.escape(last) + r"\b", self.text):
                if "PERSON" in labels_at(self.ents, m.start(), m.end()):
                    return True
        return False


def drop_non_speakers(text: str, items: Sequence[T]) -> list[T]:
    """Set the speaker name of each quotation or claim to None where it cannot speak."""
    check = SpeakerCheck.of(text)
    out = []
    for item in items:
        name = item.speaker.name
        if name is not None and not check.can_speak(name):
            item = dataclasses.replace(item, speaker=dataclasses.replace(item.speaker, name=None))
        out.append(item)
    return out


_RESEARCH_BODY_RE = re.compile(
    r"\b(?:University|College|Institute|School|Centre|Center|Hospital|Trust|Council|Foundation)\b"
)


def research_body(text: str) -> str | None:
    """The one research body (university, institute...) the article names, if just one.

    "Researchers found …" in a story that names one university is that university's
    finding; with none or several, None (the reader is not given a guess).
    """
    ents = entities(text)
    if not ents:
        return None
    bodies = {
        re.sub(r"^the\s+", "", text[s:e], flags=re.I)
        for s, e, label in ents
        if label == "ORG" and _RESEARCH_BODY_RE.search(text[s:e])
    }
    return bodies.pop() if len(bodies) == 1 else None


__all__ = ["Speaker", "SpeakerCheck", "drop_non_speakers", "entities", "load_ner", "research_body"]
