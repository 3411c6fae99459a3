"""A vox pop prints each answer after the name of who gave it and who they are, with no verb
("Ellen Marsh, 34, a nurse from Dunmore: “…”"): the quote is that person's, shown with the
colon for its cue, not with a word of the description ("retired"). A name followed by what
they did ("Jo Hill, who runs the cafe, said: “…”") is read by its verb as before."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

HEAD = (
    "What shoppers think of the new market hall\n\n"
    "The market hall opened on Saturday after a £9m refit. We asked shoppers what they thought.\n\n"
)


def test_each_answer_of_a_vox_pop_is_the_named_person_s(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        f'{HEAD}Ellen Marsh, 34, a nurse from Dunmore: "The prices have gone up a lot."\n\n'
        'Raj Patel, 61, retired: "They have kept the old clock, which I am glad about."\n\n'
        'Jo Hill, who runs the cafe, said: "We have lost half our trade."\n\n'
        'In Leeds, the mood was different: "This is a great day," one trader said.\n\n'
        'Sophie Grant, 19, student: "There is nowhere to sit any more."\n',
    )
    assert [(who, cue, words) for who, cue, words in said(text, result) if cue != "asked"] == [
        ("Ellen Marsh", ":", '"The prices have gone up a lot."'),
        ("Raj Patel", ":", '"They have kept the old clock, which I am glad about."'),
        ("Jo Hill", "said", '"We have lost half our trade."'),
        ("one trader", "said", '"This is a great day,"'),
        ("Sophie Grant", ":", '"There is nowhere to sit any more."'),
    ]
