"""A learned ranker that picks a story's main statement among its first sentences.

InSciOut's coders took a story's main statement to be the first statement of its finding.
The candidates are the headline and the first body sentences (:func:`candidates`); each is
described by a few plain features (:data:`FEATURES`: where it sits, whether it states a
relationship and how strongly, whether it reports a study, hooks the reader or quotes
someone, how much it shares with the headline) and scored by a linear model. The model is
a conditional logit (one softmax over a story's candidates) fitted offline by
``benchmarks/fit_main_ranker.py`` under grouped cross-validation, which writes its
parameters as versioned JSON (:func:`load_ranker` reads them); nothing is fitted at run time.

Not the default chooser: under the benchmark's folds by release it beat the rules on the
folds they were read from but fell on their held-out fold (BENCHMARKS.md, issue 17, fourth
round), so :func:`~sourcetrace.claims.main.main_statement` keeps the rules, no model
ships and this experiment lives with the benchmarks, not in the package. Every choice
explains itself: :class:`Choice` holds the features that most set the
chosen sentence above the runner-up.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from sourcetrace.claims.main import (
    _HOOK,
    DEFAULT_MAIN_POLICY,
    FINDING_WORDS,
    MainPolicy,
    Role,
    Statement,
    _trim,
    layout,
    main_statement,
)
from sourcetrace.claims.strength import find_cues

#: Body sentences looked at besides the headline.
CANDIDATE_SENTENCES = 9

#: The features, in the order of the model's weights.
FEATURES: tuple[str, ...] = (
    "headline",
    "before_lede",
    "lede",
    "after_lede_1",
    "after_lede_2",
    "after_lede_3plus",
    "loose",
    "log_words",
    "short",
    "long",
    "cue",
    "cue_correlational",
    "cue_conditional",
    "cue_causal",
    "cue_none_stated",
    "first_cue_so_far",
    "finding_words",
    "found_that",
    "study_word",
    "reporting_verb",
    "said",
    "hook",
    "second_person",
    "quoted",
    "opens_with_quote",
    "number",
    "headline_overlap",
    "rule_choice",
)

#: Features added when the story's source is known (how much a candidate shares with the
#: top of the source: its headline and first body sentences, and its rules' main statement).
SOURCE_FEATURES: tuple[str, ...] = (
    *FEATURES,
    "source_share",
    "source_share_best",
    "source_share_gap",
    "source_main_share",
    "source_align",
    "source_align_best",
)

#: Body sentences of the source whose words the candidates are compared with.
SOURCE_SENTENCES = 4

_WORD = re.compile(r"[a-z][a-z'’-]+")
_STOP_WORDS = """
    the and for that with this from have has had was were are been being will would could
    should may might can their there they them than then what when which who whom whose
    into onto over under about after before more most less least also just only some such
    other its it's your you our his her said says say new study studies researchers
"""
_STOP = frozenset(_STOP_WORDS.split())
_FOUND_THAT = re.compile(
    r"\b(?:found|finds|find|showed|shows|suggests|revealed|concluded)\s+that\b", re.I
)
_STUDY = re.compile(r"\b(?:study|studies|research|trial|analysis|review|survey|paper)\b", re.I)
_REPORTING = re.compile(
    r"\b(?:according to|reported|reports|published in|journal|university|institute)\b", re.I
)
_SAID = re.compile(r"\b(?:said|says|told|explained|added)\b", re.I)
_YOU = re.compile(r"\b(?:you|your|you're|yourself)\b", re.I)
_QUOTE = re.compile(r"[\"“”]")
_NUMBER = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A sentence that may be a story's main statement.

    Attributes:
        start: Offset in the text (trimmed of closing stops and spaces).
        end: End offset.
        role: ``headline``, ``lede`` or ``finding`` (any other body sentence).
        position: Body sentences from the lede (negative before it: sub-headlines and
            standfirsts); None for the headline.
        loose: The sentence sits in a line that is not prose.
    """

    start: int
    end: int
    role: str
    position: int | None
    loose: bool


