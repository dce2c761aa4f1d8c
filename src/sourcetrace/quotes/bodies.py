"""The body a mention speaks for: "Public Health England", "a spokesman for the Department".

A capitalised run with a body word and no personal role is a body, kept whole and
completed by the " of …" after it; a spokesperson, official or member of a body gives the
body named with them, or, for a bare "the spokesperson", the body the story last named
with one (or the body opening the paragraph before as a reporting verb's subject).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sourcetrace.quotes.cues import CUE_VERBS
from sourcetrace.quotes.name_phrases import (
    BODY_WORDS,
    ROLES,
    is_body,
    strip_possessive,
    without_determiners,
)
from sourcetrace.quotes.speakers import labels_at
from sourcetrace.text import word_set

if TYPE_CHECKING:
    from sourcetrace.quotes.names import NameBook

# "The University" + " of Canberra": the rest of a body's name after its body word.
_BODY_TAIL_RE = re.compile(r"(?:[ \t]+(?:of|for|and|on)(?:[ \t]+the)?(?:[ \t]+[A-Z][\w’'&\-]*)+)+")
# "A spokesman for the Department of Health": the body a spokesperson speaks for.
_SPOKES_RE = re.compile(
    r"^(?:[Aa]n?|[Tt]he)\s+(?:spokesman|spokeswoman|spokesperson|spokespeople|representative|"
    r"official|officials)$"
)
_FOR_BODY_RE = re.compile(
    r"[ \t]+(?:for|from|at|of)[ \t]+(?:the[ \t]+)?((?:[A-Z][\w’'&\-]*[ \t]+)*?[A-Z][\w’'&\-]*"
    r"(?:[ \t]+(?:of|for|and|on)(?:[ \t]+the)?(?:[ \t]+[A-Z][\w’'&\-]*)+)*)"
)
# "A Treasury spokesperson", "a spokeswoman for the Department of Health": a spokesperson
# named with the body they speak for, looked for before a bare "the spokesperson".
_CAP_RUN = r"[A-Z][\w’'&\-]*(?:[ \t]+(?:of|for|and|the|[A-Z][\w’'&\-]*))*?"
_BODY_SPOKES_RE = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)[ \t]+(?P<body>{_CAP_RUN})(?:[’']s)?[ \t]+"
    r"(?:spokesman|spokeswoman|spokesperson)\b"
    r"|\b(?:spokesman|spokeswoman|spokesperson)[ \t]+for[ \t]+(?:the[ \t]+)?"
    r"(?P<for>[A-Z][\w’'&\-]*(?:[ \t]+(?:(?:of|for|and|the)[ \t]+)*[A-Z][\w’'&\-]*)*)"
)
_SPOKES_BACK = 3000  # characters looked back for the body a bare spokesperson speaks for
# "Bayer points out that …": a paragraph opening with a name as a reporting verb's subject.
_BODY_SUBJECT_RE = re.compile(r"([A-Z][\w’'&\-]*(?:[ \t]+[A-Z][\w’'&\-]*){0,3})[ \t]+([a-z]+)\b")
_BODY_CUES = CUE_VERBS | word_set("points pointed")
# A lowercase word right after a body's capitalised run, and the verbs that may follow it.
_NEXT_WORD_RE = re.compile(r"[ \t]+([a-z][\w’'\-]*)")
_CUE_WORDS = word_set(
    """said says told tells added adds explained explains warned warns stated states
    commented comments insisted insists confirmed confirms noted notes and who"""
)
# "members of the scientific advisory committee", "experts from the University of Glasgow".
_MEMBER_OF_RE = re.compile(
    r"^(?i:(?:the|an?|some|two|three)\s+)?(?:[a-z]+\s+)?(?i:members?|experts?|researchers?|"
    r"scientists?|academics?|team|spokesman|spokeswoman|spokesperson|representatives?|"
    r"officials?|staff)\s+(?:of|from|at|for)\s+(?:the\s+)?([\w’'&\- ]+)$"
)
# The capitalised head of a body's name right before a mention: "University of " + "Canberra".
_BODY_HEAD_RE = re.compile(
    r"((?:[A-Z][\w’'&\-]*[ \t]+)*[A-Z][\w’'&\-]*)[ \t]+of[ \t]+(?:the[ \t]+)?$"
)


def body_named(book: NameBook, mention: str, at: int) -> str | None:
    """The whole name of a body a mention names ("Public Health England").

    A capitalised run holding a body word (University, Health, Council, …) and no
    personal role ("Health Secretary Jeremy Hunt" is a person) is a body: it is kept
    whole, not cut to its last words as a person's name would be ("Health England",
    "Canberra"), and completed by the " of …" that follows it in the text ("The
    University" + " of Canberra"). "A spokesman for the Department of Health" gives
    the body too.
    """
    end = at + len(mention)
    in_text = book.text[at:end] == mention
    if _SPOKES_RE.match(mention):
        after = _FOR_BODY_RE.match(book.text, end) if in_text else None
        if after is None:
            # Only a spokesperson is the body's voice; "an official" may be anyone's.
            spokes = "spokes" in mention.lower()
            return _spoken_for_before(book, at) if in_text and spokes else None
        run = after.group(1)
        following = _NEXT_WORD_RE.match(book.text, after.end())
        if following and following.group(1) not in _CUE_WORDS:
            return None  # "for the Medicines and Healthcare products …": cut short
        speaks_for = book.text[after.start() : after.start(1)].split()[0] == "for"
        # "for NHS England" names what it speaks for; "at/from" must name a body.
        if is_body(run) or (speaks_for and run.split()[0].lower() not in ROLES):
            return run
        return None
    member = _MEMBER_OF_RE.match(mention)
    body = member.group(1) if member is not None else ""
    if body and is_body(body, lowercase=len(body.split()) > 1):
        return body  # "experts from the University of Glasgow": the body
    words = without_determiners(mention.split())
    if words and in_text and words[0][:1].isupper():
        # "the University of Canberra" seen as "Canberra": the body it ends ("Dr Ann
        # Lee of University College London" is no body: "Lee" is no body word).
        head = _BODY_HEAD_RE.search(book.text, max(0, at - 80), at)
        if (
            head is not None
            and strip_possessive(head.group(1).split()[-1]).lower() in BODY_WORDS
            and is_body(head.group(1) + " of " + " ".join(words))
        ):
            lead = without_determiners(head.group(1).split())  # "The Department of" + "Health"
            words = [*lead, "of", *words]
    if not words or not is_body(" ".join(words)):
        return None
    name = " ".join(words)
    if in_text and words[-1].lower() in BODY_WORDS:
        tail = _BODY_TAIL_RE.match(book.text, end)
        if tail is not None and tail.group().split()[0] == "of":
            name += " " + " ".join(tail.group().split())
    return re.sub(r"[’']s$", "", name)


def _spoken_for_before(book: NameBook, at: int) -> str | None:
    """The body a bare "the spokesperson" speaks for, from the text before ``at``.

    "A Treasury spokesperson told City A.M. …¶“…,” the spokesperson said": news names
    the body once and then the spokesperson alone. The body of the last spokesperson
    the story names with one before ``at`` (within ``_SPOKES_BACK`` characters) is
    taken; failing that, a body that opens the paragraph before as the subject of a
    reporting verb ("Bayer points out that …¶“…,” said a spokeswoman"). Else None.
    """
    lo = max(0, at - _SPOKES_BACK)
    last = next(reversed(list(_BODY_SPOKES_RE.finditer(book.text, lo, at))), None)
    if last is not None:
        run = last.group("body") or last.group("for")
        return " ".join(without_determiners(run.split())) or None
    para = book.text.rfind("\n", lo, at)
    prev_end = len(book.text[:para].rstrip()) if para > 0 else -1
    prev = book.text.rfind("\n", lo, prev_end) if prev_end > 0 else -1
    if para < 0 or prev < 0:
        return None
    m = _BODY_SUBJECT_RE.match(book.text, prev + 1, prev_end)
    if m is None or m.group(2).lower() not in _BODY_CUES:
        return None
    held = [nm for nm in book.names if nm.start == m.start(1)]
    if held and book.is_person(held[0]):
        return None
    labels = labels_at(book.text, m.start(1), m.end(1)) or set()
    return m.group(1) if "ORG" in labels and "PERSON" not in labels else None
