""" "It" stands for a body or a thing, never for a person's role left without a name: after
"…, its chief executive told staff", a later "It did not say" is the firm's, not the chief
executive's, who is shown as the firm's ("Brightway chief executive")."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run


def test_it_is_the_firm_not_its_chief_executive(analysis_nlp: Language) -> None:
    result = run(
        analysis_nlp,
        "Software firm to cut jobs\n\n"
        "The software company Brightway is to cut 900 jobs, its chief executive told staff "
        "on Thursday.\n\n"
        "Brightway, which is based in Leeds, employs about 9,000 people. It did not say how "
        "many jobs in Leeds would go.\n",
    )
    assert [q.speaker for q in result.quotes] == ["Brightway chief executive", "Brightway"]
