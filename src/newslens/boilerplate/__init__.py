"""Site furniture inside an article's text: navigation tails, share buttons, cookie notices.

Text extracted from a web page often keeps a few lines that are the site's, not the article's:
"… Previous post …", "Share this article", "Read more:", "Related articles" and its list of links;
wire copy ends with its credits ("(Reporting by …; Editing by …)", "Associated Press writer
Jim Gomez contributed to this report.") and corrections with a note
("This article was amended on …"), a local paper's story with how to reach its reporter.
Text pasted from elsewhere brings its own: a newsletter's "View in browser" and "Unsubscribe",
a picture's caption and credit, a PDF's page numbers and the running head repeated on each
page.
The reader dims these spans and the analysis ignores them, so a headline in a "Next post" link is
never listed as one of the article's claims.

The decision is made line by line (a line is a paragraph of extracted text), because site
furniture arrives as whole lines; only a line's own words are used, never the article's topic.

The modules, lowest first: ``spans`` holds the spans found and asks whether a span lies inside
them (:class:`Furniture`); ``dates`` reads time stamps and dates, ``bylines`` bylines and the
names they sign; ``pitches_and_contacts`` whether a line asks something of the reader (a pitch
for a newsletter, an app or a subscription, how to reach the reporter); ``lines`` decides
whether one line, by its own words, is the site's or a paragraph of the story (the words kept
in ``leads``, ``captions`` and ``masthead_names``); ``senders`` reads who sent a text (an
email's headers, a press release's issuer); ``menus``, ``above``, ``mastheads``, ``ends`` and
``repeats`` each find one kind of furniture by the lines around it: a site's menus, what a page
sets above its story (``writers_over_dates`` reads the writer it names without a "By"), a paper's
or a newsletter's masthead, what comes under the story, and what a page repeats (a PDF's running
head, a box of key points, a live blog's key events); and this module reads a text line by line and
gathers them all (:func:`find_boilerplate`), and reads a plain text's title, byline and date
past them. A name with a leading underscore is the package's own: its modules share it, and only
they and their tests use it.
"""

from __future__ import annotations

import functools
import itertools
import re

from newslens.article import Span, front_matter, title_from_first_line
from newslens.boilerplate.above import _above_the_story
from newslens.boilerplate.bylines import (
    _ROLE,
    BYLINE_WORDS,
    ONE_NAME,
    is_byline,
    names_as_written,
    names_of,
    signed_names,
)
from newslens.boilerplate.captions import _credited_captions
from newslens.boilerplate.dates import (
    _LONE_DATE,
    PUBLISHED_LABEL,
    earliest_entry_date,
    headline_and_date,
    is_entry_time,
    opens_an_entry,
    stamp_signer,
    time_stamp,
    written_date,
)
from newslens.boilerplate.ends import (
    _MAX_NOTE_LINES,
    _asked,
    _ends_the_story,
    _is_writer_note,
    _opens_a_block,
    _opens_a_note,
    _topic_tags,
    _without_emphasis,
    _writer_notes_at_the_end,
)
from newslens.boilerplate.lines import (
    _HEAD_CHARS,
    _PARAGRAPHS_ON_TOP,
    LIST_POINT,
    _detail_parts,
    _is_furniture,
    _is_paragraph,
    _looks_like_link,
)
from newslens.boilerplate.masthead_names import reads_as_masthead_name
from newslens.boilerplate.mastheads import (
    _is_dated_masthead,
    _is_masthead_date,
    _is_masthead_over_its_date,
    _masthead_on_top,
)
from newslens.boilerplate.menus import _menu_lines, _top_menu
from newslens.boilerplate.pitches_and_contacts import _WRITER_CONTACT
from newslens.boilerplate.repeats import (
    _key_events,
    _key_points_boxes,
    _running_heads,
    running_head_words,
    running_heads,
)
from newslens.boilerplate.senders import (
    _ABOUT,
    email_headers,
    press_release_issuer,
    subject_title,
)
from newslens.boilerplate.spans import (
    _SENTENCE_ENDS,
    Furniture,
    _lines,
    _merge,
    is_inside,
    strip_span,
)
from newslens.boilerplate.writers_over_dates import (
    _headline_over_its_standfirst,
    _writer_over_the_date,
)
from newslens.wrapping import reply_marks_blanked

