"""The page's headline: the title trafilatura found, put right where the <title> names a
section and the site (``_headline_and_label``), where it is a newsletter's masthead
(``_is_masthead``) or a heading in capitals, or where a word processor's Title style sets it;
and the headline or the kicker that the text repeats under it."""

from __future__ import annotations

import re
from typing import Any

from newslens.article import section_label, split_section_label, written_in_capitals
from newslens.boilerplate import reads_as_masthead_name
from newslens.html_pages.header import _OPENING_CHARS
from newslens.html_pages.tree import _stamp_text, _words

# Medium, AMP and live-blog pages repeat their headline as the story's first line, under the
# reader's header that already shows it. It is the same headline when only case, spacing,
# quotation marks or the site's name after the title ("… | Site", "… - Site") differ; a first
# line that merely starts like the title is the story's. An old site's page, its story one
# block of lines broken by <br>, has its headline read after the story, as its last line.
_QUOTE_MARKS = re.compile(r"[\"'“”‘’«»„]")
_SITE_NAME = re.compile(r"\s+[|–—-]\s+[^|–—-]*$")


def _title_paragraph(tree: Any) -> str | None:
    """The document's headline where a word processor's export sets it in its Title style,
    a first paragraph ``<p class="title">`` with no ``<h1>`` (Google Docs): the ``<title>``
    then names the file ("DRAFT v3 - library closures")."""
    if tree is None or next(tree.iter("h1"), None) is not None:
        return None
    first = next((p for p in tree.iter("p") if _stamp_text(p)), None)
    if first is None or "title" not in first.get("class", "").split():
        return None
    return _stamp_text(first)


def _without_repeated_headline(text: str, title: str) -> str:
    first, _, rest = text.partition("\n")
    if _is_headline(first, title):
        text = rest.lstrip()
    story, _, last = text.rstrip().rpartition("\n")
    return story.rstrip() if story and _is_headline(last, title) else text


# A kicker is a few words: a section's label, shown after the title as a label the <title>
# gives is ("Explainer", "Analysis"), or a word on what the page is ("Press release",
# "Longform"), which goes with the headline it tops.
_MAX_KICKER_WORDS = 4


def _kicker_over(text: str, title: str) -> str | None:
    """The kicker that the text opens with, set over the headline it repeats, or None."""
    first, _, rest = text.partition("\n")
    kicker = len(first.split()) <= _MAX_KICKER_WORDS
    return first if kicker and _is_headline(rest.partition("\n")[0], title) else None


def _is_headline(line: str, title: str) -> bool:
    headline = _headline_key(line)
    title_key = _headline_key(title)
    while headline != title_key:
        shorter = _SITE_NAME.sub("", title_key)
        if shorter == title_key:
            return False
        title_key = shorter
    return True


def _headline_key(line: str) -> str:
    return " ".join(_QUOTE_MARKS.sub("", line).lower().split())


# A newsletter's web version sets its name in large type (its masthead) as the page's one
# <h1>, which trafilatura takes for the title. The page's <title> is the subject line,
# which names the newsletter and its lead story as the inbox showed them; it is kept as it is
# written, the site's name around it left out. A subject line that is only the masthead gives
# way to the first story heading.
_TITLE_PARTS = re.compile(r"(\s+[|–—·-]\s+)")
_MASTHEAD_WORDS = 5


def _is_masthead(tree: Any, title: str, sitename: str | None) -> bool:
    # A masthead is a name, a few words: a longer title is a headline, even where trafilatura
    # took the site's name from a <title> of two parts ("Bridge repairs to cost £4.2m, council
    # says | The Riverside Gazette") and gave the headline as the site's name.
    if len(title.split()) > _MASTHEAD_WORDS:
        return False
    if sitename is not None and _headline_key(title) == _headline_key(sitename):
        return True
    # A short line in capitals may be a headline set in them too: it is the masthead when the
    # <title> gives it the place of a site's name, after the subject line ("Ferry fares frozen
    # | THE QUAYSIDE") or before its colon ("The Quayside: Ferry fares frozen"), where it would
    # repeat a headline whole or first ("Floods close river road | Kent Herald"); or when it
    # reads as a newsletter's name ("THE MORNING BRIEF"), unless the <title> tells its story at
    # more length ("DAILY COMMUTE CHAOS" over "Daily commute chaos as signals fail").
    if not written_in_capitals(title):
        return False
    page_title = _page_title(tree)
    return _names_the_site(page_title, title) or (
        reads_as_masthead_name(title) and not _told_at_more_length(page_title, title)
    )


