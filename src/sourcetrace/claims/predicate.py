"""The statement's main predicate from the dependency parse (the ``quotes`` extra).

The cue lexicon of :mod:`sourcetrace.claims.strength` knows the common effect verbs; a
statement whose finding is told with a verb it lacks ("mosquitoes are repelled by chicken",
"painkillers up the risk") gets no cue. The parse gives that statement's main predicate
without a list of verbs: the root, or, under a verb of reporting or finding ("a study
found that …"), the clause it reports. That predicate states an effect when it is a
finite verb of an exposure acting on something (a direct object, or a passive with a
"by" agent) and its subject is neither a person who acts (researchers, doctors) nor a
count of people ("95% of women"), which describe rather than relate. Modals scoping over it
hedge it ("may up" 4, "can up" 5).

Without spaCy or an English model, :func:`effect_predicate` returns None and the lexicon
alone decides.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

# Verbs that report or find a statement rather than state one: the predicate is the
# clause they govern. A closed class of the register, not a list of effect verbs.
REPORTING = frozenset(
    {
        "find", "show", "reveal", "suggest", "say", "claim", "report", "warn", "conclude",
        "discover", "think", "believe", "indicate", "demonstrate", "know", "hear", "see",
        "confirm", "argue", "note", "add", "explain", "estimate", "predict", "write",
        "state", "suspect", "learn", "prove", "highlight", "underline", "underscore",
        "stress",
    }
)  # fmt: skip
# Light and stative verbs carry no effect of their own ("have", "give", "get").
LIGHT = frozenset(
    {
        "be", "have", "get", "give", "do", "make", "take", "publish", "provide", "describe",
        "use", "tend", "seem", "appear", "become", "remain", "stay", "go", "come", "need",
        "want", "like", "feel", "live", "contain", "include", "involve", "account",
        "represent", "mean", "call",
        # Verbs of a study's method: what the researchers did, not an effect.
        "study", "track", "analyse", "analyze", "examine", "follow", "survey", "monitor",
        "assess", "measure", "test", "review", "recruit", "interview", "observe",
    }
)  # fmt: skip
_IRREGULAR = {
    "found": "find", "shown": "show", "said": "say", "says": "say", "thought": "think",
    "knew": "know", "known": "know", "heard": "hear", "saw": "see", "seen": "see",
    "wrote": "write", "written": "write", "proven": "prove", "made": "make",
    "took": "take", "taken": "take", "gave": "give", "given": "give", "got": "get",
    "gotten": "get", "had": "have", "has": "have", "is": "be", "are": "be", "was": "be",
    "were": "be", "been": "be", "am": "be", "did": "do", "does": "do", "done": "do",
    "went": "go", "gone": "go", "came": "come", "felt": "feel", "meant": "mean",
    "became": "become", "learnt": "learn",
}  # fmt: skip
FINITE = frozenset({"VBZ", "VBD", "VBP"})
HEDGES = {"may": 4, "might": 4, "could": 4, "would": 4, "can": 5}
# Modals of obligation: what they govern is advice (claims.advice), not an effect.
DEONTIC = frozenset({"should", "must", "ought", "shall"})


@dataclass(frozen=True, slots=True)
class Predicate:
    """A main predicate that states an effect.

    Attributes:
        code: 6 for a bare effect, 4 or 5 under "may/might/could/would" or "can".
        words: The words that carry it ("can up", "are repulsed by").
    """

    code: int
    words: str


def effect_predicate(text: str) -> Predicate | None:
    """Return the effect stated by the statement's main predicate, if the parse shows one.

    Args:
        text: The statement.

    Returns:
        The :class:`Predicate`, or None when the predicate states no effect, is negated,
        or no parser is installed.
    """
    return _effect_predicate(text)


_PARSES: dict[str, Any] = {}
_MAX_PARSES = 2048


def parse_text(text: str) -> Any | None:
    """The statement's parse, shared by the questions below; None without a parser."""
    doc = _PARSES.get(text)
    if doc is None:
        prime([text])
        doc = _PARSES.get(text)
    return doc


