"""Text with no full stops (a transcript pasted as one line, a list run together) is no
sentence thousands of words long: the parser's sentences are cut at a bounded length, so
attribution, which reads each cue's clause to its end, takes time in proportion to the text
instead of to the square of the run-on line, and still finds who said what in it."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.pipeline import analyze
from newslens.analysis.sentence_starts import LONGEST_SENTENCE
from newslens.article import Article

RUN_ON = "the mayor said that 3,000 homes were flooded and the council said that roads closed " * 60


def test_no_sentence_is_longer_than_the_bound(analysis_nlp: Language) -> None:
    doc = analysis_nlp(RUN_ON)
    assert max(len(sentence) for sentence in doc.sents) <= LONGEST_SENTENCE


def test_the_run_on_line_still_has_its_speakers_and_figures(analysis_nlp: Language) -> None:
    result = analyze(Article(text=RUN_ON), nlp=analysis_nlp)
    assert {q.speaker for q in result.quotes} >= {"the mayor", "the council"}
    assert all(RUN_ON[f.start : f.end] == f.text == "3,000" for f in result.figures)
    assert len(result.figures) == 60


def test_a_long_paragraph_of_ended_sentences_is_left_to_the_parser(
    analysis_nlp: Language,
) -> None:
    # One paragraph of 400 words in whole sentences (a court report set without breaks):
    # only text with no full stop is cut, so no sentence here is cut short.
    sentence = "The judge said the council had failed to inspect the bridge for nine years. "
    paragraph = sentence * 27
    doc = analysis_nlp(paragraph)
    assert len(doc) > LONGEST_SENTENCE
    assert all(s.text.strip().endswith(".") for s in doc.sents)
