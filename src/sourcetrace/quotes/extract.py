"""Direct quotations and who said them.

Each quoted span (:mod:`sourcetrace.quotes.spans`) is attributed from the words around
it, in this order: the clause right after it (``…,” said Smith`` / ``…,” Smith said``),
the clause before it in the same sentence (``Smith said: “…`` / ``Smith called it “…”``),
then the quotation it continues (``“…,” she said. “…”``, a quotation opening the next
paragraph after an attributed one, or a paragraph after ``Smith said:``). Short quoted
phrases with no attribution cue in their sentence are scare quotes or titles: they are
kept with no speaker. Speaker mentions resolve to the fullest name the article gives.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from sourcetrace.quotes.cues import (
    Cue,
    Mention,
    cues_in,
    mention_after,
    mention_before,
    subject_before,
)
from sourcetrace.quotes.model import Quote, Speaker
from sourcetrace.quotes.names import NameBook
from sourcetrace.quotes.spans import QuotedSpan, paragraphs, quoted_spans, sentence_ends
from sourcetrace.quotes.syntax import Syntax, parse
from sourcetrace.text import word_set

_LEAD_RE = re.compile(r"[\s,;:—–\-]*")
_WORDS_RE = re.compile(r"\w+")
_AFTER_WINDOW = 12  # words after a quotation in which its cue may stand
_OWN_SENTENCE = 8  # more words than an attribution ("Smith said in an interview Tuesday")


def _para_of(paras: list[tuple[int, int]], at: int) -> int:
    """The paragraph holding offset ``at``, else the next one, else the last."""
    # Paragraphs are in order and disjoint: the first one ending after ``at``.
    return min(bisect_right(paras, at, key=_end), len(paras) - 1)


def _end(span: tuple[int, int]) -> int:
    return span[1]


def _after(text: str, q: QuotedSpan, limit: int) -> tuple[int, int]:
    """The rest of the quotation's sentence after its closing mark (up to ``limit``)."""
    start = q.after
    ends = sentence_ends(text, start, limit)
    return start, (ends[0] if ends else limit)


def _before(text: str, q: QuotedSpan, floor: int) -> tuple[int, int]:
    """The start of the quotation's sentence up to its opening mark (from ``floor``)."""
    ends = sentence_ends(text, floor, q.open_at)
    return (ends[-1] if ends else floor), q.open_at


def _cue_after(text: str, start: int, end: int, syntax: Syntax | None) -> Cue | None:
    """``…,” said Smith`` / ``…,” Smith said`` / ``…,” Smith, a spokesman, said``."""
    lead = _LEAD_RE.match(text, start)
    first = lead.end() if lead else start
    for cue in cues_in(text, first, end):
        between = text[first : cue.start()].rstrip()
        window = _AFTER_WINDOW * 2 if between.endswith(",") else _AFTER_WINDOW
        if len(_WORDS_RE.findall(between)) > window:
            return None
        if cue.group().lower().startswith(("according", "in the words")):
            return Cue(cue.group(), cue.start(), cue.end(), mention_after(text, cue.end(), end))
        if cue.group().lower().endswith("ing"):
            continue  # "“…,” saying …": a participle shares the subject before the quotation
        lead_text = text[first : cue.start()].rstrip()
        parsed = syntax.subject_of(cue.start()) if syntax is not None else None
        if parsed is not None and first <= parsed.start and parsed.end <= end:
            return Cue(cue.group(), cue.start(), cue.end(), parsed)
        mention = mention_before(text, first, cue.start()) if lead_text else None  # "Smith said"
        if lead_text.endswith(",") and (
            mention is None or (mention.start > first and not mention.text[:1].isupper())
        ):
            # "“…” if she loses by a margin, said David Wasserman": a name after the verb.
            named = mention_after(text, cue.end(), end)
            if named is not None and named.text[:1].isupper() and not named.is_pronoun:
                mention = named
        if mention is None and (lead_text == "" or lead_text.endswith(",")):
            mention = mention_after(text, cue.end(), end)  # "…,” said Smith"
        return Cue(cue.group(), cue.start(), cue.end(), mention)
    return None


