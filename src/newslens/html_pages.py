"""Reading an HTML page: its story's text, title, author and date, with trafilatura.

trafilatura finds the story; what it gets wrong for news pages is put right here, on the
page's tree before extraction (live blogs' time stamps, embedded posts) and on the story's
tree after it (pull quotes, tables of figures).
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable, Collection, Iterator
from itertools import pairwise
from typing import Any

from newslens.article import (
    Article,
    section_label,
    split_section_label,
    with_section_label,
    written_in_capitals,
)
from newslens.boilerplate import (
    BYLINE_WORDS,
    ONE_NAME,
    PUBLISHED_LABEL,
    earliest_entry_date,
    names_as_written,
    names_of,
    press_release_issuer,
    reads_as_masthead_name,
    signed_names,
    time_stamp,
    title_past_furniture,
    written_date,
)
from newslens.errors import NewslensError


def article_from_html(html: str, source: str, warn: Callable[[str], None]) -> Article:
    """The main text of an HTML page, with its title, author and date (trafilatura); a page
    that marks its story for subscribers is read with a warning."""
    # Imported here: trafilatura pulls in lxml and friends, ~0.2 s that plain text never needs.
    import trafilatura
    from trafilatura.metadata import extract_metadata
    from trafilatura.settings import set_date_params
    from trafilatura.xml import xmltotxt

    # htmldate's extensive search, trafilatura's default, reads a date out of any year the
    # story mentions ("rebuilt in 2021" dates the page 2021-01-01): a date the page does not
    # state is worse than none, so only its markup, its URL and its labelled dates are read.
    stated_dates = set_date_params(extensive=False)
    tree, cut_short = _load_page(html)
    if tree is not None:
        _drop_characters_xml_forbids(tree)
        _formulas_as_text(tree)
        _pictures_as_text(tree)
    unembedded = None if tree is None else _without_embedded_posts(tree)
    # Read once, before anything below changes the page: where byline, date and standfirst are.
    top = [] if tree is None else list(_top_of_story(tree))
    signed = _signed_by(top)
    stamped, dateline = _stamped_dates(top), _dateline(top)
    paywalled = tree is not None and _behind_paywall(tree)
    standfirst = _standfirst(top)
    footnotes = [] if tree is None else _footnotes(tree)
    in_italics = [] if tree is None else _paragraphs_in_italics(tree)
    if tree is not None:
        _mark_footnotes(tree)
        _keep_embedded_posts(tree)
        _pull_quotes_as_quotes(tree)
        _join_drop_caps(tree)
        _drop_galleries(tree)
        _keep_live_blog_stamps(tree)
    document = trafilatura.bare_extraction(
        html if tree is None else tree,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_precision=True,
        date_extraction_params=stated_dates,
    )
    body = getattr(document, "body", None) if document is not None else None
    text = ""
    if body is not None:
        _unwrap_layout_tables(body)
    if body is not None and _has_prose(body):
        _drop_pull_quotes(body)
        _tables_as_lines(body)
        text = xmltotxt(body, False).strip()
    linked = "" if tree is None else _article_body_in_linked_data(tree)
    if not text and linked:
        text = linked
        if document is None:  # with no body, trafilatura gives no metadata either
            document = extract_metadata(tree, date_config=stated_dates)
    title, label = _headline_and_label(tree, getattr(document, "title", None) or "")
    title = _title_paragraph(tree) or title
    if title:
        kicker = _kicker_over(text, title)
        if kicker is not None:
            text, label = text.partition("\n")[2], label or section_label(kicker)
        text = _without_repeated_headline(text, title)
    if linked and _only_teases(text, linked):
        text = linked
    sitename = getattr(document, "sitename", None)
    if title and tree is not None and _is_masthead(tree, title, sitename):
        title = _title_under_masthead(tree, body, title, sitename)
    elif title and tree is not None and written_in_capitals(title):
        retitled = _headline_over_capitals(_page_title(tree), title, sitename, text)
        if retitled is not None:
            title, label = retitled
    if text:
        text = _with_footnotes(text, footnotes)
    if text and standfirst is not None and not _opens_with(text, standfirst):
        text = f"{standfirst}\n{text}"
    byline = names_as_written(_byline(_as_signed(getattr(document, "author", None)), signed))
    if text and byline is not None:
        text = _without_notes_on_the_writer(text, byline, in_italics)
    if not text:
        deep = " (the page nests its elements too deep to be read in full)" if cut_short else ""
        raise NewslensError(f"{source}: no article text found in the HTML{deep}")
    # The page's date: when its header says the story was first published, else the date its
    # markup gives (its own, not that of a post it embeds, read only when needed) or the day of
    # a live blog's earliest entry, whichever is earlier (a blog's markup, or the date htmldate
    # reads off its text, may give the latest entry's), its dateline's, or when its header says
    # the story was last updated.
    date = stamped.get("published")
    if date is None:
        marked = (
            document
            if unembedded is None
            else extract_metadata(unembedded, date_config=stated_dates)
        )
        known = [day for day in (getattr(marked, "date", None), earliest_entry_date(text)) if day]
        date = min(known, default=None) or dateline or stamped.get("updated")
    if paywalled:
        warn(f"{source}: the page marks this story for subscribers; the text may be only its start")
    return Article(
        text=text,
        title=with_section_label(title, label) if title else title_past_furniture(text),
        byline=byline or _issuer_of(top) or press_release_issuer(text),
        date=date,
        source=source,
    )


# libxml2 stops reading a page at its 256th level of nested elements, silently: a page built
# that deep (a site builder's wrappers, a thread of replies) lost its story, and newslens
# said there was none. Such a page is read again with the parser's huge_tree option, which
# lifts the limit. Reading a tree recurses through it, here and in trafilatura, and
# trafilatura walks each element's ancestors, so its time grows with the sum of the elements'
# depths: a page nested deeper than Python's recursion allows, or past a budget of steps (a
# few seconds' work), is read as far as the default limit, as before.
_PARSER_DEPTH_LIMIT = 255
_MAX_DEPTH = 800
_MAX_ANCESTOR_STEPS = 2_000_000


def _load_page(html: str) -> tuple[Any, bool]:
    """The page's tree, as trafilatura reads it, read in full where it nests too deep for
    libxml2's default limit and not so deep that reading it would fail or take too long; and
    whether it was too deep, and read only in part."""
    from lxml.html import HTMLParser, fromstring  # type: ignore[import-untyped]
    from trafilatura import load_html
    from trafilatura.utils import repair_faulty_html

    tree = load_html(html)
    if tree is None or _depth_of_last_element(tree) < _PARSER_DEPTH_LIMIT:
        return tree, False
    deep = HTMLParser(
        collect_ids=False,
        default_doctype=False,
        remove_comments=True,
        remove_pis=True,
        huge_tree=True,
    )
    page = repair_faulty_html(html, html[:50].lower())
    try:
        whole = fromstring(page, parser=deep)
    except ValueError:  # a string that declares its encoding (<?xml … encoding=…?>)
        whole = fromstring(page.encode("utf-8", "surrogatepass"), parser=deep)
    depths = _depths(whole)
    fits = max(depths) <= _MAX_DEPTH and sum(depths) <= _MAX_ANCESTOR_STEPS
    return (whole, False) if fits else (tree, True)


def _depth_of_last_element(tree: Any) -> int:
    # Where libxml2 stops, the tree ends: its last element is the deepest it read.
    depth = 0
    while len(tree):
        tree = tree[-1]
        depth += 1
    return depth


def _depths(tree: Any) -> list[int]:
    """How deep each of the tree's elements is nested."""
    depth_of = {tree: 0}
    for element in tree.iterdescendants():
        depth_of[element] = depth_of[element.getparent()] + 1
    return list(depth_of.values())


