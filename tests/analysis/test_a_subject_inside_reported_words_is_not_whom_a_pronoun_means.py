""" "The agency said the barrier had been "properly maintained" and that an inquiry was under
way. It added …": "it" is the agency that spoke, not the inquiry its words tell of. A few
quoted words inside the reported clause leave its subjects the speaker's words, for a later
"it" and "he" alike."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers

HEAD = "Flood barrier failed\n\nThe barrier at Lowmoor gave way last week. "


def test_it_after_a_body_s_words_with_a_quoted_phrase_is_the_body(
    analysis_nlp: Language,
) -> None:
    text = (
        f'{HEAD}In a statement, the agency said the barrier had been "properly maintained" '
        "and that an inquiry was under way. It added that 212 homes had been affected.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["the agency", "the agency"]


def test_he_after_a_man_s_words_about_another_man_is_the_speaker(
    analysis_nlp: Language,
) -> None:
    text = f'{HEAD}Tom Reed said John Hale had "misled" the board. He added that he would appeal.\n'
    assert quote_speakers(analysis_nlp, text) == ["Tom Reed", "Tom Reed"]