@dataclass(frozen=True, slots=True)
class Choice:
    """The chosen main statement and why.

    Attributes:
        statement: The chosen sentence.
        score: Its probability among the candidates (the model's softmax).
        reasons: The features that most raised it above the runner-up, strongest first,
            each with its share of the score gap (``"cue_causal +1.20"``).
    """

    statement: Statement
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RankerModel:
    """A linear model over :data:`FEATURES` (standardised by ``mean`` and ``scale``).

    Attributes:
        version: The name of the fit (data and date).
        features: Feature names; must equal :data:`FEATURES`.
        mean: Feature means on the fitting data.
        scale: Feature standard deviations.
        weights: One weight per feature.
        notes: How it was fitted and measured.
    """

    version: str
    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    notes: str = ""

    def contributions(self, values: Sequence[float]) -> list[float]:
        """Each feature's share of a candidate's score."""
        return [
            w * (x - m) / s
            for w, x, m, s in zip(self.weights, values, self.mean, self.scale, strict=True)
        ]

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data."""
        return {
            "version": self.version,
            "features": list(self.features),
            "mean": list(self.mean),
            "scale": list(self.scale),
            "weights": list(self.weights),
            "notes": self.notes,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RankerModel:
        """Build a model from :meth:`to_dict` data.

        Raises:
            ValueError: The features differ from :data:`FEATURES` or the lengths differ.
        """
        names = tuple(data["features"])
        if names not in (FEATURES, SOURCE_FEATURES):
            raise ValueError(
                f"main-statement ranker features {names} are neither FEATURES nor SOURCE_FEATURES"
            )
        model = cls(
            version=str(data["version"]),
            features=names,
            mean=tuple(map(float, data["mean"])),
            scale=tuple(map(float, data["scale"])),
            weights=tuple(map(float, data["weights"])),
            notes=str(data.get("notes", "")),
        )
        if not len(model.mean) == len(model.scale) == len(model.weights) == len(names):
            raise ValueError("main-statement ranker: mean, scale and weights need one per feature")
        return model


@lru_cache(maxsize=4)
def load_ranker(path: str) -> RankerModel:
    """Return the ranker written at ``path`` by ``benchmarks/fit_main_ranker.py --write``."""
    return RankerModel.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))


def candidates(text: str, *, policy: MainPolicy = DEFAULT_MAIN_POLICY) -> list[Candidate]:
    """Return the headline and the first body sentences of a text, in text order.

    Args:
        text: A news story.
        policy: Which lines are furniture, headline and prose.
    """
    lay = layout(text, policy=policy)
    out: list[Candidate] = []
    if lay.headline is not None:
        out.append(Candidate(*lay.headline, "headline", None, False))
    lede = lay.lede
    at = lay.body.index(lede) if lede is not None else 0
    for i, (a, b) in enumerate(lay.body[:CANDIDATE_SENTENCES]):
        s, e = _trim(text, a, b)
        role = "lede" if (a, b) == lede else "finding"
        out.append(Candidate(s, e, role, i - at, (a, b) in lay.loose))
    return out


def _content(text: str) -> set[str]:
    # Content words cut to six letters: a crude stem ("protects", "protection").
    return {w[:6] for w in _WORD.findall(text.lower()) if len(w) > 3 and w not in _STOP}


def _source_sentences(source: str) -> tuple[list[set[str]], set[str]]:
    lay = layout(source)
    spans = ([lay.headline] if lay.headline else []) + list(lay.body[:SOURCE_SENTENCES])
    main = main_statement(source)
    return [_content(source[a:b]) for a, b in spans], (
        _content(source[main.start : main.end]) if main is not None else set()
    )


def _cosine(a: set[str], b: set[str]) -> float:
    return len(a & b) / math.sqrt(len(a) * len(b)) if a and b else 0.0


def features(
    text: str,
    found: Sequence[Candidate],
    rule: Statement | None = None,
    *,
    source: str | None = None,
) -> list[list[float]]:
    """Return each candidate's feature values, in the order of :data:`FEATURES`.

    Args:
        text: The story.
        found: Its candidates (:func:`candidates`).
        rule: The statement the rules choose (:func:`~sourcetrace.claims.main.main_statement`).
        source: The story's source, if known: the values of :data:`SOURCE_FEATURES` follow.
    """
    head = next((c for c in found if c.role == "headline"), None)
    head_words = _content(text[head.start : head.end]) if head is not None else set()
    rows = []
    cue_seen = False
    for c in found:
        sent = text[c.start : c.end]
        hits = find_cues(sent)
        codes = {h.code for h in hits}
        top = max(codes, default=0)
        words = len(sent.split())
        mine = _content(sent)
        pos = c.position
        rows.append(
            [
                float(c.role == "headline"),
                float(pos is not None and pos < 0),
                float(pos == 0),
                float(pos == 1),
                float(pos == 2),
                float(pos is not None and pos >= 3),
                float(c.loose),
                math.log(words),
                float(words < 12),
                float(words > 40),
                float(top >= 1),
                float(top in (2, 3)),
                float(top in (4, 5)),
                float(top == 6),
                float(top == 0),
                float(top >= 1 and not cue_seen and c.role != "headline"),
                float(bool(FINDING_WORDS.search(sent))),
                float(bool(_FOUND_THAT.search(sent))),
                float(bool(_STUDY.search(sent))),
                float(bool(_REPORTING.search(sent))),
                float(bool(_SAID.search(sent))),
                float(bool(_HOOK.match(sent))),
                float(bool(_YOU.search(sent))),
                float(bool(_QUOTE.search(sent))),
                float(sent.lstrip()[:1] in "\"“'‘"),
                float(bool(_NUMBER.search(sent))),
                len(mine & head_words) / len(mine) if mine and c.role != "headline" else 0.0,
                float(rule is not None and rule.start == c.start),
            ]
        )
        if c.role != "headline" and top >= 1:
            cue_seen = True
    if source is not None:
        tops, main_words = _source_sentences(source)
        sims = []
        for c in found:
            mine = _content(text[c.start : c.end])
            near = max((_cosine(mine, t) for t in tops), default=0.0)
            sims.append((near, _cosine(mine, main_words)))
        from sourcetrace.claims.align import align

        best = max(s for s, _ in sims)
        aligned = [align(text[c.start : c.end], source, main_only=True) for c in found]
        scores = [a.score if a is not None else 0.0 for a in aligned]
        top_score = max(scores)
        for row, (sim, main_sim), sc in zip(rows, sims, scores, strict=True):
            row += [sim, float(sim == best and best > 0), sim - best, main_sim]
            row += [sc, float(sc == top_score and sc > 0)]
    return rows


def choose(
    text: str,
    model: RankerModel,
    *,
    source: str | None = None,
    policy: MainPolicy = DEFAULT_MAIN_POLICY,
) -> Choice | None:
    """Return the candidate the ranker scores highest as the story's main statement.

    Args:
        text: A news story.
        source: The text it was written from, if known (a press release): its sentences
            are compared with the candidates, and the model fitted with them is used.
        model: The ranker (:func:`load_ranker`).
        policy: Which lines are furniture, headline and prose.

    Returns:
        The choice with its score and reasons, or None for a text with no candidate.

    Raises:
        ValueError: ``model`` reads the source and none is given.
    """
    found = candidates(text, policy=policy)
    if not found:
        return None
    m = model
    if m.features == SOURCE_FEATURES and source is None:
        raise ValueError("this main-statement ranker reads the story's source: pass source=")
    if m.features == FEATURES:
        source = None
    rows = features(text, found, main_statement(text, policy=policy), source=source)
    contrib = [m.contributions(r) for r in rows]
    scores = [sum(c) for c in contrib]
    top = max(scores)
    exp = [math.exp(s - top) for s in scores]
    best = scores.index(top)
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    reasons: tuple[str, ...] = ()
    if len(order) > 1:
        gap = [a - b for a, b in zip(contrib[best], contrib[order[1]], strict=True)]
        ranked = sorted(range(len(gap)), key=lambda j: -gap[j])
        reasons = tuple(f"{m.features[j]} {gap[j]:+.2f}" for j in ranked[:3] if gap[j] > 0)
    c = found[best]
    role: Role = "headline" if c.role == "headline" else "lede" if c.role == "lede" else "finding"
    return Choice(Statement(c.start, c.end, role), exp[best] / sum(exp), reasons)
