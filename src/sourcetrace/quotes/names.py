"""Resolve speaker mentions to the fullest name the article gives the person.

"Stepanayan" (misspelt), "the rights defender", "the rights advocate" and "he" all become
"Gegham Stepanyan" when the article introduces him as "Artsakh's Human Rights Defender
Gegham Stepanyan". A mention that cannot be tied to a named person resolves to None.
:class:`NameBook` holds an article's names and resolves its mentions; reading one phrase
is :mod:`sourcetrace.quotes.name_phrases`', and the body a mention speaks for
:mod:`sourcetrace.quotes.bodies`'.
"""

from __future__ import annotations

import difflib
import itertools
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from sourcetrace.quotes.acronyms import is_acronym
from sourcetrace.quotes.bodies import body_named
from sourcetrace.quotes.cues import CUE_VERBS, PRONOUNS
from sourcetrace.quotes.gender import Gender, agrees, genders
from sourcetrace.quotes.limits import LIMITS
from sourcetrace.quotes.name_phrases import (
    ACADEMIC,
    BODY_WORDS,
    COURTESY,
    DETERMINERS,
    PARTICLES,
    PERSONAL_TITLES,
    is_body,
    person_name,
    strip_possessive,
    without_determiners,
)
from sourcetrace.quotes.spans import is_letter_label_stop
from sourcetrace.quotes.speakers import labels_at
from sourcetrace.text import word_set

# A run of capitalised words, with a surname's lowercase particle between two of them
# ("Matthias von Herrath", "Ana de la Cruz"). Only a short word keeps a full stop in the
# run ("Dr.", "St.", "Prof."); after a longer one the stop ends the sentence, and the run
# ("coach Nathan Sargeson. Thank you all").
_RUN_WORD = r"(?:[A-Z][a-z]{0,3}\.(?=[ \t]+[A-Z])|[A-Z][\w’'\-]*|[A-Z]\.)"
_RUN_RE = re.compile(
    _RUN_WORD + r"(?:[ \t]+|(?=[^\w’'\-]|$))"
    r"(?:(?:" + _RUN_WORD + r"|(?:de|da|del|der|di|du|la|le|van|von|ter|den)"
    r"(?=[ \t]+[A-Z]))(?:[ \t]+|(?=[^\w’'\-]|$)))*",
)
_STOP_RE = re.compile(r"\.(?=[ \t])")


def _runs(text: str) -> Iterator[re.Match[str]]:
    """Each run of capitalised words (:data:`_RUN_RE`), cut at a letter label's full stop.

    "… had Hepatitis B. Anna Jones said" holds the runs "Hepatitis B." and "Anna Jones":
    the stop after a letter label ends its sentence (:func:`is_letter_label_stop`).
    """
    pos = 0
    while (m := _RUN_RE.search(text, pos)) is not None:
        cut = next(
            (
                s.start()
                for s in _STOP_RE.finditer(text, m.start(), m.end())
                if is_letter_label_stop(text, s.start())
            ),
            None,
        )
        if cut is not None:
            m = _RUN_RE.match(text, m.start(), cut + 1) or m
        yield m
        pos = max(m.end(), m.start() + 1)


_MAX_CANDIDATES = 20  # people a pronoun is tried against, nearest first
_WORD_RE = re.compile(r"[\w’'\-]+")
# "Study" + " author Dr Benjamin Breyer", "Lead" + " researcher Dr Chris Gale": the role
# and name after a capitalised word the word rules took for the whole mention.
_ROLE_THEN_NAME_RE = re.compile(
    r"[ \t]+(?:co-)?(?:author|researcher|scientist|investigator)[ \t]+"
    r"((?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss)\.?[ \t]+)?[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*)+)"
)
# A lowercase description led by a document ("the study published in The BMJ").
_DOCUMENT_LED_RE = re.compile(
    r"^(?i:(?:the|a|an|this|that|new|major|recent|latest|first|large|biggest)\s+)*"
    r"(?i:study|studies|research|report|paper|review|analysis|survey|trial)\s+"
    r"(?:which|that|published|presented|released|appearing|in|of|by|led|carried|conducted|"
    r"from)\b"
)
_BODY_ROLE_RE = re.compile(
    r"^(?:[Aa]n?|[Tt]he)\s+((?:[A-Z][\w’'&\-]*\s+)(?:(?:of|for|and|the|[A-Z][\w’'&\-]*)\s+)*?)"
    r"(?:spokesman|spokeswoman|spokesperson|spokespeople|representative|official|source)$"
)


