"""Who wrote a story, where a page names them without a "By": the writer's name over the date
or a reader view's reading time (``_writer_over_the_date``), and a headline over its standfirst
over such a line (``_headline_over_its_standfirst``)."""

from __future__ import annotations

import re

from newslens.article import Span, title_from_first_line
from newslens.boilerplate.bylines import (
    _PARTICLE,
    _ROLE,
    _WRITER_PREFIX,
    BYLINE_WORDS,
    is_byline,
    signed_names,
)
from newslens.boilerplate.dates import PUBLISHED_LABEL, _is_date_or_time, time_stamp
from newslens.boilerplate.lines import _detail_parts, _is_furniture
from newslens.boilerplate.masthead_names import reads_as_masthead_name
from newslens.boilerplate.mastheads import _PAPER_NAME
from newslens.boilerplate.spans import _SENTENCE_ENDS

_YEAR = re.compile(r"\b\d{4}\b")
_AGO = re.compile(r"\bago\b", re.I)  # "3 hr. ago": when a forum's post went up
_WRITERS_NAME = rf"[A-Z][\w'’.-]*(?:\ (?:{_PARTICLE}\ ){{0,2}}[A-Z][\w'’.-]*){{1,2}}"
# The writers' line over the date, without a "By": "Hannah Blake", "Ana de la Cruz", "Hannah
# Blake, Transport Editor", "Hannah Blake and Tom Hale", a magazine's "Words: Hannah Blake",
# "Words by …", a writer's handle after the name ("Hannah Blake @hblake"), where they file from
# ("Ravi Menon in London"); a role may have a line of its own under the name.
_HANDLE = re.compile(r"\ \(?@\w+\)?")
_FILED_FROM = r"\ in\ [A-Z][\w'’.-]*(?:\ [A-Z][\w'’.-]*){0,2}"
_WRITER = rf"{_WRITERS_NAME}(?:{_HANDLE.pattern})?(?:{_FILED_FROM}|,\ {_ROLE.pattern})?"
_WRITERS = re.compile(rf"(?:{_WRITER_PREFIX.pattern})?{_WRITER}(?:(?:,\ |,?\ and\ ){_WRITER})*")
# A writer's name with a role says it is a person's even with no date under it:
# "Hannah Blake, Transport Editor"; or "Kemi Adeyemi" over "Transport Editor".
_WRITER_WITH_ROLE = re.compile(
    rf"(?P<name>{_WRITERS_NAME})(?:{_HANDLE.pattern})?,\ {_ROLE.pattern}"
)
_WRITERS_NAME_ALONE = re.compile(_WRITERS_NAME)
# How long a story takes to read, as a reader view sets it under the byline: "5–6 minutes".
_READING_TIME_ALONE = re.compile(r"\d{1,3}\ ?[-–]\ ?\d{1,3}\ min(?:ute)?s", re.I)
_MAX_NAMES_OVER_DATE = 2


def _is_dated(line: str) -> bool:
    """Whether a line is a date or a time that names its day or year, or how long ago it was
    (a time stamp's too, "First published on Tue 3 Mar 2026 09.12 GMT"), or a line of the
    story's details with such a part ("Updated at 15.02 GMT · First published on …"). A time
    stamp is the page's even with no day ("Updated at 15.02 GMT"), where a time of day alone
    ("14.48 GMT") heads a live blog's entry."""
    if not (_YEAR.search(line) or _AGO.search(line)):
        return time_stamp(line) is not None
    return (
        _is_date_or_time(line)
        or time_stamp(line) is not None
        or any(map(_is_dated, _detail_parts(line)))
    )


def _says_first_published(line: str) -> bool:
    """Whether a line is a time stamp of when the story was first published, or a line of its
    details with one ("Updated at 15.02 GMT · First published on Tue 3 Mar 2026 09.12 GMT")."""
    stamps = map(time_stamp, _detail_parts(line) or [line])
    return any(stamp is not None and PUBLISHED_LABEL.match(stamp[0]) for stamp in stamps)


