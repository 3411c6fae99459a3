"""Reading an HTML page: its story's text, title, author and date, with trafilatura.

trafilatura finds the story; what it gets wrong for news pages is put right here, on the
page's tree before extraction (live blogs' time stamps, embedded posts) and on the story's
tree after it (pull quotes, tables of figures).

The modules, lowest first: ``tree`` reads the page's tree and the words of its elements;
``pictures`` writes formulas and pictures as the words they show; ``markup`` reads what the
page's markup says of its story (its schema.org text, a paywall); ``header`` the top of the
story (standfirst, byline, dates); ``titles`` the headline; ``paragraphs`` puts right how a
page marks up its story's own blocks, ``insets``, ``live_blogs`` and ``tables`` what it sets
into its story; and this module runs them in order
(:func:`article_from_html`). A name with a leading underscore is the package's own: its modules
share it, and only they and their tests use it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from newslens.article import Article, with_section_label
from newslens.boilerplate import (
    earliest_entry_date,
    names_as_written,
    press_release_issuer,
    title_past_furniture,
)
from newslens.errors import NewslensError
from newslens.html_pages.header import (
    _as_signed,
    _byline,
    _dateline,
    _issuer_of,
    _opens_with,
    _signed_by,
    _stamped_dates,
    _standfirst,
    _top_of_story,
)
from newslens.html_pages.insets import (
    _drop_galleries,
    _drop_pull_quotes,
    _drop_tables_of_contents,
    _first_lines_of_posts,
    _footnotes,
    _join_drop_caps,
    _keep_embedded_posts,
    _mark_footnotes,
    _paragraphs_in_italics,
    _posts_set_apart,
    _pull_quotes_as_quotes,
    _with_footnotes,
    _without_embedded_posts,
    _without_notes_on_the_writer,
)
from newslens.html_pages.live_blogs import _keep_live_blog_stamps
from newslens.html_pages.markup import _article_body_in_linked_data, _behind_paywall, _only_teases
from newslens.html_pages.paragraphs import (
    _block_quotes_signed,
    _credits_of_block_quotes,
    _keep_times_in_paragraphs,
    _number_ordered_lists,
    _numbered_items_unbulleted,
    _quotation_marks_of_q,
    _unlink_subheadings,
    _unwrap_wrapped_paragraphs,
)
from newslens.html_pages.pictures import _formulas_as_text, _pictures_as_text
from newslens.html_pages.tables import _has_prose, _tables_as_lines, _unwrap_layout_tables
from newslens.html_pages.titles import _headline_off_the_text, _headline_past_masthead
from newslens.html_pages.tree import _drop_characters_xml_forbids, _load_page


def article_from_html(html: str, source: str, warn: Callable[[str], None]) -> Article:
    """The main text of an HTML page, with its title, author and date (trafilatura); a page
    that marks its story for subscribers is read with a warning."""
    # Imported here: trafilatura pulls in lxml and friends, ~0.2 s that plain text never needs.
    from trafilatura.metadata import extract_metadata
    from trafilatura.settings import set_date_params

    # htmldate's extensive search, trafilatura's default, reads a date out of any year the
    # story mentions ("rebuilt in 2021" dates the page 2021-01-01): a date the page does not
    # state is worse than none, so only its markup, its URL and its labelled dates are read.
    stated_dates = set_date_params(extensive=False)
    tree, cut_short = _page_in_words(html)
    # Read once, before anything below changes the page: where byline, date and standfirst are.
    found = _first_reading(tree)
    if tree is not None:
        _put_right_for_extraction(tree)
    document, body, text = _extraction(html, tree, stated_dates, found.credits)
    linked = "" if tree is None else _article_body_in_linked_data(tree)
    if not text and linked:
        text = linked
        if document is None:  # with no body, trafilatura gives no metadata either
            document = extract_metadata(tree, date_config=stated_dates)
    title, label, text = _headline_off_the_text(tree, getattr(document, "title", None) or "", text)
    if linked and _only_teases(text, linked):
        text = linked
    if title and tree is not None:
        sitename = getattr(document, "sitename", None)
        title, label = _headline_past_masthead(tree, body, title, label, sitename, text)
    text = _with_standfirst_and_footnotes(text, found.standfirst, found.footnotes)
    byline = names_as_written(_byline(_as_signed(getattr(document, "author", None)), found.signed))
    if text and byline is not None:
        text = _without_notes_on_the_writer(text, byline, found.in_italics)
    if not text:
        deep = " (the page nests its elements too deep to be read in full)" if cut_short else ""
        raise NewslensError(f"{source}: no article text found in the HTML{deep}")
    date = _page_date(found, document, text, stated_dates)
    if found.paywalled:
        warn(f"{source}: the page marks this story for subscribers; the text may be only its start")
    return Article(
        text=text,
        title=with_section_label(title, label) if title else title_past_furniture(text),
        byline=byline or _issuer_of(found.top) or press_release_issuer(text),
        date=date,
        source=source,
    )


def _page_in_words(html: str) -> tuple[Any, bool]:
    """The page's tree (None where trafilatura cannot read it), its formulas and pictures
    written as the words they show; and whether it nests too deep to be read in full."""
    tree, cut_short = _load_page(html)
    if tree is not None:
        _drop_characters_xml_forbids(tree)
        _formulas_as_text(tree)
        _pictures_as_text(tree)
    return tree, cut_short


@dataclass(frozen=True)
class _FirstReading:
    """What is read of the page before it is put right for trafilatura: its copy without
    embedded posts, the top of its story and what that says, whether it is paywalled, and
    the footnotes, paragraphs in italics and block quotes' credits that extraction drops."""

    unembedded: Any
    top: list[Any]
    signed: str | None
    stamped: dict[str, str]
    dateline: str | None
    paywalled: bool
    standfirst: str | None
    footnotes: list[str]
    in_italics: list[str]
    credits: frozenset[str]


