"""Text wrapped by hand made to flow (pure functions of the text): a line break inside a
paragraph becomes a space, one character for one, so every offset stays the text's."""

from __future__ import annotations

import re

from newslens.wrapping import LINE_BREAK_HYPHEN, wrapped_line_ends


def _page_breaks_flowing(text: str) -> str:
    """``text`` with each page break (a form feed) that falls inside a paragraph wrapped by
    hand a space, so the paragraph goes on across it ("… until the\n\fend of the year");
    one between paragraphs is left for :func:`inert` to draw as a blank line. One character
    for one."""
    if "\f" not in text:
        return text
    inside = [at + 1 for at in wrapped_line_ends(text) if text.startswith("\f", at + 1)]
    if not inside:
        return text
    chars = list(text)
    for at in inside:
        chars[at] = " "
    return "".join(chars)


def flowed(text: str) -> tuple[str, bool, list[tuple[int, int]]]:
    """``text`` with each line break inside a paragraph wrapped by hand (an email, a PDF,
    wire copy) made a space, so the paragraph is wrapped to the screen as one; whether
    the line breaks left between two lines with words on them are line breaks inside a
    paragraph (a short line that ends a sentence, a list's lines) rather than paragraph
    ends: so in a text wrapped by hand that sets its paragraphs apart with blank lines
    (without those, a short line is all that ends a paragraph, and the reader's blank row
    is what shows it); and the spaces not to draw, sorted ``(start, end)`` ranges: all but
    the first of the blanks around each joined line end, as spaces left at the end of a
    line ("pier for   \nrepairs") would show as a gap in mid-sentence.

    Left as they were, each ~70-character line was a paragraph of its own: a blank line
    after every line, and a word or two left over on a row of its own at a width just
    under the text's. One space for one newline, so every offset stays as it was.
    """
    if "\n" not in text:
        return text, False, []
    soft = sorted(at for at in wrapped_line_ends(text) if not _email_quoted(text, at))
    if not soft:
        return text, False, []
    chars = list(text)
    for at in soft:
        chars[at] = " "
    gaps = []
    for at in soft:
        start, end = at, at + 1
        while start > 0 and chars[start - 1] == " ":
            start -= 1
        while end < len(chars) and chars[end] == " ":
            end += 1
        if start > 0 and LINE_BREAK_HYPHEN.match(text, start - 1):
            gaps.append((start, end))  # "passen-\ngers" is one word: no space drawn in it
        elif end - start > 1:
            gaps.append((start + 1, end))
    return "".join(chars), _BLANK_LINE.search(text) is not None, gaps


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _line_break(text: str, newline: int) -> bool:
    """Whether a newline that :func:`flowed` kept between two lines with words is drawn as a
    line break. Not beside an email's "> " line: each of those stays a paragraph of its own,
    the marks at its start setting it apart."""
    return not _email_quoted(text, newline)


def _email_quoted(text: str, newline: int) -> bool:
    """Whether the line before or after ``newline`` is quoted with an email's "> ": joined,
    the marks (which cannot be dropped without moving offsets) would stand mid-line."""
    before = text.rfind("\n", 0, newline) + 1
    after = text[newline + 1 : newline + 80].lstrip(" \t")
    return text[before:newline].lstrip().startswith(">") or after.startswith(">")
