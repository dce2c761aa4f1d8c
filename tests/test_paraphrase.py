from __future__ import annotations

import numpy as np

from sourcetrace.paraphrase import WINDOW, best_matches, standing_out, units


def unit_rows(*rows: list[float]) -> np.ndarray:
    m = np.array(rows, dtype=np.float32)
    return m / np.linalg.norm(m, axis=1, keepdims=True)


def test_units_skip_short_sentences_and_cut_long_ones() -> None:
    text = "Hello there. Researchers found that coffee drinkers live longer lives.\n\n" + " ".join(
        f"word{i}" for i in range(2 * WINDOW + 5)
    )
    spans = units(text)
    got = [text[a:b] for a, b in spans]
    assert got[0] == "Researchers found that coffee drinkers live longer lives"
    assert not any("Hello" in g for g in got)
    # 65 unpunctuated words: a window of 30, then 35 (the short tail joins it).
    assert [len(g.split()) for g in got[1:]] == [WINDOW, WINDOW + 5]


def test_best_matches_takes_each_units_closest_sentence() -> None:
    story = unit_rows([1, 0, 0], [0, 1, 0])
    a = unit_rows([1, 0.1, 0], [0, 0, 1])
    b = unit_rows([0, 1, 0])
    empty = np.zeros((0, 3), dtype=np.float32)
    best = best_matches(story, [a, b, empty])
    assert best.shape == (3, 2)
    assert np.allclose(best[:, 0], [0.995, 0.0, 0.0], atol=1e-3)
    assert np.allclose(best[:, 1], [0.0995, 1.0, 0.0], atol=1e-3)


def test_a_unit_stands_out_only_above_the_floor_and_clear_of_the_neighbours() -> None:
    best = np.array(
        [
            [0.90, 0.80, 0.55, 0.70],
            [0.60, 0.78, 0.10, 0.20],
        ],
        dtype=np.float32,
    )
    # unit 0: lead 0.30; unit 1: lead 0.02; unit 2: below the floor; unit 3: lead 0.50
    assert standing_out(best, floor=0.6, margin=0.1) == [2, 0]
    assert standing_out(best, floor=0.6, margin=0.0) == [3, 0]
    assert standing_out(best, floor=0.5, margin=0.1) == [3, 0]
    assert standing_out(best, floor=0.95, margin=0.0) == [0, 0]
    assert standing_out(best[1:], floor=0.6, margin=0.1) == [2]  # alone: lead over 0
    assert standing_out(np.zeros((0, 0), dtype=np.float32), floor=0.6, margin=0.1) == []
