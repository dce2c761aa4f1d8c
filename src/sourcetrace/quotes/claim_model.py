"""A small logistic model for claims the word rules leave unsupported.

A claim no release sentence carries word for word may still be one the release says in
other words. :func:`weigh` puts the claim's evidence
(:func:`sourcetrace.quotes.claim_evidence.claim_evidence`: shares of its content in the
best sentence, the best two and the whole release, missing names and figures, the drift
checks against the best sentence, the embeddings' cosines) through a logistic model whose
parameters ship with the package as versioned JSON (``data/claim_model.json``), fitted
offline by ``benchmarks/fit_claim_model.py`` on the InSciOut verdict golds and checked
leave-one-set-out (BENCHMARKS.md, issue 15), never at run time. At or above the model's
``support`` threshold the claim is ``supported``; the model never calls a claim
``distorted`` (an accusation stays the drift rules'), and never unmakes a ``supported``
or ``distorted`` verdict of the rules. It needs the embedding cosines (the ``nlp``
extra): without them the rules alone decide.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sourcetrace.logistic import Logistic, read_json_text, read_params, sigmoid
from sourcetrace.quotes.claim_evidence import MEANING_FEATURES, WORD_FEATURES, Evidence

#: The features the shipped model reads, in order.
FEATURES = WORD_FEATURES + MEANING_FEATURES
# Features named in a verdict's reason: those that moved the probability most, except the
# rules' own verdict, which is the same ("unsupported") for every claim the model reads.
_NAMED = 3
_NOT_NAMED = frozenset(["rule_supported"])


@dataclass(frozen=True, slots=True)
class ClaimModel(Logistic):
    """The claim model: a :class:`~sourcetrace.logistic.Logistic` over :data:`FEATURES`.

    Attributes:
        support: Least probability for ``supported``.
    """

    support: float = 1.0

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ClaimModel:
        """Build a model from its JSON data; the features must match :data:`FEATURES`.

        Raises:
            ValueError: The features differ, or a list has the wrong length.
        """
        return cls(**read_params(data, FEATURES, "claim model"), support=float(data["support"]))


@dataclass(frozen=True, slots=True)
class Weighed:
    """The model's reading of one claim.

    Attributes:
        probability: The probability that the release carries the claim.
        supported: ``probability`` reaches the model's ``support`` threshold.
        moved: The features that moved it most, strongest first, each with the sign of
            its push and its value ("+cosine_best=0.82", "-figures_missing=0.69").
        version: The model's version.
        ceiling: ``probability`` is the most the cosines could make of the word evidence
            (:func:`ceiling`); they were not computed, since it stays below the threshold.
    """

    probability: float
    supported: bool
    moved: tuple[str, ...]
    version: str
    ceiling: bool = False

    def describe(self, threshold: float) -> str:
        """One clause for a verdict's reason."""
        if self.ceiling:
            p = f"p at most {self.probability:.2f} < {threshold:.2f} whatever the cosines"
        else:
            side = ">=" if self.supported else "<"
            p = f"p {self.probability:.2f} {side} {threshold:.2f}"
        return f"claim model {self.version}: {p}, moved most by {', '.join(self.moved)}"


def _parts(model: ClaimModel, evidence: Evidence) -> list[float]:
    """Each feature's push on the log-odds (the evidence may stop before the cosines)."""
    return model.parts(evidence.values)


def _moved(model: ClaimModel, parts: list[float], values: tuple[float, ...]) -> tuple[str, ...]:
    """The features that pushed most, as "+name=value" (up) or "-name=value" (down)."""
    named = [j for j in range(len(parts)) if model.features[j] not in _NOT_NAMED]
    order = sorted(named, key=lambda j: -abs(parts[j]))[:_NAMED]
    return tuple(
        f"{'+' if parts[j] >= 0 else '-'}{model.features[j]}={values[j]:.2f}" for j in order
    )


def ceiling(model: ClaimModel, evidence: Evidence) -> Weighed:
    """The most probability the cosines could give a claim with this word evidence.

    The cosines (floored at 0; the best one at least the best sentence's) lie in the
    triangle ``0 <= cosine <= cosine_best <= 1``, and the model is linear in them, so its
    highest value there is at a corner. When that stays below the threshold the cosines
    (the costly part: embedding the claim and its sentences) cannot change the verdict.

    Raises:
        ValueError: The evidence is not :data:`WORD_FEATURES`.
    """
    if evidence.names != WORD_FEATURES:
        raise ValueError(f"claim evidence {evidence.names} is not the word features")
    parts = _parts(model, evidence)
    n = len(WORD_FEATURES)
    lift = max(
        math.fsum(
            model.weights[n + k] * (c - model.mean[n + k]) / model.scale[n + k]
            for k, c in enumerate(corner)
        )
        for corner in ((0.0, 0.0), (0.0, 1.0), (1.0, 1.0))
    )
    p = sigmoid(model.bias + math.fsum(parts) + lift)
    moved = _moved(model, parts, evidence.values)
    return Weighed(p, p >= model.support, moved, model.version, ceiling=True)


def weigh(model: ClaimModel, evidence: Evidence) -> Weighed:
    """Return the model's probability for one claim's evidence.

    Raises:
        ValueError: The evidence lacks the model's features (no embedding cosines).
    """
    if evidence.names != model.features:
        raise ValueError(f"claim evidence {evidence.names} lacks the model's features")
    parts = _parts(model, evidence)
    p = sigmoid(model.bias + math.fsum(parts))
    return Weighed(p, p >= model.support, _moved(model, parts, evidence.values), model.version)


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> ClaimModel:
    """Return the shipped model (or the one at ``path``)."""
    return ClaimModel.from_dict(json.loads(read_json_text(path, "claim_model.json")))


__all__ = ["FEATURES", "ClaimModel", "Weighed", "ceiling", "load_model", "weigh"]
