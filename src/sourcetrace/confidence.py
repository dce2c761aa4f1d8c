"""The confidence of a source: the probability the article was written from it.

A small logistic model over the candidate's evidence (:func:`features`), whose
parameters ship with the package as versioned JSON (``data/confidence.json``). They are
fitted offline by ``benchmarks/fit_confidence.py`` on InSciOut dev stories, never at run
time, traced against the releases alone and against the releases and the other stories
written from them (an index of news as well as releases).

The margins are over the *independent* texts of the pool only: a text that repeats the
candidate's evidence (a later story copying the same release, see
:mod:`sourcetrace.derived`) is not its competitor, and a candidate that repeats an earlier
text of the pool says so (``follows``).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sourcetrace import derived
from sourcetrace.logistic import Logistic, read_json_text, read_params

if TYPE_CHECKING:
    from sourcetrace.judge import Article, Facts

#: The evidence features, in the order :func:`features` returns them.
FEATURES = (
    "copied",  # share of the article in passages copied from it
    "fresh",  # the same, not explained by a source accepted before it
    "long_copied",  # log(1 + words matched in long copied passages)
    "pair_share",  # share of the article's content-word pairs it holds
    "pairs",  # log(1 + shared pairs)
    "pairs_margin",  # log(1 + shared pairs) - log(1 + the most any independent other holds)
    "words_margin",  # log(1 + shared rarity) - log(1 + the most any independent other holds)
    "distinct",  # log(1 + distinctiveness), capped at 50 (0 if the pool is too shallow)
    "date_near",  # 1 if both texts are dated and the article follows it within DATE_NEAR
    "date_far",  # 1 if both texts are dated and the days lie outside DATE_FAR
    "follows",  # 1 if it repeats an earlier text of the pool (see sourcetrace.derived)
)

#: Days from a candidate's date to the article's (least, most) that count as close...
DATE_NEAR = (-1, 14)
#: ... and beyond which they count as far apart (see :mod:`sourcetrace.dates`).
DATE_FAR = (-14, 60)


def features(facts: Facts, article: Article) -> tuple[float, ...]:
    """Return a candidate's evidence features (see :data:`FEATURES`)."""
    c = facts.candidate
    own = article.by_id.get(c.id)
    if own is None or not article.ordered:
        # Not in the pool (hand-built evidence), or no text's order known: every other
        # text competes, and none repeats another.
        top_pairs, top_words = article.best_other(c.id)
        follows = False
    else:
        top_pairs, top_words = derived.best_independent(own, article.pool)
        follows = derived.follows(own, article.pool)
    days = article.days(c)
    near = days is not None and DATE_NEAR[0] <= days <= DATE_NEAR[1]
    far = days is not None and not DATE_FAR[0] <= days <= DATE_FAR[1]
    return (
        len(c.copied_covered) / max(article.words, 1),
        facts.fresh,
        math.log1p(c.long_copied),
        c.shared_pairs / max(article.pairs, 1),
        math.log1p(c.shared_pairs),
        math.log1p(c.shared_pairs) - math.log1p(top_pairs),
        math.log1p(c.shared) - math.log1p(top_words),
        math.log1p(min(facts.distinct, 50.0)),
        float(near),
        float(far),
        float(follows),
    )


@dataclass(frozen=True, slots=True)
class ConfidenceModel(Logistic):
    """The confidence model: a :class:`~sourcetrace.logistic.Logistic` over :data:`FEATURES`.

    Its date features were fitted with the day windows :data:`DATE_NEAR` and
    :data:`DATE_FAR`, which its JSON records (``date_windows``) and reading checks; its
    margins and ``follows`` with :data:`sourcetrace.derived.HELD_SHARE` and
    :data:`~sourcetrace.derived.HELD_MIN` (``held_share``, ``held_min``).
    """

    def to_dict(self) -> dict[str, Any]:
        """Return the parameters as JSON-ready data."""
        return {
            **self.params(),
            "date_windows": {"date_near": list(DATE_NEAR), "date_far": list(DATE_FAR)},
            "held_share": derived.HELD_SHARE,
            "held_min": derived.HELD_MIN,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ConfidenceModel:
        """Build a model from :meth:`to_dict` data; features must match :data:`FEATURES`."""
        fields = read_params(data, FEATURES, "confidence model")
        windows = data.get("date_windows", {})
        fitted = {k: tuple(v) for k, v in windows.items()}
        if fitted != {"date_near": DATE_NEAR, "date_far": DATE_FAR}:
            # The date features were fitted with these day windows; others would mis-score.
            raise ValueError(
                f"confidence model date windows {fitted} differ from "
                f"date_near {DATE_NEAR}, date_far {DATE_FAR}"
            )
        held = (data.get("held_share"), data.get("held_min"))
        if held != (derived.HELD_SHARE, derived.HELD_MIN):
            # The margins and `follows` were fitted with these; others would mis-score.
            raise ValueError(
                f"confidence model held_share, held_min {held} differ from "
                f"{(derived.HELD_SHARE, derived.HELD_MIN)}"
            )
        return cls(**fields)


#: The shipped parameters: fitted assuming the index holds the article's source (False),
#: or also on traces against small indexes that lack it (True: see :func:`load_model`).
MODEL_FILES = {False: "confidence.json", True: "confidence_open.json"}


@lru_cache(maxsize=4)
def load_model(path: str | None = None, *, source_may_be_absent: bool = False) -> ConfidenceModel:
    """Return the shipped model (or the one at ``path``).

    Args:
        path: A parameters file instead of the shipped one.
        source_may_be_absent: The parameters for an index that may not hold the article's
            source (``trace.source_may_be_absent``). The default model learnt its
            probabilities from traces whose source was in the index, so a candidate that
            stands out with a handful of shared word pairs is, to it, most likely the
            source; this one was also fitted on traces against a tenth and three tenths of
            the releases, with and without the story's own, and says how often such a
            candidate is only a chance neighbour.
    """
    text = read_json_text(path, MODEL_FILES[source_may_be_absent])
    return ConfidenceModel.from_dict(json.loads(text))


def model_version(source_may_be_absent: bool = False) -> str | None:
    """Return the shipped model's version (None if the package holds none).

    Results cached by corpus mode carry confidences: their key includes it.
    """
    try:
        return load_model(source_may_be_absent=source_may_be_absent).version
    except FileNotFoundError:
        return None
