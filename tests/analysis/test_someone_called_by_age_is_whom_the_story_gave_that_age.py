"""Someone called by age alone ("the 34-year-old said") is whoever the story gave that age,
as "the 24-year-old" or as "Jane Morton, 52,", and never someone it gave another age, however
near: a match report quoting two players in turn, a witness quoted after a neighbour."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers

MATCH = (
    "Rovers snatch late win\n\n"
    'Okafor, who joined in the summer, said the goal was his best. "I just hit it and hoped," '
    "the 24-year-old said.\n\n"
    "Rovers captain Lee Dawson, who made his 400th appearance, was more cautious. "
    '"We can\'t keep giving teams a head start," the 34-year-old said.\n\n'
    'Ashford boss Gary Neill was furious. "The first goal was offside by a yard," he told BBC '
    "Radio Kent.\n"
)

PARK = (
    "Dog walker attacked in park\n\n"
    "Jane Morton, 52, had been walking her dog in Roundhay Park when she was attacked.\n\n"
    "Her neighbour, Paul Fry, said he had heard screams and called the police.\n\n"
    '"It was the most frightening moment of my life," the 52-year-old said.\n'
)


def test_an_age_is_not_someone_given_another_age(analysis_nlp: Language) -> None:
    assert quote_speakers(analysis_nlp, MATCH)[-2:] == ["Lee Dawson", "Gary Neill"]


def test_an_age_is_whom_the_story_gave_it(analysis_nlp: Language) -> None:
    assert quote_speakers(analysis_nlp, PARK)[-1] == "Jane Morton"


def test_an_age_before_a_noun_is_the_one_named_before(analysis_nlp: Language) -> None:
    text = (
        "Star confirms split\n\n"
        "Pop star Maya Lorne has confirmed that she has separated from her husband.\n\n"
        "In a post on Sunday, the 34-year-old singer wrote that the decision had been hard. "
        '"We ask for privacy," she wrote.\n'
    )
    assert quote_speakers(analysis_nlp, text) == ["Maya Lorne"] * 3


def test_an_age_before_a_noun_is_no_one_given_another_age(analysis_nlp: Language) -> None:
    text = (
        "Dog walker attacked in park\n\n"
        "Jane Morton, 52, had been walking her dog when she was attacked.\n\n"
        '"It was frightening," the 24-year-old student said.\n'
    )
    assert quote_speakers(analysis_nlp, text)[-1] != "Jane Morton"
