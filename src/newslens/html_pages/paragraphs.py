"""The story's own blocks as trafilatura should read them: paragraphs a page wraps one a block
(``_unwrap_wrapped_paragraphs``), quotations marked with <q>, which a browser shows between
quotation marks (``_quotation_marks_of_q``), subheadings that link to themselves or mark their
place (``_unlink_subheadings``), a block quote's credit (``_credits_of_block_quotes``,
``_block_quotes_signed``), and the numbers of a numbered list's items
(``_number_ordered_lists``, ``_numbered_items_unbulleted``), and the words of a time in a
paragraph (``_keep_times_in_paragraphs``)."""

from __future__ import annotations

import re
from typing import Any

from newslens.html_pages.insets import _credits_of_quotes_in_figures
from newslens.html_pages.tree import _keep_text, _stamp_text

# A page built of components (the BBC's, many a news app's) wraps each paragraph of its story in
# a block of its own, <div class="text-block"><p>…</p></div>. trafilatura, set to favour
# precision, drops such a block when it is short and has a link in it, as it drops a sidebar's
# teaser: "Repairs cost <a>£1.3m</a>, the council said." went missing from the story. A wrapper
# that stands in a run of its kind (the same class, three at least) around a sentence is a
# paragraph of the story and is read as one; a lone box, or a run of headlines, is not.
_RUN_OF_WRAPPERS = 3
_ENDS_A_SENTENCE = re.compile(r"[.!?…][\"'”’)]*$")


def _unwrap_wrapped_paragraphs(tree: Any) -> None:
    candidates = [
        p.getparent()
        for p in tree.iter("p")
        if p.find(".//a") is not None
        and _wraps_only(p.getparent(), p)
        and _ENDS_A_SENTENCE.search(_stamp_text(p))
    ]
    # Each block's wrappers are counted once, and all before any is unwrapped, which would
    # shorten the runs of those after it.
    runs: dict[tuple[Any, tuple[str, str]], int] = {}
    for wrapper in candidates:
        key = (wrapper.getparent(), _kind(wrapper))
        if key not in runs:
            runs[key] = sum(1 for sibling in key[0] if _kind(sibling) == key[1] and _wraps(sibling))
    for wrapper in candidates:
        if runs[(wrapper.getparent(), _kind(wrapper))] >= _RUN_OF_WRAPPERS:
            paragraph, tail = wrapper[0], wrapper.tail
            wrapper.getparent().replace(wrapper, paragraph)
            paragraph.tail = tail


def _wraps_only(block: Any, paragraph: Any) -> bool:
    return (
        block is not None
        and block.getparent() is not None
        and _wraps(block)
        and not (block.text or "").strip()
        and not (paragraph.tail or "").strip()
    )


def _wraps(block: Any) -> bool:
    return block.tag == "div" and len(block) == 1 and block[0].tag == "p"


def _kind(block: Any) -> tuple[str, str]:
    return block.get("class", ""), block.get("data-component", "")


# A browser draws a <q> between quotation marks, single ones for a <q> within a <q>; the marks
# are not in the page's text, and trafilatura, which reads a <q> as a block quote, lost them:
# "said in a statement: I am sorry." held no quote for the analysis to find. A <q> whose text
# brings its own marks (a site that hides the browser's) keeps only those.
_OPENING_MARKS = "\"'“‘„«"


def _quotation_marks_of_q(tree: Any) -> None:
    from lxml.etree import strip_tags  # type: ignore[import-untyped]

    quotations = list(tree.iter("q"))
    if not quotations:
        return
    for q in quotations:
        words = _stamp_text(q)
        if not words or words[0] in _OPENING_MARKS:
            continue
        inner = any(ancestor.tag == "q" for ancestor in q.iterancestors())
        opening, closing = ("‘", "’") if inner else ("“", "”")
        q.text = opening + (q.text or "")
        last = q[-1] if len(q) else None
        if last is None:
            q.text += closing
        else:
            last.tail = (last.tail or "") + closing
    strip_tags(tree, "q")


