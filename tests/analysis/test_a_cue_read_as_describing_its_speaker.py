"""A cue the parse read as a clause describing the noun before it ("The singer posted on X:
“…”", as if the singer had been posted, and the quote's first word the sentence's verb) is
still that noun's cue: the quote is the singer's, not nobody's. A participle that does describe
its noun ("The soldier posted in Kabul said: …") leaves the speaker to the verb that speaks."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, words


def test_a_post_over_a_colon_is_its_writers(analysis_nlp: Language) -> None:
    text = 'Star hits back\n\nThe singer posted on X: "Thank you all for the kind words."\n'
    result = run(analysis_nlp, text)
    assert [(q.speaker, q.cue, words(text, q)) for q in result.quotes] == [
        ("The singer", "posted", '"Thank you all for the kind words."')
    ]


def test_a_participle_describing_its_noun_leaves_the_speaker_to_the_verb(
    analysis_nlp: Language,
) -> None:
    text = 'Troops home\n\nThe soldier posted in Kabul said: "We are safe and well."\n'
    result = run(analysis_nlp, text)
    assert [(q.speaker, q.cue) for q in result.quotes] == [("The soldier", "said")]
