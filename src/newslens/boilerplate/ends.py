"""What comes under the story: readers' comments, the end of a release or an email, a
newsletter's footer, a contact block, a paper's listings, a note on the story or on its writer
(``_writer_notes_at_the_end``; a platform's box on the writer, ``_writer_box``), the topics a
post is tagged with (``_topic_tags``), and a call for readers' stories over how to send them."""

from __future__ import annotations

import re

from newslens.article import Span
from newslens.boilerplate.pitches_and_contacts import _REPORTED
from newslens.boilerplate.spans import _SENTENCE_ENDS, Furniture, strip_span
from newslens.boilerplate.writers_over_dates import _gives_writer

# A blog's comments under the story, pasted with it: "4 thoughts on “Headline”", "12 Comments",
# "3 responses to …", a newsletter's "Discussion about this post", a forum's "Sort by: Best"
# over its thread; everything from there on is readers' words, not the article's. A count
# alone among the story's details over it ("14 comments" under the byline and the date) is
# only a button there, the story under it.
_COMMENT_COUNT = re.compile(r"\W*\d+\ comments?\W*", re.IGNORECASE)
_COMMENTS_HEADING = re.compile(r"\W*(?:\d+\ )?comments?\W*", re.IGNORECASE)
_COMMENTS_HEAD = re.compile(
    r"""^\W*(?:\d+\ (?:thoughts?|comments?|responses?|replies)(?:\ (?:on|to)\b[^.!?]*)?
        |discussion\ about\ this\ (?:post|article|story)
        |sort\ (?:comments\ )?by\s*:?\s*(?:best|top|new(?:est)?|old(?:est)?|controversial|q&a))\W*$""",
    re.IGNORECASE | re.VERBOSE,
)
# A paper's comments under its "Comments" head open with a prompt to join them ("Join the
# conversation", "Log in to comment"), readers' words under it; the prompt alone may stand in
# the story as a button.
_COMMENTS_PROMPT = re.compile(
    r"\W*(?:(?:log|sign)\ in\ to\ comment|join\ the\ (?:conversation|discussion))\W*",
    re.IGNORECASE | re.VERBOSE,
)

# The end of a press release or an email, after which nothing is the story's: "-ENDS-", "###",
# "- 30 -", "Notes to editors", an email's signature ("-- "). A contact block ("For more
# information contact:", "Media contact:") runs to the next blank line.
_THE_END = re.compile(
    r"""^[ \t]*(?:-{1,2}[ \t]*(?i:ends?)[ \t]*-{1,2}|(?i:ends)|\#{3}|-[ \t]*30[ \t]*-|--[ \t]?
        |(?i:notes?\ (?:to|for)\ editors?|editors?['’]?\ notes?)[ \t]*:?
        |(?i:(?:forward-looking|safe\ harbou?r|cautionary)\ statements?)[ \t]*:?)[ \t]*$""",
    re.VERBOSE,
)
# A newsletter's footer, down to the sender's postal address: "You are receiving this because
# …", "Unsubscribe | Update your preferences".
_NEWSLETTER_FOOT = re.compile(
    r"^\W*(?:you(?:'re|’re|\ are)\ receiving\ this\b|unsubscribe\b[^.!?\n]{0,80}$)",
    re.IGNORECASE | re.VERBOSE,
)
_CONTACT = re.compile(
    r"^\W*(?:for\ (?:more|further)\ (?:information|details)[^.\n]{0,40}|(?:media|press)\ (?:contacts?|enquiries|inquiries))\s*:?\s*$",
    re.IGNORECASE | re.VERBOSE,
)
# A local paper's listings pasted under the story, each under its heading and running to the
# next blank line: "Obituaries", then "JENKINS, Margaret Ann. Peacefully at home …".
_LISTINGS = re.compile(
    r"""^\W*(?:obituaries|(?:death|family|public|legal)\ notices|classifieds?|classified\ ads
        |announcements|(?:births,\ )?marriages\ (?:and|&)\ deaths)\W*$""",
    re.IGNORECASE | re.VERBOSE,
)
_MAX_LISTINGS_HEADING = 40  # "Births, marriages and deaths:", the longest

