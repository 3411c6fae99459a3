"""A US party tag whose state is cut short with a full stop ("D-Mass.", "R-N.Y.") ends its
sentence when a quote or a capitalised word follows, though the tokenizer keeps the full stop
in the tag: the quote after it goes on with the speaker just named. A tag with a comma after it
goes on in its sentence."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said, words


def test_a_quote_after_a_tag_ending_the_sentence_goes_on(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Senate blocks bill\n\n"
        '"We are not going to hand a blank check to anyone," said Sen. Ann Cole, D-Mass. '
        '"Republicans know exactly what it would take."\n',
    )
    assert [(q.speaker, words(text, q)) for q in result.quotes] == [
        (
            "Ann Cole",
            '"We are not going to hand a blank check to anyone," | '
            '"Republicans know exactly what it would take."',
        )
    ]


def test_a_tag_with_a_comma_after_it_keeps_its_sentence(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Senate blocks bill\n\nSen. Ann Cole, D-Mass., said the vote was close.\n",
    )
    assert said(text, result) == [("Ann Cole", "said", "the vote was close")]
