"""Numbers read from their words and digits: "19,000", "3.5 million", "two dozen", "2½",
"3 × 10⁶", "$5.12-3/4", "the 21st"; and the number words (units, tens, scales, fractions,
ordinals) and the shapes of digits (a fraction in one character, a superscript, a footnoted
number) that the other modules read and find figures by."""

from __future__ import annotations

import re
from decimal import Decimal

UNITS_SMALL = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "single": 1,
}
# The tens in words, which a unit or an ordinal joined to them adds to: "twenty-five",
# "twenty-fifth".
TENS = tuple(word for word, value in UNITS_SMALL.items() if value >= 20 and value % 10 == 0)
SCALES = {
    "dozen": 12,
    "hundred": 100,
    "thousand": 1_000,
    "k": 1_000,
    "million": 1_000_000,
    "mln": 1_000_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "billion": 1_000_000_000,
    "bn": 1_000_000_000,
    "b": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "tn": 1_000_000_000_000,
    "trn": 1_000_000_000_000,
    # Indian English: "₹4,500 crore" is 45 billion rupees.
    "lakh": 100_000,
    "crore": 10_000_000,
    # German and French copy: "440 Mio. Euro", "2,3 Mrd. Euro", "1,2 milliard d'euros"
    "mio": 1_000_000,
    "mrd": 1_000_000_000,
    "milliard": 1_000_000_000,
}
FRACTIONS = {
    "half": 0.5,
    "third": 1 / 3,
    "quarter": 0.25,
    "thirds": 1 / 3,
    "quarters": 0.25,
    "fifth": 0.2,
    "fifths": 0.2,
    "tenth": 0.1,
    "tenths": 0.1,
}
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
    "hundredth": 100,
    "thousandth": 1000,
    "millionth": 1_000_000,
    "billionth": 1_000_000_000,
}


# The space that sets thousands apart in "19 000" (no-break, narrow no-break or thin).
_SPACED_THOUSANDS = re.compile(r"(?<=\d)[\u00a0\u202f\u2009](?=\d{3}(?!\d))")

# A fraction set as one character: after a number, its decimal part ("2½" 2.5); alone, the
# words it stands for ("½ a mile" half a mile, "¾ of voters" three quarters).
_VULGAR_FRACTIONS = {
    "½": ("5", "half"),
    "¼": ("25", "a quarter"),
    "¾": ("75", "three quarters"),
    "⅓": ("333", "a third"),
    "⅔": ("667", "two thirds"),
    "⅛": ("125", "0.125"),
    "⅜": ("375", "0.375"),
    "⅝": ("625", "0.625"),
    "⅞": ("875", "0.875"),
}
VULGAR_FRACTION = f"[{''.join(_VULGAR_FRACTIONS)}]"
_FRACTION_CHARACTER = re.compile(rf"(\d*)({VULGAR_FRACTION})")
SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹"
# "10²", "10⁶": a power of ten, as science copy writes a large number.
_POWER_OF_TEN = re.compile(rf"(?<![\d.,])10([{SUPERSCRIPT}]{{1,2}})(?![{SUPERSCRIPT}])")
# "3 × 10⁶", "2.5x10^9", "4 × 10⁻³": a number times a power of ten, as science copy writes a
# very large or small one.
SCIENTIFIC = rf"(\d+(?:\.\d+)?)\s?[×xX]\s?10(?:\^([-−]?\d{{1,2}})|(⁻?[{SUPERSCRIPT}]{{1,2}}))"
_SCIENTIFIC = re.compile(SCIENTIFIC)
_FROM_SUPERSCRIPT = str.maketrans(f"⁻{SUPERSCRIPT}", "-0123456789")

# No power is written after a number with its thousands or decimals, a percent sign, a scale or
# a year: a superscript there marks a footnote ("52,000³", "£2.3bn¹", "in 2019²").
FOOTNOTED = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d{4,}|%|bn|mn|tn|illion)"
_FOOTNOTE_MARK = re.compile(rf"({FOOTNOTED})[{SUPERSCRIPT}]+")


# "½ a mile", "¾ of a mile", "½ tsp": the fraction of one unit, read as "0.5 mile".
_FRACTION_OF_ONE = re.compile(rf"^({VULGAR_FRACTION})(?: of)?(?: an?)? (?=\w)")


def _of_one(fraction: re.Match[str]) -> str:
    return f"0.{_VULGAR_FRACTIONS[fraction.group(1)][0]} "


def _as_decimals(fraction: re.Match[str]) -> str:
    decimals, words = _VULGAR_FRACTIONS[fraction.group(2)]
    return f"{fraction.group(1)}.{decimals}" if fraction.group(1) else words


def _as_power_of_ten(power: re.Match[str]) -> str:
    return str(10 ** int(power.group(1).translate(_FROM_SUPERSCRIPT)))


