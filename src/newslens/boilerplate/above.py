"""What a page sets above its story: the site's name over its buttons, where the reader is,
the section's name, the date and the writer's name over the headline (``_above_the_story``).
Who the writer is, named without a "By", is read in ``writers_over_dates``; a word or names
over the headline in ``kickers``; a paper's or a newsletter's masthead in ``mastheads``."""

from __future__ import annotations

import re

from newslens.article import Span, section_label, written_in_capitals
from newslens.boilerplate.bylines import BYLINE_WORDS, byline_in_other_words, is_byline
from newslens.boilerplate.dates import (
    _MIN_ENTRIES,
    headline_and_date,
    opens_an_entry,
    time_stamp,
)
from newslens.boilerplate.kickers import (
    _MAX_PUBLICATION_WORDS,
    _SHORT_HEADLINE_WORDS,
    _TWO_WORD_HEADLINE,
    _are_names,
    _headline_under_a_word,
    _kicker_over_a_short_headline,
    _names_the_site,
    _word_over_a_headline_and_its_standfirst,
)
from newslens.boilerplate.lines import (
    _HEAD_CHARS,
    _HOSTNAME,
    _PARAGRAPHS_ON_TOP,
    _STANDFIRST_PARAGRAPHS,
    _detail_parts,
    _is_paragraph,
)
from newslens.boilerplate.mastheads import _PAPER_NAME, _capitalised
from newslens.boilerplate.menus import _is_menu_item
from newslens.boilerplate.spans import _SENTENCE_ENDS, Furniture, strip_span
from newslens.boilerplate.writers_over_dates import (
    _MAX_NAMES_OVER_DATE,
    _READING_TIME_ALONE,
    _gives_writer,
    _is_dated,
    _says_first_published,
    _writer_with_role,
)

# What a page sets between its menu and its story, pasted with it: the site's name over its
# buttons ("The Ledger Line", then "Subscribe"), where the reader is ("News | Transport",
# "Home › Local"), the section's name over the headline ("WORLD"), the date the story was
# published, and the writer's name over it without a "By"; a reader view's site address over
# the headline and how long the story takes to read under it. The story starts at its second
# paragraph: the first may be the standfirst under the headline. A live blog's first entry
# has its time there too, which stays: a live blog has more entries under times of day.
_BREADCRUMB_MARK = re.compile(r"\s+[|/>›»]\s+|\s*[›»]\s*")
_YOU_ARE_HERE = re.compile(r"(?i:you\ are\ here)\s*:\s*")
_SITE_BUTTON = re.compile(
    r"\W*(?:subscribe|sign\ (?:in|up)|log\ ?in|menu|search|register)\W*", re.I
)
_MIN_HEADLINE_WORDS = 4
_MAX_NAMES_UNDER_HEADING = 2  # a transcript's programme's: "Radio Kestrel", "Morning Report"