def prime(texts: Iterable[str]) -> None:
    """Parse statements in one batch (spaCy's ``pipe``, about twice as fast a statement).

    :func:`sourcetrace.claims.story.story_claims` primes the statements it is about to
    label; a statement not primed is parsed when first asked about.

    Args:
        texts: The statements.
    """
    # Imported here: the quotes package imports the claims package.
    from sourcetrace.quotes.syntax import load_parser

    nlp = load_parser()
    todo = list(dict.fromkeys(t for t in texts if t.strip() and t not in _PARSES))
    if nlp is None or not todo:
        return
    if len(_PARSES) + len(todo) > _MAX_PARSES:
        _PARSES.clear()
    for text, doc in zip(todo, _pipe(nlp, [t[:1000] for t in todo]), strict=True):
        _PARSES[text] = doc


# The claims read the tags and the parse only: the attribute ruler (coarse parts of speech
# from the tags, a third of the pipeline's time on short statements) is not run.
_SKIPPED = frozenset({"attribute_ruler"})


def _pipe(nlp: Any, texts: list[str]) -> Iterable[Any]:
    """Run the pipeline's components but :data:`_SKIPPED` over ``texts``, in one batch.

    The shared pipeline is not changed (the quotation stage may be using it).
    """
    docs: Iterable[Any] = (nlp.make_doc(t) for t in texts)
    for name, proc in nlp.pipeline:
        if name not in _SKIPPED:
            docs = proc.pipe(docs) if hasattr(proc, "pipe") else map(proc, docs)
    return docs


def _token_at(text: str, start: int) -> Any:
    """The parsed token of ``text`` starting at offset ``start``; None without a parser."""
    doc = parse_text(text)
    return None if doc is None else next((t for t in doc if t.idx == start), None)


def verbal(tok: Any) -> bool:
    """Whether the tagger reads a token as a verb or an auxiliary (VB*, MD)."""
    return bool(tok.tag_.startswith("VB") or tok.tag_ == "MD")


def adopt(article: str, spans: Iterable[tuple[int, int]]) -> int:
    """Take the parse of an article's statements from the quotation stage's parse of it.

    A trace parses the paragraphs of the article that hold quotations
    (:func:`sourcetrace.quotes.syntax.parse`); a statement that is one whole sentence of
    such a paragraph is not parsed again.

    Args:
        article: The article's text (the statements' offsets are into it).
        spans: The statements' start and end offsets.

    Returns:
        How many statements' parses were taken.
    """
    from sourcetrace.quotes.syntax import last_parse, sentence_doc

    syntax = last_parse(article)
    if syntax is None:
        return 0
    taken = 0
    for start, end in spans:
        text = article[start:end]
        if text in _PARSES or len(text) > 1000:
            continue
        doc = sentence_doc(syntax, start, end)
        if doc is not None and doc.text == text:
            _PARSES[text] = doc
            taken += 1
    return taken


def clear() -> None:
    """Forget the parses and the answers drawn from them (for benchmarks and tests)."""
    _PARSES.clear()
    for fn in (_effect_predicate, _people_subject, _subject_span, _trend):
        fn.cache_clear()
    from sourcetrace.claims.effect import clear as clear_effects

    clear_effects()


@lru_cache(maxsize=2048)
def _effect_predicate(text: str) -> Predicate | None:
    doc = parse_text(text)
    if doc is None:
        return None
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    verb = reported_by(root)
    if verb is None or not verbal(verb):
        return _headline_verb(doc)
    return _effect(verb)


