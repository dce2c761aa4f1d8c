"""Synthetic distractor documents with the word statistics of real press releases.

A word trigram model (with bigram and unigram back-off) is fitted on the real InSciOut
press releases and sampled into documents whose lengths follow theirs (a title line, a
date, a few paragraphs, ~250-1,400 words). The stories are left out of the model: each
retells one release, so with them a release's own names and figures would count as common
words and be spread over the distractors. Two properties hold by construction:

* **No shared passages.** No word 8-gram (as :func:`sourcetrace.text.words` splits and
  normalises the text) of a synthetic document occurs in any real text, in another
  synthetic document of the same corpus, or twice in one document. Every candidate word is
  checked against a bit set holding the hashes of all real 8-grams and of every 8-gram
  generated so far (the real texts are the releases and the stories); a hit is
  resampled (trigram, then bigram, then unigram, then a fresh invented word). The set
  has no false negatives, so the guarantee is exact; its false positives only cost a
  resample.
* **Realistic rare terms.** Words that occur in at most two real documents (rare names,
  rare terms and rare numbers) are modelled as classes and filled with invented words and
  random numbers drawn from a Zipf-like distribution, repeated within a document as often
  as the real texts repeat theirs. The vocabulary therefore keeps growing with the corpus,
  as a real one does, instead of stopping at the real texts' 19,000 words.

Generation is sequential (the shared bit set is what makes the no-sharing guarantee global
and the output deterministic for a seed) but vectorised over thousands of documents at a
time with NumPy; turning token codes into text, JSON and gzip runs in a second process.

Corpora are cached as gzipped JSON Lines under ``benchmarks/.cache/``; the file name holds
the generator version, the size, the seed and a digest of the real data.

Run ``python benchmarks/synth.py 10000 [--seed 0]`` to build (or find) a corpus.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import math
import multiprocessing as mp
import os
import re
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from sourcetrace.documents import Document
from sourcetrace.text import _WORD_RE, normalise, words

#: Bump whenever the output for a given seed changes; cached corpora are keyed by it.
VERSION = "synth.v3"
#: Length of the word n-grams that no synthetic document shares with anything.
NGRAM = 8

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "data" / "insciout"
DEFAULT_CACHE = HERE / ".cache"

# --- hashing: one 64-bit hash per normalised word, identical in Python and NumPy -------

_MASK = (1 << 64) - 1
_P = 0x100000001B3  # per character
_M = 0x9E3779B97F4A7C15  # per word of an n-gram
_M7 = pow(_M, NGRAM - 1, 1 << 64)


def _mix(z: int) -> int:
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK
    return z ^ (z >> 31)


def _mix_np(z: np.ndarray) -> np.ndarray:
    z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return z ^ (z >> np.uint64(31))


def key_hash(key: str) -> int:
    """Return the 64-bit hash of one normalised word."""
    h = 0
    for ch in key:
        h = (h * _P + ord(ch)) & _MASK
    return _mix(h)


def ngram_hashes(keys: Sequence[int], n: int = NGRAM) -> list[int]:
    """Return the hash of every word n-gram of a sequence of word hashes."""
    out = []
    for i in range(len(keys) - n + 1):
        h = 0
        for k in keys[i : i + n]:
            h = (h * _M + k) & _MASK
        out.append(h)
    return out


def text_ngrams(text: str, n: int = NGRAM) -> set[int]:
    """Return the hashes of the word n-grams of ``text`` as sourcetrace splits it."""
    return set(ngram_hashes([key_hash(k) for k in words(text).keys], n))


# --- invented words: an injective map from a rank to consonant-vowel syllables ----------

_CONS = "bcdfghklmnprstvz"
_VOWELS = "aeiou"
_SYL = len(_CONS) * len(_VOWELS)  # 80
_LENGTHS = ((2, _SYL**2), (3, _SYL**3), (4, _SYL**4), (5, _SYL**5))
#: Invented names are ranks [0, SPACE); invented lowercase terms [SPACE, 2 * SPACE).
SPACE = 1 << 22
_ZIPF = 1.1  # P(rank r) ~ r ** -1.1: ~40k new words at 10k docs, ~500k at 1M


_SCRAMBLE = 48271  # coprime to 80, so rank -> rank * _SCRAMBLE mod 80**L is a bijection


def pseudo_word(rank: int) -> str:
    """Return the invented word (lowercase) of a rank; different ranks differ."""
    for length, size in _LENGTHS:
        if rank < size:
            rank = (rank * _SCRAMBLE + 1) % size
            chars = []
            for j in range(length - 1, -1, -1):
                d = (rank // _SYL**j) % _SYL
                chars.append(_CONS[d // 5] + _VOWELS[d % 5])
            return "".join(chars)
        rank -= size
    raise ValueError(f"rank {rank} is out of range")


_CONS_NP = np.frombuffer(_CONS.encode(), dtype=np.uint8).astype(np.uint64)
_VOW_NP = np.frombuffer(_VOWELS.encode(), dtype=np.uint8).astype(np.uint64)


def pseudo_hash(ranks: np.ndarray) -> np.ndarray:
    """Return :func:`key_hash` of :func:`pseudo_word` for many ranks at once."""
    r = ranks.astype(np.int64)
    length = np.zeros(len(r), dtype=np.int64)
    for n_syl, size in _LENGTHS:
        pick = (length == 0) & (r < size)
        length[pick] = n_syl
        r = np.where(pick, (r * _SCRAMBLE + 1) % size, r)
        r = np.where(length == 0, r - size, r)
    h = np.zeros(len(r), dtype=np.uint64)
    p = np.uint64(_P)
    for j in range(max(n for n, _ in _LENGTHS)):
        live = length > j
        power = np.where(live, _SYL ** np.maximum(length - 1 - j, 0), 1)
        d = (r // power) % _SYL
        step = (h * p + _CONS_NP[d // 5]) * p + _VOW_NP[d % 5]
        h = np.where(live, step, h)
    return _mix_np(h)


def number_hash(values: np.ndarray) -> np.ndarray:
    """Return :func:`key_hash` of ``str(v)`` for many non-negative integers at once."""
    v = values.astype(np.int64)
    digits = np.ones(len(v), dtype=np.int64)
    for k in range(1, 19):
        if not (v >= 10**k).any():
            break
        digits += v >= 10**k
    h = np.zeros(len(v), dtype=np.uint64)
    p = np.uint64(_P)
    for j in range(int(digits.max(initial=1))):
        live = digits > j
        power = np.where(live, 10 ** np.maximum(digits - 1 - j, 0), 1)
        d = ((v // power) % 10).astype(np.uint64)
        h = np.where(live, h * p + np.uint64(48) + d, h)
    return _mix_np(h)


# --- the model ---------------------------------------------------------------------------

_TOKEN_RE = re.compile(r"(\n[ \t\r]*\n)|(" + _WORD_RE.pattern + r")|(\S)")
_DIGITS_RE = re.compile(r"[0-9]+")
_ENDS = {".", "?", "!"}
_APOSTROPHES = {"'", "’", "ʼ"}

BOS, PARA, NAME, TERM = 0, 1, 2, 3
_NUM0 = 4  # NUM classes 4..9: rare numbers of 1..6 digits
_FIRST_REAL = _NUM0 + 6


def _kind(cls: int) -> int:
    """Return the kind of a rare class: 0 names, 1 terms, 2 numbers."""
    return 0 if cls == NAME else 1 if cls == TERM else 2


# Codes of generated tokens: model token ids, or a kind tag in bits 40+ and a payload.
_TAG = 40
_NAME_CODE, _TERM_CODE, _NUM_CODE = 1 << _TAG, 2 << _TAG, 3 << _TAG


@dataclass
class _Table:
    """Successors of every context as one array of occurrences, grouped by context.

    Drawing a uniform occurrence of a context draws its successor with the right
    probability, in O(1) and without a search. Each occurrence also records the trigram
    context it leads to, so the sampler never has to look a context up.
    """

    contexts: np.ndarray  # sorted context keys
    starts: np.ndarray  # first occurrence of each context
    sizes: np.ndarray  # number of occurrences of each context
    succ: np.ndarray  # successor token of each occurrence
    after: np.ndarray  # trigram row of (context's last token, successor), or -1

    @classmethod
    def build(cls, ctx: np.ndarray, nxt: np.ndarray) -> _Table:
        order = np.argsort(ctx, kind="stable")
        keys = ctx[order]
        contexts, starts, sizes = np.unique(keys, return_index=True, return_counts=True)
        empty = np.empty(0, dtype=np.int32)
        i32 = np.int32
        return cls(contexts, starts.astype(i32), sizes.astype(i32), nxt[order].astype(i32), empty)

    def lookup(self, keys: np.ndarray) -> np.ndarray:
        """Return each key's row in the table, or -1."""
        pos = np.minimum(np.searchsorted(self.contexts, keys), len(self.contexts) - 1)
        return np.where(self.contexts[pos] == keys, pos, -1)

    def sample(self, rows: np.ndarray, rng: np.random.Generator) -> np.ndarray:
        """Return one random occurrence index for each context row."""
        return self.starts[rows] + (rng.random(len(rows)) * self.sizes[rows]).astype(np.int32)


