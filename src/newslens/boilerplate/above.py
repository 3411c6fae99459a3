"""What a page sets above its story: the site's name over its buttons, where the reader is,
the section's name, the date and the writer's name over the headline (``_above_the_story``),
which names the writer without a "By" (``_writer_over_the_date``) and leaves a headline over
its standfirst standing alone (``_headline_over_its_standfirst``); a paper's masthead and motto
(``_masthead_on_top``); a newsletter's masthead and the day's date."""

from __future__ import annotations

import re

from newslens.article import Span, section_label, title_from_first_line, written_in_capitals
from newslens.boilerplate.bylines import (
    _PARTICLE,
    _ROLE,
    BYLINE_WORDS,
    is_byline,
    signed_names,
)
from newslens.boilerplate.dates import (
    _LONE_DATE,
    _MIN_ENTRIES,
    _is_date_or_time,
    opens_an_entry,
    time_stamp,
)
from newslens.boilerplate.lines import (
    _HEAD_CHARS,
    _HOSTNAME,
    _ISSUE_LINE,
    _PARAGRAPHS_ON_TOP,
    _SENTENCE_ENDS,
    _dated,
    _is_furniture,
    _is_paragraph,
    _opens_story,
    reads_as_masthead_name,
)
from newslens.boilerplate.menus import _is_menu_item
from newslens.boilerplate.spans import Furniture, strip_span

# What a page sets between its menu and its story, pasted with it: the site's name over its
# buttons ("The Ledger Line", then "Subscribe"), where the reader is ("News | Transport",
# "Home › Local"), the section's name over the headline ("WORLD"), the date the story was
# published, and the writer's name over it without a "By"; a reader view's site address over
# the headline and how long the story takes to read under it. The story starts at its second
# paragraph: the first may be the standfirst under the headline. A live blog's first entry
# has its time there too, which stays: a live blog has more entries under times of day.
_BREADCRUMB_MARK = re.compile(r"\s+[|/>›»]\s+|\s*[›»]\s*")
_YEAR = re.compile(r"\b\d{4}\b")
_AGO = re.compile(r"\bago\b", re.I)  # "3 hr. ago": when a forum's post went up
_WRITERS_NAME = rf"[A-Z][\w'’.-]*(?:\ (?:{_PARTICLE}\ ){{0,2}}[A-Z][\w'’.-]*){{1,2}}"
# The writers' line over the date, without a "By": "Hannah Blake", "Ana de la Cruz", "Hannah
# Blake, Transport Editor", "Hannah Blake and Tom Hale", a magazine's "Words: Hannah Blake",
# "Words by …", a writer's handle after the name ("Hannah Blake @hblake"); a role may have a
# line of its own under the name.
_WRITER_PREFIX = re.compile(r"(?i:words|text)(?::|\ by)\ ")
_HANDLE = re.compile(r"\ \(?@\w+\)?")
_WRITER = rf"{_WRITERS_NAME}(?:{_HANDLE.pattern})?(?:,\ {_ROLE.pattern})?"
_WRITERS = re.compile(rf"(?:{_WRITER_PREFIX.pattern})?{_WRITER}(?:(?:,\ |,?\ and\ ){_WRITER})*")
_SITE_BUTTON = re.compile(
    r"\W*(?:subscribe|sign\ (?:in|up)|log\ ?in|menu|search|register)\W*", re.I
)
# How long a story takes to read, as a reader view sets it under the byline: "5–6 minutes".
_READING_TIME_ALONE = re.compile(r"\d{1,3}\ ?[-–]\ ?\d{1,3}\ min(?:ute)?s", re.I)
_MIN_HEADLINE_WORDS = 4
_MAX_NAMES_OVER_DATE = 2


def _above_the_story(text: str, lines: list[Span], furniture: Furniture) -> list[Span]:
    rows: list[tuple[int, Span, str]] = []  # the lines with words on them, and where they are
    paragraphs = 0  # under the headline, which may end with a full stop
    headline = False
    for i, (start, end) in enumerate(lines):
        line = text[start:end].strip()
        if not line:
            continue
        span = strip_span(text, start, end)
        paragraphs += headline and _is_paragraph(line)
        if start > _HEAD_CHARS or paragraphs == _PARAGRAPHS_ON_TOP:
            break
        headline = headline or not furniture.covers(span)
        rows.append((i, span, line))
    dated = [_is_dated(line) for _, _, line in rows]
    # Two dates with no label ("Updated …") head the entries of a timeline.
    unlabelled = sum(1 for k, row in enumerate(rows) if dated[k] and time_stamp(row[2]) is None)
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
    found.update(_site_and_section_over_the_headline(rows, story, dated))
    if story and (
        _is_site_name(rows, story)
        or _names_a_section(rows[story[0]][2], [rows[k][2] for k in story[1:2]])
    ):
        found.add(story[0])
    return [rows[k][1] for k in sorted(found)]


