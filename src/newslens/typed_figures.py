"""A figure as a reader types it in a search, found however the text sets its thousands apart.

A reader types "19000" where the text has "19,000", "19 000" or "19.000". Plain Python, for
the reader's search in an article and the Library's filter over the annotation store alike.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# A figure as a query holds it: four digits or more, or groups of three after a separator.
QUERY_FIGURE = re.compile(r"[0-9]{1,3}(?:[,.'’][0-9]{3})+(?![0-9])|[0-9]{4,}")
# What may separate a figure's thousands in the text: "19,000", "4.200", "12 500", "7 500"
# with a narrow no-break space, "1'000" as Swiss text writes it.
_THOUSANDS = "[,.'’ \u00a0\u2009\u202f]?"


def figures_spaced(query: str, rest: Callable[[str], str] = re.escape) -> str:
    """A pattern for ``query``, its figures found whatever separates their thousands
    ("19000" finds "19,000"), what lies between them made a pattern by ``rest``."""
    pieces: list[str] = []
    done = 0
    for figure in QUERY_FIGURE.finditer(query):
        pieces += (rest(query[done : figure.start()]), _figure(figure.group()))
        done = figure.end()
    pieces.append(rest(query[done:]))
    return "".join(pieces)


def _figure(typed: str) -> str:
    """A pattern for a figure typed in a query: its digits, in groups of three from the
    right, each group maybe set apart as the text sets it ("1250000": "1 250 000")."""
    digits = re.sub("[^0-9]", "", typed)
    head = len(digits) % 3 or 3
    groups = [digits[:head], *(digits[k : k + 3] for k in range(head, len(digits), 3))]
    return _THOUSANDS.join(groups)
