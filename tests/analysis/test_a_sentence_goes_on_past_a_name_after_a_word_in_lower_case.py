"""A sentence never starts at a capitalised word right after a word in lower case, with no
mark between: the parser may end one at "would back" and start the next at the name, which
cut the words short ("would back | Trump, while …")."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said


def test_a_poll_s_words_run_past_the_name(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Race tightens\n\n"
        "In the new poll, 45 percent would choose the governor and 41 percent would back "
        "Trump, while 6 percent prefer someone else.\n",
    )
    assert [words for _, _, words in said(text, result)] == [
        "45 percent would choose the governor and 41 percent would back Trump, while 6 percent "
        "prefer someone else"
    ]


def test_the_parse_keeps_one_sentence(analysis_nlp: Language) -> None:
    doc = analysis_nlp(
        "According to the survey, 45 percent would choose the governor and 41 percent would "
        "back Trump, while 6 percent prefer someone else.\n"
    )
    assert len([s for s in doc.sents if not s.text.isspace()]) == 1
