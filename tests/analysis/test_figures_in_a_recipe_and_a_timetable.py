"""A lifestyle piece's recipe and a timetable change: spoons are units ("2 tbsp" 2 tbsp, "½
tsp" 0.5 tsp, not a count of sugar or a share of one half), and "three an hour" is a rate, 3
per hour, as "three times an hour" is (not three hours)."""

from __future__ import annotations

from spacy.language import Language

from .helpers import found

RECIPE = (
    "You will need 250g plain flour, 2 tbsp sugar, ½ tsp salt, 3 large eggs and 300ml milk."
    " Bake at 200C for 25-30 minutes and rest the batter for half an hour.\n"
)
TIMETABLE = (
    "From 18 May, trains between Leeds and York will run every 15 minutes, up from three an"
    " hour. Smokers on the scheme had cut down from 20 a day.\n"
)


def test_spoons_measure(analysis_nlp: Language) -> None:
    figures = found(analysis_nlp, RECIPE)
    assert (figures["2 tbsp"].kind.value, figures["2 tbsp"].value, figures["2 tbsp"].unit) == (
        "quantity",
        2,
        "tbsp",
    )
    assert (figures["½ tsp"].kind.value, figures["½ tsp"].value, figures["½ tsp"].unit) == (
        "quantity",
        0.5,
        "tsp",
    )


def test_so_many_an_hour_is_a_rate(analysis_nlp: Language) -> None:
    figures = found(analysis_nlp, TIMETABLE)
    assert (figures["three an hour"].value, figures["three an hour"].unit) == (3, "per hour")
    assert (figures["20 a day"].value, figures["20 a day"].unit) == (20, "per day")
