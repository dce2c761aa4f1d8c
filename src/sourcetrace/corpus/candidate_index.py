"""Candidate scores kept between corpus runs, so a run after a few additions is cheap.

A pair of documents scores ``(shared sampled shingles, summed weight of the pairing
terms both hold)``: a sum over the keys both documents hold (see
:func:`~.kernels.key_pairs`). Documents added, changed or removed therefore move only
the contributions of the keys they hold. :meth:`CandidateIndex.update` subtracts what
those keys gave under the old postings, adds what they give under the new ones, and
names the documents whose scores moved; only their pools are chosen again. A first run
is the same update from an empty index.

Documents live in *slots* (array positions); a removed or changed document's slot is
left dead and a new one appended, and the index is rebuilt from empty once dead slots
outnumber live ones. Postings are NumPy arrays sorted by key, and pairs are one sorted
array of ``low << 32 | high`` slot codes with their two scores beside it.
"""

from __future__ import annotations

import json
import os
import zipfile
from array import array
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from sourcetrace.corpus.kernels import CorpusOptions, DocKeys, DocMeta, term_weight
from sourcetrace.order import AFTER, SOURCE_KIND, day_ordinals, precedes_array

Ints = npt.NDArray[np.int64]
Bools = npt.NDArray[np.bool_]

#: ``keys(only)``: the fingerprints of the documents in ``only``, or of every document.
KeySource = Callable[[Collection[str] | None], Iterable[DocKeys]]

_SHIFT = np.int64(32)
_LOW = np.int64((1 << 32) - 1)
_EMPTY = np.empty(0, dtype=np.int64)


@dataclass(slots=True)
class Postings:
    """``(key, slot)`` postings sorted by key (a key holds a slot once)."""

    keys: Ints
    slots: Ints

    @classmethod
    def empty(cls) -> Postings:
        """Return postings holding nothing."""
        return cls(_EMPTY, _EMPTY)

    def rows_of(self, wanted: Ints) -> Ints:
        """Return the rows whose key is in ``wanted`` (sorted, unique), in key order."""
        lo = np.searchsorted(self.keys, wanted, "left")
        n = np.searchsorted(self.keys, wanted, "right") - lo
        lo, n = lo[n > 0], n[n > 0]
        if len(n) == 0:
            return _EMPTY
        starts = np.cumsum(n) - n
        return np.repeat(lo - starts, n) + np.arange(int(n.sum()), dtype=np.int64)

    def keys_of(self, dead: Bools) -> Ints:
        """Return the distinct keys held by the slots marked in ``dead``."""
        return np.unique(self.keys[dead[self.slots]]) if len(self.keys) else _EMPTY

    def drop(self, dead: Bools) -> Postings:
        """Return these postings without the rows of the slots marked in ``dead``."""
        if len(self.keys) == 0:
            return self
        keep = ~dead[self.slots]
        return Postings(self.keys[keep], self.slots[keep])

    def insert(self, keys: Ints, slots: Ints) -> Postings:
        """Return these postings with more rows, still sorted by key."""
        if len(keys) == 0:
            return self
        order = np.argsort(keys, kind="stable")
        keys, slots = keys[order], slots[order]
        if len(self.keys) == 0:
            return Postings(keys, slots)
        at = np.searchsorted(self.keys, keys, "right")
        return Postings(np.insert(self.keys, at, keys), np.insert(self.slots, at, slots))


def _runs(keys: Ints) -> tuple[Ints, Ints]:
    """Return where each run of equal keys starts in sorted, non-empty ``keys``, and its length."""
    starts = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1])))
    return starts, np.diff(np.append(starts, len(keys)))