# ", the study's lead author,": an appositive describing the name it follows.
# "Lead author from University College London, Dr David Batty, said": a description, what
# it is of, then the person's name set off by commas before the cue.
_THEN_NAMED_RE = re.compile(
    r"(?:[ \t]+(?:from|at|of|for|in|with)[ \t]+[^,.;:“”\"\n]{1,80})?,[ \t]+"
)
# "Name, director of the UCL Institute of Healthy Ageing, said": a role in lower case after
# a person's name, with no sentence end, up to the comma before the cue.
# A role opens in lower case, or with a capitalised title ("…, President of the Royal
# College of Psychiatrists said").
_ROLE_TITLES = (
    "President|Vice-President|Director|Chair|Chairman|Chairwoman|Chief|Head|Dean|Founder"
    "|Editor|Secretary|Spokesman|Spokeswoman|Spokesperson|Consultant|Lecturer|Fellow"
    "|Professor|Reader|Senior"
)
_ROLE_AFTER_NAME_RE = re.compile(
    r",[ \t]+(?:(?:the|a|an)[ \t]+)?(?:[a-z]|(?:" + _ROLE_TITLES + r")\b)"
    r"[^.;:!?“”\"\n]{0,200}"
)
# Between two people named together: what each is of ("of the University of X"), "and".
_PAIR_RE = re.compile(r"[ \t]*(?:(?:of|from|at)[ \t]+[^.;:!?“”\"\n,]{1,80}?)?,?[ \t]*\band[ \t]+")
_PAIR_REACH = 600  # characters from the second name to "they"
_MAX_ROLE = 200  # characters of a role between a name and the cue
# A mention that is a role's title alone ("President"), after "Name, ".
_ROLE_TITLE_RE = re.compile(r"(?:the[ \t]+)?(?:" + _ROLE_TITLES + r")", re.IGNORECASE)
_NAME_COMMA_RE = re.compile(r",[ \t]+")
# The rest of a role after its title: what it is of, in function words and capitalised
# names, then the cue ("of the Royal College of Psychiatrists said").
_ROLE_TAIL_RE = re.compile(
    r"(?:[ \t]+(?:of|at|for|in|the|and|&|[A-Z][\w’'\-]*))+[ \t]*,?[ \t]*(\w+)"
)
# The role's closing comma is often left out ("…, director of X said"), and the body may
# be named in parts ("…, lead author from the Cicely Saunders Institute, King's College
# London, said").
_CUE_AFTER_RE = re.compile(
    r"(?:[ \t]*,[ \t]+[A-Z][\w’'&\-]*(?:[ \t]+(?:of|for|and|the|[A-Z][\w’'&\-]*))*){0,2}"
    r"[ \t]*,?[ \t]*(\w+)"
)
# A speaker noted where the story calls them "he" or "she": one person.
_SINGULAR_RE = re.compile(r"(?:[Hh]e|[Ss]he)\b")
# The word right before a name, after a comma: "…, says Jim Mills".
_CUE_BEFORE_RE = re.compile(r",\s+([a-z]+)\s+$")
# A surname alone opening a sentence and the subject of its cue, right after it or after a
# clause set off by commas ("Zaccardi said", "Reddy, who was not involved in the review,
# also cautioned"), or after a title, the subject of any verb ("Ms Presho was advised").
_SURNAME_SUBJECT_RE = re.compile(
    r"(?P<title>(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss)\.?[ \t]+)?(?P<word>[A-Z][\w’'\-]+)"
    r"(?:,[^.;:!?“”\"\n]{1,150}?,)?[ \t]+(?:also[ \t]+)?(?P<verb>[a-z]+)\b"
)
_SURNAME_REACH = 2000  # characters before a pronoun read for surnames opening a sentence
#: Capitalised nouns that end a named work's name before what it is of ("the Global
#: Burden of Disease Study", "the Multicentre Study of Self-harm in England").
WORK_NOUNS = frozenset({"Study", "Survey", "Trial", "Cohort", "Project", "Programme"})
# What a named work is of: "of" / "for" / "on" and capitalised words, then perhaps more
# joined by "in" ("of Self-harm in England"); a work followed by "in" alone is placed,
# not named ("the Framingham Heart Study in Massachusetts").
_WORK_TAIL_RE = re.compile(
    r"[ \t]+(?:of|for|on|into)(?:[ \t]+(?:the[ \t]+)?[A-Z][\w’'\-]*)+"
    r"(?:[ \t]+(?:of|for|in|on|and)(?:[ \t]+(?:the[ \t]+)?[A-Z][\w’'\-]*)+){0,2}"
)
_APPOSITIVE_RE = re.compile(r"[ \t]*,\s+((?:the|a|an)\s[^,.;:“”\"]{1,80})[,.]")