def _first_reading(tree: Any) -> _FirstReading:
    unembedded = None if tree is None else _without_embedded_posts(tree)
    top = [] if tree is None else list(_top_of_story(tree))
    return _FirstReading(
        unembedded=unembedded,
        top=top,
        signed=_signed_by(top),
        stamped=_stamped_dates(top),
        dateline=_dateline(top),
        paywalled=tree is not None and _behind_paywall(tree),
        standfirst=_standfirst(top),
        footnotes=[] if tree is None else _footnotes(tree),
        in_italics=[] if tree is None else _paragraphs_in_italics(tree),
        credits=frozenset() if tree is None else _credits_of_block_quotes(tree),
    )


def _put_right_for_extraction(tree: Any) -> None:
    """Sets right, on the page's tree, what trafilatura would drop or misread."""
    _mark_footnotes(tree)
    _unwrap_wrapped_paragraphs(tree)
    _quotation_marks_of_q(tree)
    _drop_tables_of_contents(tree)
    _unlink_subheadings(tree)
    _keep_embedded_posts(tree)
    _pull_quotes_as_quotes(tree)
    _join_drop_caps(tree)
    _drop_galleries(tree)
    _keep_live_blog_stamps(tree)
    _keep_times_in_paragraphs(tree)
    _number_ordered_lists(tree)


def _extraction(
    html: str, tree: Any, stated_dates: Any, credits: frozenset[str]
) -> tuple[Any, Any, str]:
    """trafilatura's document of the page, its story's tree and the story's text: empty
    where trafilatura finds no story, or one with no prose."""
    import trafilatura

    document = trafilatura.bare_extraction(
        html if tree is None else tree,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_precision=True,
        date_extraction_params=stated_dates,
    )
    body = getattr(document, "body", None) if document is not None else None
    return document, body, _story_text(body, credits)


def _story_text(body: Any, credits: frozenset[str]) -> str:
    from trafilatura.xml import xmltotxt

    if body is None:
        return ""
    _unwrap_layout_tables(body)
    if not _has_prose(body):
        return ""
    _drop_pull_quotes(body)
    _numbered_items_unbulleted(body)
    _block_quotes_signed(body, credits)
    _tables_as_lines(body)
    return _posts_set_apart(xmltotxt(body, False).strip(), _first_lines_of_posts(body))


def _with_standfirst_and_footnotes(text: str, standfirst: str | None, footnotes: list[str]) -> str:
    """The story's text with the footnotes and the standfirst that trafilatura left out."""
    if text:
        text = _with_footnotes(text, footnotes)
    if text and standfirst is not None and not _opens_with(text, standfirst):
        text = f"{standfirst}\n{text}"
    return text


def _page_date(found: _FirstReading, document: Any, text: str, stated_dates: Any) -> str | None:
    """The page's date: when its header says the story was first published, else the date its
    markup gives (its own, not that of a post it embeds, read only when needed) or the day of
    a live blog's earliest entry, whichever is earlier (a blog's markup, or the date htmldate
    reads off its text, may give the latest entry's), its dateline's, or when its header says
    the story was last updated."""
    from trafilatura.metadata import extract_metadata

    date = found.stamped.get("published")
    if date is not None:
        return date
    marked = (
        document
        if found.unembedded is None
        else extract_metadata(found.unembedded, date_config=stated_dates)
    )
    known = [day for day in (getattr(marked, "date", None), earliest_entry_date(text)) if day]
    return min(known, default=None) or found.dateline or found.stamped.get("updated")
