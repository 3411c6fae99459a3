"""A one-word name the recogniser takes for a place is shown as an organisation when a
"which" clause on it says it does what a firm does ("Northline, which runs 1,200 services a
day,"), and a later "the company" is it; a place with a "which" clause of what a state does
("Texas, which sued the administration,") stays the state, shown as a body because it speaks
(its government), under its own name."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run

FIRM = (
    "Rail strike to halve services\n\n"
    "Northline, which runs around 1,200 services a day, said it expected to run fewer than "
    "half of them on Monday. The company said passengers should travel only if they must.\n"
)

STATE = (
    "States challenge rule\n\n"
    "Texas, which sued the administration last year, said the new rule was unlawful.\n"
)


def test_a_name_whose_which_clause_runs_services_is_a_firm(analysis_nlp: Language) -> None:
    result = run(analysis_nlp, FIRM)
    assert [q.speaker for q in result.quotes] == ["Northline", "Northline"]
    speakers = {s.name: s.kind for s in result.speakers if s.quote_count}
    assert speakers == {"Northline": SpeakerKind.ORGANISATION}


def test_a_state_whose_which_clause_sued_stays_the_state(analysis_nlp: Language) -> None:
    speakers = {s.name: s.kind for s in run(analysis_nlp, STATE).speakers if s.quote_count}
    assert speakers == {"Texas": SpeakerKind.ORGANISATION}