# A formula set in MathML is part of its sentence ("a rate of 2.3 per cent"), but trafilatura
# drops <math>, or writes it as LaTeX between \\( and \\) where it has an alttext: either way
# the sentence no longer reads as a reader saw it. It is written as the characters it shows,
# in order, a fraction "a/b", a power "x²", spaces around an operator; its alttext, for a
# <math> that shows none. KaTeX and MathJax set a picture of the formula beside its MathML,
# hidden from screen readers, which would repeat it: it is left out, the MathML read.
_SPACED_OPERATORS = frozenset("=+-−±×÷·<>≤≥≈≠→∝")
_NOT_SHOWN = frozenset({"annotation", "annotation-xml"})
# A power or an index of figures is written as it is set ("x²", "k₀"); any other as plain
# text writes it ("x^n", "k_i").
_SCRIPTS = {
    "msup": str.maketrans("0123456789+-−", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻"),
    "msub": str.maketrans("0123456789+-−", "₀₁₂₃₄₅₆₇₈₉₊₋₋"),
}
_SCRIPT_MARKS = {"msup": "^", "msub": "_"}
_FORMULA_RENDERER = re.compile(r"katex|mathjax|mjx", re.I)


def _formulas_as_text(tree: Any) -> None:
    for math in list(tree.iter("math")):
        if math.getparent() is None:  # inside a formula already read
            continue
        _drop_renderings_beside(math)
        shown = " ".join(_formula_text(math).split()) or math.get("alttext", "").strip()
        _replace_with_words(math, shown)


def _formula_text(element: Any) -> str:
    if not isinstance(element.tag, str) or element.tag in _NOT_SHOWN:
        return ""
    parts = [_formula_text(child) for child in element]
    if element.tag == "mfrac" and len(parts) == 2:
        return f"{parts[0]}/{parts[1]}"
    if element.tag in _SCRIPTS and len(parts) == 2:
        base, script = parts
        set_as_script = script.translate(_SCRIPTS[element.tag])
        if set_as_script == script:  # no figures to raise or lower
            set_as_script = f"{_SCRIPT_MARKS[element.tag]}{script}"
        return base + set_as_script
    if element.tag == "msqrt":
        return f"√{''.join(parts)}"
    own = (element.text or "").strip()
    if element.tag == "mo" and own in _SPACED_OPERATORS:
        own = f" {own} "
    return own + "".join(parts)


def _drop_renderings_beside(math: Any) -> None:
    from trafilatura.xml import delete_element

    for around in math.iterancestors():
        if _FORMULA_RENDERER.search(around.get("class", "")):
            holding = {math, *math.iterancestors()}
            for hidden in [e for e in around.iter() if e.get("aria-hidden") == "true"]:
                if hidden not in holding and hidden.getparent() is not None:
                    delete_element(hidden)
            return


# An inline SVG is a picture trafilatura drops: an icon in a sentence, which a screen reader
# reads by its <title> ("Rates of rising loss"), or a chart, which draws its labels as text:
# its <title> says what it shows, and its labels of a few words what it points out ("Record
# low in 2019"); its ticks and short labels ("1990", "0", "Wales") are read by the eye off the
# picture, and would flood the text. An icon outside a sentence (a share bar's, a logo), one
# hidden from screen readers, or one in a link or a button says nothing of the story.
_MIN_LABEL_WORDS = 3
_CONTROLS = frozenset({"a", "button"})


def _pictures_as_text(tree: Any) -> None:
    for svg in list(tree.iter("svg")):
        if (
            svg.getparent() is None
            or svg.get("aria-hidden") == "true"
            or any(ancestor.tag in _CONTROLS for ancestor in svg.iterancestors())
        ):
            continue
        title = next((_stamp_text(t) for t in svg.iterchildren("title")), "")
        title = title or svg.get("aria-label", "").strip()
        if _in_a_paragraph(svg):
            _replace_with_words(svg, title)
        elif next(svg.iter("text"), None) is not None:
            _replace_with_lines(svg, [title, *_worded_labels(svg)])


def _in_a_paragraph(element: Any) -> bool:
    block = next(element.iterancestors(*_HTML_BLOCKS), None)
    return block is not None and block.tag == "p"


def _worded_labels(chart: Any) -> list[str]:
    labels = map(_stamp_text, chart.iter("text"))
    return [words for words in labels if len(words.split()) >= _MIN_LABEL_WORDS]


def _replace_with_lines(element: Any, lines: list[str]) -> None:
    block = element.makeelement("div", {})
    for line in filter(None, lines):
        paragraph = block.makeelement("p", {})
        paragraph.text = line
        block.append(paragraph)
    block.tail = element.tail
    element.getparent().replace(element, block)


def _replace_with_words(element: Any, words: str) -> None:
    span = element.makeelement("span", {})
    span.text = words
    span.tail = element.tail
    element.getparent().replace(element, span)


# A column ends with a note on its writer set in italics ("Renata Osei is a landscape
# architect …"), where a news page sets a bio box, which trafilatura leaves out: the note is
# left out as the box is. Only a paragraph wholly in italics that opens with a name of the
# byline and "is" is such a note.
_ITALICS = frozenset({"em", "i"})


# What XML forbids in text: C0 controls but tab and line breaks, U+FFFE and U+FFFF. The HTML
# parser drops them written raw, but keeps one written as a reference ("&#27;"), and lxml then
# refuses every text holding it: trafilatura dropped the whole story for one ESC.
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _drop_characters_xml_forbids(tree: Any) -> None:
    """Leave out of the page's text what the parser leaves out when written raw."""
    for element in tree.iter():
        if element.text and _NOT_IN_XML.search(element.text):
            element.text = _NOT_IN_XML.sub("", element.text)
        if element.tail and _NOT_IN_XML.search(element.tail):
            element.tail = _NOT_IN_XML.sub("", element.tail)


def _paragraphs_in_italics(tree: Any) -> list[str]:
    return [
        _stamp_text(p)
        for p in tree.iter("p")
        if not (p.text or "").strip()
        and len(p)
        and all(child.tag in _ITALICS and not (child.tail or "").strip() for child in p)
    ]


def _without_notes_on_the_writer(text: str, byline: str, in_italics: list[str]) -> str:
    writers = tuple(f"{name} is " for name in re.split(r",\s+|\s+and\s+", byline))
    notes = {line for line in in_italics if line.startswith(writers)}
    if not notes:
        return text
    return "\n".join(line for line in text.split("\n") if " ".join(line.split()) not in notes)


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


def _article_body_in_linked_data(tree: Any) -> str:
    """The story's text as the page's schema.org data gives it (its "articleBody"), a line a
    paragraph, for a page that draws its story with a script and has none in its HTML."""
    from trafilatura import load_html

    for script in _linked_data(tree):
        try:
            data = json.loads(script)
        except ValueError:
            continue
        for body in _values_of(data, "articleBody"):
            if isinstance(body, str) and body.strip():
                # It may be written as HTML, its paragraphs in tags, or as plain lines.
                page = load_html(f"<html><body>{body}</body></html>")
                return "" if page is None else "\n".join(_lines_of(page.find("body")))
    return ""


# A page that draws its story with a script may set its opening in the HTML, a teaser for
# search engines and readers without JavaScript, and the whole story in its schema.org data.
_TEASER_SHARE = 0.5


def _only_teases(text: str, linked: str) -> bool:
    """Whether the text read from the HTML is only the opening of the story its schema.org
    data gives: every word of it in that story, which is more than twice as long."""
    return len(text) < _TEASER_SHARE * len(linked) and f" {_words(text)} " in f" {_words(linked)} "


def _linked_data(tree: Any) -> Iterator[str]:
    """The text of each of the page's schema.org JSON-LD scripts."""
    for script in tree.iter("script"):
        if script.get("type") == "application/ld+json":
            yield script.text or ""


def _values_of(data: Any, key: str) -> Iterator[Any]:
    """The values under ``key`` anywhere in parsed JSON, in document order."""
    if isinstance(data, dict):
        if key in data:
            yield data[key]
        for value in data.values():
            yield from _values_of(value, key)
    elif isinstance(data, list):
        for item in data:
            yield from _values_of(item, key)


# A story behind a paywall comes as its first paragraphs, and trafilatura drops the
# "subscribers only" prompt under them. The page says so in its markup: schema.org's
# isAccessibleForFree, false (in JSON-LD or microdata), a <meta> flag ("article:content_tier"
# locked, "paywall" true), or a paywall's box where the story stops. A box with prose after it
# is a promotion in the middle of a story that goes on, an empty one a place kept for a script
# that may never fill it, and a page that calls itself free is; "metered" pages are free to most.
_NOT_FREE = re.compile(r""""isAccessibleForFree"\s*:\s*"?false\b""", re.I)
_FREE = re.compile(r""""isAccessibleForFree"\s*:\s*"?true\b""", re.I)
_PAYWALL_META = re.compile(r"paywall|premium|subscri|content[_-]tier", re.I)
_LOCKED = re.compile(r"true|yes|1|locked|premium|paid|subscri\w*|members?(?:-only)?", re.I)
_PAYWALL_CLASS = re.compile(
    r"paywall|subscribers?-only|premium-(?:content|article|only|wall|barrier)|regwall"
    r"|(?:content|article)-locked|locked-(?:content|article)",
    re.I,
)


def _behind_paywall(tree: Any) -> bool:
    linked_data = " ".join(_linked_data(tree))
    if _NOT_FREE.search(linked_data) or any(map(_flags_paywall, tree.iter("meta"))):
        return True
    elements = [element for element in tree.iter() if isinstance(element.tag, str)]
    return any(map(_marked_not_free, elements)) or (
        not _FREE.search(linked_data) and any(map(_paywall_box_at_end, elements))
    )


def _flags_paywall(meta: Any) -> bool:
    name = meta.get("name") or meta.get("property") or ""
    return bool(_PAYWALL_META.search(name)) and bool(
        _LOCKED.fullmatch(meta.get("content", "").strip())
    )


def _marked_not_free(element: Any) -> bool:
    # Microdata: <meta itemprop="isAccessibleForFree" content="false">, or its text.
    return (
        element.get("itemprop") == "isAccessibleForFree"
        and (element.get("content") or _stamp_text(element)).strip().lower() == "false"
    )


def _paywall_box_at_end(element: Any) -> bool:
    return (
        _PAYWALL_CLASS.search(element.get("class", "")) is not None
        and bool(_stamp_text(element))
        and not _off_the_story(element)
        and not any(
            len(_stamp_text(p).split()) >= _MIN_ENTRY_WORDS and not _off_the_story(p)
            for p in element.xpath("following::p")
        )
    )


# The standfirst under the headline (a "dek", a post's subtitle, a "lead-summary") opens the
# story, often with its boldest claim, but trafilatura drops it with the header it stands in, or
# for its class. A list there, or a box under a heading of its own ("Key points", then a
# paragraph a point), is the story's key points, not its opening words: taken for a
# standfirst, its points ran into one line and its heading into the first point, which the
# text did not open with, so the story told them twice.
_STANDFIRST_CLASS = re.compile(
    r"(?:^|[-_\s])(?:dek|deck|standfirst|subtitle|sub-?headline|strapline|summary|lede|intro)"
    r"(?:$|[-_\s])",
    re.I,
)
_POINTS_TAGS = frozenset({"li", "h2", "h3", "h4", "h5", "h6"})
_MIN_STANDFIRST_WORDS = 4
_OPENING_CHARS = 4000  # where trafilatura puts a standfirst it keeps


def _standfirst(top: list[Any]) -> str | None:
    for element in top:
        if (
            _STANDFIRST_CLASS.search(element.get("class", ""))
            and not any(inner.tag in _POINTS_TAGS for inner in element.iterdescendants())
            and not _off_the_story(element)
        ):
            words = " ".join(_lines_of(element))
            if len(words.split()) >= _MIN_STANDFIRST_WORDS:
                return words
    return None


def _opens_with(text: str, standfirst: str) -> bool:
    return f" {_words(standfirst)} " in f" {_words(text[:_OPENING_CHARS])} "


# A post's footnotes (as Substack writes them) are the writer's words, but trafilatura drops
# them, under the post's last buttons, and runs each footnote's mark into the word before it
# ("county1"). The marks are written "[1]" and the footnotes kept at the end, "[1] …".
_FOOTNOTE_CLASS = re.compile(r"(?:^|\s)footnote(?:$|\s)", re.I)
_FOOTNOTE_MARK_CLASS = re.compile(r"footnote-(?:anchor|ref)", re.I)


def _footnotes(tree: Any) -> list[str]:
    notes = []
    for block in tree.iter():
        if isinstance(block.tag, str) and _FOOTNOTE_CLASS.search(block.get("class", "")):
            number = next((n for n in map(_stamp_text, block.iter("a")) if n.isdigit()), None)
            words = _stamp_text(block)
            if number is not None and words.startswith(number) and words != number:
                notes.append(f"[{number}] {words[len(number) :].lstrip()}")
    return notes


def _mark_footnotes(tree: Any) -> None:
    for link in tree.iter("a"):
        if not _FOOTNOTE_MARK_CLASS.search(link.get("class", "")):
            continue
        number = _stamp_text(link)
        if number.isdigit():
            for child in list(link):
                link.remove(child)
            link.text = f"[{number}]"


def _with_footnotes(text: str, footnotes: list[str]) -> str:
    words = f" {_words(text)} "
    missing = [note for note in footnotes if f" {_words(note)} " not in words]
    return "\n".join([text, *missing])


# A byline in a block of its own, "By Helen Brice", read where no markup names the author or
# where the markup names fewer. It stands under the headline, before the story's second
# paragraph; a "By …" anywhere else signs something else: a related story in a list of links,
# a sidebar's, a reader's comment. What it names is read by the rules for any byline
# (signed_names), from its first line: the date under it, after a line break, is no part of it.
_BYLINE_MARK = re.compile(r"byline", re.I)
_BYLINE_BEFORE_PARAGRAPH = 2
_NOT_THE_STORY_TAGS = frozenset({"li", "aside", "footer", "nav"})
_NOT_THE_STORY_CLASS = re.compile(
    r"related|comment|sidebar|recommend|most-?read|more-?(?:stories|on)|promo|outbrain|taboola",
    re.I,
)


def _signed_by(top: list[Any]) -> str | None:
    for element in top:
        name = _signature_of(element)
        if name is not None and not _off_the_story(element):
            return name
    return None


def _signature_of(element: Any) -> str | None:
    """The names, "A; B", that an element signs the story with."""
    signed = _signed_names(element)
    if signed is not None or not _BYLINE_MARK.search(_marks(element)):
        return signed
    # A byline block holds its "By …" line among its date and buttons; the BBC's names its
    # author without a "By", above their role.
    inner = (_signed_names(block) for block in element.iterdescendants())
    return next(filter(None, inner), None) or next(
        (t for t in map(str.strip, element.itertext()) if ONE_NAME.fullmatch(t)), None
    )


def _signed_names(element: Any) -> str | None:
    opening = isinstance(element.tag, str) and (element.text or "").lstrip()
    if not opening or not opening.startswith(BYLINE_WORDS):
        return None
    return signed_names(_first_line(element))


def _first_line(element: Any) -> str:
    """The element's words up to its first line break."""
    words = [element.text or ""]
    for child in element:
        if child.tag == "br":
            break
        words.extend((_stamp_text(child), child.tail or ""))
    return " ".join("".join(words).split())


# A government's press release names who issued it in the details under its headline, as
# "From: Department for Environment and Environment Agency", a term and its definition.
_FROM = re.compile(r"from\s*:?", re.I)


def _issuer_of(top: list[Any]) -> str | None:
    for element in top:
        if element.tag == "dt" and _FROM.fullmatch(_stamp_text(element)):
            issuer = element.getnext()
            if issuer is not None and issuer.tag == "dd":
                return _stamp_text(issuer) or None
    return None


def _as_signed(marked: str | None) -> str | None:
    """The authors, "A; B", a page's markup names, each byline in it read as a printed one
    is: trafilatura leaves out the "By" before a name (and German's "Von"), not Hebrew's."""
    if marked is None:
        return None
    return "; ".join(signed_names(name) or name for name in map(str.strip, marked.split(";")))


def _byline(marked: str | None, signed: str | None) -> str | None:
    """The authors trafilatura found in the page's markup, or those its printed byline names
    where that names their lead author and as many people: markup that names one of several
    authors, or runs a byline block's date and buttons into the last name, is not the page's
    word on who wrote it."""
    if marked is None or signed is None:
        return marked or signed
    marked_names = names_of(marked)
    signed_names = [name.casefold() for name in signed.split("; ")]
    people = [name for name in marked_names if ONE_NAME.fullmatch(name)]
    if (
        marked_names
        and marked_names[0].casefold() in signed_names
        and len(signed_names) >= len(people)
    ):
        return signed
    return marked


def _marks(element: Any) -> str:
    return " ".join(
        str(value)
        for key, value in element.attrib.items()
        if key in ("class", "itemprop") or str(key).startswith("data-")
    )


def _top_of_story(tree: Any) -> Iterator[Any]:
    """The page's elements from its headline (or its start, without one) to the story's
    second paragraph of prose."""
    headline = next(tree.iter("h1"), None)
    started = headline is None
    paragraphs = 0
    for element in tree.iter():
        started = started or element is headline
        if not started or not isinstance(element.tag, str):
            continue
        if element.tag == "p" and len(_stamp_text(element).split()) >= _MIN_ENTRY_WORDS:
            paragraphs += 1
            if paragraphs >= _BYLINE_BEFORE_PARAGRAPH:
                return
        yield element


# A story updated since it was published shows both dates beside its byline, "Updated 11 April
# … Published 9 April", in a <time> or as plain lines ("Last updated 11 April 2026, 16:20",
# "First published 9 April 2026"), where trafilatura may take the first for the page's; the
# reader's header dates a story by when it was first published, as the page's <head> does.
_UPDATED_LABEL = re.compile(r"(?:last\s+)?(?:updated|modified)\b", re.I)
_STAMP_LABEL = re.compile(rf"{PUBLISHED_LABEL.pattern}|{_UPDATED_LABEL.pattern}", re.I)
_ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")


# A dateline opens the story with its place and the day it was filed: "PORTMOOR, 3 March 2026 —",
# "LONDON, England, March 3, 2026 /PRNewswire/ --".
_DATELINE = re.compile(
    r"[A-Z][A-Z .'’-]+,(?:\s+[A-Z][\w.'’ -]{1,30},)?\s+(?P<when>[\w ,.]{6,30}?\d{4})\s*(?:[(/:–—-])"
)


def _stamped_dates(top: list[Any]) -> dict[str, str]:
    """The dates the story's header labels, "published" (its first publication) and
    "updated", from a <time>'s datetime or a line of text."""
    dates: dict[str, str] = {}
    for element in top:
        for label, date in _stamps_of(element):
            kind = "published" if PUBLISHED_LABEL.match(label) else "updated"
            if kind not in dates and not _off_the_story(element):
                dates[kind] = date
    return dates


def _dateline(top: list[Any]) -> str | None:
    """The date of the dateline that opens the story, or None."""
    for element in top:
        if element.tag == "p" and not _off_the_story(element):
            dateline = _DATELINE.match(_stamp_text(element))
            if dateline is not None:
                return written_date(dateline.group("when"))
    return None


def _stamps_of(element: Any) -> Iterator[tuple[str, str]]:
    """The labels and ISO dates of the time stamps an element holds."""
    if element.tag == "time":
        iso = _ISO_DATE.match(element.get("datetime", ""))
        label = _label_of(element)
        if iso is not None and _STAMP_LABEL.match(label):
            yield label, iso.group()
        return
    if any(inner.tag in _HTML_BLOCKS for inner in element.iterdescendants()):
        return  # its blocks are read one by one, and a block that holds the story is no stamp
    for line in _lines_of(element):
        # One line may hold both: "Last updated 11 April 2026 First published 9 April 2026".
        starts = [found.start() for found in _STAMP_LABEL.finditer(line)]
        for start, end in pairwise([*starts, None]):
            stamp = time_stamp(line[start:end])
            date = None if stamp is None else written_date(stamp[1])
            if stamp is not None and date is not None:
                yield stamp[0], date


def _lines_of(element: Any) -> list[str]:
    """The element's text, a line for each of its blocks and each run between line breaks."""
    lines = "".join(_text_with_breaks(element)).split("\n")
    return [line for line in (" ".join(line.split()) for line in lines) if line]


_HTML_BLOCKS = frozenset({"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6"})
_LINE_TAGS = _HTML_BLOCKS | {"br"}


def _text_with_breaks(element: Any) -> Iterator[str]:
    """The element's text, without its tail, a line break around each block in it."""
    if element.tag in _LINE_TAGS:
        yield "\n"
    yield element.text or ""
    for child in element:
        if isinstance(child.tag, str):  # not a comment
            yield from _text_with_breaks(child)
        yield child.tail or ""
    if element.tag in _LINE_TAGS:
        yield "\n"


def _label_of(time: Any) -> str:
    # "<time>Published 9 April</time>", or "<span>Published <time>9 April</time></span>".
    parent = time.getparent()
    if parent is None or len(parent.findall(".//time")) > 1:
        return _stamp_text(time)
    return _stamp_text(parent)


def _off_the_story(element: Any) -> bool:
    return any(
        block.tag in _NOT_THE_STORY_TAGS
        or _NOT_THE_STORY_CLASS.search(f"{block.get('id', '')} {block.get('class', '')}")
        for block in (element, *element.iterancestors())
    )


# A post from a social network embedded in the story (a tweet, an Instagram or Bluesky post)
# signs off with its own date, which must not pass for the page's.
_EMBED_CLASS = re.compile(r"tweet|instagram|tiktok|bluesky|mastodon|threads|social|embed", re.I)


def _without_embedded_posts(tree: Any) -> Any:
    """A copy of the page without its embedded posts, to read its date from; None when it
    embeds none."""
    if not _embedded_posts(tree):
        return None
    page = copy.deepcopy(tree)
    for post in _embedded_posts(page):
        post.getparent().remove(post)
    return page


def _keep_embedded_posts(tree: Any) -> None:
    # A post quoted in the story is part of it, but trafilatura drops figures and, for
    # precision, a block whose post signs off with a link ("May 8, 2026").
    for post in _embedded_posts(tree):
        for link in post.iter("a"):
            link.tag = "span"
        for figure in post.iterancestors("figure"):
            figure.tag = "div"


def _embedded_posts(tree: Any) -> list[Any]:
    return [
        quote for quote in tree.iter("blockquote") if _EMBED_CLASS.search(quote.get("class", ""))
    ]


# A photo gallery set in a story is its pictures, their captions, a heading ("In pictures: …")
# and buttons ("1 of 3"): trafilatura drops the pictures and keeps the heading, which would
# read as one of the story's lines. A gallery is a block of two pictures or more with no line
# of prose outside them; a story told in blocks without <p> tags, around its pictures, has.
_MIN_GALLERY_PICTURES = 2


def _drop_galleries(tree: Any) -> None:
    from trafilatura.xml import delete_element  # keeps the text that follows the gallery

    around_pictures = {block for figure in tree.iter("figure") for block in figure.iterancestors()}
    galleries = {
        block
        for block in around_pictures
        if block.tag not in ("html", "body") and _is_gallery(block)
    }
    for gallery in galleries:
        if not any(block in galleries for block in gallery.iterancestors()):
            delete_element(gallery)


def _is_gallery(block: Any) -> bool:
    pictures = set(block.iter("figure"))
    return len(pictures) >= _MIN_GALLERY_PICTURES and all(
        len(words.split()) < _MIN_ENTRY_WORDS for words in _text_around(block, pictures)
    )


def _text_around(block: Any, left_out: Collection[Any]) -> Iterator[str]:
    """The runs of text in a block, outside the elements left out (a pull quote, a gallery's
    pictures)."""
    # A stack, not recursion: nested generators cost each run of text a step per level, and
    # a page may nest hundreds of levels deep.
    stack: list[Any] = [block]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            yield item
        elif item not in left_out:
            yield item.text or ""
            for child in reversed(item):
                stack.extend((child.tail or "", child))


# A live blog is a run of entries, each under its time stamp ("11.42 GMT") and often its own
# heading, which is how its reader finds their way. trafilatura drops every <time> and, for
# precision, every <header> (where entries keep both), and it takes the first entry that looks
# like a post's body for the whole article, picking the other entries' paragraphs up later
# without their headings and out of order. So the entries are rewritten first: the stamp as a
# paragraph of its own, the header as a plain block, and the page or feed that holds them all
# marked as the article's body. A page is taken for a live blog when sibling blocks each hold
# a time and a paragraph of prose: a list of related links with dates holds no paragraphs,
# and readers' comments are no entries. An entry may hold a second time ("Updated at 11.50"),
# so it is the block whose siblings hold entries too, not the one that holds a single time.
_MIN_ENTRIES = 2
_MIN_ENTRY_WORDS = 8


def _keep_live_blog_stamps(tree: Any) -> None:
    stamps = [time for time in tree.iter("time") if _stamp_text(time)]
    if len(stamps) < _MIN_ENTRIES:
        return
    dated = {ancestor for time in stamps for ancestor in time.iterancestors()}
    with_prose = {
        block
        for p in tree.iter("p")
        if len(_stamp_text(p).split()) >= _MIN_ENTRY_WORDS
        for block in (p, *p.iterancestors())
    }
    feeds: dict[Any, dict[Any, list[Any]]] = {}
    for time in stamps:
        entry = _entry_of(time, dated & with_prose)
        if entry is not None:
            feeds.setdefault(entry.getparent(), {}).setdefault(entry, []).append(time)
    for feed, entries in feeds.items():
        if len(entries) < _MIN_ENTRIES or _is_comments(feed):
            continue
        body = next(feed.iterancestors("main", "article"), feed)
        body.set("itemprop", "articleBody")
        entries.update(_entries_without_prose(feed, entries))
        for entry, times in entries.items():
            for header in entry.iter("header"):
                header.tag = "div"
            _stamp_as_paragraph(times[0], entry)
            for later in times[1:]:
                _keep_text(later)


def _entries_without_prose(feed: Any, entries: Collection[Any]) -> Iterator[tuple[Any, list[Any]]]:
    """The feed's other dated blocks: its entries with no paragraph of prose, such as a list of
    points under "What we know so far", whose stamps are kept as the others' are."""
    for block in feed:
        if isinstance(block.tag, str) and block not in entries:
            times = [time for time in block.iter("time") if _stamp_text(time)]
            if times:
                yield block, times


def _entry_of(time: Any, entries: set[Any]) -> Any:
    """The block around a <time> that has a sibling holding a time and prose too, or None."""
    for block in time.iterancestors():
        parent = block.getparent()
        if parent is None:
            return None
        if block in entries and any(s in entries for s in parent if s is not block):
            return block
    return None


def _keep_text(time: Any) -> None:
    # trafilatura drops a <time> with its text; emptied, it stays for its datetime, from which
    # the page's date may be read, and its words follow it.
    text = _stamp_text(time)
    for child in list(time):
        time.remove(child)
    time.text = None
    time.tail = f"{text}{time.tail or ''}"


def _stamp_as_paragraph(time: Any, entry: Any) -> None:
    from trafilatura.xml import delete_element  # keeps the text that follows the stamp

    text = _stamp_text(time)
    stamp = time
    while stamp.getparent() is not entry and _stamp_text(stamp.getparent()) == text:
        stamp = stamp.getparent()  # the link or label around it, whose class may be dropped
    paragraph = stamp.makeelement("p", {})
    heading = _heading_over(stamp, entry)
    if heading is None:
        paragraph.tail = stamp.tail
        stamp.getparent().replace(stamp, paragraph)
    else:
        # An entry's heading set above its time ("Minister resigns", then "10.42 GMT") is read
        # after it, as the other entries' are, so that the heading is known for one.
        delete_element(stamp)
        heading.addprevious(paragraph)
    for outer in paragraph.iterancestors("p"):
        outer.tag = "div"  # a paragraph in a paragraph is lost with what follows it
    time.tail = None
    _keep_text(time)
    paragraph.append(time)


_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def _heading_over(stamp: Any, entry: Any) -> Any:
    """The entry's heading, where it comes before the stamp (and holds no part of it); else
    None."""
    around = set(stamp.iterancestors())
    for element in entry.iter():
        if element is stamp:
            return None
        if element.tag in _HEADINGS and element not in around:
            return element
    return None


def _is_comments(feed: Any) -> bool:
    # Readers' comments are dated paragraphs too; they stay out, as trafilatura leaves them.
    names = [f"{e.get('id', '')} {e.get('class', '')}" for e in (feed, *feed.iterancestors())]
    return any("comment" in name.lower() for name in names)


def _stamp_text(element: Any) -> str:
    return " ".join("".join(element.itertext()).split())


# A pull quote repeats a line of the story in large type (a <blockquote> with the speaker's
# name under it); trafilatura keeps it, so the quote would be read, and counted, twice. Its
# words are matched a fragment at a time because a pull quote often elides ("…") or drops
# the quotation marks; a fragment of fewer words could match by chance.
_ELISION = re.compile(r"\.\.\.|…|\[\.\.\.\]")
_MIN_PULL_WORDS = 4


# A drop cap, the story's first letter set large, is an element of its own, which a template
# may leave a space or a line break after ("T he wind"), set as a block before the paragraph
# (where trafilatura loses it: "he wind"), or draw as a picture of the letter (its alt text,
# lost too). Its letter is put back at the start of the word it begins.
_DROP_CAP_CLASS = re.compile(
    r"(?:^|[\s_-])(?:drop-?cap|initial(?:-letter)?|first-letter)(?:$|[\s_-])", re.I
)


def _join_drop_caps(tree: Any) -> None:
    from trafilatura.xml import delete_element  # keeps its tail, where the letter is put

    caps = [
        element
        for element in tree.iter()
        if isinstance(element.tag, str) and _DROP_CAP_CLASS.search(element.get("class", ""))
    ]
    for cap in caps:
        letter = cap.get("alt", "") if cap.tag == "img" else _stamp_text(cap)
        if len(letter) != 1 or not letter.isalpha() or cap.getparent() is None:
            continue
        rest = cap.tail or ""
        paragraph = cap.getnext()
        if rest.strip():
            cap.tail = _begun_by(letter, rest)
        elif (
            paragraph is not None and paragraph.tag == "p" and (paragraph.text or "")[:1].islower()
        ):
            paragraph.text = letter + (paragraph.text or "")
        else:
            continue
        delete_element(cap)


# "A" and "I" are words of their own: "A wind rose" keeps its space where "T he" loses it.
_ONE_LETTER_WORDS = frozenset("AI")


def _begun_by(letter: str, rest: str) -> str:
    word = rest.lstrip()
    return letter + (word if word[:1].islower() and letter not in _ONE_LETTER_WORDS else rest)


# A page may set its pull quote in a block of its own, named for it ("pullquote",
# "pull-quote") rather than a <blockquote>: trafilatura keeps its words as a paragraph of the
# story and the name under it as another. As a <blockquote> it is read as one, and goes if
# the story repeats it.
_PULL_QUOTE_CLASS = re.compile(r"pull-?quote", re.I)


def _pull_quotes_as_quotes(tree: Any) -> None:
    for block in tree.iter("div", "p", "figure", "section"):
        if (
            _PULL_QUOTE_CLASS.search(block.get("class", ""))
            and next(block.iter("blockquote"), None) is None
        ):
            block.tag = "blockquote"


def _drop_pull_quotes(body: Any) -> None:
    from trafilatura.xml import delete_element

    for quote in list(body.iter("quote")):
        paragraphs = quote.findall("p")
        quoted = " ".join("".join(p.itertext()) for p in paragraphs) or (quote.text or "")
        fragments = [_words(fragment) for fragment in _ELISION.split(quoted)]
        fragments = [fragment for fragment in fragments if fragment]
        if sum(len(fragment.split()) for fragment in fragments) < _MIN_PULL_WORDS:
            continue
        rest = _words(" ".join(_text_around(body, {quote})))
        if all(f" {fragment} " in f" {rest} " for fragment in fragments):
            delete_element(quote)  # with its "cite"; the text after it stays


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+(?:['’]\w+)*", text.lower()))


# trafilatura's text of a table is Markdown ("| a | b | " rows, "|---|" rules under head
# rows, a caption as a head row padded with empty cells), and a table that lays out a page
# comes out as one line per row, paragraphs and headings run together. So its tree is
# rewritten first: a table that lays out a page (a newsletter's web version, an old site)
# gives way to the paragraphs and headings in its cells, a table of figures becomes one line
# per row, and any other table (a menu, a list of links) is left out.
_INLINE = frozenset({"hi", "ref", "del"})
_BLOCKS = frozenset({"p", "head", "list", "quote"})
_MAX_CELL = 300  # characters; a longer cell holds a page's text, not a figure


def _unwrap_layout_tables(body: Any) -> None:
    from trafilatura.xml import delete_element

    while (layout := next(filter(_lays_out_page, body.iter("table")), None)) is not None:
        for cell in layout.iterfind("row/cell"):
            if _holds_the_page(cell):
                _move_blocks_before(cell, layout)
        delete_element(layout)  # with the cells of a few words: a menu, a "View in browser"


def _lays_out_page(table: Any) -> bool:
    return not _table_lines(table) and any(map(_holds_the_page, table.iterfind("row/cell")))


def _holds_the_page(cell: Any) -> bool:
    # A heading or a paragraph of prose; a menu's links, a line apart, are short paragraphs.
    return any(
        child.tag in _BLOCKS
        and (child.tag == "head" or len(_stamp_text(child).split()) >= _MIN_ENTRY_WORDS)
        for child in cell
    )


def _move_blocks_before(cell: Any, table: Any) -> None:
    if (cell.text or "").strip():
        words = table.makeelement("p", {})
        words.text = cell.text
        table.addprevious(words)
    for child in list(cell):
        table.addprevious(child)  # lxml moves it, its tail with it


def _has_prose(element: Any) -> bool:
    """Whether any of the element's text lies outside its tables: a page whose only text
    is tables has no article."""
    if element.tag == "table":
        return False
    return bool((element.text or "").strip()) or any(
        _has_prose(child) or bool((child.tail or "").strip()) for child in element
    )


def _tables_as_lines(body: Any) -> None:
    from trafilatura.xml import delete_element  # keeps the text that follows the table

    for table in [t for t in body.iter("table") if not _inside_table(t)]:
        for line in _table_lines(table):
            paragraph = table.makeelement("p", {})
            paragraph.text = line
            table.addprevious(paragraph)
        delete_element(table)


def _inside_table(element: Any) -> bool:
    return any(ancestor.tag == "table" for ancestor in element.iterancestors())


def _table_lines(table: Any) -> list[str]:
    """A table of figures, one line per row with its cells between " | "; nothing for a
    table that is no grid of short cells (navigation, a list of links, a page's layout)."""
    if table.find(".//head") is not None or table.find(".//table") is not None:
        return []
    rows = [[_cell_text(cell) for cell in row.iter("cell")] for row in table.iter("row")]
    if sum(1 for row in rows if sum(1 for cell in row if cell) >= 2) < 2:
        return []  # a single row or column: a menu, a list of links, a layout
    if any(len(cell) > _MAX_CELL for row in rows for cell in row):
        return []
    lines = []
    for row in rows:
        while row and not row[-1]:
            row.pop()  # the padding trafilatura gives a caption or a short row
        if row:
            lines.append(" | ".join(row))
    return lines


def _cell_text(cell: Any) -> str:
    text = (cell.text or "") + "".join(_flowing_text(child) for child in cell)
    return " ".join(text.split())


def _flowing_text(element: Any) -> str:
    # Paragraphs and line breaks inside a cell become spaces, formatting and links do not.
    gap = "" if element.tag in _INLINE else " "
    inner = (element.text or "") + "".join(_flowing_text(child) for child in element)
    return f"{gap}{inner}{gap}{element.tail or ''}"