# Tags the small model gives a headline's verb when it reads it as a noun.
_NOUNISH = frozenset({"NN", "NNS", "VBZ"})
# What may stand just before the verb (the end of its subject) and just after it (the
# start of its object, or a particle: "fends *off*", "ups").
SUBJECT_END = frozenset({"NN", "NNS", "NNP", "NNPS"})
_OBJECT_START = frozenset({"DT", "PRP$", "NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "RP"})
_PARTICLES = frozenset({"up", "off", "down", "out", "away"})
# Nouns whose "-s" never marks a verb.
NOT_VERB_ENDINGS = ("ss", "us", "is", "ics", "'s", "’s")
# Subjects that report or describe rather than act: "study *highlights* risks".
STUDY_NOUNS = frozenset(
    {
        "study", "research", "report", "survey", "review", "analysis", "trial", "paper",
        "data", "figures", "poll", "experts", "scientists", "researchers", "doctors",
    }
)  # fmt: skip


def _headline_verb(doc: Any) -> Predicate | None:
    """The verb of a statement the parse shows without one ("Chewing gum sharpens memory").

    Headlines drop articles and auxiliaries, and the small model then tags a rarer verb
    as a plural noun inside one long noun phrase. In a statement with no finite verb at
    all (none outside verbs of reporting), a "-s" word between a noun that ends the
    subject and the start of an object is that verb: the headline states an effect (6),
    unless its subject is a study or its people, which report rather than act.
    """
    if any(
        (t.tag_ in FINITE or t.tag_ == "MD") and lemma_of(t) not in REPORTING
        for t in doc
        if t.tag_ != "VBZ" or t.i == 0 or doc[t.i - 1].tag_ not in SUBJECT_END
    ):
        return None
    for tok in doc[1:-1]:
        word = str(tok.lower_)
        if (
            tok.tag_ not in _NOUNISH
            or not tok.is_alpha
            or tok.is_upper
            or len(word) < 4
            or not word.endswith("s")
            or word.endswith(NOT_VERB_ENDINGS)
        ):
            continue
        left, right = doc[tok.i - 1], doc[tok.i + 1]
        if left.tag_ not in SUBJECT_END or left.is_upper or left.lower_ in STUDY_NOUNS:
            continue
        if right.tag_ not in _OBJECT_START and right.lower_ not in _PARTICLES:
            continue
        if right.tag_.startswith("JJ") and (
            right.i + 1 >= len(doc) or doc[right.i + 1].tag_ not in SUBJECT_END
        ):
            # "runs *high* among": an adjective that is no object's describes.
            continue
        stem = lemma_of(tok)
        if stem in REPORTING or stem in LIGHT or word[:-1] in REPORTING:
            return None
        from sourcetrace.quotes.cues import person_noun

        if person_noun(left.lower_):
            return None
        return Predicate(6, tok.text)
    return None


def lemma_of(tok: Any) -> str:
    """The verb's base form, by its spelling (the parser runs without a lemmatizer)."""
    word = str(tok.lower_)
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    for stem in verb_stems(word):
        if stem in REPORTING or stem in LIGHT:
            return stem
    return word


def verb_stems(word: str) -> list[str]:
    """The word and the stems its inflectional ending allows ("shows", "argued", "stopped").

    Only a real ending is cut: "send" or "bank" are not "see" or "be" with letters added.
    """
    out = [word]
    if word.endswith("s"):
        out.append(word[:-1])
        if word.endswith("es"):
            out.append(word[:-2])
        if word.endswith("ies"):
            out.append(word[:-3] + "y")
    for end in ("ed", "ing"):
        if word.endswith(end) and len(word) > len(end) + 1:
            base = word[: -len(end)]
            out += [base, base + "e"]
            if len(base) > 2 and base[-1] == base[-2]:
                out.append(base[:-1])
            if end == "ed" and base.endswith("i"):
                out.append(base[:-1] + "y")
    return out


def reported_by(tok: Any | None) -> Any | None:
    """Follow verbs of reporting down to the clause they report."""
    for _ in range(3):
        if tok is None or lemma_of(tok) not in REPORTING:
            return tok
        kids = [c for c in tok.children if c.dep_ in {"ccomp", "parataxis"}]
        if not kids:
            return None
        tok = kids[0]
    return tok


def _effect(verb: Any) -> Predicate | None:
    kids = {c.dep_: c for c in verb.children}
    if "neg" in kids or lemma_of(verb) in LIGHT:
        return None
    aux = [c for c in verb.children if c.dep_ == "aux"]
    if any(a.lower_ in DEONTIC for a in aux):
        # "Adults should drink …", "patients must take …": advice, not an effect.
        return None
    modal = next((a for a in aux if a.lower_ in HEDGES), None)
    if verb.tag_ not in FINITE and modal is None and not aux and "auxpass" not in kids:
        return None
    # Only a passive with its agent takes a lent subject: an active verb after an object of
    # "found" is as often the object's description ("found meals cost half the price").
    lent = _lent_subject(verb) if "agent" in kids else None
    passive = ("nsubjpass" in kids or lent is not None) and "agent" in kids
    subject = kids.get("nsubj", kids.get("csubj", lent))
    if not passive:
        if "dobj" not in kids or subject is None or _describes(subject):
            return None
    elif _describes(kids.get("nsubjpass", lent)):
        return None
    end = kids["agent"] if passive else verb
    start = modal if modal is not None else verb
    words = verb.doc[min(start.i, end.i) : max(start.i, end.i) + 1].text
    code = HEDGES[modal.lower_] if modal is not None else 6
    return Predicate(code, words)


def _lent_subject(verb: Any) -> Any | None:
    """The subject of a reported clause that the parser hung on the verb of reporting.

    "Scientists have discovered *mosquitoes* are repulsed by …": the small model often
    reads the clause's subject as the object of "discovered" and leaves the clause without
    one. That object, standing just before the clause's verb (its auxiliaries between),
    is the clause's subject.
    """
    if verb.dep_ != "ccomp" or lemma_of(verb.head) not in REPORTING:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "csubjpass"} for c in verb.children):
        return None
    obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if obj is None:
        return None
    between = verb.doc[obj.i + 1 : verb.i]
    if any(t.dep_ not in {"aux", "auxpass", "neg", "advmod"} for t in between):
        return None
    return obj


