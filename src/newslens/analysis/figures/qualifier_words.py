"""The words in front of a figure that bound it ("nearly", "more than", "up to", "~"), kept
apart from ``qualifiers``, which reads them in context, so that any module reading a figure's
words may strip them: ``changes`` among them, which ``qualifiers`` imports."""

from __future__ import annotations

from newslens.analysis.model import Qualifier

# Words in front of a figure that bound it; they join the figure's span.
_QUALIFIERS: tuple[tuple[Qualifier, tuple[str, ...]], ...] = (
    (
        Qualifier.AT_LEAST,
        (
            "more than",
            "greater than",
            "over",
            "just over",
            "well over",
            "well above",
            "far more than",
            "a little over",
            "a little more than",
            "slightly more than",
            "at least",
            "upwards of",
            "in excess of",
            "above",
            "no fewer than",
            "no less than",
            "not less than",
            "a minimum of",
            ">",
            "≥",
        ),
    ),
    (
        Qualifier.AT_MOST,
        (
            "less than",
            "fewer than",
            "under",
            "just under",
            "well under",
            "well below",
            "far fewer than",
            "far less than",
            "a little under",
            "a little less than",
            "slightly less than",
            "up to",
            "at most",
            "no more than",
            "not more than",
            "below",
            "as many as",
            "as much as",
            "a maximum of",
            "sub-",
            "<",
            "≤",
        ),
    ),
    (
        Qualifier.APPROXIMATELY,
        (
            "nearly",
            "near",
            "almost",
            "about",
            "around",
            "approximately",
            "roughly",
            "some",
            "close to",
            "an estimated",
            "estimated",
            "circa",
            "ca.",
            "c.",
            "approx.",
            "~",
        ),
    ),
)
_QUALIFIER_OF = {phrase: qualifier for qualifier, phrases in _QUALIFIERS for phrase in phrases}


def _leading_qualifier(span_text: str) -> Qualifier | None:
    phrase = _qualifier_phrase(span_text)
    return None if phrase is None else _QUALIFIER_OF[phrase]


def _strip_qualifier(span_text: str) -> str:
    phrase = _qualifier_phrase(span_text)
    return span_text if phrase is None else span_text[len(phrase) :].strip()


# Longest first, so that "just under" is found before "under"; a tuple, for one startswith
# test that rules out most figures, which open with no qualifier at all.
_QUALIFIER_PHRASES = tuple(sorted(_QUALIFIER_OF, key=len, reverse=True))


def _qualifier_phrase(span_text: str) -> str | None:
    """The bounding phrase ``span_text`` opens with ("nearly", "~"), if any."""
    lowered = span_text.lower()
    if not lowered.startswith(_QUALIFIER_PHRASES):
        return None
    for phrase in _QUALIFIER_PHRASES:
        if lowered.startswith(phrase) and (
            # a sign bounds the number glued to it: "~40", ">90%"; so does a prefix, "sub-10"
            not phrase[0].isalnum()
            or phrase.endswith("-")
            or len(lowered) == len(phrase)
            or not lowered[len(phrase)].isalnum()
        ):
            return phrase
    return None
