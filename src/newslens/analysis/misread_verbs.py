"""The reporting verbs the model misreads: the tagger's (a cue read as the end of a name or as
a noun) and the lemmatizer's ("hopes" read as "hop"), and the forms of the lexicon's verbs the
components are given to mend them with (:func:`past_forms`, :func:`misread_forms`).
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import IS_SPACE, LOWER, ORTH, TAG
from spacy.language import Language
from spacy.tokens import Doc, Token

from newslens.analysis.lemmas import model_lemmatizer
from newslens.analysis.lexicon import lexicon, reporting_verb_of
from newslens.analysis.syntax.words import _NOUN_TAGS

# A quotation's closing mark, a one-word name, then a lower-case word ending its clause:
# '"…," Okafor laughs.'
_NAME_AFTER_A_QUOTE = re.compile(r"[\"”'’][ \t]+[A-Z][\w'’-]+[ \t]+([a-z]+s)(?=[.,!?;])")


def _cues_read_as_names(doc: Doc, text: str) -> list[Token]:
    """The reporting verbs after a quotation that the tagger read as the end of its speaker's
    name ('"…," Okafor laughs.' as "Okafor Laughs"), which the lemmatizer would keep whole:
    a lower-case word is no part of a name."""
    found = []
    for match in _NAME_AFTER_A_QUOTE.finditer(text):
        word = doc.char_span(*match.span(1))
        if (
            word is not None
            and word.root.tag_ in ("NNP", "NNPS")
            and reporting_verb_of(word.root.lower_) is not None
        ):
            found.append(word.root)
    return found


# The marks that may close the clause after a verb.
_CLAUSE_ENDS = frozenset([".", ",", ";", "!", "?", ":"])


def _past_cues_read_as_nouns(doc: Doc, past_forms: frozenset[int]) -> list[Token]:
    """The reporting verbs in the past tense (``past_forms``, as ids), closing a clause after
    the one who heard or said the words, which the tagger read as a noun that one's noun
    qualifies ("…, an inquest heard." as "inquest heard", one noun): such a form is no noun."""
    if not len(past_forms) or not len(doc):
        return []
    strings = doc.vocab.strings
    nouns = {strings[tag] for tag in _NOUN_TAGS}
    ends = {strings[mark] for mark in _CLAUSE_ENDS}
    rows = doc.to_array([TAG, LOWER, ORTH, IS_SPACE])
    # Past forms tagged as nouns are few; only they are read one by one. Only the nouns are
    # looked up among the forms, in a set: ``numpy.isin`` sorts what it is given, the forms
    # too, and cost more than the rest of this component.
    nouns_at = numpy.flatnonzero(rows[:, 0] == strings["NN"]).tolist()
    lowers = rows[:, 1].tolist()
    found = []
    for i in nouns_at:
        if lowers[i] not in past_forms or i == 0 or int(rows[i - 1, 0]) not in nouns:
            continue
        if i + 1 == len(doc) or int(rows[i + 1, 2]) in ends or rows[i + 1, 3]:
            found.append(doc[i])
    return found


def past_forms(nlp: Language) -> frozenset[str]:
    """The past-tense forms of the reporting verbs that are no nouns ("heard", "recalled",
    "joked"; not "thought", "felt", "read"), from the tables of the model's lemmatizer: none
    when it has none."""
    lemmatizer = model_lemmatizer(nlp)
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not all(map(lookups.has_table, ("lemma_exc", "lemma_index"))):
        return frozenset()
    irregular = lookups.get_table("lemma_exc").get("verb", {})
    nouns = set(lookups.get_table("lemma_index").get("noun", []))
    verbs = lexicon()
    forms = {
        form
        for form, lemmas in irregular.items()
        if lemmas and lemmas[0] in verbs and not form.endswith("ing")
    }
    for verb in verbs:
        if verb.endswith("e"):
            forms.add(f"{verb}d")
        elif verb.endswith("y") and verb[-2:-1] not in tuple("aeiou"):
            forms.add(f"{verb[:-1]}ied")
        else:
            forms.add(f"{verb}ed")
    return frozenset(form for form in forms if form not in nouns and form not in verbs)


def misread_forms(nlp: Language) -> dict[str, str]:
    """The forms of the reporting verbs that the rules of the model's lemmatizer read first
    as another word ("hopes", "hoped", "hoping" as "hop"; "rated" as "rat"; "extolled" as
    "extoll"), each with its reporting verb: none when the model has no such lemmatizer."""
    lemmatizer = model_lemmatizer(nlp)
    if lemmatizer is None:
        return {}
    rules = lemmatizer.rule_lemmatize
    forms = [
        (verb, tag, form)
        for verb in lexicon()
        if verb.isalpha()
        for tag, form in _regular_forms(verb)
    ]
    words = Doc(nlp.vocab, words=[form for _, _, form in forms])  # one doc: quicker than one each
    misread = {}
    for word, (verb, tag, form) in zip(words, forms, strict=True):
        word.tag_, word.pos_ = tag, "VERB"
        read = rules(word)
        # not "seed", a verb of its own, though "see" gives it as a past form
        if verb in read[1:] and read[0] != form:
            misread[form] = verb
    return misread


_ENDINGS = (("VBD", "ed"), ("VBG", "ing"))


def _regular_forms(verb: str) -> list[tuple[str, str]]:
    """A verb's regular forms with their tags, its last consonant doubled too when it may
    be ("extol": "extolled"): ("VBZ", "hopes"), ("VBD", "hoped"), ("VBG", "hoping")."""
    if verb.endswith("e"):
        return [("VBZ", f"{verb}s"), ("VBD", f"{verb}d"), ("VBG", f"{verb[:-1]}ing")]
    if verb.endswith("y") and verb[-2:-1] not in tuple("aeiou"):
        return [("VBZ", f"{verb[:-1]}ies"), ("VBD", f"{verb[:-1]}ied"), ("VBG", f"{verb}ing")]
    third = f"{verb}es" if verb.endswith(("s", "sh", "ch", "x", "z")) else f"{verb}s"
    stems = [verb, verb + verb[-1]] if verb[-1] in "bdglmnprt" else [verb]
    return [("VBZ", third)] + [(t, f"{s}{e}") for s in stems for t, e in _ENDINGS]
