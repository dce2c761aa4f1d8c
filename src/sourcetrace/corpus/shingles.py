"""Sampled word n-gram hashes (shingles), computed over arrays.

Each distinct word gets a 64-bit hash once (BLAKE2b, remembered per process); the hash
of an n-gram is a position-weighted sum of its words' hashes (odd 64-bit multipliers,
arithmetic modulo 2^64) passed through the splitmix64 finaliser, so all of a text's
n-grams are hashed with a handful of NumPy operations instead of one string each. The
values are stable across processes and machines (the local and Spark engines agree), and
a shingle is kept when its hash is divisible by the sampling rate, so two texts sharing a
passage keep the same shingles of it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
import numpy.typing as npt

_MASK = (1 << 64) - 1
#: Words whose hashes are remembered; the cache is emptied when it grows past this.
_CACHE_MAX = 2_000_000
_WORD_HASHES: dict[str, int] = {}


def _splitmix(x: int) -> int:
    z = x & _MASK
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK
    return z ^ (z >> 31)


@lru_cache(maxsize=64)
def _multipliers(n: int) -> npt.NDArray[np.uint64]:
    """Return ``n`` fixed odd 64-bit multipliers, one per position in an n-gram."""
    return np.array(
        [_splitmix((i + 1) * 0x9E3779B97F4A7C15) | 1 for i in range(n)], dtype=np.uint64
    )


def _word_hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "little")


def word_hashes(keys: Sequence[str]) -> npt.NDArray[np.uint64]:
    """Return the 64-bit hash of each word key."""
    cache = _WORD_HASHES
    if len(cache) > _CACHE_MAX:
        cache.clear()
    out = []
    for k in keys:
        h = cache.get(k)
        if h is None:
            h = cache[k] = _word_hash(k)
        out.append(h)
    return np.array(out, dtype=np.uint64)


def shingles(keys: Sequence[str], n: int, sample: int) -> tuple[int, ...]:
    """Return the sampled hashes of the word n-grams of ``keys``: sorted, unique, < 2^63.

    Args:
        keys: The words of a text (comparison keys).
        n: Words per n-gram.
        sample: Keep the n-grams whose hash is divisible by this.

    Example:
        >>> a = shingles("one two three four five".split(), 3, 1)
        >>> b = shingles("zero one two three four".split(), 3, 1)
        >>> len(a), len(set(a) & set(b))
        (3, 2)
    """
    if len(keys) < n:
        return ()
    words = word_hashes(keys)
    count = len(keys) - n + 1
    mult = _multipliers(n)
    x = np.zeros(count, dtype=np.uint64)
    for j in range(n):
        x += words[j : j + count] * mult[j]
    x ^= x >> np.uint64(30)
    x *= np.uint64(0xBF58476D1CE4E5B9)
    x ^= x >> np.uint64(27)
    x *= np.uint64(0x94D049BB133111EB)
    x ^= x >> np.uint64(31)
    x >>= np.uint64(1)
    kept = np.unique(x[x % np.uint64(sample) == 0])
    return tuple(kept.astype(np.int64).tolist())
