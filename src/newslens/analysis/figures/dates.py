"""Dates read from their words: a calendar date, a part of a year or a season, a decade, a date
in digits and the order a story writes those in; and "4/5/16" read month first in a story that
writes its dates so. A clock time is read in ``clock_times``, a length of time in
``lengths_of_time``."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from newslens.analysis.figures.lengths_of_time import _duration
from newslens.analysis.figures.numbers import UNITS_SMALL, _number, _ordinal
from newslens.analysis.figures.units import unit_of_time
from newslens.analysis.model import Figure, FigureKind

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
SEASONS = ("spring", "summer", "autumn", "fall", "winter")


# "fiscal 2025", "the financial year 2024-25", "FY2025", "FY25": a financial year is named by
# its year (or the two it spans), as "2023-24" is.
_FISCAL_YEAR = re.compile(
    r"(?:the\s+)?(?:fiscal|financial)\s+(?:year\s+)?(?=(?:1[5-9]|20)\d\d\b)|FY\s?(?:20)?(?=\d\d\b)",
    re.IGNORECASE,
)


def _fiscal_year_as_years(core: str) -> str:
    """ "fiscal 2025" → "2025", "FY25" → "2025", "FY 2024-25" → "2024-25"; else ``core``."""
    fiscal = _FISCAL_YEAR.match(core.strip())
    if fiscal is None:
        return core
    years = core.strip()[fiscal.end() :]
    return "20" + years if re.match(r"\d\d(?!\d)", years) else years


def names_month(words: str) -> bool:
    """Whether ``words`` name a month: "October 1", "4 Oct.", "March"."""
    return any(w.rstrip(".") in MONTHS for w in words.lower().replace(",", " ").split())


def years_spanned(core: str) -> tuple[int, int] | None:
    """ "2023-24" → (2023, 2024), "2018/19", "1999-2001", "FY25-26"; None unless the second
    year is later."""
    core = re.sub(r"^FY\s?(?:20)?(\d\d)(?=[-–/])", r"20\1", core.strip())
    match = re.fullmatch(r"((?:1[5-9]|20)\d\d)\s?[-–/]\s?(\d{4}|\d\d)", core)
    if match is None:
        return None
    first, second = int(match.group(1)), match.group(2)
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    return (first, last) if last > first else None


# Words after an ordinal that name a part of the calendar, not a rank: "the 14th century".
_CALENDAR_PART = re.compile(r"\b(?:century|centuries|quarter|half)\b")


_DETERMINERS = frozenset(["the", "a", "an", "this", "that", "last", "next", "each", "every"])


def unit_ordered(words: list[str]) -> str | None:
    """The unit of time an ordinal's words end with, which it orders: "minute" of "the 89th
    minute" and of "78th minutes" (the last of "the 12th and 78th minutes"), "day" of "the 14th
    day", "his first full day"; none for "its 40th anniversary", "the second" alone or "its
    second this year" (the second of something else, this year)."""
    if len(words) < 2 or words[-2] in _DETERMINERS or _ordinal(" ".join(words[:-1])) is None:
        return None
    unit = unit_of_time(words[-1])
    return unit if unit is not None and words[-1] in (unit, f"{unit}s") else None


