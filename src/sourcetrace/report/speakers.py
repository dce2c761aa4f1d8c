"""How a speaker is named on the cards of the terminal, the HTML report and the web page.

A speaker with a name is shown by its name. One the tool could not name (``name`` null:
"they", "experts", or words it read as the subject and refused, such as "While the
evidence") is shown as unnamed, with the story's words in quotation marks, so a reader
never takes a fragment for a name; the JSON keeps both fields as they are.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

#: What a speaker with neither a name nor the story's words is shown as.
UNKNOWN = "unknown speaker"

#: The label of a speaker the tool did not name; ``{mention}`` is the story's words.
UNNAMED = "unnamed (“{mention}”)"


def speaker_label(speaker: Mapping[str, Any] | None) -> str:
    """The speaker as a card shows it: its name, else "unnamed" with the story's words.

    Args:
        speaker: A quotation's or claim's ``speaker`` as in the JSON (or None).

    Returns:
        ``"Tim Frayling"``; ``'unnamed (“they”)'``; :data:`UNKNOWN`.

    Example:
        >>> speaker_label({"name": None, "mention": "While the evidence"})
        'unnamed (“While the evidence”)'
    """
    if not speaker:
        return UNKNOWN
    name = speaker.get("name")
    if name:
        return str(name)
    mention = " ".join(str(speaker.get("mention") or "").split())
    return UNNAMED.format(mention=mention) if mention else UNKNOWN
