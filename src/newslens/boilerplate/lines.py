"""Whether one line, by its own words, is the site's (``_is_furniture``): a lead ("Share this
article", "Read more:"), a button, a picture's credit, a page number, a newsletter's dated
masthead, a Markdown link's address ("[1]: https://…"), or one of the site's asks that
``pitches_and_contacts`` tells (a pitch for a newsletter, an app or a subscription, how to
reach the reporter); or whether it is a paragraph of the story (``_is_paragraph``), or one
that opens it. The words themselves are kept in ``leads``, ``captions`` and
``masthead_names``."""

from __future__ import annotations

import re

from newslens.boilerplate.bylines import BYLINE_WORDS, is_byline
from newslens.boilerplate.captions import _is_caption, _is_credit_line
from newslens.boilerplate.dates import _is_date_or_time, time_stamp
from newslens.boilerplate.leads import _ANYWHERE, _BUTTONS, _LEADS, _MAX_BUTTON
from newslens.boilerplate.masthead_names import _is_named_masthead
from newslens.boilerplate.pitches_and_contacts import _WRITER_CONTACT, _is_pitch
from newslens.boilerplate.spans import _SENTENCE_ENDS
from newslens.wrapping import LINK_DEFINITION

# A page number left in text copied from a PDF ("14", "- 14 -", "Page 3 of 12"): dashes or
# brackets around it at most, so that a figure alone on its line ("£5", "40%") and a year
# heading a timeline ("2019") are not taken for one.
_PAGE_NUMBER = re.compile(
    r"[-–—(\[ ]{0,3}(?:page\s+)?\d{1,3}(?:\s*(?:/|of)\s*\d{1,3})?[-–—)\] ]{0,3}", re.I
)


# Leads that also begin sentences ("Read more than the headline …", "Posted in 2019, the
# video …"): furniture only as a link's label, a colon after them or no sentence ending.
_LINK_LEADS = re.compile(
    r"^\W*(?:read\ (?:more|also|next)|filed\ under|posted\ in)\b(\s*[:>»›→|]|\W*$)?",
    re.IGNORECASE | re.VERBOSE,
)

# Furniture lines are short; a long line that merely mentions "subscribe" is prose.
_MAX_LINE = 400
# A link under a list heading: a headline, short and without a sentence-ending full stop.
_MAX_LINK = 160


LIST_POINT = re.compile(r"[-•*·–—]\s+\S")
# What stands above a story's second paragraph is its head: the first may be the standfirst
# under the headline.
_PARAGRAPHS_ON_TOP = 2
# A live blog's standfirst may run to three paragraphs, with its stamp of when it was first
# published under them.
_STANDFIRST_PARAGRAPHS = 3


def _is_paragraph(line: str) -> bool:
    return (
        line.endswith(_SENTENCE_ENDS)
        and len(line.split()) >= _MIN_PARAGRAPH_WORDS
        and not LIST_POINT.match(line)
        and not _is_furniture(line)
    )


def _is_furniture(line: str) -> bool:
    if len(line) > _MAX_LINE:
        return False
    return bool(
        (len(line) <= _MAX_BUTTON and line.lower() in _BUTTONS)
        or _LEADS.match(line)
        or _ANYWHERE.search(line)
        or time_stamp(line) is not None
        or _is_link_lead(line)
        or (line.startswith(BYLINE_WORDS) and is_byline(line))
        or _is_pitch(line)
        or _WRITER_CONTACT.match(line) is not None
        or _is_caption(line)
        or _is_credit_line(line)
        or _PAGE_NUMBER.fullmatch(line) is not None
        or _is_named_masthead(line)
        or (len(line) <= _MAX_SITE_LINK and _SITE_LINK.fullmatch(line) is not None)
        or LINK_DEFINITION.fullmatch(line) is not None
        or ("ack to " in line and _BACK_HOME.fullmatch(line) is not None)
        or ("  " in line and _is_row_of_buttons(line))
        or bool(_detail_parts(line))
    )


