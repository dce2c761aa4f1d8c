"""Quotation speakers and verdicts, fourth round of issue 15 (branch t15-quotes).

Each test names a class of error seen in several gold stories (dev halves and the blind
20), written here with invented sentences in the same news conventions.
"""

from __future__ import annotations

from sourcetrace.documents import Document
from sourcetrace.quotes import Quote, check, extract
from sourcetrace.quotes.names import NameBook
from sourcetrace.quotes.verify import VerifyOptions


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


def _verify(article: str, source: str, options: VerifyOptions | None = None) -> list[Quote]:
    quotes, claims = extract(article)
    docs = [Document(id="release", text=source)]
    quotes, _ = check(article, quotes, claims, sources=docs, options=options)
    return [q for q in quotes if q.kind == "quote"]


_RELEASE = (
    "Asthma affects millions of adults. Researchers at the University of Leicester found "
    "a protein that narrows the airways.\n\n"
    "“For a number of people with severe asthma, treatment is not fully effective,” said "
    "Dr Ruth Sanderling. “Although new therapies are under investigation for allergic "
    "asthma, there is still a need for therapies for asthma that is not related to "
    "allergies. We now plan to develop a drug that blocks the protein.”\n\n"
    "The study was funded by a charity."
)


def test_sentences_inserted_into_a_source_quotation_make_it_altered() -> None:
    # The story runs the release's quotation on with sentences the release never holds:
    # too few of the quotation's words are in the source for the word alignment, yet each
    # sentence is either the release's or not there at all.
    article = (
        "A new asthma pill is on the horizon.\n\n"
        "Dr Ruth Sanderling said: “For a number of people with severe asthma, treatment "
        "is not fully effective. Asthma can be brought on by infections or by cold "
        "weather, for instance. Although new therapies are under investigation for "
        "allergic asthma, there is still a need for therapies for asthma that is not "
        "related to allergies. Our tests on muscle cells from patients were striking. "
        "We now plan to develop a drug that blocks the protein.”"
    )
    [quote] = _verify(article, _RELEASE)
    assert quote.verdict == "altered", quote.reason
    inserted = [e for e in quote.edits if e.kind == "insert"]
    assert [e.quote_text[:16] for e in inserted] == ["Asthma can be br", "Our tests on mus"]
    assert all(e.significant for e in inserted)


def test_a_sentence_half_found_decides_nothing() -> None:
    # A guard (passes on the branch point too).
    # A sentence that is half the release's words and half new is neither the release's
    # nor an insertion: the quotation keeps the verdict of the word alignment.
    article = (
        "A new asthma pill is on the horizon.\n\n"
        "Dr Ruth Sanderling said: “For a number of people with severe asthma, treatment "
        "is not fully effective. Although new therapies are under investigation for "
        "allergic asthma, doctors badly need medicines for every other kind of the "
        "disease. Asthma can be brought on by infections or by exposure to cold weather, "
        "for instance.”"
    )
    [quote] = _verify(article, _RELEASE)
    assert quote.verdict != "altered", quote.edits


def test_a_short_sentence_found_does_not_make_the_rest_inserted() -> None:
    # A guard (passes on the branch point too).
    # A sentence of a few words ("It is not fully effective.") found in the release
    # among new ones is no evidence the release holds the passage.
    article = (
        "A new asthma pill is on the horizon.\n\n"
        "Dr Ruth Sanderling said: “Asthma can be brought on by infections or by exposure "
        "to cold weather, for instance. The study was funded by a charity. Our laboratory "
        "tests on muscle cells from patients showed that they contracted much more.”"
    )
    [quote] = _verify(article, _RELEASE)
    assert quote.verdict != "altered", quote.edits