@dataclass
class Model:
    """A word trigram model of the real texts, with the data its sampling needs.

    Attributes:
        surface: Token strings by id (index 0-9: BOS, paragraph and the rare classes).
        is_word: Whether a token id is a word (it enters the n-gram check).
        hashes: :func:`key_hash` of each word token's normalised form.
        space_before: Whether a space goes before the token.
        space_after: Whether a space goes after the token.
        tri: Successors by ``(prev2, prev1)``.
        bi: Successors by ``prev1``.
        uni: Successors of everything (unigram counts).
        lengths: Word counts of the real releases.
        reuse: By kind (0 names, 1 terms, 2 numbers), the chance that a rare word repeats
            one already in the document.
        real_ngrams: Hashes of every word 8-gram of the real texts.
        digest: A digest of the real texts the model was fitted on.
    """

    surface: list[str]
    is_word: np.ndarray
    hashes: np.ndarray
    space_before: np.ndarray
    space_after: np.ndarray
    tri: _Table
    bi: _Table
    uni: _Table
    lengths: np.ndarray
    reuse: dict[int, float]
    real_ngrams: np.ndarray
    digest: str


def _rows_of(table: _Table) -> np.ndarray:
    """Return the context row of every occurrence of a table."""
    return np.repeat(np.arange(len(table.contexts)), table.sizes)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Return the JSON objects of a JSON Lines file."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def real_texts(data: Path = DEFAULT_DATA) -> tuple[list[str], list[str]]:
    """Return the texts of the real releases and of the real dev stories."""
    releases = [r["text"] for r in read_jsonl(data / "press_releases.jsonl")]
    stories = [r["text"] for r in read_jsonl(data / "news_dev.jsonl")]
    return releases, stories