# A site's notes and links that are a short line of their own, looked for only in one: a note
# to turn on JavaScript, a forum's name and its poster's ("r/Porthaven", "Posted by
# u/harbourwatcher"); and its logo, a link home ("The Guardian - Back to homepage").
_SITE_LINK = re.compile(
    r"""(?:please\ )?(?:turn\ on|enable)\ javascript\b[^.!?\n]{0,60}[.!]?
        | r/\w{2,30} | (?:posted|submitted)\ by\ u/[\w-]{2,30}""",
    re.IGNORECASE | re.VERBOSE,
)
_MAX_SITE_LINK = 80
_BACK_HOME = re.compile(r"[^.!?\n]{0,60}\b[Bb]ack\ to\ (?:the\ )?(?i:home\ ?page)\W*", re.X)


# A page's buttons copied on one line, wide gaps between them: "Share  Save  Gift this article".
_GAP = re.compile(r"\s{2,}")


def _is_row_of_buttons(line: str) -> bool:
    buttons = _GAP.split(line)
    return len(buttons) > 1 and all(map(_is_furniture, buttons))


# A story's details on one line: its date and how long it takes to read ("December 1, 2026 · 6
# min read"), when it was updated ("18 November 2026, 7:30am · Updated 4:02pm"), or how many
# comments it has (WordPress's "Posted on 3 October 2026 by Ruth Bellamy · 14 Comments"); or
# the site's address with its reading time, as a read-it-later app sets it ("example.com · 4
# min read"). A wire's page sets the time it was updated after the date with no mark between
# ("December 3, 2026 4:12 PM GMT Updated 2 hours ago"). A row of a table of dates and times
# (its cells between " | ") is the story's.
_META_SEPARATOR = re.compile(r"\s+[·|•]\s+|(?<=[\w.])\s*(?=(?:Updated|Published)\b)")
_LABELLED_DETAIL = re.compile(
    r"\d{1,3}\ ?min(?:ute)?s?\ read|(?:\d+|no)\ comments?|leave\ a\ (?:comment|reply)",
    re.IGNORECASE,
)
# A site's address as a reader view sets it over the headline: "www.example.co.uk".
_HOSTNAME = re.compile(r"(?:[a-z0-9-]+\.)+[a-z]{2,24}", re.IGNORECASE)


def _detail_parts(line: str) -> list[str]:
    """The parts of a line of a story's details, between its marks; [] for any other line."""
    if not ("·" in line or "|" in line or "•" in line or "Updated" in line or "Published" in line):
        return []
    parts = _META_SEPARATOR.split(line)
    labelled = [bool(_LABELLED_DETAIL.fullmatch(part) or time_stamp(part)) for part in parts]
    if len(parts) < 2 or not any(labelled):
        return []
    kept = all(
        is_labelled or _is_date_or_time(part) or _HOSTNAME.fullmatch(part)
        for part, is_labelled in zip(parts, labelled, strict=True)
    )
    return parts if kept else []


# A story's first paragraph is one sentence at least; a greeting ("Good morning. Here is …")
# is furniture.
_MIN_PARAGRAPH_WORDS = 8


def _opens_story(line: str | None) -> bool:
    if line is None:
        return False
    return is_byline(line) or (
        line.endswith(_SENTENCE_ENDS)
        and len(line.split()) >= _MIN_PARAGRAPH_WORDS
        and not _is_furniture(line)
    )


# The length of the recording under a page's "Listen to this article" button ("6 min"); a
# minute alone elsewhere is a match report's.
_LISTEN = re.compile(r"\W*listen\ to\ this\ (?:article|story)\W*", re.I | re.X)
_LISTENING_TIME = re.compile(r"\d{1,3}\ ?min(?:ute)?s?", re.I | re.X)


def _is_listening_time(line: str, previous: str | None) -> bool:
    return _LISTENING_TIME.fullmatch(line) is not None and bool(_LISTEN.fullmatch(previous or ""))


def _is_link_lead(line: str) -> bool:
    lead = _LINK_LEADS.match(line)
    return lead is not None and (lead.group(1) is not None or _looks_like_link(line))


def _looks_like_link(line: str) -> bool:
    # A headline may ask a question ("Why are trains so late?"); it does not end a sentence.
    return len(line) <= _MAX_LINK and not line.rstrip("\"'”’)").endswith((".", "!", ":"))


# Site furniture pasted above a story (a menu, "Skip to content") is a few short lines; a PDF's
# running head is known as one where it comes again at the top of the next page.
_HEAD_CHARS = 8000
