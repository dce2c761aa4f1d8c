"""Quotations and claims read in a text's plain-space copy, given back as the text holds them.

:func:`sourcetrace.quotes.scan` and :func:`sourcetrace.quotes.check` read a text (and its
sources) through :func:`sourcetrace.spaces.plain_spaces`: one copy of the same length in
which a no-break space is a space and a paragraph separator a line end. Offsets are
therefore the original's; the strings the readers cut (a quotation, a claim, a speaker's
mention, an edit's words) are cut again from the original here, and the strings handed
to the readers are put in the copy's form.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import TypeVar

from sourcetrace.documents import Document
from sourcetrace.quotes.model import Edit, Quote, Reported
from sourcetrace.spaces import plain_spaces, restore

_Item = TypeVar("_Item", Quote, Reported)


def plain_documents(docs: list[Document]) -> tuple[list[Document], dict[str, tuple[str, str]]]:
    """Return ``docs`` with plain-space texts, and each changed one's ``(copy, original)``."""
    out: list[Document] = []
    texts: dict[str, tuple[str, str]] = {}
    for d in docs:
        mapped = plain_spaces(d.text)
        if mapped is d.text:
            out.append(d)
            continue
        out.append(dataclasses.replace(d, text=mapped))
        texts[d.id] = (mapped, d.text)
    return out, texts


def as_read(item: _Item) -> _Item:
    """A quotation or claim with its words and mention as the plain-space copy holds them."""
    sp = item.speaker
    speaker = dataclasses.replace(
        sp, mention=plain_spaces(sp.mention) if sp.mention is not None else None
    )
    return dataclasses.replace(item, text=plain_spaces(item.text), speaker=speaker)


def as_given(
    item: _Item, mapped: str, original: str, sources: Mapping[str, tuple[str, str]] = {}
) -> _Item:
    """A quotation or claim read in ``mapped`` with its spans cut from ``original`` again.

    Args:
        item: What a reader found in ``mapped``.
        mapped: The plain-space copy of ``original``.
        original: The text as given.
        sources: For each source whose text was read as a copy, ``(copy, original)``:
            an edit's source words are cut from the original source.
    """
    if mapped is original and not sources:
        return item
    sp = item.speaker
    speaker = dataclasses.replace(
        sp, mention=restore(sp.mention, mapped, original, sp.mention_start, sp.mention_end)
    )
    text = restore(item.text, mapped, original, item.start, item.end) or item.text
    if isinstance(item, Quote):
        cue = restore(item.cue, mapped, original, item.cue_start, item.cue_end)
        src = sources.get(item.source.id) if item.source is not None else None
        edits = tuple(_edit(e, mapped, original, src) for e in item.edits)
        return dataclasses.replace(item, text=text, speaker=speaker, cue=cue, edits=edits)
    return dataclasses.replace(item, text=text, speaker=speaker)


def _edit(e: Edit, mapped: str, original: str, source: tuple[str, str] | None) -> Edit:
    """An edit whose words are cut from the original article and source."""
    quote_text = restore(e.quote_text, mapped, original, e.quote_start, e.quote_end)
    source_text: str | None = e.source_text
    if source is not None:
        source_text = restore(e.source_text, source[0], source[1], e.source_start, e.source_end)
    return dataclasses.replace(
        e,
        quote_text=quote_text if quote_text is not None else e.quote_text,
        source_text=source_text if source_text is not None else e.source_text,
    )


__all__ = ["as_given", "as_read", "plain_documents"]
