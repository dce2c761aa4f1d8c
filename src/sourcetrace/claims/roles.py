"""The grammatical role of a cue word: whether it relates the finding's exposure and outcome.

A cue word of the lexicon (:mod:`sourcetrace.claims.cues`) states a relation only as the
predicate of the statement's finding. The same word in another role states none, and the
dependency parse of the ``quotes`` extra tells the role:

* ``noun`` — a verb cue used as a noun: "every one-point *increase* in BMI", "excluding
  *fuel* costs" (a determiner, number or possessive on it, or a noun's role in a statement
  that has its own verb);
* ``modifier`` — a participle used as an adjective: "*Prolonged* stimulant use", "the
  results are similar, but *limited* to …";
* ``relative`` — a verb in a relative clause describing something else than the
  finding: "telomeres, structures on the end of DNA, *which protect* it", "men *who trim*
  …" (not the finding itself: "found a gene *that protects* against …", "is a nutrient
  *which protects* the bones");
* ``study`` — what the study or its findings do, not an exposure: "the findings *raise*
  the prospect", "the *impact of* our findings";
* ``caveat`` — a relation named in what the statement says cannot be concluded: "firm
  conclusions about *cause and effect* cannot be drawn", "cannot prove direct *cause*".

:func:`idle_role` answers for one cue; without a parser it answers None, and the lexicon
alone decides.
"""

from __future__ import annotations

from typing import Any

from sourcetrace.claims import predicate as pred

# Dependency roles of a noun.
_NOMINAL = frozenset({"compound", "pobj", "nsubj", "nsubjpass", "appos", "npadvmod"})
# Prepositions that give a noun of relation its argument ("cause *of*", "damage *to*").
_RELATION_PREPS = frozenset({"of", "to", "on", "against", "from"})
# Children that only a noun takes.
_NOUN_CHILDREN = frozenset({"det", "poss", "nummod", "predet"})
# Modals of ability: "cannot", "could not" (not a denial of the finding: "did not find").
_ABILITY = frozenset({"can", "could", "ca"})
# The study and what it yields: a verb they are the subject of tells what the study does.
_STUDY = pred.STUDY_NOUNS | {"findings", "finding", "results", "result", "evidence"}


def idle_role(text: str, start: int, *, verb_cue: bool) -> str | None:
    """Why the cue at ``start`` states no relation of the finding, if the parse shows one.

    Args:
        text: The statement.
        start: Offset of the cue's first word in it.
        verb_cue: Whether the cue is a bare verb of the lexicon (``causal_verb``): only a
            verb is read for its part of speech, relative clause and subject.

    Returns:
        ``noun``, ``modifier``, ``relative``, ``study`` or ``caveat``; None when the cue
        holds its role, the parse does not show it, or no parser is installed.
    """
    doc = pred.parse_text(text)
    if doc is None:
        return None
    tok = next((t for t in doc if t.idx == start), None)
    if tok is None:
        return None
    if _caveat(tok):
        return "caveat"
    if _of_study(tok):
        return "study"
    if not verb_cue:
        return None
    if _noun(doc, tok):
        return "noun"
    if _modifier(tok):
        return "modifier"
    if _study_subject(tok):
        return "study"
    if _relative(tok):
        return "relative"
    return None


def _noun(doc: Any, tok: Any) -> bool:
    """A verb cue the tagger reads as a noun in a noun's role."""
    if tok.tag_ not in {"NN", "NNS"}:
        return False
    # A headline's verb is often tagged as a noun inside one noun phrase ("Coffee *fuels*
    # growth", "a woman's BMI *shortens* her baby's telomeres"): the parse is trusted only
    # in a statement with a verb of its own.
    own_verb = any(
        t.i != tok.i and (t.tag_ in pred.FINITE or t.tag_ == "MD") and t.dep_ != "aux" for t in doc
    )
    # What only a noun takes (a determiner, a number, a possessive), or a noun modifying a
    # noun ("*fuel* costs"); not an object or complement ("gave a significant *benefit*",
    # "provides *protection*" name the effect itself).
    if not own_verb or tok.dep_ not in _NOMINAL:
        return False
    if any(c.dep_ == "prep" and c.lower_ in _RELATION_PREPS for c in tok.children):
        # A noun of relation with its argument ("a potential *cause of* dementia",
        # "*damage to* the brain"): the lexicon's noun reading stands.
        return False
    return tok.dep_ == "compound" or any(c.dep_ in _NOUN_CHILDREN for c in tok.children)