def _writer_over_the_date(text: str, dimmed: list[Span]) -> str | None:
    """The writer's name a page sets without a "By" over how long the story takes to read (a
    reader view's "Kit Mahoney", then "5–6 minutes") or over its date ("Hannah Blake", then
    "4 December 2026"; perhaps with buttons between, "Follow", "7 min read"), dimmed with it:
    of two names, the first; the second names the publication. A name over a date is the
    writer's under the headline; over it, dimmed with the date, a masthead's. A publication's
    name alone ("Kettle Valley News") is no writer. With a role, dimmed under the headline,
    the name needs no date under it ("Hannah Blake, Transport Editor")."""
    for start, end in dimmed:
        block = [line.strip() for line in text[start:end].split("\n") if line.strip()]
        with_role = _writer_with_role(block)
        if with_role is not None and text[:start].strip():
            return with_role
        for k, line in enumerate(block):
            timed = _READING_TIME_ALONE.fullmatch(line) is not None
            if not timed and not _is_dated(line):
                continue
            # A platform's buttons may come between the name and the date: "Follow", "7 min read".
            named = k
            while named and _is_furniture(block[named - 1]) and not _gives_writer(block[named - 1]):
                named -= 1
            names = 0
            while names < min(named, _MAX_NAMES_OVER_DATE) and _gives_writer(
                block[named - names - 1]
            ):
                names += 1
            under_the_headline = names == named and bool(text[:start].strip())
            if names and (timed or under_the_headline):
                writer = block[named - names]
                if (
                    _PAPER_NAME.fullmatch(writer)
                    or _ROLE.fullmatch(writer)
                    or reads_as_masthead_name(writer)
                ):
                    return None
                writer = _HANDLE.sub("", _WRITER_PREFIX.sub("", writer, count=1))
                # Under a standfirst, the name over the stamp may be a byline of its own.
                signed = writer.startswith(BYLINE_WORDS) and is_byline(writer)
                return signed_names(writer if signed else f"By {writer}") or writer
    return None


def _writer_with_role(lines: list[str]) -> str | None:
    """The writer's name in lines that are only a writer's name and role, as a page sets them
    under the headline without a date: "Hannah Blake, Transport Editor", or "Kemi Adeyemi"
    over "Transport Editor" (the role tells a name from a short headline's words)."""
    if len(lines) == 1 and "," in lines[0]:
        signed = _WRITER_WITH_ROLE.fullmatch(lines[0])
        return None if signed is None else signed.group("name")
    name, role = lines if len(lines) == 2 else ("", "")
    if _ROLE.fullmatch(role) and _WRITERS_NAME_ALONE.fullmatch(name) and not _ROLE.fullmatch(name):
        return name
    return None


def _gives_writer(line: str) -> bool:
    return _WRITERS.fullmatch(line) is not None or _ROLE.fullmatch(line) is not None


def _headline_over_its_standfirst(text: str, shown: str) -> str | None:
    """The first line ``text`` shows with its furniture dimmed (``shown``), when it and the line
    under it, with no blank line between, are all there is over the byline or the date dimmed
    under them: a headline over its standfirst. A paragraph wrapped by hand has none under it."""
    lines, shown_lines = text.split("\n"), shown.split("\n")
    top = next((k for k, line in enumerate(shown_lines) if line.strip()), len(lines))
    if top + 2 >= len(lines) or not shown_lines[top + 1].strip() or shown_lines[top + 2].strip():
        return None
    under = next((k for k in range(top + 2, len(lines)) if lines[k].strip()), None)
    if under is None or shown_lines[under].strip() or not _under_the_headline(lines[under].strip()):
        return None
    headline = shown_lines[top].strip()
    return None if headline.endswith(_SENTENCE_ENDS) else title_from_first_line(f"{headline}\n\n")


def _under_the_headline(line: str) -> bool:
    """Whether a line is one a page sets under its headline: the byline, the writer's name
    without a "By", the date."""
    return bool(
        (line.startswith(BYLINE_WORDS) and is_byline(line))
        or _gives_writer(line)
        or _is_dated(line)
        or time_stamp(line) is not None
    )