def _headline_and_label(tree: Any, title: str) -> tuple[str, str | None]:
    """The headline of the title trafilatura found, and the label ("Opinion") of the section
    that the title or the page's <title> places it in.

    trafilatura's title is the page's <h1>, its og:title, or a part of its <title>: the part
    without a full stop, so that a headline with a figure ("… £4.2m | Opinion | The Riverside
    Gazette") gives way to the site's name. A title that is no part of the headline the
    <title> gives is replaced by it; the <h1> it repeats, whole or first, stays.
    """
    read = _read_title(title)
    if read is not None or tree is None:
        return read or (title, None)
    page_title = _page_title(tree)
    read = _read_title(page_title)
    if read is None:
        return title, None
    headline, label = read
    key, titled = _headline_key(title), _headline_key(headline)
    if key in titled or titled in key:
        return title, label
    return (headline, label) if key in _headline_key(page_title) else (title, None)


def _headline_off_the_text(tree: Any, found: str, text: str) -> tuple[str, str | None, str]:
    """The headline of the title trafilatura ``found`` (or of a word processor's Title style),
    the label of its section, and the text without the kicker and the headline it repeats;
    where the title names no section, the kicker over the headline does."""
    title, label = _headline_and_label(tree, found)
    title = _title_paragraph(tree) or title
    if title:
        kicker = _kicker_over(text, title)
        if kicker is not None:
            text, label = text.partition("\n")[2], label or section_label(kicker)
        text = _without_repeated_headline(text, title)
    return title, label, text


def _headline_past_masthead(
    tree: Any, body: Any, title: str, label: str | None, sitename: str | None, text: str
) -> tuple[str, str | None]:
    """The page's headline, and its section's label, where ``title`` is a masthead or a short
    heading in capitals that the <title>'s own headline titles the page over; else ``title``
    and ``label``."""
    if _is_masthead(tree, title, sitename):
        return _title_under_masthead(tree, body, title, sitename), label
    if written_in_capitals(title):
        retitled = _headline_over_capitals(_page_title(tree), title, sitename, text)
        if retitled is not None:
            return retitled
    return title, label


# A section's name among a <title>'s parts that is no kind of piece, only a part of the site:
# "Local News - Bridge repairs to cost £4.2m - Riverside Gazette".
_SECTION_NAME = re.compile(
    r"(?:local|national|regional|world|international|uk|us|business|politics|breaking|latest"
    r"|sports?|tech(?:nology)?|science|health|entertainment) news",
    re.IGNORECASE,
)


def _read_title(title: str) -> tuple[str, str | None] | None:
    """The headline of a title that names its section, and the section's label to show after
    it ("Opinion"; None for a section's name); None for a title that names no section.

    The section stands in front of the headline ("Opinion | Why the bridge must close - The
    Kent Herald", "OPINION: …") or between it and the site's name ("Why the bridge must close
    | Opinion | The Kent Herald"); the site's name after the headline is left out.
    """
    parts = _TITLE_PARTS.split(title)
    at = next((i for i in range(0, len(parts), 2) if _names_a_section(parts[i])), None)
    if at is None:
        headline, label = split_section_label(title)
        return None if label is None else (headline, label)
    if at > 0:
        headline = "".join(parts[: at - 1])
    else:
        rest = parts[2:]
        headline = "".join(rest[:-2] if len(rest) > 1 else rest)
    return (headline, section_label(parts[at])) if headline else None


def _names_a_section(part: str) -> bool:
    return section_label(part) is not None or _SECTION_NAME.fullmatch(part.strip()) is not None


def _page_title(tree: Any) -> str:
    page_title = tree.find(".//title")
    return "" if page_title is None else _stamp_text(page_title)


def _told_at_more_length(page_title: str, headline: str) -> bool:
    """Whether a part of the <title> holds the headline's words among more of its own."""
    key = f" {_headline_key(headline)} "
    return any(
        key in f" {part} " and part != key.strip()
        for part in map(_headline_key, _TITLE_PARTS.split(page_title)[::2])
    )


