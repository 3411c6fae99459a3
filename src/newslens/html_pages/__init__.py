"""Reading an HTML page: its story's text, title, author and date, with trafilatura.

trafilatura finds the story; what it gets wrong for news pages is put right here, on the
page's tree before extraction (live blogs' time stamps, embedded posts) and on the story's
tree after it (pull quotes, tables of figures).

The modules, lowest first: ``tree`` reads the page's tree and the words of its elements;
``pictures`` writes formulas and pictures as the words they show; ``markup`` reads what the
page's markup says of its story (its schema.org text, a paywall); ``header`` the top of the
story (standfirst, byline, dates); ``titles`` the headline; ``insets``, ``live_blogs`` and
``tables`` put right what a page sets into its story; and this module runs them in order
(:func:`article_from_html`). A name with a leading underscore is the package's own: its modules
share it, and only they and their tests use it.
"""

from __future__ import annotations

from collections.abc import Callable

from newslens.article import Article, section_label, with_section_label, written_in_capitals
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
    _footnotes,
    _join_drop_caps,
    _keep_embedded_posts,
    _mark_footnotes,
    _paragraphs_in_italics,
    _pull_quotes_as_quotes,
    _with_footnotes,
    _without_embedded_posts,
    _without_notes_on_the_writer,
)
from newslens.html_pages.live_blogs import _keep_live_blog_stamps
from newslens.html_pages.markup import _article_body_in_linked_data, _behind_paywall, _only_teases
from newslens.html_pages.pictures import _formulas_as_text, _pictures_as_text
from newslens.html_pages.tables import _has_prose, _tables_as_lines, _unwrap_layout_tables
from newslens.html_pages.titles import (
    _headline_and_label,
    _headline_over_capitals,
    _is_masthead,
    _kicker_over,
    _page_title,
    _title_paragraph,
    _title_under_masthead,
    _without_repeated_headline,
)
from newslens.html_pages.tree import _drop_characters_xml_forbids, _load_page


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
