"""Thousands set apart by an ordinary space or a dot, as French, Swiss and German copy writes
them: "12 500 people", "14 200 euros" and "3 400 more" are one number where what it counts
follows, a noun, a currency or a word of more, never two numbers side by side ("Of the 40 500
were turned away", "in 2019 500 people", "the Top 10 100-metre times"); "4.200 workers" and
"4.200 Beschäftigte" are 4200, as no count of people has a decimal part, while "1.500 dollars"
and "4.2 million" keep their decimal point, unless the text writes decimal commas ("3,5%")
anywhere, where "1.500 euros" is 1500 too."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Token

from newslens.analysis.figures.currencies import CURRENCY_WORDS
from newslens.analysis.figures.dates import MONTHS, WEEKDAYS
from newslens.analysis.figures.money import _BEFORE_THE_COUNTED
from newslens.analysis.figures.patterns import _TIME_UNITS, _Candidate
from newslens.analysis.figures.units import UNITS
from newslens.analysis.per_doc import per_doc
from newslens.analysis.syntax.text import doc_text

# A head of one to three digits, so that no year ("2019 500") is its thousands, and groups of
# exactly three digits that no other digit, decimal or hyphen runs on from.
_SPACED = re.compile(r"(?<![\d.,])[1-9]\d{0,2}(?: \d{3})+(?![\d\w-]|[.,]\d)")
_A_DIGIT_SPACED = re.compile(r"\d \d")
_DOTTED = re.compile(r"(?<![\d.,])[1-9]\d{0,2}\.\d{3}(?![\d\w-]|[.,]\d)")
# What a number after a word of these parts of speech labels: "week 12", "Top 10", "Figure 3".
_NUMBERED = frozenset(["NOUN", "PROPN", "NUM"])
# The tags of a name, which the tagger gives a German noun in capitals: "Beschäftigte".
_NAMES = frozenset(["NNP", "NNPS"])
# What a number with a decimal part may measure: "1.500 tonnes", "2.500 years", "1.500 points".
_MEASURED = re.compile(rf"{UNITS}|{_TIME_UNITS}|points|per|percent", re.IGNORECASE)


# A decimal comma before a share, a scale or a currency ("3,5%", "2,3 Mrd.", "1,5 millions",
# "2,50 euros"): the text sets its thousands apart by dots. A comma between small numbers alone
# ("rows 1,2 and 3") tells nothing.
_DECIMAL_COMMA_TOLD = re.compile(
    r"(?<![\d.,])\d{1,3},\d{1,2}\s?(?:%|(?:Mio|Mrd|milli(?:on|ard)s?|euros?|Euro)\b)",
    re.IGNORECASE,
)
# Whether the whole article writes decimal commas (``writes_decimal_commas``), set on a doc that
# is one chunk of a long article: the "3,5%" that shows it may be in another chunk.
DECIMAL_COMMAS = "newslens_decimal_commas"
_WRITES_DECIMAL_COMMAS = "newslens_writes_decimal_commas"


def writes_decimal_commas(text: str) -> bool:
    """Whether ``text`` writes a decimal comma before a share, a scale or a currency."""
    return _DECIMAL_COMMA_TOLD.search(text) is not None


def _writes_decimal_commas(doc: Doc) -> bool:
    whole = doc._.get(DECIMAL_COMMAS)
    if whole is not None:
        return bool(whole)
    return per_doc(doc, _WRITES_DECIMAL_COMMAS, lambda d: writes_decimal_commas(doc_text(d)))


def _after(doc: Doc, start: int, end: int) -> Token | None:
    """The token after the digits ``start:end``."""
    digits = doc.char_span(start, end, alignment_mode="expand")
    if digits is None or digits.end >= len(doc):
        return None
    return doc[digits.end]


def _before(doc: Doc, start: int, end: int) -> Token | None:
    """The token before the digits ``start:end``."""
    digits = doc.char_span(start, end, alignment_mode="expand")
    if digits is None or digits.start == 0:
        return None
    return doc[digits.start - 1]


def _counts_what_follows(doc: Doc, start: int, end: int) -> bool:
    """Whether the digits ``start:end`` count the noun or the currency after them."""
    after = _after(doc, start, end)
    return after is not None and (
        after.pos_ == "NOUN"
        or after.lower_ in CURRENCY_WORDS
        # "12 500 new homes", and "3 400 more joined", which leaves what it counts unsaid
        or after.lower_ in _BEFORE_THE_COUNTED
    )


def _counts_things(doc: Doc, start: int, end: int) -> bool:
    """Whether the dot in the digits ``start:end`` sets thousands apart: before the plural noun
    of things that come in no parts ("4.200 workers", not "1.500 tonnes" or "1.500 dollars"),
    or a German noun, in capitals, that the tagger takes for a name ("4.200 Beschäftigte", not
    "1.085 Tuesday"), or before any word in a text that writes decimal commas."""
    after = _after(doc, start, end)
    if after is None:
        return False
    if _writes_decimal_commas(doc):
        return True
    if after.lower_ in CURRENCY_WORDS or _MEASURED.fullmatch(after.text) is not None:
        return False
    return after.tag_ == "NNS" or (
        after.tag_ in _NAMES
        and after.is_title
        and after.lower_ not in WEEKDAYS
        and after.lower_ not in MONTHS
        and not _follows_a_name(doc, start, end)
    )


def _follows_a_name(doc: Doc, start: int, end: int) -> bool:
    """Whether the digits ``start:end`` follow a name in capitals they may number: "Gemini"."""
    before = _before(doc, start, end)
    return before is not None and before.pos_ == "PROPN" and before.is_title


def _spaced_count(doc: Doc, start: int, end: int) -> bool:
    """Whether the digits ``start:end``, set apart by an ordinary space, are one count of what
    follows them; not after a noun their head numbers ("In week 12 400 people applied")."""
    before = _before(doc, start, end)
    return _counts_what_follows(doc, start, end) and (
        before is None or before.pos_ not in _NUMBERED
    )


def plain_spaced_thousands(doc: Doc, text: str) -> list[_Candidate]:
    """A count of each number whose thousands an ordinary space sets apart, where the model may
    take its groups for two numbers ("about 9" and "800 officers")."""
    if _A_DIGIT_SPACED.search(text) is None:
        return []
    return [
        _Candidate(m.start(), m.end(), "CARDINAL")
        for m in _SPACED.finditer(text)
        if _spaced_count(doc, *m.span())
    ]


def as_one_number(doc: Doc, start: int, words: str) -> str:
    """``words``, which start at ``start`` in the doc's text, with the ordinary spaces or the dot that
    set a number's thousands apart made narrow no-break spaces, which the readers of a value
    take in; of the same length, so that the words keep their places."""
    if " " in words and _A_DIGIT_SPACED.search(words) is not None:
        words = _joined(doc, start, words, _SPACED, _spaced_count)
    if "." in words:
        words = _joined(doc, start, words, _DOTTED, _counts_things)
    return words


def _joined(
    doc: Doc,
    start: int,
    words: str,
    numbers: re.Pattern[str],
    agrees: Callable[[Doc, int, int], bool],
) -> str:
    for number in reversed(list(numbers.finditer(words))):
        if agrees(doc, start + number.start(), start + number.end()):
            joined = re.sub(r"[ .]", "\u202f", number.group())
            words = words[: number.start()] + joined + words[number.end() :]
    return words
