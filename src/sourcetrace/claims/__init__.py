"""Claims: strength, population and advice of statements, and their drift (issue 17).

How strongly a statement states a finding, about whom, with what advice, and how a story's
claim drifts from the source sentence it was written from.

>>> from sourcetrace.claims import compare, label
>>> label("Coffee may protect the liver").strength.name
'conditional_causal'
>>> compare("Coffee protects the liver", "Coffee may protect the liver").strength
'stronger'
"""

from __future__ import annotations

from sourcetrace.claims.advice import Advice, classify_advice
from sourcetrace.claims.drift import Change, Drift, DriftPolicy, Labels, calls, compare, label
from sourcetrace.claims.population import Population, classify_population
from sourcetrace.claims.strength import STRENGTHS, Strength, classify_strength, group_of

__all__ = [
    "STRENGTHS",
    "Advice",
    "Change",
    "Drift",
    "DriftPolicy",
    "Labels",
    "Population",
    "Strength",
    "calls",
    "classify_advice",
    "classify_population",
    "classify_strength",
    "compare",
    "group_of",
    "label",
]