def _date(core: str) -> tuple[FigureKind, float | str | None, str | None]:
    # "February 24, 2022" loses its comma; "1,200 days" keeps the one inside its number.
    lowered = re.sub(r",(?!\d{3}\b)", " ", core.lower())
    words = lowered.split()
    duration = _duration(words)
    if duration is not None:
        return FigureKind.QUANTITY, duration[0], duration[1]
    # "at age 16", "the age of 60": an age named as one, in years as "a 16-year-old" is.
    age = _AGE.fullmatch(lowered.strip())
    years_old = _number(age.group(1)) if age is not None else None
    if years_old is not None:
        return FigureKind.QUANTITY, years_old, "years"
    # An age: "Anke Rau, 34", "children under five", "aged 65+"; a number with thousands is no
    # date either ("closed at 5,567.19").
    if re.fullmatch(r"\d{1,3}(?:,\d{3})*(?:\.\d+)?\+?", lowered.strip()) or all(
        w in UNITS_SMALL for w in re.split(r"[\s-]+", lowered.strip())
    ):
        return FigureKind.COUNT, _number(lowered), None
    numeric = _numeric_date(core)
    if numeric is not None:
        return FigureKind.DATE, numeric, None
    # Read with its commas: "the second quarter, 2024 sales" is the model's span run on.
    part = _part_of_year(core.lower())
    if part is not None:
        return FigureKind.DATE, part, None
    # "by 2100": climate and budget stories reach into the next century.
    year_match = re.search(r"\b(1[5-9]\d\d|20\d\d|2100)\b(?!s)", lowered)
    year = year_match.group(1) if year_match else None
    month = next((MONTHS[w.rstrip(".")] for w in words if w.rstrip(".") in MONTHS), None)
    day_match = re.search(r"(?<![\d,])(\d{1,2})(?:st|nd|rd|th)?\b(?!\s?(?:\d|years?))", lowered)
    day = int(day_match.group(1)) if day_match and month is not None else None
    # "the 14th", "the 14th month in a row", "its 40th anniversary": a rank, not a day; "the 14th
    # century", "the first quarter", "the second half" name a part of the calendar.
    ordinal = _ordinal(lowered)
    undated = month is None and year is None and not any(w in WEEKDAYS for w in words)
    calendar_part = _CALENDAR_PART.search(lowered)
    if undated and ordinal is not None and calendar_part is None:
        return FigureKind.ORDINAL, ordinal, unit_ordered(words)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", core.strip()):
        return FigureKind.DATE, core.strip(), None
    if month is not None and day is not None and 1 <= day <= 31:
        return FigureKind.DATE, f"{year or '-'}-{month:02d}-{day:02d}", None
    if month is not None and year is not None:
        return FigureKind.DATE, f"{year}-{month:02d}", None
    # "late 2014", "early April", "the end of March": a part of a year or a month is valued as
    # the year or the month it falls in, as "late September 2014" is "2014-09".
    within = _PART_OF.match(lowered.strip())
    whole = lowered.strip()[within.end() if within is not None else 0 :]
    if year is not None and re.fullmatch(r"(?:in |the year )?\d{4}", whole):
        return FigureKind.DATE, year, None
    season = _SEASON.fullmatch(whole) if year is not None else None
    if season is not None:
        return FigureKind.DATE, _season_value(season), None
    century = _CENTURY.fullmatch(whole)
    nth = _ordinal(century["nth"]) if century is not None else None
    if nth is not None and nth.is_integer() and 1 <= nth <= 21:
        return FigureKind.DATE, f"{int(nth) - 1:02d}XX", None  # EDTF: "the 19th century" → "18XX"
    decade = re.search(r"\b(1[5-9]\d|20\d)0['’]?s\b", lowered)
    if decade is not None and month is None:
        first = decade.group(1)
        if first.startswith("1") and first.endswith("0"):
            # "the 1800s", "the early 1900s": a century as papers use it ("the 2000s" a decade)
            return FigureKind.DATE, f"{first[:2]}XX", None
        return FigureKind.DATE, f"{first}X", None  # EDTF: "the 1990s" → "199X"
    short = two_digit_decade(lowered)
    if short is not None and month is None:
        return FigureKind.DATE, short, None
    if month is not None and year is None and len(whole.split()) == 1:
        return FigureKind.DATE, f"--{month:02d}", None
    return FigureKind.DATE, None, None


# "the ’90s", "the '90's", "the 90's": the 1930s to the 1990s, and the ’00s and ’10s; the ’20s
# may be either century's.
_TWO_DIGIT_DECADE = re.compile(r"(?<![\w.,])(?P<elided>['’‘])?(?P<digit>[013-9])0['’]?s\b")