_COORDINATED_RE = re.compile(r"[,;]\s*(?:and|but|though|although|yet)\b|;")


def _same_pronoun(text: str, between: str, outer: Mention, inner: Mention | None) -> bool:
    """Whether a pronoun cue and the pronoun inside what it reports are the same.

    "He says he believes …", "She said, if elected, she would …": the pronoun that opens
    the sentence, with its cue, and the same pronoun again inside what it reports.
    """
    said = inner.text.lower() if inner is not None else ""
    if outer.text.lower() != said:
        return False
    if [w for w in between.split() if w != "that"] == [said]:
        return True
    return text[: outer.start].rstrip()[-1:] in ("", ".", "!", "?", "\n", "”", '"')


def _outer(text: str, named: list[Cue]) -> Cue:
    """Pick the cue that governs a quotation among several before it (nearest first).

    "He said that Clinton's call to “…”": the quotation is part of what the outer cue
    reports, so its speaker is the outer one; the same for "Lapp said she thinks “…”".
    """
    chosen = named[0]
    who = chosen.mention
    if who is not None and who.text.lower() == "who" and text[: who.start].rstrip().endswith(","):
        return chosen  # "said Weaver, who added that “…”": the relative clause's speaker
    if (
        who is not None
        and text[: who.start].rstrip().endswith(",")
        and text[chosen.end :].lstrip().startswith(",")
    ):
        return chosen  # "He believes, he said, that “…”": the attribution set off by commas
    for outer in named[1:]:
        between = text[outer.end : chosen.start].lstrip().lower()
        if _COORDINATED_RE.search(between):
            # "Ryan said …, though he said, “…”", "He said he had not seen it, and …, he
            # said, “…”": a clause of its own, joined to the first, with its own cue.
            break
        inner_pronoun = chosen.mention is not None and chosen.mention.is_pronoun
        outer_named = outer.mention is not None and (
            not outer.mention.is_pronoun
            # "He says he believes …": the same pronoun twice, one speaker, the outer cue.
            or (inner_pronoun and _same_pronoun(text, between, outer.mention, chosen.mention))
        )
        participle = chosen.text.lower().endswith("ing") and text[: chosen.start].rstrip().endswith(
            ","
        )
        if between.startswith("that") or (outer_named and (inner_pronoun or participle)):
            chosen = outer
    return chosen


_HEADLINE_RE = re.compile(r"\s*((?:[A-Z][\w’'.\-]*\s+){0,4}[A-Z][\w’'\-]*):\s")
_PASSIVE = word_set("is are was were be been being")
_JOINED = word_set("and but or")
_OPENERS = word_set("after before while by when in without upon since")


def _mention_of(text: str, start: int, cue: re.Match[str], syntax: Syntax | None) -> Mention | None:
    """The speaker of a cue verb in ``text[start:]``, looking back from the verb.

    "Smith said": the words right before. "…, saying" and "… and added": the subject of
    the sentence, not the object the words before end on ("alluded to the vote at the
    United Nations, saying"). "were told": a passive verb names the listener, not the
    speaker, so no mention.
    """
    parsed = syntax.subject_of(cue.start()) if syntax is not None else None
    if parsed is not None and parsed.start >= start:
        return parsed  # the parse knows the verb's subject
    lead = text[start : cue.start()].rstrip()
    words = _WORDS_RE.findall(lead[-40:])
    last = words[-1].lower() if words else ""
    if last in _PASSIVE and cue.group().lower().endswith(("ed", "told", "said", "asked")):
        return None
    verb = cue.group().lower()
    if (verb.endswith("ing") and (lead.endswith(",") or last in _OPENERS)) or last in _JOINED:
        return subject_before(text, start, cue.start(), main=True)
    return mention_before(text, start, cue.start())


