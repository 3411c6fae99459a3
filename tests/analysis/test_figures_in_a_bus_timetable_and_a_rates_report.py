"""A bus timetable and a rates report: "route 38" names the route and is no figure, as
"platform 9" is; "4bp" is 4 basis points, 0.0004 (not 4 per cent); and in a recipe "1½ cups" and
"¾ cup" are quantities in cups."""

from __future__ import annotations

from spacy.language import Language

from .helpers import facts

TIMETABLE = (
    "Buses on route 38 will run every 7-8 minutes between 7am and 7pm from Monday. Single fares"
    " stay at £1.75.\n"
)
RATES = "The ECB cut by a quarter-point to 3.75%. Ten-year Treasury yields rose 4bp to 4.28%.\n"
OATS = "Mix 1½ cups of oats with ¾ cup of milk and 2 tsp honey.\n"


def found(nlp: Language, text: str) -> dict[str, tuple[str, object, str | None]]:
    return {words: (kind.value, value, unit) for words, kind, value, unit in facts(nlp, text)}


def test_a_bus_routes_number_is_no_figure(analysis_nlp: Language) -> None:
    assert not any(words.startswith("38") for words in found(analysis_nlp, TIMETABLE))


def test_basis_points_abbreviated_bp(analysis_nlp: Language) -> None:
    assert found(analysis_nlp, RATES)["4bp"] == ("percent", 0.0004, None)


def test_cups_measure(analysis_nlp: Language) -> None:
    figures = found(analysis_nlp, OATS)
    assert figures["1½ cups"] == ("quantity", 1.5, "cups")
    assert figures["¾ cup"] == ("quantity", 0.75, "cup")