def data_digest(data: Path = DEFAULT_DATA) -> str:
    """Return a short digest of the real data files."""
    h = hashlib.sha1()
    for name in ("press_releases.jsonl", "news_dev.jsonl"):
        h.update((data / name).read_bytes())
    return h.hexdigest()[:10]


def fit(releases: Sequence[str], stories: Sequence[str], *, digest: str = "") -> Model:
    """Fit the word model on the real texts.

    Args:
        releases: Real press releases (their lengths set the synthetic lengths).
        stories: Real news stories (modelled too, and protected from shared n-grams).
        digest: Recorded with the model, to key caches.

    Returns:
        The fitted model.
    """
    # The model learns from the releases only: the stories retell them, so counting the
    # stories too would make each release's own names and figures look common (a release
    # and its two or three stories) and spread them over the distractors.
    texts = [t.strip() for t in releases]
    docs: list[list[tuple[int, str, bool, bool]]] = []  # (group, string, space_b, space_a)
    df: Counter[str] = Counter()
    lower: set[str] = set()
    for text in texts:
        toks = []
        seen = set()
        for m in _TOKEN_RE.finditer(text):
            start, end = m.span()
            before = start > 0 and text[start - 1].isspace()
            after = end == len(text) or text[end].isspace()
            if m.group(1):
                if toks and toks[-1][0] != 1:
                    toks.append((1, "\n\n", False, False))
            elif m.group(2):
                s = m.group(2)
                key = normalise(s)
                seen.add(key)
                if not s[0].isupper():
                    lower.add(key)
                toks.append((2, s, before, after))
            else:
                toks.append((3, m.group(3), before, after))
        df.update(seen)
        docs.append(toks)

    def rare_class(s: str) -> int:
        key = normalise(s)
        if df[key] > 2:
            return -1
        if _DIGITS_RE.fullmatch(s):
            return _NUM0 + min(len(s), 6) - 1
        if key not in lower:
            return NAME
        return TERM

    ids: dict[str, int] = {}
    surface = ["", "\n\n", "Name", "term", *(str(10 ** max(k, 0)) for k in range(6))]
    spaced: list[list[int]] = [[0, 0] for _ in surface]  # times with a space before/after
    totals: list[int] = [0] * len(surface)
    seqs: list[np.ndarray] = []
    occurrences: Counter[int] = Counter()  # by kind: 0 names, 1 terms, 2 numbers
    distinct: Counter[int] = Counter()
    for toks in docs:
        seq = [BOS, BOS]
        per_doc: Counter[str] = Counter()
        for group, s, before, after in toks:
            if group == 1:
                seq.append(PARA)
                continue
            cls = rare_class(s) if group == 2 else -1
            if cls >= 0:
                seq.append(cls)
                kind = _kind(cls)
                occurrences[kind] += 1
                per_doc[f"{kind}:{normalise(s)}"] += 1
                continue
            tid = ids.get(s)
            if tid is None:
                tid = ids[s] = len(surface)
                surface.append(s)
                spaced.append([0, 0])
                totals.append(0)
            seq.append(tid)
            spaced[tid][0] += before
            spaced[tid][1] += after
            totals[tid] += 1
        for tag in per_doc:
            distinct[int(tag.split(":", 1)[0])] += 1
        seqs.append(np.array(seq, dtype=np.int64))

    n_tok = len(surface)
    is_word = np.array(
        [
            i in (NAME, TERM) or _NUM0 <= i < _FIRST_REAL or bool(_WORD_RE.fullmatch(s))
            for i, s in enumerate(surface)
        ]
    )
    hashes = np.array(
        [
            key_hash(normalise(s)) if is_word[i] and i >= _FIRST_REAL else 0
            for i, s in enumerate(surface)
        ],
        dtype=np.uint64,
    )
    space_before = np.ones(n_tok, dtype=bool)
    space_after = np.ones(n_tok, dtype=bool)
    for tid in range(_FIRST_REAL, n_tok):
        if not is_word[tid]:
            space_before[tid] = spaced[tid][0] * 2 >= totals[tid]
            space_after[tid] = spaced[tid][1] * 2 >= totals[tid]
            # An apostrophe between two words would join them into one word.
            if surface[tid] in _APOSTROPHES:
                space_after[tid] = True
    space_before[[BOS, PARA]] = False
    space_after[[BOS, PARA]] = False

    a = np.concatenate([s[:-2] for s in seqs])
    b = np.concatenate([s[1:-1] for s in seqs])
    c = np.concatenate([s[2:] for s in seqs])
    tri = _Table.build(a * n_tok + b, c)
    bi = _Table.build(b, c)
    uni = _Table.build(np.zeros(len(c), dtype=np.int64), c)
    tri.after = tri.lookup((tri.contexts[_rows_of(tri)] % n_tok) * n_tok + tri.succ)
    bi.after = tri.lookup(bi.contexts[_rows_of(bi)] * n_tok + bi.succ)
    tri.after, bi.after = tri.after.astype(np.int32), bi.after.astype(np.int32)

    lengths = np.array([len(words(t)) for t in releases], dtype=np.int64)
    reuse = {kind: 1.0 - distinct[kind] / occurrences[kind] for kind in occurrences}
    memo: dict[str, int] = {}
    real: set[int] = set()
    for text in (*texts, *stories):
        keys = words(text).keys
        for k in keys:
            if k not in memo:
                memo[k] = key_hash(k)
        real.update(ngram_hashes([memo[k] for k in keys]))
    return Model(
        surface,
        is_word,
        hashes,
        space_before,
        space_after,
        tri,
        bi,
        uni,
        lengths,
        reuse,
        np.array(sorted(real), dtype=np.uint64),
        digest,
    )


