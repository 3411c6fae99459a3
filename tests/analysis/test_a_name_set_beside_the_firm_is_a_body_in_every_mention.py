"""A name set beside "the firm," "the company," or another body's noun ("the union,") is the
body's, however like a person's it reads: after "runs the firm, Hollis Grant," the "Hollis
Grant said it would hire …" of a later paragraph is an organisation; a name set beside a
person's noun ("The singer, Jo Bell,") stays a person."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run

TEXT = (
    "Studio plans approved\n\n"
    "Hollis Grant was given permission on Tuesday to build two sound stages.\n\n"
    '"We are thrilled," said Ana Ruiz, whose sister runs the firm, Hollis Grant, with her.\n\n'
    "Hollis Grant said it would hire 200 people.\n\n"
    "The singer, Jo Bell, said she would play at the opening.\n"
)


def test_the_firm_named_beside_its_noun_is_an_organisation(analysis_nlp: Language) -> None:
    kinds = {s.name: s.kind for s in run(analysis_nlp, TEXT).speakers}
    assert kinds == {
        "Hollis Grant": SpeakerKind.ORGANISATION,
        "Ana Ruiz": SpeakerKind.PERSON,
        "Jo Bell": SpeakerKind.PERSON,
    }


def test_a_name_set_beside_the_union_is_a_body_too(analysis_nlp: Language) -> None:
    text = (
        "Bus drivers to strike\n\n"
        "Drivers at the Eastfield depot will walk out next week.\n\n"
        '"We have no choice," said Maria Lopes, whose sister runs the union, Carter Hale, '
        "with her.\n\n"
        "Carter Hale said it would ballot members again in June.\n\n"
        "The driver, Sam Cole, said he would join the picket line.\n"
    )
    kinds = {s.name: s.kind for s in run(analysis_nlp, text).speakers}
    assert kinds == {
        "Maria Lopes": SpeakerKind.PERSON,
        "Carter Hale": SpeakerKind.ORGANISATION,
        "Sam Cole": SpeakerKind.PERSON,
    }
