"""From candidates to spans: overlapping candidates become one, with the most telling label,
and a span loses what is no part of its figure (brackets, trailing punctuation, a footnote's
mark, words the model took in front of an amount)."""

from __future__ import annotations

import re

from newslens.analysis.figures.currencies import CURRENCY_SIGN
from newslens.analysis.figures.numbers import FOOTNOTED, FRACTIONS, SCALES, SUPERSCRIPT, UNITS_SMALL
from newslens.analysis.figures.patterns import _Candidate
from newslens.analysis.figures.rules import _RULES
from newslens.analysis.model import FigureKind

# "minus 12C", "magnitude 6.8", "every 10 days": words in front that belong to the figure.
_LEAD_WORDS = re.compile(
    rf"(?:(?!minus\b|negative\b|magnitude\b|[Ee]very\b|{CURRENCY_SIGN})[A-Za-z]+\s+)+"
    rf"(?=[-−]?(?:\d|{CURRENCY_SIGN}))"
)


def _past_lead_words(text: str, start: int, end: int) -> int:
    """Where an amount starts past words the model took in ("a record $24.2bn" → "$24.2bn").

    A word that bounds the figure ("nearly", "an estimated") is found again in front of it.
    """
    lead = _LEAD_WORDS.match(text, start, end)
    # "three in 10": a number word in front is part of the figure.
    if lead is None or any(
        w in SCALES or w in FRACTIONS or w in UNITS_SMALL for w in lead.group().lower().split()
    ):
        return start
    return lead.end()


def _resolve(candidates: list[_Candidate]) -> list[_Candidate]:
    """Overlapping candidates become one: the union of their spans, the most telling label."""
    candidates.sort(key=lambda c: (c.start, -c.end))
    merged: list[list[_Candidate]] = []
    for cand in candidates:
        if merged and cand.start < max(c.end for c in merged[-1]):
            merged[-1].append(cand)
        else:
            merged.append([cand])
    out = []
    for group in merged:
        label = _best_label(group)
        start = min(c.start for c in group)
        # The model's span can run on past a figure ("50 mph overnight", "9 p.m. tonight"); a
        # rule that knows the shape of the figure ends it, except for dates, where the model
        # sees further ("February 24, 2022"), and for ordinals, whose span takes in the "time"
        # they order ("the 3rd time").
        shaped = [c.end for c in group if c.label in _PRECEDENCE and c.label not in _UNSHAPED]
        end = max(shaped) if shaped and label != "DATE" else max(c.end for c in group)
        out.append(_Candidate(start, end, label))
    return out


# Rule labels that know a number but not where its figure ends.
_UNSHAPED = {FigureKind.COUNT.value, FigureKind.ORDINAL.value}
# Rules know the shape of the text, so a rule's label beats the model's ("12 per cent" is not
# MONEY); among rules the list order above is the precedence.
_PRECEDENCE = [kind.value for kind, _ in _RULES]


def _best_label(group: list[_Candidate]) -> str:
    rule_labels = [c.label for c in group if c.label in _PRECEDENCE]
    model_labels = [c.label for c in group if c.label not in _PRECEDENCE]
    # The model sees dates and ordinals that digits alone cannot tell ("February 24, 2022").
    for label in ("DATE", "TIME", "ORDINAL"):
        if label in model_labels and set(rule_labels) <= {"count", "ordinal"}:
            return label
    if rule_labels:
        return min(rule_labels, key=_PRECEDENCE.index)
    return model_labels[0]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in "([\"'“‘"):
        if _DECADE_APOSTROPHE.match(text, start, end):
            break  # "the '60s": the apostrophe stands for "19"
        start += 1
    end = _trimmed_end(text, start, end)
    marked = _before_a_footnote_mark(text, start, end)
    return start, end if marked == end else _trimmed_end(text, start, marked)


def _trimmed_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:)]\"'”’"):
        # Keep the full stop of "p.m." and of an abbreviation inside the figure.
        if text[end - 1] == "." and re.search(r"\b[a-zA-Z]\.[a-zA-Z]\.$", text[start:end]):
            break
        # and the inch mark that closes a height ("6'3\"")
        if text[end - 1] in "\"”'’" and _INCH_MARK_END.search(text, start, end):
            break
        end -= 1
    return end


# What a footnote's mark may follow: a number no power is written after ("52,000²", "2026³")
# or the punctuation that ends a sentence ("in 2024.²").
_FOOTNOTED_END = re.compile(rf"(?:{FOOTNOTED}|[.,;:])$")


def _before_a_footnote_mark(text: str, start: int, end: int) -> int:
    """Where a figure ends before a footnote's mark after it: "52,000²" ends at "52,000"."""
    mark = end
    while mark > start and text[mark - 1] in SUPERSCRIPT:
        mark -= 1
    if mark == end or _FOOTNOTED_END.search(text, start, mark) is None:
        return end
    return mark


_DECADE_APOSTROPHE = re.compile(r"['‘]\d0['’]?s\b")
_INCH_MARK_END = re.compile(r"\d['’′]\s?\d{1,2}(?:[\"”]|''|’’)$")