__all__ = [
    "BYLINE_WORDS",
    "LIST_POINT",
    "ONE_NAME",
    "PUBLISHED_LABEL",
    "Furniture",
    "byline_under_headline",
    "date_under_headline",
    "earliest_entry_date",
    "find_boilerplate",
    "headline_and_date",
    "is_byline",
    "is_entry_time",
    "is_inside",
    "names_as_written",
    "names_of",
    "opens_an_entry",
    "press_release_issuer",
    "reads_as_masthead_name",
    "signed_names",
    "strip_span",
    "subject_title",
    "time_stamp",
    "title_past_furniture",
    "written_date",
]

# A heading that introduces a block of links ("Related articles", then one headline a line).
_LIST_HEADING = re.compile(
    r"^\W*(?:related|read\ (?:more|next)|(?:explore\ )?more\ (?:from|on|stories|galleries|videos|podcasts)|topics|you\ may\ also\ like|"
    r"recommended|most\ (?:read|popular|viewed|shared|commented)|trending|see\ also|also\ read)\b"
    r"[^.!?]{0,40}$",
    re.IGNORECASE | re.VERBOSE,
)

# A blog's name, as it heads each page: "Kettle Lane Diary".
_MAX_BLOG_NAME_WORDS = 4


def find_boilerplate(text: str) -> list[Span]:
    """Spans of ``text`` that are site furniture, ordered, merged, end exclusive.

    Adjacent furniture lines (and the line breaks between them) merge into one span, so the
    sample article's "Previous post" and "Next post" lines come back as a single range.
    Leading and trailing whitespace of each line is left out of the spans.
    """
    return list(_furniture_of(text))


# The analysis asks twice for an article's furniture: the claims component for each chunk's
# text, and the assembly of the results for the article's, the same text when the article is
# one chunk, asked again a parsing batch (four chunks) later at most.
@functools.lru_cache(maxsize=8)
def _furniture_of(text: str) -> tuple[Span, ...]:
    text = reply_marks_blanked(text)
    lines = _lines(text)
    marked = _furniture_line_by_line(text, lines)
    marked += _top_menu(text, lines) + _masthead_on_top(text, lines) + _menu_lines(text, lines)
    marked += _credited_captions(text, lines)
    marked += [span for span, _ in [email_headers(text), front_matter(text)] if span is not None]
    marked += _above_the_story(text, lines, Furniture(marked))
    marked += _over_a_signed_headline(text, lines, _merge(text, sorted(set(marked))))
    furniture = Furniture(marked)
    notes = _writer_notes_at_the_end(text, lines, furniture)
    found = (
        notes
        + _topic_tags(text, lines, furniture, set(notes))
        + _running_heads(text, lines)
        + _key_points_boxes(text, lines)
        + _key_events(text, lines)
    )
    return tuple(_merge(text, sorted(set(found + marked))))


def _furniture_line_by_line(text: str, lines: list[Span]) -> list[Span]:
    """The lines that are furniture by their own words or by the lines over them, read from
    the top: a list's links under its heading, a note's wrapped lines, a block to the next blank
    line, a press release's "About …" paragraph, and all from where the story ends."""
    marked: list[Span] = []
    in_list = in_block = False
    note_lines = 0  # lines of a wrapped note still to come, at most
    under_byline = False  # whether the last line with words on it was a byline
    asked: Span | None = None  # the last line with words on it, if it asks readers a question
    above: str | None = None  # the last line with words on it
    about: tuple[Span, str] | None = None  # an "About …" line and the name it gives
    for i, (start, end) in enumerate(lines):
        line = text[start:end].strip()
        if line.startswith(("*", "_")):
            line = _without_emphasis(line)
        if not line:
            in_list = in_block = False
            note_lines = 0
            continue
        previous, above = above, line
        asked = None if not previous or previous[-1] != "?" else _asked(text, lines, i, previous)
        if note_lines:
            marked.append(strip_span(text, start, end))
            note_lines = 0 if line.endswith(_SENTENCE_ENDS) else note_lines - 1
            continue
        if about is not None and line.startswith(about[1]):
            marked.extend((about[0], strip_span(text, start, end)))
        issuer = _ABOUT.fullmatch(line)
        about = None if issuer is None else (strip_span(text, start, end), issuer.group(1).strip())
        if _ends_the_story(line, text, end):
            marked.append(strip_span(text, start, len(text)))
            break
        in_block = in_block or _opens_a_block(line, text, end)
        if in_block or _is_furniture_line(line, previous, under_byline, text, lines, i):
            in_list = bool(_LIST_HEADING.match(line))
            under_byline = line.startswith(BYLINE_WORDS) and is_byline(line)
            if asked is not None and _WRITER_CONTACT.match(line):
                marked.append(asked)
            marked.append(strip_span(text, start, end))
            if _opens_a_note(line):
                note_lines = _MAX_NOTE_LINES - 1
        elif in_list and _looks_like_link(line):
            under_byline = False
            marked.append(strip_span(text, start, end))
        else:
            in_list = under_byline = False
    return marked


