"""Small logistic models whose parameters ship with the package as versioned JSON.

Two models use this: the confidence of a source (:mod:`sourcetrace.confidence`) and the
optional claim model (:mod:`sourcetrace.quotes.claim_model`). Both are fitted offline by a
script in ``benchmarks/``, never at run time; this module holds what they share: the
parameters, the probability, and reading them back with their features checked.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any


def sigmoid(z: float) -> float:
    """The logistic function (0 for very negative ``z``, where ``exp`` would overflow)."""
    return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0


@dataclass(frozen=True, slots=True)
class Logistic:
    """A logistic model: ``p = 1 / (1 + exp(-(bias + sum(w * (x - mean) / scale))))``.

    Attributes:
        version: The parameters' version (changes whenever they are refitted).
        features: The feature names, in order.
        mean: Feature means the inputs are centred on.
        scale: Feature spreads the inputs are divided by.
        weights: One weight per feature.
        bias: The intercept.
        notes: How and on what the parameters were fitted.
    """

    version: str
    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    notes: str = ""

    def parts(self, x: tuple[float, ...]) -> list[float]:
        """Each given feature's push on the log-odds (``x`` may stop before the last)."""
        return [
            w * (v - m) / s
            for w, v, m, s in zip(self.weights, x, self.mean, self.scale, strict=False)
        ]

    def predict(self, x: tuple[float, ...]) -> float:
        """Return the probability for one feature vector."""
        if len(x) != len(self.weights):
            raise ValueError(f"{len(x)} feature values for {len(self.weights)} weights")
        return sigmoid(self.bias + math.fsum(self.parts(x)))

    def params(self) -> dict[str, Any]:
        """Return the parameters as JSON-ready data."""
        return {
            "version": self.version,
            "features": list(self.features),
            "mean": list(self.mean),
            "scale": list(self.scale),
            "weights": list(self.weights),
            "bias": self.bias,
            "notes": self.notes,
        }


def read_params(data: dict[str, Any], features: tuple[str, ...], what: str) -> dict[str, Any]:
    """The constructor arguments of a :class:`Logistic` from its JSON data, checked.

    Args:
        data: The JSON data (:meth:`Logistic.params` and any fields of the model's own).
        features: The features the code computes, in order: the data must name them.
        what: The model's name, for errors ("confidence model").

    Raises:
        ValueError: The features differ, or a list has the wrong length.
    """
    names = tuple(data["features"])
    if names != features:
        raise ValueError(f"{what} features {names} differ from {features}")
    mean = tuple(map(float, data["mean"]))
    scale = tuple(map(float, data["scale"]))
    weights = tuple(map(float, data["weights"]))
    if not len(mean) == len(scale) == len(weights) == len(names):
        raise ValueError(f"{what}: mean, scale and weights need one value per feature")
    return {
        "version": str(data["version"]),
        "features": names,
        "mean": mean,
        "scale": scale,
        "weights": weights,
        "bias": float(data["bias"]),
        "notes": str(data.get("notes", "")),
    }


def read_json_text(path: str | None, packaged: str) -> str:
    """The text of the parameters at ``path``, else of the package's ``data/<packaged>``."""
    if path is not None:
        return Path(path).read_text(encoding="utf-8")
    return resources.files("sourcetrace").joinpath(f"data/{packaged}").read_text("utf-8")
