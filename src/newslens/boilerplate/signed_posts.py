"""A blog's post under its signed time stamp: the headline over "Posted on 3 October 2026 by
Ruth Bellamy", and the blog's name, tagline and menu set over that headline."""

from __future__ import annotations

import itertools

from newslens.article import Span, title_from_first_line
from newslens.boilerplate.dates import stamp_signer
from newslens.boilerplate.lines import _HEAD_CHARS, _detail_parts, _is_paragraph
from newslens.boilerplate.spans import _blanked, strip_span

# A blog's name, as it heads each page: "Kettle Lane Diary".
_MAX_BLOG_NAME_WORDS = 4


def stamp_signed_by(line: str) -> str | None:
    """Who signs a line that is a time stamp, or a line of the story's details one of whose
    parts is ("Posted on 3 October 2026 by Ruth Bellamy · 14 Comments"); None for others."""
    return next(
        (names for names in map(stamp_signer, _detail_parts(line) or [line]) if names), None
    )


def _headline_over_its_signed_stamp(text: str, furniture: list[Span]) -> tuple[int, str] | None:
    """Where the line right over the first time stamp its writer signs ("Posted on 3 October
    2026 by Ruth Bellamy") starts, and the title it gives, when it reads as a headline and no
    paragraph of the story is above it: a blog's post, under the blog's name, its tagline and
    its menu. A line ending a sentence there is a standfirst, no headline, and so is a line
    under a single one longer than a blog's name on top of the text (not a tagline under the
    blog's name)."""
    # ``furniture`` is in order: a stamp past the head signs no headline, and the spans past it
    # (all of a long article's) are not read.
    on_top = itertools.takewhile(lambda span: span[0] <= _HEAD_CHARS, furniture)
    first_lines = ((start, text[start:end].split("\n")[0]) for start, end in on_top)
    stamp = next((start for start, line in first_lines if stamp_signed_by(line.strip())), None)
    if stamp is None:
        return None
    # the lines as the reader shows them, the furniture over the stamp dimmed
    shown = _blanked(text[:stamp], [s for s in furniture if s[1] <= stamp]).split("\n")
    above = [(k, line.strip()) for k, line in enumerate(shown) if line.strip()]
    if not above or above[-1][1].endswith(".") or any(_is_paragraph(line) for _, line in above):
        return None
    # One line over it longer than a blog's name is the post's headline, over its standfirst;
    # under the blog's name, dimmed, its tagline over the headline.
    if (
        len(above) == 2
        and len(above[0][1].split()) > _MAX_BLOG_NAME_WORDS
        and not "\n".join(text[:stamp].split("\n")[: above[0][0]]).strip()
    ):
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
