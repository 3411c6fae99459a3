"""Who said what in styles of news the rules were not first written for: social posts,
press-conference questions."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import QuoteKind
from tests.analysis.helpers import run_with_text


def test_the_platform_a_post_went_up_on_is_no_speaker(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        'The 29-year-old later posted on Instagram: "I am so sorry to everyone who came."',
    )
    (quote,) = result.quotes
    assert quote.kind is QuoteKind.DIRECT
    assert quote.speaker != "Instagram"


def test_the_one_asked_answers_not_the_one_asking(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "Manager Daniel Okafor spoke on Friday. Okafor was asked by one reporter whether he"
        " regretted leaving the captain on the bench.\n\n"
        '"No, not at all," he replied. "Sam needed a break."',
    )
    (answer,) = [q for q in result.quotes if q.kind is QuoteKind.DIRECT]
    assert answer.speaker == "Daniel Okafor"
    asked = next(q for q in result.quotes if q.cue == "asked")
    assert asked.speaker == "one reporter"


def test_a_feature_quote_after_she_is_the_one_person_introduced(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "After 41 years in teaching, Margaret Ellis will leave Hillside Primary this summer."
        " She spoke to the Gazette about what has changed.\n\n"
        '"When I started, we had chalk and a blackboard and not much else.\n\n'
        '"Now everything is different, and children arrive knowing so much more."',
    )
    (quote,) = [q for q in result.quotes if q.kind is QuoteKind.DIRECT]
    assert quote.speaker == "Margaret Ellis"
    assert text[quote.start : quote.end].endswith('so much more."')


def test_a_denied_claim_ends_before_a_closing_telling(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Jansen rejected claims that he had influenced the process, telling a council meeting"
        " on Monday that he had never discussed it.",
    )
    rejected = next(q for q in result.quotes if q.cue == "rejected")
    assert text[rejected.start : rejected.end] == "claims that he had influenced the process"
    telling = next(q for q in result.quotes if q.cue == "telling")
    assert text[telling.start : telling.end] == "that he had never discussed it"


def test_the_paper_that_saw_an_email_did_not_write_it(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        'Smith wrote in an email seen by the Herald: "I am not comfortable with these answers."',
    )
    (quote,) = result.quotes
    assert quote.speaker == "Smith"
    assert quote.cue == "wrote"


def test_a_statement_read_though_read_is_tagged_a_noun(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        '"We wish him well in the future," a club statement read.\n\n'
        'A statement from his family read: "He was a loving father."',
    )
    speakers = [q.speaker for q in result.quotes if q.kind is QuoteKind.DIRECT]
    assert speakers == ["a club statement", "A statement from his family"]
    assert all(q.cue == "read" for q in result.quotes)


def test_has_told_how_is_the_subject_telling(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "A mum has told how she had to throw her baby to neighbours after a fire.",
    )
    (quote,) = result.quotes
    assert quote.speaker == "A mum"
    assert quote.cue == "told"