def _describes(subject: Any) -> bool:
    """Whether a subject makes the predicate a description: a person acting, a count."""
    if subject.lower_ in {"i", "we", "you", "he", "she", "they", "it", "this", "that"}:
        return True
    if subject.like_num or any(c.like_num or c.text == "%" for c in subject.subtree):
        return True
    from sourcetrace.quotes.cues import person_noun

    return subject.dep_ != "csubj" and person_noun(subject.lower_)


def people_subject(text: str, start: int) -> bool:
    """Whether the modal at ``start`` hedges what happens to a group of people.

    "Parents *can expect* to live longer", "overweight men *could earn* less": the modal's
    verb is not an effect verb and its subject is the people the finding is about, so the
    statement compares how groups fare (InSciOut's correlational) rather than hedging a
    cause.

    Args:
        text: The statement.
        start: Offset of the modal ("can", "may", …) in it.

    Returns:
        True when the parse shows a people subject; False otherwise or without a parser.
    """
    return _people_subject(text, start)


@lru_cache(maxsize=2048)
def _people_subject(text: str, start: int) -> bool:
    modal = _token_at(text, start)
    if modal is None or modal.dep_ != "aux":
        return False
    doc = modal.doc
    subject = next((c for c in modal.head.children if c.dep_ == "nsubj"), None)
    if subject is None and not any(c.dep_ in _SUBJECTS for c in modal.head.children):
        # The parse hung the subject elsewhere ("at the age of 60, *men* and women … could
        # expect": "men" read as a conjunct of "60"): the clause's first noun before the
        # modal, after the last comma or "that", is its subject.
        subject = _clause_noun(doc, modal.i)
    return subject is not None and subject.lower_ in human_words()


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


def _clause_noun(doc: Any, end: int) -> Any | None:
    """The first noun of the clause that ends just before token ``end`` (None if none)."""
    start = end
    while start > 0 and doc[start - 1].text not in {",", ";", ":", "that"}:
        start -= 1
    return next((t for t in doc[start:end] if t.tag_ in SUBJECT_END), None)


def acts_on_object(text: str, start: int) -> bool:
    """Whether the verb under the modal at ``start`` acts on a thing (its direct object).

    "Mothers who are overweight *can rob* their baby of years": the group does something
    to someone else, so the modal hedges an effect. "Parents *can expect* to live longer",
    "men *could earn* less", "those who exercise *may have* lower risk", "people *could
    suffer* heart attacks", "*can experience* higher levels of stress": no object, an
    amount, a light verb, a verb the subject undergoes, or an outcome as object (the
    group's own health), so the modal tells how the group fares.

    Args:
        text: The statement.
        start: Offset of the modal in it.

    Returns:
        True when the parse shows it; False otherwise or without a parser.
    """
    modal = _token_at(text, start)
    if modal is None or modal.dep_ != "aux":
        return False
    verb = modal.head
    if not verbal(verb) or lemma_of(verb) in LIGHT or lemma_of(verb) in REPORTING:
        return False
    from sourcetrace.claims.effect import is_outcome, undergoes

    if undergoes(verb):
        return False
    return any(
        c.dep_ == "dobj" and c.tag_ in _THINGS and not c.like_num and not is_outcome(c)
        for c in verb.children
    )