@dataclass(frozen=True, slots=True)
class NameMention:
    """A person's name as it occurs in the article, with the words around it."""

    name: str
    start: int
    end: int
    context: frozenset[str]


# Singular nouns of people a story's speakers are described by ("the lead researcher").
_PERSON_HEADS = word_set(
    """researcher scientist author professor doctor expert academic scholar lecturer
    physician surgeon psychologist psychiatrist epidemiologist nutritionist dietitian
    economist analyst chemist biologist physicist geneticist neuroscientist consultant
    investigator specialist clinician gp"""
)


def _one_of_a_kind(word: str) -> bool:
    """Whether ``word`` is a singular noun of a person a story quotes ("researcher")."""
    return word in _PERSON_HEADS


def _body_run(run: str) -> str | None:
    """A capitalised run that names a body, whole ("Public Health England"), else None."""
    words = [strip_possessive(w) if w.endswith(".") else w for w in run.split()]
    words = without_determiners(words)
    if not is_body(" ".join(words)):
        return None
    return re.sub(r"[’']s$", "", " ".join(words)) if len(words) > 1 else None


def _shouted(name: str) -> bool:
    """Whether every word of a name is in capitals, as in headlines and bylines."""
    return all(w.isupper() for w in name.split() if len(w) > 1)


def _extends(fuller: str, name: str) -> bool:
    """Whether ``fuller`` holds every word of ``name`` but its last (the surname)."""
    have = {w.lower() for w in fuller.split()}
    return all(w.lower() in have for w in name.split()[:-1])


@lru_cache(maxsize=4096)
def _close(a: str, b: str) -> bool:
    """Whether two surnames differ by a typo or two ("Stepanayan", "Stepanyan")."""
    matcher = difflib.SequenceMatcher(None, a, b)
    return (
        matcher.real_quick_ratio() >= 0.85
        and matcher.quick_ratio() >= 0.85
        and (matcher.ratio() >= 0.85)
    )


