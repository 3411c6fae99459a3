"""A press release's letterhead, pasted with it from its PDF: the issuer's name, its address
and how to reach its press office, over the release's label ("PRESS RELEASE", "For immediate
release: 2 December 2026")."""

from __future__ import annotations

import re

from newslens.article import Span
from newslens.boilerplate.pitches_and_contacts import _ADDRESS, _PHONE
from newslens.boilerplate.spans import _SENTENCE_ENDS, strip_span

_RELEASE_LABEL = re.compile(
    r"\W*(?:(?:press|news|media)\ release|for\ immediate\ release)\b[^.!?]{0,40}", re.I | re.X
)
# How the issuer is reached, which only a letterhead sets over the label: "Tel: 01632 960 123 |
# press@harrowfield.gov.uk", "www.harrowfield.gov.uk". A headline over the label says none.
_REACHED = re.compile(
    rf"{_ADDRESS}|(?i:tel|phone|telephone)\.?\s*:?\s*{_PHONE}|(?:https?://|www\.)\S", re.X
)
_MAX_LETTERHEAD_LINES = 6


def _letterhead(text: str, lines: list[Span]) -> list[Span]:
    """The lines over a release's label on top of the text, a few with no sentence among them,
    when one says how to reach the issuer."""
    rows: list[tuple[Span, str]] = []
    for start, end in lines:
        line = text[start:end].strip()
        if not line:
            continue
        if _RELEASE_LABEL.fullmatch(line):
            break
        if len(rows) == _MAX_LETTERHEAD_LINES or line.endswith(_SENTENCE_ENDS):
            return []
        rows.append((strip_span(text, start, end), line))
    else:
        return []
    return [span for span, _ in rows] if any(_REACHED.search(line) for _, line in rows) else []
