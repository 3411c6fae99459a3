"""A story that quotes with double marks may quote one paragraph with single ones, as copy
pasted together from British and American papers does: that paragraph's single-quoted words
are one direct quote of the person its cue names, in parts around the cue."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import QuoteKind
from tests.analysis.helpers import run_with_text, words

_STORY = (
    "Ferry fares rise again\n\n"
    'The operator called the rise "unavoidable" and said it had been "long planned".\n\n'
    "'We cannot afford this,' said Joan Pike, 64, who crosses to work every day. "
    "'Nobody asked the people who use the ferry.'\n\n"
    'A spokesman said the company had "no choice".\n'
)


def test_a_single_quoted_paragraph_is_one_direct_quote_of_its_speaker(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(analysis_nlp, _STORY)
    pike = [q for q in result.quotes if q.speaker == "Joan Pike"]
    assert len(pike) == 1
    assert pike[0].kind is QuoteKind.DIRECT
    assert words(text, pike[0]) == (
        "'We cannot afford this,' | 'Nobody asked the people who use the ferry.'"
    )