# --- sampling ------------------------------------------------------------------------------


class _BitSet:
    """A set of 64-bit hashes with no false negatives (a one-hash Bloom filter)."""

    def __init__(self, expected: int) -> None:
        self.bits = int(min(max(math.ceil(math.log2(max(expected, 1) * 16)), 16), 34))
        self.shift = np.uint64(64 - self.bits)
        self.words = np.zeros(1 << (self.bits - 6), dtype=np.uint64)

    def slots(self, hashes: np.ndarray) -> np.ndarray:
        return ((hashes * np.uint64(0xD6E8FEB86659FD93)) >> self.shift).astype(np.int64)

    def contains(self, slots: np.ndarray) -> np.ndarray:
        return ((self.words[slots >> 6] >> (slots & 63).astype(np.uint64)) & np.uint64(1)) == 1

    def add(self, slots: np.ndarray) -> None:
        np.bitwise_or.at(self.words, slots >> 6, np.uint64(1) << (slots & 63).astype(np.uint64))


def _zipf_from(u: np.ndarray) -> np.ndarray:
    """Map uniform draws to ranks in [0, SPACE) with P(rank r) ~ (r + 1) ** -_ZIPF."""
    r = (1.0 - u * (1.0 - SPACE ** (1.0 - _ZIPF))) ** (1.0 / (1.0 - _ZIPF))
    return np.minimum(r.astype(np.int64) - 1, SPACE - 1)


_CAST = 16  # invented names/terms/numbers remembered per document and kind
_SCRATCH_MASK = (1 << 20) - 1
_INVENT = 5  # the attempt from which a refused word is replaced by an invented one


