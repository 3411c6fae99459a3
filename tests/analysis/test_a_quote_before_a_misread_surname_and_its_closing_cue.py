"""A quote before a surname the tagger misreads and a cue that closes the sentence
('"We were all soaked," Pryce laughs.', "laughs" read as a plural noun that "Pryce", taken
for an adjective, qualifies; '"…," Okafor laughs.' read as one name, "Okafor Laughs") is
kept, and is that person's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import quote_speakers, run_with_text, said

HEAD = "Festival braves the rain\n\nHelen Pryce has run the Harrow Hill campsite since 2009.\n\n"


@pytest.mark.parametrize("cue", ["laughs", "jokes", "grins"])
def test_the_quote_before_pryce_laughs_is_hers(analysis_nlp: Language, cue: str) -> None:
    text, result = run_with_text(analysis_nlp, f'{HEAD}"We were all soaked," Pryce {cue}.\n')
    assert said(text, result) == [("Helen Pryce", cue, '"We were all soaked,"')]


def test_a_capitalised_word_opening_the_next_sentence_speaks_no_quote(
    analysis_nlp: Language,
) -> None:
    text = f'{HEAD}"We were all soaked." Nervous laughs.\n'
    assert "Nervous" not in quote_speakers(analysis_nlp, text)


@pytest.mark.parametrize("cue", ["laughs", "recalls"])
def test_a_cue_the_tagger_reads_as_the_end_of_the_name_is_kept(
    analysis_nlp: Language, cue: str
) -> None:
    # "Okafor laughs" is tagged as one name, "Okafor Laughs", unlike "Pryce laughs"
    text, result = run_with_text(
        analysis_nlp,
        "Festival braves the rain\n\nThe downpour began at noon. "
        f'"We were all soaked," Okafor {cue}.\n',
    )
    assert said(text, result) == [("Okafor", cue, '"We were all soaked,"')]
