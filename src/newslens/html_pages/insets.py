"""What a page sets into its story besides its paragraphs: footnotes, kept at the end;
embedded posts, kept; galleries, tables of contents and pull quotes, dropped; a drop cap,
joined to its word; a note on the writer set in italics, left out."""

from __future__ import annotations

import copy
import re
from collections.abc import Collection, Iterator
from typing import Any

from newslens.html_pages.tree import _MIN_ENTRY_WORDS, _stamp_text, _words

# A column ends with a note on its writer set in italics ("Renata Osei is a landscape
# architect …"), where a news page sets a bio box, which trafilatura leaves out: the note is
# left out as the box is. Only a paragraph wholly in italics that opens with a name of the
# byline and "is" is such a note.
_ITALICS = frozenset({"em", "i"})


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
    # precision, a block whose post signs off with a link ("May 8, 2026"), and one whose class
    # names it an embed, as a CMS names the block it wraps each post in ("wp-block-embed").
    for post in _embedded_posts(tree):
        for link in post.iter("a"):
            link.tag = "span"
        for figure in post.iterancestors("figure"):
            figure.tag = "div"
        words = _stamp_text(post)
        for wrapper in post.iterancestors():
            if _stamp_text(wrapper) != words:
                break
            wrapper.attrib.pop("class", None)
            wrapper.attrib.pop("id", None)


# A post's lines run into the story's, one paragraph a line, where the analysis reads a post as
# the lines over its credit ("— Met Office (@metoffice) …") up to a blank line: the page sets
# the post apart by one.
def _first_lines_of_posts(body: Any) -> list[str]:
    """The first line of each post embedded in trafilatura's story, credited on its last."""
    from trafilatura.xml import xmltotxt

    lines = []
    for quote in body.iter("quote"):
        words = xmltotxt(quote, False).strip().split("\n")
        if len(words) > 1 and "(@" in words[-1]:
            lines.append(words[0])
    return lines


def _posts_set_apart(text: str, first_lines: list[str]) -> str:
    for line in first_lines:
        text = text.replace(f"\n{line}\n", f"\n\n{line}\n", 1)
    return text


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


# A post's table of contents (a blogging platform's plugin's) is a list of links to its own
# subheadings under a title ("Table of contents", "In this article") and a button to hide it;
# trafilatura drops the list and kept the title, which read as the story's first line. A list
# all of whose links lead to the page's headings is left out with the few words around it; a
# list of links to other places on the page (footnotes, a live blog's entries) is not.
_CONTENTS_TITLE_WORDS = 6


def _drop_tables_of_contents(tree: Any) -> None:
    from trafilatura.xml import delete_element  # keeps the text that follows the box

    listings = [
        (listing, places) for listing in tree.iter("ul", "ol") if (places := _links_within(listing))
    ]
    if not listings:
        return
    headings = {
        place
        for heading in tree.iter("h2", "h3", "h4", "h5", "h6")
        for element in heading.iter()
        for place in (element.get("id"), element.get("name"))
        if place
    }
    for listing, places in listings:
        if not places <= headings:
            continue
        box, words = listing, len(_stamp_text(listing).split())
        while (parent := box.getparent()) is not None and parent.tag not in ("body", "article"):
            if len(_stamp_text(parent).split()) - words > _CONTENTS_TITLE_WORDS:
                break
            box = parent
        delete_element(box)


def _links_within(listing: Any) -> set[str]:
    """The places on the page that a list's links all lead to; none where a link leads off it
    or the list has fewer than two."""
    hrefs = [link.get("href") or "" for link in listing.iter("a")]
    if len(hrefs) < 2 or not all(href.startswith("#") and len(href) > 1 for href in hrefs):
        return set()
    return {href[1:] for href in hrefs}


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
# the story repeats it. WordPress sets its <blockquote> in a <figure class="wp-block-pullquote">,
# which trafilatura drops whole, as it drops a picture: the quote is read out of its frame. So
# is a plain <figure> of a <blockquote> and no picture, its <figcaption> the quote's <cite>.
_PULL_QUOTE_CLASS = re.compile(r"pull-?quote", re.I)
_PICTURES = ("img", "picture", "video", "svg", "iframe")


def _pull_quotes_as_quotes(tree: Any) -> None:
    for block in tree.iter("div", "p", "figure", "section"):
        if not _PULL_QUOTE_CLASS.search(block.get("class", "")):
            if block.tag == "figure":
                _quote_in_a_figure_signed(block)
            continue
        if next(block.iter("blockquote"), None) is None:
            block.tag = "blockquote"
        elif block.tag == "figure":
            block.tag = "div"


def _quote_in_a_figure_signed(figure: Any) -> None:
    caption = _caption_of_a_quote(figure)
    if caption is None:
        return
    figure.tag = "div"
    caption.tag = "cite"
    caption.text = _credit_of(caption.text or "")
    next(figure.iter("blockquote")).append(caption)


def _caption_of_a_quote(figure: Any) -> Any | None:
    """The <figcaption> of a <figure> that frames a <blockquote> and no picture."""
    quote = next(figure.iter("blockquote"), None)
    caption = next(figure.iter("figcaption"), None)
    if quote is None or caption is None or next(figure.iter(*_PICTURES), None) is not None:
        return None
    return caption


def _credit_of(caption: str) -> str:
    return caption.lstrip(" —–-")


def _credits_of_quotes_in_figures(tree: Any) -> Iterator[str]:
    """The words of each caption that will sign its figure's quote: a <cite> once the page is
    set right for extraction, when these credits are read already."""
    for figure in tree.iter("figure"):
        caption = _caption_of_a_quote(figure)
        if caption is not None and (credit := _credit_of(_stamp_text(caption))):
            yield credit


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