def two_digit_decade(words: str, elided: bool = True) -> str | None:
    """The decade ``words`` name by its last two digits ("the ’90s" → "199X"), else None.

    Only after the apostrophe that stands for the century, unless ``elided`` is false: "the
    90s" and "the 90's" may be a temperature or a golf score where nothing else says they are
    a time.
    """
    match = _TWO_DIGIT_DECADE.search(words)
    if match is None or (elided and match["elided"] is None):
        return None
    digit = match["digit"]
    return f"{'20' if digit in '01' else '19'}{digit}X"


# A quarter or a half of a named calendar year: "Q3 2024", "the third quarter of 2024", "H2 2025",
# "2H 2024", "2024's first half", "the final quarter of 2022". A fiscal one ("the third quarter of
# fiscal 2024", "Q3 FY24") matches none of these: its months depend on where the company's year
# starts, which the words do not say.
_YEAR = r"(?P<year>(?:1[5-9]|20)\d\d)"
# "third-quarter 2024 results" and "the bank's 2024 second-quarter profit" join the part to
# the noun it comes before.
_NTH_PART = (
    r"(?P<nth>first|second|third|fourth|final|last|1st|2nd|3rd|4th)(?:\s+|-)(?P<part>quarter|half)"
)
_PARTS_OF_YEAR = (
    re.compile(rf"(?:the\s+)?{_NTH_PART}\s+(?:of\s+)?{_YEAR}"),
    re.compile(rf"{_YEAR}(?:['’]s)?\s+{_NTH_PART}"),
    re.compile(rf"(?P<part>[qh])(?P<nth>[1-4])\s+(?:of\s+)?{_YEAR}"),
    re.compile(rf"(?P<nth>[1-4])(?P<part>[qh])\s+{_YEAR}"),
)
_A_PART = re.compile(r"quarter|half|halves|\b[qh][1-4]\b|\b[1-4][qh]\b")
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_ONE_NTH = rf"(?:{'|'.join(_NTH)})"
# "the third and fourth quarters of 2025", "the first, second and third quarters of 2025", "the
# first and second halves of 2024": parts of a year listed, which the model tags as one date
# or as ranks and a year.
_PARTS_LISTED = re.compile(
    rf"(?:the\s+)?(?P<nths>(?:{_ONE_NTH},\s+)*{_ONE_NTH},?\s+and\s+{_ONE_NTH})\s+"
    rf"(?P<parts>quarters|halves)\s+(?:of\s+)?{_YEAR}",
    re.IGNORECASE,
)