# A block quote credits its speaker in a <cite> under its words (WordPress's quote block:
# <blockquote><p>…</p><cite>Jo Lee, council leader</cite></blockquote>), which trafilatura
# read as a line of its own that named nobody, and the analysis found no quote in the words
# above it. The credit is read as a signature, after a dash on the quotation's line, and a
# quotation of one paragraph between quotation marks unless it brings its own:
# "“…” — Jo Lee, council leader", which the analysis reads as Jo Lee's words. The credits are
# read off the page (extraction drops the <cite>, leaving its words after the quotation's),
# and set once a pull quote that repeats the story is gone (a signed line would no longer
# match the story's). A line under a quotation that no <cite> gave (an embedded post's
# "— name (@handle) date") stays as it was.


def _credits_of_block_quotes(tree: Any) -> frozenset[str]:
    """The words of each <cite> that closes a block quote, and of each caption that will."""
    cited = (
        credit
        for cite in tree.iter("cite")
        if (quote := next(cite.iterancestors("blockquote"), None)) is not None
        and (credit := _stamp_text(cite))
        and _stamp_text(quote).endswith(credit)
    )
    return frozenset([*cited, *_credits_of_quotes_in_figures(tree)])


def _block_quotes_signed(body: Any, credits: frozenset[str]) -> None:
    if not credits:
        return
    for quote in body.iter("quote"):
        words = quote[-1] if len(quote) else None
        credit = " ".join((words.tail or "").split()) if words is not None else ""
        if words is None or words.tag != "p" or credit not in credits:
            continue
        words.tail = None
        marked = len(quote.findall("p")) == 1 and not (quote.text or "").strip()
        marked = marked and _stamp_text(words)[:1] not in _OPENING_MARKS
        if marked:
            words.text = "“" + (words.text or "").lstrip()
        last = words[-1] if len(words) else None
        signed = f"{'”' if marked else ''} — {credit}"
        if last is None:
            words.text = (words.text or "").rstrip() + signed
        else:
            last.tail = (last.tail or "").rstrip() + signed


# A page may make each subheading a link to itself (<h2 id="cost"><a href="#cost">Cost</a>),
# so that readers can share the place, set a link of its own beside it ("#", "¶"), or mark the
# place with an empty element (<a name="cost"></a>, a contents plugin's <span id="cost">).
# trafilatura drops a heading that is mostly a link, as it drops a teaser's headline, and one
# with an empty marker in it: the story lost its subheadings; and it kept the mark ("Cost #").
# Such a link is read as its words, its mark and the empty markers left out. A heading linking
# to another page (a teaser's) is left as it was, but for one that links to its topic's page
# ("/tag/…", "/topics/…") between two paragraphs of prose: a subheading, where teasers'
# headlines stand over their short standfirsts or links.
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_TOPIC_PAGE = re.compile(r"/(?:tags?|topics?|categor(?:y|ies)|subjects?)/", re.I)
_MIN_PROSE_WORDS = 10


def _unlink_subheadings(tree: Any) -> None:
    marks = [
        mark
        for heading in tree.iter(*_HEADINGS)
        for mark in heading.iter("a", "span")
        if _marks_the_place(mark, heading) or _links_to_its_topic(mark, heading)
    ]
    for mark in marks:
        if mark.tag == "a" and re.search(r"\w", _stamp_text(mark)):
            mark.drop_tag()
        else:
            mark.drop_tree()


def _marks_the_place(mark: Any, heading: Any) -> bool:
    if not len(mark) and not (mark.text or "").strip():
        return True
    page, _, place = (mark.get("href") or "").partition("#")
    return mark.tag == "a" and bool(place) and (not page or place == heading.get("id"))


def _links_to_its_topic(mark: Any, heading: Any) -> bool:
    if mark.tag != "a" or not _TOPIC_PAGE.search(mark.get("href") or ""):
        return False
    return (
        _stamp_text(mark) == _stamp_text(heading)
        and _is_prose(heading.getprevious())
        and _is_prose(heading.getnext())
    )


def _is_prose(block: Any) -> bool:
    """Whether a block is a paragraph of the story's, its own words not a link's."""
    if block is None or block.tag != "p":
        return False
    linked = sum(len(_stamp_text(link).split()) for link in block.iter("a"))
    return len(_stamp_text(block).split()) - linked >= _MIN_PROSE_WORDS


