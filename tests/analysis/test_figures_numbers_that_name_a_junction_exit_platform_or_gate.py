"""The number of a road junction, an exit, a platform or a gate names the place, as "No. 10"
does: "between junctions 40 and 41", "junction 12", "exit 4", "platform 9", "gate 22" are no
figures; a time or a measure after the word is one ("its exit 2 years ago", "a gate 3 metres
high")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("The lorry crashed between junctions 40 and 41 of the M1.", ("40", "41")),
        ("The slip road is closed at junction 12 of the M6 until Friday.", ("12",)),
        ("Take exit 4 and follow the signs to the stadium car park.", ("4",)),
        ("The delayed service to Leeds will now leave from platform 9.", ("9",)),
        ("Passengers for the Lisbon flight should go to gate 22 for boarding.", ("22",)),
        ("Police closed the A1 near Junction 10a on Sunday.", ("10",)),
    ],
)
def test_the_number_of_a_junction_exit_platform_or_gate_is_no_figure(
    nlp: Language, text: str, numbers: tuple[str, ...]
) -> None:
    assert not [w for w in found(nlp, text) if any(n in w for n in numbers)]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Britain's exit 2 years ago cost the firm its biggest market.", "2 years ago"),
        ("A gate 3 metres high now guards the yard.", "3 metres"),
    ],
)
def test_a_time_or_a_measure_after_the_word_is_a_figure(
    nlp: Language, text: str, words: str
) -> None:
    assert words in found(nlp, text)