def _cue_before(text: str, start: int, end: int, syntax: Syntax | None) -> Cue | None:
    """``Smith said: “…`` / ``Smith called the deal “…”`` / ``According to Smith, “…``."""
    found = cues_in(text, start, end)
    named: list[Cue] = []
    for cue in reversed(found):
        if cue.group().lower().startswith(("according", "in the words")):
            mention = mention_after(text, cue.end(), end)
        else:
            mention = _mention_of(text, start, cue, syntax)
        if mention is not None:
            named.append(Cue(cue.group(), cue.start(), cue.end(), mention))
    if named:
        # "Lapp, a PAC director, said she thinks …": the named speaker of the outer
        # cue, not the pronoun of the inner one.
        return _outer(text, named)
    if found:
        cue = found[-1]
        if not cue.group().lower().startswith(("according", "in the words")):
            lead = text[start : cue.start()].rstrip().lower()
            main = cue.group().lower().endswith("ing") and lead.endswith(",")
            mention = subject_before(text, start, cue.start(), main=main)
            if mention is not None:
                return Cue(cue.group(), cue.start(), cue.end(), mention)
    headline = _HEADLINE_RE.match(text, start, end)
    if headline is not None:
        # "Cruz: Trump Would Put Liberals On Court, ‘I Fear …’": a headline's speaker.
        return Cue(
            ":", headline.end(1), headline.end(1) + 1, Mention(headline.group(1), *headline.span(1))
        )
    if text[start:end].rstrip().endswith(":"):
        # "And she is sure that ...: “…”": a colon hands the sentence's subject the quote.
        mention = subject_before(text, start, end)
        if mention is not None:
            return Cue(":", end - 1, end, mention)
    return None


def _closes_clause(text: str, q: QuotedSpan) -> bool:
    """Whether punctuation ends the quoted clause (``…,”`` / ``…”,``), as before a cue."""
    return text[q.start : q.end].rstrip()[-1:] in ",.!?—–-" or text[q.after : q.after + 1] in (
        ",",
        "—",
        "–",
    )


_BYLINE_RE = re.compile(r"[^\S\n]*([―—–]|--?)[^\S\n]*(?=[A-Z])")


def _byline(text: str, start: int, end: int) -> Cue | None:
    """``“…” ― Adriana Rodarte``: a dash and a name that closes the line sign a quotation."""
    dash = _BYLINE_RE.match(text, start, end)
    if dash is None:
        return None
    mention = mention_after(text, dash.end(), end)
    if mention is None or mention.is_pronoun or not mention.text[:1].isupper():
        return None
    rest = text[mention.end : end].split("\n", 1)[0].strip()
    if rest not in ("", ".") and not rest.startswith(","):
        return None
    return Cue(dash.group(1), dash.start(1), dash.end(1), mention)


def _sentence_follows(
    text: str, q: QuotedSpan, start: int, end: int, words: int = _OWN_SENTENCE
) -> bool:
    """Whether the words after a quotation closed by a full stop are a sentence of their own.

    ``“… go forward.” He bemoaned that …``: a full stop closed the quotation, and the
    words after it are not its attribution (unlike ``“….” Smith said.``).
    """
    if text[q.start : q.end].rstrip()[-1:] != ".":
        return False
    found = _WORDS_RE.findall(text, start, end)
    return bool(found) and found[0][:1].isupper() and len(found) > words