class _Sampler:
    """Samples batches of documents as arrays of token codes, sharing one n-gram set.

    The documents of a batch are written one token per step, all at once: row ``i`` of
    each state array belongs to document ``doc[i]``. Finished rows stop counting and are
    dropped from the arrays every few steps.
    """

    def __init__(self, model: Model, n_docs: int, rng: np.random.Generator) -> None:
        self.m = model
        self.rng = rng
        expected = int(n_docs * (float(model.lengths.mean()) + 50)) + len(model.real_ngrams)
        self.seen = _BitSet(expected)
        self.scratch = np.zeros(_SCRATCH_MASK + 1, dtype=np.int64)
        self.seen.add(self.seen.slots(model.real_ngrams))
        n_tok = self.n_tok = len(model.surface)
        self.stops = np.array([s in _ENDS for s in model.surface])
        self.stops[PARA] = True
        self.kind = np.full(n_tok, -1, dtype=np.int64)
        self.kind[[NAME, TERM, *range(_NUM0, _FIRST_REAL)]] = [0, 1, *([2] * 6)]
        self.bi_row = np.full(n_tok, -1, dtype=np.int64)
        self.bi_row[model.bi.contexts] = np.arange(len(model.bi.contexts))
        self.start_row = int(model.tri.lookup(np.array([BOS * n_tok + BOS]))[0])
        self._reuse = np.array([model.reuse.get(k, 0.0) for k in range(3)])
        # Hashes of every invented word, names [0, SPACE) and terms [SPACE, 2 * SPACE).
        self.word_hash = pseudo_hash(np.arange(2 * SPACE, dtype=np.int64))
        self.resamples = 0
        self.inventions = 0
        self.tokens = 0

    def batch(self, n: int) -> tuple[np.ndarray, np.ndarray]:
        """Return the codes of ``n`` documents, concatenated, and their end offsets."""
        m, rng = self.m, self.rng
        target = m.lengths[rng.integers(0, len(m.lengths), n)]
        target = (target * rng.uniform(0.9, 1.1, n)).astype(np.int64)
        r: dict[str, np.ndarray] = {
            "doc": np.arange(n),
            "target": target,
            "state": np.full(n, self.start_row, dtype=np.int64),  # trigram row, or -1
            "prev1": np.full(n, BOS, dtype=np.int64),
            "h7": np.zeros(n, dtype=np.uint64),  # hash of the last 7 words
            "ring": np.zeros((n, NGRAM - 1), dtype=np.uint64),  # their word hashes
            "pos": np.zeros(n, dtype=np.int64),  # the oldest one's place in the ring
            "n_words": np.zeros(n, dtype=np.int64),
            "n_tok": np.zeros(n, dtype=np.int64),
            "active": np.ones(n, dtype=bool),
            "cast": np.zeros((n, 3, _CAST), dtype=np.int64),
            "n_cast": np.zeros((n, 3), dtype=np.int64),
        }
        lengths = np.zeros(n, dtype=np.int64)
        epochs: list[tuple[np.ndarray, np.ndarray]] = []
        codes: list[np.ndarray] = []
        frozen = 0
        while len(r["doc"]):
            tok, code = self._step(r)
            codes.append(code)
            r["n_tok"] += r["active"]
            n_words = r["n_words"]
            done = r["active"] & (n_words >= r["target"])
            done &= self.stops[tok] | (n_words >= r["target"] + 80)
            done |= r["active"] & (r["n_tok"] >= 3 * (r["target"] + 80))
            if done.any():
                lengths[r["doc"][done]] = r["n_tok"][done]
                r["active"] &= ~done
                frozen += int(done.sum())
            if frozen and (frozen * 16 >= len(r["doc"]) or frozen == len(r["doc"])):
                epochs.append((r["doc"], np.stack(codes, axis=1)))
                codes = []
                keep = r["active"]
                r = {k: v[keep] for k, v in r.items()}
                frozen = 0
        ends = np.cumsum(lengths)
        out = np.empty(int(ends[-1]), dtype=np.int64)
        written = ends - lengths
        for docs, block in epochs:
            width = np.arange(block.shape[1])
            room = np.minimum(ends[docs] - written[docs], block.shape[1])
            mask = width[None, :] < room[:, None]
            out[(written[docs][:, None] + width[None, :])[mask]] = block[mask]
            written[docs] += room
        self.tokens += len(out)
        return out, ends

    def _step(self, r: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
        """Write one token into every row; return the tokens (model ids) and codes."""
        m, seen = self.m, self.seen
        mul, m7 = np.uint64(_M), np.uint64(_M7)
        state, prev1, h7, n_words = r["state"], r["prev1"], r["h7"], r["n_words"]
        tok, nxt = self._draw(state, prev1, 0)
        code, kh = self._fill(r, None, tok, invent=False)
        word = m.is_word[tok]
        h8 = h7 * mul + kh
        idx = np.flatnonzero(word & (n_words >= NGRAM - 1) & r["active"])
        redo = idx[self._admit(seen.slots(h8[idx]))]
        attempt = 1
        while len(redo):
            self.resamples += len(redo)
            t2, n2 = self._draw(state[redo], prev1[redo], attempt)
            c2, k2 = self._fill(r, redo, t2, invent=attempt >= _INVENT)
            w2 = m.is_word[t2]
            h2 = h7[redo] * mul + k2
            sub = np.flatnonzero(w2)
            ok = np.ones(len(redo), dtype=bool)
            ok[sub[self._admit(seen.slots(h2[sub]))]] = False
            good = redo[ok]
            tok[good], nxt[good], code[good] = t2[ok], n2[ok], c2[ok]
            kh[good], word[good], h8[good] = k2[ok], w2[ok], h2[ok]
            redo = redo[~ok]
            attempt += 1
        rows = np.arange(len(tok))
        pos = r["pos"]
        oldest = r["ring"][rows, pos]
        r["h7"] = np.where(word, h8 - oldest * m7, h7)
        r["ring"][rows, pos] = np.where(word, kh, oldest)
        r["pos"] = (pos + word) % (NGRAM - 1)
        r["n_words"] = n_words + word
        r["state"], r["prev1"] = nxt, tok
        return tok, code

    def _admit(self, slots: np.ndarray) -> np.ndarray:
        """Add new n-gram slots to the seen set; return the indices of those refused.

        A slot already seen is refused, and so are all but one of the slots that share a
        scratch cell in this call (duplicates within a step, and some innocent ones).
        """
        seen, scratch = self.seen, self.scratch
        hit = seen.contains(slots)
        miss = np.flatnonzero(~hit)
        cell = slots[miss] & _SCRATCH_MASK
        rank = np.arange(len(miss), dtype=np.int64)
        scratch[cell] = rank
        lost = scratch[cell] != rank
        seen.add(slots[miss[~lost]])
        if len(miss) == len(slots) and not lost.any():
            return miss[:0]
        return np.concatenate([np.flatnonzero(hit), miss[lost]])

    def _draw(
        self, state: np.ndarray, prev1: np.ndarray, attempt: int
    ) -> tuple[np.ndarray, np.ndarray]:
        """Draw next tokens and the trigram rows they lead to.

        Attempt 0 uses the trigram, 1-2 the bigram, 3-4 the unigram; later attempts
        invent a word (the TERM class).
        """
        m, rng, n_tok = self.m, self.rng, self.n_tok
        n = len(prev1)
        if attempt >= _INVENT:
            tok = np.full(n, TERM, dtype=np.int64)
            return tok, m.tri.lookup(prev1 * n_tok + tok)
        if attempt == 0 and (state >= 0).all():
            k = m.tri.sample(state, rng)
            return m.tri.succ[k], m.tri.after[k]
        tok = np.empty(n, dtype=np.int64)
        nxt = np.empty(n, dtype=np.int64)
        level = np.full(n, 0 if attempt < 1 else 1 if attempt < 3 else 2)
        level[(level == 0) & (state < 0)] = 1
        bi_rows = self.bi_row[prev1]
        level[(level == 1) & (bi_rows < 0)] = 2
        sel = np.flatnonzero(level == 0)
        if len(sel):
            k = m.tri.sample(state[sel], rng)
            tok[sel], nxt[sel] = m.tri.succ[k], m.tri.after[k]
        sel = np.flatnonzero(level == 1)
        if len(sel):
            k = m.bi.sample(bi_rows[sel], rng)
            tok[sel], nxt[sel] = m.bi.succ[k], m.bi.after[k]
        sel = np.flatnonzero(level == 2)
        if len(sel):
            k = m.uni.sample(np.zeros(len(sel), dtype=np.int64), rng)
            tok[sel] = m.uni.succ[k]
            nxt[sel] = m.tri.lookup(prev1[sel] * n_tok + tok[sel])
        return tok, nxt

    def _fill(
        self,
        r: dict[str, np.ndarray],
        at: np.ndarray | None,
        tok: np.ndarray,
        *,
        invent: bool,
    ) -> tuple[np.ndarray, np.ndarray]:
        """Return the output codes and word hashes of drawn tokens, filling rare classes.

        Args:
            r: The rows' state (the documents' remembered names, terms and numbers).
            at: The rows the tokens were drawn for; None for all rows.
            tok: The drawn tokens.
            invent: Fill rare terms with new words drawn uniformly from the whole
                space, so an n-gram that nothing else can extend gets a fresh word.
        """
        m, rng = self.m, self.rng
        code = tok.astype(np.int64)
        kh = m.hashes[tok]
        kinds = self.kind[tok]
        rare = np.flatnonzero(kinds >= 0)
        if not len(rare):
            return code, kh
        cast, n_cast = r["cast"], r["n_cast"]
        kinds = kinds[rare]
        rows = rare if at is None else at[rare]
        have = n_cast[rows, kinds]
        again = (have > 0) & (rng.random(len(rare)) < self._reuse[kinds]) & (not invent)
        pick = np.minimum(rng.integers(0, np.maximum(have, 1)), _CAST - 1)
        value = cast[rows, kinds, pick]
        # Fresh values: Zipf ranks of names and terms, uniform numbers of the drawn length.
        u = rng.random(len(rare))
        digits = np.clip(tok[rare] - _NUM0 + 1, 1, 6)
        low = np.where(digits > 1, 10 ** (digits - 1), 0)
        number = low + (u * (10**digits - low)).astype(np.int64)
        zipf = _zipf_from(u)
        if invent:
            zipf = rng.integers(0, SPACE, len(rare))
            self.inventions += int((kinds == 1).sum())
        fresh = np.where(kinds == 2, number, zipf + SPACE * (kinds == 1))
        # A remembered number is reused only if it has the drawn number of digits.
        again &= (kinds != 2) | ((value >= low) & (value < 10**digits))
        value = np.where(again, value, fresh)
        is_num = kinds == 2
        code[rare] = np.where(is_num, _NUM_CODE, np.where(kinds == 0, _NAME_CODE, _TERM_CODE))
        code[rare] += value
        kh[rare] = self.word_hash[np.where(is_num, 0, value)]
        if is_num.any():
            kh[rare[is_num]] = number_hash(value[is_num])
        new = np.flatnonzero(~again)
        nr, nk = rows[new], kinds[new]
        slot = np.minimum(n_cast[nr, nk], _CAST - 1)
        cast[nr, nk, slot] = value[new]
        n_cast[nr, nk] = np.minimum(n_cast[nr, nk] + 1, _CAST)
        return code, kh


# --- rendering ---------------------------------------------------------------------------


def _render(code: int) -> str:
    tag, payload = code >> _TAG, code & ((1 << _TAG) - 1)
    if tag == 3:
        return str(payload)
    word = pseudo_word(payload)
    return word.capitalize() if tag == 1 else word


class _Renderer:
    """Turns token codes into texts (no model arrays beyond the token strings)."""

    def __init__(self, model: Model) -> None:
        self.plain = np.array(model.surface, dtype=object)
        self.spaced = np.array([" " + s for s in model.surface], dtype=object)
        self.before = model.space_before
        self.after = model.space_after
        self.n_tok = len(model.surface)

    def texts(self, codes: np.ndarray, ends: np.ndarray) -> list[str]:
        synth = codes >= (1 << _TAG)
        tok = np.where(synth, NAME, codes)
        starts = np.concatenate([[0], ends[:-1]])
        first = np.zeros(len(codes), dtype=bool)
        first[starts[starts < len(codes)]] = True
        prev_after = np.concatenate([[False], self.after[tok[:-1]]])
        space = self.before[tok] & prev_after & ~first
        strings = np.where(space, self.spaced[tok], self.plain[tok])
        for i in np.flatnonzero(synth):
            s = _render(int(codes[i]))
            strings[i] = " " + s if space[i] else s
        out = []
        start = 0
        for end in ends.tolist():
            out.append("".join(strings[start:end].tolist()).strip())
            start = end
        return out


def _document(index: int, seed: int, text: str) -> Document:
    head = text.split("\n\n", 1)[0]
    title = head if len(head.split()) <= 20 else None
    return Document(
        id=f"synth-{seed}-{index:07d}",
        text=text,
        title=title,
        publisher="synthetic",
        kind="source",
    )


_BATCH = 8192


def _batches(
    model: Model, n: int, seed: int
) -> Iterator[tuple[int, np.ndarray, np.ndarray, dict[str, int]]]:
    rng = np.random.default_rng(seed)
    sampler = _Sampler(model, n, rng)
    for first in range(0, n, _BATCH):
        codes, ends = sampler.batch(min(_BATCH, n - first))
        stats = {
            "tokens": sampler.tokens,
            "resamples": sampler.resamples,
            "inventions": sampler.inventions,
        }
        yield first, codes, ends, stats


def _load_model(data: Path) -> Model:
    releases, stories = real_texts(data)
    return fit(releases, stories, digest=data_digest(data))


def cache_path(
    n: int, *, seed: int, cache_dir: Path = DEFAULT_CACHE, data: Path = DEFAULT_DATA
) -> Path:
    """Return where the corpus of ``n`` documents for ``seed`` is cached."""
    return cache_dir / f"{VERSION}-{data_digest(data)}-n{n}-s{seed}.jsonl.gz"


def _writer(queue: Any, path: Path, model: Model, seed: int) -> None:
    renderer = _Renderer(model)
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=1) as f:
        while True:
            item = queue.get()
            if item is None:
                break
            first, codes, ends = item
            for i, text in enumerate(renderer.texts(codes, ends)):
                doc = _document(first + i, seed, text)
                f.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")