def _part_of_year(lowered: str) -> str | None:
    """ "q3 2024" → "2024-07/2024-09", "the first half of 2023" → "2023-01/2023-06".

    The interval of the part's first and last months, each a month of reduced precision, as a
    financial year is the interval of its two years ("2023/2024") and a range its two bounds:
    the form a reader of the other dates already knows. (EDTF's sub-year codes, "2024-35" for
    a third quarter, say the same but few readers would know them.)
    """
    words = lowered.strip()
    if _A_PART.search(words) is None:
        return None  # most dates, at one test rather than four
    match = next((m for p in _PARTS_OF_YEAR if (m := p.fullmatch(words)) is not None), None)
    if match is None:
        listed = _PARTS_LISTED.fullmatch(words)
        return None if listed is None else _parts_in_turn(listed)
    months = 3 if match["part"] in ("quarter", "q") else 6
    nth = match["nth"]
    # "the final quarter", "the last half": the year's last part.
    number = int(nth) if nth.isdigit() else _NTH.get(nth, 12 // months)
    if number > 12 // months:
        return None  # "H3 2024" names no half
    year, first = match["year"], (number - 1) * months + 1
    return f"{year}-{first:02d}/{year}-{first + months - 1:02d}"


def _parts_in_turn(listed: re.Match[str]) -> str | None:
    """ "the third and fourth quarters of 2025" → "2025-07/2025-12": parts of a year in turn are
    the interval from the first's first month to the last's last, as one part is the interval
    of its own; "the first and third quarters" leave a gap, and no interval."""
    numbers = [_NTH[nth.lower()] for nth in re.findall(_ONE_NTH, listed["nths"], re.IGNORECASE)]
    months = 3 if listed["parts"].lower() == "quarters" else 6
    in_turn = all(b == a + 1 for a, b in pairwise(numbers))
    if not in_turn or numbers[-1] > 12 // months:
        return None
    year, first = listed["year"], (numbers[0] - 1) * months + 1
    return f"{year}-{first:02d}/{year}-{numbers[-1] * months:02d}"


# The plural parts as a sentence, a title-case headline or capitals write them.
_PARTS_WORDS = ("quarters", "Quarters", "QUARTERS", "halves", "Halves", "HALVES")


def _parts_listed(text: str, figures: list[Figure]) -> list[Figure]:
    """Parts of a year listed before their year, which the model may tag as ranks and a year
    ("the first, second and third quarters of 2025"), are one date, valued as the parts in turn
    are (see ``_parts_in_turn``)."""
    if not any(word in text for word in _PARTS_WORDS):
        return figures  # most articles, at a few tests
    for listed in _PARTS_LISTED.finditer(text):
        start, end = listed.span()
        inside = [f for f in figures if f.start < end and start < f.end]
        if not inside or any(f.start < start or end < f.end for f in inside):
            continue
        date = Figure(start, end, listed.group(), FigureKind.DATE, _parts_in_turn(listed))
        figures = (
            [f for f in figures if f.end <= start] + [date] + [f for f in figures if f.start >= end]
        )
    return figures


def _parts_of_named_years(text: str, figures: list[Figure]) -> list[Figure]:
    """A part of a year the model tags apart from the year it names, "third-quarter 2024",
    "2024 second-quarter", is one date, valued as "the third quarter of 2024" is."""
    out: list[Figure] = []
    for figure in figures:
        first = out[-1] if out else None
        dates = first is not None and first.kind is figure.kind is FigureKind.DATE
        if first is None or not dates or text[first.end : figure.start] not in (" ", " of "):
            out.append(figure)
            continue
        words = text[first.start : figure.end]
        value = _part_of_year(words.lower())
        if value is None:
            out.append(figure)
        else:
            out[-1] = replace(first, end=figure.end, text=words, value=value)
    return out


# "summer 2024", "the spring of 2023", "winter 2022-23": a season of a named year.
_SEASON = re.compile(
    rf"(?:the\s+)?(?P<season>{'|'.join(SEASONS)})\s+(?:of\s+)?"
    r"(?P<year>(?:1[5-9]|20)\d\d)(?:[-–/](?P<next>\d\d(?:\d\d)?))?"
)


def _season_value(season: re.Match[str]) -> str | None:
    """A season's year, as "late 2014" is valued "2014", when the words leave no doubt which.

    Spring and autumn fall inside their year in either hemisphere (March to May or September
    to November), so "spring 2023" is "2023". A summer or a winter is the season of the
    hemisphere the story is in, which nothing in the words says: a southern summer and a
    northern winter run over the new year, and "summer 2024" in Sydney may end in 2025, or
    "winter 2023" in Chicago begin in 2022, so those have no value, only their span as a date.
    (EDTF's season codes, "2024-22" for summer, leave the hemisphere open too, but read as
    a 22nd month to anyone who does not know them.) Named by the two years it spans, "winter
    2022-23" is those years, as "2022-23" alone is.
    """
    if season["next"] is not None:
        years = years_spanned(f"{season['year']}-{season['next']}")
        return None if years is None else f"{years[0]}/{years[1]}"
    if season["season"] in ("summer", "winter"):
        return None
    return season["year"]


# "the 19th century", "the nineteenth century": its years are its hundred, "18XX", as "the 1800s"
# are read in speech (a part of it, "the early 19th century", is valued as the whole).
_CENTURY = re.compile(r"(?:the\s+)?(?P<nth>\w+)[\s-]+century")
_PART_OF = re.compile(r"(?:the\s+)?(?:early|mid|late|(?:end|start|beginning|middle)\s+of)[-\s]+")
_AGE = re.compile(r"(?:at\s+)?(?:the\s+)?age\s+(?:of\s+)?(\d{1,3}|[a-z]+(?:[-\s][a-z]+)?)")


# "21/03/2024", "3.4.2024", and the American "9/17/16", whose two-digit year only a slash marks.
_NUMERIC_DATE = re.compile(r"(\d{1,2})([/.])(\d{1,2})\2(\d{4}|(?<=/)\d\d)")


def _numeric_date(core: str, month_first: bool = False) -> str | None:
    """ "21/03/2024" → "2024-03-21"; "03/21/2024" and "3/21/24" → "2024-03-21".

    Day first, as most of the English-speaking world writes it, unless only the month-first
    reading is a date, or ``month_first`` says the story writes its dates the American way
    (see ``writes_month_first``); "04/05/2024" is 4 May, or April 5. A two-digit year is read
    as POSIX reads one: 69-99 the 1900s, 00-68 the 2000s.
    """
    match = _NUMERIC_DATE.fullmatch(core.strip())
    return None if match is None else _date_of_numbers(match, month_first)


def _date_of_numbers(match: re.Match[str], month_first: bool) -> str | None:
    """The date of a match of ``_NUMERIC_DATE`` (see ``_numeric_date``)."""
    first, second, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
    swapped = first <= 12 < second or (month_first and first <= 12 and second <= 12)
    day, month = (second, first) if swapped else (first, second)
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    if year < 100:
        year += 1900 if year >= 69 else 2000
    return f"{year}-{month:02d}-{day:02d}"


def month_first_date(core: str) -> str | None:
    """The date a numeric date that reads both ways ("4/5/16") is when read month first, else
    None."""
    match = _NUMERIC_DATE.fullmatch(core.strip())
    if match is None or max(int(match.group(1)), int(match.group(3))) > 12:
        return None
    return _date_of_numbers(match, month_first=True)


_NUMERIC_DATES = re.compile(rf"(?<![\d/.]){_NUMERIC_DATE.pattern}(?![/.]?\d)")
# Capitalised, as a month's name is ("may 5" is no date).
_MONTH_WORD = "|".join(name.capitalize() for name in sorted(MONTHS, key=len, reverse=True))
_MONTH_THEN_DAY = re.compile(rf"\b(?:{_MONTH_WORD})\.? \d{{1,2}}(?:st|nd|rd|th)?\b(?![.,:]\d)")
_DAY_THEN_MONTH = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{_MONTH_WORD})\b")


