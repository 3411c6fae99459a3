"""Time stamps and dates in a text's lines: a page's "Updated 6:42 p.m. ET" (:func:`time_stamp`),
the time over a live blog's entry (:func:`is_entry_time`), a date alone on its line, and the ISO
date of a date as a page writes it (:func:`written_date`)."""

from __future__ import annotations

import datetime
import re

# A date alone on its line, "Tuesday 3 March 2026", "Mar. 3, 2026": the day's date under a
# newsletter's masthead, or at the top of a page whose masthead or headline went to the header.
# Further down, a date on its own heads an entry of a timeline, which is the story's.
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?"
_MONTH_NAME = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_MONTH = rf"(?:{_MONTH_NAME})\.?"
_LONE_DATE = re.compile(
    rf"(?:{_WEEKDAY}\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?)\s+\d{{4}}",
    re.IGNORECASE,
)

# A page's time stamp, "Updated 6:42 p.m. ET, March 3, 2026" or "Published: 2 hours ago", or a
# press release's "For immediate release: 2 December 2026": furniture when every word after the
# lead is part of a date or a time, so "Updated figures show …" is prose.
_STAMP = re.compile(
    r"^\W*(?P<label>(?:last\ |first\ )?(?:updated|published|posted|modified)"
    r"|for\ immediate\ release)\b(?:\ (?:on|at))?\W*(?P<when>.*)$",
    re.IGNORECASE | re.VERBOSE,
)
_SIGNED = re.compile(r"\s+by(?P<names>(?:\s+(?:[A-Z][\w'’.-]*|and|&))+)\s*$")
# Or signed before the date, the post's categories perhaps between: "Posted by Ruth Bellamy in
# Allotment News, Winter on 3 December 2026".
_SIGNED_FIRST = re.compile(
    r"by\s+(?P<names>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|and|&))*)(?:\s+in\s+.+?)?\s+(?:on|at)\s+"
)
_STAMP_WORD = re.compile(
    rf"""\d+ | {_MONTH_NAME} |
        (?:mon|tues|wednes|thurs|fri|satur|sun)day | mon | tues? | wed | thu(?:rs?)? | fri | sat |
        sun | [ap]m? | m |
        [ecmp][sd]?t | gmt | utc | bst | cest? | ist | aed?st | sast | wat | eat | uk |
        on | at | ago | mins? | minutes? | h | hrs? | hours? | days? | weeks? | yesterday | today |
        st | nd | rd | th""",
    re.VERBOSE,
)


_MIN_ENTRIES = 2


def _is_date_or_time(line: str) -> bool:
    return _LONE_DATE.fullmatch(line) is not None or is_entry_time(line)


def earliest_entry_date(text: str) -> str | None:
    """The ISO date of a live blog's earliest entry, where its entries' times name their day
    ("Wed 2 Dec 2026 14.05 GMT"): when the blog began, which a page that states no date of its
    own is dated by. None for a text with fewer than two entries, or none with a day.

    An entry's "Updated at 14.05 GMT" is no entry.
    """
    entries = 0
    days = []
    for line in text.split("\n"):
        line = line.strip()
        if not is_entry_time(line):
            continue
        stamp = time_stamp(line)
        if stamp is not None and not PUBLISHED_LABEL.match(stamp[0]):
            continue
        entries += 1
        day = written_date(line)
        if day is not None:
            days.append(day)
    return min(days) if entries >= _MIN_ENTRIES and days else None


# The label of a time stamp that says when a story was first published, not last updated.
PUBLISHED_LABEL = re.compile(
    r"(?:first\s+)?(?:published|posted)\b|for\s+immediate\s+release\b", re.I
)


# A date as a page writes it: "9 April 2026", "Thu 9 Apr 2026", "April 9, 2026", "2026-04-09",
# "09/04/2026" (the day first, as htmldate reads it, unless it cannot be).
_MONTHS = (
    *("january", "february", "march", "april", "may", "june", "july", "august", "september"),
    *("october", "november", "december"),
)
_WRITTEN_DATE = re.compile(
    r"(?P<y0>\d{4})-(?P<m0>\d\d)-(?P<d0>\d\d)"
    r"|(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month1>[a-z]{3,9})\.?,?\s+(?P<y1>\d{4})"
    r"|(?P<month2>[a-z]{3,9})\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{4})"
    r"|(?P<a3>\d{1,2})[/.](?P<b3>\d{1,2})[/.](?P<y3>\d{4})",
    re.I,
)


