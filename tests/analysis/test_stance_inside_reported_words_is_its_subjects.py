"""A verb of stance inside someone's reported words ("said 64% of staff opposed the plan")
is the stance of its own subject, a share of people included, never the reporter's source."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run


def test_a_share_of_members_opposing_is_theirs_not_the_unions(analysis_nlp: Language) -> None:
    text = "The union said 64% of staff who voted opposed the new rota.\n"
    by_cue = {q.cue: q.speaker for q in run(analysis_nlp, text).quotes}
    assert by_cue.get("said") == "The union"
    assert by_cue.get("opposed") != "The union"


def test_most_members_opposing_is_theirs(analysis_nlp: Language) -> None:
    text = "The union said most staff opposed the new rota.\n"
    by_cue = {q.cue: q.speaker for q in run(analysis_nlp, text).quotes}
    assert by_cue.get("opposed") in (None, "most staff")