def build(
    n: int, *, seed: int, path: Path, data: Path = DEFAULT_DATA, verbose: bool = False
) -> dict[str, float]:
    """Generate ``n`` documents into a gzipped JSON Lines file (written atomically).

    Returns:
        Generation statistics: seconds, tokens, resamples and invented words.
    """
    t0 = time.perf_counter()
    model = _load_model(data)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    ctx = mp.get_context("fork")
    queue = ctx.Queue(maxsize=2)
    proc = ctx.Process(target=_writer, args=(queue, tmp, model, seed), daemon=True)
    proc.start()
    stats: dict[str, int] = {}
    try:
        for first, codes, ends, so_far in _batches(model, n, seed):
            stats = so_far
            queue.put((first, codes, ends))
            if verbose:
                done = first + len(ends)
                rate = done / (time.perf_counter() - t0)
                print(f"  synth: {done:,}/{n:,} documents ({rate:,.0f}/s)", flush=True)
        queue.put(None)
        proc.join()
    finally:
        if proc.is_alive():
            proc.kill()
    if proc.exitcode != 0:
        tmp.unlink(missing_ok=True)
        raise RuntimeError(f"the corpus writer failed (exit code {proc.exitcode})")
    tmp.replace(path)
    return {"seconds": time.perf_counter() - t0, **stats}


