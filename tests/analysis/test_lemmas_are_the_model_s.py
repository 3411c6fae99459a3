"""The model's rule lemmatizer asked once for each distinct word (``newslens_lemmas``, which
stands in for it in the analysis) gives every word the lemma the lemmatizer itself gives it,
whatever the text."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from newslens.analysis.lemmas import LEMMAS, MODEL_LEMMATIZER, Lemmas, model_lemmatizer

# Inflected and base forms of each part of speech, irregular ones, names, numbers, marks and
# spaces, the same word in several roles ("talks", "left", "saw").
_WORDS = [
    "The", "the", "mice", "mouse", "geese", "ministers", "minister", "talks", "talked",
    "talking", "left", "leaves", "saw", "seen", "was", "were", "is", "'s", "’s", "n't", "better",
    "best", "worse", "larger", "happier", "Ana", "Ruiz", "Peskov", "said", "says", "hoped",
    "hopes", "rated", "studies", "studied", "criteria", "data", "children", "went", "gone",
    "19,000", "300", "nearly", "more", "than", "she", "her", "them", "I", ",", ".", "“", "”",
    "\n", "  ", "\n\n", "-", "NATO", "U.S.", "ran", "running", "axes", "lying", "lied",
]  # fmt: skip
_TEXTS = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=40).map(" ".join)


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXTS)
def test_each_word_gets_the_lemma_the_model_s_lemmatizer_gives_it(nlp: Language, text: str) -> None:
    lemmatizer = model_lemmatizer(nlp)
    assert lemmatizer is not None
    parsed = nlp(text, disable=[MODEL_LEMMATIZER, "ner"])
    by_the_model = lemmatizer(parsed.copy())
    by_word = Lemmas(lemmatizer)(parsed.copy())
    assert [t.lemma_ for t in by_word] == [t.lemma_ for t in by_the_model]


def test_the_analysis_runs_them_in_place_of_the_model_s_lemmatizer(
    analysis_nlp: Language,
) -> None:
    assert LEMMAS in analysis_nlp.pipe_names
    assert MODEL_LEMMATIZER in analysis_nlp.disabled
    doc = analysis_nlp("The mice were running, and she hoped the ministers had left.")
    assert [t.lemma_ for t in doc if t.is_alpha] == [
        "the", "mouse", "be", "run", "and", "she", "hope", "the", "minister", "have", "leave",
    ]  # fmt: skip
