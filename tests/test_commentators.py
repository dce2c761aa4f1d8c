"""The sentence test behind the fallback body (:mod:`sourcetrace.quotes.commentators`)."""

from __future__ import annotations

from sourcetrace.quotes.commentators import APART, ApartPolicy, apart_from_study


def _sentences(text: str) -> list[tuple[int, int]]:
    """Each sentence of ``text`` (split at ". "), as offsets."""
    out, lo = [], 0
    for part in text.split(". "):
        out.append((lo, lo + len(part)))
        lo += len(part) + 2
    return out


def test_every_sentence_naming_the_body_must_set_its_person_apart() -> None:
    text = "Dr Lee, who was not involved in the study, welcomed it. The trial ran at Leeds."
    first, second = _sentences(text)
    assert apart_from_study(text, [first])
    assert not apart_from_study(text, [second])
    assert not apart_from_study(text, [first, second])
    assert not apart_from_study(text, [])


def test_the_markers_are_a_policy_value() -> None:
    text = "Dr Lee of Leeds University, an outside expert, said it was sound."
    assert apart_from_study(text, _sentences(text), APART)
    assert not apart_from_study(text, _sentences(text), ApartPolicy(markers=(r"editorial",)))


def test_a_word_inside_another_is_no_marker() -> None:
    text = "Dr Lee of Leeds University, an editorialist, said it was sound."
    assert not apart_from_study(text, _sentences(text))
