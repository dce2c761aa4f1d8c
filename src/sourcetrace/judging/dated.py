"""The rules that read the candidate's and the article's dates, and the refusals.

:class:`DatedStandOut` accepts the candidate standing out that the article follows
within days; :class:`DatesApart` and :class:`WeeksApart` are refusals: they may overrule
a rule that accepts from shared words alone (see :mod:`sourcetrace.dates` for how a
date is read).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from sourcetrace.dates import DocDate
from sourcetrace.judging.evidence import Article, Candidate, Check, Facts
from sourcetrace.judging.rules import _top_by_pairs, threshold


def _when(d: DocDate) -> str:
    """A date as a reason gives it, with where it was read."""
    where = "stated in its text" if d.origin == "text" else "metadata"
    return f"{d.day.day} {d.day:%b %Y} ({where})"


def dates_reason(cand: Candidate, article: Article) -> str:
    """Say how the candidate's date and the article's compare, with the figures."""
    if cand.date is None or article.date is None:
        missing = [n for n, d in (("its", cand.date), ("the article's", article.date)) if d is None]
        return f"{' and '.join(missing)} date unknown"
    n = (article.date.day - cand.date.day).days
    span = "the same day" if n == 0 else f"{abs(n)} day{'s' * (abs(n) != 1)}"
    side = "" if n == 0 else (" later" if n > 0 else " earlier")
    return (
        f"it is dated {_when(cand.date)}, the article {_when(article.date)}: "
        f"the article {span}{side}"
    )


@dataclass(frozen=True, slots=True)
class DatedStandOut:
    """Accept the candidate sharing the most word pairs when it is dated just before.

    News is written from a release within days of it. When no source explains any of
    the article yet, the candidate sharing the most content-word pairs, clearly more than
    the runner-up, is accepted if both texts are dated (metadata, or the date a text
    states in its head: see :mod:`sourcetrace.dates`) and the article follows it within
    ``max_before`` days (or precedes it by at most ``max_after``: embargoes, time zones,
    a page dated when posted). Its topical neighbours are seldom dated that close, and
    an undated candidate is never accepted by it.
    """

    name: ClassVar[str] = "dated-stand-out"
    words_only: ClassVar[bool] = False
    version: ClassVar[int] = 1
    ratio: float = threshold(
        1.2,
        "How many times its shared pairs must exceed the runner-up's in the pool (it must "
        "also share the most), when both texts are dated close together.",
        minimum=1,
    )
    max_before: int = threshold(
        14, "Most days the candidate may be dated before the article.", minimum=0
    )
    max_after: int = threshold(
        1, "Most days the candidate may be dated after the article.", minimum=0
    )

    def close(self, days: int | None) -> bool:
        """Whether the article follows a candidate by ``days`` within this rule's window."""
        return days is not None and -self.max_after <= days <= self.max_before

    def check(self, facts: Facts, article: Article) -> Check:
        """Accept the pool's top candidate by pairs if dated just before the article."""
        if not article.measurable:
            return Check(False, f"pool of {len(article.pool)} too shallow to compare")
        c = facts.candidate
        best, runner_up = _top_by_pairs(article)
        return Check(
            best.id == c.id
            and c.shared_pairs >= self.ratio * max(runner_up, 1)
            and self.close(article.days(c))
            and facts.explained == 0,
            f"{dates_reason(c, article)} (at most {self.max_before} days later or "
            f"{self.max_after} earlier); {c.shared_pairs} content-word pairs shared, against "
            f"{runner_up} for the runner-up of {len(article.pool)} retrieved (at least "
            f"{self.ratio:g}x, and the most)",
        )


@dataclass(frozen=True, slots=True)
class DatesApart:
    """Refuse a source accepted from shared words alone when the dates lie far apart.

    A text dated months before the article, or weeks after it, is almost never its
    source; a topical neighbour often is. Only the rules that read shared words and
    phrases (those whose ``words_only`` is True) are overruled: copied text
    stays evidence whatever the dates say. The candidate is still listed (``non``), with
    this reason: a date misread from a text never hides it.
    """

    name: ClassVar[str] = "dates-apart"
    words_only: ClassVar[bool] = False
    version: ClassVar[int] = 1
    #: The closed-world fallback avoids the candidates it refuses (:func:`_fallback_pool`).
    guides_fallback: ClassVar[bool] = True
    max_before: int = threshold(
        60,
        "Days the candidate may be dated before the article, beyond which a source "
        "accepted from shared words alone is refused.",
        minimum=0,
    )
    max_after: int = threshold(14, "The same, for a candidate dated after the article.", minimum=0)

    def check(self, facts: Facts, article: Article) -> Check:
        """Say whether it refuses (``accepts`` True means: refused)."""
        days = article.days(facts.candidate)
        far = days is not None and not -self.max_after <= days <= self.max_before
        return Check(
            far,
            f"{dates_reason(facts.candidate, article)} (refused when more than "
            f"{self.max_before} days later or {self.max_after} earlier)",
        )


@dataclass(frozen=True, slots=True)
class WeeksApart:
    """Refuse a source accepted from shared words alone, dated weeks before, on thin evidence.

    News follows its release within days (on InSciOut, 96% of the stories whose release
    is dated come −1 to +14 days after it). A copy-free candidate dated weeks before the
    article is more often an earlier release on the same study or topic (a first report,
    a sibling office's release) than the source, which is then not indexed: such a
    candidate stands out from the topical neighbours by a handful of phrases. Beyond
    ``min_days`` (and up to ``dates-apart``'s limit, where that refusal takes over) it
    must share at least ``min_pairs`` content-word pairs. Copied text is never
    overruled; undated texts are not judged by it.
    """

    name: ClassVar[str] = "weeks-apart"
    words_only: ClassVar[bool] = False
    version: ClassVar[int] = 1
    guides_fallback: ClassVar[bool] = False
    min_days: int = threshold(
        21,
        "Days the candidate is dated before the article beyond which a source accepted "
        "from shared words alone needs min_pairs (see benchmarks/bench_leak.py).",
        minimum=0,
    )
    min_pairs: int = threshold(
        15,
        "Fewest content-word pairs such a candidate, dated weeks before the article, "
        "must share with it.",
        minimum=1,
    )

    def check(self, facts: Facts, article: Article) -> Check:
        """Say whether it refuses (``accepts`` True means: refused)."""
        c = facts.candidate
        days = article.days(c)
        weeks = days is not None and days > self.min_days
        return Check(
            weeks and c.shared_pairs < self.min_pairs,
            f"{dates_reason(c, article)}, {c.shared_pairs} content-word pairs shared (refused "
            f"when more than {self.min_days} days later with fewer than {self.min_pairs})",
        )


#: A refusal: it may overrule a rule's acceptance.
Refusal = DatesApart | WeeksApart