def _modifier(tok: Any) -> bool:
    """A participle cue used as an adjective (attributive, or conjoined to a copula's)."""
    word = str(tok.lower_)
    if not word.endswith(("ed", "ing")):
        return False
    if tok.dep_ == "amod" or tok.tag_ == "JJ":
        # Not the statement's only verb ("taking them *reduced* colds", tagged JJ).
        return any(
            t.i != tok.i and (t.tag_ in pred.FINITE or t.tag_ == "MD") and t.dep_ != "aux"
            for t in tok.doc
        )
    # "The results are similar …, but *limited* to …": a participle conjoined to the
    # copula, with no auxiliary of its own, is the copula's complement.
    return (
        tok.dep_ == "conj"
        and pred.lemma_of(tok.head) == "be"
        and not any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in tok.children)
    )


def _relative(tok: Any) -> bool:
    """A verb cue in a relative clause on a noun that is not what the finding states."""
    clause = tok
    for _ in range(4):
        if clause.dep_ == "relcl":
            break
        if clause.dep_ not in {"conj", "xcomp"} or clause.head.i == clause.i:
            return False
        clause = clause.head
    else:
        return False
    if not any(c.tag_ in {"WDT", "WP"} for c in clause.children):
        return False  # no relative pronoun: "a way *to avoid* malaria" tells the finding
    noun = clause.head
    from sourcetrace.claims.effect import acts_on_outcome, is_outcome

    passive = any(c.dep_ == "nsubjpass" for c in tok.children)
    if acts_on_outcome(tok) or (passive and is_outcome(noun)):
        # An effect on an outcome may be the finding, told in a relative clause ("a jab
        # *which slashes* pain", "exercise *that raises* your heart rate").
        return False
    if noun.dep_ == "nsubj" and pred.lemma_of(noun.head) == "be":
        # "The ingredient *which makes* the diet healthy is magnesium": the copula
        # identifies what the relative clause states.
        return False
    if noun.dep_ not in {"dobj", "attr", "oprd"}:
        return True
    # The object or complement of the predicate (or of a verb of reporting) is what the
    # finding is about: "found a gene *that protects*", "is a nutrient *which protects*".
    verb = noun.head
    root = pred.reported_by(next((t for t in tok.doc if t.dep_ == "ROOT"), None))
    return (root is None or verb.i != root.i) and pred.lemma_of(verb) not in pred.REPORTING


def _study_subject(tok: Any) -> bool:
    """A verb cue whose subject is the study or its findings ("the findings *raise* …")."""
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ in _STUDY


def _of_study(tok: Any) -> bool:
    """A noun cue whose "of" object is the study or its findings ("the impact of our findings")."""
    if not tok.tag_.startswith("NN"):
        return False
    return any(
        g.dep_ == "pobj" and g.lower_ in _STUDY
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
    )


def _caveat(tok: Any) -> bool:
    """A cue inside an argument of a verb negated under a modal of ability ("cannot prove")."""
    node = tok
    for _ in range(6):
        head = node.head
        if head.i == node.i:
            return False
        if pred.verbal(head) and head.dep_ != "aux":
            kids = list(head.children)
            return (
                (node.i != tok.i or tok.tag_.startswith("NN"))
                and any(c.dep_ == "neg" for c in kids)
                and any(c.dep_ == "aux" and c.lower_ in _ABILITY for c in kids)
            )
        node = head
    return False