def written_date(words: str) -> str | None:
    """The ISO date of the first date written in ``words``, or None."""
    for found in _WRITTEN_DATE.finditer(words):
        parts = found.groupdict()
        if parts["y0"]:
            ymd = (parts["y0"], parts["m0"], parts["d0"])
        elif parts["y3"]:
            first, second = int(parts["a3"]), int(parts["b3"])
            ymd = (parts["y3"], *((first, second) if second > 12 else (second, first)))
        else:
            at = "1" if parts["y1"] else "2"
            ymd = (parts[f"y{at}"], _month_number(parts[f"month{at}"]), parts[f"d{at}"])
        try:
            return datetime.date(*map(int, ymd)).isoformat()
        except ValueError:  # no such day, or a word that is no month's name ("Thu")
            continue
    return None


# A headline that ends with the day it tells of, after a mark: "Transcript: Council meeting,
# 12 March 2026", "FLOODS CLOSE RIVER ROAD | 3 March 2026". After a day of the week the date is
# the headline's own: "Talks to resume on Wednesday, 12 March 2026".
_DATED_HEADLINE = re.compile(
    rf"(?P<headline>.*?\w[^\w\s]*)(?:,|\s+[|•·–—-])\s+(?P<date>{_LONE_DATE.pattern})\s*",
    re.IGNORECASE,
)
_ENDS_WITH_WEEKDAY = re.compile(rf"\b{_WEEKDAY}$", re.IGNORECASE)


def headline_and_date(title: str | None) -> tuple[str | None, str | None]:
    """A title without the date it ends with, and that date in ISO; the title as it is, and
    None, when it ends with none."""
    dated = None if title is None else _DATED_HEADLINE.fullmatch(title)
    if dated is None or _ENDS_WITH_WEEKDAY.search(dated.group("headline")):
        return title, None
    return dated.group("headline"), written_date(dated.group("date"))


def _month_number(name: str) -> int:
    name = name.lower()
    return next((n for n, month in enumerate(_MONTHS, 1) if month.startswith(name)), 0)


def time_stamp(line: str) -> tuple[str, str] | None:
    """A page's time stamp as its label ("Last updated") and its date and time ("11 April
    2026, 16:20"); None for a line that is no time stamp."""
    stamp = _STAMP.match(line)
    if stamp is None:
        return None
    # WordPress signs its stamp: "Posted on March 11, 2026 by Priya Natarajan".
    when = _SIGNED.sub("", stamp.group("when"))
    first = _SIGNED_FIRST.match(when) if when.startswith("by ") else None
    when = when if first is None else when[first.end() :]
    words = re.findall(r"[^\W\d_]+|\d+", when.lower())
    if not words or not all(_STAMP_WORD.fullmatch(w) for w in words):
        return None
    return stamp.group("label"), when.strip()


def stamp_signer(line: str) -> str | None:
    """Who signs a time stamp ("Posted on March 11, 2026 by Priya Natarajan", "Posted by Priya
    Natarajan on March 11, 2026"), or None."""
    if time_stamp(line) is None:
        return None
    stamp = _STAMP.match(line)
    first = _SIGNED_FIRST.match(stamp.group("when")) if stamp is not None else None
    signed = first or _SIGNED.search(line)
    return None if signed is None else signed.group("names").strip()


_CLOCK = re.compile(r"\d[:.][0-5]\d\b|\d\s?[ap]\.?m\b|\bago\b", re.IGNORECASE)
# Letters, figures and the marks a date or a time is written with: "£4.50" is a price.
_TIME_CHARS = re.compile(r"[\w\s,.:/–-]+")
_MAX_ENTRY_TIME = 40


def opens_an_entry(line: str) -> bool:
    """Whether a line is the time a live blog's entry opens with: a time of day, but not a
    page's "Updated 14:05"."""
    return is_entry_time(line) and time_stamp(line) is None


def is_entry_time(line: str) -> bool:
    """Whether a line is a time over a live blog's entry ("12.10 GMT", "Mon 1 Dec 2026
    14:05", "3 hours ago", "Updated at 2.21am"): a time of day, or how long ago, and only a
    date's words with it."""
    if len(line) > _MAX_ENTRY_TIME or _CLOCK.search(line) is None:
        return False
    if time_stamp(line) is not None:
        return True
    words = re.findall(r"[^\W\d_]+|\d+", line.lower())
    return _TIME_CHARS.fullmatch(line) is not None and all(map(_STAMP_WORD.fullmatch, words))