def group_pairs(keys: Ints, slots: Ints, max_df: int) -> tuple[Ints, Ints, Ints]:
    """Return every pair of slots sharing a key held by 2 to ``max_df`` slots.

    Args:
        keys: Posting keys, sorted.
        slots: The slot of each posting.
        max_df: Keys held by more slots pair none.

    Returns:
        ``(low, high, df)``: the two slots of each pair (low < high) and how many slots
        hold the key that pairs them, one row per (key, pair).
    """
    if len(keys) == 0:
        return _EMPTY, _EMPTY, _EMPTY
    starts, sizes = _runs(keys)
    lows, highs, dfs = [_EMPTY], [_EMPTY], [_EMPTY]
    for size in range(2, max_df + 1):
        first = starts[sizes == size]
        if len(first) == 0:
            continue
        block = slots[first[:, None] + np.arange(size)]
        i, j = np.triu_indices(size, 1)
        a, b = block[:, i].ravel(), block[:, j].ravel()
        lows.append(np.minimum(a, b))
        highs.append(np.maximum(a, b))
        dfs.append(np.full(len(a), size, dtype=np.int64))
    return np.concatenate(lows), np.concatenate(highs), np.concatenate(dfs)


def term_pairs(
    keys: Ints, slots: Ints, retold: Bools, options: CorpusOptions
) -> tuple[Ints, Ints, Ints]:
    """Return the pairs term postings give (see :func:`~.kernels.key_pairs`).

    A term pairs each holder that may be retold from with every other holder, when it is
    not too common (``max_df``; with ``closed_world``, counting the holders that may be
    retold from, and ``max_term_holders`` at most in all).

    Args:
        keys: Posting keys, sorted.
        slots: The slot of each posting.
        retold: Whether each slot may be retold from.
        options: The corpus settings.

    Returns:
        ``(low, high, df)``: the two slots of each pair (low < high) and how many slots
        hold the term that pairs them (with ``closed_world``, how many of them may be
        retold from), one row per (term, pair).
    """
    if len(keys) == 0:
        return _EMPTY, _EMPTY, _EMPTY
    starts, sizes = _runs(keys)
    ok = retold[slots]
    n_ok = np.add.reduceat(ok.astype(np.int64), starts)
    good = (sizes >= 2) & (n_ok >= 1)
    if options.closed_world:
        good &= (n_ok <= options.max_df) & (sizes <= options.max_term_holders)
    else:
        good &= sizes <= options.max_df
    group = np.repeat(np.arange(len(starts)), sizes)
    # Each eligible posting of a good term meets every posting of that term.
    mine = np.flatnonzero(ok & good[group])
    g = group[mine]
    count = sizes[g]
    first = np.repeat(starts[g], count)
    other = first + (
        np.arange(int(count.sum()), dtype=np.int64) - np.repeat(np.cumsum(count) - count, count)
    )
    me = np.repeat(mine, count)
    # Skip itself, and meet an eligible posting from the lower row only (once a pair).
    keep = (other != me) & (~ok[other] | (other > me))
    me, other = me[keep], other[keep]
    a, b = slots[me], slots[other]
    df = n_ok if options.closed_world else sizes
    return np.minimum(a, b), np.maximum(a, b), df[group[me]]


def _sum_by_code(codes: Ints, values: Ints) -> tuple[Ints, Ints]:
    """Return the distinct codes, sorted, and the sum of ``values`` for each."""
    unique, inverse = np.unique(codes, return_inverse=True)
    sums = np.bincount(inverse, weights=values, minlength=len(unique))
    return unique, np.rint(sums).astype(np.int64)


