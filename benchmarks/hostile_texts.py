"""Pathological texts for the hostile-input benchmark and tests (issue 14).

Each generator is a function of a target size in characters and returns a text of
exactly that many characters (a repeated unit, cut to size), deterministic for a size.
They are the inputs a user or an attacker can paste into ``quotes``, ``trace`` or the web
app: walls of quotation marks, quotations never closed, one enormous line, scripts with
no spaces, invisible characters, markup. ``KINDS`` maps each kind's name to its
generator; ``python benchmarks/hostile_texts.py`` lists them with a sample of each.

The module has no dependency beyond the standard library, so the web benchmark and the
tests can import it as well (``sys.path`` holding ``benchmarks/``).
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable

Generator = Callable[[int], str]


def _fill(unit: str, size: int, *, head: str = "") -> str:
    """``head`` then ``unit`` repeated, cut to exactly ``size`` characters."""
    if size <= len(head):
        return head[:size]
    body = size - len(head)
    return head + (unit * (body // len(unit) + 1))[:body]


_PLAIN = (
    "The researchers followed 2,000 adults for ten years and found that those who walked "
    "daily had fewer heart attacks. Dr Jane Smith, who led the study at the University of "
    "Leeds, said the effect was modest but consistent. "
)


def straight_quotes(size: int) -> str:
    """Nothing but straight double quotes, end to end."""
    return '"' * size


def curly_quotes(size: int) -> str:
    """Alternating curly double quotes with one letter between: ``“a”“a”…``."""
    return _fill("“a”", size)


def unbalanced_open(size: int) -> str:
    """``He said “`` and then plain prose that never closes the quotation, one paragraph."""
    return _fill(_PLAIN, size, head="He said “")


def said_smith(size: int) -> str:
    """``“X,” said Smith. `` repeated: a quotation and its attribution, over and over."""
    return _fill("“X,” said Smith. ", size)


def nested_quotes(size: int) -> str:
    """Quotations inside quotations: ``“a ‘b “c ‘d …`` opening ever deeper, then closing."""
    half = size // 2
    opening = _fill("“a ‘b ", half)
    return (opening + _fill("’ c” d ", size - half))[:size]


def apostrophes(size: int) -> str:
    """Words with apostrophes and single marks: ``don't it's the players' 'x' …``."""
    return _fill("don't it's the players' 'x' Clinton’s ‘y’ ", size)


def apostrophes_only(size: int) -> str:
    """Nothing but apostrophes (straight and curly): ``'’'’…``."""
    return _fill("'’", size)


def one_long_line(size: int) -> str:
    """Plain prose with quotations, all on one line with no newline at all."""
    return _fill('Smith said "the effect was modest." ' + _PLAIN, size)