# A browser numbers the items of an <ol>: a story's steps, a ranked list. trafilatura writes
# every list item in plain text as a bullet, "- Close the bridge", and the numbers were lost.
# Each item is given its number as the browser shows it (from its start="…", counting down
# when reversed; in letters or roman numerals for type="a", "i" or a style of
# "lower-alpha", "upper-roman"), and after extraction its bullet is taken off. A list the page
# numbers itself, in its items' text, or shows unnumbered (list-style none), is left with its
# bullets.
_NUMBERED = re.compile(r"(?:\d+|[a-z]|[ivxlcdm]+)[.)]\s", re.I)
_OWN_MARKS = {
    "1": re.compile(r"\d+[.)]\s"),
    "a": re.compile(r"[a-z][.)]\s", re.I),
    "i": re.compile(r"[ivxlcdm]+[.)]\s", re.I),
}
_LIST_STYLE = re.compile(r"list-style(?:-type)?\s*:\s*(?P<value>[^;]*)", re.I)
# The kind of number of each list style a browser draws ("lower-alpha" as type="a").
_STYLE_TYPES = {
    "decimal": "1",
    "lower-alpha": "a",
    "lower-latin": "a",
    "upper-alpha": "A",
    "upper-latin": "A",
    "lower-roman": "i",
    "upper-roman": "I",
}
_START = re.compile(r"[0-9]{1,9}")
_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip


def _number_ordered_lists(tree: Any) -> None:
    for listing in list(tree.iter("ol")):
        items = listing.findall("li")
        kind = _number_type(listing)
        if not items or kind is None or _numbered_in_its_text(kind, items):
            continue
        step = -1 if listing.get("reversed") is not None else 1
        first = (listing.get("start") or "").strip()
        number = int(first) if _START.fullmatch(first) else (len(items) if step < 0 else 1)
        for item in items:
            item.text = f"{_item_mark(number, kind)}. {(item.text or '').lstrip()}"
            number += step


def _number_type(listing: Any) -> str | None:
    """The kind of number a browser shows before the list's items ("1", "a", "A", "i", "I"),
    its style over its type; None for a list shown unnumbered or another way."""
    style = _LIST_STYLE.search(listing.get("style", ""))
    words = style.group("value").lower().split() if style is not None else []
    drawn = next((word for word in words if word in _STYLE_TYPES or word == "none"), None)
    if drawn is not None:
        return _STYLE_TYPES.get(drawn)  # "none" draws no number
    kind = listing.get("type", "1")
    return kind if kind in ("1", "a", "A", "i", "I") else None


def _numbered_in_its_text(kind: str, items: list[Any]) -> bool:
    own = _OWN_MARKS[kind.lower()]
    return any(own.match(_stamp_text(item) + " ") for item in items)


def _item_mark(number: int, kind: str) -> str:
    """An item's number as a browser writes it: "3", "c", "C", "iii", "III"; a number a letter
    or a numeral cannot write (0 or under) in digits."""
    if kind == "1" or number < 1:
        return str(number)
    if kind in "aA":
        letters = ""
        while number:
            number, letter = divmod(number - 1, 26)
            letters = chr(ord("a") + letter) + letters
        mark = letters
    else:
        mark = ""
        for value, numeral in _ROMAN:
            count, number = divmod(number, value)
            mark += numeral * count
    return mark.upper() if kind.isupper() else mark


def _numbered_items_unbulleted(body: Any) -> None:
    """Reads the numbered items of the extracted story as lines of their own, unbulleted."""
    for item in body.iter("item"):
        parent = item.getparent()
        if parent.get("rend") == "ol" and _NUMBERED.match(item.text or ""):
            item.tag = "p"


def _keep_times_in_paragraphs(tree: Any) -> None:
    # trafilatura drops a <time> with its words, so "trains stopped on <time>Sunday</time>
    # after …" read "trains stopped on after …", and "Updated <time>…</time>" a bare "Updated".
    # A time alone in its block (a stamp, the date in a list of links) is left to the rules for
    # stamps and dates.
    for time in list(tree.iter("time")):
        words = _stamp_text(time)
        paragraph = next(time.iterancestors("p"), None)
        if words and paragraph is not None and _stamp_text(paragraph) != words:
            _keep_text(time)