def _above_the_story(text: str, lines: list[Span], furniture: Furniture) -> list[Span]:
    rows: list[tuple[int, Span, str]] = []  # the lines with words on them, and where they are
    paragraphs = 0  # under the headline, which may end with a full stop
    headline = False
    late: list[Span] = []  # a writer's name over a stamp under a standfirst of paragraphs
    for i, (start, end) in enumerate(lines):
        line = text[start:end].strip()
        if not line:
            continue
        span = strip_span(text, start, end)
        paragraphs += headline and _is_paragraph(line)
        if paragraphs == _PARAGRAPHS_ON_TOP and start <= _HEAD_CHARS:
            late = _writer_over_a_late_stamp(text, lines, i, furniture)
        if start > _HEAD_CHARS or paragraphs == _PARAGRAPHS_ON_TOP:
            break
        headline = headline or not furniture.covers(span)
        rows.append((i, span, line))
    dated = [_is_dated(line) for _, _, line in rows]
    # Two dates with no label ("Updated …") head the entries of a timeline; a line of the
    # story's details has its label in one of its parts.
    unlabelled = sum(
        1
        for k, row in enumerate(rows)
        if dated[k] and time_stamp(row[2]) is None and not _detail_parts(row[2])
    )
    if unlabelled > 1 or (unlabelled and _is_live_blog(text, lines)):
        dated = [False] * len(rows)
    story = [k for k, (_, span, _) in enumerate(rows) if not furniture.covers(span)]
    found = {k for k in range(len(rows)) if dated[k]}
    if story and _is_breadcrumb(rows[story[0]][2]):
        found.add(story.pop(0))
    if story and _HOSTNAME.fullmatch(rows[story[0]][2]):
        found.add(story.pop(0))
    timed = [k for k, (_, _, line) in enumerate(rows) if _READING_TIME_ALONE.fullmatch(line)]
    found.update(timed)
    for j in [k for k in found if dated[k]] + timed:
        found.update(_names_over(rows, j, story, furniture))
    found.update(_writer_with_a_role_under_the_headline(rows, story, found))
    found.update(_site_and_section_over_the_headline(rows, story, found))
    found.update(_publication_over_the_headline(rows, story, found))
    if story and (
        _is_site_name(rows, story)
        or _names_a_section(rows[story[0]][2], [rows[k][2] for k in story[1:] if k not in found])
        or _kicker_over_a_short_headline(rows, story)
        or _word_over_a_headline_and_its_standfirst(text, lines, rows, story)
    ):
        found.add(story[0])
    found.update(_show_named_again(rows, [k for k in story if k not in found]))
    return [rows[k][1] for k in sorted(found)] + late


def _writer_with_a_role_under_the_headline(
    rows: list[tuple[int, Span, str]], story: list[int], found: set[int]
) -> list[int]:
    """The writer's name and role right under the headline (or under the word or the
    standfirst with it), no blank line between, when no date under them dims them already:
    "Hannah Blake, Transport Editor", or "Kemi Adeyemi" over "Transport Editor"."""
    for k in story[1:3]:
        if k in found or rows[k][0] != rows[story[0]][0] + k - story[0]:
            return []
        for count in (1, 2):
            block = rows[k : k + count]
            if (
                len(block) == count
                and block[-1][0] == rows[k][0] + count - 1
                and _writer_with_role([line for _, _, line in block]) is not None
            ):
                return list(range(k, k + count))
    return []


def _writer_over_a_late_stamp(
    text: str, lines: list[Span], second: int, furniture: Furniture
) -> list[Span]:
    """The writer's name (or two lines of names and role) right over a live blog's stamp of
    when it was first published, dimmed by its own words, set under a standfirst of two or
    three paragraphs, line ``second`` the second: "Megan Pryce", then "First published on Tue
    3 Mar 2026 09.12 GMT". The date is read there; further down, the story has begun."""
    paragraphs = _PARAGRAPHS_ON_TOP
    for j in range(second + 1, len(lines)):
        start, end = lines[j]
        line = text[start:end].strip()
        if start > _HEAD_CHARS:
            break
        paragraphs += _is_paragraph(line)
        if paragraphs > _STANDFIRST_PARAGRAPHS:
            break
        # A stamp is dimmed by its own words already: only such a line's words are read again.
        if not line or not furniture.covers(strip_span(text, start, end)):
            continue
        if not _says_first_published(line):
            continue
        names: list[Span] = []
        for k in range(j - 1, max(second, j - 1 - _MAX_NAMES_OVER_DATE), -1):
            over = text[lines[k][0] : lines[k][1]].strip()
            if not _gives_writer(over):
                break
            names.insert(0, strip_span(text, *lines[k]))
        return names
    return []