def _multiplied_out(scientific: re.Match[str]) -> str:
    """ "3 × 10⁶" as "3000000", "4 × 10⁻³" as "0.004": in Decimal, so that no float's error
    shows in the digits."""
    mantissa, ascii_power, superscript_power = scientific.groups()
    power = (ascii_power or superscript_power).translate(_FROM_SUPERSCRIPT).replace("−", "-")
    return format(Decimal(mantissa).scaleb(int(power)), "f")


# A decimal comma, as translated European copy writes it: "3,5%" (a comma before fewer than
# three digits sets no thousands apart) and "1.234,5" (thousands set apart by dots before it).
_DECIMAL_COMMA = re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+),(\d{1,2})(?![\d,])")


# Thousands set apart by dots, two or more of them, as German copy writes them: "1.234.000" is
# no decimal, which has one point.
_DOTTED_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d,]|\.\d)")


# A French scale before its currency: "440 millions d'euros" is 440 million euros; "millions"
# alone is no scale ("millions in cash" counts without a value).
_FRENCH_SCALE = re.compile(r"\b(milli(?:on|ard))s? d['’]")


def _decimal_point(number: re.Match[str]) -> str:
    return f"{number.group(1).replace('.', '')}.{number.group(2)}"


def _plain_numbers(core: str) -> str:
    """``core`` with its numbers as plain digits and words: "19 000" 19,000 (so that it is
    no clock time), "3,5" 3.5, "1.234.000" 1,234,000, "millions d'euros" million euros, "2½"
    2.5, "10²" 100, "3 × 10⁶" 3000000, a footnote's mark left out."""
    if "," in core:
        core = _DECIMAL_COMMA.sub(_decimal_point, core)
    if " d" in core:
        core = _FRENCH_SCALE.sub(r"\1 ", core)
    if "." in core:
        core = _DOTTED_THOUSANDS.sub(lambda number: number.group().replace(".", ","), core)
    core = _SCIENTIFIC.sub(_multiplied_out, _SPACED_THOUSANDS.sub(",", core))
    if core.isascii():
        return core
    core = _FRACTION_CHARACTER.sub(_as_decimals, _FRACTION_OF_ONE.sub(_of_one, core))
    core = _FOOTNOTE_MARK.sub(r"\1", core)
    return _POWER_OF_TEN.sub(_as_power_of_ten, core)


def _fmt(number: float) -> str:
    return str(int(number)) if number == int(number) else str(number)


def _fraction(lowered: str) -> float | None:
    """A share in words, lowered: "a third" → 0.3333333333, "two-thirds" → 0.6666666667."""
    lowered = lowered.replace("-", " ")
    match = re.fullmatch(
        r"(?:a |one |two |three |four )?(half|thirds?|quarters?|fifths?|tenths?)", lowered
    )
    if match is None:
        return None
    count = {"two ": 2, "three ": 3, "four ": 4}.get(lowered[: lowered.index(match.group(1))], 1)
    return round(count * FRACTIONS[match.group(1)], 10)


# A price in eighths, as grain and bond markets quote them: "$3.90-1/2" is three dollars and
# 90 and a half cents, the fraction one of the last digit written; "2-1/4 cents" is 2.25 cents.
EIGHTHS = r"-(?:[1357]/8|[13]/4|1/2)(?![\d/])"
_PRICE_FRACTION = re.compile(rf"(\d[\d,]*(?:\.(\d+))?)(?={EIGHTHS})-(\d)/(\d)")


def _fraction_added(price: re.Match[str]) -> str:
    places = len(price.group(2) or "")
    part = Decimal(price.group(3)) / Decimal(price.group(4)) / (10**places)
    return str(Decimal(price.group(1).replace(",", "")) + part)


# "211/2", "31/2 million": a "½" some feeds type as "1/2" run on to the number, where the
# digits before the slash make no day ("31/2" is no date; "11/2" may be 2 November).
_TYPED_HALF = re.compile(r"(?<![\d.,/-])(\d+)1/2(?![\d/])")


def _half_typed_out(half: re.Match[str]) -> str:
    return f"{half.group(1)}.5" if int(half.group(1) + "1") > 29 else half.group()


def _number(words: str) -> float | None:
    """ "19,000" → 19000.0, "3.5 million" → 3500000.0, "two dozen" → 24.0, "1.2bn" → 1.2e9."""
    if re.search(
        r"[a-z],\s+(?:a|one|two|three|four|five|six|seven|eight|nine|ten)\b", words.lower()
    ):
        return None  # "a hundred, two hundred": a list of numbers, not one
    tokens = _number_tokens(words)
    times, tokens = _scale_of_the_whole(tokens)
    extra, tokens = _parts_of_one_more(tokens)
    whole = _whole_number(tokens)
    if whole is None:
        return None
    return float((whole + extra) * times)


def _number_tokens(words: str) -> list[str]:
    """The numbers in digits and the words of ``words``, lowered, a price's eighths and a typed
    half read as decimals and "single" as "one"."""
    words = _TYPED_HALF.sub(_half_typed_out, _PRICE_FRACTION.sub(_fraction_added, words))
    # "$.50" writes its amount without the nought
    tokens = re.findall(r"\d[\d,]*(?:\.\d+)?|\.\d+|[a-z]+", words.lower().replace("-", " "))
    if tokens[:1] == ["single"]:
        tokens = ["one", *tokens[1:]]
    return tokens