# A note on the story itself, under it or under its byline: its writer ("Jane Doe is a senior
# fellow at …", "Written by Jane Doe" over her followers and bio), a correction, who else
# reported it. Text wrapped by hand carries such a note on to a second or third line, which
# goes with it; a note whose line ends its sentence ends there.
_NOTE = re.compile(
    r"""^\W*(?:this\ (?:article|story|column|piece|post)\ (?:was|has\ been)\ |correction
        |clarification|editor['’]?s['’]?\ note|(?:an?\ )?(?:earlier|previous)\ version
        |(?:with\ )?additional\ reporting|(?:the\ )?(?:views|opinions)\b|[^.\n]{3,120}\bcontributed\b
        |written\ by\b)""",
    re.IGNORECASE | re.VERBOSE,
)
_MAX_NOTE_LINES = 4
# The writer's note names them in full, perhaps with a title, and says what they are or do,
# where the story calls the people in it "Mr Hill" or "Hill"; under the story or under the
# byline, and in the words of a note: a post, a work, a book, the subjects they write on.
_WRITER_NOTE = re.compile(
    r"""^\W*(?:(?:dr|prof(?:essor)?|sir|dame)\.?\ )?(?-i:[A-Z][\w'’-]+(?:\ (?P<surname>[A-Z][\w'’.-]+)){1,3})
        \ (?:is|was)\ (?:a|an|the|our)\ [^\n]{0,120}?\b(?:fellow|professor|lecturer|researcher
        |scholar|director|author|writer|journalist|editor|correspondent|columnist|reporter
        |economist|analyst|historian|scientist|contributor|founder|consultant|advis[eo]r|campaigner
        |novelist|poet|critic|commentator|broadcaster|freelance|host|presenter|producer|partner
        |chair|chief\ executive|head\ of)""",
    re.IGNORECASE | re.VERBOSE,
)
_MAX_WRITER_NOTE = 400
# A call for readers' stories over how to send them ("Have you been affected by the closures?",
# then "Tell us at …"): the question alone may be the story's, a quoted one or a reporter's.
_READERS_QUESTION = re.compile(
    r"\W*(?:have|has|were|was|did|do|are|is)\ (?:you|your|anyone)\b[^\n]{0,150}\?", re.IGNORECASE
)


def _asked(text: str, lines: list[Span], at: int, line: str) -> Span | None:
    """The span of ``line``, the last line with words on it before line ``at``, if it asks
    readers a question; else None."""
    if _READERS_QUESTION.fullmatch(line) is None:
        return None
    return next(
        (
            strip_span(text, *lines[k])
            for k in range(at - 1, -1, -1)
            if text[slice(*lines[k])].strip()
        ),
        None,
    )


def _ends_the_story(
    line: str, previous: str | None, text: str, end: int, among_details: bool
) -> bool:
    """Whether ``line``, ending at ``end`` under the line ``previous``, opens what runs to the
    end of the text and is none of the story's: readers' comments, the end of a release or an
    email, a newsletter's footer. ``among_details``: whether the line is under the story's
    details, no paragraph above."""
    return bool(
        (_COMMENTS_HEAD.match(line) and not (among_details and _COMMENT_COUNT.fullmatch(line)))
        or (
            _COMMENTS_PROMPT.fullmatch(line)
            and not among_details
            and _COMMENTS_HEADING.fullmatch(previous or "")
        )
        or (_THE_END.match(line) and (line != "--" or _few_lines_after(text, end)))
        or (_NEWSLETTER_FOOT.match(line) and _few_lines_after(text, end))
    )


def _opens_a_block(line: str, text: str, end: int) -> bool:
    """Whether ``line``, ending at ``end``, heads a block that runs to the next blank line: a
    contact block or a paper's listings."""
    return bool(
        _CONTACT.match(line)
        or (len(line) <= _MAX_LISTINGS_HEADING and _heads_listings(line, text, end))
    )


def _opens_a_note(line: str) -> bool:
    """Whether a line of furniture opens a note that text wrapped by hand carries on."""
    return not line.endswith(_SENTENCE_ENDS) and bool(_NOTE.match(line) or _is_writer_note(line))


def _heads_listings(line: str, text: str, end: int) -> bool:
    # A story's subheading has a blank line under it, a listing's heading its first entry.
    return _LISTINGS.match(line) is not None and text[end : end + 2].strip() != ""


