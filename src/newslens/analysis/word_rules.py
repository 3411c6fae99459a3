"""The model's attribute rules, matched once for each distinct word (``newslens_word_rules``).

The attribute ruler of spaCy's English pipelines maps each tag to its part of speech and sets
the lemmas and features of some words: about 180 rules, all but a few of them on one word's
tag, form, dependency or spacing. spaCy's matcher tries every rule at every word, which took
more time on the dev set than all the newslens components after the parser. A rule on one word
gives the same answer for every word with the same values of what the rules read, so this
component matches each such word once, against the rules its tag allows, and keeps the answer;
the rules on two words are matched in the text as before. The model's ruler, disabled in the
pipeline, still applies them, in its own order: the attributes come out the same.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from spacy.attrs import IDS
from spacy.language import Language
from spacy.matcher import Matcher

if TYPE_CHECKING:
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc

WORD_RULES = "newslens_word_rules"
MODEL_RULES = "attribute_ruler"

_Pattern = list[dict[str, Any]]  # one pattern: a dict for each word it matches
_Match = tuple[int, int, int, int]  # rule number, its key, start, end: the ruler's matches

# Distinct words remembered: news has some tens of thousands. Past this (a huge corpus) the
# memory starts again rather than grows without end.
_MOST_WORDS_KEPT = 200_000


class WordRules:
    """The model's attribute ruler, its one-word rules matched once a distinct word."""

    def __init__(self, ruler: AttributeRuler, reads: list[str]) -> None:
        self.ruler = ruler
        # The token attributes the rules compare, the tag among them.
        self.reads: list[int | str] = [*reads]
        self.tag_column = reads.index("TAG")
        rules = [cast("list[_Pattern]", rule["patterns"]) for rule in ruler.patterns]
        # The one-word rules by the tag they need, None for those that take any tag.
        self.one_word: dict[str | None, list[tuple[int, _Pattern]]] = {}
        self.two_words = Matcher(ruler.vocab)
        for number, patterns in enumerate(rules):
            longer = [p for p in patterns if len(p) > 1]
            if longer:
                self.two_words.add(str(number), longer)
            for pattern in patterns:
                if len(pattern) == 1:
                    for tag in _tags_needed(pattern[0]):
                        self.one_word.setdefault(tag, []).append((number, pattern))
        self.by_tag: dict[int, Matcher] = {}
        self.by_word: dict[tuple[int, ...], list[tuple[int, int]]] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        if len(self.by_word) > _MOST_WORDS_KEPT:
            self.by_word.clear()
        strings = doc.vocab.strings
        words = cast("list[list[int]]", doc.to_array(self.reads).tolist())
        found: list[_Match] = []
        for i, word in enumerate(map(tuple, words)):
            rules = self.by_word.get(word)
            if rules is None:
                matcher = self._matcher_for(word[self.tag_column])
                matched = matcher(doc[i : i + 1], allow_missing=True, as_spans=False)
                rules = self.by_word[word] = [(int(strings[key]), key) for key, _, _ in matched]
            found.extend((number, key, i, i + 1) for number, key in rules)
        found.extend(
            (int(strings[key]), key, start, end)
            for key, start, end in self.two_words(doc, allow_missing=True, as_spans=False)
        )
        found.sort()  # the ruler's order: a later rule sets what an earlier one did
        self.ruler.set_annotations(doc, found)  # type: ignore[no-untyped-call]
        return doc

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
