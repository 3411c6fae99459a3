"""The rules for dates the model misses or mislabels, tried before all others: a date or a
financial year in digits ("21/03/2024", "FY25-26", "2023-24"), a quarter and its year ("Q3
2022"), a day of a month, a decade ("the 1990's") and a decade of life; see
:mod:`newslens.analysis.figures.rules`."""

from __future__ import annotations

import re

from newslens.analysis.figures.ages import _DECADE_OF_LIFE
from newslens.analysis.figures.patterns import _DAY_OF_MONTH, _MONTHS, _opening_on, _opening_with
from newslens.analysis.model import FigureKind

# "Q3 2022", "profits rose in Q3": a quarter and its year, or a quarter of the year the story
# is in, as "the third quarter" is, which the model may take for a name (a product's name, "Audi
# Q3 2020", "the Audi Q3", "bought a Q3", is none: see ``_names_a_thing``).
_QUARTER = _opening_with(
    "Q", r"\bQ[1-4] (?:1[5-9]|20)\d\d\b|(?<!\ba )(?<!\ban )\bQ[1-4]\b(?![./]\d)"
)

# "the 1990's", "the '90's", "the 90's": a decade written with an apostrophe before its "s",
# which the model reads as the number alone (a count of 90, the year 1990). In four digits only
# after "the": "1990's budget" is the year's. Which two-digit ones are decades
# ``dates.two_digit_decade`` decides, as for "the ’90s" ("her 90's" is an age); the apostrophe
# in front of two digits, which stands for the century, joins the match in
# ``rule_matches._rule_candidates``.
_DECADE_WITH_S = _opening_with(
    r"\d",
    r"(?:(?<=the )|(?<=early )|(?<=mid )|(?<=mid-)|(?<=late ))(?:1[5-9]|20)\d0['’]s\b"
    r"|(?<![\w.,-])\d0['’]s\b",
)


_DATE_RULES: tuple[tuple[FigureKind, re.Pattern[str]], ...] = (
    (FigureKind.DATE, _opening_with(r"\d", r"\b(?:1[5-9]|20)\d\d-[01]\d-[0-3]\d\b")),
    # "21/03/2024", "3.4.2024", "9/17/16": a date in digits, day and month in an order
    # dates._numeric_date settles (``_dates_month_first`` in an American story); a
    # two-digit year only after a slash, as "1.2.10" numbers a section or a version.
    (
        FigureKind.DATE,
        _opening_with(
            r"\d",
            r"\b[0-3]?\d([/.])[0-3]?\d\1(?:(?:1[5-9]|20)\d\d\b|(?<=/)\d\d\b(?![/.,]\d))",
        ),
    ),
    # "FY25-26", "FY2026": a financial year by its initials.
    (FigureKind.DATE, _opening_with("F", r"\bFY\s?(?:20)?\d\d(?:[-–/](?:20)?\d\d)?\b(?![-–/]\d)")),
    (FigureKind.DATE, _QUARTER),
    # "2023-24", "2018/19": a financial year or a season, named by the two years it spans.
    (
        FigureKind.DATE,
        _opening_with(r"\d", r"\b(?:1[5-9]|20)\d\d[-–/](?:(?:1[5-9]|20)\d\d|\d\d)\b(?![-–/]\d)"),
    ),
    (
        FigureKind.DATE,
        _opening_on(
            _MONTHS,
            _opening_with(r"\dJFMASOND", rf"\b{_DAY_OF_MONTH}(?:,? (?:1[5-9]|20)\d\d\b)?"),
        ),
    ),
    (FigureKind.DATE, _DECADE_WITH_S),
    (FigureKind.DATE, _DECADE_OF_LIFE),
)
