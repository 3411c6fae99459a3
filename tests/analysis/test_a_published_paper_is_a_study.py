"""A research paper speaks as a study does, not as a newspaper: "The paper, published in The
Lancet, found …" is the paper's finding, and the paper is no organisation."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run


def test_a_paper_published_in_a_journal_is_no_organisation(analysis_nlp: Language) -> None:
    result = run(
        analysis_nlp,
        "Coffee linked to longer life\n\n"
        "The paper, published in The Lancet, found that people who drank two cups a day "
        "lived longer.\n\n"
        "A research paper from the team also found that tea made no difference.\n",
    )
    kinds = {s.name: s.kind for s in result.speakers}
    assert [q.speaker for q in result.quotes] == ["The paper", "A research paper from the team"]
    assert kinds["The paper"] is not SpeakerKind.ORGANISATION
    assert kinds["A research paper from the team"] is not SpeakerKind.ORGANISATION


def test_the_paper_that_reported_is_still_a_newspaper(analysis_nlp: Language) -> None:
    result = run(
        analysis_nlp,
        "Minister under fire\n\nThe paper reported that the minister had resigned.\n",
    )
    assert [s.kind for s in result.speakers] == [SpeakerKind.ORGANISATION]
