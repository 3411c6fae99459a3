"""The model's rule lemmatizer, asked once for each distinct word (``newslens_lemmas``).

spaCy's rule lemmatizer looks each candidate lemma up in its list of the words of a part of
speech (57,000 nouns), one by one: most of the time a dev article spends in it. It remembers
only some of its answers, and makes every word of a doc a Python object to ask. This component
asks a copy of it whose lists are sets, once for each form, part of speech and features (all
the lemmatizer reads), reading and writing the doc's columns at once. The lemmas are the
lemmatizer's own; the model's stays in the pipeline, disabled, for what else reads its tables.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.lookups import Lookups

from newslens.analysis.word_rules import MOST_WORDS_KEPT

if TYPE_CHECKING:
    from spacy.pipeline import Lemmatizer
    from spacy.tokens import Doc
    from thinc.types import Ints2d

LEMMAS = "newslens_lemmas"
MODEL_LEMMATIZER = "lemmatizer"


class Lemmas:
    """The model's rule lemmatizer, its answer kept for each form, part of speech and features."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = _with_sets_of_words(lemmatizer)
        self.by_word: dict[tuple[int, ...], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        if len(self.by_word) > MOST_WORDS_KEPT:
            self.by_word.clear()
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        words = cast("list[list[int]]", rows[:, :3].tolist())
        lemmas = rows[:, 3]
        # As the lemmatizer does: a word the attribute rules gave a lemma keeps it.
        for i in (lemmas == 0).nonzero()[0].tolist():
            word = tuple(words[i])
            lemma = self.by_word.get(word)
            if lemma is None:
                lemma = doc.vocab.strings.add(self.lemmatizer.rule_lemmatize(doc[i])[0])
                self.by_word[word] = lemma
            lemmas[i] = lemma
        doc.from_array([LEMMA], cast("Ints2d", lemmas.reshape(-1, 1)))
        return doc


# The lemmatizer's table of the words of each part of speech: ``form in words`` is all it asks.
_WORDS = "lemma_index"


def _with_sets_of_words(lemmatizer: Lemmatizer) -> Lemmatizer:
    """A lemmatizer like ``lemmatizer`` with each list of its table of words made a set, which
    answers whether it holds a form at once."""
    lookups = Lookups()
    for name in lemmatizer.lookups.tables:
        table = dict(lemmatizer.lookups.get_table(name).items())
        if name == _WORDS:
            table = {key: frozenset(words) for key, words in table.items()}
        lookups.add_table(name, table)
    quick = type(lemmatizer)(
        lemmatizer.vocab, lemmatizer.model, lemmatizer.name, mode=lemmatizer.mode
    )
    quick.lookups = lookups
    return quick


def model_lemmatizer(nlp: Language) -> Lemmatizer | None:
    """The model's lemmatizer, enabled or not, when it lemmatizes by rule, keeping the lemmas
    words already have, with its tables: None otherwise."""
    from spacy.pipeline import Lemmatizer

    if MODEL_LEMMATIZER not in nlp.component_names:
        return None
    lemmatizer = nlp.get_pipe(MODEL_LEMMATIZER)
    if not isinstance(lemmatizer, Lemmatizer) or lemmatizer.mode != "rule":
        return None
    required, _ = lemmatizer.get_lookups_config("rule")
    if lemmatizer.overwrite or not all(map(lemmatizer.lookups.has_table, required)):
        return None
    return lemmatizer


@Language.factory(LEMMAS, requires=["token.pos", "token.morph"])
def make_lemmas(nlp: Language, name: str) -> Lemmas:
    lemmatizer = model_lemmatizer(nlp)
    if lemmatizer is None:
        raise ValueError(f"{LEMMAS} needs the model's rule {MODEL_LEMMATIZER}, with its tables")
    return Lemmas(lemmatizer)
