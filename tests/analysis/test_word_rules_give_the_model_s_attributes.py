"""The model's attribute rules matched once for each distinct word (``newslens_word_rules``,
which stands in for the model's ruler in the analysis) give every word the part of speech,
features, lemma and dependency the model's own ruler gives it, whatever the text."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from newslens.analysis.word_rules import MODEL_RULES, WORD_RULES, word_rules

# Words the model's rules single out (contractions with either apostrophe, "there is", "gets",
# spaces and line breaks) among plain ones.
_WORDS = [
    "It", "it", "'s", "’s", "is", "are", "'re", "’re", "n't", "n’t", "ca", "wo", "do", "did",
    "There", "there", "was", "were", "gets", "got", "let", "'s", "us", "I", "'d", "’d", "'ve",
    "’ve", "have", "been", "said", "says", "the", "mayor", "Ana", "Ruiz", "council", "that",
    "if", "because", "will", "gon", "na", "doin'", "somethin'", "ol'", "c'mon", "not", "nt",
    ",", ".", "“", "”", "\"", "-", "\n", "  ", "\n\n", "19,000", "more", "than", "300", "ai",
    "y'", "y", "all", "ta", "lemme",
]  # fmt: skip
_TEXTS = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=40).map(" ".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXTS)
def test_each_word_gets_what_the_model_s_ruler_gives_it(nlp: Language, text: str) -> None:
    rules = word_rules(nlp)
    assert rules is not None
    parsed = nlp(text, disable=[MODEL_RULES, "lemmatizer", "ner"])
    by_the_model = nlp.get_pipe(MODEL_RULES)(parsed.copy())
    by_word = rules(parsed.copy())
    assert [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in by_word] == [
        (t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in by_the_model
    ]


def test_the_analysis_runs_them_in_place_of_the_model_s_ruler(analysis_nlp: Language) -> None:
    assert WORD_RULES in analysis_nlp.pipe_names
    assert MODEL_RULES in analysis_nlp.disabled
    doc = analysis_nlp("There's a plan, and it isn't theirs.")
    assert [(t.text, t.pos_, t.lemma_) for t in doc if t.text in ("'s", "n't")] == [
        ("'s", "VERB", "be"),
        ("n't", "PART", "not"),
    ]
