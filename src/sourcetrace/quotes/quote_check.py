"""The verdict one check of a quotation gives, and the quotation words it counts.

:mod:`sourcetrace.quotes.verify` decides a quotation's verdict from the word alignment;
the sentence checks (:mod:`sourcetrace.quotes.sentence_edits`) and the meaning check
(:mod:`sourcetrace.quotes.quote_meaning`) may replace it. Each gives a
:class:`QuoteCheck`, which the verifier copies onto the quotation.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from sourcetrace.quotes.match import Located, SentenceMatch
from sourcetrace.quotes.meaning import MeaningMatch
from sourcetrace.quotes.model import Edit, QuoteVerdict, SourceSpan
from sourcetrace.text import Words


@dataclass(frozen=True, slots=True)
class QuoteCheck:
    """A quotation's verdict, with the source passage, similarity and edits behind it."""

    verdict: QuoteVerdict
    source: SourceSpan | None = None
    similarity: float | None = None
    edits: tuple[Edit, ...] = ()
    reason: str = ""

    @classmethod
    def at(
        cls,
        verdict: QuoteVerdict,
        passage: Located | SentenceMatch | MeaningMatch,
        similarity: float,
        reason: str,
        edits: tuple[Edit, ...] = (),
    ) -> QuoteCheck:
        """A verdict resting on a source passage, its similarity rounded to 4 places.

        Args:
            verdict: The verdict.
            passage: Where in which source the quotation was found: an aligned passage,
                a sentence sharing its words, or one meaning the same.
            similarity: How close the quotation is to the passage (unrounded).
            reason: What was compared with what and which rule decided.
            edits: The differences from the passage.

        Returns:
            The check.
        """
        return cls(
            verdict,
            SourceSpan(passage.doc_id, passage.start, passage.end),
            round(similarity, 4),
            edits,
            reason,
        )


def word_count(a: Words, start: int, end: int) -> int:
    """How many of the article's words start in ``start:end``."""
    return max(0, bisect_left(a.starts, end) - a.index_at(start))
