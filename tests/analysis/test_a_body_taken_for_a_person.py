"""A body called by one word that the entity recogniser takes for a person ("Acas", "Ofgem")
is still a body when the story shows it: an "its spokesman" standing for it, or "the energy
regulator" set beside its name. Its spokesperson is then the body's, and a later "the
regulator" is the body."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run


def test_its_spokesman_makes_a_one_word_name_a_body(analysis_nlp: Language) -> None:
    text = (
        "Strike talks resume\n\n"
        "Acas said talks would resume on Monday. Its spokesman said both sides were willing.\n"
    )
    result = run(analysis_nlp, text)
    assert [q.speaker for q in result.quotes] == ["Acas", "Acas spokesman"]
    assert [(s.name, s.kind) for s in result.speakers] == [
        ("Acas", "organisation"),
        ("Acas spokesman", "person"),
    ]


def test_a_body_noun_beside_the_name_makes_it_a_body(analysis_nlp: Language) -> None:
    text = (
        "Price cap rises again\n\n"
        "Ofgem, the energy regulator, said prices would rise. Its spokeswoman said the cap "
        "was fair. The regulator said suppliers must help.\n"
    )
    result = run(analysis_nlp, text)
    assert [q.speaker for q in result.quotes] == ["Ofgem", "Ofgem spokeswoman", "Ofgem"]
    assert result.speakers[0].kind == "organisation"


def test_a_full_name_is_no_body_for_its_spokesman(analysis_nlp: Language) -> None:
    text = (
        "Strike talks resume\n\n"
        "Priya Nair said talks would resume on Monday. Its spokesman said both sides were "
        "willing.\n"
    )
    result = run(analysis_nlp, text)
    assert result.speakers[0].kind == "person"
    assert [q.speaker for q in result.quotes][1] == "Its spokesman"


def test_a_title_before_a_people_s_word_names_their_body(analysis_nlp: Language) -> None:
    text = (
        "Attacks repelled\n\n"
        "Troops repelled 30 attacks near the town, according to the General Staff.\n\n"
        '"The enemy keeps attacking," the General Staff said on Tuesday. It said the enemy had '
        "lost 900 soldiers in the past day.\n"
    )
    result = run(analysis_nlp, text)
    assert [q.speaker for q in result.quotes] == ["General Staff"] * 3
    assert [(s.name, s.kind) for s in result.speakers] == [("General Staff", "organisation")]


def test_a_title_before_a_name_is_still_a_person_s(analysis_nlp: Language) -> None:
    text = (
        "Attacks repelled\n\n"
        '"The enemy keeps attacking," General Mark Hollis said on Tuesday. The crew said the '
        "enemy had lost 900 soldiers.\n"
    )
    result = run(analysis_nlp, text)
    assert result.quotes[0].speaker == "Mark Hollis"
    assert result.speakers[0].kind == "person"
