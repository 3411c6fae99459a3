"""Exchange rates: an amount that is the price of one unit of another currency ("the pound
fell to $1.21", "1.17 euros to the pound", "€1 = $1.08") is money by that currency, as a price
is by the unit bought ("$80 a barrel" is "USD per barrel"): 1.21 "USD per GBP"; a currency
named with its country is that country's ("the Canadian dollar fell to 73 US cents" is 0.73
"USD per CAD"), and so is a bare number "to the" currency ("the yen weakened past 150 to the
dollar" is 150 "JPY per USD")."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from newslens.analysis.figures.changes import _CHANGE_VERBS
from newslens.analysis.figures.currencies import CURRENCY_WORDS, MONEY_UNITS
from newslens.analysis.lexicon import word_sections
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
_WORDS = word_sections("figures/exchange_rate_words.txt")
# Verbs a currency's price is told by, besides those of a change (see exchange_rate_words.txt).
_RATE_VERBS = _CHANGE_VERBS | _WORDS["rate_verbs"]
# "the Canadian dollar", "the Swiss franc": a currency named with its country, as
# "canadian-dollar", by its code.
_NAMED_WITH_A_COUNTRY = {
    name: code for code, names in _WORDS.items() if re.fullmatch("[A-Z]{3}", code) for name in names
}


def _exchange_rates(doc: Doc, text: str, figures: list[Figure]) -> list[Figure]:
    """The figures, each amount that is an exchange rate (see above) by the currency it is the
    price of. ``text`` is ``doc.text``."""
    out = list(figures)
    for i, figure in enumerate(figures):
        own, per, by = (figure.unit or "").partition(" per ")
        if figure.kind is FigureKind.MONEY and per and own in MONEY_UNITS and by in _BASES:
            # "1.17 euros per pound": the currency after "per" by its code, as "to the pound"
            out[i] = replace(figure, unit=f"{own} per {_BASES[by]}")
            continue
        if figure.kind is FigureKind.COUNT and figure.unit is None:
            out[i] = _a_bare_rate(doc, text, figure)
            continue
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
    if after is not None and _names_the_currency(doc, after):
        return _BASES.get(after.group(1).lower())
    if (
        before is not None
        and before.kind is FigureKind.MONEY
        and before.value == 1.0
        and _EQUALS.fullmatch(text, before.end, figure.start)
    ):
        return before.unit
    return _subject_currency(doc, figure)


def _names_the_currency(doc: Doc, to_the: re.Match[str]) -> bool:
    """Whether the word after "to the" is the currency, not a noun after it ("the euro zone")."""
    named = doc.char_span(*to_the.span(1))
    return named is not None and named[0].dep_ != "compound"


def _a_bare_rate(doc: Doc, text: str, figure: Figure) -> Figure:
    """A bare number priced "to the" currency as an exchange rate of the currency it is told of:
    "the yen weakened past 150 to the dollar" is 150 "JPY per USD"; else ``figure``."""
    after = _TO_THE.match(text, figure.end)
    base = None if after is None else _BASES.get(after.group(1).lower())
    if after is None or base is None or not _names_the_currency(doc, after):
        return figure
    own = _subject_currency(doc, figure)
    if own is None or own == base:
        return figure
    return replace(figure, kind=FigureKind.MONEY, unit=f"{own} per {base}")


def _subject_currency(doc: Doc, figure: Figure) -> str | None:
    """The currency that the verb ``figure`` hangs on tells of, as its price."""
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    verb = None if span is None else _verb_of(span.root)
    if verb is None or verb.lemma_ not in _RATE_VERBS:
        return None
    # "the pound fell to $1.21", "the Canadian dollar fell to 73 US cents": the currency is the
    # subject, bare or named with its country ("the weak pound" is left as written)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    modifiers = [c for c in subject.children if c.dep_ != "det"]
    if not modifiers:
        return _BASES.get(subject.lower_)
    countries = (_NAMED_WITH_A_COUNTRY.get(f"{c.lower_}-{subject.lower_}") for c in modifiers)
    return next((code for code in countries if code is not None), None)


def _verb_of(token: Token) -> Token | None:
    """The verb an amount hangs on, a few words up: "fell to $1.21", "was worth $1.08"."""
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head is token:
            return None
        token = token.head
    return None