# The tags of a direct object that names a thing (not "less", "more", a number).
_THINGS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP"})


@lru_cache(maxsize=1)
def human_words() -> frozenset[str]:
    """The words that name people, with their inflections (from the population rules)."""
    from sourcetrace.claims.population import HUMAN_WORDS, _expand

    return frozenset(_expand(HUMAN_WORDS))


# Nouns that name an amount or a count: their rising or falling is a trend.
QUANTITIES = frozenset(
    {
        "number", "numbers", "rate", "rates", "level", "levels", "case", "cases",
        "proportion", "percentage", "share", "amount", "incidence", "prevalence", "count",
        "figure", "figures", "total", "demand", "use", "sales", "price", "prices", "cost",
        "costs", "toll", "deaths", "admissions", "diagnoses",
    }
)  # fmt: skip


def trend(text: str, start: int) -> bool:
    """Whether the change verb at ``start`` tells a trend, not an effect.

    "The number of people with diabetes *has trebled*", "demand *is likely to increase*":
    the verb has no object and its subject is an amount, so the statement says how a
    figure moved, not what moved it.

    Args:
        text: The statement.
        start: Offset of the verb in it.

    Returns:
        True when the parse shows it; False otherwise or without a parser.
    """
    return _trend(text, start)


@lru_cache(maxsize=2048)
def _trend(text: str, start: int) -> bool:
    verb = _token_at(text, start)
    if verb is None or not verb.tag_.startswith("VB"):
        return False
    kids = {c.dep_ for c in verb.children}
    if kids & {"dobj", "agent", "nsubjpass", "ccomp", "xcomp"}:
        return False
    holder = verb
    # "is likely to increase", "is expected to double", "have trebled and … increased":
    # the subject sits on the verb above.
    for _ in range(3):
        if any(c.dep_ == "nsubj" for c in holder.children):
            break
        if holder.dep_ not in {"xcomp", "acomp", "conj"}:
            break
        holder = holder.head
    subject = next((c for c in holder.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ in QUANTITIES


def subject_span(text: str) -> tuple[int, int] | None:
    """Return the span of the subject of the statement's main predicate.

    A relation word inside the subject describes who or what the finding is about
    ("women *at high risk* of ovarian cancer", "people with a *higher level* of
    education"); the statement's own relation is told by its predicate.

    Args:
        text: The statement.

    Returns:
        Start and end offsets of the subject's words, or None when the parse gives no
        subject or no parser is installed.
    """
    return _subject_span(text)


@lru_cache(maxsize=4096)
def _subject_span(text: str) -> tuple[int, int] | None:
    doc = parse_text(text)
    if doc is None:
        return None
    verb = reported_by(next((t for t in doc if t.dep_ == "ROOT"), None))
    if verb is None:
        return None
    subject = next(
        (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "csubj", "csubjpass"}),
        None,
    )
    if subject is None:
        return None
    words = list(subject.subtree)
    return words[0].idx, words[-1].idx + len(words[-1].text)


def modifier_at(text: str, start: int) -> bool:
    """Whether the word at ``start`` modifies a noun rather than acting as a verb.

    "Coffee drinkers had *lower* blood pressure", "meals contain almost *treble* the fat":
    the tagger reads the word as an adjective or predeterminer (JJ, JJR, RBR, PDT), and
    no noun or pronoun stands just before it, as a verb's subject would ("Statins *lower*
    cholesterol", which the small model also tags JJR), nor a possessive just after it,
    opening a verb's object ("commuters who cycled *lower* their risk").

    Args:
        text: The statement.
        start: Offset of the word in it.

    Returns:
        True when the parse shows it; False otherwise or without a parser.
    """
    tok = _token_at(text, start)
    if tok is None or tok.tag_ not in {"JJ", "JJR", "RBR", "PDT"}:
        return False
    doc = tok.doc
    # A possessive after it opens a verb's object: "cyclists *lower* their risk".
    if tok.i + 1 < len(doc) and doc[tok.i + 1].tag_ == "PRP$":
        return False
    return tok.i == 0 or not doc[tok.i - 1].tag_.startswith(("NN", "PRP"))