def _names_the_site(page_title: str, name: str) -> bool:
    # The site's name stands after the subject line, or before it ("The Quayside - Ferry fares
    # frozen for a year"), where a headline first is told at more length than the site's name
    # after it ("Floods close river road | Kent Herald").
    key = _headline_key(name)
    parts = [_headline_key(part) for part in _TITLE_PARTS.split(page_title)[::2]]
    before_subject = len(parts) > 1 and parts[0] == key and len(parts[1]) > len(key)
    return key in parts[1:] or before_subject or _headline_key(page_title).startswith(f"{key}:")


def _without_site_name(parts: list[str]) -> list[str]:
    """A <title>'s parts without the site's name at either end, where only the <title> names
    the site ("Ferry fares frozen for a year | The Quayside"): a few words, each capitalised,
    beside a longer subject line."""
    if len(parts) < 3:
        return parts
    for name, rest in ((parts[-1], parts[:-2]), (parts[0], parts[2:])):
        if _reads_as_name(name) and len(name.split()) < len("".join(rest).split()):
            return rest
    return parts


def _reads_as_name(words: str) -> bool:
    names = words.split()
    return len(names) <= _MASTHEAD_WORDS and all(word[0].isupper() for word in names)


def _title_under_masthead(tree: Any, body: Any, masthead: str, sitename: str | None) -> str:
    names = {_headline_key(name) for name in (masthead, sitename) if name}
    parts = _TITLE_PARTS.split(_page_title(tree))
    while len(parts) > 1 and _headline_key(parts[0]) in names:
        parts = parts[2:]
    while len(parts) > 1 and _headline_key(parts[-1]) in names:
        parts = parts[:-2]
    subject = "".join(_without_site_name(parts))
    if subject and _headline_key(subject) not in names:
        return subject
    headings = [] if body is None else map(_stamp_text, body.iter("head"))
    return next((h for h in headings if h and _headline_key(h) not in names), masthead)


# A short line in capitals over a story may be no headline but a section's or a newsletter's
# heading ("THE WEEK AHEAD", "WHAT'S ON") that the page sets as its <h1>: where the <title>,
# the site's name left out, gives a headline of its own that tells the story under it, that
# headline titles the page. A <title> that repeats the line in capitals, or tells it at more
# length ("DAILY COMMUTE CHAOS" under "Daily commute chaos as signals fail"), keeps it the
# title, and so does one that is only the site's name.
_TELLING_PREFIX = 4  # letters: "fares" in the headline is "fare" in the story


def _headline_over_capitals(
    page_title: str, heading: str, sitename: str | None, text: str
) -> tuple[str, str | None] | None:
    """The <title>'s headline, and the label of the section it names, where that headline
    titles the page rather than a short ``heading`` in capitals; else None."""
    if len(heading.split()) > _MASTHEAD_WORDS:
        return None
    headline, label = _read_title(page_title) or (_without_site_names(page_title, sitename), None)
    key, told = _headline_key(heading), _headline_key(headline)
    if not headline or _reads_as_name(headline) or key in told or told in key:
        return None
    return (headline, label) if _tells_the_story(headline, text) else None


def _without_site_names(page_title: str, sitename: str | None) -> str:
    """The <title> without the site's name at either end, as the page's markup names the
    site or as only the <title> does."""
    parts = _TITLE_PARTS.split(page_title)
    if sitename and len(parts) > 1:
        site = _headline_key(sitename)
        parts = parts[2:] if _headline_key(parts[0]) == site else parts
        parts = parts[:-2] if len(parts) > 1 and _headline_key(parts[-1]) == site else parts
    return "".join(_without_site_name(parts)).strip()


def _tells_the_story(headline: str, text: str) -> bool:
    """Whether half the headline's longer words at least start a word of the story's opening."""
    told = {word[:_TELLING_PREFIX] for word in _words(text[:_OPENING_CHARS]).split()}
    words = [word for word in _words(headline).split() if len(word) >= _TELLING_PREFIX]
    return bool(words) and 2 * sum(word[:_TELLING_PREFIX] in told for word in words) >= len(words)