def zero_width(size: int) -> str:
    """Prose with zero-width spaces, joiners and BOMs between every letter."""
    base = _fill(_PLAIN + "“Quote,” said Jane Smith. ", size // 2 + 1)
    out = "".join(c + "\u200b\u200d\ufeff"[i % 3] for i, c in enumerate(base))
    return out[:size]


def rtl(size: int) -> str:
    """Arabic and Hebrew prose with bidi overrides and quotations in them."""
    unit = "قال الباحث «هذا مهم جدا» في الجامعة. \u202eאמר החוקר “זה חשוב” היום.\u202c "
    return _fill(unit, size)


def cjk(size: int) -> str:
    """Chinese and Japanese text with no spaces and CJK quotation marks (「」『』“”)."""
    unit = (
        "研究人员说「这项研究很重要」。史密斯博士表示“效果很明显”。"
        "日本の研究者は『重要だ』と述べた。"
    )
    return _fill(unit, size)


def punctuation_only(size: int) -> str:
    """Only punctuation, every kind of quotation mark among it."""
    return _fill(".,;:!?\"'“”‘’«»„‟`()[]{}—–-…", size)


def guillemets_unbalanced(size: int) -> str:
    """``«`` opened again and again, never closed."""
    return _fill("« Le chercheur a dit ", size)


def long_words(size: int) -> str:
    """Words of 10,000 letters, with a quotation mark now and then."""
    word = "a" * 10_000
    return _fill(f'{word} "{word} ', size)


def short_paragraphs(size: int) -> str:
    """Paragraphs (lines) of one short quotation each: ``“Yes,” he said.``."""
    return _fill("“Yes,” he said.\n", size)


def blank_lines(size: int) -> str:
    """Nothing but newlines and spaces, with a quote mark now and then."""
    return _fill('\n\n \n"\n', size)


def _random_name(rng: random.Random) -> tuple[str, str]:
    """A made-up first name of six letters and last name of eight, capitalised."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    first = rng.choice(letters).upper() + "".join(rng.choices(letters, k=5))
    last = rng.choice(letters).upper() + "".join(rng.choices(letters, k=7))
    return first, last


def capitalised_names(size: int) -> str:
    """Many distinct capitalised names (``Aaron Baxter, Celia Dunn, …``) and no quotation."""
    rng = random.Random(size)
    parts: list[str] = []
    total = 0
    while total < size:
        first, last = _random_name(rng)
        parts.append(f"{first} {last}")
        total += len(first) + len(last) + 3
    parts.append("")  # the join is then at least `size` long
    return ", ".join(parts)[:size]


def names_and_quotes(size: int) -> str:
    """Many distinct named speakers, each with a quotation: ``“…,” said Aaron Baxter.``."""
    rng = random.Random(size + 1)
    parts: list[str] = []
    total = 0
    while total < size:
        first, last = _random_name(rng)
        part = f"“The result is clear,” said {first} {last}. {last} added: “Yes.” "
        parts.append(part)
        total += len(part)
    return "".join(parts)[:size]


def said_without_quotes(size: int) -> str:
    """Attribution cues with no quotation at all: ``Smith said he said she told …``."""
    return _fill("Smith said he said she told them, according to Jones, who added, ", size)


def alternating_styles(size: int) -> str:
    """Every quotation style in turn, each opened by one style and closed by another."""
    return _fill("“a\" 'b” «c\" „d’ ``e'' ‘f» \"g“ ", size)


def digits(size: int) -> str:
    """Long runs of digits with decimal points and commas: ``3.14159…``."""
    return _fill("31415926535897932384626433832795028841971.,", size)


def html_markup(size: int) -> str:
    """HTML-like markup with attributes in quotes: ``<a href="x" title='y'>…</a>``."""
    return _fill(
        '<li><a href="/x" title=\'Home "page"\'>Home</a></li>\n<p class="q">“Hi”</p>', size
    )


def emoji(size: int) -> str:
    """Emoji (with skin tones and ZWJ sequences) around quotations."""
    return _fill("😀 “👍🏽 great,” said 👩‍🔬 Smith. 🎉🎉 ", size)


def combining(size: int) -> str:
    """Letters each carrying several combining marks (``Z̷̢͉a̶͇l̵g̸o̷``)."""
    return _fill(
        "Z\u0337\u0322\u0349a\u0336\u0347l\u0335g\u0338o\u0337 “s\u0301a\u0300i\u0302d” ", size
    )


def study_questions(size: int) -> str:
    """A study's question asked again and again with no clause end: ``tested if X …``."""
    return _fill("Scientists tested if coffee reduces stroke risk ", size)


def initialisms(size: int) -> str:
    """A body named in full once a paragraph and cited by its initials: ``The WHO said …``."""
    return _fill(
        "The World Health Organization said the drug works. The WHO said that it works "
        "well, according to the WHO. ",
        size,
    )


def plain_prose(size: int) -> str:
    """The reference: ordinary news prose with attributed quotations, paragraphs of ~4 lines."""
    unit = (
        _PLAIN
        + "“We were surprised by how clear the pattern was,” said Smith. "
        + "Her colleague, Professor Tom Brown, told reporters the work “changes the advice "
        + "we give.”\n\n"
    )
    return _fill(unit, size)


KINDS: dict[str, Generator] = {
    "straight_quotes": straight_quotes,
    "curly_quotes": curly_quotes,
    "unbalanced_open": unbalanced_open,
    "said_smith": said_smith,
    "nested_quotes": nested_quotes,
    "apostrophes": apostrophes,
    "apostrophes_only": apostrophes_only,
    "one_long_line": one_long_line,
    "zero_width": zero_width,
    "rtl": rtl,
    "cjk": cjk,
    "punctuation_only": punctuation_only,
    "guillemets_unbalanced": guillemets_unbalanced,
    "long_words": long_words,
    "short_paragraphs": short_paragraphs,
    "blank_lines": blank_lines,
    "capitalised_names": capitalised_names,
    "names_and_quotes": names_and_quotes,
    "said_without_quotes": said_without_quotes,
    "alternating_styles": alternating_styles,
    "digits": digits,
    "html_markup": html_markup,
    "emoji": emoji,
    "combining": combining,
    "study_questions": study_questions,
    "initialisms": initialisms,
}
"""The pathological kinds, by name."""

REFERENCE = "plain_prose"
"""The name of the reference kind: ordinary prose, to compare the others against."""

ALL: dict[str, Generator] = {**KINDS, REFERENCE: plain_prose}
"""Every kind, the reference included."""


def make(kind: str, size: int) -> str:
    """Return the text of ``kind`` (a key of :data:`ALL`) at ``size`` characters."""
    return ALL[kind](size)


def main() -> None:
    """List the kinds with the first characters of each (at 200 characters)."""
    for name, gen in ALL.items():
        text = gen(200)
        assert len(text) == 200, name
        sample = text[:60].encode("unicode_escape").decode("ascii")
        sys.stdout.write(f"{name:24} {sample}\n")


if __name__ == "__main__":
    main()
