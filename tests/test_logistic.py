"""The logistic models' shared parts: the probability and reading parameters back."""

from __future__ import annotations

import pytest

from sourcetrace.logistic import Logistic, read_params, sigmoid


def test_predict_is_the_logistic_of_the_standardised_sum() -> None:
    model = Logistic("v", ("a", "b"), (1.0, 0.0), (2.0, 1.0), (0.5, -1.0), 0.25)
    # z = 0.25 + 0.5 * (3 - 1) / 2 - 1.0 * (0.5 - 0) / 1 = 0.25
    assert model.predict((3.0, 0.5)) == pytest.approx(sigmoid(0.25))
    assert sigmoid(-1000.0) == 0.0
    with pytest.raises(ValueError, match="1 feature values for 2 weights"):
        model.predict((3.0,))


def test_read_params_checks_features_and_lengths() -> None:
    model = Logistic("v", ("a", "b"), (1.0, 0.0), (2.0, 1.0), (0.5, -1.0), 0.25, "fitted")
    assert Logistic(**read_params(model.params(), ("a", "b"), "test model")) == model
    with pytest.raises(ValueError, match="test model features"):
        read_params(model.params(), ("a", "c"), "test model")
    short = {**model.params(), "weights": [0.5]}
    with pytest.raises(ValueError, match="one value per feature"):
        read_params(short, ("a", "b"), "test model")
