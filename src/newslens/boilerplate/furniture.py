"""How a text's furniture is found: read line by line from the top, each line by its own words
or by the lines over it, then gathered with what each module finds by the lines around it."""

from __future__ import annotations

import functools
import re

from newslens.article import Span, front_matter
from newslens.boilerplate.above import _above_the_story
from newslens.boilerplate.bylines import _ROLE, BYLINE_WORDS, byline_in_other_words, is_byline
from newslens.boilerplate.captions import _credited_captions
from newslens.boilerplate.dates import _is_date_or_time
from newslens.boilerplate.ends import (
    _MAX_NOTE_LINES,
    _asked,
    _ends_the_story,
    _is_writer_note,
    _opens_a_block,
    _opens_a_note,
    _topic_tags,
    _without_emphasis,
    _writer_box,
    _writer_notes_at_the_end,
)
from newslens.boilerplate.letterheads import _letterhead
from newslens.boilerplate.lines import (
    _is_furniture,
    _is_listening_time,
    _is_paragraph,
    _looks_like_link,
)
from newslens.boilerplate.mastheads import (
    _capitalised,
    _is_dated_masthead,
    _is_masthead_date,
    _is_masthead_over_its_date,
    _masthead_on_top,
    _newsletter_over_its_motto,
)
from newslens.boilerplate.menus import _is_menu_item, _menu_lines, _top_menu
from newslens.boilerplate.pitches_and_contacts import _WRITER_CONTACT
from newslens.boilerplate.repeats import _key_events, _key_points_boxes, _running_heads
from newslens.boilerplate.senders import _ABOUT, email_headers
from newslens.boilerplate.signed_posts import _over_a_signed_headline
from newslens.boilerplate.spans import _SENTENCE_ENDS, Furniture, _lines, _merge, strip_span
from newslens.wrapping import reply_marks_blanked

# A heading that introduces a block of links ("Related articles", then one headline a line).
_LIST_HEADING = re.compile(
    r"^\W*(?:related|read\ (?:more|next)"
    r"|(?:explore\ )?more\ (?:from|on|stories|galleries|videos|podcasts)"
    r"|(?:suggested\ )?topics|you\ may\ also\ like|"
    r"recommended|most\ (?:read|popular|viewed|shared|commented)|trending|see\ also|also\ read)\b"
    r"[^.!?]{0,40}$",
    re.IGNORECASE | re.VERBOSE,
)
# A site's footer heading over its own links ("Around Sky", then "Watch Sky Sports", "Get Sky
# Sports on NOW"); over a paragraph, or a single line, such words head a part of the story.
_AROUND_THE_SITE = re.compile(r"Around\ (?:the\ )?[A-Z][\w'’&-]*(?:\ [A-Z][\w'’&-]*){0,2}")
_LINKS_UNDER_IT = 2
_NEWSROOM_PARTS = 2  # its name and where it is: "BBC News, Cardiff"
# A list's number on a line of its own over its link ("Most popular", "1", "Man rescued …").
_LINK_NUMBER = re.compile(r"\d{1,2}\.?")


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
    marked += _newsletter_over_its_motto(text, lines)
    marked += _credited_captions(text, lines) + _letterhead(text, lines)
    marked += [span for span, _ in [email_headers(text), front_matter(text)] if span is not None]
    marked += _above_the_story(text, lines, Furniture(marked))
    marked += _over_a_signed_headline(text, lines, _merge(text, sorted(set(marked))))
    furniture = Furniture(marked)
    notes = _writer_notes_at_the_end(text, lines, furniture) + _writer_box(text, lines, furniture)
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
    # A list set one link a paragraph has a blank line under its heading ("More from …"), and
    # runs on past blank lines to the first line that is no link.
    spaced_list = False
    note_lines = 0  # lines of a wrapped note still to come, at most
    under_byline = False  # whether the last line with words on it was a byline
    in_story = False  # whether a paragraph of the story is above
    over_it_furniture = False  # whether the last line with words on it is furniture
    asked: Span | None = None  # the last line with words on it, if it asks readers a question
    above: str | None = None  # the last line with words on it
    about: tuple[Span, str] | None = None  # an "About …" line and the name it gives
    for i, (start, end) in enumerate(lines):
        line = text[start:end].strip()
        if line.startswith(("*", "_")):
            line = _without_emphasis(line)
        if not line:
            spaced_list = in_list and (spaced_list or bool(_LIST_HEADING.match(above or "")))
            in_list, in_block = spaced_list, False
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
        # A count of comments among the byline and the date is a button, no end of the story.
        among_details = (
            not in_story
            and "comment" in line.lower()
            and (over_it_furniture or _is_date_or_time(previous or ""))
        )
        if _ends_the_story(line, previous, text, end, among_details):
            marked.append(strip_span(text, start, len(text)))
            break
        in_block = in_block or _opens_a_block(line, text, end)
        if in_block or _is_furniture_line(line, previous, under_byline, text, lines, i):
            in_list = bool(_LIST_HEADING.match(line) or _AROUND_THE_SITE.fullmatch(line)) or (
                in_list and _LINK_NUMBER.fullmatch(line) is not None
            )
            # Over the story, "Written by …" is its byline; under it, it opens the writer's note
            # over their bio.
            under_byline = (line.startswith(BYLINE_WORDS) and is_byline(line)) or (
                not in_story and byline_in_other_words(line) is not None
            )
            if asked is not None and _WRITER_CONTACT.match(line):
                marked.append(asked)
            marked.append(strip_span(text, start, end))
            over_it_furniture = True
            if _opens_a_note(line) and not under_byline:
                note_lines = _MAX_NOTE_LINES - 1
        elif in_list and _looks_like_link(line):
            under_byline = False
            marked.append(strip_span(text, start, end))
        else:
            in_list = under_byline = over_it_furniture = False
            in_story = in_story or _is_paragraph(line)
    return marked


def _is_furniture_line(
    line: str, previous: str | None, under_byline: bool, text: str, lines: list[Span], at: int
) -> bool:
    """Whether line ``at`` is the site's by its own words, as a masthead's date or a dated
    masthead, or as a note on the writer or the writer's role under a byline."""
    return bool(
        _is_furniture(line)
        or _is_listening_time(line, previous)
        or (_AROUND_THE_SITE.fullmatch(line) is not None and _over_links(text, lines, at))
        or _is_masthead_date(line, previous)
        or _is_dated_masthead(line, text, lines, at)
        or _is_masthead_over_its_date(line, previous, lines, text, at)
        or (under_byline and (_is_writer_note(line) or _ROLE.fullmatch(line) is not None))
        or (under_byline and _is_newsroom(line) and bool(text[slice(*lines[at - 1])].strip()))
    )


def _is_newsroom(line: str) -> bool:
    """Whether a line names the newsroom a writer files for, perhaps with its place, as a page
    sets it right under the byline ("BBC Wales", "Reuters", "BBC News, Cardiff")."""
    parts = line.split(", ")
    return len(parts) <= _NEWSROOM_PARTS and all(
        _is_menu_item(part) and _capitalised(part) for part in parts
    )


def _over_links(text: str, lines: list[Span], at: int) -> bool:
    """Whether the lines right under line ``at``, no blank line between, are links."""
    under = [text[slice(*line)].strip() for line in lines[at + 1 : at + 1 + _LINKS_UNDER_IT]]
    return len(under) == _LINKS_UNDER_IT and all(line and _looks_like_link(line) for line in under)
