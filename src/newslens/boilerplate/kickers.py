"""A word a page sets over its headline, a kicker ("Exclusive"), a topic or the site's name
("Clarion"), or rows of names (the site's and the section's): whether such rows are names
(``_are_names``), whether the first is a word over a short headline
(``_kicker_over_a_short_headline``, ``_word_over_a_headline_and_its_standfirst``), and whether a
row under them is the headline rather than the writer's name (``_headline_under_a_word``)."""

from __future__ import annotations

import re

from newslens.article import Span, section_label
from newslens.boilerplate.bylines import _ROLE, BYLINE_WORDS, is_byline
from newslens.boilerplate.mastheads import _PAPER_NAME, _capitalised
from newslens.boilerplate.menus import _MENU_WORD, _is_menu_item
from newslens.boilerplate.spans import _SENTENCE_ENDS
from newslens.boilerplate.writers_over_dates import _gives_writer, _is_dated
from newslens.given_names import ANY_GIVEN_NAMES

_SHORT_HEADLINE_WORDS = 3
_SITE_AND_SECTION = 2  # rows of names: the site's and the section's
_TWO_WORD_HEADLINE = 2  # under a word or the site's and section's names: "Bridge Closure"
_BARE_NAME = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){2,}")  # "Pier Reopens Early"
_MAX_PUBLICATION_WORDS = 4
# A word a page sets over a headline to sell it, never a headline of its own ("Exclusive"): the
# two words under it are the headline ("Bridge Closure") unless a given name opens them.
_KICKER = re.compile(r"exclusive|breaking|revealed|investigation|spotlight|watch|listen", re.I)


def _is_site_name_of_four_words(line: str) -> bool:
    words = line.split()
    return len(words) == _MAX_PUBLICATION_WORDS and all(map(_MENU_WORD.fullmatch, words))


def _are_names(rows: list[tuple[int, Span, str]]) -> bool:
    """Whether the rows are names of a word or three each, every word capitalised; the
    site's, on top, may have four ("Homes & Gardens Weekly")."""
    return all(
        _capitalised(line)
        and (_is_menu_item(line) or (k == 0 and _is_site_name_of_four_words(line)))
        for k, (_, _, line) in enumerate(rows)
    )


def _kicker_over_a_short_headline(rows: list[tuple[int, Span, str]], story: list[int]) -> bool:
    """Whether the story's first row is a word over a short headline ("Exclusive", then
    "Bridge Closes") with its byline right under it, or under its standfirst under it, no
    blank line between: a kicker. A headline alone over its byline ("Heatwave", then "By Tom
    Hale") has no row between."""
    if not story:
        return False
    first = story[0]
    under = [k for k in (first + 2, first + 3) if k < len(rows)]
    # Without a "By", the writer's name or the date under a headline that names no one.
    unsigned = _headline_under_a_word(rows, story, first + 1)
    byline = next(
        (
            k
            for k in under
            if rows[k][2].startswith(BYLINE_WORDS)
            or (unsigned and (_gives_writer(rows[k][2]) or _is_dated(rows[k][2])))
        ),
        None,
    )
    if byline is None or story[: byline - first] != list(range(first, byline)):
        return False
    kicker, headline = rows[first][2], rows[first + 1][2]
    return (
        (unsigned or is_byline(rows[byline][2]))
        and rows[byline][0] - rows[first][0] == byline - first
        and len(kicker.split()) == 1
        and _is_kicker_word(kicker)
        and not headline.endswith(_SENTENCE_ENDS)
    )


def _word_over_a_headline_and_its_standfirst(
    text: str, lines: list[Span], rows: list[tuple[int, Span, str]], story: list[int]
) -> bool:
    """Whether the story's first row is a word over a headline and its standfirst, a sentence
    longer than the headline, with a blank line under them and neither byline nor date: a
    kicker or the site's name ("Clarion", then "Bridge Plan Stalls" and "Work on …"). Over a
    writer's name and the story's first paragraph ("Heatwave", then "Hannah Blake"), the word
    is the headline."""
    first = story[0] if story else len(rows)
    if first + 2 >= len(rows) or len(rows[first][2].split()) != 1:
        return False
    kicker, headline, standfirst = (rows[first + k][2] for k in range(3))
    after = rows[first + 2][0] + 1  # the line under the standfirst
    return (
        story[:3] == [first, first + 1, first + 2]
        and rows[first + 2][0] - rows[first][0] == 2
        and after < len(lines)
        and not text[slice(*lines[after])].strip()
        and standfirst.endswith(".")
        and len(headline.split()) < len(standfirst.split())
        and _is_kicker_word(kicker)
        and not headline.endswith(_SENTENCE_ENDS)
        and (not _gives_writer(headline) or _names_no_one(headline))
    )


