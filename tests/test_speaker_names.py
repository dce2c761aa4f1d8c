"""Speaker names of bodies and descriptions (issue 15, third round): whole, never a place."""

from __future__ import annotations

from sourcetrace.quotes import extract, speakers
from sourcetrace.quotes.names import NameBook


def _speakers(article: str) -> tuple[list[str | None], list[str | None]]:
    quotes, claims = extract(article)
    return [q.speaker.name for q in quotes], [c.speaker.name for c in claims]


def test_a_body_named_with_a_role_word_is_kept_whole() -> None:
    quotes, _ = _speakers(
        "Vitamin D should be added to food, researchers say.\n\n"
        "Public Health England said: “We will look at the findings carefully before "
        "we advise anyone.”"
    )
    assert quotes == ["Public Health England"]


def test_a_body_is_not_cut_to_the_place_it_ends_with() -> None:
    _, claims = _speakers(
        "Exercise helps the brain.\n\n"
        "The team from the University of Canberra found that an aerobic workout such as "
        "jogging significantly increased cognitive abilities."
    )
    assert claims == ["University of Canberra"]


def test_the_rest_of_a_body_name_after_the_mention_is_kept() -> None:
    quotes, _ = _speakers(
        "Exercise helps the brain.\n\n"
        "The University of Canberra said: “We will publish the data later this year "
        "for others to check.”"
    )
    assert quotes == ["University of Canberra"]


def test_experts_from_a_body_give_the_body_not_its_city() -> None:
    _, claims = _speakers(
        "Cycling to work is good for you.\n\n"
        "Experts from the University of Glasgow said the lower benefits seen for walking "
        "could be down to several factors."
    )
    assert claims == ["University of Glasgow"]


def test_members_of_a_lowercase_committee_give_the_committee() -> None:
    _, claims = _speakers(
        "Babies are harmed.\n\n"
        "The failure to fortify flour has caused serious defects, according to members "
        "of the scientific advisory committee on nutrition."
    )
    assert claims == ["scientific advisory committee on nutrition"]


def test_a_spokesman_for_a_body_gives_the_body() -> None:
    quotes, _ = _speakers(
        "Nurses are leaving in record numbers.\n\n"
        "A spokesman for the Department of Health said: “Our plans will see a thousand "
        "more nurses in training by next year.”"
    )
    assert quotes == ["Department of Health"]


def test_a_name_sharing_only_a_last_word_is_another_name() -> None:
    text = (
        "Public Health England advised supplements in winter. NHS England said nothing. "
        "Dr Sarah Green led the study. John Green, a GP, was not involved."
    )
    book = NameBook(text)
    assert book.resolve("NHS England", text.index("NHS England")) == "NHS England"
    assert book.resolve("John Green", text.index("John Green")) == "John Green"
    assert book.resolve("Green", len(text)) in {"Sarah Green", "John Green"}


def test_a_person_with_a_body_role_is_the_person() -> None:
    quotes, _ = _speakers(
        "Health Secretary Jeremy Hunt said: “We will look at the findings carefully "
        "before we decide anything.”"
    )
    assert quotes == ["Jeremy Hunt"]


def test_results_are_not_a_speaker() -> None:
    _, claims = _speakers(
        "Older people who exercise think faster.\n\n"
        "The results showed that exercise improves the brain power of the over 50s."
    )
    assert claims == [None]


def test_a_lowercase_document_description_holding_a_name_speaks() -> None:
    _, claims = _speakers(
        "Refugees have a much higher risk of developing psychotic illnesses, according to "
        "research published on Tuesday."
    )
    assert claims == ["research published on Tuesday"]


def test_a_paragraph_that_is_only_a_quotation_continues_the_claim_before() -> None:
    quotes, _ = _speakers(
        "A new drug slows memory loss.\n\n"
        "Professor Tom Black, of the University of Bath, said the drug would change "
        "practice.\n\n"
        "“We were surprised by the size of the effect in the oldest patients.”"
    )
    assert quotes == ["Tom Black"]


def test_a_quotation_paragraph_after_a_document_claim_stays_unnamed() -> None:
    quotes, _ = _speakers(
        "A new drug slows memory loss.\n\n"
        "The study found that the drug slowed memory loss by a third.\n\n"
        "“We were surprised by the size of the effect in the oldest patients.”"
    )
    assert quotes == [None]


def test_the_lead_researcher_is_the_person_named_before() -> None:
    quotes, _ = _speakers(
        "A new drug slows memory loss.\n\n"
        "The work was led by Dr Anna White at Oxford University.\n\n"
        "“The findings are robust and important,” the lead researcher said."
    )
    assert quotes == ["Anna White"]


def test_the_professor_is_the_professor_not_the_doctor_named_last() -> None:
    quotes, _ = _speakers(
        "A new drug slows memory loss.\n\n"
        "Professor Tom Black led the work. Dr Anna White, who was not involved, called it "
        "promising.\n\n"
        "“The findings are robust and important,” the professor said."
    )
    assert quotes == ["Tom Black"]


def test_a_researcher_described_before_being_named_is_that_person() -> None:
    _, claims = _speakers(
        "Fewer nurses, more deaths.\n\n"
        "A leading researcher warned the new policy of replacing nurses with assistants "
        "was a risky experiment.\n\n"
        "Ministers have announced 2,000 new roles across England.\n\n"
        "Professor Peter Griffiths, who worked on the study at Southampton University, "
        "said it showed the plan was a gamble."
    )
    assert claims[0] == "Peter Griffiths"


