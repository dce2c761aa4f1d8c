from __future__ import annotations

import builtins
from typing import Any

import numpy as np
import pytest

from sourcetrace import embed
from sourcetrace.errors import MissingExtraError

needs_model = pytest.mark.skipif(not embed.available(), reason="the nlp extra is not installed")


@needs_model
def test_vectors_are_normalised_rows_in_input_order() -> None:
    texts = ["Coffee cuts the risk of stroke.", "", "The rocket launched from Florida."]
    v = embed.encode(texts)
    assert v.shape == (3, embed.DIMENSIONS)
    assert v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v[[0, 2]], axis=1), 1.0, atol=1e-5)
    assert not v[1].any()  # empty text: zero row


@needs_model
def test_paraphrase_scores_above_unrelated() -> None:
    v = embed.encode(
        [
            "People who drink coffee every day are less likely to have a stroke.",
            "Daily coffee drinkers had a lower risk of stroke, the study found.",
            "The council approved a new car park next to the railway station.",
        ]
    )
    assert float(v[0] @ v[1]) > 0.6
    assert float(v[0] @ v[2]) < 0.2


@needs_model
def test_batching_and_cache_do_not_change_vectors() -> None:
    texts = [f"Sentence {i} says something about mice and a new drug." for i in range(7)]
    one_by_one = np.vstack([embed.encode([t]) for t in texts])
    embed.encoder().cache.clear()
    batched = embed.encode([*texts, texts[3]], batch=3)
    assert np.allclose(batched[:7], one_by_one, atol=1e-4)
    assert np.array_equal(batched[7], batched[3])


def test_missing_extra_names_the_install(monkeypatch: pytest.MonkeyPatch) -> None:
    real = builtins.__import__

    def no_onnx(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "onnxruntime":
            raise ImportError(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_onnx)
    embed.encoder.cache_clear()
    try:
        assert not embed.available()
        with pytest.raises(MissingExtraError, match=r"pip install 'sourcetrace\[nlp\]'"):
            embed.encode(["a sentence"])
    finally:
        monkeypatch.undo()
        embed.encoder.cache_clear()