@dataclass(slots=True)
class CandidateIndex:
    """Postings and pair scores of the documents of a corpus run.

    Attributes:
        signature: The corpus options it was built with.
        ids: Document id by slot (``""`` for a dead slot).
        versions: The version stamp (text digest, date, kind) each slot was built from.
        retold: Whether each slot's document may be retold from.
        shingles: Sampled shingle postings.
        terms: Pairing-term postings (terms held by a document that may be retold from).
        vocab: Pairing term to its key in ``terms``.
        codes: Pairs of slots (``low << 32 | high``), sorted.
        shared: Sampled shingles each pair shares.
        weight: Summed weight of the pairing terms each pair shares.
    """

    signature: str
    ids: list[str]
    versions: list[str]
    retold: Bools
    shingles: Postings
    terms: Postings
    vocab: dict[str, int]
    codes: Ints
    shared: Ints
    weight: Ints

    @classmethod
    def empty(cls, signature: str) -> CandidateIndex:
        """Return an index of no documents."""
        none = Postings.empty()
        return cls(signature, [], [], np.empty(0, bool), none, none, {}, _EMPTY, _EMPTY, _EMPTY)

    def update(
        self,
        versions: Mapping[str, str],
        keys: KeySource,
        meta: Mapping[str, DocMeta],
        eligible: Callable[[str], bool],
        options: CorpusOptions,
    ) -> set[int]:
        """Bring the index to the given document set; return the slots to choose again.

        Args:
            versions: Every document's current version stamp, by id.
            keys: Returns fingerprints by id (see :data:`KeySource`).
            meta: Dates and kinds by id.
            eligible: Whether a document may be retold from.
            options: The corpus settings (``max_df``).

        Returns:
            The live slots whose pools may have changed: the new ones, and those whose
            score with a partner not known to come after them moved (a later partner is
            never a candidate).
        """
        slot_of = {d: s for s, d in enumerate(self.ids) if d}
        stale = [s for d, s in slot_of.items() if versions.get(d) != self.versions[s]]
        if len(self.ids) - len(slot_of) + len(stale) > max(len(versions), 1000):
            self._reset()
            slot_of, stale = {}, []
        dead = np.zeros(len(self.ids), dtype=bool)
        dead[stale] = True
        added = sorted(d for d in versions if d not in slot_of or dead[slot_of[d]])
        first = len(self.ids)
        new_slot = {d: first + n for n, d in enumerate(added)}
        self.ids.extend(added)
        self.versions.extend(versions[d] for d in added)
        retold = np.array([eligible(d) for d in added], dtype=bool)
        self.retold = np.concatenate([self.retold, retold])
        dead = np.concatenate([dead, np.zeros(len(added), dtype=bool)])

        # Terms held by a new document that may be retold from pair from now on; read
        # those first, so each document's terms are matched once, as they stream by.
        fresh: set[str] = set()
        for k in keys({d for d in added if self.retold[new_slot[d]]}) if added else ():
            fresh.update(t for t in k.terms if t not in self.vocab)
        new_terms = {t: len(self.vocab) + n for n, t in enumerate(sorted(fresh))}
        self.vocab.update(new_terms)
        sh_keys, sh_sizes, sh_at = array("q"), array("q"), array("q")
        t_keys, t_slots = array("q"), array("q")
        vocab = self.vocab
        for k in keys(set(added)) if added else ():
            s = new_slot[k.id]
            sh_keys.extend(k.shingles)
            sh_sizes.append(len(k.shingles))
            sh_at.append(s)
            held = [vocab[t] for t in k.terms if t in vocab] if vocab else []
            t_keys.extend(held)
            t_slots.extend([s] * len(held))
        kept = {d for d, s in slot_of.items() if not dead[s]}
        if new_terms and kept:
            # Terms that pair for the first time: their holders already indexed need
            # postings too.
            for k in keys(kept):
                held = [new_terms[t] for t in k.terms if t in new_terms]
                t_keys.extend(held)
                t_slots.extend([slot_of[k.id]] * len(held))
        add_sh = np.frombuffer(sh_keys, dtype=np.int64) if sh_keys else _EMPTY
        add_sh_slots = np.repeat(
            np.frombuffer(sh_at, dtype=np.int64) if sh_at else _EMPTY,
            np.frombuffer(sh_sizes, dtype=np.int64) if sh_sizes else _EMPTY,
        )
        del sh_keys
        self.shingles, sh_delta = self._rekey(self.shingles, dead, add_sh, add_sh_slots, options)
        del add_sh, add_sh_slots
        add_t = np.frombuffer(t_keys, dtype=np.int64) if t_keys else _EMPTY
        add_t_slots = np.frombuffer(t_slots, dtype=np.int64) if t_slots else _EMPTY
        self.terms, t_delta = self._rekey(self.terms, dead, add_t, add_t_slots, options, True)
        changed = self._apply(sh_delta, t_delta)
        for s in np.flatnonzero(dead).tolist():
            self.ids[s] = ""
        later = later_mask(meta, self.ids)
        low, high = changed >> _SHIFT, changed & _LOW
        pick = np.concatenate([low[~later(low, high)], high[~later(high, low)]])
        out = set(pick.tolist()) | set(new_slot.values())
        return {s for s in out if self.ids[s]}

    def _reset(self) -> None:
        """Forget every document (the next update builds from empty)."""
        fresh = CandidateIndex.empty(self.signature)
        for name in self.__slots__:
            setattr(self, name, getattr(fresh, name))

    def _rekey(
        self,
        post: Postings,
        dead: Bools,
        add_keys: Ints,
        add_slots: Ints,
        options: CorpusOptions,
        terms: bool = False,
    ) -> tuple[Postings, tuple[Ints, Ints]]:
        """Replace postings; return them and the pair score changes they cause."""
        if len(post.keys) == 0:
            post = post.insert(add_keys, add_slots)
            return post, _sum_by_code(*self._contributions(post, None, options, terms))
        touched = np.union1d(post.keys_of(dead), np.unique(add_keys))
        before = self._contributions(post, touched, options, terms)
        post = post.drop(dead).insert(add_keys, add_slots)
        after = self._contributions(post, touched, options, terms)
        codes = np.concatenate([before[0], after[0]])
        values = np.concatenate([-before[1], after[1]])
        return post, _sum_by_code(codes, values)

    def _contributions(
        self, post: Postings, touched: Ints | None, options: CorpusOptions, terms: bool
    ) -> tuple[Ints, Ints]:
        """Return the pair codes the touched keys (default: all) give, with scores."""
        if touched is None:
            keys, slots = post.keys, post.slots
        else:
            rows = post.rows_of(touched)
            keys, slots = post.keys[rows], post.slots[rows]
        if terms:
            low, high, df = term_pairs(keys, slots, self.retold, options)
            most = max(options.max_df, options.max_term_holders)
            weights = np.array([0, *(term_weight(n, options) for n in range(1, most + 1))])
            return (low << _SHIFT) | high, weights[df]
        low, high, _ = group_pairs(keys, slots, options.max_df)
        return (low << _SHIFT) | high, np.ones(len(low), dtype=np.int64)

    def _apply(self, sh: tuple[Ints, Ints], tw: tuple[Ints, Ints]) -> Ints:
        """Add score changes to the pair table; return the codes that changed."""
        codes: Ints = np.union1d(sh[0], tw[0])
        d_shared = np.zeros(len(codes), dtype=np.int64)
        d_shared[np.searchsorted(codes, sh[0])] = sh[1]
        d_weight = np.zeros(len(codes), dtype=np.int64)
        d_weight[np.searchsorted(codes, tw[0])] = tw[1]
        moved = (d_shared != 0) | (d_weight != 0)
        codes, d_shared, d_weight = codes[moved], d_shared[moved], d_weight[moved]
        at = np.searchsorted(self.codes, codes)
        hit = at < len(self.codes)
        hit[hit] = self.codes[at[hit]] == codes[hit]
        self.shared[at[hit]] += d_shared[hit]
        self.weight[at[hit]] += d_weight[hit]
        miss = ~hit
        self.codes = np.insert(self.codes, at[miss], codes[miss])
        self.shared = np.insert(self.shared, at[miss], d_shared[miss])
        self.weight = np.insert(self.weight, at[miss], d_weight[miss])
        keep = (self.shared != 0) | (self.weight != 0)
        if not keep.all():
            self.codes, self.shared, self.weight = (
                self.codes[keep],
                self.shared[keep],
                self.weight[keep],
            )
        return codes

    def partners(self, slots: Collection[int]) -> dict[int, list[tuple[int, tuple[int, int]]]]:
        """Return each given slot's partners with their ``(shared, weight)`` scores."""
        want = np.zeros(len(self.ids), dtype=bool)
        want[list(slots)] = True
        low, high = self.codes >> _SHIFT, self.codes & _LOW
        out: dict[int, list[tuple[int, tuple[int, int]]]] = {s: [] for s in slots}
        for mine, other in ((low, high), (high, low)):
            m = want[mine]
            for a, b, n, w in zip(
                mine[m].tolist(),
                other[m].tolist(),
                self.shared[m].tolist(),
                self.weight[m].tolist(),
                strict=True,
            ):
                out[a].append((b, (n, w)))
        return out

    def save(self, path: Path) -> None:
        """Write the index to ``path`` (atomically: a killed run leaves the old one)."""
        tmp = path.with_name(path.name + ".tmp.npz")
        header = json.dumps([self.signature, self.ids, self.versions, sorted(self.vocab)])
        np.savez(
            tmp,
            header=np.frombuffer(header.encode(), dtype=np.uint8),
            vocab_ids=np.array([self.vocab[t] for t in sorted(self.vocab)], dtype=np.int64),
            retold=self.retold,
            sh_keys=self.shingles.keys,
            sh_slots=self.shingles.slots.astype(np.int32),
            t_keys=self.terms.keys,
            t_slots=self.terms.slots.astype(np.int32),
            codes=self.codes,
            shared=self.shared.astype(np.int32),
            weight=self.weight,
        )
        os.replace(tmp, path)

    @classmethod
    def load(
        cls, path: Path, signature: str, *, on_damage: Callable[[str], None] | None = None
    ) -> CandidateIndex:
        """Read an index saved by :meth:`save`; an empty one if missing or built otherwise.

        Args:
            path: The file.
            signature: The corpus options the index must have been built with.
            on_damage: Called with a one-line notice when the file exists but cannot be
                read (truncated, overwritten): it is a cache, and an empty index is
                returned to be built again.
        """
        if not path.exists():
            return cls.empty(signature)
        try:
            with np.load(path) as f:
                sig, ids, versions, vocab = json.loads(f["header"].tobytes().decode())
                if sig != signature:
                    return cls.empty(signature)
                return cls(
                    sig,
                    ids,
                    versions,
                    f["retold"],
                    Postings(f["sh_keys"], f["sh_slots"].astype(np.int64)),
                    Postings(f["t_keys"], f["t_slots"].astype(np.int64)),
                    dict(zip(vocab, f["vocab_ids"].tolist(), strict=True)),
                    f["codes"],
                    f["shared"].astype(np.int64),
                    f["weight"],
                )
        except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as exc:
            if on_damage is not None:
                why = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                on_damage(f"{path}: could not be read ({why}); it is a cache, rebuilt")
            return cls.empty(signature)


def later_mask(meta: Mapping[str, DocMeta], ids: list[str]) -> Callable[[Ints, Ints], Bools]:
    """Return ``later(a, b)``: whether slot ``b`` is known to come after slot ``a``.

    The vectorised form of ``precedes(b, a) is False`` (see :func:`~sourcetrace.order.precedes`);
    dead slots are never known to come later.
    """
    day = day_ordinals([m.date if (m := meta.get(i)) else None for i in ids])
    source = np.array(
        [bool(i) and (m := meta.get(i)) is not None and m.kind == SOURCE_KIND for i in ids],
        dtype=bool,
    )
    alive = np.array([bool(i) for i in ids], dtype=bool)

    def later(a: Ints, b: Ints) -> Bools:
        order = precedes_array(day[b], source[b], day[a], source[a])
        return np.asarray(alive[b] & (order == AFTER), dtype=np.bool_)

    return later
