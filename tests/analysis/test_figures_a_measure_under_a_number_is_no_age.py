"""A measure under or over a number is no one's age, even where the model takes the measure's
word for a person: "Turnout was under fifty" and "Turnout was under 50" are at most 50, a count,
not at most 50 years; "Most were under 18" is still an age."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.figures import find_figures
from newslens.analysis.model import FigureKind, Qualifier

BY_ELECTION = (
    "Quiet polling day in Ashby\n\n"
    "Council officials in Ashby said on Thursday that few voters had turned out.\n\n"
    "Mary Stone, the returning officer, said the count had gone smoothly.\n\n"
    "Turnout was under fifty in several wards. Turnout was under 50 at the school.\n"
)


def test_a_measure_under_a_number_is_no_age(analysis_nlp: Language) -> None:
    bounds = [
        (f.text, f.kind, f.value, f.unit, f.qualifier)
        for f in find_figures(analysis_nlp(BY_ELECTION))
        if f.text.startswith("under")
    ]
    assert bounds == [
        ("under fifty", FigureKind.COUNT, 50.0, None, Qualifier.AT_MOST),
        ("under 50", FigureKind.COUNT, 50.0, None, Qualifier.AT_MOST),
    ]
