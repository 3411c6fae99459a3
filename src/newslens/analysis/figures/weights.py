"""Pounds that weigh rather than pay: "weighs 236 pounds", "a 10-pound baby", "20 pounds of
cocaine", where "cost 236 pounds", "a 10-pound note" and "50 pounds of public money" are money."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newslens.analysis.figures.patterns import _NUM
from newslens.analysis.figures.qualifier_words import _QUALIFIER_PHRASES, _strip_qualifier
from newslens.analysis.syntax.words import object_of

# "236 pounds", "a 10-pound": pounds in words, with no sign or scale, which may weigh.
_POUNDS_IN_WORDS = re.compile(rf"(?:{_NUM})[\s-]pounds?")
# A verb of weight right before the figure, its qualifier between: "weighs 236 pounds", "weighing
# in at about 300 pounds", "lost 40 pounds", "has gained nearly 20 pounds"; a loss to come is
# more often money ("pensioners will lose 20 pounds"), as is one by the week (see _PER_PERIOD).
_WEIGHED_BEFORE = re.compile(
    r"\b(?:weigh(?:s|ed|ing)?(?:\s+in)?(?:\s+at)?|tipp(?:ed|ing) the scales at"
    r"|(?:lost|gained|shed|put on)"
    r"(?:\s+an?\s+(?:extra|additional|whopping))?)"
    rf"\s+(?:(?:{'|'.join(map(re.escape, _QUALIFIER_PHRASES))})\s+)?$",
    re.IGNORECASE,
)
_PER_PERIOD = re.compile(r"\s+(?:a|an|per|each|every)\s+(?:day|week|month|year)\b", re.I)
# What pounds of money buy or pay: "a 10-pound note", "50 pounds of taxpayers' money".
_MONEY_NOUNS = {
    "note",
    "coin",
    "fine",
    "fee",
    "bill",
    "ticket",
    "bet",
    "prize",
    "charge",
    "levy",
    "tax",
    "voucher",
    "payment",
    "payout",
    "rise",
    "increase",
    "cut",
    "discount",
    "deposit",
    "bonus",
    "subsidy",
    "grant",
    "loan",
    "surcharge",
    "price",
    "cost",
    "sum",
    "wage",
    "salary",
    "budget",
    "money",
    "cash",
    "funding",
    "fund",
    "spending",
    "investment",
    "debt",
    "saving",
    "revenue",
    "profit",
    "income",
    "aid",
    "compensation",
    "damages",
    "taxpayer",
    "public",
    "stake",
    "rent",
}


def _is_weight(doc: Doc, text: str, start: int, end: int) -> bool:
    """Whether pounds in words weigh rather than pay: after a verb of weight ("weighs 236
    pounds", "lost 40 pounds"), as a weight glued to a noun that is no money ("a 10-pound baby",
    not "a 10-pound note"), or of a substance ("20 pounds of cocaine", not "of public money");
    "cost 236 pounds", "paid 50 pounds" and "£236" stay money."""
    words = _strip_qualifier(text[start:end])
    if _POUNDS_IN_WORDS.fullmatch(words) is None or text.startswith(" sterling", end):
        return False
    weighed = _WEIGHED_BEFORE.search(text, max(0, start - 50), start)
    if weighed is not None:
        # "lost 20 pounds a week" is more often a benefit cut than a diet
        by_verb_of_change = not weighed.group().lower().startswith(("weigh", "tipp"))
        return not (by_verb_of_change and _PER_PERIOD.match(text, end))
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return False
    after = doc[span.end]
    if "-" in words:
        return after.pos_ == "NOUN" and after.lemma_.lower() not in _MONEY_NOUNS
    return after.lower_ == "of" and _of_a_substance(after)


# "50 pounds of his own money", "of taxpayers' money": whose money it is.
_OWNERS = {"his", "her", "their", "its", "our", "my", "your"}


def _of_a_substance(of: Token) -> bool:
    """Whether "pounds of" weighs what follows: "of cocaine", "of the drug"; not money
    ("of public money", "of his own cash")."""
    substance = object_of(of)
    if substance is None or substance.pos_ != "NOUN":
        return False
    words = {substance.lemma_.lower()} | {
        t.lemma_.lower() for t in substance.children if t.dep_ in ("poss", "det", "amod")
    }
    return not words & (_MONEY_NOUNS | _OWNERS)