def _attributes(quote: Quote | None, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds the attribution of ``quote`` (its speaker mention)."""
    at = quote.speaker.mention_start if quote is not None else None
    return at is not None and start <= at < end


def _is_title(text: str, q: QuotedSpan) -> bool:
    """Whether the quoted words are in Title Case ("Saturday Night Live"): a title."""
    words = [w for w in _WORDS_RE.findall(text[q.start : q.end]) if len(w) > 3]
    return bool(words) and all(w[:1].isupper() for w in words)


def _is_scare(text: str, q: QuotedSpan) -> bool:
    return len(_WORDS_RE.findall(text[q.start : q.end])) <= 3


class _Attributor:
    def __init__(self, text: str, book: NameBook, syntax: Syntax | None) -> None:
        self.syntax = syntax
        self.text = text
        self.paras = paragraphs(text)
        self.book = book

    def speaker(self, mention: Mention | None) -> Speaker:
        if mention is None:
            return Speaker()
        name = self.book.resolve(mention.text, mention.start)
        if name is not None:
            self.book.remember(mention.start, name)
        return Speaker(name, mention.text, mention.start, mention.end)

    def run(self) -> list[Quote]:
        text = self.text
        spans = quoted_spans(text)
        out: list[Quote] = []
        prev: Quote | None = None
        prev_para = prev_close = -10
        for i, q in enumerate(spans):
            para = _para_of(self.paras, q.open_at)
            p_start, p_end = self.paras[para] if self.paras else (0, len(text))
            same_para = i and _para_of(self.paras, spans[i - 1].open_at) == para
            floor = max(p_start, spans[i - 1].after) if same_para else p_start
            # A quotation running over paragraphs is attributed where it closes.
            close_end = self.paras[_para_of(self.paras, q.after - 1)][1] if self.paras else p_end
            close_end = max(p_end, close_end)
            limit = min(close_end, spans[i + 1].open_at) if i + 1 < len(spans) else close_end
            a_start, a_end = _after(text, q, limit)
            b_start, b_end = _before(text, q, floor)
            after = _cue_after(text, a_start, a_end, self.syntax) if a_end > a_start else None
            if after is not None and _is_scare(text, q) and not _closes_clause(text, q):
                after = None  # "the “experts” said": the quoted words are the subject
            if after is not None and _sentence_follows(text, q, a_start, a_end):
                after = None
            if after is None:
                after = _byline(text, q.after, a_end)
            before = _cue_before(text, b_start, b_end, self.syntax)
            cue = after
            if after is None or after.mention is None:
                cue = before or after
            elif (
                before is not None
                and (
                    not self._owns_after(q, a_end, limit)
                    or (
                        after.mention.is_pronoun
                        # "Clinton seemed irritated: “…,” she wrote.", "Rhimes declared the
                        # need for drive: “…,” she said.": a colon leads in, the cue after says.
                        and not text[b_start:b_end].rstrip().endswith(":")
                        and before.mention
                        and not before.mention.is_pronoun
                        # "Prestigious journals … need to learn … as “gospel”, he said.":
                        # a subject that names no one the story introduces is no speaker.
                        and self._known(before.mention)
                    )
                )
            ):
                cue = before
            speaker = self.speaker(cue.mention if cue else None)
            opens_sentence = not _WORDS_RE.search(text[b_start:b_end])
            same_sentence = (
                bool(same_para)
                and b_start == floor
                and not _sentence_follows(text, spans[i - 1], floor, q.open_at, 0)
            )
            if speaker.mention is None and opens_sentence and b_start > floor:
                # "She said she had made progress. “I really believe …”": the sentence
                # before, with its cue, introduces the quotation.
                ends = sentence_ends(text, floor, b_start - 1)
                l_start = ends[-1] if ends else floor
                lead = _cue_before(text, l_start, b_start, self.syntax)
                if (
                    lead is not None
                    and lead.mention is not None
                    and lead.text != ":"
                    and not _attributes(prev, l_start, b_start)
                ):
                    cue = lead
                    speaker = self.speaker(lead.mention)
            if (
                speaker.mention is None
                and prev is not None
                and (same_sentence or (opens_sentence and not _is_scare(text, q)))
                and prev.speaker.mention is not None
                and (prev_para <= para <= prev_close or (para - prev_close == 1 and self._fills(q)))
            ):
                speaker = prev.speaker
                cue = None
            if speaker.mention is None and opens_sentence and para > 0 and p_start == b_start:
                intro = self._intro(para)
                if intro is not None:
                    cue = intro
                    speaker = self.speaker(intro.mention)
            if (
                speaker.mention is None
                and not opens_sentence
                and not _is_title(text, q)
                and not _is_scare(text, q)
            ):
                # "Comey slammed it as “extremely careless”": no cue, but the sentence's
                # subject, a person the article names, is who the quotation is from.
                subj = subject_before(text, b_start, b_end, main=True)
                parsed = self.syntax.main_subject(q.start) if self.syntax is not None else None
                agree = parsed is not None and subj is not None and parsed.start == subj.start
                if agree and subj is not None and self._known(subj):
                    speaker = self.speaker(subj)
                    cue = None
            quote = Quote(
                text=text[q.start : q.end],
                start=q.start,
                end=q.end,
                speaker=speaker,
                cue=cue.text if cue else None,
                cue_start=cue.start if cue else None,
                cue_end=cue.end if cue else None,
            )
            out.append(quote)
            if speaker.mention is not None:
                # A quotation running over paragraphs is continued from where it closes.
                prev, prev_para = quote, para
                prev_close = max(para, _para_of(self.paras, q.after - 1)) if self.paras else para
        return out

    def _fills(self, q: QuotedSpan) -> bool:
        """Whether a quotation runs to the end of its paragraph.

        A quotation that goes on with the speaker of the paragraph before fills its
        paragraph (``“…,” she said.`` / ``“….”``).
        """
        end = self.paras[_para_of(self.paras, q.after - 1)][1]
        return not self.text[q.after : end].strip(" .\u201d\"'")

    def _known(self, mention: Mention) -> bool:
        """Whether a mention is a person pronoun or a name the article introduces."""
        if mention.is_pronoun:
            return mention.text.lower() in {"he", "she", "they", "i", "we"}
        name = self.book.resolve(mention.text, mention.start)
        return name is not None and name in self.book.known

    def _owns_after(self, q: QuotedSpan, a_end: int, limit: int) -> bool:
        """Whether the words after a quotation attribute it, not the next quotation.

        ``“…?” Mills writes back, “…”``: an attribution running into the next quotation
        with no sentence end introduces that quotation, unless this one ends with a
        comma (``“…,” she said, “…”``: a split quotation, one speaker for both parts).
        """
        if a_end < limit or not self.text[q.start : q.end].rstrip().endswith((".", "?", "!")):
            return True
        return self.text[q.after : limit].rstrip().endswith((".", "?", "!"))

    def _intro(self, para: int) -> Cue | None:
        """``Smith said:`` closing the previous paragraph introduces this one's quotation."""
        s, e = self.paras[para - 1]
        if not self.text[s:e].rstrip().endswith(":"):
            return None
        # The sentence the colon closes, not an earlier one ("… said X. He said:").
        ends = [at for at in sentence_ends(self.text, s, e) if self.text[at:e].strip()]
        return _cue_before(self.text, ends[-1] if ends else s, e, self.syntax)


def extract_quotes(
    text: str, *, book: NameBook | None = None, syntax: Syntax | bool | None = True
) -> list[Quote]:
    """Find the direct quotations of an article and attribute each to its speaker.

    Args:
        text: The article's text.
        book: The article's named people (built from ``text`` if not given).
        syntax: The article's dependency parse; True parses it when the ``quotes``
            extra (spaCy) is installed, False attributes by word rules alone.

    Returns:
        Quotations in text order; ``speaker`` fields are None where no speaker is named.
    """
    if syntax is True:
        syntax = parse(text)
    parsed = syntax if isinstance(syntax, Syntax) else None
    return _Attributor(text, book or NameBook(text), parsed).run()
