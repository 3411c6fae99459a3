"""The rules for prices the model misses or mislabels: a sum after its currency's sign, pence
and cents as British and other papers write them, a sum before its currency's word, and a scale
as German and French copy write it ("440 Mio. Euro"); see
:mod:`newslens.analysis.figures.rules`, which tries them in its order."""

from __future__ import annotations

import re

from newslens.analysis.figures.currencies import (
    CURRENCY_SIGN,
    CURRENCY_SIGN_OPENINGS,
    CURRENCY_WORDS,
)
from newslens.analysis.figures.numbers import EIGHTHS
from newslens.analysis.figures.patterns import _DIGIT_NEAR, _NUM, _SCALE, _opening_with
from newslens.analysis.model import FigureKind

# A scale as German and French copy write it before a currency: "Mio. Euro", "millions d'euros".
_EUROPEAN_SCALE = r"Mio\.?|Mrd\.?|milli(?:on|ard)s? d['’]"
# A video's lines, no price in pence: "1080p".
_VIDEO_LINES = r"(?:480|720|1080|1440|2160)p"

_PRICE_RULES: tuple[tuple[FigureKind, re.Pattern[str]], ...] = (
    (
        FigureKind.MONEY,
        _opening_with(
            CURRENCY_SIGN_OPENINGS,
            # "$.50": cents written without the nought
            rf"{_DIGIT_NEAR}{CURRENCY_SIGN}\s?(?:{_NUM}|\.\d{{1,2}}\b)(?:{EIGHTHS})?{_SCALE}",
            re.IGNORECASE,
        ),
    ),
    # "50p-80p", "50-80p", "50p to 80p": a range of prices in pence, read in pounds as "£2-£3"
    # is; a video's "720p-1080p" is none.
    (
        FigureKind.RANGE,
        _opening_with(
            r"\d",
            rf"(?<![\w.,£$€-])(?!{_VIDEO_LINES})\d{{1,4}}(?:\.\d+)?(?:p?\s?[-–]\s?|p to )"
            rf"(?!{_VIDEO_LINES})\d{{1,4}}(?:\.\d+)?p\b",
        ),
    ),
    # "212p", "142.9p a litre", "a 20p-a-share dividend": pence, as British papers give share
    # and fuel prices; a video's "1080p" is no price.
    (
        FigureKind.MONEY,
        _opening_with(
            r"\d",
            rf"(?<![\w.,£$€-])(?!{_VIDEO_LINES})"
            r"(?:\d{1,3}(?:,\d{3})+|\d{1,4})(?:\.\d+)?p\b(?!-(?!(?:a|an|per)-))",
        ),
    ),
    # "35c a litre", "74c a share": cents, as South African, Australian and Irish papers write
    # them; only in a price per something, as "35c" alone may be a temperature.
    (
        FigureKind.MONEY,
        _opening_with(r"\d", r"(?<![\w.,$-])\d{1,3}(?:\.\d+)?c(?=\s(?:a|an|per|each)\s)"),
    ),
    (
        FigureKind.MONEY,
        _opening_with(
            r"\d",
            rf"(?<![\w.,])(?:{_NUM})(?:{EIGHTHS})?{_SCALE}\s(?:{'|'.join(CURRENCY_WORDS)})\b",
            re.IGNORECASE,
        ),
    ),
    # "440 Mio. Euro", "2,3 Mrd. Euro", "440 millions d'euros": a scale as German and French
    # copy write it, with their decimal comma
    (
        FigureKind.MONEY,
        _opening_with(
            r"\d",
            rf"(?<![\w.,])(?:\d{{1,3}},\d{{1,2}}(?![\d,])|{_NUM})\s(?:{_EUROPEAN_SCALE})"
            rf"\s?(?:{'|'.join(CURRENCY_WORDS)})\b",
            re.IGNORECASE,
        ),
    ),
)
