"""Web and e-mail addresses and social media handles, whose digits are no figures: the
"2026/12" of "https://example.com/news/floods-2026/12" is no date, the "123" of "?id=123" no
count."""

from __future__ import annotations

import re

# What only an address holds: a scheme's "://", a "www.", an "@", or a domain before its path
# ("example.org/reports").
_ADDRESS_MARK = re.compile(r"://|\bwww\.|@|\.[A-Za-z]{2,}/")
# An address runs to a space, a bracket, a quote or a dash, so that a Markdown link's
# "[$3 million](https://…)" leaves its words out.
_RUN = r"[^\s()\[\]<>\"“”‘’'—–…]*"
_ADDRESS = re.compile(
    # from its scheme, though a sentence runs into it with no space ("30th.https://t.co/…")
    rf"\b(?:https?|ftp)://{_RUN}|\bwww\.{_RUN}"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w@])@\w+"
    rf"|(?<![^\s(\[<\"“‘'])[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{{2,}}/{_RUN}"
)
# What ends the sentence after an address, not the address.
_TRAILING = ".,;:!?"


def web_addresses(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each web or e-mail address or handle in ``text``."""
    if _ADDRESS_MARK.search(text) is None:
        return []
    return [
        (address.start(), address.start() + len(address.group().rstrip(_TRAILING)))
        for address in _ADDRESS.finditer(text)
    ]