def _is_writer_note(line: str) -> bool:
    return (
        len(line) <= _MAX_WRITER_NOTE
        and _WRITER_NOTE.match(line) is not None
        and not _REPORTED.search(line)
        and not any(mark in line for mark in '"“”')
    )


def _without_emphasis(line: str) -> str:
    """A line without the Markdown marks that set it in italics or bold ("*Additional
    reporting by Sam Lee.*"); a list's point ("* First point") keeps its mark."""
    mark = line[:1]
    if mark not in ("*", "_") or not line.endswith(mark):
        return line
    inner = line.strip(mark)
    return inner if inner[:1].isalnum() else line


def _writer_notes_at_the_end(text: str, lines: list[Span], furniture: Furniture) -> list[Span]:
    """The notes on the story's writers after its last paragraph, with nothing after them but
    furniture; each a paragraph, its lines perhaps wrapped by hand."""
    notes: list[Span] = []
    paragraph: list[Span] = []
    for start, end in reversed(lines):
        span = strip_span(text, start, end)
        if span[0] < span[1] and not furniture.covers(span):
            paragraph.insert(0, span)
            continue
        if paragraph:
            note = _without_emphasis(" ".join(text[a:b] for a, b in paragraph))
            if not _is_writer_note(note) or _named_in_the_story(note, text, span[0], furniture):
                return notes + _note_under_the_last_line(text, paragraph, furniture)
            notes.extend(paragraph)
            paragraph = []
    return notes


def _note_under_the_last_line(text: str, paragraph: list[Span], furniture: Furniture) -> list[Span]:
    """The lines of a note on the writer that close a paragraph, under a line that ends the
    story's last sentence: a page copied a line a paragraph, no blank line between them. A
    note's lines are few; a story pasted as one paragraph is not read through."""
    for k in range(len(paragraph) - 1, max(0, len(paragraph) - _MAX_NOTE_LINES - 1), -1):
        if not text[slice(*paragraph[k - 1])].endswith(_SENTENCE_ENDS):
            continue
        note = _without_emphasis(" ".join(text[a:b] for a, b in paragraph[k:]))
        if _is_writer_note(note) and not _named_in_the_story(
            note, text, paragraph[k][0], furniture
        ):
            return paragraph[k:]
    return []


# The topics a blogging platform tags a post with, pasted under it one a line ("Data
# Journalism", "Local Government"): a few words, each with a capital but the small words
# between them, and no mark that ends or joins a sentence.
_TAG = re.compile(
    r"[A-Z0-9][\w'’.+#&-]*(?:\ (?:[A-Z0-9][\w'’.+#&-]*|and|of|the|in|for|&)){0,3}(?<!\.)"
)
_MIN_TAGS = 2
_MAX_TAGS = 8
# A sentence that introduces the list under it as a colon would: "… are as follows.", "…
# are listed below."
_INTRODUCES_A_LIST = re.compile(r"\b(?:as\ follows|the\ following|below)\W*$", re.I | re.X)
# The counts of a post's likes and responses under its tags, "1.2K", "18".
_COUNT = re.compile(r"\d[\d.,]*[KkMm]?")


def _topic_tags(text: str, lines: list[Span], furniture: Furniture, notes: set[Span]) -> list[Span]:
    """The topic tags between the story's last sentence and the page's furniture under it,
    two or more lines of them. A story's own last short lines stay: a list under a heading, a
    colon (which ends no sentence) or a sentence that introduces it, a sign-off after a comma
    or one whose name the text gives above it (in its byline), and any with nothing of the
    page's under them. Tags set one a paragraph ("Climate", "Cities") run up to the story's
    last line; tags on lines of one paragraph, to the blank line over them."""
    tags: list[Span] = []
    under = False  # whether the page's furniture has been seen under the lines so far
    in_one_paragraph = False  # whether two tags have been read with no blank line between
    apart = False  # whether a blank line is between the line read and the tag under it
    for start, end in reversed(lines):
        span = strip_span(text, start, end)
        if span[0] == span[1] and not tags:
            continue
        if not tags and (span in notes or furniture.covers(span)):
            under = True
            continue
        if not tags and _COUNT.fullmatch(text[span[0] : span[1]]):
            continue
        if span[0] == span[1]:
            if in_one_paragraph:
                break
            apart = True
            continue
        tag = under and _TAG.fullmatch(text[span[0] : span[1]]) is not None
        if apart and not tag:
            break
        if not tag:
            return []
        in_one_paragraph = bool(tags) and not apart
        apart = False
        tags.insert(0, span)
    if not tags or len(tags) > _MAX_TAGS:
        return []
    # The post's end may come between its last sentence and its tags: the counts of its claps
    # and responses, a "More from …" link. One line of tags stands there only.
    story = text[: tags[0][0]].rstrip()
    last, ended = _last_line_above(text, lines, tags[0][0], furniture)
    if len(tags) < _MIN_TAGS and not ended:
        return []
    if (
        not last.endswith(_SENTENCE_ENDS)
        or _INTRODUCES_A_LIST.search(last)
        or _given_above(text[tags[0][0] : tags[0][1]], story, furniture)
    ):
        return []
    return ended + tags


