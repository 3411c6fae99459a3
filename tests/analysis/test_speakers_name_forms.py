"""How a speaker's name is written and spanned: a royal title is part of it, a police rank
abbreviated is a title, a surname after its particle or shared with a firm stays with the
person, a given name ending like a role stays whole, and a name broken at a hyphen (a line end
in text from a PDF, or "E-Redes" split by the tokenizer) is one name."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "King Charles said the orchard was thriving. "
            '"The apples are splendid this year," the King said.',
            "King Charles",
        ),
        (
            "Prince Harry said the charity would expand. "
            '"We have only just begun," the Prince said.',
            "Prince Harry",
        ),
        (
            "Queen Margrethe said the ceremony moved her. "
            '"It was a beautiful day," the Queen said.',
            "Queen Margrethe",
        ),
    ],
)
def test_a_royal_title_is_part_of_the_name_and_the_title_stands_for_its_holder(
    analysis_nlp: Language, text: str, name: str
) -> None:
    result = run(analysis_nlp, text)
    assert [s.name for s in result.speakers] == [name]
    assert {q.speaker for q in result.quotes} == {name}


def test_an_abbreviated_police_rank_is_a_title(analysis_nlp: Language) -> None:
    text = (
        'Detective Inspector Rachel Moss said: "This was a shocking attack."\n\n'
        "Anyone with information is asked to call 101.\n\n"
        '"Even the smallest detail could help," DI Moss added.'
    )
    assert {q.speaker for q in run(analysis_nlp, text).quotes} == {"Rachel Moss"}


def test_a_surname_after_its_particle_stays_with_the_given_name(analysis_nlp: Language) -> None:
    text = (
        "Ursula von der Leyen, the president of the European Commission, said: "
        '"Europe stands ready to help rebuild."\n\n'
        "Von der Leyen said aid would follow."
    )
    analysis = run(analysis_nlp, text)
    assert {q.speaker for q in analysis.quotes} == {"Ursula von der Leyen"}


def test_a_surname_is_the_person_before_a_firm_named_after_the_family(
    analysis_nlp: Language,
) -> None:
    text = (
        "Builder Carl Jansen, who runs Jansen Brothers Ltd, denied cutting corners. "
        "Jansen Brothers Ltd said it had passed every inspection. "
        '"I have nothing to hide," Jansen said.'
    )
    assert run(analysis_nlp, text).quotes[-1].speaker == "Carl Jansen"


def test_a_given_name_ending_like_a_role_stays_in_the_name(analysis_nlp: Language) -> None:
    text = (
        "Norman Tebbit said he was delighted. Herman Van Rompuy said the plan was fine. "
        "The carmaker said sales fell.\n"
    )
    speakers = {s.name: s.kind.value for s in run(analysis_nlp, text).speakers}
    assert "Norman Tebbit" in speakers and "Herman Van Rompuy" in speakers
    assert speakers.get("The carmaker") == "organisation"


def test_a_word_broken_at_a_line_end_is_one_word(analysis_nlp: Language) -> None:
    text = (
        "The head teacher, Ruth Kemp, said the school would reopen.\n"
        "Parents welcomed the admin-\n"
        "istration's promise to repair the roof before winter.\n"
    )
    analysis = run(analysis_nlp, text)
    names = [s.name for s in analysis.speakers]
    assert "istration" not in names
    quote = next(q for q in analysis.quotes if "roof" in text[q.start : q.end])
    assert quote.speaker == "the administration"
    assert quote.speaker_span is not None
    assert text[slice(*quote.speaker_span)] == "the admin-\nistration"


def test_a_name_split_at_its_hyphen_is_spanned_whole(analysis_nlp: Language) -> None:
    text = (
        "Power returned to most homes by noon, E-Redes said.\n\nE-Redes said crews were working.\n"
    )
    analysis = run(analysis_nlp, text)
    assert [s.name for s in analysis.speakers] == ["E-Redes"]
    for quote in analysis.quotes:
        assert quote.speaker_span is not None
        assert text[slice(*quote.speaker_span)] == "E-Redes"
