"""Words that open with a gerund for their subject ("said making the film had been the
hardest job of her career") are reported whole: the parse reads the gerund as what "said"
takes and the rest as what the making holds."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said


def test_a_gerund_subject_is_part_of_the_words(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Film star speaks\n\n"
        "Nadia Ferris, 41, who plays a coastguard who uncovers a smuggling ring, said making "
        "the film had been the hardest job of her career.\n",
    )
    assert said(text, result) == [
        ("Nadia Ferris", "said", "making the film had been the hardest job of her career")
    ]
