"""A traced story's reported claims and claims, checked against its sources: one code path.

``trace`` (:meth:`sourcetrace.api.Index.trace`) and corpus mode's per-outlet claim figures
(:mod:`sourcetrace.claims.outlets`) both call :func:`check_story`, so a story's main claim
is compared with the same source sentence, under the same filters, in both.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sourcetrace.claims.model import Claim
from sourcetrace.documents import Document

if TYPE_CHECKING:
    from sourcetrace.index.base import Store
    from sourcetrace.quotes import Scan
    from sourcetrace.quotes.verify import VerifyOptions


@dataclass(frozen=True, slots=True)
class Checked:
    """A story's quotations, reported claims and claims, checked against its sources.

    Attributes:
        scan: The verified quotations and reported claims (verdicts as verified).
        reported: The reported claims with the verdicts the claims section agrees with.
        claims: The story's main statements and reported claims, compared (empty
            without ``claims``).
        notices: What the reader should know (claims compared within a prefix).
        end: Where the part of the story the claims were read in ends.
    """

    scan: Scan
    reported: tuple[Any, ...]
    claims: tuple[Claim, ...]
    notices: tuple[str, ...]
    end: int


def check_story(
    text: str,
    sources: Sequence[Document],
    *,
    store: Store | None,
    exclude: Sequence[str] = (),
    verify: VerifyOptions | None = None,
    claims: bool = True,
    max_chars: int | None = None,
) -> Checked:
    """Verify a story's quotations and reported claims, then label and compare its claims.

    Args:
        text: The story.
        sources: The documents it derives from (a release and a later copy of it: the
            release is read first).
        store: The index, to look quotations up beyond the sources.
        exclude: Ids never to use (the story itself).
        verify: Verdict thresholds.
        claims: Also label and compare its claims.
        max_chars: Claims are compared within the part of the story a trace reads
            (default: :data:`sourcetrace.trace.MAX_CHARS`).
    """
    from sourcetrace import quotes as q
    from sourcetrace.origins import split_originals, verify_from_originals
    from sourcetrace.quotes.limits import searched_end

    found = verify_from_originals(
        text, q.scan(text), sources=sources, store=store, exclude=exclude, options=verify
    )
    supported = list(found.reported)
    if not claims:
        return Checked(found, tuple(supported), (), (), len(text))
    from sourcetrace.claims.story import agreed, story_claims
    from sourcetrace.trace import MAX_CHARS

    ordered = [d for part in split_originals(list(sources)) for d in part]
    # Claims are compared within what was traced: the story's beginning when it is
    # longer than the trace reads (offsets into a prefix are the text's own).
    end = searched_end(text, MAX_CHARS if max_chars is None else max_chars)
    head = [c for c in supported if c.end <= end]
    compared = story_claims(text[:end], sources=ordered, reported=head)
    # One conclusion in both sections: a verdict the claims section refines.
    now = agreed(head, compared)
    judged = {id(c): a for c, a in zip(head, now, strict=True)}
    notices: tuple[str, ...] = ()
    if end < len(text):
        notices = (
            f"Claims were compared with the sources in the first {end:,} characters only, "
            "the part that was traced.",
        )
    return Checked(
        found, tuple(judged.get(id(c), c) for c in supported), tuple(compared), notices, end
    )


def main_claim(text: str, checked: Checked) -> Claim | None:
    """The claim at a story's main statement (:func:`~sourcetrace.claims.main.main_statement`).

    The statement is found in the part of ``text`` the claims were read in. None when the
    story has no main statement.
    """
    from sourcetrace.claims.main import main_statement

    st = main_statement(text[: checked.end])
    claims = checked.claims
    if st is None:
        return None
    return next(
        (c for c in claims if c.kind == "main" and (c.start, c.end) == (st.start, st.end)), None
    )


__all__ = ["Checked", "check_story", "main_claim"]
