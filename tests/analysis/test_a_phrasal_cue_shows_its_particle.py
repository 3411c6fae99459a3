"""A reporting verb with a particle ("pointed out", "spelled out") is shown whole as the
cue: "pointed" alone is not what the speaker did."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run


def test_pointed_out_is_the_cue(analysis_nlp: Language) -> None:
    text = "The mayor pointed out that the bridge had been closed twice this winter.\n"
    quote = run(analysis_nlp, text).quotes[0]
    assert quote.cue == "pointed out"
    assert quote.cue_span is not None
    assert text[quote.cue_span[0] : quote.cue_span[1]] == "pointed out"


def test_a_cue_without_a_particle_is_the_verb(analysis_nlp: Language) -> None:
    text = "The mayor said that the bridge had been closed twice this winter.\n"
    assert [q.cue for q in run(analysis_nlp, text).quotes] == ["said"]
