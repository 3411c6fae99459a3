"""The model's attribute rules, matched once for each distinct word (``newslens_word_rules``).

The attribute ruler of spaCy's English pipelines maps each tag to its part of speech and sets
the lemmas and features of some words: about 180 rules, all but a few of them on one word's
tag, form, dependency or spacing. spaCy's matcher tries every rule at every word, which took
more time on the dev set than all the newslens components after the parser. A rule on one word
gives the same answer for every word with the same values of what the rules read (and the same
for every word no rule names, whatever its form), so this component matches each such word
once, against the rules its tag allows, and keeps the answer; the rules on two words are
matched only from a word that may start one. What the rules set is written into the doc at
once, in the ruler's own order (a later rule sets what an earlier one did): the attributes come
out the same as from the model's ruler, disabled in the pipeline.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, cast

import numpy
from spacy.attrs import IDS
from spacy.language import Language
from spacy.matcher import Matcher

if TYPE_CHECKING:
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc
    from thinc.types import Ints2d

WORD_RULES = "newslens_word_rules"
MODEL_RULES = "attribute_ruler"

_Pattern = list[dict[str, Any]]  # one pattern: a dict for each word it matches

# Distinct words remembered: news has some tens of thousands. Past this (a huge corpus) the
# memory starts again rather than grows without end.
MOST_WORDS_KEPT = 200_000


class WordRules:
    """The model's attribute ruler, its one-word rules matched once a distinct word."""

    def __init__(self, ruler: AttributeRuler, reads: list[str]) -> None:
        self.ruler = ruler
        # The token attributes the rules compare.
        self.reads: list[int | str] = [*reads]
        rules = [cast("list[_Pattern]", rule["patterns"]) for rule in ruler.patterns]
        # The one-word rules by the tag they need, None for those that take any tag.
        self.one_word: dict[str | None, list[tuple[int, _Pattern]]] = {}
        # The rules on more words, and the first word of each: only where a word may start one
        # are they matched.
        self.more_words = Matcher(ruler.vocab)
        self.first_words = Matcher(ruler.vocab)
        self.most_words = 1
        for number, patterns in enumerate(rules):
            longer = [p for p in patterns if len(p) > 1]
            if longer:
                self.more_words.add(str(number), longer)
                self.first_words.add(str(number), [p[:1] for p in longer])
                self.most_words = max(self.most_words, *map(len, longer))
            for pattern in patterns:
                if len(pattern) == 1:
                    for tag in _tags_needed(pattern[0]):
                        self.one_word.setdefault(tag, []).append((number, pattern))
        # Most words are named by no rule, as its only or first word: they match only rules on
        # their tag, dependency and spacing, and are matched once for each of these, whatever
        # their form (LOWER, the only form the rules read).
        named = _words_named([p[0] for patterns in rules for p in patterns])
        self.forms, self.form_patterns = named or (set(), [])
        self.lower_column = reads.index("LOWER") if named and "LOWER" in reads else None
        self.is_named: dict[int, bool] = {}
        # The attributes the rules set: the columns of what is written back.
        self.sets: list[int | str] = sorted({a for attributes in ruler.attrs for a in attributes})
        self.by_tag: dict[int, Matcher] = {}
        # For each distinct word, the one-word rules it matches, what they set, and whether it
        # may start a rule on more words.
        self.by_word: dict[tuple[int, ...], tuple[list[int], list[tuple[int, int]], bool]] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        if len(self.by_word) > MOST_WORDS_KEPT:
            self.by_word.clear()
        words = cast("list[list[int]]", doc.to_array(self.reads).tolist())
        rows = cast("list[list[int]]", doc.to_array(self.sets).tolist())
        rules_at: list[list[int]] = []
        starts = []
        form = self.lower_column
        for i, word in enumerate(map(tuple, words)):
            if form is not None and not self._names(word[form], doc):
                word = (*word[:form], 0, *word[form + 1 :])
            known = self.by_word.get(word)
            if known is None:
                known = self.by_word[word] = self._word_rules(doc, i)
            rules, values, starts_more = known
            rules_at.append(rules)
            if starts_more:
                starts.append(i)
            row = rows[i]
            for column, value in values:
                row[column] = value
        # A rule on more words may come before a one-word rule its word matched: that word
        # takes all its rules again, in the ruler's order.
        for i, numbers in self._more_words_rules(doc, starts).items():
            for column, value in self._values(sorted([*rules_at[i], *numbers])):
                rows[i][column] = value
        # uint64, as spaCy's own to_array gives (its Ints2d type names signed ints only).
        doc.from_array(self.sets, cast("Ints2d", numpy.array(rows, dtype=numpy.uint64)))
        return doc

    def _names(self, lower: int, doc: Doc) -> bool:
        """Whether a rule names the word whose lower case is ``lower``, as its only or first
        word (a REGEX is searched for, as the matcher does)."""
        named = self.is_named.get(lower)
        if named is None:
            form = doc.vocab.strings[lower]
            named = form in self.forms or any(p.search(form) for p in self.form_patterns)
            self.is_named[lower] = named
        return named

    def _word_rules(self, doc: Doc, i: int) -> tuple[list[int], list[tuple[int, int]], bool]:
        """The numbers of the one-word rules the word at ``i`` matches, in the ruler's order;
        the column and value of each attribute they leave it; whether it may start a rule on
        more words."""
        word = doc[i : i + 1]
        matched = self._matcher_for(doc[i].tag)(word, allow_missing=True, as_spans=False)
        numbers = sorted(int(doc.vocab.strings[key]) for key, _, _ in matched)
        starts = bool(self.first_words(word, allow_missing=True, as_spans=False))
        return numbers, self._values(numbers), starts

    def _more_words_rules(self, doc: Doc, starts: list[int]) -> dict[int, list[int]]:
        """The numbers of the rules on more words that match from each of ``starts``, by the
        word each sets."""
        found: dict[int, list[int]] = {}
        for i in starts:
            words = doc[i : i + self.most_words]
            for key, start, end in self.more_words(words, allow_missing=True, as_spans=False):
                if start == 0:
                    number = int(doc.vocab.strings[key])
                    index = self.ruler.indices[number]
                    found.setdefault(i + (index if index >= 0 else end + index), []).append(number)
        return found

    def _values(self, numbers: list[int]) -> list[tuple[int, int]]:
        """The column and value of each attribute the rules ``numbers`` set, applied in turn."""
        values: dict[int, int] = {}
        for number in numbers:
            for attribute, value in self.ruler.attrs[number].items():
                values[self.sets.index(attribute)] = value
        return list(values.items())

    def _matcher_for(self, tag: int) -> Matcher:
        """The one-word rules a word with ``tag`` may match, made the first time it is met."""
        matcher = self.by_tag.get(tag)
        if matcher is None:
            matcher = self.by_tag[tag] = Matcher(self.ruler.vocab)
            rules: dict[int, list[_Pattern]] = {}
            for name in (self.ruler.vocab.strings[tag], None):
                for number, pattern in self.one_word.get(name, []):
                    rules.setdefault(number, []).append(pattern)
            for number, patterns in rules.items():
                matcher.add(str(number), patterns)
        return matcher