def _site_and_section_over_the_headline(
    rows: list[tuple[int, Span, str]], story: list[int], dated: list[bool]
) -> list[int]:
    """The first rows when they are the site's name and the section's ("Kettle Valley News",
    "Local News") right over the headline, which has its byline or its date right under it,
    no blank line between: a name of a word or three each, every word capitalised, and a
    paper's name where it stands alone over the headline. A paragraph wrapped by hand has no
    byline under it."""
    top = 0
    while top < len(rows) and top in story and not dated[top] and rows[top][0] == rows[0][0] + top:
        top += 1
    under = rows[top] if top < len(rows) and rows[top][0] == rows[0][0] + top else None
    if under is None or top < 2 or not (dated[top] or is_byline(under[2])):
        return []
    over, headline = [line for _, _, line in rows[: top - 1]], rows[top - 1][2]
    if len(headline.split()) < _MIN_HEADLINE_WORDS or headline.endswith(_SENTENCE_ENDS):
        return []
    if not all(_is_menu_item(line) and _capitalised(line) for line in over):
        return []
    if len(over) == 1 and not _PAPER_NAME.fullmatch(over[0]):
        return []
    # A label ("Opinion") is kept: the title shows it after the headline.
    return [k for k in range(top - 1) if section_label(rows[k][2]) is None]


def _capitalised(line: str) -> bool:
    return all(word[0].isupper() or word == "&" for word in line.split())


def _is_dated(line: str) -> bool:
    """Whether a line is a date or a time that names its day or year, or how long ago it was."""
    return bool(_YEAR.search(line) or _AGO.search(line)) and _is_date_or_time(line)


def _writer_over_the_date(text: str, dimmed: list[Span]) -> str | None:
    """The writer's name a page sets without a "By" over how long the story takes to read (a
    reader view's "Kit Mahoney", then "5–6 minutes") or over its date ("Hannah Blake", then
    "4 December 2026"), dimmed with it: of two names, the first; the second names the
    publication. A name over a date is the writer's under the headline; over it, dimmed with
    the date, a masthead's. A publication's name alone ("Kettle Valley News") is no writer."""
    for start, end in dimmed:
        block = [line.strip() for line in text[start:end].split("\n") if line.strip()]
        for k, line in enumerate(block):
            timed = _READING_TIME_ALONE.fullmatch(line) is not None
            if not timed and not _is_dated(line):
                continue
            names = 0
            while names < min(k, _MAX_NAMES_OVER_DATE) and _gives_writer(block[k - names - 1]):
                names += 1
            under_the_headline = names == k and bool(text[:start].strip())
            if names and (timed or under_the_headline):
                writer = block[k - names]
                if (
                    _PAPER_NAME.fullmatch(writer)
                    or _ROLE.fullmatch(writer)
                    or reads_as_masthead_name(writer)
                ):
                    return None
                writer = _HANDLE.sub("", _WRITER_PREFIX.sub("", writer, count=1))
                return signed_names(f"By {writer}") or writer
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
        if furniture.covers(rows[k][1]):
            continue
        if k == story[0] or len(names) == _MAX_NAMES_OVER_DATE:
            break
        if not _gives_writer(rows[k][2]):
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
    places = _BREADCRUMB_MARK.split(line)
    return len(places) > 1 and all(map(_is_menu_item, places))


def _names_a_section(line: str, below: list[str]) -> bool:
    """Whether a first line, a word or two in capitals, names the section over the longer
    headline under it; a headline of two words may have a standfirst under it."""
    headline = below[0] if below else ""
    words = len(line.split())
    return (
        _is_menu_item(line)
        and (words == 1 or (words == 2 and written_in_capitals(line)))
        and section_label(line) is None
        and len(headline.split()) >= _MIN_HEADLINE_WORDS
        and not headline.endswith(_SENTENCE_ENDS)
    )


# A newspaper's name ("THE RIVERSIDE GAZETTE", "Kent Herald"): a few words that end with a
# word papers are named by. Some of those words end headlines too ("MINISTER QUITS POST"), so
# a name that ends with one of them is "The …".
_PAPER_NAME = re.compile(
    r"(?:[^\W\d_][\w'’&.-]*\s+){0,4}(?:(?P<only>gazette|herald|chronicle|courier|telegraph"
    r"|tribune|advertiser|argus|sentinel|examiner|mercury|inquirer|enquirer|gleaner|bugle"
    r"|clarion|newspaper)|times|post|echo|journal|express|observer|standard|mail|mirror"
    r"|guardian|independent|globe|news|recorder|register|messenger|press)",
    re.IGNORECASE,
)
_MAX_MOTTO_WORDS = 10