def _is_kicker_word(line: str) -> bool:
    return _is_menu_item(line) and section_label(line) is None


def _headline_under_a_word(rows: list[tuple[int, Span, str]], story: list[int], k: int) -> bool:
    """Whether row ``k``, right under the story's first row, a word ("Spotlight", a site's
    name or a kicker), is the headline: three capitalised words or more read as a name too
    ("Pier Reopens Early"), where a writer's name has two ("Hannah Blake") or a role after it
    ("Hannah Blake, Transport Editor"); two under a kicker, unless a given name opens them,
    they name a role or a role is under them ("Exclusive", then "Bridge Closure", not "Hannah
    Blake" nor "Transport Editor", nor "Kemi Adeyemi" over "Transport Editor"). Under any
    other word, two are the writer's: the list of given names misses many a writer's ("Kemi
    Adeyemi"), and a headline of one word over its writer is the commoner page. Under the
    site's and the section's names, or a paper's, two or three words are the headline on the
    same terms ("The Harwood Gazette", "Politics", then "Budget Row")."""
    if not story or k >= len(rows) or k <= story[0]:
        return False
    line = rows[k][2]
    words = line.split()
    kicker = _KICKER.fullmatch(rows[story[0]][2]) is not None
    # The kind of piece ("Analysis", "Opinion") tops a headline as a kicker does, but over a
    # writer's name and the date alone it tops no headline: the two words over a name are.
    kind = section_label(rows[story[0]][2]) is not None
    if k == story[0] + 1 and len(rows[story[0]][2].split()) == 1:
        if len(words) == _TWO_WORD_HEADLINE:
            return (
                (kicker or (kind and _over_a_name(rows, k)))
                and _names_no_one(line)
                and not _over_a_role(rows, k)
            )
        return len(words) >= _SHORT_HEADLINE_WORDS and (
            _BARE_NAME.fullmatch(line) is not None or not _gives_writer(line)
        )
    # Under a kicker's word and the headline under it ("Exclusive", "Bridge Closure"), a name
    # is the writer's; under "Spotlight" and "Politics", the site's and the section's names,
    # the headline.
    return (
        not ((kicker or kind) and _headline_under_a_word(rows, story, story[0] + 1))
        and _names_the_site(rows[story[0] :], k - story[0])
        and _TWO_WORD_HEADLINE <= len(words) <= _SHORT_HEADLINE_WORDS
        and _names_no_one(line)
        and _are_names(rows[story[0] : k + 1])
    )


def _over_a_role(rows: list[tuple[int, Span, str]], k: int) -> bool:
    """Whether row ``k`` is right over a writer's role on a line of its own ("Kemi Adeyemi",
    then "Transport Editor"): a name, whatever the list of given names knows."""
    under = rows[k + 1] if k + 1 < len(rows) else None
    return (
        under is not None and under[0] == rows[k][0] + 1 and _ROLE.fullmatch(under[2]) is not None
    )


def _over_a_name(rows: list[tuple[int, Span, str]], k: int) -> bool:
    """Whether row ``k`` is right over a writer's name on a line of its own."""
    under = rows[k + 1] if k + 1 < len(rows) else None
    return under is not None and under[0] == rows[k][0] + 1 and _gives_writer(under[2])


def _names_the_site(rows: list[tuple[int, Span, str]], k: int) -> bool:
    """Whether the ``k`` rows on top are the site's and the section's names (or more rows of
    names), or a paper's name ("The Ashby Courier"): a headline of two words under them is no
    section's name."""
    return k >= _SITE_AND_SECTION or (k == 1 and _PAPER_NAME.fullmatch(rows[0][2]) is not None)


def _names_no_one(line: str) -> bool:
    """Whether a short line of capitalised words names neither a person, a given name opening
    it, nor a writer's role ("Bridge Closure", not "Hannah Blake" nor "Transport Editor")."""
    return line.split()[0].lower() not in ANY_GIVEN_NAMES and _ROLE.fullmatch(line) is None
