"""What money is in: the currency a sign, a code or a word names ("£", "Rs", "KSh 300",
"euros"), and what a story's bare "$" and "R" stand for, by its dateline or the dollar it names
(``LocalMoney``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Signs of a currency, wherever they stand in a figure's words.
_CURRENCY_SYMBOLS = {
    "$": "USD",
    "US$": "USD",
    "A$": "AUD",
    "AU$": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "S$": "SGD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₽": "RUB",
    "₹": "INR",
    "₦": "NGN",
    "₩": "KRW",
    "₺": "TRY",
    "₪": "ILS",
    "₱": "PHP",
    "₴": "UAH",
}
# Letters that are a currency only right before its amount: "R50,000" (rand), "Rs 45 billion",
# "CHF 12 million". A bare "R" needs thousands, cents ("R24.50") or a scale after it, so "the R2
# motorway" and "an R15 film" stay what they are; in a South African story it needs nothing
# more (see ``in_rand_country``).
_ISO_CODES = (
    "USD",
    "EUR",
    "GBP",
    "CHF",
    "JPY",
    "CNY",
    "INR",
    "ZAR",
    "NGN",
    "KES",
    "GHS",
    "AUD",
    "CAD",
    "NZD",
    "SEK",
    "NOK",
    "DKK",
)
# East African shillings: "Sh2,500" and "KSh 300 million" in Kenya, "TSh" in Tanzania, "USh" in
# Uganda.
_SHILLINGS = {"ksh": "KES", "sh": "KES", "tsh": "TZS", "ush": "UGX"}
_CURRENCY_CODES = (
    {"rs": "INR", "r": "ZAR"} | _SHILLINGS | {code.lower(): code for code in _ISO_CODES}
)
_RAND_AMOUNT = (
    r"\bR(?=\d{1,3}(?:,\d{3})+|\d+\.\d\d\b|\d+(?:\.\d+)?\s?(?:bn|m|million|billion|trillion)\b)"
)
# The currency signs, longest first: "US$" before "$".
_SIGNS_LONGEST_FIRST = sorted(_CURRENCY_SYMBOLS, key=len, reverse=True)
# A currency written before an amount, as a pattern for the rules that find figures.
_SIGNS = "|".join(re.escape(sign) for sign in _SIGNS_LONGEST_FIRST)
# Currencies written as letters before an amount: rupees, shillings, the ISO codes.
_LETTER_SIGNS = (r"Rs\.?", "KSh", "Ksh", "Sh", "TSh", "Tsh", "USh", "Ush", *_ISO_CODES)
CURRENCY_SIGN = (
    rf"(?:{_SIGNS}|\b(?:{'|'.join(_LETTER_SIGNS)})\s?(?=\d)"
    rf"|{_RAND_AMOUNT})"
)
# The characters a currency sign opens with (the rand's "R" among them), as the inside of a
# character class: a rule can skip at one test every place that opens with none of them.
CURRENCY_SIGN_OPENINGS = re.escape(
    "".join(sorted({sign[0] for sign in (*_CURRENCY_SYMBOLS, *_LETTER_SIGNS, "R")}))
)
# A South African story, where "from R200 to R350" is in rand: its dateline, the currency named
# in lower case ("the rand fell", not "Rand Paul"), or an amount that is rand by its shape.
_RAND_CITIES = frozenset(
    [
        "JOHANNESBURG",
        "CAPE TOWN",
        "PRETORIA",
        "DURBAN",
        "GQEBERHA",
        "PORT ELIZABETH",
        "BLOEMFONTEIN",
    ]
)
# The lookahead names the letters a match opens with, so the search passes every other place
# in a story at one test.
_IN_RAND_COUNTRY = re.compile(rf"(?=[rZR])(?:\brand\b|\bZAR\b|{_RAND_AMOUNT})")


def in_rand_country(text: str) -> bool:
    """Whether a bare "R" before a number is the rand throughout ``text``."""
    return bool(dateline_cities(text) & _RAND_CITIES) or _IN_RAND_COUNTRY.search(text) is not None


_LEADING_SIGN = re.compile(rf"\s*[-−]?\s*({CURRENCY_SIGN})", re.IGNORECASE)
CURRENCY_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "usd": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "eur": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "sterling": "GBP",
    "gbp": "GBP",
    "yen": "JPY",
    "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "yuan": "CNY",
    "franc": "CHF",
    "francs": "CHF",
    "rupee": "INR",
    "rupees": "INR",
    "rand": "ZAR",
    "naira": "NGN",
    "cedi": "GHS",
    "cedis": "GHS",
    "shekel": "ILS",
    "shekels": "ILS",
    "krona": "SEK",
    "kronor": "SEK",
    # Several countries' alike (Denmark's and Norway's, the Emirates' and Morocco's, Mexico's
    # and Argentina's): the word is the unit, as the story may not say whose.
    "krone": "kroner",
    "kroner": "kroner",
    "peso": "peso",
    "pesos": "peso",
    "dirham": "dirham",
    "dirhams": "dirham",
    "zloty": "PLN",
    "zlotys": "PLN",
    "złoty": "PLN",
    "forint": "HUF",
    "forints": "HUF",
    "koruna": "CZK",
    "korunas": "CZK",
    "lira": "TRY",
    "liras": "TRY",
    "baht": "THB",
    "ringgit": "MYR",
    "rupiah": "IDR",
    "cent": "USD",
    "cents": "USD",
    "pence": "GBP",
    "penny": "GBP",
}
# Every unit a money figure has before the period it is paid in ("GBP", then "GBP per week").
MONEY_UNITS = frozenset(
    [*_CURRENCY_SYMBOLS.values(), *_CURRENCY_CODES.values(), *CURRENCY_WORDS.values()]
)
# Where a bare "$" is not the US dollar. A story says where it stands by its dateline ("SYDNEY
# —", "TORONTO, Ont. (Reuters) -") or by naming its dollar ("Canadian dollars"); there the
# writer's "$" is the local dollar, as papers in those countries use it. The rule holds only
# when the story marks nothing else: a story that also writes "A$" or "C$" keeps its bare "$"
# for the US dollar (the wire convention: "BHP's $13.7 billion profit" is in US dollars,
# "A$1.4 billion" in Australian), a story naming two dollars keeps "$" as written, and a story
# that says nothing (most, and every lone sentence) reads "$" as USD.
_DOLLAR_CITIES = {
    "AUD": (
        "SYDNEY",
        "MELBOURNE",
        "BRISBANE",
        "PERTH",
        "ADELAIDE",
        "CANBERRA",
        "HOBART",
        "DARWIN",
        "GOLD COAST",
    ),
    "CAD": (
        "TORONTO",
        "OTTAWA",
        "MONTREAL",
        "VANCOUVER",
        "CALGARY",
        "EDMONTON",
        "WINNIPEG",
        "HALIFAX",
        "QUEBEC CITY",
        "REGINA",
    ),
    "NZD": ("AUCKLAND", "WELLINGTON", "CHRISTCHURCH"),
    "HKD": ("HONG KONG",),
    "SGD": ("SINGAPORE",),
}
_DOLLAR_NAMES = {
    "AUD": r"Australian dollars?|Aussie dollars?",
    "CAD": r"Canadian dollars?|loonie",
    "NZD": r"New Zealand dollars?|kiwi dollars?",
    "HKD": r"Hong Kong dollars?",
    "SGD": r"Singapore dollars?",
}
# A line that opens with a dateline: "SYDNEY —", "TORONTO, Ont. (Reuters) -", "DURBAN:".
_DATELINE = re.compile(
    r"^[ \t]*(?P<city>[A-Z][A-Z .,']*?[A-Z.])[ \t]*(?:,[ \t]*[A-Za-z0-9. ]+?)?[ \t]*"
    r"(?:\([^)\n]*\)[ \t]*)?[-–—:]",
    re.MULTILINE,
)
# Where a story's dateline may stand: its first line, or the first of its body after a
# headline, a standfirst and a byline.
_DATELINE_REACH = 1_000


def dateline_cities(text: str) -> set[str]:
    """The places named by datelines opening lines near the start of ``text``."""
    return {m.group("city").rstrip(" .,") for m in _DATELINE.finditer(text[:_DATELINE_REACH])}


@dataclass(frozen=True, slots=True)
class LocalMoney:
    """What a story's bare money signs stand for: ``dollar``, the currency of a bare "$" when
    it is not the US dollar; ``rand``, whether a bare "R" before any number is the rand."""

    dollar: str | None
    rand: bool

    @classmethod
    def of(cls, text: str) -> LocalMoney:
        return cls(local_dollar(text), in_rand_country(text))


def local_dollar(text: str) -> str | None:
    """The currency a bare "$" stands for in ``text`` when it is not the US dollar, else None."""
    cities = dateline_cities(text)
    placed = {code for code, places in _DOLLAR_CITIES.items() if cities & set(places)}
    codes = placed or _dollars_named(text)
    if len(codes) != 1:
        return None
    if not placed and re.search(r"\bU\.?S\.? dollars?\b", text) is not None:
        return None
    code = codes.pop()
    # "A$", "C$", "NZ$": the writer marks the local dollar, so a bare "$" is the US one.
    marked = [sign for sign, marked_code in _CURRENCY_SYMBOLS.items() if marked_code == code]
    if any(re.search(rf"(?<![A-Za-z]){re.escape(sign)}\s?\d", text) for sign in marked):
        return None
    return code


def _dollars_named(text: str) -> set[str]:
    """The local dollars ``text`` names ("Canadian dollars", "the loonie")."""
    # Every name holds "dollar" or "loon", letters that match no others when case is ignored:
    # a story without either, most of them, is not searched for each name.
    lowered = text.lower()
    if "dollar" not in lowered and "loon" not in lowered:
        return set()
    return {code for code, names in _DOLLAR_NAMES.items() if re.search(names, text, re.I)}


def _currency(core: str) -> str | None:
    sign = _LEADING_SIGN.match(core)
    if sign is not None:
        written = sign.group(1).strip().rstrip(".")
        code = _CURRENCY_CODES.get(written.lower())
        return code or _CURRENCY_SYMBOLS.get(written.upper(), "USD")
    for symbol in _SIGNS_LONGEST_FIRST:
        if symbol in core:
            return _CURRENCY_SYMBOLS[symbol]
    for word in re.findall(r"[a-zA-Z]+", core):
        if word.lower() in CURRENCY_WORDS:
            return CURRENCY_WORDS[word.lower()]
    return None


def _without_currency(lowered: str) -> str:
    sign = _LEADING_SIGN.match(lowered)
    if sign is not None:
        lowered = lowered[: sign.start(1)] + " " + lowered[sign.end(1) :]
    words = [w for w in lowered.split() if w not in CURRENCY_WORDS]
    cleaned = " ".join(words)
    for symbol in _SIGNS_LONGEST_FIRST:
        cleaned = cleaned.replace(symbol.lower(), " ")
    return cleaned