def _given_above(tag: str, story: str, furniture: Furniture) -> bool:
    """Whether the story gives a tag's words above it as a line of their own (a heading of its
    own that its last lines repeat) or in the page's furniture (the byline's name, which a
    sign-off repeats). A word of a sentence ("Climate scientists say …") is no tag's."""
    words = re.escape(tag)
    if re.search(rf"^[^\S\n]*{words}[^\S\n]*$", story, re.MULTILINE):
        return True
    return any(furniture.covers(given.span()) for given in re.finditer(words, story))


def _last_line_above(
    text: str, lines: list[Span], at: int, furniture: Furniture
) -> tuple[str, list[Span]]:
    """The last line with words on it above ``at`` that is neither furniture nor a count, and
    the lines of those that came between."""
    between: list[Span] = []
    for start, end in reversed(lines):
        span = strip_span(text, start, end)
        if span[1] > at or span[0] == span[1]:
            continue
        line = text[span[0] : span[1]]
        if not (_COUNT.fullmatch(line) or furniture.covers(span)):
            return line, between
        between.append(span)
    return "", between


def _named_in_the_story(note: str, text: str, end: int, furniture: Furniture) -> bool:
    """Whether the person a note is on is named in the story before it, outside its byline:
    the story's closing words on someone in it ("Maria Lopez is the director of the food
    bank"), not a note on its writer."""
    named = _WRITER_NOTE.match(note)
    surname = "" if named is None else named.group("surname")
    return any(
        not furniture.covers((at.start(), at.end()))
        for at in re.finditer(rf"\b{re.escape(surname)}\b", text[:end])
    )


# An email's signature, after "-- ", is a few lines, and so is a newsletter's footer; a "--"
# or an "Unsubscribe" with more after it is a break or a link in the middle.
_FOOTER_LINES = 6


def _few_lines_after(text: str, end: int) -> bool:
    return sum(1 for line in text[end:].splitlines() if line.strip()) <= _FOOTER_LINES


# A blogging platform's box on the post's writer, under the post: the name ("Written by Hannah
# Blake", or the name alone) over the count of followers, and the bio under it that ends with
# the "Follow" button ("Writer on cities and climate. Follow").
_FOLLOWERS = re.compile(r"^[ \t]*[\d.,]+[KkMm]?\ (?i:followers)[ \t]*$", re.MULTILINE)
_BIO_OVER_BUTTON = re.compile(r"[^\n]{1,200}\bFollow")


def _writer_box(text: str, lines: list[Span], furniture: Furniture) -> list[Span]:
    """The lines of a platform's box on the writer, with nothing under it but furniture and
    counts: the count of followers, the name over it and the bio under it."""
    # Only a text with a count of followers on a line of its own has its lines read.
    rows: list[Span] = []
    for count in _FOLLOWERS.finditer(text):
        spans = (strip_span(text, *line) for line in lines)
        rows = rows or [span for span in spans if span[0] < span[1]]
        k = next(k for k, span in enumerate(rows) if span[1] >= count.end())
        box = [rows[k]]
        over = text[slice(*rows[k - 1])] if k else ""
        if over and (_gives_writer(over) or _NOTE.match(over)):
            box.insert(0, rows[k - 1])
        if k + 1 < len(rows) and _BIO_OVER_BUTTON.fullmatch(text[slice(*rows[k + 1])]):
            box.append(rows[k + 1])
        under = rows[rows.index(box[-1]) + 1 :]
        if all(_COUNT.fullmatch(text[a:b]) or furniture.covers((a, b)) for a, b in under):
            return box
    return []
