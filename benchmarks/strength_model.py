"""A learned second opinion on claim strength: sentence meaning plus the rules' cues.

The rules of :mod:`sourcetrace.claims.strength` read word patterns; a statement whose
verb the lexicon lacks ("boosts", "good for") gets no cue. This module holds a
multinomial logistic regression over the statement's sentence embedding (the MiniLM of
the optional ``nlp`` extra, :mod:`sourcetrace.embed`) and the rules' own features (their
code, which cues fired, whether the parse decided): it predicts the four-way group
(none / correlational / conditional / causal). Its parameters ship as versioned JSON
(``data/strength_model.json``), fitted by ``benchmarks/fit_strength_model.py`` under
grouped cross-validation; nothing is fitted at run time.

The fitting script writes the file only when rules + model beat the rules under nested
grouped cross-validation; so far they have not (see BENCHMARKS.md, issue 17, fourth
round), so no model ships, :func:`classify_strength` gives the rules' label and this
experiment lives with the benchmarks, not in the package (shipping a model would also
mean calling :func:`refine` from ``classify_strength``). A model is used only with the
``nlp`` extra installed and only within its scope
(:class:`ModelScope`): where it disagrees with the rules with enough confidence, the
statement takes the model's group, and its cues say so ("model: causal (p 0.81; rules:
no_relationship_stated)"). Without the extra the rules alone decide.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Literal

import numpy as np
import numpy.typing as npt

from sourcetrace.claims.strength import CUES, GROUPS, Strength, group_of

#: Version of the feature layout; a model file with another version is not used.
FEATURES_VERSION = 1
#: The model's file inside the package.
MODEL_FILE = "strength_model.json"

#: Which statements the model may relabel: all, or those the rules left without a cue.
ModelScope = Literal["all", "no_cue"]

#: The code a group takes when the model moves a statement into it (a hedge "can" → 5).
_GROUP_CODE = {"none": 0, "correlational": 2, "conditional": 4, "causal": 6}

_CUE_NAMES: tuple[str, ...] = tuple(dict.fromkeys(c.name for c in CUES))

Vector = npt.NDArray[np.float64]


def rule_features(strength: Strength) -> Vector:
    """The rules' side of the features: code one-hot, cue presence, no-cue and parse flags.

    Args:
        strength: The rules' label of the statement.

    Returns:
        A float vector of length ``7 + len(cue names) + 2``.
    """
    out = np.zeros(7 + len(_CUE_NAMES) + 2)
    out[strength.code] = 1.0
    fired = {h.cue for h in strength.hits}
    for i, name in enumerate(_CUE_NAMES):
        if name in fired:
            out[7 + i] = 1.0
    out[-2] = 1.0 if not strength.hits else 0.0
    out[-1] = 1.0 if not strength.hits and strength.code else 0.0
    return out


def features(vector: npt.NDArray[np.floating], strength: Strength) -> Vector:
    """The model's input: the sentence vector followed by :func:`rule_features`."""
    return np.concatenate([np.asarray(vector, dtype=np.float64), rule_features(strength)])


