"""Markdown: a fact-check report to paste into a document, a ticket or a chat.

Each article is a heading, its byline and date, its source, then its annotations in text
order: the tags, the claimant, the passage as a block quote (a figure with the sentence that
states it, the figure in bold) and the note; then what could not be placed in the current
text, and why.

Article text, notes, tags and titles are untrusted: every one is escaped so that a Markdown
renderer shows it as written — no emphasis, link, HTML or heading comes from the article — and
control characters are shown as pictures, as in the other text formats; a page break (a form
feed) is layout, a paragraph break as in the reader.
"""

from __future__ import annotations

import re

from newslens.annotations.exports import (
    Item,
    byline_and_date,
    page_breaks_as_line_ends,
    reason_line,
    stating_sentence,
    visible_controls,
    why_orphaned,
)
from newslens.annotations.model import Annotation, Document

# Characters that open inline markup anywhere in a line (CommonMark and GitHub's tables and
# strikethrough); any ASCII punctuation may be backslash-escaped, so escaping is always safe.
_INLINE = re.compile(r"([\\`*_\[\]<>&|~])")
# What makes a line a heading, list item, rule or setext underline when it starts it (a quote's
# ">" is escaped wherever it stands); a numbered item's mark is its "." or ")".
_LINE_START = re.compile(r"^(\s*|\s*\d+(?=[.)]))([#+=.)-])")
_BLANK_LINES = re.compile(r"\n\s*\n")


def escape(text: str) -> str:
    """Untrusted text, each run of blanks one space, shown literally by Markdown."""
    folded = re.sub(r"\s+", " ", visible_controls(page_breaks_as_line_ends(text)))
    return _LINE_START.sub(r"\1\\\2", _INLINE.sub(r"\\\1", folded))


def _paragraphs(text: str) -> list[str]:
    paragraphs = _BLANK_LINES.split(page_breaks_as_line_ends(text))
    return [escape(p).strip() for p in paragraphs if p.strip()]


def _note_paragraphs(note: str) -> list[list[str]]:
    """The note's paragraphs, each as its lines: a note's line ends are the reader's own (a
    list of sources), where a passage's are the article's wrapping, which is joined."""
    paragraphs = _BLANK_LINES.split(page_breaks_as_line_ends(note))
    lines = ([escape(line).strip() for line in p.split("\n")] for p in paragraphs)
    return [kept for p in lines if (kept := [line for line in p if line])]


def _block_quote(paragraphs: list[str]) -> list[str]:
    return [line for p in paragraphs for line in (">", f"> {p}")][1:]


def _passage(document: Document, annotation: Annotation) -> list[str]:
    """The annotated words as quoted paragraphs; a placed figure inside its sentence."""
    sentence = stating_sentence(document, annotation)
    text = document.text
    if sentence is None or text is None:
        return _block_quote(_paragraphs(annotation.exact))
    start, end = sentence
    bold_start, bold_end = annotation.start, annotation.end
    # CommonMark's "**" neither opens between a letter and a "$" ("US$5") nor closes between
    # a "%" and a letter ("12%on"): there the word the figure is part of is bold.
    if not annotation.exact[:1].isalnum():
        while bold_start > start and text[bold_start - 1].isalnum():
            bold_start -= 1
    if not annotation.exact[-1:].isalnum():
        while bold_end < end and text[bold_end].isalnum():
            bold_end += 1
    before, after = text[start:bold_start], text[bold_end:end]
    figure = escape(text[bold_start:bold_end]).strip()
    return _block_quote([f"{escape(before)}**{figure}**{escape(after)}".strip()])


def _entry(document: Document, annotation: Annotation, number: int) -> list[str]:
    head = " · ".join(f"**{escape(tag).strip()}**" for tag in annotation.tags) or "*no tag*"
    if annotation.claimant:
        head += f" — {escape(annotation.claimant).strip()}"
    mark = f"{number}. "
    lines = [mark + head, ""]
    body = _passage(document, annotation)
    reason = why_orphaned(document, annotation)
    if reason is not None:
        body += ["", f"*{escape(reason_line(reason)).strip()}*"]
    for paragraph in _note_paragraphs(annotation.note):
        # A backslash ending a line is CommonMark's line break within a paragraph.
        body += ["", *(line + "\\" for line in paragraph[:-1]), paragraph[-1]]
    # Indented under the number, so the quote and note belong to the list item.
    lines += [" " * len(mark) + line if line else "" for line in body]
    return [*lines, ""]


def _document(document: Document, annotations: list[Annotation]) -> list[str]:
    lines = [f"# {escape(document.title or document.source).strip()}", ""]
    if written := byline_and_date(document):
        lines += [escape(written).strip(), ""]
    lines += [f"{escape(document.source).strip()} · sha256 `{document.fingerprint}`", ""]
    placed = [a for a in annotations if not a.orphan]
    orphans = [a for a in annotations if a.orphan]
    lines += [f"## Annotations ({len(placed)})", ""]
    for number, annotation in enumerate(placed, 1):
        lines += _entry(document, annotation, number)
    if orphans:
        lines += [f"## Not placed in this text ({len(orphans)})", ""]
        for number, annotation in enumerate(orphans, 1):
            lines += _entry(document, annotation, number)
    return lines


def render_markdown(items: list[Item]) -> str:
    lines = [line for document, marks in items for line in _document(document, marks)]
    return "\n".join(lines).rstrip("\n") + "\n"