def _is_furniture_line(
    line: str, previous: str | None, under_byline: bool, text: str, lines: list[Span], at: int
) -> bool:
    """Whether line ``at`` is the site's by its own words, as a masthead's date or a dated
    masthead, or as a note on the writer or the writer's role under a byline."""
    return bool(
        _is_furniture(line)
        or _is_masthead_date(line, previous)
        or _is_dated_masthead(line, text, lines, at)
        or _is_masthead_over_its_date(line, previous, lines, text, at)
        or (under_byline and (_is_writer_note(line) or _ROLE.fullmatch(line) is not None))
    )


def byline_under_headline(text: str) -> str | None:
    """Who a plain text's byline names, as a reader writes them: its first "By …" line (or
    time stamp signed "by …", "Posted on 3 October 2026 by Ruth Bellamy") before the story's
    second paragraph. Further down, a "By …" line signs a related story or a reader's
    comment; "By the end of the year, …" opens a sentence and signs nothing. A Markdown text
    names its author in its front matter, a page without a "By" over the story's date or a
    reader view's reading time."""
    fields = front_matter(text)[1]
    if fields.get("author") or fields.get("authors"):
        return names_as_written(fields.get("author") or fields["authors"])
    paragraphs = 0
    for line in text[:_HEAD_CHARS].split("\n"):
        line = line.strip()
        signed = signed_names(line) if line.startswith(BYLINE_WORDS) and is_byline(line) else None
        signed = signed or _stamp_signed_by(line)
        if signed is not None:
            return names_as_written(signed)
        paragraphs += _is_paragraph(line)
        if paragraphs == _PARAGRAPHS_ON_TOP:
            break
    head = text[:_HEAD_CHARS]
    return names_as_written(_writer_over_the_date(head, find_boilerplate(head)))


def _stamp_signed_by(line: str) -> str | None:
    """Who signs a line that is a time stamp, or a line of the story's details one of whose
    parts is ("Posted on 3 October 2026 by Ruth Bellamy · 14 Comments"); None for others."""
    return next(
        (names for names in map(stamp_signer, _detail_parts(line) or [line]) if names), None
    )


def date_under_headline(text: str) -> str | None:
    """The ISO date a plain text's head gives: an email's date, or before the story's second
    paragraph when its time stamp says it was first published ("Published 2 December 2026"),
    else a date alone on its line (or with its time of day, "18 November 2026, 7:30am",
    unless a live blog's entries give an earlier), else when it was last updated; a line of
    the story's details is read a part at a time ("18 November 2026 · Updated 4:02pm"). A
    Markdown text's front matter gives it as its "date"."""
    sent = email_headers(text)[1] or front_matter(text)[1]
    if sent.get("date") or sent.get("sent"):
        return written_date(sent.get("date") or sent["sent"])
    paragraphs = 0
    updated = None
    above = ""  # the last line with words on it
    for line in text[:_HEAD_CHARS].split("\n"):
        line = line.strip()
        parts = _detail_parts(line)
        # A time of day with the date is the page's over the story or under its byline; in
        # the story it heads an entry of a timeline.
        timed = (
            bool(parts) or not paragraphs or (above.startswith(BYLINE_WORDS) and is_byline(above))
        )
        for part in parts or [line]:
            stamp = time_stamp(part)
            if stamp is not None and PUBLISHED_LABEL.match(stamp[0]):
                return written_date(stamp[1]) or updated
            if stamp is None and _LONE_DATE.fullmatch(part):
                return written_date(part) or updated
            day = written_date(part) if timed and stamp is None and is_entry_time(part) else None
            if day is not None:
                return earliest_entry_date(text) or day
            if stamp is not None and updated is None:
                updated = written_date(stamp[1])
        above = line or above
        paragraphs += _is_paragraph(line)
        if paragraphs == _PARAGRAPHS_ON_TOP:
            break
    return earliest_entry_date(text) or updated


