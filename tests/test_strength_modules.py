"""The strength entry point keeps its public names after its split into three modules."""

from __future__ import annotations

import sourcetrace.claims.strength as strength_module
from sourcetrace.claims import cue_hits, cues, governing, scale

# Every public name ``sourcetrace.claims.strength`` defined (or that tests and benchmarks
# import from it) before the split, and where it lives now.
MOVED = {
    "StrengthName": scale,
    "STRENGTHS": scale,
    "GROUPS": scale,
    "group_of": scale,
    "StrengthPolicy": scale,
    "DEFAULT_POLICY": scale,
    "ROLE_POLICY": scale,
    "CueHit": scale,
    "Strength": scale,
    "find_cues": cue_hits,
    "doubted": governing,
    "CUES": cues,
}


def test_public_names_are_still_imported_from_strength() -> None:
    for name, module in MOVED.items():
        assert getattr(strength_module, name) is getattr(module, name), name
    for name in ("classify_strength", "needs_parse"):
        assert getattr(strength_module, name).__module__ == "sourcetrace.claims.strength", name


def test_the_cue_cache_is_the_one_find_cues_reads() -> None:
    """Benchmarks clear ``cue_hits._find_cues`` before a timed run: it must be the cache used."""
    cue_hits._find_cues.cache_clear()
    strength_module.find_cues("Eating fish may reduce the risk of dementia")
    assert cue_hits._find_cues.cache_info().currsize == 1
    strength_module.classify_strength("Eating fish may reduce the risk of dementia")
    assert cue_hits._find_cues.cache_info().hits >= 1