def writes_month_first(text: str) -> bool:
    """Whether a story writes its dates month first, as American papers do: a date in digits
    that reads only that way ("9/17/16"), or, with none in either order, its dates in words
    ("Sept. 3", "September 17", and never "17 September"). A story that writes both ways is
    read day first, as one with no dates at all is."""
    unambiguous: set[bool] = set()
    for match in _NUMERIC_DATES.finditer(text):
        first, second = int(match.group(1)), int(match.group(3))
        if min(first, second) <= 12 < max(first, second):
            unambiguous.add(first <= 12)
    if unambiguous:
        return unambiguous == {True}
    return _MONTH_THEN_DAY.search(text) is not None and _DAY_THEN_MONTH.search(text) is None


def _dates_month_first(text: str, story: bool | None, figures: list[Figure]) -> list[Figure]:
    """ "4/5/16" is April 5 in a story that writes its dates the American way (see
    ``writes_month_first``), as "9/17/16" or "Sept. 3" show; 4 May elsewhere.
    ``story`` is whether the whole article does, when ``text`` is one chunk of it."""
    month_first = [month_first_date(f.text) if f.kind is FigureKind.DATE else None for f in figures]
    if not any(month_first):
        return figures
    if not (writes_month_first(text) if story is None else story):
        return figures
    return [
        f if value is None else replace(f, value=value)
        for f, value in zip(figures, month_first, strict=True)
    ]