def generate(
    n: int,
    *,
    seed: int = 0,
    cache_dir: Path | None = DEFAULT_CACHE,
    data: Path = DEFAULT_DATA,
) -> Iterator[Document]:
    """Yield ``n`` synthetic distractor documents, deterministically for a seed.

    Args:
        n: How many documents.
        seed: The random seed; the same seed (and data) gives the same documents.
        cache_dir: Where corpora are cached as gzipped JSON Lines; None generates in
            memory without caching.
        data: The folder holding the real InSciOut texts the model is fitted on.

    Yields:
        Documents with ids ``synth-<seed>-<index>``, kind ``source``.
    """
    if cache_dir is None:
        model = _load_model(data)
        renderer = _Renderer(model)
        for first, codes, ends, _ in _batches(model, n, seed):
            for i, text in enumerate(renderer.texts(codes, ends)):
                yield _document(first + i, seed, text)
        return
    path = cache_path(n, seed=seed, cache_dir=cache_dir, data=data)
    if not path.exists():
        build(n, seed=seed, path=path, data=data)
    yield from read_corpus(path)


def read_corpus(path: Path) -> Iterator[Document]:
    """Yield the documents of a cached corpus."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            yield Document(
                id=row["id"],
                text=row["text"],
                title=row.get("title"),
                publisher=row.get("publisher"),
                kind=row.get("kind"),
            )


def main() -> None:
    parser = argparse.ArgumentParser(description="Build (or find) a cached synthetic corpus.")
    parser.add_argument("n", type=int, help="number of documents")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--cache-dir", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--force", action="store_true", help="rebuild even if cached")
    args = parser.parse_args()
    path = cache_path(args.n, seed=args.seed, cache_dir=args.cache_dir, data=args.data)
    if path.exists() and not args.force:
        print(f"cached: {path}")
        return
    stats = build(args.n, seed=args.seed, path=path, data=args.data, verbose=True)
    print(
        f"wrote {path} ({path.stat().st_size / 1e6:,.1f} MB) in {stats['seconds']:.1f} s; "
        f"resampled {stats['resamples'] / max(stats['tokens'], 1):.1%} of tokens, "
        f"invented {stats['inventions']:,} words to avoid shared n-grams"
    )


if __name__ == "__main__":
    main()
