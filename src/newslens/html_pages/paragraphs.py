"""The story's own blocks as trafilatura should read them: paragraphs a page wraps one a block
(``_unwrap_wrapped_paragraphs``), quotations marked with <q>, which a browser shows between
quotation marks (``_quotation_marks_of_q``), and subheadings that link to themselves or mark
their place (``_unlink_subheadings``)."""

from __future__ import annotations

import re
from typing import Any

from newslens.html_pages.tree import _stamp_text

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


# A page may make each subheading a link to itself (<h2 id="cost"><a href="#cost">Cost</a>),
# so that readers can share the place, set a link of its own beside it ("#", "¶"), or mark the
# place with an empty element (<a name="cost"></a>, a contents plugin's <span id="cost">).
# trafilatura drops a heading that is mostly a link, as it drops a teaser's headline, and one
# with an empty marker in it: the story lost its subheadings; and it kept the mark ("Cost #").
# Such a link is read as its words, its mark and the empty markers left out. A heading linking
# to another page (a teaser's) is left as it was.
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def _unlink_subheadings(tree: Any) -> None:
    marks = [
        mark
        for heading in tree.iter(*_HEADINGS)
        for mark in heading.iter("a", "span")
        if _marks_the_place(mark, heading)
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