def _masthead_on_top(text: str, lines: list[Span]) -> list[Span]:
    """A paper's or a newsletter's masthead pasted above its story: its name in capitals or
    with each word capitalised, and a motto or the day's date under it ("Your local news
    since 1887"), over a headline of its own and the story. A headline set in capitals has
    its standfirst or its story under it, not a second headline."""
    first = next((text[start:end].strip() for start, end in lines if text[start:end].strip()), "")
    if not _names_a_paper(first):
        return []  # the usual case, told without a look further down
    blocks = _top_blocks(text, lines, 3)
    if len(blocks) < 3 or len(blocks[0]) > 2 or len(blocks[1]) != 1:
        return []
    motto = [text[start:end].strip() for start, end in blocks[0][1:]]
    headline = text[slice(*blocks[1][0])].strip()
    story = " ".join(text[start:end].strip() for start, end in blocks[2])
    if not all(map(_is_motto, motto)):
        return []
    if _is_furniture(headline) or title_from_first_line(f"{headline}\n\n") != headline:
        return []
    if headline.endswith(_SENTENCE_ENDS) or not _opens_story(story):
        return []
    return [strip_span(text, blocks[0][0][0], blocks[0][-1][1])]


def _names_a_paper(line: str) -> bool:
    words = line.split()
    if not words or not (written_in_capitals(line) or all(w[0].isupper() for w in words)):
        return False
    named = _PAPER_NAME.fullmatch(line)
    if named is not None and named.group("only"):
        return True
    return words[0].lower() == "the" and (named is not None or reads_as_masthead_name(line))


def _is_motto(line: str) -> bool:
    return len(line.split()) <= _MAX_MOTTO_WORDS and not line.endswith(_SENTENCE_ENDS)


def _top_blocks(text: str, lines: list[Span], count: int) -> list[list[Span]]:
    """The first ``count`` runs of lines with words on them, blank lines between them."""
    blocks: list[list[Span]] = [[]]
    for start, end in lines:
        if text[start:end].strip():
            blocks[-1].append((start, end))
        elif blocks[-1]:
            if len(blocks) == count:
                break
            blocks.append([])
    return [block for block in blocks if block]


def _is_masthead_over_its_date(
    line: str, previous: str | None, lines: list[Span], text: str, at: int
) -> bool:
    """A newsletter's name over the day's date, in capitals ("THE EASTGATE BRIEFING", then "4
    December 2026"), under a line of its own (a motto, dimmed with it) or over a greeting; or
    its name with each word capitalised over its issue ("December 2026 | Issue 48"). A headline
    in capitals over its date has its story under it, and nothing over it."""
    if lines[at][0] > _HEAD_CHARS:
        return False
    if previous is None and _is_motto(line) and _names_a_newsletter_over(text, lines, at + 1):
        return True
    if not _names_a_newsletter_over(text, lines, at):
        return False
    under = _next_lines(text, lines, at + 1, 1)
    return bool(
        previous is not None
        or _ISSUE_LINE.fullmatch(text[slice(*lines[at + 1])].strip())
        or not _opens_story(under[0] if under else None)
    )


def _names_a_newsletter_over(text: str, lines: list[Span], at: int) -> bool:
    """Whether line ``at`` names a newsletter and the line right under it is its date."""
    if at + 1 >= len(lines):
        return False
    line, under = (text[slice(*lines[k])].strip() for k in (at, at + 1))
    if not reads_as_masthead_name(line):
        return False
    if _ISSUE_LINE.fullmatch(under):
        return _capitalised(line)
    return written_in_capitals(line) and _LONE_DATE.fullmatch(under) is not None


def _is_dated_masthead(line: str, text: str, lines: list[Span], at: int) -> bool:
    """A name and a date with no word that names a newsletter ("THE QUAYSIDE | 3 March 2026"):
    a masthead above a greeting or the first story's heading, where a headline dated so has
    its byline or its story's first paragraph under it, or a transcript's turns."""
    if _dated(line) is None:
        return False
    below = _next_lines(text, lines, at, 2)
    return not _opens_story(below[0] if below else None) and not (
        len(below) == 2 and all(_TURN.match(turn) for turn in below)
    )


# A turn of a transcript: the speaker's name or role, or a question's "Q", and a colon ("Q: …",
# "CHAIR: …", "Pat Moore: …"); a greeting ("Good morning: …") names no one.
_TURN = re.compile(r"(?:[A-Z][\w.'’-]*\ ){0,3}[A-Z][\w.'’-]*:\s+\S")


def _next_lines(text: str, lines: list[Span], at: int, count: int) -> list[str]:
    """The first ``count`` lines with words on them after line ``at``."""
    found: list[str] = []
    for start, end in lines[at + 1 :]:
        if len(found) == count:
            break
        if line := text[start:end].strip():
            found.append(line)
    return found


def _is_masthead_date(line: str, previous: str | None) -> bool:
    return _LONE_DATE.fullmatch(line) is not None and (
        previous is None or written_in_capitals(previous)
    )
