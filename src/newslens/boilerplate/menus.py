"""A site's menus pasted with a story: section names a line each above it (``_top_menu``), or a
line of them between bars (``_menu_lines``), told from a small table's rows."""

from __future__ import annotations

import re

from newslens.article import Span
from newslens.boilerplate.lines import _is_furniture, _is_listening_time
from newslens.boilerplate.mastheads import _capitalised
from newslens.boilerplate.spans import _SENTENCE_ENDS, strip_span

# Fewer section names in a row than this are a headline, a byline, a dateline.
_MIN_MENU = 4


# A site's menu pasted as one line, its sections between bars or dots ("Home | News | Sport |
# Weather"). A table's head row of bare words looks the same, but a table has a row of
# figures or longer cells, as many of them, next to it; a second menu line does not count.
# It starts where a run of blanks does: tried inside the run too, "\s+" re-read the rest of it
# each time, and a page of blanks took hours.
_MENU_BAR = re.compile(r"(?<!\s)\s+[|•·]\s+")
_MIN_MENU_LINE = 3


def _menu_lines(text: str, lines: list[Span]) -> list[Span]:
    if not _MENU_BAR.search(text):
        return []
    cells = [_MENU_BAR.split(text[start:end].strip()) for start, end in lines]
    menu = [len(row) >= _MIN_MENU_LINE and _is_menu_row(row) for row in cells]
    found = []
    for i, is_menu in enumerate(menu):
        near = [j for j in (i - 1, i + 1) if 0 <= j < len(lines)]
        if not is_menu or any(len(cells[j]) == len(cells[i]) and not menu[j] for j in near):
            continue
        rows = _rows_like(cells, i)
        # Rows of bare words as many to a line in the middle of the story are a small table
        # ("Mon | Tue | Wed" over "Sun | Rain | Fog"); a site's menus sit above or below it.
        if (
            rows[1] - rows[0] > 1
            and _has_prose(text, lines[: rows[0]])
            and _has_prose(text, lines[rows[1] :])
        ):
            continue
        found.append(strip_span(text, *lines[i]))
    return found


def _rows_like(cells: list[list[str]], i: int) -> tuple[int, int]:
    """The run of lines around line ``i`` with as many cells as it, end exclusive."""
    start, end = i, i + 1
    while start > 0 and len(cells[start - 1]) == len(cells[i]):
        start -= 1
    while end < len(cells) and len(cells[end]) == len(cells[i]):
        end += 1
    return start, end


def _has_prose(text: str, lines: list[Span]) -> bool:
    return any(text[start:end].rstrip().endswith(_SENTENCE_ENDS) for start, end in lines)


def _is_menu_row(row: list[str]) -> bool:
    # Like a menu a line at a time: mostly single words, where a table lists names of people.
    single = sum(1 for item in row if " " not in item)
    return all(map(_is_menu_item, row)) and single * 2 > len(row)


def _top_menu(text: str, lines: list[Span]) -> list[Span]:
    """A site's menu pasted above the article ("Home", "News", "Sport", … a line each, or
    a blank line between each, as a page copied a block at a time sets them): a run of short
    lines of bare words before the article's first line of prose."""
    run: list[Span] = []
    block = 0  # lines of the run's last block, which a blank line ends
    spaced = False  # whether the run's items are a block each
    above: str | None = None  # the last line with words on it
    for start, end in lines:
        line = text[start:end].strip()
        previous, above = above, line or above
        if not line:
            if block > 1:
                if _is_menu(text, run):
                    return run
                run, spaced = [], False
            spaced = spaced or block == 1
            block = 0
            continue
        if _is_menu_item(line):
            run.append(strip_span(text, start, end))
            block += 1
            continue
        if _is_furniture(line):
            # "Skip to content", "Sign in": a menu's own links, which it goes on past; under its
            # first item, a button ("Listen to this article") is one of its own.
            if run:
                run.append(strip_span(text, start, end))
            continue
        if _is_listening_time(line, previous):
            continue
        if spaced and run and not _capitalised(text[slice(*run[-1])]):
            run.pop()  # a short headline, its words in lower case, a block of its own too
        return run if _is_menu(text, run) else []
    return []  # nothing but short lines: a list, not a menu above an article


def _is_menu(text: str, run: list[Span]) -> bool:
    # Section names are mostly single words ("News", "Sport"); names of people are not. The
    # site's buttons among them ("Sign in", a cookie banner's "Accept all" over the menu) are
    # the site's whatever their words, and name no section; with one of them ("Home") three
    # lines are a menu.
    names = [text[start:end] for start, end in run if not _is_furniture(text[start:end])]
    single = sum(1 for name in names if " " not in name)
    least = _MIN_MENU - (len(names) < len(run))
    if len(run) >= least and single * 2 > len(names):
        return True
    # A council's or a shop's menu names its services in a few words each ("Bins and
    # recycling", "Council tax"); its link home tells it from a list of names.
    return len(names) >= _MIN_MENU and any(text[start:end] == "Home" for start, end in run)


def _is_menu_item(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 3 and all(map(_MENU_WORD.fullmatch, words))


# A word of a section's name, "News", "What's" (On), "Sci-Fi", "F1", or an ampersand.
_MENU_WORD = re.compile(r"[^\W\d_](?:[^\W_]|['’-](?=[^\W\d_]))*|&")
