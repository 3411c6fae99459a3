"""Exchange rates: an amount that is the price of one unit of another currency ("the pound
fell to $1.21", "1.17 euros to the pound", "€1 = $1.08") is money by that currency, as a price
is by the unit bought ("$80 a barrel" is "USD per barrel"): 1.21 "USD per GBP"."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from newslens.analysis.figures.changes import _CHANGE_VERBS
from newslens.analysis.figures.currencies import CURRENCY_WORDS, MONEY_UNITS
from newslens.analysis.model import Figure, FigureKind

# Currencies a rate is told of; a cent or a penny is a part of one, no rate's base.
_BASES = {
    w: code for w, code in CURRENCY_WORDS.items() if w not in ("cent", "cents", "pence", "penny")
}
# "1.17 euros to the pound"; not where the currency names a noun after it, "paid $12 to the
# euro museum", "sent $2m to the euro zone fund" (see ``_base_currency``).
_TO_THE = re.compile(r"\s+to\s+(?:the|one|each)\s+([a-z]+)\b", re.I)
# "€1 = $1.08", "£1 = €1.17": one unit set equal to its price.
_EQUALS = re.compile(r"\s*=\s*")
# An amount with a scale is a sum, no price of one unit ("the rand lost $4bn").
_SCALED = re.compile(r"\d\s?(?:[mbk]n?|trn?|thousand|million|billion|trillion)\b", re.I)
# Verbs a currency's price is told by, besides those of a change: "was worth", "traded at",
# "bought 1.17 euros", "closed at $1.27".
_RATE_VERBS = _CHANGE_VERBS | {
    "be",
    "trade",
    "stand",
    "hit",
    "reach",
    "end",
    "close",
    "open",
    "buy",
    "fetch",
    "touch",
    "sink",
    "slide",
    "tumble",
    "weaken",
    "strengthen",
    "recover",
    "settle",
    "edge",
    "inch",
    "tick",
    "ease",
    "dip",
    "rally",
    "slump",
}


def _exchange_rates(doc: Doc, text: str, figures: list[Figure]) -> list[Figure]:
    """The figures, each amount that is an exchange rate (see above) by the currency it is the
    price of. ``text`` is ``doc.text``."""
    out = list(figures)
    for i, figure in enumerate(figures):
        plain = figure.kind is FigureKind.MONEY and figure.unit in MONEY_UNITS
        if not plain or _SCALED.search(figure.text):
            continue
        base = _base_currency(doc, text, figures[i - 1] if i else None, figure)
        if base is not None and base != figure.unit:
            out[i] = replace(figure, unit=f"{figure.unit} per {base}")
    return out


def _base_currency(doc: Doc, text: str, before: Figure | None, figure: Figure) -> str | None:
    """The currency ``figure`` is the price of one unit of, or None."""
    after = _TO_THE.match(text, figure.end)
    named = None if after is None else doc.char_span(*after.span(1))
    if after is not None and named is not None and named[0].dep_ != "compound":
        return _BASES.get(after.group(1).lower())
    if (
        before is not None
        and before.kind is FigureKind.MONEY
        and before.value == 1.0
        and _EQUALS.fullmatch(text, before.end, figure.start)
    ):
        return before.unit
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    verb = None if span is None else _verb_of(span.root)
    if verb is None or verb.lemma_ not in _RATE_VERBS:
        return None
    # "the pound fell to $1.21": the bare currency is the subject ("the Canadian dollar", whose
    # price in "cents" may be in either dollar, is left as written)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or any(c.dep_ != "det" for c in subject.children):
        return None
    return _BASES.get(subject.lower_)


def _verb_of(token: Token) -> Token | None:
    """The verb an amount hangs on, a few words up: "fell to $1.21", "was worth $1.08"."""
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head is token:
            return None
        token = token.head
    return None
