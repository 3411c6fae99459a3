"""The units a quantity is written in ("5 km", "2.4 billion bushels", "421 ppm", "8GB") and a
height in feet and inches ("6ft 3in"), as patterns: the rules find figures by them and
:func:`newslens.analysis.figures.values.interpret` reads them; the units of time; and how a
figure names its unit or the noun it counts (``plural_unit``, ``plural_noun``, ``spelt_plural``)."""

from __future__ import annotations

import re

from newslens.analysis.lexicon import word_sections

UNITS = (
    r"km/h|kph|mph|(?:kilomet(?:re|er)s|miles) (?:per|an) hour|"
    r"km|kilomet(?:re|er)s?|m|met(?:re|er)s?|cm|mm|(?:centi|milli)met(?:re|er)s?|miles?|"
    r"cubic (?:met(?:re|er)s|feet|km)|mi|ft|feet|foot|inch(?:es)?|yards?|"
    r"kg|kilo(?:gram)?s?|kilogrammes?|g|grams?|grammes?|mg|milligrams?|mcg|micrograms?|"
    r"tonnes?|tons?|lbs?|pounds|"
    r"(?:troy )?ounces?|oz|carats?|"
    r"l|litres?|liters?|ml|gallons?|barrels?|bushels?|pints?|quarts?|"
    # a recipe's spoons and cups: "2 tbsp sugar", "½ tsp salt", "1½ cups of oats"
    r"tbsp|tsp|tablespoons?|teaspoons?|cups?|"
    r"knots|hectares?|ha|acres?|sq(?:uare)? (?:km|kilomet(?:re|er)s|miles|met(?:re|er)s)|"
    r"km2|m2|km²|m²|°[CF]|degrees(?: (?:Celsius|Fahrenheit))?|Celsius|Fahrenheit|"
    r"MW|GW|kW|kWh|MWh|GWh|TWh|"
    r"(?:kilo|mega|giga|tera)watt[- ]hours?|(?:kilo|mega|giga|tera)watts?|[kMGT]eV|"
    r"light[- ]years?|megatons?|kilotons?|bpd|"
    # a climate story's concentrations and emissions: "421 ppm", "419.3 parts per million",
    # "37.4 gigatonnes"
    r"ppm|ppb|parts per (?:million|billion)|(?:giga|mega)ton(?:ne)?s?|Gt|"
    # what a phone or a chip is measured in: "8GB", "4.05GHz", "a 3nm process", "1,000 watts"
    r"[KMGTP]B|[kMG]Hz|nm|[KMG]bps|watts?|volts?|"
    # blood pressure: "fell by 5 mmHg"
    r"mmHg"
)

# A unit of measure as written after a number ("tonnes", "barrels", "°C", "cm").
MEASURE = re.compile(UNITS, re.IGNORECASE)

# A measure by another, as a price is by the unit bought: "22 kWh per mile", "40 miles per
# gallon", "30 litres per 100km".
PER_MEASURE = re.compile(rf"\s+per\s+(?P<per>(?:\d+\s?)?(?:{UNITS}))\b", re.IGNORECASE)

# A height in feet and inches: "6'3\"", "5’10", "6ft 3in", "5 feet 9 inches".
HEIGHT = (
    r"[1-9](?:['’′]\s?(?:1[01]|\d)(?![\d'’])(?:\"|”|″|''|’’)?"
    r"|\s?(?:ft|feet|foot)[\s-]?(?:1[01]|\d)(?:in|ins|\s?inch(?:es)?)\b)"
)

_COMPARATIVES = word_sections("figures/quantity_words.txt")["comparatives"]
# "the water rose a metre higher", "a foot deeper than last year": one of a unit, by how much
# something differs, which the model leaves untagged; the comparative is no part of it, and a
# share of the unit ("half a metre higher") is the model's.
ONE_UNIT_COMPARED = (
    r"\b(?<!half )(?<!quarter )(?<!third )(?<!of )[Aa]n? "
    rf"(?:{UNITS}) (?=(?:{'|'.join(sorted(_COMPARATIVES))})\b)"
)


# The units a length of time is counted in: "three years", "a half hour", "two centuries".
DURATIONS = {
    "second",
    "minute",
    "hour",
    "day",
    "night",
    "week",
    "fortnight",
    "month",
    "year",
    "decade",
    "century",
}

_IRREGULAR_PLURALS = {
    "foot": "feet",
    "man": "men",
    "woman": "women",
    "child": "children",
    "person": "people",
}


def plural_noun(noun: str) -> str:
    """A singular noun in its plural, by the regular English spellings ("seat" → "seats",
    "inch" → "inches", "century" → "centuries") and a few irregular ones ("foot" → "feet")."""
    if noun.lower() in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[noun.lower()]
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1].lower() not in ("a", "e", "i", "o", "u", ""):
        return noun[:-1] + "ies"
    return noun + "s"


def spelt_plural(noun: str) -> bool:
    """Whether ``noun`` is spelt as a plural: "visitors", or an irregular one ("people",
    "children", "feet")."""
    return noun.endswith("s") or noun in _IRREGULAR_PLURALS.values()


def plural_unit(unit: str) -> str:
    """A unit spelt as a word in its plural, as a measure of more or less than one names it
    ("3.5 miles", "40 tonnes", "6 feet", "two centuries", "a half hour" in hours): the reader
    shows the unit beside the figure's words, where "three centuries · century" would jar. A
    symbol or an abbreviation is as it is ("5 km")."""
    if len(unit) < 3 or not unit.isalpha() or not unit.islower():
        return unit
    plural = plural_noun(unit)
    return plural if unit in DURATIONS or re.fullmatch(UNITS, plural) else unit


def unit_of_time(word: str) -> str | None:
    """The unit of time ``word`` names, in the singular ("hours" → "hour", "centuries" →
    "century"), else None."""
    singular = "century" if word == "centuries" else word.rstrip("s")
    return singular if singular in DURATIONS else None
