"""Quotation speakers and verdicts, fourth round of issue 15 (branch t15-quotes).

Each test names a class of error seen in several gold stories (dev halves and the blind
20), written here with invented sentences in the same news conventions.
"""

from __future__ import annotations

from sourcetrace.quotes import extract
from sourcetrace.quotes.names import NameBook


def _quote_speakers(article: str) -> list[str | None]:
    quotes, _ = extract(article)
    return [q.speaker.name for q in quotes if q.kind == "quote"]


def test_a_description_set_beside_a_name_gives_the_name() -> None:
    # "Lead author from <body>, Dr <Name>, said:": the parse may give the description as
    # the subject; the name set off by commas after it is who it is.
    text = (
        "Worry is linked to illness, a review finds.\n\n"
        "Lead author from University College London, Dr Tobias Ferncastle, said: “After "
        "statistical control for these factors, the results show higher death rates.”"
    )
    at = text.index("Lead author")
    assert NameBook(text).resolve("Lead author", at) == "Tobias Ferncastle"
    # Without a name in apposition the description stays unnamed.
    other = text.replace(", Dr Tobias Ferncastle,", "")
    assert NameBook(other).resolve("Lead author", other.index("Lead author")) is None


def test_a_role_after_a_name_does_not_make_its_body_the_speaker() -> None:
    # "Name, director of the X Institute of Healthy Ageing, said": the words before the
    # cue end the role, the person named before it speaks.
    speakers = _quote_speakers(
        "A drug extends the life of flies.\n\n"
        "Principal investigator, Professor Dame Miriam Oakhurst, director of the Oxford "
        "Institute of Healthy Ageing and the Max Planck Institute for Biology of Ageing, "
        "said: 'The response we have seen to low doses of the drug is very encouraging.'"
    )
    assert speakers == ["Miriam Oakhurst"]


def test_a_quoted_paragraph_after_photo_captions_continues_the_speaker() -> None:
    # A web page keeps photo credits and captions between two quoted paragraphs.
    speakers = _quote_speakers(
        "Smoking harms the eyes, a charity warns.\n\n"
        "Bernard Ollerenshaw, an optometrist, spoke to the paper.\n\n"
        "He said: “Half of all sight loss in the country can be avoided.”\n\n"
        "GETTY\n\n"
        "Smoking can damage eyes: poisoning can make it hard to see colours\n\n"
        "Bernard Ollerenshaw\n\n"
        "“Stopping smoking will improve your eye health and cut your risk of losing "
        "your sight.”\n\n"
        "The charity runs a campaign this month."
    )
    assert speakers == ["Bernard Ollerenshaw", "Bernard Ollerenshaw"]


def test_a_caption_is_not_a_claim_that_gives_the_next_quotation_a_speaker() -> None:
    # The line before the quotation is a caption whose subject is another body: the
    # quotation continues the quoted paragraph before the captions.
    speakers = _quote_speakers(
        "Nursing plan is a risky experiment, study says.\n\n"
        "He said the plan was risky, according to Professor Piers Gallimore.\n\n"
        "Professor Piers Gallimore said: “We have trained fewer nurses than we need.”\n\n"
        "While the NHS claimed the new staff were an addition to nurses\n\n"
        "“Policy has proceeded with the view that other roles could fill the gap.”"
    )
    assert speakers[-1] == "Piers Gallimore"