@dataclass(frozen=True, slots=True, eq=False)
class StrengthModel:
    """A fitted multinomial logistic regression over :func:`features`.

    Attributes:
        version: The features' version it was fitted with (:data:`FEATURES_VERSION`).
        cue_names: The cue names of :func:`rule_features`, in order, at fitting time.
        mean: Per-feature mean subtracted before scoring.
        scale: Per-feature divisor after the mean.
        weights: ``(features, 4)`` coefficients, columns in :data:`GROUPS` order.
        bias: ``(4,)`` intercepts.
        scope: Which statements it may relabel.
        min_prob: The model's group must have at least this probability to override.
        note: How and on what it was fitted (for reports).
    """

    version: int
    cue_names: tuple[str, ...]
    mean: Vector
    scale: Vector
    weights: Vector
    bias: Vector
    scope: ModelScope
    min_prob: float
    note: str = ""

    def probabilities(self, x: npt.NDArray[np.floating]) -> Vector:
        """Group probabilities of feature rows ``x`` (shape ``(n, 4)``)."""
        z = ((np.atleast_2d(x) - self.mean) / self.scale) @ self.weights + self.bias
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        out: Vector = e / e.sum(axis=1, keepdims=True)
        return out

    def to_json(self) -> str:
        """The model as the JSON the package ships."""
        return json.dumps(
            {
                "version": self.version,
                "groups": list(GROUPS),
                "cue_names": list(self.cue_names),
                "scope": self.scope,
                "min_prob": self.min_prob,
                "note": self.note,
                "mean": [round(float(v), 6) for v in self.mean],
                "scale": [round(float(v), 6) for v in self.scale],
                "weights": [[round(float(v), 6) for v in row] for row in self.weights],
                "bias": [round(float(v), 6) for v in self.bias],
            },
            indent=0,
        )

    @classmethod
    def from_json(cls, text: str) -> StrengthModel:
        """Read a model written by :meth:`to_json`."""
        d = json.loads(text)
        if tuple(d["groups"]) != GROUPS:
            raise ValueError(f"strength model: groups {d['groups']} are not {list(GROUPS)}")
        return cls(
            version=int(d["version"]),
            cue_names=tuple(d["cue_names"]),
            mean=np.asarray(d["mean"], dtype=np.float64),
            scale=np.asarray(d["scale"], dtype=np.float64),
            weights=np.asarray(d["weights"], dtype=np.float64),
            bias=np.asarray(d["bias"], dtype=np.float64),
            scope=d["scope"],
            min_prob=float(d["min_prob"]),
            note=str(d.get("note", "")),
        )

    def usable(self) -> bool:
        """Whether its features match this code's (version and cue lexicon)."""
        return self.version == FEATURES_VERSION and self.cue_names == _CUE_NAMES


def in_scope(strength: Strength, scope: ModelScope) -> bool:
    """Whether the model may relabel a statement the rules labelled ``strength``."""
    return scope == "all" or not strength.hits


def decide(strength: Strength, probs: npt.NDArray[np.floating], min_prob: float) -> Strength:
    """The statement's strength given the rules' label and the model's group probabilities.

    The rules' label stands when the model agrees on the group or is not confident
    enough; otherwise the statement takes the model's group (code 0, 2, 4 — 5 when the
    rules read "can" — or 6), and its cues say that the model decided.

    Args:
        strength: The rules' label.
        probs: The model's probabilities, in :data:`GROUPS` order.
        min_prob: The least probability of the model's group that overrides the rules.

    Returns:
        The rules' :class:`Strength`, or the model's.
    """
    best = int(np.argmax(probs))
    group = GROUPS[best]
    if group == group_of(strength.code) or float(probs[best]) < min_prob:
        return strength
    code = _GROUP_CODE[group]
    if group == "conditional" and any(h.code == 5 for h in strength.hits):
        code = 5
    cue = f"model: {group} (p {float(probs[best]):.2f}; rules: {strength.name})"
    return Strength(code, (cue, *strength.cues), strength.hits)


@lru_cache(maxsize=1)
def shipped_model() -> StrengthModel | None:
    """The package's fitted model, or None when it is missing or does not fit this code."""
    try:
        text = resources.files("sourcetrace.data").joinpath(MODEL_FILE).read_text("utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return None
    model = StrengthModel.from_json(text)
    return model if model.usable() else None


@lru_cache(maxsize=1)
def active() -> bool:
    """Whether the learned model is used: it ships and the ``nlp`` extra is installed."""
    from sourcetrace import embed

    return shipped_model() is not None and embed.available()


def refine(texts: Sequence[str], strengths: Sequence[Strength]) -> list[Strength]:
    """Apply the shipped model to statements labelled by the rules (batched embedding).

    Args:
        texts: The statements.
        strengths: The rules' labels, one per statement.

    Returns:
        The labels, each the rules' or the model's (see :func:`decide`); the rules'
        unchanged when the model is not :func:`active`.
    """
    model = shipped_model()
    if model is None or not active():
        return list(strengths)
    todo = [i for i, s in enumerate(strengths) if in_scope(s, model.scope) and texts[i].strip()]
    if not todo:
        return list(strengths)
    from sourcetrace.embed import encode

    vectors = encode([texts[i] for i in todo])
    x = np.stack([features(v, strengths[i]) for v, i in zip(vectors, todo, strict=True)])
    probs = model.probabilities(x)
    out = list(strengths)
    for row, i in zip(probs, todo, strict=True):
        out[i] = decide(strengths[i], row, model.min_prob)
    return out
