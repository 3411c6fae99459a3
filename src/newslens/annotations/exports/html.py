"""HTML: the article with its annotations highlighted, readable in any browser.

Article text, notes, tags and titles are untrusted: every one goes through
``html.escape``; colours come from the validated tag set only; no script. Control
characters, which HTML does not allow, are shown as pictures (ESC as ␛); a page break (a
form feed) is layout, shown as the reader shows it, a line end.

The page is ``lang="en"`` for newslens's own words (headings, the source line); what comes
from the article or the reader (title, text, quotes, claimants, notes) is in a language
newslens does not know, so it says none (``lang=""``) and lets each paragraph take the
direction of its first letter: a Hebrew or Arabic passage reads right to left.
"""

from __future__ import annotations

from html import escape
from itertools import pairwise

from newslens.annotations.anchoring import OrphanReason
from newslens.annotations.exports import (
    NO_TEXT,
    Item,
    byline_and_date,
    page_breaks_as_line_ends,
    visible_controls,
    why_orphaned,
)
from newslens.annotations.model import Annotation, Document, TagSet

_STYLE = """
body { font: 16px/1.6 Georgia, serif; max-width: 46em; margin: 2em auto; padding: 0 1em;
       color: #222; background: #fff; }
article { margin-bottom: 4em; }
.meta { color: #666; font: 13px/1.4 system-ui, sans-serif; word-break: break-all; }
.text { white-space: pre-wrap; }
[dir=auto] { unicode-bidi: plaintext; }
mark { background: #fff2a8; border-bottom: 3px solid var(--tag, #888); padding: 0 1px; }
mark.deep { background: #ffe066; }
sup a { text-decoration: none; font: 11px system-ui, sans-serif; }
.tag { display: inline-block; color: #fff; border-radius: 3px; padding: 0 .4em;
       font: 12px/1.6 system-ui, sans-serif; margin-right: .3em; }
.note { white-space: pre-wrap; margin: .2em 0 0; }
.orphan > li > q { color: #a00; }
.reason { margin: .2em 0 0; color: #666; }
li { margin-bottom: .8em; }
"""

# On each element holding words from the article or the reader: see the module's docstring.
_THEIR_WORDS = ' lang="" dir="auto"'


def _tags_html(annotation: Annotation, tagset: TagSet) -> str:
    return "".join(
        f'<span class="tag" style="background: {tagset.colour(t)}">{escape(t)}</span>'
        for t in annotation.tags
    )


def _highlighted(text: str, annotations: list[Annotation], tagset: TagSet) -> str:
    """The text cut at every annotation boundary; each piece marked by what covers it."""
    placed = [a for a in annotations if not a.orphan and 0 <= a.start < a.end <= len(text)]
    numbers = {a.id: i for i, a in enumerate(placed, 1)}
    cuts = sorted({0, len(text), *(a.start for a in placed), *(a.end for a in placed)})
    starting: dict[int, list[Annotation]] = {}
    ending: dict[int, list[Annotation]] = {}
    for a in placed:
        starting.setdefault(a.start, []).append(a)
        ending.setdefault(a.end, []).append(a)
    active: dict[str, Annotation] = {}
    out = []
    for left, right in pairwise(cuts):
        for a in ending.get(left, ()):
            active.pop(a.id, None)
        for a in starting.get(left, ()):
            active[a.id] = a
        piece = escape(text[left:right])
        if active:
            covering = list(active.values())
            inner = min(covering, key=lambda a: a.end - a.start)
            colour = tagset.colour(inner.tags[0]) if inner.tags else "#888"
            label = "; ".join(
                ", ".join(a.tags) + (f" — {a.note}" if a.note else "") for a in covering
            )
            css = ' class="deep"' if len(covering) > 1 else ""
            piece = f'<mark{css} style="--tag: {colour}" title="{escape(label)}">{piece}</mark>'
        out.append(piece)
        for a in ending.get(right, ()):
            out.append(f'<sup><a href="#a-{escape(a.id)}">[{numbers[a.id]}]</a></sup>')
    return "".join(out)


def _entry(
    annotation: Annotation, tagset: TagSet, number: int | None, reason: OrphanReason | None = None
) -> str:
    parts = [f'<li id="a-{escape(annotation.id)}"']
    parts.append(f' value="{number}">' if number else ">")
    parts.append(_tags_html(annotation, tagset))
    parts.append(f"<q{_THEIR_WORDS}>{escape(page_breaks_as_line_ends(annotation.exact))}</q>")
    if annotation.claimant:
        parts.append(f" — <span{_THEIR_WORDS}>{escape(annotation.claimant)}</span>")
    if reason is not None:
        parts.append(f'<p class="reason">{escape(str(reason))}')
        if reason.passage is not None:
            parts.append(f"; it now reads <q{_THEIR_WORDS}>{escape(reason.passage)}</q>")
        parts.append("</p>")
    if annotation.note:
        parts.append(f'<p class="note"{_THEIR_WORDS}>{escape(annotation.note)}</p>')
    parts.append("</li>")
    return "".join(parts)


def _document(document: Document, annotations: list[Annotation], tagset: TagSet) -> str:
    title = escape(document.title or document.source)
    out = [
        "<article>",
        f"<h1{_THEIR_WORDS}>{title}</h1>",
        f'<p class="meta">{escape(document.source)} · sha256 {escape(document.fingerprint)}</p>',
    ]
    if written := byline_and_date(document):
        out.insert(2, f'<p class="byline"{_THEIR_WORDS}>{escape(written)}</p>')
    placed = [a for a in annotations if not a.orphan]
    orphans = [a for a in annotations if a.orphan]
    if document.text is None:
        out.append(f'<p class="meta">The article is not shown: {escape(NO_TEXT)}.</p>')
    else:
        text = page_breaks_as_line_ends(document.text)
        out.append(f'<div class="text"{_THEIR_WORDS}>{_highlighted(text, placed, tagset)}</div>')
    out.append(f"<h2>Annotations ({len(placed)})</h2><ol>")
    out.extend(_entry(a, tagset, i) for i, a in enumerate(placed, 1))
    out.append("</ol>")
    if orphans:
        out.append(f'<h2>Not placed in this text ({len(orphans)})</h2><ol class="orphan">')
        out.extend(_entry(a, tagset, None, why_orphaned(document, a)) for a in orphans)
        out.append("</ol>")
    out.append("</article>")
    return "\n".join(out)


def render_html(items: list[Item], tagset: TagSet) -> str:
    title = escape(items[0][0].title or "newslens annotations") if len(items) == 1 else ""
    body = "\n".join(_document(d, a, tagset) for d, a in items)
    page = (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title or 'newslens annotations'}</title>\n"
        f"<style>{_STYLE}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )
    # Also what stops the page, written to a terminal, from acting on the article's escapes.
    return visible_controls(page)
