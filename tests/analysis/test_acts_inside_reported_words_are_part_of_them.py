"""Inside someone's reported words, a verb of asking or backing whose words are an act
("before asking families to pay more", "she supported hiring more nurses") and a promise
no one is named for are part of those words, not a second report."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, words


def cues_and_words(nlp: Language, text: str) -> list[tuple[str | None, str]]:
    return [(q.cue, words(text, q)) for q in run(nlp, text).quotes]


def test_asking_inside_a_councillors_words_is_his(analysis_nlp: Language) -> None:
    text = "Councillor Ben Hale said the town should have cut costs before asking families to pay more.\n"
    assert cues_and_words(analysis_nlp, text) == [
        ("said", "the town should have cut costs before asking families to pay more")
    ]


def test_backing_inside_her_words_is_hers(analysis_nlp: Language) -> None:
    text = "Lee said she supported hiring more nurses but objected to a new car park.\n"
    assert [c for c, _ in cues_and_words(analysis_nlp, text)] == ["said"]


def test_a_promise_inside_reported_words_is_no_quote_of_its_own(analysis_nlp: Language) -> None:
    text = "Critics said the minister had broken a pledge to scrap tuition fees in Wales.\n"
    assert cues_and_words(analysis_nlp, text) == [
        ("said", "the minister had broken a pledge to scrap tuition fees in Wales")
    ]


def test_a_report_inside_reported_words_is_still_its_own(analysis_nlp: Language) -> None:
    text = "Lee said the mayor had told staff that the depot would close.\n"
    assert [c for c, _ in cues_and_words(analysis_nlp, text)] == ["said", "told"]
