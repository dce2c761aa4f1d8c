"""A verb of effect: an exposure acting on an outcome, read from the parse (no cue word).

Health and science writing states a finding causally with almost any verb whose subject is
an exposure and whose object is an outcome: "Coffee *protects* the liver", "Air pollution
*stunts* lung growth", "Phones *interfere with* sleep", "Walking *wards off* depression". A
verb lexicon never lists them all; the shape of the clause does. This module reads that
shape from the dependency parse of the ``quotes`` extra, with two word classes instead of a
verb list:

* the **subject is an exposure** — a substance, food, drug, behaviour, treatment or
  condition; not a person or a name, a study, an organisation, a count or amount, nor a body
  part unless something is done to it (a gerund is a behaviour: "Smoking ages the skin",
  "Shaving pubic hair ups the risk");
* the **object or complement is an outcome** — health, a disease, a body part or system, an
  ability, a measure of them or its risk (:data:`OUTCOMES`, plus the endings of disease
  names: "-itis", "-osis", "-oma" …).

The verb is finite (or under a modal) and is neither a verb of reporting, a light verb nor a
verb of a study's method. Its reading:

* bare: causal (6); under "may/might/could/would" 4, under "can" 5;
* negated ("Coffee does not shield the liver"): no relationship (1);
* the same shape with a **comparison group** as subject ("Women who drink coffee *have
  healthier* hearts", "People who eat nuts *live longer*"): a population's outcome compared,
  not an exposure acting: correlational (2).

The small model often reads a headline's verb as a noun ("Green tea *guards* against heart
disease": "guards" NNS, the root of one noun phrase); such a word is taken as the verb only
when it ends in "-s", stands right after the subject's noun and right before its object or a
preposition of effect, and the subject and object pass the tests above.

:mod:`sourcetrace.claims.strength` reads a statement with no cue word through
:func:`verb_of_effect` when the parse's predicate rule
(:func:`~sourcetrace.claims.predicate.effect_predicate`) finds no verb acting on an object.

Without spaCy or an English model, :func:`verb_of_effect` returns None.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sourcetrace.claims import predicate as pred

#: Outcomes an exposure acts on: health and illness, the body's senses and states, what a
#: person can do, and the measures of them (the body's parts are :data:`_BODY`'s, read
#: too). Singular forms; a plural "-s"/"-es" is read too.
OUTCOMES = frozenset(
    {
        # health, illness, death
        "health", "wellbeing", "well-being", "illness", "disease", "disorder", "condition",
        "infection", "inflammation", "cancer", "tumour", "tumor", "diabetes", "obesity",
        "dementia", "alzheimer's", "depression", "anxiety", "stress", "pain", "ache",
        "fatigue", "asthma", "allergy", "stroke", "attack", "psychosis", "injury", "death",
        "mortality", "survival", "recovery", "symptom", "damage", "decline", "ageing",
        "aging", "harm", "fracture", "addiction", "insomnia", "miscarriage", "birth",
        "deficiency", "defect", "autism", "virus", "flu", "cold", "cough", "fever",
        "headache", "migraine", "nausea", "acne", "eczema", "wrinkle", "ulcer", "cavity",
        "decay", "malaria", "hiv", "adhd", "schizophrenia", "pneumonia", "anorexia",
        "emotion", "empathy", "confidence", "self-esteem", "productivity", "temperature",
        "bacteria", "germ", "mood", "happiness",
        "risk", "chance", "odds", "likelihood", "lifespan", "life", "longevity",
        # the body's senses, shape and states (its parts and systems are _BODY's)
        "eyesight", "vision", "hearing", "waist", "waistline", "metabolism", "immunity",
        "pregnancy", "fertility", "clock",
        # abilities and behaviour
        "memory", "learning", "intelligence", "iq", "cognition", "concentration",
        "attention", "focus", "performance", "ability", "skill", "sleep", "appetite",
        "behaviour", "behavior", "development", "growth", "weight", "fitness", "strength",
        "energy", "libido", "thinking", "judgment", "judgement", "reading",
        # what a life yields
        "income", "pay", "salary", "earnings",
        # measures
        "pressure", "cholesterol", "sugar", "glucose", "insulin", "level", "rate",
        "function", "count", "density", "mass", "size", "score", "grade", "outcome",

    }
)  # fmt: skip
# Measures and states that are a person's health only with a health word that says whose
# ("heart rate", "lung growth", "immune system", "decline of memory").
_GENERAL_MEASURES = frozenset(
    {
        "attack", "decline", "life", "income", "pay", "salary", "earnings", "system",
        "clock", "level", "rate", "function", "count", "density", "mass", "size", "score",
        "grade", "outcome", "performance", "growth", "development", "confidence",
        "strength", "energy", "reading", "focus", "attention", "condition", "damage",
    }
)  # fmt: skip
# The share of a text's longer words capitalised for it to read as a title-case headline
# ("Green Tea Guards Against Heart Disease"), where proper names cannot be told apart.
_HEADLINE_SHARE = 0.8
# Places of care: an outcome only where someone is sent or taken to them.
_CARE = frozenset({"hospital", "a&e", "intensive"})
# The body's parts and systems: as a subject they tell physiology ("the pancreas produces
# insulin"), not an exposure.
_BODY = frozenset(
    {
        "body", "heart", "brain", "mind", "liver", "kidney", "lung", "skin", "bone",
        "muscle", "joint", "gut", "stomach", "bowel", "colon", "breast", "prostate",
        "blood", "artery", "vessel", "cell", "tissue", "gene", "dna", "teeth", "tooth",
        "gum", "eye", "ear", "hair", "hormone", "microbiome", "sperm", "egg", "embryo",
        "womb", "nerve", "neuron", "system", "pancreas", "organ", "immune",
    }
)  # fmt: skip
# Every word that names an outcome: the outcomes and the body's parts, joined once.
_OUTCOME_WORDS = OUTCOMES | _BODY
# Endings of the names of diseases and their kinds ("arthritis", "osteoporosis",
# "melanoma", "anaemia", "neuropathy", "neuralgia").
_OUTCOME_ENDINGS = ("itis", "osis", "oma", "omas", "emia", "aemia", "pathy", "algia")
# Subjects that act or report rather than expose: organisations and the study's own words.
_NOT_EXPOSURES = frozenset(
    {
        "study", "studies", "research", "report", "survey", "review", "analysis", "trial",
        "paper", "data", "figures", "finding", "findings", "evidence", "results", "poll",
        "government", "council", "nhs", "hospital", "hospitals", "university", "school",
        "schools", "company", "companies", "firm", "agency", "trust", "trusts", "ministry",
        "committee", "charity", "organisation", "organization", "department", "authority",
        "institute", "team", "service", "services", "clinic", "clinics", "country",
        "countries", "state", "states", "city", "nation", "britain", "england", "uk", "us",
        "one", "some", "many", "most", "all", "half", "majority", "minority", "who",
        # counts of people: "*Millions* of people are increasing their risk by …"
        "millions", "thousands", "hundreds", "dozens", "scores", "tens",
    }
)  # fmt: skip
# Prepositions that introduce an outcome after an intransitive verb of effect ("interferes
# *with* sleep", "guards *against* disease", "contributes *to*", "fends *off*").
_EFFECT_PREPS = frozenset({"with", "against", "to", "off"})
# "from" only after an object ("shields babies *from* infection"; not "suffers from").
_FROM = "from"
# Verbs that relate or respond rather than act ("traits *relate to* eating behaviours",
# "the decline *matches* a decline"), that tell or find rather than act ("*told* Reuters
# Health", "tests *spot* cancer"), or what researchers do to a measure ("*investigated*
# death rates"): no exposure acting.
_RELATING = frozenset(
    {"relate", "correspond", "correlate", "respond", "react", "adhere", "refer", "belong",
     "compare", "apply", "point", "link", "tie", "connect", "associate", "match", "mirror",
     "tell", "told", "spot", "detect", "diagnose", "identify", "unearth", "uncover",
     "investigate", "explore", "evaluate", "calculate", "quantify", "estimate"}
)  # fmt: skip
# Verbs whose subject undergoes the outcome ("Stiles *developed* the disease", "the issue
# *has received* less attention"): not an exposure acting, though a compared group's
# outcome ("Women with dementia *receive* less attention").
_UNDERGOING = frozenset(
    {"suffer", "die", "develop", "contract", "catch", "experience", "exceed", "undergo",
     "undergone", "underwent", "receive"}
)  # fmt: skip
# Tokens from the subject's last word to the verb beyond which the parse is not trusted.
_SUBJECT_REACH = 8
# Comparatives told without a suffix.
_MORE = frozenset({"more", "less", "fewer", "better", "worse", "longer", "shorter"})
# Light verbs read only for a comparison group ("have healthier hearts", "live longer").
_GROUP_VERBS = frozenset({"have", "live", "get"})
# Verbs of how a group fares (the subject lives, sleeps, scores …): compared, not caused.
_FARING = frozenset({"live", "survive", "recover", "sleep", "perform", "score", "fare", "die"})


@dataclass(frozen=True, slots=True)
class Effect:
    """A clause that states, or compares, an outcome without a cue word.

    Attributes:
        code: 6 causal, 4/5 under a hedge or "can", 1 negated, 2 a comparison group's.
        verb: The verb's words ("stunts", "does not shield", "have healthier").
        subject: The subject's head ("pollution", "women").
        object: The outcome's head ("growth", "hearts"); "" when the verb names it
            ("live longer").
    """

    code: int
    verb: str
    subject: str
    object: str

    @property
    def cue(self) -> str:
        """How the label is explained ("verb of effect: 'stunts' (subject …, object …)")."""
        kind = "comparison group" if self.code == 2 else "verb of effect"
        obj = f", object '{self.object}'" if self.object else ""
        return f"{kind}: '{self.verb}' (subject '{self.subject}'{obj})"


def verb_of_effect(text: str) -> Effect | None:
    """Return the effect the statement's main clause states by its shape, if any.

    Args:
        text: The statement (one sentence or clause, usually with no cue word).

    Returns:
        The :class:`Effect`, or None when the clause is not of that shape or no parser is
        installed.

    Example:
        >>> e = verb_of_effect("Air pollution stunts children's lung growth")
        >>> (e.code, e.verb, e.subject, e.object) if e else None  # doctest: +SKIP
        (6, 'stunts', 'pollution', 'growth')
    """
    return _verb_of_effect(text)


@lru_cache(maxsize=2048)
def _verb_of_effect(text: str) -> Effect | None:
    if text.rstrip().rstrip("\"'”’").endswith("?"):
        return None  # a question ("Does tea soothe the mind?") states no effect
    doc = pred.parse_text(text)
    if doc is None:
        return None
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    main = pred.reported_by(root)
    if main is None:
        return None
    candidates = [main] if pred.verbal(main) else []
    if not candidates or (main.tag_ == "VBG" and main.dep_ == "ROOT"):
        # No verb, or a gerund root ("Smoking ages the skin"): a headline's hidden verb.
        candidates += _headline_candidates(doc, main)
    for verb in candidates:
        found = _frame(verb)
        if found is not None:
            return found
    return None


def clear() -> None:
    """Forget the answers (the parses are :func:`sourcetrace.claims.predicate.clear`'s)."""
    _verb_of_effect.cache_clear()


def _headline_candidates(doc: Any, root: Any) -> list[Any]:
    """Verbs a headline's parse hides: a finite verb under the noun root, an "-s" noun."""
    out = []
    for tok in doc[1:-1]:
        # "Mobile phones interfere with sleep": a finite verb hung on its noun.
        hung = tok.tag_ in pred.FINITE and tok.dep_ == "acl"
        # "Green tea guards against …", "Smoking ages the skin": an "-s" word after a noun.
        if not hung and not (
            _s_word(tok)
            and (doc[tok.i - 1].tag_ in pred.SUBJECT_END or doc[tok.i - 1] == root == doc[0])
        ):
            continue
        if tok.dep_ == "relcl" or any(a.dep_ == "relcl" for a in tok.ancestors):
            continue
        out.append(tok)
    return out


def _s_word(tok: Any) -> bool:
    """Whether a token may be a headline's "-s" verb the tagger read as another word."""
    word = str(tok.lower_)
    if (
        not word.endswith("s")
        or len(word) < 4
        or tok.tag_ not in {"NNS", "NN", "VBZ", "JJ"}
        or not tok.is_alpha
        or tok.is_upper
        or word.endswith(pred.NOT_VERB_ENDINGS)
    ):
        return False
    if any(c.dep_ == "relcl" for c in tok.children) or word in pred.human_words():
        return False  # a noun with its relative clause: "parents who piled on …"
    return not _is_outcome(tok)


def _frame(verb: Any) -> Effect | None:
    """The effect of one candidate verb, when its subject and object are of the shape."""
    lemma = pred.lemma_of(verb)
    if lemma in pred.REPORTING or (lemma in pred.LIGHT and lemma not in _GROUP_VERBS):
        return None
    if not pred.verbal(verb) and (lemma[:-1] in pred.REPORTING or lemma[:-1] in pred.LIGHT):
        return None
    aux = [c for c in verb.children if c.dep_ == "aux"]
    if any(a.lower_ in pred.DEONTIC for a in aux) or any(
        c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children
    ):
        return None
    if pred.verbal(verb) and verb.tag_ not in pred.FINITE and not aux:
        return None
    subject = _subject(verb)
    if (
        subject is None
        or verb.i - subject.right_edge.i > _SUBJECT_REACH
        or not _RELATING.isdisjoint(pred.verb_stems(str(verb.lower_)))
    ):
        return None
    negated = next((c for c in verb.children if c.dep_ == "neg"), None)
    after = (
        verb.doc[negated.i + 1] if negated is not None and negated.i + 1 < len(verb.doc) else None
    )
    if after is not None and after.lower_ in {"just", "only", "merely", "simply"}:
        negated = None  # "not just improves … but also protects": no denial
    modal = next((a for a in aux if a.lower_ in pred.HEDGES), None)
    first = min([verb, *aux, *([negated] if negated is not None else [])], key=lambda t: t.i)
    words = verb.doc[first.i : verb.i + 1].text
    if _group(subject):
        compared = _compared(verb, lemma)
        if compared is None or negated is not None:
            return None
        more, compared_outcome = compared
        return Effect(2, f"{words} {more.text}", subject.text, compared_outcome)
    if (
        lemma in _GROUP_VERBS
        or not _UNDERGOING.isdisjoint(pred.verb_stems(str(verb.lower_)))
        or not _exposure(subject)
    ):
        return None
    target = _outcome_object(verb)
    if target is None:
        return None
    if negated is not None:
        code = 1
    elif modal is not None:
        code = pred.HEDGES[modal.lower_]
    else:
        code = 6
    return Effect(code, words, subject.text, target.text)


def _subject(verb: Any) -> Any | None:
    """The subject's head: the parse's, or where a headline's parse hid it."""
    for c in verb.children:
        if c.dep_ in {"nsubj", "csubj"}:
            return c
    if verb.dep_ == "acl" and verb.head.i < verb.i:
        return verb.head  # "phones interfere": the verb hung on its subject
    left = verb.doc[verb.i - 1] if verb.i > 0 else None
    if left is None:
        return None
    if left.dep_ == "compound" and left.head == verb:
        return left  # "Air pollution stunts …": the subject read as the verb's compound
    hidden = not pred.verbal(verb) or (verb.head != verb and not pred.verbal(verb.head))
    if hidden and (left.tag_ in pred.SUBJECT_END or left.tag_ == "VBG"):
        return left  # a headline's "-s" verb: the noun or gerund just before it
    if left.tag_ == "VBG" and left.dep_ == "ROOT" and verb.head == left:
        return left
    return None


def _exposure(subject: Any) -> bool:
    """Whether a subject names an exposure (not a person, a study, a body or a count)."""
    word = str(subject.lower_)
    if subject.tag_ in {"PRP", "WP", "WDT", "DT", "EX", "CD"} or subject.like_num:
        return False
    if any(c.like_num or c.text == "%" for c in subject.subtree if c.i <= subject.i):
        return False
    if (
        word in _NOT_EXPOSURES
        or word in pred.QUANTITIES
        or word in pred.STUDY_NOUNS
        or (_forms(word) & _BODY and not _done_to(subject))
    ):
        return False
    if subject.tag_ == "VBG":
        return True  # a behaviour: "Smoking", "Walking"
    if subject.tag_ in {"NNP", "NNPS"} and (
        any(c.dep_ == "compound" and c.tag_ in {"NNP", "NNPS"} for c in subject.children)
        or not _headline(subject.doc)
    ):
        return False  # a name: "Stephen Hawking suffers from …", "Jolie beats cancer"
    from sourcetrace.quotes.cues import person_noun

    return not (person_noun(word) or word in pred.human_words())


def _done_to(part: Any) -> bool:
    """Whether a body part is what a behaviour is done to ("*Shaving* pubic hair")."""
    before = part.doc[part.i - 1] if part.i > 0 else None
    return any(t.lower_.endswith("ing") for t in part.lefts) or (
        before is not None and before.tag_ == "VBG"
    )


def _group(subject: Any) -> bool:
    """Whether the subject is a population compared ("women who drink", "fruit flies")."""
    word = str(subject.lower_)
    if word in pred.STUDY_NOUNS or word in {"researchers", "scientists", "experts", "doctors"}:
        return False
    return word in pred.human_words() or word in _animal_words()


@lru_cache(maxsize=1)
def _animal_words() -> frozenset[str]:
    from sourcetrace.claims.population import NON_HUMAN_WORDS, _expand

    return frozenset(_expand(NON_HUMAN_WORDS))


def _compared(verb: Any, lemma: str) -> tuple[Any, str] | None:
    """The comparative and the outcome it compares ("have *healthier* hearts").

    For a verb of faring ("live *longer*") the outcome is the verb's own, so "".
    """
    faring = lemma in _FARING or not _FARING.isdisjoint(pred.verb_stems(str(verb.lower_)))
    for c in verb.children:
        if c.dep_ in {"advmod", "acomp"} and _comparative(c) and faring:
            return c, ""
        if c.dep_ == "dobj" and _is_outcome(c):
            mod = next((m for m in c.children if m.dep_ == "amod" and _comparative(m)), None)
            if mod is not None:
                return mod, str(c.text)
    return None


def _comparative(tok: Any) -> bool:
    return bool(tok.tag_ in {"JJR", "RBR"} or tok.lower_ in _MORE)


def _outcome_object(verb: Any) -> Any | None:
    """The outcome the verb acts on: its object, an effect preposition's, or the next noun."""
    kids = [
        c
        for c in verb.children
        if c.i > verb.i
        and (c.dep_ in {"dobj", "prep", "attr", "oprd"} or (c.dep_ == "xcomp" and c.tag_ == "VBG"))
    ]
    state = _resultative(verb)
    if state is not None:
        return state
    for c in kids:
        if c.dep_ == "prep":
            has_object = any(k.dep_ == "dobj" for k in kids)
            if c.lower_ not in _EFFECT_PREPS and not (c.lower_ == _FROM and has_object):
                continue
            c = next((t for t in c.children if t.dep_ == "pobj"), None)
            if c is None:
                continue
        found = _outcome_in(c)
        if found is not None:
            return found
    if not pred.verbal(verb) or verb.dep_ == "compound":
        # A headline's hidden verb: the noun phrase right after it (particles, articles,
        # possessives and adjectives between).
        for tok in verb.doc[verb.i + 1 : verb.i + 6]:
            if tok.tag_.startswith("NN"):
                return _outcome_in(tok.head if tok.dep_ in {"compound", "poss"} else tok)
            if tok.is_punct or (tok.tag_ in {"CC", "IN"} and tok.lower_ not in _EFFECT_PREPS):
                return None
    return None


def _resultative(verb: Any) -> Any | None:
    """The state a verb leaves its object in ("leaves people *deaf*", "keeps you *young*")."""
    for c in verb.children:
        if c.dep_ in {"oprd", "ccomp", "acomp"} and c.tag_ in {"JJ", "JJR"} and c.i > verb.i:
            has_object = any(k.dep_ in {"dobj", "nsubj"} and k.i < c.i for k in c.children)
            if has_object or any(k.dep_ == "dobj" for k in verb.children):
                return c
    for obj in verb.children:
        if obj.dep_ == "dobj":
            # "leaves people *deaf*", the adjective read as the object's modifier
            after = [a for a in obj.rights if a.dep_ == "amod" and a.tag_ == "JJ"]
            if after and after[0].i == obj.i + 1:
                return after[0]
    return None


def _outcome_in(head: Any) -> Any | None:
    """The outcome a noun phrase names: its head, or its "of" phrase's head.

    "lung *growth*", "the *risk* of …", "the ageing of the *heart*"; not a modifier of
    another head ("energy density *recommendations*").
    """
    near = [head]
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            near += [t for t in c.children if t.dep_ == "pobj"]
    return next((t for t in near if t.tag_.startswith(("NN", "VBG")) and _is_outcome(t)), None)


def _is_outcome(tok: Any) -> bool:
    """Whether a noun names an outcome (:data:`OUTCOMES`, or a disease's ending).

    A proper name is none (outside an all-capitalised headline): "beats *Fitbit*". A
    general measure (:data:`_GENERAL_MEASURES`) is one only with a health word that
    says whose it is ("*lung* growth", "growth *of tumours*"): alone it is as often an
    economy's, an army's or a story's ("holds the rate", "repelled the attack").
    """
    word = str(tok.lower_)
    if tok.tag_ in {"NNP", "NNPS"} and not _headline(tok.doc):
        return False
    if word.endswith(_OUTCOME_ENDINGS) and len(word) > 6:
        return True
    if word in _CARE:
        # Care that illness calls for, as a destination: "send teenagers *to hospital*".
        return bool(tok.dep_ == "pobj" and tok.head.lower_ in {"to", "into"})
    forms = _forms(word)
    if forms & _GENERAL_MEASURES:
        return any(_is_outcome(t) for t in _whose(tok))
    return bool(forms & _OUTCOME_WORDS)


def is_outcome(tok: Any) -> bool:
    """Whether a parsed noun names an outcome (health, illness, the body, their measures)."""
    return _is_outcome(tok)


def acts_on_outcome(verb: Any) -> bool:
    """Whether a parsed verb acts on an outcome (its object, an effect preposition's)."""
    return _outcome_object(verb) is not None


def undergoes(verb: Any) -> bool:
    """Whether a parsed verb is one its subject undergoes ("suffer", "develop", "receive")."""
    return not _UNDERGOING.isdisjoint(pred.verb_stems(str(verb.lower_)))


def _whose(tok: Any) -> list[Any]:
    """The words that say whose a measure is: its modifiers and an "of" object."""
    mods = [c for c in tok.children if c.dep_ in {"compound", "amod", "nmod", "poss"}]
    of = [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return mods + of


def _headline(doc: Any) -> bool:
    """Whether the text is capitalised as a headline (most of its longer words)."""
    words = [t for t in doc if t.is_alpha and len(t) > 3]
    return bool(words) and sum(t.is_title for t in words) >= _HEADLINE_SHARE * len(words)


def _forms(word: str) -> set[str]:
    """The word and its singulars ("arteries" → "artery", "teeth" → "tooth")."""
    forms = {word, word.removesuffix("s"), word.removesuffix("es")}
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    if word == "teeth":
        forms.add("tooth")
    return forms
