"""Match reports call a player named before by their position: "the striker", "the
goalkeeper" after "Leeds' Sam Carter" is Sam Carter, as "the spokesman" is the one named
before, but never someone the report gave another role, such as the manager."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers


def test_the_striker_is_the_player_named_just_before(analysis_nlp: Language) -> None:
    text = (
        "Harlow's Nathan Price, who scored twice in the second half, insisted the goal "
        'should have stood. "I was onside by a yard," the striker said.\n'
    )
    assert quote_speakers(analysis_nlp, text) == ["Nathan Price", "Nathan Price"]


def test_the_goalkeeper_is_the_player_named_just_before(analysis_nlp: Language) -> None:
    text = (
        "Harlow's Nathan Price saved two penalties in the shoot-out. "
        '"I just guessed right," the goalkeeper said.\n'
    )
    assert quote_speakers(analysis_nlp, text) == ["Nathan Price"]


def test_the_striker_is_not_the_manager_named_before(analysis_nlp: Language) -> None:
    text = (
        "Harlow manager Colin Webb said his side had deserved the win. "
        '"We go again on Tuesday," the striker said.\n'
    )
    assert quote_speakers(analysis_nlp, text)[-1] != "Colin Webb"
