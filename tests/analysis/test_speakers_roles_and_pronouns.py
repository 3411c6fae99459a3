"""Who a role noun or a pronoun stands for: "the professor" is the one called Prof, "the
minister" the secretary named before, a compound role before a name is a title, a name beside
a role or a pronoun is its speaker, "a third" after "one" and "another" speaks; and a role in
the headline is the person the story calls so, or shown as the role when nobody is named."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run, said


def test_the_professor_is_the_one_called_prof_before(analysis_nlp: Language) -> None:
    text = (
        "Prof Ines Carrow said the roof needed repair. "
        '"Every winter it gets worse," the professor said.'
    )
    assert run(analysis_nlp, text).quotes[-1].speaker == "Ines Carrow"


def test_the_minister_is_the_secretary_named_before_not_the_backbencher_nearer(
    analysis_nlp: Language,
) -> None:
    text = (
        "Education Secretary Ruth Obi said schools would get more teachers.\n\n"
        "Obi replied that the money was already set aside.\n\n"
        "Backbencher Tom Varley said the plan came too late.\n\n"
        "The minister told MPs she would publish the figures in June."
    )
    assert run(analysis_nlp, text).quotes[-1].speaker == "Ruth Obi"


def test_a_compound_role_before_a_name_is_a_title(analysis_nlp: Language) -> None:
    text = (
        "Harbour works to start in May\n\n"
        "Harbourmaster Jo Price said the work would start in May. Local businesswoman Ada "
        "Obi said she was pleased.\n\n"
        "The harbourmaster added that the berths would stay open.\n"
    )
    quotes = said(text, run(analysis_nlp, text))
    assert ("Jo Price", "said", "the work would start in May") in quotes
    assert ("Ada Obi", "said", "she was pleased") in quotes
    assert ("Jo Price", "added", "that the berths would stay open") in quotes


def test_a_subject_hung_on_an_opening_phrase_still_speaks(analysis_nlp: Language) -> None:
    text = (
        "The society met on Tuesday.\n\n"
        "At last week's meeting our secretary, Joan Pryce, said the hall roof was leaking.\n\n"
        "At Friday's tribunal the union's solicitor, Omar Baig, said the dismissal was unfair.\n"
    )
    quotes = said(text, run(analysis_nlp, text))
    assert ("Joan Pryce", "said", "the hall roof was leaking") in quotes
    assert ("Omar Baig", "said", "the dismissal was unfair") in quotes


def test_a_pronoun_given_a_name_beside_it_is_that_name(analysis_nlp: Language) -> None:
    text = 'Another, Sam Cole, replied to the post: "It is far too late for that, Tom."'
    assert [q.speaker for q in run(analysis_nlp, text).quotes] == ["Sam Cole"]


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("Another, a head of science,", "Another, a head of science"),
        # near miss: "One" with its description, as before; "Another" alone is one of those named
        ("One, a head of science,", "One, a head of science"),
        ("Another", "another of the several teachers"),
    ],
)
def test_another_given_a_description_beside_it_is_described(
    analysis_nlp: Language, opening: str, speaker: str
) -> None:
    text = (
        "Staff leave\n\n"
        "Several teachers have resigned this term. "
        f"{opening} said the pay was far too low for the hours worked.\n"
    )
    assert [q.speaker for q in run(analysis_nlp, text).quotes] == [speaker]


def test_a_third_after_one_and_another_is_the_speaker(analysis_nlp: Language) -> None:
    text = (
        "Parents at the gates were split. One mother said the new start time was too early. "
        'Another said it made no difference. A third wrote: "My children have never been '
        'so tired."\n'
    )
    quote = next(q for q in run(analysis_nlp, text).quotes if "tired" in text[q.start : q.end])
    assert quote.speaker == "A third"


def test_a_role_in_the_headline_is_the_person_giving_evidence_in_the_body(
    analysis_nlp: Language,
) -> None:
    text = (
        "Witness says manager hid the accounts\n\n"
        "Nadia Price told the jury that the ledgers were kept in a locked drawer.\n\n"
        "Defence barrister Colin Reed suggested that she had invented the story.\n\n"
        '"I saw them with my own eyes," the witness said.'
    )
    result = run(analysis_nlp, text)
    assert result.quotes[-1].speaker == "Nadia Price"


def test_a_headline_labelled_by_a_role_quotes_the_one_the_story_calls_so(
    analysis_nlp: Language,
) -> None:
    text = (
        "Witness: 'I saw the car swerve'\n\n"
        "An inquest into the crash on the A40 opened on Monday.\n\n"
        '"It was in the ditch," said Helen Marsh, 52, a witness.'
    )
    analysis = run(analysis_nlp, text)
    headline = analysis.quotes[0]
    assert text[headline.start : headline.end] == "'I saw the car swerve'"
    assert headline.speaker == "Helen Marsh"


def test_a_headline_role_named_nowhere_is_shown_as_the_role(analysis_nlp: Language) -> None:
    text = (
        "Witness says she saw car swerve before crash\n\n"
        "An inquest into the crash on the A40 opened on Monday.\n\n"
        '"It was in the ditch," the witness said.'
    )
    analysis = run(analysis_nlp, text)
    assert [q.speaker for q in analysis.quotes] == ["witness", "witness"]
    assert [s.name for s in analysis.speakers] == ["witness"]


def test_a_headline_kicker_is_still_nobody(analysis_nlp: Language) -> None:
    text = (
        "Flood: defences hold as river peaks\n\n"
        "Water levels on the River Severn rose overnight, the Environment Agency said."
    )
    assert [q.speaker for q in run(analysis_nlp, text).quotes] == ["Environment Agency"]


@pytest.mark.parametrize(
    ("between", "speaker"),
    [
        # an event named between is no one a "they" who speaks stands for
        ("The closures came after years of cuts.", "Pharmacists"),
        # near miss: people named between are
        ("Their customers came from miles around.", "Their customers"),
    ],
)
def test_they_who_speak_stand_for_people_not_an_event(
    analysis_nlp: Language, between: str, speaker: str
) -> None:
    text = (
        "Pharmacies shut\n\n"
        f"Pharmacists in Kent are struggling to cope after a wave of closures. {between}\n\n"
        '"We have to tell worried parents that antibiotics are out of stock," they said.\n'
    )
    assert [q.speaker for q in run(analysis_nlp, text).quotes] == [speaker]


@pytest.mark.parametrize(
    ("second", "speaker"),
    [
        # "she says" set inside the clause it reports: never that clause's own subject
        ("Her mother, she says, has read the script.", "Nadia Rahman"),
        # a "she" opening a sentence of its own goes on from the person just named
        ("Her mother, Ayesha Rahman, read the script. She says it made her cry.", "Ayesha Rahman"),
    ],
)
def test_she_says_set_inside_a_clause_is_not_its_subject(
    analysis_nlp: Language, second: str, speaker: str
) -> None:
    text = f"New play\n\nNadia Rahman says the play is about her father.\n\n{second}\n"
    assert run(analysis_nlp, text).quotes[-1].speaker == speaker


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        # the one just called "he" is no "she", when someone else may be
        ("\u201cThat was a lie,\u201d Rahman says.\n\n", "Rahman"),
        # but still the one, when the story names no one else
        ("", "Raza Jaffrey"),
    ],
)
def test_she_is_not_the_one_just_called_he_when_another_fits(
    analysis_nlp: Language, opening: str, speaker: str
) -> None:
    text = (
        f"New play\n\n{opening}Raza Jaffrey plays the father. "
        "\u201cYou play a man who is tired,\u201d he said.\n\n"
        "The hardest part was the ending.\n\n"
        "\u201cIn the first version he apologises,\u201d she says.\n"
    )
    assert run(analysis_nlp, text).quotes[-1].speaker == speaker