def _site_and_section_over_the_headline(
    rows: list[tuple[int, Span, str]], story: list[int], found: set[int]
) -> list[int]:
    """The first rows under the site's menu when they are the site's name and the section's
    ("Kettle Valley News", "Local News"; or more, "Sport", "Football") right over the
    headline, which has its byline (or the writer's name) or its date right under it, or
    under its standfirst under it, no blank line between: a name of a word or three each,
    every word capitalised, and a paper's name where it stands alone over the headline. A
    paragraph wrapped by hand has no byline under it."""
    if not story:
        return []
    base = story[0]  # under the site's menu, dimmed already
    top = base
    # A section's name may be dimmed already, read as a button ("Comment").
    while (
        top < len(rows)
        and (top in story or _is_dimmed_name(rows[top][2]))
        and top not in found
        and rows[top][0] == rows[base][0] + top - base
    ):
        top += 1
    under = rows[top] if top < len(rows) and rows[top][0] == rows[base][0] + top - base else None
    if under is None or top - base < 2:
        return []
    # The byline, or one in other words ("Words by …"), or the writer's name or the date.
    if not (top in found or is_byline(under[2]) or byline_in_other_words(under[2])):
        return []
    names = _headline_under_names(rows[base:], top - base)
    if names is None:
        return []
    over, headline = [line for _, _, line in rows[base : base + names]], rows[base + names][2]
    if headline.endswith(_SENTENCE_ENDS):
        return []
    if len(over) == 1 and not _PAPER_NAME.fullmatch(over[0]):
        return []
    # A label on top ("Analysis") is a kicker, where a site's name would be, and so is a word
    # on top with a short headline and its standfirst under it ("Exclusive"): the row under
    # it is a short headline, not a section's name.
    if section_label(over[0]) is not None or (
        _kicker_over_a_short_headline(rows, story) and not _PAPER_NAME.fullmatch(over[0])
    ):
        return []
    # A label ("Opinion") is kept: the title shows it after the headline.
    return [base + k for k, line in enumerate(over) if section_label(line) is None]


def _show_named_again(rows: list[tuple[int, Span, str]], story: list[int]) -> list[int]:
    """The rows right under a transcript's dated heading, no blank line between, that name its
    programme again, as the heading opens ("Morning Report: Interview with …, 2 December
    2026", then "Radio Kestrel" and "Morning Report"): the title says it already. The
    station's name stays, the title not giving it."""
    if not story or not rows[story[0]][2][-1:].isdigit():
        return []  # the usual case: a heading ends with its date's year
    first = story[0]
    heading, date = headline_and_date(rows[first][2])
    if heading is None or date is None:
        return []
    names = []
    for k in range(first + 1, min(len(rows), first + 1 + _MAX_NAMES_UNDER_HEADING)):
        line = rows[k][2]
        if rows[k][0] != rows[first][0] + k - first or not (
            _is_menu_item(line) and _capitalised(line)
        ):
            break
        if heading.lower().startswith(line.lower()) and not heading[len(line) :][:1].isalnum():
            names.append(k)
    return names


def _is_dimmed_name(line: str) -> bool:
    return _is_menu_item(line) and not (line.startswith(BYLINE_WORDS) and is_byline(line))


def _headline_under_names(rows: list[tuple[int, Span, str]], top: int) -> int | None:
    """Which row is the headline, the rows over it all names and the byline or the date row
    ``top``: the row over the byline, or the one over its standfirst. A headline is no
    section's name: it is longer than three words, or two under the site's and the section's
    names or a paper's ("Budget Row"; three under another name, over a standfirst). A short
    headline in capitals would pass for a name, so such a headline over a longer standfirst
    ("Pier Reopens Early", then "Repairs finished …") is read first."""
    words = [len(line.split()) for _, _, line in rows[:top]]
    short = top - 2  # the short headline's row, over its standfirst
    if short > 0 and words[short] < words[short + 1] and _are_names(rows[:short]):
        # Two words under the site's and the section's names, over a sentence: a section's
        # name of two ("Local News") has a headline under it, not a standfirst.
        sentence = _names_the_site(rows, short) and rows[short + 1][2].endswith(".")
        if words[short] >= (_TWO_WORD_HEADLINE if sentence else _SHORT_HEADLINE_WORDS):
            return short
    names = next((k for k in (top - 1, top - 2) if k > 0 and _are_names(rows[:k])), None)
    if names is None:
        return None
    shortest = _TWO_WORD_HEADLINE if _names_the_site(rows, names) else _MIN_HEADLINE_WORDS
    return names if words[names] >= shortest else None


