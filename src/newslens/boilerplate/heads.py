"""A plain text's title, byline and date, read past the furniture pasted above its story."""

from __future__ import annotations

import re

from newslens.article import front_matter, title_from_first_line
from newslens.boilerplate.above import _MAX_NAMES_UNDER_HEADING
from newslens.boilerplate.bylines import (
    _ROLE,
    BYLINE_WORDS,
    byline_in_other_words,
    is_byline,
    names_as_written,
    signed_names,
)
from newslens.boilerplate.dates import (
    _LONE_DATE,
    PUBLISHED_LABEL,
    earliest_entry_date,
    headline_and_date,
    is_entry_time,
    time_stamp,
    written_date,
)
from newslens.boilerplate.ends import _without_emphasis
from newslens.boilerplate.furniture import find_boilerplate
from newslens.boilerplate.lines import (
    _HEAD_CHARS,
    _PARAGRAPHS_ON_TOP,
    _STANDFIRST_PARAGRAPHS,
    _detail_parts,
    _is_paragraph,
)
from newslens.boilerplate.masthead_names import _ISSUE_LINE
from newslens.boilerplate.mastheads import _capitalised
from newslens.boilerplate.menus import _is_menu_item
from newslens.boilerplate.repeats import _KEY_POINTS_HEADING, running_head_words, running_heads
from newslens.boilerplate.senders import email_headers, release_heading
from newslens.boilerplate.signed_posts import _headline_over_its_signed_stamp, stamp_signed_by
from newslens.boilerplate.spans import _SENTENCE_ENDS, _blanked
from newslens.boilerplate.writers_over_dates import (
    _gives_writer,
    _headline_over_its_standfirst,
    _writer_over_the_date,
)


def byline_under_headline(text: str) -> str | None:
    """Who a plain text's byline names, as a reader writes them: its first "By …" line ("Words
    by …" and "Written by …" say it in other words; or time stamp signed "by …", "Posted on 3
    October 2026 by Ruth Bellamy") before the story's second paragraph. Further down, a "By …"
    line signs a related story or a reader's comment; "By the end of the year, …" opens a
    sentence and signs nothing. A Markdown text names its author in its front matter, a page
    without a "By" over the story's date or a reader view's reading time."""
    fields = front_matter(text)[1]
    if fields.get("author") or fields.get("authors"):
        return names_as_written(fields.get("author") or fields["authors"])
    paragraphs = 0
    for line in text[:_HEAD_CHARS].split("\n"):
        line = byline_in_other_words(line) or _without_emphasis(line.strip())
        signed = signed_names(line) if line.startswith(BYLINE_WORDS) and is_byline(line) else None
        signed = signed or stamp_signed_by(line)
        if signed is not None:
            return names_as_written(signed)
        paragraphs += _is_paragraph(line)
        if paragraphs == _PARAGRAPHS_ON_TOP:
            break
    head = text[:_HEAD_CHARS]
    return names_as_written(_writer_over_the_date(head, find_boilerplate(head)))


def date_under_headline(text: str) -> str | None:
    """The ISO date a plain text's head gives: an email's date, or before the story's fourth
    paragraph when its time stamp says it was first published ("Published 2 December 2026"),
    else before its second paragraph a date alone on its line (or with its time of day,
    "18 November 2026, 7:30am", unless a live blog's entries give an earlier), else when it
    was last updated; a line of the story's details is read a part at a time ("18 November
    2026 · Updated 4:02pm"). A Markdown text's front matter gives it as its "date", a press
    release's heading line its own ("Harwood Borough Council — Press release — 3 March
    2026") or a newsletter's issue line ("Issue 52 · 4 December 2026")."""
    sent = email_headers(text)[1] or front_matter(text)[1]
    if sent.get("date") or sent.get("sent"):
        return written_date(sent.get("date") or sent["sent"])
    heading = release_heading(text[:_HEAD_CHARS])
    issued = written_date(heading.group("date") or "") if heading is not None else None
    if issued is not None:
        return issued
    paragraphs = 0
    updated = None
    signed = False  # the last line with words on it is the byline, or its writer's role
    for line in text[:_HEAD_CHARS].split("\n"):
        line = line.strip()
        parts = _detail_parts(line)
        # A time of day with the date is the page's over the story or under its byline (and
        # the role under it, "Sports Reporter"); in the story it heads an entry of a timeline.
        timed = bool(parts) or not paragraphs or signed
        issued = written_date(line) if _ISSUE_LINE.fullmatch(line) else None
        if issued is not None and paragraphs < _PARAGRAPHS_ON_TOP:
            return issued  # a newsletter's issue line: "Issue 52 · 4 December 2026"
        for part in parts or [line]:
            stamp = time_stamp(part)
            if stamp is not None and PUBLISHED_LABEL.match(stamp[0]):
                return written_date(stamp[1]) or updated
            # Under the head, a date heads a part of the story; a live blog's stamp of when it
            # was first published may come under a standfirst of two or three paragraphs.
            if paragraphs >= _PARAGRAPHS_ON_TOP:
                continue
            if stamp is None and _LONE_DATE.fullmatch(part):
                return written_date(part) or updated
            day = written_date(part) if timed and stamp is None and is_entry_time(part) else None
            if day is not None:
                return earliest_entry_date(text) or day
            if stamp is not None and updated is None:
                updated = written_date(stamp[1])
        if line:
            signed = (line.startswith(BYLINE_WORDS) and is_byline(line)) or (
                signed and _ROLE.fullmatch(line) is not None
            )
        paragraphs += _is_paragraph(line)
        if paragraphs > _STANDFIRST_PARAGRAPHS:
            break
    return earliest_entry_date(text) or updated


