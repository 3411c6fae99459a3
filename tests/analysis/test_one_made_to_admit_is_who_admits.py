"""Words after "forced Voss to admit" or "urged him to say" are those of the one forced or
urged, not of the one who forced them."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, words


def test_the_one_forced_to_admit_speaks(analysis_nlp: Language) -> None:
    text = (
        "Bank inquiry\n\nSenator Ruth Hale forced Carl Voss, who was under questioning, to "
        "admit that no managers had been punished.\n"
    )
    quotes = run(analysis_nlp, text).quotes
    assert [(q.speaker, q.cue, words(text, q)) for q in quotes] == [
        ("Carl Voss", "admit", "that no managers had been punished")
    ]


def test_a_promise_to_reveal_stays_the_promiser_s(analysis_nlp: Language) -> None:
    text = "Bank inquiry\n\nRuth Hale promised Voss to reveal that the board knew.\n"
    quotes = run(analysis_nlp, text).quotes
    assert [(q.speaker, q.cue) for q in quotes if q.cue == "reveal"] == [("Ruth Hale", "reveal")]