def _publication_over_the_headline(
    rows: list[tuple[int, Span, str]], story: list[int], found: set[int]
) -> list[int]:
    """The first row when it is the publication's name over a post's headline and its
    subtitle, with the writer or the date right under them, as a newsletter's post is set
    ("The Quayside Letter", the headline, "A look at …", then "Hannah Blake"): a name of a few
    words, every one capitalised. A headline over its standfirst is two rows, not three."""
    top = [k for k in story if k not in found][:3]
    if len(top) < 3 or top[2] + 1 not in found or any(k in found for k in range(top[2])):
        return []
    name, headline = rows[top[0]][2], rows[top[1]][2]
    if (
        len(name.split()) > _MAX_PUBLICATION_WORDS
        or not _capitalised(name)
        or name.endswith(_SENTENCE_ENDS)
        or headline.endswith(_SENTENCE_ENDS)
        or section_label(name) is not None
    ):
        return []
    return [top[0]]


def _is_live_blog(text: str, lines: list[Span]) -> bool:
    """Whether the first few thousand characters have two entries under a time of day (a page's
    "Updated 14:05" is no entry's)."""
    times = 0
    for start, end in lines:
        if start > _HEAD_CHARS:
            break
        line = text[start:end].strip()
        times += opens_an_entry(line)
        if times >= _MIN_ENTRIES:
            return True
    return False


def _names_over(
    rows: list[tuple[int, Span, str]], date: int, story: list[int], furniture: Furniture
) -> list[int]:
    """The rows over a date, its furniture aside, that give the writer's name (and the name of
    the publication it appears in); never the first of the story's, its headline."""
    names: list[int] = []
    for k in range(date - 1, -1, -1):
        # A byline names the writer: a name over it is no writer's (a short headline's words).
        if furniture.covers(rows[k][1]):
            if is_byline(rows[k][2]):
                break
            continue
        if k == story[0] or len(names) == _MAX_NAMES_OVER_DATE:
            break
        if not _gives_writer(rows[k][2]) or _headline_under_a_word(rows, story, k):
            break
        names.append(k)
    return names


def _is_site_name(rows: list[tuple[int, Span, str]], story: list[int]) -> bool:
    """Whether the first row of the story's is the site's name over its buttons, a headline
    below them."""
    first = story[0]
    after = rows[first + 1] if first + 1 < len(rows) else None
    return (
        after is not None
        and after[0] == rows[first][0] + 1
        and _SITE_BUTTON.fullmatch(after[2]) is not None
        and len(story) > 1
    )


def _is_breadcrumb(line: str) -> bool:
    places = _BREADCRUMB_MARK.split(_YOU_ARE_HERE.sub("", line, count=1))
    return len(places) > 1 and all(map(_is_menu_item, places))


def _names_a_section(line: str, below: list[str]) -> bool:
    """Whether a first line, a word or two in capitals, names the section over the longer
    headline under it; a headline of two words may have a standfirst under it. A writer's name
    with a role is no headline ("Heatwave", then "Hannah Blake, Transport Editor")."""
    headline = below[0] if below else ""
    words = len(line.split())
    return (
        _is_menu_item(line)
        and (words == 1 or (words == 2 and written_in_capitals(line)))
        and section_label(line) is None
        and len(headline.split()) >= _MIN_HEADLINE_WORDS
        and not headline.endswith(_SENTENCE_ENDS)
        # "Heatwave" over "Hannah Blake, Transport Editor": a headline over its writer
        and not _gives_writer(headline)
    )