def _words_named(words: list[dict[str, Any]]) -> tuple[set[str], list[re.Pattern[str]]] | None:
    """The lower-case forms the patterns of one word ``words`` name, and the regular
    expressions they match them with; None when one reads the form some other way."""
    forms: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    for word in words:
        lower = word.get("LOWER")
        if lower is None:
            continue
        if isinstance(lower, str):
            forms.add(lower)
        elif isinstance(lower, dict) and list(lower) == ["IN"]:
            forms.update(lower["IN"])
        elif isinstance(lower, dict) and list(lower) == ["REGEX"]:
            patterns.append(re.compile(lower["REGEX"]))
        else:
            return None
    return forms, patterns


def _tags_needed(word: dict[str, Any]) -> list[str | None]:
    """The tags a word must have to match one word's pattern, [None] when any will do."""
    tag = word.get("TAG")
    if isinstance(tag, str):
        return [tag]
    if isinstance(tag, dict) and list(tag) == ["IN"]:
        return list(tag["IN"])
    return [None]


def word_rules(nlp: Language) -> WordRules | None:
    """The model's attribute ruler as :class:`WordRules`; None when it has none, or when one
    of its rules reads more than the attributes of the words it matches (an extension), or
    how many words (a quantifier)."""
    if MODEL_RULES not in nlp.component_names:
        return None
    ruler = cast("AttributeRuler", nlp.get_pipe(MODEL_RULES))
    reads = {"TAG"}
    for rule in ruler.patterns:
        for pattern in cast("list[_Pattern]", rule["patterns"]):
            for word in pattern:
                reads.update(str(name) for name in word)
    if not all(name in IDS and name != "OP" for name in reads):
        return None
    return WordRules(ruler, sorted(reads))


@Language.factory(WORD_RULES, requires=["token.tag"])
def make_word_rules(nlp: Language, name: str) -> WordRules:
    rules = word_rules(nlp)
    if rules is None:
        raise ValueError(f"{WORD_RULES} needs the model's {MODEL_RULES}, on words alone")
    return rules
