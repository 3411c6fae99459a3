"""A paper's or a newsletter's masthead pasted above its story: a paper's name and motto
(``_masthead_on_top``), a newsletter's name over the day's date or its issue, or over its motto
over its issue (``_newsletter_over_its_motto``), a name and a date on one line over a greeting
rather than a story."""

from __future__ import annotations

import re

from newslens.article import Span, title_from_first_line, written_in_capitals
from newslens.boilerplate.dates import _LONE_DATE
from newslens.boilerplate.lines import _HEAD_CHARS, _is_furniture, _opens_story
from newslens.boilerplate.masthead_names import _ISSUE_LINE, _dated, reads_as_masthead_name
from newslens.boilerplate.spans import _SENTENCE_ENDS, strip_span


def _capitalised(line: str) -> bool:
    return all(word[0].isupper() or word == "&" for word in line.split())


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


def _newsletter_over_its_motto(text: str, lines: list[Span]) -> list[Span]:
    """A newsletter's name in capitals and its motto over its issue line, the text's first
    three lines ("THE CIVIC LEDGER", "Your weekly guide to …", "Issue 52 · 4 December
    2026"): a headline in capitals over its standfirst has no issue under them."""
    top = _top_blocks(text, lines, 1)
    if not top or len(top[0]) < 3:
        return []
    name, motto, issue = (text[slice(*span)].strip() for span in top[0][:3])
    # The name and the motto are short lines with no full stop, as a motto is.
    if not (written_in_capitals(name) and _ISSUE_LINE.fullmatch(issue)):
        return []
    if not (_is_motto(name) and _is_motto(motto)):
        return []
    return [strip_span(text, top[0][0][0], top[0][1][1])]


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
    # The line under and the line's capitals are read first: most lines are no date, and
    # searching a paragraph for a newsletter's word takes longer.
    if _ISSUE_LINE.fullmatch(under):
        return _capitalised(line) and reads_as_masthead_name(line)
    return (
        written_in_capitals(line)
        and _LONE_DATE.fullmatch(under) is not None
        and reads_as_masthead_name(line)
    )


def _is_dated_masthead(line: str, text: str, lines: list[Span], at: int) -> bool:
    """A name and a date with no word that names a newsletter ("THE QUAYSIDE | 3 March 2026"):
    a masthead above a greeting or the first story's heading, where a headline dated so has
    its byline or its story's first paragraph under it, or a transcript's turns, and a
    programme's dated heading its station's name ("Morning Report - 2 December 2026", then
    "Radio Kestrel")."""
    if _dated(line) is None:
        return False
    below = _next_lines(text, lines, at, 2)
    return not (
        _opens_story(below[0] if below else None)
        or (len(below) == 2 and all(_TURN.match(turn) for turn in below))
        or (at + 1 < len(lines) and _names_a_station(text[slice(*lines[at + 1])].strip()))
    )


# A broadcaster's name: "Radio Kestrel", "Kestrel FM", "BBC Radio 4", "Harbour TV".
_STATION_WORD = re.compile(r"\b(?:radio|fm|tv|television|channel|podcast)\b", re.IGNORECASE)
_MAX_STATION_WORDS = 4


def _names_a_station(line: str) -> bool:
    return (
        0 < len(line.split()) <= _MAX_STATION_WORDS
        and not line.endswith(_SENTENCE_ENDS)
        and _STATION_WORD.search(line) is not None
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