def test_words_repeated_in_the_source_align_where_most_of_the_quotation_is() -> None:
    # The release's headline repeats the quoted words; the quotation itself is in the
    # body. Aligned with the headline the quotation looks reworded (a paraphrase); with
    # the body it is the release's quotation with one qualifier changed.
    source = (
        "Snoring should be considered an important warning sign for heart disease, say "
        "experts\n\n"
        "Women who snore have a slightly higher risk of heart attacks, a study finds.\n\n"
        "The authors say “these results add to the evidence that snoring should be "
        "considered an important warning sign for heart disease, at least in women,” and "
        "call for more research."
    )
    article = (
        "Snoring is a warning sign, doctors say.\n\n"
        "“Our analysis suggests that snoring should be considered an important warning "
        "sign for heart disease, particularly in women,” the authors wrote."
    )
    [quote] = _verify(article, source)
    assert quote.verdict == "altered", quote.reason
    assert any(
        e.source_text == "at least" and e.quote_text == "particularly" and e.significant
        for e in quote.edits
    ), quote.edits


def test_a_titled_surname_resolves_to_the_person_given_that_title() -> None:
    # Two people share a surname (a scientist and his daughter, named in the lede): the
    # longer name is not the professor.
    text = (
        "Rosalind Fairweather's father warns that a heart test is inaccurate.\n\n"
        "The study was led by Professor Tom Fairweather, a cardiologist.\n\n"
        "Professor Fairweather said: “There is no doubt that surgery works.”"
    )
    at = text.index("Professor Fairweather said")
    assert NameBook(text).resolve("Professor Fairweather", at) == "Tom Fairweather"


def test_they_after_two_people_named_together_is_both() -> None:
    # Two co-authors of an editorial, named with their universities and "and", then
    # quoted as "they": both, not the last speaker quoted before them.
    text = (
        "Pills by post are safe, a study finds.\n\n"
        "Researcher Abigail Ashcombe said: “We now have evidence that this works.”\n\n"
        "In an editorial, Wendy Northcote of the University of Leeds and Bernard "
        "Dunsford of the University of York noted that the pill is known to be safe.\n\n"
        "“For the first time, women of all classes have a reasonable alternative,” they "
        "wrote."
    )
    at = text.index("they wrote")
    book = NameBook(text)
    assert book.resolve("they", at) == "Wendy Northcote and Bernard Dunsford"
    # One person named last: "they" is not made a pair.
    single = text.replace(" and Bernard Dunsford of the University of York", "")
    assert " and " not in (NameBook(single).resolve("they", single.index("they wrote")) or "")


_STUDY = (
    "Workers exposed to strong magnetic fields were more than twice as likely to develop "
    "the disease as those who had never been exposed through their work. The results also "
    "suggest earlier exposure raised the risk, for up to six months after it ended."
)


def test_with_cut_short_a_quotation_dropping_the_end_of_the_sources_sentence_is_altered() -> None:
    # Presented as the whole statement (capital, comma inside the marks), it stops where
    # the source's sentence goes on with a qualifier.
    article = (
        "Magnetic fields are linked to a disease.\n\n"
        "“Workers exposed to strong magnetic fields were more than twice as likely to "
        "develop the disease as those who had never been exposed,” according to the "
        "researchers."
    )
    [quote] = _verify(article, _STUDY, VerifyOptions(cut_short=True))
    assert quote.verdict == "altered", quote.reason
    # Off by default (the earlier convention): verbatim.
    assert _verify(article, _STUDY)[0].verdict == "verbatim"
    [edit] = quote.edits
    assert (edit.kind, edit.source_text, edit.significant) == (
        "delete",
        "through their work",
        True,
    )


def test_a_quotation_ending_where_the_source_has_a_comma_or_a_fragment_stays_verbatim() -> None:
    # A guard: the source's clause ends at a comma ("…raised the risk, for up to …"), or
    # the quotation is a fragment inside the story's sentence (lower case, no stop).
    article = (
        "Magnetic fields are linked to a disease.\n\n"
        "“The results also suggest earlier exposure raised the risk,” the researchers "
        "said. They found workers were “more than twice as likely to develop the disease” "
        "as others."
    )
    quotes = _verify(article, _STUDY, VerifyOptions(cut_short=True))
    assert [q.verdict for q in quotes] == ["verbatim", "verbatim"], [q.reason for q in quotes]
