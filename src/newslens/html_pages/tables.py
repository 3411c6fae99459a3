"""Tables in the story's tree after extraction: a table that lays out the page gives way to its
paragraphs and headings, a table of figures becomes a line per row, any other is left out."""

from __future__ import annotations

from typing import Any

from newslens.html_pages.tree import _MIN_ENTRY_WORDS, _stamp_text

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


# Where trafilatura finds no story, it may give a page's only element as it stands: its menu
# ("<nav>Home</nav>") or a lone link home, which are no story, as a table's figures are none.
_NO_PROSE = frozenset({"table", "nav", "a"})


def _has_prose(element: Any) -> bool:
    """Whether any of the element's text lies outside its tables and its navigation: a page
    whose only text is tables, a menu or a link has no article."""
    if element.tag in _NO_PROSE:
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