def title_past_furniture(text: str) -> str | None:
    """The headline of a plain text: an email's subject, a Markdown text's title in its
    front matter, its first line, or the first after the site's menu and other furniture
    pasted above it; failing that, the title a PDF repeats atop each page."""
    given = email_headers(text)[1].get("subject") or front_matter(text)[1].get("title")
    if given:
        return given
    head = find_boilerplate(text[:_HEAD_CHARS])
    if not head:
        return title_from_first_line(text) or _dated_heading_over_names(text[:_HEAD_CHARS])
    signed = _headline_over_its_signed_stamp(text[:_HEAD_CHARS], head)
    if signed is not None:
        return signed[1]
    # Read as the reader shows it, the furniture dimmed: a headline with only the byline and
    # the date under it, before a blank line, stands alone, and so does one over its standfirst
    # and those.
    shown = _blanked(text[:_HEAD_CHARS], head)
    title = (
        title_from_first_line(shown)
        or _headline_over_its_standfirst(text[:_HEAD_CHARS], shown)
        or _dated_heading_over_names(shown)
        or _headline_over_its_points(shown)
    )
    if title is None and not text[: head[0][0]].strip():
        running = running_heads(text[:_HEAD_CHARS])
        if running and running[0][0] == head[0][0]:
            title = running_head_words(text, running[0])
    return title


def _headline_over_its_points(shown: str) -> str | None:
    """The first line ``shown`` when the heading of a box of points is right under it, no
    blank line between, as a live page copied from a browser sets its headline over its
    "Summary"; a sentence there opens the story."""
    first, _, rest = shown.lstrip("\n").partition("\n")
    under = rest.partition("\n")[0].strip()
    if first.rstrip().endswith(_SENTENCE_ENDS) or not (
        under == "Summary" or _KEY_POINTS_HEADING.fullmatch(under)
    ):
        return None
    return title_from_first_line(f"{first}\n\n")


# A programme's credit under a transcript's heading, a role and a name: "Presenter: Jo Lee".
_CREDIT = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?:\s+(?P<name>.+)")
_MAX_CREDITS_UNDER_HEADING = 2


def _dated_heading_over_names(shown: str) -> str | None:
    """The first line ``shown`` when it ends with its date after a mark and has a name or two
    under it, or credits ("Presenter: Jo Lee"), no blank line between: a transcript's heading
    over its programme's names ("Transcript: …, 2 December 2026", then "Radio Kestrel",
    "Morning Programme"). A line of a paragraph wrapped by hand has the paragraph's next line
    under it; a turn of the transcript ("CHAIR: Good evening.") names no one."""
    block: list[str] = []
    for line in shown.strip().split("\n"):
        if not line.strip():
            break
        block.append(line.strip())
    under = [(line, _CREDIT.fullmatch(line)) for line in block[1:]]
    credits = [credit["name"] for _, credit in under if credit is not None]
    names = [line for line, credit in under if credit is None]
    if not under or len(names) > _MAX_NAMES_UNDER_HEADING:
        return None
    if len(credits) > _MAX_CREDITS_UNDER_HEADING or not all(map(_gives_writer, credits)):
        return None
    if not all(_is_menu_item(name) and _capitalised(name) for name in names):
        return None
    return block[0] if headline_and_date(block[0])[1] is not None else None
