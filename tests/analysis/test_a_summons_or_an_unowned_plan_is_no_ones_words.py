"""Someone "called" to a place is summoned, not named or quoted; a plan that no one is named
as making, standing alone, merely there or fought by others, is a thing, not anyone's words."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run


def test_officers_called_to_a_scene_report_nothing(analysis_nlp: Language) -> None:
    text = "Firefighters were called to a warehouse on Dock Road at 4am on Sunday.\n"
    result = run(analysis_nlp, text)
    assert result.quotes == ()
    assert all(c.cue is None for c in result.claims)


def test_someone_called_a_name_is_still_reported(analysis_nlp: Language) -> None:
    text = "The scheme was called reckless by the opposition leader.\n"
    assert [q.cue for q in run(analysis_nlp, text).quotes] == ["called"]


def test_plans_no_one_is_named_as_making_report_nothing(analysis_nlp: Language) -> None:
    text = (
        "Plans to shut Greystone swimming pool\n\n"
        "Swimmers are fighting plans to shut the pool in the spring.\n\n"
        "There are plans to sell the site to a developer.\n"
    )
    assert run(analysis_nlp, text).quotes == ()
