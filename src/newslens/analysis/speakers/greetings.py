"""Whether a word is in a greeting line ("Hi Sam,", "Dear Ms Reed,"): the one a letter is
written to, whom no later "she said" reports (``addressed``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.quotes import line_at
from newslens.analysis.speakers.words import _GREETINGS

if TYPE_CHECKING:
    from spacy.tokens import Token


def addressed(word: Token, text: str) -> bool:
    """Whether ``word`` is in a greeting line ("Hi Sam,", "Dear Ms Reed,"): the one a
    letter is written to, whom no later "she said" reports. ``text`` is its doc's text."""
    start, end = line_at(text, word.idx)
    line = text[start:end].strip()
    words = line.split(maxsplit=5)  # enough to tell a short line: a paragraph is long
    # A short line of its own, not a sentence that begins with "Hi" or "Good".
    short = len(words) <= 3 or (len(words) <= 5 and line[-1] in ",!:")
    return words[0].lower().rstrip(",!") in _GREETINGS and short
