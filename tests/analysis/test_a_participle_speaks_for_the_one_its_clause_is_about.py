"""A reporting participle's words are those of the one its sentence is about, however the parse
hung it: "After saying her knee hurt, Lund was taken off by medics" is Lund's, not the medics';
"she said at a news conference announcing …" is hers, not the conference's; and '"…," Kemp
said, suggesting …' is Kemp's even when the parse hangs the participle on the quote before."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run

HEAD = "Harbour town news\n\n"


def speaker_of(analysis_nlp: Language, text: str, cue: str) -> list[str | None]:
    """The speaker of each quote cued by ``cue``."""
    return [q.speaker for q in run(analysis_nlp, HEAD + text).quotes if q.cue == cue]


def test_a_passive_sentence_lends_its_subject_to_the_participle(analysis_nlp: Language) -> None:
    text = (
        'After saying her knee was "too sore to run," Kira Lund was taken off the course '
        "by medics.\n"
    )
    assert speaker_of(analysis_nlp, text, "saying") == ["Kira Lund"]


def test_announcing_at_a_news_conference_is_the_speaker_s(analysis_nlp: Language) -> None:
    text = (
        '"We will rebuild the pier," Mayor Dana Holt said at a news conference announcing '
        "that the city would sue the contractor.\n"
    )
    assert speaker_of(analysis_nlp, text, "announcing") == ["Dana Holt"]


def test_a_participle_after_said_is_the_speaker_s(analysis_nlp: Language) -> None:
    text = (
        '"The voters I meet do not agree with the mayor," Tom Kemp said, suggesting a few '
        'questions, including, "Mayor Holt, do you really think that landlords need a tax '
        'break?"\n'
    )
    assert speaker_of(analysis_nlp, text, "suggesting") == ["Tom Kemp"]


def test_recalling_thinking_is_the_subject_s_words(analysis_nlp: Language) -> None:
    text = 'Harriet Vance said she recalled thinking, "Nobody in this room even sees me."\n'
    assert speaker_of(analysis_nlp, text, "thinking") == ["Harriet Vance"]
