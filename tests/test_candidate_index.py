"""The candidate index kept between corpus runs gives the pools a fresh build gives."""

from __future__ import annotations

import random
from collections.abc import Collection
from pathlib import Path

import numpy as np
import pytest

from sourcetrace.corpus.candidate_index import term_pairs
from sourcetrace.corpus.candidates import CandidateIndex, candidate_pools, update_pools
from sourcetrace.corpus.kernels import (
    CorpusOptions,
    DocKeys,
    DocMeta,
    doc_keys,
    key_pairs,
    term_weight,
)

WORDS = [f"w{i}" for i in range(400)] + ["Folic", "Oxford", "2.5", "Stepanyan", "NASA"]


def _text(rng: random.Random, donor: str | None) -> str:
    body = rng.choices(WORDS, k=rng.randint(40, 120))
    if donor is not None:
        src = donor.split()
        at = rng.randrange(0, max(1, len(src) - 40))
        body = body[:10] + src[at : at + 40] + body[10:]
    return " ".join(body)


def _meta(rng: random.Random, doc_id: str) -> DocMeta:
    date = None if rng.random() < 0.2 else f"2021-03-{rng.randint(1, 20):02d}"
    return DocMeta(doc_id, date, "source" if rng.random() < 0.2 else "article")


class Corpus:
    """Documents as text and metadata, editable between two builds."""

    def __init__(self, seed: int, n: int, options: CorpusOptions) -> None:
        self.rng = random.Random(seed)
        self.options = options
        self.texts: dict[str, str] = {}
        self.meta: dict[str, DocMeta] = {}
        for i in range(n):
            self.add(f"d{i:04d}")

    def add(self, doc_id: str) -> None:
        donors = list(self.texts.values())
        copy = donors and self.rng.random() < 0.3
        self.texts[doc_id] = _text(self.rng, self.rng.choice(donors) if copy else None)
        self.meta[doc_id] = _meta(self.rng, doc_id)

    def keys(self, only: Collection[str] | None) -> list[DocKeys]:
        ids = sorted(self.texts if only is None else only)
        return [doc_keys(d, self.texts[d], self.options) for d in ids]

    def versions(self) -> dict[str, str]:
        return {
            d: f"{hash(t)}|{self.meta[d].date}|{self.meta[d].kind}" for d, t in self.texts.items()
        }

    def update(self, index: CandidateIndex) -> dict[str, tuple[str, ...]]:
        return update_pools(index, self.versions(), self.keys, self.meta, self.options)


def _merge(
    pools: dict[str, tuple[str, ...]], changed: dict[str, tuple[str, ...]], live: Collection[str]
) -> dict[str, tuple[str, ...]]:
    merged = {d: p for d, p in pools.items() if d in live}
    merged.update(changed)
    return {d: p for d, p in sorted(merged.items()) if p}


@pytest.mark.parametrize("closed_world", [False, True])
@pytest.mark.parametrize("retold_kinds", [("source",), None])
@pytest.mark.parametrize("seed", [1, 2])
def test_update_after_edits_equals_a_fresh_build(
    retold_kinds: tuple[str, ...] | None, seed: int, closed_world: bool, tmp_path: Path
) -> None:
    """Added, re-texted, re-dated, re-kinded and removed documents: same pools as anew."""
    opts = CorpusOptions(
        retold_kinds=retold_kinds,
        max_df=6,
        max_term_holders=15,
        pool=4,
        min_shared=2,
        closed_world=closed_world,
    )
    corpus = Corpus(seed, 150, opts)
    index = CandidateIndex.empty(opts.signature())
    pools = _merge({}, corpus.update(index), corpus.texts)
    assert pools == candidate_pools(corpus.keys, opts, corpus.meta)
    index.save(tmp_path / "index.npz")

    rng = random.Random(seed + 100)
    ids = sorted(corpus.texts)
    for d in rng.sample(ids, 10):
        del corpus.texts[d], corpus.meta[d]
    rest = sorted(corpus.texts)
    for d in rng.sample(rest, 8):
        corpus.texts[d] = _text(rng, corpus.texts[rng.choice(rest)])
    for d in rng.sample(rest, 8):
        corpus.meta[d] = _meta(rng, d)
    for i in range(30):
        corpus.add(f"n{i:03d}")

    loaded = CandidateIndex.load(tmp_path / "index.npz", opts.signature())
    changed = corpus.update(loaded)
    assert len(changed) < len(corpus.texts)
    expected = candidate_pools(corpus.keys, opts, corpus.meta)
    assert any(len(p) > 1 for p in expected.values())
    assert _merge(pools, changed, corpus.texts) == expected


def test_update_with_nothing_changed_chooses_nothing() -> None:
    opts = CorpusOptions(max_df=6)
    corpus = Corpus(3, 60, opts)
    index = CandidateIndex.empty(opts.signature())
    corpus.update(index)
    assert corpus.update(index) == {}


def test_mostly_removed_corpus_is_rebuilt_and_still_equal() -> None:
    opts = CorpusOptions(retold_kinds=None, max_df=6, pool=4)
    corpus = Corpus(4, 1200, opts)
    index = CandidateIndex.empty(opts.signature())
    pools = _merge({}, corpus.update(index), corpus.texts)
    for d in sorted(corpus.texts)[:1100]:
        del corpus.texts[d], corpus.meta[d]
    changed = corpus.update(index)
    assert len(index.ids) == 100  # dead slots outnumbered live ones: built anew
    assert _merge(pools, changed, corpus.texts) == candidate_pools(corpus.keys, opts, corpus.meta)


def test_index_built_with_other_options_is_not_loaded(tmp_path: Path) -> None:
    opts = CorpusOptions(max_df=6)
    corpus = Corpus(5, 40, opts)
    index = CandidateIndex.empty(opts.signature())
    corpus.update(index)
    index.save(tmp_path / "index.npz")
    assert CandidateIndex.load(tmp_path / "index.npz", opts.signature()).ids == index.ids
    other = CorpusOptions(max_df=7).signature()
    assert CandidateIndex.load(tmp_path / "index.npz", other).ids == []
    (tmp_path / "broken.npz").write_bytes(b"not an archive")
    assert CandidateIndex.load(tmp_path / "broken.npz", opts.signature()).ids == []


@pytest.mark.parametrize("closed_world", [False, True])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_term_pairs_are_the_kernels_pairs(seed: int, closed_world: bool) -> None:
    """Each term pairs what :func:`key_pairs` pairs, once a pair, with its weight."""
    rng = random.Random(seed)
    opts = CorpusOptions(max_df=4, max_term_holders=9, closed_world=closed_world)
    n_slots = 30
    retold = np.array([rng.random() < 0.3 for _ in range(n_slots)])
    holders = {t: rng.sample(range(n_slots), rng.randint(1, 12)) for t in range(150)}
    keys = np.array([t for t, hs in holders.items() for _ in hs], dtype=np.int64)
    slots = np.array([s for hs in holders.values() for s in hs], dtype=np.int64)
    low, high, n_ok = term_pairs(keys, slots, retold, opts)
    weights = [term_weight(n, opts) for n in n_ok.tolist()]
    got = sorted(zip(low.tolist(), high.tolist(), weights, strict=True))
    expected = sorted(
        (int(a), int(b), score[1])
        for t, hs in holders.items()
        for (a, b), score in key_pairs(
            f"t:{t}", [f"{s:03d}" for s in hs], opts, retold_from=lambda d: bool(retold[int(d)])
        )
    )
    assert got == expected
    assert got and len(set(got)) < len(got)  # pairs sharing several terms