def _blanked(text: str, spans: list[Span]) -> str:
    """``text`` with each span but its line breaks left out."""
    kept: list[str] = []
    last = 0
    for start, end in spans:
        kept.extend((text[last:start], "\n" * text.count("\n", start, end)))
        last = end
    kept.append(text[last:])
    return "".join(kept)


def title_past_furniture(text: str) -> str | None:
    """The headline of a plain text: an email's subject, a Markdown text's title in its
    front matter, its first line, or the first after the site's menu and other furniture
    pasted above it; failing that, the title a PDF repeats atop each page."""
    given = email_headers(text)[1].get("subject") or front_matter(text)[1].get("title")
    if given:
        return given
    head = find_boilerplate(text[:_HEAD_CHARS])
    if not head:
        return title_from_first_line(text)
    signed = _headline_over_its_signed_stamp(text[:_HEAD_CHARS], head)
    if signed is not None:
        return signed[1]
    # Read as the reader shows it, the furniture dimmed: a headline with only the byline and
    # the date under it, before a blank line, stands alone, and so does one over its standfirst
    # and those.
    shown = _blanked(text[:_HEAD_CHARS], head)
    title = title_from_first_line(shown) or _headline_over_its_standfirst(text[:_HEAD_CHARS], shown)
    if title is None and not text[: head[0][0]].strip():
        running = running_heads(text[:_HEAD_CHARS])
        if running and running[0][0] == head[0][0]:
            title = running_head_words(text, running[0])
    return title


def _headline_over_its_signed_stamp(text: str, furniture: list[Span]) -> tuple[int, str] | None:
    """Where the line right over the first time stamp its writer signs ("Posted on 3 October
    2026 by Ruth Bellamy") starts, and the title it gives, when it reads as a headline and no
    paragraph of the story is above it: a blog's post, under the blog's name, its tagline and
    its menu. A line ending a sentence there is a standfirst, no headline, and so is a line
    under a single one longer than a blog's name."""
    # ``furniture`` is in order: a stamp past the head signs no headline, and the spans past it
    # (all of a long article's) are not read.
    on_top = itertools.takewhile(lambda span: span[0] <= _HEAD_CHARS, furniture)
    first_lines = ((start, text[start:end].split("\n")[0]) for start, end in on_top)
    stamp = next((start for start, line in first_lines if _stamp_signed_by(line.strip())), None)
    if stamp is None:
        return None
    # the lines as the reader shows them, the furniture over the stamp dimmed
    shown = _blanked(text[:stamp], [s for s in furniture if s[1] <= stamp]).split("\n")
    above = [(k, line.strip()) for k, line in enumerate(shown) if line.strip()]
    if not above or above[-1][1].endswith(".") or any(_is_paragraph(line) for _, line in above):
        return None
    # One line over it longer than a blog's name is the post's headline, over its standfirst.
    if len(above) == 2 and len(above[0][1].split()) > _MAX_BLOG_NAME_WORDS:
        return None
    title = title_from_first_line(above[-1][1])
    # the furniture blanked keeps its line breaks, so the headline is on the same line of text
    at = sum(len(line) + 1 for line in text[:stamp].split("\n")[: above[-1][0]])
    return None if title is None else (at, title)


def _over_a_signed_headline(text: str, lines: list[Span], furniture: list[Span]) -> list[Span]:
    """The lines a blog sets over the headline of its post, which the title passes over (see
    :func:`_headline_over_its_signed_stamp`): the blog's name, its tagline, its menu."""
    headline = _headline_over_its_signed_stamp(text, furniture)
    if headline is None:
        return []
    return [
        strip_span(text, start, end)
        for start, end in lines
        if end <= headline[0] and text[start:end].strip()
    ]
