"""A contraction reads the same whichever apostrophe it is written with. "It’s said that …"
with a curly mark names no one, as "It's said that …" does: the parse may take the curly
"’s" for a noun, the subject of "said", with "It" hung on it. "She’s said that …" is her
report with either mark, and the curly "’re" has the lemma of "'re"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

HEAD = "Mill town waits\n\n"
REST = " the mill will close, and workers fear for their jobs.\n"


@pytest.mark.parametrize("mark", ["’", "'"])
@pytest.mark.parametrize(("subject", "speaker"), [("It", None), ("She", "She")])
def test_a_contraction_names_the_same_speaker_with_either_apostrophe(
    analysis_nlp: Language, mark: str, subject: str, speaker: str | None
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{subject}{mark}s said that{REST}")
    assert [(s, r) for s, _, r in said(text, result)] == [(speaker, "that the mill will close")]


def test_a_curly_contraction_has_the_lemma_of_its_straight_twin(analysis_nlp: Language) -> None:
    doc = analysis_nlp("They’re sure and we’ve said so.")
    assert [t.lemma_ for t in doc if t.text in ("’re", "’ve")] == ["be", "have"]
