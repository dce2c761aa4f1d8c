"""The judge entry point keeps its public names after the split into :mod:`sourcetrace.judging`."""

from __future__ import annotations

import dataclasses

import sourcetrace.judge as judge_module
from sourcetrace.judging import dated, evidence, policy, rules

# Every public name ``sourcetrace.judge`` defined before the split, and where it lives now.
MOVED = {
    "Neighbour": evidence,
    "Candidate": evidence,
    "Article": evidence,
    "Facts": evidence,
    "Check": evidence,
    "AcceptanceRule": rules,
    "threshold": rules,
    "thresholds": rules,
    "CopiedShare": rules,
    "LongCopied": rules,
    "CompositeCopied": rules,
    "PairsStandOut": rules,
    "WordsStandOut": rules,
    "PairShare": rules,
    "Confident": rules,
    "dates_reason": dated,
    "DatedStandOut": dated,
    "DatesApart": dated,
    "WeeksApart": dated,
    "Refusal": dated,
    "BestPairsFallback": policy,
    "AcceptancePolicy": policy,
    "DEFAULT_POLICY": policy,
    "confidence_policy": policy,
    "fallback_refuses": policy,
    "closed_world": policy,
}


def test_public_names_are_still_imported_from_judge() -> None:
    for name, module in MOVED.items():
        assert getattr(judge_module, name) is getattr(module, name), name
    for name in ("judge", "distinctiveness", "Judgement"):
        assert getattr(judge_module, name).__module__ == "sourcetrace.judge", name


def test_rule_names_stay_class_constants_not_thresholds() -> None:
    """A rule's fields are its thresholds only: its name and version stay out of them."""
    for rule in (*judge_module.DEFAULT_POLICY.rules, *judge_module.DEFAULT_POLICY.refusals):
        fields = {f.name for f in dataclasses.fields(rule)}  # type: ignore[arg-type]
        assert fields and not fields & {"name", "version", "words_only", "guides_fallback"}
    assert judge_module.DEFAULT_POLICY.signature().startswith(
        "default;min_pool=5;copied-share.v1(min_share=0.15);long-copied.v1(min_words=20)"
    )