def test_a_described_person_named_nowhere_stays_unnamed() -> None:
    _, claims = _speakers(
        "Fewer nurses, more deaths.\n\n"
        "A leading researcher warned the new policy of replacing nurses with assistants "
        "was a risky experiment.\n\n"
        "Health Secretary Jeremy Hunt said the plan would go ahead as announced."
    )
    assert claims[0] is None


def test_a_description_matches_the_appositive_of_the_right_name() -> None:
    quotes, _ = _speakers(
        "A new drug slows memory loss.\n\n"
        "Professor Tom Black, the study's lead author, presented it. Dr Anna White, who "
        "was not involved, praised it.\n\n"
        "“It changes how we treat older patients,” the author said."
    )
    assert quotes == ["Tom Black"]


def test_a_colon_lead_in_is_the_speaker_of_its_own_sentence() -> None:
    quotes, _ = _speakers(
        "A new drug slows memory loss.\n\n"
        "Dr Anna White, of Oxford, said the drug worked. Professor Tom Black, of Bath, "
        "was more cautious. He said:\n\n"
        "“We need more trials before anyone is prescribed it.”"
    )
    assert quotes == ["Tom Black"]


def test_a_person_of_a_body_is_the_person() -> None:
    _, claims = _speakers(
        "Lies snowball over time, according to psychologist Tali Sharot of University "
        "College London."
    )
    assert claims == ["Tali Sharot"]


def test_a_body_named_after_a_person_of_it_is_not_joined_to_the_person() -> None:
    text = "The effect was small, Ann Lee of University College London said."
    book = NameBook(text)
    at = text.index("University College")
    assert book.resolve("University College London", at) == "University College London"


def test_a_spokeswoman_for_a_body_cut_short_gives_no_name() -> None:
    quotes, _ = _speakers(
        "Drug safety is under review.\n\n"
        "A spokeswoman for the Medicines and Healthcare products Regulatory Agency said: "
        "“We will look at the findings carefully.”"
    )
    assert quotes == [None]


def test_a_headline_in_capitals_is_no_antecedent() -> None:
    text = "BRAIN DISEASE\n\nHe said the players were at risk."
    book = NameBook(text)
    assert book.names == []
    assert book.resolve("He", text.index("He said")) is None


def test_she_is_not_the_man_named_last() -> None:
    quotes, _ = _speakers(
        "A new drug slows memory loss.\n\n"
        "Dr Anna White led the study. Her colleague Professor Tom Black said the results "
        "were clear.\n\n"
        "“We saw a big effect in the oldest patients,” she said."
    )
    assert quotes == ["Anna White"]


def test_the_story_says_who_is_a_woman() -> None:
    quotes, _ = _speakers(
        "His daughter Dawn Astle has campaigned since 2002.\n\n"
        "Jeff Astle headed the ball thousands of times.\n\n"
        "“They told us it was safe,” she said."
    )
    assert quotes == ["Dawn Astle"]


def test_a_pronoun_with_no_person_of_its_gender_is_unnamed() -> None:
    quotes, _ = _speakers(
        "A new drug slows memory loss.\n\n"
        "Professor Tom Black said the results were clear.\n\n"
        "“We saw a big effect in the oldest patients,” she said."
    )
    assert quotes == [None]


def test_a_role_whose_phrase_ends_with_a_name_gives_the_name() -> None:
    quotes, _ = _speakers(
        "A new drug slows memory loss.\n\n"
        "Alzheimer's Society's director of research Dr Doug Brown said: “It is a big step "
        "for everyone living with the disease.”"
    )
    assert quotes == ["Doug Brown"]


def test_the_department_of_health_is_named_without_its_article() -> None:
    _, claims = _speakers(
        "Nurses are leaving in record numbers.\n\n"
        "The Department of Health said it would train a thousand more nurses next year."
    )
    assert claims == ["Department of Health"]


def test_a_place_ending_a_body_name_is_not_that_body() -> None:
    text = (
        "Public Health England advised vitamin D in winter. England has long, dark "
        "winters, and England said nothing more about the matter."
    )
    book = NameBook(text)
    at = text.rindex("England said")
    assert book.resolve("England", at) == "England"
    assert book.resolve("Public Health England", 0) == "Public Health England"


def test_a_surname_close_to_a_short_place_is_not_the_place() -> None:
    text = "Researchers in Hong Kong ran the trial. Dr Kwong said the effect was small."
    book = NameBook(text)
    assert book.resolve("Kwong", text.index("Kwong")) == "Kwong"


def test_a_sentence_opening_role_is_not_part_of_the_name() -> None:
    text = "Researchers Niklas Steffens and others ran the trial in Brisbane."
    assert [nm.name for nm in NameBook(text).names] == ["Niklas Steffens"]


def test_one_word_inside_a_body_name_is_not_the_body() -> None:
    text = (
        "Dr Alison Tedstone, chief nutritionist at Public Health England, said the advice "
        "was clear.\n\nEngland said it would act."
    )
    check = speakers.SpeakerCheck(text)
    assert not check.can_speak("England")
    assert check.can_speak("Public Health England")


def test_a_study_published_in_a_journal_is_the_study_not_the_journal() -> None:
    _, claims = _speakers(
        "Cycling to work is good for you.\n\n"
        "Cycling cuts the risk of heart disease by almost half, according to a major new "
        "study published in the British Medical Journal."
    )
    assert claims == ["major new study published in the British Medical Journal"]


def test_a_study_author_is_still_the_author() -> None:
    quotes, _ = _speakers(
        "Cycling to work is good for you.\n\n"
        "Study author Dr Jane Smith said: “Cycling to work cuts the risk of heart disease "
        "by almost half.”"
    )
    assert quotes == ["Jane Smith"]
