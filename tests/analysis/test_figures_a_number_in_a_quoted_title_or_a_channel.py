"""A number in a title quoted in curly marks and in title case, in a sentence that is not, names
the work ("the song “Cold Rain (19 Bullets)”"), as a broadcaster's channel number does ("on
channel 5 at 9pm", "on KXRA Talk 214 weekdays from 6:00 a.m."); neither is a figure. Quoted
words in a headline in title case ("‘Thousands of Fires’") and quoted speech still count."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The song “Cold Rain (19 Bullets)” was written after the 2001 riot.", "19"),
        ("She told “Radio Times Tuesday,” a weekly show, that she would run.", "Tuesday"),
    ],
)
def test_a_number_in_a_quoted_title_is_no_figure(nlp: Language, text: str, number: str) -> None:
    assert not any(number in words for words in found(nlp, text))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Fact Check: Mayor Is Right, ‘Thousands of Fires’ in Leeds this Year.", "Thousands"),
        ("He said there were “nine lost homes” in the town.", "nine"),
        ("The blog asked, “Wait, now it is 12.5% when Poll’ster’ said 9%?”", "12.5%"),
    ],
)
def test_quoted_words_in_a_headline_or_in_speech_still_count(
    nlp: Language, text: str, words: str
) -> None:
    assert words in found(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Watch the final on channel 5 at 9pm.",
        "The Early Show airs on KXRA Talk 214 weekdays from 6:00 a.m. to 9:00 a.m.",
    ],
)
def test_a_channel_number_is_no_figure(nlp: Language, text: str) -> None:
    figures = found(nlp, text).values()
    assert all(f.kind in (FigureKind.TIME, FigureKind.RANGE) for f in figures)
    assert figures