class NameBook:
    """The named people of one article, for resolving speaker mentions."""

    def __init__(self, text: str, *, max_names: int | None = None) -> None:
        """Collect every run of capitalised words that holds a name of two words or more.

        Args:
            text: The article's text.
            max_names: Most distinct surnames a mention is compared with for typos
                (default :data:`~sourcetrace.quotes.limits.LIMITS`); with more, only
                exact surnames match (``fuzzy`` is then False).
        """
        self.text = text
        self.names: list[NameMention] = []
        for m in _runs(text):
            name = _body_run(m.group().strip()) or person_name(m.group().strip())
            if name is None or len(name.split()) < 2 or _shouted(name):
                continue  # "BRAIN DISEASE", "BY SHAUN WOOLLER": a headline or a byline
            start, end = m.start(), m.end()
            tail = _WORK_TAIL_RE.match(text, start + len(m.group().rstrip()))
            if name.split()[-1] in WORK_NOUNS and tail is not None:
                # "The Multicentre Study of Self-harm in England": a named work's name goes
                # on past its own "of" / "in" (the run stopped at the lower-case word).
                name = f"{name} {' '.join(tail.group().split())}"
                end = tail.end()
            # The words that describe the person: the titles in the same run ("Human
            # Rights Defender Gegham Stepanyan") and an appositive (", the governor,").
            described = m.group()
            # The run ends at the name's last letter or after the spaces that follow it.
            appositive = _APPOSITIVE_RE.match(text, end, min(len(text), end + 90))
            if appositive:
                described += " " + appositive.group(1)
            context = {w.lower() for w in _WORD_RE.findall(described) if len(w) > 3}
            self.names.append(NameMention(name, start, end, frozenset(context)))
        self.speakers: list[tuple[int, str]] = []
        # The academic titles each name is given where it is named ("Professor Gerry
        # McCann"), to tell two people of one surname apart ("Madeleine McCann").
        self._titles: dict[str, set[str]] = {}
        for nm in self.names:
            run = {strip_possessive(w).lower() for w in text[nm.start : nm.end].split()}
            self._titles.setdefault(nm.name, set()).update(run & ACADEMIC)
        self._genders: dict[str, Gender] = genders(text, self.names)
        self.known = frozenset(nm.name for nm in self.names)
        # Look-ups by surname and by position, so that resolving a mention does not scan
        # every name of a long text.
        self._ends = [nm.end for nm in self.names]
        # Surname -> each name ending with it -> where that name first occurs (its
        # index and offset): the only occurrence that can score best (names are in order).
        self._by_last: dict[str, dict[str, tuple[int, int]]] = {}
        for i, nm in enumerate(self.names):
            first = self._by_last.setdefault(nm.name.split()[-1].lower(), {})
            first.setdefault(nm.name, (i, nm.start))
        cap = LIMITS.max_names if max_names is None else max_names
        self.fuzzy = len(self._by_last) <= cap

    def is_person(self, nm: NameMention) -> bool:
        """Whether the name ``nm`` of this story is a person's (see :meth:`_is_person`)."""
        return self._is_person(nm)

    def _is_person(self, nm: NameMention) -> bool:
        """A name NER calls a person, or one with a personal title ("Dr Claudia Marsh").

        Only people are antecedents of "he" and "she", not "Northern Ireland". A name the
        story gives a gender (:mod:`sourcetrace.quotes.gender`: "Ms Presho", "Caroline")
        is a person whatever NER makes of it ("Caroline Presho's family" read as a
        body). Without spaCy, every name.
        """
        if is_body(nm.name) or "Journal" in nm.name.split():
            return False  # "Public Health England", "Sports Medicine Journal"
        if nm.name in self._genders:
            return True
        labels = labels_at(self.text, nm.start, nm.end)
        if labels is None or "PERSON" in labels:
            return True
        run = self.text[nm.start : nm.end].split()
        titled = any(w.rstrip(".").lower() in PERSONAL_TITLES for w in run)
        return titled or not labels

    def _opens_sentence(self, at: int) -> bool:
        before = self.text[max(0, at - 3) : at].rstrip(" \t")
        return not before or before[-1] in '.!?\n”"’:'

    def _antecedent(self, at: int, pronoun: str = "") -> str | None:
        """The person "he"/"she" at ``at`` refers to.

        The last speaker, or a person named as a sentence's subject since ("Louis Levy,
        head of nutrition, shared their caution. “…,” he said"). A person the story
        gives the other gender (:mod:`sourcetrace.quotes.gender`) is passed over for the
        next candidate shown to be of the pronoun's: earlier speakers, then the people
        named before, nearest first; with none, None.
        """
        known = self._genders
        candidates = itertools.islice(self._candidates(at), _MAX_CANDIDATES)
        first = next(candidates, None)
        if first is None or agrees(pronoun, known.get(first)):
            return first
        # The likeliest one is of the other gender: the next one the story shows to be
        # of the pronoun's (a body or a name with no evidence is no fallback), else None.
        return next((n for n in candidates if n in known and agrees(pronoun, known[n])), None)

    def _candidates(self, at: int) -> Iterator[str]:
        """Who "he"/"she" at ``at`` may stand for, the likeliest first."""
        # The last speaker noted at or before ``at``, and the names ending by then (names
        # are in order: a bisection), walked back from the nearest.
        spoke = (
            (pos, n) for pos, n in reversed(self.speakers) if pos <= at and self._can_refer(pos, n)
        )
        last = bisect_right(self._ends, at) - 1
        recent = next(spoke, None)
        if recent is not None:
            subjects = []
            for k in range(last, -1, -1):
                nm = self.names[k]
                if nm.start <= recent[0]:
                    break
                if (self._opens_sentence(nm.start) or self._after_cue(nm.start)) and (
                    self._is_person(nm)
                ):
                    subjects.append((nm.start, nm.name))
            subjects += self._surname_subjects(max(recent[0], at - _SURNAME_REACH), at)
            yield from (name for _, name in sorted(subjects, reverse=True))
            yield recent[1]
            yield from (n for _, n in itertools.islice(spoke, _MAX_CANDIDATES))
        for k in range(last, max(-1, last - _MAX_CANDIDATES), -1):
            if self._is_person(self.names[k]):
                yield self.names[k].name

    def _after_cue(self, at: int) -> bool:
        """Whether a name at ``at`` follows a reporting verb ("…, says Jim Mills of …").

        A person named after the verb of a closing attribution is that sentence's
        subject, as one opening a sentence is: "There are other issues, says Jim Mills
        …. It is a tall order …, he says."
        """
        before = _CUE_BEFORE_RE.search(self.text, max(0, at - 20), at)
        return before is not None and before.group(1).lower() in CUE_VERBS

    def _can_refer(self, at: int, name: str) -> bool:
        """Whether a speaker noted at ``at`` can be what a later "he" or "she" stands for.

        A one-word speaker the story never names in full and NER does not call a person
        where it stands ("Prestigious journals now spin data … “gospel”, he said" noted
        "Prestigious") is a misread subject, not a person: passed over for the next
        candidate. Without spaCy, every speaker can.
        """
        if " " in name or name in self.known or self.text[at : at + len(name)] != name:
            return True
        labels = labels_at(self.text, at, at + len(name))
        return labels is None or "PERSON" in labels

    def _surname_subjects(self, start: int, end: int) -> list[tuple[int, str]]:
        """People named by surname alone as a sentence's subject in ``[start, end)``.

        "Zaccardi said that few comparisons … . “…,” he added": news names a person in
        full once, then by surname; a sentence that surname opens as the subject of a
        reporting verb (or of any verb after a title: "Ms Presho was advised …") makes
        them the likeliest "he" or "she" that follows, as a full name opening a sentence
        does. Each is given as the fullest name the story gives that surname (a title
        picks among namesakes), and only when that name is a person's.
        """
        found = []
        for m in _SURNAME_SUBJECT_RE.finditer(self.text, start, end):
            word = m.group("word")
            cued = m.group("title") is not None or m.group("verb") in CUE_VERBS
            if not cued or not self._opens_sentence(m.start()):
                continue
            if word.lower() not in self._by_last:
                continue
            titles = frozenset({strip_possessive(w).lower() for w in m.group().split()} & ACADEMIC)
            name = self._fullest(word, m.start(), titles)
            if name is None or len(name.split()) < 2:
                continue
            # The fullest name may end in another spelling of the surname ("Zacardi").
            held = self._by_last.get(name.split()[-1].lower(), {}).get(name)
            if held and self._is_person(self.names[held[0]]):
                found.append((m.start(), name))
        return found

    def first_named(self, start: int, end: int) -> tuple[NameMention, str] | None:
        """The first name of two words or more starting in ``[start, end)``, as resolved.

        Returns:
            The mention and the fullest name the story gives it, or None.
        """
        k = bisect_right(self._ends, start)
        while k < len(self.names) and self.names[k].start < start:
            k += 1
        if k == len(self.names) or self.names[k].start >= end:
            return None
        nm = self.names[k]
        return nm, self.resolve(nm.name, nm.start) or nm.name

    def remember(self, at: int, name: str) -> None:
        """Note that ``name`` spoke at offset ``at`` (pronouns resolve to recent speakers)."""
        self.speakers.append((at, name))

    def _fullest(self, surname: str, at: int, titles: frozenset[str] = frozenset()) -> str | None:
        """The fullest known name whose last word is (close to) ``surname``.

        A mention with an academic title ("Professor McCann") prefers a name given that
        title in the story ("Professor Gerry McCann") over a longer one never given it
        ("Madeleine McCann", his daughter).
        """
        target = surname.lower()
        lasts = [(2.0, target)] if target in self._by_last else []
        if len(target) >= 5 and self.fuzzy:
            lasts += [
                (1.0, last)
                for last in self._by_last
                if last != target and len(last) >= 5 and _close(last, target)
            ]
        # Each name scores from where it first occurs; the first to reach the best wins.
        best: tuple[float, int] | None = None
        best_name: str | None = None
        for base, last in lasts:
            for name, (i, start) in self._by_last[last].items():
                score = base + len(name) / 100 - (0.5 if start > at else 0.0)
                if titles & self._titles.get(name, set()):
                    score += 0.3
                if best is None or (-score, i) < best:
                    best, best_name = (-score, i), name
        return best_name

    def resolve(self, mention: str, at: int) -> str | None:
        """Return the canonical name of a speaker mention made at offset ``at``."""
        words = mention.split()
        if not words:
            return None
        if is_acronym(mention.strip()) and mention.strip().lower() in PRONOUNS:
            return mention.strip()  # "WHO predicts": a body's initials, not the pronoun
        if mention.lower() == "who":  # "said Weaver, who added": its antecedent
            return self._last_before(at)
        if mention.lower() in {"he", "she", "him", "her"}:
            return self._antecedent(at, mention)
        if mention.lower() == "they":
            pair = self._pair_before(at)
            if pair is not None:
                return pair
        if mention.lower() in PRONOUNS:
            # The speaker noted last among those that spoke at or before ``at``; "they" is
            # not one person last called "he" or "she" ("Winston Reid … He said: ‘…’ …. The
            # researchers … said …. ‘…,’ they wrote").
            plural = mention.lower() == "they"
            for pos, n in reversed(self.speakers):
                if pos <= at and not (plural and _SINGULAR_RE.match(self.text, pos)):
                    return n
            return self._last_before(at)
        owner = self._appositive_owner(mention, at)
        if owner is not None:
            return owner
        named = _ROLE_THEN_NAME_RE.match(self.text, at + len(mention))
        if len(words) == 1 and named is not None and self.text[at:].startswith(mention):
            # "Study author Dr Benjamin Breyer said": the word rules stop at the lowercase
            # role and keep "Study"; the speaker is the name the role introduces.
            return self.resolve(named.group(1), named.start(1))
        described = without_determiners(words)
        if len(described) == 1 < len(words) and _one_of_a_kind(described[0].lower()):
            # "the GP added": a description of one person, not a name in capitals.
            return self._described(mention, at)
        body = _BODY_ROLE_RE.match(mention)
        if body is not None:
            return body.group(1).strip()  # "A Department of Health spokesman": the body speaks
        named_body = body_named(self, mention, at)
        if named_body is not None:
            return named_body
        if _DOCUMENT_LED_RE.match(mention):
            # "the study which has been published in The BMJ": the study speaks, not the
            # journal or body named in the words describing it.
            return None
        name = person_name(mention)
        if name is not None and all(w[:1].isupper() or w in PARTICLES for w in name.split()):
            if len(name.split()) >= 2:
                fullest = self._fullest(name.split()[-1], at)
                # "NHS England" is not "Public Health England", nor "John Green" "Sarah
                # Green": a fuller name must hold the mention's other words too.
                return fullest if fullest and _extends(fullest, name) else name
            titles = frozenset({strip_possessive(w).lower() for w in words} & ACADEMIC)
            fullest = self._fullest(name, at, titles)
            # "England" alone is not "Public Health England": a body is named whole.
            if fullest and (not is_body(fullest) or name.lower() in BODY_WORDS):
                return fullest  # "the Association": "the Football Association"
            return self._given_name(name) or name
        return self._named_after(mention, at) or self._described(mention, at)

    def _given_name(self, word: str) -> str | None:
        """The one person's full name whose first name is ``word`` ("Dr Chris").

        News may call a person by title and first name once it has named them in full
        ("This Morning's Dr Chris Steele" … "Dr Chris said: …"); the guide wants the
        fullest name. Only when ``word`` is no surname of the story and exactly one
        person's name of two words or more opens with it; else None.
        """
        if not (word[:1].isupper() and word[1:].islower()) or is_acronym(word):
            return None  # "the FA", "NHS": initials, not a first name
        found = {
            nm.name
            for nm in self.names
            if len(nm.name.split()) >= 2 and nm.name.split()[0] == word and self._is_person(nm)
        }
        return found.pop() if len(found) == 1 else None

    def _pair_before(self, at: int) -> str | None:
        """The two people "they" stands for when the story last named two, joined by "and".

        "Wendy Norman of the University of British Columbia and Bernard Dickens of the
        University of Toronto noted that … “…,” they wrote": the two co-authors, as "Wendy
        Norman and Bernard Dickens". Only when no other person is named between them and
        the pronoun, within ``_PAIR_REACH`` characters; else None.
        """
        people: list[NameMention] = []
        for i in range(bisect_right(self._ends, at) - 1, -1, -1):
            nm = self.names[i]
            if at - nm.end > _PAIR_REACH or len(people) == 2:
                break
            if self._is_person(nm):
                people.append(nm)
        if len(people) < 2:
            return None
        second, first = people
        if first.name == second.name or not _PAIR_RE.fullmatch(self.text, first.end, second.start):
            return None
        return f"{first.name} and {second.name}"

    def _appositive_owner(self, mention: str, at: int) -> str | None:
        """The person whose appositive a mention ends ("…, director of X Ageing, said").

        In "Professor Dame Linda Partridge, director of the UCL Institute of Healthy
        Ageing, said", the words before the cue are the end of the role that describes
        the person named before it: the person speaks, not the body of the role. The role
        opens in lower case after the name's comma, holds no sentence end and closes with
        a comma right before a reporting verb.
        """
        end = at + len(mention)
        if self.text[at:end] != mention:
            return None
        cue = _CUE_AFTER_RE.match(self.text, end)
        # Or the mention is the role's title and the rest of the role runs to the cue
        # ("…, President of the Royal College of Psychiatrists said").
        titled = _ROLE_TITLE_RE.fullmatch(mention) is not None
        if titled and (cue is None or cue.group(1).lower() not in CUE_VERBS):
            cue = _ROLE_TAIL_RE.match(self.text, end)
        if cue is None or cue.group(1).lower() not in CUE_VERBS:
            return None
        # The names of bodies inside the role ("UCL Institute of …") are passed over.
        for i in range(bisect_right(self._ends, at) - 1, -1, -1):
            nm = self.names[i]
            if at - nm.end > _MAX_ROLE:
                return None
            between = self.text[nm.end : at]
            role = _ROLE_AFTER_NAME_RE.fullmatch(between) or (
                titled and _NAME_COMMA_RE.fullmatch(between)
            )
            if role and self._is_person(nm):
                return nm.name
        return None

    def _named_after(self, mention: str, at: int) -> str | None:
        """The person a description is set beside ("Lead author, Dr David Batty, said").

        A description in lower case, perhaps with what it is of ("from University College
        London"), then a person's name between commas: the name is the speaker.
        """
        end = at + len(mention)
        if self.text[at:end] != mention or not mention[:1].isalpha():
            return None
        lead = _THEN_NAMED_RE.match(self.text, end)
        if lead is None:
            return None
        i = bisect_right(self._ends, lead.end())
        if i >= len(self.names) or self.names[i].start != lead.end():
            return None
        nm = self.names[i]
        after = self.text[nm.end : nm.end + 2].lstrip(" \t")
        return nm.name if after.startswith(",") and self._is_person(nm) else None

    def _last_before(self, at: int) -> str | None:
        """The last name that ends at or before offset ``at``."""
        i = bisect_right(self._ends, at)
        return self.names[i - 1].name if i else None

    def _described(self, mention: str, at: int) -> str | None:
        """Resolve a description ("the rights defender") through the words around names."""
        content = [
            w.lower()
            for w in _WORD_RE.findall(mention)
            if w.lower() not in DETERMINERS and (len(w) > 3 or _one_of_a_kind(w.lower()))
        ]
        if not content:
            return None
        spoke = {n for pos, n in self.speakers if pos <= at}
        best: str | None = None
        best_rank = (-1, -1)
        for nm in self.names:
            if nm.start > at:
                break
            if any(w in nm.context or w[:5] in {c[:5] for c in nm.context} for w in content):
                rank = (int(nm.name in spoke), nm.start)
                if rank > best_rank:
                    best, best_rank = nm.name, rank
        if best is None and mention.split()[0].lower() == "the" and _one_of_a_kind(content[-1]):
            # "the lead researcher", "the professor": a definite description of one
            # person, no word of which was used beside a name, is the person "he" or
            # "she" would be here.
            return self._antecedent(at)
        if best is None and mention.split()[0].lower() in {"a", "an", "one"}:
            return self._introduced_after(content[-1], at)
        return best

    def _introduced_after(self, head: str, at: int) -> str | None:
        """The person an indefinite description made before any name stands for.

        "A leading researcher warned …" in a lede, and "Professor Peter Griffiths, who
        worked on the study, said …" below: the first person named after the mention
        with a personal title (Dr, Professor) or with ``head`` among the words beside
        the name. None when the head is not a noun of such a person.
        """
        if not _one_of_a_kind(head):
            return None
        for nm in self.names[bisect_right(self._ends, at) :]:
            run = {strip_possessive(w).lower() for w in self.text[nm.start : nm.end].split()}
            if head in nm.context or (run & PERSONAL_TITLES - COURTESY):
                return nm.name
        return None