def _scale_of_the_whole(tokens: list[str]) -> tuple[Decimal, list[str]]:
    """The scale that ends ``tokens`` after a number and its part, and the tokens without it;
    1 and ``tokens`` when there is none."""
    # "seven and a half million": the scale multiplies the whole number and its part
    times = Decimal(1)
    if len(tokens) > 4 and tokens[-1] in SCALES and tokens[-2] in FRACTIONS and tokens[-4] == "and":
        times, tokens = Decimal(SCALES[tokens[-1]]), tokens[:-1]
    return times, tokens


def _parts_of_one_more(tokens: list[str]) -> tuple[Decimal, list[str]]:
    """The parts of one that end ``tokens`` after an "and", and the tokens before them; 0 and
    ``tokens`` when there are none."""
    # "four and a half", "five and three quarters": a whole number and parts of one more; "a
    # million and a half" is a half of the million more
    extra = Decimal(0)
    parts = tokens[-2] if len(tokens) > 3 and tokens[-3] == "and" else ""
    if tokens[-1:] and tokens[-1] in FRACTIONS and (parts in ("a", "an") or parts in UNITS_SMALL):
        count = Decimal(1) if parts in ("a", "an") else Decimal(UNITS_SMALL[parts])
        if tokens[-4] in SCALES and SCALES[tokens[-4]] >= 1000:
            count *= SCALES[tokens[-4]]
        tokens, extra = tokens[:-3], count * Decimal(str(FRACTIONS[tokens[-1]]))
    return extra, tokens


def _whole_number(tokens: list[str]) -> Decimal | None:
    """The number that ``tokens`` write, in digits, words or both; None when they write none, or
    two."""
    # Decimal, so that "16.4bn" is 16400000000 and not 16399999999.999998.
    total = Decimal(0)
    current: Decimal | None = None
    previous_digits = False
    for i, token in enumerate(tokens):
        if token[0].isdigit() or token[0] == ".":
            if previous_digits:
                return None  # "5 2", "10 and 20": two numbers, not one
            try:
                current = (current or Decimal(0)) + Decimal(token.replace(",", ""))
            except ArithmeticError:
                return None
            previous_digits = True
            continue
        if token in ("a", "an", "another"):
            # "a hundred", "a million", "another million" count one; "a record $24bn", "half
            # a million" and "a quarter" do not make the article a number of its own.
            following = tokens[i + 1] if i + 1 < len(tokens) else ""
            if current is None and following in SCALES:
                current = Decimal(1)
        elif token == "couple" and current is None:
            # "a couple dozen", "a couple of hundred": two of the scale after; "a couple of
            # days" is no number
            past_of = [t for t in tokens[i + 1 : i + 3] if t != "of"][:1]
            if past_of and past_of[0] in SCALES:
                current = Decimal(2)
        elif token in UNITS_SMALL:
            current = (current or Decimal(0)) + UNITS_SMALL[token]
            previous_digits = False
        elif token in SCALES and current is not None:
            previous_digits = False
            scale = SCALES[token]
            if scale >= 1000:
                total += current * scale
                current = None
            else:
                current *= scale
        elif token in SCALES and total and tokens[i - 1] in SCALES:
            total *= SCALES[token]  # "2.36 lakh crore", "a thousand million": scales multiply
        elif token in FRACTIONS and current is None:
            current = Decimal(str(FRACTIONS[token]))
        elif token == "to" and current is not None and i + 1 < len(tokens):
            return None  # "voted six to two": a tally, two numbers, never their sum
        # Other words ("and", "of", "only", "the previous") are skipped, and do not join two
        # numbers in digits into one; "hundreds" alone gives no number.
    if current is None and total == 0:
        return None
    return total + (current or Decimal(0))


# A place in a ranking by its number: "number 14", "no. 3", "#1", "number two".
_PLACE_BY_NUMBER = re.compile(r"(?:number|no\.?|#)\s?(\w+)")


def _ordinal(lowered: str) -> float | None:
    place = _PLACE_BY_NUMBER.fullmatch(lowered)
    if place is not None:
        return _number(place.group(1))
    digits = re.search(r"\b(\d+)(?:st|nd|rd|th)\b", lowered)
    if digits:
        return float(digits.group(1))
    words = lowered.replace("-", " ").split()
    for i, word in enumerate(words):
        if word in _ORDINALS:
            before = _number(" ".join(words[:i])) if i else None
            # "500 millionth", "two hundredth": a number in front of a scale's ordinal
            # multiplies it; "twenty-fifth", "two hundred and fiftieth" add to a number in
            # words of more tens or hundreds than the ordinal has.
            if word.removesuffix("th") in SCALES:
                return float(_ORDINALS[word]) * (before or 1.0)
            if before is not None and before % (100 if _ORDINALS[word] >= 10 else 10) == 0:
                return before + _ORDINALS[word]
            return float(_ORDINALS[word])
    return None
